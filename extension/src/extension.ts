// The tspy VS Code extension: the `tspy` debug type for Python files. A configuration provider (F5
// on a .py file works with no launch.json), the "Debug Python File with tspy" command, and an adapter
// factory that runs tspy's DAP server (src/adapter/session.ts) inline in the extension host by
// default, or as a separate node process (setting tspy.debugAdapter.runMode = "process").
//
// Bundled by scripts/build.mjs into dist/extension.js, next to dist/worker.js (the debuggee worker
// thread: the interpreter) and dist/adapter.js (the stdio adapter for the process mode).
import * as path from "node:path";
import * as vscode from "vscode";
import { TspyDebugSession } from "../../src/adapter/session.js";

export const DEBUG_TYPE = "tspy";

export function activate(context: vscode.ExtensionContext): void {
  // the standard library travels with the extension (scripts/build.mjs copies pyodide's zip); the
  // debuggee worker and the process-mode adapter inherit this environment
  process.env.TSPY_STDLIB_ZIP ??= path.join(context.extensionPath, "dist", "python_stdlib.zip");
  context.subscriptions.push(
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, new TspyConfigurationProvider()),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, new TspyDynamicConfigurationProvider(), vscode.DebugConfigurationProviderTriggerKind.Dynamic),
    vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, new TspyAdapterFactory(context.extensionPath)),
    vscode.commands.registerCommand("tspy.debugFile", (resource?: vscode.Uri) => debugFile(resource)),
  );
}

export function deactivate(): void {
  // sessions end with their adapters
}

/** The editor-title command: debug the given (or the active) Python file. */
async function debugFile(resource?: vscode.Uri): Promise<boolean> {
  const uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
  if (!uri || uri.scheme !== "file") {
    void vscode.window.showErrorMessage("tspy: open a Python file to debug");
    return false;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return vscode.debug.startDebugging(folder, {
    type: DEBUG_TYPE,
    request: "launch",
    name: `Python (tspy): ${path.basename(uri.fsPath)}`,
    program: uri.fsPath,
    cwd: folder?.uri.fsPath ?? path.dirname(uri.fsPath),
  });
}

export class TspyConfigurationProvider implements vscode.DebugConfigurationProvider {
  /** For "create a launch.json file": the debug type's initial configuration. */
  provideDebugConfigurations(): vscode.DebugConfiguration[] {
    return [{ type: DEBUG_TYPE, request: "launch", name: "Python (tspy): Current File", program: "${file}", cwd: "${workspaceFolder}" }];
  }

  /** Fill in what a configuration leaves out; an empty one (F5, no launch.json) debugs the active file. */
  resolveDebugConfiguration(folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): vscode.DebugConfiguration | undefined {
    if (!config.type && !config.request && !config.name) {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== "python") {
        void vscode.window.showInformationMessage("tspy: open a Python file (or add a launch configuration) to debug");
        return undefined;
      }
      config.type = DEBUG_TYPE;
      config.request = "launch";
      config.name = "Python (tspy): Current File";
      config.program = "${file}";
    }
    config.request ??= "launch";
    if (!config.program) {
      void vscode.window.showErrorMessage("tspy: the launch configuration needs a 'program' (the Python file to debug)");
      return undefined;
    }
    if (!config.cwd) config.cwd = folder?.uri.fsPath ?? "${fileDirname}";
    return config;
  }
}

/** The "Python (tspy)" entries of the Run and Debug view's dynamic list: the open Python files. */
class TspyDynamicConfigurationProvider implements vscode.DebugConfigurationProvider {
  provideDebugConfigurations(folder: vscode.WorkspaceFolder | undefined): vscode.DebugConfiguration[] {
    const files = vscode.workspace.textDocuments.filter((d) => d.languageId === "python" && d.uri.scheme === "file");
    return files.map((d) => ({
      type: DEBUG_TYPE,
      request: "launch",
      name: `Python (tspy): ${path.basename(d.uri.fsPath)}`,
      program: d.uri.fsPath,
      cwd: folder?.uri.fsPath ?? path.dirname(d.uri.fsPath),
    }));
  }
}

export class TspyAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(private readonly extensionPath: string) {}

  createDebugAdapterDescriptor(): vscode.DebugAdapterDescriptor {
    const settings = vscode.workspace.getConfiguration("tspy.debugAdapter");
    const dist = path.join(this.extensionPath, "dist");
    if (settings.get<string>("runMode", "inline") === "process") {
      const nodePath = settings.get<string>("nodePath", "");
      // without a node path, the extension host's own executable run as plain node (Electron's
      // ELECTRON_RUN_AS_NODE; code-server's is node already)
      return new vscode.DebugAdapterExecutable(nodePath || process.execPath, [path.join(dist, "adapter.js")], {
        env: nodePath ? {} : { ELECTRON_RUN_AS_NODE: "1" },
      });
    }
    // TspyDebugSession is a DebugSession from @vscode/debugadapter: it has the handleMessage /
    // onDidSendMessage pair an inline implementation needs
    const session = new TspyDebugSession({ workerPath: path.join(dist, "worker.js") });
    return new vscode.DebugAdapterInlineImplementation(session as unknown as vscode.DebugAdapter);
  }
}
