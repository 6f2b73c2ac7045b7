// _types: the types of builtin objects that Lib/types.py re-exports (CPython 3.14 has this C module;
// without it types.py falls back on sys.implementation). The types are found as types.py's fallback
// finds them; SimpleNamespace is written in Python here; MappingProxyType is mappingproxy.ts.
// CPython: Modules/_typesmodule.c, Objects/namespaceobject.c (SimpleNamespace).
import type { PyModule } from "../../objects/functions.js";
import { moduleFromSource } from "./pysource.js";
import { MappingProxyType } from "./mappingproxy.js";

const TYPES = String.raw`
import sys

def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)

def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]
CellType = type(_cell_factory())

def _g():
    yield 1
GeneratorType = type(_g())

async def _c(): pass
_c = _c()
CoroutineType = type(_c)
_c.close()

async def _ag():
    yield
_ag = _ag()
AsyncGeneratorType = type(_ag)

class _C:
    def _m(self): pass
MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)

GetSetDescriptorType = type(int.real)  # function.__code__ in CPython
MemberDescriptorType = type(slice.start)  # function.__globals__ in CPython
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

_NULL = object()

class SimpleNamespace:
    """A simple attribute-based namespace."""
    __module__ = 'types'

    def __init__(self, mapping_or_iterable=_NULL, /, **kwargs):
        if mapping_or_iterable is not _NULL:
            d = dict(mapping_or_iterable)
            for key in d:
                if not isinstance(key, str):
                    raise TypeError(f"keywords must be strings, not '{type(key).__name__}'")
            self.__dict__.update(d)
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _running:
            return f'{name}(...)'
        _running.add(key)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items() if isinstance(k, str))
        finally:
            _running.discard(key)
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)

    def __replace__(self, /, **changes):
        result = type(self)()
        result.__dict__.update(self.__dict__)
        result.__dict__.update(changes)
        return result

_running = set()
del sys, _f, _g, _C, _c, _ag, _cell_factory
`;

export function makeTypes(): PyModule {
  const m = moduleFromSource("_types", TYPES);
  m.dict.set("MappingProxyType", MappingProxyType);
  return m;
}
