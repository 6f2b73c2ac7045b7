// What the site module adds to builtins and a program can rely on without importing anything:
// exit() and quit() (CPython: Lib/_sitebuiltins.py Quitter, installed by Lib/site.py setquit).
import { PyObject, PyType, TypeType, ObjectType, None, type PyValue } from "../objects/object.js";
import { PyBaseException, SystemExit, pyError, TypeError } from "../objects/exceptions.js";
import { defMethod } from "../objects/abstract.js";
import type { PyDict } from "../objects/containers.js";

const QuitterType = new PyType(TypeType, "Quitter", [ObjectType], new Map(), true, "_sitebuiltins");

class PyQuitter extends PyObject {
  constructor(readonly name: string, readonly eof: string) {
    super(QuitterType);
  }
}

QuitterType.slots.repr = (q: PyQuitter) => `Use ${q.name}() or ${q.eof} to exit`;
defMethod(QuitterType, "__repr__", (q: PyQuitter) => `Use ${q.name}() or ${q.eof} to exit`);
defMethod(QuitterType, "__call__", (_q: PyQuitter, args, kwnames) => {
  const nkw = kwnames ? kwnames.length : 0;
  if (args.length - nkw > 1) throw pyError(TypeError, `Quitter.__call__() takes from 1 to 2 positional arguments but ${args.length - nkw + 1} were given`);
  let code: PyValue = None;
  if (args.length - nkw === 1) code = args[0];
  else if (nkw === 1 && kwnames![0] === "code") code = args[args.length - 1];
  else if (nkw) throw pyError(TypeError, `Quitter.__call__() got an unexpected keyword argument '${kwnames![0]}'`);
  throw new PyBaseException(SystemExit, [code]);
});
QuitterType.slots.call = (q: PyQuitter, args, kwnames) => (QuitterType.ns.get("__call__") as unknown as { fn: (s: PyValue, a: PyValue[], k: readonly string[] | null) => PyValue }).fn(q, args, kwnames);

export function installSiteBuiltins(d: PyDict): void {
  d.set("exit", new PyQuitter("exit", "Ctrl-D (i.e. EOF)"));
  d.set("quit", new PyQuitter("quit", "Ctrl-D (i.e. EOF)"));
}
