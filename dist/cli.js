#!/usr/bin/env node

// src/core/walk-thread.ts
import { Worker } from "node:worker_threads";
var FLUSH_AT = 1024;
var WalkThread = class {
  /**
   * Starts the thread (throws when no thread can be had).
   * @param root absolute real path of the site root
   * @param url the walk thread's code (dist/tree-worker.js)
   * @param flushAt files per piece
   */
  constructor(root2, url, flushAt = FLUSH_AT) {
    this.root = root2;
    this.worker = new Worker(url, { workerData: { root: root2, flushAt } });
    this.worker.on("message", (message) => this.emit({ message }));
    this.worker.once("error", (error) => this.emit({ error }));
    this.worker.once("exit", () => this.emit({ error: new Error("the walk thread exited") }));
  }
  root;
  worker;
  events = [];
  listener;
  emit(event) {
    if (this.listener) this.listener(event);
    else this.events.push(event);
  }
  /** Gives `listener` every event so far, in order, then each as it comes. */
  listen(listener) {
    this.listener = listener;
    for (const event of this.events.splice(0)) listener(event);
  }
};
var EARLY = /* @__PURE__ */ Symbol.for("bloglint.earlyWalkThread");
function startEarlyWalk(root2, url) {
  try {
    const thread = new WalkThread(root2, url);
    thread.worker.unref();
    globalThis[EARLY] = thread;
    return thread;
  } catch {
    return void 0;
  }
}

// src/launch/relaunch.ts
import { fileURLToPath } from "node:url";
var YOUNG_GENERATION_FLAG = "--max-semi-space-size=8";
function relaunchFlags(context) {
  if (!context.wholeSite || !context.canExec) return void 0;
  const given = [...context.execArgv, ...(context.nodeOptions ?? "").split(/\s+/)];
  if (given.some((arg) => /^--max[-_]semi[-_]space[-_]size(?:=|$)/.test(arg))) return void 0;
  return [YOUNG_GENERATION_FLAG];
}
async function startMain(main, wholeSite) {
  const execve = process.execve;
  const flags = relaunchFlags({ wholeSite, canExec: typeof execve === "function", execArgv: process.execArgv, nodeOptions: process.env.NODE_OPTIONS });
  if (flags && execve) {
    try {
      execve.call(process, process.execPath, [process.execPath, ...process.execArgv, ...flags, fileURLToPath(main), ...process.argv.slice(2)], process.env);
    } catch {
    }
  }
  await import(main.href);
}

// src/launch/run-kind.ts
import { realpathSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

// src/cli/options.ts
var CLI_OPTIONS = {
  format: { type: "string", short: "f" },
  fix: { type: "boolean" },
  config: { type: "string", short: "c" },
  only: { type: "string", multiple: true },
  quiet: { type: "boolean" },
  "max-warnings": { type: "string" },
  "fail-on": { type: "string" },
  output: { type: "string", short: "o" },
  init: { type: "boolean" },
  verbose: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  workers: { type: "string" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" }
};

// src/launch/run-kind.ts
function cliRunKind(argv, cwd) {
  if (argv[0] === "deploy") return { kind: "other" };
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: CLI_OPTIONS });
  } catch {
    return { kind: "other" };
  }
  const { values, positionals } = parsed;
  if (values.help || values.version || values.init) return { kind: "other" };
  if (values.only === void 0) return positionals.length > 1 ? { kind: "other" } : { kind: "whole-site" };
  return { kind: "only", root: path.resolve(cwd, positionals[0] ?? ".") };
}
function realPath(folder) {
  try {
    return realpathSync(folder);
  } catch {
    return void 0;
  }
}

// src/launch/cli.ts
var run = cliRunKind(process.argv.slice(2), process.cwd());
var root = run.kind === "only" ? realPath(run.root) : void 0;
if (root) startEarlyWalk(root, new URL("./tree-worker.js", import.meta.url));
await startMain(new URL("./cli-main.js", import.meta.url), run.kind === "whole-site");
