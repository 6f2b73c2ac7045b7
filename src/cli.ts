// The tspy command line (../shared/DESIGN.md "CLI"):
//   tspy ast FILE       print ast.dump(ast.parse(source, FILE), include_attributes=True)
//   tspy run FILE|-c CODE|-m MODULE
//   tspy dis FILE       print dis.dis(compile(source, FILE, "exec"))
//   tspy dap [--port N] (issue 6: debug adapter)
//
// `tspy run` runs the interpreter on a worker thread with a large stack (cli-worker.ts), so that
// Python recursion through native calls reaches sys.getrecursionlimit() as in CPython; this
// (main) thread only starts it, turns Ctrl-C into KeyboardInterrupt through the shared eval
// breaker and serves what only the main thread may do (chdir). Nothing of the interpreter is
// loaded here for `run`: the worker loads it once.
import { fileURLToPath } from "node:url";
import { workerScript } from "./worker-script.js";
import { MessageChannel, SHARE_ENV, Worker } from "node:worker_threads";
import {
  BREAKER_INTERRUPT, SHARED_SLOTS, SLOT_BREAKER, SLOT_IN_READ, SLOT_REPLY, STACK_SIZE_MB,
  type WorkerReply, type WorkerRequest,
} from "./cli-shared.js";

const USAGE = `usage: tspy <command> [args]
commands:
  ast FILE     print the AST of FILE as CPython's ast.dump(..., include_attributes=True)
  run FILE     run a Python program (a growing subset of Python: see README)
  run -c CODE  run a program given as a string
  run -m MOD   run a module (or a package's __main__) as a program, like python -m
  dis FILE     print the bytecode of FILE as CPython's dis.dis(compile(source, FILE, "exec"))
  dap [--port N] [--host H]
               serve the Debug Adapter Protocol on stdio, or on TCP port N (host 127.0.0.1)
`;

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case "ast": return astCommand(rest);
    case "run": return runCommand(rest);
    case "dis": return disCommand(rest);
    case "dap": return dapCommand(rest);
    case "-h": case "--help": case "help":
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(cmd ? `tspy: unknown command '${cmd}'\n${USAGE}` : USAGE);
      return 2;
  }
}

/** The shared shape of `tspy ast` and `tspy dis`: read FILE, produce text, report errors as CPython. */
async function fileCommand(name: string, args: string[], produce: (src: Uint8Array, file: string) => Promise<string>): Promise<number> {
  if (args.length !== 1) {
    process.stderr.write(`usage: tspy ${name} FILE\n`);
    return 2;
  }
  const file = args[0];
  const { readSource } = await import("./cli-run.js");
  const { PySyntaxError, PySourceTooComplex } = await import("./interp/parse/index.js");
  const { formatSyntaxError } = await import("./interp/parse/report.js");
  const { CompileError } = await import("./interp/compile/codegen.js");
  const src = readSource(file, (t) => process.stderr.write(t));
  if (!src) return 2;
  try {
    process.stdout.write(await produce(src, file));
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    if (e instanceof PySourceTooComplex) {
      process.stderr.write(`MemoryError: ${e.msg}\n`);
      return 1;
    }
    if (e instanceof CompileError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    if (e instanceof RangeError) {
      // a tree too deep to print (CPython's ast.dump raises RecursionError the same way)
      process.stderr.write("RecursionError: maximum recursion depth exceeded\n");
      return 1;
    }
    throw e;
  }
}

function astCommand(args: string[]): Promise<number> {
  return fileCommand("ast", args, async (src, file) => {
    const { dump, parse } = await import("./interp/parse/index.js");
    return dump(parse(src, file, "exec"), { includeAttributes: true }) + "\n";
  });
}

function disCommand(args: string[]): Promise<number> {
  return fileCommand("dis", args, async (src, file) => {
    const { parse } = await import("./interp/parse/index.js");
    const { compileModule } = await import("./interp/compile/codegen.js");
    const { disassemble } = await import("./interp/compile/dis.js");
    const tree = parse(src, file, "exec");
    return disassemble(compileModule(tree as never, { filename: file, source: new TextDecoder().decode(src) }));
  });
}

/**
 * tspy run: the program runs on a worker thread with a STACK_SIZE_MB stack and the process's own
 * environment (SHARE_ENV), descriptors and working directory; its exit status is the process's.
 */
async function runCommand(args: string[]): Promise<number> {
  const shared = new Int32Array(new SharedArrayBuffer(4 * SHARED_SLOTS));
  const { port1: replies, port2: replyPort } = new MessageChannel();
  const worker = new Worker(workerScript(new URL("./cli-worker.js", import.meta.url)), {
    workerData: { args, shared, replyPort },
    transferList: [replyPort],
    resourceLimits: { stackSizeMb: STACK_SIZE_MB },
    env: SHARE_ENV,
  });
  // Ctrl-C (CPython: Modules/signalmodule.c signal_handler trips the eval breaker; the program
  // sees KeyboardInterrupt and, uncaught, exits 130 as Modules/main.c pymain_run_python reports
  // it). While the program is blocked reading stdin it cannot see the breaker, and a second
  // Ctrl-C before the first was taken means it is stuck in a long native operation: then SIGINT's
  // default action ends the process, as it did before the interpreter had a thread of its own.
  const onSigint = () => {
    if (Atomics.load(shared, SLOT_IN_READ) !== 0 || (Atomics.load(shared, SLOT_BREAKER) & BREAKER_INTERRUPT) !== 0) {
      process.off("SIGINT", onSigint);
      process.kill(process.pid, "SIGINT");
      return;
    }
    Atomics.or(shared, SLOT_BREAKER, BREAKER_INTERRUPT);
    Atomics.notify(shared, SLOT_BREAKER); // wakes a time.sleep (it waits on the breaker)
  };
  process.on("SIGINT", onSigint);
  worker.on("message", (req: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      process.chdir(req.path);
      reply = { ok: true };
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      reply = { ok: false, code: err.code, message: err.message };
    }
    replies.postMessage(reply);
    Atomics.add(shared, SLOT_REPLY, 1);
    Atomics.notify(shared, SLOT_REPLY);
  });
  return new Promise<number>((resolve) => {
    // an error the interpreter did not turn into a Python exception is a tspy bug: shown as Node
    // shows an uncaught error, exit 1
    worker.on("error", (e) => process.stderr.write(`${(e as Error).stack ?? e}\n`));
    worker.on("exit", (code) => {
      process.off("SIGINT", onSigint);
      replies.close();
      resolve(code);
    });
  });
}

/** tspy dap [--port N] [--host H] */
async function dapCommand(args: string[]): Promise<number> {
  let port: number | null = null;
  let host = "127.0.0.1";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--port" && i + 1 < args.length) {
      port = Number(args[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(`tspy dap: --port must be a port number, not '${args[i]}'\n`);
        return 2;
      }
    } else if (a === "--host" && i + 1 < args.length) {
      host = args[++i];
    } else {
      process.stderr.write(`usage: tspy dap [--port N] [--host H]  (unknown argument '${a}')\n`);
      return 2;
    }
  }
  const { serveStdio, serveTcp } = await import("./adapter/main.js");
  if (port === null) {
    serveStdio();
    return new Promise<number>(() => {}); // the session ends the process
  }
  try {
    const actual = await serveTcp(port, host);
    process.stderr.write(`tspy dap: listening on ${host}:${actual}\n`);
  } catch (e) {
    process.stderr.write(`tspy dap: ${(e as Error).message}\n`);
    return 1;
  }
  return new Promise<number>(() => {});
}
