// super() (CPython: Objects/typeobject.c super_init, super_getattro). The zero-argument form reads
// the calling frame's first argument and its __class__ cell, as CPython's super_init_without_args.
import { None, ObjectType, PyObject, PyType, TypeType, typeOf, type PyValue } from "../objects/object.js";
import { descrGet, TYPE_CONSTRUCTORS, repr } from "../objects/abstract.js";
import { pyError, RuntimeError, TypeError } from "../objects/exceptions.js";
import { PyCell } from "../objects/functions.js";
import { FAST } from "../compile/code.js";
import { tstate } from "./eval.js";

export const SuperType = new PyType(TypeType, "super", [ObjectType]);

export class PySuper extends PyObject {
  constructor(readonly thisType: PyType, readonly obj: PyValue, readonly objType: PyType) {
    super(SuperType);
  }
}

TYPE_CONSTRUCTORS.set(SuperType, (args) => {
  if (args.length === 0) {
    const f = tstate.frame;
    if (!f) throw pyError(RuntimeError, "super(): no current frame");
    const code = f.code;
    if (code.co_argcount === 0 && !(code.co_flags & 0x4)) throw pyError(RuntimeError, "super(): no arguments");
    let first = f.fast[0];
    if (first instanceof PyCell) first = first.value;
    if (first === undefined) throw pyError(RuntimeError, "super(): arg[0] deleted");
    const idx = code.localsplusnames.findIndex((n, i) => n === "__class__" && (code.localspluskinds[i] & FAST.FREE));
    if (idx < 0) throw pyError(RuntimeError, "super(): __class__ cell not found");
    const cell = f.fast[idx] as PyCell;
    const t = cell.value;
    if (!(t instanceof PyType)) throw pyError(RuntimeError, "super(): empty __class__ cell");
    return makeSuper(t, first as PyValue);
  }
  const t = args[0];
  if (!(t instanceof PyType)) throw pyError(TypeError, `super() argument 1 must be a type, not ${typeOf(t).name}`);
  return makeSuper(t, args[1]);
});

function makeSuper(t: PyType, obj: PyValue | undefined): PySuper {
  if (obj === undefined) return new PySuper(t, null as unknown as PyValue, t);
  const objType = obj instanceof PyType && obj.isSubtype(t) ? obj : typeOf(obj);
  if (!objType.isSubtype(t)) {
    const what = obj instanceof PyType ? `type ${obj.name}` : `instance of ${typeOf(obj).name}`;
    throw pyError(TypeError, `super(type, obj): obj (${what}) is not an instance or subtype of type (${t.name}).`);
  }
  return new PySuper(t, obj, objType);
}

SuperType.slots.customGetattr = true;
SuperType.slots.getattr = (self: PySuper, name: string) => {
  if (name !== "__class__") {
    const mro = self.objType.mro;
    const i = mro.indexOf(self.thisType);
    for (let k = i + 1; k < mro.length; k++) {
      const v = mro[k].ns.get(name);
      if (v !== undefined) {
        const inst = self.obj === self.objType ? null : self.obj;
        return descrGet(v, inst, self.objType);
      }
    }
  }
  // super_members: __thisclass__, __self__, __self_class__ (typeobject.c)
  switch (name) {
    case "__thisclass__": return self.thisType;
    case "__self__": return self.obj ?? None;
    case "__self_class__": return self.obj === null ? None : self.objType;
    case "__class__": return SuperType;
  }
  return undefined;
};
SuperType.slots.repr = (self: PySuper) => `<super: <class '${self.thisType.name}'>, <${self.objType.name} object>>`;
void repr;
