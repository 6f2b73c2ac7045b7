// _ast (CPython: Python/Python-ast.c, generated from Parser/Python.asdl): the node classes of Lib/ast,
// with 3.13+'s constructor (positional and keyword fields, defaults for optional and list fields,
// DeprecationWarnings for missing and unknown ones), _fields/_attributes/__match_args__/
// _field_types, 3.14's repr, __reduce__; and the conversions between tspy's parser trees and
// these objects (ast.parse, and compile() of an AST object).
// The classes are written in Python, generated here from the node table the parser uses
// (src/interp/parse/ast.ts NODE_SPECS), so the parser, ast.dump and this module cannot drift apart.
import { NODE_SPECS, SUM_ATTRIBUTES, type Node } from "../../parse/ast.js";
import { PY_ELLIPSIS, PyBytes, PyComplex, type ConstantValue } from "../../parse/constants.js";
import { Ellipsis, None, PyType, typeOf, type PyValue } from "../../objects/object.js";
import { PyList, PyTuple } from "../../objects/containers.js";
import type { PyModule } from "../../objects/functions.js";
import { PyInstance, getattrOrUndefined, isInt } from "../../objects/abstract.js";
import { pyError, TypeError } from "../../objects/exceptions.js";
import { float, normBig, PyFloat } from "../../objects/numbers.js";
import { PyBytesObject } from "../../objects/bytes.js";
import { newComplex } from "../../objects/complex.js";
import { moduleFromSource } from "./pysource.js";

const PY_TYPE_OF: Record<string, string> = { identifier: "str", string: "str", int: "int", constant: "object" };

function source(): string {
  const lines: string[] = [String.raw`
import sys as _sys

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192
PyCF_OPTIMIZED_AST = 33792

def _warn(msg):
    import warnings
    warnings.warn(msg, DeprecationWarning, stacklevel=3)

def _repr(node, depth):
    cls = type(node)
    name = 'ast.AST' if cls is AST else cls.__name__
    if depth <= 0:
        return f'{name}(...)'
    parts = []
    for f in cls._fields:
        try:
            v = getattr(node, f)
        except AttributeError:
            continue
        if isinstance(v, list):
            items = [_repr(x, depth - 1) if isinstance(x, AST) else repr(x) for x in v]
            if len(items) > 2:
                items = [items[0], '...', items[-1]]
            parts.append(f'{f}=[{", ".join(items)}]')
        elif isinstance(v, AST):
            parts.append(f'{f}={_repr(v, depth - 1)}')
        else:
            parts.append(f'{f}={v!r}')
    return f'{name}({", ".join(parts)})'

class AST:
    __module__ = 'ast'
    _fields = ()
    _attributes = ()
    __match_args__ = ()
    _field_types = {}
    _kinds = {}

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{cls.__name__} constructor takes at most {n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for key, value in kwargs.items():
            if key in fields[:len(args)]:
                raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
            if key not in fields and key not in cls._attributes:
                _warn(f"{cls.__name__}.__init__ got an unexpected keyword argument {key!r}. "
                      "Support for arbitrary keyword arguments is deprecated and will be removed in Python 3.15.")
            setattr(self, key, value)
        kinds = cls._kinds
        for f in fields:
            if f in self.__dict__:
                continue
            kind = kinds.get(f)
            if kind is None:
                continue
            if kind in ('*', '?*'):
                setattr(self, f, [])
            elif kind == '?':
                pass  # the class attribute None stands in (Python-ast.c add_ast_fields)
            elif kind == 'expr_context':
                setattr(self, f, Load())
            else:
                _warn(f"{cls.__name__}.__init__ missing 1 required positional argument: {f!r}. "
                      "This will become an error in Python 3.15.")

    def __repr__(self):
        return _repr(self, 3)

    def __reduce__(self):
        # None placeholders for the leading fields that have values; the state without the
        # optional fields that are None (they default to None again)
        cls = type(self)
        d = dict(self.__dict__)
        n = 0
        for f in cls._fields:
            if d.get(f) is None:
                break
            n += 1
        for f, kind in cls._kinds.items():
            if kind == '?' and f in d and d[f] is None:
                del d[f]
        return cls, (None,) * n, d

    def __replace__(self, **kwargs):
        cls = type(self)
        for key in kwargs:
            if key not in cls._fields and key not in cls._attributes:
                raise TypeError(f"{cls.__name__}.__replace__ got an unexpected keyword argument {key!r}.")
        d = {k: v for k, v in self.__dict__.items()}
        d.update(kwargs)
        return cls(**d)
`];
  for (const [sum, attrs] of Object.entries(SUM_ATTRIBUTES)) {
    lines.push(`class ${sum}(AST):\n    __module__ = 'ast'\n    _attributes = (${attrs.map((a) => `'${a}', `).join("")})\n`);
  }
  const fieldTypes: string[] = [];
  for (const [name, spec] of Object.entries(NODE_SPECS)) {
    const base = spec.sum in SUM_ATTRIBUTES ? spec.sum : "AST";
    const fields = spec.fields.map(([f]) => `'${f}', `).join("");
    const kinds = spec.fields.map(([f, k], i) => `'${f}': '${k === "" && spec.types[i] === "expr_context" ? "expr_context" : k}'`).join(", ");
    const types = spec.fields.map(([f, k], i) => {
      const t = spec.types[i];
      const py = PY_TYPE_OF[t] ?? t;
      return `'${f}': ${k === "*" ? `list[${py}]` : k === "?*" ? `list[${py} | None]` : k === "?" ? `${py} | None` : py}`;
    }).join(", ");
    const doc = `${name}(${spec.fields.map(([f, k], i) => `${spec.types[i]}${k} ${f}`).join(", ")})`;
    const optional = spec.fields.filter(([, k]) => k === "?").map(([f]) => `    ${f} = None\n`).join("");
    lines.push(`class ${name}(${base}):\n    __module__ = 'ast'\n    __doc__ = ${JSON.stringify(doc)}\n    _fields = (${fields})\n    __match_args__ = _fields\n${optional}` +
      (spec.sum in SUM_ATTRIBUTES ? "" : `    _attributes = (${spec.attributes.map((a) => `'${a}', `).join("")})\n`) +
      `    _kinds = {${kinds}}\n`);
    fieldTypes.push(`${name}._field_types = {${types}}`);
  }
  return lines.join("\n") + "\n" + fieldTypes.join("\n") + "\n";
}

let cached: string | null = null;
export function makeAst(): PyModule {
  cached ??= source();
  return moduleFromSource("_ast", cached);
}

/** A ConstantValue of the parser as a Python object. */
function constant(v: ConstantValue): PyValue {
  if (v === null) return None;
  switch (typeof v) {
    case "string": case "boolean": return v;
    case "bigint": return normBig(v);
    case "number": return float(v);
    case "symbol": return Ellipsis;
  }
  if (v instanceof PyBytes) return new PyBytesObject(v.bytes);
  if (v instanceof PyComplex) return newComplex(v.real, v.imag);
  return None;
}

/** tspy's parser tree -> instances of the _ast module's classes (ast.parse). */
export function astToPy(node: Node, mod: PyModule): PyValue {
  const cls = new Map<string, PyType>();
  const classOf = (n: string): PyType => {
    let c = cls.get(n);
    if (!c) cls.set(n, (c = mod.dict.get(n) as PyType));
    return c;
  };
  const conv = (v: unknown, type: string): PyValue => {
    if (v === null || v === undefined) return None;
    if (Array.isArray(v)) return new PyList(v.map((x) => conv(x, type)));
    if (type === "constant") return constant(v as ConstantValue);
    if (typeof v === "object" && v !== null && "_type" in v) {
      const n = v as Record<string, unknown>;
      const spec = NODE_SPECS[n._type as string];
      const o = new PyInstance(classOf(n._type as string));
      spec.fields.forEach(([f], i) => o.dict!.set(f, conv(n[f], spec.types[i])));
      for (const a of spec.attributes) if (n[a] !== undefined && n[a] !== null) o.dict!.set(a, n[a] as number);
      return o;
    }
    if (typeof v === "number") return v;
    if (typeof v === "string") return v;
    return None;
  };
  return conv(node, "mod");
}

/** Python AST objects -> tspy's parser tree, for compile(tree, ...). Checks each node's class and
 *  required fields as CPython's obj2ast_* do, with their TypeError/ValueError messages. */
export function pyToAst(obj: PyValue, mod: PyModule): Node {
  const AST = mod.dict.get("AST") as PyType;
  const nodeName = (o: PyValue): string | null => {
    if (!(o instanceof PyInstance) || !typeOf(o).isSubtype(AST)) return null;
    for (const t of typeOf(o).mro) if (NODE_SPECS[t.name] && mod.dict.get(t.name) === t) return t.name;
    return null;
  };
  const conv = (v: PyValue, type: string, owner: string, field: string): unknown => {
    if (type === "constant") return toConstant(v);
    if (type === "identifier" || type === "string") {
      if (typeof v !== "string") throw pyError(TypeError, `AST ${type} must be of type str`);
      return v;
    }
    if (type === "int") {
      if (!isInt(v) && typeof v !== "boolean") throw pyError(TypeError, `invalid integer value: ${String(v)}`);
      return Number(v);
    }
    const n = nodeName(v);
    if (n === null) throw pyError(TypeError, `expected some sort of ${type}, but got ${reprShort(v)}`);
    const spec = NODE_SPECS[n];
    const out: Record<string, unknown> = { _type: n };
    // obj2ast_*: the node's own attributes are read before its fields
    for (const a of spec.attributes) {
      const av = getattrOrUndefined(v, a);
      if (av === undefined || av === None) {
        if (a === "lineno" || a === "col_offset") throw pyError(TypeError, `required field "${a}" missing from ${spec.sum}`);
        out[a] = a === "end_lineno" ? out.lineno : out.col_offset;
        continue;
      }
      out[a] = Number(av);
    }
    spec.fields.forEach(([f, kind], i) => {
      const fv = getattrOrUndefined(v, f);
      if (kind === "*" || kind === "?*") {
        if (fv === undefined || fv === None) { out[f] = []; return; }
        if (!(fv instanceof PyList)) throw pyError(TypeError, `${n} field "${f}" must be a list, not a ${typeOf(fv).name}`);
        out[f] = fv.items.map((x) => (kind === "?*" && x === None ? null : conv(x, spec.types[i], n, f)));
        return;
      }
      if (fv === undefined || fv === None) {
        if (kind === "?") { out[f] = null; return; }
        throw pyError(TypeError, `required field "${f}" missing from ${n}`);
      }
      out[f] = conv(fv, spec.types[i], n, f);
    });
    void owner; void field;
    return out;
  };
  const top = nodeName(obj);
  if (top === null || NODE_SPECS[top].sum !== "mod") {
    throw pyError(TypeError, `expected Module, Expression, Interactive or FunctionType node, got ${typeOf(obj).name}`);
  }
  return conv(obj, "mod", "", "") as Node;
}

function reprShort(v: PyValue): string {
  return v instanceof PyInstance ? `<${typeOf(v).module}.${typeOf(v).name} object>` : typeOf(v).name;
}

function toConstant(v: PyValue): ConstantValue {
  if (v === None) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number" || typeof v === "bigint") return BigInt(v);
  if (v instanceof PyFloat) return v.value;
  if (v === Ellipsis) return PY_ELLIPSIS;
  if (v instanceof PyBytesObject) return new PyBytes(v.bytes);
  if (v instanceof PyTuple) throw pyError(TypeError, "tuple constants are not supported in compiled ASTs yet");
  const c = v as unknown as { real?: number; imag?: number };
  if (typeOf(v).name === "complex" && typeof c.real === "number") return new PyComplex(c.real, c.imag ?? 0);
  throw pyError(TypeError, `got an invalid type in Constant: ${typeOf(v).name}`);
}
