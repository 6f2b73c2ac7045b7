// Attributes of functions, methods and builtin functions (CPython: Objects/funcobject.c func_getset,
// Objects/methodobject.c, Objects/classobject.c), and the generic __class__ / __dict__.
import { None, PyObject, PyType, typeOf, type PyValue } from "./object.js";
import { BuiltinFunctionType, CellType, FunctionType, MethodType, PyBuiltin, PyCell, PyFunction, PyMethod, PyModule } from "./functions.js";
import { pyError, TypeError, ValueError } from "./exceptions.js";
import { PyDict, PyTuple, tuple } from "./containers.js";
import { call as callRef, addressOf, Cmp, defGetSet, defGetter, eq, getattrOrUndefined, hash, installExtraCompare, installSpecialAttr, MethodDescrType, MethodWrapperType, PyMethodDescr } from "./abstract.js";
import { pyCode, PyCode } from "./code.js";
import { PyTypeDictProxy } from "./mappingproxy.js";
import type { CodeObject } from "../compile/code.js";

FunctionType.slots.getattr = (f: PyFunction, name: string): PyValue | undefined => {
  switch (name) {
    case "__name__": return f.name;
    case "__qualname__": return f.qualname;
    case "__doc__": return f.doc;
    case "__module__": return f.module;
    case "__defaults__": return f.defaults ? tuple(f.defaults) : None;
    case "__kwdefaults__": {
      if (!f.kwdefaults) return None;
      const d = new PyDict();
      for (const [k, v] of f.kwdefaults) d.set(k, v);
      return d;
    }
    case "__closure__": return f.closure ? tuple(f.closure) : None;
    case "__globals__": return f.globals;
    case "__builtins__": {
      // func_get_builtins: the builtins namespace the function runs with
      const b = f.globals.get("__builtins__");
      if (b instanceof PyDict) return b;
      if (b instanceof PyObject && b.dict) return b.dict;
      return defaultBuiltins();
    }
    case "__dict__": return (f.dict ??= new PyDict());
    case "__type_params__": return f.typeParams ?? tuple([]);
    case "__code__": return pyCode(f.code as CodeObject);
  }
  return undefined;
};
MethodType.slots.getattr = (m: PyMethod, name: string): PyValue | undefined => {
  switch (name) {
    case "__self__": return m.self;
    case "__func__": return m.func;
  }
  // everything else comes from the function (method_getattro)
  return getattrOrUndefined(m.func, name);
};
// method equality and hash (method_richcompare, method_hash): the same function bound to the same object
MethodType.slots.hash = (m: PyMethod): number => (Number(hash(m.func)) ^ Number(typeof m.self === "object" ? hash(addressOf(m.self)) : hash(m.self))) | 0;
installExtraCompare((a, b, op) => {
  if (!(a instanceof PyMethod && b instanceof PyMethod) || (op !== Cmp.EQ && op !== Cmp.NE)) return undefined;
  const same = a.self === b.self && (a.func === b.func || eq(a.func, b.func));
  return same === (op === Cmp.EQ);
});
// builtin method and method-wrapper equality and hash (methodobject.c meth_richcompare/meth_hash,
// descrobject.c wrapper_richcompare/wrapper_hash): the same C function (here: the descriptor it
// was bound from) bound to the same object
const builtinKey = (b: PyBuiltin): PyValue => b.origin ?? b;
for (const t of [BuiltinFunctionType, MethodWrapperType]) {
  t.slots.hash = (b: PyBuiltin): number => {
    const self = b.self === null ? 0 : typeof b.self === "object" ? Number(hash(addressOf(b.self))) : Number(hash(b.self));
    return (self ^ Number(hash(addressOf(builtinKey(b))))) | 0;
  };
}
installExtraCompare((a, b, op) => {
  if (!(a instanceof PyBuiltin && b instanceof PyBuiltin) || (op !== Cmp.EQ && op !== Cmp.NE)) return undefined;
  if (a.type !== b.type) return undefined;
  const same = a === b || (a.self === b.self && a.origin !== null && a.origin === b.origin);
  return same === (op === Cmp.EQ);
});
BuiltinFunctionType.slots.getattr = (b: PyBuiltin, name: string): PyValue | undefined => {
  switch (name) {
    case "__name__": return b.name;
    case "__qualname__": return b.qualname;
    case "__self__": return b.self ?? None;
    case "__doc__": return None;
    case "__module__": return b.self === null ? "builtins" : b.self instanceof PyModule ? b.self.name : None; // meth_get__module__: m_module
  }
  return undefined;
};

MethodDescrType.slots.getattr = (d: PyMethodDescr, name: string): PyValue | undefined => {
  switch (name) {
    case "__name__": return d.name;
    case "__qualname__": return `${d.owner.qualname}.${d.name}`;
    case "__objclass__": return d.owner;
    case "__doc__": return None;
  }
  return undefined;
};

/** __class__ and __dict__ for any object (object.__class__, the instance dict). */
export function genericSpecialAttr(obj: PyValue, name: string): PyValue | undefined {
  if (name === "__class__") return typeOf(obj);
  if (name === "__dict__") {
    if (obj instanceof PyType) return new PyTypeDictProxy(obj);
    if (obj instanceof PyObject && obj.dict) return obj.dict;
  }
  if (name === "__doc__" && obj instanceof PyType) return obj.ns.get("__doc__") ?? None;
  return undefined;
}

installSpecialAttr(genericSpecialAttr);

// cell.cell_contents (Objects/cellobject.c cell_get_contents)
CellType.slots.getattr = (c: PyCell, name: string): PyValue | undefined => {
  if (name !== "cell_contents") return undefined;
  if (c.value === undefined) throw pyError(ValueError, "Cell is empty");
  return c.value;
};
// cell_set_contents: assignment and deletion
CellType.slots.setattr = (c: PyCell, name: string, v: PyValue): boolean => {
  if (name !== "cell_contents") return false;
  c.value = v;
  return true;
};

// writable function attributes (Objects/funcobject.c func_getsetlist / func_memberlist)
const strAttr = (name: "__name__" | "__qualname__", key: "name" | "qualname") =>
  defGetSet(FunctionType, name, (f: PyFunction) => f[key], (f: PyFunction, v) => {
    if (typeof v !== "string") throw pyError(TypeError, `${name} must be set to a string object`);
    f[key] = v;
  });
strAttr("__name__", "name");
strAttr("__qualname__", "qualname");
defGetSet(FunctionType, "__doc__", (f: PyFunction) => f.doc, (f: PyFunction, v) => { f.doc = v ?? None; });
defGetSet(FunctionType, "__module__", (f: PyFunction) => f.module, (f: PyFunction, v) => { f.module = v ?? None; });
defGetSet(FunctionType, "__defaults__", (f: PyFunction) => (f.defaults ? tuple(f.defaults) : None), (f: PyFunction, v) => {
  if (v === undefined || v === None) f.defaults = null;
  else if (v instanceof PyTuple) f.defaults = v.items.length ? v.items.slice() : null;
  else throw pyError(TypeError, "__defaults__ must be set to a tuple object");
});
defGetSet(FunctionType, "__kwdefaults__", (f: PyFunction) => {
  if (!f.kwdefaults) return None;
  const d = new PyDict();
  for (const [k, v] of f.kwdefaults) d.set(k, v);
  return d;
}, (f: PyFunction, v) => {
  if (v === undefined || v === None) f.kwdefaults = null;
  else if (v instanceof PyDict) {
    const m = new Map<string, PyValue>();
    for (const [k, x] of v.entries()) m.set(k as string, x);
    f.kwdefaults = m;
  } else throw pyError(TypeError, "__kwdefaults__ must be set to a dict object");
});
// PEP 649: __annotations__ computed by __annotate__(VALUE) on first use (funcobject.c func_get_annotations)
defGetSet(FunctionType, "__annotations__", (f: PyFunction) => {
  if (f.annotations === null || f.annotations === None) {
    if (f.annotate !== null && f.annotate !== None) {
      const d = callRef(f.annotate, [1]);
      if (!(d instanceof PyDict)) throw pyError(TypeError, `__annotate__ returned non-dict of type '${typeOf(d).name}'`);
      f.annotations = d;
    } else {
      f.annotations = new PyDict();
    }
  }
  return f.annotations;
}, (f: PyFunction, v) => {
  if (v === undefined || v === None) f.annotations = null;
  else if (v instanceof PyDict) f.annotations = v;
  else throw pyError(TypeError, "__annotations__ must be set to a dict object");
});
defGetSet(FunctionType, "__annotate__", (f: PyFunction) => f.annotate ?? None, (f: PyFunction, v) => {
  if (v === undefined) throw pyError(TypeError, "__annotate__ cannot be deleted");
  if (v !== None && !(v instanceof PyObject)) throw pyError(TypeError, "__annotate__ must be callable or None");
  f.annotate = v;
  if (v !== None) f.annotations = null;
});
MethodWrapperType.slots.getattr = BuiltinFunctionType.slots.getattr;

// The descriptors on the function type itself (func_getsetlist and func_memberlist): instance
// lookups take the fast path above, but `types.FunctionType.__code__` is a getset_descriptor and
// `FunctionType.__globals__` a member_descriptor, which Lib/types.py reads.
for (const [name, member] of [["__dict__", false], ["__closure__", true], ["__globals__", true], ["__builtins__", true]] as const) {
  if (!FunctionType.ns.has(name)) {
    defGetter(FunctionType, name, (f: PyFunction) => FunctionType.slots.getattr!(f, name) ?? None, { member });
  }
}
// func_set_code: another code object with the same number of free variables
defGetSet(FunctionType, "__code__", (f: PyFunction) => pyCode(f.code as CodeObject), (f: PyFunction, v) => {
  if (!(v instanceof PyCode)) throw pyError(TypeError, "__code__ must be set to a code object");
  const nfree = v.code.co_freevars.length, have = f.closure?.length ?? 0;
  if (nfree !== have) throw pyError(ValueError, `${f.name}() requires a code object with ${have} free vars, not ${nfree}`);
  f.code = v.code;
});
defGetSet(FunctionType, "__type_params__", (f: PyFunction) => f.typeParams ?? tuple([]), (f: PyFunction, v) => {
  if (!(v instanceof PyTuple)) throw pyError(TypeError, "__type_params__ must be set to a tuple");
  f.typeParams = v;
});

let defaultBuiltins: () => PyValue = () => None;
/** The interpreter's builtins dict, for functions whose globals name none. */
export function installDefaultBuiltins(f: () => PyValue): void {
  defaultBuiltins = f;
}

// tp_call as a visible __call__ slot wrapper (collections.abc.Callable's __subclasshook__ looks for
// it in the type's __dict__); call() itself takes the fast paths for these kinds before any lookup
for (const t of [FunctionType, BuiltinFunctionType, MethodType, MethodDescrType, WrapperDescrType]) {
  if (!t.ns.has("__call__")) {
    const d = new PyMethodDescr(t, "__call__", (self, args, kwnames) => callRef(self, args, kwnames));
    d.type = WrapperDescrType;
    t.ns.set("__call__", d);
  }
}
import { WrapperDescrType } from "./abstract.js";

// meth_reduce (Objects/methodobject.c): a module-level builtin pickles by name, a bound one as
// getattr(self, name)
defMethodRef(BuiltinFunctionType, "__reduce__", (b: PyBuiltin) => {
  if (b.self === null || (b.self instanceof PyObject && b.self.type.name === "module")) return b.qualname;
  const bd = defaultBuiltins();
  return tuple([(bd instanceof PyDict ? bd.get("getattr") : undefined) ?? None, tuple([b.self, b.name])]);
});
import { defMethod as defMethodRef } from "./abstract.js";
