import { createRequire as __bloglintCreateRequire } from 'node:module'; const require = __bloglintCreateRequire(import.meta.url);

// src/core/tree-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/core/walk.ts
import { readdirSync, realpathSync as realpathSync2, statSync } from "node:fs";
import path2 from "node:path";

// src/parse/source-file.ts
import { isAscii, isUtf8, transcode } from "node:buffer";
import { closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readSync, realpathSync } from "node:fs";
import path from "node:path";
var DEFAULT_READ_LIMITS = { maxFileBytes: 10 * 1024 * 1024 };
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var OPEN_NO_FOLLOW = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0);
var shared = Buffer.allocUnsafe(64 * 1024);
var utf8Encoder = new TextEncoder();
var utf8Copy = new TextDecoder("utf-8", { ignoreBOM: true });
var detachBytes = new Uint8Array(48 * 1024);
var slabBuffer = Buffer.allocUnsafe(0);
var canTranscode = (() => {
  try {
    return transcode(Buffer.from("é😀", "utf8"), "utf8", "utf16le").toString("utf16le") === "é😀";
  } catch {
    return false;
  }
})();
function isInside(root, target) {
  const rel = path.relative(root, target);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}

// src/core/walk.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "_site", ".jekyll-cache", ".jekyll-metadata", ".sass-cache", "node_modules", ".bundle", ".bloglint-cache"]);
function walkFolders(root, flushAt, emit) {
  const piece = { files: [], problems: [] };
  const visited = /* @__PURE__ */ new Set([root]);
  const stack = [{ abs: root, rel: "" }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== "string") pushFolder(root, item, stack, visited, piece.problems);
    else if (piece.files.push(item) >= flushAt) {
      emit({ files: piece.files.splice(0), problems: piece.problems.splice(0) });
    }
  }
  emit(piece);
}
function pushFolder(root, { abs, rel }, stack, visited, problems) {
  let entries;
  let invalid;
  try {
    entries = readdirSync(abs, { withFileTypes: true });
    if (entries.some((entry) => entry.name.includes("�"))) invalid = invalidUtf8Names(abs);
  } catch (error) {
    problems.push({ path: rel || ".", message: `folder cannot be read (${error.code ?? String(error)})` });
    return;
  }
  const prefix = rel ? `${rel}/` : "";
  let links;
  const kept = [];
  for (const entry of entries) {
    const name = entry.name;
    if (invalid?.has(name)) {
      problems.push({ path: prefix + name, message: "has a name that is not valid UTF-8; Jekyll and GitHub cannot serve it reliably. Rename it." });
      continue;
    }
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.has(name)) continue;
      visited.add(childPath(abs, name));
      kept.push(entry);
    } else if (entry.isFile()) {
      kept.push(entry);
    } else if (entry.isSymbolicLink()) {
      const target = followedLink(root, childPath(abs, name), prefix + name, visited, problems);
      if (target === void 0) continue;
      (links ??= /* @__PURE__ */ new Map()).set(name, target);
      kept.push(entry);
    }
  }
  const isFolder = (entry) => links?.has(entry.name) ? links.get(entry.name) !== "" : entry.isDirectory();
  kept.sort((a, b) => compareNames(a.name, isFolder(a), b.name, isFolder(b)));
  for (let i = kept.length - 1; i >= 0; i--) {
    const entry = kept[i];
    const relPath = prefix + entry.name;
    const target = links?.get(entry.name);
    if (target === "") stack.push(relPath);
    else if (target !== void 0) stack.push({ abs: target, rel: relPath });
    else if (entry.isDirectory()) stack.push({ abs: childPath(abs, entry.name), rel: relPath });
    else stack.push(relPath);
  }
}
function compareNames(a, aFolder, b, bFolder) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  const ca = a.length > n ? a.charCodeAt(n) : aFolder ? 47 : -1;
  const cb = b.length > n ? b.charCodeAt(n) : bFolder ? 47 : -1;
  return ca - cb;
}
function followedLink(root, linkPath, relPath, visited, problems) {
  let target;
  try {
    target = realpathSync2(linkPath);
  } catch (error) {
    const code = error.code;
    problems.push({ path: relPath, message: code === "ELOOP" ? "is a symlink loop; remove it." : "is a dangling symlink; its target does not exist." });
    return void 0;
  }
  if (!isInside(root, target)) {
    problems.push({ path: relPath, message: "is a symlink that points outside the site root; bloglint does not follow it and GitHub Pages (safe mode) does not publish it." });
    return void 0;
  }
  let info;
  try {
    info = statSync(target);
  } catch {
    return void 0;
  }
  if (info.isDirectory()) {
    if (visited.has(target)) {
      problems.push({ path: relPath, message: "is a symlink to a folder that is already part of the site (a loop or a duplicate); it was not followed." });
      return void 0;
    }
    visited.add(target);
    return target;
  }
  return info.isFile() ? "" : void 0;
}
function childPath(folder, name) {
  return path2.sep === "/" ? folder.endsWith("/") ? folder + name : `${folder}/${name}` : path2.join(folder, name);
}
function invalidUtf8Names(abs) {
  const out = /* @__PURE__ */ new Set();
  for (const raw of readdirSync(abs, { encoding: "buffer" })) {
    const name = raw.toString("utf8");
    if (!Buffer.from(name, "utf8").equals(raw)) out.add(name);
  }
  return out;
}

// src/core/tree-worker.ts
var setup = workerData;
walkFolders(setup.root, setup.flushAt, (piece) => parentPort.postMessage(piece));
parentPort.postMessage("done");
