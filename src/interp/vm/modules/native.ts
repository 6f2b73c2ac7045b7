// Helpers shared by the native modules for defining CPython's static types: a type named by its
// tp_name ("itertools.count": __name__ "count", __module__ "itertools"), a tp_new reachable both
// from a call of the type and as __new__ (so Python subclasses work), iterator objects with state,
// and the PyBuiltin of a module function. CPython: Objects/typeobject.c (type_new, tp_new_wrapper).
import { nativeTick } from "../../objects/interrupt.js";
import { ObjectType, PyType, TypeType, typeOf, type PyValue } from "../../objects/object.js";
import {
  defIteratorMethods, PyNativeIterator, PyStaticMethod, PyClassMethod, TYPE_CONSTRUCTORS, typeName, next, defMethod,
} from "../../objects/abstract.js";
import { PyBuiltin, type PyModule, type NativeFn } from "../../objects/functions.js";
import { pyError, TypeError } from "../../objects/exceptions.js";
import { PyTuple } from "../../objects/containers.js";
import { PyGenericAlias } from "../../objects/genericalias.js";

/** A static type named by its tp_name "module.name". */
export function nativeType(tpName: string, base: PyType = ObjectType, opts: { baseType?: boolean } = {}): PyType {
  const dot = tpName.lastIndexOf(".");
  const t = new PyType(TypeType, tpName, [base], new Map(), false, tpName.slice(0, dot));
  t.qualname = tpName.slice(dot + 1);
  t.ns.set("__module__", t.module);
  if (opts.baseType === false) t.baseType = false;
  return t;
}

/** An iterator type: __iter__ returns self, __next__ runs the object's nextFn. */
export function nativeIterType(tpName: string, opts: { baseType?: boolean } = {}): PyType {
  const t = nativeType(tpName, ObjectType, opts);
  defIteratorMethods(t);
  return t;
}

/** An iterator object with its state `s` (the nextFn gets it; reprs and methods read it). */
export class NativeIter<S> extends PyNativeIterator {
  constructor(type: PyType, readonly s: S, step: (s: S) => PyValue | undefined) {
    super(type, () => step(s));
  }
}

export type NewFn = (cls: PyType, args: PyValue[], kwnames: readonly string[] | null) => PyValue;

/**
 * tp_new: `make(cls, args, kwnames)` runs for `T(...)` (cls = T) and for `T.__new__(cls, ...)`
 * (also from a Python subclass's construction). CPython: typeobject.c tp_new_wrapper's checks.
 */
export function defNew(t: PyType, make: NewFn): void {
  TYPE_CONSTRUCTORS.set(t, (args, kwnames) => make(t, args, kwnames));
  t.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kwnames) => {
    if (args.length === 0 || (kwnames && args.length === kwnames.length)) throw pyError(TypeError, `${t.name}.__new__(): not enough arguments`);
    const cls = args[0];
    if (!(cls instanceof PyType)) throw pyError(TypeError, `${t.name}.__new__(X): X is not a type object (${typeName(cls)})`);
    if (!cls.isSubtype(t)) throw pyError(TypeError, `${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
    return make(cls, args.slice(1), kwnames);
  }, TypeType, "__new__")));
}

/** Set the type of a freshly made object to a subclass (tp_alloc of `cls`). */
export function ofType<T extends { type: PyType; dict: unknown }>(o: T, cls: PyType, base: PyType): T {
  if (cls !== base) {
    o.type = cls;
    if (cls.heap && !cls.noDict) (o as { dict: unknown }).dict = newDict();
  }
  return o;
}
import { PyDict } from "../../objects/containers.js";
const newDict = () => new PyDict();

/** A module-level function. */
export function defFn(m: PyModule, name: string, fn: NativeFn): PyBuiltin {
  const f = new PyBuiltin(name, fn, m);
  m.dict.set(name, f);
  return f;
}

/** A classmethod of a builtin type (METH_CLASS): fn gets the class first. */
export function defClassMethod(t: PyType, name: string, fn: NativeFn): void {
  t.ns.set(name, new PyClassMethod(new PyBuiltin(name, fn, null, `${t.qualname}.${name}`)));
}

/** __class_getitem__ = classmethod(GenericAlias) (CPython: Py_GenericAlias). */
export function defClassGetitem(t: PyType): void {
  defClassMethod(t, "__class_getitem__", (args) => {
    if (args.length !== 2) throw pyError(TypeError, `__class_getitem__() takes exactly one argument (${args.length - 1} given)`);
    const item = args[1];
    return new PyGenericAlias(args[0] as PyType, item instanceof PyTuple ? item.items : [item]);
  });
}

/** The next item of an iterator, undefined when exhausted (PyIter_Next). Native modules and builtins
 *  consume iterators with it, so each item is also a tick of the interrupt check (a pause or Ctrl-C
 *  reaches sum(range(10**9)) or list(permutations(range(12)))). */
export const iterNext = (it: PyValue): PyValue | undefined => { nativeTick(); return next(it); };

export { defMethod, typeOf };
