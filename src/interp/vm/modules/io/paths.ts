// os.fspath for the file-system functions (CPython: Modules/posixmodule.c PyOS_FSPath,
// path_converter): str as is, bytes decoded (UTF-8, surrogateescape), os.PathLike through
// __fspath__.
import { typeOf, type PyValue } from "../../../objects/object.js";
import { callMethod, typeName } from "../../../objects/abstract.js";
import { pyError, TypeError, ValueError } from "../../../objects/exceptions.js";
import { PyBytesObject } from "../../../objects/bytes.js";
import { decode } from "../../../objects/codecs.js";

/** PyOS_FSPath: str or bytes, else __fspath__'s result; TypeError otherwise. */
export function fspath(v: PyValue): PyValue {
  if (typeof v === "string" || v instanceof PyBytesObject) return v;
  const m = typeOf(v).lookup("__fspath__");
  if (m === undefined) throw pyError(TypeError, `expected str, bytes or os.PathLike object, not ${typeName(v)}`);
  const r = callMethod(m, v, []);
  if (typeof r === "string" || r instanceof PyBytesObject) return r;
  throw pyError(TypeError, `expected ${typeName(v)}.__fspath__() to return str or bytes, not ${typeName(r)}`);
}

/** A path argument as the host's str path (path_converter with its messages). */
export function fsPath(v: PyValue, argname: string, fname?: string): string {
  let p: PyValue;
  if (typeof v === "string" || v instanceof PyBytesObject) p = v;
  else {
    const m = typeOf(v).lookup("__fspath__");
    if (m === undefined) {
      throw pyError(TypeError, `${fname ? fname + ": " : ""}${argname} should be string, bytes or os.PathLike, not ${typeName(v)}`);
    }
    p = fspath(v);
  }
  const s = typeof p === "string" ? p : decode(p as PyBytesObject, (p as PyBytesObject).bytes, "utf-8", "surrogateescape");
  if (s.includes("\0")) throw pyError(ValueError, `${fname ? fname + ": " : ""}embedded null character in ${argname}`);
  return s;
}
