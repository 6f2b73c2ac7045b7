// list[int], dict[str, int], ...: types.GenericAlias (CPython: Objects/genericaliasobject.c) for the
// builtin containers' __class_getitem__: repr, __origin__/__args__, calling, equality, attribute
// forwarding to the origin, and isinstance()'s refusal.
import { builtinType, Ellipsis, None, NoneType, PyObject, PyType, TypeType, typeOf, type PyValue } from "./object.js";
import {
  call, defMethod, eq, getattrOrUndefined, hash, PyClassMethod, PyStaticMethod, repr, installExtraCompare, Cmp, TYPE_CONSTRUCTORS,
} from "./abstract.js";
import { DictType, FrozenSetType, ListType, PyTuple, SetType, tuple, TupleType } from "./containers.js";
import { PyBuiltin } from "./functions.js";
import { pyError, TypeError } from "./exceptions.js";

export const GenericAliasType = builtinType("GenericAlias", undefined, { module: "types" });

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyType, readonly args: readonly PyValue[], type: PyType = GenericAliasType) {
    super(type);
  }
}

/** GenericAlias(origin, args) and GenericAlias.__new__(cls, origin, args) (ga_new; subclassable, as
 * _collections_abc._CallableGenericAlias needs) */
function gaNew(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyGenericAlias {
  if (kwnames && kwnames.length) throw pyError(TypeError, "GenericAlias() takes no keyword arguments");
  if (args.length !== 2) throw pyError(TypeError, `GenericAlias expected 2 arguments, got ${args.length}`);
  const [origin, a] = args;
  return new PyGenericAlias(origin as PyType, a instanceof PyTuple ? a.items : [a], cls);
}
TYPE_CONSTRUCTORS.set(GenericAliasType, (args, kwnames) => gaNew(GenericAliasType, args, kwnames));
GenericAliasType.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kwnames) => {
  if (args.length === 0 || !(args[0] instanceof PyType)) throw pyError(TypeError, "GenericAlias.__new__(X): X is not a type object");
  return gaNew(args[0], args.slice(1), kwnames);
})));

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
    case "__parameters__": return tuple([]);
    case "__class__": return typeOf(a);
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
