// Generates src/interp/parse/ast.ts from the node table below: the TypeScript node types
// and the runtime field table that ast.dump (src/interp/parse/dump.ts) walks.
// The table restates CPython 3.14's Parser/Python.asdl (node names, field names, field
// kinds: `?` optional, `*` list, `?*` list of optional) in a compact form of our own.
// Run: node scripts/gen-ast.mjs   (test/ast-gen.test.ts checks the output is current)
import { writeFileSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const POS = ["lineno", "col_offset", "end_lineno", "end_col_offset"];

// sum type -> { attrs, ctors: { Name: "field:type, ..." } }
const SPEC = {
  mod: { attrs: [], ctors: {
    Module: "body:stmt*, type_ignores:type_ignore*",
    Interactive: "body:stmt*",
    Expression: "body:expr",
    FunctionType: "argtypes:expr*, returns:expr",
  } },
  stmt: { attrs: POS, ctors: {
    FunctionDef: "name:identifier, args:arguments, body:stmt*, decorator_list:expr*, returns:expr?, type_comment:string?, type_params:type_param*",
    AsyncFunctionDef: "name:identifier, args:arguments, body:stmt*, decorator_list:expr*, returns:expr?, type_comment:string?, type_params:type_param*",
    ClassDef: "name:identifier, bases:expr*, keywords:keyword*, body:stmt*, decorator_list:expr*, type_params:type_param*",
    Return: "value:expr?",
    Delete: "targets:expr*",
    Assign: "targets:expr*, value:expr, type_comment:string?",
    TypeAlias: "name:expr, type_params:type_param*, value:expr",
    AugAssign: "target:expr, op:operator, value:expr",
    AnnAssign: "target:expr, annotation:expr, value:expr?, simple:int",
    For: "target:expr, iter:expr, body:stmt*, orelse:stmt*, type_comment:string?",
    AsyncFor: "target:expr, iter:expr, body:stmt*, orelse:stmt*, type_comment:string?",
    While: "test:expr, body:stmt*, orelse:stmt*",
    If: "test:expr, body:stmt*, orelse:stmt*",
    With: "items:withitem*, body:stmt*, type_comment:string?",
    AsyncWith: "items:withitem*, body:stmt*, type_comment:string?",
    Match: "subject:expr, cases:match_case*",
    Raise: "exc:expr?, cause:expr?",
    Try: "body:stmt*, handlers:excepthandler*, orelse:stmt*, finalbody:stmt*",
    TryStar: "body:stmt*, handlers:excepthandler*, orelse:stmt*, finalbody:stmt*",
    Assert: "test:expr, msg:expr?",
    Import: "names:alias*",
    ImportFrom: "module:identifier?, names:alias*, level:int?",
    Global: "names:identifier*",
    Nonlocal: "names:identifier*",
    Expr: "value:expr",
    Pass: "", Break: "", Continue: "",
  } },
  expr: { attrs: POS, ctors: {
    BoolOp: "op:boolop, values:expr*",
    NamedExpr: "target:expr, value:expr",
    BinOp: "left:expr, op:operator, right:expr",
    UnaryOp: "op:unaryop, operand:expr",
    Lambda: "args:arguments, body:expr",
    IfExp: "test:expr, body:expr, orelse:expr",
    Dict: "keys:expr?*, values:expr*",
    Set: "elts:expr*",
    ListComp: "elt:expr, generators:comprehension*",
    SetComp: "elt:expr, generators:comprehension*",
    DictComp: "key:expr, value:expr, generators:comprehension*",
    GeneratorExp: "elt:expr, generators:comprehension*",
    Await: "value:expr",
    Yield: "value:expr?",
    YieldFrom: "value:expr",
    Compare: "left:expr, ops:cmpop*, comparators:expr*",
    Call: "func:expr, args:expr*, keywords:keyword*",
    FormattedValue: "value:expr, conversion:int, format_spec:expr?",
    Interpolation: "value:expr, str:constant, conversion:int, format_spec:expr?",
    JoinedStr: "values:expr*",
    TemplateStr: "values:expr*",
    Constant: "value:constant, kind:string?",
    Attribute: "value:expr, attr:identifier, ctx:expr_context",
    Subscript: "value:expr, slice:expr, ctx:expr_context",
    Starred: "value:expr, ctx:expr_context",
    Name: "id:identifier, ctx:expr_context",
    List: "elts:expr*, ctx:expr_context",
    Tuple: "elts:expr*, ctx:expr_context",
    Slice: "lower:expr?, upper:expr?, step:expr?",
  } },
  expr_context: { attrs: [], ctors: { Load: "", Store: "", Del: "" } },
  boolop: { attrs: [], ctors: { And: "", Or: "" } },
  operator: { attrs: [], ctors: { Add: "", Sub: "", Mult: "", MatMult: "", Div: "", Mod: "", Pow: "", LShift: "", RShift: "", BitOr: "", BitXor: "", BitAnd: "", FloorDiv: "" } },
  unaryop: { attrs: [], ctors: { Invert: "", Not: "", UAdd: "", USub: "" } },
  cmpop: { attrs: [], ctors: { Eq: "", NotEq: "", Lt: "", LtE: "", Gt: "", GtE: "", Is: "", IsNot: "", In: "", NotIn: "" } },
  comprehension: { attrs: [], ctors: { comprehension: "target:expr, iter:expr, ifs:expr*, is_async:int" } },
  excepthandler: { attrs: POS, ctors: { ExceptHandler: "type:expr?, name:identifier?, body:stmt*" } },
  arguments: { attrs: [], ctors: { arguments: "posonlyargs:arg*, args:arg*, vararg:arg?, kwonlyargs:arg*, kw_defaults:expr?*, kwarg:arg?, defaults:expr*" } },
  arg: { attrs: POS, ctors: { arg: "arg:identifier, annotation:expr?, type_comment:string?" } },
  keyword: { attrs: POS, ctors: { keyword: "arg:identifier?, value:expr" } },
  alias: { attrs: POS, ctors: { alias: "name:identifier, asname:identifier?" } },
  withitem: { attrs: [], ctors: { withitem: "context_expr:expr, optional_vars:expr?" } },
  match_case: { attrs: [], ctors: { match_case: "pattern:pattern, guard:expr?, body:stmt*" } },
  pattern: { attrs: POS, ctors: {
    MatchValue: "value:expr",
    MatchSingleton: "value:constant",
    MatchSequence: "patterns:pattern*",
    MatchMapping: "keys:expr*, patterns:pattern*, rest:identifier?",
    MatchClass: "cls:expr, patterns:pattern*, kwd_attrs:identifier*, kwd_patterns:pattern*",
    MatchStar: "name:identifier?",
    MatchAs: "pattern:pattern?, name:identifier?",
    MatchOr: "patterns:pattern*",
  } },
  type_ignore: { attrs: [], ctors: { TypeIgnore: "lineno:int, tag:string" } },
  type_param: { attrs: POS, ctors: {
    TypeVar: "name:identifier, bound:expr?, default_value:expr?",
    ParamSpec: "name:identifier, default_value:expr?",
    TypeVarTuple: "name:identifier, default_value:expr?",
  } },
};

const SUM_NAMES = Object.keys(SPEC);
const tsOf = (t) => {
  switch (t) {
    case "identifier": case "string": return "string";
    case "int": return "number";
    case "constant": return "ConstantValue";
    default: {
      const sum = SPEC[t];
      if (!sum) throw new Error("unknown type " + t);
      // single-constructor product types are named by their constructor
      const names = Object.keys(sum.ctors);
      return names.length === 1 && names[0] === t ? t : sumTypeName(t);
    }
  }
};
// Sum-type names chosen not to collide with constructor names (stmt Expr, operator Mod, TypeIgnore).
const SUM_TS_NAMES = { mod: "ModNode", stmt: "Stmt", expr: "ExprNode", expr_context: "ExprContext", boolop: "BoolOpKind",
  operator: "OperatorKind", unaryop: "UnaryOpKind", cmpop: "CmpOpKind", excepthandler: "ExceptHandlerNode",
  pattern: "Pattern", type_ignore: "TypeIgnoreNode", type_param: "TypeParam" };
const sumTypeName = (t) => SUM_TS_NAMES[t];

let out = `// GENERATED by scripts/gen-ast.mjs from its node table (CPython 3.14 Parser/Python.asdl). Do not edit.
import type { ConstantValue } from "./constants.js";

export interface Pos { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** Field kinds: "?" optional (None omitted by ast.dump), "*" list, "?*" list of optionals, "" required. */
export type FieldKind = "" | "?" | "*" | "?*";
/** sum: the abstract class a node type derives from (CPython's ast.stmt, ast.expr, ...), or the
 *  product type's own name; types: each field's ASDL type (identifier, int, expr, ...). */
export interface NodeSpec { fields: [string, FieldKind][]; attributes: string[]; sum: string; types: string[] }

`;
const table = [];
for (const sum of SUM_NAMES) {
  const { attrs, ctors } = SPEC[sum];
  const ctorNames = Object.keys(ctors);
  for (const name of ctorNames) {
    const fields = ctors[name] ? ctors[name].split(",").map((f) => f.trim()).map((f) => {
      const [fname, ftype] = f.split(":");
      const m = /^(\w+)(\?\*|\?|\*)?$/.exec(ftype);
      return { fname, base: m[1], kind: m[2] ?? "" };
    }) : [];
    const iname = ctorNames.length === 1 && name === sum ? name : name;
    const lines = [`  _type: "${name}";`];
    for (const f of fields) {
      let t = tsOf(f.base);
      if (f.kind === "?") t = `${t} | null`;
      else if (f.kind === "*") t = `${t}[]`;
      else if (f.kind === "?*") t = `(${t} | null)[]`;
      lines.push(`  ${f.fname}: ${t};`);
    }
    out += `export interface ${iname}${attrs.length ? " extends Pos" : ""} {\n${lines.join("\n")}\n}\n`;
    table.push(`  ${name}: { fields: [${fields.map((f) => `["${f.fname}", "${f.kind}"]`).join(", ")}], attributes: [${attrs.map((a) => `"${a}"`).join(", ")}], sum: "${sum}", types: [${fields.map((f) => `"${f.base}"`).join(", ")}] },`);
  }
  const single = ctorNames.length === 1 && ctorNames[0] === sum;
  if (!single) out += `export type ${sumTypeName(sum)} = ${ctorNames.join(" | ")};\n\n`;
  else out += "\n";
}
out += `export type Node = ${SUM_NAMES.map((s) => tsOf(s)).join(" | ")};\n\n`;
out += `export const NODE_SPECS: Record<string, NodeSpec> = {\n${table.join("\n")}\n};\n`;
out += `\n/** The abstract node classes (sum types with more than one constructor) and their attributes. */\n`;
out += `export const SUM_ATTRIBUTES: Record<string, string[]> = {\n${SUM_NAMES.filter((s) => !(Object.keys(SPEC[s].ctors).length === 1 && Object.keys(SPEC[s].ctors)[0] === s)).map((s) => `  ${s}: [${SPEC[s].attrs.map((a) => `"${a}"`).join(", ")}],`).join("\n")}\n};\n`;

const target = fileURLToPath(new URL("../src/interp/parse/ast.ts", import.meta.url));
if (process.argv.includes("--check")) {
  const cur = readFileSync(target, "utf8");
  if (cur !== out) { console.error("src/interp/parse/ast.ts is stale: run node scripts/gen-ast.mjs"); process.exit(1); }
} else {
  writeFileSync(target, out);
}
