// Python constant values as the parser produces them (ast.Constant.value, MatchSingleton.value).
// The representation is shared with the object model later:
//   str      -> JS string (UTF-16; see DEVIATIONS.md on lone surrogates)
//   int      -> bigint (always bigint in the AST, so that 1 and 1.0 stay distinct)
//   float    -> number
//   complex  -> PyComplex
//   bool     -> boolean
//   None     -> null
//   bytes    -> PyBytes
//   Ellipsis -> PY_ELLIPSIS

export class PyBytes {
  constructor(readonly bytes: Uint8Array) {}
}

export class PyComplex {
  constructor(readonly real: number, readonly imag: number) {}
}

export const PY_ELLIPSIS: unique symbol = Symbol("Ellipsis");
export type PyEllipsis = typeof PY_ELLIPSIS;

export type ConstantValue = string | bigint | number | boolean | null | PyBytes | PyComplex | PyEllipsis;
