// list[int], dict[str, T], ...: types.GenericAlias (CPython: Objects/genericaliasobject.c): repr,
// __origin__/__args__/__parameters__ (collected from the arguments' __typing_subst__ /
// __parameters__, make_parameters), substitution by subscripting (_Py_subs_parameters), calling
// (setting __orig_class__), __mro_entries__, isinstance()'s refusal, starred aliases (*tuple[int]),
// attribute forwarding to the origin (ga_getattro), and subclassing (collections.abc's
// _CallableGenericAlias subclasses it).
import { Ellipsis, ObjectType, None, NoneType, PyObject, PyType, TypeType, typeOf, type PyValue } from "./object.js";
import {
  call, defMethod, eq, getattr, getattrOrUndefined, hash, PyClassMethod, PyStaticMethod, repr, installExtraCompare, Cmp,
  setattr, PyNativeIterator, IteratorType, iterateToArray,
} from "./abstract.js";
import { DictType, FrozenSetType, ListType, PyDict, PyList, PyTuple, SetType, tuple, TupleType } from "./containers.js";
import { PyBuiltin } from "./functions.js";
import { AttributeError, PyBaseException, pyError, TypeError } from "./exceptions.js";

export const GenericAliasType = new PyType(TypeType, "GenericAlias", [ObjectType], new Map(), false, "types");


export class PyGenericAlias extends PyObject {
  private params: PyTuple | null = null;
  constructor(readonly origin: PyValue, readonly args: readonly PyValue[], type: PyType = GenericAliasType, readonly starred = false) {
    super(type);
    if (type !== GenericAliasType && !type.noDict) this.dict = new PyDict();
  }
  get parameters(): PyTuple {
    return (this.params ??= tuple(makeParameters(this.args)));
  }
}

/** Py_GenericAlias */
export function genericAlias(origin: PyValue, args: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args.items : [args]);
}

/** _Py_make_parameters: the type variables among the arguments, in order, without duplicates. */
function makeParameters(args: readonly PyValue[]): PyValue[] {
  const out: PyValue[] = [];
  const add = (p: PyValue) => { if (!out.some((q) => q === p)) out.push(p); };
  for (const t of args) {
    if (t instanceof PyType) continue;
    if (t instanceof PyTuple || t instanceof PyList) {
      for (const p of makeParameters(t.items)) add(p);
      continue;
    }
    if (getattrOrUndefined(t, "__typing_subst__") !== undefined) {
      add(t);
      continue;
    }
    const sub = getattrOrUndefined(t, "__parameters__");
    if (sub instanceof PyTuple) for (const p of sub.items) add(p);
  }
  return out;
}

/** ga_repr_item */
function itemRepr(v: PyValue): string {
  if (v === Ellipsis) return "...";
  if (v === NoneType) return "None";
  if (v instanceof PyGenericAlias) return aliasRepr(v);
  if (v instanceof PyList) return `[${v.items.map(itemRepr).join(", ")}]`;
  if (!(v instanceof PyType) && getattrOrUndefined(v, "__origin__") !== undefined && getattrOrUndefined(v, "__args__") !== undefined) return repr(v);
  if (v instanceof PyType) return v.module === "builtins" ? v.qualname : `${v.module}.${v.qualname}`;
  return repr(v);
}
function aliasRepr(a: PyGenericAlias): string {
  const args = a.args.length === 0 ? "()" : a.args.map(itemRepr).join(", ");
  return `${a.starred ? "*" : ""}${itemRepr(a.origin)}[${args}]`;
}

// ga_getattro: everything but these comes from the origin
const ATTR_EXCEPTIONS = new Set(["__class__", "__bases__", "__origin__", "__args__", "__unpacked__", "__parameters__",
  "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__"]);

GenericAliasType.slots.repr = aliasRepr;
GenericAliasType.slots.hash = (a: PyGenericAlias) => (Number(hash(a.origin)) ^ Number(hash(tuple(a.args)))) | 0;
GenericAliasType.slots.getattr = (a: PyGenericAlias, name: string) => {
  switch (name) {
    case "__origin__": return a.origin;
    case "__args__": return tuple(a.args);
    case "__parameters__": return a.parameters;
    case "__unpacked__": return a.starred;
    case "__typing_unpacked_tuple_args__": return a.starred && a.origin === TupleType ? tuple(a.args) : None;
    case "__class__": return a.type;
  }
  if (ATTR_EXCEPTIONS.has(name) || a.type !== GenericAliasType) return undefined;
  return getattrOrUndefined(a.origin, name);
};
installExtraCompare((a, b, op) => {
  if (!(a instanceof PyGenericAlias) || (op !== Cmp.EQ && op !== Cmp.NE)) return undefined;
  if (!(b instanceof PyGenericAlias)) return undefined;
  const same = a.starred === b.starred && eq(a.origin, b.origin) && a.args.length === b.args.length && a.args.every((x, i) => eq(x, b.args[i]));
  return same === (op === Cmp.EQ);
});

GenericAliasType.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kwnames) => {
  if (kwnames?.length) throw pyError(TypeError, "GenericAlias() takes no keyword arguments");
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyError(TypeError, "GenericAlias.__new__(X): X is not a type object");
  if (args.length !== 3) throw pyError(TypeError, `GenericAlias expected 2 arguments, got ${args.length - 1}`);
  const a = args[2];
  return new PyGenericAlias(args[1], a instanceof PyTuple ? a.items : [a], cls);
}, TypeType)));

defMethod(GenericAliasType, "__call__", (a: PyGenericAlias, args, kwnames) => {
  const obj = call(a.origin, args, kwnames);
  try {
    setattr(obj, "__orig_class__", a);
  } catch (e) {
    if (!(e instanceof PyBaseException && (e.type.isSubtype(AttributeError) || e.type.isSubtype(TypeError)))) throw e;
  }
  return obj;
});
GenericAliasType.slots.call = (a: PyGenericAlias, args, kwnames) => call(GenericAliasType.ns.get("__call__")!, [a, ...args], kwnames);

defMethod(GenericAliasType, "__mro_entries__", (a: PyGenericAlias) => tuple([a.origin]));
defMethod(GenericAliasType, "__instancecheck__", () => {
  throw pyError(TypeError, "isinstance() argument 2 cannot be a parameterized generic");
});
defMethod(GenericAliasType, "__subclasscheck__", () => {
  throw pyError(TypeError, "issubclass() argument 2 cannot be a parameterized generic");
});
defMethod(GenericAliasType, "__reduce__", (a: PyGenericAlias) => tuple([a.type, tuple([a.origin, tuple(a.args)])]));
defMethod(GenericAliasType, "__dir__", (a: PyGenericAlias) => {
  const names = new Set<string>(iterateToArray(call(getattr(a.origin, "__dir__"), [])).filter((x): x is string => typeof x === "string"));
  for (const n of ATTR_EXCEPTIONS) names.add(n);
  return new PyList([...names]);
});
// *tuple[int]: iterating an alias yields its starred form once (ga_iter)
defMethod(GenericAliasType, "__iter__", (a: PyGenericAlias) => {
  let done = false;
  return new PyNativeIterator(IteratorType, () => {
    if (done) return undefined;
    done = true;
    return new PyGenericAlias(a.origin, a.args, GenericAliasType, true);
  });
});
// (X | Y of aliases: union.ts)

/** _Py_subs_parameters: alias[item] substitutes the alias's type variables. */
defMethod(GenericAliasType, "__getitem__", (a: PyGenericAlias, argv) => {
  const params = a.parameters.items;
  if (params.length === 0) throw pyError(TypeError, `${aliasRepr(a)} is not a generic class`);
  let items: PyValue[] = argv[0] instanceof PyTuple ? argv[0].items.slice() : [argv[0]];
  for (const p of params) {
    const prepare = getattrOrUndefined(p, "__typing_prepare_subst__");
    if (prepare !== undefined) {
      const r = call(prepare, [a, tuple(items)]);
      items = r instanceof PyTuple ? r.items.slice() : [r];
    }
  }
  if (items.length !== params.length) {
    throw pyError(TypeError, `Too ${items.length > params.length ? "many" : "few"} arguments for ${aliasRepr(a)}; actual ${items.length}, expected ${params.length}`);
  }
  const newargs: PyValue[] = [];
  for (const arg of a.args) {
    if (arg instanceof PyType) {
      newargs.push(arg);
      continue;
    }
    const unpack = isUnpackedTypeVarTuple(arg);
    const subst = getattrOrUndefined(arg, "__typing_subst__");
    let v: PyValue;
    if (subst !== undefined) v = call(subst, [items[params.indexOf(arg)]]);
    else v = substTvars(arg, params, items);
    if (unpack && v instanceof PyTuple) newargs.push(...v.items);
    else newargs.push(v);
  }
  return new PyGenericAlias(a.origin, newargs, GenericAliasType, a.starred);
});

function isUnpackedTypeVarTuple(arg: PyValue): boolean {
  if (arg instanceof PyType) return false;
  const u = getattrOrUndefined(arg, "__typing_is_unpacked_typevartuple__");
  return u === true;
}

/** subs_tvars: substitute inside an argument that has type variables of its own (list[T]) */
function substTvars(arg: PyValue, params: readonly PyValue[], items: PyValue[]): PyValue {
  if (arg instanceof PyTuple || arg instanceof PyList) {
    const sub = arg.items.map((x) => (x instanceof PyType ? x : substTvars(x, params, items)));
    return arg instanceof PyTuple ? tuple(sub) : new PyList(sub);
  }
  const sub = getattrOrUndefined(arg, "__parameters__");
  if (!(sub instanceof PyTuple) || sub.items.length === 0) return arg;
  const subargs: PyValue[] = [];
  for (const p of sub.items) {
    const i = params.indexOf(p);
    const v = i >= 0 ? items[i] : p;
    if (isUnpackedTypeVarTuple(p) && v instanceof PyTuple) subargs.push(...v.items);
    else subargs.push(v);
  }
  return call(getattr(arg, "__getitem__"), [subargs.length === 1 ? subargs[0] : tuple(subargs)]);
}

for (const t of [ListType, DictType, TupleType, SetType, FrozenSetType, TypeType]) {
  t.ns.set("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__", (args) => {
    if (args.length !== 2) throw pyError(TypeError, `__class_getitem__() takes exactly one argument (${args.length - 1} given)`);
    return genericAlias(args[0], args[1]);
  })));
}
