// list[int], dict[str, int], ...: types.GenericAlias (CPython: Objects/genericaliasobject.c) for the
// builtin containers' __class_getitem__: repr, __origin__/__args__, calling, equality, attribute
// forwarding to the origin, and isinstance()'s refusal.
import { builtinType, Ellipsis, None, NoneType, PyObject, PyType, TypeType, typeOf, type PyValue } from "./object.js";
import { call, defMethod, eq, getattrOrUndefined, hash, PyClassMethod, repr, installExtraCompare, Cmp } from "./abstract.js";
import { DictType, FrozenSetType, ListType, PyTuple, SetType, tuple, TupleType } from "./containers.js";
import { PyBuiltin } from "./functions.js";
import { pyError, TypeError } from "./exceptions.js";

export const GenericAliasType = builtinType("GenericAlias", undefined, { baseType: false, module: "types" });

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyType, readonly args: readonly PyValue[]) {
    super(GenericAliasType);
  }
}

/** _Py_make_parameters: the type parameters among the arguments (those with __typing_subst__) */
function aliasParameters(a: PyGenericAlias): PyValue[] {
  const out: PyValue[] = [];
  for (const x of a.args) {
    if (x instanceof PyObject && ["TypeVar", "ParamSpec", "TypeVarTuple"].includes(x.type.name) && x.type.module === "typing") {
      if (!out.includes(x)) out.push(x);
    } else if (x instanceof PyGenericAlias) {
      for (const y of aliasParameters(x)) if (!out.includes(y)) out.push(y);
    }
  }
  return out;
}

/** ga_mro_entries: class C(list[int]) derives from list */
defMethod(GenericAliasType, "__mro_entries__", (a: PyGenericAlias) => tuple([a.origin]));

/** ga_repr_item */
function itemRepr(v: PyValue): string {
  if (v === Ellipsis) return "...";
  if (v === NoneType) return "None";
  if (v instanceof PyGenericAlias) return aliasRepr(v);
  if (v instanceof PyType) return v.module === "builtins" ? v.qualname : `${v.module}.${v.qualname}`;
  if (v instanceof PyTuple && v.items.length === 0) return "()";
  return repr(v);
}
function aliasRepr(a: PyGenericAlias): string {
  const args = a.args.length === 0 ? "()" : a.args.map(itemRepr).join(", ");
  return `${itemRepr(a.origin)}[${args}]`;
}

GenericAliasType.slots.repr = aliasRepr;
GenericAliasType.slots.call = (a: PyGenericAlias, args, kwnames) => call(a.origin, args, kwnames);
GenericAliasType.slots.hash = (a: PyGenericAlias) => (Number(hash(a.origin)) ^ Number(hash(tuple(a.args)))) | 0;
GenericAliasType.slots.getattr = (a: PyGenericAlias, name: string) => {
  switch (name) {
    case "__origin__": return a.origin;
    case "__args__": return tuple(a.args);
    case "__parameters__": return tuple(aliasParameters(a));
    case "__class__": return GenericAliasType;
  }
  // everything else comes from the origin (ga_getattro's attr_exceptions aside)
  if (["__unpacked__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__"].includes(name)) return undefined;
  return getattrOrUndefined(a.origin, name);
};
installExtraCompare((a, b, op) => {
  if (!(a instanceof PyGenericAlias && b instanceof PyGenericAlias) || (op !== Cmp.EQ && op !== Cmp.NE)) return undefined;
  const same = a.origin === b.origin && a.args.length === b.args.length && a.args.every((x, i) => eq(x, b.args[i]));
  return same === (op === Cmp.EQ);
});

for (const t of [ListType, DictType, TupleType, SetType, FrozenSetType, TypeType]) {
  t.ns.set("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__", (args) => {
    if (args.length !== 2) throw pyError(TypeError, `__class_getitem__() takes exactly one argument (${args.length - 1} given)`);
    const item = args[1];
    return new PyGenericAlias(args[0] as PyType, item instanceof PyTuple ? item.items : [item]);
  })));
}
// an alias without type variables cannot be subscripted again
defMethod(GenericAliasType, "__getitem__", (a: PyGenericAlias) => {
  throw pyError(TypeError, `${aliasRepr(a)} is not a generic class`);
});
void typeOf;
