import { createRequire as __bloglintCreateRequire } from 'node:module'; const require = __bloglintCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./cli-chunk-COZSJVC5.js";
import {
  __toESM
} from "./cli-chunk-UFJBGWRS.js";

// src/deploy/deploy.ts
import { mkdir as mkdir2, mkdtemp, rm, stat as stat2, writeFile } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";

// src/deploy/copy-tree.ts
import { constants } from "node:fs";
import { copyFile, lstat, mkdir, opendir, realpath, stat } from "node:fs/promises";
import path from "node:path";
async function copyTree(sourceDir, targetDir, options = {}) {
  const root = await realpath(sourceDir);
  const skipped = [];
  const skip = (entry) => {
    skipped.push(entry);
    options.log?.(describeSkip(entry));
  };
  const jobs = [];
  const pending = [""];
  while (pending.length > 0) {
    const relativeDir = pending.pop();
    const directory = await opendir(path.join(root, relativeDir));
    for await (const entry of directory) {
      const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      const from = path.join(root, relative);
      const to = path.join(targetDir, relative);
      const kind = isGitFolderName(entry.name) ? "git" : await entryKind(entry, from);
      if (kind === "git") {
        skip({ path: relative, reason: "git-folder" });
      } else if (kind === "directory") {
        await mkdir(to, { recursive: true });
        pending.push(relative);
      } else if (kind === "file") {
        jobs.push({ from, to });
      } else if (kind === "symlink") {
        const resolved = await resolveSymlink(from, root);
        if (resolved.kind === "file") jobs.push({ from: resolved.target, to });
        else skip({ path: relative, reason: resolved.kind, ...resolved.target ? { target: resolved.target } : {} });
      } else {
        skip({ path: relative, reason: "special-file" });
      }
    }
  }
  await runPool(jobs, options.concurrency ?? 32, (job) => copyFile(job.from, job.to, constants.COPYFILE_FICLONE));
  return { files: jobs.length, skipped };
}
function isGitFolderName(name) {
  return name.toLowerCase() === ".git";
}
function isInside(target, root) {
  const relative = path.relative(root, target);
  return relative === "" || relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
async function entryKind(entry, fullPath) {
  const known = kindOf(entry);
  if (known !== "other" || isSpecial(entry)) return known;
  return kindOf(await lstat(fullPath));
}
function kindOf(info) {
  if (info.isSymbolicLink()) return "symlink";
  if (info.isDirectory()) return "directory";
  if (info.isFile()) return "file";
  return "other";
}
function isSpecial(info) {
  return info.isFIFO() || info.isSocket() || info.isBlockDevice() || info.isCharacterDevice();
}
async function resolveSymlink(linkPath, root) {
  let target;
  try {
    target = await realpath(linkPath);
  } catch {
    return { kind: "symlink-dangling" };
  }
  if (!isInside(target, root)) return { kind: "symlink-outside", target };
  if (path.relative(root, target).split(path.sep).some(isGitFolderName)) return { kind: "git-folder", target };
  let info;
  try {
    info = await stat(target);
  } catch {
    return { kind: "symlink-dangling" };
  }
  if (info.isFile()) return { kind: "file", target };
  return { kind: "symlink-directory", target };
}
function describeSkip(entry) {
  switch (entry.reason) {
    case "symlink-outside":
      return `Skipped symlink ${entry.path}: its target ${entry.target ?? ""} is outside the publish folder`;
    case "symlink-directory":
      return `Skipped symlink ${entry.path}: it points to a folder (only symlinks to files inside the publish folder are copied)`;
    case "symlink-dangling":
      return `Skipped symlink ${entry.path}: its target does not exist`;
    case "git-folder":
      return entry.target ? `Skipped symlink ${entry.path}: it points into a .git folder` : `Skipped ${entry.path}: a .git folder is never published`;
    case "special-file":
      return `Skipped ${entry.path}: not a regular file, folder or symlink`;
  }
}
async function runPool(items, size, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
}

// src/deploy/deploy-error.ts
var DeployError = class extends Error {
  /**
   * @param message - What failed and what to do, with every secret already redacted.
   */
  constructor(message) {
    super(message);
    this.name = "DeployError";
  }
};

// src/deploy/deploy-options.ts
var DEFAULT_BRANCH = "gh-pages";
var DEFAULT_USER_NAME = "github-actions[bot]";
var DEFAULT_USER_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com";
var DEFAULT_RETRIES = 3;
function resolveDeployOptions(options) {
  return {
    branch: DEFAULT_BRANCH,
    keepFiles: [],
    nojekyll: false,
    forceOrphan: false,
    dryRun: false,
    userName: DEFAULT_USER_NAME,
    userEmail: DEFAULT_USER_EMAIL,
    retries: DEFAULT_RETRIES,
    ...withoutUndefined(options),
    publishDir: options.publishDir,
    remote: options.remote,
    commitMessage: options.commitMessage
  };
}
function withoutUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/deploy/git.ts
import { spawn } from "node:child_process";

// src/deploy/redact.ts
var REDACTED = "***";
function createRedactor(token) {
  const secrets = token ? secretForms(token) : [];
  return (text) => {
    let out = text;
    for (const secret of secrets) out = out.split(secret).join(REDACTED);
    return redactUrlCredentials(out);
  };
}
function redactUrlCredentials(text) {
  return text.replace(/\b(https?:\/\/)[^\s/@]+@/gi, `$1${REDACTED}@`);
}
function basicCredential(token) {
  return Buffer.from(`x-access-token:${token}`, "utf8").toString("base64");
}
function secretForms(token) {
  const forms = /* @__PURE__ */ new Set([
    token,
    `x-access-token:${token}`,
    basicCredential(token),
    encodeURIComponent(token),
    Buffer.from(token, "utf8").toString("base64")
  ]);
  return [...forms].filter((form) => form.length > 0).sort((a, b) => b.length - a.length);
}

// src/deploy/git.ts
var FIXED_CONFIG = [
  ["core.quotePath", "false"],
  ["core.autocrlf", "false"],
  ["core.safecrlf", "false"],
  ["core.fsmonitor", "false"],
  ["core.longpaths", "true"],
  ["commit.gpgSign", "false"],
  ["push.gpgSign", "false"],
  ["gc.auto", "0"],
  ["maintenance.auto", "false"],
  ["fetch.recurseSubmodules", "false"],
  ["submodule.recurse", "false"]
];
var SCRUBBED_ENV = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_COMMON_DIR",
  "GIT_NAMESPACE",
  "GIT_PREFIX",
  "GIT_SHALLOW_FILE",
  "GIT_QUARANTINE_PATH",
  "GIT_REPLACE_REF_BASE",
  "GIT_GRAFT_FILE",
  "GIT_CONFIG",
  "GIT_CONFIG_PARAMETERS",
  "GIT_EDITOR"
];
function authConfig(remote, token) {
  if (!token) return [];
  const origin = httpOrigin(remote);
  if (!origin) return [];
  return [[`http.${origin}/.extraheader`, `AUTHORIZATION: basic ${basicCredential(token)}`]];
}
function isHttpRemote(remote) {
  return httpOrigin(remote) !== void 0;
}
function buildGitEnv(options) {
  const env = { ...options.baseEnv ?? process.env };
  for (const name of SCRUBBED_ENV) delete env[name];
  const entries = [
    ...FIXED_CONFIG,
    ["core.hooksPath", options.hooksDir],
    ...authConfig(options.remote, options.token)
  ];
  const inherited = Number.parseInt(env.GIT_CONFIG_COUNT ?? "0", 10);
  const start = Number.isInteger(inherited) && inherited > 0 ? inherited : 0;
  entries.forEach(([key, value], index) => {
    env[`GIT_CONFIG_KEY_${start + index}`] = key;
    env[`GIT_CONFIG_VALUE_${start + index}`] = value;
  });
  env.GIT_CONFIG_COUNT = String(start + entries.length);
  Object.assign(env, {
    GIT_DIR: options.gitDir,
    GIT_WORK_TREE: options.workTree,
    GIT_LITERAL_PATHSPECS: "1",
    GIT_TERMINAL_PROMPT: "0",
    GIT_TRACE_REDACT: "1",
    GIT_AUTHOR_NAME: options.userName,
    GIT_AUTHOR_EMAIL: options.userEmail,
    GIT_COMMITTER_NAME: options.userName,
    GIT_COMMITTER_EMAIL: options.userEmail,
    LC_ALL: "C",
    LANGUAGE: "C"
  });
  return env;
}
function createGit(options) {
  const env = buildGitEnv(options);
  const run = async (args, runOptions = {}) => {
    const result = await spawnGit(args, env, options.workTree, runOptions.input);
    if (result.code !== 0 && !runOptions.allowFailure) {
      throw new DeployError(describeFailure(args, result, options.redact));
    }
    return result;
  };
  return {
    run,
    text: async (args, runOptions) => (await run(args, runOptions)).stdout.toString("utf8").trim()
  };
}
function describeFailure(args, result, redact) {
  const stderr = result.stderr.split("\n").map((line) => line.trimEnd()).filter((line) => line.length > 0 && !line.startsWith("hint:")).join("\n");
  return redact(`git ${args[0] ?? ""} failed (exit ${result.code})${stderr ? `: ${stderr}` : ""}`);
}
function spawnGit(args, env, cwd, input) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, env, stdio: ["pipe", "pipe", "pipe"], windowsHide: true });
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.stdin.on("error", () => {
    });
    child.on("error", (error) => {
      reject(
        new DeployError(
          error.code === "ENOENT" ? "git was not found on PATH; install git to deploy" : `could not run git: ${error.message}`
        )
      );
    });
    child.on("close", (code, signal) => {
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr).toString("utf8")
      });
    });
    child.stdin.end(input ?? "");
  });
}
function httpOrigin(remote) {
  let url;
  try {
    url = new URL(remote);
  } catch {
    return void 0;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return void 0;
  return `${url.protocol}//${url.host}`;
}

// src/deploy/keep-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function selectKeptEntries(tipEntries, publishPaths, policy) {
  const isKeptPath = createKeepMatcher(policy);
  const publishFolders = foldersOf(publishPaths);
  const selection = { kept: [], replaced: [], conflicts: [] };
  for (const entry of tipEntries) {
    if (!isKeptPath(entry.path)) continue;
    if (publishPaths.has(entry.path)) selection.replaced.push(entry.path);
    else if (publishFolders.has(entry.path) || ancestorsOf(entry.path).some((folder) => publishPaths.has(folder))) selection.conflicts.push(entry.path);
    else selection.kept.push(entry);
  }
  return selection;
}
function createKeepMatcher(policy) {
  const globs = policy.keepFiles.filter((glob) => glob.length > 0);
  const matches = globs.length > 0 ? (0, import_picomatch.default)(globs, { dot: true }) : () => false;
  return (path4) => policy.keepCname && path4 === "CNAME" || matches(path4);
}
function ancestorsOf(path4) {
  const parts = path4.split("/");
  return parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join("/"));
}
function foldersOf(paths) {
  const folders = /* @__PURE__ */ new Set();
  for (const path4 of paths) for (const folder of ancestorsOf(path4)) folders.add(folder);
  return folders;
}

// src/deploy/push-status.ts
var RACE_PATTERNS = [
  /\[rejected\] \((fetch first|non-fast-forward|stale info)\)/,
  // receive-pack lost the compare-and-swap of the ref to a concurrent push.
  /\[remote rejected\] \((failed to update ref|failed to lock|cannot lock ref|incorrect old value provided)/
];
function parsePushStatus(stdout, ref) {
  for (const line of stdout.split("\n")) {
    const [flag, refs, summary] = line.split("	");
    if (flag === void 0 || refs === void 0 || summary === void 0) continue;
    if (refs.slice(refs.lastIndexOf(":") + 1) === ref) return { flag, summary: summary.trim() };
  }
  return void 0;
}
function classifyPush(status) {
  if (!status) return "refused";
  if (status.flag !== "!") return "pushed";
  return RACE_PATTERNS.some((pattern) => pattern.test(status.summary)) ? "race" : "refused";
}

// src/deploy/valid-names.ts
function isValidBranchName(name) {
  if (!name || name.startsWith("-") || name === "@") return false;
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name) || name.includes("..") || name.includes("@{") || name.includes("//")) return false;
  if (name.startsWith("/") || name.endsWith("/") || name.endsWith(".")) return false;
  return name.split("/").every((part) => !part.startsWith(".") && !part.endsWith(".lock"));
}
function isValidCname(value) {
  return /^(?=.{1,253}$)[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62})(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}))*\.?$/u.test(value.trim());
}

// src/deploy/tree-entries.ts
function parseLsTree(output) {
  const entries = [];
  let start = 0;
  while (start < output.length) {
    let end = output.indexOf(0, start);
    if (end === -1) end = output.length;
    const record = output.subarray(start, end);
    start = end + 1;
    if (record.length === 0) continue;
    const tab = record.indexOf(9);
    if (tab === -1) throw new Error(`Unexpected ls-tree record: ${record.toString("utf8")}`);
    const [mode = "", type = "", oid = ""] = record.subarray(0, tab).toString("utf8").split(" ");
    entries.push({ mode, type, oid, path: record.subarray(tab + 1).toString("utf8"), record });
  }
  return entries;
}
function toIndexInfo(entries) {
  return Buffer.concat(entries.flatMap((entry) => [entry.record, Buffer.from([0])]));
}

// src/deploy/deploy.ts
var TIP_REF = "refs/bloglint/tip";
var NEUTRAL_ATTRIBUTES = "* -text !eol -filter -ident !working-tree-encoding\n";
async function deploy(options) {
  const redact = createRedactor(options.token);
  const log = (line) => options.log?.(redact(line));
  let workRoot;
  try {
    await validateOptions(options);
    workRoot = await mkdtemp(path2.join(options.tmpRoot ?? os.tmpdir(), "bloglint-deploy-"));
    return await deployIn(workRoot, { options, log, redact });
  } catch (error) {
    throw new DeployError(redact(error instanceof Error ? error.message : String(error)));
  } finally {
    if (workRoot) await removeWorkFolder(workRoot, log);
  }
}
async function deployIn(workRoot, base) {
  const { options, log, redact } = base;
  const workTree = path2.join(workRoot, "site");
  const hooksDir = path2.join(workRoot, "no-hooks");
  await mkdir2(workTree);
  await mkdir2(hooksDir);
  const git = createGit({
    gitDir: path2.join(workTree, ".git"),
    workTree,
    hooksDir,
    remote: options.remote,
    token: options.token,
    userName: options.userName,
    userEmail: options.userEmail,
    redact
  });
  const context = { ...base, git, ref: `refs/heads/${options.branch}` };
  log(`Deploying ${options.publishDir} to branch ${options.branch} of ${options.remote}${options.dryRun ? " (dry run)" : ""}`);
  if (options.token && !isHttpRemote(options.remote)) log("The token is not used: the remote is not an http(s) URL");
  const prepared = await prepare(context, workTree);
  return publish(context, prepared);
}
async function prepare(context, workTree) {
  const { git, options, log } = context;
  await git.run(["init", "--quiet", "--template="]);
  const infoDir = path2.join(workTree, ".git", "info");
  await mkdir2(infoDir, { recursive: true });
  await writeFile(path2.join(infoDir, "attributes"), NEUTRAL_ATTRIBUTES);
  const copied = await copyTree(options.publishDir, workTree, { log });
  if (copied.files === 0) {
    throw new DeployError(`Nothing to publish: ${options.publishDir} has no files (build the site first)`);
  }
  if (options.cname !== void 0) await writeFile(path2.join(workTree, "CNAME"), `${options.cname.trim()}
`);
  if (options.nojekyll) await writeFile(path2.join(workTree, ".nojekyll"), "");
  await git.run(["add", "--all", "--force", "--", "."]);
  const publishTree = await git.text(["write-tree"]);
  const publishPaths = new Set(parseLsTree((await git.run(["ls-tree", "-r", "-z", publishTree])).stdout).map((e) => e.path));
  log(`Prepared ${copied.files} file(s) from the publish folder${copied.skipped.length ? `, skipped ${copied.skipped.length}` : ""}`);
  return { publishTree, publishPaths, filesPublished: copied.files };
}
async function publish(context, prepared) {
  const { options, log } = context;
  const maxAttempts = (options.retries ?? DEFAULT_RETRIES) + 1;
  const base = { filesPublished: prepared.filesPublished };
  let attempts = 0;
  for (; ; ) {
    const tip = await fetchTip(context);
    const tree = await composeTree(context, prepared, tip);
    if (tip && !await hasChanges(context, tip, tree)) {
      log(`No changes: ${options.branch} already has this content`);
      return { ...base, deployed: false, reason: "no changes", pushed: false, attempts };
    }
    const commit = await createCommit(context, tree, tip);
    if (options.dryRun) {
      log(`Dry run: built commit ${short(commit)} for ${options.branch}; not pushing`);
      return { ...base, deployed: true, commit, reason: `dry run: commit ${short(commit)} not pushed`, pushed: false, attempts };
    }
    attempts += 1;
    const status = await push(context, commit, tip);
    if (status.outcome === "pushed") {
      log(`Pushed ${short(commit)} to ${options.branch}`);
      return { ...base, deployed: true, commit, reason: `pushed ${short(commit)} to ${options.branch}`, pushed: true, attempts };
    }
    if (status.outcome === "race" && attempts < maxAttempts) {
      log(`Push rejected (${status.summary}): ${options.branch} moved on, probably another deploy; retrying on the new tip (attempt ${attempts + 1} of ${maxAttempts})`);
      await sleep(backoff(attempts));
      continue;
    }
    throw new DeployError(
      status.outcome === "race" ? `Gave up after ${attempts} push attempt(s): ${options.branch} kept moving (${status.summary}); the remote branch was not changed by this deploy. ${status.detail}` : `The remote refused the push to ${options.branch} (${status.summary}); the remote branch was not changed. ${status.detail}`
    );
  }
}
async function fetchTip(context) {
  const { git, options, log, ref, redact } = context;
  const fetchArgs = ["fetch", "--quiet", "--depth=1", "--no-tags", "--no-write-fetch-head", "--no-recurse-submodules", options.remote, `+${ref}:${TIP_REF}`];
  const fetched = await git.run(fetchArgs, { allowFailure: true });
  if (fetched.code === 0) {
    const tip = await git.text(["rev-parse", "--verify", `${TIP_REF}^{commit}`]);
    log(`Fetched ${options.branch} at ${short(tip)}`);
    return tip;
  }
  const listed = await git.run(["ls-remote", "--heads", options.remote, ref]);
  const exists = listed.stdout.toString("utf8").split("\n").some((line) => line.endsWith(`	${ref}`));
  if (exists) throw new DeployError(describeFailure(fetchArgs, fetched, redact));
  await git.run(["update-ref", "-d", TIP_REF], { allowFailure: true });
  log(`Branch ${options.branch} does not exist on the remote yet: creating it as an orphan`);
  return void 0;
}
async function composeTree(context, prepared, tip) {
  if (!tip) return prepared.publishTree;
  const { git, options, log } = context;
  const tipEntries = parseLsTree((await git.run(["ls-tree", "-r", "-z", tip])).stdout);
  const { kept, conflicts } = selectKeptEntries(tipEntries, prepared.publishPaths, {
    keepFiles: options.keepFiles,
    keepCname: options.cname === void 0
  });
  if (conflicts.length > 0) {
    log(`Not keeping ${conflicts.length} file(s) from ${options.branch}: a file and a folder of the publish folder have the same path: ${preview(conflicts)}`);
  }
  if (kept.length === 0) return prepared.publishTree;
  log(`Keeping ${kept.length} file(s) from ${options.branch}: ${preview(kept.map((e) => e.path))}`);
  await git.run(["read-tree", prepared.publishTree]);
  await git.run(["update-index", "--add", "-z", "--index-info"], { input: toIndexInfo(kept) });
  return git.text(["write-tree"]);
}
async function hasChanges(context, tip, tree) {
  const { git, options } = context;
  if (await git.text(["rev-parse", "--verify", `${tip}^{tree}`]) !== tree) return true;
  if (!options.forceOrphan) return false;
  const header = (await git.text(["cat-file", "commit", tip])).split("\n\n")[0] ?? "";
  return header.split("\n").some((line) => line.startsWith("parent "));
}
async function createCommit(context, tree, tip) {
  const { git, options, log } = context;
  const parents = tip && !options.forceOrphan ? ["-p", tip] : [];
  const message = options.commitMessage.endsWith("\n") ? options.commitMessage : `${options.commitMessage}
`;
  const commit = await git.text(["commit-tree", "--no-gpg-sign", tree, ...parents, "-F", "-"], { input: message });
  log(`Committed ${short(commit)}${parents.length ? ` on top of ${short(tip ?? "")}` : " (no parent)"}`);
  return commit;
}
async function push(context, commit, tip) {
  const { git, options, ref, redact } = context;
  const force = options.forceOrphan ? [`--force-with-lease=${ref}:${tip ?? ""}`] : [];
  const args = ["push", "--porcelain", "--no-verify", ...force, options.remote, `${commit}:${ref}`];
  const result = await git.run(args, { allowFailure: true });
  const status = parsePushStatus(result.stdout.toString("utf8"), ref);
  let outcome = classifyPush(status);
  if (outcome === "pushed" && result.code !== 0) outcome = "refused";
  return {
    outcome,
    summary: status?.summary ?? "no status from git",
    detail: result.code === 0 ? "" : describeFailure(args, result, redact)
  };
}
async function validateOptions(options) {
  const problems = [];
  if (!path2.isAbsolute(options.publishDir)) problems.push(`publishDir must be an absolute path, got "${options.publishDir}"`);
  if (!options.remote.trim() || options.remote.startsWith("-")) problems.push(`remote must be a git URL or path, got "${options.remote}"`);
  if (!isValidBranchName(options.branch)) problems.push(`branch "${options.branch}" is not a valid branch name`);
  if (!options.commitMessage.trim()) problems.push("commitMessage must not be empty");
  if (!options.userName.trim() || !options.userEmail.trim()) problems.push("userName and userEmail must not be empty");
  if (options.cname !== void 0 && !isValidCname(options.cname)) problems.push(`cname "${options.cname}" is not a domain name (expected e.g. blog.example.com)`);
  const retries = options.retries ?? DEFAULT_RETRIES;
  if (!Number.isInteger(retries) || retries < 0) problems.push(`retries must be a whole number ≥ 0, got ${retries}`);
  if (problems.length === 0 && !await isDirectory(options.publishDir)) {
    problems.push(`publishDir ${options.publishDir} is not an existing folder (build the site first)`);
  }
  if (problems.length > 0) throw new DeployError(`Invalid deploy options: ${problems.join("; ")}`);
}
async function isDirectory(dir) {
  try {
    return (await stat2(dir)).isDirectory();
  } catch {
    return false;
  }
}
async function removeWorkFolder(workRoot, log) {
  try {
    await rm(workRoot, { recursive: true, force: true, maxRetries: 3 });
  } catch (error) {
    log(`Could not remove the temporary folder ${workRoot}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function backoff(attempt) {
  return 150 * attempt + Math.floor(Math.random() * 250);
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
function short(sha) {
  return sha.slice(0, 7);
}
function preview(paths) {
  return paths.length > 10 ? `${paths.slice(0, 10).join(", ")} and ${paths.length - 10} more` : paths.join(", ");
}

// src/deploy/should-deploy.ts
function shouldDeploy(ctx) {
  if (ctx.deploy === "false") return { deploy: false, reason: "Not deploying: deploy is off (deploy: false)." };
  if (!ctx.lintPassed) return { deploy: false, reason: "Not deploying: the lint failed; fix the findings first." };
  if (ctx.deploy === "always") return { deploy: true, reason: `Deploying: deploy is always (event ${ctx.eventName}, ${ctx.ref}).` };
  if (ctx.eventName !== "push") {
    return {
      deploy: false,
      reason: `Not deploying: event ${ctx.eventName} is not a push to the default branch (set deploy: always to deploy anyway).`
    };
  }
  if (!ctx.defaultBranch) {
    return { deploy: false, reason: "Not deploying: the default branch is unknown, so this push cannot be checked (set deploy: always to deploy anyway)." };
  }
  if (ctx.ref !== `refs/heads/${ctx.defaultBranch}`) {
    return {
      deploy: false,
      reason: `Not deploying: ${ctx.ref} is not the default branch ${ctx.defaultBranch} (set deploy: always to deploy anyway).`
    };
  }
  return { deploy: true, reason: `Deploying: push to the default branch ${ctx.defaultBranch} and the lint passed.` };
}

// src/deploy/cli-args.ts
import path3 from "node:path";
import { parseArgs } from "node:util";
var DEFAULT_PUBLISH_DIR = "_site";
var DeployArgsError = class extends Error {
  /**
   * @param flag - The offending flag, e.g. `--branch`, or the unexpected argument.
   * @param message - What is wrong and what is expected.
   */
  constructor(flag, message) {
    super(message);
    this.flag = flag;
    this.name = "DeployArgsError";
  }
  flag;
};
var OPTIONS = {
  dir: { type: "string" },
  branch: { type: "string" },
  remote: { type: "string" },
  cname: { type: "string" },
  keep: { type: "string", multiple: true },
  nojekyll: { type: "boolean" },
  "force-orphan": { type: "boolean" },
  "dry-run": { type: "boolean" },
  message: { type: "string" }
};
function parseDeployArgs(args, context) {
  const argv = args[0] === "deploy" ? args.slice(1) : [...args];
  const rejectedToken = argv.find((arg) => arg === "--token" || arg.startsWith("--token="));
  if (rejectedToken) {
    throw new DeployArgsError("--token", "Unexpected flag --token: pass the token in the GITHUB_TOKEN environment variable, never on the command line.");
  }
  const { values } = parseWithFlagErrors(argv);
  const dir = requireValue("--dir", values.dir ?? DEFAULT_PUBLISH_DIR);
  const branch = requireValue("--branch", values.branch ?? "gh-pages");
  if (!isValidBranchName(branch)) throw new DeployArgsError("--branch", `Unexpected --branch "${branch}": expected a valid git branch name, e.g. gh-pages.`);
  const remote = values.remote ?? context.defaultRemote;
  if (remote === void 0) throw new DeployArgsError("--remote", "Missing --remote: no default remote is known here; pass --remote URL.");
  requireValue("--remote", remote);
  if (values.cname !== void 0 && !isValidCname(values.cname)) {
    throw new DeployArgsError("--cname", `Unexpected --cname "${values.cname}": expected a bare domain name, e.g. blog.example.com (no https://, no path).`);
  }
  const keepFiles = (values.keep ?? []).map((glob) => requireValue("--keep", glob));
  const commitMessage = requireValue("--message", values.message ?? context.defaultMessage ?? "Deploy with bloglint");
  return resolveDeployOptions({
    publishDir: path3.resolve(context.cwd, dir),
    remote,
    branch,
    token: context.token,
    keepFiles,
    cname: values.cname?.trim(),
    nojekyll: values.nojekyll ?? false,
    forceOrphan: values["force-orphan"] ?? false,
    dryRun: values["dry-run"] ?? false,
    commitMessage
  });
}
function parseWithFlagErrors(argv) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error.code;
    const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL" ? /'([^']+)'/.exec(message)?.[1] : void 0) ?? "";
    throw new DeployArgsError(flag, `Invalid bloglint deploy arguments: ${message}`);
  }
}
function requireValue(flag, value) {
  if (value.trim() === "") throw new DeployArgsError(flag, `Unexpected empty ${flag}: expected a value.`);
  return value;
}
export {
  DEFAULT_BRANCH,
  DEFAULT_PUBLISH_DIR,
  DEFAULT_RETRIES,
  DEFAULT_USER_EMAIL,
  DEFAULT_USER_NAME,
  DeployArgsError,
  DeployError,
  deploy,
  isValidBranchName,
  isValidCname,
  parseDeployArgs,
  resolveDeployOptions,
  shouldDeploy
};
