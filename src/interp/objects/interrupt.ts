// Interrupt checks for long-running native code: a builtin that loops over many items (sum, sorted,
// list(range(..)), str.join, _sre's matcher, big-integer arithmetic) runs no bytecode, so the eval
// breaker (read at RESUME and JUMP_BACKWARD) would not be seen until it returns. Such loops call
// nativeTick() once per iteration (or nativeCheck() per expensive step), as CPython's C loops call
// PyErr_CheckSignals (e.g. Modules/_sre/sre_lib.h MAYBE_CHECK_SIGNALS, every 4096 entrances;
// Objects/longobject.c long_pow's SIGCHECK). The check itself lives in the VM (vm/eval.ts installs
// it): KeyboardInterrupt is raised from here, and a debugger's pause stops here, in the Python
// frame that called the builtin, and the builtin goes on where it was after the stop.
let ticks = 0;
let check: () => void = () => {};

/** Installed by the eval loop: look at the eval breaker (cheap when nothing is asked). */
export function setNativeCheck(fn: () => void): void {
  check = fn;
}

/** One iteration of a native loop: every 1024th call looks at the eval breaker. */
export function nativeTick(): void {
  if ((++ticks & 1023) === 0) check();
}

/** Look at the eval breaker now (between steps that each take long, e.g. huge-number products). */
export function nativeCheck(): void {
  check();
}
