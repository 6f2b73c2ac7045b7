// Class creation: builtins.__build_class__ and type.__call__ for metaclasses (CPython:
// Python/bltinmodule.c builtin___build_class__, Objects/typeobject.c type_new, __init_subclass__,
// __set_name__, the __classcell__ protocol).
import { bumpTypeVersion, None, ObjectType, PyObject, PyType, TypeType, typeOf, type PyValue } from "../objects/object.js";
import {
  ClassMethodType, StaticMethodType, call, callMethod, callType, defMethod, descrGet, getattr, getattrOrUndefined, iterateToArray,
  PyClassMethod, PyGetSetDescr, PyInstance, PyStaticMethod, repr, TYPE_CONSTRUCTORS,
} from "../objects/abstract.js";
import { PyDict, PyList, PyTuple, TupleType, tuple } from "../objects/containers.js";
import { IntType } from "../objects/object.js";
import { BytesType } from "../objects/bytes.js";
import { AttributeError, BaseException, PyBaseException, pyError, TypeError, ValueError } from "../objects/exceptions.js";
const EXC_BASE = () => BaseException;
import { FunctionType, PyCell, PyFunction, type NativeFn } from "../objects/functions.js";
import { splitKw } from "../objects/typeslots.js";
import { MroError } from "../objects/object.js";
import type { CodeObject } from "../compile/code.js";
import { Frame, runFrame, builtinsDict, tstate } from "./eval.js";

/** The most derived metaclass of `meta` and the bases' types (type_new's _PyType_CalculateMetaclass). */
function calculateMeta(meta: PyType, bases: readonly PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtype(bt)) continue;
    if (bt.isSubtype(winner)) { winner = bt; continue; }
    throw pyError(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

export const buildClass: NativeFn = (args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length < 2) throw pyError(TypeError, "__build_class__: not enough arguments");
  const func = pos[0];
  if (!(func instanceof PyFunction)) throw pyError(TypeError, "__build_class__: func must be a function");
  const name = pos[1];
  if (typeof name !== "string") throw pyError(TypeError, "__build_class__: name is not a string");
  const origBases = pos.slice(2);
  // PEP 560 update_bases: a base that is not a class may stand for others (__mro_entries__)
  let bases = origBases;
  if (origBases.some((b) => !(b instanceof PyType))) {
    bases = [];
    for (const b of origBases) {
      const me = b instanceof PyType ? undefined : getattrOrUndefined(b, "__mro_entries__");
      if (me === undefined) { bases.push(b); continue; }
      const r = call(me, [tuple(origBases)]);
      if (!(r instanceof PyTuple)) throw pyError(TypeError, "__mro_entries__ must return a tuple");
      bases.push(...r.items);
    }
  }
  let meta: PyType;
  const explicit = kw.get("metaclass");
  kw.delete("metaclass");
  if (explicit !== undefined) meta = explicit instanceof PyType ? calculateMeta(explicit, bases) : (explicit as PyType);
  else meta = bases.length ? calculateMeta(typeOf(bases[0]) as PyType, bases) : TypeType;
  // __prepare__ (any metaclass object may have one; a function used as metaclass usually has none)
  let ns: PyDict = new PyDict();
  const prep = meta === TypeType ? undefined : meta instanceof PyType ? meta.lookup("__prepare__") : getattrOrUndefined(meta, "__prepare__");
  if (prep !== undefined) {
    const kwNames = [...kw.keys()];
    const bound = meta instanceof PyType ? descrGet(prep, null, meta) : prep;
    const r = call(bound, [name, tuple(bases), ...kw.values()], kwNames.length ? kwNames : null);
    if (!(r instanceof PyDict)) {
      const mname = meta instanceof PyType ? meta.name : "<metaclass>";
      throw pyError(TypeError, `${mname}.__prepare__() must return a mapping, not ${typeOf(r).name}`);
    }
    ns = r;
  }
  const code = func.code as CodeObject;
  const frame = new Frame(code, func.globals, builtinsDict(), ns, func);
  if (func.closure) {
    const base = code.nlocalsplus - func.closure.length;
    func.closure.forEach((c, i) => { frame.fast[base + i] = c; });
  }
  frame.transparent = true;
  const cell = runFrame(frame);
  // (after the body, as builtin___build_class__ does)
  if (bases !== origBases) setitemRef(ns, "__orig_bases__", tuple(origBases));
  const kwNames = [...kw.keys()];
  const cls = call(meta, [name, tuple(bases), ns, ...kw.values()], kwNames.length ? kwNames : null);
  if (cell instanceof PyCell) {
    if (cls instanceof PyType) cell.value = cls;
  }
  return cls;
};

/** type(name, bases, dict, **kwds): create a Python class (Objects/typeobject.c type_new). */
export function typeNew(meta: PyType, name: string, basesT: PyTuple, ns: PyDict, kw: Map<string, PyValue>): PyType {
  calculateMeta(meta, basesT.items); // _PyType_CalculateMetaclass: "metaclass conflict"
  const bases: PyType[] = [];
  for (const b of basesT.items) {
    if (!(b instanceof PyType)) throw pyError(TypeError, "bases must be types");
    if (!b.baseType) throw pyError(TypeError, `type '${tpName(b)}' is not an acceptable base type`);
    if (bases.includes(b)) throw pyError(TypeError, `duplicate base class ${b.name}`);
    bases.push(b);
  }
  // best_base: the builtin (non-object) bases' layouts must lie on one line
  let solid: PyType | null = null;
  for (const b of bases) {
    const s = solidBase(b);
    if (solid === null || s.isSubtype(solid)) solid = s;
    else if (!solid.isSubtype(s)) throw pyError(TypeError, "multiple bases have instance lay-out conflict");
  }
  const nsMap = new Map<string, PyValue>();
  for (const [k, v] of ns.entries()) {
    if (typeof k === "string") nsMap.set(k, v);
  }
  for (const special of ["__init_subclass__", "__class_getitem__"]) {
    const v = nsMap.get(special);
    if (v instanceof PyFunction) nsMap.set(special, new PyClassMethod(v));
  }
  // type_new_set_module / type_dict_set_doc: __module__ from the caller's globals, __doc__ None when absent
  if (!nsMap.has("__module__")) {
    const mn = tstate.frame?.globals.get("__name__");
    if (mn !== undefined) nsMap.set("__module__", mn);
  }
  const docAdded = !nsMap.has("__doc__");
  if (docAdded) nsMap.set("__doc__", None);
  const nv = nsMap.get("__new__");
  if (nv instanceof PyFunction) nsMap.set("__new__", new PyStaticMethod(nv));
  // a class that defines __eq__ but not __hash__ is unhashable (type_new's inherit_slots)
  if (nsMap.has("__eq__") && !nsMap.has("__hash__")) nsMap.set("__hash__", None);
  const cell = nsMap.get("__classcell__");
  nsMap.delete("__classcell__");
  // type_new_set_classdictcell: the cell stays with the annotation scopes, not in the class dict
  nsMap.delete("__classdictcell__");
  let t: PyType;
  try {
    t = new PyType(meta, name, bases.length ? bases : [ObjectType], nsMap, true, (nsMap.get("__module__") as string) ?? "builtins");
  } catch (e) {
    if (e instanceof MroError) throw pyError(TypeError, e.message);
    throw e;
  }
  t.type = meta;
  // inherit_slots: a subclass of a builtin type keeps the base's native attribute lookup
  // (tp_getattro / getset attributes), e.g. subclasses of types.GenericAlias or of a struct sequence
  for (const b of t.mro) {
    if (b !== t && !b.heap && b.slots.getattr) {
      t.slots.getattr = b.slots.getattr;
      t.slots.customGetattr = b.slots.customGetattr;
      break;
    }
  }
  const slots = nsMap.get("__slots__");
  if (slots !== undefined) defineSlots(t, slots, docAdded);
  const qn = nsMap.get("__qualname__");
  if (typeof qn === "string") { t.qualname = qn; nsMap.delete("__qualname__"); }
  if (cell instanceof PyCell) cell.value = t;
  bumpTypeVersion();
  // __set_name__ on descriptors (type_new_set_names), then super(t, t).__init_subclass__(**kw)
  for (const [k, v] of [...nsMap]) {
    if (v instanceof PyObject) {
      const sn = typeOf(v).lookup("__set_name__");
      if (sn === undefined) continue;
      try {
        callMethod(sn, v, [t, k]);
      } catch (e) {
        if (e instanceof PyBaseException) {
          call(getattr(e, "add_note"), [`Error calling __set_name__ on '${typeOf(v).name}' instance ${repr(k)} in '${t.name}'`]);
        }
        throw e;
      }
    }
  }
  for (let i = 1; i < t.mro.length; i++) {
    const init = t.mro[i].ns.get("__init_subclass__");
    if (init === undefined) continue;
    const names = [...kw.keys()];
    call(descrGet(init, null, t), [...kw.values()], names.length ? names : null);
    break;
  }
  return t;
}

/** The builtin type whose instance layout a class's instances have (typeobject.c solid_base). */
function solidBase(t: PyType): PyType {
  for (const b of t.mro) if (!b.heap && b !== ObjectType) return layoutRoot(b);
  return ObjectType;
}
/** bool shares int's layout for this purpose; exception types share BaseException's. */
function layoutRoot(b: PyType): PyType {
  if (b.name === "bool") return b.bases[0];
  let r = b;
  while (r.bases.length === 1 && !r.bases[0].heap && r.bases[0] !== ObjectType && r.bases[0].name !== "int" && sameLayout(r, r.bases[0])) r = r.bases[0];
  return r;
}
function sameLayout(t: PyType, base: PyType): boolean {
  // exception subclasses add no fields except a few (OSError, SyntaxError, ...); treat them as one layout
  return base.isSubtype(EXC_BASE());
}

// type.mro(), type.__call__, object.__init_subclass__ (typeobject.c type_mro, type_call, object_init_subclass)
defMethod(TypeType, "mro", (t: PyType) => new PyList(t.mro.slice()));
defMethod(TypeType, "__call__", (t: PyType, args, kwnames) => callType(t, args, kwnames));
ObjectType.ns.set("__init_subclass__", new PyClassMethod(new PyBuiltinRef("__init_subclass__", (args, kwnames) => {
  const cls = args[0] as PyType;
  if (kwnames && kwnames.length) throw pyError(TypeError, `${cls.name}.__init_subclass__() takes no keyword arguments`);
  if (args.length > 1) throw pyError(TypeError, `${cls.name}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
  return NoneRef;
})));

// __func__ of classmethod/staticmethod and __get__ of the builtin descriptor kinds (funcobject.c)
ClassMethodType.slots.getattr = (d: PyClassMethod, name: string) => (name === "__func__" || name === "__wrapped__" ? d.func : undefined);
StaticMethodType.slots.getattr = (d: PyStaticMethod, name: string) => (name === "__func__" || name === "__wrapped__" ? d.func : undefined);
const descrGetMethod = (self: PyValue, args: PyValue[]): PyValue => {
  const obj = args[0] ?? NoneRef;
  let owner = args[1];
  if (obj === NoneRef && (owner === undefined || owner === NoneRef)) throw pyError(TypeError, "__get__(None, None) is invalid");
  if (owner === undefined || owner === NoneRef) owner = typeOf(obj);
  return descrGet(self, obj === NoneRef ? null : obj, owner as PyType);
};
defMethod(FunctionType, "__get__", descrGetMethod);
defMethod(ClassMethodType, "__get__", descrGetMethod);
defMethod(StaticMethodType, "__get__", descrGetMethod);

// type(x) and type(name, bases, dict)
TYPE_CONSTRUCTORS.set(TypeType, (args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length === 1 && kw.size === 0) return typeOf(pos[0]);
  if (pos.length !== 3) throw pyError(TypeError, "type() takes 1 or 3 arguments");
  const [name, bases, ns] = pos;
  if (typeof name !== "string") throw pyError(TypeError, `type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if (!(bases instanceof PyTuple)) throw pyError(TypeError, `type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (!(ns instanceof PyDict)) throw pyError(TypeError, `type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
  // type_new_get_bases: an object with __mro_entries__ is for class statements only
  for (const b of bases.items) {
    if (b instanceof PyType) continue;
    if (getattrOrUndefined(b, "__mro_entries__") !== undefined) throw pyError(TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
  }
  const winner = calculateMeta(TypeType, bases.items.slice());
  // type_new: a more derived metaclass of the bases makes the class (with the keywords)
  if (winner !== TypeType) return call(winner, [name, bases, ns, ...kw.values()], kw.size ? [...kw.keys()] : null);
  return typeNew(TypeType, name, bases, ns, kw);
});

// type.__new__(mcs, name, bases, ns, **kw) for metaclasses that call super().__new__
TypeType.ns.set("__new__", new PyStaticMethod(new PyBuiltinRef("__new__", (args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  const [mcs, name, bases, ns] = pos;
  if (!(mcs instanceof PyType) || !mcs.isSubtype(TypeType)) throw pyError(TypeError, "type.__new__(X): X is not a type object");
  if (pos.length === 2) return typeOf(name);
  if (typeof name !== "string" || !(bases instanceof PyTuple) || !(ns instanceof PyDict)) throw pyError(TypeError, "type.__new__() takes exactly 3 arguments (name, bases, dict)");
  return typeNew(mcs, name, bases, ns, kw);
}, null, "type.__new__")));
TypeType.ns.set("__init__", new PyMethodDescrRef(TypeType, "__init__", () => NoneRef));
import { PyBuiltin as PyBuiltinRef } from "../objects/functions.js";
import { PyMethodDescr as PyMethodDescrRef } from "../objects/abstract.js";
import { None as NoneRef } from "../objects/object.js";

/** __slots__: a member descriptor per name; no instance __dict__ unless "__dict__" is a slot or a base has one. */
function defineSlots(t: PyType, slots: PyValue, docAdded = false): void {
  const names = typeof slots === "string" ? [slots] : iterateToArray(slots);
  let wantDict = false;
  // CPython: Objects/typeobject.c type_new_visit_slots, type_new_slots: a second __dict__ (or one
  // when a base already gives instances a dict) is refused, and a variable-size base (int, tuple,
  // bytes, type) takes no other slots; a name conflicts only with the class body's own names
  const baseHasDict = t.bases.some((b) => b.heap && !b.noDict);
  const varsize = t.bases.find((b) => b.mro.some((m) => m === IntType || m === TupleType || m === BytesType || m === TypeType));
  const bodyNames = new Set(t.ns.keys());
  for (const n of names) {
    if (typeof n !== "string") throw pyError(TypeError, `__slots__ items must be strings, not '${typeOf(n).name}'`);
    if (n === "__dict__") {
      if (wantDict || baseHasDict) throw pyError(TypeError, "__dict__ slot disallowed: we already got one");
      wantDict = true;
      continue;
    }
    if (n === "__weakref__") continue;
    if (varsize) throw pyError(TypeError, `nonempty __slots__ not supported for subtype of '${varsize.heap ? varsize.name : tpName(varsize)}'`);
    if (!/^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(n)) throw pyError(TypeError, "__slots__ must be identifiers");
    const key = n.startsWith("__") && !n.endsWith("__") ? `_${t.name.replace(/^_+/, "")}${n}` : n;
    // (type_new sets the default __doc__ after the slots: a '__doc__' slot is no conflict with it)
    if (bodyNames.has(key) && !(key === "__doc__" && docAdded)) throw pyError(ValueError, `'${key}' in __slots__ conflicts with class variable`);
    t.ns.set(key, new PyGetSetDescr(t, key, (obj: PyInstance) => {
      const v = obj.slotValues?.get(key);
      if (v === undefined) throw pyError(AttributeError, `'${typeOf(obj).name}' object has no attribute '${key}'`);
      return v;
    }, (obj: PyInstance, v: PyValue | undefined) => {
      if (v === undefined) {
        // member_delete of an unset slot: the message is the bare name (Python/structmember.c)
        if (!obj.slotValues?.delete(key)) throw pyError(AttributeError, key);
        return;
      }
      (obj.slotValues ??= new Map()).set(key, v);
    }, true));
  }
  // instances lack a __dict__ when every base is object or a class without one
  t.noDict = !wantDict && t.bases.every((b) => b === ObjectType || (b.heap && b.noDict));
}

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)
// (CPython: Objects/funcobject.c func_new)
TYPE_CONSTRUCTORS.set(FunctionType, (args, kwnames) => {
  const names = ["code", "globals", "name", "argdefs", "closure", "kwdefaults"];
  const vals: (PyValue | undefined)[] = [];
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos > 6) throw pyError(TypeError, `function() takes at most 6 arguments (${npos} given)`);
  for (let i = 0; i < npos; i++) vals[i] = args[i];
  kwnames?.forEach((k, i) => {
    const j = names.indexOf(k);
    if (j < 0) throw pyError(TypeError, `function() got an unexpected keyword argument '${k}'`);
    vals[j] = args[npos + i];
  });
  const [code, globals, name, argdefs, closure, kwdefaults] = vals;
  if (!(code instanceof PyCodeRef)) throw pyError(TypeError, `function() argument 'code' must be code, not ${code === undefined ? "missing" : typeOf(code).name}`);
  if (!(globals instanceof PyDict)) throw pyError(TypeError, `function() argument 'globals' must be dict, not ${globals === undefined ? "missing" : typeOf(globals).name}`);
  const c = code.code;
  const fn = newFunction(c, globals);
  if (name !== undefined && name !== NoneRef) {
    if (typeof name !== "string") throw pyError(TypeError, "arg 3 (name) must be None or string");
    fn.name = name;
  }
  if (argdefs !== undefined && argdefs !== NoneRef) {
    if (!(argdefs instanceof PyTuple)) throw pyError(TypeError, "arg 4 (defaults) must be None or tuple");
    fn.defaults = argdefs.items.slice();
  }
  const nfree = c.co_freevars.length;
  const cells = closure === undefined || closure === NoneRef ? [] : closure instanceof PyTuple ? closure.items : null;
  if (cells === null) throw pyError(TypeError, "arg 5 (closure) must be None or tuple");
  if (cells.length !== nfree) {
    throw pyError(ValueError, nfree === 0 ? "arg 5 (closure) must be None or tuple" : `${c.co_name} requires closure of length ${nfree}, not ${cells.length}`);
  }
  if (nfree) fn.closure = cells.slice() as never;
  if (kwdefaults !== undefined && kwdefaults !== NoneRef) {
    if (!(kwdefaults instanceof PyDict)) throw pyError(TypeError, "arg 6 (kwdefaults) must be None or dict");
    fn.kwdefaults = new Map([...kwdefaults.entries()].map(([k, v]) => [String(k), v]));
  }
  return fn;
});
import { PyCode as PyCodeRef } from "../objects/code.js";
import { newFunction } from "./eval.js";
import { setitem as setitemRef } from "../objects/abstract.js";
import { tpName } from "../objects/abstract.js";
