// The errno module: every errno name and errno.errorcode (CPython: Modules/errnomodule.c, with
// Linux's numbers: tspy presents itself as CPython on Linux).
import { PyDict } from "../../objects/containers.js";
import { PyModule } from "../../objects/functions.js";
import { ERRNO_NAMES, ERRORCODE_PREFERRED } from "../errno-table.js";

export function makeErrno(): PyModule {
  const m = new PyModule("errno");
  const d = m.dict;
  d.set("__doc__", "This module makes available standard errno system symbols.\n\nThe value of each symbol is the corresponding integer value,\ne.g., on most systems, errno.ENOENT equals the integer 2.\n\nThe dictionary errno.errorcode maps numeric codes to symbol names,\ne.g., errno.errorcode[2] could be the string 'ENOENT'.\n\nSymbols that are not relevant to the underlying system are not defined.\n\nTo map error codes to error messages, use the function os.strerror(),\ne.g. os.strerror(2) could return 'No such file or directory'.");
  const errorcode = new PyDict();
  for (const [name, code] of ERRNO_NAMES) {
    d.set(name, code);
    if (!errorcode.has(code)) errorcode.set(code, ERRORCODE_PREFERRED[code] ?? name);
  }
  d.set("errorcode", errorcode);
  return m;
}
