// The object model's core: how Python values are represented, type objects with C3 MRO and
// attribute lookup through the MRO, and the singletons.
//
// Value representation (chosen for monomorphic fast paths in the eval loop):
//   int   -> JS number when it is a safe integer (|v| <= 2**53-1), else bigint
//   bool  -> JS boolean            str -> JS string (UTF-16; see DEVIATIONS.md)
//   everything else (float, None, list, ...) -> an instance of PyObject, whose `type` is its class
// CPython: Include/object.h (ob_type), Objects/typeobject.c (type_new, mro_internal,
// _PyType_Lookup), Objects/object.c.

import type { PyDict } from "./containers.js";

export type PyValue = PyObject | number | bigint | string | boolean;

export class PyObject {
  /** ob_type */
  type: PyType;
  /** The instance __dict__ for objects that have one (heap-type instances, functions, modules). */
  dict: PyDict | null = null;
  constructor(type: PyType) {
    this.type = type;
  }
}

/** Fast paths a type provides in JS (CPython's tp_* / nb_* slots), filled for builtin types. */
export interface TypeSlots {
  repr?: (self: any) => string;
  str?: (self: any) => string;
  hash?: (self: any) => number;
  call?: (self: any, args: PyValue[], kwnames: readonly string[] | null) => PyValue;
  iter?: (self: any) => PyValue;
  next?: (self: any) => PyValue | undefined; // undefined = exhausted (no StopIteration allocated)
  bool?: (self: any) => boolean;
  len?: (self: any) => number;
  /** attribute lookup before the generic algorithm (tp_getattro), undefined = not found here */
  getattr?: (self: any, name: string) => PyValue | undefined;
  /** true when `getattr` replaces the generic lookup altogether (CPython: tp_getattro is not
   *  PyObject_GenericGetAttr, e.g. super); otherwise it only adds getset-style attributes */
  customGetattr?: boolean;
  /** attribute assignment handled by the type itself (getset descriptors); false = not handled */
  setattr?: (self: any, name: string, value: PyValue) => boolean;
  /** tp_descr_get of a builtin descriptor type: obj is null for access through the class */
  descrGet?: (self: any, obj: PyValue | null, owner: PyType) => PyValue;
  /** tp_descr_set (value undefined = delete); its presence makes a data descriptor */
  descrSet?: (self: any, obj: PyValue, value: PyValue | undefined) => void;
}

/** Every builtin (non-heap) type, in creation order (for slot wrappers made from slots). */
export const STATIC_TYPES: PyType[] = [];

/** Read by the eval loop's attribute caches (a live binding). */
export let typeVersion = 0;
/** Bumped whenever any type's namespace or bases change: invalidates method caches. */
export function bumpTypeVersion(): void {
  typeVersion++;
}

/** Instances get attributes by PyObject_GenericGetAttr alone (no __getattribute__ override, no
 *  __getattr__, no tp_getattro of the type's own), and are plain objects with a __dict__. */
export const ATTR_PLAIN_GET = 1;
/** Instances set attributes by PyObject_GenericSetAttr alone (no __setattr__ override). */
export const ATTR_PLAIN_SET = 2;
let attrFactsHook: ((t: PyType) => number) | null = null;
/** abstract.ts knows object.__getattribute__ and object.__setattr__; it computes the facts. */
export function installAttrFacts(f: (t: PyType) => number): void {
  attrFactsHook = f;
}

export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[] = [];
  /** The type's namespace (tp_dict). */
  ns: Map<string, PyValue>;
  slots: TypeSlots = {};
  /** A Python class (type_new) rather than a builtin type. */
  heap: boolean;
  /** A Python class whose instances have no __dict__ (every class in its MRO defines __slots__). */
  noDict = false;
  /** Python subclasses may derive from it (Py_TPFLAGS_BASETYPE). */
  baseType = true;
  /** tp_name of a class that stands in for a C static type ("decimal.Decimal"): error messages
   *  name it so, as CPython's do. */
  cName?: string;
  /** For builtin types: the type whose instance layout instances share (solid base). */
  private cache = new Map<string, PyValue | null>();
  private cacheVersion = -1;

  constructor(meta: PyType | null, name: string, bases: PyType[], ns: Map<string, PyValue> = new Map(), heap = false, module = "builtins") {
    super(meta as PyType); // `type` itself is fixed up by the bootstrap below
    this.name = name;
    this.qualname = name;
    this.module = module;
    this.bases = bases;
    this.ns = ns;
    this.heap = heap;
    this.mro = computeMro(this);
    for (const b of bases) b.subclassList.push(this);
    if (!heap) STATIC_TYPES.push(this);
  }
  /** The direct subclasses, in creation order (type.__subclasses__; strong references). */
  subclassList: PyType[] = [];

  /** _PyType_Lookup: the first definition of `name` along the MRO, or undefined. */
  lookup(name: string): PyValue | undefined {
    if (this.cacheVersion !== typeVersion) this.dropCaches();
    // one Map probe: a miss along the whole MRO is cached as null
    const c = this.cache.get(name);
    if (c !== undefined) return c === null ? undefined : c;
    let found: PyValue | null = null;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].ns.get(name);
      if (v !== undefined) { found = v; break; }
    }
    this.cache.set(name, found);
    return found === null ? undefined : found;
  }

  /** The method cache and attrFacts hold for one type version: a change to any class drops them. */
  private dropCaches(): void {
    this.cache.clear();
    this.cacheVersion = typeVersion;
    this.attrFacts = -1;
  }

  /** Facts about this type's attribute protocol for the eval loop's fast paths (ATTR_PLAIN_*
   *  bits), computed by the installAttrFacts hook (abstract.ts) and dropped with the method cache;
   *  -1 = not known. */
  attrFacts = -1;
  /** attrFacts, valid for the current type version */
  getAttrFacts(): number {
    if (this.cacheVersion !== typeVersion) this.dropCaches();
    if (this.attrFacts < 0) this.attrFacts = attrFactsHook!(this);
    return this.attrFacts;
  }

  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/** C3 linearization (CPython: Objects/typeobject.c mro_implementation). Throws a message on conflict. */
export function computeMro(t: PyType): PyType[] {
  if (t.bases.length === 0) return [t];
  if (t.bases.length === 1) return [t, ...t.bases[0].mro];
  const seqs = t.bases.map((b) => [...b.mro]);
  seqs.push([...t.bases]);
  const out: PyType[] = [t];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of live) {
      const head = s[0];
      if (!live.some((o) => o.indexOf(head) > 0)) { cand = head; break; }
    }
    if (!cand) {
      const names = [...new Set(live.map((s) => s[0].name))].join(", ");
      throw new MroError(`Cannot create a consistent method resolution order (MRO) for bases ${names}`);
    }
    out.push(cand);
    for (const s of live) if (s[0] === cand) s.shift();
  }
}

export class MroError extends Error {}

// ---- bootstrap: object and type ---------------------------------------------------------------

export const ObjectType: PyType = new PyType(null, "object", []);
export const TypeType: PyType = new PyType(null, "type", [ObjectType]);
ObjectType.type = TypeType;
TypeType.type = TypeType;

/** A builtin type (static type in CPython terms). */
export function builtinType(name: string, base: PyType = ObjectType, opts: { baseType?: boolean; module?: string } = {}): PyType {
  const t = new PyType(TypeType, name, [base], new Map(), false, opts.module ?? "builtins");
  if (opts.baseType === false) t.baseType = false;
  return t;
}

// ---- singletons -------------------------------------------------------------------------------

export const NoneType = builtinType("NoneType", ObjectType, { baseType: false });
export const NotImplementedType = builtinType("NotImplementedType", ObjectType, { baseType: false });
export const EllipsisType = builtinType("ellipsis", ObjectType, { baseType: false });

export const None: PyObject = new PyObject(NoneType);
export const NotImplemented: PyObject = new PyObject(NotImplementedType);
export const Ellipsis: PyObject = new PyObject(EllipsisType);

NoneType.slots.repr = () => "None";
NotImplementedType.slots.repr = () => "NotImplemented";
EllipsisType.slots.repr = () => "Ellipsis";
NoneType.slots.bool = () => false;

// ---- the numeric and string builtin types (their behaviour lives in int.ts, str.ts, ...) -------

export const IntType = builtinType("int");
export const BoolType = builtinType("bool", IntType, { baseType: false });
export const FloatType = builtinType("float");
export const StrType = builtinType("str");

/** type(v) */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number": case "bigint": return IntType;
    case "string": return StrType;
    case "boolean": return BoolType;
    default: return v.type;
  }
}

export function isInstance(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtype(t);
}
