// SyntaxError as the parser and tokenizer raise it: the fields of CPython's SyntaxError
// (Objects/exceptions.c SyntaxError_init): msg, filename, lineno, offset, end_lineno, end_offset, text.
// offset/end_offset are 1-based and count characters (code points), as CPython reports them after
// converting its byte offsets (Parser/pegen_errors.c _PyPegen_raise_error_known_location).

/** CPython's SyntaxError._metadata: where the last completed statement starts, and the source. */
export interface SyntaxErrorMetadata { line: number; offset: number; source: string | null }

export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError" | "_IncompleteInputError";

export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string | null,
    readonly lineno: number | null,
    readonly offset: number | null,
    readonly end_lineno: number | null,
    readonly end_offset: number | null,
    /** The source line (with its newline), or null when CPython has none. */
    readonly text: string | null,
    /** Set by the parser (undefined for errors raised elsewhere). */
    public metadata?: SyntaxErrorMetadata | null,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
  }
}

/**
 * Source nested too deeply for the parser (thousands of unary operators, lambdas, ...). CPython
 * raises MemoryError("Parser stack overflowed - Python source too complex to parse") when its
 * parser passes MAXSTACK levels (Parser/parser.c); tspy raises this when the host stack runs out.
 */
export class PySourceTooComplex extends Error {
  readonly kind = "MemoryError";
  readonly msg = "Parser stack overflowed - Python source too complex to parse";
  constructor() {
    super("MemoryError: Parser stack overflowed - Python source too complex to parse");
  }
}
