// _tokenize (CPython: Python/Python-tokenize.c): only the name, so that Lib/tokenize (and inspect,
// dataclasses, ... which import it) load. Iterating a TokenizerIter raises NotImplementedError:
// tspy's tokenizer does not produce the COMMENT/NL tokens Lib's tokenize needs yet (DEVIATIONS.md).
import { ObjectType, PyType, TypeType, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { EXCEPTION_TYPES, pyError } from "../../objects/exceptions.js";
import { defMethod, PyInstance, PyStaticMethod } from "../../objects/abstract.js";

export const TokenizerIterType = new PyType(TypeType, "TokenizerIter", [ObjectType], new Map(), false, "_tokenize");
TokenizerIterType.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args) => new PyInstance(args[0] as PyType), TypeType)));
defMethod(TokenizerIterType, "__init__", () => None_());
defMethod(TokenizerIterType, "__iter__", (self: PyValue) => self);
defMethod(TokenizerIterType, "__next__", () => {
  throw pyError(EXCEPTION_TYPES.get("NotImplementedError")!, "tspy cannot tokenize for Lib/tokenize yet (no COMMENT/NL tokens)");
});

import { None } from "../../objects/object.js";
const None_ = () => None;

export function makeTokenize(): PyModule {
  const m = new PyModule("_tokenize");
  m.dict.set("TokenizerIter", TokenizerIterType);
  return m;
}
