// An expression back to source text, as the compiler needs it for `from __future__ import
// annotations` (annotations become strings). A port of CPython 3.14's Python/ast_unparse.c
// (_PyAST_ExprAsUnicode), which differs from Lib/ast.py's unparse in places (spacing, parentheses,
// `1e309` for infinities): the strings must be CPython's.
import type * as A from "../parse/ast.js";
import { PY_ELLIPSIS, PyComplex, type ConstantValue } from "../parse/constants.js";
import { reprConstant, reprStr } from "../parse/repr.js";

const enum PR {
  TUPLE, TEST, OR, AND, NOT, CMP, EXPR, BOR = EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM,
}

const BINOPS: Record<A.OperatorKind["_type"], [string, PR]> = {
  Add: [" + ", PR.ARITH], Sub: [" - ", PR.ARITH], Mult: [" * ", PR.TERM], MatMult: [" @ ", PR.TERM],
  Div: [" / ", PR.TERM], Mod: [" % ", PR.TERM], LShift: [" << ", PR.SHIFT], RShift: [" >> ", PR.SHIFT],
  BitOr: [" | ", PR.BOR], BitXor: [" ^ ", PR.BXOR], BitAnd: [" & ", PR.BAND], FloorDiv: [" // ", PR.TERM],
  Pow: [" ** ", PR.POWER],
};
const CMPOPS: Record<A.CmpOpKind["_type"], string> = {
  Eq: " == ", NotEq: " != ", Lt: " < ", LtE: " <= ", Gt: " > ", GtE: " >= ", Is: " is ", IsNot: " is not ",
  In: " in ", NotIn: " not in ",
};

/** _PyAST_ExprAsUnicode */
export function exprAsUnicode(e: A.ExprNode): string {
  return expr(e, PR.TEST);
}

/** repr() with infinities written as 1e309 (append_repr's _str_replace_inf). */
function constantRepr(v: ConstantValue): string {
  const r = reprConstant(v);
  return typeof v === "number" || v instanceof PyComplex ? r.replace(/inf/g, "1e309") : r;
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s;
}

function comprehensions(gens: A.comprehension[]): string {
  let out = "";
  for (const g of gens) {
    out += g.is_async ? " async for " : " for ";
    out += expr(g.target, PR.TUPLE) + " in " + expr(g.iter, PR.TEST + 1);
    for (const c of g.ifs) out += " if " + expr(c, PR.TEST + 1);
  }
  return out;
}

function args(a: A.arguments): string {
  const parts: string[] = [];
  const npos = a.posonlyargs.length, nargs = a.args.length, ndef = a.defaults.length;
  for (let i = 0; i < npos + nargs; i++) {
    let s = (i < npos ? a.posonlyargs[i] : a.args[i - npos]).arg;
    const di = i - npos - nargs + ndef;
    if (di >= 0) s += "=" + expr(a.defaults[di], PR.TEST);
    if (npos && i + 1 === npos) s += ", /";
    parts.push(s);
  }
  if (a.vararg || a.kwonlyargs.length) parts.push("*" + (a.vararg ? a.vararg.arg : ""));
  a.kwonlyargs.forEach((k, i) => {
    const d = a.kw_defaults[i];
    parts.push(k.arg + (d ? "=" + expr(d, PR.TEST) : ""));
  });
  if (a.kwarg) parts.push("**" + a.kwarg.arg);
  return parts.join(", ");
}

/** append_fstring_element / build_fstring_body */
function fstringBody(values: A.ExprNode[], isFormatSpec: boolean): string {
  let out = "";
  for (const v of values) out += fstringElement(v, isFormatSpec);
  return out;
}

function fstringElement(e: A.ExprNode, isFormatSpec: boolean): string {
  switch (e._type) {
    case "Constant": return String(e.value).replace(/\{/g, "{{").replace(/\}/g, "}}");
    case "JoinedStr": return joinedStr(e, isFormatSpec);
    case "FormattedValue": {
      const inner = expr(e.value, PR.TEST + 1);
      let out = (inner.startsWith("{") ? "{ " : "{") + inner;
      if (e.conversion !== -1) out += "!" + String.fromCharCode(e.conversion);
      if (e.format_spec) out += ":" + fstringElement(e.format_spec, true);
      return out + "}";
    }
    default: throw new Error(`unparse: unknown expression kind inside f-string: ${e._type}`);
  }
}

function joinedStr(e: A.JoinedStr, isFormatSpec: boolean): string {
  const body = fstringBody(e.values, isFormatSpec);
  return isFormatSpec ? body : "f" + reprStr(body);
}

function expr(e: A.ExprNode, level: number): string {
  switch (e._type) {
    case "BoolOp": {
      const [op, pr] = e.op._type === "And" ? [" and ", PR.AND] : [" or ", PR.OR];
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(op));
    }
    case "BinOp": {
      const [op, pr] = BINOPS[e.op._type];
      const rassoc = e.op._type === "Pow" ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case "UnaryOp": {
      const [op, pr] = e.op._type === "Invert" ? ["~", PR.FACTOR] : e.op._type === "Not" ? ["not ", PR.NOT]
        : e.op._type === "UAdd" ? ["+", PR.FACTOR] : ["-", PR.FACTOR];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case "Lambda": {
      const npos = e.args.args.length + e.args.posonlyargs.length;
      return paren(level > PR.TEST, (npos ? "lambda " : "lambda") + args(e.args) + ": " + expr(e.body, PR.TEST));
    }
    case "IfExp":
      return paren(level > PR.TEST,
        expr(e.body, PR.TEST + 1) + " if " + expr(e.test, PR.TEST + 1) + " else " + expr(e.orelse, PR.TEST));
    case "Dict":
      return "{" + e.keys.map((k, i) => (k ? expr(k, PR.TEST) + ": " + expr(e.values[i], PR.TEST)
        : "**" + expr(e.values[i], PR.EXPR))).join(", ") + "}";
    case "Set":
      return e.elts.length ? "{" + e.elts.map((x) => expr(x, PR.TEST)).join(", ") + "}" : "{*()}";
    case "ListComp": return "[" + expr(e.elt, PR.TEST) + comprehensions(e.generators) + "]";
    case "SetComp": return "{" + expr(e.elt, PR.TEST) + comprehensions(e.generators) + "}";
    case "DictComp":
      return "{" + expr(e.key, PR.TEST) + ": " + expr(e.value, PR.TEST) + comprehensions(e.generators) + "}";
    case "GeneratorExp": return "(" + expr(e.elt, PR.TEST) + comprehensions(e.generators) + ")";
    case "Await": return paren(level > PR.AWAIT, "await " + expr(e.value, PR.ATOM));
    case "Yield": return e.value ? "(yield " + expr(e.value, PR.TEST) + ")" : "(yield)";
    case "YieldFrom": return "(yield from " + expr(e.value, PR.TEST) + ")";
    case "Compare": {
      let s = expr(e.left, PR.CMP + 1);
      e.ops.forEach((op, i) => { s += CMPOPS[op._type] + expr(e.comparators[i], PR.CMP + 1); });
      return paren(level > PR.CMP, s);
    }
    case "Call": {
      const f = expr(e.func, PR.ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === "GeneratorExp") {
        return f + expr(e.args[0], PR.TEST);
      }
      const parts = e.args.map((a) => expr(a, PR.TEST));
      for (const k of e.keywords) parts.push((k.arg === null ? "**" : k.arg + "=") + expr(k.value, PR.TEST));
      return f + "(" + parts.join(", ") + ")";
    }
    case "Constant": {
      if (e.value === PY_ELLIPSIS) return "...";
      return (e.kind ?? "") + constantRepr(e.value);
    }
    case "JoinedStr": return joinedStr(e, false);
    case "FormattedValue": return "f" + reprStr(fstringElement(e, false));
    case "TemplateStr": case "Interpolation": throw new Error("unparse: template strings are not supported");
    case "Attribute": {
      const v = e.value;
      const period = v._type === "Constant" && typeof v.value === "bigint" ? " ." : ".";
      return expr(v, PR.ATOM) + period + e.attr;
    }
    case "Subscript": {
      let inner: string;
      const sl = e.slice;
      if (sl._type === "Tuple" && sl.elts.length) {
        inner = sl.elts.map((x) => expr(x, PR.TUPLE)).join(", ") + (sl.elts.length === 1 ? "," : "");
      } else {
        inner = expr(sl, PR.TUPLE);
      }
      return expr(e.value, PR.ATOM) + "[" + inner + "]";
    }
    case "Starred": return "*" + expr(e.value, PR.EXPR);
    case "Name": return e.id;
    case "List": return "[" + e.elts.map((x) => expr(x, PR.TEST)).join(", ") + "]";
    case "Tuple": {
      if (!e.elts.length) return "()";
      return paren(level > PR.TUPLE, e.elts.map((x) => expr(x, PR.TEST)).join(", ") + (e.elts.length === 1 ? "," : ""));
    }
    case "Slice":
      return (e.lower ? expr(e.lower, PR.TEST) : "") + ":" + (e.upper ? expr(e.upper, PR.TEST) : "") +
        (e.step ? ":" + expr(e.step, PR.TEST) : "");
    case "NamedExpr":
      return paren(level > PR.TUPLE, expr(e.target, PR.ATOM) + " := " + expr(e.value, PR.ATOM));
  }
}
