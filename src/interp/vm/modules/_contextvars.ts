// The _contextvars module (CPython: Python/context.c): Context (an immutable mapping, copied on
// write here where CPython uses a HAMT), ContextVar, Token and copy_context. tspy has one thread,
// so there is one current context.
import { builtinType, None, PyObject, type PyType, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { PyBaseException, pyError, TypeError, ValueError, RuntimeError, KeyError, LookupError } from "../../objects/exceptions.js";
import {
  addressOf, call, Cmp, installExtraCompare, defGetter, defMethod, eq, PyClassMethod, PyNativeIterator, defIteratorMethods, repr, TYPE_CONSTRUCTORS, typeName,
} from "../../objects/abstract.js";
import { PyList, tuple } from "../../objects/containers.js";
import { PyGenericAlias } from "../../objects/genericalias.js";

export const ContextType = builtinType("Context", undefined, { baseType: false, module: "_contextvars" });
export const ContextVarType = builtinType("ContextVar", undefined, { baseType: false, module: "_contextvars" });
export const TokenType = builtinType("Token", undefined, { baseType: false, module: "_contextvars" });
const MissingType = builtinType("Token.MISSING", undefined, { baseType: false, module: "_contextvars" });
const IterType = builtinType("context_iterator", undefined, { baseType: false, module: "_contextvars" });
defIteratorMethods(IterType);

class PyContext extends PyObject {
  vars = new Map<PyContextVar, PyValue>();
  entered = false;
  prev: PyContext | null = null;
  constructor() { super(ContextType); }
}
class PyContextVar extends PyObject {
  constructor(readonly name: string, readonly dflt: PyValue | undefined) { super(ContextVarType); }
}
class PyToken extends PyObject {
  used = false;
  constructor(readonly ctx: PyContext, readonly v: PyContextVar, readonly old: PyValue) { super(TokenType); }
}
const MISSING = new PyObject(MissingType);
MissingType.slots.repr = () => "<Token.MISSING>";

let current: PyContext | null = null;
/** the thread's current context, created on first use (CPython: context_get) */
function currentContext(): PyContext {
  return (current ??= new PyContext());
}

/** The value of a ContextVar in the current context, if set (PyContextVar_Get without a default;
 *  _decimal's fast path to the current decimal context). */
export function contextVarValue(v: PyValue): PyValue | undefined {
  return v instanceof PyContextVar ? currentContext().vars.get(v) : undefined;
}

function varArg(ctx: PyContext, v: PyValue): PyContextVar {
  if (!(v instanceof PyContextVar)) throw pyError(TypeError, `a ContextVar key was expected, got ${repr(v)}`);
  void ctx;
  return v;
}
const noArgs = (name: string, a: PyValue[], k: readonly string[] | null): void => {
  if ((k && k.length) || a.length) throw pyError(TypeError, `${name}() takes no arguments (${a.length} given)`);
};
function iterOf(items: PyValue[]): PyValue {
  let i = 0;
  return new PyNativeIterator(IterType, () => (i < items.length ? items[i++] : undefined));
}

// ---- Context ----------------------------------------------------------------------------------------

TYPE_CONSTRUCTORS.set(ContextType, (args, kwnames) => {
  if (args.length) throw pyError(TypeError, "Context() does not accept any arguments");
  void kwnames;
  return new PyContext();
});
ContextType.slots.len = (c: PyContext) => c.vars.size;
ContextType.slots.iter = (c: PyContext) => iterOf([...c.vars.keys()]);
defMethod(ContextType, "run", (self: PyContext, args, kwnames) => {
  const npos = args.length - (kwnames ? kwnames.length : 0);
  if (npos < 1) throw pyError(TypeError, "run() missing 1 required positional argument");
  if (self.entered) throw pyError(RuntimeError, `cannot enter context: ${repr(self)} is already entered`);
  self.prev = currentContext();
  self.entered = true;
  current = self;
  try {
    return call(args[0], args.slice(1), kwnames);
  } finally {
    current = self.prev;
    self.prev = null;
    self.entered = false;
  }
});
defMethod(ContextType, "copy", (self: PyContext, a, k) => {
  noArgs("copy", a, k);
  const c = new PyContext();
  c.vars = new Map(self.vars);
  return c;
});
defMethod(ContextType, "__getitem__", (self: PyContext, args) => {
  const v = varArg(self, args[0]);
  const r = self.vars.get(v);
  if (r === undefined) throw new PyBaseException(KeyError, [v]);
  return r;
});
defMethod(ContextType, "__contains__", (self: PyContext, args) => self.vars.has(varArg(self, args[0])));
defMethod(ContextType, "__len__", (self: PyContext) => self.vars.size);
defMethod(ContextType, "__iter__", (self: PyContext) => iterOf([...self.vars.keys()]));
defMethod(ContextType, "get", (self: PyContext, args, kwnames) => {
  if (kwnames && kwnames.length) throw pyError(TypeError, "get() takes no keyword arguments");
  if (args.length < 1 || args.length > 2) throw pyError(TypeError, `get expected ${args.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${args.length}`);
  const r = self.vars.get(varArg(self, args[0]));
  return r === undefined ? (args[1] ?? None) : r;
});
defMethod(ContextType, "keys", (self: PyContext) => new PyList([...self.vars.keys()]));
defMethod(ContextType, "values", (self: PyContext) => new PyList([...self.vars.values()]));
defMethod(ContextType, "items", (self: PyContext) => new PyList([...self.vars.entries()].map(([k, v]) => tuple([k, v]))));
// context_tp_richcompare: equal mappings
installExtraCompare((a, b, op) => {
  if (!(a instanceof PyContext) || !(b instanceof PyContext) || (op !== Cmp.EQ && op !== Cmp.NE)) return undefined;
  let same = a.vars.size === b.vars.size;
  if (same) for (const [k, v] of a.vars) {
    const w = b.vars.get(k);
    if (w === undefined || !eq(v, w)) { same = false; break; }
  }
  return op === Cmp.EQ ? same : !same;
});

// ---- ContextVar ----------------------------------------------------------------------------------

TYPE_CONSTRUCTORS.set(ContextVarType, (args, kwnames) => {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  let dflt: PyValue | undefined;
  kwnames?.forEach((k, i) => {
    if (k === "default") dflt = args[npos + i];
    else if (args.length <= 2) throw pyError(TypeError, `ContextVar() got an unexpected keyword argument '${k}'`);
  });
  if (args.length > 2) throw pyError(TypeError, `ContextVar() takes at most 2 arguments (${args.length} given)`);
  if (npos < 1) throw pyError(TypeError, "ContextVar() missing required argument 'name' (pos 1)");
  if (npos > 1) throw pyError(TypeError, `ContextVar() takes at most 1 positional argument (${npos} given)`);
  if (typeof args[0] !== "string") throw pyError(TypeError, "context variable name must be a str");
  return new PyContextVar(args[0], dflt);
});
ContextVarType.slots.repr = (v: PyContextVar) =>
  `<ContextVar name=${repr(v.name)}${v.dflt === undefined ? "" : ` default=${repr(v.dflt)}`} at ${addressOf(v)}>`;
defGetter(ContextVarType, "name", (v: PyContextVar) => v.name, { member: true });
defMethod(ContextVarType, "get", (self: PyContextVar, args, kwnames) => {
  if (kwnames && kwnames.length) throw pyError(TypeError, "ContextVar.get() takes no keyword arguments");
  if (args.length > 1) throw pyError(TypeError, `get expected at most 1 argument, got ${args.length}`);
  const r = currentContext().vars.get(self);
  if (r !== undefined) return r;
  if (args.length) return args[0];
  if (self.dflt !== undefined) return self.dflt;
  throw new PyBaseException(LookupError, [self]);
});
defMethod(ContextVarType, "set", (self: PyContextVar, args, kwnames) => {
  if ((kwnames && kwnames.length) || args.length !== 1) throw pyError(TypeError, `ContextVar.set() takes exactly one argument (${args.length} given)`);
  const ctx = currentContext();
  const old = ctx.vars.get(self);
  ctx.vars = new Map(ctx.vars).set(self, args[0]);
  return new PyToken(ctx, self, old ?? MISSING);
});
function reset(self: PyContextVar, token: PyValue): PyValue {
  if (!(token instanceof PyToken)) throw pyError(TypeError, `expected an instance of Token, got ${repr(token)}`);
  if (token.used) throw pyError(RuntimeError, `${repr(token)} has already been used once`);
  if (token.v !== self) throw pyError(ValueError, `${repr(token)} was created by a different ContextVar`);
  const ctx = currentContext();
  if (token.ctx !== ctx) throw pyError(ValueError, `${repr(token)} was created in a different Context`);
  token.used = true;
  const vars = new Map(ctx.vars);
  if (token.old === MISSING) vars.delete(self); else vars.set(self, token.old);
  ctx.vars = vars;
  return None;
}
defMethod(ContextVarType, "reset", (self: PyContextVar, args, kwnames) => {
  if ((kwnames && kwnames.length) || args.length !== 1) throw pyError(TypeError, `ContextVar.reset() takes exactly one argument (${args.length} given)`);
  return reset(self, args[0]);
});
const classGetItem = (t: PyType) => new PyClassMethod(new PyBuiltin("__class_getitem__", (args) => new PyGenericAlias(t, [args[1]])));
ContextVarType.ns.set("__class_getitem__", classGetItem(ContextVarType));

// ---- Token ---------------------------------------------------------------------------------------

TYPE_CONSTRUCTORS.set(TokenType, () => { throw pyError(RuntimeError, "Tokens can only be created by ContextVars"); });
TokenType.slots.repr = (t: PyToken) => `<Token${t.used ? " used" : ""} var=${repr(t.v)} at ${addressOf(t)}>`;
defGetter(TokenType, "var", (t: PyToken) => t.v);
defGetter(TokenType, "old_value", (t: PyToken) => t.old);
TokenType.ns.set("MISSING", MISSING);
TokenType.ns.set("__class_getitem__", classGetItem(TokenType));
defMethod(TokenType, "__enter__", (self: PyToken) => self);
defMethod(TokenType, "__exit__", (self: PyToken) => reset(self.v, self));

export function makeContextvars(): PyModule {
  const m = new PyModule("_contextvars");
  current = null; // a new interpreter starts in a new empty context
  m.dict.set("Context", ContextType);
  m.dict.set("ContextVar", ContextVarType);
  m.dict.set("Token", TokenType);
  m.dict.set("copy_context", new PyBuiltin("copy_context", (a, k) => {
    noArgs("copy_context", a, k);
    const c = new PyContext();
    c.vars = new Map(currentContext().vars);
    return c;
  }, m));
  void typeName;
  return m;
}
