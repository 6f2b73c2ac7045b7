// _io.StringIO: an in-memory text stream of code points. CPython: Modules/_io/stringio.c
// (_io_StringIO___init___impl, write_str, _stringio_readline, _io_StringIO_seek_impl, ...).
import { None, PyType, TypeType, typeOf, type PyValue } from "../../../objects/object.js";
import { defGetter, defMethod, repr, toIndex, typeName } from "../../../objects/abstract.js";
import { kwArgs } from "../../../objects/args.js";
import { PyBaseException, pyError, StopIteration, TypeError, ValueError, OverflowError } from "../../../objects/exceptions.js";
import { noArgs } from "../../../objects/int.js";
import { tuple, PyTuple, PyDict } from "../../../objects/containers.js";
import { argCount, callm, defNew, PyIOBase, sizeArg, TextIOBaseType, unsupported } from "./iobase.js";
import { NewlineState } from "./newline.js";

export class PyStringIO extends PyIOBase {
  ok = false;
  closed = false;
  /** the text, one code point per element */
  buf: string[] = [];
  pos = 0;
  readnl: string | null = null;
  writenl: string | null = null;
  readuniversal = false;
  decoder: NewlineState | null = null;
}

export const StringIOType = new PyType(TypeType, "StringIO", [TextIOBaseType], new Map(), false, "_io");
const T = StringIOType;
defNew(T, (t) => new PyStringIO(t));

function ready(self: PyStringIO): void {
  if (!self.ok) throw pyError(ValueError, "I/O operation on uninitialized object");
  if (self.closed) throw pyError(ValueError, "I/O operation on closed file"); // stringio.c CHECK_CLOSED: no period
}

/** write_str: newline translation, then the characters at pos (padding a gap with NULs). */
function writeStr(self: PyStringIO, s: string): number {
  const len = Array.from(s).length;
  let text = s;
  if (self.decoder) text = self.decoder.feed(text, true);
  if (self.writenl && self.writenl !== "\n") text = text.split("\n").join(self.writenl);
  const chars = Array.from(text);
  if (chars.length === 0) return len;
  const buf = self.buf;
  while (buf.length < self.pos) buf.push("\0");
  if (self.pos === buf.length) for (const c of chars) buf.push(c);
  else buf.splice(self.pos, Math.min(chars.length, buf.length - self.pos), ...chars);
  self.pos += chars.length;
  return len;
}

/** The end (exclusive) of the line starting at `start`, at most `limit` characters long. */
function lineEnd(self: PyStringIO, start: number, limit: number): number {
  const buf = self.buf;
  const end = limit < 0 ? buf.length : Math.min(buf.length, start + limit);
  if (self.readuniversal) {
    for (let i = start; i < end; i++) {
      const c = buf[i];
      if (c === "\n") return i + 1;
      if (c === "\r") return i + 1 < end && buf[i + 1] === "\n" ? i + 2 : i + 1;
    }
    return end;
  }
  const nl = Array.from(self.readnl ?? "\n");
  for (let i = start; i < end; i++) {
    let k = 0;
    while (k < nl.length && buf[i + k] === nl[k]) k++;
    if (k === nl.length) return Math.min(i + k, end);
  }
  return end;
}

function readline(self: PyStringIO, limit: number): string {
  if (self.pos >= self.buf.length) return "";
  const end = lineEnd(self, self.pos, limit);
  const line = self.buf.slice(self.pos, end).join("");
  self.pos = end;
  return line;
}

defMethod(T, "__init__", (self: PyStringIO, args, kw) => {
  const [value, newlineObj] = kwArgs("StringIO", args, kw, ["initial_value", "newline"], 0, 0, 2);
  let newline: string | null = "\n";
  if (newlineObj !== undefined) {
    if (newlineObj === None) newline = null;
    else if (typeof newlineObj !== "string") throw pyError(TypeError, `newline must be str or None, not ${typeName(newlineObj)}`);
    else newline = newlineObj;
  }
  if (newline !== null && !["", "\n", "\r", "\r\n"].includes(newline)) throw pyError(ValueError, `illegal newline value: ${repr(newlineObj!)}`);
  if (value !== undefined && value !== None && typeof value !== "string") {
    throw pyError(TypeError, `initial_value must be str or None, not ${typeName(value)}`);
  }
  self.ok = false;
  self.readuniversal = newline === null || newline === "";
  self.readnl = newline;
  self.writenl = newline !== null && newline.startsWith("\r") ? newline : null;
  if (newline === null) self.writenl = "\n";
  self.decoder = self.readuniversal ? new NewlineState(newline === null) : null;
  self.buf = [];
  self.pos = 0;
  self.closed = false;
  self.ok = true;
  if (typeof value === "string" && value.length) writeStr(self, value);
  self.pos = 0;
  return None;
});

defMethod(T, "getvalue", (self: PyStringIO, args, kw) => {
  noArgs("getvalue", args, kw);
  ready(self);
  return self.buf.join("");
});
defMethod(T, "tell", (self: PyStringIO, args, kw) => {
  noArgs("tell", args, kw);
  ready(self);
  return self.pos;
});
defMethod(T, "read", (self: PyStringIO, args, kw) => {
  argCount("read", args, kw, 0, 1);
  const n = sizeArg(args[0]);
  ready(self);
  const avail = Math.max(0, self.buf.length - self.pos);
  const k = n < 0 || n > avail ? avail : n;
  if (k <= 0) return "";
  const s = self.buf.slice(self.pos, self.pos + k).join("");
  self.pos += k;
  return s;
});
defMethod(T, "readline", (self: PyStringIO, args, kw) => {
  argCount("readline", args, kw, 0, 1);
  const n = sizeArg(args[0]);
  ready(self);
  return readline(self, n);
});
defMethod(T, "truncate", (self: PyStringIO, args, kw) => {
  argCount("truncate", args, kw, 0, 1);
  ready(self);
  const size = args.length === 0 || args[0] === None ? self.pos : sizeArg(args[0]);
  if (size < 0) throw pyError(ValueError, `Negative size value ${size}`);
  if (size < self.buf.length) self.buf.length = size;
  return size;
});
defMethod(T, "seek", (self: PyStringIO, args, kw) => {
  argCount("seek", args, kw, 1, 2);
  const posObj = args[0];
  if (typeOf(posObj).lookup("__index__") === undefined && typeof posObj !== "number" && typeof posObj !== "bigint" && typeof posObj !== "boolean") {
    throw pyError(TypeError, `'${typeName(posObj)}' object cannot be interpreted as an integer`);
  }
  const big = typeof posObj === "bigint" ? posObj : BigInt(toIndex(posObj));
  if (big > 9223372036854775807n || big < -9223372036854775808n) throw pyError(OverflowError, "Python int too large to convert to C ssize_t");
  let pos = Number(big);
  const whence = args.length > 1 ? toIndex(args[1]) : 0;
  ready(self);
  if (whence !== 0 && whence !== 1 && whence !== 2) throw pyError(ValueError, `Invalid whence (${whence}, should be 0, 1 or 2)`);
  if (pos < 0 && whence === 0) throw pyError(ValueError, `Negative seek position ${pos}`);
  if (whence !== 0 && pos !== 0) throw unsupportedSeek();
  if (whence === 1) pos = self.pos;
  else if (whence === 2) pos = self.buf.length;
  self.pos = pos;
  return pos;
});
function unsupportedSeek(): PyBaseException {
  // stringio.c raises OSError with the cur-relative text for whence 1 and 2 alike
  return new PyBaseException(OSErrorRef(), ["Can't do nonzero cur-relative seeks"]);
}

defMethod(T, "write", (self: PyStringIO, args, kw) => {
  argCount("write", args, kw, 1, 1);
  const s = args[0];
  ready(self);
  if (typeof s !== "string") throw pyError(TypeError, `string argument expected, got '${typeName(s)}'`);
  return writeStr(self, s);
});
for (const name of ["readable", "writable", "seekable"]) {
  defMethod(T, name, (self: PyStringIO, args, kw) => {
    noArgs(name, args, kw);
    ready(self);
    return true;
  });
}
defMethod(T, "close", (self: PyStringIO, args, kw) => {
  noArgs("close", args, kw);
  self.closed = true; // (not __IOBase_closed: _IOBase.flush still works, as in CPython)
  self.buf = [];
  return None;
});
defMethod(T, "detach", () => { throw unsupported("detach"); });
defGetter(T, "closed", (self: PyStringIO) => {
  if (!self.ok) throw pyError(ValueError, "I/O operation on uninitialized object");
  return self.closed;
});
defGetter(T, "line_buffering", (self: PyStringIO) => { ready(self); return false; });
defGetter(T, "newlines", (self: PyStringIO) => {
  ready(self);
  return self.decoder ? self.decoder.newlines() : None;
});
defMethod(T, "__next__", (self: PyStringIO) => {
  ready(self);
  let line: PyValue;
  if (typeOf(self) === T) line = readline(self, -1);
  else {
    line = callm(self, "readline");
    if (typeof line !== "string") throw pyError(OSErrorRef(), `readline() should have returned a str object, not '${typeName(line)}'`);
  }
  if (line === "") throw new PyBaseException(StopIteration, []);
  return line;
});
T.slots.next = (self: PyStringIO): PyValue | undefined => {
  ready(self);
  const line = readline(self, -1);
  return line === "" ? undefined : line;
};
defMethod(T, "__getstate__", (self: PyStringIO) => {
  ready(self);
  return tuple([self.buf.join(""), self.readnl ?? None, self.pos, self.dict ?? new PyDict()]);
});
defMethod(T, "__setstate__", (self: PyStringIO, args) => {
  const st = args[0];
  if (!(st instanceof PyTuple) || st.items.length < 4) throw pyError(TypeError, `${typeName(self)}.__setstate__ argument should be 4-tuple, got ${typeName(st)}`);
  const [value, , pos] = st.items;
  self.buf = Array.from(value as string);
  self.pos = toIndex(pos);
  return None;
});
import { OSErrorType } from "../../../objects/oserror.js";
const OSErrorRef = () => OSErrorType;
