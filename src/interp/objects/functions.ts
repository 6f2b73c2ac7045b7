// Function-like objects: Python functions (their calls run in the VM, installed as a hook),
// builtin functions implemented in JS, bound methods, and the module type.
// CPython: Objects/funcobject.c, Objects/methodobject.c, Objects/classobject.c, Objects/moduleobject.c.
import { builtinType, None, PyObject, type PyType, type PyValue } from "./object.js";
import { PyDict } from "./containers.js";

export const FunctionType = builtinType("function", undefined, { baseType: false });
export const BuiltinFunctionType = builtinType("builtin_function_or_method", undefined, { baseType: false });
export const MethodType = builtinType("method", undefined, { baseType: false });
export const ModuleType = builtinType("module");
export const CodeType = builtinType("code", undefined, { baseType: false });
export const CellType = builtinType("cell", undefined, { baseType: false });

/** The code object the VM runs (defined in compile/code.ts; opaque here). */
export interface CodeLike {
  co_name: string;
  co_qualname: string;
}

export class PyCell extends PyObject {
  /** undefined = empty cell */
  value: PyValue | undefined;
  constructor(value?: PyValue) {
    super(CellType);
    this.value = value;
  }
}

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: PyValue[] | null = null;
  kwdefaults: Map<string, PyValue> | null = null;
  closure: PyCell[] | null = null;
  annotations: PyValue | null = null;
  annotate: PyValue | null = null;
  doc: PyValue;
  module: PyValue;
  typeParams: PyValue | null = null;
  constructor(public code: CodeLike, readonly globals: PyDict, name: string, qualname: string, doc: PyValue, module: PyValue) {
    super(FunctionType);
    this.name = name;
    this.qualname = qualname;
    this.doc = doc;
    this.module = module;
  }
}

export type NativeFn = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;

export class PyBuiltin extends PyObject {
  /** For a method bound from a builtin type's descriptor: that descriptor (what equality and
   *  hashing compare, as CPython compares m_ml->ml_meth). */
  origin: PyObject | null = null;
  constructor(readonly name: string, readonly fn: NativeFn, readonly self: PyValue | null = null, readonly qualname = name) {
    super(BuiltinFunctionType);
  }
}

export class PyMethod extends PyObject {
  constructor(readonly func: PyValue, readonly self: PyValue) {
    super(MethodType);
  }
}

export class PyModule extends PyObject {
  override dict: PyDict;
  constructor(name: string, type: PyType = ModuleType) {
    super(type);
    this.dict = new PyDict();
    // CPython: Objects/moduleobject.c module_init_dict
    this.dict.set("__name__", name);
    this.dict.set("__doc__", None);
    this.dict.set("__package__", None);
    this.dict.set("__loader__", None);
    this.dict.set("__spec__", None);
  }
  get name(): string {
    const n = this.dict.get("__name__");
    return typeof n === "string" ? n : "?";
  }
}
