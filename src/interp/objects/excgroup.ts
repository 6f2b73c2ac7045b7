// BaseExceptionGroup and ExceptionGroup (PEP 654). CPython: Objects/exceptions.c BaseExceptionGroup_new,
// BaseExceptionGroup_str, BaseExceptionGroup_derive, exceptiongroup_split_recursive,
// BaseExceptionGroup_split/subgroup, _PyExc_PrepReraiseStar, and Python/ceval.c
// _PyEval_ExceptionGroupMatch (the except* matching).
import { None, PyType, typeOf, type PyValue } from "./object.js";
import {
  BaseException, EXC_INIT_HOOKS, EXCEPTION_TYPES, Exception_, initException, PyBaseException, pyError, TypeError, ValueError,
} from "./exceptions.js";
import { PyDict, PyList, PyTuple, tuple } from "./containers.js";
import { call, callMethod, defGetSet, defMethod, getattrOrUndefined, iterateToArray, PyStaticMethod, setattr, truthy, typeName, TYPE_CONSTRUCTORS } from "./abstract.js";
import { PyBuiltin, PyFunction, PyMethod } from "./functions.js";
import { excField, setExcField } from "./exctypes.js";

export const BaseExceptionGroup = EXCEPTION_TYPES.get("BaseExceptionGroup")!;
export const ExceptionGroup = EXCEPTION_TYPES.get("ExceptionGroup")!;

export function isGroup(e: PyValue): e is PyBaseException {
  return e instanceof PyBaseException && e.type.isSubtype(BaseExceptionGroup);
}

/** The sub-exceptions of a group (its `exceptions` tuple). */
export function groupExceptions(e: PyBaseException): PyBaseException[] {
  const t = excField(e, "exceptions");
  return t instanceof PyTuple ? (t.items as PyBaseException[]) : [];
}

/** PySequence_Check */
const isSequence = (v: PyValue): boolean =>
  v instanceof PyList || v instanceof PyTuple || typeof v === "string" || (!(v instanceof PyDict) && typeOf(v).lookup("__getitem__") !== undefined);

/** BaseExceptionGroup_new: validate, pick the class, store message and exceptions. */
function groupNew(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyBaseException {
  if (kwnames && kwnames.length) throw pyError(TypeError, `${cls.name}() takes no keyword arguments`);
  if (args.length !== 2) throw pyError(TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, excsArg] = args;
  if (typeof message !== "string") throw pyError(TypeError, `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
  if (!isSequence(excsArg)) throw pyError(TypeError, "second argument (exceptions) must be a sequence");
  const excs = iterateToArray(excsArg);
  if (excs.length === 0) throw pyError(ValueError, "second argument (exceptions) must be a non-empty sequence");
  let nestedBase = false;
  excs.forEach((e, i) => {
    if (!(e instanceof PyBaseException)) throw pyError(ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!e.type.isSubtype(Exception_)) nestedBase = true;
  });
  let t = cls;
  if (cls === BaseExceptionGroup) {
    if (!nestedBase) t = ExceptionGroup;
  } else if (cls === ExceptionGroup) {
    if (nestedBase) throw pyError(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nestedBase && cls.isSubtype(Exception_)) {
    throw pyError(TypeError, `Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const e = new PyBaseException(t, args.slice());
  setExcField(e, "message", message);
  setExcField(e, "exceptions", tuple(excs));
  return e;
}

for (const t of [BaseExceptionGroup, ExceptionGroup]) {
  TYPE_CONSTRUCTORS.set(t, (args, kwnames) => groupNew(t, args, kwnames));
}
BaseExceptionGroup.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kwnames) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyError(TypeError, "BaseExceptionGroup.__new__(X): X is not a type object");
  return groupNew(cls, args.slice(1), kwnames);
}, null, "BaseExceptionGroup.__new__")));
// BaseExceptionGroup_init: BaseException_init, keywords refused (the fields come from __new__)
EXC_INIT_HOOKS.set(BaseExceptionGroup, (e, _args, kw) => {
  if (kw.size) throw pyError(TypeError, `${e.type.name}() takes no keyword arguments`);
});

defGetSet(BaseExceptionGroup, "message", (e: PyBaseException) => excField(e, "message"));
defGetSet(BaseExceptionGroup, "exceptions", (e: PyBaseException) => excField(e, "exceptions"));

BaseExceptionGroup.slots.str = (e: PyBaseException): string => {
  const n = groupExceptions(e).length;
  return `${excField(e, "message") === None ? "" : String(excField(e, "message"))} (${n} sub-exception${n > 1 ? "s" : ""})`;
};

defMethod(BaseExceptionGroup, "derive", (self: PyBaseException, args) => {
  if (args.length !== 1) throw pyError(TypeError, `BaseExceptionGroup.derive() takes exactly one argument (${args.length} given)`);
  return groupNew(BaseExceptionGroup, [excField(self, "message"), args[0]], null);
});

// ---- split / subgroup -------------------------------------------------------------------------

type Matcher = { kind: "type"; t: PyValue } | { kind: "pred"; fn: PyValue } | { kind: "ids"; ids: Set<PyBaseException> };

function matcherOf(v: PyValue): Matcher {
  // get_matcher_type
  if (v instanceof PyType) {
    if (v.isSubtype(BaseException)) return { kind: "type", t: v };
  } else if (v instanceof PyTuple) {
    if (v.items.every((x) => x instanceof PyType && x.isSubtype(BaseException))) return { kind: "type", t: v };
  } else if (v instanceof PyBuiltin || v instanceof PyFunction || v instanceof PyMethod || typeOf(v).lookup("__call__") !== undefined || typeOf(v).slots.call !== undefined) {
    return { kind: "pred", fn: v };
  }
  throw pyError(TypeError, "expected an exception type, a tuple of exception types, or a callable (other than a class)");
}

function typeMatch(e: PyBaseException, t: PyValue): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => e.type.isSubtype(x as PyType));
  return e.type.isSubtype(t as PyType);
}

function checkMatch(e: PyBaseException, m: Matcher): boolean {
  switch (m.kind) {
    case "type": return typeMatch(e, m.t);
    case "pred": return truthy(call(m.fn, [e]));
    case "ids": return !isGroup(e) && m.ids.has(e);
  }
}

/** exceptiongroup_subset: derive() with the group's metadata copied. */
function deriveAndCopy(eg: PyBaseException, excs: PyBaseException[]): PyBaseException {
  const derived = callMethod(getattrOrUndefined(typeOf(eg), "derive") ?? None, eg, [new PyList(excs)]);
  if (!isGroup(derived)) throw pyError(TypeError, "derive must return an instance of BaseExceptionGroup");
  derived.traceback = eg.traceback.slice();
  derived.cause = eg.cause;
  derived.context = eg.context;
  const notes = getattrOrUndefined(eg, "__notes__");
  if (notes !== undefined && (notes instanceof PyList || notes instanceof PyTuple)) setattr(derived, "__notes__", new PyList(iterateToArray(notes)));
  return derived;
}

/** exceptiongroup_split_recursive */
function splitRecursive(e: PyBaseException, m: Matcher, constructRest: boolean): [PyBaseException | null, PyBaseException | null] {
  if (checkMatch(e, m)) return [e, null];
  if (!isGroup(e)) return [null, constructRest ? e : null];
  const matches: PyBaseException[] = [], rests: PyBaseException[] = [];
  for (const sub of groupExceptions(e)) {
    const [a, b] = splitRecursive(sub, m, constructRest);
    if (a) matches.push(a);
    if (b) rests.push(b);
  }
  return [matches.length ? deriveAndCopy(e, matches) : null, constructRest && rests.length ? deriveAndCopy(e, rests) : null];
}

defMethod(BaseExceptionGroup, "split", (self: PyBaseException, args) => {
  if (args.length !== 1) throw pyError(TypeError, `BaseExceptionGroup.split() takes exactly one argument (${args.length} given)`);
  const [a, b] = splitRecursive(self, matcherOf(args[0]), true);
  return tuple([a ?? None, b ?? None]);
});
defMethod(BaseExceptionGroup, "subgroup", (self: PyBaseException, args) => {
  if (args.length !== 1) throw pyError(TypeError, `BaseExceptionGroup.subgroup() takes exactly one argument (${args.length} given)`);
  return splitRecursive(self, matcherOf(args[0]), false)[0] ?? None;
});

// ---- except* ----------------------------------------------------------------------------------

/** A new ExceptionGroup("", excs) (_PyExc_CreateExceptionGroup). */
export function createGroup(message: string, excs: PyBaseException[], asTuple = false): PyBaseException {
  return groupNew(BaseExceptionGroup, [message, asTuple ? tuple(excs) : new PyList(excs)], null);
}

/** _PyEval_ExceptionGroupMatch: [match, rest] for `except* T` on exc (None = nothing). `wrapTb` gives
 *  the traceback of the group a naked matching exception is wrapped in. */
export function exceptionGroupMatch(exc: PyValue, matchType: PyValue, wrapTb: () => PyBaseException["traceback"]): [PyValue, PyValue] {
  if (exc === None) return [None, None];
  const e = exc as PyBaseException;
  if (typeMatch(e, matchType)) {
    if (isGroup(e)) return [e, None];
    const wrapped = createGroup("", [e], true);
    wrapped.traceback = wrapTb();
    return [wrapped, None];
  }
  if (isGroup(e)) {
    const [a, b] = splitRecursive(e, matcherOf(matchType), true);
    return [a ?? None, b ?? None];
  }
  return [None, e];
}

/** _PyEval_CheckExceptStarTypeValid */
export function checkExceptStarType(t: PyValue): void {
  const check = (x: PyValue): void => {
    if (!(x instanceof PyType) || !x.isSubtype(BaseException)) {
      throw pyError(TypeError, "catching classes that do not inherit from BaseException is not allowed");
    }
  };
  if (t instanceof PyTuple) t.items.forEach(check);
  else check(t);
  const isEg = (x: PyValue) => x instanceof PyType && x.isSubtype(BaseExceptionGroup);
  if (isEg(t) || (t instanceof PyTuple && t.items.some(isEg))) {
    throw pyError(TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
}

function collectLeaves(e: PyValue, ids: Set<PyBaseException>): void {
  if (e === None) return;
  if (!isGroup(e)) { ids.add(e as PyBaseException); return; }
  for (const sub of groupExceptions(e)) collectLeaves(sub, ids);
}

function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return getattrOrUndefined(a, "__notes__") === getattrOrUndefined(b, "__notes__") &&
    a.traceback.length === b.traceback.length && a.traceback.every((x, i) => x === b.traceback[i]) &&
    a.cause === b.cause && a.context === b.context;
}

/** _PyExc_PrepReraiseStar: what leaves the try-except* statement (None when everything was handled). */
export function prepReraiseStar(orig: PyValue, excsList: PyValue): PyValue {
  const excs = (excsList as PyList).items;
  if (excs.length === 0) return None;
  if (!isGroup(orig)) return excs[0];
  const raised: PyBaseException[] = [], reraised: PyBaseException[] = [];
  for (const e of excs) {
    if (e === None) continue;
    const ex = e as PyBaseException;
    (sameMetadata(ex, orig) ? reraised : raised).push(ex);
  }
  // exception_group_projection: the part of orig whose leaves were re-raised
  const ids = new Set<PyBaseException>();
  for (const e of reraised) collectLeaves(e, ids);
  const reraisedEg = splitRecursive(orig, { kind: "ids", ids }, false)[0];
  if (raised.length) {
    if (reraisedEg) raised.push(reraisedEg);
    return createGroup("", raised);
  }
  return reraisedEg ?? None;
}

void initException;
