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

// src/action/inputs.ts
var REPORTER_NAMES = ["annotations", "check", "review", "comment", "summary", "sarif"];
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
function readInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function parseInputs(env) {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const isPullRequest = eventName === "pull_request" || eventName === "pull_request_target";
  const reportersRaw = readInput(env, "reporters");
  const reporters = reportersRaw === "" ? [...REPORTER_NAMES] : splitList(reportersRaw);
  for (const name of reporters) {
    if (!REPORTER_NAMES.includes(name)) throw new InputError(`input \`reporters\` has \`${name}\`; allowed values are ${REPORTER_NAMES.join(", ")} (comma- or newline-separated).`);
  }
  const mode = oneOf(env, "mode", ["lint", "report"], "lint");
  const reportFile = readInput(env, "report-file") || void 0;
  if (mode === "report" && !reportFile) throw new InputError("input `report-file` is empty; `mode: report` needs the path of the JSON report to post (downloaded with actions/download-artifact).");
  return {
    mode,
    reportFile,
    path: readInput(env, "path") || ".",
    config: readInput(env, "config") || void 0,
    failOn: oneOf(env, "fail-on", ["error", "warning", "never"], "error"),
    scope: oneOf(env, "scope", ["changed", "all"], isPullRequest ? "changed" : "all"),
    reporters,
    reportersDefaulted: reportersRaw === "",
    token: readInput(env, "github-token") || env.GITHUB_TOKEN || "",
    suggestions: bool(env, "suggestions", true),
    deploy: oneOf(env, "deploy", ["false", "true", "always"], "false"),
    publishDir: readInput(env, "publish-dir") || "_site",
    publishBranch: readInput(env, "publish-branch") || "gh-pages",
    keepFiles: splitList(readInput(env, "keep-files")),
    cname: readInput(env, "cname") || void 0,
    nojekyll: readInput(env, "nojekyll") === "" ? void 0 : bool(env, "nojekyll", true),
    commitMessage: readInput(env, "commit-message") || void 0,
    forceOrphan: bool(env, "force-orphan", false),
    dryRun: bool(env, "dry-run", false),
    gitUserName: readInput(env, "git-user-name") || void 0,
    gitUserEmail: readInput(env, "git-user-email") || void 0,
    cache: bool(env, "cache", false) || readInput(env, "cache-location") !== "",
    cacheLocation: readInput(env, "cache-location") || void 0
  };
}
function oneOf(env, name, allowed, fallback) {
  const value = readInput(env, name).toLowerCase();
  if (value === "") return fallback;
  if (!allowed.includes(value)) throw new InputError(`input \`${name}\` is \`${readInput(env, name)}\`; allowed values are ${allowed.join(", ")}.`);
  return value;
}
function bool(env, name, fallback) {
  const value = readInput(env, name);
  if (value === "") return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new InputError(`input \`${name}\` is \`${value}\`; allowed values are true, false.`);
}
function splitList(value) {
  return value.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}

// src/launch/run-kind.ts
function actionRunKind(env, cwd) {
  let inputs;
  try {
    inputs = parseInputs(env);
  } catch {
    return { kind: "other" };
  }
  if (inputs.mode !== "lint") return { kind: "other" };
  if (inputs.scope === "all") return { kind: "whole-site" };
  const workspace = realPath(env.GITHUB_WORKSPACE ?? cwd);
  return workspace === void 0 ? { kind: "other" } : { kind: "only", root: path.resolve(workspace, inputs.path) };
}
function realPath(folder) {
  try {
    return realpathSync(folder);
  } catch {
    return void 0;
  }
}

// src/launch/action.ts
var run = actionRunKind(process.env, process.cwd());
var root = run.kind === "only" ? realPath(run.root) : void 0;
if (root) startEarlyWalk(root, new URL("./tree-worker.js", import.meta.url));
await startMain(new URL("./action-main.js", import.meta.url), run.kind === "whole-site");
