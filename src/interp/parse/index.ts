// Public face of the parser: parse(source) -> AST (CPython 3.14 ast.parse), dump(), SyntaxError.
export { parse, type ParseMode, type ParseWarning, type ParseOptions } from "./parser.js";
export { dump } from "./dump.js";
export { PySyntaxError, PySourceTooComplex } from "./errors.js";
export type * from "./ast.js";
