// The tspy command line (../shared/DESIGN.md "CLI"):
//   tspy ast FILE       print ast.dump(ast.parse(source, FILE), include_attributes=True)
//   tspy run FILE|-c CODE|-m MODULE
//   tspy dis FILE       print dis.dis(compile(source, FILE, "exec"))
//   tspy dap [--port N] (issue 6: debug adapter)
import { readFileSync } from "node:fs";
import { dump, parse, PySyntaxError, PySourceTooComplex } from "./interp/parse/index.js";
import { formatSyntaxError } from "./interp/parse/report.js";
import { Interpreter } from "./interp/vm/interpreter.js";
import { compileModule, CompileError } from "./interp/compile/codegen.js";
import { disassemble } from "./interp/compile/dis.js";

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

function readSource(file: string): Uint8Array | null {
  try {
    return readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // CPython: "python3: can't open file '/x.py': [Errno 2] No such file or directory"
    const reason = err.code === "ENOENT" ? "[Errno 2] No such file or directory"
      : err.code === "EACCES" ? "[Errno 13] Permission denied"
      : err.code === "EISDIR" ? "[Errno 21] Is a directory" : String(err.message);
    process.stderr.write(`tspy: can't open file '${file}': ${reason}\n`);
    return null;
  }
}

/** The shared shape of `tspy ast` and `tspy dis`: read FILE, produce text, report errors as CPython. */
function fileCommand(name: string, args: string[], produce: (src: Uint8Array, file: string) => string): number {
  if (args.length !== 1) {
    process.stderr.write(`usage: tspy ${name} FILE\n`);
    return 2;
  }
  const file = args[0];
  const src = readSource(file);
  if (!src) return 2;
  try {
    process.stdout.write(produce(src, file));
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

function astCommand(args: string[]): number {
  return fileCommand("ast", args, (src, file) => dump(parse(src, file, "exec"), { includeAttributes: true }) + "\n");
}

function disCommand(args: string[]): number {
  return fileCommand("dis", args, (src, file) => {
    const tree = parse(src, file, "exec");
    return disassemble(compileModule(tree as never, { filename: file, source: new TextDecoder().decode(src) }));
  });
}

function runCommand(args: string[]): number {
  let filename: string, source: Uint8Array | string;
  if (args[0] === "-m") {
    if (args.length < 2) {
      process.stderr.write("Argument expected for the -m option\n");
      return 2;
    }
    const interp = new Interpreter();
    interp.argv = [args[1], ...args.slice(2)];
    return interp.runModule(args[1]).exitCode;
  }
  if (args[0] === "-c") {
    if (args.length < 2) {
      process.stderr.write("Argument expected for the -c option\n");
      return 2;
    }
    filename = "<string>";
    source = args[1];
  } else if (args.length >= 1) {
    filename = args[0];
    const src = readSource(filename);
    if (!src) return 2;
    source = src;
  } else {
    process.stderr.write("usage: tspy run FILE [ARGS] | tspy run -c CODE | tspy run -m MODULE [ARGS]\n");
    return 2;
  }
  const interp = new Interpreter();
  interp.argv = args[0] === "-c" ? ["-c", ...args.slice(2)] : [filename, ...args.slice(1)];
  const r = interp.runMain(source, filename);
  return r.exitCode;
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
