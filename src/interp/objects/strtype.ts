// str as a type: its constructor str(object, encoding, errors), str.__new__ and instances of Python
// subclasses of str (PyStrSub: the string value plus an instance __dict__), with the slots such an
// instance reaches through the heap-type path (repr, str, hash). CPython: Objects/unicodeobject.c
// unicode_new_impl, unicode_subtype_new.
import { PyObject, StrType, TypeType, type PyType, type PyValue } from "./object.js";
import { defMethod, hash, PyStaticMethod, repr, str, TYPE_CONSTRUCTORS, typeName } from "./abstract.js";
import { pyError, TypeError } from "./exceptions.js";
import { PyDict } from "./containers.js";
import { PyBuiltin } from "./functions.js";
import { kwArgs } from "./args.js";
import { bufferOf, PyBytesObject } from "./bytes.js";
import { decode } from "./codecs.js";
import { reprStr } from "../parse/repr.js";

/** An instance of a Python subclass of str. */
export class PyStrSub extends PyObject {
  constructor(type: PyType, readonly value: string) {
    super(type);
    this.dict = new PyDict();
  }
}

/** The str value of a str or of an instance of a str subclass (PyUnicode_Check), else null. */
export function strValue(v: PyValue): string | null {
  if (typeof v === "string") return v;
  return v instanceof PyStrSub ? v.value : null;
}

/** unicode_new_impl: the value of str(object='', encoding=..., errors=...). */
function strNew(args: PyValue[], kwnames: readonly string[] | null): string {
  const [obj, encoding, errors] = kwArgs("str", args, kwnames, ["object", "encoding", "errors"], 0, 0, 3);
  if (encoding !== undefined && typeof encoding !== "string") throw pyError(TypeError, `str() argument 'encoding' must be str, not ${typeName(encoding)}`);
  if (errors !== undefined && typeof errors !== "string") throw pyError(TypeError, `str() argument 'errors' must be str, not ${typeName(errors)}`);
  if (obj === undefined) return "";
  if (encoding === undefined && errors === undefined) return str(obj);
  // PyUnicode_FromEncodedObject
  const b = bufferOf(obj);
  if (b === null) {
    if (strValue(obj) !== null) throw pyError(TypeError, "decoding str is not supported");
    throw pyError(TypeError, `decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  }
  const bo = obj instanceof PyBytesObject ? obj : new PyBytesObject(b.slice());
  return decode(bo, b, (encoding as string | undefined) ?? "utf-8", (errors as string | undefined) ?? "strict");
}

TYPE_CONSTRUCTORS.set(StrType, (args, kwnames) => {
  if (args.length === 1 && !kwnames && typeof args[0] === "string") return args[0];
  // str(...) goes through unicode_vectorcall, which checks positional-only calls first
  if (!(kwnames && kwnames.length) && args.length > 3) throw pyError(TypeError, `str expected at most 3 arguments, got ${args.length}`);
  return strNew(args, kwnames);
});
StrType.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kwnames) => {
  if (args.length === 0) throw pyError(TypeError, "str.__new__(): not enough arguments");
  const cls = args[0];
  if (!(cls instanceof Object) || !(cls as PyObject).type || !(cls as PyType).isSubtype) {
    throw pyError(TypeError, `str.__new__(X): X is not a type object (${typeName(cls)})`);
  }
  const t = cls as PyType;
  if (!t.isSubtype(StrType)) throw pyError(TypeError, `str.__new__(${t.name}): ${t.name} is not a subtype of str`);
  const v = strNew(args.slice(1), kwnames);
  return t === StrType ? v : new PyStrSub(t, v);
}, TypeType)));

StrType.slots.repr = (v: PyStrSub) => reprStr(v.value);
function wrapper0(name: string, fn: (v: string) => PyValue): void {
  defMethod(StrType, name, (self: PyValue, args, kw) => {
    if (kw && kw.length) throw pyError(TypeError, `wrapper ${name}() takes no keyword arguments`);
    if (args.length) throw pyError(TypeError, `expected 0 arguments, got ${args.length}`);
    return fn(strValue(self)!);
  });
}
wrapper0("__repr__", (v) => reprStr(v));
wrapper0("__str__", (v) => v);
wrapper0("__hash__", (v) => hash(v));
StrType.slots.str = (v: PyStrSub) => v.value;
StrType.slots.hash = (v: PyStrSub) => hash(v.value) as number;
void repr;
