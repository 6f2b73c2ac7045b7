// The sys module, as much as programs need before the import system (issue 4) brings the rest
// (CPython: Python/sysmodule.c).
import { None, ObjectType, PyObject, PyType, TypeType, type PyValue } from "../../objects/object.js";
import { PyDict, PyList, tuple } from "../../objects/containers.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { PyBaseException, SystemExit, pyError, TypeError, ValueError } from "../../objects/exceptions.js";
import { recursionLimit, setRecursionLimit, str, toIndex, typeName } from "../../objects/abstract.js";
import { tstate } from "../eval.js";
import type { Host } from "../builtins.js";
import { makeMonitoringModule } from "../../../monitor/sys-monitoring.js";
import { getProfile, getTrace, setProfile, setTrace } from "../../../monitor/legacy.js";
import { getFrame } from "../frameobject.js";
import { makeStdio } from "./io/module.js";

export function makeSys(host: Host, argv: string[]): PyModule {
  const m = new PyModule("sys");
  const d = m.dict;
  const def = (name: string, fn: (args: PyValue[]) => PyValue) => d.set(name, new PyBuiltin(name, (a) => fn(a), m));
  d.set("argv", new PyList(argv.slice()));
  // create_stdio (Python/pylifecycle.c): TextIOWrapper over BufferedWriter/Reader over FileIO(fd)
  for (const [name, fd] of [["stdin", 0], ["stdout", 1], ["stderr", 2]] as const) {
    const stream = makeStdio(fd, host.fds.isatty(fd));
    d.set(name, stream);
    d.set(`__${name}__`, stream);
  }
  d.set("maxsize", 9223372036854775807n);
  d.set("byteorder", "little");
  d.set("platform", "linux");
  d.set("version", "3.14.2 (tspy)");
  d.set("version_info", tuple([3, 14, 2, "final", 0]));
  d.set("hexversion", 0x30e02f0);
  d.set("path", new PyList([]));
  d.set("modules", new PyDict());
  d.set("monitoring", makeMonitoringModule());
  def("exit", (args) => { throw new PyBaseException(SystemExit, args.length ? [args[0]] : []); });
  def("getrecursionlimit", () => recursionLimit);
  def("setrecursionlimit", (args) => {
    const n = toIndex(args[0]);
    if (n < 1) throw pyError(ValueError, "recursion limit must be greater or equal than 1");
    setRecursionLimit(n);
    return None;
  });
  def("exception", () => tstate.excInfo[tstate.excInfo.length - 1] ?? None);
  def("exc_info", () => {
    const e = tstate.excInfo[tstate.excInfo.length - 1];
    return e ? tuple([e.type, e, None]) : tuple([None, None, None]);
  });
  def("intern", (args) => args[0]);
  def("_getframe", (args) => getFrame(args));
  def("settrace", (args) => { setTrace(args[0] === None ? null : args[0]); return None; });
  def("gettrace", () => getTrace());
  def("setprofile", (args) => { setProfile(args[0] === None ? null : args[0]); return None; });
  def("getprofile", () => getProfile());
  def("getdefaultencoding", () => "utf-8");
  void str;
  return m;
}
