// The extension in a real VS Code: code-server (VS Code 1.100 in the browser) with tspy-debug.vsix
// installed from file, driven by playwright-core in Debian's headless chromium. Debugs
// examples/debug_demo.py as a person would: breakpoint by clicking the gutter, F5 with no launch.json,
// then asserts what the page shows (current line, call stack, locals, a watch, step over, the Debug
// Console, the program's output), then debugs again from the editor title's "Debug Python File with
// tspy" and stops. A screenshot of each step goes to e2e/screenshots/ (gitignored).
//
// Usage: node e2e/run.mjs path/to/tspy-debug.vsix   (e2e/test-vscode.sh builds, installs and runs it)
import { spawn, execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const E2E = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(E2E, "..", "..");
const VSIX = resolve(process.argv[2] ?? join(E2E, "..", "tspy-debug.vsix"));
const CODE_SERVER = join(E2E, "node_modules", ".bin", "code-server");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TMP = join(E2E, ".tmp", "run");
const SHOTS = join(E2E, "screenshots");
const WORKSPACE = join(TMP, "workspace");
const PROGRAM = join(WORKSPACE, "debug_demo.py");
const BREAKPOINT_LINE = 8; // total = subtotal * (1 + tax)
const TIMEOUT = 90_000; // per wait: generous for 2 cores

const started = Date.now();
const log = (msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${msg}`);
let passed = 0;
let failed = 0;

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

// ---- a fresh profile, workspace and extension install -----------------------------------------
rmSync(TMP, { recursive: true, force: true });
rmSync(SHOTS, { recursive: true, force: true });
mkdirSync(WORKSPACE, { recursive: true });
mkdirSync(SHOTS, { recursive: true });
copyFileSync(join(REPO, "examples", "debug_demo.py"), PROGRAM);
const userData = join(TMP, "user-data");
const extensionsDir = join(TMP, "extensions");
mkdirSync(join(userData, "User"), { recursive: true });
writeFileSync(join(userData, "User", "settings.json"), JSON.stringify({
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "chat.commandCenter.enabled": false,
  "editor.minimap.enabled": false,
  "editor.hover.enabled": false,
  "debug.internalConsoleOptions": "openOnSessionStart",
  "debug.openDebug": "openOnDebugBreak",
  "debug.toolBarLocation": "floating",
  "files.hotExit": "off",
  // the workspace sits inside this repository's checkout: keep git out of it
  "git.enabled": false,
  "git.openRepositoryInParentFolders": "never",
}, null, 2));
const config = join(TMP, "config.yaml");
writeFileSync(config, "");
const env = {
  ...process.env,
  XDG_CONFIG_HOME: join(TMP, "xdg-config"),
  XDG_DATA_HOME: join(TMP, "xdg-data"),
  XDG_CACHE_HOME: join(TMP, "xdg-cache"),
};
const csArgs = ["--config", config, "--user-data-dir", userData, "--extensions-dir", extensionsDir];

log(`installing ${VSIX}`);
if (!existsSync(VSIX)) throw new Error(`no ${VSIX}: run npm run package first`);
const installOut = execFileSync(CODE_SERVER, [...csArgs, "--install-extension", VSIX, "--force"], { env, encoding: "utf8" });
if (!/successfully installed/i.test(installOut)) throw new Error(`install failed:\n${installOut}`);
const listed = execFileSync(CODE_SERVER, [...csArgs, "--list-extensions", "--show-versions"], { env, encoding: "utf8" });
if (!/tspy\.tspy-debug@/.test(listed)) throw new Error(`the extension is not listed:\n${listed}`);
log(`installed: ${listed.trim().split("\n").filter((l) => l.includes("tspy")).join(", ")}`);

// ---- code-server -------------------------------------------------------------------------------
const port = await freePort();
let serverLog = "";
const server = spawn(CODE_SERVER, [
  ...csArgs, "--bind-addr", `127.0.0.1:${port}`, "--auth", "none", "--disable-telemetry", "--disable-update-check",
  "--disable-workspace-trust", "--disable-getting-started-override", "--disable-file-downloads", WORKSPACE,
], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
server.stdout.on("data", (d) => (serverLog += d));
server.stderr.on("data", (d) => (serverLog += d));
await new Promise((res, rej) => {
  const timer = setTimeout(() => rej(new Error(`code-server did not start:\n${serverLog}`)), TIMEOUT);
  const check = () => {
    if (serverLog.includes("HTTP server listening")) { clearTimeout(timer); res(); }
  };
  server.stdout.on("data", check);
  server.on("exit", (code) => rej(new Error(`code-server exited (${code}):\n${serverLog}`)));
});
log(`code-server on 127.0.0.1:${port}`);

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
});
const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
const page = await context.newPage();
page.setDefaultTimeout(TIMEOUT);
let shot = 0;
const screenshot = async (name) => {
  const file = join(SHOTS, `${String(++shot).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path: file });
  return file;
};

async function step(name, fn) {
  const t = Date.now();
  try {
    await fn();
    await screenshot(name);
    passed++;
    log(`ok   ${name} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
  } catch (e) {
    failed++;
    log(`FAIL ${name}: ${e.message.split("\n").slice(0, 6).join("\n     ")}`);
    await screenshot(`${name}-FAILED`).catch(() => {});
    throw e;
  }
}

// ---- page helpers ------------------------------------------------------------------------------
const editor = page.locator(".editor-instance .monaco-editor").first();
/** The box of a line's number in the editor's margin (read in one go: Monaco re-renders lines). */
async function lineBox(line) {
  const handle = await page.waitForFunction((n) => {
    const nums = document.querySelectorAll(".editor-instance .monaco-editor .margin-view-overlays .line-numbers");
    for (const el of nums) {
      if (el.textContent.trim() === String(n)) {
        const r = el.getBoundingClientRect();
        if (r.height > 0) return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
    }
    return false;
  }, line);
  return handle.jsonValue();
}
/** Wait until the debugger highlights `line` as the current line, with the current-frame arrow. */
async function expectCurrentLine(line) {
  try {
    await page.waitForFunction((n) => {
      const ed = document.querySelector(".editor-instance .monaco-editor");
      const centre = (el) => { const r = el.getBoundingClientRect(); return r.height > 0 ? r.top + r.height / 2 : NaN; };
      const num = [...ed.querySelectorAll(".margin-view-overlays .line-numbers")].find((el) => el.textContent.trim() === String(n));
      const top = ed.querySelector(".view-overlays .debug-top-stack-frame-line");
      const arrow = ed.querySelector(".codicon-debug-stackframe");
      if (!num || !top || !arrow) return false;
      const y = centre(num);
      return Math.abs(centre(top) - y) < 4 && Math.abs(centre(arrow) - y) < 4;
    }, line);
  } catch (e) {
    throw new Error(`line ${line} is not highlighted as the current line (${e.message.split("\n")[0]})`);
  }
}
async function textOf(locator) {
  return (await locator.allInnerTexts()).join("\n");
}
async function waitForText(locator, re, what) {
  try {
    await page.waitForFunction(
      ([sel, src, flags]) => new RegExp(src, flags).test([...document.querySelectorAll(sel)].map((e) => e.innerText).join("\n")),
      [locator, re.source, re.flags],
      { timeout: TIMEOUT },
    );
  } catch (e) {
    const seen = await textOf(page.locator(locator)).catch(() => "?");
    throw new Error(`${what}: /${re.source}/ not shown; the page shows:\n${seen}`);
  }
}

let ok = false;
try {
  await step("workbench", async () => {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(WORKSPACE)}`);
    await page.locator(".monaco-workbench").waitFor();
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "debug_demo.py" }).waitFor();
  });

  await step("open-program", async () => {
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "debug_demo.py" }).click();
    await editor.locator(".view-lines", { hasText: "def total_price" }).waitFor();
    // the python grammar (built-in extension) gives the editor its language
    await page.locator(".statusbar-item", { hasText: /^Python$/ }).first().waitFor();
  });

  await step("breakpoint", async () => {
    // the gutter takes breakpoints once the extension's "breakpoints" contribution for python is
    // registered, a moment after the workbench shows: until then hovering shows no breakpoint hint and
    // a click does nothing, so hover (and click) until the hint (and then the breakpoint) shows
    const num = await lineBox(BREAKPOINT_LINE);
    const glyph = await editor.locator(".margin .glyph-margin").first().boundingBox();
    const x = glyph.x + glyph.width / 2;
    const y = num.y + num.height / 2;
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      await page.mouse.move(x + 200, y);
      await page.mouse.move(x, y);
      const hinted = await editor.locator(".codicon-debug-hint").first().waitFor({ timeout: 2000 }).then(() => true, () => false);
      if (hinted) {
        await page.mouse.click(x, y);
        const set = await editor.locator(".codicon-debug-breakpoint").first().waitFor({ timeout: 3000 }).then(() => true, () => false);
        if (set) break;
      }
      if (Date.now() > deadline) throw new Error("clicking the gutter sets no breakpoint");
    }
    const bp = await editor.locator(".codicon-debug-breakpoint").first().boundingBox();
    if (Math.abs(bp.y + bp.height / 2 - (num.y + num.height / 2)) > 4) throw new Error("the breakpoint glyph is not on the line clicked");
  });

  await step("f5-stops-at-breakpoint", async () => {
    await editor.locator(".view-lines").click();
    await page.keyboard.press("F5");
    // with one debugger for Python, VS Code picks it; should it ask, choose "Python (tspy)"
    const pick = page.locator(".quick-input-widget .monaco-list-row", { hasText: "Python (tspy)" }).first();
    const current = editor.locator(".view-overlays .debug-top-stack-frame-line").first();
    await Promise.race([current.waitFor(), pick.waitFor().then(async () => {
      log("     F5 asked for the debugger: picking Python (tspy)");
      await pick.click();
    })]);
    await expectCurrentLine(BREAKPOINT_LINE);
    await page.locator(".debug-toolbar").waitFor();
  });

  await step("call-stack", async () => {
    await waitForText(".debug-call-stack .monaco-list-row", /total_price[\s\S]*main[\s\S]*<module>/, "Call Stack");
  });

  await step("variables", async () => {
    const locals = page.locator(".debug-variables .monaco-list-row", { hasText: "Locals" }).first();
    await locals.waitFor();
    // VS Code expands the first scope by itself: collapse it, then expand it as a person would
    const expanded = () => page.waitForFunction(() => document.querySelector(".debug-variables .monaco-list-row[aria-expanded]")?.getAttribute("aria-expanded") === "true");
    const collapsed = () => page.waitForFunction(() => document.querySelector(".debug-variables .monaco-list-row[aria-expanded]")?.getAttribute("aria-expanded") === "false");
    if ((await locals.getAttribute("aria-expanded")) === "true") {
      await locals.click();
      await collapsed();
    }
    await locals.click();
    await expanded();
    await waitForText(".debug-variables .monaco-list-row", /subtotal\s*[:=]?\s*20\b/, "Variables");
    await waitForText(".debug-variables .monaco-list-row", /prices\s*[:=]?\s*\[3, 5, 12\]/, "Variables");
  });

  await step("watch", async () => {
    const header = page.locator(".pane-header", { hasText: /^\s*Watch/i }).first();
    await header.waitFor();
    if ((await header.getAttribute("aria-expanded")) === "false") await header.click();
    await header.hover();
    await header.locator(".action-label[aria-label^='Add Expression'], .action-label.codicon-watch-expressions-add").first().click();
    const input = page.locator(".debug-watch input, .debug-pane .monaco-inputbox input").first();
    await input.waitFor();
    await input.fill("subtotal * 2");
    await input.press("Enter");
    await waitForText(".debug-watch .monaco-list-row", /subtotal \* 2\s*[:=]?\s*40\b/, "Watch");
  });

  await step("step-over", async () => {
    await page.locator(".debug-toolbar .action-label[aria-label^='Step Over']").click();
    await expectCurrentLine(BREAKPOINT_LINE + 1);
    await waitForText(".debug-variables .monaco-list-row", /\btotal\s*[:=]?\s*25\.0\b/, "Variables after the step");
  });

  await step("debug-console", async () => {
    const input = page.locator(".repl .repl-input-wrapper .monaco-editor .view-lines").first();
    await input.waitFor();
    await input.click();
    await page.keyboard.type("total + 1000");
    await page.keyboard.press("Enter");
    await waitForText(".repl .monaco-list-row", /1025\.0/, "Debug Console");
  });

  await step("continue-to-end", async () => {
    await page.locator(".debug-toolbar .action-label[aria-label^='Continue']").click();
    await waitForText(".repl .monaco-list-row", /total: 25\.0[\s\S]*done/, "Debug Console output");
    await page.locator(".debug-toolbar").waitFor({ state: "hidden" });
    const repl = await textOf(page.locator(".repl .monaco-list-row"));
    if (!repl.includes("items: tea, bread, cheese")) throw new Error(`the program's first line of output is missing:\n${repl}`);
  });

  await step("editor-title-command", async () => {
    // the editor title's run button: "Debug Python File with tspy" (stops at the breakpoint again)
    await page.locator(".editor-actions .action-label[aria-label^='Debug Python File with tspy']").first().click();
    await expectCurrentLine(BREAKPOINT_LINE);
    await page.locator(".debug-toolbar .action-label[aria-label^='Stop']").click();
    await page.locator(".debug-toolbar").waitFor({ state: "hidden" });
  });
  ok = true;
} catch {
  // reported by step(); the code-server log helps
  console.log(`--- code-server log (tail) ---\n${serverLog.split("\n").slice(-40).join("\n")}`);
} finally {
  await browser.close().catch(() => {});
  try { process.kill(-server.pid, "SIGTERM"); } catch { /* already gone */ }
}
log(`screenshots in ${SHOTS}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
