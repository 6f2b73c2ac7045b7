// _io.TextIOWrapper: text over a buffered binary stream, with an encoding, an errors handler and
// newline translation. CPython: Modules/_io/textio.c (_io_TextIOWrapper___init___impl,
// textiowrapper_read_chunk, _textiowrapper_readline, _io_TextIOWrapper_write_impl,
// _io_TextIOWrapper_tell_impl, _io_TextIOWrapper_seek_impl, textiowrapper_repr).
import { None, PyType, TypeType, typeOf, type PyValue } from "../../../objects/object.js";
import { defGetter, defMethod, getattr, getattrOrUndefined, repr, toIndex, truthy, typeName } from "../../../objects/abstract.js";
import { kwArgs } from "../../../objects/args.js";
import { AttributeError, PyBaseException, pyError, StopIteration, TypeError, ValueError } from "../../../objects/exceptions.js";
import { noArgs } from "../../../objects/int.js";
import { bufferOf, PyBytesObject } from "../../../objects/bytes.js";
import { OSErrorType } from "../../../objects/oserror.js";
import { argCount, callm, closedError, concat, defNew, PyIOBase, rememberWriter, sizeArg, TextIOBaseType, unsupported } from "./iobase.js";
import { cpCount, decodeWith, decoderGetState, decoderSetState, parseCookie, tellCookie } from "./textpos.js";
import { NewlineState } from "./newline.js";
import { textCodec, type StreamDecoder, type TextCodec } from "./textcodec.js";

/** The locale's encoding on the Linux CPython tspy stands for (UTF-8 locale). */
export const LOCALE_ENCODING = "UTF-8";

export class PyTextIO extends PyIOBase {
  ok = false;
  detached = false;
  buffer: PyValue = None;
  encoding = "";
  errors = "strict";
  codec: TextCodec | null = null;
  decoder: StreamDecoder | null = null;
  writable = false;
  nl: NewlineState | null = null;
  readuniversal = false;
  readtranslate = false;
  readnl: string | null = null;
  writetranslate = true;
  writenl: string | null = null;
  lineBuffering = false;
  writeThrough = false;
  chunkSize = 8192;
  /** decoded text not yet returned: decoded.slice(decodedPos) */
  decoded = "";
  decodedPos = 0;
  /** the snapshot (textiowrapper_read_chunk): the decoder's flags before the last chunk and the
   *  input decoded since (bytes it held + the chunk); null when there is none */
  snapFlags = 0;
  snapInput: Uint8Array | null = null;
  /** code units of `decoded` that came from earlier chunks when this one was read */
  snapLeftover = 0;
  /** bytes per character of the last chunk (the start of tell()'s search) */
  b2cratio = 0;
  seekable = false;
  telling = false;
  hasRead1 = false;
  pending: Uint8Array[] = [];
  pendingLen = 0;
  encoderStarted = false;
}

export const TextIOWrapperType = new PyType(TypeType, "TextIOWrapper", [TextIOBaseType], new Map(), false, "_io");
const T = TextIOWrapperType;
defNew(T, (t) => new PyTextIO(t));

function attached(self: PyTextIO): PyValue {
  if (!self.ok) {
    if (self.detached) throw pyError(ValueError, "underlying buffer has been detached");
    throw pyError(ValueError, "I/O operation on uninitialized object");
  }
  return self.buffer;
}
function checkClosed(self: PyTextIO): void {
  if (truthy(typeOf(self) === T ? getattr(self.buffer, "closed") : getattr(self, "closed"))) throw closedError();
}

function strOrNone(v: PyValue | undefined, name: string): string | null {
  if (v === undefined || v === None) return null;
  if (typeof v !== "string") throw pyError(TypeError, `TextIOWrapper() argument '${name}' must be str or None, not ${typeName(v)}`);
  return v;
}

function setNewline(self: PyTextIO, newline: string | null): void {
  if (newline !== null && !["", "\n", "\r", "\r\n"].includes(newline)) throw pyError(ValueError, `illegal newline value: ${newline}`);
  self.readuniversal = newline === null || newline === "";
  self.readtranslate = newline === null;
  self.readnl = newline;
  self.writetranslate = newline !== "";
  self.writenl = newline === null ? "\n" /* os.linesep */ : newline === "" ? null : newline;
  if (self.writenl === "\n") self.writenl = null;
}

function setCodec(self: PyTextIO, encoding: string, errors: string): void {
  self.encoding = encoding;
  self.errors = errors;
  self.codec = textCodec(encoding === "locale" ? LOCALE_ENCODING : encoding, errors);
  self.decoder = truthy(callm(self.buffer, "readable")) ? self.codec.decoder(errors) : null;
  self.writable = truthy(callm(self.buffer, "writable"));
  self.nl = self.decoder && self.readuniversal ? new NewlineState(self.readtranslate) : null;
}

defMethod(T, "__init__", (self: PyTextIO, args, kw) => {
  const [buffer, encObj, errObj, nlObj, lb, wt] = kwArgs("TextIOWrapper", args, kw,
    ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 0, 1, 6);
  self.ok = false;
  self.detached = false;
  let encoding = strOrNone(encObj, "encoding");
  const errors = strOrNone(errObj, "errors");
  const newline = strOrNone(nlObj, "newline");
  if (encoding !== null && encoding.includes("\0")) throw pyError(ValueError, "embedded null character");
  setNewline(self, newline);
  self.buffer = buffer!;
  if (encoding === null || encoding === "locale") encoding = LOCALE_ENCODING;
  setCodec(self, encoding, errors ?? "strict");
  self.lineBuffering = lb === undefined ? false : truthy(lb);
  self.writeThrough = wt === undefined ? false : truthy(wt);
  self.decoded = "";
  self.decodedPos = 0;
  self.snapInput = null;
  self.pending = [];
  self.pendingLen = 0;
  self.seekable = self.telling = truthy(callm(self.buffer, "seekable"));
  self.hasRead1 = getattrOrUndefined(self.buffer, "read1") !== undefined;
  self.encoderStarted = false;
  self.ok = true;
  fixEncoderState(self);
  if (self.writable) rememberWriter(self, 0, (t: PyTextIO) => { if (t.ok && t.pendingLen) writeflush(t); });
  return None;
});

// ---- writing ---------------------------------------------------------------------------------------

/** _textiowrapper_fix_encoder_state: no BOM when writing starts past the stream's start. */
function fixEncoderState(self: PyTextIO): void {
  if (!self.seekable || !self.writable) return;
  if (toIndex(callm(self.buffer, "tell")) !== 0) self.codec!.encoderSkipBOM();
}
/** _textiowrapper_encoder_setstate after a seek */
function encoderSetState(self: PyTextIO, cookie: number): void {
  if (!self.writable) return;
  if (cookie === 0) self.codec!.encoderReset();
  else self.codec!.encoderSkipBOM();
}

function writeflush(self: PyTextIO): void {
  if (self.pendingLen === 0) return;
  const b = concat(self.pending);
  self.pending = [];
  self.pendingLen = 0;
  callm(self.buffer, "write", [new PyBytesObject(b)]);
}

function resetDecoded(self: PyTextIO): void {
  self.decoded = "";
  self.decodedPos = 0;
  self.snapInput = null;
}

defMethod(T, "write", (self: PyTextIO, args, kw) => {
  argCount("write", args, kw, 1, 1);
  const text = args[0];
  if (typeof text !== "string") throw pyError(TypeError, `write() argument must be str, not ${typeName(text)}`);
  attached(self);
  checkClosed(self);
  if (!self.writable) throw unsupported("not writable");
  const haslf = text.includes("\n");
  let s = text;
  if (self.writetranslate && self.writenl !== null && haslf) s = s.split("\n").join(self.writenl);
  const needflush = self.lineBuffering && (haslf || text.includes("\r"));
  const b = self.codec!.encode(s, self.errors);
  if (self.decoder && (self.decoded.length > 0 || self.snapInput)) {
    resetDecoded(self);
    self.decoder.reset();
    self.nl?.reset();
  }
  self.pending.push(b);
  self.pendingLen += b.length;
  if (self.pendingLen > self.chunkSize || needflush || self.writeThrough) writeflush(self);
  if (needflush) callm(self.buffer, "flush");
  return cpCount(text);
});

// ---- reading ---------------------------------------------------------------------------------------

function checkReadable(self: PyTextIO): StreamDecoder {
  attached(self);
  checkClosed(self);
  if (!self.decoder) throw unsupported("not readable");
  return self.decoder;
}

/** textiowrapper_read_chunk: read and decode one chunk; false at end of file. */
function readChunk(self: PyTextIO, sizeHint = 0): boolean {
  const dec = self.decoder!;
  let held: Uint8Array = new Uint8Array(0), flags = 0;
  if (self.telling) [held, flags] = decoderGetState(dec, self.nl);
  const size = Math.max(self.chunkSize, sizeHint);
  const got = callm(self.buffer, self.hasRead1 ? "read1" : "read", [size]);
  const input = bufferOf(got);
  if (input === null) {
    throw pyError(TypeError, `underlying ${self.hasRead1 ? "read1" : "read"}() should have returned a bytes-like object, not '${typeName(got)}'`);
  }
  const eof = input.length === 0;
  const text = decodeWith(dec, self.nl, input, eof);
  const leftover = self.decoded.slice(self.decodedPos);
  self.decoded = leftover + text;
  self.decodedPos = 0;
  self.snapLeftover = leftover.length;
  const nchars = cpCount(text);
  self.b2cratio = nchars > 0 ? input.length / nchars : 0;
  if (self.telling) {
    self.snapFlags = flags;
    self.snapInput = concat([held, input]);
  }
  return !eof;
}

/** Take up to n code points of the decoded text (all when n < 0). */
function takeDecoded(self: PyTextIO, n: number): string {
  const s = self.decoded;
  let end = self.decodedPos;
  if (n < 0) end = s.length;
  else {
    for (let k = 0; k < n && end < s.length; k++) {
      const c = s.charCodeAt(end);
      end += c >= 0xd800 && c < 0xdc00 && end + 1 < s.length ? 2 : 1;
    }
  }
  const out = s.slice(self.decodedPos, end);
  self.decodedPos = end;
  return out;
}

defMethod(T, "read", (self: PyTextIO, args, kw) => {
  argCount("read", args, kw, 0, 1);
  const n = sizeArg(args[0]);
  const dec = checkReadable(self);
  writeflush(self);
  if (n < 0) {
    const got = callm(self.buffer, "read");
    const b = got === None ? new Uint8Array(0) : bufferOf(got);
    if (b === null) throw pyError(TypeError, `underlying read() should have returned a bytes object, not '${typeName(got)}'`);
    let text = dec.decode(b, true);
    if (self.nl) text = self.nl.feed(text, true);
    const out = takeDecoded(self, -1) + text;
    resetDecoded(self);
    return out;
  }
  let out = "";
  let need = n;
  for (;;) {
    const part = takeDecoded(self, need);
    out += part;
    need -= Array.from(part).length;
    if (need <= 0) break;
    if (!readChunk(self, need)) {
      out += takeDecoded(self, need);
      break;
    }
  }
  return out;
});

/** The end (exclusive, in decoded) of the first line ending at or after `from`, or -1. When
 *  `more` is possible, a lone "\r" at the very end is not yet known to end a line. */
function findLineEnd(self: PyTextIO, from: number, more: boolean): number {
  const s = self.decoded;
  if (self.readtranslate) {
    const i = s.indexOf("\n", from);
    return i < 0 ? -1 : i + 1;
  }
  if (self.readuniversal) {
    for (let i = from; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) return i + 1;
      if (c === 13) {
        if (i + 1 < s.length) return s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        return more ? -1 : i + 1;
      }
    }
    return -1;
  }
  const nl = self.readnl!;
  const i = s.indexOf(nl, from);
  return i < 0 ? -1 : i + nl.length;
}

function readline(self: PyTextIO, limit: number): string {
  checkReadable(self);
  writeflush(self);
  let scanned = self.decodedPos;
  let more = true;
  for (;;) {
    const end = findLineEnd(self, scanned, more);
    if (end >= 0) {
      const line = self.decoded.slice(self.decodedPos, end);
      if (limit >= 0 && Array.from(line).length > limit) return takeDecoded(self, limit);
      self.decodedPos = end;
      return line;
    }
    if (limit >= 0 && Array.from(self.decoded.slice(self.decodedPos)).length >= limit) return takeDecoded(self, limit);
    if (!more) {
      const rest = takeDecoded(self, -1);
      return rest;
    }
    const before = self.decoded.length - self.decodedPos;
    more = readChunk(self); // (decodedPos is 0 afterwards: what was left comes first)
    scanned = Math.max(0, before - 1);
  }
}

// _io_TextIOWrapper_readline_impl: size is a plain Py_ssize_t (None is refused, unlike read's)
defMethod(T, "readline", (self: PyTextIO, args, kw) => {
  argCount("readline", args, kw, 0, 1);
  const v = args[0];
  if (v !== undefined && typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean" && typeOf(v).lookup("__index__") === undefined) {
    throw pyError(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  return readline(self, v === undefined ? -1 : toIndex(v));
});

defMethod(T, "__next__", (self: PyTextIO) => {
  self.telling = false;
  let line: PyValue;
  if (typeOf(self) === T) line = readline(self, -1);
  else {
    line = callm(self, "readline");
    if (typeof line !== "string") throw pyError(OSErrorType, `readline() should have returned a str object, not '${typeName(line)}'`);
  }
  if (line === "") {
    self.snapInput = null;
    self.telling = self.seekable;
    throw new PyBaseException(StopIteration, []);
  }
  return line;
});
T.slots.next = (self: PyTextIO): PyValue | undefined => {
  self.telling = false;
  const line = readline(self, -1);
  if (line === "") {
    self.snapInput = null;
    self.telling = self.seekable;
    return undefined;
  }
  return line;
};

// ---- positioning -----------------------------------------------------------------------------------

// _io_TextIOWrapper_tell_impl: from the snapshot, find the nearest point where the decoder holds
// nothing, and count the bytes to feed and characters to skip from there
defMethod(T, "tell", (self: PyTextIO, args, kw) => {
  noArgs("tell", args, kw);
  attached(self);
  checkClosed(self);
  if (!self.seekable) throw unsupported("underlying stream is not seekable");
  if (!self.telling) throw pyError(OSErrorType, "telling position disabled by next() call");
  writeflush(self);
  callm(self, "flush");
  const pos = callm(self.buffer, "tell");
  if (!self.decoder || !self.snapInput) return pos;
  return tellCookie(self, toIndex(pos));
});

defMethod(T, "seek", (self: PyTextIO, args, kw) => {
  argCount("seek", args, kw, 1, 2);
  let cookie = args[0];
  const whence = args.length > 1 ? toIndex(args[1]) : 0;
  attached(self);
  checkClosed(self);
  if (!self.seekable) throw unsupported("underlying stream is not seekable");
  if (typeof cookie !== "number" && typeof cookie !== "bigint" && typeof cookie !== "boolean" && typeOf(cookie).lookup("__index__") === undefined) {
    throw pyError(TypeError, `'${typeName(cookie)}' object cannot be interpreted as an integer`);
  }
  if (whence === 1) {
    if (toIndex(cookie) !== 0) throw unsupported("can't do nonzero cur-relative seeks");
    cookie = callm(self, "tell");
  } else if (whence === 2) {
    if (toIndex(cookie) !== 0) throw unsupported("can't do nonzero end-relative seeks");
    callm(self, "flush");
    resetDecoded(self);
    self.decoder?.reset();
    self.nl?.reset();
    const end = callm(self.buffer, "seek", [0, 2]);
    encoderSetState(self, toIndex(end));
    return end;
  } else if (whence !== 0) {
    throw pyError(ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
  }
  if ((typeof cookie === "bigint" ? cookie : BigInt(toIndex(cookie))) < 0n) throw pyError(ValueError, `negative seek position ${repr(cookie)}`);
  callm(self, "flush");
  const c = parseCookie(cookie);
  callm(self.buffer, "seek", [c.start]);
  resetDecoded(self);
  if (self.decoder) {
    // _textiowrapper_decoder_setstate: a fresh decoder at 0, else the cookie's flags
    if (c.start === 0 && c.flags === 0) { self.decoder.reset(); self.nl?.reset(); }
    else decoderSetState(self.decoder, self.nl, new Uint8Array(0), c.flags);
    self.snapFlags = c.flags;
    self.snapInput = new Uint8Array(0);
    self.snapLeftover = 0;
    if (c.skip > 0) {
      const got = callm(self.buffer, "read", [c.feed]);
      const input = bufferOf(got) ?? new Uint8Array(0);
      self.decoded = decodeWith(self.decoder, self.nl, input, c.eof !== 0);
      self.snapInput = input.slice();
      if (cpCount(self.decoded) < c.skip) throw pyError(OSErrorType, "can't restore logical file position");
      self.decodedPos = 0;
      takeDecoded(self, c.skip);
    }
  }
  encoderSetState(self, c.start);
  return cookie;
});

defMethod(T, "truncate", (self: PyTextIO, args, kw) => {
  argCount("truncate", args, kw, 0, 1);
  attached(self);
  callm(self, "flush");
  return callm(self.buffer, "truncate", args.length ? [args[0]] : [None]);
});

// ---- the rest --------------------------------------------------------------------------------------

defMethod(T, "flush", (self: PyTextIO, args, kw) => {
  noArgs("flush", args, kw);
  attached(self);
  checkClosed(self);
  self.telling = self.seekable;
  writeflush(self);
  return callm(self.buffer, "flush");
});
defMethod(T, "close", (self: PyTextIO, args, kw) => {
  noArgs("close", args, kw);
  attached(self);
  if (truthy(getattr(self, "closed"))) return None;
  let err: unknown = null;
  try { callm(self, "flush"); } catch (e) { err = e; }
  try { callm(self.buffer, "close"); } catch (e) {
    if (err instanceof PyBaseException && e instanceof PyBaseException) e.context = err;
    err = e;
  }
  if (err) throw err;
  return None;
});
defMethod(T, "detach", (self: PyTextIO, args, kw) => {
  noArgs("detach", args, kw);
  attached(self);
  callm(self, "flush");
  const b = self.buffer;
  self.buffer = None;
  self.ok = false;
  self.detached = true;
  return b;
});
for (const name of ["fileno", "isatty", "readable", "writable", "seekable"]) {
  defMethod(T, name, (self: PyTextIO, args, kw) => {
    noArgs(name, args, kw);
    return callm(attached(self), name);
  });
}
defMethod(T, "reconfigure", (self: PyTextIO, args, kw) => {
  const [enc, errs, nlObj, lb, wt] = kwArgs("reconfigure", args, kw, ["encoding", "errors", "newline", "line_buffering", "write_through"], 0, 0, 0);
  attached(self);
  callm(self, "flush");
  if (nlObj !== undefined) setNewline(self, strOrNone(nlObj, "newline"));
  if (enc !== undefined && enc !== None || errs !== undefined && errs !== None) {
    const e = enc === undefined || enc === None ? (errs !== undefined ? self.encoding : self.encoding) : strOrNone(enc, "encoding")!;
    const r = errs === undefined || errs === None ? (enc !== undefined && enc !== None ? "strict" : self.errors) : strOrNone(errs, "errors")!;
    setCodec(self, e === "locale" ? LOCALE_ENCODING : e, r);
    fixEncoderState(self);
  } else if (nlObj !== undefined) {
    self.nl = self.decoder && self.readuniversal ? new NewlineState(self.readtranslate) : null;
  }
  if (lb !== undefined && lb !== None) self.lineBuffering = truthy(lb);
  if (wt !== undefined && wt !== None) self.writeThrough = truthy(wt);
  return None;
});
defGetter(T, "closed", (self: PyTextIO) => getattr(attached(self), "closed"));
defGetter(T, "name", (self: PyTextIO) => getattr(attached(self), "name"));
defGetter(T, "buffer", (self: PyTextIO) => attached(self), { member: true });
defGetter(T, "encoding", (self: PyTextIO) => self.encoding, { member: true });
defGetter(T, "errors", (self: PyTextIO) => self.errors);
defGetter(T, "line_buffering", (self: PyTextIO) => self.lineBuffering, { member: true });
defGetter(T, "write_through", (self: PyTextIO) => self.writeThrough, { member: true });
defGetter(T, "_finalizing", () => false, { member: true });
defGetter(T, "newlines", (self: PyTextIO) => { attached(self); return self.nl ? self.nl.newlines() : None; });
defGetter(T, "_CHUNK_SIZE", (self: PyTextIO) => { attached(self); return self.chunkSize; }, {
  set: (self: PyTextIO, v) => {
    attached(self);
    if (v === undefined) throw pyError(AttributeError, "cannot delete attribute");
    const n = toIndex(v);
    if (n <= 0) throw pyError(ValueError, "a strictly positive integer is required");
    self.chunkSize = n;
  },
});
T.slots.repr = (self: PyTextIO): string => {
  const ty = typeOf(self);
  let s = `<${ty.module}.${ty.qualname}`;
  if (!self.ok && !self.detached) return s + ">";
  const opt = (name: string): PyValue | undefined => {
    try {
      return getattrOrUndefined(self, name);
    } catch (e) {
      if (e instanceof PyBaseException && (e.type.isSubtype(AttributeError) || e.type.isSubtype(ValueError))) return undefined;
      throw e;
    }
  };
  const name = opt("name");
  if (name !== undefined) s += ` name=${repr(name)}`;
  const mode = opt("mode");
  if (mode !== undefined) s += ` mode=${repr(mode)}`;
  return s + ` encoding='${self.encoding}'>`;
};
