// The codec registry: search functions, the lookup cache and the error handlers.
// CPython: Python/codecs.c (PyCodec_Register, _PyCodec_Lookup, normalizestring,
// PyCodec_RegisterError, PyCodec_LookupError). The first lookup imports the encodings package,
// whose search function registers itself (as _PyCodecRegistry_Init does).
import { None, type PyValue } from "../../../objects/object.js";
import { call } from "../../../objects/abstract.js";
import { LookupError, pyError, TypeError } from "../../../objects/exceptions.js";
import { PyTuple } from "../../../objects/containers.js";
import { builtinsDict_ } from "../../eval.js";

interface Registry {
  search: PyValue[];
  cache: Map<string, PyValue>;
  errors: Map<string, PyValue>;
  importing: boolean;
  imported: boolean;
}
let reg: Registry = newRegistry();
function newRegistry(): Registry {
  return { search: [], cache: new Map(), errors: new Map(), importing: false, imported: false };
}
/** A new interpreter starts with an empty registry. */
export function resetCodecRegistry(): void {
  reg = newRegistry();
}
export const codecRegistry = (): Registry => reg;

/** normalizestring: lower case, spaces to underscores (codecs.c). */
export function normalizeCodecName(s: string): string {
  return s.toLowerCase().replace(/ /g, "_");
}

function ensureEncodings(): void {
  if (reg.imported || reg.importing) return;
  reg.importing = true;
  try {
    const imp = builtinsDict_().get("__import__");
    if (imp !== undefined) call(imp, ["encodings"]);
    reg.imported = true;
  } catch {
    // no import system (or no Lib): only the natively known codecs exist
  } finally {
    reg.importing = false;
  }
}

/** _PyCodec_Lookup: a CodecInfo (a 4+-tuple), or LookupError. */
export function codecLookup(encoding: string): PyValue {
  ensureEncodings();
  const key = normalizeCodecName(encoding);
  const hit = reg.cache.get(key);
  if (hit !== undefined) return hit;
  for (const fn of reg.search) {
    const r = call(fn, [key]);
    if (r === None) continue;
    if (!(r instanceof PyTuple) || r.items.length !== 4) throw pyError(TypeError, "codec search functions must return 4-tuples");
    reg.cache.set(key, r);
    return r;
  }
  throw pyError(LookupError, `unknown encoding: ${encoding}`);
}

export function codecRegister(fn: PyValue): void {
  reg.search.push(fn);
}
