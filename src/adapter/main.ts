// `tspy dap`: serve the Debug Adapter Protocol on stdio, or on TCP with --port (127.0.0.1 unless
// --host says otherwise). One client at a time on a port: a second one is told so and closed.
import { createServer, type Socket } from "node:net";
import { TspyDebugSession } from "./session.js";

// a failure inside an async request handler must not end the adapter (its request already got, or
// will get, an error response where it can); it is reported on stderr
process.on("unhandledRejection", (e) => {
  process.stderr.write(`tspy dap: internal error: ${(e as Error)?.stack ?? e}\n`);
});

export function serveStdio(): void {
  const session = new TspyDebugSession();
  session.setRunAsServer(false);
  session.start(process.stdin, process.stdout);
}

/** Resolves once listening (with the port), rejects with a clear message if the port is taken. */
export function serveTcp(port: number, host = "127.0.0.1"): Promise<number> {
  let busy = false;
  const server = createServer((socket: Socket) => {
    if (busy) {
      // a DAP 'output' event the client can show, then close (DAP base protocol framing)
      const body = JSON.stringify({ seq: 1, type: "event", event: "output", body: { category: "stderr", output: `tspy dap: a debug session is already using port ${port}\n` } });
      socket.end(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      return;
    }
    busy = true;
    const session = new TspyDebugSession();
    session.setRunAsServer(true);
    session.start(socket, socket);
    socket.on("close", () => { busy = false; });
  });
  return new Promise((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) => {
      reject(new Error(e.code === "EADDRINUSE" ? `port ${port} on ${host} is already in use` : e.message));
    });
    server.listen(port, host, () => {
      const addr = server.address();
      resolve(typeof addr === "object" && addr ? addr.port : port);
    });
  });
}

// run directly (the DAP test suites spawn this file): stdio
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) serveStdio();
