// Names of expressions in "cannot assign to ..." errors and the search for the offending
// sub-target, following CPython 3.14 Parser/pegen.c _PyPegen_get_expr_name and
// Parser/action_helpers.c _PyPegen_get_invalid_target.
import type * as A from "./ast.js";
import { PY_ELLIPSIS } from "./constants.js";

export type TargetKind = "star" | "del" | "for";

export function targetName(e: A.ExprNode): string {
  switch (e._type) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "TemplateStr": case "Interpolation": return "t-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === true) return "True";
      if (v === false) return "False";
      if (v === PY_ELLIPSIS) return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
  }
}

/** The first sub-expression that cannot be a target of `kind`, or null if e is valid. */
export function invalidTarget(e: A.ExprNode, kind: TargetKind): A.ExprNode | null {
  switch (e._type) {
    case "List": case "Tuple":
      for (const x of e.elts) {
        const bad = invalidTarget(x, kind);
        if (bad) return bad;
      }
      return null;
    case "Starred":
      if (kind === "del") return e;
      return invalidTarget(e.value, kind);
    case "Compare":
      // `for x in y` mis-parsed as a comparison: report the left side
      if (kind === "for" && e.ops[0]._type === "In") return invalidTarget(e.left, kind);
      return e;
    case "Name": case "Subscript": case "Attribute":
      return null;
    default:
      return e;
  }
}
