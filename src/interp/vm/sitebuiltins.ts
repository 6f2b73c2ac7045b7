// What the site module adds to builtins and a program can rely on without importing anything:
// exit() and quit() (CPython: Lib/_sitebuiltins.py Quitter, installed by Lib/site.py setquit).
import { PyObject, PyType, TypeType, ObjectType, None, type PyValue } from "../objects/object.js";
import { PyBaseException, SystemExit, pyError, TypeError } from "../objects/exceptions.js";
import { call, defMethod, getattr } from "../objects/abstract.js";
import { getImporter, importModule } from "./eval.js";
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

// copyright, credits, license (Lib/_sitebuiltins.py _Printer, Lib/site.py setcopyright) and help (_Helper)
const PrinterType = new PyType(TypeType, "_Printer", [ObjectType], new Map(), true, "_sitebuiltins");
const HelperType = new PyType(TypeType, "_Helper", [ObjectType], new Map(), true, "_sitebuiltins");
class PyPrinter extends PyObject {
  constructor(readonly text: string) {
    super(PrinterType);
  }
}
PrinterType.slots.repr = (p: PyPrinter) => p.text;
defMethod(PrinterType, "__repr__", (p: PyPrinter) => p.text);
let printHook: (text: string) => void = () => {};
PrinterType.slots.call = (p: PyPrinter) => { printHook(p.text + "\n"); return None; };
HelperType.slots.repr = () => "Type help() for interactive help, or help(object) for help about object.";
defMethod(HelperType, "__repr__", () => "Type help() for interactive help, or help(object) for help about object.");
// CPython: Lib/_sitebuiltins.py _Helper.__call__: `import pydoc; return pydoc.help(*args, **kwds)`
HelperType.slots.call = (_h: PyObject, args: PyValue[], kwnames: readonly string[] | null) => {
  importModule("pydoc");
  const pydoc = getImporter()?.modules.get("pydoc");
  if (pydoc === undefined) throw pyError(TypeError, "help() needs pydoc");
  return call(getattr(pydoc, "help"), args, kwnames);
};
defMethod(HelperType, "__call__", (h: PyObject, args, kwnames) => HelperType.slots.call!(h, args, kwnames));

const COPYRIGHT = "Copyright (c) 2001 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\n" +
  "All Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n" +
  "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";
const CREDITS = "Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software\nFoundation, and a cast of thousands for supporting Python\n" +
  "development.  See www.python.org for more information.";

export function installSiteBuiltins(d: PyDict, write?: (text: string) => void): void {
  if (write) printHook = write;
  d.set("exit", new PyQuitter("exit", "Ctrl-D (i.e. EOF)"));
  d.set("quit", new PyQuitter("quit", "Ctrl-D (i.e. EOF)"));
  d.set("copyright", new PyPrinter(COPYRIGHT));
  d.set("credits", new PyPrinter(CREDITS));
  // (no LICENSE file beside the interpreter: site.py's fallback text)
  d.set("license", new PyPrinter("See https://www.python.org/psf/license/"));
  d.set("help", new PyObject(HelperType));
}
