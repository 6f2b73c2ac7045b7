// The interpreter's host side of I/O, which differential tests cannot reach (the oracle runs in
// pyodide, with an in-memory file system, emscripten's errno numbers and sys.stdout replaced by a
// StringIO): input() and sys.stdin from the embedder's stdin, the standard streams' buffering,
// Linux errno numbers in messages, and the file-system sandbox (Interpreter({ fs })).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { Interpreter, type InterpreterOptions } from "../src/interp/vm/interpreter.js";

function run(source: string, opts: InterpreterOptions = {}): { out: string; err: string; exit: number } {
  let out = "", err = "";
  const interp = new Interpreter({ stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, ...opts });
  interp.argv = ["prog.py"];
  const r = interp.runMain(source, "prog.py");
  return { out, err, exit: r.exitCode };
}

describe("input() and sys.stdin", () => {
  test("input() writes the prompt to stdout and returns the line without its newline", () => {
    const r = run('name = input("Name? ")\nprint("hi", name)\nprint(repr(input()))\n', { stdin: "alice\nbob\n" });
    expect(r).toEqual({ out: "Name? hi alice\n'bob'\n", err: "", exit: 0 });
  });
  test("the last line may lack a newline; then EOFError", () => {
    const r = run("print(input())\ntry:\n    input('more? ')\nexcept EOFError as e:\n    print(type(e).__name__, e)\n", { stdin: "last" });
    expect(r).toEqual({ out: "last\nmore? EOFError EOF when reading a line\n", err: "", exit: 0 });
  });
  test("an uncaught EOFError is CPython's traceback", () => {
    const r = run("input()\n", { stdin: "" });
    expect(r.exit).toBe(1);
    expect(r.err).toMatch(/EOFError: EOF when reading a line\n$/);
  });
  test("sys.stdin reads lines, iterates and reads the rest; UTF-8 split across reads", () => {
    const bytes = new TextEncoder().encode("é1\nline2\nrest\nof it");
    let i = 0;
    // one byte at a time: the decoder must join the two bytes of é
    const stdin = (max: number) => bytes.subarray(i, (i = Math.min(bytes.length, i + Math.min(max, 1))));
    const r = run("import sys\nprint(repr(sys.stdin.readline()))\nfor line in sys.stdin:\n    print(repr(line))\n    break\nprint(repr(sys.stdin.read()))\n", { stdin });
    expect(r.out).toBe("'é1\\n'\n'line2\\n'\n'rest\\nof it'\n");
  });
  test("input() flushes sys.stderr and reads from a replaced sys.stdin", () => {
    const r = run("import sys, io\nsys.stdin = io.StringIO('from stringio\\n')\nprint(input('> '))\n", { stdin: "" });
    expect(r.out).toBe("> from stringio\n");
  });
});

describe("standard streams", () => {
  // (both orderings as native CPython prints them on a pty and into a pipe, PYTHONUNBUFFERED unset:
  // line buffering holds the "b" without a newline back, so the raw write overtakes it)
  test("print, sys.stdout.write and os.write(1) reach the same sink; a tty-like sink is line-buffered", () => {
    const r = run("import os, sys\nprint('a')\nsys.stdout.write('b')\nos.write(1, b'<raw>')\nsys.stdout.write('\\n')\nprint(sys.stdout.line_buffering, sys.stderr.line_buffering)\n", { isatty: true });
    expect(r.out).toBe("a\n<raw>b\nTrue True\n");
  });
  test("without a terminal, stdout is block-buffered as CPython's (os.write overtakes print) and flushed at exit", () => {
    const r = run("import os, sys\nprint('a')\nos.write(1, b'b\\n')\nprint(sys.stdout.line_buffering, sys.stdout.isatty())\n", { isatty: false });
    expect(r.out).toBe("b\na\nFalse False\n");
  });
  test("stdout is flushed when the program ends with an exception or sys.exit", () => {
    expect(run("print('before')\nraise ValueError('x')\n", { isatty: false })).toMatchObject({ out: "before\n", exit: 1 });
    expect(run("import sys\nprint('bye', end='')\nsys.exit(3)\n", { isatty: false })).toMatchObject({ out: "bye", exit: 3 });
  });
  test("sys.stdout and friends are TextIOWrappers over fds 0, 1, 2", () => {
    const r = run("import sys\nfor s in (sys.stdin, sys.stdout, sys.stderr):\n    print(s.name, s.mode, s.encoding, s.errors, s.fileno(), type(s.buffer).__name__, s.buffer.raw)\nprint(sys.stdout is sys.__stdout__)\n", { stdin: "" });
    expect(r.out).toBe(
      "<stdin> r utf-8 strict 0 BufferedReader <_io.FileIO name='<stdin>' mode='rb' closefd=False>\n" +
      "<stdout> w utf-8 strict 1 BufferedWriter <_io.FileIO name='<stdout>' mode='wb' closefd=False>\n" +
      "<stderr> w utf-8 backslashreplace 2 BufferedWriter <_io.FileIO name='<stderr>' mode='wb' closefd=False>\nTrue\n");
  });
  test("a traceback goes through sys.stderr (a replaced one gets it)", () => {
    const r = run("import sys, io\nsys.stderr = io.StringIO()\nraise KeyError('k')\n");
    expect(r.err).toBe("");
    expect(r.exit).toBe(1);
  });
});

describe("host files and Linux errno numbers", () => {
  const dir = mkdtempSync(join(tmpdir(), "tspy-io-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("OSError messages carry Linux's errno and the filename", () => {
    const missing = join(dir, "missing.txt");
    const r = run(`open(${JSON.stringify(missing)})\n`);
    expect(r.exit).toBe(1);
    expect(r.err).toMatch(new RegExp(`FileNotFoundError: \\[Errno 2\\] No such file or directory: '${missing}'\\n$`));
    const r2 = run(`import os\nos.mkdir(${JSON.stringify(dir)})\n`);
    expect(r2.err).toMatch(/FileExistsError: \[Errno 17\] File exists: '.*'\n$/);
    const r3 = run(`import os\ntry:\n    os.rename('${missing}', '${missing}2')\nexcept OSError as e:\n    print(e)\n`);
    expect(r3.out).toBe(`[Errno 2] No such file or directory: '${missing}' -> '${missing}2'\n`);
  });
  test("files written by the program are the host's files", () => {
    const p = join(dir, "written.txt");
    const r = run(`with open(${JSON.stringify(p)}, "w") as f:\n    f.write("héllo\\n")\nprint(open(${JSON.stringify(p)}, "rb").read())\n`);
    expect(r.out).toBe("b'h\\xc3\\xa9llo\\n'\n");
    expect(readFileSync(p, "utf8")).toBe("héllo\n");
  });
  test("os.environ is the embedder's env", () => {
    const r = run("import os\nprint(os.environ.get('TSPY_A'), os.environ.get('HOME'))\n", { env: { TSPY_A: "1" } });
    expect(r.out).toBe("1 None\n");
  });
});

describe("the file-system sandbox", () => {
  const root = mkdtempSync(join(tmpdir(), "tspy-sandbox-"));
  const outside = mkdtempSync(join(tmpdir(), "tspy-outside-"));
  mkdirSync(join(root, "sub"));
  writeFileSync(join(root, "sub", "in.txt"), "inside\n");
  writeFileSync(join(outside, "secret.txt"), "secret\n");
  symlinkSync(join(outside, "secret.txt"), join(root, "link.txt"));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  const secret = join(outside, "secret.txt");

  test('fs: "none" refuses every access with PermissionError, never a host crash', () => {
    const src = `import os\nfor f in [lambda: open(${JSON.stringify(secret)}), lambda: os.listdir("/"), lambda: os.stat("/"), lambda: open("new.txt", "w"), lambda: os.mkdir("/tmp/x")]:\n    try:\n        f()\n    except PermissionError as e:\n        print(e)\n`;
    const r = run(src, { fs: "none" });
    expect(r.err).toBe("");
    expect(r.out).toBe(`[Errno 13] Permission denied: '${secret}'\n[Errno 13] Permission denied: '/'\n[Errno 13] Permission denied: '/'\n` +
      "[Errno 13] Permission denied: 'new.txt'\n[Errno 13] Permission denied: '/tmp/x'\n");
    const r2 = run(`open(${JSON.stringify(secret)})\n`, { fs: "none" });
    expect(r2.exit).toBe(1);
    expect(r2.err).toMatch(new RegExp(`PermissionError: \\[Errno 13\\] Permission denied: '${secret}'\\n$`));
  });
  test('fs: "none" still runs the standard library (it is not the host\'s files) and the standard streams', () => {
    const r = run("import os, io, codecs\nprint('ok', 'x'.encode('utf-16'))\n", { fs: "none" });
    expect(r).toEqual({ out: "ok b'\\xff\\xfex\\x00'\n", err: "", exit: 0 });
  });
  test("fs: { root } allows the tree under root and nothing else", () => {
    const inRoot = join(root, "sub", "in.txt");
    const src = [
      "import os",
      `print(open(${JSON.stringify(inRoot)}).read(), end='')`,
      `with open(${JSON.stringify(join(root, "new.txt"))}, "w") as f: f.write("made")`,
      `print(sorted(os.listdir(${JSON.stringify(root)})))`,
      `for p in [${JSON.stringify(secret)}, ${JSON.stringify(join(root, "..", "x"))}, ${JSON.stringify(join(root, "link.txt"))}, "/etc/passwd"]:`,
      "    try:",
      "        open(p)",
      "    except PermissionError as e:",
      "        print(type(e).__name__, e.filename == p)",
      `try:\n    os.rename(${JSON.stringify(join(root, "new.txt"))}, ${JSON.stringify(join(outside, "stolen.txt"))})\nexcept PermissionError as e:\n    print("rename", e.strerror)`,
    ].join("\n") + "\n";
    const r = run(src, { fs: { root } });
    expect(r.err).toBe("");
    expect(r.out).toBe("inside\n['link.txt', 'new.txt', 'sub']\nPermissionError True\nPermissionError True\nPermissionError True\nPermissionError True\nrename Permission denied\n");
    expect(readFileSync(join(root, "new.txt"), "utf8")).toBe("made");
  });
  test("imports of the program's own modules go through the same sandbox", () => {
    writeFileSync(join(outside, "evilmod.py"), "print('imported!')\n");
    const r = run(`import sys\nsys.path.insert(0, ${JSON.stringify(outside)})\ntry:\n    import evilmod\nexcept ImportError as e:\n    print(type(e).__name__)\n`, { fs: { root } });
    expect(r.out).toBe("ModuleNotFoundError\n");
  });
});

describe("exit", () => {
  test("output buffered in the original sys.stdout is written even after sys.stdout was replaced", () => {
    const r = run("import sys, io\nprint('early')\nsys.stdout = io.StringIO()\nprint('lost in the StringIO')\n", { isatty: false });
    expect(r.out).toBe("early\n");
  });
});

describe("unclosed files", () => {
  test("a writer nobody closed is flushed at exit and before another open()", () => {
    const dir = mkdtempSync(join(tmpdir(), "tspy-unclosed-"));
    try {
      const p = join(dir, "out.txt"), q = join(dir, "later.txt");
      const r = run(`open(${JSON.stringify(p)}, "w").write("first")\nprint(open(${JSON.stringify(p)}).read())\nf = open(${JSON.stringify(q)}, "w")\nf.write("at exit")\n`, { isatty: false });
      expect(r).toEqual({ out: "first\n", err: "", exit: 0 });
      expect(readFileSync(q, "utf8")).toBe("at exit");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("opening a file does not flush the standard streams", () => {
  test("print's block-buffered output still comes after a raw write (as CPython into a pipe)", () => {
    const r = run("import os\nprint('a')\nopen(os.devnull).close()\nos.write(1, b'b\\n')\n", { isatty: false });
    expect(r.out).toBe("b\na\n");
  });
});

describe("DEVIATIONS.md 'Files and the standard streams'", () => {
  test("a writer still in use is flushed when another file is opened (CPython would print '')", () => {
    const dir = mkdtempSync(join(tmpdir(), "tspy-inuse-"));
    try {
      const p = JSON.stringify(join(dir, "f.txt"));
      const r = run(`w = open(${p}, "w")\nw.write("unflushed")\nprint(repr(open(${p}).read()))\nw.close()\n`);
      expect(r.out).toBe("'unflushed'\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the embedder's files through the host file system", () => {
  test("files given to the interpreter, and the __main__ source, can be opened (read-only) where the host has none", () => {
    const r = run([
      "print(open('/app/data.txt').read(), open('/app/data.txt', 'rb').read())",
      "import os",
      "print(os.path.exists('/app/data.txt'), os.path.getsize('/app/data.txt'), open(__file__).readline(), end='')",
      "try:",
      "    open('/app/data.txt', 'w')",
      "except PermissionError as e:",
      "    print(type(e).__name__, e.filename)",
    ].join("\n") + "\n", { files: { "/app/data.txt": "héllo" } });
    expect(r).toEqual({ out: "héllo b'h\\xc3\\xa9llo'\nTrue 6 print(open('/app/data.txt').read(), open('/app/data.txt', 'rb').read())\nPermissionError /app/data.txt\n", err: "", exit: 0 });
  });
  test("their folders are directories: stat, listdir, scandir, walk, glob; read-only; a refusal stays one", () => {
    const files = { "/app/pkg/a.txt": "A", "/app/pkg/sub/b.py": "B" };
    const src = [
      "import os, glob, stat",
      "print(os.path.isdir('/app/pkg'), stat.S_ISDIR(os.stat('/app').st_mode), sorted(os.listdir('/app/pkg')))",
      "print([(r, sorted(d), sorted(f)) for r, d, f in os.walk('/app')])",
      "print(sorted(glob.glob('**/*.*', root_dir='/app', recursive=True)), [e.is_dir() for e in os.scandir('/app')])",
      "for f in [lambda: os.mkdir('/app/pkg'), lambda: open('/app/pkg/new', 'w'), lambda: os.remove('/app/pkg/a.txt'), lambda: open('/app/pkg')]:",
      "    try:",
      "        f()",
      "    except OSError as e:",
      "        print(type(e).__name__, e.filename)",
    ].join("\n") + "\n";
    expect(run(src, { files })).toEqual({ out: "True True ['a.txt', 'sub']\n" +
      "[('/app', ['pkg'], []), ('/app/pkg', ['sub'], ['a.txt']), ('/app/pkg/sub', [], ['b.py'])]\n" +
      "['pkg/a.txt', 'pkg/sub/b.py'] [True]\n" +
      "FileExistsError /app/pkg\nPermissionError /app/pkg/new\nPermissionError /app/pkg/a.txt\nIsADirectoryError /app/pkg\n", err: "", exit: 0 });
    const r = run("import os\nprint(open('/app/pkg/a.txt').read(), os.path.isdir('/app/pkg'))\nos.listdir('/app/pkg')\n", { files, fs: "none" });
    expect(r.out).toBe("A False\n");
    expect(r.err).toMatch(/PermissionError: \[Errno 13\] Permission denied: '\/app\/pkg'\n$/);
  });
  test("they stay visible under fs: 'none'", () => {
    const r = run("print(open('/app/x.txt').read())\n", { files: { "/app/x.txt": "given" }, fs: "none" });
    expect(r.out).toBe("given\n");
  });
});
