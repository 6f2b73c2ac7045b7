// _tokenize (CPython: Python/Python-tokenize.c): TokenizerIter(readline, *, extra_tokens,
// encoding=None), the iterator Lib/tokenize.py drives. Each item is (type, string, (srow, scol),
// (erow, ecol), line); the lexing itself is ../../parse/readline-lexer.ts. readline returns str, or
// bytes decoded with `encoding` (errors="replace"); StopIteration from it is the end of input.
import { None, type PyValue } from "../../objects/object.js";
import { PyModule } from "../../objects/functions.js";
import { call, callType, getattr, typeName } from "../../objects/abstract.js";
import { tuple } from "../../objects/containers.js";
import { EXCEPTION_TYPES, PyBaseException, pyError, StopIteration, SyntaxError, TypeError } from "../../objects/exceptions.js";
import { setExcField } from "../../objects/exceptions.js";
import { PyBytesObject } from "../../objects/bytes.js";
import { unpack } from "../builtins.js";
import { LexError, ReadlineLexer } from "../../parse/readline-lexer.js";
import { getImporter } from "../eval.js";
import { defNew, NativeIter, nativeIterType } from "./native.js";

export const TokenizerIterType = nativeIterType("_tokenize.TokenizerIter");

interface State {
  lexer: ReadlineLexer;
}

// CPython: Parser/tokenizer/readline_tokenizer.c tok_readline_string
function lineReader(readline: PyValue, encoding: string | null): () => string | null {
  return () => {
    let raw: PyValue;
    try {
      raw = call(readline, []);
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtype(StopIteration)) return null;
      throw e;
    }
    if (encoding !== null) {
      if (!(raw instanceof PyBytesObject)) throw pyError(TypeError, "readline() returned a non-bytes object");
      const s = call(getattr(raw, "decode"), [encoding, "replace"]);
      return typeof s === "string" ? s : String(s);
    }
    if (typeof raw !== "string") throw pyError(TypeError, "readline() returned a non-string object");
    return raw;
  };
}

/** The exception CPython raises for a tokenizer error (args: msg, (filename, lineno, offset, text, end_lineno, end_offset)). */
function lexException(e: LexError): PyBaseException {
  const t = EXCEPTION_TYPES.get(e.kind) ?? SyntaxError;
  if (e.locationOnly) {
    // PyErr_SetString + PyErr_SyntaxLocationObject: the message alone in args, then the location
    const x = callType(t, [e.msg], null) as PyBaseException;
    setExcField(x, "filename", "<string>");
    setExcField(x, "lineno", e.lineno);
    setExcField(x, "offset", e.offset);
    setExcField(x, "end_lineno", e.lineno);
    setExcField(x, "end_offset", e.offset);
    return x;
  }
  const n = (v: number | null): PyValue => (v === null ? None : v);
  return callType(t, [e.msg, tuple(["<string>", e.lineno, e.offset, e.text ?? None, n(e.endLineno), n(e.endOffset)])], null) as PyBaseException;
}

// CPython: PyErr_WarnExplicitObject(PyExc_SyntaxWarning, msg, "<string>", lineno, NULL, NULL); a
// SyntaxWarning raised by a warnings filter makes the lexer raise a SyntaxError instead.
function syntaxWarning(msg: string, lineno: number): boolean {
  const importer = getImporter();
  if (!importer) return true;
  const SyntaxWarning = EXCEPTION_TYPES.get("SyntaxWarning")!;
  try {
    call(getattr(importer.gcdImport("warnings"), "warn_explicit"), [msg, SyntaxWarning, "<string>", lineno]);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(SyntaxWarning)) return false;
    throw e;
  }
  return true;
}

function step(s: State): PyValue | undefined {
  let t;
  try {
    t = s.lexer.next();
  } catch (e) {
    if (e instanceof LexError) throw lexException(e);
    throw e;
  }
  if (t === null) return undefined;
  return tuple([t.type, t.string, tuple(t.start), tuple(t.end), t.line]);
}

defNew(TokenizerIterType, (cls, args, kwnames) => {
  // CPython: tokenizeriter_new_impl (readline, /, *, extra_tokens, encoding=None)
  const [readline, extra, encoding] = unpack("tokenizeriter", args, kwnames, ["", "extra_tokens", "encoding"], 1, 2, 1);
  void extra;
  let enc: string | null = null;
  if (encoding !== undefined && encoding !== None) {
    if (typeof encoding !== "string") throw pyError(TypeError, `tokenizeriter() argument 'encoding' must be str, not ${typeName(encoding)}`);
    enc = encoding;
  }
  const it = new NativeIter<State>(cls, { lexer: new ReadlineLexer(lineReader(readline!, enc), syntaxWarning) }, step);
  return it;
});

export function makeTokenize(): PyModule {
  const m = new PyModule("_tokenize");
  m.dict.set("TokenizerIter", TokenizerIterType);
  return m;
}
