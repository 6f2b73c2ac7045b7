// The _io module: open(), text_encoding(), the classes, and the standard streams sys uses.
// CPython: Modules/_io/_iomodule.c (_io_open_impl, _io_text_encoding_impl, PyInit__io),
// Python/pylifecycle.c create_stdio.
import { None, typeOf, type PyValue } from "../../../objects/object.js";
import { call, setattr, toIndex, truthy, typeName } from "../../../objects/abstract.js";
import { kwArgs } from "../../../objects/args.js";
import { pyError, TypeError, ValueError } from "../../../objects/exceptions.js";
import { PyBuiltin, PyModule } from "../../../objects/functions.js";
import { PyBytesObject } from "../../../objects/bytes.js";
import {
  BlockingIOError, BufferedIOBaseType, callm, DEFAULT_BUFFER_SIZE, forgetWriter, IOBaseType, RawIOBaseType, TextIOBaseType,
  UnsupportedOperation,
} from "./iobase.js";
import { FileIOType, PyFileIO } from "./fileio.js";
import { BytesIOType } from "./bytesio.js";
import { StringIOType } from "./stringio.js";
import { BufferedRandomType, BufferedReaderType, BufferedRWPairType, BufferedWriterType } from "./buffered.js";
import { TextIOWrapperType } from "./textio.js";
import { IncrementalNewlineDecoderType } from "./newline.js";
import { fspath } from "./paths.js";
import { warn } from "../../../objects/warnings.js";

function optStr(v: PyValue | undefined, name: string): string | null {
  if (v === undefined || v === None) return null;
  if (typeof v !== "string") throw pyError(TypeError, `open() argument '${name}' must be str or None, not ${typeName(v)}`);
  return v;
}

/** _io_open_impl */
export function ioOpen(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [file, modeObj, bufObj, encObj, errObj, nlObj, closefdObj, opener] = kwArgs("open", args, kwnames,
    ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 0, 1, 8);
  const mode = modeObj === undefined ? "r" : modeObj;
  if (typeof mode !== "string") throw pyError(TypeError, `open() argument 'mode' must be str, not ${typeName(mode)}`);
  let buffering = -1;
  if (bufObj !== undefined) {
    if (bufObj instanceof PyObjectFloat()) throw pyError(TypeError, "'float' object cannot be interpreted as an integer");
    buffering = toIndex(bufObj);
  }
  const encoding = optStr(encObj, "encoding"), errors = optStr(errObj, "errors"), newline = optStr(nlObj, "newline");
  const closefd = closefdObj === undefined ? true : truthy(closefdObj);
  const isNumber = typeof file === "number" || typeof file === "bigint" || typeof file === "boolean" || typeOf(file!).lookup("__index__") !== undefined;
  const pathOrFd = isNumber ? file! : fspath(file!);
  if (!isNumber && typeof pathOrFd !== "string" && !(pathOrFd instanceof PyBytesObject)) throw pyError(TypeError, `invalid file: ${typeName(file!)}`);

  let creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
  for (let i = 0; i < mode.length; i++) {
    const c = mode[i];
    switch (c) {
      case "x": creating = true; break;
      case "r": reading = true; break;
      case "w": writing = true; break;
      case "a": appending = true; break;
      case "+": updating = true; break;
      case "t": text = true; break;
      case "b": binary = true; break;
      default: throw pyError(ValueError, `invalid mode: '${mode}'`);
    }
    if (mode.indexOf(c, i + 1) >= 0) throw pyError(ValueError, `invalid mode: '${mode}'`);
  }
  const rawmode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "") + (updating ? "+" : "");
  if (text && binary) throw pyError(ValueError, "can't have text and binary mode at once");
  if (+creating + +reading + +writing + +appending > 1) throw pyError(ValueError, "must have exactly one of create/read/write/append mode");
  if (binary && encoding !== null) throw pyError(ValueError, "binary mode doesn't take an encoding argument");
  if (binary && errors !== null) throw pyError(ValueError, "binary mode doesn't take an errors argument");
  if (binary && newline !== null) throw pyError(ValueError, "binary mode doesn't take a newline argument");
  if (binary && buffering === 1) {
    warn(RuntimeWarningType(), "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used");
  }
  const raw = call(FileIOType, [pathOrFd, rawmode, closefd, opener ?? None]);
  let result: PyValue = raw;
  try {
    let lineBuffering = false;
    let isatty = false;
    if (buffering < 0) isatty = truthy(callm(raw, "isatty"));
    if (buffering === 1 || isatty) {
      buffering = -1;
      lineBuffering = true;
    }
    if (buffering < 0) buffering = raw instanceof PyFileIO ? raw.blksize : toIndex(callm(raw, "__getattribute__", ["_blksize"]));
    if (buffering < 0) throw pyError(ValueError, "invalid buffering size");
    if (buffering === 0) {
      if (!binary) throw pyError(ValueError, "can't have unbuffered text I/O");
      return result;
    }
    const cls = updating ? BufferedRandomType : creating || writing || appending ? BufferedWriterType : reading ? BufferedReaderType : null;
    if (cls === null) throw pyError(ValueError, `unknown mode: '${mode}'`);
    const buffer = call(cls, [raw, buffering]);
    result = buffer;
    if (binary) return result;
    const wrapper = call(TextIOWrapperType, [buffer, encoding ?? None, errors ?? None, newline ?? None, lineBuffering]);
    result = wrapper;
    setattr(wrapper, "mode", mode);
    return result;
  } catch (e) {
    try { callm(result, "close"); } catch (e2) { void e2; }
    throw e;
  }
}
import { EXCEPTION_TYPES } from "../../../objects/exceptions.js";
const RuntimeWarningType = () => EXCEPTION_TYPES.get("RuntimeWarning")!;
const PyObjectFloat = () => PyFloatClass;
import { PyFloat as PyFloatClass } from "../../../objects/numbers.js";

/** The one open(): builtins.open is _io.open (as in CPython, io.open is open). */
export const OPEN = new PyBuiltin("open", ioOpen);

export function makeIo(): PyModule {
  const m = new PyModule("_io");
  const d = m.dict;
  d.set("__doc__", "The io module provides the Python interfaces to stream handling.");
  d.set("DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER_SIZE);
  d.set("UnsupportedOperation", UnsupportedOperation);
  d.set("BlockingIOError", BlockingIOError);
  for (const t of [IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType, FileIOType, BytesIOType, StringIOType,
    BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType, TextIOWrapperType, IncrementalNewlineDecoderType]) {
    d.set(t.name, t);
  }
  d.set("open", OPEN);
  d.set("open_code", new PyBuiltin("open_code", (args, kw) => {
    const [path] = kwArgs("open_code", args, kw, ["path"], 0, 1, 1);
    if (typeof path !== "string") throw pyError(TypeError, `open_code() argument 'path' must be str, not ${typeName(path!)}`);
    return ioOpen([path, "rb"], null);
  }, m));
  d.set("text_encoding", new PyBuiltin("text_encoding", (args, kw) => {
    if (kw && kw.length) throw pyError(TypeError, "text_encoding() takes no keyword arguments");
    if (args.length < 1 || args.length > 2) throw pyError(TypeError, `text_encoding expected ${args.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${args.length}`);
    const enc = args[0];
    return enc === None ? "locale" : enc;
  }, m));
  return m;
}

/** create_stdio: sys.stdin/stdout/stderr over fds 0, 1, 2 (errors: strict, stderr backslashreplace;
 *  stderr always line-buffered, stdout only on a terminal). */
export function makeStdio(fd: 0 | 1 | 2, isatty: boolean): PyValue {
  const write = fd !== 0;
  const raw = call(FileIOType, [fd, write ? "wb" : "rb", false]);
  const name = fd === 0 ? "<stdin>" : fd === 1 ? "<stdout>" : "<stderr>";
  setattr(raw, "name", name);
  const buffer = call(write ? BufferedWriterType : BufferedReaderType, [raw]);
  const lineBuffering = fd === 2 || (isatty && fd === 1);
  const t = call(TextIOWrapperType, [buffer, "utf-8", fd === 2 ? "backslashreplace" : "strict", "\n", lineBuffering]);
  forgetWriter(buffer);
  forgetWriter(t);
  setattr(t, "mode", write ? "w" : "r");
  return t;
}

