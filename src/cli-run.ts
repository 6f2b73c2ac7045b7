// `tspy run FILE|-c CODE|-m MODULE [ARGS]`: the program's side, run on the interpreter thread
// (cli-worker.ts) as CPython's Modules/main.c pymain_run_python runs the file, the command or
// the module; the exit status is what Py_RunMain would return.
import { readFileSync } from "node:fs";
import { Interpreter, type InterpreterOptions } from "./interp/vm/interpreter.js";

/** The file's bytes, or null after CPython's "can't open file" message on `err`. */
export function readSource(file: string, err: (text: string) => void): Uint8Array | null {
  try {
    return readFileSync(file);
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    // CPython: "python3: can't open file '/x.py': [Errno 2] No such file or directory"
    const reason = error.code === "ENOENT" ? "[Errno 2] No such file or directory"
      : error.code === "EACCES" ? "[Errno 13] Permission denied"
      : error.code === "EISDIR" ? "[Errno 21] Is a directory" : String(error.message);
    err(`tspy: can't open file '${file}': ${reason}\n`);
    return null;
  }
}

/** Run the program the arguments name; returns the process exit status. */
export function runProgram(args: string[], opts: InterpreterOptions & { stderr: (text: string) => void }): number {
  const err = opts.stderr;
  let filename: string, source: Uint8Array | string;
  if (args[0] === "-m") {
    if (args.length < 2) {
      err("Argument expected for the -m option\n");
      return 2;
    }
    const interp = new Interpreter(opts);
    interp.argv = [args[1], ...args.slice(2)];
    return interp.runModule(args[1]).exitCode;
  }
  if (args[0] === "-c") {
    if (args.length < 2) {
      err("Argument expected for the -c option\n");
      return 2;
    }
    filename = "<string>";
    source = args[1];
  } else if (args.length >= 1) {
    filename = args[0];
    const src = readSource(filename, err);
    if (!src) return 2;
    source = src;
  } else {
    err("usage: tspy run FILE [ARGS] | tspy run -c CODE | tspy run -m MODULE [ARGS]\n");
    return 2;
  }
  const interp = new Interpreter(opts);
  interp.argv = args[0] === "-c" ? ["-c", ...args.slice(2)] : [filename, ...args.slice(1)];
  return interp.runMain(source, filename).exitCode;
}
