// PEP 765: `return`, `break` and `continue` that would leave a `finally` block earn a SyntaxWarning
// (CPython 3.14: Python/ast_preprocess.c, before_return / before_loop_exit). The innermost of a
// finally body, a loop body or a function body decides: a loop body or a function inside the
// finally makes its own break/continue/return harmless.
import type * as A from "../parse/ast.js";

const enum Ctx { None, Finally, Loop, Func }

export function finallyControlFlowWarnings(mod: A.Module, warn: (message: string, lineno: number) => void): void {
  const walk = (body: A.Stmt[], ctx: Ctx): void => {
    for (const s of body) stmt(s, ctx);
  };
  const stmt = (s: A.Stmt, ctx: Ctx): void => {
    switch (s._type) {
      case "Return": if (ctx === Ctx.Finally) warn("'return' in a 'finally' block", s.lineno); break;
      case "Break": if (ctx === Ctx.Finally) warn("'break' in a 'finally' block", s.lineno); break;
      case "Continue": if (ctx === Ctx.Finally) warn("'continue' in a 'finally' block", s.lineno); break;
      case "FunctionDef": case "AsyncFunctionDef": walk(s.body, Ctx.Func); break;
      case "ClassDef": walk(s.body, ctx); break;
      case "For": case "AsyncFor": case "While": walk(s.body, Ctx.Loop); walk(s.orelse, ctx); break;
      case "If": walk(s.body, ctx); walk(s.orelse, ctx); break;
      case "With": case "AsyncWith": walk(s.body, ctx); break;
      case "Match": for (const c of s.cases) walk(c.body, ctx); break;
      case "Try": case "TryStar":
        walk(s.body, ctx);
        for (const h of s.handlers) walk(h.body, ctx);
        walk(s.orelse, ctx);
        walk(s.finalbody, Ctx.Finally);
        break;
    }
  };
  walk(mod.body, Ctx.None);
}
