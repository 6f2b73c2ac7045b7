// _sysconfigdata__linux_tspy: the build-time configuration sysconfig reads on a POSIX host
// (CPython: generated at build time into Lib as _sysconfigdata_{abiflags}_{platform}_{multiarch}.py
// by Lib/sysconfig/__main__.py _generate_posix_vars). tspy has no C build, so only the few
// variables that describe the installation: enough for sysconfig.get_path(s) and
// get_config_var(s), which pydoc (and so help()) reads at import.
import { PyDict } from "../../objects/containers.js";
import { PyModule } from "../../objects/functions.js";

export function makeSysconfigData(): PyModule {
  const m = new PyModule("_sysconfigdata__linux_tspy");
  const vars = new PyDict();
  for (const [k, v] of [
    ["ABIFLAGS", ""], ["EXE", ""], ["EXT_SUFFIX", ".so"], ["LIBDIR", "/lib"], ["MULTIARCH", "tspy"],
    ["Py_DEBUG", 0], ["Py_ENABLE_SHARED", 0], ["Py_GIL_DISABLED", 0], ["SHLIB_SUFFIX", ".so"],
    ["SOABI", "tspy"], ["VERSION", "3.14"], ["WITH_DOC_STRINGS", 1],
    ["exec_prefix", "/"], ["prefix", "/"],
  ] as const) vars.set(k, v);
  m.dict.set("build_time_vars", vars);
  return m;
}
