// The debuggee host (main thread): starts the worker that runs the program, forwards requests to it
// and turns its messages into events. An event emitter that knows no DAP types (the session
// translates), as vscode-mock-debug's mockRuntime.ts.
//
// Requests go over a MessageChannel; a stopped worker is blocked in Atomics.wait, so after posting
// the host also bumps the shared wake-up signal, and sets the eval-breaker bit so that a running
// worker polls its port at the next RESUME / JUMP_BACKWARD.
import { EventEmitter } from "node:events";
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { workerScript } from "../worker-script.js";
import { BREAKER_HOOK, BREAKER_INTERRUPT } from "../interp/vm/eval.js";

/** Requests that run Python code while the program is stopped, and how long they may take. */
const INSPECTION = new Set(["variables", "evaluate", "setVariable", "setExpression", "completions"]);
export const INSPECTION_TIMEOUT_MS = 2000;
/** The debuggee worker's limits (bench/adapter.js runs its no-debugger baseline with the same): a
 *  deep JS stack, as Python recursion through native calls (a recursive __init__, a key function)
 *  nests the host's stack and Node's default (~1 MB) stops it at a few hundred levels. */
export const DEBUGGEE_RESOURCE_LIMITS = { stackSizeMb: 256 };
import {
  SHARED_BREAKER, SHARED_SIGNAL, type LaunchConfig, type Request, type RuntimeEvent,
} from "./protocol.js";

type Pending = { resolve: (body: unknown) => void; reject: (e: Error) => void };
type Without<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

export interface HostEvents {
  stopped: [reason: string, text: string | undefined, hitBreakpointIds: number[] | undefined];
  loadedSource: [path: string];
  output: [category: string, text: string];
  breakpointChanged: [bp: unknown];
  exited: [exitCode: number, runMs: number | undefined, cpuMs: number | undefined];
  end: [];
}

export interface HostOptions {
  /** The worker script to run: dist/adapter/worker.js beside this file unless given (a bundle that
   * inlines this module, as the VS Code extension's, ships its own worker entry and names it here). */
  workerPath?: string;
}

export class DebuggeeHost extends EventEmitter<HostEvents> {
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  private readonly shared = new Int32Array(new SharedArrayBuffer(8));
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private ended = false;

  constructor(private readonly options: HostOptions = {}) {
    super();
  }

  /** Start the worker; resolves once the program is compiled and breakpoints can be set. */
  launch(config: LaunchConfig): Promise<void> {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const workerPath = this.options.workerPath ?? workerScript(new URL("./worker.js", import.meta.url));
    this.worker = new Worker(workerPath, {
      workerData: { config, port: port2, shared: this.shared },
      resourceLimits: DEBUGGEE_RESOURCE_LIMITS,
      // the program's whole environment when the launch configuration changes it (else the adapter's)
      ...(config.env ? { env: config.env } : {}),
      transferList: [port2],
      stdout: true,
      stderr: true,
    });
    // the program's output arrives as events; anything the worker itself prints is adapter noise
    this.worker.stdout.on("data", (d: Buffer) => this.emit("output", "console", d.toString()));
    this.worker.stderr.on("data", (d: Buffer) => this.emit("output", "console", d.toString()));
    return new Promise((resolve, reject) => {
      let ready = false;
      this.worker!.on("message", (e: RuntimeEvent) => {
        switch (e.event) {
          case "ready": ready = true; resolve(); break;
          case "reply": {
            const p = this.pending.get(e.reply.id);
            if (!p) break;
            this.pending.delete(e.reply.id);
            if (e.reply.ok) p.resolve(e.reply.body);
            else p.reject(new Error(e.reply.message));
            break;
          }
          case "stopped": this.emit("stopped", e.reason, e.text, e.hitBreakpointIds); break;
          case "loadedSource": this.emit("loadedSource", e.path); break;
          case "output": this.emit("output", e.category, e.text); break;
          case "breakpointChanged": this.emit("breakpointChanged", e.breakpoint); break;
          case "exited":
            if (!ready) { ready = true; resolve(); }
            this.emit("exited", e.exitCode, e.runMs, e.cpuMs);
            break;
        }
      });
      this.worker!.on("error", (err) => {
        this.emit("output", "stderr", `tspy debug adapter: the debuggee failed: ${err.stack ?? err}\n`);
        if (!ready) reject(err);
      });
      this.worker!.on("exit", () => {
        this.ended = true;
        for (const p of this.pending.values()) p.reject(new Error("the program has ended"));
        this.pending.clear();
        if (!ready) reject(new Error("the debuggee ended before it started"));
        this.emit("end");
      });
    });
  }

  /** Send a request to the runtime; resolves with its reply body. */
  request<T = unknown>(req: Without<Request, "id">): Promise<T> {
    if (!this.port || this.ended) return Promise.reject(new Error("the program is not running"));
    const id = this.nextId++;
    const p = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (b: unknown) => void, reject }));
    this.port.postMessage({ ...req, id });
    Atomics.or(this.shared, SHARED_BREAKER, BREAKER_HOOK);
    Atomics.notify(this.shared, SHARED_BREAKER); // a time.sleep waits on the breaker
    Atomics.store(this.shared, SHARED_SIGNAL, 1);
    Atomics.notify(this.shared, SHARED_SIGNAL);
    if (INSPECTION.has(req.cmd)) {
      // Python code run for an inspection (a __repr__, an evaluated expression) that runs away is
      // interrupted (KeyboardInterrupt at its next loop edge) and reported as the error
      const timer = setTimeout(() => {
        Atomics.or(this.shared, SHARED_BREAKER, BREAKER_INTERRUPT);
        Atomics.notify(this.shared, SHARED_BREAKER);
      }, INSPECTION_TIMEOUT_MS);
      p.finally(() => clearTimeout(timer)).catch(() => {});
    }
    return p;
  }

  /** Stop the program now (disconnect / terminate). */
  async terminate(): Promise<void> {
    if (this.worker && !this.ended) await this.worker.terminate();
    this.port?.close();
  }
}
