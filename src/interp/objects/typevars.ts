// PEP 695 runtime objects: TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, typing.Generic and
// typing.NoDefault (CPython: Objects/typevarobject.c; the intrinsics of Python/intrinsics.c that the
// compiler emits for `def f[T]()`, `class C[T]` and `type X = ...`).
import { builtinType, None, PyObject, PyType, TypeType, ObjectType, typeOf, type PyValue } from "./object.js";
import { pyError, TypeError, ValueError } from "./exceptions.js";
import { call, defMethod, defGetSet, PyClassMethod, NotImplemented, getattrOrUndefined, setattr, repr, TYPE_CONSTRUCTORS, truthy as truthyRef, getattr, getitem, iter } from "./abstract.js";
import { PyTuple, tuple, PyDict } from "./containers.js";
import { PyBuiltin, PyFunction } from "./functions.js";
import { PyGenericAlias, GenericAliasType } from "./genericalias.js";
import { PyUnion, unionOr } from "./union.js";
import { importFromNative } from "./objectmethods.js";

const typing = { module: "typing", baseType: false };
export const TypeVarType = builtinType("TypeVar", undefined, typing);
export const ParamSpecType = builtinType("ParamSpec", undefined, typing);
export const TypeVarTupleType = builtinType("TypeVarTuple", undefined, typing);
export const TypeAliasTypeType = builtinType("TypeAliasType", undefined, typing);
const NoDefaultType = builtinType("NoDefaultType", undefined, typing);
export const GenericType = new PyType(TypeType, "Generic", [ObjectType], new Map(), false, "typing");

class PyNoDefault extends PyObject {}
export const NoDefault = new PyNoDefault(NoDefaultType);
NoDefaultType.slots.repr = () => "typing.NoDefault";

/** A value computed on first use from an annotation-scope function (called with format VALUE). */
class Lazy {
  private value: PyValue | undefined;
  constructor(readonly evaluate: PyValue | null, value?: PyValue) {
    this.value = value;
  }
  get(): PyValue | undefined {
    if (this.value === undefined && this.evaluate) this.value = call(this.evaluate, [1]);
    return this.value;
  }
}

export class PyTypeParam extends PyObject {
  bound: Lazy | null = null;
  constraints: Lazy | null = null;
  default_: Lazy | null = null;
  covariant = false;
  contravariant = false;
  inferVariance = true;
  module: PyValue = None;
  constructor(type: PyType, readonly name: string) {
    super(type);
  }
}

export function isTypeParam(v: PyValue): v is PyTypeParam {
  return v instanceof PyTypeParam;
}

function callerModule(): PyValue {
  return moduleHook();
}
let moduleHook: () => PyValue = () => None;
/** The VM tells which module is running (the caller's __name__, for __module__). */
export function installCallerModule(f: () => PyValue): void {
  moduleHook = f;
}

/** INTRINSIC_TYPEVAR / TYPEVAR_WITH_BOUND / TYPEVAR_WITH_CONSTRAINTS / PARAMSPEC / TYPEVARTUPLE */
export function makeTypeParam(kind: "TypeVar" | "ParamSpec" | "TypeVarTuple", name: string, bound: PyValue | null = null, constraints: PyValue | null = null): PyTypeParam {
  const t = kind === "TypeVar" ? TypeVarType : kind === "ParamSpec" ? ParamSpecType : TypeVarTupleType;
  const p = new PyTypeParam(t, name);
  if (bound) p.bound = new Lazy(bound);
  if (constraints) p.constraints = new Lazy(constraints);
  p.module = "typing"; // (the intrinsic makes them as typing's own: typevar_new_impl's caller is typing)
  return p;
}

/** INTRINSIC SET_TYPEPARAM_DEFAULT */
export function setTypeParamDefault(p: PyValue, evaluate: PyValue): PyValue {
  (p as PyTypeParam).default_ = new Lazy(evaluate);
  return p;
}

const variancePrefix = (p: PyTypeParam): string => (p.inferVariance ? "" : p.covariant ? "+" : p.contravariant ? "-" : "~");
TypeVarType.slots.repr = (p: PyTypeParam) => variancePrefix(p) + p.name;
ParamSpecType.slots.repr = (p: PyTypeParam) => variancePrefix(p) + p.name;
TypeVarTupleType.slots.repr = (p: PyTypeParam) => p.name;

for (const t of [TypeVarType, ParamSpecType, TypeVarTupleType]) {
  defGetSet(t, "__name__", (p: PyTypeParam) => p.name);
  defGetSet(t, "__module__", (p: PyTypeParam) => p.module);
  defGetSet(t, "__default__", (p: PyTypeParam) => p.default_?.get() ?? NoDefault);
  defGetSet(t, "evaluate_default", (p: PyTypeParam) => p.default_?.evaluate ?? None);
  defMethod(t, "has_default", (p: PyTypeParam) => p.default_ !== null);
  // (a type parameter is what generic aliases collect into __parameters__: _Py_make_parameters
  // looks for __typing_subst__; substitution itself is typing's _typevar_subst)
  defMethod(t, "__typing_subst__", (_p: PyTypeParam, args) => args[0]);
  defMethod(t, "__mro_entries__", () => {
    throw pyError(TypeError, `Cannot subclass an instance of ${t.name}`);
  });
  if (t !== TypeVarTupleType) {
    defGetSet(t, "__covariant__", (p: PyTypeParam) => p.covariant);
    defGetSet(t, "__contravariant__", (p: PyTypeParam) => p.contravariant);
    defGetSet(t, "__infer_variance__", (p: PyTypeParam) => p.inferVariance);
    defMethod(t, "__or__", (p, args) => unionOr(p, args[0]) ?? NotImplemented);
    defMethod(t, "__ror__", (p, args) => unionOr(args[0], p) ?? NotImplemented);
  }
}
defGetSet(TypeVarType, "__bound__", (p: PyTypeParam) => p.bound?.get() ?? None);
defGetSet(TypeVarType, "__constraints__", (p: PyTypeParam) => p.constraints?.get() ?? tuple([]));
defGetSet(TypeVarType, "evaluate_bound", (p: PyTypeParam) => p.bound?.evaluate ?? None);
defGetSet(TypeVarType, "evaluate_constraints", (p: PyTypeParam) => p.constraints?.evaluate ?? None);
defGetSet(ParamSpecType, "__bound__", () => None);

// ParamSpec.args / .kwargs (ParamSpecArgs / ParamSpecKwargs)
export const ParamSpecArgsType = builtinType("ParamSpecArgs", undefined, typing);
export const ParamSpecKwargsType = builtinType("ParamSpecKwargs", undefined, typing);
class PyParamSpecPart extends PyObject {
  constructor(type: PyType, readonly origin: PyTypeParam) {
    super(type);
  }
}
ParamSpecArgsType.slots.repr = (a: PyParamSpecPart) => `${a.origin.name}.args`;
ParamSpecKwargsType.slots.repr = (a: PyParamSpecPart) => `${a.origin.name}.kwargs`;
for (const t of [ParamSpecArgsType, ParamSpecKwargsType]) defGetSet(t, "__origin__", (a: PyParamSpecPart) => a.origin);
defGetSet(ParamSpecType, "args", (p: PyTypeParam) => new PyParamSpecPart(ParamSpecArgsType, p));
defGetSet(ParamSpecType, "kwargs", (p: PyTypeParam) => new PyParamSpecPart(ParamSpecKwargsType, p));

// ---- TypeAliasType ------------------------------------------------------------------------------

export class PyTypeAlias extends PyObject {
  module: PyValue = None;
  constructor(readonly name: string, readonly typeParams: PyValue, readonly value: Lazy) {
    super(TypeAliasTypeType);
  }
}

/** INTRINSIC_TYPEALIAS: (name, type_params, compute_value) */
export function makeTypeAlias(args: PyValue): PyValue {
  const [name, params, compute] = (args as PyTuple).items;
  const a = new PyTypeAlias(name as string, params === None ? tuple([]) : params, new Lazy(compute));
  a.module = callerModule();
  return a;
}

TypeAliasTypeType.slots.repr = (a: PyTypeAlias) => a.name;
defGetSet(TypeAliasTypeType, "__name__", (a: PyTypeAlias) => a.name);
defGetSet(TypeAliasTypeType, "__qualname__", (a: PyTypeAlias) => a.name);
defGetSet(TypeAliasTypeType, "__module__", (a: PyTypeAlias) => a.module);
defGetSet(TypeAliasTypeType, "__value__", (a: PyTypeAlias) => a.value.get() ?? None);
defGetSet(TypeAliasTypeType, "evaluate_value", (a: PyTypeAlias) => a.value.evaluate ?? None);
defGetSet(TypeAliasTypeType, "__type_params__", (a: PyTypeAlias) => a.typeParams);
defGetSet(TypeAliasTypeType, "__parameters__", (a: PyTypeAlias) => a.typeParams);
defMethod(TypeAliasTypeType, "__getitem__", (a: PyTypeAlias, args) => {
  if ((a.typeParams as PyTuple).items.length === 0) throw pyError(TypeError, "Only generic type aliases are subscriptable");
  const items = args[0] instanceof PyTuple ? args[0].items.slice() : [args[0]];
  return new PyGenericAlias(a as unknown as PyType, items);
});
defMethod(TypeAliasTypeType, "__or__", (a, args) => unionOr(a, args[0]) ?? NotImplemented);
defMethod(TypeAliasTypeType, "__ror__", (a, args) => unionOr(args[0], a) ?? NotImplemented);
defMethod(TypeAliasTypeType, "__reduce__", (a: PyTypeAlias) => a.name);
defMethod(TypeAliasTypeType, "__mro_entries__", () => {
  throw pyError(TypeError, "Cannot subclass an instance of TypeAliasType");
});

// ---- typing.Generic -------------------------------------------------------------------------------

// CPython keeps Generic's behaviour in Lib/typing.py and calls it from C (typevarobject.c
// call_typing_func_object): Generic[...] is typing._generic_class_getitem, subclassing it
// typing._generic_init_subclass, `class C[T]` typing._GenericAlias(Generic, params).
function typingFunc(name: string): PyValue {
  return getattr(importFromNative("typing"), name);
}

/** typevarobject.c unpack: typing.Unpack[self] */
function unpack(p: PyValue): PyValue {
  return getitem(typingFunc("Unpack"), p);
}

/** typevarobject.c unpack_typevartuples: a TypeVarTuple passed to Generic is unpacked */
function unpackTypeVarTuples(items: PyValue[]): PyValue[] {
  return items.map((x) => (x instanceof PyTypeParam && x.type === TypeVarTupleType ? unpack(x) : x));
}

/** INTRINSIC_SUBSCRIPT_GENERIC: Generic[*type_params] (typevarobject.c _Py_subscript_generic) */
export function subscriptGeneric(params: PyValue): PyValue {
  return call(typingFunc("_GenericAlias"), [GenericType, tuple(unpackTypeVarTuples((params as PyTuple).items.slice()))]);
}

// typevartuple_iter: iter((Unpack[self],)), so `*Ts` works in subscripts and calls
TypeVarTupleType.slots.iter = (p: PyTypeParam) => iter(tuple([unpack(p)]));

// generic_class_getitem / generic_init_subclass
GenericType.ns.set("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__", (args) =>
  call(typingFunc("_generic_class_getitem"), args))));
GenericType.ns.set("__init_subclass__", new PyClassMethod(new PyBuiltin("__init_subclass__", (args, kw) =>
  call(typingFunc("_generic_init_subclass"), args, kw))));
GenericType.ns.set("__parameters__", tuple([]));

void PyFunction; void PyDict; void getattrOrUndefined; void setattr; void repr; void typeOf; void PyUnion; void GenericAliasType;

// ---- the constructors (typevarobject.c typevar_new_impl, paramspec_new_impl, typevartuple_new_impl,
// typealias_new_impl): keyword arguments as CPython's clinic parses them ----

function kwArgs(fname: string, args: PyValue[], kwnames: readonly string[] | null, allowed: string[]): [PyValue[], Map<string, PyValue>] {
  const nkw = kwnames ? kwnames.length : 0;
  const pos = args.slice(0, args.length - nkw);
  const kw = new Map<string, PyValue>();
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    if (!allowed.includes(k)) throw pyError(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
    kw.set(k, args[pos.length + i]);
  }
  return [pos, kw];
}

function nameArg(fname: string, pos: PyValue[], kw: Map<string, PyValue>): string {
  const name = pos[0] ?? kw.get("name");
  if (name === undefined) throw pyError(TypeError, `${fname}() missing required argument 'name' (pos 1)`);
  if (typeof name !== "string") throw pyError(TypeError, `${fname}() argument 'name' must be str, not ${typeOf(name).name}`);
  return name;
}

function variance(p: PyTypeParam, kw: Map<string, PyValue>): void {
  const flag = (k: string) => kw.has(k) && truthyRef(kw.get(k)!);
  p.covariant = flag("covariant");
  p.contravariant = flag("contravariant");
  p.inferVariance = flag("infer_variance");
  if (p.covariant && p.contravariant) throw pyError(ValueError, "Bivariant types are not supported.");
  if (p.inferVariance && (p.covariant || p.contravariant)) throw pyError(ValueError, "Variance cannot be specified with infer_variance.");
}

TYPE_CONSTRUCTORS.set(TypeVarType, (args, kwnames) => {
  const [pos, kw] = kwArgs("typevar", args, kwnames, ["name", "bound", "covariant", "contravariant", "infer_variance", "default"]);
  const name = nameArg("typevar", pos, kw);
  const constraints = pos.slice(1);
  const bound = kw.get("bound") ?? None;
  if (constraints.length === 1) throw pyError(TypeError, "A single constraint is not allowed");
  if (constraints.length && bound !== None) throw pyError(TypeError, "Constraints cannot be combined with bound=...");
  const p = new PyTypeParam(TypeVarType, name);
  variance(p, kw);
  if (bound !== None) p.bound = new Lazy(null, bound);
  if (constraints.length) p.constraints = new Lazy(null, tuple(constraints));
  if (kw.has("default") && kw.get("default") !== NoDefault) p.default_ = new Lazy(null, kw.get("default")!);
  p.module = callerModule();
  return p;
});
TYPE_CONSTRUCTORS.set(ParamSpecType, (args, kwnames) => {
  const [pos, kw] = kwArgs("paramspec", args, kwnames, ["name", "bound", "covariant", "contravariant", "infer_variance", "default"]);
  if (pos.length > 1) throw pyError(TypeError, `paramspec() takes at most 1 positional argument (${pos.length} given)`);
  const p = new PyTypeParam(ParamSpecType, nameArg("paramspec", pos, kw));
  variance(p, kw);
  if (kw.has("default") && kw.get("default") !== NoDefault) p.default_ = new Lazy(null, kw.get("default")!);
  p.module = callerModule();
  return p;
});
TYPE_CONSTRUCTORS.set(TypeVarTupleType, (args, kwnames) => {
  const [pos, kw] = kwArgs("typevartuple", args, kwnames, ["name", "default"]);
  if (pos.length > 1) throw pyError(TypeError, `typevartuple() takes at most 1 positional argument (${pos.length} given)`);
  const p = new PyTypeParam(TypeVarTupleType, nameArg("typevartuple", pos, kw));
  if (kw.has("default") && kw.get("default") !== NoDefault) p.default_ = new Lazy(null, kw.get("default")!);
  p.module = callerModule();
  return p;
});
TYPE_CONSTRUCTORS.set(TypeAliasTypeType, (args, kwnames) => {
  const [pos, kw] = kwArgs("typealias", args, kwnames, ["name", "value", "type_params"]);
  const name = nameArg("typealias", pos, kw);
  const value = pos[1] ?? kw.get("value");
  if (value === undefined) throw pyError(TypeError, "typealias() missing required argument 'value' (pos 2)");
  const params = kw.get("type_params") ?? tuple([]);
  if (!(params instanceof PyTuple)) throw pyError(TypeError, "type_params must be a tuple");
  const a = new PyTypeAlias(name, params, new Lazy(null, value));
  a.module = callerModule();
  return a;
});
