// The interpreter thread of `tspy run` (started by cli.ts with a large stack, STACK_SIZE_MB):
// runs the program with the process's own file descriptors, so output goes straight to fds 1 and
// 2 in the order it is written (synchronously, as CPython's write(2) calls: nothing is queued
// behind the main thread, nothing is lost at exit) and input() reads fd 0 directly.
import { writeSync } from "node:fs";
import { isatty } from "node:tty";
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from "node:worker_threads";
import { installEvalBreaker, BREAKER_INTERRUPT } from "./interp/vm/eval.js";
import { nodeStdin } from "./interp/vm/host-node.js";
import { FsError } from "./interp/vm/hostfs.js";
import { runProgram } from "./cli-run.js";
import { BREAKER_INTERRUPT as SHARED_INTERRUPT, SLOT_IN_READ, SLOT_REPLY, type WorkerReply, type WorkerRequest } from "./cli-shared.js";

const { args, shared, replyPort } = workerData as { args: string[]; shared: Int32Array; replyPort: MessagePort };
if (BREAKER_INTERRUPT !== SHARED_INTERRUPT) throw new Error("cli-shared.ts BREAKER_INTERRUPT disagrees with eval.ts");

// Ctrl-C: the main thread sets the interrupt bit of this shared eval breaker; the loop raises
// KeyboardInterrupt at its next RESUME / JUMP_BACKWARD (CPython: the SIGINT handler sets
// eval_breaker, Python/ceval_gil.c _Py_HandlePending raises it)
installEvalBreaker(shared, () => {});

/** A synchronous request to the main thread: post it, wait for its reply. */
function ask(req: WorkerRequest): WorkerReply {
  const seen = Atomics.load(shared, SLOT_REPLY);
  parentPort!.postMessage(req);
  for (;;) {
    Atomics.wait(shared, SLOT_REPLY, seen, 50);
    const m = receiveMessageOnPort(replyPort);
    if (m) return m.message as WorkerReply;
  }
}

// process.chdir is the main thread's alone (Node: ERR_WORKER_UNSUPPORTED_OPERATION); the working
// directory is the process's, so os.chdir asks the main thread to change it
process.chdir = (dir: string) => {
  const r = ask({ op: "chdir", path: dir });
  if (!r.ok) throw Object.assign(new Error(r.message), { code: r.code });
};

/** Write all of `text` to fd, waiting out a non-blocking descriptor's EAGAIN. */
function sink(fd: 1 | 2): (text: string) => void {
  return (text) => {
    const data = Buffer.from(text, "utf8");
    let off = 0;
    while (off < data.length) {
      try {
        off += writeSync(fd, data, off, data.length - off);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") {
          Atomics.wait(shared, SLOT_IN_READ, 0x7fffffff, 1);
          continue;
        }
        // a closed pipe: BrokenPipeError for the program's writes (CPython ignores SIGPIPE);
        // what cannot be written to a closed stderr is dropped
        if (fd === 2) return;
        if (code === "EPIPE") throw new FsError(32);
        throw e;
      }
    }
  };
}

const code = runProgram(args, {
  stdout: sink(1),
  stderr: sink(2),
  // a blocked read cannot see the eval breaker: the main thread then lets Ctrl-C end the process
  stdin: (max) => {
    Atomics.store(shared, SLOT_IN_READ, 1);
    try {
      return nodeStdin(max);
    } finally {
      Atomics.store(shared, SLOT_IN_READ, 0);
    }
  },
  // CPython asks isatty(fd) for each standard stream
  isatty: (fd) => isatty(fd),
});
replyPort.close();
process.exit(code);
