// What the `tspy run` main thread (cli.ts) and its interpreter thread (cli-worker.ts) share.
// Kept free of imports so that the main thread loads nothing of the interpreter.

/** Slots of the shared Int32Array. */
export const SLOT_BREAKER = 0; // the eval breaker itself (eval.ts evalBreaker[0]): the worker installs this array
export const SLOT_IN_READ = 1; // 1 while the worker is blocked reading fd 0 (it cannot see the breaker then)
export const SLOT_REPLY = 2; // bumped by the main thread when it has answered a synchronous request
export const SHARED_SLOTS = 3;

/** eval.ts BREAKER_INTERRUPT (the worker checks that they agree): raise KeyboardInterrupt. */
export const BREAKER_INTERRUPT = 1;

/** The worker thread's stack: Python recursion through native calls (a recursive __init__, a key
 *  function, __repr__) nests the JS stack, which Node's default (~1 MB) ends at a few hundred
 *  levels; the DAP debuggee (adapter/host.ts) runs with the same. */
export const STACK_SIZE_MB = 256;

/** Requests from the worker that only the main thread can serve (process.chdir is not available
 *  in worker threads), answered on the reply port while the worker waits. */
export type WorkerRequest = { op: "chdir"; path: string };
export type WorkerReply = { ok: true } | { ok: false; code: string | undefined; message: string };
