// The sys module, as much as programs need before the import system (issue 4) brings the rest
// (CPython: Python/sysmodule.c).
import { None, ObjectType, PyObject, PyType, TypeType, type PyValue } from "../../objects/object.js";
import { PyDict, PyList, tuple } from "../../objects/containers.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { PyBaseException, SystemExit, pyError, TypeError, ValueError } from "../../objects/exceptions.js";
import { recursionLimit, setRecursionLimit, str, toIndex, typeName } from "../../objects/abstract.js";
import { tstate } from "../eval.js";
import { hostGetenv, type Host } from "../builtins.js";
import { makeMonitoringModule } from "../../../monitor/sys-monitoring.js";
import { getProfile, getTrace, setProfile, setTrace } from "../../../monitor/legacy.js";
import { getFrame } from "../frameobject.js";
import { tracebackOf } from "../../objects/excobject.js";
import { makeStdio } from "./io/module.js";
import { addSysExtras } from "./sys-extras.js";
import { formatException } from "../traceback.js";
import { call, getattr } from "../../objects/abstract.js";
import { makeStructSeqType, structSeq } from "../../objects/structseq.js";
import { simpleNamespace } from "../../objects/namespace.js";
import { float } from "../../objects/numbers.js";

// CPython: Python/sysmodule.c (version_info, flags), Objects/floatobject.c (float_info),
// Objects/longobject.c (int_info), Python/sysmodule.c get_hash_info
const VersionInfoType = makeStructSeqType("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
const FlagsType = makeStructSeqType("sys.flags", [
  "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
  "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
  "safe_path", "int_max_str_digits", "gil", "thread_inherit_context", "context_aware_warnings"], 18);
const FloatInfoType = makeStructSeqType("sys.float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);
const IntInfoType = makeStructSeqType("sys.int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
const HashInfoType = makeStructSeqType("sys.hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);


export function makeSys(host: Host, argv: string[], sources: Map<string, string> = new Map()): PyModule {
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
  const versionInfo = structSeq(VersionInfoType, [3, 14, 2, "final", 0]);
  d.set("version_info", versionInfo);
  d.set("hexversion", 0x30e02f0);
  d.set("api_version", 1013);
  d.set("implementation", simpleNamespace([
    ["name", "tspy"], ["cache_tag", "tspy-314"], ["version", versionInfo], ["hexversion", 0x30e02f0],
    ["_multiarch", "tspy"], ["supports_isolated_interpreters", false],
  ]));
  d.set("flags", structSeq(FlagsType, [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, 4300, 1, 0, 0]));
  d.set("float_info", structSeq(FloatInfoType, [
    float(Number.MAX_VALUE), 1024, 308, float(2.2250738585072014e-308), -1021, -307, 15, 53, float(Number.EPSILON), 2, 1]));
  d.set("int_info", structSeq(IntInfoType, [30, 4, 4300, 640]));
  d.set("hash_info", structSeq(HashInfoType, [64, 2305843009213693951n, 314159, 0, 1000003, "siphash13", 64, 128, 0]));
  d.set("float_repr_style", "short");
  d.set("maxunicode", 0x10ffff);
  d.set("prefix", "/");
  d.set("base_prefix", "/");
  d.set("exec_prefix", "/");
  d.set("base_exec_prefix", "/");
  d.set("executable", "");
  d.set("orig_argv", new PyList(argv.slice()));
  d.set("warnoptions", new PyList([]));
  d.set("_xoptions", new PyDict());
  d.set("dont_write_bytecode", true);
  d.set("pycache_prefix", None);
  d.set("abiflags", "");
  d.set("copyright", "Copyright (c) 2001 Python Software Foundation.\nAll Rights Reserved.");
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
    return e ? tuple([e.type, e, tracebackOf(e)]) : tuple([None, None, None]);
  });
  def("intern", (args) => args[0]);
  def("_getframe", (args) => getFrame(args));
  def("settrace", (args) => { setTrace(args[0] === None ? null : args[0]); return None; });
  def("gettrace", () => getTrace());
  def("setprofile", (args) => { setProfile(args[0] === None ? null : args[0]); return None; });
  def("getprofile", () => getProfile());
  def("getdefaultencoding", () => "utf-8");
  void str;
  addSysExtras(m, {
    // sys.__excepthook__ writes the traceback to sys.stderr (PyErr_Display)
    printException: (e) => {
      const se = d.get("stderr");
      if (se === undefined || se === None) return;
      call(getattr(se, "write"), [formatException(e, sources)]);
      call(getattr(se, "flush"), []);
    },
    getenv: (name) => hostGetenv(host, name),
    writeStdout: (t) => {
      const so = d.get("stdout");
      if (so !== undefined && so !== None) call(getattr(so, "write"), [t]);
    },
  });
  return m;
}
