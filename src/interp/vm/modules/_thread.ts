// The _thread module (CPython: Modules/_threadmodule.c) for a host with one thread, as CPython on
// emscripten (pyodide, the oracle) is: locks and RLocks with CPython's argument checks, _local,
// thread handles for threading's main thread, and start_new_thread raising RuntimeError("can't
// start new thread") as pyodide's does. Waiting on a held lock with a timeout really waits (nobody
// can release it) and then fails; waiting without a timeout would hang forever, so it raises
// instead (DEVIATIONS.md, "One thread").
import { builtinType, None, PyObject, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { PyBaseException, pyError, TypeError, ValueError, RuntimeError, OverflowError, SystemExit } from "../../objects/exceptions.js";
import { addressOf, defGetter, defMethod, INSTANCE_FACTORIES, PyInstance, TYPE_CONSTRUCTORS, truthy, typeName } from "../../objects/abstract.js";
import { PyDict, PyTuple, tuple } from "../../objects/containers.js";
import { float, PyFloat } from "../../objects/numbers.js";
import { intValue, toIndexInt } from "../../objects/int.js";
import { kwArgs } from "../../objects/args.js";
import { hostFn, type Host } from "../builtins.js";
import { requestInterrupt } from "../eval.js";

const TIMEOUT_MAX = 9223372036.0;
const MAIN_IDENT = 1;

export const LockType = builtinType("lock", undefined, { baseType: false, module: "_thread" });
export const RLockType = builtinType("RLock", undefined, { module: "_thread" });
const LocalType = builtinType("_local", undefined, { module: "_thread" });
const HandleType = builtinType("_ThreadHandle", undefined, { baseType: false, module: "_thread" });

class PyLock extends PyObject {
  locked = false;
  constructor() { super(LockType); }
}
class PyRLock extends PyObject {
  count = 0;
  constructor(type = RLockType) {
    super(type);
    if (type.heap) this.dict = new PyDict();
  }
}
class PyThreadHandle extends PyObject {
  done = false;
  constructor(readonly ident: number, readonly started = true) { super(HandleType); }
}

let host: Host | null = null;

/** lock_acquire_parse_args: blocking and timeout as seconds (-1 = forever) */
function acquireArgs(fname: string, args: PyValue[], kwnames: readonly string[] | null): [boolean, number] {
  const [b, t] = kwArgs(fname, args, kwnames, ["blocking", "timeout"], 0, 0, 2);
  const blocking = b === undefined ? true : truthy(b);
  let timeout = -1;
  if (t !== undefined) {
    if (t instanceof PyFloat) timeout = t.value;
    else {
      const i = intValue(t);
      if (i === null) throw pyError(TypeError, `'${typeName(t)}' object cannot be interpreted as an integer or float`);
      timeout = Number(i);
    }
    if (Number.isNaN(timeout)) throw pyError(ValueError, "Invalid value NaN (not a number)");
  }
  if (!blocking && timeout !== -1) throw pyError(ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw pyError(ValueError, "timeout value must be a non-negative number");
  if (timeout > TIMEOUT_MAX) throw pyError(OverflowError, "timestamp out of range for platform time_t");
  return [blocking, blocking ? timeout : 0];
}

/** Wait for a lock only this (the one) thread could release. */
function waitForever(what: string): never {
  throw pyError(RuntimeError, `deadlock: the only thread waits without a timeout for ${what} it holds`);
}

// ---- lock -------------------------------------------------------------------------------------------

TYPE_CONSTRUCTORS.set(LockType, (args, kwnames) => {
  if (args.length) throw pyError(TypeError, "lock() takes no arguments");
  void kwnames;
  return new PyLock();
});
LockType.slots.repr = (l: PyLock) => `<${l.locked ? "locked" : "unlocked"} _thread.lock object at ${addressOf(l)}>`;
function lockAcquire(self: PyLock, args: PyValue[], kwnames: readonly string[] | null): boolean {
  const [blocking, timeout] = acquireArgs("acquire", args, kwnames);
  if (!self.locked) { self.locked = true; return true; }
  if (!blocking) return false;
  if (timeout === -1) waitForever("a lock");
  if (timeout > 0 && host) hostFn(host, "sleep")(timeout);
  return false;
}
function lockRelease(self: PyLock): PyValue {
  if (!self.locked) throw pyError(RuntimeError, "release unlocked lock");
  self.locked = false;
  return None;
}
for (const name of ["acquire", "acquire_lock"]) defMethod(LockType, name, lockAcquire);
defMethod(LockType, "__enter__", (self: PyLock) => lockAcquire(self, [], null));
for (const name of ["release", "release_lock"]) defMethod(LockType, name, (self: PyLock) => lockRelease(self));
defMethod(LockType, "__exit__", (self: PyLock) => lockRelease(self));
for (const name of ["locked", "locked_lock"]) defMethod(LockType, name, (self: PyLock) => self.locked);
defMethod(LockType, "_at_fork_reinit", (self: PyLock) => { self.locked = false; return None; });

// ---- RLock (one thread: always the owner once acquired) ---------------------------------------------

TYPE_CONSTRUCTORS.set(RLockType, () => new PyRLock());
INSTANCE_FACTORIES.set(RLockType, (t) => new PyRLock(t));
RLockType.slots.repr = (l: PyRLock) =>
  `<${l.count ? "locked" : "unlocked"} ${l.type.module}.${l.type.qualname} object owner=${l.count ? MAIN_IDENT : 0} count=${l.count} at ${addressOf(l)}>`;
function rlockAcquire(self: PyRLock, args: PyValue[], kwnames: readonly string[] | null): boolean {
  acquireArgs("acquire", args, kwnames);
  self.count++;
  return true;
}
function rlockRelease(self: PyRLock): PyValue {
  if (self.count === 0) throw pyError(RuntimeError, "cannot release un-acquired lock");
  self.count--;
  return None;
}
defMethod(RLockType, "acquire", rlockAcquire);
defMethod(RLockType, "__enter__", (self: PyRLock) => rlockAcquire(self, [], null));
defMethod(RLockType, "release", (self: PyRLock) => rlockRelease(self));
defMethod(RLockType, "__exit__", (self: PyRLock) => rlockRelease(self));
defMethod(RLockType, "locked", (self: PyRLock) => self.count > 0);
defMethod(RLockType, "_is_owned", (self: PyRLock) => self.count > 0);
defMethod(RLockType, "_recursion_count", (self: PyRLock) => self.count);
defMethod(RLockType, "_release_save", (self: PyRLock) => {
  if (self.count === 0) throw pyError(RuntimeError, "cannot release un-acquired lock");
  const r = tuple([self.count, MAIN_IDENT]);
  self.count = 0;
  return r;
});
defMethod(RLockType, "_acquire_restore", (self: PyRLock, args) => {
  const st = args[0];
  if (!(st instanceof PyTuple) || st.items.length !== 2) throw pyError(TypeError, "_acquire_restore() argument 1 must be tuple");
  self.count = Number(toIndexInt(st.items[0]));
  return None;
});
defMethod(RLockType, "_at_fork_reinit", (self: PyRLock) => { self.count = 0; return None; });

// ---- _local: one thread, so one set of attributes ------------------------------------------------------

TYPE_CONSTRUCTORS.set(LocalType, (args, kwnames) => {
  if (args.length) throw pyError(TypeError, "Initialization arguments are not supported");
  void kwnames;
  return new PyInstance(LocalType);
});
INSTANCE_FACTORIES.set(LocalType, (t) => new PyInstance(t));

// ---- thread handles ----------------------------------------------------------------------------------

HandleType.slots.repr = (h: PyThreadHandle) => `<_thread._ThreadHandle object: ident=${h.ident}>`;
// _ThreadHandle(): the handle of a thread not started yet (threading.Thread.__init__)
TYPE_CONSTRUCTORS.set(HandleType, () => new PyThreadHandle(0, false));
defGetter(HandleType, "ident", (h: PyThreadHandle) => h.ident);
defMethod(HandleType, "is_done", (self: PyThreadHandle) => self.done);
defMethod(HandleType, "_set_done", (self: PyThreadHandle) => { self.done = true; return None; });
defMethod(HandleType, "join", (self: PyThreadHandle, args, kwnames) => {
  kwArgs("join", args, kwnames, ["timeout"], 0, 0, 1);
  if (!self.started) throw pyError(RuntimeError, "thread not started");
  if (self.ident === MAIN_IDENT && !self.done) throw pyError(RuntimeError, "Cannot join current thread");
  return None;
});

export function makeThread(h: Host): PyModule {
  host = h;
  const m = new PyModule("_thread");
  const d = m.dict;
  const def = (name: string, fn: (args: PyValue[], kwnames: readonly string[] | null) => PyValue) => d.set(name, new PyBuiltin(name, fn, m));
  d.set("LockType", LockType);
  d.set("lock", LockType);
  d.set("RLock", RLockType);
  d.set("_local", LocalType);
  d.set("_ThreadHandle", HandleType);
  d.set("error", RuntimeError);
  d.set("TIMEOUT_MAX", float(TIMEOUT_MAX));
  for (const name of ["allocate_lock", "allocate"]) def(name, () => new PyLock());
  def("get_ident", () => MAIN_IDENT);
  // (no get_native_id: CPython on emscripten has none)
  def("_get_main_thread_ident", () => MAIN_IDENT);
  def("_is_main_interpreter", () => true);
  def("_count", () => 0);
  def("daemon_threads_allowed", () => true);
  def("stack_size", (a) => {
    if (a.length) {
      const n = toIndexInt(a[0]);
      if (n !== 0 && n < 32768) throw pyError(ValueError, "size not valid: " + String(n) + " bytes");
    }
    return 0;
  });
  const noThreads = () => { throw pyError(RuntimeError, "can't start new thread"); };
  for (const name of ["start_new_thread", "start_new"]) def(name, noThreads);
  // start_joinable_thread(function, handle=None, daemon=True): a handle that failed to start is done
  def("start_joinable_thread", (a, k) => {
    const [, handle] = kwArgs("start_joinable_thread", a, k, ["function", "handle", "daemon"], 0, 1, 3);
    if (handle instanceof PyThreadHandle) handle.done = true;
    return noThreads();
  });
  for (const name of ["exit", "exit_thread"]) def(name, () => { throw new PyBaseException(SystemExit, []); });
  // interrupt_main: the pending signal becomes KeyboardInterrupt at the next eval-breaker check
  def("interrupt_main", () => { requestInterrupt(); return None; });
  def("_make_thread_handle", (a) => new PyThreadHandle(Number(toIndexInt(a[0]))));
  def("_shutdown", () => None);
  return m;
}
