// The on-disk compile cache's format (src/interp/compile/marshal.ts): code objects survive the round
// trip exactly. Compared by their disassembly (every code object, constants and tables included)
// and by the fields dis does not show.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { parse } from "../src/interp/parse/index.js";
import { compileModule } from "../src/interp/compile/codegen.js";
import { disassemble } from "../src/interp/compile/dis.js";
import { marshalCode, unmarshalCode } from "../src/interp/compile/marshal.js";
import { CodeObject } from "../src/interp/compile/code.js";
import { reprExtraConst } from "../src/interp/compile/consts.js";
import { stdlibPyFiles } from "./support/stdlib.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

function fields(c: CodeObject): unknown {
  return {
    a: [c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_stacksize, c.co_flags, c.co_firstlineno, c.co_name, c.co_qualname, c.co_filename],
    code: [...c.code], lt: [...c.co_linetable], et: [...c.co_exceptiontable], x: c.exceptionTable, names: c.co_names,
    ln: c.localsplusnames, lk: c.localspluskinds,
    consts: (c.co_consts as unknown[]).map((k) => (k instanceof CodeObject ? fields(k) : typeof k === "bigint" ? `${k}n` : Object.is(k, -0) ? "-0" : k)),
  };
}

test("code objects survive marshalling exactly (programs and part of the stdlib)", () => {
  const inputs: { name: string; src: Uint8Array }[] = readdirSync(join(ROOT, "test/programs")).filter((n) => n.endsWith(".py"))
    .map((n) => ({ name: n, src: new Uint8Array(readFileSync(join(ROOT, "test/programs", n))) }));
  for (const f of stdlibPyFiles().files.filter((f: { name: string }) => /^(enum|argparse|json\/|collections\/|dataclasses|fractions|statistics)/.test(f.name))) {
    inputs.push({ name: f.name, src: f.data });
  }
  let n = 0;
  for (const { name, src } of inputs) {
    let code: CodeObject;
    try {
      code = compileModule(parse(src, name, "exec") as never, { filename: name, source: new TextDecoder().decode(src) });
    } catch {
      continue; // not compilable by tspy (yet): nothing to cache
    }
    const back = unmarshalCode(marshalCode(code));
    const dis = (c: CodeObject) => disassemble(c, { constRepr: reprExtraConst }).replace(/ at 0x[0-9a-f]+/g, " at 0x…"); // addresses are per object
    expect(dis(back), name).toBe(dis(code));
    expect(fields(back), name).toEqual(fields(code));
    n++;
  }
  console.log(`marshal: ${n} modules round-trip exactly`);
  expect(n).toBeGreaterThan(100);
});
