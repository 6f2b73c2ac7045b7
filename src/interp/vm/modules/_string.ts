// The _string module (CPython: Objects/stringlib/unicode_format.h MarkupIterator_next, parse_field,
// FieldNameIterator; Objects/unicodeobject.c _string methods): the format-string parser behind
// string.Formatter.
import { None, PyType, TypeType, ObjectType, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { pyError, TypeError, ValueError } from "../../objects/exceptions.js";
import { PyNativeIterator, defIteratorMethods, typeName } from "../../objects/abstract.js";
import { tuple } from "../../objects/containers.js";

const FormatterIteratorType = new PyType(TypeType, "formatteriterator", [ObjectType]);
const FieldNameIteratorType = new PyType(TypeType, "fieldnameiterator", [ObjectType]);
defIteratorMethods(FormatterIteratorType);
defIteratorMethods(FieldNameIteratorType);

type Parsed = [string, string | null, string | null, string | null];

/** One step of MarkupIterator_next: the literal text and the field after it, or null at the end. */
function markupNext(s: string, pos: { i: number }): Parsed | null {
  if (pos.i >= s.length) return null;
  const start = pos.i;
  let c = "", markup = false;
  while (pos.i < s.length) {
    c = s[pos.i++];
    if (c === "{" || c === "}") { markup = true; break; }
  }
  const atEnd = pos.i >= s.length;
  let len = pos.i - start;
  if (c === "}" && markup && (atEnd || s[pos.i] !== "}")) throw pyError(ValueError, "Single '}' encountered in format string");
  if (atEnd && c === "{" && markup) throw pyError(ValueError, "Single '{' encountered in format string");
  if (!atEnd && markup) {
    if (s[pos.i] === c) { pos.i++; markup = false; }
    else len--;
  } else if (atEnd && !markup) {
    // plain text to the end
  }
  const literal = s.slice(start, start + len);
  if (!markup) return [literal, null, null, null];
  const [name, spec, conv] = parseField(s, pos);
  return [literal, name, spec, conv];
}

/** parse_field: the field name, conversion and format spec after a '{', through its closing '}' */
function parseField(s: string, pos: { i: number }): [string, string, string | null] {
  const nameStart = pos.i;
  let c = "";
  while (pos.i < s.length) {
    c = s[pos.i++];
    if (c === "{") throw pyError(ValueError, "unexpected '{' in field name");
    if (c === "[") {
      while (pos.i < s.length && s[pos.i] !== "]") pos.i++;
      continue;
    }
    if (c === "}" || c === ":" || c === "!") break;
    c = "";
  }
  const name = s.slice(nameStart, pos.i - (c ? 1 : 0));
  if (c === "!" || c === ":") {
    let conv: string | null = null;
    if (c === "!") {
      if (pos.i >= s.length) throw pyError(ValueError, "end of string while looking for conversion specifier");
      conv = s[pos.i++];
      if (pos.i < s.length) {
        const d = s[pos.i++];
        if (d === "}") return [name, "", conv];
        if (d !== ":") throw pyError(ValueError, "expected ':' after conversion specifier");
      }
    }
    const specStart = pos.i;
    let count = 1;
    while (pos.i < s.length) {
      const d = s[pos.i++];
      if (d === "{") count++;
      else if (d === "}" && --count === 0) return [name, s.slice(specStart, pos.i - 1), conv];
    }
    throw pyError(ValueError, "unmatched '{' in format spec");
  }
  if (c !== "}") throw pyError(ValueError, "expected '}' before end of string");
  return [name, "", null];
}

/** get_integer: a decimal index, or -1 when the text is not all digits */
function getInteger(s: string): number {
  if (!s || !/^[0-9]+$/.test(s)) return -1;
  const n = Number(s);
  if (!Number.isSafeInteger(n) || n > 9223372036854775807) throw pyError(ValueError, "Too many decimal digits in format string");
  return n;
}

function fieldNameSplit(s: string): [PyValue, PyValue] {
  let i = 0;
  while (i < s.length && s[i] !== "." && s[i] !== "[") i++;
  const first = s.slice(0, i);
  const idx = getInteger(first);
  let pos = i;
  const it = new PyNativeIterator(FieldNameIteratorType, () => {
    if (pos >= s.length) return undefined;
    const c = s[pos++];
    let name: string, isAttr: boolean;
    if (c === ".") {
      isAttr = true;
      const st = pos;
      while (pos < s.length && s[pos] !== "." && s[pos] !== "[") pos++;
      name = s.slice(st, pos);
    } else if (c === "[") {
      isAttr = false;
      const st = pos;
      while (pos < s.length && s[pos] !== "]") pos++;
      if (pos >= s.length) throw pyError(ValueError, "Missing ']' in format string");
      name = s.slice(st, pos++);
    } else throw pyError(ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    if (name === "") throw pyError(ValueError, "Empty attribute in format string");
    const k = isAttr ? -1 : getInteger(name);
    return tuple([isAttr, k === -1 ? name : k]);
  });
  return [idx === -1 ? first : idx, it];
}

export function makeString(): PyModule {
  const m = new PyModule("_string");
  const strArg = (fname: string, args: PyValue[], kwnames: readonly string[] | null): string => {
    if (kwnames && kwnames.length) throw pyError(TypeError, `_string.${fname}() takes no keyword arguments`);
    if (args.length !== 1) throw pyError(TypeError, `_string.${fname}() takes exactly one argument (${args.length} given)`);
    const s = args[0];
    if (typeof s !== "string") throw pyError(TypeError, `expected str, got ${typeName(s)}`);
    return s;
  };
  m.dict.set("formatter_parser", new PyBuiltin("formatter_parser", (args, kw) => {
    const s = strArg("formatter_parser", args, kw);
    const pos = { i: 0 };
    return new PyNativeIterator(FormatterIteratorType, () => {
      const r = markupNext(s, pos);
      return r === null ? undefined : tuple(r.map((x) => (x === null ? None : x)));
    });
  }, m));
  m.dict.set("formatter_field_name_split", new PyBuiltin("formatter_field_name_split", (args, kw) => {
    const s = strArg("formatter_field_name_split", args, kw);
    return tuple(fieldNameSplit(s));
  }, m));
  return m;
}
