// X | Y of types: the union objects isinstance() and issubclass() accept (CPython:
// Objects/unionobject.c; since 3.14 the class is typing.Union); and type.mro(), type.__subclasses__().
import { builtinType, None, NoneType, PyObject, PyType, TypeType, type PyValue } from "./object.js";
import { Cmp, defMethod, eq, installExtraCompare, installUnionOr, NotImplemented, repr } from "./abstract.js";
import { pyError, TypeError } from "./exceptions.js";
import { GenericAliasType, PyGenericAlias } from "./genericalias.js";
import { PyList, tuple } from "./containers.js";

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
UnionType.slots.getattr = (u: PyUnion, name: string) => (name === "__args__" ? tuple(u.args) : undefined);
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
