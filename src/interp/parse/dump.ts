// ast.dump(node, annotate_fields=True, include_attributes=..., show_empty=False) without indent,
// following CPython 3.14 Lib/ast.py dump(): optional fields that are None and list fields that are
// empty are omitted; Constant/MatchSingleton values are printed with Python's repr.
import { NODE_SPECS, type Node } from "./ast.js";
import type { ConstantValue } from "./constants.js";
import { reprConstant } from "./repr.js";

export interface DumpOptions { includeAttributes?: boolean }

export function dump(node: Node, opts: DumpOptions = {}): string {
  const parts: string[] = [];
  format(node as unknown as Record<string, unknown>, opts.includeAttributes ?? false, parts);
  return parts.join("");
}

function format(node: Record<string, unknown>, attrs: boolean, out: string[]): void {
  const type = node._type as string;
  const spec = NODE_SPECS[type];
  if (!spec) throw new Error(`dump: unknown node type ${type}`);
  out.push(type, "(");
  let first = true;
  const sep = () => { if (first) first = false; else out.push(", "); };
  for (const [name, kind] of spec.fields) {
    const value = node[name];
    if (kind === "?" && (value === null || value === undefined)) continue;
    if ((kind === "*" || kind === "?*") && (value as unknown[]).length === 0) continue;
    sep();
    out.push(name, "=");
    formatValue(value, type, name, attrs, out);
  }
  if (attrs) {
    for (const name of spec.attributes) {
      const value = node[name];
      if (value === null || value === undefined) continue;
      sep();
      out.push(name, "=", String(value));
    }
  }
  out.push(")");
}

function formatValue(value: unknown, type: string, field: string, attrs: boolean, out: string[]): void {
  if (Array.isArray(value)) {
    out.push("[");
    for (let i = 0; i < value.length; i++) {
      if (i) out.push(", ");
      formatValue(value[i], type, field, attrs, out);
    }
    out.push("]");
  } else if (value === null || value === undefined) {
    out.push("None");
  } else if (typeof value === "object" && typeof (value as { _type?: unknown })._type === "string") {
    format(value as Record<string, unknown>, attrs, out);
  } else if (field === "value" && (type === "Constant" || type === "MatchSingleton")) {
    out.push(reprConstant(value as ConstantValue));
  } else if (typeof value === "number") {
    out.push(String(value)); // int fields: conversion, simple, level, is_async, lineno
  } else {
    out.push(reprConstant(value as string)); // identifiers and strings print with repr()
  }
}
