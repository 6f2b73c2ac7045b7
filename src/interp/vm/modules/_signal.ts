// A minimal, honest _signal (CPython: Modules/signalmodule.c). tspy runs inside a JS host that
// delivers no POSIX signals to the program (as pyodide, CPython's oracle here, has none either):
// handlers can be installed and read back, raise_signal() runs the Python handler synchronously,
// and Ctrl-C reaches the program through Interpreter.interrupt() as KeyboardInterrupt.
import { None, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { PyBaseException, pyError, TypeError, ValueError, KeyboardInterrupt, OverflowError, EXCEPTION_TYPES } from "../../objects/exceptions.js";
import { call } from "../../objects/abstract.js";
import { PySet } from "../../objects/containers.js";
import { toIndexInt } from "../../objects/int.js";
import { isCallable } from "../builtins.js";
import { newExceptionType } from "./exctype.js";
import { getFrame } from "../frameobject.js";

// Linux's signal numbers (what CPython on Linux, and on emscripten, exposes)
const SIGNALS: [string, number, string][] = [
  ["SIGHUP", 1, "Hangup"], ["SIGINT", 2, "Interrupt"], ["SIGQUIT", 3, "Quit"], ["SIGILL", 4, "Illegal instruction"],
  ["SIGTRAP", 5, "Trace/breakpoint trap"], ["SIGABRT", 6, "Aborted"], ["SIGIOT", 6, "Aborted"], ["SIGBUS", 7, "Bus error"],
  ["SIGFPE", 8, "Floating point exception"], ["SIGKILL", 9, "Killed"], ["SIGUSR1", 10, "User defined signal 1"],
  ["SIGSEGV", 11, "Segmentation fault"], ["SIGUSR2", 12, "User defined signal 2"], ["SIGPIPE", 13, "Broken pipe"],
  ["SIGALRM", 14, "Alarm clock"], ["SIGTERM", 15, "Terminated"], ["SIGSTKFLT", 16, "Stack fault"], ["SIGCHLD", 17, "Child exited"],
  ["SIGCONT", 18, "Continued"], ["SIGSTOP", 19, "Stopped (signal)"], ["SIGTSTP", 20, "Stopped"], ["SIGTTIN", 21, "Stopped (tty input)"],
  ["SIGTTOU", 22, "Stopped (tty output)"], ["SIGURG", 23, "Urgent I/O condition"], ["SIGXCPU", 24, "CPU time limit exceeded"],
  ["SIGXFSZ", 25, "File size limit exceeded"], ["SIGVTALRM", 26, "Virtual timer expired"], ["SIGPROF", 27, "Profiling timer expired"],
  ["SIGWINCH", 28, "Window changed"], ["SIGIO", 29, "I/O possible"], ["SIGPOLL", 29, "I/O possible"], ["SIGPWR", 30, "Power failure"],
  ["SIGSYS", 31, "Bad system call"],
];
const NSIG = 65;
const SIG_DFL = 0, SIG_IGN = 1;

export function makeSignal(): PyModule {
  const m = new PyModule("_signal");
  const d = m.dict;
  const def = (name: string, fn: (args: PyValue[], kwnames: readonly string[] | null) => PyValue) => d.set(name, new PyBuiltin(name, fn, m));
  for (const [name, n] of SIGNALS) d.set(name, n);
  d.set("NSIG", NSIG);
  d.set("SIGRTMIN", 34);
  d.set("SIGRTMAX", 64);
  d.set("SIG_DFL", SIG_DFL);
  d.set("SIG_IGN", SIG_IGN);
  d.set("SIG_BLOCK", 0); d.set("SIG_UNBLOCK", 1); d.set("SIG_SETMASK", 2);
  d.set("ITIMER_REAL", 0); d.set("ITIMER_VIRTUAL", 1); d.set("ITIMER_PROF", 2);
  d.set("ItimerError", newExceptionType("ItimerError", "signal", EXCEPTION_TYPES.get("OSError") ?? EXCEPTION_TYPES.get("Exception")!));
  // signal_default_int_handler
  const defaultInt = new PyBuiltin("default_int_handler", () => { throw new PyBaseException(KeyboardInterrupt, []); }, m);
  d.set("default_int_handler", defaultInt);
  const handlers = new Map<number, PyValue>([[2, defaultInt]]);
  const signum = (v: PyValue): number => {
    const n = toIndexInt(v);
    if (n > 2147483647 || n < -2147483648) throw pyError(OverflowError, "Python int too large to convert to C int");
    if (n < 1 || n >= NSIG) throw pyError(ValueError, "signal number out of range");
    return Number(n);
  };
  const pos = (name: string, a: PyValue[], k: readonly string[] | null, n: number): void => {
    if (k && k.length) throw pyError(TypeError, `${name}() takes no keyword arguments`);
    if (a.length !== n) throw pyError(TypeError, `${name} expected ${n} argument${n === 1 ? "" : "s"}, got ${a.length}`);
  };
  def("signal", (a, k) => {
    pos("signal", a, k, 2);
    const n = signum(a[0]);
    const h = a[1];
    if (h !== SIG_DFL && h !== SIG_IGN && !isCallable(h)) {
      throw pyError(TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    }
    if (n === 9 || n === 19) throw pyError(EXCEPTION_TYPES.get("OSError") ?? ValueError, "[Errno 22] Invalid argument");
    const old = handlers.get(n) ?? SIG_DFL;
    handlers.set(n, h);
    return old;
  });
  def("getsignal", (a, k) => { pos("getsignal", a, k, 1); return handlers.get(signum(a[0])) ?? SIG_DFL; });
  def("raise_signal", (a, k) => {
    pos("raise_signal", a, k, 1);
    const n = signum(a[0]);
    const h = handlers.get(n) ?? SIG_DFL;
    if (h === SIG_IGN) return None;
    if (h === SIG_DFL) {
      if (n === 2) throw new PyBaseException(KeyboardInterrupt, []);
      return None; // the host has no process to terminate from here
    }
    call(h, [n, getFrame([])]);
    return None;
  });
  def("strsignal", (a, k) => {
    pos("strsignal", a, k, 1);
    const n = signum(a[0]);
    const s = SIGNALS.find((x) => x[1] === n);
    return s ? s[2] : n >= 34 ? `Real-time signal ${n - 34}` : None;
  });
  def("valid_signals", (a, k) => {
    pos("valid_signals", a, k, 0);
    return new PySet(Array.from({ length: NSIG - 1 }, (_, i) => i + 1));
  });
  def("set_wakeup_fd", () => -1);
  def("siginterrupt", () => None);
  return m;
}
