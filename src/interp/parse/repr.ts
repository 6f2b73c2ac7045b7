// Python repr() of constant values, as ast.dump prints them. (Being written: see issue 2.)
import type { ConstantValue } from "./constants.js";
import { PyBytes, PyComplex, PY_ELLIPSIS } from "./constants.js";

export function reprConstant(v: ConstantValue): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (v === PY_ELLIPSIS) return "Ellipsis";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return "'" + v + "'";
  if (v instanceof PyBytes) return "b''";
  if (v instanceof PyComplex) return `${v.imag}j`;
  throw new Error("reprConstant: unexpected value");
}
