// X | Y of types: the union objects isinstance() and issubclass() accept (CPython:
// Objects/unionobject.c; since 3.14 the class is typing.Union); and type.mro(), type.__subclasses__().
import { builtinType, None, NoneType, PyObject, PyType, TypeType, type PyValue } from "./object.js";
import { call, Cmp, defMethod, eq, getattr, getattrOrUndefined, installExtraCompare, installUnionOr, NotImplemented, PyClassMethod, repr } from "./abstract.js";
import { PyBuiltin } from "./functions.js";
import { pyError, TypeError } from "./exceptions.js";
import { GenericAliasType, PyGenericAlias } from "./genericalias.js";
import { PyList, PyTuple, tuple } from "./containers.js";

export const UnionType = builtinType("Union", undefined, { baseType: false, module: "typing" });

export class PyUnion extends PyObject {
  constructor(readonly args: readonly PyValue[]) {
    super(UnionType);
  }
}

const unionable = (v: PyValue): boolean => v === None || v instanceof PyType || v instanceof PyUnion || v instanceof PyGenericAlias ||
  (v instanceof PyObject && v.type.module === "typing" && ["TypeVar", "ParamSpec", "TypeAliasType"].includes(v.type.name));

/** The union a | b, or null when an operand cannot take part (_Py_union_type_or). */
export function unionOr(a: PyValue, b: PyValue): PyUnion | null {
  if (!unionable(a) || !unionable(b)) return null;
  const args: PyValue[] = [];
  const add = (v: PyValue): void => {
    if (v instanceof PyUnion) { v.args.forEach(add); return; }
    const t = v === None ? NoneType : v;
    if (!args.includes(t)) args.push(t);
  };
  add(a);
  add(b);
  return new PyUnion(args);
}

UnionType.slots.repr = (u: PyUnion) => u.args.map((a) => (a === NoneType ? "None" : a instanceof PyGenericAlias ? repr(a) : a instanceof PyType
  ? (a.module === "builtins" ? a.qualname : `${a.module}.${a.qualname}`) : repr(a))).join(" | ");
UnionType.slots.hash = (u: PyUnion) => u.args.length;
UnionType.slots.getattr = (u: PyUnion, name: string) =>
  name === "__args__" ? tuple(u.args) : name === "__origin__" ? UnionType : name === "__parameters__" ? unionParameters(u) : undefined;

/** _Py_union_from_tuple (3.14: typing.Union[X, Y]): members flattened and deduplicated; one
 *  member is itself, none is an error. */
export function unionFromItems(items: readonly PyValue[]): PyValue {
  const args: PyValue[] = [];
  const add = (v: PyValue): void => {
    if (v instanceof PyUnion) { v.args.forEach(add); return; }
    const t = v === None ? NoneType : v;
    if (!args.some((x) => x === t || (!(x instanceof PyType) && !(t instanceof PyType) && eqSafe(x, t)))) args.push(t);
  };
  items.forEach(add);
  if (args.length === 0) throw pyError(TypeError, "Cannot take a Union of no types.");
  if (args.length === 1) return args[0];
  return new PyUnion(args);
}
function eqSafe(a: PyValue, b: PyValue): boolean {
  try {
    return eq(a, b);
  } catch {
    return false;
  }
}
UnionType.ns.set("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__", (args) => {
  const item = args[1];
  return unionFromItems(item instanceof PyTuple ? item.items : [item]);
})));

/** the type variables among the members (unionobject.c union_parameters, as for GenericAlias) */
function unionParameters(u: PyUnion): PyValue {
  const out: PyValue[] = [];
  for (const a of u.args) {
    if (a instanceof PyType) continue;
    if (getattrOrUndefined(a, "__typing_subst__") !== undefined) {
      if (!out.includes(a)) out.push(a);
      continue;
    }
    const sub = getattrOrUndefined(a, "__parameters__");
    if (sub instanceof PyTuple) for (const p of sub.items) if (!out.includes(p)) out.push(p);
  }
  return tuple(out);
}
// union[...]: substitute its type variables (union_getitem)
defMethod(UnionType, "__getitem__", (u: PyUnion, argv) => {
  const params = (unionParameters(u) as PyTuple).items;
  if (params.length === 0) throw pyError(TypeError, `${repr(u)} is not a generic class`);
  const items = argv[0] instanceof PyTuple ? argv[0].items : [argv[0]];
  if (items.length !== params.length) {
    throw pyError(TypeError, `Too ${items.length > params.length ? "many" : "few"} arguments for ${repr(u)}; actual ${items.length}, expected ${params.length}`);
  }
  const newargs = u.args.map((a) => {
    if (a instanceof PyType) return a;
    const subst = getattrOrUndefined(a, "__typing_subst__");
    if (subst !== undefined) return call(subst, [items[params.indexOf(a)]]);
    const sub = getattrOrUndefined(a, "__parameters__");
    if (sub instanceof PyTuple && sub.items.length) {
      const subargs = sub.items.map((p) => items[params.indexOf(p)]);
      return call(getattr(a, "__getitem__"), [subargs.length === 1 ? subargs[0] : tuple(subargs)]);
    }
    return a;
  });
  return unionFromItems(newargs);
});
// unions are equal when they have the same members in any order (unionobject.c union_richcompare)
installExtraCompare((a, b, op) => {
  if (!(a instanceof PyUnion && b instanceof PyUnion) || (op !== Cmp.EQ && op !== Cmp.NE)) return undefined;
  const same = a.args.length === b.args.length && a.args.every((x) => b.args.some((y) => x === y || eq(x, y)));
  return same === (op === Cmp.EQ);
});
defMethod(UnionType, "__or__", (u: PyUnion, args) => unionOr(u, args[0]) ?? NotImplemented);
defMethod(UnionType, "__ror__", (u: PyUnion, args) => unionOr(args[0], u) ?? NotImplemented);
defMethod(TypeType, "__or__", (t: PyValue, args) => unionOr(t, args[0]) ?? NotImplemented);
defMethod(TypeType, "__ror__", (t: PyValue, args) => unionOr(args[0], t) ?? NotImplemented);
installUnionOr(unionOr);
defMethod(GenericAliasType, "__or__", (a: PyValue, args) => unionOr(a, args[0]) ?? NotImplemented);
defMethod(GenericAliasType, "__ror__", (a: PyValue, args) => unionOr(args[0], a) ?? NotImplemented);

defMethod(TypeType, "mro", (t: PyType, args, kw) => {
  if ((kw && kw.length) || args.length) throw pyError(TypeError, `type.mro() takes no arguments (${args.length} given)`);
  return new PyList(t.mro.slice());
});
defMethod(TypeType, "__subclasses__", (t: PyType, args, kw) => {
  if ((kw && kw.length) || args.length) throw pyError(TypeError, `type.__subclasses__() takes no arguments (${args.length} given)`);
  return new PyList(t.subclassList.slice());
});
