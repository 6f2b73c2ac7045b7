// _io.IncrementalNewlineDecoder: universal-newline translation on top of an optional decoder,
// remembering which line endings it saw. CPython: Modules/_io/textio.c
// _io_IncrementalNewlineDecoder_*, _PyIncrementalNewlineDecoder_decode.
import { None, PyType, TypeType, ObjectType, type PyValue } from "../../../objects/object.js";
import { defGetter, defMethod, INSTANCE_FACTORIES, PyInstance, toIndex, truthy, typeName, PyStaticMethod } from "../../../objects/abstract.js";
import { kwArgs } from "../../../objects/args.js";
import { tuple, PyTuple } from "../../../objects/containers.js";
import { pyError, TypeError, ValueError } from "../../../objects/exceptions.js";
import { PyBuiltin } from "../../../objects/functions.js";
import { callm } from "./iobase.js";

const SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4;

/** The translation state, shared with StringIO and TextIOWrapper. */
export class NewlineState {
  pendingCR = false;
  seen = 0;
  constructor(public translate: boolean) {}

  /** The body of _PyIncrementalNewlineDecoder_decode after the inner decoder ran. */
  feed(output: string, final: boolean): string {
    if (this.pendingCR && (output.length > 0 || final)) {
      output = "\r" + output;
      this.pendingCR = false;
    }
    if (!final && output.length > 0 && output.charCodeAt(output.length - 1) === 13) {
      output = output.slice(0, -1);
      this.pendingCR = true;
    }
    if (output.indexOf("\r") < 0) {
      if (output.indexOf("\n") >= 0) this.seen |= SEEN_LF;
      return output;
    }
    const crlf = output.split("\r\n").length - 1;
    const cr = output.split("\r").length - 1 - crlf;
    const lf = output.split("\n").length - 1 - crlf;
    if (crlf) this.seen |= SEEN_CRLF;
    if (cr) this.seen |= SEEN_CR;
    if (lf) this.seen |= SEEN_LF;
    if (this.translate) output = output.replace(/\r\n?/g, "\n");
    return output;
  }

  newlines(): PyValue {
    const names: string[] = [];
    if (this.seen & SEEN_CR) names.push("\r");
    if (this.seen & SEEN_LF) names.push("\n");
    if (this.seen & SEEN_CRLF) names.push("\r\n");
    return names.length === 0 ? None : names.length === 1 ? names[0] : tuple(names);
  }

  reset(): void {
    this.seen = 0;
    this.pendingCR = false;
  }
}

export class PyNewlineDecoder extends PyInstance {
  state: NewlineState | null = null;
  decoder: PyValue = None;
  errors: PyValue = "strict";
}

export const IncrementalNewlineDecoderType = new PyType(TypeType, "IncrementalNewlineDecoder", [ObjectType], new Map(), false, "_io");
const T = IncrementalNewlineDecoderType;
const make = (t: PyType): PyNewlineDecoder => new PyNewlineDecoder(t);
T.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args) => make(args[0] as PyType))));
INSTANCE_FACTORIES.set(T, make);

function st(self: PyNewlineDecoder): NewlineState {
  if (!self.state) throw pyError(ValueError, "IncrementalNewlineDecoder.__init__() not called");
  return self.state;
}

defMethod(T, "__init__", (self: PyNewlineDecoder, args, kw) => {
  const [decoder, translate, errors] = kwArgs("IncrementalNewlineDecoder", args, kw, ["decoder", "translate", "errors"], 0, 2, 3);
  self.decoder = decoder!;
  self.errors = errors ?? "strict";
  self.state = new NewlineState(truthy(translate!));
  return None;
});
defMethod(T, "decode", (self: PyNewlineDecoder, args, kw) => {
  const [input, final] = kwArgs("decode", args, kw, ["input", "final"], 0, 1, 2);
  const fin = final === undefined ? false : truthy(final);
  const s = st(self);
  let out: PyValue = self.decoder === None ? input! : callm(self.decoder, "decode", [input!, fin]);
  if (typeof out !== "string") {
    throw pyError(TypeError, `decoder should return a string result, not '${typeName(out)}'`);
  }
  out = s.feed(out, fin);
  return out;
});
defMethod(T, "getstate", (self: PyNewlineDecoder) => {
  const s = st(self);
  let buf: PyValue = bytesEmpty();
  let flag = 0;
  if (self.decoder !== None) {
    const state = callm(self.decoder, "getstate");
    if (!(state instanceof PyTuple) || state.items.length !== 2) throw pyError(TypeError, "illegal decoder state");
    buf = state.items[0];
    flag = toIndex(state.items[1]);
  }
  return tuple([buf, flag * 2 + (s.pendingCR ? 1 : 0)]);
});
defMethod(T, "setstate", (self: PyNewlineDecoder, args) => {
  const s = st(self);
  const state = args[0];
  if (!(state instanceof PyTuple) || state.items.length !== 2) throw pyError(TypeError, "state argument must be a tuple");
  const flag = toIndex(state.items[1]);
  s.pendingCR = (flag & 1) !== 0;
  if (self.decoder !== None) callm(self.decoder, "setstate", [tuple([state.items[0], Math.floor(flag / 2)])]);
  return None;
});
defMethod(T, "reset", (self: PyNewlineDecoder) => {
  st(self).reset();
  if (self.decoder !== None) callm(self.decoder, "reset");
  return None;
});
defGetter(T, "newlines", (self: PyNewlineDecoder) => st(self).newlines());

import { PyBytesObject } from "../../../objects/bytes.js";
const bytesEmpty = (): PyBytesObject => new PyBytesObject(new Uint8Array(0));
