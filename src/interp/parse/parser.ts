import type { ModNode } from "./ast.js";
export type ParseMode = "exec" | "eval" | "single";
export function parse(source: string | Uint8Array, filename = "<unknown>", mode: ParseMode = "exec"): ModNode {
  void source; void filename; void mode;
  throw new Error("parser not written yet");
}
