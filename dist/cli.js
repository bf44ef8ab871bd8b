#!/usr/bin/env node

// src/launch/relaunch.ts
import { fileURLToPath } from "node:url";
var YOUNG_GENERATION_FLAG = "--max-semi-space-size=8";
function relaunchFlags(context) {
  if (!context.wholeSite || !context.canExec) return void 0;
  const given = [...context.execArgv, ...(context.nodeOptions ?? "").split(/\s+/)];
  if (given.some((arg) => /^--max[-_]semi[-_]space[-_]size(?:=|$)/.test(arg))) return void 0;
  return [YOUNG_GENERATION_FLAG];
}
function cliLintsWholeSite(argv) {
  for (const arg of argv) {
    if (arg === "--") break;
    if (arg === "--only" || arg.startsWith("--only=") || arg === "--init" || arg === "-h" || arg === "--help" || arg === "-v" || arg === "--version") return false;
  }
  return true;
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

// src/launch/cli.ts
await startMain(new URL("./cli-main.js", import.meta.url), cliLintsWholeSite(process.argv.slice(2)));
