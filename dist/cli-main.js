import { createRequire as __bloglintCreateRequire } from 'node:module'; const require = __bloglintCreateRequire(import.meta.url);
import {
  UsageError,
  decodeString,
  fingerprint,
  normalizeIdentifier,
  parse,
  postprocess,
  preprocess
} from "./chunks/cli-chunk-GNBG63FH.js";
import {
  require_picomatch
} from "./chunks/cli-chunk-COZSJVC5.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunks/cli-chunk-UFJBGWRS.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path15) {
      const ctrl = callVisitor(key, node, visitor, path15);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path15, ctrl);
        return visit_(key, ctrl, visitor, path15);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path15 = Object.freeze(path15.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path15);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path15 = Object.freeze(path15.concat(node));
          const ck = visit_("key", node.key, visitor, path15);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path15);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path15) {
      const ctrl = await callVisitor(key, node, visitor, path15);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path15, ctrl);
        return visitAsync_(key, ctrl, visitor, path15);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path15 = Object.freeze(path15.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path15);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path15 = Object.freeze(path15.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path15);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path15);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path15) {
      if (typeof visitor === "function")
        return visitor(key, node, path15);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path15);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path15);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path15);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path15);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path15);
      return void 0;
    }
    function replaceNode(key, path15, node) {
      const parent = path15[path15.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path15, value) {
      let v = value;
      for (let i = path15.length - 1; i >= 0; --i) {
        const k = path15[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path15) => path15 == null || typeof path15 === "object" && !!path15[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path15, value) {
        if (isEmptyPath(path15))
          this.add(value);
        else {
          const [key, ...rest] = path15;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path15) {
        const [key, ...rest] = path15;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path15, keepScalar) {
        const [key, ...rest] = path15;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path15) {
        const [key, ...rest] = path15;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path15, value) {
        const [key, ...rest] = path15;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment2, indent) {
      if (/^\n+$/.test(comment2))
        return comment2.substring(1);
      return indent ? comment2.replace(/^(?! *$)/gm, indent) : comment2;
    }
    var lineComment = (str, indent, comment2) => str.endsWith("\n") ? indentComment(comment2, indent) : comment2.includes("\n") ? "\n" + indentComment(comment2, indent) : (str.endsWith(" ") ? "" : " ") + comment2;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment2) {
        header += " " + commentString(comment2.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test2 = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test2) || compat?.some(test2))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment: comment2, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment3 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment3 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment3 = null, () => chompKeep = true);
        if (comment3)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment3));
        if (chompKeep && comment3)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment2) {
        str += "\n" + stringifyComment.indentComment(commentString(comment2), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment2 = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment2 = ik.comment;
          }
        }
        if (comment2)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment2 = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment2)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment2));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment2, chompKeep) {
      if (comment2 && chompKeep)
        comment2 = comment2.replace(/^\n+/, "");
      if (comment2) {
        const ic = stringifyComment.indentComment(commentString(comment2), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add2(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add2(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment: comment2, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set2.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set2.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path15, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path15, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path15) {
        if (Collection.isEmptyPath(path15)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path15) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path15, keepScalar) {
        if (Collection.isEmptyPath(path15))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path15, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path15) {
        if (Collection.isEmptyPath(path15))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path15) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path15, value) {
        if (Collection.isEmptyPath(path15)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path15), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path15, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment2 = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment2)
              comment2 = cb;
            else
              comment2 += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment2)
                comment2 += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment: comment2,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment2 = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment2)
                comment2 = cb;
              else
                comment2 += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment2)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment: comment2, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart2 = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart2 = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart2; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart2; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment2 = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment2 = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment: comment2, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd3, trimBoth;
      try {
        trimEnd3 = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd3 = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd3, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment: comment2, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment2)
        scalar.comment = comment2;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment: comment2, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment2;
        else
          node.commentBefore = comment2;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment: comment2, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        node.comment = comment2;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd2 = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd2, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd2, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment2 = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment2 += (comment2 === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment: comment2, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment: comment2, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment2) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment2}` : comment2;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment2;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path15) => {
      let item = cst;
      for (const [field, index] of path15) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path15) => {
      const parent = visit.itemAtPath(cst, path15.slice(0, -1));
      const field = path15[path15.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path15, item, visitor) {
      let ctrl = visitor(item, path15);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path15.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path15);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path15) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty3(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty3(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty3(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty3(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty3(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty3(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty3(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty3(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty3(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty3(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty3(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty3(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test2) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test2(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument4(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument4(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument4;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/punycode.js/punycode.js
var require_punycode = __commonJS({
  "node_modules/punycode.js/punycode.js"(exports, module) {
    "use strict";
    var maxInt = 2147483647;
    var base = 36;
    var tMin = 1;
    var tMax = 26;
    var skew = 38;
    var damp = 700;
    var initialBias = 72;
    var initialN = 128;
    var delimiter = "-";
    var regexPunycode = /^xn--/;
    var regexNonASCII = /[^\0-\x7F]/;
    var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
    var errors = {
      "overflow": "Overflow: input needs wider integers to process",
      "not-basic": "Illegal input >= 0x80 (not a basic code point)",
      "invalid-input": "Invalid input"
    };
    var baseMinusTMin = base - tMin;
    var floor = Math.floor;
    var stringFromCharCode = String.fromCharCode;
    function error(type) {
      throw new RangeError(errors[type]);
    }
    function map(array, callback) {
      const result = [];
      let length = array.length;
      while (length--) {
        result[length] = callback(array[length]);
      }
      return result;
    }
    function mapDomain(domain, callback) {
      const parts = domain.split("@");
      let result = "";
      if (parts.length > 1) {
        result = parts[0] + "@";
        domain = parts[1];
      }
      domain = domain.replace(regexSeparators, ".");
      const labels = domain.split(".");
      const encoded = map(labels, callback).join(".");
      return result + encoded;
    }
    function ucs2decode(string) {
      const output = [];
      let counter = 0;
      const length = string.length;
      while (counter < length) {
        const value = string.charCodeAt(counter++);
        if (value >= 55296 && value <= 56319 && counter < length) {
          const extra = string.charCodeAt(counter++);
          if ((extra & 64512) == 56320) {
            output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
          } else {
            output.push(value);
            counter--;
          }
        } else {
          output.push(value);
        }
      }
      return output;
    }
    var ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
    var basicToDigit = function(codePoint) {
      if (codePoint >= 48 && codePoint < 58) {
        return 26 + (codePoint - 48);
      }
      if (codePoint >= 65 && codePoint < 91) {
        return codePoint - 65;
      }
      if (codePoint >= 97 && codePoint < 123) {
        return codePoint - 97;
      }
      return base;
    };
    var digitToBasic = function(digit, flag) {
      return digit + 22 + 75 * (digit < 26) - ((flag != 0) << 5);
    };
    var adapt = function(delta, numPoints, firstTime) {
      let k = 0;
      delta = firstTime ? floor(delta / damp) : delta >> 1;
      delta += floor(delta / numPoints);
      for (; delta > baseMinusTMin * tMax >> 1; k += base) {
        delta = floor(delta / baseMinusTMin);
      }
      return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
    };
    var decode3 = function(input) {
      const output = [];
      const inputLength = input.length;
      let i = 0;
      let n = initialN;
      let bias = initialBias;
      let basic = input.lastIndexOf(delimiter);
      if (basic < 0) {
        basic = 0;
      }
      for (let j = 0; j < basic; ++j) {
        if (input.charCodeAt(j) >= 128) {
          error("not-basic");
        }
        output.push(input.charCodeAt(j));
      }
      for (let index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
        const oldi = i;
        for (let w = 1, k = base; ; k += base) {
          if (index >= inputLength) {
            error("invalid-input");
          }
          const digit = basicToDigit(input.charCodeAt(index++));
          if (digit >= base) {
            error("invalid-input");
          }
          if (digit > floor((maxInt - i) / w)) {
            error("overflow");
          }
          i += digit * w;
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (digit < t) {
            break;
          }
          const baseMinusT = base - t;
          if (w > floor(maxInt / baseMinusT)) {
            error("overflow");
          }
          w *= baseMinusT;
        }
        const out = output.length + 1;
        bias = adapt(i - oldi, out, oldi == 0);
        if (floor(i / out) > maxInt - n) {
          error("overflow");
        }
        n += floor(i / out);
        i %= out;
        output.splice(i++, 0, n);
      }
      return String.fromCodePoint(...output);
    };
    var encode2 = function(input) {
      const output = [];
      input = ucs2decode(input);
      const inputLength = input.length;
      let n = initialN;
      let delta = 0;
      let bias = initialBias;
      for (const currentValue of input) {
        if (currentValue < 128) {
          output.push(stringFromCharCode(currentValue));
        }
      }
      const basicLength = output.length;
      let handledCPCount = basicLength;
      if (basicLength) {
        output.push(delimiter);
      }
      while (handledCPCount < inputLength) {
        let m = maxInt;
        for (const currentValue of input) {
          if (currentValue >= n && currentValue < m) {
            m = currentValue;
          }
        }
        const handledCPCountPlusOne = handledCPCount + 1;
        if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
          error("overflow");
        }
        delta += (m - n) * handledCPCountPlusOne;
        n = m;
        for (const currentValue of input) {
          if (currentValue < n && ++delta > maxInt) {
            error("overflow");
          }
          if (currentValue === n) {
            let q = delta;
            for (let k = base; ; k += base) {
              const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
              if (q < t) {
                break;
              }
              const qMinusT = q - t;
              const baseMinusT = base - t;
              output.push(
                stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0))
              );
              q = floor(qMinusT / baseMinusT);
            }
            output.push(stringFromCharCode(digitToBasic(q, 0)));
            bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
            delta = 0;
            ++handledCPCount;
          }
        }
        ++delta;
        ++n;
      }
      return output.join("");
    };
    var toUnicode = function(input) {
      return mapDomain(input, function(string) {
        return regexPunycode.test(string) ? decode3(string.slice(4).toLowerCase()) : string;
      });
    };
    var toASCII = function(input) {
      return mapDomain(input, function(string) {
        return regexNonASCII.test(string) ? "xn--" + encode2(string) : string;
      });
    };
    var punycode2 = {
      /**
       * A string representing the current Punycode.js version number.
       * @memberOf punycode
       * @type String
       */
      "version": "2.3.1",
      /**
       * An object of methods to convert from JavaScript's internal character
       * representation (UCS-2) to Unicode code points, and back.
       * @see <https://mathiasbynens.be/notes/javascript-encoding>
       * @memberOf punycode
       * @type Object
       */
      "ucs2": {
        "decode": ucs2decode,
        "encode": ucs2encode
      },
      "decode": decode3,
      "encode": encode2,
      "toASCII": toASCII,
      "toUnicode": toUnicode
    };
    module.exports = punycode2;
  }
});

// src/cli/main.ts
import { execFileSync } from "node:child_process";
import { rename as rename2, writeFile } from "node:fs/promises";
import path14 from "node:path";

// src/core/apply-fixes.ts
import { lstat, open, rename, rm, stat, chmod } from "node:fs/promises";
import path2 from "node:path";

// src/parse/source-file.ts
import { isAscii, isUtf8, transcode } from "node:buffer";
import { createHash } from "node:crypto";
import { closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readSync, realpathSync } from "node:fs";
import { realpath } from "node:fs/promises";
import path from "node:path";
var DEFAULT_READ_LIMITS = { maxFileBytes: 10 * 1024 * 1024 };
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
async function readSourceFile(root, relativePath, limits = DEFAULT_READ_LIMITS) {
  return readSourceFileSync(root, relativePath, limits);
}
function readSourceFileSync(root, relativePath, limits = DEFAULT_READ_LIMITS, options = {}) {
  let fd;
  try {
    const opened = openSourceFile(root, relativePath, limits);
    if (!opened.ok) return opened;
    fd = opened.fd;
    const want = options.maxBytes === void 0 ? opened.stat.size : Math.min(opened.stat.size, options.maxBytes);
    const buffer = readBuffer(want);
    return finishRead(buffer.subarray(0, readOpened(fd, buffer, 0, want)), opened.stat, options);
  } catch (error) {
    return fail("unreadable", describeFsError(error));
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function openSourceFile(root, relativePath, limits) {
  const absolute = absolutePath(root, relativePath);
  let fd;
  try {
    if (fsConstants.O_NOFOLLOW === void 0 && lstatSync(absolute).isSymbolicLink()) throw Object.assign(new Error("symlink"), { code: "ELOOP" });
    fd = openSync(absolute, OPEN_NO_FOLLOW);
  } catch (error) {
    const code2 = error.code;
    if (code2 !== "ELOOP" && code2 !== "EMLINK") throw error;
    if (!isInside(root, realpathSync(absolute))) {
      return fail("outside-root", "is a symlink that points outside the site root; bloglint does not follow it (GitHub Pages does not publish it either). Replace it with a real file.");
    }
    fd = openSync(absolute, "r");
  }
  let stat3;
  try {
    stat3 = fstatSync(fd);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  const refused = !stat3.isFile() ? fail("not-a-file", "is not a regular file.") : stat3.size > limits.maxFileBytes ? fail("too-large", `is ${formatBytes(stat3.size)}, over the ${formatBytes(limits.maxFileBytes)} limit; it was not checked. Raise \`max-file-size\` in .bloglint.yml if this is intended.`) : void 0;
  if (refused) {
    closeSync(fd);
    return refused;
  }
  return { ok: true, fd, stat: stat3 };
}
function readOpened(fd, buffer, offset, want) {
  let got = 0;
  while (got < want) {
    const n = readSync(fd, buffer, offset + got, want - got, got);
    if (n === 0) break;
    got += n;
  }
  return got;
}
function finishRead(read, stat3, options) {
  const { maxBytes } = options;
  const complete = read.length >= stat3.size;
  const bytes = complete ? read : read.subarray(0, completeUtf8Length(read));
  const head = maxBytes === void 0 && !options.forCache ? void 0 : scanHead(bytes);
  const end = head ? head.end : bytes.length;
  let forCache;
  if (options.forCache) {
    forCache = { stamp: { size: stat3.size, mtimeMs: stat3.mtimeMs, ctimeMs: stat3.ctimeMs, ino: stat3.ino }, headHash: hashBytes(bytes.subarray(0, end)) };
    const hasBom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
    if (options.knownHead && !bytes.subarray(0, 8192).includes(0) && isUtf8(bytes) && options.knownHead(forCache.headHash, stat3.size, hasBom)) {
      return { ok: true, text: "", hasBom, bytes: stat3.size, complete, ...forCache, known: true };
    }
  }
  const decoded = decode(bytes, maxBytes === void 0 ? bytes.length : end);
  if (!decoded.ok) return decoded;
  const result = { ok: true, text: decoded.text, hasBom: decoded.hasBom, bytes: stat3.size, complete };
  if (forCache) {
    result.stamp = forCache.stamp;
    result.headHash = forCache.headHash;
  }
  if (head && maxBytes !== void 0) result.closed = head.closed;
  return result;
}
function scanHead(bytes) {
  const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  if (!(bytes[start] === 45 && bytes[start + 1] === 45 && bytes[start + 2] === 45)) {
    const newline2 = bytes.indexOf(10);
    return { end: newline2 === -1 ? bytes.length : newline2 + 1, closed: true };
  }
  for (let at = bytes.indexOf(10, start + 3); at !== -1; at = bytes.indexOf(10, at + 1)) {
    const c = bytes[at + 1];
    if (c !== 45 && c !== 46 || bytes[at + 2] !== c || bytes[at + 3] !== c) continue;
    let p = at + 4;
    while (bytes[p] === 32 || bytes[p] === 9) p++;
    if (bytes[p] === 13) p++;
    if (p >= bytes.length) return { end: bytes.length, closed: true };
    if (bytes[p] === 10) return { end: p + 1, closed: true };
  }
  return { end: bytes.length, closed: false };
}
function absolutePath(root, relativePath) {
  if (path.sep === "/" && relativePath !== "" && !/(?:^|\/)\.{1,2}(?:\/|$)|\/\/|^\/|\/$/.test(relativePath)) return root.endsWith("/") ? root + relativePath : `${root}/${relativePath}`;
  return path.join(root, ...relativePath.split("/"));
}
function hashBytes(bytes) {
  return createHash("sha1").update(bytes).digest("base64").slice(0, 27);
}
var OPEN_NO_FOLLOW = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0);
var shared = Buffer.allocUnsafe(64 * 1024);
function readBuffer(size) {
  if (size <= shared.length) return shared;
  if (size > 16 * 1024 * 1024) return Buffer.allocUnsafe(size);
  shared = Buffer.allocUnsafe(Math.max(size, shared.length * 2));
  return shared;
}
function releasedTextFile(root, relativePath, limits, read) {
  return new ReleasedTextFile(root, relativePath, limits, read.hasBom, read.bytes);
}
var ReleasedTextFile = class {
  constructor(root, relativePath, limits, hasBom, bytes) {
    this.root = root;
    this.relativePath = relativePath;
    this.limits = limits;
    this.hasBom = hasBom;
    this.bytes = bytes;
  }
  root;
  relativePath;
  limits;
  hasBom;
  bytes;
  ok = true;
  #text = void 0;
  get text() {
    if (this.#text === void 0) {
      const again = readSourceFileSync(this.root, this.relativePath, this.limits);
      this.#text = again.ok ? again.text : "";
    }
    return this.#text;
  }
  release() {
    this.#text = void 0;
  }
};
function detach(s) {
  if (s.length < 13) return s;
  if (s.length * 3 > detachBytes.length || !s.isWellFormed()) return (" " + s).slice(1);
  const { written } = utf8Encoder.encodeInto(s, detachBytes);
  return utf8Copy.decode(detachBytes.subarray(0, written));
}
function intern(s) {
  const known = interned.get(s);
  if (known !== void 0) return known;
  const copy = detach(s);
  if (interned.size < 8192 && s.length <= 256) interned.set(copy, copy);
  return copy;
}
function keep(s) {
  return s.length < 13 ? intern(s) : detach(s);
}
var interned = /* @__PURE__ */ new Map();
var utf8Encoder = new TextEncoder();
var utf8Copy = new TextDecoder("utf-8", { ignoreBOM: true });
var detachBytes = new Uint8Array(48 * 1024);
function readHeadFrom(root, relativePath, limits, options, from) {
  for (let size = from; ; size *= 4) {
    const head = readSourceFileSync(root, relativePath, limits, { ...options, maxBytes: size });
    if (holdsFrontMatter(head)) return head;
  }
}
var HEAD_BYTES = 4096;
function holdsFrontMatter(head) {
  return !head.ok || head.known === true || head.complete === true || head.closed !== false;
}
function readSourceHeads(requests, limits = DEFAULT_READ_LIMITS) {
  if (requests.length > HEADS_AT_ONCE) {
    const heads = [];
    for (let at = 0; at < requests.length; at += HEADS_AT_ONCE) heads.push(...readSourceHeads(requests.slice(at, at + HEADS_AT_ONCE), limits));
    return heads;
  }
  const slab = headSlab(requests.length);
  const firsts = requests.map(({ root, relativePath }, i) => {
    let fd;
    try {
      const opened = openSourceFile(root, relativePath, limits);
      if (!opened.ok) return opened;
      fd = opened.fd;
      return { stat: opened.stat, length: readOpened(fd, slab, i * HEAD_BYTES, Math.min(opened.stat.size, HEAD_BYTES)) };
    } catch (error) {
      return fail("unreadable", describeFsError(error));
    } finally {
      if (fd !== void 0) closeSync(fd);
    }
  });
  return firsts.map((first, i) => {
    if ("ok" in first) return first;
    const { root, relativePath, options = {} } = requests[i];
    let head;
    try {
      head = finishRead(slab.subarray(i * HEAD_BYTES, i * HEAD_BYTES + first.length), first.stat, { forCache: options.forCache, knownHead: options.knownHead, maxBytes: HEAD_BYTES });
    } catch (error) {
      head = fail("unreadable", describeFsError(error));
    }
    return holdsFrontMatter(head) ? head : readHeadFrom(root, relativePath, limits, options, HEAD_BYTES * 4);
  });
}
var HEADS_AT_ONCE = 64;
var slabBuffer = Buffer.allocUnsafe(0);
function headSlab(count) {
  if (slabBuffer.length < count * HEAD_BYTES) slabBuffer = Buffer.allocUnsafe(count * HEAD_BYTES);
  return slabBuffer;
}
function completeUtf8Length(bytes) {
  let end = bytes.length;
  let back = 0;
  while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 192) === 128) back++;
  const lead = bytes[end - back - 1];
  if (lead !== void 0 && lead >= 192) {
    const need = lead >= 240 ? 3 : lead >= 224 ? 2 : 1;
    if (back < need) end = end - back - 1;
  }
  return end;
}
function decode(buffer, decodeLength = buffer.length) {
  const probe = buffer.subarray(0, 8192);
  if (probe.includes(0)) return fail("binary", "is a binary file, not text; it was not checked. Rename it if it is not a post.");
  if (!isUtf8(buffer)) {
    const offset = firstInvalidUtf8(buffer);
    return fail("invalid-utf8", `is not valid UTF-8 (first bad byte on line ${lineOfByte(buffer, offset)}, byte offset ${offset}); Jekyll skips such a post silently. Re-save it as UTF-8.`);
  }
  const text2 = validUtf8Text(decodeLength < buffer.length ? buffer.subarray(0, decodeLength) : buffer);
  const hasBom = text2.charCodeAt(0) === 65279;
  return { ok: true, text: hasBom ? text2.slice(1) : text2, hasBom, bytes: buffer.length };
}
function validUtf8Text(bytes) {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buffer)) return buffer.toString("latin1");
  if (buffer.length >= TRANSCODE_FROM && canTranscode) return transcode(buffer, "utf8", "utf16le").toString("utf16le");
  return utf8.decode(buffer);
}
var TRANSCODE_FROM = 1024;
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
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i];
    const trailing = c < 128 ? 0 : c >= 194 && c < 224 ? 1 : c >= 224 && c < 240 ? 2 : c >= 240 && c < 245 ? 3 : -1;
    if (trailing < 0) return i;
    for (let k = 1; k <= trailing; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 192) !== 128) return i;
    }
    i += trailing + 1;
  }
  return 0;
}
function lineOfByte(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}
function fail(reason, message) {
  return { ok: false, reason, message };
}
function describeFsError(error) {
  const code2 = error?.code;
  if (code2 === "EACCES" || code2 === "EPERM") return "cannot be read (permission denied); check its permissions.";
  if (code2 === "ELOOP") return "is a symlink loop; remove the link.";
  if (code2 === "ENOENT") return "does not exist (a dangling symlink?).";
  return `cannot be read (${code2 ?? String(error)}).`;
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
async function readSettingsFile(root, relativePath, maxBytes = 1024 * 1024) {
  const absolute = path.resolve(root, relativePath);
  let real;
  try {
    real = await realpath(absolute);
  } catch {
    return void 0;
  }
  if (!isInside(root, real)) throw new Error(`\`${relativePath}\` is outside the site root (or links out of it); bloglint reads settings only from inside the site root`);
  const read = await readSourceFile(root, path.relative(root, real).split(path.sep).join("/"), { maxFileBytes: maxBytes });
  if (!read.ok) throw new Error(`\`${relativePath}\` ${read.message}`);
  return read.text;
}

// src/parse/location.ts
var Location = class {
  constructor(text2) {
    this.text = text2;
    const starts = [0];
    for (let i = 0; i < text2.length; i++) {
      const c = text2.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text2.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }
  text;
  /** Offsets at which each line starts. */
  lineStarts;
  /** Number of lines (a final line break opens an empty last line). */
  get lineCount() {
    return this.lineStarts.length;
  }
  /** Point of an offset (clamped into the text). */
  toPoint(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    const column = Math.min(o, this.lineEnd(lo + 1)) - this.lineStarts[lo] + 1;
    return { line: lo + 1, column };
  }
  /** Range of an offset span. */
  toRange(start, end) {
    return { start: this.toPoint(start), end: this.toPoint(end) };
  }
  /** Offset of a point (clamped into the text). */
  toOffset(point) {
    const line = Math.max(1, Math.min(point.line, this.lineStarts.length));
    const start = this.lineStarts[line - 1];
    return Math.min(start + point.column - 1, this.lineEnd(line));
  }
  /** Offset where `line` starts. */
  lineStart(line) {
    return this.lineStarts[line - 1] ?? this.text.length;
  }
  /** Offset where `line`'s content ends (before its line break). */
  lineEnd(line) {
    const next = this.lineStarts[line];
    if (next === void 0) return this.text.length;
    let end = next;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
  /** The text of `line`, without its line break. */
  lineText(line) {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
};

// src/core/apply-fixes.ts
function applyFixesToText(text2, fixes) {
  const location = new Location(text2);
  const edits = fixes.map((fix) => ({ start: location.toOffset(fix.range.start), end: location.toOffset(fix.range.end), text: fix.text })).sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text2;
  let applied = 0;
  let skipped = 0;
  let limit = Infinity;
  const seen = /* @__PURE__ */ new Set();
  for (const edit of edits) {
    const key = `${edit.start}:${edit.end}:${edit.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (edit.end > limit || edit.end === limit && edit.start === edit.end && applied > 0 && edit.start === limit) {
      skipped++;
      continue;
    }
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    limit = edit.start;
    applied++;
  }
  return { text: out, applied, skipped };
}
async function applyFixesToFiles(root, findings) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.fix) continue;
    const list2 = byFile.get(f.file);
    if (list2) list2.push(f.fix);
    else byFile.set(f.file, [f.fix]);
  }
  const results = [];
  for (const [file, fixes] of [...byFile].sort(([a], [b]) => a < b ? -1 : 1)) {
    results.push(await fixFile(root, file, fixes));
  }
  return results;
}
async function fixFile(root, file, fixes) {
  const absolute = path2.join(root, ...file.split("/"));
  const refused = (reason) => ({ file, applied: 0, skipped: fixes.length, refused: reason });
  let info;
  try {
    info = await lstat(absolute);
  } catch {
    return refused("it no longer exists");
  }
  if (info.isSymbolicLink()) return refused("it is a symlink; bloglint never writes through a link");
  if (!info.isFile()) return refused("it is not a regular file");
  let bytes;
  const handle = await open(absolute, "r");
  try {
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  const read = decode(bytes);
  if (!read.ok) return refused(read.message);
  const result = applyFixesToText(read.text, fixes);
  if (result.applied === 0 || result.text === read.text) return { file, applied: 0, skipped: result.skipped };
  const output = (read.hasBom ? "\uFEFF" : "") + result.text;
  const temp = `${absolute}.bloglint-${process.pid}-${Date.now()}.tmp`;
  try {
    const out = await open(temp, "wx", info.mode & 511);
    try {
      await out.writeFile(output, "utf8");
      await out.sync();
    } finally {
      await out.close();
    }
    const now = await stat(absolute);
    if (now.mtimeMs !== info.mtimeMs || now.size !== info.size) {
      await rm(temp, { force: true });
      return refused("it changed while bloglint was fixing it; run again");
    }
    await chmod(temp, info.mode & 4095);
    await rename(temp, absolute);
  } catch (error) {
    await rm(temp, { force: true });
    return refused(`it could not be written (${error.code ?? String(error)})`);
  }
  return { file, applied: result.applied, skipped: result.skipped };
}

// src/core/fail-level.ts
function shouldFail(findings, failOn, maxWarnings) {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (maxWarnings !== void 0 && warnings > maxWarnings) return true;
  if (failOn === "never") return false;
  if (failOn === "warning") return errors + warnings > 0;
  return errors > 0;
}

// src/core/rule.ts
function defineRule(rule) {
  return rule;
}
function renderMessage(template, data) {
  return template.replace(/\{(\w+)\}/g, (m, name) => name in data ? data[name] : m);
}
function ruleUrl(id) {
  return `https://github.com/bloglint/bloglint#${id}`;
}

// src/core/run.ts
import { realpath as realpath2, stat as stat2 } from "node:fs/promises";
import path11 from "node:path";

// src/parse/front-matter.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/parse/front-matter-fast.ts
var import_yaml = __toESM(require_dist(), 1);

// src/parse/front-matter-keys.ts
var EMPTY_VALUES = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL", '""', "''", "[]", "{}"]);
var HASH = 35;
var SPACE = 32;
var TAB = 9;
var LINE_TERMINATOR_INSIDE = /[\u2028\u2029]/;
function keysWithValues(yaml) {
  const keys = [];
  let key;
  let hasValue = false;
  const n = yaml.length;
  const hasCr = yaml.includes("\r");
  for (let pos = 0; pos <= n; ) {
    let end = hasCr ? pos : yaml.indexOf("\n", pos);
    if (end === -1) end = n;
    else if (hasCr) {
      while (end < n) {
        const c2 = yaml.charCodeAt(end);
        if (c2 === 10 || c2 === 13) break;
        end++;
      }
    }
    const next = end < n && yaml.charCodeAt(end) === 13 && yaml.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const c = pos < end ? yaml.charCodeAt(pos) : -1;
    if (isKeyStart(c)) {
      let k = pos + 1;
      while (k < end && isKeyChar(yaml.charCodeAt(k))) k++;
      const keyEnd = k;
      while (k < end && (yaml.charCodeAt(k) === SPACE || yaml.charCodeAt(k) === TAB)) k++;
      if (k >= end || yaml.charCodeAt(k) !== 58) return void 0;
      k++;
      let inline2 = "";
      if (k < end) {
        if (yaml.charCodeAt(k) !== SPACE && yaml.charCodeAt(k) !== TAB) return void 0;
        while (k < end && (yaml.charCodeAt(k) === SPACE || yaml.charCodeAt(k) === TAB)) k++;
        inline2 = yaml.slice(k, end);
        if (LINE_TERMINATOR_INSIDE.test(inline2)) return void 0;
      }
      if (key !== void 0 && hasValue) keys.push(intern(key));
      key = yaml.slice(pos, keyEnd);
      hasValue = inlineHasValue(inline2);
    } else if (c !== HASH && !((c === SPACE || c === TAB) && key !== void 0 && hasValue)) {
      const line = yaml.slice(pos, end);
      if (line.trim() !== "" && !/^\s*#/.test(line)) {
        if (!/^\s/.test(line) || key === void 0) return void 0;
        hasValue = true;
      }
    }
    if (end >= n) break;
    pos = next;
  }
  if (key !== void 0 && hasValue) keys.push(intern(key));
  return keys;
}
function inlineHasValue(inline2) {
  if (inline2.includes("#")) inline2 = inline2.replace(/(?:^|\s+)#.*$/, "");
  const trimmed = inline2.trim();
  return trimmed.length > 4 || !EMPTY_VALUES.has(trimmed);
}
var EMPTY_VALUE_FIRST = new Set([...`~nN"'[{#`].map((c) => c.charCodeAt(0)));
function isKeyStart(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function isKeyChar(c) {
  return isKeyStart(c) || c === 45;
}

// src/parse/yaml-schema.ts
function psychTags(tags) {
  return tags.map((tag) => isTimestamp(tag) ? psychTimestamp(tag) : tag);
}
function isTimestamp(tag) {
  return typeof tag === "object" && tag.tag === "tag:yaml.org,2002:timestamp";
}
var ZONE_WITHOUT_COLON = /^(-?\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|\s+)(\d{1,2}):(\d\d):(\d\d)(?:\.(\d*))?\s*([-+])(\d{1,2})(\d\d)$/;
var PSYCH_TIME = /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/;
var PSYCH_DATE = /^(\d{4})-(1[012]|0\d|\d)-([12]\d|3[01]|0\d|\d)$/;
var YamlDay = class extends Date {
};
function psychTimestamp(library) {
  const libraryTest = library.test;
  return {
    ...library,
    test: new RegExp(`(?=${PSYCH_TIME.source}|${PSYCH_DATE.source})(?:${libraryTest.source}|${ZONE_WITHOUT_COLON.source})`),
    resolve(value, onError, options) {
      const dateOnly = PSYCH_DATE.exec(value);
      if (dateOnly) {
        const [year2, month2, date] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
        const utc = Date.UTC(year2, month2 - 1, date);
        const back = new Date(utc);
        if (month2 < 1 || date < 1 || back.getUTCMonth() !== month2 - 1 || back.getUTCDate() !== date) return value;
        return new YamlDay(utc);
      }
      const m = libraryTest.test(value) ? null : ZONE_WITHOUT_COLON.exec(value);
      if (!m) return library.resolve(value, onError, options);
      const [, year, month, day, hour, minute, second, fraction = "", sign, zoneHours, zoneMinutes] = m;
      const millis = Number(`0.${fraction || "0"}`) * 1e3;
      const offset = (Number(zoneHours) * 60 + Number(zoneMinutes)) * (sign === "-" ? -1 : 1);
      return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), millis) - offset * 6e4);
    }
  };
}

// src/parse/front-matter-fast.ts
function parseFrontMatterFast(text2, block2, options = {}) {
  const { yamlStart, yamlEnd } = block2;
  if (yamlEnd <= yamlStart) return void 0;
  if (!precheck(text2, yamlStart, yamlEnd)) return void 0;
  try {
    const parser = new FastParser(text2, yamlStart, yamlEnd, options.keepStrings ?? true);
    const parsed = parser.document();
    const result = { block: block2, data: parsed.data, tree: parsed.tree, errors: [], duplicateKeys: [], notAMapping: false };
    valuedKeys.set(result, parser.plainBlockStyle ? parser.valued : null);
    return result;
  } catch (error) {
    if (error === DECLINE) return void 0;
    throw error;
  }
}
function valuedKeysOf(fm) {
  return valuedKeys.get(fm);
}
var valuedKeys = /* @__PURE__ */ new WeakMap();
var DECLINE = new Error("front matter outside the fast subset");
function decline() {
  throw DECLINE;
}
var ODD_CHARACTER = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
var LONE_CR_OR_TAB_INDENT = /\r(?!\n)|(?:^|\n) *\t/;
function precheck(text2, start, end) {
  const yaml = start === 0 && end === text2.length ? text2 : text2.slice(start, end);
  return !ODD_CHARACTER.test(yaml) && !((yaml.includes("\r") || yaml.includes("	")) && LONE_CR_OR_TAB_INDENT.test(yaml));
}
var RESOLVER = new import_yaml.Document(void 0, { version: "1.1", customTags: psychTags, uniqueKeys: true, prettyErrors: false, strict: true, stringKeys: false });
var VALUE_TAGS = RESOLVER.schema.tags.filter((tag) => tag.default === true && !tag.collection && tag.test instanceof RegExp);
var KEY_TAGS = RESOLVER.schema.tags.filter((tag) => (tag.default === true || tag.default === "key") && !tag.collection && tag.test instanceof RegExp);
var RESOLVE_OPTIONS = RESOLVER.options;
var TAGGED_FIRST = new Set([..."~NnYyTtOoFfEe+-.<0123456789"].map((c) => c.charCodeAt(0)));
function resolvePlain(source) {
  if (source.length > 0 && !TAGGED_FIRST.has(source.charCodeAt(0))) return source;
  const common = COMMON_PLAIN.get(source);
  return common !== void 0 ? common.value : resolveByTags(source);
}
function resolveByTags(source) {
  for (const tag of VALUE_TAGS) {
    if (!tag.test.test(source)) continue;
    let failed = false;
    let resolved;
    try {
      resolved = tag.resolve(source, () => failed = true, RESOLVE_OPTIONS);
    } catch {
      decline();
    }
    if (failed) decline();
    return (0, import_yaml.isScalar)(resolved) ? resolved.value : resolved;
  }
  return source;
}
var COMMON_PLAIN = new Map(["true", "false"].map((source) => [source, { value: resolveByTags(source) }]));
function isStringKey(source) {
  if (source.length > 0 && !TAGGED_FIRST.has(source.charCodeAt(0))) return true;
  let known = stringKeys.get(source);
  if (known === void 0) {
    known = !KEY_TAGS.some((tag) => tag.test.test(source));
    if (stringKeys.size < 4096 && source.length <= 64) stringKeys.set(source, known);
  }
  return known;
}
var stringKeys = /* @__PURE__ */ new Map();
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var MAX_DEPTH = 64;
var MAX_KEY_LENGTH = 1e3;
var SPACE2 = 32;
var TAB2 = 9;
var HASH2 = 35;
var COLON = 58;
var DASH = 45;
var FastParser = class {
  constructor(text2, start, end, keepStrings) {
    this.keepStrings = keepStrings;
    this.text = text2;
    this.limit = end;
    let pos = start;
    while (pos < end) {
      let nl = text2.indexOf("\n", pos);
      if (nl === -1 || nl >= end) nl = -1;
      const lineEnd3 = nl === -1 ? end : nl;
      this.lineStart.push(pos);
      this.contentEnd.push(lineEnd3 > pos && text2.charCodeAt(lineEnd3 - 1) === 13 ? lineEnd3 - 1 : lineEnd3);
      this.nextStart.push(nl === -1 ? end : nl + 1);
      this.indents.push(-2);
      pos = nl === -1 ? end : nl + 1;
    }
    this.lineCount = this.lineStart.length;
    const last = this.lineCount - 1;
    if (this.nextStart[last] === this.contentEnd[last] && this.contentEnd[last] > this.lineStart[last] && this.indent(last) === -1) decline();
  }
  keepStrings;
  text;
  limit;
  /** Per line: start offset, end of its content (before `\r\n`/`\n`), start of the next line. */
  lineStart = [];
  contentEnd = [];
  nextStart = [];
  /** Per line: number of leading spaces, or -1 for a blank line; `-2` until computed. */
  indents = [];
  lineCount;
  /** The current line. */
  line = 0;
  /** Top-level keys that carry a value (`valuedKeysOf`), and whether the block is plain block style to `keysWithValues`. */
  valued = [];
  plainBlockStyle = true;
  scalar(value, start, end, style) {
    return { kind: "scalar", value: this.keepStrings && typeof value === "string" ? keep(value) : value, start, end, style };
  }
  /** Leading spaces of line `i`, or -1 when it is blank (spaces only). */
  indent(i) {
    let cached = this.indents[i];
    if (cached !== -2) return cached;
    const start = this.lineStart[i];
    const end = this.contentEnd[i];
    let p = start;
    while (p < end && this.text.charCodeAt(p) === SPACE2) p++;
    cached = p === end ? -1 : p - start;
    this.indents[i] = cached;
    return cached;
  }
  /** A blank or comment line (not content). */
  isTrivia(i) {
    const indent = this.indent(i);
    return indent === -1 || this.text.charCodeAt(this.lineStart[i] + indent) === HASH2;
  }
  isSeqItem(i, indent) {
    const p = this.lineStart[i] + indent;
    if (this.text.charCodeAt(p) !== DASH) return false;
    return p + 1 === this.contentEnd[i] || this.text.charCodeAt(p + 1) === SPACE2 || this.text.charCodeAt(p + 1) === TAB2;
  }
  document() {
    while (this.line < this.lineCount && this.isTrivia(this.line)) this.line++;
    if (this.line >= this.lineCount || this.indent(this.line) !== 0) decline();
    const map = this.map(0, 0);
    if (this.line !== this.lineCount) decline();
    return { data: map.data, tree: map.node };
  }
  /** Whether a key (`[A-Za-z_][A-Za-z0-9_-]*`, then `:` and a blank or the end of the line) starts at `p`. */
  keyAt(p, lineEnd3) {
    return this.keyEnd(p, lineEnd3) !== -1;
  }
  /** The end of the key starting at `p` (before its `:`), or -1 when no key starts there. */
  keyEnd(p, lineEnd3) {
    const text2 = this.text;
    let c = text2.charCodeAt(p);
    if (!(c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95)) return -1;
    let q = p + 1;
    for (; q < lineEnd3; q++) {
      c = text2.charCodeAt(q);
      if (!(c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 95 || c === DASH)) break;
    }
    if (q >= lineEnd3 || text2.charCodeAt(q) !== COLON) return -1;
    if (q + 1 < lineEnd3 && text2.charCodeAt(q + 1) !== SPACE2 && text2.charCodeAt(q + 1) !== TAB2) return -1;
    return q;
  }
  /** The block mapping whose first key is on the current line, at column `indent`. */
  map(indent, depth) {
    if (depth > MAX_DEPTH) decline();
    const text2 = this.text;
    const entries = [];
    const data = {};
    const seen = /* @__PURE__ */ new Set();
    const mapStart = this.lineStart[this.line] + indent;
    let valueEnd = mapStart;
    let pending;
    for (; ; ) {
      const i = this.line;
      const lineEnd3 = this.contentEnd[i];
      const keyStart = this.lineStart[i] + indent;
      const keyEnd = this.keyEnd(keyStart, lineEnd3);
      if (keyEnd === -1) decline();
      let p = keyEnd + 1;
      const key = intern(text2.slice(keyStart, keyEnd));
      if (key.length > MAX_KEY_LENGTH || FORBIDDEN_KEYS.has(key) || seen.has(key) || !isStringKey(key)) decline();
      seen.add(key);
      while (p < lineEnd3 && (text2.charCodeAt(p) === SPACE2 || text2.charCodeAt(p) === TAB2)) p++;
      let value;
      let jsValue;
      pending = void 0;
      let valued = depth === 0 && p < lineEnd3 && (!EMPTY_VALUE_FIRST.has(text2.charCodeAt(p)) || inlineHasValue(text2.slice(p, lineEnd3)));
      if (p === lineEnd3 || text2.charCodeAt(p) === HASH2) {
        let hasComment = p < lineEnd3;
        let j = i + 1;
        for (; j < this.lineCount && this.isTrivia(j); j++) if (this.indent(j) !== -1) hasComment = true;
        const next2 = j < this.lineCount ? this.indent(j) : -1;
        this.line = j;
        if (next2 > indent || next2 === indent && this.isSeqItem(j, next2)) {
          if (depth === 0 && next2 === 0) this.plainBlockStyle = false;
          valued = true;
          const child = this.isSeqItem(j, next2) ? this.seq(next2, depth + 1) : this.map(next2, depth + 1);
          value = child.node;
          jsValue = child.data;
          valueEnd = child.end;
          pending = child.pending;
        } else {
          jsValue = resolvePlain("");
          value = this.scalar(jsValue, p, p, "plain");
          valueEnd = !hasComment || next2 === indent ? p : next2 === -1 ? this.limit : this.lineStart[j] + next2;
        }
      } else {
        const c0 = text2.charCodeAt(p);
        let flowValue = true;
        if (c0 === 124 || c0 === 62) {
          const blockScalar = this.blockScalar(p, indent);
          value = blockScalar.node;
          jsValue = blockScalar.node.value;
          valueEnd = blockScalar.end;
          flowValue = false;
        } else {
          const inline2 = this.inlineValue(p);
          value = inline2.node;
          jsValue = inline2.data;
          valueEnd = this.nextStart[i];
          this.line = i + 1;
        }
        const trivia = this.trailingTrivia(indent, flowValue, valueEnd);
        valueEnd = trivia.valueEnd;
        pending = trivia.pending;
        if (value.kind === "seq") value.end = valueEnd;
      }
      entries.push({ key, keyStart, keyEnd, value });
      data[key] = jsValue;
      if (valued && depth === 0) this.valued.push(key);
      if (this.line >= this.lineCount) break;
      const next = this.indent(this.line);
      if (next === indent) continue;
      if (next < indent) break;
      decline();
    }
    return this.close({ kind: "map", entries, start: mapStart, end: 0 }, data, indent, valueEnd, pending);
  }
  /** The block sequence whose first `-` is on the current line, at `indent`. */
  seq(indent, depth) {
    if (depth > MAX_DEPTH) decline();
    const text2 = this.text;
    const items = [];
    const data = [];
    const seqStart = this.lineStart[this.line] + indent;
    let valueEnd = seqStart;
    let pending;
    for (; ; ) {
      const i = this.line;
      const lineEnd3 = this.contentEnd[i];
      let p = this.lineStart[i] + indent + 1;
      while (p < lineEnd3 && text2.charCodeAt(p) === SPACE2) p++;
      if (p === lineEnd3 || text2.charCodeAt(p) === TAB2 || p === this.lineStart[i] + indent + 1) decline();
      const c0 = text2.charCodeAt(p);
      if (c0 === HASH2 || c0 === 124 || c0 === 62) decline();
      if (this.keyAt(p, lineEnd3)) {
        const child = this.map(p - this.lineStart[i], depth + 1);
        valueEnd = child.end;
        pending = child.pending;
        items.push(child.node);
        data.push(child.data);
      } else {
        const inline2 = this.inlineValue(p);
        this.line = i + 1;
        const trivia = this.trailingTrivia(indent, true, this.nextStart[i]);
        valueEnd = trivia.valueEnd;
        pending = trivia.pending;
        if (inline2.node.kind === "seq") inline2.node.end = valueEnd;
        items.push(inline2.node);
        data.push(inline2.data);
      }
      if (this.line >= this.lineCount) break;
      const next = this.indent(this.line);
      if (next === indent && this.isSeqItem(this.line, next)) continue;
      if (next <= indent) break;
      decline();
    }
    return this.close({ kind: "seq", items, start: seqStart, end: 0 }, data, indent, valueEnd, pending);
  }
  /** Where a popped collection ends, and which trailing lines move on to its parent (parser.js `pop`). */
  close(node, data, indent, valueEnd, pending) {
    if (pending && this.line < this.lineCount) pending.end = this.lineStart[this.line] + this.indent(this.line);
    if (pending && indent !== 0 && pending.maxCommentIndent >= indent) {
      node.end = pending.end;
      return { node, data, end: pending.end, pending: void 0 };
    }
    node.end = valueEnd;
    return { node, data, end: valueEnd, pending };
  }
  /**
   * Consumes the blank and comment lines after a value of the collection at `indent` (parser.js
   * `blockMap`/`blockSequence` on newline, space and comment tokens). `flowValue`: the value is a
   * flow scalar or flow collection, whose `end` tokens take more-indented comment lines.
   */
  trailingTrivia(indent, flowValue, valueEnd) {
    let pending;
    let hasComment = false;
    let end = valueEnd;
    while (this.line < this.lineCount && this.isTrivia(this.line)) {
      const i = this.line;
      const lineIndent = this.indent(i);
      if (lineIndent === -1) {
        pending ??= { end: 0, maxCommentIndent: -1 };
        pending.end = this.nextStart[i];
      } else if (lineIndent > indent && !hasComment && flowValue) {
        end = this.nextStart[i];
        pending = void 0;
      } else {
        pending ??= { end: 0, maxCommentIndent: -1 };
        pending.end = this.nextStart[i];
        pending.maxCommentIndent = Math.max(pending.maxCommentIndent, lineIndent);
        hasComment = true;
      }
      this.line++;
    }
    return { valueEnd: end, pending };
  }
  /** A value on one line starting at `p` (in a block mapping or after `- `): quoted, flow sequence or plain. */
  inlineValue(p) {
    const text2 = this.text;
    const lineEnd3 = this.contentEnd[this.line];
    const c0 = text2.charCodeAt(p);
    if (c0 === 39 || c0 === 34) {
      const quoted = this.quoted(p, lineEnd3);
      this.expectLineEnd(quoted.node.end, lineEnd3);
      return { node: quoted.node, data: quoted.node.value };
    }
    if (c0 === 91) return this.flowSeq(p, lineEnd3);
    if (!plainStartOk(text2, p, lineEnd3, false)) decline();
    let last = p;
    for (let q = p; q < lineEnd3; q++) {
      const c = text2.charCodeAt(q);
      if (c === SPACE2 || c === TAB2) {
        if (text2.charCodeAt(q + 1) === HASH2) break;
        continue;
      }
      if (c === COLON && (q + 1 === lineEnd3 || text2.charCodeAt(q + 1) === SPACE2 || text2.charCodeAt(q + 1) === TAB2)) decline();
      last = q;
    }
    const source = text2.slice(p, last + 1);
    const node = this.scalar(resolvePlain(source), p, last + 1, "plain");
    return { node, data: node.value };
  }
  /** After a quoted scalar or a flow collection: only blanks, then maybe a comment. */
  expectLineEnd(p, lineEnd3) {
    const text2 = this.text;
    let q = p;
    while (q < lineEnd3 && (text2.charCodeAt(q) === SPACE2 || text2.charCodeAt(q) === TAB2)) q++;
    if (q < lineEnd3 && !(q > p && text2.charCodeAt(q) === HASH2)) decline();
  }
  /** A one-line quoted scalar at `p`; a double-quoted one without escapes. */
  quoted(p, lineEnd3) {
    const text2 = this.text;
    if (text2.charCodeAt(p) === 39) {
      let close2 = text2.indexOf("'", p + 1);
      while (close2 !== -1 && close2 < lineEnd3 && text2.charCodeAt(close2 + 1) === 39) close2 = text2.indexOf("'", close2 + 2);
      if (close2 === -1 || close2 >= lineEnd3) decline();
      const value2 = text2.slice(p + 1, close2).replace(/''/g, "'");
      return { node: this.scalar(value2, p, close2 + 1, "single") };
    }
    const close = text2.indexOf('"', p + 1);
    if (close === -1 || close >= lineEnd3) decline();
    const value = text2.slice(p + 1, close);
    if (value.includes("\\")) decline();
    return { node: this.scalar(value, p, close + 1, "double") };
  }
  /** A one-line flow sequence of scalars at `p` (its end is set by the caller). */
  flowSeq(p, lineEnd3) {
    const text2 = this.text;
    const items = [];
    const data = [];
    let q = p + 1;
    for (; ; ) {
      while (q < lineEnd3 && text2.charCodeAt(q) === SPACE2) q++;
      if (q >= lineEnd3) decline();
      const c = text2.charCodeAt(q);
      if (c === 93) {
        q++;
        break;
      }
      let item;
      if (c === 39 || c === 34) {
        item = this.quoted(q, lineEnd3).node;
        q = item.end;
      } else {
        if (!plainStartOk(text2, q, lineEnd3, true)) decline();
        let last = q;
        let r = q;
        for (; r < lineEnd3; r++) {
          const d2 = text2.charCodeAt(r);
          if (d2 === 44 || d2 === 93) break;
          if (d2 === 91 || d2 === 123 || d2 === 125 || d2 === HASH2 || d2 === COLON || d2 === TAB2) decline();
          if (d2 !== SPACE2) last = r;
        }
        const value = resolvePlain(text2.slice(q, last + 1));
        item = this.scalar(value, q, last + 1, "plain");
        q = r;
      }
      items.push(item);
      data.push(item.value);
      while (q < lineEnd3 && text2.charCodeAt(q) === SPACE2) q++;
      if (q >= lineEnd3) decline();
      const d = text2.charCodeAt(q);
      if (d === 44) {
        q++;
        continue;
      }
      if (d === 93) {
        q++;
        break;
      }
      decline();
    }
    this.expectLineEnd(q, lineEnd3);
    return { node: { kind: "seq", items, start: p, end: 0 }, data };
  }
  /**
   * A block scalar whose header (`|`, `>`, optional `-`/`+`) is at `p` on the current line, the
   * value of an entry of the mapping at `indent`. Leaves the current line after its last line.
   */
  blockScalar(p, indent) {
    const text2 = this.text;
    const headerLine = this.line;
    const headerEnd = this.contentEnd[headerLine];
    const folded = text2.charCodeAt(p) === 62;
    let q = p + 1;
    let chomp = "";
    const c12 = text2.charCodeAt(q);
    if (c12 === DASH || c12 === 43) {
      chomp = c12 === DASH ? "-" : "+";
      q++;
    }
    this.expectLineEnd(q, headerEnd);
    const first = headerLine + 1;
    if (first >= this.lineCount) decline();
    const contentIndent = this.indent(first);
    if (contentIndent <= indent) decline();
    let lastContent = first;
    let stop = first + 1;
    for (; stop < this.lineCount; stop++) {
      const lineIndent = this.indent(stop);
      if (lineIndent === -1) {
        if (this.contentEnd[stop] - this.lineStart[stop] > contentIndent) decline();
        continue;
      }
      if (lineIndent < contentIndent) break;
      if (lineIndent > contentIndent) decline();
      lastContent = stop;
    }
    const lines = [];
    for (let i = first; i <= lastContent; i++) {
      lines.push(this.indent(i) === -1 ? "" : text2.slice(this.lineStart[i] + contentIndent, this.contentEnd[i]));
    }
    let value;
    if (folded) {
      value = "";
      let sep = "";
      for (const content of lines) {
        if (content === "") {
          if (sep === "\n") value += "\n";
          else sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
        }
      }
    } else {
      value = lines.join("\n");
    }
    let end;
    if (chomp === "+") {
      end = stop < this.lineCount ? this.lineStart[stop] : this.limit;
      let newlines = 0;
      for (let i = this.contentEnd[lastContent]; i < end; i++) if (text2.charCodeAt(i) === 10) newlines++;
      value += "\n".repeat(Math.max(1, newlines));
      this.line = stop;
    } else {
      end = this.nextStart[lastContent];
      if (chomp === "") value += "\n";
      this.line = lastContent + 1;
    }
    return { node: this.scalar(value, p, trimEnd(text2, p, end), "block"), end };
  }
};
function plainStartOk(text2, p, lineEnd3, inFlow) {
  const c = text2[p];
  switch (c) {
    case "&":
    case "*":
    case "!":
    case "|":
    case ">":
    case "'":
    case '"':
    case "%":
    case "@":
    case "`":
    case "{":
    case "}":
    case "[":
    case "]":
    case ",":
    case "#":
    case "?":
    case ":":
      return false;
    case "-": {
      if (p + 1 >= lineEnd3) return false;
      const next = text2[p + 1];
      return next !== " " && next !== "	" && !(inFlow && (next === "," || next === "]" || next === "[" || next === "{" || next === "}"));
    }
    default:
      return true;
  }
}
function trimEnd(source, start, end) {
  let e = end;
  while (e > start && (source[e - 1] === " " || source[e - 1] === "	")) e--;
  return e;
}

// src/parse/front-matter.ts
var DEFAULT_YAML_LIMITS = { maxAliasCount: 100 };
var OPEN_LINE = /^---[ \t]*(?:\r\n|\n|\r|$)/;
var CLOSE_LINE = /^(?:---|\.\.\.)[ \t]*$/;
function findFrontMatter(text2) {
  const open4 = OPEN_LINE.exec(text2);
  if (!open4) return void 0;
  const yamlStart = open4[0].length;
  let lineStart = yamlStart;
  while (lineStart <= text2.length) {
    let lineEnd3 = text2.indexOf("\n", lineStart);
    if (lineEnd3 === -1) lineEnd3 = text2.length;
    const contentEnd2 = lineEnd3 > lineStart && text2.charCodeAt(lineEnd3 - 1) === 13 ? lineEnd3 - 1 : lineEnd3;
    const first = text2.charCodeAt(lineStart);
    if ((first === 45 || first === 46) && CLOSE_LINE.test(text2.slice(lineStart, contentEnd2))) {
      return { yamlStart, yamlEnd: lineStart, bodyStart: Math.min(lineEnd3 + 1, text2.length), closed: true };
    }
    if (lineEnd3 >= text2.length) break;
    lineStart = lineEnd3 + 1;
  }
  return { yamlStart, yamlEnd: text2.length, bodyStart: text2.length, closed: false };
}
function parseFrontMatter(text2, block2, limits = DEFAULT_YAML_LIMITS, options = {}) {
  let fast;
  try {
    fast = parseFrontMatterFast(text2, block2, options);
  } catch {
    fast = void 0;
  }
  if (fast) return fast;
  const head = block2.yamlEnd < text2.length ? detach(text2.slice(0, block2.yamlEnd)) : text2;
  return parseFrontMatterWithYaml(head, block2, limits);
}
function parseFrontMatterWithYaml(text2, block2, limits = DEFAULT_YAML_LIMITS) {
  const yamlText = text2.slice(block2.yamlStart, block2.yamlEnd);
  const base = block2.yamlStart;
  const result = { block: block2, data: {}, tree: void 0, errors: [], duplicateKeys: [], notAMapping: false };
  if (yamlText.trim() === "") return result;
  let doc;
  try {
    doc = (0, import_yaml2.parseDocument)(yamlText, { version: "1.1", customTags: psychTags, uniqueKeys: true, prettyErrors: false, strict: true, stringKeys: false });
  } catch (error) {
    result.errors.push({ message: String(error.message ?? error), code: "YAML_EXCEPTION", start: base, end: base });
    return result;
  }
  for (const error of doc.errors) {
    const [start, end] = error.code === "MISSING_CHAR" ? openingQuoteSpan(yamlText, error.pos[0]) ?? error.pos : error.code === "RESOURCE_EXHAUSTION" ? topLevelEntrySpan(yamlText, error.pos[0]) : error.pos;
    const problem = { message: firstLine(error.message), code: error.code, start: base + notInsideCrlf(yamlText, start), end: base + notInsideCrlf(yamlText, Math.max(start, end)) };
    if (error.code === "DUPLICATE_KEY") result.duplicateKeys.push(problem);
    else if (result.errors.length === 0) result.errors.push(problem);
  }
  if (result.errors.length > 0) return result;
  const contents = doc.contents;
  if (contents && !(0, import_yaml2.isMap)(contents)) {
    result.notAMapping = true;
    return result;
  }
  try {
    const data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    result.data = data && typeof data === "object" && !Array.isArray(data) ? data : {};
  } catch (error) {
    const at = contents?.range?.[0] ?? 0;
    result.errors.push({ message: firstLine(String(error.message)), code: "ALIAS_LIMIT", start: base + at, end: base + at });
    return result;
  }
  result.tree = contents ? toNode(contents, base, yamlText) : void 0;
  return result;
}
function toNode(node, base, source) {
  if ((0, import_yaml2.isAlias)(node)) return void 0;
  if ((0, import_yaml2.isScalar)(node)) {
    const [start, end] = node.range ?? [0, 0];
    const type = node.type;
    const style = type === "QUOTE_SINGLE" ? "single" : type === "QUOTE_DOUBLE" ? "double" : type === "BLOCK_FOLDED" || type === "BLOCK_LITERAL" ? "block" : "plain";
    return { kind: "scalar", value: node.value, start: base + start, end: base + trimEnd2(source, start, end), style };
  }
  if ((0, import_yaml2.isMap)(node)) {
    const [start, , end] = node.range ?? [0, 0, 0];
    const entries = [];
    for (const pair of node.items) {
      const key = pair.key;
      const keyRange = (0, import_yaml2.isScalar)(key) && key.range ? key.range : [0, 0];
      entries.push({
        key: (0, import_yaml2.isScalar)(key) ? String(key.value) : String(key),
        keyStart: base + keyRange[0],
        keyEnd: base + keyRange[1],
        value: toNode(pair.value, base, source)
      });
    }
    return { kind: "map", entries, start: base + start, end: base + end };
  }
  if ((0, import_yaml2.isSeq)(node)) {
    const [start, , end] = node.range ?? [0, 0, 0];
    return { kind: "seq", items: node.items.map((item) => toNode(item, base, source)), start: base + start, end: base + end };
  }
  return void 0;
}
function trimEnd2(source, start, end) {
  let e = end;
  while (e > start && (source[e - 1] === " " || source[e - 1] === "	")) e--;
  return e;
}
function notInsideCrlf(text2, offset) {
  const o = Math.min(Math.max(offset, 0), text2.length);
  return o > 0 && text2[o - 1] === "\r" && text2[o] === "\n" ? o - 1 : o;
}
function openingQuoteSpan(text2, pos) {
  const opening = /(?:^|[:\-[,{]\s*|\s)(["'])/g;
  let found;
  for (let m = opening.exec(text2); m && m.index < pos; m = opening.exec(text2)) {
    const quoteAt = m.index + m[0].length - 1;
    const lineEnd4 = text2.indexOf("\n", quoteAt);
    const rest = text2.slice(quoteAt + 1, lineEnd4 === -1 ? text2.length : lineEnd4);
    if (!rest.includes(m[1])) found = quoteAt;
  }
  if (found === void 0) return void 0;
  let lineEnd3 = text2.indexOf("\n", found);
  if (lineEnd3 === -1) lineEnd3 = text2.length;
  if (text2[lineEnd3 - 1] === "\r") lineEnd3--;
  return [found, lineEnd3];
}
function topLevelEntrySpan(text2, pos) {
  let lineStart = text2.lastIndexOf("\n", Math.max(0, Math.min(pos, text2.length) - 1)) + 1;
  while (lineStart > 0 && !/^[^\s#]/.test(text2.slice(lineStart, lineStart + 1))) lineStart = text2.lastIndexOf("\n", lineStart - 2) + 1;
  let lineEnd3 = text2.indexOf("\n", lineStart);
  if (lineEnd3 === -1) lineEnd3 = text2.length;
  if (text2[lineEnd3 - 1] === "\r") lineEnd3--;
  return [lineStart, Math.min(lineEnd3, lineStart + 1)];
}
function firstLine(message) {
  return message.split("\n")[0].trim();
}
function getEntry(tree, key) {
  return tree?.entries.find((entry) => entry.key === key);
}
function walkScalars(node, visit, keyPath = "") {
  if (!node) return;
  if (node.kind === "scalar") visit(node, keyPath);
  else if (node.kind === "map") for (const entry of node.entries) walkScalars(entry.value, visit, keyPath ? `${keyPath}.${entry.key}` : entry.key);
  else node.items.forEach((item, index) => walkScalars(item, visit, `${keyPath}[${index}]`));
}

// node_modules/entities/dist/decode-codepoint.js
var c1 = [
  8364,
  0,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  0,
  381,
  0,
  0,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  0,
  382,
  376
];
function isInvalidCodePoint(codePoint) {
  return codePoint === 0 || codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111;
}
function replaceCodePoint(codePoint) {
  if (isInvalidCodePoint(codePoint)) {
    return 65533;
  }
  if (codePoint >= 128 && codePoint <= 159) {
    return c1[codePoint - 128] || codePoint;
  }
  return codePoint;
}
function codePointToString(codePoint) {
  return codePoint - 1 >>> 0 < 127 || codePoint - 160 >>> 0 < 55136 ? String.fromCharCode(codePoint) : String.fromCodePoint(replaceCodePoint(codePoint));
}

// node_modules/entities/dist/generated/decode-data-html.js
var htmlDecodeData = ["Q=¨`p0AEligMPacutebrevecircyfrgravelphamacrndogonpfpplyFunctionringscrsigntildeumlBackslashrvwedcyecausernoullistafropfrevescrumpeqCHcyOPYacutepitalDifferentialDyleyscaronedilirconintdotedillanterDotfrhiircleDotMinusPlusTimeslockwiseContourIntegralseCurlyDoubleQuoteQuoteolonengruentinttourIntegralpfroductunterClockwiseContourIntegralrossscrupCapDDotrahdJcyScyZcyaggerrrshvcaronyeltafriacriticalAcuteDotubleAcuteGraveTildemondfferentialDopftDotEqualubleContourIntegralDotwnArrowLeftArrowRightArrowTeeongLeftArrowRightArrowRightArrowRightArrowTeeUpArrowDownArrowVerticalBarwnArrowBarUpArrowBreveLeftRightVectorTeeVectorVectorBarRightTeeVectorVectorBarTeeArrowarrowscrtrokENGTHacutecaronircydotfrgravelementmacrptySmallSquareVerySmallSquareogonpfpsilonqualTildeilibriumscrimtaumlxistsponentialEFcyfrilledSmallSquareVerySmallSquareopfrAlluriertrfscrGJcyTammadbrevecedilircydotfrgopfreaterEqualLessFullEqualGreaterLessSlantEqualTildescrtHARDcyacektcircfrilbertSpaceopfrizontalLinescrtrokumpDownHumpEqualIEcyJligOcyacutecircydotfrgravemacrginaryIpliesntegralrsectionvisibleCommaTimesogonpftascrtildeukcymlJcircyfropfscrercyukcyKHcyJcyappacedilyfropfscrLJcyTacutembdangplacetrfrrcaronedilyeftAngleBracketrrowBarRightArrowCeilingDoubleBracketwnTeeVectorVectorBarFloorRightArrowVectorTeeArrowVectorriangleBarEqualUpDownVectorTeeVectorVectorBarVectorBararrowrightarrowssEqualGreaterFullEqualGreaterLessSlantEqualTildefrleftarrowmidotongLeftArrowRightArrowRightArrowleftarrowrightarrowrightarrowpfwerLeftArrowRightArrowscrhtroktMapcyediumSpacellintrffrinusPlusopfscruNJcyacutecaronedilyegativeMediumSpaceThickSpacenSpaceVeryThinSpacestedGreaterGreaterLessLesswLinefroBreaknBreakingSpacepftCongruentupCapDoubleVerticalBarElementqualTildexistsGreaterEqualFullEqualGreaterLessSlantEqualTildeHumpDownHumpEqualLeftTriangleBarEqualssEqualGreaterLessSlantEqualTildeNestedGreaterGreaterLessLessPrecedesEqualSlantEqualReverseElementightTriangleBarEqualSquareSubsetEqualpersetEqualubsetEqualcceedsEqualSlantEqualTildepersetEqualTildeEqualFullEqualTildeVerticalBarscrtildeuOEligacutecircydblacfrgravemacregaicronopfpenCurlyDoubleQuoteQuoterscrlashtildemesumlverBarraceketParenthesisPartialDcyfrhiilusMinusoincareplanepfrecedesEqualSlantEqualTildeimeoductportionalscriQUOTfropfscrRBarrEGacutengrrtlcaronedilyeverseElementquilibriumUpEquilibriumfrhoightAngleBracketrrowBarLeftArrowCeilingDoubleBracketwnTeeVectorVectorBarFloorTeeArrowVectorriangleBarEqualUpDownVectorTeeVectorVectorBarVectorBararrowopfundImpliesrightarrowscrhuleDelayedSHCHcycyOFTcyacutecaronedilircyfrhortDownArrowLeftArrowRightArrowUpArrowigmamallCircleopfqrtuareIntersectionSubsetEqualpersetEqualUnionscrtarubsetEqualcceedsEqualSlantEqualTildehThatmpersetEqualsetTHORNRADESHcycyabucaronedilyfrhereforetaickSpacenSpaceildeEqualFullEqualTildeopfripleDotscrtrokUacuterrocirbrcyevecircydblacfrgravemacrnderBarraceketParenthesisionPlusogonpfpArrowBarDownArrowDownArrowEquilibriumTeeArrowarrowdownarrowperLeftArrowRightArrowsilonringscrtildeumlVDashbarcydashleerbarticalBarLineSeparatorTildeyThinSpacefropfscrvdashWcircedgefropfscrXfriopfscrYAcyIcyUcyacutecircyfropfscrumlZHcyacutecaronydoteroWidthSpacetafropfscraacutebrevecEdircuteyeligfrgravelefsymphphamacrlgpndanddslopevgelemsdaabcdefghrtvbdsphtzarrogonpfpEacireidosproxeqringscrtympeqtildeumlwconintintbNotackcongepsilonprimesimeqrveewedgebrktbrkcongydquoecausemptyvpsirnoutahweenfrigcapircupodotplustimessqcuptartriangledownupuplusveewedgekarowlacklozengesquaretriangledownleftrightnkk12434ocknequivotopfttomwtiexDLRlrHDUduULRlrVHLRhlrboxdLRlrhDUduminusplustimesuLRlrvHLRhlrprimerevevbarscremiimeolbhsubulletmpEeqcacutepandbrcupcapupdotsretoncapsronedilircupssmdotedilmptyvnterdotfrhcyeckmarkiirEceqlearrowleftrightdRSastcircdashefnintmidscirlubsuitoloneqmmatpfnlementxesngdotintpfrodysrrarrossscrubepetdotudarrlreprsclarrppbrcapcapupdotorsrarrmlyeqprecsuccveewedgerenvearrowleftrightveewedwconintintylctydArrHaraggerlethrrshvbkarowlaccaronydaggerrrotseqegltamptyvfishtrharlriamondsuitsegammasinvideontimesonxjcylcornropollarpfteqdotminusplussquareublebarwedgewnarrowdownarrowsharpoonleftrightrbkarowcornropscryoltroktdotrifuarrharwanglezcyigrarreDDototacutestercaronircolonydotefDotrgravesdotlinterslsdotmacrptysetvsp134ngspogonpfparsllussilonvqcircolonsimlantgtrlessualsestivDDvparslrDotarrscrdotimtahumlroxclistpectationonentialefallingdotseqcyemalefiligligligriligjliglatligtnsnofopfrallkvpartintrac123456823534584556878slownscrgElacutemmadpbrevecircydotelqqslantsccdotollesfrggimeljcylEajnEapproxeqqsimopfravescrimeltccirdotlParquestrapproxrrdoteqlessqlesslesssimvertneqqnEhArrairsplfmiltrdcyrcirwbarcirceartsuitlliprconfrksearowwarowoarrmthtokleftarrowrightarrowpfrbarscrlashtrokybullpheniacutecircyecyxclffrgraveiiintntnfinotajligmacrgelinepartthofpedncarefintieodottcalegersrcallarhkprodocygonpftaprodquestscrinEdotsvvtildeukcymljcircyfrmathopfscrercyukcykappavcedilyfrgreenhcyjcyopfscrlAarrrrtailBarrEgHaracuteemptyvgranmbdangdlepquorrbfsfshklpplsimtltailesbarrbrkracekkeslducaronedililubydcaquorrdharusharsheftarrowtailharpoondownupleftarrowsrightarrowsharpoonssquigarrowthreetimesgqqslantsccdotorgessapproxdoteqgtrqgtrgtrsimfishtloorrgEhardulblkjcylarrcornerhardtrimidotoustachenEapproxeqqsimoangrrbrkngleftarrowrightarrowmapstorightarrowoparrowleftrightparflustimeswastbarzengefparltrarrcornerhardmtrisaquocrhimegqbuortroktccirdothreeimeslarrquestrPariefurdsharuharvertneqqnEmDDotacrletesepstodownleftuprkercommaydasheasuredanglefrhoicrodastcirdotnusbdulcpdrnplusodelspfpscrtposultimapmapnGgtvLeftarrowrightarrowltvRightarrowVDashdashablacutengpEidosproxturalsbspumpecapronedilongdotupydasheArrarhkrowdotquivsearimxistsfrgEeqqslantssimtrhArrarrparisdvjcylArrEarrdreftarrowrightarrowqqslantsssimtriemidopftinEdotvabcnivabcparallelsltolintrcueeceqrArrarrcwightarrowtriesccueerhortmidparallelimeqmidparqsubepeubEeseteqqcceqpEeseteqqtglildelgrianglelefteqrightequmerospvDashHarrapdashgetinfinlArretrierArrtriesimwArrarhkrownearoSacutestcircydashblacivotsoldeligfcirrgonravethbarmintlarrcirrossinetmacregaicrondnusopfparerplusrarrderoffmigoforslopevscrlasholtildemesasumlvbarparallelsimltcyercntiodmilptenkfrhivmmatoneitchforkvlanckhkvusacirbcirdouemnsimtwomointintpfundrEapcueecapproxcurlyeqeqnapproxeqqsimsimimesnEapsimodfalarlinesurfptosimurelscriuncspqfrintopfprimescruaternionsintesteqotrAarrrrtailBarrHaraceutedicemptyvngdelequorrapbfscfshklpplsimtlwtailionalsbarrbrkracekkeslducaronedililubydcaldharquorshealinepartsctgfishtloorrhardulovightarrowtailharpoondownupleftarrowsharpoonsrightarrowssquigarrowthreetimesngsingdotseqlarrharmmoustachenmidoangrrbrkparflustimespargtpolintrarrsaquocrhqbuorthreeimesriefltriuluharxsacutebquocEaproncueedilircnEapsimpolintsimydotbeeArrarhkrowctmiswartminusnxtfrownharpchcyyortmidparallelyigmafvmdoteqgElEneplusrarrlarrmallsetminusshpeparslidletesoftcylbarpfpadesuitrqcapsupssubeseteqpesetequareffrarrscretmnmiletarftarfraightepsilonphinsubEdotedotmultnEeplusrarrseteqqneqqimubpccapproxcurlyeqeqnapproxeqqsimsimmngp123EdotsubedothsolublarrmultnEeplusseteqqneqqimubpwArrarhkrownwarzligtargetubrkcaronedilydotelrecfrhere4foretasymvickapproxsimnspkapsimornildemesbardntoeapbotcirforksaprimeradeiangledownlefteqqrighteqdoteminusplussbtimepeziumscryhcytrokwixtoheadleftarrowrightarrowuArrHaracuterrbrcyevecircydarrblacharfishtrgraveharlrblklcornerroptrimacrlogonpfparrowdownarrowharpoonleftrightlussihlonuparrowsrcornerropingtriscrtdotilderifuarrmlwanglevArrBarvDashangrtrepsilonkappanothingphiiroptorhosigmaubsetneqqpsetneqqthetariangleleftrightcydasheebareqlliprbartfrltrinsubpopfproprtriscrubnEepnEezigzagwcircedbargeqierpfropfpreathscrxcapircupdtrifrhArrarrilArrarrmapnisodotpflustimerArrarrscrqcupuplustriveewedgeyacuteycircyenfricyopfscrucymlzacutecaronydoteetrftafrhcyigrarropfscrwjnjC(D%D($(D'%$$ED($'$'$%$'%E$/D'$F%'D(D&#,%%&&$%$)%+%%$E$F$'$&$(#'D&$(%$&4%($(E'%&%($&$)%*$%$%$+)()')($:&5-($'($%*&&&/%%&)%@$'$F$%&&#%%)$&$&$&$(%%%&$(%$$%&%$E$2.&0,.(.(&'%.$F%$&&&(%6)&+*),---&*/1---)-.&)*+,).%*,&,*'('2+,+)1&'1,)2&'&*('($F%'#&D%D($(E&%$$&$ED($)$'%1(2$'%E$)$'((&+$&%%$%D&$(%-#&$E$3)2$F%'%+$&#'D$$'($$($(%&%$$&$E$$$F$./'*,***'*-*($F$$#)$'%$$'$%$.$&%/$&%'$.'(#'$'$&D(D'%$$&$%D($$%&&*%($%&('+%/,($'%E%%$&$($'E%#(%$$E$F$F%'$'#'$&$'$(%$$E$F$F#'D$$(%'%%%+%%$(%'%$$2(',&,-'*'0).+)1&'('-,)'&*(*)(*/&/('/),))/&')-&'('-%1','*'''-'($E$$%+$($/+-'-',+-'-%E%/(-$&%$%'$$#&$%$-%*$E$+$F$&$$#'$($(%'%$$5+-.)+0%5)+%($E$)%1%%%$&,'(&4&*''+H'(&*-(-L-J-'-M-(&O*H&/2F2((%*(***G*M*(&W,K&+.H.-&1'/3F3(&O2(.I4('H,(().H.-.H(I.(&(+(+,+(&.$FD($$#(D(D'%$$($ED($'%&%($F$6,($$$FE'D(&&D&$)('+&'.#+$%$E$%$$$+$/%%$$%)+(+-+(%&%(&*-%$F%$C'$E$&$F#(D%$(%%%%'%$(%'%$$$%/+-*0$%$%$3)'-&-,(*(0*.,)2&(((&+(+))*0&0((/*,*)0&().&(($&%-$-$&%$$-#)%%$($($$%'%'%&%$$E$0(,(-(*$'$-$F$&%')/))/(+)1()($F$&$%&&)(%)+(+-+(&(%$%$&(+(&&C($'$'%%$%%$$(%'%$$E$+&%%K&)$'(((,(($F$+$F%'C)%%''$'&&D'%$$($ED($'$*)',&(.%&('$'%E$)*&*,%,%.%&((%(%,%/(-%%'&$'$F$(D&#($&$%$'($$%%'&$'*+'+,+(&-$E$F$F$(#($'$E$F$F#F$$$F$F#'$&$&D($'%$$E$F$F$&#'$($(%$$&$0%%$%$&$FC)$($$%D%$E&E&%$D'$$%DD($)&%%&$'&%E$$%&&&$&(&$%$&$&%&&)%*$*$*$*$*$*$*$&%(%*$&&'$&'$'%E$$%$%'%$%%%%%')%D'$F%$%&(%D(D&$*%&#'$*'*'('&*%%'&&)%$&''$'%$$'$()$%(%&%'%%&$&'$E$('&'%&''''(&('&&/.%&(&&&($($.()(+0'0'0(&%%&'$&%%&$E&G%%$F%$&&%'%&'$'$'$&$'$'$'$'$&%'$'$'$&$'$'$'$'$'$'$&&&%'$'$'$&$'$'$'$'$&(&'&(&%'$'$'$&$'$'$'$'$'$'$$($'E'$F%&%%'$%%'$''$&'%%%'$'$($#)%$&&&(&&'%&&&D%&&%$'&&E'%&%&(%$&D'%(E%'($E$&%&('%$$%&$&$'%'..()%*$*&*'*'&$&(&&&'$'(&$'($)$%&($&$'%'))&%%'&&&%E&&F$'%$'%&$F%%'$&$'$$'$))$%&&%%')$%$&(&&'%&&&%&D%')$&+*'(&((F&&.-(%&%&$*%&$(#'$&$(%'%%%%'$$)%&$(%$$$%(&%%(D%%&%($(%D$''$$&'&*''$%$%(%&%$F&)*&&$&$(&&$(%E%$&%(&&(&'&)%/%*'-'..($*%'&&$F&$%%%'$'%%'$$'%&$)$&%)#(%%D(%'$(%%G$%'%$$&$$$'%D$$E'%$&&$$%)%$%$&&$'%&(&($%%'%($$%%%$'%E$&'%%&%%'&'$$(&'%&&**'%'&&&%(%%)$'%&$&%&%%$%E$D&%%$&%&%,&,#0$%$($(%&&&%D$'$G$&%&%&$&$F%'&$'$$*D(($H$($($($'%($G%($($'%'%($'%&%%&$F#%%$$(%&($%$$($'%$$&$$%$%$&$&(%$&%&&)$*$&D'%$E$$%$$'$&$$%$%$%$$%%%''%$&$'$%&$F$'$&%%'$'$D$%%&%%&%'%(%*'%&&&)((&'&&$K%E#'$(%%%'%'&$'&'$$&$'$()&%'%'$E$*&($'%'%.'-%E%'$F%'%'$(%'C)$$E&%$$&E&$%%DD($$%'&%%'%&$'$'&%''''&%%%%&$$%'%&(&%'%$&&&(''&(&'$&%&%E%%$'D($F%%'$'&'$($'$$$%'$'E%#(%$$E$'$F$F%'$'#(($$(%$$E$($&$&$F$F#(%%%'$'$$%$$&$(%)%'%'%%'$'%%$E&%%'$(%'%'%'%'%'&'%%$&&&$'D$'%&%'($&%'&)$$(%'&%%%%$$&%&($%(&(%%$$%*,''..%'-'-1$,+,-'-%$%$&$&(%$&%&&)$*$&D'%&*'&'()''&'&$(%'%D$$%$$''$($%&$&$$%&%)%'%&$(%')'$%%%''%$&$'$%&$'&%%&%.+-')'-%.,(%&&D&&%(%'&&%$&'&$$&'%$'%)%&($%$%&$(%E%$%%'$'$%%&%($%'D$%%&%%&%'%'%'%(%'&$'$'$$*&'$K%E#(D&%%&$'&%$&&)')')%%'$(%$$'$/$E$%D'%$&&&&F&%&($($)$$&%%$($(%E$$$F%'$$%)%&#F%D&D$,(-%D%D&D$-$(%'$'%'%E%$&D&E&%&'%&(%*$D&%F(D$&&&%'%&(F%%%$$'$$%&%''$(%%F%'%'&E%')$$E$E%$&$'D'H&D%&%$&$$'%&%&$$%$&$%$$&$'%D%&%%%$&*(-&$'D'H&D'$%&%$&%($$&$FE$&%(D(F(%)$)$&%(%)$)$$&'('E'D%(%$&&&D'$(E$'%&(D(D%,%&($$%&&&D&D%*)+%%'$($%&%&%((%%%'D'$'F*%,D&%(E&$'D'$'F*%,D$&E'%%%.0%,(1%$$%$&&&%$(%'%E%'%E&D%(%'&D&D'F%'&G%F$'%''$(%%'#%D(%%$&G$%$$'%'%%%%%'$'$'%D$&E'%$$'%$$&$'%&&'%&%$$'%&%(&$&&$F$&%&%&$$%&%$&%(%F$F$%'%%%(%$$&E'%%D(&&)%D&$'#&F$''&&'$&$$%$(&&&&&$&'$E$%&$%'%&$$%*%$$()$'%%%'''$'&'%($'$G%'&'&$$$*%EE&$$%$%%%&%$&$')'*'%'*(&(&'&%&($%%&%&&%%&(''''&$'%%&%'$F%$$(#F$&$F$($F$-'&%&(%E%#(%%%'$'$&$F&&%&%)%%'$'$'%E&%%'%'$(%'$'%'%'%'%'&'%'$%'&%('$'%&%'($&%'&)$$(%'&%%%%$$&%(%&($%%$&'&'''$%%E$$(%'%D$''$($%$&$$,-'(./%(-,+(.(-(-%%%-$'%&%$$()'$'$'&%%&%&&D&&%($&'%%)$'$(%E%$%%&%($$(%'%%'$'$''$)$$#)$'$$%$%%&&%&%$&&%&%%&%&&%)%&%$$&'$'$$'%''$(%E%%%%'%)'$%%$E&&$'%'&$%)(+E$$'($($%$&&&$'$&$'$&$'$&%&'&'$'$/&&%)%%&%%$&$'D$(%$&$'%%E$()&&$$'(D&%(D%&($(&+%'$($(&+%%$&&($&$$'$F%'%'%'$&'$%0+&&%$%&$&&&$'&&'&%'$&'&'&&)%+$)&,$'%'%($%%')'*'%'*(&(&'&%$%%%$F$F$F$&$&&'&&$'&&'(%&'&'&%'$&'&&)%+$)&,$'%'%($$'%''$(%%'D'#)%$$&$(%'%$$&$($E$(('&%(&($%,(&&&%&&&E&$'E&($)%($%%$&%$&&&&&D'&%%$($'%)+'+'/%+$+(0%&&&$&(&'&%&'%)$F&$%&%'$'%1*-#'$&D(%%$'&&D'%$$'%'%&$(%DD($''$%&$()%&&%&$'E$$'%E$)%,%.,(%&%%'$'&%+$()%&&%&%&$F$'%'%%'$$'E%$)#'$&'$$'$(%+&(&*&&'$'(&$'%&('K/D(J/D&('..($%$'$%&&&%%'%'&$$E$'$G'D$F$'$'$F%G(D&F(D$)#($(&%($%'$E$F$$$$%'$F#'%&%%$'$E$'%&$$$'%&$&$&$'%E&&%'$'%&$F%'$(%&$&$(C)&$$'%$D%$E$&$F$F$&E%#)$(%$$&$(%%$E$&$)$F$F$%%%0@0000H8H40H000047P00P@001000@0B0HP@:H9T8P000LB8d@800@I0<110000QQ8400P10030005940@410020000Q02000@0200000@P0101@8000440400000000808000000000@00000000P`0000000040400@0004<000000000008000030000000000P020T400020@0@00000000000000000000000000P0000000400400000400220080000100000000000000000P000000000000P000000@00402000000000@00000000000000000000040000000000000", 'Æ&ÁĂÂА𝔄ÀΑĀ⩓Ą𝔸⁡Å𝒜≔ÃÄ∖⫧⌆Б∵ℬΒ𝔅𝔹˘ℬ≎Ч©Ć⋒ⅅℭČÇĈ∰Ċ¸·ℭΧ⊙⊖⊕⊗∲”’∷⩴≡∯∮ℂ∐∳⨯𝒞⋓≍ⅅ⤑ЂЅЏ‡↡⫤ĎД∇Δ𝔇´˙˝`˜⋄ⅆ𝔻¨⃜≐∯¨⇓⇐⇔⫤⟸⟺⟹⇒⊨⇑⇕∥↓⤓⇵̑⥐⥞↽⥖⥟⇁⥗⊤↧⇓𝒟ĐŊÐÉĚÊЭĖ𝔈È∈Ē◻▫Ę𝔼Ε⩵≂⇌ℰ⩳ΗË∃ⅇФ𝔉◼▪𝔽∀ℱℱЃ>ΓϜĞĢĜГĠ𝔊⋙𝔾≥⋛≧⪢≷⩾≳𝒢≫Ъˇ^Ĥℌℋℍ─ℋĦ≎≏ЕĲЁÍÎИİℑÌℑĪⅈ⇒∬∫⋂⁣⁢Į𝕀ΙℐĨІÏĴЙ𝔍𝕁𝒥ЈЄХЌΚĶК𝔎𝕂𝒦Љ<ĹΛ⟪ℒ↞ĽĻЛ⟨←⇤⇆⌈⟦⥡⇃⥙⌊↔⥎⊣↤⥚⊲⧏⊴⥑⥠↿⥘↼⥒⇐⇔⋚≦≶⪡⩽≲𝔏⋘⇚Ŀ⟵⟷⟶⟸⟺⟹𝕃↙↘ℒ↰Ł≪⤅М ℳ𝔐∓𝕄ℳΜЊŃŇŅН​​​​≫≪\n𝔑⁠ ℕ⫬≢≭∦∉≠≂̸∄≯≱≧̸≫̸≹⩾̸≵≎̸≏̸⋪⧏̸⋬≮≰≸≪̸⩽̸≴⪢̸⪡̸⊀⪯̸⋠∌⋫⧐̸⋭⊏̸⋢⊐̸⋣⊂⃒⊈⊁⪰̸⋡≿̸⊃⃒⊉≁≄≇≉∤𝒩ÑΝŒÓÔОŐ𝔒ÒŌΩΟ𝕆“‘⩔𝒪ØÕ⨷Ö‾⏞⎴⏜∂П𝔓ΦΠ±ℌℙ⪻≺⪯≼≾″∏∷∝𝒫Ψ"𝔔ℚ𝒬⤐®Ŕ⟫↠⤖ŘŖРℜ∋⇋⥯ℜΡ⟩→⇥⇄⌉⟧⥝⇂⥕⌋⊢↦⥛⊳⧐⊵⥏⥜↾⥔⇀⥓⇒ℝ⥰⇛ℛ↱⧴ЩШЬŚ⪼ŠŞŜС𝔖↓←→↑Σ∘𝕊√□⊓⊏⊑⊐⊒⊔𝒮⋆⋐⋐⊆≻⪰≽≿∋∑⋑⊃⊇⋑Þ™ЋЦ	ΤŤŢТ𝔗∴Θ   ∼≃≅≈𝕋⃛𝒯ŦÚ↟⥉ЎŬÛУŰ𝔘ÙŪ_⏟⎵⏝⋃⊎Ų𝕌↑⤒⇅↕⥮⊥↥⇑⇕↖↗ϒΥŮ𝒰ŨÜ⊫⫫В⊩⫦⋁‖‖∣|❘≀ 𝔙𝕍𝒱⊪Ŵ⋀𝔚𝕎𝒲𝔛Ξ𝕏𝒳ЯЇЮÝŶЫ𝔜𝕐𝒴ŸЖŹŽЗŻ​Ζℨℤ𝒵áă∾∾̳∿â´аæ⁡𝔞àℵℵαā⨿&∧⩕⩜⩘⩚∠⦤∠∡⦨⦩⦪⦫⦬⦭⦮⦯∟⊾⦝∢Å⍼ą𝕒≈⩰⩯≊≋\'≈≊å𝒶*≈≍ãä∳⨑⫭≌϶‵∽⋍⊽⌅⌅⎵⎶≌б„∵∵⦰϶ℬβℶ≬𝔟⋂◯⋃⨀⨁⨂⨆★▽△⨄⋁⋀⤍⧫▪▴▾◂▸␣▒░▓█=⃥≡⃥⌐𝕓⊥⊥⋈╗╔╖╓═╦╩╤╧╝╚╜╙║╬╣╠╫╢╟⧉╕╒┐┌─╥╨┬┴⊟⊞⊠╛╘┘└│╪╡╞┼┤├‵˘¦𝒷⁏∽⋍\\⧅⟈••≎⪮≏≏ć∩⩄⩉⩋⩇⩀∩︀⁁ˇ⩍čçĉ⩌⩐ċ¸⦲¢·𝔠ч✓✓χ○⧃ˆ≗↺↻®Ⓢ⊛⊚⊝≗⨐⫯⧂♣♣:≔≔,@∁∘∁ℂ≅⩭∮𝕔∐©℗↵✗𝒸⫏⫑⫐⫒⋯⤸⤵⋞⋟↶⤽∪⩈⩆⩊⊍⩅∪︀↷⤼⋞⋟⋎⋏¤↶↷⋎⋏∲∱⌭⇓⥥†ℸ↓‐⊣⤏˝ďдⅆ‡⇊⩷°δ⦱⥿𝔡⇃⇂⋄⋄♦♦¨ϝ⋲÷÷⋇⋇ђ⌞⌍$𝕕˙≐≑∸∔⊡⌆↓⇊⇃⇂⤐⌟⌌𝒹ѕ⧶đ⋱▿▾⇵⥯⦦џ⟿⩷≑é⩮ě≖ê≕эėⅇ≒𝔢⪚è⪖⪘⪙⏧ℓ⪕⪗ē∅∅∅   ŋ ę𝕖⋕⧣⩱εεϵ≖≕≂⪖⪕=≟≡⩸⧥≓⥱ℯ≐≂ηðë€!∃ℰⅇ≒ф♀ﬃﬀﬄ𝔣ﬁfj♭ﬂ▱ƒ𝕗∀⋔⫙⨍½⅓¼⅕⅙⅛⅔⅖¾⅗⅜⅘⅚⅝⅞⁄⌢𝒻≧⪌ǵγϝ⪆ğĝгġ≥⋛≥≧⩾⩾⪩⪀⪂⪄⋛︀⪔𝔤≫⋙ℷѓ≷⪒⪥⪤≩⪊⪊⪈⪈≩⋧𝕘`ℊ≳⪎⪐>⪧⩺⋗⦕⩼⪆⥸⋗⋛⪌≷≳≩︀≩︀⇔ ½ℋъ↔⥈↭ℏĥ♥♥…⊹𝔥⤥⤦⇿∻↩↪𝕙―𝒽ℏħ⁃‐í⁣îие¡⇔𝔦ìⅈ⨌∭⧜℩ĳīℑℐℑı⊷Ƶ∈℅∞⧝ı∫⊺ℤ⊺⨗⨼ёį𝕚ι⨼¿𝒾∈⋹⋵⋴⋳∈⁢ĩіïĵй𝔧ȷ𝕛𝒿јєκϰķк𝔨ĸхќ𝕜𝓀⇚⇐⤛⤎≦⪋⥢ĺ⦴ℒλ⟨⦑⟨⪅«←⇤⤟⤝↩↫⤹⥳↢⪫⤙⪭⪭︀⤌❲{[⦋⦏⦍ľļ⌈{л⤶“„⥧⥋↲≤←↢↽↼⇇↔⇆⇋↭⋋⋚≤≦⩽⩽⪨⩿⪁⪃⋚︀⪓⪅⋖⋚⪋≶≲⥼⌊𝔩≶⪑↽↼⥪▄љ≪⇇⌞⥫◺ŀ⎰⎰≨⪉⪉⪇⪇≨⋦⟬⇽⟦⟵⟷⟼⟶↫↬⦅𝕝⨭⨴∗_◊◊⧫(⦓⇆⌟⇋⥭‎⊿‹𝓁↰≲⪍⪏[‘‚ł<⪦⩹⋖⋋⋉⥶⩻⦖◃⊴◂⥊⥦≨︀≨︀∺¯♂✠✠↦↦↧↤↥▮⨩м—∡𝔪℧µ∣*⫰·−⊟∸⨪⫛…∓⊧𝕞∓𝓂∾μ⊸⊸⋙̸≫⃒≫̸⇍⇎⋘̸≪⃒≪̸⇏⊯⊮∇ń∠⃒≉⩰̸≋̸ŉ≉♮♮ℕ ≎̸≏̸⩃ňņ≇⩭̸⩂н–≠⇗⤤↗↗≐̸≢⤨≂̸∄∄𝔫≧̸≱≱≧̸⩾̸⩾̸≵≯≯⇎↮⫲∋⋼⋺∋њ⇍≦̸↚‥≰↚↮≰≦̸⩽̸⩽̸≮≴≮⋪⋬∤𝕟¬∉⋹̸⋵̸∉⋷⋶∌∌⋾⋽∦∦⫽⃥∂̸⨔⊀⋠⪯̸⊀⪯̸⇏↛⤳̸↝̸↛⋫⋭⊁⋡⪰̸𝓃∤∦≁≄≄∤∦⋢⋣⊄⫅̸⊈⊂⃒⊈⫅̸⊁⪰̸⊅⫆̸⊉⊃⃒⊉⫆̸≹ñ≸⋪⋬⋫⋭ν#№ ⊭⤄≍⃒⊬≥⃒>⃒⧞⤂≤⃒<⃒⊴⃒⤃⊵⃒∼⃒⇖⤣↖↖⤧Ⓢó⊛⊚ôо⊝ő⨸⊙⦼œ⦿𝔬˛ò⧁⦵Ω∮↺⦾⦻‾⧀ōωο⦶⊖𝕠⦷⦹⊕∨↻⩝ℴℴªº⊶⩖⩗⩛ℴø⊘õ⊗⨶ö⌽∥¶∥⫳⫽∂п%.‰⊥‱𝔭φϕℳ☎π⋔ϖℏℎℏ+⨣⊞⨢∔⨥⩲±⨦⨧±⨕𝕡£≺⪳⪷≼⪯≺⪷≼⪯⪹⪵⋨≾′ℙ⪵⪹⋨∏⌮⌒⌓∝∝≾⊰𝓅ψ 𝔮⨌𝕢⁗𝓆ℍ⨖?≟"⇛⇒⤜⤏⥤∽̱ŕ√⦳⟩⦒⦥⟩»→⥵⇥⤠⤳⤞↪↬⥅⥴↣↝⤚∶ℚ⤍❳}]⦌⦎⦐řŗ⌉}р⤷⥩””↳ℜℛℜℝ▭®⥽⌋𝔯⇁⇀⥬ρϱ→↣⇁⇀⇄⇌⇉↝⋌˚≓⇄⇌‏⎱⎱⫮⟭⇾⟧⦆𝕣⨮⨵)⦔⨒⇉›𝓇↱]’’⋌⋊▹⊵▸⧎⥨℞ś‚≻⪴⪸š≽⪰şŝ⪶⪺⋩⨓≿с⋅⊡⩦⇘⤥↘↘§;⤩∖∖✶𝔰⌢♯щш∣∥­σςς∼⩪≃≃⪞⪠⪝⪟≆⨤⥲←∖⨳⧤∣⌣⪪⪬⪬︀ь/⧄⌿𝕤♠♠∥⊓⊓︀⊔⊔︀⊏⊑⊏⊑⊐⊒⊐⊒□□▪▪→𝓈∖⌣⋆☆★ϵϕ¯⊂⫅⪽⊆⫃⫁⫋⊊⪿⥹⊂⊆⫅⊊⫋⫇⫕⫓≻⪸≽⪰⪺⪶⋩≿∑♪⊃¹²³⫆⪾⫘⊇⫄⟉⫗⥻⫂⫌⊋⫀⊃⊇⫆⊋⫌⫈⫔⫖⇙⤦↙↙⤪ß⌖τ⎴ťţт⃛⌕𝔱∴∴θϑϑ≈∼ ≈∼þ˜×⊠⨱⨰∭⤨⊤⌶⫱𝕥⫚⤩‴™▵▿◃⊴≜▹⊵◬≜⨺⨹⧍⨻⏢𝓉цћŧ≬↞↠⇑⥣ú↑ўŭûу⇅ű⥮⥾𝔲ù↿↾▀⌜⌜⌏◸ū¨ų𝕦↑↕↿↾⊎υϒυ⇈⌝⌝⌎ů◹𝓊⋰ũ▵▴⇈ü⦧⇕⫨⫩⊨⦜ϵϰ∅ϕϖ∝↕ϱς⊊︀⫋︀⊋︀⫌︀ϑ⊲⊳в⊢∨⊻≚⋮||𝔳⊲⊂⃒⊃⃒𝕧∝⊳𝓋⫋︀⊊︀⫌︀⊋︀⦚ŵ⩟∧≙℘𝔴𝕨℘≀≀𝓌⋂◯⋃▽𝔵⟺⟷ξ⟸⟵⟼⋻⨀𝕩⨁⨂⟹⟶𝓍⨆⨄△⋁⋀ýяŷы¥𝔶ї𝕪𝓎юÿźžзżℨζ𝔷ж⇝𝕫𝓏‍‌'];

// node_modules/entities/dist/internal/decode-data-format.js
var META_BIAS = 35;
var HEADER_BIAS = 48;
var HEADER_LENGTH = 6;
var CHOICE_BITS_PER_CHAR = 6;
var BUCKET_HASH_1 = 2654435761;
var BUCKET_HASH_2 = 2246822507;
var PAIR_TABLE_SIZE = 1024;
var CHAR_REMAP = (() => {
  const remap = new Uint8Array(128);
  for (let code2 = 48; code2 <= 57; code2++)
    remap[code2] = code2 - 47;
  for (let code2 = 65; code2 <= 90; code2++)
    remap[code2] = code2 - 54;
  for (let code2 = 97; code2 <= 122; code2++)
    remap[code2] = code2 - 60;
  return remap;
})();
function exactKey(text2, nameStart, length) {
  return text2.charCodeAt(nameStart) << 25 | text2.charCodeAt(nameStart + 1) << 18 | text2.charCodeAt(nameStart + length - 2) << 11 | CHAR_REMAP[text2.charCodeAt(nameStart + length - 1)] << 5 | length;
}
function pairIndex(c0, c12) {
  return (c0 * 3 << 3 ^ c12) & PAIR_TABLE_SIZE - 1;
}
function bucketOne(key, buckets) {
  return (Math.imul(key, BUCKET_HASH_1) >>> 16) * buckets >>> 16;
}
function bucketTwo(key, buckets) {
  return (Math.imul(key, BUCKET_HASH_2) >>> 16) * buckets >>> 16;
}
function initDecodeData(packed) {
  const [data, values] = packed;
  const nameCount = data.charCodeAt(0) - HEADER_BIAS << 6 | data.charCodeAt(1) - HEADER_BIAS;
  const suffixesLength = data.charCodeAt(2) - HEADER_BIAS << 6 | data.charCodeAt(3) - HEADER_BIAS;
  const buckets = data.charCodeAt(4) - HEADER_BIAS << 6 | data.charCodeAt(5) - HEADER_BIAS;
  const metaStart = HEADER_LENGTH + suffixesLength;
  const choicesStart = metaStart + 2 * nameCount;
  const slotCount = 2 * buckets;
  const keys = new Int32Array(slotCount);
  const slotMidOff = new Uint16Array(slotCount);
  const slotValue = new Uint16Array(slotCount);
  const lengthBits = new Uint32Array(PAIR_TABLE_SIZE);
  const middleOffsets = /* @__PURE__ */ new Map();
  const middles = [];
  let name = "";
  let suffixOffset = HEADER_LENGTH;
  let valueOffset = 0;
  for (let index = 0; index < nameCount; index++) {
    const meta0 = data.charCodeAt(metaStart + 2 * index) - META_BIAS;
    const meta1 = data.charCodeAt(metaStart + 2 * index + 1) - META_BIAS;
    const prefixLength = meta0 & 31;
    const length = prefixLength + (meta1 & 31);
    const valueLength = (meta1 >> 5) + 1;
    name = name.slice(0, prefixLength) + data.slice(suffixOffset, suffixOffset + length - prefixLength);
    suffixOffset += length - prefixLength;
    const key = exactKey(name, 0, length);
    const choice = data.charCodeAt(choicesStart + Math.floor(index / CHOICE_BITS_PER_CHAR)) - HEADER_BIAS & 1 << index % CHOICE_BITS_PER_CHAR;
    let slot = 2 * (choice === 0 ? bucketOne : bucketTwo)(key, buckets);
    if (keys[slot] !== 0)
      slot += 1;
    keys[slot] = key;
    if (length > 4) {
      const middle = name.slice(2, length - 2);
      const existing = middleOffsets.get(middle);
      if (existing === void 0) {
        middleOffsets.set(middle, middles.length);
        slotMidOff[slot] = middles.length;
        for (let middleIndex = 0; middleIndex < middle.length; middleIndex += 2) {
          middles.push(middle.charCodeAt(middleIndex) | middle.charCodeAt(middleIndex + 1) << 16);
        }
      } else {
        slotMidOff[slot] = existing;
      }
    }
    const pair = pairIndex(name.charCodeAt(0), name.charCodeAt(1));
    lengthBits[pair] |= length <= 16 ? 1 << length - 2 : 32768;
    if ((meta0 & 32) !== 0) {
      lengthBits[pair] |= 1 << length - 2 + 16;
    }
    slotValue[slot] = valueOffset << 2 | valueLength - 1 | (meta0 & 32) >> 4;
    valueOffset += valueLength;
  }
  return {
    keys,
    buckets,
    slotMidOff,
    slotValue,
    values,
    lengthBits,
    middles: new Uint32Array(middles)
  };
}

// node_modules/entities/dist/decode.js
var CHAR_AMP = 38;
var CHAR_NUM = 35;
var CHAR_SEMI = 59;
var CHAR_EQUALS = 61;
var CHAR_ZERO = 48;
var CHAR_LOWER_A = 97;
var CHAR_LOWER_X = 120;
var CHAR_UPPER_A = 65;
var TO_LOWER_BIT = 32;
function isNumber(code2) {
  return code2 - CHAR_ZERO >>> 0 <= 9;
}
function isAlphaNumeric(code2) {
  return isNumber(code2) || (code2 | TO_LOWER_BIT) - CHAR_LOWER_A >>> 0 <= 25;
}
function isEntityInAttributeInvalidEnd(code2) {
  return code2 === CHAR_EQUALS || isAlphaNumeric(code2);
}
var DecodingMode;
(function(DecodingMode4) {
  DecodingMode4[DecodingMode4["Legacy"] = 0] = "Legacy";
  DecodingMode4[DecodingMode4["Strict"] = 1] = "Strict";
  DecodingMode4[DecodingMode4["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
var htmlDecode = /* @__PURE__ */ initDecodeData(htmlDecodeData);
var htmlKeys = /* @__PURE__ */ (() => htmlDecode.keys)();
var htmlBuckets = /* @__PURE__ */ (() => htmlDecode.buckets)();
var htmlSlotMidOff = /* @__PURE__ */ (() => htmlDecode.slotMidOff)();
var htmlLengthBits = /* @__PURE__ */ (() => htmlDecode.lengthBits)();
var htmlMiddles = /* @__PURE__ */ (() => htmlDecode.middles)();
var htmlSlotValue = /* @__PURE__ */ (() => htmlDecode.slotValue)();
var htmlValues = /* @__PURE__ */ (() => htmlDecode.values)();
function emitHtmlValue(packed) {
  const off = packed >> 2;
  return (packed & 1) === 0 ? htmlValues.charAt(off) : htmlValues.slice(off, off + (packed & 1) + 1);
}
function findSlotHtml(text2, start, length) {
  const c0 = text2.charCodeAt(start);
  const c12 = text2.charCodeAt(start + 1);
  const c2 = text2.charCodeAt(start + length - 2);
  const c3 = text2.charCodeAt(start + length - 1);
  if ((c0 | c12 | c2 | c3) > 127)
    return -1;
  const key = c0 << 25 | c12 << 18 | c2 << 11 | CHAR_REMAP[c3] << 5 | length;
  let slot = 2 * ((Math.imul(key, BUCKET_HASH_1) >>> 16) * htmlBuckets >>> 16);
  for (let attempt = 0; ; attempt++) {
    if (htmlKeys[slot] === key && (length <= 4 || isMidMatchHtml(slot, text2, start, length))) {
      return slot;
    }
    if (htmlKeys[slot + 1] === key && (length <= 4 || isMidMatchHtml(slot + 1, text2, start, length))) {
      return slot + 1;
    }
    if (attempt === 1)
      return -1;
    slot = 2 * ((Math.imul(key, BUCKET_HASH_2) >>> 16) * htmlBuckets >>> 16);
  }
}
function isMidMatchHtml(slot, text2, start, length) {
  let wordIndex = htmlSlotMidOff[slot];
  let index = start + 2;
  const end = start + length - 2;
  while (index + 1 < end) {
    if ((text2.charCodeAt(index) | text2.charCodeAt(index + 1) << 16) !== htmlMiddles[wordIndex++])
      return false;
    index += 2;
  }
  return index === end || text2.charCodeAt(index) === (htmlMiddles[wordIndex] & 65535);
}
var NUMERIC_CONSUMED_SHIFT = 21;
var NUMERIC_CODE_POINT_MASK = 2097151;
var NUMERIC_CONSUMED_OVERFLOW = 2047;
var longNumericConsumed = 0;
function unpackConsumed(packed) {
  const consumed = packed >>> NUMERIC_CONSUMED_SHIFT;
  return consumed === NUMERIC_CONSUMED_OVERFLOW ? longNumericConsumed : consumed;
}
var numericDigits = /* @__PURE__ */ (() => {
  const digits = new Uint8Array(128).fill(255);
  for (let digit = 0; digit < 10; digit++) {
    digits[CHAR_ZERO + digit] = digit;
  }
  for (let digit = 0; digit < 6; digit++) {
    digits[CHAR_UPPER_A + digit] = digit + 10;
    digits[CHAR_LOWER_A + digit] = digit + 10;
  }
  return digits;
})();
function parseNumericEntity(input, offset, isStrict) {
  const inputLength = input.length;
  let index = offset;
  let codePoint = 0;
  let digitsStart;
  if ((input.charCodeAt(index) | TO_LOWER_BIT) === CHAR_LOWER_X) {
    index += 1;
    digitsStart = index;
    while (index < inputLength) {
      const char = input.charCodeAt(index);
      if (char >= 128)
        break;
      const digit = numericDigits[char];
      if (digit <= 15) {
        codePoint = codePoint * 16 + digit;
        index++;
      } else {
        break;
      }
    }
  } else {
    digitsStart = index;
    while (index < inputLength) {
      const char = input.charCodeAt(index);
      if (char >= 128)
        break;
      const digit = numericDigits[char];
      if (digit <= 9) {
        codePoint = codePoint * 10 + digit;
        index++;
      } else {
        break;
      }
    }
  }
  if (index === digitsStart)
    return 0;
  if (codePoint > 1114111)
    codePoint = 1114112;
  let consumed = index - offset + 2;
  if (index < inputLength && input.charCodeAt(index) === CHAR_SEMI) {
    consumed += 1;
  } else if (isStrict) {
    return 0;
  }
  if (consumed >= NUMERIC_CONSUMED_OVERFLOW) {
    longNumericConsumed = consumed;
    consumed = NUMERIC_CONSUMED_OVERFLOW;
  }
  return consumed << NUMERIC_CONSUMED_SHIFT | codePoint;
}
function findLegacySlot(input, start, maxLength) {
  let legacy = htmlLengthBits[pairIndex(input.charCodeAt(start), input.charCodeAt(start + 1))] >>> 16 & 31;
  while (legacy !== 0) {
    const top = 31 - Math.clz32(legacy);
    legacy ^= 1 << top;
    if (top + 2 > maxLength)
      continue;
    const slot = findSlotHtml(input, start, top + 2);
    if (slot >= 0 && (htmlSlotValue[slot] & 2) !== 0) {
      return slot << 3 | top + 2;
    }
  }
  return -1;
}
function findLongClassMatch(input, start, mode) {
  const length = input.slice(start, start + 32).indexOf(";");
  if (length - 2 >>> 0 <= 29) {
    const slot = findSlotHtml(input, start, length);
    if (slot >= 0)
      return slot << 6 | length + 1;
  }
  if (mode !== DecodingMode.Strict) {
    const packed = findLegacySlot(input, start, Math.min(31, input.length - start));
    if (packed >= 0) {
      const length2 = packed & 7;
      if (mode !== DecodingMode.Attribute || start + length2 >= input.length || !isEntityInAttributeInvalidEnd(input.charCodeAt(start + length2)))
        return packed >> 3 << 6 | length2;
    }
  }
  return -1;
}
function nextOffset(input, last) {
  if (last >= input.length)
    return -1;
  return input.charCodeAt(last) === CHAR_AMP ? last : input.indexOf("&", last);
}
function decodeHtmlText(input, mode) {
  const isLegacyAllowed = mode !== DecodingMode.Strict;
  let offset = input.indexOf("&");
  if (offset < 0)
    return input;
  const inputLength = input.length;
  let result = "";
  let last = 0;
  do {
    const start = offset + 1;
    if (start + 1 >= inputLength)
      break;
    const c0 = input.charCodeAt(start);
    if (c0 === CHAR_AMP) {
      offset = start;
      continue;
    }
    if (c0 === CHAR_NUM) {
      const packed = parseNumericEntity(input, start + 1, !isLegacyAllowed);
      const consumed = unpackConsumed(packed);
      if (consumed === 0) {
        offset = input.indexOf("&", start);
      } else {
        if (last !== offset) {
          result += input.slice(last, offset);
        }
        result += codePointToString(packed & NUMERIC_CODE_POINT_MASK);
        last = offset + consumed;
        offset = nextOffset(input, last);
      }
      continue;
    }
    const bits = htmlLengthBits[pairIndex(c0, input.charCodeAt(start + 1))];
    if ((bits & 32768) !== 0) {
      const packed = findLongClassMatch(input, start, mode);
      if (packed >= 0) {
        if (last !== offset)
          result += input.slice(last, offset);
        result += emitHtmlValue(htmlSlotValue[packed >> 6]);
        last = start + (packed & 63);
        offset = nextOffset(input, last);
      } else {
        offset = input.indexOf("&", start);
      }
      continue;
    }
    let probed = bits & 32767;
    let matched = -1;
    while (probed !== 0) {
      const low = probed & -probed;
      probed ^= low;
      const length = 33 - Math.clz32(low);
      const end = start + length;
      if (end > inputLength)
        break;
      const isTerminated = end < inputLength && input.charCodeAt(end) === CHAR_SEMI;
      if (!(isTerminated || isLegacyAllowed && (bits >>> length + 14 & 1) !== 0))
        continue;
      const slot = findSlotHtml(input, start, length);
      if (slot < 0)
        continue;
      if (isTerminated) {
        matched = slot << 6 | 32 | length + 1;
        break;
      }
      if ((htmlSlotValue[slot] & 2) !== 0) {
        matched = slot << 6 | length;
      }
    }
    if (matched >= 0) {
      const length = matched & 31;
      if ((matched & 32) !== 0 || mode !== DecodingMode.Attribute || start + length >= inputLength || !isEntityInAttributeInvalidEnd(input.charCodeAt(start + length))) {
        if (last !== offset)
          result += input.slice(last, offset);
        result += emitHtmlValue(htmlSlotValue[matched >> 6]);
        last = start + length;
        offset = nextOffset(input, last);
        continue;
      }
    }
    offset = input.indexOf("&", start + 1);
  } while (offset >= 0);
  return result + input.slice(last);
}
function decodeHTML(htmlString, mode = DecodingMode.Legacy) {
  return decodeHtmlText(htmlString, mode);
}
function decodeHTMLAttribute(htmlAttribute) {
  return decodeHtmlText(htmlAttribute, DecodingMode.Attribute);
}

// node_modules/entities/dist/index.js
var EntityLevel;
(function(EntityLevel3) {
  EntityLevel3[EntityLevel3["XML"] = 0] = "XML";
  EntityLevel3[EntityLevel3["HTML"] = 1] = "HTML";
})(EntityLevel || (EntityLevel = {}));
var EncodingMode;
(function(EncodingMode3) {
  EncodingMode3[EncodingMode3["UTF8"] = 0] = "UTF8";
  EncodingMode3[EncodingMode3["ASCII"] = 1] = "ASCII";
  EncodingMode3[EncodingMode3["Extensive"] = 2] = "Extensive";
  EncodingMode3[EncodingMode3["Attribute"] = 3] = "Attribute";
  EncodingMode3[EncodingMode3["Text"] = 4] = "Text";
})(EncodingMode || (EncodingMode = {}));

// src/parse/heading-ids.ts
var HEADER_ID = /[\t ]\{#([\p{L}_:][\p{L}\p{N}_:.\-\u00B7\u0300-\u036F\u203F\u2040]*)\}$/u;
var ESCAPABLE = new Set("\\.*_+`<>()[]{}#!:|\"'$=-~");
var NON_WORD = /[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}\- \t]/gu;
var MARKUP = /[`$<>&\\[_]|--/;
var PLAIN_WORDS = /^[A-Za-z0-9_\u1100-\u11FF\u3131-\u318E\uAC00-\uD7A3 \t-]*$/;
function parseHeadingIal(rawHeadingText) {
  let text2 = rawHeadingText.trimEnd();
  const match2 = HEADER_ID.exec(text2);
  if (match2) text2 = text2.slice(0, -match2[0].length).trimEnd();
  text2 = text2.replace(/[\t ]#+$/, "").trimEnd();
  return match2 ? { text: text2, id: match2[1] } : { text: text2 };
}
function blockIalId(line) {
  const ial = /^ {0,3}\{:(?!:)([^}]*)\}\s*$/.exec(line);
  return ial ? /(?:^|\s)#([\w:-][\w:.-]*)/u.exec(ial[1])?.[1] : void 0;
}
function closingBracket(source, open4) {
  let depth = 0;
  for (let i = open4; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "[") depth++;
    else if (source[i] === "]" && --depth === 0) return i;
  }
  return -1;
}
function skipDestination(source, at) {
  if (source[at] === "(") {
    let depth = 0;
    for (let i = at; i < source.length; i++) {
      if (source[i] === "(") depth++;
      else if (source[i] === ")" && --depth === 0) return i + 1;
    }
  } else if (source[at] === "[") {
    const end = closingBracket(source, at);
    if (end !== -1) return end + 1;
  }
  return at;
}
function plainText(text2) {
  return text2.replace(/---|--/g, (dash) => dash === "---" ? "—" : "–").replace(/(^|[^\p{L}\p{N}_])(_{1,2})(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}_])/gu, "$1$3");
}
function headingText(source) {
  if (!MARKUP.test(source)) return source;
  let out = "";
  let plain = "";
  const flush = (literal = "") => {
    out += plainText(plain) + literal;
    plain = "";
  };
  for (let i = 0; i < source.length; ) {
    const rest = source.slice(i);
    const char = source[i];
    const code2 = /^(`+)([\s\S]*?[^`])\1(?!`)/.exec(rest);
    const math = /^\$\$([\s\S]+?)\$\$/.exec(rest);
    const autolink2 = /^<((?:https?|ftp):\/\/[^>\s]+|mailto:[^>\s]+|[^>\s@]+@[^>\s@]+)>/.exec(rest);
    const tag = /^<\/?[A-Za-z][\w-]*(?:\s[^>]*)?\/?>|^<!--[\s\S]*?-->/.exec(rest);
    const entity2 = /^&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/.exec(rest);
    if (rest.startsWith("<<") || rest.startsWith(">>")) {
      plain += rest.slice(0, 2);
      i += 2;
    } else if (char === "\\" && ESCAPABLE.has(source[i + 1] ?? "")) {
      flush(source[i + 1]);
      i += 2;
    } else if (code2) {
      flush(code2[2].replace(/^ (.*) $/s, "$1"));
      i += code2[0].length;
    } else if (math) {
      flush(math[1]);
      i += math[0].length;
    } else if (autolink2) {
      flush(autolink2[1].replace(/^mailto:/, ""));
      i += autolink2[0].length;
    } else if (tag) {
      flush();
      i += tag[0].length;
    } else if (entity2) {
      flush(decodeHTML(entity2[0]));
      i += entity2[0].length;
    } else if (rest.startsWith("[^") && closingBracket(source, i) !== -1) {
      flush();
      i = closingBracket(source, i) + 1;
    } else if (rest.startsWith("![") && closingBracket(source, i + 1) !== -1) {
      flush();
      i = skipDestination(source, closingBracket(source, i + 1) + 1);
    } else if (char === "[" && closingBracket(source, i) !== -1) {
      const end = closingBracket(source, i);
      flush(headingText(source.slice(i + 1, end)));
      i = skipDestination(source, end + 1);
    } else {
      plain += char;
      i++;
    }
  }
  flush();
  return out;
}
function headingId(rawHeadingText) {
  const text2 = headingText(parseHeadingIal(rawHeadingText).text);
  const lower = text2.includes("Σ") ? Array.from(text2, (c) => c.toLowerCase()).join("") : text2.toLowerCase();
  const words = PLAIN_WORDS.test(lower) ? lower : lower.replace(NON_WORD, "");
  return words.replace(/[ \t]/g, "-");
}
var HeadingIdGenerator = class {
  #counters = /* @__PURE__ */ new Map();
  /**
   * The id of the next heading of the document.
   * @param rawHeadingText The heading's markdown source (see {@link parseHeadingIal}).
   * @param ialId The id of a block IAL on the next line ({@link blockIalId}), if any.
   * @returns The explicit id if there is one (IAL first; not counted), else the automatic id with
   *   `-N` appended for the N-th repeat; `''` means the heading gets no id attribute.
   */
  next(rawHeadingText, ialId) {
    const explicit = ialId ?? parseHeadingIal(rawHeadingText).id;
    if (explicit !== void 0) return explicit;
    const id = headingId(rawHeadingText);
    const count = (this.#counters.get(id) ?? -1) + 1;
    this.#counters.set(id, count);
    return count > 0 ? `${id}-${count}` : id;
  }
};

// node_modules/htmlparser2/node_modules/entities/dist/esm/decode-codepoint.js
var _a;
var decodeMap = /* @__PURE__ */ new Map([
  [0, 65533],
  // C1 Unicode control character reference replacements
  [128, 8364],
  [130, 8218],
  [131, 402],
  [132, 8222],
  [133, 8230],
  [134, 8224],
  [135, 8225],
  [136, 710],
  [137, 8240],
  [138, 352],
  [139, 8249],
  [140, 338],
  [142, 381],
  [145, 8216],
  [146, 8217],
  [147, 8220],
  [148, 8221],
  [149, 8226],
  [150, 8211],
  [151, 8212],
  [152, 732],
  [153, 8482],
  [154, 353],
  [155, 8250],
  [156, 339],
  [158, 382],
  [159, 376]
]);
var fromCodePoint = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, n/no-unsupported-features/es-builtins
  (_a = String.fromCodePoint) !== null && _a !== void 0 ? _a : ((codePoint) => {
    let output = "";
    if (codePoint > 65535) {
      codePoint -= 65536;
      output += String.fromCharCode(codePoint >>> 10 & 1023 | 55296);
      codePoint = 56320 | codePoint & 1023;
    }
    output += String.fromCharCode(codePoint);
    return output;
  })
);
function replaceCodePoint2(codePoint) {
  var _a3;
  if (codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111) {
    return 65533;
  }
  return (_a3 = decodeMap.get(codePoint)) !== null && _a3 !== void 0 ? _a3 : codePoint;
}

// node_modules/htmlparser2/node_modules/entities/dist/esm/internal/decode-shared.js
function decodeBase64(input) {
  const binary = (
    // eslint-disable-next-line n/no-unsupported-features/node-builtins
    typeof atob === "function" ? (
      // Browser (and Node >=16)
      // eslint-disable-next-line n/no-unsupported-features/node-builtins
      atob(input)
    ) : (
      // Older Node versions (<16)
      // eslint-disable-next-line n/no-unsupported-features/node-builtins
      typeof Buffer.from === "function" ? (
        // eslint-disable-next-line n/no-unsupported-features/node-builtins
        Buffer.from(input, "base64").toString("binary")
      ) : (
        // eslint-disable-next-line unicorn/no-new-buffer, n/no-deprecated-api
        new Buffer(input, "base64").toString("binary")
      )
    )
  );
  const evenLength = binary.length & ~1;
  const out = new Uint16Array(evenLength / 2);
  for (let index = 0, outIndex = 0; index < evenLength; index += 2) {
    const lo = binary.charCodeAt(index);
    const hi = binary.charCodeAt(index + 1);
    out[outIndex++] = lo | hi << 8;
  }
  return out;
}

// node_modules/htmlparser2/node_modules/entities/dist/esm/generated/decode-data-html.js
var htmlDecodeTree = /* @__PURE__ */ decodeBase64("QR08ALkAAgH6AYsDNQR2BO0EPgXZBQEGLAbdBxMISQrvCmQLfQurDKQNLw4fD4YPpA+6D/IPAAAAAAAAAAAAAAAAKhBMEY8TmxUWF2EYLBkxGuAa3RsJHDscWR8YIC8jSCSIJcMl6ie3Ku8rEC0CLjoupS7kLgAIRU1hYmNmZ2xtbm9wcnN0dVQAWgBeAGUAaQBzAHcAfgCBAIQAhwCSAJoAoACsALMAbABpAGcAO4DGAMZAUAA7gCYAJkBjAHUAdABlADuAwQDBQHIiZXZlAAJhAAFpeW0AcgByAGMAO4DCAMJAEGRyAADgNdgE3XIAYQB2AGUAO4DAAMBA8CFoYZFj4SFjcgBhZAAAoFMqAAFncIsAjgBvAG4ABGFmAADgNdg43fAlbHlGdW5jdGlvbgCgYSBpAG4AZwA7gMUAxUAAAWNzpACoAHIAAOA12Jzc6SFnbgCgVCJpAGwAZABlADuAwwDDQG0AbAA7gMQAxEAABGFjZWZvcnN1xQDYANoA7QDxAPYA+QD8AAABY3LJAM8AayNzbGFzaAAAoBYidgHTANUAAKDnKmUAZAAAoAYjeQARZIABY3J0AOAA5QDrAGEidXNlAACgNSLuI291bGxpcwCgLCFhAJJjcgAA4DXYBd1wAGYAAOA12Dnd5SF2ZdhiYwDyAOoAbSJwZXEAAKBOIgAHSE9hY2RlZmhpbG9yc3UXARoBHwE6AVIBVQFiAWQBZgGCAakB6QHtAfIBYwB5ACdkUABZADuAqQCpQIABY3B5ACUBKAE1AfUhdGUGYWmg0iJ0KGFsRGlmZmVyZW50aWFsRAAAoEUhbCJleXMAAKAtIQACYWVpb0EBRAFKAU0B8iFvbgxhZABpAGwAO4DHAMdAcgBjAAhhbiJpbnQAAKAwIm8AdAAKYQABZG5ZAV0BaSJsbGEAuGB0I2VyRG90ALdg8gA5AWkAp2NyImNsZQAAAkRNUFRwAXQBeQF9AW8AdAAAoJkiaSJudXMAAKCWIuwhdXMAoJUiaSJtZXMAAKCXIm8AAAFjc4cBlAFrKndpc2VDb250b3VySW50ZWdyYWwAAKAyImUjQ3VybHkAAAFEUZwBpAFvJXVibGVRdW90ZQAAoB0gdSJvdGUAAKAZIAACbG5wdbABtgHNAdgBbwBuAGWgNyIAoHQqgAFnaXQAvAHBAcUB8iJ1ZW50AKBhIm4AdAAAoC8i7yV1ckludGVncmFsAKAuIgABZnLRAdMBAKACIe8iZHVjdACgECJuLnRlckNsb2Nrd2lzZUNvbnRvdXJJbnRlZ3JhbAAAoDMi7yFzcwCgLypjAHIAAOA12J7ccABDoNMiYQBwAACgTSKABURKU1phY2VmaW9zAAsCEgIVAhgCGwIsAjQCOQI9AnMCfwNvoEUh9CJyYWhkAKARKWMAeQACZGMAeQAFZGMAeQAPZIABZ3JzACECJQIoAuchZXIAoCEgcgAAoKEhaAB2AACg5CoAAWF5MAIzAvIhb24OYRRkbAB0oAciYQCUY3IAAOA12AfdAAFhZkECawIAAWNtRQJnAvIjaXRpY2FsAAJBREdUUAJUAl8CYwJjInV0ZQC0YG8AdAFZAloC2WJiJGxlQWN1dGUA3WJyImF2ZQBgYGkibGRlANxi7yFuZACgxCJmJWVyZW50aWFsRAAAoEYhcAR9AgAAAAAAAIECjgIAABoDZgAA4DXYO91EoagAhQKJAm8AdAAAoNwgcSJ1YWwAAKBQIuIhbGUAA0NETFJVVpkCqAK1Au8C/wIRA28AbgB0AG8AdQByAEkAbgB0AGUAZwByAGEA7ADEAW8AdAKvAgAAAACwAqhgbiNBcnJvdwAAoNMhAAFlb7kC0AJmAHQAgAFBUlQAwQLGAs0CciJyb3cAAKDQIekkZ2h0QXJyb3cAoNQhZQDlACsCbgBnAAABTFLWAugC5SFmdAABQVLcAuECciJyb3cAAKD4J+kkZ2h0QXJyb3cAoPon6SRnaHRBcnJvdwCg+SdpImdodAAAAUFU9gL7AnIicm93AACg0iFlAGUAAKCoInAAQQIGAwAAAAALA3Iicm93AACg0SFvJHduQXJyb3cAAKDVIWUlcnRpY2FsQmFyAACgJSJuAAADQUJMUlRhJAM2AzoDWgNxA3oDciJyb3cAAKGTIUJVLAMwA2EAcgAAoBMpcCNBcnJvdwAAoPUhciJldmUAEWPlIWZ00gJDAwAASwMAAFIDaSVnaHRWZWN0b3IAAKBQKWUkZVZlY3RvcgAAoF4p5SJjdG9yQqC9IWEAcgAAoFYpaSJnaHQA1AFiAwAAaQNlJGVWZWN0b3IAAKBfKeUiY3RvckKgwSFhAHIAAKBXKWUAZQBBoKQiciJyb3cAAKCnIXIAcgBvAPcAtAIAAWN0gwOHA3IAAOA12J/c8iFvaxBhAAhOVGFjZGZnbG1vcHFzdHV4owOlA6kDsAO/A8IDxgPNA9ID8gP9AwEEFAQeBCAEJQRHAEphSAA7gNAA0EBjAHUAdABlADuAyQDJQIABYWl5ALYDuQO+A/Ihb24aYXIAYwA7gMoAykAtZG8AdAAWYXIAAOA12AjdcgBhAHYAZQA7gMgAyEDlIm1lbnQAoAgiAAFhcNYD2QNjAHIAEmF0AHkAUwLhAwAAAADpA20lYWxsU3F1YXJlAACg+yVlJ3J5U21hbGxTcXVhcmUAAKCrJQABZ3D2A/kDbwBuABhhZgAA4DXYPN3zImlsb26VY3UAAAFhaQYEDgRsAFSgdSppImxkZQAAoEIi7CNpYnJpdW0AoMwhAAFjaRgEGwRyAACgMCFtAACgcyphAJdjbQBsADuAywDLQAABaXApBC0E8yF0cwCgAyLvJG5lbnRpYWxFAKBHIYACY2Zpb3MAPQQ/BEMEXQRyBHkAJGRyAADgNdgJ3WwibGVkAFMCTAQAAAAAVARtJWFsbFNxdWFyZQAAoPwlZSdyeVNtYWxsU3F1YXJlAACgqiVwA2UEAABpBAAAAABtBGYAAOA12D3dwSFsbACgACLyI2llcnRyZgCgMSFjAPIAcQQABkpUYWJjZGZnb3JzdIgEiwSOBJMElwSkBKcEqwStBLIE5QTqBGMAeQADZDuAPgA+QO0hbWFkoJMD3GNyImV2ZQAeYYABZWl5AJ0EoASjBOQhaWwiYXIAYwAcYRNkbwB0ACBhcgAA4DXYCt0AoNkicABmAADgNdg+3eUiYXRlcgADRUZHTFNUvwTIBM8E1QTZBOAEcSJ1YWwATKBlIuUhc3MAoNsidSRsbEVxdWFsAACgZyJyI2VhdGVyAACgoirlIXNzAKB3IuwkYW50RXF1YWwAoH4qaSJsZGUAAKBzImMAcgAA4DXYotwAoGsiAARBYWNmaW9zdfkE/QQFBQgFCwUTBSIFKwVSIkRjeQAqZAABY3QBBQQFZQBrAMdiXmDpIXJjJGFyAACgDCFsJWJlcnRTcGFjZQAAoAsh8AEYBQAAGwVmAACgDSHpJXpvbnRhbExpbmUAoAAlAAFjdCYFKAXyABIF8iFvayZhbQBwAEQBMQU5BW8AdwBuAEgAdQBtAPAAAAFxInVhbAAAoE8iAAdFSk9hY2RmZ21ub3N0dVMFVgVZBVwFYwVtBXAFcwV6BZAFtgXFBckFzQVjAHkAFWTsIWlnMmFjAHkAAWRjAHUAdABlADuAzQDNQAABaXlnBWwFcgBjADuAzgDOQBhkbwB0ADBhcgAAoBEhcgBhAHYAZQA7gMwAzEAAoREhYXB/BYsFAAFjZ4MFhQVyACphaSNuYXJ5SQAAoEghbABpAGUA8wD6AvQBlQUAAKUFZaAsIgABZ3KaBZ4F8iFhbACgKyLzI2VjdGlvbgCgwiJpI3NpYmxlAAABQ1SsBbEFbyJtbWEAAKBjIGkibWVzAACgYiCAAWdwdAC8Bb8FwwVvAG4ALmFmAADgNdhA3WEAmWNjAHIAAKAQIWkibGRlAChh6wHSBQAA1QVjAHkABmRsADuAzwDPQIACY2Zvc3UA4QXpBe0F8gX9BQABaXnlBegFcgBjADRhGWRyAADgNdgN3XAAZgAA4DXYQd3jAfcFAAD7BXIAAOA12KXc8iFjeQhk6yFjeQRkgANISmFjZm9zAAwGDwYSBhUGHQYhBiYGYwB5ACVkYwB5AAxk8CFwYZpjAAFleRkGHAbkIWlsNmEaZHIAAOA12A7dcABmAADgNdhC3WMAcgAA4DXYptyABUpUYWNlZmxtb3N0AD0GQAZDBl4GawZkB2gHcAd0B80H2gdjAHkACWQ7gDwAPECAAmNtbnByAEwGTwZSBlUGWwb1IXRlOWHiIWRhm2NnAACg6ifsI2FjZXRyZgCgEiFyAACgniGAAWFleQBkBmcGagbyIW9uPWHkIWlsO2EbZAABZnNvBjQHdAAABUFDREZSVFVWYXKABp4GpAbGBssG3AYDByEHwQIqBwABbnKEBowGZyVsZUJyYWNrZXQAAKDoJ/Ihb3cAoZAhQlKTBpcGYQByAACg5CHpJGdodEFycm93AKDGIWUjaWxpbmcAAKAII28A9QGqBgAAsgZiJWxlQnJhY2tldAAAoOYnbgDUAbcGAAC+BmUkZVZlY3RvcgAAoGEp5SJjdG9yQqDDIWEAcgAAoFkpbCJvb3IAAKAKI2kiZ2h0AAABQVbSBtcGciJyb3cAAKCUIeUiY3RvcgCgTikAAWVy4AbwBmUAAKGjIkFW5gbrBnIicm93AACgpCHlImN0b3IAoFopaSNhbmdsZQBCorIi+wYAAAAA/wZhAHIAAKDPKXEidWFsAACgtCJwAIABRFRWAAoHEQcYB+8kd25WZWN0b3IAoFEpZSRlVmVjdG9yAACgYCnlImN0b3JCoL8hYQByAACgWCnlImN0b3JCoLwhYQByAACgUilpAGcAaAB0AGEAcgByAG8A9wDMAnMAAANFRkdMU1Q/B0cHTgdUB1gHXwfxJXVhbEdyZWF0ZXIAoNoidSRsbEVxdWFsAACgZiJyI2VhdGVyAACgdiLlIXNzAKChKuwkYW50RXF1YWwAoH0qaSJsZGUAAKByInIAAOA12A/dZaDYIuYjdGFycm93AKDaIWkiZG90AD9hgAFucHcAege1B7kHZwAAAkxSbHKCB5QHmwerB+UhZnQAAUFSiAeNB3Iicm93AACg9SfpJGdodEFycm93AKD3J+kkZ2h0QXJyb3cAoPYn5SFmdAABYXLcAqEHaQBnAGgAdABhAHIAcgBvAPcA5wJpAGcAaAB0AGEAcgByAG8A9wDuAmYAAOA12EPdZQByAAABTFK/B8YHZSRmdEFycm93AACgmSHpJGdodEFycm93AKCYIYABY2h0ANMH1QfXB/IAWgYAoLAh8iFva0FhAKBqIgAEYWNlZmlvc3XpB+wH7gf/BwMICQgOCBEIcAAAoAUpeQAcZAABZGzyB/kHaSR1bVNwYWNlAACgXyBsI2ludHJmAACgMyFyAADgNdgQ3e4jdXNQbHVzAKATInAAZgAA4DXYRN1jAPIA/gecY4AESmFjZWZvc3R1ACEIJAgoCDUIgQiFCDsKQApHCmMAeQAKZGMidXRlAENhgAFhZXkALggxCDQI8iFvbkdh5CFpbEVhHWSAAWdzdwA7CGEIfQjhInRpdmWAAU1UVgBECEwIWQhlJWRpdW1TcGFjZQAAoAsgaABpAAABY25SCFMIawBTAHAAYQBjAOUASwhlAHIAeQBUAGgAaQDuAFQI9CFlZAABR0xnCHUIcgBlAGEAdABlAHIARwByAGUAYQB0AGUA8gDrBGUAcwBzAEwAZQBzAPMA2wdMImluZQAKYHIAAOA12BHdAAJCbnB0jAiRCJkInAhyImVhawAAoGAgwiZyZWFraW5nU3BhY2WgYGYAAKAVIUOq7CqzCMIIzQgAAOcIGwkAAAAAAAAtCQAAbwkAAIcJAACdCcAJGQoAADQKAAFvdbYIvAjuI2dydWVudACgYiJwIkNhcAAAoG0ibyh1YmxlVmVydGljYWxCYXIAAKAmIoABbHF4ANII1wjhCOUibWVudACgCSL1IWFsVKBgImkibGRlAADgQiI4A2kic3RzAACgBCJyI2VhdGVyAACjbyJFRkdMU1T1CPoIAgkJCQ0JFQlxInVhbAAAoHEidSRsbEVxdWFsAADgZyI4A3IjZWF0ZXIAAOBrIjgD5SFzcwCgeSLsJGFudEVxdWFsAOB+KjgDaSJsZGUAAKB1IvUhbXBEASAJJwnvI3duSHVtcADgTiI4A3EidWFsAADgTyI4A2UAAAFmczEJRgn0JFRyaWFuZ2xlQqLqIj0JAAAAAEIJYQByAADgzyk4A3EidWFsAACg7CJzAICibiJFR0xTVABRCVYJXAlhCWkJcSJ1YWwAAKBwInIjZWF0ZXIAAKB4IuUhc3MA4GoiOAPsJGFudEVxdWFsAOB9KjgDaSJsZGUAAKB0IuUic3RlZAABR0x1CX8J8iZlYXRlckdyZWF0ZXIA4KIqOAPlI3NzTGVzcwDgoSo4A/IjZWNlZGVzAKGAIkVTjwmVCXEidWFsAADgryo4A+wkYW50RXF1YWwAoOAiAAFlaaAJqQl2JmVyc2VFbGVtZW50AACgDCLnJWh0VHJpYW5nbGVCousitgkAAAAAuwlhAHIAAODQKTgDcSJ1YWwAAKDtIgABcXXDCeAJdSNhcmVTdQAAAWJwywnVCfMhZXRF4I8iOANxInVhbAAAoOIi5SJyc2V0ReCQIjgDcSJ1YWwAAKDjIoABYmNwAOYJ8AkNCvMhZXRF4IIi0iBxInVhbAAAoIgi4yJlZWRzgKGBIkVTVAD6CQAKBwpxInVhbAAA4LAqOAPsJGFudEVxdWFsAKDhImkibGRlAADgfyI4A+UicnNldEXggyLSIHEidWFsAACgiSJpImxkZQCAoUEiRUZUACIKJwouCnEidWFsAACgRCJ1JGxsRXF1YWwAAKBHImkibGRlAACgSSJlJXJ0aWNhbEJhcgAAoCQiYwByAADgNdip3GkAbABkAGUAO4DRANFAnWMAB0VhY2RmZ21vcHJzdHV2XgphCmgKcgp2CnoKgQqRCpYKqwqtCrsKyArNCuwhaWdSYWMAdQB0AGUAO4DTANNAAAFpeWwKcQpyAGMAO4DUANRAHmRiImxhYwBQYXIAAOA12BLdcgBhAHYAZQA7gNIA0kCAAWFlaQCHCooKjQpjAHIATGFnAGEAqWNjInJvbgCfY3AAZgAA4DXYRt3lI25DdXJseQABRFGeCqYKbyV1YmxlUXVvdGUAAKAcIHUib3RlAACgGCAAoFQqAAFjbLEKtQpyAADgNdiq3GEAcwBoADuA2ADYQGkAbAHACsUKZABlADuA1QDVQGUAcwAAoDcqbQBsADuA1gDWQGUAcgAAAUJQ0wrmCgABYXLXCtoKcgAAoD4gYQBjAAABZWvgCuIKAKDeI2UAdAAAoLQjYSVyZW50aGVzaXMAAKDcI4AEYWNmaGlsb3JzAP0KAwsFCwkLCwsMCxELIwtaC3IjdGlhbEQAAKACInkAH2RyAADgNdgT3WkApmOgY/Ujc01pbnVzsWAAAWlwFQsgC24AYwBhAHIAZQBwAGwAYQBuAOUACgVmAACgGSGAobsqZWlvACoLRQtJC+MiZWRlc4CheiJFU1QANAs5C0ALcSJ1YWwAAKCvKuwkYW50RXF1YWwAoHwiaSJsZGUAAKB+Im0AZQAAoDMgAAFkcE0LUQv1IWN0AKAPIm8jcnRpb24AYaA3ImwAAKAdIgABY2leC2ILcgAA4DXYq9yoYwACVWZvc2oLbwtzC3cLTwBUADuAIgAiQHIAAOA12BTdcABmAACgGiFjAHIAAOA12KzcAAZCRWFjZWZoaW9yc3WPC5MLlwupC7YL2AvbC90LhQyTDJoMowzhIXJyAKAQKUcAO4CuAK5AgAFjbnIAnQugC6ML9SF0ZVRhZwAAoOsncgB0oKAhbAAAoBYpgAFhZXkArwuyC7UL8iFvblhh5CFpbFZhIGR2oBwhZSJyc2UAAAFFVb8LzwsAAWxxwwvIC+UibWVudACgCyL1JGlsaWJyaXVtAKDLIXAmRXF1aWxpYnJpdW0AAKBvKXIAAKAcIW8AoWPnIWh0AARBQ0RGVFVWYewLCgwQDDIMNwxeDHwM9gIAAW5y8Av4C2clbGVCcmFja2V0AACg6SfyIW93AKGSIUJM/wsDDGEAcgAAoOUhZSRmdEFycm93AACgxCFlI2lsaW5nAACgCSNvAPUBFgwAAB4MYiVsZUJyYWNrZXQAAKDnJ24A1AEjDAAAKgxlJGVWZWN0b3IAAKBdKeUiY3RvckKgwiFhAHIAAKBVKWwib29yAACgCyMAAWVyOwxLDGUAAKGiIkFWQQxGDHIicm93AACgpiHlImN0b3IAoFspaSNhbmdsZQBCorMiVgwAAAAAWgxhAHIAAKDQKXEidWFsAACgtSJwAIABRFRWAGUMbAxzDO8kd25WZWN0b3IAoE8pZSRlVmVjdG9yAACgXCnlImN0b3JCoL4hYQByAACgVCnlImN0b3JCoMAhYQByAACgUykAAXB1iQyMDGYAAKAdIe4kZEltcGxpZXMAoHAp6SRnaHRhcnJvdwCg2yEAAWNongyhDHIAAKAbIQCgsSHsJGVEZWxheWVkAKD0KYAGSE9hY2ZoaW1vcXN0dQC/DMgMzAzQDOIM5gwKDQ0NFA0ZDU8NVA1YDQABQ2PDDMYMyCFjeSlkeQAoZEYiVGN5ACxkYyJ1dGUAWmEAorwqYWVpedgM2wzeDOEM8iFvbmBh5CFpbF5hcgBjAFxhIWRyAADgNdgW3e8hcnQAAkRMUlXvDPYM/QwEDW8kd25BcnJvdwAAoJMhZSRmdEFycm93AACgkCHpJGdodEFycm93AKCSIXAjQXJyb3cAAKCRIechbWGjY+EkbGxDaXJjbGUAoBgicABmAADgNdhK3XICHw0AAAAAIg10AACgGiLhIXJlgKGhJUlTVQAqDTINSg3uJXRlcnNlY3Rpb24AoJMidQAAAWJwNw1ADfMhZXRFoI8icSJ1YWwAAKCRIuUicnNldEWgkCJxInVhbAAAoJIibiJpb24AAKCUImMAcgAA4DXYrtxhAHIAAKDGIgACYmNtcF8Nag2ODZANc6DQImUAdABFoNAicSJ1YWwAAKCGIgABY2huDYkNZSJlZHMAgKF7IkVTVAB4DX0NhA1xInVhbAAAoLAq7CRhbnRFcXVhbACgfSJpImxkZQAAoH8iVABoAGEA9ADHCwCgESIAodEiZXOVDZ8NciJzZXQARaCDInEidWFsAACghyJlAHQAAKDRIoAFSFJTYWNmaGlvcnMAtQ27Db8NyA3ODdsN3w3+DRgOHQ4jDk8AUgBOADuA3gDeQMEhREUAoCIhAAFIY8MNxg1jAHkAC2R5ACZkAAFidcwNzQ0JYKRjgAFhZXkA1A3XDdoN8iFvbmRh5CFpbGJhImRyAADgNdgX3QABZWnjDe4N8gHoDQAA7Q3lImZvcmUAoDQiYQCYYwABY27yDfkNayNTcGFjZQAA4F8gCiDTInBhY2UAoAkg7CFkZYChPCJFRlQABw4MDhMOcSJ1YWwAAKBDInUkbGxFcXVhbAAAoEUiaSJsZGUAAKBIInAAZgAA4DXYS93pI3BsZURvdACg2yAAAWN0Jw4rDnIAAOA12K/c8iFva2Zh4QpFDlYOYA5qDgAAbg5yDgAAAAAAAAAAAAB5DnwOqA6zDgAADg8RDxYPGg8AAWNySA5ODnUAdABlADuA2gDaQHIAb6CfIeMhaXIAoEkpcgDjAVsOAABdDnkADmR2AGUAbGEAAWl5Yw5oDnIAYwA7gNsA20AjZGIibGFjAHBhcgAA4DXYGN1yAGEAdgBlADuA2QDZQOEhY3JqYQABZGl/Dp8OZQByAAABQlCFDpcOAAFhcokOiw5yAF9gYQBjAAABZWuRDpMOAKDfI2UAdAAAoLUjYSVyZW50aGVzaXMAAKDdI28AbgBQoMMi7CF1cwCgjiIAAWdwqw6uDm8AbgByYWYAAOA12EzdAARBREVUYWRwc78O0g7ZDuEOBQPqDvMOBw9yInJvdwDCoZEhyA4AAMwOYQByAACgEilvJHduQXJyb3cAAKDFIW8kd25BcnJvdwAAoJUhcSV1aWxpYnJpdW0AAKBuKWUAZQBBoKUiciJyb3cAAKClIW8AdwBuAGEAcgByAG8A9wAQA2UAcgAAAUxS+Q4AD2UkZnRBcnJvdwAAoJYh6SRnaHRBcnJvdwCglyFpAGyg0gNvAG4ApWPpIW5nbmFjAHIAAOA12LDcaSJsZGUAaGFtAGwAO4DcANxAgAREYmNkZWZvc3YALQ8xDzUPNw89D3IPdg97D4AP4SFzaACgqyJhAHIAAKDrKnkAEmThIXNobKCpIgCg5ioAAWVyQQ9DDwCgwSKAAWJ0eQBJD00Paw9hAHIAAKAWIGmgFiDjIWFsAAJCTFNUWA9cD18PZg9hAHIAAKAjIukhbmV8YGUkcGFyYXRvcgAAoFgnaSJsZGUAAKBAItQkaGluU3BhY2UAoAogcgAA4DXYGd1wAGYAAOA12E3dYwByAADgNdix3GQiYXNoAACgqiKAAmNlZm9zAI4PkQ+VD5kPng/pIXJjdGHkIWdlAKDAInIAAOA12BrdcABmAADgNdhO3WMAcgAA4DXYstwAAmZpb3OqD64Prw+0D3IAAOA12BvdnmNwAGYAAOA12E/dYwByAADgNdiz3IAEQUlVYWNmb3N1AMgPyw/OD9EP2A/gD+QP6Q/uD2MAeQAvZGMAeQAHZGMAeQAuZGMAdQB0AGUAO4DdAN1AAAFpedwP3w9yAGMAdmErZHIAAOA12BzdcABmAADgNdhQ3WMAcgAA4DXYtNxtAGwAeGEABEhhY2RlZm9z/g8BEAUQDRAQEB0QIBAkEGMAeQAWZGMidXRlAHlhAAFheQkQDBDyIW9ufWEXZG8AdAB7YfIBFRAAABwQbwBXAGkAZAB0AOgAVAhhAJZjcgAAoCghcABmAACgJCFjAHIAAOA12LXc4QtCEEkQTRAAAGcQbRByEAAAAAAAAAAAeRCKEJcQ8hD9EAAAGxEhETIROREAAD4RYwB1AHQAZQA7gOEA4UByImV2ZQADYYCiPiJFZGl1eQBWEFkQWxBgEGUQAOA+IjMDAKA/InIAYwA7gOIA4kB0AGUAO4C0ALRAMGRsAGkAZwA7gOYA5kByoGEgAOA12B7dcgBhAHYAZQA7gOAA4EAAAWVwfBCGEAABZnCAEIQQ8yF5bQCgNSHoAIMQaABhALFjAAFhcI0QWwAAAWNskRCTEHIAAWFnAACgPypkApwQAAAAALEQAKInImFkc3ajEKcQqRCuEG4AZAAAoFUqAKBcKmwib3BlAACgWCoAoFoqAKMgImVsbXJzersQvRDAEN0Q5RDtEACgpCllAACgICJzAGQAYaAhImEEzhDQENIQ1BDWENgQ2hDcEACgqCkAoKkpAKCqKQCgqykAoKwpAKCtKQCgrikAoK8pdAB2oB8iYgBkoL4iAKCdKQABcHTpEOwQaAAAoCIixWDhIXJyAKB8IwABZ3D1EPgQbwBuAAVhZgAA4DXYUt0Ao0giRWFlaW9wBxEJEQ0RDxESERQRAKBwKuMhaXIAoG8qAKBKImQAAKBLInMAJ2DyIW94ZaBIIvEADhFpAG4AZwA7gOUA5UCAAWN0eQAmESoRKxFyAADgNdi23CpgbQBwAGWgSCLxAPgBaQBsAGQAZQA7gOMA40BtAGwAO4DkAORAAAFjaUERRxFvAG4AaQBuAPQA6AFuAHQAAKARKgAITmFiY2RlZmlrbG5vcHJzdWQRaBGXEZ8RpxGrEdIR1hErEjASexKKEn0RThNbE3oTbwB0AACg7SoAAWNybBGJEWsAAAJjZXBzdBF4EX0RghHvIW5nAKBMInAjc2lsb24A9mNyImltZQAAoDUgaQBtAGWgPSJxAACgzSJ2AY0RkRFlAGUAAKC9ImUAZABnoAUjZQAAoAUjcgBrAHSgtSPiIXJrAKC2IwABb3mjEaYRbgDnAHcRMWTxIXVvAKAeIIACY21wcnQAtBG5Eb4RwRHFEeEhdXPloDUi5ABwInR5dgAAoLApcwDpAH0RbgBvAPUA6gCAAWFodwDLEcwRzhGyYwCgNiHlIWVuAKBsInIAAOA12B/dZwCAA2Nvc3R1dncA4xHyEQUSEhIhEiYSKRKAAWFpdQDpEesR7xHwAKMFcgBjAACg7yVwAACgwyKAAWRwdAD4EfwRABJvAHQAAKAAKuwhdXMAoAEqaSJtZXMAAKACKnECCxIAAAAADxLjIXVwAKAGKmEAcgAAoAUm8iNpYW5nbGUAAWR1GhIeEu8hd24AoL0lcAAAoLMlcCJsdXMAAKAEKmUA5QBCD+UAkg9hInJvdwAAoA0pgAFha28ANhJoEncSAAFjbjoSZRJrAIABbHN0AEESRxJNEm8jemVuZ2UAAKDrKXEAdQBhAHIA5QBcBPIjaWFuZ2xlgKG0JWRscgBYElwSYBLvIXduAKC+JeUhZnQAoMIlaSJnaHQAAKC4JWsAAKAjJLEBbRIAAHUSsgFxEgAAcxIAoJIlAKCRJTQAAKCTJWMAawAAoIglAAFlb38ShxJx4D0A5SD1IWl2AOBhIuUgdAAAoBAjAAJwdHd4kRKVEpsSnxJmAADgNdhT3XSgpSJvAG0AAKClIvQhaWUAoMgiAAZESFVWYmRobXB0dXayEsES0RLgEvcS+xIKExoTHxMjEygTNxMAAkxSbHK5ErsSvRK/EgCgVyUAoFQlAKBWJQCgUyUAolAlRFVkdckSyxLNEs8SAKBmJQCgaSUAoGQlAKBnJQACTFJsctgS2hLcEt4SAKBdJQCgWiUAoFwlAKBZJQCjUSVITFJobHLrEu0S7xLxEvMS9RIAoGwlAKBjJQCgYCUAoGslAKBiJQCgXyVvAHgAAKDJKQACTFJscgITBBMGEwgTAKBVJQCgUiUAoBAlAKAMJQCiACVEVWR1EhMUExYTGBMAoGUlAKBoJQCgLCUAoDQlaSJudXMAAKCfIuwhdXMAoJ4iaSJtZXMAAKCgIgACTFJsci8TMRMzEzUTAKBbJQCgWCUAoBglAKAUJQCjAiVITFJobHJCE0QTRhNIE0oTTBMAoGolAKBhJQCgXiUAoDwlAKAkJQCgHCUAAWV2UhNVE3YA5QD5AGIAYQByADuApgCmQAACY2Vpb2ITZhNqE24TcgAA4DXYt9xtAGkAAKBPIG0A5aA9IogRbAAAoVwAYmh0E3YTAKDFKfMhdWIAoMgnbAF+E4QTbABloCIgdAAAoCIgcAAAoU4iRWWJE4sTAKCuKvGgTyI8BeEMqRMAAN8TABQDFB8UAAAjFDQUAAAAAIUUAAAAAI0UAAAAANcU4xT3FPsUAACIFQAAlhWAAWNwcgCuE7ET1RP1IXRlB2GAoikiYWJjZHMAuxO/E8QTzhPSE24AZAAAoEQqciJjdXAAAKBJKgABYXXIE8sTcAAAoEsqcAAAoEcqbwB0AACgQCoA4CkiAP4AAWVv2RPcE3QAAKBBIO4ABAUAAmFlaXXlE+8T9RP4E/AB6hMAAO0TcwAAoE0qbwBuAA1hZABpAGwAO4DnAOdAcgBjAAlhcABzAHOgTCptAACgUCpvAHQAC2GAAWRtbgAIFA0UEhRpAGwAO4C4ALhAcCJ0eXYAAKCyKXQAAIGiADtlGBQZFKJAcgBkAG8A9ABiAXIAAOA12CDdgAFjZWkAKBQqFDIUeQBHZGMAawBtoBMn4SFyawCgEyfHY3IAAKPLJUVjZWZtcz8UQRRHFHcUfBSAFACgwykAocYCZWxGFEkUcQAAoFciZQBhAlAUAAAAAGAUciJyb3cAAAFsclYUWhTlIWZ0AKC6IWkiZ2h0AACguyGAAlJTYWNkAGgUaRRrFG8UcxSuYACgyCRzAHQAAKCbIukhcmMAoJoi4SFzaACgnSJuImludAAAoBAqaQBkAACg7yrjIWlyAKDCKfUhYnN1oGMmaQB0AACgYybsApMUmhS2FAAAwxRvAG4AZaA6APGgVCKrAG0CnxQAAAAAoxRhAHSgLABAYAChASJmbKcUqRTuABMNZQAAAW14rhSyFOUhbnQAoAEiZQDzANIB5wG6FAAAwBRkoEUibwB0AACgbSpuAPQAzAGAAWZyeQDIFMsUzhQA4DXYVN1vAOQA1wEAgakAO3MeAdMUcgAAoBchAAFhb9oU3hRyAHIAAKC1IXMAcwAAoBcnAAFjdeYU6hRyAADgNdi43AABYnDuFPIUZaDPKgCg0SploNAqAKDSKuQhb3QAoO8igANkZWxwcnZ3AAYVEBUbFSEVRBVlFYQV4SFycgABbHIMFQ4VAKA4KQCgNSlwAhYVAAAAABkVcgAAoN4iYwAAoN8i4SFycnCgtiEAoD0pgKIqImJjZG9zACsVMBU6FT4VQRVyImNhcAAAoEgqAAFhdTQVNxVwAACgRipwAACgSipvAHQAAKCNInIAAKBFKgDgKiIA/gACYWxydksVURVuFXMVcgByAG2gtyEAoDwpeQCAAWV2dwBYFWUVaRVxAHACXxUAAAAAYxVyAGUA4wAXFXUA4wAZFWUAZQAAoM4iZSJkZ2UAAKDPImUAbgA7gKQApEBlI2Fycm93AAABbHJ7FX8V5SFmdACgtiFpImdodAAAoLchZQDkAG0VAAFjaYsVkRVvAG4AaQBuAPQAkwFuAHQAAKAxImwiY3R5AACgLSOACUFIYWJjZGVmaGlqbG9yc3R1d3oAuBW7Fb8V1RXgFegV+RUKFhUWHxZUFlcWZRbFFtsW7xb7FgUXChdyAPIAtAJhAHIAAKBlKQACZ2xyc8YVyhXOFdAV5yFlcgCgICDlIXRoAKA4IfIA9QxoAHagECAAoKMiawHZFd4VYSJyb3cAAKAPKWEA4wBfAgABYXnkFecV8iFvbg9hNGQAoUYhYW/tFfQVAAFnciEC8RVyAACgyiF0InNlcQAAoHcqgAFnbG0A/xUCFgUWO4CwALBAdABhALRjcCJ0eXYAAKCxKQABaXIOFhIW8yFodACgfykA4DXYId1hAHIAAAFschsWHRYAoMMhAKDCIYACYWVnc3YAKBauAjYWOhY+Fm0AAKHEIm9zLhY0Fm4AZABzoMQi9SFpdACgZiZhIm1tYQDdY2kAbgAAoPIiAKH3AGlvQxZRFmQAZQAAgfcAO29KFksW90BuI3RpbWVzAACgxyJuAPgAUBZjAHkAUmRjAG8CXhYAAAAAYhZyAG4AAKAeI28AcAAAoA0jgAJscHR1dwBuFnEWdRaSFp4W7CFhciRgZgAA4DXYVd0AotkCZW1wc30WhBaJFo0WcQBkoFAibwB0AACgUSJpIm51cwAAoDgi7CF1cwCgFCLxInVhcmUAoKEiYgBsAGUAYgBhAHIAdwBlAGQAZwDlANcAbgCAAWFkaAClFqoWtBZyAHIAbwD3APUMbwB3AG4AYQByAHIAbwB3APMA8xVhI3Jwb29uAAABbHK8FsAWZQBmAPQAHBZpAGcAaAD0AB4WYgHJFs8WawBhAHIAbwD3AJILbwLUFgAAAADYFnIAbgAAoB8jbwBwAACgDCOAAWNvdADhFukW7BYAAXJ55RboFgDgNdi53FVkbAAAoPYp8iFvaxFhAAFkcvMW9xZvAHQAAKDxImkA5qC/JVsSAAFhaP8WAhdyAPIANQNhAPIA1wvhIm5nbGUAoKYpAAFjaQ4XEBd5AF9k5yJyYXJyAKD/JwAJRGFjZGVmZ2xtbm9wcXJzdHV4MRc4F0YXWxcyBF4XaRd5F40XrBe0F78X2RcVGCEYLRg1GEAYAAFEbzUXgRZvAPQA+BUAAWNzPBdCF3UAdABlADuA6QDpQPQhZXIAoG4qAAJhaW95TRdQF1YXWhfyIW9uG2FyAGOgViI7gOoA6kDsIW9uAKBVIk1kbwB0ABdhAAFEcmIXZhdvAHQAAKBSIgDgNdgi3XKhmipuF3QXYQB2AGUAO4DoAOhAZKCWKm8AdAAAoJgqgKGZKmlscwCAF4UXhxfuInRlcnMAoOcjAKATIWSglSpvAHQAAKCXKoABYXBzAJMXlheiF2MAcgATYXQAeQBzogUinxcAAAAAoRdlAHQAAKAFInAAMaADIDMBqRerFwCgBCAAoAUgAAFnc7AXsRdLYXAAAKACIAABZ3C4F7sXbwBuABlhZgAA4DXYVt2AAWFscwDFF8sXzxdyAHOg1SJsAACg4yl1AHMAAKBxKmkAAKG1A2x21RfYF28AbgC1Y/VjAAJjc3V24BfoF/0XEBgAAWlv5BdWF3IAYwAAoFYiaQLuFwAAAADwF+0ADQThIW50AAFnbPUX+Rd0AHIAAKCWKuUhc3MAoJUqgAFhZWkAAxgGGAoYbABzAD1gcwB0AACgXyJ2AESgYSJEAACgeCrwImFyc2wAoOUpAAFEYRkYHRhvAHQAAKBTInIAcgAAoHEpgAFjZGkAJxgqGO0XcgAAoC8hbwD0AIwCAAFhaDEYMhi3YzuA8ADwQAABbXI5GD0YbAA7gOsA60BvAACgrCCAAWNpcABGGEgYSxhsACFgcwD0ACwEAAFlb08YVxhjAHQAYQB0AGkAbwDuABoEbgBlAG4AdABpAGEAbADlADME4Ql1GAAAgRgAAIMYiBgAAAAAoRilGAAAqhgAALsYvhjRGAAA1xgnGWwAbABpAG4AZwBkAG8AdABzAGUA8QBlF3kARGRtImFsZQAAoEAmgAFpbHIAjRiRGJ0Y7CFpZwCgA/tpApcYAAAAAJoYZwAAoAD7aQBnAACgBPsA4DXYI93sIWlnAKAB++whaWcA4GYAagCAAWFsdACvGLIYthh0AACgbSZpAGcAAKAC+24AcwAAoLElbwBmAJJh8AHCGAAAxhhmAADgNdhX3QABYWvJGMwYbADsAGsEdqDUIgCg2SphI3J0aW50AACgDSoAAWFv2hgiGQABY3PeGB8ZsQPnGP0YBRkSGRUZAAAdGbID7xjyGPQY9xj5GAAA+xg7gL0AvUAAoFMhO4C8ALxAAKBVIQCgWSEAoFshswEBGQAAAxkAoFQhAKBWIbQCCxkOGQAAAAAQGTuAvgC+QACgVyEAoFwhNQAAoFghtgEZGQAAGxkAoFohAKBdITgAAKBeIWwAAKBEIHcAbgAAoCIjYwByAADgNdi73IAIRWFiY2RlZmdpamxub3JzdHYARhlKGVoZXhlmGWkZkhmWGZkZnRmgGa0ZxhnLGc8Z4BkjGmygZyIAoIwqgAFjbXAAUBlTGVgZ9SF0ZfVhbQBhAOSgswM6FgCghipyImV2ZQAfYQABaXliGWUZcgBjAB1hM2RvAHQAIWGAoWUibHFzAMYEcBl6GfGhZSLOBAAAdhlsAGEAbgD0AN8EgKF+KmNkbACBGYQZjBljAACgqSpvAHQAb6CAKmyggioAoIQqZeDbIgD+cwAAoJQqcgAA4DXYJN3noGsirATtIWVsAKA3IWMAeQBTZIChdyJFYWoApxmpGasZAKCSKgCgpSoAoKQqAAJFYWVztBm2Gb0ZwhkAoGkicABwoIoq8iFveACgiipxoIgq8aCIKrUZaQBtAACg5yJwAGYAAOA12FjdYQB2AOUAYwIAAWNp0xnWGXIAAKAKIW0AAKFzImVs3BneGQCgjioAoJAqAIM+ADtjZGxxco0E6xn0GfgZ/BkBGgABY2nvGfEZAKCnKnIAAKB6Km8AdAAAoNci0CFhcgCglSl1ImVzdAAAoHwqgAJhZGVscwAKGvQZFhrVBCAa8AEPGgAAFBpwAHIAbwD4AFkZcgAAoHgpcQAAAWxxxAQbGmwAZQBzAPMASRlpAO0A5AQAAWVuJxouGnIjdG5lcXEAAOBpIgD+xQAsGgAFQWFiY2Vma29zeUAaQxpmGmoabRqDGocalhrCGtMacgDyAMwCAAJpbG1yShpOGlAaVBpyAHMA8ABxD2YAvWBpAGwA9AASBQABZHJYGlsaYwB5AEpkAKGUIWN3YBpkGmkAcgAAoEgpAKCtIWEAcgAAoA8h6SFyYyVhgAFhbHIAcxp7Gn8a8iF0c3WgZSZpAHQAAKBlJuwhaXAAoCYg4yFvbgCguSJyAADgNdgl3XMAAAFld4wakRphInJvdwAAoCUpYSJyb3cAAKAmKYACYW1vcHIAnxqjGqcauhq+GnIAcgAAoP8h9CFodACgOyJrAAABbHKsGrMaZSRmdGFycm93AACgqSHpJGdodGFycm93AKCqIWYAAOA12Fnd4iFhcgCgFSCAAWNsdADIGswa0BpyAADgNdi93GEAcwDoAGka8iFvaydhAAFicNca2xr1IWxsAKBDIOghZW4AoBAg4Qr2GgAA/RoAAAgbExsaGwAAIRs7GwAAAAA+G2IbmRuVG6sbAACyG80b0htjAHUAdABlADuA7QDtQAChYyBpeQEbBhtyAGMAO4DuAO5AOGQAAWN4CxsNG3kANWRjAGwAO4ChAKFAAAFmcssCFhsA4DXYJt1yAGEAdgBlADuA7ADsQIChSCFpbm8AJxsyGzYbAAFpbisbLxtuAHQAAKAMKnQAAKAtIuYhaW4AoNwpdABhAACgKSHsIWlnM2GAAWFvcABDG1sbXhuAAWNndABJG0sbWRtyACthgAFlbHAAcQVRG1UbaQBuAOUAyAVhAHIA9AByBWgAMWFmAACgtyJlAGQAtWEAoggiY2ZvdGkbbRt1G3kb4SFyZQCgBSFpAG4AdKAeImkAZQAAoN0pZABvAPQAWxsAoisiY2VscIEbhRuPG5QbYQBsAACguiIAAWdyiRuNG2UAcgDzACMQ4wCCG2EicmhrAACgFyryIW9kAKA8KgACY2dwdJ8boRukG6gbeQBRZG8AbgAvYWYAAOA12FrdYQC5Y3UAZQBzAHQAO4C/AL9AAAFjabUbuRtyAADgNdi+3G4AAKIIIkVkc3bCG8QbyBvQAwCg+SJvAHQAAKD1Inag9CIAoPMiaaBiIOwhZGUpYesB1hsAANkbYwB5AFZkbAA7gO8A70AAA2NmbW9zdeYb7hvyG/Ub+hsFHAABaXnqG+0bcgBjADVhOWRyAADgNdgn3eEhdGg3YnAAZgAA4DXYW93jAf8bAAADHHIAAOA12L/c8iFjeVhk6yFjeVRkAARhY2ZnaGpvcxUcGhwiHCYcKhwtHDAcNRzwIXBhdqC6A/BjAAFleR4cIRzkIWlsN2E6ZHIAAOA12CjdciJlZW4AOGFjAHkARWRjAHkAXGRwAGYAAOA12FzdYwByAADgNdjA3IALQUJFSGFiY2RlZmdoamxtbm9wcnN0dXYAXhxtHHEcdRx5HN8cBx0dHTwd3B3tHfEdAR4EHh0eLB5FHrwewx7hHgkfPR9LH4ABYXJ0AGQcZxxpHHIA8gBvB/IAxQLhIWlsAKAbKeEhcnIAoA4pZ6BmIgCgiyphAHIAAKBiKWMJjRwAAJAcAACVHAAAAAAAAAAAAACZHJwcAACmHKgcrRwAANIc9SF0ZTph7SJwdHl2AKC0KXIAYQDuAFoG4iFkYbtjZwAAoegnZGyhHKMcAKCRKeUAiwYAoIUqdQBvADuAqwCrQHIAgKOQIWJmaGxwc3QAuhy/HMIcxBzHHMoczhxmoOQhcwAAoB8pcwAAoB0p6wCyGnAAAKCrIWwAAKA5KWkAbQAAoHMpbAAAoKIhAKGrKmFl1hzaHGkAbAAAoBkpc6CtKgDgrSoA/oABYWJyAOUc6RztHHIAcgAAoAwpcgBrAACgcicAAWFr8Rz4HGMAAAFla/Yc9xx7YFtgAAFlc/wc/hwAoIspbAAAAWR1Ax0FHQCgjykAoI0pAAJhZXV5Dh0RHRodHB3yIW9uPmEAAWRpFR0YHWkAbAA8YewAowbiAPccO2QAAmNxcnMkHScdLB05HWEAAKA2KXUAbwDyoBwgqhEAAWR1MB00HeghYXIAoGcpcyJoYXIAAKBLKWgAAKCyIQCiZCJmZ3FzRB1FB5Qdnh10AIACYWhscnQATh1WHWUdbB2NHXIicm93AHSgkCFhAOkAzxxhI3Jwb29uAAABZHVeHWId7yF3bgCgvSFwAACgvCHlJGZ0YXJyb3dzAKDHIWkiZ2h0AIABYWhzAHUdex2DHXIicm93APOglCGdBmEAcgBwAG8AbwBuAPMAzgtxAHUAaQBnAGEAcgByAG8A9wBlGugkcmVldGltZXMAoMsi8aFkIk0HAACaHWwAYQBuAPQAXgcAon0qY2Rnc6YdqR2xHbcdYwAAoKgqbwB0AG+gfypyoIEqAKCDKmXg2iIA/nMAAKCTKoACYWRlZ3MAwB3GHcod1h3ZHXAAcAByAG8A+ACmHG8AdAAAoNYicQAAAWdxzx3SHXQA8gBGB2cAdADyAHQcdADyAFMHaQDtAGMHgAFpbHIA4h3mHeod8yFodACgfClvAG8A8gDKBgDgNdgp3UWgdiIAoJEqYQH1Hf4dcgAAAWR1YB35HWygvCEAoGopbABrAACghCVjAHkAWWQAomoiYWNodAweDx4VHhkecgDyAGsdbwByAG4AZQDyAGAW4SFyZACgaylyAGkAAKD6JQABaW8hHiQe5CFvdEBh9SFzdGGgsCPjIWhlAKCwIwACRWFlczMeNR48HkEeAKBoInAAcKCJKvIhb3gAoIkqcaCHKvGghyo0HmkAbQAAoOYiAARhYm5vcHR3elIeXB5fHoUelh6mHqsetB4AAW5yVh5ZHmcAAKDsJ3IAAKD9IXIA6wCwBmcAgAFsbXIAZh52Hnse5SFmdAABYXKIB2weaQBnAGgAdABhAHIAcgBvAPcAkwfhInBzdG8AoPwnaQBnAGgAdABhAHIAcgBvAPcAmgdwI2Fycm93AAABbHKNHpEeZQBmAPQAxhxpImdodAAAoKwhgAFhZmwAnB6fHqIecgAAoIUpAOA12F3ddQBzAACgLSppIm1lcwAAoDQqYQGvHrMecwB0AACgFyLhAIoOZaHKJbkeRhLuIWdlAKDKJWEAcgBsoCgAdAAAoJMpgAJhY2htdADMHs8e1R7bHt0ecgDyAJ0GbwByAG4AZQDyANYWYQByAGSgyyEAoG0pAKAOIHIAaQAAoL8iAANhY2hpcXTrHu8e1QfzHv0eBh/xIXVvAKA5IHIAAOA12MHcbQDloXIi+h4AAPweAKCNKgCgjyoAAWJ19xwBH28AcqAYIACgGiDyIW9rQmEAhDwAO2NkaGlscXJCBhcfxh0gHyQfKB8sHzEfAAFjaRsfHR8AoKYqcgAAoHkqcgBlAOUAkx3tIWVzAKDJIuEhcnIAoHYpdSJlc3QAAKB7KgABUGk1HzkfYQByAACglillocMlAgdfEnIAAAFkdUIfRx9zImhhcgAAoEop6CFhcgCgZikAAWVuTx9WH3IjdG5lcXEAAOBoIgD+xQBUHwAHRGFjZGVmaGlsbm9wc3VuH3Ifoh+rH68ftx+7H74f5h/uH/MfBwj/HwsgxCFvdACgOiIAAmNscHJ5H30fiR+eH3IAO4CvAK9AAAFldIEfgx8AoEImZaAgJ3MAZQAAoCAnc6CmIXQAbwCAoaYhZGx1AJQfmB+cH28AdwDuAHkDZQBmAPQA6gbwAOkO6yFlcgCgriUAAW95ph+qH+0hbWEAoCkqPGThIXNoAKAUIOElc3VyZWRhbmdsZQCgISJyAADgNdgq3W8AAKAnIYABY2RuAMQfyR/bH3IAbwA7gLUAtUBhoiMi0B8AANMf1x9zAPQAKxFpAHIAAKDwKm8AdAA7gLcAt0B1AHMA4qESIh4TAADjH3WgOCIAoCoqYwHqH+0fcAAAoNsq8gB+GnAAbAB1APMACAgAAWRw9x/7H+UhbHMAoKciZgAA4DXYXt0AAWN0AyAHIHIAAOA12MLc8CFvcwCgPiJsobwDECAVIPQiaW1hcACguCJhAPAAEyAADEdMUlZhYmNkZWZnaGlqbG1vcHJzdHV2dzwgRyBmIG0geSCqILgg2iDeIBEhFSEyIUMhTSFQIZwhnyHSIQAiIyKLIrEivyIUIwABZ3RAIEMgAODZIjgD9uBrItIgBwmAAWVsdABNIF8gYiBmAHQAAAFhclMgWCByInJvdwAAoM0h6SRnaHRhcnJvdwCgziEA4NgiOAP24Goi0iBfCekkZ2h0YXJyb3cAoM8hAAFEZHEgdSDhIXNoAKCvIuEhc2gAoK4igAJiY25wdACCIIYgiSCNIKIgbABhAACgByL1IXRlRGFnAADgICLSIACiSSJFaW9wlSCYIJwgniAA4HAqOANkAADgSyI4A3MASWFyAG8A+AAyCnUAcgBhoG4mbADzoG4mmwjzAa8gAACzIHAAO4CgAKBAbQBwAOXgTiI4AyoJgAJhZW91eQDBIMogzSDWINkg8AHGIAAAyCAAoEMqbwBuAEhh5CFpbEZhbgBnAGSgRyJvAHQAAOBtKjgDcAAAoEIqPWThIXNoAKATIACjYCJBYWRxc3jpIO0g+SD+IAIhDCFyAHIAAKDXIXIAAAFocvIg9SBrAACgJClvoJch9wAGD28AdAAA4FAiOAN1AGkA9gC7CAABZWkGIQohYQByAACgKCntAN8I6SFzdPOgBCLlCHIAAOA12CvdAAJFZXN0/wgcISshLiHxoXEiIiEAABMJ8aFxIgAJAAAnIWwAYQBuAPQAEwlpAO0AGQlyoG8iAKBvIoABQWFwADghOyE/IXIA8gBeIHIAcgAAoK4hYQByAACg8ipzogsiSiEAAAAAxwtkoPwiAKD6ImMAeQBaZIADQUVhZGVzdABcIV8hYiFmIWkhkyGWIXIA8gBXIADgZiI4A3IAcgAAoJohcgAAoCUggKFwImZxcwBwIYQhjiF0AAABYXJ1IXohcgByAG8A9wBlIWkAZwBoAHQAYQByAHIAbwD3AD4h8aFwImAhAACKIWwAYQBuAPQAZwlz4H0qOAMAoG4iaQDtAG0JcqBuImkA5aDqIkUJaQDkADoKAAFwdKMhpyFmAADgNdhf3YCBrAA7aW4AriGvIcchrEBuAIChCSJFZHYAtyG6Ib8hAOD5IjgDbwB0AADg9SI4A+EB1gjEIcYhAKD3IgCg9iJpAHagDCLhAagJzyHRIQCg/iIAoP0igAFhb3IA2CHsIfEhcgCAoSYiYXN0AOAh5SHpIWwAbABlAOwAywhsAADg/SrlIADgAiI4A2wiaW50AACgFCrjoYAi9yEAAPohdQDlAJsJY+CvKjgDZaCAIvEAkwkAAkFhaXQHIgoiFyIeInIA8gBsIHIAcgAAoZshY3cRIhQiAOAzKTgDAOCdITgDZyRodGFycm93AACgmyFyAGkA5aDrIr4JgANjaGltcHF1AC8iPCJHIpwhTSJQIloigKGBImNlcgA2Iv0JOSJ1AOUABgoA4DXYw9zvIXJ0bQKdIQAAAABEImEAcgDhAOEhbQBloEEi8aBEIiYKYQDyAMsIcwB1AAABYnBWIlgi5QDUCeUA3wmAAWJjcABgInMieCKAoYQiRWVzAGci7glqIgDgxSo4A2UAdABl4IIi0iBxAPGgiCJoImMAZaCBIvEA/gmAoYUiRWVzAH8iFgqCIgDgxio4A2UAdABl4IMi0iBxAPGgiSKAIgACZ2lscpIilCKaIpwi7AAMCWwAZABlADuA8QDxQOcAWwlpI2FuZ2xlAAABbHKkIqoi5SFmdGWg6iLxAEUJaSJnaHQAZaDrIvEAvgltoL0DAKEjAGVzuCK8InIAbwAAoBYhcAAAoAcggARESGFkZ2lscnMAziLSItYi2iLeIugi7SICIw8j4SFzaACgrSLhIXJyAKAEKXAAAOBNItIg4SFzaACgrCIAAWV04iLlIgDgZSLSIADgPgDSIG4iZmluAACg3imAAUFldADzIvci+iJyAHIAAKACKQDgZCLSIHLgPADSIGkAZQAA4LQi0iAAAUF0BiMKI3IAcgAAoAMp8iFpZQDgtSLSIGkAbQAA4Dwi0iCAAUFhbgAaIx4jKiNyAHIAAKDWIXIAAAFociMjJiNrAACgIylvoJYh9wD/DuUhYXIAoCcpUxJqFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVCMAAF4jaSN/I4IjjSOeI8AUAAAAAKYjwCMAANoj3yMAAO8jHiQvJD8kRCQAAWNzVyNsFHUAdABlADuA8wDzQAABaXlhI2cjcgBjoJoiO4D0APRAPmSAAmFiaW9zAHEjdCN3I3EBeiNzAOgAdhTsIWFjUWF2AACgOCrvIWxkAKC8KewhaWdTYQABY3KFI4kjaQByAACgvykA4DXYLN1vA5QjAAAAAJYjAACcI24A22JhAHYAZQA7gPIA8kAAoMEpAAFibaEjjAphAHIAAKC1KQACYWNpdKwjryO6I70jcgDyAFkUAAFpcrMjtiNyAACgvinvIXNzAKC7KW4A5QDZCgCgwCmAAWFlaQDFI8gjyyNjAHIATWFnAGEAyWOAAWNkbgDRI9Qj1iPyIW9uv2MAoLYpdQDzAHgBcABmAADgNdhg3YABYWVsAOQj5yPrI3IAAKC3KXIAcAAAoLkpdQDzAHwBAKMoImFkaW9zdvkj/CMPJBMkFiQbJHIA8gBeFIChXSplZm0AAyQJJAwkcgBvoDQhZgAAoDQhO4CqAKpAO4C6ALpA5yFvZgCgtiJyAACgVipsIm9wZQAAoFcqAKBbKoABY2xvACMkJSQrJPIACCRhAHMAaAA7gPgA+EBsAACgmCJpAGwBMyQ4JGQAZQA7gPUA9UBlAHMAYaCXInMAAKA2Km0AbAA7gPYA9kDiIWFyAKA9I+EKXiQAAHokAAB8JJQkAACYJKkkAAAAALUkEQsAAPAkAAAAAAQleiUAAIMlcgCAoSUiYXN0AGUkbyQBCwCBtgA7bGokayS2QGwAZQDsABgDaQJ1JAAAAAB4JG0AAKDzKgCg/Sp5AD9kcgCAAmNpbXB0AIUkiCSLJJkSjyRuAHQAJWBvAGQALmBpAGwAAKAwIOUhbmsAoDEgcgAA4DXYLd2AAWltbwCdJKAkpCR2oMYD1WNtAGEA9AD+B24AZQAAoA4m9KHAA64kAAC0JGMjaGZvcmsAAKDUItZjAAFhdbgkxCRuAAABY2u9JMIkawBooA8hAKAOIfYAaRpzAACkKwBhYmNkZW1zdNMkIRPXJNsk4STjJOck6yTjIWlyAKAjKmkAcgAAoCIqAAFvdYsW3yQAoCUqAKByKm4AO4CxALFAaQBtAACgJip3AG8AAKAnKoABaXB1APUk+iT+JO4idGludACgFSpmAADgNdhh3W4AZAA7gKMAo0CApHoiRWFjZWlub3N1ABMlFSUYJRslTCVRJVklSSV1JQCgsypwAACgtyp1AOUAPwtjoK8qgKJ6ImFjZW5zACclLSU0JTYlSSVwAHAAcgBvAPgAFyV1AHIAbAB5AGUA8QA/C/EAOAuAAWFlcwA8JUElRSXwInByb3gAoLkqcQBxAACgtSppAG0AAKDoImkA7QBEC20AZQDzoDIgIguAAUVhcwBDJVclRSXwAEAlgAFkZnAATwtfJXElgAFhbHMAZSVpJW0l7CFhcgCgLiPpIW5lAKASI/UhcmYAoBMjdKAdIu8AWQvyIWVsAKCwIgABY2l9JYElcgAA4DXYxdzIY24iY3NwAACgCCAAA2Zpb3BzdZElKxuVJZolnyWkJXIAAOA12C7dcABmAADgNdhi3XIiaW1lAACgVyBjAHIAAOA12MbcgAFhZW8AqiW6JcAldAAAAWVpryW2JXIAbgBpAG8AbgDzABkFbgB0AACgFipzAHQAZaA/APEACRj0AG0LgApBQkhhYmNkZWZoaWxtbm9wcnN0dXgA4yXyJfYl+iVpJpAmpia9JtUm5ib4JlonaCdxJ3UnnietJ7EnyCfiJ+cngAFhcnQA6SXsJe4lcgDyAJkM8gD6AuEhaWwAoBwpYQByAPIA3BVhAHIAAKBkKYADY2RlbnFydAAGJhAmEyYYJiYmKyZaJgABZXUKJg0mAOA9IjEDdABlAFVhaQDjACAN7SJwdHl2AKCzKWcAgKHpJ2RlbAAgJiImJCYAoJIpAKClKeUA9wt1AG8AO4C7ALtAcgAApZIhYWJjZmhscHN0dz0mQCZFJkcmSiZMJk4mUSZVJlgmcAAAoHUpZqDlIXMAAKAgKQCgMylzAACgHinrALka8ACVHmwAAKBFKWkAbQAAoHQpbAAAoKMhAKCdIQABYWleJmImaQBsAACgGilvAG6gNiJhAGwA8wB2C4ABYWJyAG8mciZ2JnIA8gAvEnIAawAAoHMnAAFha3omgSZjAAABZWt/JoAmfWBdYAABZXOFJocmAKCMKWwAAAFkdYwmjiYAoI4pAKCQKQACYWV1eZcmmiajJqUm8iFvbllhAAFkaZ4moSZpAGwAV2HsAA8M4gCAJkBkAAJjbHFzrSawJrUmuiZhAACgNylkImhhcgAAoGkpdQBvAPKgHSCjAWgAAKCzIYABYWNnAMMm0iaUC2wAgKEcIWlwcwDLJs4migxuAOUAoAxhAHIA9ADaC3QAAKCtJYABaWxyANsm3ybjJvMhaHQAoH0pbwBvAPIANgwA4DXYL90AAWFv6ib1JnIAAAFkde8m8SYAoMEhbKDAIQCgbCl2oMED8WOAAWducwD+Jk4nUCdoAHQAAANhaGxyc3QKJxInISc1Jz0nRydyInJvdwB0oJIhYQDpAFYmYSNycG9vbgAAAWR1GiceJ28AdwDuAPAmcAAAoMAh5SFmdAABYWgnJy0ncgByAG8AdwDzAAkMYQByAHAAbwBvAG4A8wATBGklZ2h0YXJyb3dzAACgySFxAHUAaQBnAGEAcgByAG8A9wBZJugkcmVldGltZXMAoMwiZwDaYmkAbgBnAGQAbwB0AHMAZQDxABwYgAFhaG0AYCdjJ2YncgDyAAkMYQDyABMEAKAPIG8idXN0AGGgsSPjIWhlAKCxI+0haWQAoO4qAAJhYnB0fCeGJ4knmScAAW5ygCeDJ2cAAKDtJ3IAAKD+IXIA6wAcDIABYWZsAI8nkieVJ3IAAKCGKQDgNdhj3XUAcwAAoC4qaSJtZXMAAKA1KgABYXCiJ6gncgBnoCkAdAAAoJQp7yJsaW50AKASKmEAcgDyADwnAAJhY2hxuCe8J6EMwCfxIXVvAKA6IHIAAOA12MfcAAFidYAmxCdvAPKgGSCoAYABaGlyAM4n0ifWJ3IAZQDlAE0n7SFlcwCgyiJpAIChuSVlZmwAXAxjEt4n9CFyaQCgzinsInVoYXIAoGgpAKAeIWENBSgJKA0oSyhVKIYoAACLKLAoAAAAAOMo5ygAABApJCkxKW0pcSmHKaYpAACYKgAAAACxKmMidXRlAFthcQB1AO8ABR+ApHsiRWFjZWlucHN5ABwoHignKCooLygyKEEoRihJKACgtCrwASMoAAAlKACguCpvAG4AYWF1AOUAgw1koLAqaQBsAF9hcgBjAF1hgAFFYXMAOCg6KD0oAKC2KnAAAKC6KmkAbQAAoOki7yJsaW50AKATKmkA7QCIDUFkbwB0AGKixSKRFgAAAABTKACgZiqAA0FhY21zdHgAYChkKG8ocyh1KHkogihyAHIAAKDYIXIAAAFocmkoayjrAJAab6CYIfcAzAd0ADuApwCnQGkAO2D3IWFyAKApKW0AAAFpbn4ozQBuAHUA8wDOAHQAAKA2J3IA7+A12DDdIxkAAmFjb3mRKJUonSisKHIAcAAAoG8mAAFoeZkonChjAHkASWRIZHIAdABtAqUoAAAAAKgoaQDkAFsPYQByAGEA7ABsJDuArQCtQAABZ22zKLsobQBhAAChwwNmdroouijCY4CjPCJkZWdsbnByAMgozCjPKNMo1yjaKN4obwB0AACgairxoEMiCw5FoJ4qAKCgKkWgnSoAoJ8qZQAAoEYi7CF1cwCgJCrhIXJyAKByKWEAcgDyAPwMAAJhZWl07Sj8KAEpCCkAAWxz8Sj4KGwAcwBlAHQAbQDpAH8oaABwAACgMyrwImFyc2wAoOQpAAFkbFoPBSllAACgIyNloKoqc6CsKgDgrCoA/oABZmxwABUpGCkfKfQhY3lMZGKgLwBhoMQpcgAAoD8jZgAA4DXYZN1hAAABZHIoKRcDZQBzAHWgYCZpAHQAAKBgJoABY3N1ADYpRilhKQABYXU6KUApcABzoJMiAOCTIgD+cABzoJQiAOCUIgD+dQAAAWJwSylWKQChjyJlcz4NUCllAHQAZaCPIvEAPw0AoZAiZXNIDVspZQB0AGWgkCLxAEkNAKGhJWFmZilbBHIAZQFrKVwEAKChJWEAcgDyAAMNAAJjZW10dyl7KX8pgilyAADgNdjI3HQAbQDuAM4AaQDsAAYpYQByAOYAVw0AAWFyiimOKXIA5qAGJhESAAFhbpIpoylpImdodAAAAWVwmSmgKXAAcwBpAGwAbwDuANkXaADpAKAkcwCvYIACYmNtbnAArin8KY4NJSooKgCkgiJFZGVtbnByc7wpvinCKcgpzCnUKdgp3CkAoMUqbwB0AACgvSpkoIYibwB0AACgwyr1IWx0AKDBKgABRWXQKdIpAKDLKgCgiiLsIXVzAKC/KuEhcnIAoHkpgAFlaXUA4inxKfQpdAAAoYIiZW7oKewpcQDxoIYivSllAHEA8aCKItEpbQAAoMcqAAFicPgp+ikAoNUqAKDTKmMAgKJ7ImFjZW5zAAcqDSoUKhYqRihwAHAAcgBvAPgAIyh1AHIAbAB5AGUA8QCDDfEAfA2AAWFlcwAcKiIqPShwAHAAcgBvAPgAPChxAPEAOShnAACgaiYApoMiMTIzRWRlaGxtbnBzPCo/KkIqRSpHKlIqWCpjKmcqaypzKncqO4C5ALlAO4CyALJAO4CzALNAAKDGKgABb3NLKk4qdAAAoL4qdQBiAACg2CpkoIcibwB0AACgxCpzAAABb3VdKmAqbAAAoMknYgAAoNcq4SFycgCgeyn1IWx0AKDCKgABRWVvKnEqAKDMKgCgiyLsIXVzAKDAKoABZWl1AH0qjCqPKnQAAKGDImVugyqHKnEA8aCHIkYqZQBxAPGgiyJwKm0AAKDIKgABYnCTKpUqAKDUKgCg1iqAAUFhbgCdKqEqrCpyAHIAAKDZIXIAAAFocqYqqCrrAJUab6CZIfcAxQf3IWFyAKAqKWwAaQBnADuA3wDfQOELzyrZKtwq6SrsKvEqAAD1KjQrAAAAAAAAAAAAAEwrbCsAAHErvSsAAAAAAADRK3IC1CoAAAAA2CrnIWV0AKAWI8RjcgDrAOUKgAFhZXkA4SrkKucq8iFvbmVh5CFpbGNhQmRvAPQAIg5sInJlYwAAoBUjcgAA4DXYMd0AAmVpa2/7KhIrKCsuK/IBACsAAAkrZQAAATRm6g0EK28AcgDlAOsNYQBzorgDECsAAAAAEit5AG0A0WMAAWNuFislK2sAAAFhcxsrIStwAHAAcgBvAPgAFw5pAG0AAKA8InMA8AD9DQABYXMsKyEr8AAXDnIAbgA7gP4A/kDsATgrOyswG2QA5QBnAmUAcwCAgdcAO2JkAEMrRCtJK9dAYaCgInIAAKAxKgCgMCqAAWVwcwBRK1MraSvhAAkh4qKkIlsrXysAAAAAYytvAHQAAKA2I2kAcgAAoPEqb+A12GXdcgBrAACg2irhAHgociJpbWUAAKA0IIABYWlwAHYreSu3K2QA5QC+DYADYWRlbXBzdACFK6MrmiunK6wrsCuzK24iZ2xlAACitSVkbHFykCuUK5ornCvvIXduAKC/JeUhZnRloMMl8QACBwCgXCJpImdodABloLkl8QBdDG8AdAAAoOwlaSJudXMAAKA6KuwhdXMAoDkqYgAAoM0p6SFtZQCgOyrlInppdW0AoOIjgAFjaHQAwivKK80rAAFyecYrySsA4DXYydxGZGMAeQBbZPIhb2tnYQABaW/UK9creAD0ANERaCJlYWQAAAFsct4r5ytlAGYAdABhAHIAcgBvAPcAXQbpJGdodGFycm93AKCgIQAJQUhhYmNkZmdobG1vcHJzdHV3CiwNLBEsHSwnLDEsQCxLLFIsYix6LIQsjyzLLOgs7Sz/LAotcgDyAAkDYQByAACgYykAAWNyFSwbLHUAdABlADuA+gD6QPIACQ1yAOMBIywAACUseQBeZHYAZQBtYQABaXkrLDAscgBjADuA+wD7QENkgAFhYmgANyw6LD0scgDyANEO7CFhY3FhYQDyAOAOAAFpckQsSCzzIWh0AKB+KQDgNdgy3XIAYQB2AGUAO4D5APlAYQFWLF8scgAAAWxyWixcLACgvyEAoL4hbABrAACggCUAAWN0Zix2LG8CbCwAAAAAcyxyAG4AZaAcI3IAAKAcI28AcAAAoA8jcgBpAACg+CUAAWFsfiyBLGMAcgBrYTuAqACoQAABZ3CILIssbwBuAHNhZgAA4DXYZt0AA2FkaGxzdZksniynLLgsuyzFLHIAcgBvAPcACQ1vAHcAbgBhAHIAcgBvAPcA2A5hI3Jwb29uAAABbHKvLLMsZQBmAPQAWyxpAGcAaAD0AF0sdQDzAKYOaQAAocUDaGzBLMIs0mNvAG4AxWPwI2Fycm93cwCgyCGAAWNpdADRLOEs5CxvAtcsAAAAAN4scgBuAGWgHSNyAACgHSNvAHAAAKAOI24AZwBvYXIAaQAAoPklYwByAADgNdjK3IABZGlyAPMs9yz6LG8AdAAAoPAi7CFkZWlhaQBmoLUlAKC0JQABYW0DLQYtcgDyAMosbAA7gPwA/EDhIm5nbGUAoKcpgAdBQkRhY2RlZmxub3Byc3oAJy0qLTAtNC2bLZ0toS2/LcMtxy3TLdgt3C3gLfwtcgDyABADYQByAHag6CoAoOkqYQBzAOgA/gIAAW5yOC08LechcnQAoJwpgANla25wcnN0AJkpSC1NLVQtXi1iLYItYQBwAHAA4QAaHG8AdABoAGkAbgDnAKEXgAFoaXIAoSmzJFotbwBwAPQAdCVooJUh7wD4JgABaXVmLWotZwBtAOEAuygAAWJwbi14LXMjZXRuZXEAceCKIgD+AODLKgD+cyNldG5lcQBx4IsiAP4A4MwqAP4AAWhyhi2KLWUAdADhABIraSNhbmdsZQAAAWxyki2WLeUhZnQAoLIiaSJnaHQAAKCzInkAMmThIXNoAKCiIoABZWxyAKcttC24LWKiKCKuLQAAAACyLWEAcgAAoLsicQAAoFoi7CFpcACg7iIAAWJ0vC1eD2EA8gBfD3IAAOA12DPddAByAOkAlS1zAHUAAAFicM0t0C0A4IIi0iAA4IMi0iBwAGYAAOA12GfdcgBvAPAAWQt0AHIA6QCaLQABY3XkLegtcgAA4DXYy9wAAWJw7C30LW4AAAFFZXUt8S0A4IoiAP5uAAABRWV/LfktAOCLIgD+6SJnemFnAKCaKYADY2Vmb3BycwANLhAuJS4pLiMuLi40LukhcmN1YQABZGkULiEuAAFiZxguHC5hAHIAAKBfKmUAcaAnIgCgWSLlIXJwAKAYIXIAAOA12DTdcABmAADgNdho3WWgQCJhAHQA6ABqD2MAcgAA4DXYzNzjCuQRUC4AAFQuAABYLmIuAAAAAGMubS5wLnQuAAAAAIguki4AAJouJxIqEnQAcgDpAB0ScgAA4DXYNd0AAUFhWy5eLnIA8gDnAnIA8gCTB75jAAFBYWYuaS5yAPIA4AJyAPIAjAdhAPAAeh5pAHMAAKD7IoABZHB0APgReS6DLgABZmx9LoAuAOA12GnddQDzAP8RaQBtAOUABBIAAUFhiy6OLnIA8gDuAnIA8gCaBwABY3GVLgoScgAA4DXYzdwAAXB0nS6hLmwAdQDzACUScgDpACASAARhY2VmaW9zdbEuvC7ELsguzC7PLtQu2S5jAAABdXm2LrsudABlADuA/QD9QE9kAAFpecAuwy5yAGMAd2FLZG4AO4ClAKVAcgAA4DXYNt1jAHkAV2RwAGYAAOA12GrdYwByAADgNdjO3AABY23dLt8ueQBOZGwAO4D/AP9AAAVhY2RlZmhpb3N38y73Lv8uAi8MLxAvEy8YLx0vIi9jInV0ZQB6YQABYXn7Lv4u8iFvbn5hN2RvAHQAfGEAAWV0Bi8KL3QAcgDmAB8QYQC2Y3IAAOA12DfdYwB5ADZk5yJyYXJyAKDdIXAAZgAA4DXYa91jAHIAAOA12M/cAAFqbiYvKC8AoA0gagAAoAwg");

// node_modules/htmlparser2/node_modules/entities/dist/esm/generated/decode-data-xml.js
var xmlDecodeTree = /* @__PURE__ */ decodeBase64("AAJhZ2xxBwARABMAFQBtAg0AAAAAAA8AcAAmYG8AcwAnYHQAPmB0ADxg9SFvdCJg");

// node_modules/htmlparser2/node_modules/entities/dist/esm/internal/bin-trie-flags.js
var BinTrieFlags;
(function(BinTrieFlags3) {
  BinTrieFlags3[BinTrieFlags3["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags3[BinTrieFlags3["FLAG13"] = 8192] = "FLAG13";
  BinTrieFlags3[BinTrieFlags3["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
  BinTrieFlags3[BinTrieFlags3["JUMP_TABLE"] = 127] = "JUMP_TABLE";
})(BinTrieFlags || (BinTrieFlags = {}));

// node_modules/htmlparser2/node_modules/entities/dist/esm/decode.js
var CharCodes;
(function(CharCodes4) {
  CharCodes4[CharCodes4["NUM"] = 35] = "NUM";
  CharCodes4[CharCodes4["SEMI"] = 59] = "SEMI";
  CharCodes4[CharCodes4["EQUALS"] = 61] = "EQUALS";
  CharCodes4[CharCodes4["ZERO"] = 48] = "ZERO";
  CharCodes4[CharCodes4["NINE"] = 57] = "NINE";
  CharCodes4[CharCodes4["LOWER_A"] = 97] = "LOWER_A";
  CharCodes4[CharCodes4["LOWER_F"] = 102] = "LOWER_F";
  CharCodes4[CharCodes4["LOWER_X"] = 120] = "LOWER_X";
  CharCodes4[CharCodes4["LOWER_Z"] = 122] = "LOWER_Z";
  CharCodes4[CharCodes4["UPPER_A"] = 65] = "UPPER_A";
  CharCodes4[CharCodes4["UPPER_F"] = 70] = "UPPER_F";
  CharCodes4[CharCodes4["UPPER_Z"] = 90] = "UPPER_Z";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT2 = 32;
function isNumber2(code2) {
  return code2 >= CharCodes.ZERO && code2 <= CharCodes.NINE;
}
function isHexadecimalCharacter(code2) {
  return code2 >= CharCodes.UPPER_A && code2 <= CharCodes.UPPER_F || code2 >= CharCodes.LOWER_A && code2 <= CharCodes.LOWER_F;
}
function isAsciiAlphaNumeric(code2) {
  return code2 >= CharCodes.UPPER_A && code2 <= CharCodes.UPPER_Z || code2 >= CharCodes.LOWER_A && code2 <= CharCodes.LOWER_Z || isNumber2(code2);
}
function isEntityInAttributeInvalidEnd2(code2) {
  return code2 === CharCodes.EQUALS || isAsciiAlphaNumeric(code2);
}
var EntityDecoderState;
(function(EntityDecoderState3) {
  EntityDecoderState3[EntityDecoderState3["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState3[EntityDecoderState3["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState3[EntityDecoderState3["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState3[EntityDecoderState3["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState3[EntityDecoderState3["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode2;
(function(DecodingMode4) {
  DecodingMode4[DecodingMode4["Legacy"] = 0] = "Legacy";
  DecodingMode4[DecodingMode4["Strict"] = 1] = "Strict";
  DecodingMode4[DecodingMode4["Attribute"] = 2] = "Attribute";
})(DecodingMode2 || (DecodingMode2 = {}));
var EntityDecoder = class {
  constructor(decodeTree, emitCodePoint, errors) {
    this.decodeTree = decodeTree;
    this.emitCodePoint = emitCodePoint;
    this.errors = errors;
    this.state = EntityDecoderState.EntityStart;
    this.consumed = 1;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.decodeMode = DecodingMode2.Strict;
    this.runConsumed = 0;
  }
  /** Resets the instance to make it reusable. */
  startEntity(decodeMode) {
    this.decodeMode = decodeMode;
    this.state = EntityDecoderState.EntityStart;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.consumed = 1;
    this.runConsumed = 0;
  }
  /**
   * Write an entity to the decoder. This can be called multiple times with partial entities.
   * If the entity is incomplete, the decoder will return -1.
   *
   * Mirrors the implementation of `getDecoder`, but with the ability to stop decoding if the
   * entity is incomplete, and resume when the next string is written.
   *
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  write(input, offset) {
    switch (this.state) {
      case EntityDecoderState.EntityStart: {
        if (input.charCodeAt(offset) === CharCodes.NUM) {
          this.state = EntityDecoderState.NumericStart;
          this.consumed += 1;
          return this.stateNumericStart(input, offset + 1);
        }
        this.state = EntityDecoderState.NamedEntity;
        return this.stateNamedEntity(input, offset);
      }
      case EntityDecoderState.NumericStart: {
        return this.stateNumericStart(input, offset);
      }
      case EntityDecoderState.NumericDecimal: {
        return this.stateNumericDecimal(input, offset);
      }
      case EntityDecoderState.NumericHex: {
        return this.stateNumericHex(input, offset);
      }
      case EntityDecoderState.NamedEntity: {
        return this.stateNamedEntity(input, offset);
      }
    }
  }
  /**
   * Switches between the numeric decimal and hexadecimal states.
   *
   * Equivalent to the `Numeric character reference state` in the HTML spec.
   *
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericStart(input, offset) {
    if (offset >= input.length) {
      return -1;
    }
    if ((input.charCodeAt(offset) | TO_LOWER_BIT2) === CharCodes.LOWER_X) {
      this.state = EntityDecoderState.NumericHex;
      this.consumed += 1;
      return this.stateNumericHex(input, offset + 1);
    }
    this.state = EntityDecoderState.NumericDecimal;
    return this.stateNumericDecimal(input, offset);
  }
  /**
   * Parses a hexadecimal numeric entity.
   *
   * Equivalent to the `Hexademical character reference state` in the HTML spec.
   *
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericHex(input, offset) {
    while (offset < input.length) {
      const char = input.charCodeAt(offset);
      if (isNumber2(char) || isHexadecimalCharacter(char)) {
        const digit = char <= CharCodes.NINE ? char - CharCodes.ZERO : (char | TO_LOWER_BIT2) - CharCodes.LOWER_A + 10;
        this.result = this.result * 16 + digit;
        this.consumed++;
        offset++;
      } else {
        return this.emitNumericEntity(char, 3);
      }
    }
    return -1;
  }
  /**
   * Parses a decimal numeric entity.
   *
   * Equivalent to the `Decimal character reference state` in the HTML spec.
   *
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericDecimal(input, offset) {
    while (offset < input.length) {
      const char = input.charCodeAt(offset);
      if (isNumber2(char)) {
        this.result = this.result * 10 + (char - CharCodes.ZERO);
        this.consumed++;
        offset++;
      } else {
        return this.emitNumericEntity(char, 2);
      }
    }
    return -1;
  }
  /**
   * Validate and emit a numeric entity.
   *
   * Implements the logic from the `Hexademical character reference start
   * state` and `Numeric character reference end state` in the HTML spec.
   *
   * @param lastCp The last code point of the entity. Used to see if the
   *               entity was terminated with a semicolon.
   * @param expectedLength The minimum number of characters that should be
   *                       consumed. Used to validate that at least one digit
   *                       was consumed.
   * @returns The number of characters that were consumed.
   */
  emitNumericEntity(lastCp, expectedLength) {
    var _a3;
    if (this.consumed <= expectedLength) {
      (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.absenceOfDigitsInNumericCharacterReference(this.consumed);
      return 0;
    }
    if (lastCp === CharCodes.SEMI) {
      this.consumed += 1;
    } else if (this.decodeMode === DecodingMode2.Strict) {
      return 0;
    }
    this.emitCodePoint(replaceCodePoint2(this.result), this.consumed);
    if (this.errors) {
      if (lastCp !== CharCodes.SEMI) {
        this.errors.missingSemicolonAfterCharacterReference();
      }
      this.errors.validateNumericCharacterReference(this.result);
    }
    return this.consumed;
  }
  /**
   * Parses a named entity.
   *
   * Equivalent to the `Named character reference state` in the HTML spec.
   *
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNamedEntity(input, offset) {
    const { decodeTree } = this;
    let current2 = decodeTree[this.treeIndex];
    let valueLength = (current2 & BinTrieFlags.VALUE_LENGTH) >> 14;
    while (offset < input.length) {
      if (valueLength === 0 && (current2 & BinTrieFlags.FLAG13) !== 0) {
        const runLength = (current2 & BinTrieFlags.BRANCH_LENGTH) >> 7;
        if (this.runConsumed === 0) {
          const firstChar = current2 & BinTrieFlags.JUMP_TABLE;
          if (input.charCodeAt(offset) !== firstChar) {
            return this.result === 0 ? 0 : this.emitNotTerminatedNamedEntity();
          }
          offset++;
          this.excess++;
          this.runConsumed++;
        }
        while (this.runConsumed < runLength) {
          if (offset >= input.length) {
            return -1;
          }
          const charIndexInPacked = this.runConsumed - 1;
          const packedWord = decodeTree[this.treeIndex + 1 + (charIndexInPacked >> 1)];
          const expectedChar = charIndexInPacked % 2 === 0 ? packedWord & 255 : packedWord >> 8 & 255;
          if (input.charCodeAt(offset) !== expectedChar) {
            this.runConsumed = 0;
            return this.result === 0 ? 0 : this.emitNotTerminatedNamedEntity();
          }
          offset++;
          this.excess++;
          this.runConsumed++;
        }
        this.runConsumed = 0;
        this.treeIndex += 1 + (runLength >> 1);
        current2 = decodeTree[this.treeIndex];
        valueLength = (current2 & BinTrieFlags.VALUE_LENGTH) >> 14;
      }
      if (offset >= input.length)
        break;
      const char = input.charCodeAt(offset);
      if (char === CharCodes.SEMI && valueLength !== 0 && (current2 & BinTrieFlags.FLAG13) !== 0) {
        return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
      }
      this.treeIndex = determineBranch(decodeTree, current2, this.treeIndex + Math.max(1, valueLength), char);
      if (this.treeIndex < 0) {
        return this.result === 0 || // If we are parsing an attribute
        this.decodeMode === DecodingMode2.Attribute && // We shouldn't have consumed any characters after the entity,
        (valueLength === 0 || // And there should be no invalid characters.
        isEntityInAttributeInvalidEnd2(char)) ? 0 : this.emitNotTerminatedNamedEntity();
      }
      current2 = decodeTree[this.treeIndex];
      valueLength = (current2 & BinTrieFlags.VALUE_LENGTH) >> 14;
      if (valueLength !== 0) {
        if (char === CharCodes.SEMI) {
          return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
        }
        if (this.decodeMode !== DecodingMode2.Strict && (current2 & BinTrieFlags.FLAG13) === 0) {
          this.result = this.treeIndex;
          this.consumed += this.excess;
          this.excess = 0;
        }
      }
      offset++;
      this.excess++;
    }
    return -1;
  }
  /**
   * Emit a named entity that was not terminated with a semicolon.
   *
   * @returns The number of characters consumed.
   */
  emitNotTerminatedNamedEntity() {
    var _a3;
    const { result, decodeTree } = this;
    const valueLength = (decodeTree[result] & BinTrieFlags.VALUE_LENGTH) >> 14;
    this.emitNamedEntityData(result, valueLength, this.consumed);
    (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.missingSemicolonAfterCharacterReference();
    return this.consumed;
  }
  /**
   * Emit a named entity.
   *
   * @param result The index of the entity in the decode tree.
   * @param valueLength The number of bytes in the entity.
   * @param consumed The number of characters consumed.
   *
   * @returns The number of characters consumed.
   */
  emitNamedEntityData(result, valueLength, consumed) {
    const { decodeTree } = this;
    this.emitCodePoint(valueLength === 1 ? decodeTree[result] & ~(BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13) : decodeTree[result + 1], consumed);
    if (valueLength === 3) {
      this.emitCodePoint(decodeTree[result + 2], consumed);
    }
    return consumed;
  }
  /**
   * Signal to the parser that the end of the input was reached.
   *
   * Remaining data will be emitted and relevant errors will be produced.
   *
   * @returns The number of characters consumed.
   */
  end() {
    var _a3;
    switch (this.state) {
      case EntityDecoderState.NamedEntity: {
        return this.result !== 0 && (this.decodeMode !== DecodingMode2.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
      }
      // Otherwise, emit a numeric entity if we have one.
      case EntityDecoderState.NumericDecimal: {
        return this.emitNumericEntity(0, 2);
      }
      case EntityDecoderState.NumericHex: {
        return this.emitNumericEntity(0, 3);
      }
      case EntityDecoderState.NumericStart: {
        (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.absenceOfDigitsInNumericCharacterReference(this.consumed);
        return 0;
      }
      case EntityDecoderState.EntityStart: {
        return 0;
      }
    }
  }
};
function determineBranch(decodeTree, current2, nodeIndex, char) {
  const branchCount = (current2 & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current2 & BinTrieFlags.JUMP_TABLE;
  if (branchCount === 0) {
    return jumpOffset !== 0 && char === jumpOffset ? nodeIndex : -1;
  }
  if (jumpOffset) {
    const value = char - jumpOffset;
    return value < 0 || value >= branchCount ? -1 : decodeTree[nodeIndex + value] - 1;
  }
  const packedKeySlots = branchCount + 1 >> 1;
  let lo = 0;
  let hi = branchCount - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const slot = mid >> 1;
    const packed = decodeTree[nodeIndex + slot];
    const midKey = packed >> (mid & 1) * 8 & 255;
    if (midKey < char) {
      lo = mid + 1;
    } else if (midKey > char) {
      hi = mid - 1;
    } else {
      return decodeTree[nodeIndex + packedKeySlots + mid];
    }
  }
  return -1;
}

// node_modules/htmlparser2/dist/esm/Tokenizer.js
var CharCodes2;
(function(CharCodes4) {
  CharCodes4[CharCodes4["Tab"] = 9] = "Tab";
  CharCodes4[CharCodes4["NewLine"] = 10] = "NewLine";
  CharCodes4[CharCodes4["FormFeed"] = 12] = "FormFeed";
  CharCodes4[CharCodes4["CarriageReturn"] = 13] = "CarriageReturn";
  CharCodes4[CharCodes4["Space"] = 32] = "Space";
  CharCodes4[CharCodes4["ExclamationMark"] = 33] = "ExclamationMark";
  CharCodes4[CharCodes4["Number"] = 35] = "Number";
  CharCodes4[CharCodes4["Amp"] = 38] = "Amp";
  CharCodes4[CharCodes4["SingleQuote"] = 39] = "SingleQuote";
  CharCodes4[CharCodes4["DoubleQuote"] = 34] = "DoubleQuote";
  CharCodes4[CharCodes4["Dash"] = 45] = "Dash";
  CharCodes4[CharCodes4["Slash"] = 47] = "Slash";
  CharCodes4[CharCodes4["Zero"] = 48] = "Zero";
  CharCodes4[CharCodes4["Nine"] = 57] = "Nine";
  CharCodes4[CharCodes4["Semi"] = 59] = "Semi";
  CharCodes4[CharCodes4["Lt"] = 60] = "Lt";
  CharCodes4[CharCodes4["Eq"] = 61] = "Eq";
  CharCodes4[CharCodes4["Gt"] = 62] = "Gt";
  CharCodes4[CharCodes4["Questionmark"] = 63] = "Questionmark";
  CharCodes4[CharCodes4["UpperA"] = 65] = "UpperA";
  CharCodes4[CharCodes4["LowerA"] = 97] = "LowerA";
  CharCodes4[CharCodes4["UpperF"] = 70] = "UpperF";
  CharCodes4[CharCodes4["LowerF"] = 102] = "LowerF";
  CharCodes4[CharCodes4["UpperZ"] = 90] = "UpperZ";
  CharCodes4[CharCodes4["LowerZ"] = 122] = "LowerZ";
  CharCodes4[CharCodes4["LowerX"] = 120] = "LowerX";
  CharCodes4[CharCodes4["OpeningSquareBracket"] = 91] = "OpeningSquareBracket";
})(CharCodes2 || (CharCodes2 = {}));
var State;
(function(State2) {
  State2[State2["Text"] = 1] = "Text";
  State2[State2["BeforeTagName"] = 2] = "BeforeTagName";
  State2[State2["InTagName"] = 3] = "InTagName";
  State2[State2["InSelfClosingTag"] = 4] = "InSelfClosingTag";
  State2[State2["BeforeClosingTagName"] = 5] = "BeforeClosingTagName";
  State2[State2["InClosingTagName"] = 6] = "InClosingTagName";
  State2[State2["AfterClosingTagName"] = 7] = "AfterClosingTagName";
  State2[State2["BeforeAttributeName"] = 8] = "BeforeAttributeName";
  State2[State2["InAttributeName"] = 9] = "InAttributeName";
  State2[State2["AfterAttributeName"] = 10] = "AfterAttributeName";
  State2[State2["BeforeAttributeValue"] = 11] = "BeforeAttributeValue";
  State2[State2["InAttributeValueDq"] = 12] = "InAttributeValueDq";
  State2[State2["InAttributeValueSq"] = 13] = "InAttributeValueSq";
  State2[State2["InAttributeValueNq"] = 14] = "InAttributeValueNq";
  State2[State2["BeforeDeclaration"] = 15] = "BeforeDeclaration";
  State2[State2["InDeclaration"] = 16] = "InDeclaration";
  State2[State2["InProcessingInstruction"] = 17] = "InProcessingInstruction";
  State2[State2["BeforeComment"] = 18] = "BeforeComment";
  State2[State2["CDATASequence"] = 19] = "CDATASequence";
  State2[State2["InSpecialComment"] = 20] = "InSpecialComment";
  State2[State2["InCommentLike"] = 21] = "InCommentLike";
  State2[State2["BeforeSpecialS"] = 22] = "BeforeSpecialS";
  State2[State2["BeforeSpecialT"] = 23] = "BeforeSpecialT";
  State2[State2["SpecialStartSequence"] = 24] = "SpecialStartSequence";
  State2[State2["InSpecialTag"] = 25] = "InSpecialTag";
  State2[State2["InEntity"] = 26] = "InEntity";
})(State || (State = {}));
function isWhitespace(c) {
  return c === CharCodes2.Space || c === CharCodes2.NewLine || c === CharCodes2.Tab || c === CharCodes2.FormFeed || c === CharCodes2.CarriageReturn;
}
function isEndOfTagSection(c) {
  return c === CharCodes2.Slash || c === CharCodes2.Gt || isWhitespace(c);
}
function isASCIIAlpha(c) {
  return c >= CharCodes2.LowerA && c <= CharCodes2.LowerZ || c >= CharCodes2.UpperA && c <= CharCodes2.UpperZ;
}
var QuoteType;
(function(QuoteType2) {
  QuoteType2[QuoteType2["NoValue"] = 0] = "NoValue";
  QuoteType2[QuoteType2["Unquoted"] = 1] = "Unquoted";
  QuoteType2[QuoteType2["Single"] = 2] = "Single";
  QuoteType2[QuoteType2["Double"] = 3] = "Double";
})(QuoteType || (QuoteType = {}));
var Sequences = {
  Cdata: new Uint8Array([67, 68, 65, 84, 65, 91]),
  // CDATA[
  CdataEnd: new Uint8Array([93, 93, 62]),
  // ]]>
  CommentEnd: new Uint8Array([45, 45, 62]),
  // `-->`
  ScriptEnd: new Uint8Array([60, 47, 115, 99, 114, 105, 112, 116]),
  // `</script`
  StyleEnd: new Uint8Array([60, 47, 115, 116, 121, 108, 101]),
  // `</style`
  TitleEnd: new Uint8Array([60, 47, 116, 105, 116, 108, 101]),
  // `</title`
  TextareaEnd: new Uint8Array([
    60,
    47,
    116,
    101,
    120,
    116,
    97,
    114,
    101,
    97
  ]),
  // `</textarea`
  XmpEnd: new Uint8Array([60, 47, 120, 109, 112])
  // `</xmp`
};
var Tokenizer = class {
  constructor({ xmlMode = false, decodeEntities = true }, cbs) {
    this.cbs = cbs;
    this.state = State.Text;
    this.buffer = "";
    this.sectionStart = 0;
    this.index = 0;
    this.entityStart = 0;
    this.baseState = State.Text;
    this.isSpecial = false;
    this.running = true;
    this.offset = 0;
    this.currentSequence = void 0;
    this.sequenceIndex = 0;
    this.xmlMode = xmlMode;
    this.decodeEntities = decodeEntities;
    this.entityDecoder = new EntityDecoder(xmlMode ? xmlDecodeTree : htmlDecodeTree, (cp, consumed) => this.emitCodePoint(cp, consumed));
  }
  reset() {
    this.state = State.Text;
    this.buffer = "";
    this.sectionStart = 0;
    this.index = 0;
    this.baseState = State.Text;
    this.currentSequence = void 0;
    this.running = true;
    this.offset = 0;
  }
  write(chunk) {
    this.offset += this.buffer.length;
    this.buffer = chunk;
    this.parse();
  }
  end() {
    if (this.running)
      this.finish();
  }
  pause() {
    this.running = false;
  }
  resume() {
    this.running = true;
    if (this.index < this.buffer.length + this.offset) {
      this.parse();
    }
  }
  stateText(c) {
    if (c === CharCodes2.Lt || !this.decodeEntities && this.fastForwardTo(CharCodes2.Lt)) {
      if (this.index > this.sectionStart) {
        this.cbs.ontext(this.sectionStart, this.index);
      }
      this.state = State.BeforeTagName;
      this.sectionStart = this.index;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  stateSpecialStartSequence(c) {
    const isEnd = this.sequenceIndex === this.currentSequence.length;
    const isMatch = isEnd ? (
      // If we are at the end of the sequence, make sure the tag name has ended
      isEndOfTagSection(c)
    ) : (
      // Otherwise, do a case-insensitive comparison
      (c | 32) === this.currentSequence[this.sequenceIndex]
    );
    if (!isMatch) {
      this.isSpecial = false;
    } else if (!isEnd) {
      this.sequenceIndex++;
      return;
    }
    this.sequenceIndex = 0;
    this.state = State.InTagName;
    this.stateInTagName(c);
  }
  /** Look for an end tag. For <title> tags, also decode entities. */
  stateInSpecialTag(c) {
    if (this.sequenceIndex === this.currentSequence.length) {
      if (c === CharCodes2.Gt || isWhitespace(c)) {
        const endOfText = this.index - this.currentSequence.length;
        if (this.sectionStart < endOfText) {
          const actualIndex = this.index;
          this.index = endOfText;
          this.cbs.ontext(this.sectionStart, endOfText);
          this.index = actualIndex;
        }
        this.isSpecial = false;
        this.sectionStart = endOfText + 2;
        this.stateInClosingTagName(c);
        return;
      }
      this.sequenceIndex = 0;
    }
    if ((c | 32) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (this.sequenceIndex === 0) {
      if (this.currentSequence === Sequences.TitleEnd) {
        if (this.decodeEntities && c === CharCodes2.Amp) {
          this.startEntity();
        }
      } else if (this.fastForwardTo(CharCodes2.Lt)) {
        this.sequenceIndex = 1;
      }
    } else {
      this.sequenceIndex = Number(c === CharCodes2.Lt);
    }
  }
  stateCDATASequence(c) {
    if (c === Sequences.Cdata[this.sequenceIndex]) {
      if (++this.sequenceIndex === Sequences.Cdata.length) {
        this.state = State.InCommentLike;
        this.currentSequence = Sequences.CdataEnd;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      }
    } else {
      this.sequenceIndex = 0;
      this.state = State.InDeclaration;
      this.stateInDeclaration(c);
    }
  }
  /**
   * When we wait for one specific character, we can speed things up
   * by skipping through the buffer until we find it.
   *
   * @returns Whether the character was found.
   */
  fastForwardTo(c) {
    while (++this.index < this.buffer.length + this.offset) {
      if (this.buffer.charCodeAt(this.index - this.offset) === c) {
        return true;
      }
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  /**
   * Comments and CDATA end with `-->` and `]]>`.
   *
   * Their common qualities are:
   * - Their end sequences have a distinct character they start with.
   * - That character is then repeated, so we have to check multiple repeats.
   * - All characters but the start character of the sequence can be skipped.
   */
  stateInCommentLike(c) {
    if (c === this.currentSequence[this.sequenceIndex]) {
      if (++this.sequenceIndex === this.currentSequence.length) {
        if (this.currentSequence === Sequences.CdataEnd) {
          this.cbs.oncdata(this.sectionStart, this.index, 2);
        } else {
          this.cbs.oncomment(this.sectionStart, this.index, 2);
        }
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
        this.state = State.Text;
      }
    } else if (this.sequenceIndex === 0) {
      if (this.fastForwardTo(this.currentSequence[0])) {
        this.sequenceIndex = 1;
      }
    } else if (c !== this.currentSequence[this.sequenceIndex - 1]) {
      this.sequenceIndex = 0;
    }
  }
  /**
   * HTML only allows ASCII alpha characters (a-z and A-Z) at the beginning of a tag name.
   *
   * XML allows a lot more characters here (@see https://www.w3.org/TR/REC-xml/#NT-NameStartChar).
   * We allow anything that wouldn't end the tag.
   */
  isTagStartChar(c) {
    return this.xmlMode ? !isEndOfTagSection(c) : isASCIIAlpha(c);
  }
  startSpecial(sequence, offset) {
    this.isSpecial = true;
    this.currentSequence = sequence;
    this.sequenceIndex = offset;
    this.state = State.SpecialStartSequence;
  }
  stateBeforeTagName(c) {
    if (c === CharCodes2.ExclamationMark) {
      this.state = State.BeforeDeclaration;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Questionmark) {
      this.state = State.InProcessingInstruction;
      this.sectionStart = this.index + 1;
    } else if (this.isTagStartChar(c)) {
      const lower = c | 32;
      this.sectionStart = this.index;
      if (this.xmlMode) {
        this.state = State.InTagName;
      } else if (lower === Sequences.ScriptEnd[2]) {
        this.state = State.BeforeSpecialS;
      } else if (lower === Sequences.TitleEnd[2] || lower === Sequences.XmpEnd[2]) {
        this.state = State.BeforeSpecialT;
      } else {
        this.state = State.InTagName;
      }
    } else if (c === CharCodes2.Slash) {
      this.state = State.BeforeClosingTagName;
    } else {
      this.state = State.Text;
      this.stateText(c);
    }
  }
  stateInTagName(c) {
    if (isEndOfTagSection(c)) {
      this.cbs.onopentagname(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateBeforeClosingTagName(c) {
    if (isWhitespace(c)) {
    } else if (c === CharCodes2.Gt) {
      this.state = State.Text;
    } else {
      this.state = this.isTagStartChar(c) ? State.InClosingTagName : State.InSpecialComment;
      this.sectionStart = this.index;
    }
  }
  stateInClosingTagName(c) {
    if (c === CharCodes2.Gt || isWhitespace(c)) {
      this.cbs.onclosetag(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.AfterClosingTagName;
      this.stateAfterClosingTagName(c);
    }
  }
  stateAfterClosingTagName(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateBeforeAttributeName(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onopentagend(this.index);
      if (this.isSpecial) {
        this.state = State.InSpecialTag;
        this.sequenceIndex = 0;
      } else {
        this.state = State.Text;
      }
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Slash) {
      this.state = State.InSelfClosingTag;
    } else if (!isWhitespace(c)) {
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  stateInSelfClosingTag(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onselfclosingtag(this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
      this.isSpecial = false;
    } else if (!isWhitespace(c)) {
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateInAttributeName(c) {
    if (c === CharCodes2.Eq || isEndOfTagSection(c)) {
      this.cbs.onattribname(this.sectionStart, this.index);
      this.sectionStart = this.index;
      this.state = State.AfterAttributeName;
      this.stateAfterAttributeName(c);
    }
  }
  stateAfterAttributeName(c) {
    if (c === CharCodes2.Eq) {
      this.state = State.BeforeAttributeValue;
    } else if (c === CharCodes2.Slash || c === CharCodes2.Gt) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (!isWhitespace(c)) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  stateBeforeAttributeValue(c) {
    if (c === CharCodes2.DoubleQuote) {
      this.state = State.InAttributeValueDq;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.SingleQuote) {
      this.state = State.InAttributeValueSq;
      this.sectionStart = this.index + 1;
    } else if (!isWhitespace(c)) {
      this.sectionStart = this.index;
      this.state = State.InAttributeValueNq;
      this.stateInAttributeValueNoQuotes(c);
    }
  }
  handleInAttributeValue(c, quote) {
    if (c === quote || !this.decodeEntities && this.fastForwardTo(quote)) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(quote === CharCodes2.DoubleQuote ? QuoteType.Double : QuoteType.Single, this.index + 1);
      this.state = State.BeforeAttributeName;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  stateInAttributeValueDoubleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.DoubleQuote);
  }
  stateInAttributeValueSingleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.SingleQuote);
  }
  stateInAttributeValueNoQuotes(c) {
    if (isWhitespace(c) || c === CharCodes2.Gt) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(QuoteType.Unquoted, this.index);
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  stateBeforeDeclaration(c) {
    if (c === CharCodes2.OpeningSquareBracket) {
      this.state = State.CDATASequence;
      this.sequenceIndex = 0;
    } else {
      this.state = c === CharCodes2.Dash ? State.BeforeComment : State.InDeclaration;
    }
  }
  stateInDeclaration(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.ondeclaration(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateInProcessingInstruction(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.onprocessinginstruction(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateBeforeComment(c) {
    if (c === CharCodes2.Dash) {
      this.state = State.InCommentLike;
      this.currentSequence = Sequences.CommentEnd;
      this.sequenceIndex = 2;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InDeclaration;
    }
  }
  stateInSpecialComment(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateBeforeSpecialS(c) {
    const lower = c | 32;
    if (lower === Sequences.ScriptEnd[3]) {
      this.startSpecial(Sequences.ScriptEnd, 4);
    } else if (lower === Sequences.StyleEnd[3]) {
      this.startSpecial(Sequences.StyleEnd, 4);
    } else {
      this.state = State.InTagName;
      this.stateInTagName(c);
    }
  }
  stateBeforeSpecialT(c) {
    const lower = c | 32;
    switch (lower) {
      case Sequences.TitleEnd[3]: {
        this.startSpecial(Sequences.TitleEnd, 4);
        break;
      }
      case Sequences.TextareaEnd[3]: {
        this.startSpecial(Sequences.TextareaEnd, 4);
        break;
      }
      case Sequences.XmpEnd[3]: {
        this.startSpecial(Sequences.XmpEnd, 4);
        break;
      }
      default: {
        this.state = State.InTagName;
        this.stateInTagName(c);
      }
    }
  }
  startEntity() {
    this.baseState = this.state;
    this.state = State.InEntity;
    this.entityStart = this.index;
    this.entityDecoder.startEntity(this.xmlMode ? DecodingMode2.Strict : this.baseState === State.Text || this.baseState === State.InSpecialTag ? DecodingMode2.Legacy : DecodingMode2.Attribute);
  }
  stateInEntity() {
    const indexInBuffer = this.index - this.offset;
    const length = this.entityDecoder.write(this.buffer, indexInBuffer);
    if (length >= 0) {
      this.state = this.baseState;
      if (length === 0) {
        this.index -= 1;
      }
    } else {
      if (indexInBuffer < this.buffer.length && this.buffer.charCodeAt(indexInBuffer) === CharCodes2.Amp) {
        this.state = this.baseState;
        this.index -= 1;
        return;
      }
      this.index = this.offset + this.buffer.length - 1;
    }
  }
  /**
   * Remove data that has already been consumed from the buffer.
   */
  cleanup() {
    if (this.running && this.sectionStart !== this.index) {
      if (this.state === State.Text || this.state === State.InSpecialTag && this.sequenceIndex === 0) {
        this.cbs.ontext(this.sectionStart, this.index);
        this.sectionStart = this.index;
      } else if (this.state === State.InAttributeValueDq || this.state === State.InAttributeValueSq || this.state === State.InAttributeValueNq) {
        this.cbs.onattribdata(this.sectionStart, this.index);
        this.sectionStart = this.index;
      }
    }
  }
  shouldContinue() {
    return this.index < this.buffer.length + this.offset && this.running;
  }
  /**
   * Iterates through the buffer, calling the function corresponding to the current state.
   *
   * States that are more likely to be hit are higher up, as a performance improvement.
   */
  parse() {
    while (this.shouldContinue()) {
      const c = this.buffer.charCodeAt(this.index - this.offset);
      switch (this.state) {
        case State.Text: {
          this.stateText(c);
          break;
        }
        case State.SpecialStartSequence: {
          this.stateSpecialStartSequence(c);
          break;
        }
        case State.InSpecialTag: {
          this.stateInSpecialTag(c);
          break;
        }
        case State.CDATASequence: {
          this.stateCDATASequence(c);
          break;
        }
        case State.InAttributeValueDq: {
          this.stateInAttributeValueDoubleQuotes(c);
          break;
        }
        case State.InAttributeName: {
          this.stateInAttributeName(c);
          break;
        }
        case State.InCommentLike: {
          this.stateInCommentLike(c);
          break;
        }
        case State.InSpecialComment: {
          this.stateInSpecialComment(c);
          break;
        }
        case State.BeforeAttributeName: {
          this.stateBeforeAttributeName(c);
          break;
        }
        case State.InTagName: {
          this.stateInTagName(c);
          break;
        }
        case State.InClosingTagName: {
          this.stateInClosingTagName(c);
          break;
        }
        case State.BeforeTagName: {
          this.stateBeforeTagName(c);
          break;
        }
        case State.AfterAttributeName: {
          this.stateAfterAttributeName(c);
          break;
        }
        case State.InAttributeValueSq: {
          this.stateInAttributeValueSingleQuotes(c);
          break;
        }
        case State.BeforeAttributeValue: {
          this.stateBeforeAttributeValue(c);
          break;
        }
        case State.BeforeClosingTagName: {
          this.stateBeforeClosingTagName(c);
          break;
        }
        case State.AfterClosingTagName: {
          this.stateAfterClosingTagName(c);
          break;
        }
        case State.BeforeSpecialS: {
          this.stateBeforeSpecialS(c);
          break;
        }
        case State.BeforeSpecialT: {
          this.stateBeforeSpecialT(c);
          break;
        }
        case State.InAttributeValueNq: {
          this.stateInAttributeValueNoQuotes(c);
          break;
        }
        case State.InSelfClosingTag: {
          this.stateInSelfClosingTag(c);
          break;
        }
        case State.InDeclaration: {
          this.stateInDeclaration(c);
          break;
        }
        case State.BeforeDeclaration: {
          this.stateBeforeDeclaration(c);
          break;
        }
        case State.BeforeComment: {
          this.stateBeforeComment(c);
          break;
        }
        case State.InProcessingInstruction: {
          this.stateInProcessingInstruction(c);
          break;
        }
        case State.InEntity: {
          this.stateInEntity();
          break;
        }
      }
      this.index++;
    }
    this.cleanup();
  }
  finish() {
    if (this.state === State.InEntity) {
      this.entityDecoder.end();
      this.state = this.baseState;
    }
    this.handleTrailingData();
    this.cbs.onend();
  }
  /** Handle any trailing data. */
  handleTrailingData() {
    const endIndex = this.buffer.length + this.offset;
    if (this.sectionStart >= endIndex) {
      return;
    }
    if (this.state === State.InCommentLike) {
      if (this.currentSequence === Sequences.CdataEnd) {
        this.cbs.oncdata(this.sectionStart, endIndex, 0);
      } else {
        this.cbs.oncomment(this.sectionStart, endIndex, 0);
      }
    } else if (this.state === State.InTagName || this.state === State.BeforeAttributeName || this.state === State.BeforeAttributeValue || this.state === State.AfterAttributeName || this.state === State.InAttributeName || this.state === State.InAttributeValueSq || this.state === State.InAttributeValueDq || this.state === State.InAttributeValueNq || this.state === State.InClosingTagName) {
    } else {
      this.cbs.ontext(this.sectionStart, endIndex);
    }
  }
  emitCodePoint(cp, consumed) {
    if (this.baseState !== State.Text && this.baseState !== State.InSpecialTag) {
      if (this.sectionStart < this.entityStart) {
        this.cbs.onattribdata(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.cbs.onattribentity(cp);
    } else {
      if (this.sectionStart < this.entityStart) {
        this.cbs.ontext(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.cbs.ontextentity(cp, this.sectionStart);
    }
  }
};

// src/parse/html.ts
var URL_ATTRIBUTES = {
  img: { src: "image", srcset: "srcset", "data-src": "image", "data-srcset": "srcset" },
  source: { src: "image", srcset: "srcset" },
  video: { poster: "image", src: "link" },
  audio: { src: "link" },
  track: { src: "link" },
  input: { src: "image" },
  a: { href: "link" },
  area: { href: "link" },
  link: { href: "link" },
  iframe: { src: "link" },
  embed: { src: "link" },
  object: { data: "link" }
};
function scanHtml(masked, original, offset) {
  const references = [];
  const anchors = [];
  const comments = [];
  let tag = "";
  let attrName = "";
  let valueStart = -1;
  let valueEnd = -1;
  const finishAttribute = () => {
    if (!attrName) return;
    const start = valueStart;
    const end = valueEnd;
    const name = attrName;
    attrName = "";
    valueStart = valueEnd = -1;
    if (start < 0) return;
    const raw = original.slice(start, end);
    const maskedValue = masked.slice(start, end);
    const kind = URL_ATTRIBUTES[tag]?.[name];
    if (kind === "srcset") {
      for (const candidate of splitSrcset(maskedValue)) {
        const candidateRaw = raw.slice(candidate.start, candidate.end);
        references.push(reference("image", candidateRaw, start + candidate.start + offset, start + candidate.end + offset, name));
      }
    } else if (kind) {
      references.push(reference(kind, raw, start + offset, end + offset, name));
    } else if (name === "style") {
      for (const url of findCssUrls(maskedValue)) references.push(reference("image", raw.slice(url.start, url.end), start + url.start + offset, start + url.end + offset, "style"));
    }
    if (name === "id" || name === "name" && tag === "a") {
      anchors.push({ id: decodeHTMLAttribute(raw), start: start + offset, end: end + offset });
    }
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname(start, end) {
        tag = masked.slice(start, end).toLowerCase();
      },
      onattribname(start, end) {
        finishAttribute();
        attrName = masked.slice(start, end).toLowerCase();
      },
      onattribdata(start, end) {
        if (valueStart < 0) valueStart = start;
        valueEnd = end;
      },
      onattribentity() {
      },
      onattribend(_quote, end) {
        if (valueStart < 0 && _quote !== 0) valueStart = valueEnd = end - (_quote === 1 ? 0 : 1);
        finishAttribute();
      },
      onopentagend() {
        finishAttribute();
        tag = "";
      },
      onselfclosingtag() {
        finishAttribute();
        tag = "";
      },
      oncomment(start, end, endOffset) {
        comments.push({ text: original.slice(start, end - endOffset), start: start + offset, end: Math.min(end + 1, original.length) + offset });
      },
      oncdata() {
      },
      onclosetag() {
      },
      ondeclaration() {
      },
      onprocessinginstruction() {
      },
      ontext() {
      },
      ontextentity() {
      },
      onend() {
      }
    }
  );
  tokenizer.write(masked);
  tokenizer.end();
  return { references, anchors, comments };
}
function reference(kind, raw, start, end, context) {
  return { kind, source: "html", raw, value: decodeHTMLAttribute(raw), start, end, context };
}
var BARE_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*[ \t]*\/?>$/;
var NOT_A_BARE_TAG = new RegExp(`<(?!${BARE_TAG.source.slice("^<".length, -"$".length)})`);
function splitSrcset(value) {
  const out = [];
  let i = 0;
  const n = value.length;
  const isSpace2 = (c) => c === " " || c === "	" || c === "\n" || c === "\r" || c === "\f";
  while (i < n) {
    while (i < n && (isSpace2(value[i]) || value[i] === ",")) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace2(value[i])) i++;
    let end = i;
    let trailingComma = false;
    while (end > start && value[end - 1] === ",") {
      end--;
      trailingComma = true;
    }
    if (end > start) out.push({ start, end });
    if (trailingComma) continue;
    let depth = 0;
    while (i < n) {
      const c = value[i];
      if (c === "(") depth++;
      else if (c === ")") depth = Math.max(0, depth - 1);
      else if (c === "," && depth === 0) break;
      i++;
    }
  }
  return out;
}
var CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi;
function findCssUrls(text2) {
  const out = [];
  CSS_URL.lastIndex = 0;
  for (let m = CSS_URL.exec(text2); m; m = CSS_URL.exec(text2)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? "";
    const inner = m[0].indexOf(raw, 4);
    const start = m.index + (inner >= 0 ? inner : 4);
    if (raw !== "") out.push({ raw, start, end: start + raw.length });
  }
  return out;
}

// src/parse/liquid.ts
var LIQUID_MASK = "";
var BLOCK_TAGS_HIDDEN = /* @__PURE__ */ new Set(["comment", "highlight"]);
var TAG_OR_OUTPUT = /\{\{-?([\s\S]*?)-?\}\}|\{%-?([\s\S]*?)-?%\}/g;
var URL_LIQUID = new RegExp(TAG_OR_OUTPUT.source, "g");
function maskLiquid(text2) {
  if (!text2.includes("{{") && !text2.includes("{%")) return { masked: text2, spans: [] };
  const spans = [];
  const out = { text: text2, pieces: [], at: 0 };
  let hiddenUntil;
  let inRaw = false;
  TAG_OR_OUTPUT.lastIndex = 0;
  for (let m = TAG_OR_OUTPUT.exec(text2); m; m = TAG_OR_OUTPUT.exec(text2)) {
    const start = m.index;
    const end = start + m[0].length;
    const kind = m[1] !== void 0 ? "output" : "tag";
    const inner = (m[1] ?? m[2] ?? "").trim();
    const name = kind === "tag" ? inner.split(/\s+/)[0] ?? "" : "";
    if (inRaw) {
      if (name === "endraw") {
        inRaw = false;
        mask(out, start, end);
      }
      continue;
    }
    if (hiddenUntil) {
      if (name === `end${hiddenUntil.tag}`) {
        mask(out, hiddenUntil.start, end);
        hiddenUntil = void 0;
      }
      continue;
    }
    if (name === "raw") {
      inRaw = true;
      mask(out, start, end);
      continue;
    }
    if (BLOCK_TAGS_HIDDEN.has(name)) {
      hiddenUntil = { tag: name, start };
      continue;
    }
    spans.push({ start, end, kind, inner });
    mask(out, start, end);
  }
  if (hiddenUntil) mask(out, hiddenUntil.start, text2.length);
  out.pieces.push(text2.slice(out.at));
  return { masked: out.pieces.join(""), spans };
}
function mask(out, start, end) {
  if (start < out.at) start = out.at;
  if (end <= start) return;
  out.pieces.push(out.text.slice(out.at, start));
  let from = start;
  for (let i = start; i < end; i++) {
    const c = out.text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (i > from) out.pieces.push(maskRun(i - from));
    out.pieces.push(c === 10 ? "\n" : "\r");
    from = i + 1;
  }
  if (end > from) out.pieces.push(maskRun(end - from));
  out.at = end;
}
function maskRun(length) {
  if (length >= SHORT_RUNS.length) return LIQUID_MASK.repeat(length);
  return SHORT_RUNS[length] ??= LIQUID_MASK.repeat(length);
}
var SHORT_RUNS = [];
SHORT_RUNS.length = 128;
function evaluateLiquid(raw, site) {
  if (!raw.includes("{{") && !raw.includes("{%")) return { ok: true, value: raw, usedLiquid: false, baseurlFromLiquid: false };
  let value = "";
  let last = 0;
  let baseurlFromLiquid = false;
  const re = URL_LIQUID;
  re.lastIndex = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    value += raw.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] !== void 0) {
      const out = evaluateOutputOnce(m[1].trim(), site);
      if (out === void 0) return { ok: false, reason: `cannot evaluate \`{{ ${m[1].trim()} }}\`` };
      value += out.text;
      baseurlFromLiquid ||= out.addsBaseurl;
    } else {
      const inner = (m[2] ?? "").trim();
      const [name = "", ...rest] = inner.split(/\s+/);
      const argument = rest.join(" ");
      if (name === "post_url" || name === "link") {
        const url = name === "post_url" ? site.postUrl(argument) : site.linkUrl(argument.replace(/^\/+/, ""));
        if (url === void 0) return { ok: false, reason: `${name} target not found`, tag: { name, argument } };
        const withBase = site.jekyllMajor >= 4 ? site.baseurl + url : url;
        baseurlFromLiquid ||= site.jekyllMajor >= 4 && site.baseurl !== "";
        value += withBase;
      } else {
        return { ok: false, reason: `cannot evaluate \`{% ${inner} %}\`` };
      }
    }
  }
  value += raw.slice(last);
  return { ok: true, value, usedLiquid: true, baseurlFromLiquid };
}
function tagArgument(inner) {
  const [name = "", ...rest] = inner.split(/\s+/);
  return { name, argument: rest.join(" ") };
}
var STRING_LITERAL = /^(?:"([^"]*)"|'([^']*)')/;
var outputs = /* @__PURE__ */ new WeakMap();
var MAX_REMEMBERED_OUTPUTS = 4096;
function evaluateOutputOnce(expression, site) {
  let known = outputs.get(site);
  if (!known) outputs.set(site, known = /* @__PURE__ */ new Map());
  if (known.has(expression)) return known.get(expression);
  const out = evaluateOutput(expression, site);
  if (known.size < MAX_REMEMBERED_OUTPUTS) known.set(expression, out);
  return out;
}
function evaluateOutput(expression, site) {
  const parts = splitFilters(expression);
  if (!parts) return void 0;
  const [head, ...filters] = parts;
  let text2 = primary(head, site);
  if (text2 === void 0) return void 0;
  let addsBaseurl = head === "site.baseurl" && site.baseurl !== "";
  for (const filter of filters) {
    const [name, arg] = splitFilter(filter);
    const argValue = arg === void 0 ? void 0 : primary(arg, site);
    switch (name) {
      case "relative_url":
        text2 = relativeUrl(text2, site.baseurl);
        addsBaseurl ||= site.baseurl !== "";
        break;
      case "absolute_url":
        text2 = /^[a-z][a-z0-9+.-]*:/i.test(text2) ? text2 : site.url + relativeUrl(text2, site.baseurl);
        addsBaseurl ||= site.baseurl !== "";
        break;
      case "prepend":
        if (argValue === void 0) return void 0;
        text2 = argValue + text2;
        addsBaseurl ||= arg === "site.baseurl" && site.baseurl !== "";
        break;
      case "append":
        if (argValue === void 0) return void 0;
        text2 = text2 + argValue;
        break;
      case "strip":
        text2 = text2.trim();
        break;
      default:
        return void 0;
    }
  }
  return { text: text2, addsBaseurl };
}
function primary(token, site) {
  const literal = STRING_LITERAL.exec(token);
  if (literal && literal[0].length === token.length) return literal[1] ?? literal[2] ?? "";
  if (token === "site.baseurl") return site.baseurl;
  if (token === "site.url") return site.url;
  return void 0;
}
function splitFilters(expression) {
  const parts = [];
  let current2 = "";
  let quote = "";
  for (const c of expression) {
    if (quote) {
      if (c === quote) quote = "";
      current2 += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      current2 += c;
    } else if (c === "|") {
      parts.push(current2.trim());
      current2 = "";
    } else current2 += c;
  }
  if (quote) return void 0;
  parts.push(current2.trim());
  return parts;
}
function splitFilter(filter) {
  const colon = filter.indexOf(":");
  if (colon === -1) return [filter.trim(), void 0];
  return [filter.slice(0, colon).trim(), filter.slice(colon + 1).trim()];
}
function relativeUrl(input, baseurl) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(input) || input.startsWith("//")) return input;
  const path15 = input.startsWith("/") ? input : `/${input}`;
  const base = baseurl.replace(/\/+$/, "");
  return `${base}${path15}`.replace(/^\/\/+/, "/");
}

// src/parse/kramdown-extensions.ts
var OPENER = /\{::(comment|nomarkdown)(?:[ \t][^}\n]*)?\}/y;
var CLOSERS = ["{:/}", "{:/comment}", "{:/nomarkdown}"];
function maskKramdownExtensions(text2) {
  if (!text2.includes("{::")) return { markdown: text2, raw: [] };
  const raw = [];
  let markdown = "";
  let copied = 0;
  for (let from = text2.indexOf("{::"); from >= 0; from = text2.indexOf("{::", from)) {
    OPENER.lastIndex = from;
    const open4 = OPENER.exec(text2);
    if (!open4) {
      from += 3;
      continue;
    }
    const contentStart2 = from + open4[0].length;
    const close = closerAt(text2, contentStart2);
    if (!close) break;
    markdown += text2.slice(copied, from) + blankOut(text2.slice(from, close.end));
    if (open4[1] === "nomarkdown") raw.push({ start: contentStart2, end: close.start });
    copied = from = close.end;
  }
  return { markdown: markdown + text2.slice(copied), raw };
}
function closerAt(text2, from) {
  for (let at = text2.indexOf("{:/", from); at >= 0; at = text2.indexOf("{:/", at + 3)) {
    const closer = CLOSERS.find((c) => text2.startsWith(c, at));
    if (closer) return { start: at, end: at + closer.length };
  }
  return void 0;
}
function blankOut(part) {
  return part.replace(/[^\r\n]/g, " ");
}

// src/parse/markdown.ts
function scanMarkdown(masked, original, offset) {
  const events = postprocess(parse().document().write(preprocess()(masked, void 0, true)));
  const references = [];
  const html = [];
  const headings = [];
  const definitions = /* @__PURE__ */ new Map();
  const usages = [];
  const stack = [];
  let definitionLabel = "";
  for (const [phase, token] of events) {
    const type = token.type;
    if (phase === "enter") {
      switch (type) {
        case "image":
        case "link":
          stack.push({ kind: type, hasResource: false });
          break;
        case "labelText": {
          const top = stack[stack.length - 1];
          if (top && top.label === void 0) top.label = slice(masked, token);
          break;
        }
        case "resource": {
          const top = stack[stack.length - 1];
          if (top) top.hasResource = true;
          break;
        }
        case "referenceString": {
          const top = stack[stack.length - 1];
          if (top) top.referenceLabel = slice(masked, token);
          break;
        }
        case "resourceDestinationString": {
          const top = stack[stack.length - 1];
          if (top) references.push(makeReference(top.kind, "markdown", original, token, offset, top.kind === "image" ? "markdown image" : "markdown link"));
          break;
        }
        case "definitionLabelString":
          definitionLabel = normalizeIdentifier(slice(masked, token));
          break;
        case "definitionDestinationString":
          if (!definitions.has(definitionLabel)) {
            definitions.set(definitionLabel, { raw: slice(original, token), start: token.start.offset, end: token.end.offset });
          }
          break;
        case "htmlText":
          if (BARE_TAG.test(slice(masked, token))) break;
          html.push({ start: token.start.offset + offset, end: token.end.offset + offset });
          break;
        case "htmlFlow":
          html.push({ start: token.start.offset + offset, end: token.end.offset + offset });
          break;
        case "atxHeadingText":
        case "setextHeadingText":
          headings.push({ raw: slice(original, token), start: token.start.offset + offset, end: token.end.offset + offset });
          break;
        default:
          break;
      }
    } else if (type === "image" || type === "link") {
      const top = stack.pop();
      if (top && !top.hasResource) {
        const label = top.referenceLabel ?? top.label ?? "";
        usages.push({ label: normalizeIdentifier(label), kind: top.kind });
      }
    }
  }
  const definitionKinds = /* @__PURE__ */ new Map();
  for (const usage of usages) {
    if (!definitions.has(usage.label)) continue;
    if (definitionKinds.get(usage.label) !== "image") definitionKinds.set(usage.label, usage.kind);
  }
  for (const [label, kind] of definitionKinds) {
    const def = definitions.get(label);
    const raw = def.raw;
    references.push({
      kind,
      source: "markdown",
      raw,
      value: decodeString(raw),
      start: def.start + offset,
      end: def.end + offset,
      context: kind === "image" ? "markdown image definition" : "markdown link definition"
    });
  }
  references.sort((a, b) => a.start - b.start);
  return { references, html, headings };
}
function slice(text2, token) {
  return text2.slice(token.start.offset, token.end.offset);
}
function makeReference(kind, source, original, token, offset, context) {
  const raw = slice(original, token);
  return { kind, source, raw, value: decodeString(raw), start: token.start.offset + offset, end: token.end.offset + offset, context };
}

// node_modules/markdown-it/lib/common/utils.mjs
var utils_exports = {};
__export(utils_exports, {
  arrayReplaceAt: () => arrayReplaceAt,
  asciiTrim: () => asciiTrim,
  assign: () => assign,
  escapeHtml: () => escapeHtml,
  escapeRE: () => escapeRE,
  fromCodePoint: () => fromCodePoint3,
  has: () => has,
  isMdAsciiPunct: () => isMdAsciiPunct,
  isPunctChar: () => isPunctChar,
  isPunctCharCode: () => isPunctCharCode,
  isSpace: () => isSpace,
  isString: () => isString,
  isValidEntityCode: () => isValidEntityCode,
  isWhiteSpace: () => isWhiteSpace,
  lib: () => lib,
  normalizeReference: () => normalizeReference,
  unescapeAll: () => unescapeAll,
  unescapeMd: () => unescapeMd
});

// node_modules/mdurl/index.mjs
var mdurl_exports = {};
__export(mdurl_exports, {
  decode: () => decode_default,
  encode: () => encode_default,
  format: () => format,
  parse: () => parse_default
});

// node_modules/mdurl/lib/decode.mjs
var decodeCache = {};
function getDecodeCache(exclude) {
  let cache4 = decodeCache[exclude];
  if (cache4) {
    return cache4;
  }
  cache4 = decodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    cache4.push(ch);
  }
  for (let i = 0; i < exclude.length; i++) {
    const ch = exclude.charCodeAt(i);
    cache4[ch] = "%" + ("0" + ch.toString(16).toUpperCase()).slice(-2);
  }
  return cache4;
}
function decode2(string, exclude) {
  if (typeof exclude !== "string") {
    exclude = decode2.defaultChars;
  }
  const cache4 = getDecodeCache(exclude);
  return string.replace(/(%[a-f0-9]{2})+/gi, function(seq) {
    let result = "";
    for (let i = 0, l = seq.length; i < l; i += 3) {
      const b1 = parseInt(seq.slice(i + 1, i + 3), 16);
      if (b1 < 128) {
        result += cache4[b1];
        continue;
      }
      if ((b1 & 224) === 192 && i + 3 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        if ((b2 & 192) === 128) {
          const chr = b1 << 6 & 1984 | b2 & 63;
          if (chr < 128) {
            result += "��";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 3;
          continue;
        }
      }
      if ((b1 & 240) === 224 && i + 6 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128) {
          const chr = b1 << 12 & 61440 | b2 << 6 & 4032 | b3 & 63;
          if (chr < 2048 || chr >= 55296 && chr <= 57343) {
            result += "���";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 6;
          continue;
        }
      }
      if ((b1 & 248) === 240 && i + 9 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        const b4 = parseInt(seq.slice(i + 10, i + 12), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128 && (b4 & 192) === 128) {
          let chr = b1 << 18 & 1835008 | b2 << 12 & 258048 | b3 << 6 & 4032 | b4 & 63;
          if (chr < 65536 || chr > 1114111) {
            result += "����";
          } else {
            chr -= 65536;
            result += String.fromCharCode(55296 + (chr >> 10), 56320 + (chr & 1023));
          }
          i += 9;
          continue;
        }
      }
      result += "�";
    }
    return result;
  });
}
decode2.defaultChars = ";/?:@&=+$,#";
decode2.componentChars = "";
var decode_default = decode2;

// node_modules/mdurl/lib/encode.mjs
var encodeCache = {};
function getEncodeCache(exclude) {
  let cache4 = encodeCache[exclude];
  if (cache4) {
    return cache4;
  }
  cache4 = encodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    if (/^[0-9a-z]$/i.test(ch)) {
      cache4.push(ch);
    } else {
      cache4.push("%" + ("0" + i.toString(16).toUpperCase()).slice(-2));
    }
  }
  for (let i = 0; i < exclude.length; i++) {
    cache4[exclude.charCodeAt(i)] = exclude[i];
  }
  return cache4;
}
function encode(string, exclude, keepEscaped) {
  if (typeof exclude !== "string") {
    keepEscaped = exclude;
    exclude = encode.defaultChars;
  }
  if (typeof keepEscaped === "undefined") {
    keepEscaped = true;
  }
  const cache4 = getEncodeCache(exclude);
  let result = "";
  for (let i = 0, l = string.length; i < l; i++) {
    const code2 = string.charCodeAt(i);
    if (keepEscaped && code2 === 37 && i + 2 < l) {
      if (/^[0-9a-f]{2}$/i.test(string.slice(i + 1, i + 3))) {
        result += string.slice(i, i + 3);
        i += 2;
        continue;
      }
    }
    if (code2 < 128) {
      result += cache4[code2];
      continue;
    }
    if (code2 >= 55296 && code2 <= 57343) {
      if (code2 >= 55296 && code2 <= 56319 && i + 1 < l) {
        const nextCode = string.charCodeAt(i + 1);
        if (nextCode >= 56320 && nextCode <= 57343) {
          result += encodeURIComponent(string[i] + string[i + 1]);
          i++;
          continue;
        }
      }
      result += "%EF%BF%BD";
      continue;
    }
    result += encodeURIComponent(string[i]);
  }
  return result;
}
encode.defaultChars = ";/?:@&=+$,-_.!~*'()#";
encode.componentChars = "-_.!~*'()";
var encode_default = encode;

// node_modules/mdurl/lib/format.mjs
function format(url) {
  let result = "";
  result += url.protocol || "";
  result += url.slashes ? "//" : "";
  result += url.auth ? url.auth + "@" : "";
  if (url.hostname && url.hostname.indexOf(":") !== -1) {
    result += "[" + url.hostname + "]";
  } else {
    result += url.hostname || "";
  }
  result += url.port ? ":" + url.port : "";
  result += url.pathname || "";
  result += url.search || "";
  result += url.hash || "";
  return result;
}

// node_modules/mdurl/lib/parse.mjs
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.pathname = null;
}
var protocolPattern = /^([a-z0-9.+-]+:)/i;
var portPattern = /:[0-9]*$/;
var simplePathPattern = /^(\/\/?(?!\/)[^\?\s]*)(\?[^\s]*)?$/;
var delims = ["<", ">", '"', "`", " ", "\r", "\n", "	"];
var unwise = ["{", "}", "|", "\\", "^", "`"].concat(delims);
var autoEscape = ["'"].concat(unwise);
var nonHostChars = ["%", "/", "?", ";", "#"].concat(autoEscape);
var hostEndingChars = ["/", "?", "#"];
var hostnameMaxLen = 255;
var hostnamePartPattern = /^[+a-z0-9A-Z_-]{0,63}$/;
var hostnamePartStart = /^([+a-z0-9A-Z_-]{0,63})(.*)$/;
var hostlessProtocol = {
  javascript: true,
  "javascript:": true
};
var slashedProtocol = {
  http: true,
  https: true,
  ftp: true,
  gopher: true,
  file: true,
  "http:": true,
  "https:": true,
  "ftp:": true,
  "gopher:": true,
  "file:": true
};
function urlParse(url, slashesDenoteHost) {
  if (url && url instanceof Url) return url;
  const u = new Url();
  u.parse(url, slashesDenoteHost);
  return u;
}
Url.prototype.parse = function(url, slashesDenoteHost) {
  let lowerProto, hec, slashes;
  let rest = url;
  rest = rest.trim();
  if (!slashesDenoteHost && url.split("#").length === 1) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
      }
      return this;
    }
  }
  let proto = protocolPattern.exec(rest);
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = proto;
    rest = rest.substr(proto.length);
  }
  if (slashesDenoteHost || proto || rest.match(/^\/\/[^@\/]+@[^@\/]+/)) {
    slashes = rest.substr(0, 2) === "//";
    if (slashes && !(proto && hostlessProtocol[proto])) {
      rest = rest.substr(2);
      this.slashes = true;
    }
  }
  if (!hostlessProtocol[proto] && (slashes || proto && !slashedProtocol[proto])) {
    let hostEnd = -1;
    for (let i = 0; i < hostEndingChars.length; i++) {
      hec = rest.indexOf(hostEndingChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    let auth, atSign;
    if (hostEnd === -1) {
      atSign = rest.lastIndexOf("@");
    } else {
      atSign = rest.lastIndexOf("@", hostEnd);
    }
    if (atSign !== -1) {
      auth = rest.slice(0, atSign);
      rest = rest.slice(atSign + 1);
      this.auth = auth;
    }
    hostEnd = -1;
    for (let i = 0; i < nonHostChars.length; i++) {
      hec = rest.indexOf(nonHostChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    if (hostEnd === -1) {
      hostEnd = rest.length;
    }
    if (rest[hostEnd - 1] === ":") {
      hostEnd--;
    }
    const host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    this.parseHost(host);
    this.hostname = this.hostname || "";
    const ipv6Hostname = this.hostname[0] === "[" && this.hostname[this.hostname.length - 1] === "]";
    if (!ipv6Hostname) {
      const hostparts = this.hostname.split(/\./);
      for (let i = 0, l = hostparts.length; i < l; i++) {
        const part = hostparts[i];
        if (!part) {
          continue;
        }
        if (!part.match(hostnamePartPattern)) {
          let newpart = "";
          for (let j = 0, k = part.length; j < k; j++) {
            if (part.charCodeAt(j) > 127) {
              newpart += "x";
            } else {
              newpart += part[j];
            }
          }
          if (!newpart.match(hostnamePartPattern)) {
            const validParts = hostparts.slice(0, i);
            const notHost = hostparts.slice(i + 1);
            const bit = part.match(hostnamePartStart);
            if (bit) {
              validParts.push(bit[1]);
              notHost.unshift(bit[2]);
            }
            if (notHost.length) {
              rest = notHost.join(".") + rest;
            }
            this.hostname = validParts.join(".");
            break;
          }
        }
      }
    }
    if (this.hostname.length > hostnameMaxLen) {
      this.hostname = "";
    }
    if (ipv6Hostname) {
      this.hostname = this.hostname.substr(1, this.hostname.length - 2);
    }
  }
  const hash = rest.indexOf("#");
  if (hash !== -1) {
    this.hash = rest.substr(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf("?");
  if (qm !== -1) {
    this.search = rest.substr(qm);
    rest = rest.slice(0, qm);
  }
  if (rest) {
    this.pathname = rest;
  }
  if (slashedProtocol[lowerProto] && this.hostname && !this.pathname) {
    this.pathname = "";
  }
  return this;
};
Url.prototype.parseHost = function(host) {
  let port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ":") {
      this.port = port.substr(1);
    }
    host = host.substr(0, host.length - port.length);
  }
  if (host) {
    this.hostname = host;
  }
};
var parse_default = urlParse;

// node_modules/uc.micro/index.mjs
var uc_exports = {};
__export(uc_exports, {
  Any: () => regex_default,
  Cc: () => regex_default2,
  Cf: () => regex_default3,
  P: () => regex_default4,
  S: () => regex_default5,
  Z: () => regex_default6
});

// node_modules/uc.micro/properties/Any/regex.mjs
var regex_default = /[\0-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

// node_modules/uc.micro/categories/Cc/regex.mjs
var regex_default2 = /[\0-\x1F\x7F-\x9F]/;

// node_modules/uc.micro/categories/Cf/regex.mjs
var regex_default3 = /[\xAD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\uD804[\uDCBD\uDCCD]|\uD80D[\uDC30-\uDC3F]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]|\uDB40[\uDC01\uDC20-\uDC7F]/;

// node_modules/uc.micro/categories/P/regex.mjs
var regex_default4 = /[!-#%-\*,-\/:;\?@\[-\]_\{\}\xA1\xA7\xAB\xB6\xB7\xBB\xBF\u037E\u0387\u055A-\u055F\u0589\u058A\u05BE\u05C0\u05C3\u05C6\u05F3\u05F4\u0609\u060A\u060C\u060D\u061B\u061D-\u061F\u066A-\u066D\u06D4\u0700-\u070D\u07F7-\u07F9\u0830-\u083E\u085E\u0964\u0965\u0970\u09FD\u0A76\u0AF0\u0C77\u0C84\u0DF4\u0E4F\u0E5A\u0E5B\u0F04-\u0F12\u0F14\u0F3A-\u0F3D\u0F85\u0FD0-\u0FD4\u0FD9\u0FDA\u104A-\u104F\u10FB\u1360-\u1368\u1400\u166E\u169B\u169C\u16EB-\u16ED\u1735\u1736\u17D4-\u17D6\u17D8-\u17DA\u1800-\u180A\u1944\u1945\u1A1E\u1A1F\u1AA0-\u1AA6\u1AA8-\u1AAD\u1B5A-\u1B60\u1B7D\u1B7E\u1BFC-\u1BFF\u1C3B-\u1C3F\u1C7E\u1C7F\u1CC0-\u1CC7\u1CD3\u2010-\u2027\u2030-\u2043\u2045-\u2051\u2053-\u205E\u207D\u207E\u208D\u208E\u2308-\u230B\u2329\u232A\u2768-\u2775\u27C5\u27C6\u27E6-\u27EF\u2983-\u2998\u29D8-\u29DB\u29FC\u29FD\u2CF9-\u2CFC\u2CFE\u2CFF\u2D70\u2E00-\u2E2E\u2E30-\u2E4F\u2E52-\u2E5D\u3001-\u3003\u3008-\u3011\u3014-\u301F\u3030\u303D\u30A0\u30FB\uA4FE\uA4FF\uA60D-\uA60F\uA673\uA67E\uA6F2-\uA6F7\uA874-\uA877\uA8CE\uA8CF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA95F\uA9C1-\uA9CD\uA9DE\uA9DF\uAA5C-\uAA5F\uAADE\uAADF\uAAF0\uAAF1\uABEB\uFD3E\uFD3F\uFE10-\uFE19\uFE30-\uFE52\uFE54-\uFE61\uFE63\uFE68\uFE6A\uFE6B\uFF01-\uFF03\uFF05-\uFF0A\uFF0C-\uFF0F\uFF1A\uFF1B\uFF1F\uFF20\uFF3B-\uFF3D\uFF3F\uFF5B\uFF5D\uFF5F-\uFF65]|\uD800[\uDD00-\uDD02\uDF9F\uDFD0]|\uD801\uDD6F|\uD802[\uDC57\uDD1F\uDD3F\uDE50-\uDE58\uDE7F\uDEF0-\uDEF6\uDF39-\uDF3F\uDF99-\uDF9C]|\uD803[\uDEAD\uDF55-\uDF59\uDF86-\uDF89]|\uD804[\uDC47-\uDC4D\uDCBB\uDCBC\uDCBE-\uDCC1\uDD40-\uDD43\uDD74\uDD75\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDDF\uDE38-\uDE3D\uDEA9]|\uD805[\uDC4B-\uDC4F\uDC5A\uDC5B\uDC5D\uDCC6\uDDC1-\uDDD7\uDE41-\uDE43\uDE60-\uDE6C\uDEB9\uDF3C-\uDF3E]|\uD806[\uDC3B\uDD44-\uDD46\uDDE2\uDE3F-\uDE46\uDE9A-\uDE9C\uDE9E-\uDEA2\uDF00-\uDF09]|\uD807[\uDC41-\uDC45\uDC70\uDC71\uDEF7\uDEF8\uDF43-\uDF4F\uDFFF]|\uD809[\uDC70-\uDC74]|\uD80B[\uDFF1\uDFF2]|\uD81A[\uDE6E\uDE6F\uDEF5\uDF37-\uDF3B\uDF44]|\uD81B[\uDE97-\uDE9A\uDFE2]|\uD82F\uDC9F|\uD836[\uDE87-\uDE8B]|\uD83A[\uDD5E\uDD5F]/;

// node_modules/uc.micro/categories/S/regex.mjs
var regex_default5 = /[\$\+<->\^`\|~\xA2-\xA6\xA8\xA9\xAC\xAE-\xB1\xB4\xB8\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0384\u0385\u03F6\u0482\u058D-\u058F\u0606-\u0608\u060B\u060E\u060F\u06DE\u06E9\u06FD\u06FE\u07F6\u07FE\u07FF\u0888\u09F2\u09F3\u09FA\u09FB\u0AF1\u0B70\u0BF3-\u0BFA\u0C7F\u0D4F\u0D79\u0E3F\u0F01-\u0F03\u0F13\u0F15-\u0F17\u0F1A-\u0F1F\u0F34\u0F36\u0F38\u0FBE-\u0FC5\u0FC7-\u0FCC\u0FCE\u0FCF\u0FD5-\u0FD8\u109E\u109F\u1390-\u1399\u166D\u17DB\u1940\u19DE-\u19FF\u1B61-\u1B6A\u1B74-\u1B7C\u1FBD\u1FBF-\u1FC1\u1FCD-\u1FCF\u1FDD-\u1FDF\u1FED-\u1FEF\u1FFD\u1FFE\u2044\u2052\u207A-\u207C\u208A-\u208C\u20A0-\u20C0\u2100\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F\u218A\u218B\u2190-\u2307\u230C-\u2328\u232B-\u2426\u2440-\u244A\u249C-\u24E9\u2500-\u2767\u2794-\u27C4\u27C7-\u27E5\u27F0-\u2982\u2999-\u29D7\u29DC-\u29FB\u29FE-\u2B73\u2B76-\u2B95\u2B97-\u2BFF\u2CE5-\u2CEA\u2E50\u2E51\u2E80-\u2E99\u2E9B-\u2EF3\u2F00-\u2FD5\u2FF0-\u2FFF\u3004\u3012\u3013\u3020\u3036\u3037\u303E\u303F\u309B\u309C\u3190\u3191\u3196-\u319F\u31C0-\u31E3\u31EF\u3200-\u321E\u322A-\u3247\u3250\u3260-\u327F\u328A-\u32B0\u32C0-\u33FF\u4DC0-\u4DFF\uA490-\uA4C6\uA700-\uA716\uA720\uA721\uA789\uA78A\uA828-\uA82B\uA836-\uA839\uAA77-\uAA79\uAB5B\uAB6A\uAB6B\uFB29\uFBB2-\uFBC2\uFD40-\uFD4F\uFDCF\uFDFC-\uFDFF\uFE62\uFE64-\uFE66\uFE69\uFF04\uFF0B\uFF1C-\uFF1E\uFF3E\uFF40\uFF5C\uFF5E\uFFE0-\uFFE6\uFFE8-\uFFEE\uFFFC\uFFFD]|\uD800[\uDD37-\uDD3F\uDD79-\uDD89\uDD8C-\uDD8E\uDD90-\uDD9C\uDDA0\uDDD0-\uDDFC]|\uD802[\uDC77\uDC78\uDEC8]|\uD805\uDF3F|\uD807[\uDFD5-\uDFF1]|\uD81A[\uDF3C-\uDF3F\uDF45]|\uD82F\uDC9C|\uD833[\uDF50-\uDFC3]|\uD834[\uDC00-\uDCF5\uDD00-\uDD26\uDD29-\uDD64\uDD6A-\uDD6C\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDDEA\uDE00-\uDE41\uDE45\uDF00-\uDF56]|\uD835[\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85\uDE86]|\uD838[\uDD4F\uDEFF]|\uD83B[\uDCAC\uDCB0\uDD2E\uDEF0\uDEF1]|\uD83C[\uDC00-\uDC2B\uDC30-\uDC93\uDCA0-\uDCAE\uDCB1-\uDCBF\uDCC1-\uDCCF\uDCD1-\uDCF5\uDD0D-\uDDAD\uDDE6-\uDE02\uDE10-\uDE3B\uDE40-\uDE48\uDE50\uDE51\uDE60-\uDE65\uDF00-\uDFFF]|\uD83D[\uDC00-\uDED7\uDEDC-\uDEEC\uDEF0-\uDEFC\uDF00-\uDF76\uDF7B-\uDFD9\uDFE0-\uDFEB\uDFF0]|\uD83E[\uDC00-\uDC0B\uDC10-\uDC47\uDC50-\uDC59\uDC60-\uDC87\uDC90-\uDCAD\uDCB0\uDCB1\uDD00-\uDE53\uDE60-\uDE6D\uDE70-\uDE7C\uDE80-\uDE88\uDE90-\uDEBD\uDEBF-\uDEC5\uDECE-\uDEDB\uDEE0-\uDEE8\uDEF0-\uDEF8\uDF00-\uDF92\uDF94-\uDFCA]/;

// node_modules/uc.micro/categories/Z/regex.mjs
var regex_default6 = /[ \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

// node_modules/markdown-it/node_modules/entities/lib/esm/generated/decode-data-html.js
var decode_data_html_default = new Uint16Array(
  // prettier-ignore
  'ᵁ<Õıʊҝջאٵ۞ޢߖࠏ੊ઑඡ๭༉༦჊ረዡᐕᒝᓃᓟᔥ\0\0\0\0\0\0ᕫᛍᦍᰒᷝ὾⁠↰⊍⏀⏻⑂⠤⤒ⴈ⹈⿎〖㊺㘹㞬㣾㨨㩱㫠㬮ࠀEMabcfglmnoprstu\\bfms¦³¹ÈÏlig耻Æ䃆P耻&䀦cute耻Á䃁reve;䄂Āiyx}rc耻Â䃂;䐐r;쀀𝔄rave耻À䃀pha;䎑acr;䄀d;橓Āgp¡on;䄄f;쀀𝔸plyFunction;恡ing耻Å䃅Ācs¾Ãr;쀀𝒜ign;扔ilde耻Ã䃃ml耻Ä䃄ЀaceforsuåûþėĜĢħĪĀcrêòkslash;或Ŷöø;櫧ed;挆y;䐑ƀcrtąċĔause;戵noullis;愬a;䎒r;쀀𝔅pf;쀀𝔹eve;䋘còēmpeq;扎܀HOacdefhilorsuōőŖƀƞƢƵƷƺǜȕɳɸɾcy;䐧PY耻©䂩ƀcpyŝŢźute;䄆Ā;iŧŨ拒talDifferentialD;慅leys;愭ȀaeioƉƎƔƘron;䄌dil耻Ç䃇rc;䄈nint;戰ot;䄊ĀdnƧƭilla;䂸terDot;䂷òſi;䎧rcleȀDMPTǇǋǑǖot;抙inus;抖lus;投imes;抗oĀcsǢǸkwiseContourIntegral;戲eCurlyĀDQȃȏoubleQuote;思uote;怙ȀlnpuȞȨɇɕonĀ;eȥȦ户;橴ƀgitȯȶȺruent;扡nt;戯ourIntegral;戮ĀfrɌɎ;愂oduct;成nterClockwiseContourIntegral;戳oss;樯cr;쀀𝒞pĀ;Cʄʅ拓ap;才րDJSZacefiosʠʬʰʴʸˋ˗ˡ˦̳ҍĀ;oŹʥtrahd;椑cy;䐂cy;䐅cy;䐏ƀgrsʿ˄ˇger;怡r;憡hv;櫤Āayː˕ron;䄎;䐔lĀ;t˝˞戇a;䎔r;쀀𝔇Āaf˫̧Ācm˰̢riticalȀADGT̖̜̀̆cute;䂴oŴ̋̍;䋙bleAcute;䋝rave;䁠ilde;䋜ond;拄ferentialD;慆Ѱ̽\0\0\0͔͂\0Ѕf;쀀𝔻ƀ;DE͈͉͍䂨ot;惜qual;扐blèCDLRUVͣͲ΂ϏϢϸontourIntegraìȹoɴ͹\0\0ͻ»͉nArrow;懓Āeo·ΤftƀARTΐΖΡrrow;懐ightArrow;懔eåˊngĀLRΫτeftĀARγιrrow;柸ightArrow;柺ightArrow;柹ightĀATϘϞrrow;懒ee;抨pɁϩ\0\0ϯrrow;懑ownArrow;懕erticalBar;戥ǹABLRTaВЪаўѿͼrrowƀ;BUНОТ憓ar;椓pArrow;懵reve;䌑eft˒к\0ц\0ѐightVector;楐eeVector;楞ectorĀ;Bљњ憽ar;楖ightǔѧ\0ѱeeVector;楟ectorĀ;BѺѻ懁ar;楗eeĀ;A҆҇护rrow;憧ĀctҒҗr;쀀𝒟rok;䄐ࠀNTacdfglmopqstuxҽӀӄӋӞӢӧӮӵԡԯԶՒ՝ՠեG;䅊H耻Ð䃐cute耻É䃉ƀaiyӒӗӜron;䄚rc耻Ê䃊;䐭ot;䄖r;쀀𝔈rave耻È䃈ement;戈ĀapӺӾcr;䄒tyɓԆ\0\0ԒmallSquare;旻erySmallSquare;斫ĀgpԦԪon;䄘f;쀀𝔼silon;䎕uĀaiԼՉlĀ;TՂՃ橵ilde;扂librium;懌Āci՗՚r;愰m;橳a;䎗ml耻Ë䃋Āipժկsts;戃onentialE;慇ʀcfiosօֈ֍ֲ׌y;䐤r;쀀𝔉lledɓ֗\0\0֣mallSquare;旼erySmallSquare;斪Ͱֺ\0ֿ\0\0ׄf;쀀𝔽All;戀riertrf;愱cò׋؀JTabcdfgorstר׬ׯ׺؀ؒؖ؛؝أ٬ٲcy;䐃耻>䀾mmaĀ;d׷׸䎓;䏜reve;䄞ƀeiy؇،ؐdil;䄢rc;䄜;䐓ot;䄠r;쀀𝔊;拙pf;쀀𝔾eater̀EFGLSTصلَٖٛ٦qualĀ;Lؾؿ扥ess;招ullEqual;执reater;檢ess;扷lantEqual;橾ilde;扳cr;쀀𝒢;扫ЀAacfiosuڅڋږڛڞڪھۊRDcy;䐪Āctڐڔek;䋇;䁞irc;䄤r;愌lbertSpace;愋ǰگ\0ڲf;愍izontalLine;攀Āctۃۅòکrok;䄦mpńېۘownHumðįqual;扏܀EJOacdfgmnostuۺ۾܃܇܎ܚܞܡܨ݄ݸދޏޕcy;䐕lig;䄲cy;䐁cute耻Í䃍Āiyܓܘrc耻Î䃎;䐘ot;䄰r;愑rave耻Ì䃌ƀ;apܠܯܿĀcgܴܷr;䄪inaryI;慈lieóϝǴ݉\0ݢĀ;eݍݎ戬Āgrݓݘral;戫section;拂isibleĀCTݬݲomma;恣imes;恢ƀgptݿރވon;䄮f;쀀𝕀a;䎙cr;愐ilde;䄨ǫޚ\0ޞcy;䐆l耻Ï䃏ʀcfosuެ޷޼߂ߐĀiyޱ޵rc;䄴;䐙r;쀀𝔍pf;쀀𝕁ǣ߇\0ߌr;쀀𝒥rcy;䐈kcy;䐄΀HJacfosߤߨ߽߬߱ࠂࠈcy;䐥cy;䐌ppa;䎚Āey߶߻dil;䄶;䐚r;쀀𝔎pf;쀀𝕂cr;쀀𝒦րJTaceflmostࠥࠩࠬࡐࡣ঳সে্਷ੇcy;䐉耻<䀼ʀcmnpr࠷࠼ࡁࡄࡍute;䄹bda;䎛g;柪lacetrf;愒r;憞ƀaeyࡗ࡜ࡡron;䄽dil;䄻;䐛Āfsࡨ॰tԀACDFRTUVarࡾࢩࢱࣦ࣠ࣼयज़ΐ४Ānrࢃ࢏gleBracket;柨rowƀ;BR࢙࢚࢞憐ar;懤ightArrow;懆eiling;挈oǵࢷ\0ࣃbleBracket;柦nǔࣈ\0࣒eeVector;楡ectorĀ;Bࣛࣜ懃ar;楙loor;挊ightĀAV࣯ࣵrrow;憔ector;楎Āerँगeƀ;AVउऊऐ抣rrow;憤ector;楚iangleƀ;BEतथऩ抲ar;槏qual;抴pƀDTVषूौownVector;楑eeVector;楠ectorĀ;Bॖॗ憿ar;楘ectorĀ;B॥०憼ar;楒ightáΜs̀EFGLSTॾঋকঝঢভqualGreater;拚ullEqual;扦reater;扶ess;檡lantEqual;橽ilde;扲r;쀀𝔏Ā;eঽা拘ftarrow;懚idot;䄿ƀnpw৔ਖਛgȀLRlr৞৷ਂਐeftĀAR০৬rrow;柵ightArrow;柷ightArrow;柶eftĀarγਊightáοightáϊf;쀀𝕃erĀLRਢਬeftArrow;憙ightArrow;憘ƀchtਾੀੂòࡌ;憰rok;䅁;扪Ѐacefiosuਗ਼੝੠੷੼અઋ઎p;椅y;䐜Ādl੥੯iumSpace;恟lintrf;愳r;쀀𝔐nusPlus;戓pf;쀀𝕄cò੶;䎜ҀJacefostuણધભીଔଙඑ඗ඞcy;䐊cute;䅃ƀaey઴હાron;䅇dil;䅅;䐝ƀgswે૰଎ativeƀMTV૓૟૨ediumSpace;怋hiĀcn૦૘ë૙eryThiî૙tedĀGL૸ଆreaterGreateòٳessLesóੈLine;䀊r;쀀𝔑ȀBnptଢନଷ଺reak;恠BreakingSpace;䂠f;愕ڀ;CDEGHLNPRSTV୕ୖ୪୼஡௫ఄ౞಄ದ೘ൡඅ櫬Āou୛୤ngruent;扢pCap;扭oubleVerticalBar;戦ƀlqxஃஊ஛ement;戉ualĀ;Tஒஓ扠ilde;쀀≂̸ists;戄reater΀;EFGLSTஶஷ஽௉௓௘௥扯qual;扱ullEqual;쀀≧̸reater;쀀≫̸ess;批lantEqual;쀀⩾̸ilde;扵umpń௲௽ownHump;쀀≎̸qual;쀀≏̸eĀfsఊధtTriangleƀ;BEచఛడ拪ar;쀀⧏̸qual;括s̀;EGLSTవశ఼ౄోౘ扮qual;扰reater;扸ess;쀀≪̸lantEqual;쀀⩽̸ilde;扴estedĀGL౨౹reaterGreater;쀀⪢̸essLess;쀀⪡̸recedesƀ;ESಒಓಛ技qual;쀀⪯̸lantEqual;拠ĀeiಫಹverseElement;戌ghtTriangleƀ;BEೋೌ೒拫ar;쀀⧐̸qual;拭ĀquೝഌuareSuĀbp೨೹setĀ;E೰ೳ쀀⊏̸qual;拢ersetĀ;Eഃആ쀀⊐̸qual;拣ƀbcpഓതൎsetĀ;Eഛഞ쀀⊂⃒qual;抈ceedsȀ;ESTലള഻െ抁qual;쀀⪰̸lantEqual;拡ilde;쀀≿̸ersetĀ;E൘൛쀀⊃⃒qual;抉ildeȀ;EFT൮൯൵ൿ扁qual;扄ullEqual;扇ilde;扉erticalBar;戤cr;쀀𝒩ilde耻Ñ䃑;䎝܀Eacdfgmoprstuvලෂ෉෕ෛ෠෧෼ขภยา฿ไlig;䅒cute耻Ó䃓Āiy෎ීrc耻Ô䃔;䐞blac;䅐r;쀀𝔒rave耻Ò䃒ƀaei෮ෲ෶cr;䅌ga;䎩cron;䎟pf;쀀𝕆enCurlyĀDQฎบoubleQuote;怜uote;怘;橔Āclวฬr;쀀𝒪ash耻Ø䃘iŬื฼de耻Õ䃕es;樷ml耻Ö䃖erĀBP๋๠Āar๐๓r;怾acĀek๚๜;揞et;掴arenthesis;揜Ҁacfhilors๿ງຊຏຒດຝະ໼rtialD;戂y;䐟r;쀀𝔓i;䎦;䎠usMinus;䂱Āipຢອncareplanåڝf;愙Ȁ;eio຺ູ໠໤檻cedesȀ;EST່້໏໚扺qual;檯lantEqual;扼ilde;找me;怳Ādp໩໮uct;戏ortionĀ;aȥ໹l;戝Āci༁༆r;쀀𝒫;䎨ȀUfos༑༖༛༟OT耻"䀢r;쀀𝔔pf;愚cr;쀀𝒬؀BEacefhiorsu༾གྷཇའཱིྦྷྪྭ႖ႩႴႾarr;椐G耻®䂮ƀcnrཎནབute;䅔g;柫rĀ;tཛྷཝ憠l;椖ƀaeyཧཬཱron;䅘dil;䅖;䐠Ā;vླྀཹ愜erseĀEUྂྙĀlq྇ྎement;戋uilibrium;懋pEquilibrium;楯r»ཹo;䎡ghtЀACDFTUVa࿁࿫࿳ဢဨၛႇϘĀnr࿆࿒gleBracket;柩rowƀ;BL࿜࿝࿡憒ar;懥eftArrow;懄eiling;按oǵ࿹\0စbleBracket;柧nǔည\0နeeVector;楝ectorĀ;Bဝသ懂ar;楕loor;挋Āerိ၃eƀ;AVဵံြ抢rrow;憦ector;楛iangleƀ;BEၐၑၕ抳ar;槐qual;抵pƀDTVၣၮၸownVector;楏eeVector;楜ectorĀ;Bႂႃ憾ar;楔ectorĀ;B႑႒懀ar;楓Āpuႛ႞f;愝ndImplies;楰ightarrow;懛ĀchႹႼr;愛;憱leDelayed;槴ڀHOacfhimoqstuფჱჷჽᄙᄞᅑᅖᅡᅧᆵᆻᆿĀCcჩხHcy;䐩y;䐨FTcy;䐬cute;䅚ʀ;aeiyᄈᄉᄎᄓᄗ檼ron;䅠dil;䅞rc;䅜;䐡r;쀀𝔖ortȀDLRUᄪᄴᄾᅉownArrow»ОeftArrow»࢚ightArrow»࿝pArrow;憑gma;䎣allCircle;战pf;쀀𝕊ɲᅭ\0\0ᅰt;戚areȀ;ISUᅻᅼᆉᆯ斡ntersection;抓uĀbpᆏᆞsetĀ;Eᆗᆘ抏qual;抑ersetĀ;Eᆨᆩ抐qual;抒nion;抔cr;쀀𝒮ar;拆ȀbcmpᇈᇛሉላĀ;sᇍᇎ拐etĀ;Eᇍᇕqual;抆ĀchᇠህeedsȀ;ESTᇭᇮᇴᇿ扻qual;檰lantEqual;扽ilde;承Tháྌ;我ƀ;esሒሓሣ拑rsetĀ;Eሜም抃qual;抇et»ሓրHRSacfhiorsሾቄ቉ቕ቞ቱቶኟዂወዑORN耻Þ䃞ADE;愢ĀHc቎ቒcy;䐋y;䐦Ābuቚቜ;䀉;䎤ƀaeyብቪቯron;䅤dil;䅢;䐢r;쀀𝔗Āeiቻ኉ǲኀ\0ኇefore;戴a;䎘Ācn኎ኘkSpace;쀀  Space;怉ldeȀ;EFTካኬኲኼ戼qual;扃ullEqual;扅ilde;扈pf;쀀𝕋ipleDot;惛Āctዖዛr;쀀𝒯rok;䅦ૡዷጎጚጦ\0ጬጱ\0\0\0\0\0ጸጽ፷ᎅ\0᏿ᐄᐊᐐĀcrዻጁute耻Ú䃚rĀ;oጇገ憟cir;楉rǣጓ\0጖y;䐎ve;䅬Āiyጞጣrc耻Û䃛;䐣blac;䅰r;쀀𝔘rave耻Ù䃙acr;䅪Ādiፁ፩erĀBPፈ፝Āarፍፐr;䁟acĀekፗፙ;揟et;掵arenthesis;揝onĀ;P፰፱拃lus;抎Āgp፻፿on;䅲f;쀀𝕌ЀADETadps᎕ᎮᎸᏄϨᏒᏗᏳrrowƀ;BDᅐᎠᎤar;椒ownArrow;懅ownArrow;憕quilibrium;楮eeĀ;AᏋᏌ报rrow;憥ownáϳerĀLRᏞᏨeftArrow;憖ightArrow;憗iĀ;lᏹᏺ䏒on;䎥ing;䅮cr;쀀𝒰ilde;䅨ml耻Ü䃜ҀDbcdefosvᐧᐬᐰᐳᐾᒅᒊᒐᒖash;披ar;櫫y;䐒ashĀ;lᐻᐼ抩;櫦Āerᑃᑅ;拁ƀbtyᑌᑐᑺar;怖Ā;iᑏᑕcalȀBLSTᑡᑥᑪᑴar;戣ine;䁼eparator;杘ilde;所ThinSpace;怊r;쀀𝔙pf;쀀𝕍cr;쀀𝒱dash;抪ʀcefosᒧᒬᒱᒶᒼirc;䅴dge;拀r;쀀𝔚pf;쀀𝕎cr;쀀𝒲Ȁfiosᓋᓐᓒᓘr;쀀𝔛;䎞pf;쀀𝕏cr;쀀𝒳ҀAIUacfosuᓱᓵᓹᓽᔄᔏᔔᔚᔠcy;䐯cy;䐇cy;䐮cute耻Ý䃝Āiyᔉᔍrc;䅶;䐫r;쀀𝔜pf;쀀𝕐cr;쀀𝒴ml;䅸ЀHacdefosᔵᔹᔿᕋᕏᕝᕠᕤcy;䐖cute;䅹Āayᕄᕉron;䅽;䐗ot;䅻ǲᕔ\0ᕛoWidtè૙a;䎖r;愨pf;愤cr;쀀𝒵௡ᖃᖊᖐ\0ᖰᖶᖿ\0\0\0\0ᗆᗛᗫᙟ᙭\0ᚕ᚛ᚲᚹ\0ᚾcute耻á䃡reve;䄃̀;Ediuyᖜᖝᖡᖣᖨᖭ戾;쀀∾̳;房rc耻â䃢te肻´̆;䐰lig耻æ䃦Ā;r²ᖺ;쀀𝔞rave耻à䃠ĀepᗊᗖĀfpᗏᗔsym;愵èᗓha;䎱ĀapᗟcĀclᗤᗧr;䄁g;樿ɤᗰ\0\0ᘊʀ;adsvᗺᗻᗿᘁᘇ戧nd;橕;橜lope;橘;橚΀;elmrszᘘᘙᘛᘞᘿᙏᙙ戠;榤e»ᘙsdĀ;aᘥᘦ戡ѡᘰᘲᘴᘶᘸᘺᘼᘾ;榨;榩;榪;榫;榬;榭;榮;榯tĀ;vᙅᙆ戟bĀ;dᙌᙍ抾;榝Āptᙔᙗh;戢»¹arr;捼Āgpᙣᙧon;䄅f;쀀𝕒΀;Eaeiop዁ᙻᙽᚂᚄᚇᚊ;橰cir;橯;扊d;手s;䀧roxĀ;e዁ᚒñᚃing耻å䃥ƀctyᚡᚦᚨr;쀀𝒶;䀪mpĀ;e዁ᚯñʈilde耻ã䃣ml耻ä䃤Āciᛂᛈoninôɲnt;樑ࠀNabcdefiklnoprsu᛭ᛱᜰ᜼ᝃᝈ᝸᝽០៦ᠹᡐᜍ᤽᥈ᥰot;櫭Ācrᛶ᜞kȀcepsᜀᜅᜍᜓong;扌psilon;䏶rime;怵imĀ;e᜚᜛戽q;拍Ŷᜢᜦee;抽edĀ;gᜬᜭ挅e»ᜭrkĀ;t፜᜷brk;掶Āoyᜁᝁ;䐱quo;怞ʀcmprtᝓ᝛ᝡᝤᝨausĀ;eĊĉptyv;榰séᜌnoõēƀahwᝯ᝱ᝳ;䎲;愶een;扬r;쀀𝔟g΀costuvwឍឝឳេ៕៛៞ƀaiuបពរðݠrc;旯p»፱ƀdptឤឨឭot;樀lus;樁imes;樂ɱឹ\0\0ើcup;樆ar;昅riangleĀdu៍្own;施p;斳plus;樄eåᑄåᒭarow;植ƀako៭ᠦᠵĀcn៲ᠣkƀlst៺֫᠂ozenge;槫riangleȀ;dlr᠒᠓᠘᠝斴own;斾eft;旂ight;斸k;搣Ʊᠫ\0ᠳƲᠯ\0ᠱ;斒;斑4;斓ck;斈ĀeoᠾᡍĀ;qᡃᡆ쀀=⃥uiv;쀀≡⃥t;挐Ȁptwxᡙᡞᡧᡬf;쀀𝕓Ā;tᏋᡣom»Ꮜtie;拈؀DHUVbdhmptuvᢅᢖᢪᢻᣗᣛᣬ᣿ᤅᤊᤐᤡȀLRlrᢎᢐᢒᢔ;敗;敔;敖;敓ʀ;DUduᢡᢢᢤᢦᢨ敐;敦;敩;敤;敧ȀLRlrᢳᢵᢷᢹ;敝;敚;敜;教΀;HLRhlrᣊᣋᣍᣏᣑᣓᣕ救;敬;散;敠;敫;敢;敟ox;槉ȀLRlrᣤᣦᣨᣪ;敕;敒;攐;攌ʀ;DUduڽ᣷᣹᣻᣽;敥;敨;攬;攴inus;抟lus;択imes;抠ȀLRlrᤙᤛᤝ᤟;敛;敘;攘;攔΀;HLRhlrᤰᤱᤳᤵᤷ᤻᤹攂;敪;敡;敞;攼;攤;攜Āevģ᥂bar耻¦䂦Ȁceioᥑᥖᥚᥠr;쀀𝒷mi;恏mĀ;e᜚᜜lƀ;bhᥨᥩᥫ䁜;槅sub;柈Ŭᥴ᥾lĀ;e᥹᥺怢t»᥺pƀ;Eeįᦅᦇ;檮Ā;qۜۛೡᦧ\0᧨ᨑᨕᨲ\0ᨷᩐ\0\0᪴\0\0᫁\0\0ᬡᬮ᭍᭒\0᯽\0ᰌƀcpr᦭ᦲ᧝ute;䄇̀;abcdsᦿᧀᧄ᧊᧕᧙戩nd;橄rcup;橉Āau᧏᧒p;橋p;橇ot;橀;쀀∩︀Āeo᧢᧥t;恁îړȀaeiu᧰᧻ᨁᨅǰ᧵\0᧸s;橍on;䄍dil耻ç䃧rc;䄉psĀ;sᨌᨍ橌m;橐ot;䄋ƀdmnᨛᨠᨦil肻¸ƭptyv;榲t脀¢;eᨭᨮ䂢räƲr;쀀𝔠ƀceiᨽᩀᩍy;䑇ckĀ;mᩇᩈ朓ark»ᩈ;䏇r΀;Ecefms᩟᩠ᩢᩫ᪤᪪᪮旋;槃ƀ;elᩩᩪᩭ䋆q;扗eɡᩴ\0\0᪈rrowĀlr᩼᪁eft;憺ight;憻ʀRSacd᪒᪔᪖᪚᪟»ཇ;擈st;抛irc;抚ash;抝nint;樐id;櫯cir;槂ubsĀ;u᪻᪼晣it»᪼ˬ᫇᫔᫺\0ᬊonĀ;eᫍᫎ䀺Ā;qÇÆɭ᫙\0\0᫢aĀ;t᫞᫟䀬;䁀ƀ;fl᫨᫩᫫戁îᅠeĀmx᫱᫶ent»᫩eóɍǧ᫾\0ᬇĀ;dኻᬂot;橭nôɆƀfryᬐᬔᬗ;쀀𝕔oäɔ脀©;sŕᬝr;愗Āaoᬥᬩrr;憵ss;朗Ācuᬲᬷr;쀀𝒸Ābpᬼ᭄Ā;eᭁᭂ櫏;櫑Ā;eᭉᭊ櫐;櫒dot;拯΀delprvw᭠᭬᭷ᮂᮬᯔ᯹arrĀlr᭨᭪;椸;椵ɰ᭲\0\0᭵r;拞c;拟arrĀ;p᭿ᮀ憶;椽̀;bcdosᮏᮐᮖᮡᮥᮨ截rcap;橈Āauᮛᮞp;橆p;橊ot;抍r;橅;쀀∪︀Ȁalrv᮵ᮿᯞᯣrrĀ;mᮼᮽ憷;椼yƀevwᯇᯔᯘqɰᯎ\0\0ᯒreã᭳uã᭵ee;拎edge;拏en耻¤䂤earrowĀlrᯮ᯳eft»ᮀight»ᮽeäᯝĀciᰁᰇoninôǷnt;戱lcty;挭ঀAHabcdefhijlorstuwz᰸᰻᰿ᱝᱩᱵᲊᲞᲬᲷ᳻᳿ᴍᵻᶑᶫᶻ᷆᷍rò΁ar;楥Ȁglrs᱈ᱍ᱒᱔ger;怠eth;愸òᄳhĀ;vᱚᱛ怐»ऊūᱡᱧarow;椏aã̕Āayᱮᱳron;䄏;䐴ƀ;ao̲ᱼᲄĀgrʿᲁr;懊tseq;橷ƀglmᲑᲔᲘ耻°䂰ta;䎴ptyv;榱ĀirᲣᲨsht;楿;쀀𝔡arĀlrᲳᲵ»ࣜ»သʀaegsv᳂͸᳖᳜᳠mƀ;oș᳊᳔ndĀ;ș᳑uit;晦amma;䏝in;拲ƀ;io᳧᳨᳸䃷de脀÷;o᳧ᳰntimes;拇nø᳷cy;䑒cɯᴆ\0\0ᴊrn;挞op;挍ʀlptuwᴘᴝᴢᵉᵕlar;䀤f;쀀𝕕ʀ;emps̋ᴭᴷᴽᵂqĀ;d͒ᴳot;扑inus;戸lus;戔quare;抡blebarwedgåúnƀadhᄮᵝᵧownarrowóᲃarpoonĀlrᵲᵶefôᲴighôᲶŢᵿᶅkaro÷གɯᶊ\0\0ᶎrn;挟op;挌ƀcotᶘᶣᶦĀryᶝᶡ;쀀𝒹;䑕l;槶rok;䄑Ādrᶰᶴot;拱iĀ;fᶺ᠖斿Āah᷀᷃ròЩaòྦangle;榦Āci᷒ᷕy;䑟grarr;柿ऀDacdefglmnopqrstuxḁḉḙḸոḼṉṡṾấắẽỡἪἷὄ὎὚ĀDoḆᴴoôᲉĀcsḎḔute耻é䃩ter;橮ȀaioyḢḧḱḶron;䄛rĀ;cḭḮ扖耻ê䃪lon;払;䑍ot;䄗ĀDrṁṅot;扒;쀀𝔢ƀ;rsṐṑṗ檚ave耻è䃨Ā;dṜṝ檖ot;檘Ȁ;ilsṪṫṲṴ檙nters;揧;愓Ā;dṹṺ檕ot;檗ƀapsẅẉẗcr;䄓tyƀ;svẒẓẕ戅et»ẓpĀ1;ẝẤĳạả;怄;怅怃ĀgsẪẬ;䅋p;怂ĀgpẴẸon;䄙f;쀀𝕖ƀalsỄỎỒrĀ;sỊị拕l;槣us;橱iƀ;lvỚớở䎵on»ớ;䏵ȀcsuvỪỳἋἣĀioữḱrc»Ḯɩỹ\0\0ỻíՈantĀglἂἆtr»ṝess»Ṻƀaeiἒ἖Ἒls;䀽st;扟vĀ;DȵἠD;橸parsl;槥ĀDaἯἳot;打rr;楱ƀcdiἾὁỸr;愯oô͒ĀahὉὋ;䎷耻ð䃰Āmrὓὗl耻ë䃫o;悬ƀcipὡὤὧl;䀡sôծĀeoὬὴctatioîՙnentialåչৡᾒ\0ᾞ\0ᾡᾧ\0\0ῆῌ\0ΐ\0ῦῪ \0 ⁚llingdotseñṄy;䑄male;晀ƀilrᾭᾳ῁lig;耀ﬃɩᾹ\0\0᾽g;耀ﬀig;耀ﬄ;쀀𝔣lig;耀ﬁlig;쀀fjƀaltῙ῜ῡt;晭ig;耀ﬂns;斱of;䆒ǰ΅\0ῳf;쀀𝕗ĀakֿῷĀ;vῼ´拔;櫙artint;樍Āao‌⁕Ācs‑⁒α‚‰‸⁅⁈\0⁐β•‥‧‪‬\0‮耻½䂽;慓耻¼䂼;慕;慙;慛Ƴ‴\0‶;慔;慖ʴ‾⁁\0\0⁃耻¾䂾;慗;慜5;慘ƶ⁌\0⁎;慚;慝8;慞l;恄wn;挢cr;쀀𝒻ࢀEabcdefgijlnorstv₂₉₟₥₰₴⃰⃵⃺⃿℃ℒℸ̗ℾ⅒↞Ā;lٍ₇;檌ƀcmpₐₕ₝ute;䇵maĀ;dₜ᳚䎳;檆reve;䄟Āiy₪₮rc;䄝;䐳ot;䄡Ȁ;lqsؾق₽⃉ƀ;qsؾٌ⃄lanô٥Ȁ;cdl٥⃒⃥⃕c;檩otĀ;o⃜⃝檀Ā;l⃢⃣檂;檄Ā;e⃪⃭쀀⋛︀s;檔r;쀀𝔤Ā;gٳ؛mel;愷cy;䑓Ȁ;Eajٚℌℎℐ;檒;檥;檤ȀEaesℛℝ℩ℴ;扩pĀ;p℣ℤ檊rox»ℤĀ;q℮ℯ檈Ā;q℮ℛim;拧pf;쀀𝕘Āci⅃ⅆr;愊mƀ;el٫ⅎ⅐;檎;檐茀>;cdlqr׮ⅠⅪⅮⅳⅹĀciⅥⅧ;檧r;橺ot;拗Par;榕uest;橼ʀadelsↄⅪ←ٖ↛ǰ↉\0↎proø₞r;楸qĀlqؿ↖lesó₈ií٫Āen↣↭rtneqq;쀀≩︀Å↪ԀAabcefkosy⇄⇇⇱⇵⇺∘∝∯≨≽ròΠȀilmr⇐⇔⇗⇛rsðᒄf»․ilôکĀdr⇠⇤cy;䑊ƀ;cwࣴ⇫⇯ir;楈;憭ar;意irc;䄥ƀalr∁∎∓rtsĀ;u∉∊晥it»∊lip;怦con;抹r;쀀𝔥sĀew∣∩arow;椥arow;椦ʀamopr∺∾≃≞≣rr;懿tht;戻kĀlr≉≓eftarrow;憩ightarrow;憪f;쀀𝕙bar;怕ƀclt≯≴≸r;쀀𝒽asè⇴rok;䄧Ābp⊂⊇ull;恃hen»ᱛૡ⊣\0⊪\0⊸⋅⋎\0⋕⋳\0\0⋸⌢⍧⍢⍿\0⎆⎪⎴cute耻í䃭ƀ;iyݱ⊰⊵rc耻î䃮;䐸Ācx⊼⊿y;䐵cl耻¡䂡ĀfrΟ⋉;쀀𝔦rave耻ì䃬Ȁ;inoܾ⋝⋩⋮Āin⋢⋦nt;樌t;戭fin;槜ta;愩lig;䄳ƀaop⋾⌚⌝ƀcgt⌅⌈⌗r;䄫ƀelpܟ⌏⌓inåގarôܠh;䄱f;抷ed;䆵ʀ;cfotӴ⌬⌱⌽⍁are;愅inĀ;t⌸⌹戞ie;槝doô⌙ʀ;celpݗ⍌⍐⍛⍡al;抺Āgr⍕⍙eróᕣã⍍arhk;樗rod;樼Ȁcgpt⍯⍲⍶⍻y;䑑on;䄯f;쀀𝕚a;䎹uest耻¿䂿Āci⎊⎏r;쀀𝒾nʀ;EdsvӴ⎛⎝⎡ӳ;拹ot;拵Ā;v⎦⎧拴;拳Ā;iݷ⎮lde;䄩ǫ⎸\0⎼cy;䑖l耻ï䃯̀cfmosu⏌⏗⏜⏡⏧⏵Āiy⏑⏕rc;䄵;䐹r;쀀𝔧ath;䈷pf;쀀𝕛ǣ⏬\0⏱r;쀀𝒿rcy;䑘kcy;䑔Ѐacfghjos␋␖␢␧␭␱␵␻ppaĀ;v␓␔䎺;䏰Āey␛␠dil;䄷;䐺r;쀀𝔨reen;䄸cy;䑅cy;䑜pf;쀀𝕜cr;쀀𝓀஀ABEHabcdefghjlmnoprstuv⑰⒁⒆⒍⒑┎┽╚▀♎♞♥♹♽⚚⚲⛘❝❨➋⟀⠁⠒ƀart⑷⑺⑼rò৆òΕail;椛arr;椎Ā;gঔ⒋;檋ar;楢ॣ⒥\0⒪\0⒱\0\0\0\0\0⒵Ⓔ\0ⓆⓈⓍ\0⓹ute;䄺mptyv;榴raîࡌbda;䎻gƀ;dlࢎⓁⓃ;榑åࢎ;檅uo耻«䂫rЀ;bfhlpst࢙ⓞⓦⓩ⓫⓮⓱⓵Ā;f࢝ⓣs;椟s;椝ë≒p;憫l;椹im;楳l;憢ƀ;ae⓿─┄檫il;椙Ā;s┉┊檭;쀀⪭︀ƀabr┕┙┝rr;椌rk;杲Āak┢┬cĀek┨┪;䁻;䁛Āes┱┳;榋lĀdu┹┻;榏;榍Ȁaeuy╆╋╖╘ron;䄾Ādi═╔il;䄼ìࢰâ┩;䐻Ȁcqrs╣╦╭╽a;椶uoĀ;rนᝆĀdu╲╷har;楧shar;楋h;憲ʀ;fgqs▋▌উ◳◿扤tʀahlrt▘▤▷◂◨rrowĀ;t࢙□aé⓶arpoonĀdu▯▴own»њp»०eftarrows;懇ightƀahs◍◖◞rrowĀ;sࣴࢧarpoonó྘quigarro÷⇰hreetimes;拋ƀ;qs▋ও◺lanôবʀ;cdgsব☊☍☝☨c;檨otĀ;o☔☕橿Ā;r☚☛檁;檃Ā;e☢☥쀀⋚︀s;檓ʀadegs☳☹☽♉♋pproøⓆot;拖qĀgq♃♅ôউgtò⒌ôছiíলƀilr♕࣡♚sht;楼;쀀𝔩Ā;Eজ♣;檑š♩♶rĀdu▲♮Ā;l॥♳;楪lk;斄cy;䑙ʀ;achtੈ⚈⚋⚑⚖rò◁orneòᴈard;楫ri;旺Āio⚟⚤dot;䅀ustĀ;a⚬⚭掰che»⚭ȀEaes⚻⚽⛉⛔;扨pĀ;p⛃⛄檉rox»⛄Ā;q⛎⛏檇Ā;q⛎⚻im;拦Ѐabnoptwz⛩⛴⛷✚✯❁❇❐Ānr⛮⛱g;柬r;懽rëࣁgƀlmr⛿✍✔eftĀar০✇ightá৲apsto;柼ightá৽parrowĀlr✥✩efô⓭ight;憬ƀafl✶✹✽r;榅;쀀𝕝us;樭imes;樴š❋❏st;戗áፎƀ;ef❗❘᠀旊nge»❘arĀ;l❤❥䀨t;榓ʀachmt❳❶❼➅➇ròࢨorneòᶌarĀ;d྘➃;業;怎ri;抿̀achiqt➘➝ੀ➢➮➻quo;怹r;쀀𝓁mƀ;egল➪➬;檍;檏Ābu┪➳oĀ;rฟ➹;怚rok;䅂萀<;cdhilqrࠫ⟒☹⟜⟠⟥⟪⟰Āci⟗⟙;檦r;橹reå◲mes;拉arr;楶uest;橻ĀPi⟵⟹ar;榖ƀ;ef⠀भ᠛旃rĀdu⠇⠍shar;楊har;楦Āen⠗⠡rtneqq;쀀≨︀Å⠞܀Dacdefhilnopsu⡀⡅⢂⢎⢓⢠⢥⢨⣚⣢⣤ઃ⣳⤂Dot;戺Ȁclpr⡎⡒⡣⡽r耻¯䂯Āet⡗⡙;時Ā;e⡞⡟朠se»⡟Ā;sျ⡨toȀ;dluျ⡳⡷⡻owîҌefôएðᏑker;斮Āoy⢇⢌mma;権;䐼ash;怔asuredangle»ᘦr;쀀𝔪o;愧ƀcdn⢯⢴⣉ro耻µ䂵Ȁ;acdᑤ⢽⣀⣄sôᚧir;櫰ot肻·Ƶusƀ;bd⣒ᤃ⣓戒Ā;uᴼ⣘;横ţ⣞⣡p;櫛ò−ðઁĀdp⣩⣮els;抧f;쀀𝕞Āct⣸⣽r;쀀𝓂pos»ᖝƀ;lm⤉⤊⤍䎼timap;抸ఀGLRVabcdefghijlmoprstuvw⥂⥓⥾⦉⦘⧚⧩⨕⨚⩘⩝⪃⪕⪤⪨⬄⬇⭄⭿⮮ⰴⱧⱼ⳩Āgt⥇⥋;쀀⋙̸Ā;v⥐௏쀀≫⃒ƀelt⥚⥲⥶ftĀar⥡⥧rrow;懍ightarrow;懎;쀀⋘̸Ā;v⥻ే쀀≪⃒ightarrow;懏ĀDd⦎⦓ash;抯ash;抮ʀbcnpt⦣⦧⦬⦱⧌la»˞ute;䅄g;쀀∠⃒ʀ;Eiop඄⦼⧀⧅⧈;쀀⩰̸d;쀀≋̸s;䅉roø඄urĀ;a⧓⧔普lĀ;s⧓ସǳ⧟\0⧣p肻 ଷmpĀ;e௹ఀʀaeouy⧴⧾⨃⨐⨓ǰ⧹\0⧻;橃on;䅈dil;䅆ngĀ;dൾ⨊ot;쀀⩭̸p;橂;䐽ash;怓΀;Aadqsxஒ⨩⨭⨻⩁⩅⩐rr;懗rĀhr⨳⨶k;椤Ā;oᏲᏰot;쀀≐̸uiöୣĀei⩊⩎ar;椨í஘istĀ;s஠டr;쀀𝔫ȀEest௅⩦⩹⩼ƀ;qs஼⩭௡ƀ;qs஼௅⩴lanô௢ií௪Ā;rஶ⪁»ஷƀAap⪊⪍⪑rò⥱rr;憮ar;櫲ƀ;svྍ⪜ྌĀ;d⪡⪢拼;拺cy;䑚΀AEadest⪷⪺⪾⫂⫅⫶⫹rò⥦;쀀≦̸rr;憚r;急Ȁ;fqs఻⫎⫣⫯tĀar⫔⫙rro÷⫁ightarro÷⪐ƀ;qs఻⪺⫪lanôౕĀ;sౕ⫴»శiíౝĀ;rవ⫾iĀ;eచథiäඐĀpt⬌⬑f;쀀𝕟膀¬;in⬙⬚⬶䂬nȀ;Edvஉ⬤⬨⬮;쀀⋹̸ot;쀀⋵̸ǡஉ⬳⬵;拷;拶iĀ;vಸ⬼ǡಸ⭁⭃;拾;拽ƀaor⭋⭣⭩rȀ;ast୻⭕⭚⭟lleì୻l;쀀⫽⃥;쀀∂̸lint;樔ƀ;ceಒ⭰⭳uåಥĀ;cಘ⭸Ā;eಒ⭽ñಘȀAait⮈⮋⮝⮧rò⦈rrƀ;cw⮔⮕⮙憛;쀀⤳̸;쀀↝̸ghtarrow»⮕riĀ;eೋೖ΀chimpqu⮽⯍⯙⬄୸⯤⯯Ȁ;cerല⯆ഷ⯉uå൅;쀀𝓃ortɭ⬅\0\0⯖ará⭖mĀ;e൮⯟Ā;q൴൳suĀbp⯫⯭å೸åഋƀbcp⯶ⰑⰙȀ;Ees⯿ⰀഢⰄ抄;쀀⫅̸etĀ;eഛⰋqĀ;qണⰀcĀ;eലⰗñസȀ;EesⰢⰣൟⰧ抅;쀀⫆̸etĀ;e൘ⰮqĀ;qൠⰣȀgilrⰽⰿⱅⱇìௗlde耻ñ䃱çృiangleĀlrⱒⱜeftĀ;eచⱚñదightĀ;eೋⱥñ೗Ā;mⱬⱭ䎽ƀ;esⱴⱵⱹ䀣ro;愖p;怇ҀDHadgilrsⲏⲔⲙⲞⲣⲰⲶⳓⳣash;抭arr;椄p;쀀≍⃒ash;抬ĀetⲨⲬ;쀀≥⃒;쀀>⃒nfin;槞ƀAetⲽⳁⳅrr;椂;쀀≤⃒Ā;rⳊⳍ쀀<⃒ie;쀀⊴⃒ĀAtⳘⳜrr;椃rie;쀀⊵⃒im;쀀∼⃒ƀAan⳰⳴ⴂrr;懖rĀhr⳺⳽k;椣Ā;oᏧᏥear;椧ቓ᪕\0\0\0\0\0\0\0\0\0\0\0\0\0ⴭ\0ⴸⵈⵠⵥ⵲ⶄᬇ\0\0ⶍⶫ\0ⷈⷎ\0ⷜ⸙⸫⸾⹃Ācsⴱ᪗ute耻ó䃳ĀiyⴼⵅrĀ;c᪞ⵂ耻ô䃴;䐾ʀabios᪠ⵒⵗǈⵚlac;䅑v;樸old;榼lig;䅓Ācr⵩⵭ir;榿;쀀𝔬ͯ⵹\0\0⵼\0ⶂn;䋛ave耻ò䃲;槁Ābmⶈ෴ar;榵Ȁacitⶕ⶘ⶥⶨrò᪀Āir⶝ⶠr;榾oss;榻nå๒;槀ƀaeiⶱⶵⶹcr;䅍ga;䏉ƀcdnⷀⷅǍron;䎿;榶pf;쀀𝕠ƀaelⷔ⷗ǒr;榷rp;榹΀;adiosvⷪⷫⷮ⸈⸍⸐⸖戨rò᪆Ȁ;efmⷷⷸ⸂⸅橝rĀ;oⷾⷿ愴f»ⷿ耻ª䂪耻º䂺gof;抶r;橖lope;橗;橛ƀclo⸟⸡⸧ò⸁ash耻ø䃸l;折iŬⸯ⸴de耻õ䃵esĀ;aǛ⸺s;樶ml耻ö䃶bar;挽ૡ⹞\0⹽\0⺀⺝\0⺢⺹\0\0⻋ຜ\0⼓\0\0⼫⾼\0⿈rȀ;astЃ⹧⹲຅脀¶;l⹭⹮䂶leìЃɩ⹸\0\0⹻m;櫳;櫽y;䐿rʀcimpt⺋⺏⺓ᡥ⺗nt;䀥od;䀮il;怰enk;怱r;쀀𝔭ƀimo⺨⺰⺴Ā;v⺭⺮䏆;䏕maô੶ne;明ƀ;tv⺿⻀⻈䏀chfork»´;䏖Āau⻏⻟nĀck⻕⻝kĀ;h⇴⻛;愎ö⇴sҀ;abcdemst⻳⻴ᤈ⻹⻽⼄⼆⼊⼎䀫cir;樣ir;樢Āouᵀ⼂;樥;橲n肻±ຝim;樦wo;樧ƀipu⼙⼠⼥ntint;樕f;쀀𝕡nd耻£䂣Ԁ;Eaceinosu່⼿⽁⽄⽇⾁⾉⾒⽾⾶;檳p;檷uå໙Ā;c໎⽌̀;acens່⽙⽟⽦⽨⽾pproø⽃urlyeñ໙ñ໎ƀaes⽯⽶⽺pprox;檹qq;檵im;拨iíໟmeĀ;s⾈ຮ怲ƀEas⽸⾐⽺ð⽵ƀdfp໬⾙⾯ƀals⾠⾥⾪lar;挮ine;挒urf;挓Ā;t໻⾴ï໻rel;抰Āci⿀⿅r;쀀𝓅;䏈ncsp;怈̀fiopsu⿚⋢⿟⿥⿫⿱r;쀀𝔮pf;쀀𝕢rime;恗cr;쀀𝓆ƀaeo⿸〉〓tĀei⿾々rnionóڰnt;樖stĀ;e【】䀿ñἙô༔઀ABHabcdefhilmnoprstux぀けさすムㄎㄫㅇㅢㅲㆎ㈆㈕㈤㈩㉘㉮㉲㊐㊰㊷ƀartぇおがròႳòϝail;検aròᱥar;楤΀cdenqrtとふへみわゔヌĀeuねぱ;쀀∽̱te;䅕iãᅮmptyv;榳gȀ;del࿑らるろ;榒;榥å࿑uo耻»䂻rր;abcfhlpstw࿜ガクシスゼゾダッデナp;極Ā;f࿠ゴs;椠;椳s;椞ë≝ð✮l;楅im;楴l;憣;憝Āaiパフil;椚oĀ;nホボ戶aló༞ƀabrョリヮrò៥rk;杳ĀakンヽcĀekヹ・;䁽;䁝Āes㄂㄄;榌lĀduㄊㄌ;榎;榐Ȁaeuyㄗㄜㄧㄩron;䅙Ādiㄡㄥil;䅗ì࿲âヺ;䑀Ȁclqsㄴㄷㄽㅄa;椷dhar;楩uoĀ;rȎȍh;憳ƀacgㅎㅟངlȀ;ipsླྀㅘㅛႜnåႻarôྩt;断ƀilrㅩဣㅮsht;楽;쀀𝔯ĀaoㅷㆆrĀduㅽㅿ»ѻĀ;l႑ㆄ;楬Ā;vㆋㆌ䏁;䏱ƀgns㆕ㇹㇼht̀ahlrstㆤㆰ㇂㇘㇤㇮rrowĀ;t࿜ㆭaéトarpoonĀduㆻㆿowîㅾp»႒eftĀah㇊㇐rrowó࿪arpoonóՑightarrows;應quigarro÷ニhreetimes;拌g;䋚ingdotseñἲƀahm㈍㈐㈓rò࿪aòՑ;怏oustĀ;a㈞㈟掱che»㈟mid;櫮Ȁabpt㈲㈽㉀㉒Ānr㈷㈺g;柭r;懾rëဃƀafl㉇㉊㉎r;榆;쀀𝕣us;樮imes;樵Āap㉝㉧rĀ;g㉣㉤䀩t;榔olint;樒arò㇣Ȁachq㉻㊀Ⴜ㊅quo;怺r;쀀𝓇Ābu・㊊oĀ;rȔȓƀhir㊗㊛㊠reåㇸmes;拊iȀ;efl㊪ၙᠡ㊫方tri;槎luhar;楨;愞ൡ㋕㋛㋟㌬㌸㍱\0㍺㎤\0\0㏬㏰\0㐨㑈㑚㒭㒱㓊㓱\0㘖\0\0㘳cute;䅛quï➺Ԁ;Eaceinpsyᇭ㋳㋵㋿㌂㌋㌏㌟㌦㌩;檴ǰ㋺\0㋼;檸on;䅡uåᇾĀ;dᇳ㌇il;䅟rc;䅝ƀEas㌖㌘㌛;檶p;檺im;择olint;樓iíሄ;䑁otƀ;be㌴ᵇ㌵担;橦΀Aacmstx㍆㍊㍗㍛㍞㍣㍭rr;懘rĀhr㍐㍒ë∨Ā;oਸ਼਴t耻§䂧i;䀻war;椩mĀin㍩ðnuóñt;朶rĀ;o㍶⁕쀀𝔰Ȁacoy㎂㎆㎑㎠rp;景Āhy㎋㎏cy;䑉;䑈rtɭ㎙\0\0㎜iäᑤaraì⹯耻­䂭Āgm㎨㎴maƀ;fv㎱㎲㎲䏃;䏂Ѐ;deglnprካ㏅㏉㏎㏖㏞㏡㏦ot;橪Ā;q኱ኰĀ;E㏓㏔檞;檠Ā;E㏛㏜檝;檟e;扆lus;樤arr;楲aròᄽȀaeit㏸㐈㐏㐗Āls㏽㐄lsetmé㍪hp;樳parsl;槤Ādlᑣ㐔e;挣Ā;e㐜㐝檪Ā;s㐢㐣檬;쀀⪬︀ƀflp㐮㐳㑂tcy;䑌Ā;b㐸㐹䀯Ā;a㐾㐿槄r;挿f;쀀𝕤aĀdr㑍ЂesĀ;u㑔㑕晠it»㑕ƀcsu㑠㑹㒟Āau㑥㑯pĀ;sᆈ㑫;쀀⊓︀pĀ;sᆴ㑵;쀀⊔︀uĀbp㑿㒏ƀ;esᆗᆜ㒆etĀ;eᆗ㒍ñᆝƀ;esᆨᆭ㒖etĀ;eᆨ㒝ñᆮƀ;afᅻ㒦ְrť㒫ֱ»ᅼaròᅈȀcemt㒹㒾㓂㓅r;쀀𝓈tmîñiì㐕aræᆾĀar㓎㓕rĀ;f㓔ឿ昆Āan㓚㓭ightĀep㓣㓪psiloîỠhé⺯s»⡒ʀbcmnp㓻㕞ሉ㖋㖎Ҁ;Edemnprs㔎㔏㔑㔕㔞㔣㔬㔱㔶抂;櫅ot;檽Ā;dᇚ㔚ot;櫃ult;櫁ĀEe㔨㔪;櫋;把lus;檿arr;楹ƀeiu㔽㕒㕕tƀ;en㔎㕅㕋qĀ;qᇚ㔏eqĀ;q㔫㔨m;櫇Ābp㕚㕜;櫕;櫓c̀;acensᇭ㕬㕲㕹㕻㌦pproø㋺urlyeñᇾñᇳƀaes㖂㖈㌛pproø㌚qñ㌗g;晪ڀ123;Edehlmnps㖩㖬㖯ሜ㖲㖴㗀㗉㗕㗚㗟㗨㗭耻¹䂹耻²䂲耻³䂳;櫆Āos㖹㖼t;檾ub;櫘Ā;dሢ㗅ot;櫄sĀou㗏㗒l;柉b;櫗arr;楻ult;櫂ĀEe㗤㗦;櫌;抋lus;櫀ƀeiu㗴㘉㘌tƀ;enሜ㗼㘂qĀ;qሢ㖲eqĀ;q㗧㗤m;櫈Ābp㘑㘓;櫔;櫖ƀAan㘜㘠㘭rr;懙rĀhr㘦㘨ë∮Ā;oਫ਩war;椪lig耻ß䃟௡㙑㙝㙠ዎ㙳㙹\0㙾㛂\0\0\0\0\0㛛㜃\0㜉㝬\0\0\0㞇ɲ㙖\0\0㙛get;挖;䏄rë๟ƀaey㙦㙫㙰ron;䅥dil;䅣;䑂lrec;挕r;쀀𝔱Ȁeiko㚆㚝㚵㚼ǲ㚋\0㚑eĀ4fኄኁaƀ;sv㚘㚙㚛䎸ym;䏑Ācn㚢㚲kĀas㚨㚮pproø዁im»ኬsðኞĀas㚺㚮ð዁rn耻þ䃾Ǭ̟㛆⋧es膀×;bd㛏㛐㛘䃗Ā;aᤏ㛕r;樱;樰ƀeps㛡㛣㜀á⩍Ȁ;bcf҆㛬㛰㛴ot;挶ir;櫱Ā;o㛹㛼쀀𝕥rk;櫚á㍢rime;怴ƀaip㜏㜒㝤dåቈ΀adempst㜡㝍㝀㝑㝗㝜㝟ngleʀ;dlqr㜰㜱㜶㝀㝂斵own»ᶻeftĀ;e⠀㜾ñम;扜ightĀ;e㊪㝋ñၚot;旬inus;樺lus;樹b;槍ime;樻ezium;揢ƀcht㝲㝽㞁Āry㝷㝻;쀀𝓉;䑆cy;䑛rok;䅧Āio㞋㞎xô᝷headĀlr㞗㞠eftarro÷ࡏightarrow»ཝऀAHabcdfghlmoprstuw㟐㟓㟗㟤㟰㟼㠎㠜㠣㠴㡑㡝㡫㢩㣌㣒㣪㣶ròϭar;楣Ācr㟜㟢ute耻ú䃺òᅐrǣ㟪\0㟭y;䑞ve;䅭Āiy㟵㟺rc耻û䃻;䑃ƀabh㠃㠆㠋ròᎭlac;䅱aòᏃĀir㠓㠘sht;楾;쀀𝔲rave耻ù䃹š㠧㠱rĀlr㠬㠮»ॗ»ႃlk;斀Āct㠹㡍ɯ㠿\0\0㡊rnĀ;e㡅㡆挜r»㡆op;挏ri;旸Āal㡖㡚cr;䅫肻¨͉Āgp㡢㡦on;䅳f;쀀𝕦̀adhlsuᅋ㡸㡽፲㢑㢠ownáᎳarpoonĀlr㢈㢌efô㠭ighô㠯iƀ;hl㢙㢚㢜䏅»ᏺon»㢚parrows;懈ƀcit㢰㣄㣈ɯ㢶\0\0㣁rnĀ;e㢼㢽挝r»㢽op;挎ng;䅯ri;旹cr;쀀𝓊ƀdir㣙㣝㣢ot;拰lde;䅩iĀ;f㜰㣨»᠓Āam㣯㣲rò㢨l耻ü䃼angle;榧ހABDacdeflnoprsz㤜㤟㤩㤭㦵㦸㦽㧟㧤㧨㧳㧹㧽㨁㨠ròϷarĀ;v㤦㤧櫨;櫩asèϡĀnr㤲㤷grt;榜΀eknprst㓣㥆㥋㥒㥝㥤㦖appá␕othinçẖƀhir㓫⻈㥙opô⾵Ā;hᎷ㥢ïㆍĀiu㥩㥭gmá㎳Ābp㥲㦄setneqĀ;q㥽㦀쀀⊊︀;쀀⫋︀setneqĀ;q㦏㦒쀀⊋︀;쀀⫌︀Āhr㦛㦟etá㚜iangleĀlr㦪㦯eft»थight»ၑy;䐲ash»ံƀelr㧄㧒㧗ƀ;beⷪ㧋㧏ar;抻q;扚lip;拮Ābt㧜ᑨaòᑩr;쀀𝔳tré㦮suĀbp㧯㧱»ജ»൙pf;쀀𝕧roð໻tré㦴Ācu㨆㨋r;쀀𝓋Ābp㨐㨘nĀEe㦀㨖»㥾nĀEe㦒㨞»㦐igzag;榚΀cefoprs㨶㨻㩖㩛㩔㩡㩪irc;䅵Ādi㩀㩑Ābg㩅㩉ar;機eĀ;qᗺ㩏;扙erp;愘r;쀀𝔴pf;쀀𝕨Ā;eᑹ㩦atèᑹcr;쀀𝓌ૣណ㪇\0㪋\0㪐㪛\0\0㪝㪨㪫㪯\0\0㫃㫎\0㫘ៜ៟tré៑r;쀀𝔵ĀAa㪔㪗ròσrò৶;䎾ĀAa㪡㪤ròθrò৫að✓is;拻ƀdptឤ㪵㪾Āfl㪺ឩ;쀀𝕩imåឲĀAa㫇㫊ròώròਁĀcq㫒ីr;쀀𝓍Āpt៖㫜ré។Ѐacefiosu㫰㫽㬈㬌㬑㬕㬛㬡cĀuy㫶㫻te耻ý䃽;䑏Āiy㬂㬆rc;䅷;䑋n耻¥䂥r;쀀𝔶cy;䑗pf;쀀𝕪cr;쀀𝓎Ācm㬦㬩y;䑎l耻ÿ䃿Ԁacdefhiosw㭂㭈㭔㭘㭤㭩㭭㭴㭺㮀cute;䅺Āay㭍㭒ron;䅾;䐷ot;䅼Āet㭝㭡træᕟa;䎶r;쀀𝔷cy;䐶grarr;懝pf;쀀𝕫cr;쀀𝓏Ājn㮅㮇;怍j;怌'.split("").map((c) => c.charCodeAt(0))
);

// node_modules/markdown-it/node_modules/entities/lib/esm/generated/decode-data-xml.js
var decode_data_xml_default = new Uint16Array(
  // prettier-ignore
  "Ȁaglq	\x1Bɭ\0\0p;䀦os;䀧t;䀾t;䀼uot;䀢".split("").map((c) => c.charCodeAt(0))
);

// node_modules/markdown-it/node_modules/entities/lib/esm/decode_codepoint.js
var _a2;
var decodeMap2 = /* @__PURE__ */ new Map([
  [0, 65533],
  // C1 Unicode control character reference replacements
  [128, 8364],
  [130, 8218],
  [131, 402],
  [132, 8222],
  [133, 8230],
  [134, 8224],
  [135, 8225],
  [136, 710],
  [137, 8240],
  [138, 352],
  [139, 8249],
  [140, 338],
  [142, 381],
  [145, 8216],
  [146, 8217],
  [147, 8220],
  [148, 8221],
  [149, 8226],
  [150, 8211],
  [151, 8212],
  [152, 732],
  [153, 8482],
  [154, 353],
  [155, 8250],
  [156, 339],
  [158, 382],
  [159, 376]
]);
var fromCodePoint2 = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, node/no-unsupported-features/es-builtins
  (_a2 = String.fromCodePoint) !== null && _a2 !== void 0 ? _a2 : function(codePoint) {
    let output = "";
    if (codePoint > 65535) {
      codePoint -= 65536;
      output += String.fromCharCode(codePoint >>> 10 & 1023 | 55296);
      codePoint = 56320 | codePoint & 1023;
    }
    output += String.fromCharCode(codePoint);
    return output;
  }
);
function replaceCodePoint3(codePoint) {
  var _a3;
  if (codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111) {
    return 65533;
  }
  return (_a3 = decodeMap2.get(codePoint)) !== null && _a3 !== void 0 ? _a3 : codePoint;
}

// node_modules/markdown-it/node_modules/entities/lib/esm/decode.js
var CharCodes3;
(function(CharCodes4) {
  CharCodes4[CharCodes4["NUM"] = 35] = "NUM";
  CharCodes4[CharCodes4["SEMI"] = 59] = "SEMI";
  CharCodes4[CharCodes4["EQUALS"] = 61] = "EQUALS";
  CharCodes4[CharCodes4["ZERO"] = 48] = "ZERO";
  CharCodes4[CharCodes4["NINE"] = 57] = "NINE";
  CharCodes4[CharCodes4["LOWER_A"] = 97] = "LOWER_A";
  CharCodes4[CharCodes4["LOWER_F"] = 102] = "LOWER_F";
  CharCodes4[CharCodes4["LOWER_X"] = 120] = "LOWER_X";
  CharCodes4[CharCodes4["LOWER_Z"] = 122] = "LOWER_Z";
  CharCodes4[CharCodes4["UPPER_A"] = 65] = "UPPER_A";
  CharCodes4[CharCodes4["UPPER_F"] = 70] = "UPPER_F";
  CharCodes4[CharCodes4["UPPER_Z"] = 90] = "UPPER_Z";
})(CharCodes3 || (CharCodes3 = {}));
var TO_LOWER_BIT3 = 32;
var BinTrieFlags2;
(function(BinTrieFlags3) {
  BinTrieFlags3[BinTrieFlags3["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags3[BinTrieFlags3["BRANCH_LENGTH"] = 16256] = "BRANCH_LENGTH";
  BinTrieFlags3[BinTrieFlags3["JUMP_TABLE"] = 127] = "JUMP_TABLE";
})(BinTrieFlags2 || (BinTrieFlags2 = {}));
function isNumber3(code2) {
  return code2 >= CharCodes3.ZERO && code2 <= CharCodes3.NINE;
}
function isHexadecimalCharacter2(code2) {
  return code2 >= CharCodes3.UPPER_A && code2 <= CharCodes3.UPPER_F || code2 >= CharCodes3.LOWER_A && code2 <= CharCodes3.LOWER_F;
}
function isAsciiAlphaNumeric2(code2) {
  return code2 >= CharCodes3.UPPER_A && code2 <= CharCodes3.UPPER_Z || code2 >= CharCodes3.LOWER_A && code2 <= CharCodes3.LOWER_Z || isNumber3(code2);
}
function isEntityInAttributeInvalidEnd3(code2) {
  return code2 === CharCodes3.EQUALS || isAsciiAlphaNumeric2(code2);
}
var EntityDecoderState2;
(function(EntityDecoderState3) {
  EntityDecoderState3[EntityDecoderState3["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState3[EntityDecoderState3["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState3[EntityDecoderState3["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState3[EntityDecoderState3["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState3[EntityDecoderState3["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState2 || (EntityDecoderState2 = {}));
var DecodingMode3;
(function(DecodingMode4) {
  DecodingMode4[DecodingMode4["Legacy"] = 0] = "Legacy";
  DecodingMode4[DecodingMode4["Strict"] = 1] = "Strict";
  DecodingMode4[DecodingMode4["Attribute"] = 2] = "Attribute";
})(DecodingMode3 || (DecodingMode3 = {}));
var EntityDecoder2 = class {
  constructor(decodeTree, emitCodePoint, errors) {
    this.decodeTree = decodeTree;
    this.emitCodePoint = emitCodePoint;
    this.errors = errors;
    this.state = EntityDecoderState2.EntityStart;
    this.consumed = 1;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.decodeMode = DecodingMode3.Strict;
  }
  /** Resets the instance to make it reusable. */
  startEntity(decodeMode) {
    this.decodeMode = decodeMode;
    this.state = EntityDecoderState2.EntityStart;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.consumed = 1;
  }
  /**
   * Write an entity to the decoder. This can be called multiple times with partial entities.
   * If the entity is incomplete, the decoder will return -1.
   *
   * Mirrors the implementation of `getDecoder`, but with the ability to stop decoding if the
   * entity is incomplete, and resume when the next string is written.
   *
   * @param string The string containing the entity (or a continuation of the entity).
   * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  write(str, offset) {
    switch (this.state) {
      case EntityDecoderState2.EntityStart: {
        if (str.charCodeAt(offset) === CharCodes3.NUM) {
          this.state = EntityDecoderState2.NumericStart;
          this.consumed += 1;
          return this.stateNumericStart(str, offset + 1);
        }
        this.state = EntityDecoderState2.NamedEntity;
        return this.stateNamedEntity(str, offset);
      }
      case EntityDecoderState2.NumericStart: {
        return this.stateNumericStart(str, offset);
      }
      case EntityDecoderState2.NumericDecimal: {
        return this.stateNumericDecimal(str, offset);
      }
      case EntityDecoderState2.NumericHex: {
        return this.stateNumericHex(str, offset);
      }
      case EntityDecoderState2.NamedEntity: {
        return this.stateNamedEntity(str, offset);
      }
    }
  }
  /**
   * Switches between the numeric decimal and hexadecimal states.
   *
   * Equivalent to the `Numeric character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericStart(str, offset) {
    if (offset >= str.length) {
      return -1;
    }
    if ((str.charCodeAt(offset) | TO_LOWER_BIT3) === CharCodes3.LOWER_X) {
      this.state = EntityDecoderState2.NumericHex;
      this.consumed += 1;
      return this.stateNumericHex(str, offset + 1);
    }
    this.state = EntityDecoderState2.NumericDecimal;
    return this.stateNumericDecimal(str, offset);
  }
  addToNumericResult(str, start, end, base) {
    if (start !== end) {
      const digitCount = end - start;
      this.result = this.result * Math.pow(base, digitCount) + parseInt(str.substr(start, digitCount), base);
      this.consumed += digitCount;
    }
  }
  /**
   * Parses a hexadecimal numeric entity.
   *
   * Equivalent to the `Hexademical character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericHex(str, offset) {
    const startIdx = offset;
    while (offset < str.length) {
      const char = str.charCodeAt(offset);
      if (isNumber3(char) || isHexadecimalCharacter2(char)) {
        offset += 1;
      } else {
        this.addToNumericResult(str, startIdx, offset, 16);
        return this.emitNumericEntity(char, 3);
      }
    }
    this.addToNumericResult(str, startIdx, offset, 16);
    return -1;
  }
  /**
   * Parses a decimal numeric entity.
   *
   * Equivalent to the `Decimal character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericDecimal(str, offset) {
    const startIdx = offset;
    while (offset < str.length) {
      const char = str.charCodeAt(offset);
      if (isNumber3(char)) {
        offset += 1;
      } else {
        this.addToNumericResult(str, startIdx, offset, 10);
        return this.emitNumericEntity(char, 2);
      }
    }
    this.addToNumericResult(str, startIdx, offset, 10);
    return -1;
  }
  /**
   * Validate and emit a numeric entity.
   *
   * Implements the logic from the `Hexademical character reference start
   * state` and `Numeric character reference end state` in the HTML spec.
   *
   * @param lastCp The last code point of the entity. Used to see if the
   *               entity was terminated with a semicolon.
   * @param expectedLength The minimum number of characters that should be
   *                       consumed. Used to validate that at least one digit
   *                       was consumed.
   * @returns The number of characters that were consumed.
   */
  emitNumericEntity(lastCp, expectedLength) {
    var _a3;
    if (this.consumed <= expectedLength) {
      (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.absenceOfDigitsInNumericCharacterReference(this.consumed);
      return 0;
    }
    if (lastCp === CharCodes3.SEMI) {
      this.consumed += 1;
    } else if (this.decodeMode === DecodingMode3.Strict) {
      return 0;
    }
    this.emitCodePoint(replaceCodePoint3(this.result), this.consumed);
    if (this.errors) {
      if (lastCp !== CharCodes3.SEMI) {
        this.errors.missingSemicolonAfterCharacterReference();
      }
      this.errors.validateNumericCharacterReference(this.result);
    }
    return this.consumed;
  }
  /**
   * Parses a named entity.
   *
   * Equivalent to the `Named character reference state` in the HTML spec.
   *
   * @param str The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNamedEntity(str, offset) {
    const { decodeTree } = this;
    let current2 = decodeTree[this.treeIndex];
    let valueLength = (current2 & BinTrieFlags2.VALUE_LENGTH) >> 14;
    for (; offset < str.length; offset++, this.excess++) {
      const char = str.charCodeAt(offset);
      this.treeIndex = determineBranch2(decodeTree, current2, this.treeIndex + Math.max(1, valueLength), char);
      if (this.treeIndex < 0) {
        return this.result === 0 || // If we are parsing an attribute
        this.decodeMode === DecodingMode3.Attribute && // We shouldn't have consumed any characters after the entity,
        (valueLength === 0 || // And there should be no invalid characters.
        isEntityInAttributeInvalidEnd3(char)) ? 0 : this.emitNotTerminatedNamedEntity();
      }
      current2 = decodeTree[this.treeIndex];
      valueLength = (current2 & BinTrieFlags2.VALUE_LENGTH) >> 14;
      if (valueLength !== 0) {
        if (char === CharCodes3.SEMI) {
          return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
        }
        if (this.decodeMode !== DecodingMode3.Strict) {
          this.result = this.treeIndex;
          this.consumed += this.excess;
          this.excess = 0;
        }
      }
    }
    return -1;
  }
  /**
   * Emit a named entity that was not terminated with a semicolon.
   *
   * @returns The number of characters consumed.
   */
  emitNotTerminatedNamedEntity() {
    var _a3;
    const { result, decodeTree } = this;
    const valueLength = (decodeTree[result] & BinTrieFlags2.VALUE_LENGTH) >> 14;
    this.emitNamedEntityData(result, valueLength, this.consumed);
    (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.missingSemicolonAfterCharacterReference();
    return this.consumed;
  }
  /**
   * Emit a named entity.
   *
   * @param result The index of the entity in the decode tree.
   * @param valueLength The number of bytes in the entity.
   * @param consumed The number of characters consumed.
   *
   * @returns The number of characters consumed.
   */
  emitNamedEntityData(result, valueLength, consumed) {
    const { decodeTree } = this;
    this.emitCodePoint(valueLength === 1 ? decodeTree[result] & ~BinTrieFlags2.VALUE_LENGTH : decodeTree[result + 1], consumed);
    if (valueLength === 3) {
      this.emitCodePoint(decodeTree[result + 2], consumed);
    }
    return consumed;
  }
  /**
   * Signal to the parser that the end of the input was reached.
   *
   * Remaining data will be emitted and relevant errors will be produced.
   *
   * @returns The number of characters consumed.
   */
  end() {
    var _a3;
    switch (this.state) {
      case EntityDecoderState2.NamedEntity: {
        return this.result !== 0 && (this.decodeMode !== DecodingMode3.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
      }
      // Otherwise, emit a numeric entity if we have one.
      case EntityDecoderState2.NumericDecimal: {
        return this.emitNumericEntity(0, 2);
      }
      case EntityDecoderState2.NumericHex: {
        return this.emitNumericEntity(0, 3);
      }
      case EntityDecoderState2.NumericStart: {
        (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.absenceOfDigitsInNumericCharacterReference(this.consumed);
        return 0;
      }
      case EntityDecoderState2.EntityStart: {
        return 0;
      }
    }
  }
};
function getDecoder(decodeTree) {
  let ret = "";
  const decoder = new EntityDecoder2(decodeTree, (str) => ret += fromCodePoint2(str));
  return function decodeWithTrie(str, decodeMode) {
    let lastIndex = 0;
    let offset = 0;
    while ((offset = str.indexOf("&", offset)) >= 0) {
      ret += str.slice(lastIndex, offset);
      decoder.startEntity(decodeMode);
      const len = decoder.write(
        str,
        // Skip the "&"
        offset + 1
      );
      if (len < 0) {
        lastIndex = offset + decoder.end();
        break;
      }
      lastIndex = offset + len;
      offset = len === 0 ? lastIndex + 1 : lastIndex;
    }
    const result = ret + str.slice(lastIndex);
    ret = "";
    return result;
  };
}
function determineBranch2(decodeTree, current2, nodeIdx, char) {
  const branchCount = (current2 & BinTrieFlags2.BRANCH_LENGTH) >> 7;
  const jumpOffset = current2 & BinTrieFlags2.JUMP_TABLE;
  if (branchCount === 0) {
    return jumpOffset !== 0 && char === jumpOffset ? nodeIdx : -1;
  }
  if (jumpOffset) {
    const value = char - jumpOffset;
    return value < 0 || value >= branchCount ? -1 : decodeTree[nodeIdx + value] - 1;
  }
  let lo = nodeIdx;
  let hi = lo + branchCount - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const midVal = decodeTree[mid];
    if (midVal < char) {
      lo = mid + 1;
    } else if (midVal > char) {
      hi = mid - 1;
    } else {
      return decodeTree[mid + branchCount];
    }
  }
  return -1;
}
var htmlDecoder = getDecoder(decode_data_html_default);
var xmlDecoder = getDecoder(decode_data_xml_default);
function decodeHTML2(str, mode = DecodingMode3.Legacy) {
  return htmlDecoder(str, mode);
}
function decodeHTMLStrict2(str) {
  return htmlDecoder(str, DecodingMode3.Strict);
}

// node_modules/markdown-it/node_modules/entities/lib/esm/generated/encode-html.js
function restoreDiff(arr) {
  for (let i = 1; i < arr.length; i++) {
    arr[i][0] += arr[i - 1][0] + 1;
  }
  return arr;
}
var encode_html_default = new Map(/* @__PURE__ */ restoreDiff([[9, "&Tab;"], [0, "&NewLine;"], [22, "&excl;"], [0, "&quot;"], [0, "&num;"], [0, "&dollar;"], [0, "&percnt;"], [0, "&amp;"], [0, "&apos;"], [0, "&lpar;"], [0, "&rpar;"], [0, "&ast;"], [0, "&plus;"], [0, "&comma;"], [1, "&period;"], [0, "&sol;"], [10, "&colon;"], [0, "&semi;"], [0, { v: "&lt;", n: 8402, o: "&nvlt;" }], [0, { v: "&equals;", n: 8421, o: "&bne;" }], [0, { v: "&gt;", n: 8402, o: "&nvgt;" }], [0, "&quest;"], [0, "&commat;"], [26, "&lbrack;"], [0, "&bsol;"], [0, "&rbrack;"], [0, "&Hat;"], [0, "&lowbar;"], [0, "&DiacriticalGrave;"], [5, { n: 106, o: "&fjlig;" }], [20, "&lbrace;"], [0, "&verbar;"], [0, "&rbrace;"], [34, "&nbsp;"], [0, "&iexcl;"], [0, "&cent;"], [0, "&pound;"], [0, "&curren;"], [0, "&yen;"], [0, "&brvbar;"], [0, "&sect;"], [0, "&die;"], [0, "&copy;"], [0, "&ordf;"], [0, "&laquo;"], [0, "&not;"], [0, "&shy;"], [0, "&circledR;"], [0, "&macr;"], [0, "&deg;"], [0, "&PlusMinus;"], [0, "&sup2;"], [0, "&sup3;"], [0, "&acute;"], [0, "&micro;"], [0, "&para;"], [0, "&centerdot;"], [0, "&cedil;"], [0, "&sup1;"], [0, "&ordm;"], [0, "&raquo;"], [0, "&frac14;"], [0, "&frac12;"], [0, "&frac34;"], [0, "&iquest;"], [0, "&Agrave;"], [0, "&Aacute;"], [0, "&Acirc;"], [0, "&Atilde;"], [0, "&Auml;"], [0, "&angst;"], [0, "&AElig;"], [0, "&Ccedil;"], [0, "&Egrave;"], [0, "&Eacute;"], [0, "&Ecirc;"], [0, "&Euml;"], [0, "&Igrave;"], [0, "&Iacute;"], [0, "&Icirc;"], [0, "&Iuml;"], [0, "&ETH;"], [0, "&Ntilde;"], [0, "&Ograve;"], [0, "&Oacute;"], [0, "&Ocirc;"], [0, "&Otilde;"], [0, "&Ouml;"], [0, "&times;"], [0, "&Oslash;"], [0, "&Ugrave;"], [0, "&Uacute;"], [0, "&Ucirc;"], [0, "&Uuml;"], [0, "&Yacute;"], [0, "&THORN;"], [0, "&szlig;"], [0, "&agrave;"], [0, "&aacute;"], [0, "&acirc;"], [0, "&atilde;"], [0, "&auml;"], [0, "&aring;"], [0, "&aelig;"], [0, "&ccedil;"], [0, "&egrave;"], [0, "&eacute;"], [0, "&ecirc;"], [0, "&euml;"], [0, "&igrave;"], [0, "&iacute;"], [0, "&icirc;"], [0, "&iuml;"], [0, "&eth;"], [0, "&ntilde;"], [0, "&ograve;"], [0, "&oacute;"], [0, "&ocirc;"], [0, "&otilde;"], [0, "&ouml;"], [0, "&div;"], [0, "&oslash;"], [0, "&ugrave;"], [0, "&uacute;"], [0, "&ucirc;"], [0, "&uuml;"], [0, "&yacute;"], [0, "&thorn;"], [0, "&yuml;"], [0, "&Amacr;"], [0, "&amacr;"], [0, "&Abreve;"], [0, "&abreve;"], [0, "&Aogon;"], [0, "&aogon;"], [0, "&Cacute;"], [0, "&cacute;"], [0, "&Ccirc;"], [0, "&ccirc;"], [0, "&Cdot;"], [0, "&cdot;"], [0, "&Ccaron;"], [0, "&ccaron;"], [0, "&Dcaron;"], [0, "&dcaron;"], [0, "&Dstrok;"], [0, "&dstrok;"], [0, "&Emacr;"], [0, "&emacr;"], [2, "&Edot;"], [0, "&edot;"], [0, "&Eogon;"], [0, "&eogon;"], [0, "&Ecaron;"], [0, "&ecaron;"], [0, "&Gcirc;"], [0, "&gcirc;"], [0, "&Gbreve;"], [0, "&gbreve;"], [0, "&Gdot;"], [0, "&gdot;"], [0, "&Gcedil;"], [1, "&Hcirc;"], [0, "&hcirc;"], [0, "&Hstrok;"], [0, "&hstrok;"], [0, "&Itilde;"], [0, "&itilde;"], [0, "&Imacr;"], [0, "&imacr;"], [2, "&Iogon;"], [0, "&iogon;"], [0, "&Idot;"], [0, "&imath;"], [0, "&IJlig;"], [0, "&ijlig;"], [0, "&Jcirc;"], [0, "&jcirc;"], [0, "&Kcedil;"], [0, "&kcedil;"], [0, "&kgreen;"], [0, "&Lacute;"], [0, "&lacute;"], [0, "&Lcedil;"], [0, "&lcedil;"], [0, "&Lcaron;"], [0, "&lcaron;"], [0, "&Lmidot;"], [0, "&lmidot;"], [0, "&Lstrok;"], [0, "&lstrok;"], [0, "&Nacute;"], [0, "&nacute;"], [0, "&Ncedil;"], [0, "&ncedil;"], [0, "&Ncaron;"], [0, "&ncaron;"], [0, "&napos;"], [0, "&ENG;"], [0, "&eng;"], [0, "&Omacr;"], [0, "&omacr;"], [2, "&Odblac;"], [0, "&odblac;"], [0, "&OElig;"], [0, "&oelig;"], [0, "&Racute;"], [0, "&racute;"], [0, "&Rcedil;"], [0, "&rcedil;"], [0, "&Rcaron;"], [0, "&rcaron;"], [0, "&Sacute;"], [0, "&sacute;"], [0, "&Scirc;"], [0, "&scirc;"], [0, "&Scedil;"], [0, "&scedil;"], [0, "&Scaron;"], [0, "&scaron;"], [0, "&Tcedil;"], [0, "&tcedil;"], [0, "&Tcaron;"], [0, "&tcaron;"], [0, "&Tstrok;"], [0, "&tstrok;"], [0, "&Utilde;"], [0, "&utilde;"], [0, "&Umacr;"], [0, "&umacr;"], [0, "&Ubreve;"], [0, "&ubreve;"], [0, "&Uring;"], [0, "&uring;"], [0, "&Udblac;"], [0, "&udblac;"], [0, "&Uogon;"], [0, "&uogon;"], [0, "&Wcirc;"], [0, "&wcirc;"], [0, "&Ycirc;"], [0, "&ycirc;"], [0, "&Yuml;"], [0, "&Zacute;"], [0, "&zacute;"], [0, "&Zdot;"], [0, "&zdot;"], [0, "&Zcaron;"], [0, "&zcaron;"], [19, "&fnof;"], [34, "&imped;"], [63, "&gacute;"], [65, "&jmath;"], [142, "&circ;"], [0, "&caron;"], [16, "&breve;"], [0, "&DiacriticalDot;"], [0, "&ring;"], [0, "&ogon;"], [0, "&DiacriticalTilde;"], [0, "&dblac;"], [51, "&DownBreve;"], [127, "&Alpha;"], [0, "&Beta;"], [0, "&Gamma;"], [0, "&Delta;"], [0, "&Epsilon;"], [0, "&Zeta;"], [0, "&Eta;"], [0, "&Theta;"], [0, "&Iota;"], [0, "&Kappa;"], [0, "&Lambda;"], [0, "&Mu;"], [0, "&Nu;"], [0, "&Xi;"], [0, "&Omicron;"], [0, "&Pi;"], [0, "&Rho;"], [1, "&Sigma;"], [0, "&Tau;"], [0, "&Upsilon;"], [0, "&Phi;"], [0, "&Chi;"], [0, "&Psi;"], [0, "&ohm;"], [7, "&alpha;"], [0, "&beta;"], [0, "&gamma;"], [0, "&delta;"], [0, "&epsi;"], [0, "&zeta;"], [0, "&eta;"], [0, "&theta;"], [0, "&iota;"], [0, "&kappa;"], [0, "&lambda;"], [0, "&mu;"], [0, "&nu;"], [0, "&xi;"], [0, "&omicron;"], [0, "&pi;"], [0, "&rho;"], [0, "&sigmaf;"], [0, "&sigma;"], [0, "&tau;"], [0, "&upsi;"], [0, "&phi;"], [0, "&chi;"], [0, "&psi;"], [0, "&omega;"], [7, "&thetasym;"], [0, "&Upsi;"], [2, "&phiv;"], [0, "&piv;"], [5, "&Gammad;"], [0, "&digamma;"], [18, "&kappav;"], [0, "&rhov;"], [3, "&epsiv;"], [0, "&backepsilon;"], [10, "&IOcy;"], [0, "&DJcy;"], [0, "&GJcy;"], [0, "&Jukcy;"], [0, "&DScy;"], [0, "&Iukcy;"], [0, "&YIcy;"], [0, "&Jsercy;"], [0, "&LJcy;"], [0, "&NJcy;"], [0, "&TSHcy;"], [0, "&KJcy;"], [1, "&Ubrcy;"], [0, "&DZcy;"], [0, "&Acy;"], [0, "&Bcy;"], [0, "&Vcy;"], [0, "&Gcy;"], [0, "&Dcy;"], [0, "&IEcy;"], [0, "&ZHcy;"], [0, "&Zcy;"], [0, "&Icy;"], [0, "&Jcy;"], [0, "&Kcy;"], [0, "&Lcy;"], [0, "&Mcy;"], [0, "&Ncy;"], [0, "&Ocy;"], [0, "&Pcy;"], [0, "&Rcy;"], [0, "&Scy;"], [0, "&Tcy;"], [0, "&Ucy;"], [0, "&Fcy;"], [0, "&KHcy;"], [0, "&TScy;"], [0, "&CHcy;"], [0, "&SHcy;"], [0, "&SHCHcy;"], [0, "&HARDcy;"], [0, "&Ycy;"], [0, "&SOFTcy;"], [0, "&Ecy;"], [0, "&YUcy;"], [0, "&YAcy;"], [0, "&acy;"], [0, "&bcy;"], [0, "&vcy;"], [0, "&gcy;"], [0, "&dcy;"], [0, "&iecy;"], [0, "&zhcy;"], [0, "&zcy;"], [0, "&icy;"], [0, "&jcy;"], [0, "&kcy;"], [0, "&lcy;"], [0, "&mcy;"], [0, "&ncy;"], [0, "&ocy;"], [0, "&pcy;"], [0, "&rcy;"], [0, "&scy;"], [0, "&tcy;"], [0, "&ucy;"], [0, "&fcy;"], [0, "&khcy;"], [0, "&tscy;"], [0, "&chcy;"], [0, "&shcy;"], [0, "&shchcy;"], [0, "&hardcy;"], [0, "&ycy;"], [0, "&softcy;"], [0, "&ecy;"], [0, "&yucy;"], [0, "&yacy;"], [1, "&iocy;"], [0, "&djcy;"], [0, "&gjcy;"], [0, "&jukcy;"], [0, "&dscy;"], [0, "&iukcy;"], [0, "&yicy;"], [0, "&jsercy;"], [0, "&ljcy;"], [0, "&njcy;"], [0, "&tshcy;"], [0, "&kjcy;"], [1, "&ubrcy;"], [0, "&dzcy;"], [7074, "&ensp;"], [0, "&emsp;"], [0, "&emsp13;"], [0, "&emsp14;"], [1, "&numsp;"], [0, "&puncsp;"], [0, "&ThinSpace;"], [0, "&hairsp;"], [0, "&NegativeMediumSpace;"], [0, "&zwnj;"], [0, "&zwj;"], [0, "&lrm;"], [0, "&rlm;"], [0, "&dash;"], [2, "&ndash;"], [0, "&mdash;"], [0, "&horbar;"], [0, "&Verbar;"], [1, "&lsquo;"], [0, "&CloseCurlyQuote;"], [0, "&lsquor;"], [1, "&ldquo;"], [0, "&CloseCurlyDoubleQuote;"], [0, "&bdquo;"], [1, "&dagger;"], [0, "&Dagger;"], [0, "&bull;"], [2, "&nldr;"], [0, "&hellip;"], [9, "&permil;"], [0, "&pertenk;"], [0, "&prime;"], [0, "&Prime;"], [0, "&tprime;"], [0, "&backprime;"], [3, "&lsaquo;"], [0, "&rsaquo;"], [3, "&oline;"], [2, "&caret;"], [1, "&hybull;"], [0, "&frasl;"], [10, "&bsemi;"], [7, "&qprime;"], [7, { v: "&MediumSpace;", n: 8202, o: "&ThickSpace;" }], [0, "&NoBreak;"], [0, "&af;"], [0, "&InvisibleTimes;"], [0, "&ic;"], [72, "&euro;"], [46, "&tdot;"], [0, "&DotDot;"], [37, "&complexes;"], [2, "&incare;"], [4, "&gscr;"], [0, "&hamilt;"], [0, "&Hfr;"], [0, "&Hopf;"], [0, "&planckh;"], [0, "&hbar;"], [0, "&imagline;"], [0, "&Ifr;"], [0, "&lagran;"], [0, "&ell;"], [1, "&naturals;"], [0, "&numero;"], [0, "&copysr;"], [0, "&weierp;"], [0, "&Popf;"], [0, "&Qopf;"], [0, "&realine;"], [0, "&real;"], [0, "&reals;"], [0, "&rx;"], [3, "&trade;"], [1, "&integers;"], [2, "&mho;"], [0, "&zeetrf;"], [0, "&iiota;"], [2, "&bernou;"], [0, "&Cayleys;"], [1, "&escr;"], [0, "&Escr;"], [0, "&Fouriertrf;"], [1, "&Mellintrf;"], [0, "&order;"], [0, "&alefsym;"], [0, "&beth;"], [0, "&gimel;"], [0, "&daleth;"], [12, "&CapitalDifferentialD;"], [0, "&dd;"], [0, "&ee;"], [0, "&ii;"], [10, "&frac13;"], [0, "&frac23;"], [0, "&frac15;"], [0, "&frac25;"], [0, "&frac35;"], [0, "&frac45;"], [0, "&frac16;"], [0, "&frac56;"], [0, "&frac18;"], [0, "&frac38;"], [0, "&frac58;"], [0, "&frac78;"], [49, "&larr;"], [0, "&ShortUpArrow;"], [0, "&rarr;"], [0, "&darr;"], [0, "&harr;"], [0, "&updownarrow;"], [0, "&nwarr;"], [0, "&nearr;"], [0, "&LowerRightArrow;"], [0, "&LowerLeftArrow;"], [0, "&nlarr;"], [0, "&nrarr;"], [1, { v: "&rarrw;", n: 824, o: "&nrarrw;" }], [0, "&Larr;"], [0, "&Uarr;"], [0, "&Rarr;"], [0, "&Darr;"], [0, "&larrtl;"], [0, "&rarrtl;"], [0, "&LeftTeeArrow;"], [0, "&mapstoup;"], [0, "&map;"], [0, "&DownTeeArrow;"], [1, "&hookleftarrow;"], [0, "&hookrightarrow;"], [0, "&larrlp;"], [0, "&looparrowright;"], [0, "&harrw;"], [0, "&nharr;"], [1, "&lsh;"], [0, "&rsh;"], [0, "&ldsh;"], [0, "&rdsh;"], [1, "&crarr;"], [0, "&cularr;"], [0, "&curarr;"], [2, "&circlearrowleft;"], [0, "&circlearrowright;"], [0, "&leftharpoonup;"], [0, "&DownLeftVector;"], [0, "&RightUpVector;"], [0, "&LeftUpVector;"], [0, "&rharu;"], [0, "&DownRightVector;"], [0, "&dharr;"], [0, "&dharl;"], [0, "&RightArrowLeftArrow;"], [0, "&udarr;"], [0, "&LeftArrowRightArrow;"], [0, "&leftleftarrows;"], [0, "&upuparrows;"], [0, "&rightrightarrows;"], [0, "&ddarr;"], [0, "&leftrightharpoons;"], [0, "&Equilibrium;"], [0, "&nlArr;"], [0, "&nhArr;"], [0, "&nrArr;"], [0, "&DoubleLeftArrow;"], [0, "&DoubleUpArrow;"], [0, "&DoubleRightArrow;"], [0, "&dArr;"], [0, "&DoubleLeftRightArrow;"], [0, "&DoubleUpDownArrow;"], [0, "&nwArr;"], [0, "&neArr;"], [0, "&seArr;"], [0, "&swArr;"], [0, "&lAarr;"], [0, "&rAarr;"], [1, "&zigrarr;"], [6, "&larrb;"], [0, "&rarrb;"], [15, "&DownArrowUpArrow;"], [7, "&loarr;"], [0, "&roarr;"], [0, "&hoarr;"], [0, "&forall;"], [0, "&comp;"], [0, { v: "&part;", n: 824, o: "&npart;" }], [0, "&exist;"], [0, "&nexist;"], [0, "&empty;"], [1, "&Del;"], [0, "&Element;"], [0, "&NotElement;"], [1, "&ni;"], [0, "&notni;"], [2, "&prod;"], [0, "&coprod;"], [0, "&sum;"], [0, "&minus;"], [0, "&MinusPlus;"], [0, "&dotplus;"], [1, "&Backslash;"], [0, "&lowast;"], [0, "&compfn;"], [1, "&radic;"], [2, "&prop;"], [0, "&infin;"], [0, "&angrt;"], [0, { v: "&ang;", n: 8402, o: "&nang;" }], [0, "&angmsd;"], [0, "&angsph;"], [0, "&mid;"], [0, "&nmid;"], [0, "&DoubleVerticalBar;"], [0, "&NotDoubleVerticalBar;"], [0, "&and;"], [0, "&or;"], [0, { v: "&cap;", n: 65024, o: "&caps;" }], [0, { v: "&cup;", n: 65024, o: "&cups;" }], [0, "&int;"], [0, "&Int;"], [0, "&iiint;"], [0, "&conint;"], [0, "&Conint;"], [0, "&Cconint;"], [0, "&cwint;"], [0, "&ClockwiseContourIntegral;"], [0, "&awconint;"], [0, "&there4;"], [0, "&becaus;"], [0, "&ratio;"], [0, "&Colon;"], [0, "&dotminus;"], [1, "&mDDot;"], [0, "&homtht;"], [0, { v: "&sim;", n: 8402, o: "&nvsim;" }], [0, { v: "&backsim;", n: 817, o: "&race;" }], [0, { v: "&ac;", n: 819, o: "&acE;" }], [0, "&acd;"], [0, "&VerticalTilde;"], [0, "&NotTilde;"], [0, { v: "&eqsim;", n: 824, o: "&nesim;" }], [0, "&sime;"], [0, "&NotTildeEqual;"], [0, "&cong;"], [0, "&simne;"], [0, "&ncong;"], [0, "&ap;"], [0, "&nap;"], [0, "&ape;"], [0, { v: "&apid;", n: 824, o: "&napid;" }], [0, "&backcong;"], [0, { v: "&asympeq;", n: 8402, o: "&nvap;" }], [0, { v: "&bump;", n: 824, o: "&nbump;" }], [0, { v: "&bumpe;", n: 824, o: "&nbumpe;" }], [0, { v: "&doteq;", n: 824, o: "&nedot;" }], [0, "&doteqdot;"], [0, "&efDot;"], [0, "&erDot;"], [0, "&Assign;"], [0, "&ecolon;"], [0, "&ecir;"], [0, "&circeq;"], [1, "&wedgeq;"], [0, "&veeeq;"], [1, "&triangleq;"], [2, "&equest;"], [0, "&ne;"], [0, { v: "&Congruent;", n: 8421, o: "&bnequiv;" }], [0, "&nequiv;"], [1, { v: "&le;", n: 8402, o: "&nvle;" }], [0, { v: "&ge;", n: 8402, o: "&nvge;" }], [0, { v: "&lE;", n: 824, o: "&nlE;" }], [0, { v: "&gE;", n: 824, o: "&ngE;" }], [0, { v: "&lnE;", n: 65024, o: "&lvertneqq;" }], [0, { v: "&gnE;", n: 65024, o: "&gvertneqq;" }], [0, { v: "&ll;", n: new Map(/* @__PURE__ */ restoreDiff([[824, "&nLtv;"], [7577, "&nLt;"]])) }], [0, { v: "&gg;", n: new Map(/* @__PURE__ */ restoreDiff([[824, "&nGtv;"], [7577, "&nGt;"]])) }], [0, "&between;"], [0, "&NotCupCap;"], [0, "&nless;"], [0, "&ngt;"], [0, "&nle;"], [0, "&nge;"], [0, "&lesssim;"], [0, "&GreaterTilde;"], [0, "&nlsim;"], [0, "&ngsim;"], [0, "&LessGreater;"], [0, "&gl;"], [0, "&NotLessGreater;"], [0, "&NotGreaterLess;"], [0, "&pr;"], [0, "&sc;"], [0, "&prcue;"], [0, "&sccue;"], [0, "&PrecedesTilde;"], [0, { v: "&scsim;", n: 824, o: "&NotSucceedsTilde;" }], [0, "&NotPrecedes;"], [0, "&NotSucceeds;"], [0, { v: "&sub;", n: 8402, o: "&NotSubset;" }], [0, { v: "&sup;", n: 8402, o: "&NotSuperset;" }], [0, "&nsub;"], [0, "&nsup;"], [0, "&sube;"], [0, "&supe;"], [0, "&NotSubsetEqual;"], [0, "&NotSupersetEqual;"], [0, { v: "&subne;", n: 65024, o: "&varsubsetneq;" }], [0, { v: "&supne;", n: 65024, o: "&varsupsetneq;" }], [1, "&cupdot;"], [0, "&UnionPlus;"], [0, { v: "&sqsub;", n: 824, o: "&NotSquareSubset;" }], [0, { v: "&sqsup;", n: 824, o: "&NotSquareSuperset;" }], [0, "&sqsube;"], [0, "&sqsupe;"], [0, { v: "&sqcap;", n: 65024, o: "&sqcaps;" }], [0, { v: "&sqcup;", n: 65024, o: "&sqcups;" }], [0, "&CirclePlus;"], [0, "&CircleMinus;"], [0, "&CircleTimes;"], [0, "&osol;"], [0, "&CircleDot;"], [0, "&circledcirc;"], [0, "&circledast;"], [1, "&circleddash;"], [0, "&boxplus;"], [0, "&boxminus;"], [0, "&boxtimes;"], [0, "&dotsquare;"], [0, "&RightTee;"], [0, "&dashv;"], [0, "&DownTee;"], [0, "&bot;"], [1, "&models;"], [0, "&DoubleRightTee;"], [0, "&Vdash;"], [0, "&Vvdash;"], [0, "&VDash;"], [0, "&nvdash;"], [0, "&nvDash;"], [0, "&nVdash;"], [0, "&nVDash;"], [0, "&prurel;"], [1, "&LeftTriangle;"], [0, "&RightTriangle;"], [0, { v: "&LeftTriangleEqual;", n: 8402, o: "&nvltrie;" }], [0, { v: "&RightTriangleEqual;", n: 8402, o: "&nvrtrie;" }], [0, "&origof;"], [0, "&imof;"], [0, "&multimap;"], [0, "&hercon;"], [0, "&intcal;"], [0, "&veebar;"], [1, "&barvee;"], [0, "&angrtvb;"], [0, "&lrtri;"], [0, "&bigwedge;"], [0, "&bigvee;"], [0, "&bigcap;"], [0, "&bigcup;"], [0, "&diam;"], [0, "&sdot;"], [0, "&sstarf;"], [0, "&divideontimes;"], [0, "&bowtie;"], [0, "&ltimes;"], [0, "&rtimes;"], [0, "&leftthreetimes;"], [0, "&rightthreetimes;"], [0, "&backsimeq;"], [0, "&curlyvee;"], [0, "&curlywedge;"], [0, "&Sub;"], [0, "&Sup;"], [0, "&Cap;"], [0, "&Cup;"], [0, "&fork;"], [0, "&epar;"], [0, "&lessdot;"], [0, "&gtdot;"], [0, { v: "&Ll;", n: 824, o: "&nLl;" }], [0, { v: "&Gg;", n: 824, o: "&nGg;" }], [0, { v: "&leg;", n: 65024, o: "&lesg;" }], [0, { v: "&gel;", n: 65024, o: "&gesl;" }], [2, "&cuepr;"], [0, "&cuesc;"], [0, "&NotPrecedesSlantEqual;"], [0, "&NotSucceedsSlantEqual;"], [0, "&NotSquareSubsetEqual;"], [0, "&NotSquareSupersetEqual;"], [2, "&lnsim;"], [0, "&gnsim;"], [0, "&precnsim;"], [0, "&scnsim;"], [0, "&nltri;"], [0, "&NotRightTriangle;"], [0, "&nltrie;"], [0, "&NotRightTriangleEqual;"], [0, "&vellip;"], [0, "&ctdot;"], [0, "&utdot;"], [0, "&dtdot;"], [0, "&disin;"], [0, "&isinsv;"], [0, "&isins;"], [0, { v: "&isindot;", n: 824, o: "&notindot;" }], [0, "&notinvc;"], [0, "&notinvb;"], [1, { v: "&isinE;", n: 824, o: "&notinE;" }], [0, "&nisd;"], [0, "&xnis;"], [0, "&nis;"], [0, "&notnivc;"], [0, "&notnivb;"], [6, "&barwed;"], [0, "&Barwed;"], [1, "&lceil;"], [0, "&rceil;"], [0, "&LeftFloor;"], [0, "&rfloor;"], [0, "&drcrop;"], [0, "&dlcrop;"], [0, "&urcrop;"], [0, "&ulcrop;"], [0, "&bnot;"], [1, "&profline;"], [0, "&profsurf;"], [1, "&telrec;"], [0, "&target;"], [5, "&ulcorn;"], [0, "&urcorn;"], [0, "&dlcorn;"], [0, "&drcorn;"], [2, "&frown;"], [0, "&smile;"], [9, "&cylcty;"], [0, "&profalar;"], [7, "&topbot;"], [6, "&ovbar;"], [1, "&solbar;"], [60, "&angzarr;"], [51, "&lmoustache;"], [0, "&rmoustache;"], [2, "&OverBracket;"], [0, "&bbrk;"], [0, "&bbrktbrk;"], [37, "&OverParenthesis;"], [0, "&UnderParenthesis;"], [0, "&OverBrace;"], [0, "&UnderBrace;"], [2, "&trpezium;"], [4, "&elinters;"], [59, "&blank;"], [164, "&circledS;"], [55, "&boxh;"], [1, "&boxv;"], [9, "&boxdr;"], [3, "&boxdl;"], [3, "&boxur;"], [3, "&boxul;"], [3, "&boxvr;"], [7, "&boxvl;"], [7, "&boxhd;"], [7, "&boxhu;"], [7, "&boxvh;"], [19, "&boxH;"], [0, "&boxV;"], [0, "&boxdR;"], [0, "&boxDr;"], [0, "&boxDR;"], [0, "&boxdL;"], [0, "&boxDl;"], [0, "&boxDL;"], [0, "&boxuR;"], [0, "&boxUr;"], [0, "&boxUR;"], [0, "&boxuL;"], [0, "&boxUl;"], [0, "&boxUL;"], [0, "&boxvR;"], [0, "&boxVr;"], [0, "&boxVR;"], [0, "&boxvL;"], [0, "&boxVl;"], [0, "&boxVL;"], [0, "&boxHd;"], [0, "&boxhD;"], [0, "&boxHD;"], [0, "&boxHu;"], [0, "&boxhU;"], [0, "&boxHU;"], [0, "&boxvH;"], [0, "&boxVh;"], [0, "&boxVH;"], [19, "&uhblk;"], [3, "&lhblk;"], [3, "&block;"], [8, "&blk14;"], [0, "&blk12;"], [0, "&blk34;"], [13, "&square;"], [8, "&blacksquare;"], [0, "&EmptyVerySmallSquare;"], [1, "&rect;"], [0, "&marker;"], [2, "&fltns;"], [1, "&bigtriangleup;"], [0, "&blacktriangle;"], [0, "&triangle;"], [2, "&blacktriangleright;"], [0, "&rtri;"], [3, "&bigtriangledown;"], [0, "&blacktriangledown;"], [0, "&dtri;"], [2, "&blacktriangleleft;"], [0, "&ltri;"], [6, "&loz;"], [0, "&cir;"], [32, "&tridot;"], [2, "&bigcirc;"], [8, "&ultri;"], [0, "&urtri;"], [0, "&lltri;"], [0, "&EmptySmallSquare;"], [0, "&FilledSmallSquare;"], [8, "&bigstar;"], [0, "&star;"], [7, "&phone;"], [49, "&female;"], [1, "&male;"], [29, "&spades;"], [2, "&clubs;"], [1, "&hearts;"], [0, "&diamondsuit;"], [3, "&sung;"], [2, "&flat;"], [0, "&natural;"], [0, "&sharp;"], [163, "&check;"], [3, "&cross;"], [8, "&malt;"], [21, "&sext;"], [33, "&VerticalSeparator;"], [25, "&lbbrk;"], [0, "&rbbrk;"], [84, "&bsolhsub;"], [0, "&suphsol;"], [28, "&LeftDoubleBracket;"], [0, "&RightDoubleBracket;"], [0, "&lang;"], [0, "&rang;"], [0, "&Lang;"], [0, "&Rang;"], [0, "&loang;"], [0, "&roang;"], [7, "&longleftarrow;"], [0, "&longrightarrow;"], [0, "&longleftrightarrow;"], [0, "&DoubleLongLeftArrow;"], [0, "&DoubleLongRightArrow;"], [0, "&DoubleLongLeftRightArrow;"], [1, "&longmapsto;"], [2, "&dzigrarr;"], [258, "&nvlArr;"], [0, "&nvrArr;"], [0, "&nvHarr;"], [0, "&Map;"], [6, "&lbarr;"], [0, "&bkarow;"], [0, "&lBarr;"], [0, "&dbkarow;"], [0, "&drbkarow;"], [0, "&DDotrahd;"], [0, "&UpArrowBar;"], [0, "&DownArrowBar;"], [2, "&Rarrtl;"], [2, "&latail;"], [0, "&ratail;"], [0, "&lAtail;"], [0, "&rAtail;"], [0, "&larrfs;"], [0, "&rarrfs;"], [0, "&larrbfs;"], [0, "&rarrbfs;"], [2, "&nwarhk;"], [0, "&nearhk;"], [0, "&hksearow;"], [0, "&hkswarow;"], [0, "&nwnear;"], [0, "&nesear;"], [0, "&seswar;"], [0, "&swnwar;"], [8, { v: "&rarrc;", n: 824, o: "&nrarrc;" }], [1, "&cudarrr;"], [0, "&ldca;"], [0, "&rdca;"], [0, "&cudarrl;"], [0, "&larrpl;"], [2, "&curarrm;"], [0, "&cularrp;"], [7, "&rarrpl;"], [2, "&harrcir;"], [0, "&Uarrocir;"], [0, "&lurdshar;"], [0, "&ldrushar;"], [2, "&LeftRightVector;"], [0, "&RightUpDownVector;"], [0, "&DownLeftRightVector;"], [0, "&LeftUpDownVector;"], [0, "&LeftVectorBar;"], [0, "&RightVectorBar;"], [0, "&RightUpVectorBar;"], [0, "&RightDownVectorBar;"], [0, "&DownLeftVectorBar;"], [0, "&DownRightVectorBar;"], [0, "&LeftUpVectorBar;"], [0, "&LeftDownVectorBar;"], [0, "&LeftTeeVector;"], [0, "&RightTeeVector;"], [0, "&RightUpTeeVector;"], [0, "&RightDownTeeVector;"], [0, "&DownLeftTeeVector;"], [0, "&DownRightTeeVector;"], [0, "&LeftUpTeeVector;"], [0, "&LeftDownTeeVector;"], [0, "&lHar;"], [0, "&uHar;"], [0, "&rHar;"], [0, "&dHar;"], [0, "&luruhar;"], [0, "&ldrdhar;"], [0, "&ruluhar;"], [0, "&rdldhar;"], [0, "&lharul;"], [0, "&llhard;"], [0, "&rharul;"], [0, "&lrhard;"], [0, "&udhar;"], [0, "&duhar;"], [0, "&RoundImplies;"], [0, "&erarr;"], [0, "&simrarr;"], [0, "&larrsim;"], [0, "&rarrsim;"], [0, "&rarrap;"], [0, "&ltlarr;"], [1, "&gtrarr;"], [0, "&subrarr;"], [1, "&suplarr;"], [0, "&lfisht;"], [0, "&rfisht;"], [0, "&ufisht;"], [0, "&dfisht;"], [5, "&lopar;"], [0, "&ropar;"], [4, "&lbrke;"], [0, "&rbrke;"], [0, "&lbrkslu;"], [0, "&rbrksld;"], [0, "&lbrksld;"], [0, "&rbrkslu;"], [0, "&langd;"], [0, "&rangd;"], [0, "&lparlt;"], [0, "&rpargt;"], [0, "&gtlPar;"], [0, "&ltrPar;"], [3, "&vzigzag;"], [1, "&vangrt;"], [0, "&angrtvbd;"], [6, "&ange;"], [0, "&range;"], [0, "&dwangle;"], [0, "&uwangle;"], [0, "&angmsdaa;"], [0, "&angmsdab;"], [0, "&angmsdac;"], [0, "&angmsdad;"], [0, "&angmsdae;"], [0, "&angmsdaf;"], [0, "&angmsdag;"], [0, "&angmsdah;"], [0, "&bemptyv;"], [0, "&demptyv;"], [0, "&cemptyv;"], [0, "&raemptyv;"], [0, "&laemptyv;"], [0, "&ohbar;"], [0, "&omid;"], [0, "&opar;"], [1, "&operp;"], [1, "&olcross;"], [0, "&odsold;"], [1, "&olcir;"], [0, "&ofcir;"], [0, "&olt;"], [0, "&ogt;"], [0, "&cirscir;"], [0, "&cirE;"], [0, "&solb;"], [0, "&bsolb;"], [3, "&boxbox;"], [3, "&trisb;"], [0, "&rtriltri;"], [0, { v: "&LeftTriangleBar;", n: 824, o: "&NotLeftTriangleBar;" }], [0, { v: "&RightTriangleBar;", n: 824, o: "&NotRightTriangleBar;" }], [11, "&iinfin;"], [0, "&infintie;"], [0, "&nvinfin;"], [4, "&eparsl;"], [0, "&smeparsl;"], [0, "&eqvparsl;"], [5, "&blacklozenge;"], [8, "&RuleDelayed;"], [1, "&dsol;"], [9, "&bigodot;"], [0, "&bigoplus;"], [0, "&bigotimes;"], [1, "&biguplus;"], [1, "&bigsqcup;"], [5, "&iiiint;"], [0, "&fpartint;"], [2, "&cirfnint;"], [0, "&awint;"], [0, "&rppolint;"], [0, "&scpolint;"], [0, "&npolint;"], [0, "&pointint;"], [0, "&quatint;"], [0, "&intlarhk;"], [10, "&pluscir;"], [0, "&plusacir;"], [0, "&simplus;"], [0, "&plusdu;"], [0, "&plussim;"], [0, "&plustwo;"], [1, "&mcomma;"], [0, "&minusdu;"], [2, "&loplus;"], [0, "&roplus;"], [0, "&Cross;"], [0, "&timesd;"], [0, "&timesbar;"], [1, "&smashp;"], [0, "&lotimes;"], [0, "&rotimes;"], [0, "&otimesas;"], [0, "&Otimes;"], [0, "&odiv;"], [0, "&triplus;"], [0, "&triminus;"], [0, "&tritime;"], [0, "&intprod;"], [2, "&amalg;"], [0, "&capdot;"], [1, "&ncup;"], [0, "&ncap;"], [0, "&capand;"], [0, "&cupor;"], [0, "&cupcap;"], [0, "&capcup;"], [0, "&cupbrcap;"], [0, "&capbrcup;"], [0, "&cupcup;"], [0, "&capcap;"], [0, "&ccups;"], [0, "&ccaps;"], [2, "&ccupssm;"], [2, "&And;"], [0, "&Or;"], [0, "&andand;"], [0, "&oror;"], [0, "&orslope;"], [0, "&andslope;"], [1, "&andv;"], [0, "&orv;"], [0, "&andd;"], [0, "&ord;"], [1, "&wedbar;"], [6, "&sdote;"], [3, "&simdot;"], [2, { v: "&congdot;", n: 824, o: "&ncongdot;" }], [0, "&easter;"], [0, "&apacir;"], [0, { v: "&apE;", n: 824, o: "&napE;" }], [0, "&eplus;"], [0, "&pluse;"], [0, "&Esim;"], [0, "&Colone;"], [0, "&Equal;"], [1, "&ddotseq;"], [0, "&equivDD;"], [0, "&ltcir;"], [0, "&gtcir;"], [0, "&ltquest;"], [0, "&gtquest;"], [0, { v: "&leqslant;", n: 824, o: "&nleqslant;" }], [0, { v: "&geqslant;", n: 824, o: "&ngeqslant;" }], [0, "&lesdot;"], [0, "&gesdot;"], [0, "&lesdoto;"], [0, "&gesdoto;"], [0, "&lesdotor;"], [0, "&gesdotol;"], [0, "&lap;"], [0, "&gap;"], [0, "&lne;"], [0, "&gne;"], [0, "&lnap;"], [0, "&gnap;"], [0, "&lEg;"], [0, "&gEl;"], [0, "&lsime;"], [0, "&gsime;"], [0, "&lsimg;"], [0, "&gsiml;"], [0, "&lgE;"], [0, "&glE;"], [0, "&lesges;"], [0, "&gesles;"], [0, "&els;"], [0, "&egs;"], [0, "&elsdot;"], [0, "&egsdot;"], [0, "&el;"], [0, "&eg;"], [2, "&siml;"], [0, "&simg;"], [0, "&simlE;"], [0, "&simgE;"], [0, { v: "&LessLess;", n: 824, o: "&NotNestedLessLess;" }], [0, { v: "&GreaterGreater;", n: 824, o: "&NotNestedGreaterGreater;" }], [1, "&glj;"], [0, "&gla;"], [0, "&ltcc;"], [0, "&gtcc;"], [0, "&lescc;"], [0, "&gescc;"], [0, "&smt;"], [0, "&lat;"], [0, { v: "&smte;", n: 65024, o: "&smtes;" }], [0, { v: "&late;", n: 65024, o: "&lates;" }], [0, "&bumpE;"], [0, { v: "&PrecedesEqual;", n: 824, o: "&NotPrecedesEqual;" }], [0, { v: "&sce;", n: 824, o: "&NotSucceedsEqual;" }], [2, "&prE;"], [0, "&scE;"], [0, "&precneqq;"], [0, "&scnE;"], [0, "&prap;"], [0, "&scap;"], [0, "&precnapprox;"], [0, "&scnap;"], [0, "&Pr;"], [0, "&Sc;"], [0, "&subdot;"], [0, "&supdot;"], [0, "&subplus;"], [0, "&supplus;"], [0, "&submult;"], [0, "&supmult;"], [0, "&subedot;"], [0, "&supedot;"], [0, { v: "&subE;", n: 824, o: "&nsubE;" }], [0, { v: "&supE;", n: 824, o: "&nsupE;" }], [0, "&subsim;"], [0, "&supsim;"], [2, { v: "&subnE;", n: 65024, o: "&varsubsetneqq;" }], [0, { v: "&supnE;", n: 65024, o: "&varsupsetneqq;" }], [2, "&csub;"], [0, "&csup;"], [0, "&csube;"], [0, "&csupe;"], [0, "&subsup;"], [0, "&supsub;"], [0, "&subsub;"], [0, "&supsup;"], [0, "&suphsub;"], [0, "&supdsub;"], [0, "&forkv;"], [0, "&topfork;"], [0, "&mlcp;"], [8, "&Dashv;"], [1, "&Vdashl;"], [0, "&Barv;"], [0, "&vBar;"], [0, "&vBarv;"], [1, "&Vbar;"], [0, "&Not;"], [0, "&bNot;"], [0, "&rnmid;"], [0, "&cirmid;"], [0, "&midcir;"], [0, "&topcir;"], [0, "&nhpar;"], [0, "&parsim;"], [9, { v: "&parsl;", n: 8421, o: "&nparsl;" }], [44343, { n: new Map(/* @__PURE__ */ restoreDiff([[56476, "&Ascr;"], [1, "&Cscr;"], [0, "&Dscr;"], [2, "&Gscr;"], [2, "&Jscr;"], [0, "&Kscr;"], [2, "&Nscr;"], [0, "&Oscr;"], [0, "&Pscr;"], [0, "&Qscr;"], [1, "&Sscr;"], [0, "&Tscr;"], [0, "&Uscr;"], [0, "&Vscr;"], [0, "&Wscr;"], [0, "&Xscr;"], [0, "&Yscr;"], [0, "&Zscr;"], [0, "&ascr;"], [0, "&bscr;"], [0, "&cscr;"], [0, "&dscr;"], [1, "&fscr;"], [1, "&hscr;"], [0, "&iscr;"], [0, "&jscr;"], [0, "&kscr;"], [0, "&lscr;"], [0, "&mscr;"], [0, "&nscr;"], [1, "&pscr;"], [0, "&qscr;"], [0, "&rscr;"], [0, "&sscr;"], [0, "&tscr;"], [0, "&uscr;"], [0, "&vscr;"], [0, "&wscr;"], [0, "&xscr;"], [0, "&yscr;"], [0, "&zscr;"], [52, "&Afr;"], [0, "&Bfr;"], [1, "&Dfr;"], [0, "&Efr;"], [0, "&Ffr;"], [0, "&Gfr;"], [2, "&Jfr;"], [0, "&Kfr;"], [0, "&Lfr;"], [0, "&Mfr;"], [0, "&Nfr;"], [0, "&Ofr;"], [0, "&Pfr;"], [0, "&Qfr;"], [1, "&Sfr;"], [0, "&Tfr;"], [0, "&Ufr;"], [0, "&Vfr;"], [0, "&Wfr;"], [0, "&Xfr;"], [0, "&Yfr;"], [1, "&afr;"], [0, "&bfr;"], [0, "&cfr;"], [0, "&dfr;"], [0, "&efr;"], [0, "&ffr;"], [0, "&gfr;"], [0, "&hfr;"], [0, "&ifr;"], [0, "&jfr;"], [0, "&kfr;"], [0, "&lfr;"], [0, "&mfr;"], [0, "&nfr;"], [0, "&ofr;"], [0, "&pfr;"], [0, "&qfr;"], [0, "&rfr;"], [0, "&sfr;"], [0, "&tfr;"], [0, "&ufr;"], [0, "&vfr;"], [0, "&wfr;"], [0, "&xfr;"], [0, "&yfr;"], [0, "&zfr;"], [0, "&Aopf;"], [0, "&Bopf;"], [1, "&Dopf;"], [0, "&Eopf;"], [0, "&Fopf;"], [0, "&Gopf;"], [1, "&Iopf;"], [0, "&Jopf;"], [0, "&Kopf;"], [0, "&Lopf;"], [0, "&Mopf;"], [1, "&Oopf;"], [3, "&Sopf;"], [0, "&Topf;"], [0, "&Uopf;"], [0, "&Vopf;"], [0, "&Wopf;"], [0, "&Xopf;"], [0, "&Yopf;"], [1, "&aopf;"], [0, "&bopf;"], [0, "&copf;"], [0, "&dopf;"], [0, "&eopf;"], [0, "&fopf;"], [0, "&gopf;"], [0, "&hopf;"], [0, "&iopf;"], [0, "&jopf;"], [0, "&kopf;"], [0, "&lopf;"], [0, "&mopf;"], [0, "&nopf;"], [0, "&oopf;"], [0, "&popf;"], [0, "&qopf;"], [0, "&ropf;"], [0, "&sopf;"], [0, "&topf;"], [0, "&uopf;"], [0, "&vopf;"], [0, "&wopf;"], [0, "&xopf;"], [0, "&yopf;"], [0, "&zopf;"]])) }], [8906, "&fflig;"], [0, "&filig;"], [0, "&fllig;"], [0, "&ffilig;"], [0, "&ffllig;"]]));

// node_modules/markdown-it/node_modules/entities/lib/esm/escape.js
var xmlCodeMap = /* @__PURE__ */ new Map([
  [34, "&quot;"],
  [38, "&amp;"],
  [39, "&apos;"],
  [60, "&lt;"],
  [62, "&gt;"]
]);
var getCodePoint = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  String.prototype.codePointAt != null ? (str, index) => str.codePointAt(index) : (
    // http://mathiasbynens.be/notes/javascript-encoding#surrogate-formulae
    (c, index) => (c.charCodeAt(index) & 64512) === 55296 ? (c.charCodeAt(index) - 55296) * 1024 + c.charCodeAt(index + 1) - 56320 + 65536 : c.charCodeAt(index)
  )
);
function getEscaper(regex, map) {
  return function escape4(data) {
    let match2;
    let lastIdx = 0;
    let result = "";
    while (match2 = regex.exec(data)) {
      if (lastIdx !== match2.index) {
        result += data.substring(lastIdx, match2.index);
      }
      result += map.get(match2[0].charCodeAt(0));
      lastIdx = match2.index + 1;
    }
    return result + data.substring(lastIdx);
  };
}
var escapeUTF8 = getEscaper(/[&<>'"]/g, xmlCodeMap);
var escapeAttribute = getEscaper(/["&\u00A0]/g, /* @__PURE__ */ new Map([
  [34, "&quot;"],
  [38, "&amp;"],
  [160, "&nbsp;"]
]));
var escapeText = getEscaper(/[&<>\u00A0]/g, /* @__PURE__ */ new Map([
  [38, "&amp;"],
  [60, "&lt;"],
  [62, "&gt;"],
  [160, "&nbsp;"]
]));

// node_modules/markdown-it/node_modules/entities/lib/esm/index.js
var EntityLevel2;
(function(EntityLevel3) {
  EntityLevel3[EntityLevel3["XML"] = 0] = "XML";
  EntityLevel3[EntityLevel3["HTML"] = 1] = "HTML";
})(EntityLevel2 || (EntityLevel2 = {}));
var EncodingMode2;
(function(EncodingMode3) {
  EncodingMode3[EncodingMode3["UTF8"] = 0] = "UTF8";
  EncodingMode3[EncodingMode3["ASCII"] = 1] = "ASCII";
  EncodingMode3[EncodingMode3["Extensive"] = 2] = "Extensive";
  EncodingMode3[EncodingMode3["Attribute"] = 3] = "Attribute";
  EncodingMode3[EncodingMode3["Text"] = 4] = "Text";
})(EncodingMode2 || (EncodingMode2 = {}));

// node_modules/markdown-it/lib/common/utils.mjs
function _class(obj) {
  return Object.prototype.toString.call(obj);
}
function isString(obj) {
  return _class(obj) === "[object String]";
}
var _hasOwnProperty = Object.prototype.hasOwnProperty;
function has(object, key) {
  return _hasOwnProperty.call(object, key);
}
function assign(obj) {
  const sources = Array.prototype.slice.call(arguments, 1);
  sources.forEach(function(source) {
    if (!source) {
      return;
    }
    if (typeof source !== "object") {
      throw new TypeError(source + "must be object");
    }
    Object.keys(source).forEach(function(key) {
      obj[key] = source[key];
    });
  });
  return obj;
}
function arrayReplaceAt(src, pos, newElements) {
  return [].concat(src.slice(0, pos), newElements, src.slice(pos + 1));
}
function isValidEntityCode(c) {
  if (c >= 55296 && c <= 57343) {
    return false;
  }
  if (c >= 64976 && c <= 65007) {
    return false;
  }
  if ((c & 65535) === 65535 || (c & 65535) === 65534) {
    return false;
  }
  if (c >= 0 && c <= 8) {
    return false;
  }
  if (c === 11) {
    return false;
  }
  if (c >= 14 && c <= 31) {
    return false;
  }
  if (c >= 127 && c <= 159) {
    return false;
  }
  if (c > 1114111) {
    return false;
  }
  return true;
}
function fromCodePoint3(c) {
  if (c > 65535) {
    c -= 65536;
    const surrogate1 = 55296 + (c >> 10);
    const surrogate2 = 56320 + (c & 1023);
    return String.fromCharCode(surrogate1, surrogate2);
  }
  return String.fromCharCode(c);
}
var UNESCAPE_MD_RE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
var ENTITY_RE = /&([a-z#][a-z0-9]{1,31});/gi;
var UNESCAPE_ALL_RE = new RegExp(UNESCAPE_MD_RE.source + "|" + ENTITY_RE.source, "gi");
var DIGITAL_ENTITY_TEST_RE = /^#((?:x[a-f0-9]{1,8}|[0-9]{1,8}))$/i;
function replaceEntityPattern(match2, name) {
  if (name.charCodeAt(0) === 35 && DIGITAL_ENTITY_TEST_RE.test(name)) {
    const code2 = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (isValidEntityCode(code2)) {
      return fromCodePoint3(code2);
    }
    return match2;
  }
  const decoded = decodeHTML2(match2);
  if (decoded !== match2) {
    return decoded;
  }
  return match2;
}
function unescapeMd(str) {
  if (str.indexOf("\\") < 0) {
    return str;
  }
  return str.replace(UNESCAPE_MD_RE, "$1");
}
function unescapeAll(str) {
  if (str.indexOf("\\") < 0 && str.indexOf("&") < 0) {
    return str;
  }
  return str.replace(UNESCAPE_ALL_RE, function(match2, escaped, entity2) {
    if (escaped) {
      return escaped;
    }
    return replaceEntityPattern(match2, entity2);
  });
}
var HTML_ESCAPE_TEST_RE = /[&<>"]/;
var HTML_ESCAPE_REPLACE_RE = /[&<>"]/g;
var HTML_REPLACEMENTS = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;"
};
function replaceUnsafeChar(ch) {
  return HTML_REPLACEMENTS[ch];
}
function escapeHtml(str) {
  if (HTML_ESCAPE_TEST_RE.test(str)) {
    return str.replace(HTML_ESCAPE_REPLACE_RE, replaceUnsafeChar);
  }
  return str;
}
var REGEXP_ESCAPE_RE = /[.?*+^$[\]\\(){}|-]/g;
function escapeRE(str) {
  return str.replace(REGEXP_ESCAPE_RE, "\\$&");
}
function isSpace(code2) {
  switch (code2) {
    case 9:
    case 32:
      return true;
  }
  return false;
}
function isWhiteSpace(code2) {
  if (code2 >= 8192 && code2 <= 8202) {
    return true;
  }
  switch (code2) {
    case 9:
    // \t
    case 10:
    // \n
    case 11:
    // \v
    case 12:
    // \f
    case 13:
    // \r
    case 32:
    case 160:
    case 5760:
    case 8239:
    case 8287:
    case 12288:
      return true;
  }
  return false;
}
function isPunctChar(ch) {
  return regex_default4.test(ch) || regex_default5.test(ch);
}
function isPunctCharCode(code2) {
  return isPunctChar(fromCodePoint3(code2));
}
function isMdAsciiPunct(ch) {
  switch (ch) {
    case 33:
    case 34:
    case 35:
    case 36:
    case 37:
    case 38:
    case 39:
    case 40:
    case 41:
    case 42:
    case 43:
    case 44:
    case 45:
    case 46:
    case 47:
    case 58:
    case 59:
    case 60:
    case 61:
    case 62:
    case 63:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 124:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function normalizeReference(str) {
  str = str.trim().replace(/\s+/g, " ");
  if ("ẞ".toLowerCase() === "Ṿ") {
    str = str.replace(/ẞ/g, "ß");
  }
  return str.toLowerCase().toUpperCase();
}
function isAsciiTrimmable(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function asciiTrim(str) {
  let start = 0;
  for (; start < str.length; start++) {
    if (!isAsciiTrimmable(str.charCodeAt(start))) {
      break;
    }
  }
  let end = str.length - 1;
  for (; end >= start; end--) {
    if (!isAsciiTrimmable(str.charCodeAt(end))) {
      break;
    }
  }
  return str.slice(start, end + 1);
}
var lib = { mdurl: mdurl_exports, ucmicro: uc_exports };

// node_modules/markdown-it/lib/helpers/index.mjs
var helpers_exports = {};
__export(helpers_exports, {
  parseLinkDestination: () => parseLinkDestination,
  parseLinkLabel: () => parseLinkLabel,
  parseLinkTitle: () => parseLinkTitle
});

// node_modules/markdown-it/lib/helpers/parse_link_label.mjs
function parseLinkLabel(state, start, disableNested) {
  let level, found, marker, prevPos;
  const max = state.posMax;
  const oldPos = state.pos;
  state.pos = start + 1;
  level = 1;
  while (state.pos < max) {
    marker = state.src.charCodeAt(state.pos);
    if (marker === 93) {
      level--;
      if (level === 0) {
        found = true;
        break;
      }
    }
    prevPos = state.pos;
    state.md.inline.skipToken(state);
    if (marker === 91) {
      if (prevPos === state.pos - 1) {
        level++;
      } else if (disableNested) {
        state.pos = oldPos;
        return -1;
      }
    }
  }
  let labelEnd = -1;
  if (found) {
    labelEnd = state.pos;
  }
  state.pos = oldPos;
  return labelEnd;
}

// node_modules/markdown-it/lib/helpers/parse_link_destination.mjs
function parseLinkDestination(str, start, max) {
  let code2;
  let pos = start;
  const result = {
    ok: false,
    pos: 0,
    str: ""
  };
  if (str.charCodeAt(pos) === 60) {
    pos++;
    while (pos < max) {
      code2 = str.charCodeAt(pos);
      if (code2 === 10) {
        return result;
      }
      if (code2 === 60) {
        return result;
      }
      if (code2 === 62) {
        result.pos = pos + 1;
        result.str = unescapeAll(str.slice(start + 1, pos));
        result.ok = true;
        return result;
      }
      if (code2 === 92 && pos + 1 < max) {
        pos += 2;
        continue;
      }
      pos++;
    }
    return result;
  }
  let level = 0;
  while (pos < max) {
    code2 = str.charCodeAt(pos);
    if (code2 === 32) {
      break;
    }
    if (code2 < 32 || code2 === 127) {
      break;
    }
    if (code2 === 92 && pos + 1 < max) {
      if (str.charCodeAt(pos + 1) === 32) {
        pos++;
        continue;
      }
      pos += 2;
      continue;
    }
    if (code2 === 40) {
      level++;
      if (level > 32) {
        return result;
      }
    }
    if (code2 === 41) {
      if (level === 0) {
        break;
      }
      level--;
    }
    pos++;
  }
  if (start === pos) {
    return result;
  }
  if (level !== 0) {
    return result;
  }
  result.str = unescapeAll(str.slice(start, pos));
  result.pos = pos;
  result.ok = true;
  return result;
}

// node_modules/markdown-it/lib/helpers/parse_link_title.mjs
function parseLinkTitle(str, start, max, prev_state) {
  let code2;
  let pos = start;
  const state = {
    // if `true`, this is a valid link title
    ok: false,
    // if `true`, this link can be continued on the next line
    can_continue: false,
    // if `ok`, it's the position of the first character after the closing marker
    pos: 0,
    // if `ok`, it's the unescaped title
    str: "",
    // expected closing marker character code
    marker: 0
  };
  if (prev_state) {
    state.str = prev_state.str;
    state.marker = prev_state.marker;
  } else {
    if (pos >= max) {
      return state;
    }
    let marker = str.charCodeAt(pos);
    if (marker !== 34 && marker !== 39 && marker !== 40) {
      return state;
    }
    start++;
    pos++;
    if (marker === 40) {
      marker = 41;
    }
    state.marker = marker;
  }
  while (pos < max) {
    code2 = str.charCodeAt(pos);
    if (code2 === state.marker) {
      state.pos = pos + 1;
      state.str += unescapeAll(str.slice(start, pos));
      state.ok = true;
      return state;
    } else if (code2 === 40 && state.marker === 41) {
      return state;
    } else if (code2 === 92 && pos + 1 < max) {
      pos++;
    }
    pos++;
  }
  state.can_continue = true;
  state.str += unescapeAll(str.slice(start, pos));
  return state;
}

// node_modules/markdown-it/lib/renderer.mjs
var default_rules = {};
default_rules.code_inline = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  return "<code" + slf.renderAttrs(token) + ">" + escapeHtml(token.content) + "</code>";
};
default_rules.code_block = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  return "<pre" + slf.renderAttrs(token) + "><code>" + escapeHtml(tokens[idx].content) + "</code></pre>\n";
};
default_rules.fence = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  const info = token.info ? unescapeAll(token.info).trim() : "";
  let langName = "";
  let langAttrs = "";
  if (info) {
    const arr = info.split(/(\s+)/g);
    langName = arr[0];
    langAttrs = arr.slice(2).join("");
  }
  let highlighted;
  if (options.highlight) {
    highlighted = options.highlight(token.content, langName, langAttrs) || escapeHtml(token.content);
  } else {
    highlighted = escapeHtml(token.content);
  }
  if (highlighted.indexOf("<pre") === 0) {
    return highlighted + "\n";
  }
  if (info) {
    const i = token.attrIndex("class");
    const tmpAttrs = token.attrs ? token.attrs.slice() : [];
    if (i < 0) {
      tmpAttrs.push(["class", options.langPrefix + langName]);
    } else {
      tmpAttrs[i] = tmpAttrs[i].slice();
      tmpAttrs[i][1] += " " + options.langPrefix + langName;
    }
    const tmpToken = {
      attrs: tmpAttrs
    };
    return `<pre><code${slf.renderAttrs(tmpToken)}>${highlighted}</code></pre>
`;
  }
  return `<pre><code${slf.renderAttrs(token)}>${highlighted}</code></pre>
`;
};
default_rules.image = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  token.attrs[token.attrIndex("alt")][1] = slf.renderInlineAsText(token.children, options, env);
  return slf.renderToken(tokens, idx, options);
};
default_rules.hardbreak = function(tokens, idx, options) {
  return options.xhtmlOut ? "<br />\n" : "<br>\n";
};
default_rules.softbreak = function(tokens, idx, options) {
  return options.breaks ? options.xhtmlOut ? "<br />\n" : "<br>\n" : "\n";
};
default_rules.text = function(tokens, idx) {
  return escapeHtml(tokens[idx].content);
};
default_rules.html_block = function(tokens, idx) {
  return tokens[idx].content;
};
default_rules.html_inline = function(tokens, idx) {
  return tokens[idx].content;
};
function Renderer() {
  this.rules = assign({}, default_rules);
}
Renderer.prototype.renderAttrs = function renderAttrs(token) {
  let i, l, result;
  if (!token.attrs) {
    return "";
  }
  result = "";
  for (i = 0, l = token.attrs.length; i < l; i++) {
    result += " " + escapeHtml(token.attrs[i][0]) + '="' + escapeHtml(token.attrs[i][1]) + '"';
  }
  return result;
};
Renderer.prototype.renderToken = function renderToken(tokens, idx, options) {
  const token = tokens[idx];
  let result = "";
  if (token.hidden) {
    return "";
  }
  if (token.block && token.nesting !== -1 && idx && tokens[idx - 1].hidden) {
    result += "\n";
  }
  result += (token.nesting === -1 ? "</" : "<") + token.tag;
  result += this.renderAttrs(token);
  if (token.nesting === 0 && options.xhtmlOut) {
    result += " /";
  }
  let needLf = false;
  if (token.block) {
    needLf = true;
    if (token.nesting === 1) {
      if (idx + 1 < tokens.length) {
        const nextToken = tokens[idx + 1];
        if (nextToken.type === "inline" || nextToken.hidden) {
          needLf = false;
        } else if (nextToken.nesting === -1 && nextToken.tag === token.tag) {
          needLf = false;
        }
      }
    }
  }
  result += needLf ? ">\n" : ">";
  return result;
};
Renderer.prototype.renderInline = function(tokens, options, env) {
  let result = "";
  const rules2 = this.rules;
  for (let i = 0, len = tokens.length; i < len; i++) {
    const type = tokens[i].type;
    if (typeof rules2[type] !== "undefined") {
      result += rules2[type](tokens, i, options, env, this);
    } else {
      result += this.renderToken(tokens, i, options);
    }
  }
  return result;
};
Renderer.prototype.renderInlineAsText = function(tokens, options, env) {
  let result = "";
  for (let i = 0, len = tokens.length; i < len; i++) {
    switch (tokens[i].type) {
      case "text":
        result += tokens[i].content;
        break;
      case "image":
        result += this.renderInlineAsText(tokens[i].children, options, env);
        break;
      case "html_inline":
      case "html_block":
        result += tokens[i].content;
        break;
      case "softbreak":
      case "hardbreak":
        result += "\n";
        break;
      default:
    }
  }
  return result;
};
Renderer.prototype.render = function(tokens, options, env) {
  let result = "";
  const rules2 = this.rules;
  for (let i = 0, len = tokens.length; i < len; i++) {
    const type = tokens[i].type;
    if (type === "inline") {
      result += this.renderInline(tokens[i].children, options, env);
    } else if (typeof rules2[type] !== "undefined") {
      result += rules2[type](tokens, i, options, env, this);
    } else {
      result += this.renderToken(tokens, i, options, env);
    }
  }
  return result;
};
var renderer_default = Renderer;

// node_modules/markdown-it/lib/ruler.mjs
function Ruler() {
  this.__rules__ = [];
  this.__cache__ = null;
}
Ruler.prototype.__find__ = function(name) {
  for (let i = 0; i < this.__rules__.length; i++) {
    if (this.__rules__[i].name === name) {
      return i;
    }
  }
  return -1;
};
Ruler.prototype.__compile__ = function() {
  const self = this;
  const chains = [""];
  self.__rules__.forEach(function(rule) {
    if (!rule.enabled) {
      return;
    }
    rule.alt.forEach(function(altName) {
      if (chains.indexOf(altName) < 0) {
        chains.push(altName);
      }
    });
  });
  self.__cache__ = {};
  chains.forEach(function(chain) {
    self.__cache__[chain] = [];
    self.__rules__.forEach(function(rule) {
      if (!rule.enabled) {
        return;
      }
      if (chain && rule.alt.indexOf(chain) < 0) {
        return;
      }
      self.__cache__[chain].push(rule.fn);
    });
  });
};
Ruler.prototype.at = function(name, fn, options) {
  const index = this.__find__(name);
  const opt = options || {};
  if (index === -1) {
    throw new Error("Parser rule not found: " + name);
  }
  this.__rules__[index].fn = fn;
  this.__rules__[index].alt = opt.alt || [];
  this.__cache__ = null;
};
Ruler.prototype.before = function(beforeName, ruleName, fn, options) {
  const index = this.__find__(beforeName);
  const opt = options || {};
  if (index === -1) {
    throw new Error("Parser rule not found: " + beforeName);
  }
  this.__rules__.splice(index, 0, {
    name: ruleName,
    enabled: true,
    fn,
    alt: opt.alt || []
  });
  this.__cache__ = null;
};
Ruler.prototype.after = function(afterName, ruleName, fn, options) {
  const index = this.__find__(afterName);
  const opt = options || {};
  if (index === -1) {
    throw new Error("Parser rule not found: " + afterName);
  }
  this.__rules__.splice(index + 1, 0, {
    name: ruleName,
    enabled: true,
    fn,
    alt: opt.alt || []
  });
  this.__cache__ = null;
};
Ruler.prototype.push = function(ruleName, fn, options) {
  const opt = options || {};
  this.__rules__.push({
    name: ruleName,
    enabled: true,
    fn,
    alt: opt.alt || []
  });
  this.__cache__ = null;
};
Ruler.prototype.enable = function(list2, ignoreInvalid) {
  if (!Array.isArray(list2)) {
    list2 = [list2];
  }
  const result = [];
  list2.forEach(function(name) {
    const idx = this.__find__(name);
    if (idx < 0) {
      if (ignoreInvalid) {
        return;
      }
      throw new Error("Rules manager: invalid rule name " + name);
    }
    this.__rules__[idx].enabled = true;
    result.push(name);
  }, this);
  this.__cache__ = null;
  return result;
};
Ruler.prototype.enableOnly = function(list2, ignoreInvalid) {
  if (!Array.isArray(list2)) {
    list2 = [list2];
  }
  this.__rules__.forEach(function(rule) {
    rule.enabled = false;
  });
  this.enable(list2, ignoreInvalid);
};
Ruler.prototype.disable = function(list2, ignoreInvalid) {
  if (!Array.isArray(list2)) {
    list2 = [list2];
  }
  const result = [];
  list2.forEach(function(name) {
    const idx = this.__find__(name);
    if (idx < 0) {
      if (ignoreInvalid) {
        return;
      }
      throw new Error("Rules manager: invalid rule name " + name);
    }
    this.__rules__[idx].enabled = false;
    result.push(name);
  }, this);
  this.__cache__ = null;
  return result;
};
Ruler.prototype.getRules = function(chainName) {
  if (this.__cache__ === null) {
    this.__compile__();
  }
  return this.__cache__[chainName] || [];
};
var ruler_default = Ruler;

// node_modules/markdown-it/lib/token.mjs
function Token(type, tag, nesting) {
  this.type = type;
  this.tag = tag;
  this.attrs = null;
  this.map = null;
  this.nesting = nesting;
  this.level = 0;
  this.children = null;
  this.content = "";
  this.markup = "";
  this.info = "";
  this.meta = null;
  this.block = false;
  this.hidden = false;
}
Token.prototype.attrIndex = function attrIndex(name) {
  if (!this.attrs) {
    return -1;
  }
  const attrs = this.attrs;
  for (let i = 0, len = attrs.length; i < len; i++) {
    if (attrs[i][0] === name) {
      return i;
    }
  }
  return -1;
};
Token.prototype.attrPush = function attrPush(attrData) {
  if (this.attrs) {
    this.attrs.push(attrData);
  } else {
    this.attrs = [attrData];
  }
};
Token.prototype.attrSet = function attrSet(name, value) {
  const idx = this.attrIndex(name);
  const attrData = [name, value];
  if (idx < 0) {
    this.attrPush(attrData);
  } else {
    this.attrs[idx] = attrData;
  }
};
Token.prototype.attrGet = function attrGet(name) {
  const idx = this.attrIndex(name);
  let value = null;
  if (idx >= 0) {
    value = this.attrs[idx][1];
  }
  return value;
};
Token.prototype.attrJoin = function attrJoin(name, value) {
  const idx = this.attrIndex(name);
  if (idx < 0) {
    this.attrPush([name, value]);
  } else {
    this.attrs[idx][1] = this.attrs[idx][1] + " " + value;
  }
};
var token_default = Token;

// node_modules/markdown-it/lib/rules_core/state_core.mjs
function StateCore(src, md, env) {
  this.src = src;
  this.env = env;
  this.tokens = [];
  this.inlineMode = false;
  this.md = md;
}
StateCore.prototype.Token = token_default;
var state_core_default = StateCore;

// node_modules/markdown-it/lib/rules_core/normalize.mjs
var NEWLINES_RE = /\r\n?|\n/g;
var NULL_RE = /\0/g;
function normalize(state) {
  let str;
  str = state.src.replace(NEWLINES_RE, "\n");
  str = str.replace(NULL_RE, "�");
  state.src = str;
}

// node_modules/markdown-it/lib/rules_core/block.mjs
function block(state) {
  let token;
  if (state.inlineMode) {
    token = new state.Token("inline", "", 0);
    token.content = state.src;
    token.map = [0, 1];
    token.children = [];
    state.tokens.push(token);
  } else {
    state.md.block.parse(state.src, state.md, state.env, state.tokens);
  }
}

// node_modules/markdown-it/lib/rules_core/inline.mjs
function inline(state) {
  const tokens = state.tokens;
  for (let i = 0, l = tokens.length; i < l; i++) {
    const tok = tokens[i];
    if (tok.type === "inline") {
      state.md.inline.parse(tok.content, state.md, state.env, tok.children);
    }
  }
}

// node_modules/markdown-it/lib/rules_core/linkify.mjs
function isLinkOpen(str) {
  return /^<a[>\s]/i.test(str);
}
function isLinkClose(str) {
  return /^<\/a\s*>/i.test(str);
}
function linkify(state) {
  const blockTokens = state.tokens;
  if (!state.md.options.linkify) {
    return;
  }
  for (let j = 0, l = blockTokens.length; j < l; j++) {
    if (blockTokens[j].type !== "inline" || !state.md.linkify.pretest(blockTokens[j].content)) {
      continue;
    }
    const tokens = blockTokens[j].children;
    const replacements = [];
    let htmlLinkLevel = 0;
    for (let i = tokens.length - 1; i >= 0; i--) {
      const currentToken = tokens[i];
      if (currentToken.type === "link_close") {
        i--;
        while (tokens[i].level !== currentToken.level && tokens[i].type !== "link_open") {
          i--;
        }
        continue;
      }
      if (currentToken.type === "html_inline") {
        if (isLinkOpen(currentToken.content) && htmlLinkLevel > 0) {
          htmlLinkLevel--;
        }
        if (isLinkClose(currentToken.content)) {
          htmlLinkLevel++;
        }
      }
      if (htmlLinkLevel > 0) {
        continue;
      }
      if (currentToken.type === "text" && state.md.linkify.test(currentToken.content)) {
        const text2 = currentToken.content;
        let links = state.md.linkify.match(text2);
        const nodes = [];
        let level = currentToken.level;
        let lastPos = 0;
        if (links.length > 0 && links[0].index === 0 && i > 0 && tokens[i - 1].type === "text_special") {
          links = links.slice(1);
        }
        for (let ln = 0; ln < links.length; ln++) {
          const url = links[ln].url;
          const fullUrl = state.md.normalizeLink(url);
          if (!state.md.validateLink(fullUrl)) {
            continue;
          }
          let urlText = links[ln].text;
          if (!links[ln].schema) {
            urlText = state.md.normalizeLinkText("http://" + urlText).replace(/^http:\/\//, "");
          } else if (links[ln].schema === "mailto:" && !/^mailto:/i.test(urlText)) {
            urlText = state.md.normalizeLinkText("mailto:" + urlText).replace(/^mailto:/, "");
          } else {
            urlText = state.md.normalizeLinkText(urlText);
          }
          const pos = links[ln].index;
          if (pos > lastPos) {
            const token = new state.Token("text", "", 0);
            token.content = text2.slice(lastPos, pos);
            token.level = level;
            nodes.push(token);
          }
          const token_o = new state.Token("link_open", "a", 1);
          token_o.attrs = [["href", fullUrl]];
          token_o.level = level++;
          token_o.markup = "linkify";
          token_o.info = "auto";
          nodes.push(token_o);
          const token_t = new state.Token("text", "", 0);
          token_t.content = urlText;
          token_t.level = level;
          nodes.push(token_t);
          const token_c = new state.Token("link_close", "a", -1);
          token_c.level = --level;
          token_c.markup = "linkify";
          token_c.info = "auto";
          nodes.push(token_c);
          lastPos = links[ln].lastIndex;
        }
        if (lastPos < text2.length) {
          const token = new state.Token("text", "", 0);
          token.content = text2.slice(lastPos);
          token.level = level;
          nodes.push(token);
        }
        replacements.push({ index: i, nodes });
      }
    }
    if (replacements.length > 0) {
      let newTokensLength = tokens.length;
      for (const replacement of replacements) {
        newTokensLength += replacement.nodes.length - 1;
      }
      const newTokens = new Array(newTokensLength);
      let replacementIndex = 0;
      let newTokenIndex = 0;
      replacements.reverse();
      for (let i = 0; i < tokens.length; i++) {
        const replacement = replacements[replacementIndex];
        if (replacement?.index === i) {
          for (const node of replacement.nodes) {
            newTokens[newTokenIndex++] = node;
          }
          replacementIndex++;
        } else {
          newTokens[newTokenIndex++] = tokens[i];
        }
      }
      blockTokens[j].children = newTokens;
    }
  }
}

// node_modules/markdown-it/lib/rules_core/replacements.mjs
var RARE_RE = /\+-|\.\.|\?\?\?\?|!!!!|,,|--/;
var SCOPED_ABBR_TEST_RE = /\((c|tm|r)\)/i;
var SCOPED_ABBR_RE = /\((c|tm|r)\)/ig;
var SCOPED_ABBR = {
  c: "©",
  r: "®",
  tm: "™"
};
function replaceFn(match2, name) {
  return SCOPED_ABBR[name.toLowerCase()];
}
function replace_scoped(inlineTokens) {
  let inside_autolink = 0;
  for (let i = inlineTokens.length - 1; i >= 0; i--) {
    const token = inlineTokens[i];
    if (token.type === "text" && !inside_autolink) {
      token.content = token.content.replace(SCOPED_ABBR_RE, replaceFn);
    }
    if (token.type === "link_open" && token.info === "auto") {
      inside_autolink--;
    }
    if (token.type === "link_close" && token.info === "auto") {
      inside_autolink++;
    }
  }
}
function replace_rare(inlineTokens) {
  let inside_autolink = 0;
  for (let i = inlineTokens.length - 1; i >= 0; i--) {
    const token = inlineTokens[i];
    if (token.type === "text" && !inside_autolink) {
      if (RARE_RE.test(token.content)) {
        token.content = token.content.replace(/\+-/g, "±").replace(/\.{2,}/g, "…").replace(/([?!])…/g, "$1..").replace(/([?!]){4,}/g, "$1$1$1").replace(/,{2,}/g, ",").replace(/(^|[^-])---(?=[^-]|$)/mg, "$1—").replace(/(^|\s)--(?=\s|$)/mg, "$1–").replace(/(^|[^-\s])--(?=[^-\s]|$)/mg, "$1–");
      }
    }
    if (token.type === "link_open" && token.info === "auto") {
      inside_autolink--;
    }
    if (token.type === "link_close" && token.info === "auto") {
      inside_autolink++;
    }
  }
}
function replace(state) {
  let blkIdx;
  if (!state.md.options.typographer) {
    return;
  }
  for (blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline") {
      continue;
    }
    if (SCOPED_ABBR_TEST_RE.test(state.tokens[blkIdx].content)) {
      replace_scoped(state.tokens[blkIdx].children);
    }
    if (RARE_RE.test(state.tokens[blkIdx].content)) {
      replace_rare(state.tokens[blkIdx].children);
    }
  }
}

// node_modules/markdown-it/lib/rules_core/smartquotes.mjs
var QUOTE_TEST_RE = /['"]/;
var QUOTE_RE = /['"]/g;
var APOSTROPHE = "’";
var MAX_OPENERS = 1e3;
function truncateStack(stack, heads, length) {
  while (stack.length > length) {
    const item = stack.pop();
    if (item.isSingleQuote) {
      heads.single = item.prevSameQuoteIdx;
    } else {
      heads.double = item.prevSameQuoteIdx;
    }
  }
}
function addReplacement(replacements, tokenIdx, pos, ch) {
  if (!replacements[tokenIdx]) {
    replacements[tokenIdx] = [];
  }
  replacements[tokenIdx].push({ pos, ch });
}
function applyReplacements(str, replacements) {
  let result = "";
  let lastPos = 0;
  replacements.sort((a, b) => a.pos - b.pos);
  for (let i = 0; i < replacements.length; i++) {
    const replacement = replacements[i];
    result += str.slice(lastPos, replacement.pos) + replacement.ch;
    lastPos = replacement.pos + 1;
  }
  return result + str.slice(lastPos);
}
function process_inlines(tokens, state) {
  let j;
  const stack = [];
  const heads = { single: -1, double: -1 };
  const replacements = {};
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const thisLevel = tokens[i].level;
    for (j = stack.length - 1; j >= 0; j--) {
      if (stack[j].level <= thisLevel) {
        break;
      }
    }
    truncateStack(stack, heads, j + 1);
    if (token.type !== "text") {
      continue;
    }
    const text2 = token.content;
    let pos = 0;
    const max = text2.length;
    OUTER:
      while (pos < max) {
        QUOTE_RE.lastIndex = pos;
        const t = QUOTE_RE.exec(text2);
        if (!t) {
          break;
        }
        let canOpen = true;
        let canClose = true;
        pos = t.index + 1;
        const isSingle = t[0] === "'";
        let lastChar = 32;
        if (t.index - 1 >= 0) {
          lastChar = text2.charCodeAt(t.index - 1);
        } else {
          for (j = i - 1; j >= 0; j--) {
            if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
            if (!tokens[j].content) continue;
            lastChar = tokens[j].content.charCodeAt(tokens[j].content.length - 1);
            break;
          }
        }
        let nextChar = 32;
        if (pos < max) {
          nextChar = text2.charCodeAt(pos);
        } else {
          for (j = i + 1; j < tokens.length; j++) {
            if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
            if (!tokens[j].content) continue;
            nextChar = tokens[j].content.charCodeAt(0);
            break;
          }
        }
        const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
        const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
        const isLastWhiteSpace = isWhiteSpace(lastChar);
        const isNextWhiteSpace = isWhiteSpace(nextChar);
        if (isNextWhiteSpace) {
          canOpen = false;
        } else if (isNextPunctChar) {
          if (!(isLastWhiteSpace || isLastPunctChar)) {
            canOpen = false;
          }
        }
        if (isLastWhiteSpace) {
          canClose = false;
        } else if (isLastPunctChar) {
          if (!(isNextWhiteSpace || isNextPunctChar)) {
            canClose = false;
          }
        }
        if (nextChar === 34 && t[0] === '"') {
          if (lastChar >= 48 && lastChar <= 57) {
            canClose = canOpen = false;
          }
        }
        if (canOpen && canClose) {
          canOpen = isLastPunctChar;
          canClose = isNextPunctChar;
        }
        if (!canOpen && !canClose) {
          if (isSingle) {
            addReplacement(replacements, i, t.index, APOSTROPHE);
          }
          continue;
        }
        if (canClose) {
          j = isSingle ? heads.single : heads.double;
          if (j >= 0 && stack[j].level === thisLevel) {
            const item = stack[j];
            let openQuote;
            let closeQuote;
            if (isSingle) {
              openQuote = state.md.options.quotes[2];
              closeQuote = state.md.options.quotes[3];
            } else {
              openQuote = state.md.options.quotes[0];
              closeQuote = state.md.options.quotes[1];
            }
            addReplacement(replacements, i, t.index, closeQuote);
            addReplacement(replacements, item.tokenIdx, item.contentPos, openQuote);
            truncateStack(stack, heads, j);
            continue OUTER;
          }
        }
        if (canOpen) {
          if (stack.length >= MAX_OPENERS) {
            return;
          }
          stack.push({
            tokenIdx: i,
            contentPos: t.index,
            isSingleQuote: isSingle,
            level: thisLevel,
            // stack index of the previous opener of the same quote type, -1 if none
            prevSameQuoteIdx: isSingle ? heads.single : heads.double
          });
          if (isSingle) {
            heads.single = stack.length - 1;
          } else {
            heads.double = stack.length - 1;
          }
        } else if (canClose && isSingle) {
          addReplacement(replacements, i, t.index, APOSTROPHE);
        }
      }
  }
  Object.keys(replacements).forEach(function(tokenIdx) {
    tokens[tokenIdx].content = applyReplacements(tokens[tokenIdx].content, replacements[tokenIdx]);
  });
}
function smartquotes(state) {
  if (!state.md.options.typographer) {
    return;
  }
  for (let blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline" || !QUOTE_TEST_RE.test(state.tokens[blkIdx].content)) {
      continue;
    }
    process_inlines(state.tokens[blkIdx].children, state);
  }
}

// node_modules/markdown-it/lib/rules_core/text_join.mjs
function text_join(state) {
  let curr, last;
  const blockTokens = state.tokens;
  const l = blockTokens.length;
  for (let j = 0; j < l; j++) {
    if (blockTokens[j].type !== "inline") continue;
    const tokens = blockTokens[j].children;
    const max = tokens.length;
    for (curr = 0; curr < max; curr++) {
      if (tokens[curr].type === "text_special") {
        tokens[curr].type = "text";
      }
    }
    for (curr = last = 0; curr < max; curr++) {
      if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") {
        tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
      } else {
        if (curr !== last) {
          tokens[last] = tokens[curr];
        }
        last++;
      }
    }
    if (curr !== last) {
      tokens.length = last;
    }
  }
}

// node_modules/markdown-it/lib/parser_core.mjs
var _rules = [
  ["normalize", normalize],
  ["block", block],
  ["inline", inline],
  ["linkify", linkify],
  ["replacements", replace],
  ["smartquotes", smartquotes],
  // `text_join` finds `text_special` tokens (for escape sequences)
  // and joins them with the rest of the text
  ["text_join", text_join]
];
function Core() {
  this.ruler = new ruler_default();
  for (let i = 0; i < _rules.length; i++) {
    this.ruler.push(_rules[i][0], _rules[i][1]);
  }
}
Core.prototype.process = function(state) {
  const rules2 = this.ruler.getRules("");
  for (let i = 0, l = rules2.length; i < l; i++) {
    rules2[i](state);
  }
};
Core.prototype.State = state_core_default;
var parser_core_default = Core;

// node_modules/markdown-it/lib/rules_block/state_block.mjs
function StateBlock(src, md, env, tokens) {
  this.src = src;
  this.md = md;
  this.env = env;
  this.tokens = tokens;
  this.bMarks = [];
  this.eMarks = [];
  this.tShift = [];
  this.sCount = [];
  this.bsCount = [];
  this.blkIndent = 0;
  this.line = 0;
  this.lineMax = 0;
  this.tight = false;
  this.ddIndent = -1;
  this.listIndent = -1;
  this.parentType = "root";
  this.level = 0;
  const s = this.src;
  for (let start = 0, pos = 0, indent = 0, offset = 0, len = s.length, indent_found = false; pos < len; pos++) {
    const ch = s.charCodeAt(pos);
    if (!indent_found) {
      if (isSpace(ch)) {
        indent++;
        if (ch === 9) {
          offset += 4 - offset % 4;
        } else {
          offset++;
        }
        continue;
      } else {
        indent_found = true;
      }
    }
    if (ch === 10 || pos === len - 1) {
      if (ch !== 10) {
        pos++;
      }
      this.bMarks.push(start);
      this.eMarks.push(pos);
      this.tShift.push(indent);
      this.sCount.push(offset);
      this.bsCount.push(0);
      indent_found = false;
      indent = 0;
      offset = 0;
      start = pos + 1;
    }
  }
  this.bMarks.push(s.length);
  this.eMarks.push(s.length);
  this.tShift.push(0);
  this.sCount.push(0);
  this.bsCount.push(0);
  this.lineMax = this.bMarks.length - 1;
}
StateBlock.prototype.push = function(type, tag, nesting) {
  const token = new token_default(type, tag, nesting);
  token.block = true;
  if (nesting < 0) this.level--;
  token.level = this.level;
  if (nesting > 0) this.level++;
  this.tokens.push(token);
  return token;
};
StateBlock.prototype.isEmpty = function isEmpty(line) {
  return this.bMarks[line] + this.tShift[line] >= this.eMarks[line];
};
StateBlock.prototype.skipEmptyLines = function skipEmptyLines(from) {
  for (let max = this.lineMax; from < max; from++) {
    if (this.bMarks[from] + this.tShift[from] < this.eMarks[from]) {
      break;
    }
  }
  return from;
};
StateBlock.prototype.skipSpaces = function skipSpaces(pos) {
  for (let max = this.src.length; pos < max; pos++) {
    const ch = this.src.charCodeAt(pos);
    if (!isSpace(ch)) {
      break;
    }
  }
  return pos;
};
StateBlock.prototype.skipSpacesBack = function skipSpacesBack(pos, min) {
  if (pos <= min) {
    return pos;
  }
  while (pos > min) {
    if (!isSpace(this.src.charCodeAt(--pos))) {
      return pos + 1;
    }
  }
  return pos;
};
StateBlock.prototype.skipChars = function skipChars(pos, code2) {
  for (let max = this.src.length; pos < max; pos++) {
    if (this.src.charCodeAt(pos) !== code2) {
      break;
    }
  }
  return pos;
};
StateBlock.prototype.skipCharsBack = function skipCharsBack(pos, code2, min) {
  if (pos <= min) {
    return pos;
  }
  while (pos > min) {
    if (code2 !== this.src.charCodeAt(--pos)) {
      return pos + 1;
    }
  }
  return pos;
};
StateBlock.prototype.getLines = function getLines(begin, end, indent, keepLastLF) {
  if (begin >= end) {
    return "";
  }
  const queue = new Array(end - begin);
  for (let i = 0, line = begin; line < end; line++, i++) {
    let lineIndent = 0;
    const lineStart = this.bMarks[line];
    let first = lineStart;
    let last;
    if (line + 1 < end || keepLastLF) {
      last = this.eMarks[line] + 1;
    } else {
      last = this.eMarks[line];
    }
    while (first < last && lineIndent < indent) {
      const ch = this.src.charCodeAt(first);
      if (isSpace(ch)) {
        if (ch === 9) {
          lineIndent += 4 - (lineIndent + this.bsCount[line]) % 4;
        } else {
          lineIndent++;
        }
      } else if (first - lineStart < this.tShift[line]) {
        lineIndent++;
      } else {
        break;
      }
      first++;
    }
    if (lineIndent > indent) {
      queue[i] = new Array(lineIndent - indent + 1).join(" ") + this.src.slice(first, last);
    } else {
      queue[i] = this.src.slice(first, last);
    }
  }
  return queue.join("");
};
StateBlock.prototype.Token = token_default;
var state_block_default = StateBlock;

// node_modules/markdown-it/lib/rules_block/table.mjs
var MAX_AUTOCOMPLETED_CELLS = 65536;
function getLine(state, line) {
  const pos = state.bMarks[line] + state.tShift[line];
  const max = state.eMarks[line];
  return state.src.slice(pos, max);
}
function escapedSplit(str) {
  const result = [];
  const max = str.length;
  let pos = 0;
  let ch = str.charCodeAt(pos);
  let isEscaped = false;
  let lastPos = 0;
  let current2 = "";
  while (pos < max) {
    if (ch === 124) {
      if (!isEscaped) {
        result.push(current2 + str.substring(lastPos, pos));
        current2 = "";
        lastPos = pos + 1;
      } else {
        current2 += str.substring(lastPos, pos - 1);
        lastPos = pos;
      }
    }
    isEscaped = ch === 92;
    pos++;
    ch = str.charCodeAt(pos);
  }
  result.push(current2 + str.substring(lastPos));
  return result;
}
function table(state, startLine, endLine, silent) {
  if (startLine + 2 > endLine) {
    return false;
  }
  let nextLine = startLine + 1;
  if (state.sCount[nextLine] < state.blkIndent) {
    return false;
  }
  if (state.sCount[nextLine] - state.blkIndent >= 4) {
    return false;
  }
  let pos = state.bMarks[nextLine] + state.tShift[nextLine];
  if (pos >= state.eMarks[nextLine]) {
    return false;
  }
  const firstCh = state.src.charCodeAt(pos++);
  if (firstCh !== 124 && firstCh !== 45 && firstCh !== 58) {
    return false;
  }
  if (pos >= state.eMarks[nextLine]) {
    return false;
  }
  const secondCh = state.src.charCodeAt(pos++);
  if (secondCh !== 124 && secondCh !== 45 && secondCh !== 58 && !isSpace(secondCh)) {
    return false;
  }
  if (firstCh === 45 && isSpace(secondCh)) {
    return false;
  }
  while (pos < state.eMarks[nextLine]) {
    const ch = state.src.charCodeAt(pos);
    if (ch !== 124 && ch !== 45 && ch !== 58 && !isSpace(ch)) {
      return false;
    }
    pos++;
  }
  let lineText = getLine(state, startLine + 1);
  let columns = lineText.split("|");
  const aligns = [];
  for (let i = 0; i < columns.length; i++) {
    const t = columns[i].trim();
    if (!t) {
      if (i === 0 || i === columns.length - 1) {
        continue;
      } else {
        return false;
      }
    }
    if (!/^:?-+:?$/.test(t)) {
      return false;
    }
    if (t.charCodeAt(t.length - 1) === 58) {
      aligns.push(t.charCodeAt(0) === 58 ? "center" : "right");
    } else if (t.charCodeAt(0) === 58) {
      aligns.push("left");
    } else {
      aligns.push("");
    }
  }
  lineText = getLine(state, startLine).trim();
  if (lineText.indexOf("|") === -1) {
    return false;
  }
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  columns = escapedSplit(lineText);
  if (columns.length && columns[0] === "") columns.shift();
  if (columns.length && columns[columns.length - 1] === "") columns.pop();
  const columnCount = columns.length;
  if (columnCount === 0 || columnCount !== aligns.length) {
    return false;
  }
  if (silent) {
    return true;
  }
  const oldParentType = state.parentType;
  state.parentType = "table";
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const token_to = state.push("table_open", "table", 1);
  const tableLines = [startLine, 0];
  token_to.map = tableLines;
  const token_tho = state.push("thead_open", "thead", 1);
  token_tho.map = [startLine, startLine + 1];
  const token_htro = state.push("tr_open", "tr", 1);
  token_htro.map = [startLine, startLine + 1];
  for (let i = 0; i < columns.length; i++) {
    const token_ho = state.push("th_open", "th", 1);
    if (aligns[i]) {
      token_ho.attrs = [["style", "text-align:" + aligns[i]]];
    }
    const token_il = state.push("inline", "", 0);
    token_il.content = columns[i].trim();
    token_il.children = [];
    state.push("th_close", "th", -1);
  }
  state.push("tr_close", "tr", -1);
  state.push("thead_close", "thead", -1);
  let tbodyLines;
  let autocompletedCells = 0;
  for (nextLine = startLine + 2; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine] < state.blkIndent) {
      break;
    }
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      break;
    }
    lineText = getLine(state, nextLine).trim();
    if (!lineText) {
      break;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      break;
    }
    columns = escapedSplit(lineText);
    if (columns.length && columns[0] === "") columns.shift();
    if (columns.length && columns[columns.length - 1] === "") columns.pop();
    autocompletedCells += columnCount - columns.length;
    if (autocompletedCells > MAX_AUTOCOMPLETED_CELLS) {
      break;
    }
    if (nextLine === startLine + 2) {
      const token_tbo = state.push("tbody_open", "tbody", 1);
      token_tbo.map = tbodyLines = [startLine + 2, 0];
    }
    const token_tro = state.push("tr_open", "tr", 1);
    token_tro.map = [nextLine, nextLine + 1];
    for (let i = 0; i < columnCount; i++) {
      const token_tdo = state.push("td_open", "td", 1);
      if (aligns[i]) {
        token_tdo.attrs = [["style", "text-align:" + aligns[i]]];
      }
      const token_il = state.push("inline", "", 0);
      token_il.content = columns[i] ? columns[i].trim() : "";
      token_il.children = [];
      state.push("td_close", "td", -1);
    }
    state.push("tr_close", "tr", -1);
  }
  if (tbodyLines) {
    state.push("tbody_close", "tbody", -1);
    tbodyLines[1] = nextLine;
  }
  state.push("table_close", "table", -1);
  tableLines[1] = nextLine;
  state.parentType = oldParentType;
  state.line = nextLine;
  return true;
}

// node_modules/markdown-it/lib/rules_block/code.mjs
function code(state, startLine, endLine) {
  if (state.sCount[startLine] - state.blkIndent < 4) {
    return false;
  }
  let nextLine = startLine + 1;
  let last = nextLine;
  while (nextLine < endLine) {
    if (state.isEmpty(nextLine)) {
      nextLine++;
      continue;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      nextLine++;
      last = nextLine;
      continue;
    }
    break;
  }
  state.line = last;
  const token = state.push("code_block", "code", 0);
  token.content = state.getLines(startLine, last, 4 + state.blkIndent, false) + "\n";
  token.map = [startLine, state.line];
  return true;
}

// node_modules/markdown-it/lib/rules_block/fence.mjs
function fence(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  if (pos + 3 > max) {
    return false;
  }
  const marker = state.src.charCodeAt(pos);
  if (marker !== 126 && marker !== 96) {
    return false;
  }
  let mem = pos;
  pos = state.skipChars(pos, marker);
  let len = pos - mem;
  if (len < 3) {
    return false;
  }
  const markup = state.src.slice(mem, pos);
  const params = state.src.slice(pos, max);
  if (marker === 96) {
    if (params.indexOf(String.fromCharCode(marker)) >= 0) {
      return false;
    }
  }
  if (silent) {
    return true;
  }
  let nextLine = startLine;
  let haveEndMarker = false;
  for (; ; ) {
    nextLine++;
    if (nextLine >= endLine) {
      break;
    }
    pos = mem = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos < max && state.sCount[nextLine] < state.blkIndent) {
      break;
    }
    if (state.src.charCodeAt(pos) !== marker) {
      continue;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      continue;
    }
    pos = state.skipChars(pos, marker);
    if (pos - mem < len) {
      continue;
    }
    pos = state.skipSpaces(pos);
    if (pos < max) {
      continue;
    }
    haveEndMarker = true;
    break;
  }
  len = state.sCount[startLine];
  state.line = nextLine + (haveEndMarker ? 1 : 0);
  const token = state.push("fence", "code", 0);
  token.info = params;
  token.content = state.getLines(startLine + 1, nextLine, len, true);
  token.markup = markup;
  token.map = [startLine, state.line];
  return true;
}

// node_modules/markdown-it/lib/rules_block/blockquote.mjs
function blockquote(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  const oldLineMax = state.lineMax;
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  if (state.src.charCodeAt(pos) !== 62) {
    return false;
  }
  if (silent) {
    return true;
  }
  const oldBMarks = [];
  const oldBSCount = [];
  const oldSCount = [];
  const oldTShift = [];
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const oldParentType = state.parentType;
  state.parentType = "blockquote";
  let lastLineEmpty = false;
  let nextLine;
  for (nextLine = startLine; nextLine < endLine; nextLine++) {
    const isOutdented = state.sCount[nextLine] < state.blkIndent;
    pos = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos >= max) {
      break;
    }
    if (state.src.charCodeAt(pos++) === 62 && !isOutdented) {
      let initial = state.sCount[nextLine] + 1;
      let spaceAfterMarker;
      let adjustTab;
      if (state.src.charCodeAt(pos) === 32) {
        pos++;
        initial++;
        adjustTab = false;
        spaceAfterMarker = true;
      } else if (state.src.charCodeAt(pos) === 9) {
        spaceAfterMarker = true;
        if ((state.bsCount[nextLine] + initial) % 4 === 3) {
          pos++;
          initial++;
          adjustTab = false;
        } else {
          adjustTab = true;
        }
      } else {
        spaceAfterMarker = false;
      }
      let offset = initial;
      oldBMarks.push(state.bMarks[nextLine]);
      state.bMarks[nextLine] = pos;
      while (pos < max) {
        const ch = state.src.charCodeAt(pos);
        if (isSpace(ch)) {
          if (ch === 9) {
            offset += 4 - (offset + state.bsCount[nextLine] + (adjustTab ? 1 : 0)) % 4;
          } else {
            offset++;
          }
        } else {
          break;
        }
        pos++;
      }
      lastLineEmpty = pos >= max;
      oldBSCount.push(state.bsCount[nextLine]);
      state.bsCount[nextLine] = state.sCount[nextLine] + 1 + (spaceAfterMarker ? 1 : 0);
      oldSCount.push(state.sCount[nextLine]);
      state.sCount[nextLine] = offset - initial;
      oldTShift.push(state.tShift[nextLine]);
      state.tShift[nextLine] = pos - state.bMarks[nextLine];
      continue;
    }
    if (lastLineEmpty) {
      break;
    }
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      state.lineMax = nextLine;
      if (state.blkIndent !== 0) {
        oldBMarks.push(state.bMarks[nextLine]);
        oldBSCount.push(state.bsCount[nextLine]);
        oldTShift.push(state.tShift[nextLine]);
        oldSCount.push(state.sCount[nextLine]);
        state.sCount[nextLine] -= state.blkIndent;
      }
      break;
    }
    oldBMarks.push(state.bMarks[nextLine]);
    oldBSCount.push(state.bsCount[nextLine]);
    oldTShift.push(state.tShift[nextLine]);
    oldSCount.push(state.sCount[nextLine]);
    state.sCount[nextLine] = -1;
  }
  const oldIndent = state.blkIndent;
  state.blkIndent = 0;
  const token_o = state.push("blockquote_open", "blockquote", 1);
  token_o.markup = ">";
  const lines = [startLine, 0];
  token_o.map = lines;
  state.md.block.tokenize(state, startLine, nextLine);
  const token_c = state.push("blockquote_close", "blockquote", -1);
  token_c.markup = ">";
  state.lineMax = oldLineMax;
  state.parentType = oldParentType;
  lines[1] = state.line;
  for (let i = 0; i < oldTShift.length; i++) {
    state.bMarks[i + startLine] = oldBMarks[i];
    state.tShift[i + startLine] = oldTShift[i];
    state.sCount[i + startLine] = oldSCount[i];
    state.bsCount[i + startLine] = oldBSCount[i];
  }
  state.blkIndent = oldIndent;
  return true;
}

// node_modules/markdown-it/lib/rules_block/hr.mjs
function hr(state, startLine, endLine, silent) {
  const max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 && marker !== 45 && marker !== 95) {
    return false;
  }
  let cnt = 1;
  while (pos < max) {
    const ch = state.src.charCodeAt(pos++);
    if (ch !== marker && !isSpace(ch)) {
      return false;
    }
    if (ch === marker) {
      cnt++;
    }
  }
  if (cnt < 3) {
    return false;
  }
  if (silent) {
    return true;
  }
  state.line = startLine + 1;
  const token = state.push("hr", "hr", 0);
  token.map = [startLine, state.line];
  token.markup = Array(cnt + 1).join(String.fromCharCode(marker));
  return true;
}

// node_modules/markdown-it/lib/rules_block/list.mjs
function skipBulletListMarker(state, startLine) {
  const max = state.eMarks[startLine];
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 && marker !== 45 && marker !== 43) {
    return -1;
  }
  if (pos < max) {
    const ch = state.src.charCodeAt(pos);
    if (!isSpace(ch)) {
      return -1;
    }
  }
  return pos;
}
function skipOrderedListMarker(state, startLine) {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  let pos = start;
  if (pos + 1 >= max) {
    return -1;
  }
  let ch = state.src.charCodeAt(pos++);
  if (ch < 48 || ch > 57) {
    return -1;
  }
  for (; ; ) {
    if (pos >= max) {
      return -1;
    }
    ch = state.src.charCodeAt(pos++);
    if (ch >= 48 && ch <= 57) {
      if (pos - start >= 10) {
        return -1;
      }
      continue;
    }
    if (ch === 41 || ch === 46) {
      break;
    }
    return -1;
  }
  if (pos < max) {
    ch = state.src.charCodeAt(pos);
    if (!isSpace(ch)) {
      return -1;
    }
  }
  return pos;
}
function markTightParagraphs(state, idx) {
  const level = state.level + 2;
  for (let i = idx + 2, l = state.tokens.length - 2; i < l; i++) {
    if (state.tokens[i].level === level && state.tokens[i].type === "paragraph_open") {
      state.tokens[i + 2].hidden = true;
      state.tokens[i].hidden = true;
      i += 2;
    }
  }
}
function list(state, startLine, endLine, silent) {
  let max, pos, start, token;
  let nextLine = startLine;
  let tight = true;
  if (state.sCount[nextLine] - state.blkIndent >= 4) {
    return false;
  }
  if (state.listIndent >= 0 && state.sCount[nextLine] - state.listIndent >= 4 && state.sCount[nextLine] < state.blkIndent) {
    return false;
  }
  let isTerminatingParagraph = false;
  if (silent && state.parentType === "paragraph") {
    if (state.sCount[nextLine] >= state.blkIndent) {
      isTerminatingParagraph = true;
    }
  }
  let isOrdered;
  let markerValue;
  let posAfterMarker;
  if ((posAfterMarker = skipOrderedListMarker(state, nextLine)) >= 0) {
    isOrdered = true;
    start = state.bMarks[nextLine] + state.tShift[nextLine];
    markerValue = Number(state.src.slice(start, posAfterMarker - 1));
    if (isTerminatingParagraph && markerValue !== 1) return false;
  } else if ((posAfterMarker = skipBulletListMarker(state, nextLine)) >= 0) {
    isOrdered = false;
  } else {
    return false;
  }
  if (isTerminatingParagraph) {
    if (state.skipSpaces(posAfterMarker) >= state.eMarks[nextLine]) return false;
  }
  if (silent) {
    return true;
  }
  const markerCharCode = state.src.charCodeAt(posAfterMarker - 1);
  const listTokIdx = state.tokens.length;
  if (isOrdered) {
    token = state.push("ordered_list_open", "ol", 1);
    if (markerValue !== 1) {
      token.attrs = [["start", markerValue]];
    }
  } else {
    token = state.push("bullet_list_open", "ul", 1);
  }
  const listLines = [nextLine, 0];
  token.map = listLines;
  token.markup = String.fromCharCode(markerCharCode);
  let prevEmptyEnd = false;
  const terminatorRules = state.md.block.ruler.getRules("list");
  const oldParentType = state.parentType;
  state.parentType = "list";
  while (nextLine < endLine) {
    pos = posAfterMarker;
    max = state.eMarks[nextLine];
    const initial = state.sCount[nextLine] + posAfterMarker - (state.bMarks[nextLine] + state.tShift[nextLine]);
    let offset = initial;
    while (pos < max) {
      const ch = state.src.charCodeAt(pos);
      if (ch === 9) {
        offset += 4 - (offset + state.bsCount[nextLine]) % 4;
      } else if (ch === 32) {
        offset++;
      } else {
        break;
      }
      pos++;
    }
    const contentStart2 = pos;
    let indentAfterMarker;
    if (contentStart2 >= max) {
      indentAfterMarker = 1;
    } else {
      indentAfterMarker = offset - initial;
    }
    if (indentAfterMarker > 4) {
      indentAfterMarker = 1;
    }
    const indent = initial + indentAfterMarker;
    token = state.push("list_item_open", "li", 1);
    token.markup = String.fromCharCode(markerCharCode);
    const itemLines = [nextLine, 0];
    token.map = itemLines;
    if (isOrdered) {
      token.info = state.src.slice(start, posAfterMarker - 1);
    }
    const oldTight = state.tight;
    const oldTShift = state.tShift[nextLine];
    const oldSCount = state.sCount[nextLine];
    const oldListIndent = state.listIndent;
    state.listIndent = state.blkIndent;
    state.blkIndent = indent;
    state.tight = true;
    state.tShift[nextLine] = contentStart2 - state.bMarks[nextLine];
    state.sCount[nextLine] = offset;
    if (contentStart2 >= max && state.isEmpty(nextLine + 1)) {
      state.line = Math.min(state.line + 2, endLine);
    } else {
      state.md.block.tokenize(state, nextLine, endLine, true);
    }
    if (!state.tight || prevEmptyEnd) {
      tight = false;
    }
    prevEmptyEnd = state.line - nextLine > 1 && state.isEmpty(state.line - 1);
    state.blkIndent = state.listIndent;
    state.listIndent = oldListIndent;
    state.tShift[nextLine] = oldTShift;
    state.sCount[nextLine] = oldSCount;
    state.tight = oldTight;
    token = state.push("list_item_close", "li", -1);
    token.markup = String.fromCharCode(markerCharCode);
    nextLine = state.line;
    itemLines[1] = nextLine;
    if (nextLine >= endLine) {
      break;
    }
    if (state.sCount[nextLine] < state.blkIndent) {
      break;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      break;
    }
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      break;
    }
    if (isOrdered) {
      posAfterMarker = skipOrderedListMarker(state, nextLine);
      if (posAfterMarker < 0) {
        break;
      }
      start = state.bMarks[nextLine] + state.tShift[nextLine];
    } else {
      posAfterMarker = skipBulletListMarker(state, nextLine);
      if (posAfterMarker < 0) {
        break;
      }
    }
    if (markerCharCode !== state.src.charCodeAt(posAfterMarker - 1)) {
      break;
    }
  }
  if (isOrdered) {
    token = state.push("ordered_list_close", "ol", -1);
  } else {
    token = state.push("bullet_list_close", "ul", -1);
  }
  token.markup = String.fromCharCode(markerCharCode);
  listLines[1] = nextLine;
  state.line = nextLine;
  state.parentType = oldParentType;
  if (tight) {
    markTightParagraphs(state, listTokIdx);
  }
  return true;
}

// node_modules/markdown-it/lib/rules_block/reference.mjs
var MAX_LABEL_LENGTH = 999;
function countCodePoints(str) {
  let length = str.length;
  for (let i = 0; i < str.length - 1; i++) {
    const high = str.charCodeAt(i);
    if (high < 55296 || high > 56319) {
      continue;
    }
    const low = str.charCodeAt(i + 1);
    if (low >= 56320 && low <= 57343) {
      length--;
      i++;
    }
  }
  return length;
}
function lineEnd(state, line) {
  return Math.min(state.eMarks[line] + 1, state.src.length);
}
function getNextLinePos(state, nextLine) {
  const endLine = state.lineMax;
  if (nextLine >= endLine || state.isEmpty(nextLine)) {
    return -1;
  }
  let isContinuation = false;
  if (state.sCount[nextLine] - state.blkIndent > 3) {
    isContinuation = true;
  }
  if (state.sCount[nextLine] < 0) {
    isContinuation = true;
  }
  if (!isContinuation) {
    const terminatorRules = state.md.block.ruler.getRules("reference");
    const oldParentType = state.parentType;
    state.parentType = "reference";
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    state.parentType = oldParentType;
    if (terminate) {
      return -1;
    }
  }
  return state.bMarks[nextLine] + state.tShift[nextLine];
}
function reference2(state, startLine, _endLine, silent) {
  const src = state.src;
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let nextLine = startLine + 1;
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  if (src.charCodeAt(pos) !== 91) {
    return false;
  }
  let max = lineEnd(state, startLine);
  let rawLabel = "";
  let labelEnd = -1;
  let segmentStart = ++pos;
  while (pos < max) {
    if (rawLabel.length + pos - segmentStart > MAX_LABEL_LENGTH * 2) {
      return false;
    }
    let ch = src.charCodeAt(pos);
    if (ch === 91) {
      return false;
    }
    if (ch === 93) {
      labelEnd = pos;
      break;
    }
    if (ch === 92) {
      ch = src.charCodeAt(++pos);
    }
    if (ch === 10 && pos < max) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) {
        return false;
      }
      rawLabel += src.slice(segmentStart, max);
      pos = segmentStart = nextPos;
      max = lineEnd(state, nextLine++);
      continue;
    }
    pos++;
  }
  if (labelEnd < 0 || src.charCodeAt(labelEnd + 1) !== 58) {
    return false;
  }
  rawLabel += src.slice(segmentStart, labelEnd);
  if (rawLabel.length > MAX_LABEL_LENGTH && countCodePoints(rawLabel) > MAX_LABEL_LENGTH) {
    return false;
  }
  pos = labelEnd + 2;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) {
        break;
      }
      pos = nextPos;
      max = lineEnd(state, nextLine++);
    } else if (isSpace(ch)) {
      pos++;
    } else {
      break;
    }
  }
  const destRes = state.md.helpers.parseLinkDestination(src, pos, max);
  if (!destRes.ok) {
    return false;
  }
  const href = state.md.normalizeLink(destRes.str);
  if (!state.md.validateLink(href)) {
    return false;
  }
  pos = destRes.pos;
  const destEndPos = pos;
  const destEndMax = max;
  const destEndLineNo = nextLine;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) {
        break;
      }
      pos = nextPos;
      max = lineEnd(state, nextLine++);
    } else if (isSpace(ch)) {
      pos++;
    } else {
      break;
    }
  }
  const titleStart = pos;
  let titleRes = state.md.helpers.parseLinkTitle(src, pos, max);
  while (titleRes.can_continue) {
    const nextPos = getNextLinePos(state, nextLine);
    if (nextPos < 0) break;
    pos = nextPos;
    max = lineEnd(state, nextLine++);
    titleRes = state.md.helpers.parseLinkTitle(src, pos, max, titleRes);
  }
  let title;
  if (titleStart !== destEndPos && titleRes.ok) {
    title = titleRes.str;
    pos = titleRes.pos;
  } else {
    title = "";
    pos = destEndPos;
    max = destEndMax;
    nextLine = destEndLineNo;
  }
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (!isSpace(ch)) {
      break;
    }
    pos++;
  }
  if (pos < max && src.charCodeAt(pos) !== 10) {
    if (title) {
      title = "";
      pos = destEndPos;
      max = destEndMax;
      nextLine = destEndLineNo;
      while (pos < max) {
        const ch = src.charCodeAt(pos);
        if (!isSpace(ch)) {
          break;
        }
        pos++;
      }
    }
  }
  if (pos < max && src.charCodeAt(pos) !== 10) {
    return false;
  }
  const label = normalizeReference(rawLabel);
  if (!label) {
    return false;
  }
  if (silent) {
    return true;
  }
  if (typeof state.env.references === "undefined") {
    state.env.references = {};
  }
  if (typeof state.env.references[label] === "undefined") {
    state.env.references[label] = { title, href };
  }
  state.line = nextLine;
  return true;
}

// node_modules/markdown-it/lib/common/html_blocks.mjs
var html_blocks_default = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];

// node_modules/markdown-it/lib/common/html_re.mjs
var attr_name = "[a-zA-Z_:][a-zA-Z0-9:._-]*";
var unquoted = "[^\"'=<>`\\x00-\\x20]+";
var single_quoted = "'[^']*'";
var double_quoted = '"[^"]*"';
var attr_value = "(?:" + unquoted + "|" + single_quoted + "|" + double_quoted + ")";
var attribute = "(?:\\s+" + attr_name + "(?:\\s*=\\s*" + attr_value + ")?)";
var open_tag = "<[A-Za-z][A-Za-z0-9\\-]*" + attribute + "*\\s*\\/?>";
var close_tag = "<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>";
var comment = "<!---?>|<!--(?:[^-]|-[^-]|--[^>])*-->";
var processing = "<[?][\\s\\S]*?[?]>";
var declaration = "<![A-Za-z][^>]*>";
var cdata = "<!\\[CDATA\\[[\\s\\S]*?\\]\\]>";
var HTML_TAG_RE = new RegExp("^(?:" + open_tag + "|" + close_tag + "|" + comment + "|" + processing + "|" + declaration + "|" + cdata + ")");
var HTML_OPEN_CLOSE_TAG_RE = new RegExp("^(?:" + open_tag + "|" + close_tag + ")");

// node_modules/markdown-it/lib/rules_block/html_block.mjs
var HTML_SEQUENCES = [
  [/^<(script|pre|style|textarea)(?=(\s|>|$))/i, /<\/(script|pre|style|textarea)>/i, true],
  [/^<!--/, /-->/, true],
  [/^<\?/, /\?>/, true],
  [/^<![A-Za-z]/, />/, true],
  [/^<!\[CDATA\[/, /\]\]>/, true],
  [new RegExp("^</?(" + html_blocks_default.join("|") + ")(?=(\\s|/?>|$))", "i"), /^$/, true],
  [new RegExp(HTML_OPEN_CLOSE_TAG_RE.source + "\\s*$"), /^$/, false]
];
function html_block(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  if (!state.md.options.html) {
    return false;
  }
  if (state.src.charCodeAt(pos) !== 60) {
    return false;
  }
  let lineText = state.src.slice(pos, max);
  let i = 0;
  for (; i < HTML_SEQUENCES.length; i++) {
    if (HTML_SEQUENCES[i][0].test(lineText)) {
      break;
    }
  }
  if (i === HTML_SEQUENCES.length) {
    return false;
  }
  if (silent) {
    return HTML_SEQUENCES[i][2];
  }
  let nextLine = startLine + 1;
  const endsOnBlankLine = HTML_SEQUENCES[i][1].test("");
  if (!HTML_SEQUENCES[i][1].test(lineText)) {
    for (; nextLine < endLine; nextLine++) {
      if (state.sCount[nextLine] < state.blkIndent) {
        if (endsOnBlankLine || !state.isEmpty(nextLine)) {
          break;
        }
      }
      pos = state.bMarks[nextLine] + state.tShift[nextLine];
      max = state.eMarks[nextLine];
      lineText = state.src.slice(pos, max);
      if (HTML_SEQUENCES[i][1].test(lineText)) {
        if (lineText.length !== 0) {
          nextLine++;
        }
        break;
      }
    }
  }
  state.line = nextLine;
  const token = state.push("html_block", "", 0);
  token.map = [startLine, nextLine];
  token.content = state.getLines(startLine, nextLine, state.blkIndent, true);
  return true;
}

// node_modules/markdown-it/lib/rules_block/heading.mjs
function heading(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  let ch = state.src.charCodeAt(pos);
  if (ch !== 35 || pos >= max) {
    return false;
  }
  let level = 1;
  ch = state.src.charCodeAt(++pos);
  while (ch === 35 && pos < max && level <= 6) {
    level++;
    ch = state.src.charCodeAt(++pos);
  }
  if (level > 6 || pos < max && !isSpace(ch)) {
    return false;
  }
  if (silent) {
    return true;
  }
  max = state.skipSpacesBack(max, pos);
  const tmp = state.skipCharsBack(max, 35, pos);
  if (tmp > pos && isSpace(state.src.charCodeAt(tmp - 1))) {
    max = tmp;
  }
  state.line = startLine + 1;
  const token_o = state.push("heading_open", "h" + String(level), 1);
  token_o.markup = "########".slice(0, level);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = asciiTrim(state.src.slice(pos, max));
  token_i.map = [startLine, state.line];
  token_i.children = [];
  const token_c = state.push("heading_close", "h" + String(level), -1);
  token_c.markup = "########".slice(0, level);
  return true;
}

// node_modules/markdown-it/lib/rules_block/lheading.mjs
function lheading(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  if (state.sCount[startLine] - state.blkIndent >= 4) {
    return false;
  }
  const oldParentType = state.parentType;
  state.parentType = "paragraph";
  let level = 0;
  let marker;
  let nextLine = startLine + 1;
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) {
      continue;
    }
    if (state.sCount[nextLine] >= state.blkIndent) {
      let pos = state.bMarks[nextLine] + state.tShift[nextLine];
      const max = state.eMarks[nextLine];
      if (pos < max) {
        marker = state.src.charCodeAt(pos);
        if (marker === 45 || marker === 61) {
          pos = state.skipChars(pos, marker);
          pos = state.skipSpaces(pos);
          if (pos >= max) {
            level = marker === 61 ? 1 : 2;
            break;
          }
        }
      }
    }
    if (state.sCount[nextLine] < 0) {
      continue;
    }
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      break;
    }
  }
  if (!level) {
    state.parentType = oldParentType;
    return false;
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine + 1;
  const token_o = state.push("heading_open", "h" + String(level), 1);
  token_o.markup = String.fromCharCode(marker);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line - 1];
  token_i.children = [];
  const token_c = state.push("heading_close", "h" + String(level), -1);
  token_c.markup = String.fromCharCode(marker);
  state.parentType = oldParentType;
  return true;
}

// node_modules/markdown-it/lib/rules_block/paragraph.mjs
function paragraph(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = "paragraph";
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) {
      continue;
    }
    if (state.sCount[nextLine] < 0) {
      continue;
    }
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      break;
    }
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine;
  const token_o = state.push("paragraph_open", "p", 1);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line];
  token_i.children = [];
  state.push("paragraph_close", "p", -1);
  state.parentType = oldParentType;
  return true;
}

// node_modules/markdown-it/lib/parser_block.mjs
var _rules2 = [
  // First 2 params - rule name & source. Secondary array - list of rules,
  // which can be terminated by this one.
  ["table", table, ["paragraph", "reference"]],
  ["code", code],
  ["fence", fence, ["paragraph", "reference", "blockquote", "list"]],
  ["blockquote", blockquote, ["paragraph", "reference", "blockquote", "list"]],
  ["hr", hr, ["paragraph", "reference", "blockquote", "list"]],
  ["list", list, ["paragraph", "reference", "blockquote"]],
  ["reference", reference2],
  ["html_block", html_block, ["paragraph", "reference", "blockquote"]],
  ["heading", heading, ["paragraph", "reference", "blockquote"]],
  ["lheading", lheading],
  ["paragraph", paragraph]
];
function ParserBlock() {
  this.ruler = new ruler_default();
  for (let i = 0; i < _rules2.length; i++) {
    this.ruler.push(_rules2[i][0], _rules2[i][1], { alt: (_rules2[i][2] || []).slice() });
  }
}
ParserBlock.prototype.tokenize = function(state, startLine, endLine) {
  const rules2 = this.ruler.getRules("");
  const len = rules2.length;
  const maxNesting = state.md.options.maxNesting;
  let line = startLine;
  let hasEmptyLines = false;
  while (line < endLine) {
    state.line = line = state.skipEmptyLines(line);
    if (line >= endLine) {
      break;
    }
    if (state.sCount[line] < state.blkIndent) {
      break;
    }
    if (state.level >= maxNesting) {
      state.line = endLine;
      break;
    }
    const prevLine = state.line;
    let ok = false;
    for (let i = 0; i < len; i++) {
      ok = rules2[i](state, line, endLine, false);
      if (ok) {
        if (prevLine >= state.line) {
          throw new Error("block rule didn't increment state.line");
        }
        break;
      }
    }
    if (!ok) throw new Error("none of the block rules matched");
    state.tight = !hasEmptyLines;
    if (state.isEmpty(state.line - 1)) {
      hasEmptyLines = true;
    }
    line = state.line;
    if (line < endLine && state.isEmpty(line)) {
      hasEmptyLines = true;
      line++;
      state.line = line;
    }
  }
};
ParserBlock.prototype.parse = function(src, md, env, outTokens) {
  if (!src) {
    return;
  }
  const state = new this.State(src, md, env, outTokens);
  this.tokenize(state, state.line, state.lineMax);
};
ParserBlock.prototype.State = state_block_default;
var parser_block_default = ParserBlock;

// node_modules/markdown-it/lib/rules_inline/state_inline.mjs
function StateInline(src, md, env, outTokens) {
  this.src = src;
  this.env = env;
  this.md = md;
  this.tokens = outTokens;
  this.tokens_meta = Array(outTokens.length);
  this.pos = 0;
  this.posMax = this.src.length;
  this.level = 0;
  this.pending = "";
  this.pendingLevel = 0;
  this.cache = {};
  this.delimiters = [];
  this._prev_delimiters = [];
  this.backticks = {};
  this.backticksScanned = false;
  this.skipHtmlSpecial = false;
  this.linkLevel = 0;
}
StateInline.prototype.pushPending = function() {
  const token = new token_default("text", "", 0);
  token.content = this.pending;
  token.level = this.pendingLevel;
  this.tokens.push(token);
  this.pending = "";
  return token;
};
StateInline.prototype.push = function(type, tag, nesting) {
  if (this.pending) {
    this.pushPending();
  }
  const token = new token_default(type, tag, nesting);
  let token_meta = null;
  if (nesting < 0) {
    this.level--;
    this.delimiters = this._prev_delimiters.pop();
  }
  token.level = this.level;
  if (nesting > 0) {
    this.level++;
    this._prev_delimiters.push(this.delimiters);
    this.delimiters = [];
    token_meta = { delimiters: this.delimiters };
  }
  this.pendingLevel = this.level;
  this.tokens.push(token);
  this.tokens_meta.push(token_meta);
  return token;
};
StateInline.prototype.scanDelims = function(start, canSplitWord) {
  const max = this.posMax;
  const marker = this.src.charCodeAt(start);
  let lastChar;
  if (start === 0) {
    lastChar = 32;
  } else if (start === 1) {
    lastChar = this.src.charCodeAt(0);
    if ((lastChar & 63488) === 55296) {
      lastChar = 65533;
    }
  } else {
    lastChar = this.src.charCodeAt(start - 1);
    if ((lastChar & 64512) === 56320) {
      const highSurr = this.src.charCodeAt(start - 2);
      lastChar = (highSurr & 64512) === 55296 ? 65536 + (highSurr - 55296 << 10) + (lastChar - 56320) : 65533;
    } else if ((lastChar & 64512) === 55296) {
      lastChar = 65533;
    }
  }
  let pos = start;
  while (pos < max && this.src.charCodeAt(pos) === marker) {
    pos++;
  }
  const count = pos - start;
  let nextChar = pos < max ? this.src.charCodeAt(pos) : 32;
  if ((nextChar & 64512) === 55296) {
    const lowSurr = this.src.charCodeAt(pos + 1);
    nextChar = (lowSurr & 64512) === 56320 ? 65536 + (nextChar - 55296 << 10) + (lowSurr - 56320) : 65533;
  } else if ((nextChar & 64512) === 56320) {
    nextChar = 65533;
  }
  const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
  const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
  const isLastWhiteSpace = isWhiteSpace(lastChar);
  const isNextWhiteSpace = isWhiteSpace(nextChar);
  const left_flanking = !isNextWhiteSpace && (!isNextPunctChar || isLastWhiteSpace || isLastPunctChar);
  const right_flanking = !isLastWhiteSpace && (!isLastPunctChar || isNextWhiteSpace || isNextPunctChar);
  const can_open = left_flanking && (canSplitWord || !right_flanking || isLastPunctChar);
  const can_close = right_flanking && (canSplitWord || !left_flanking || isNextPunctChar);
  return { can_open, can_close, length: count };
};
StateInline.prototype.Token = token_default;
var state_inline_default = StateInline;

// node_modules/markdown-it/lib/rules_inline/text.mjs
function isTerminatorChar(ch) {
  switch (ch) {
    case 10:
    case 33:
    case 35:
    case 36:
    case 37:
    case 38:
    case 42:
    case 43:
    case 45:
    case 58:
    case 60:
    case 61:
    case 62:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function text(state, silent) {
  let pos = state.pos;
  while (pos < state.posMax && !isTerminatorChar(state.src.charCodeAt(pos))) {
    pos++;
  }
  if (pos === state.pos) {
    return false;
  }
  if (!silent) {
    state.pending += state.src.slice(state.pos, pos);
  }
  state.pos = pos;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/linkify.mjs
function isAsciiAlpha(code2) {
  return code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122;
}
function isSchemeChar(code2) {
  return code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122 || code2 >= 48 && code2 <= 57 || code2 === 43 || code2 === 45 || code2 === 46;
}
function linkify2(state, silent) {
  if (!state.md.options.linkify) return false;
  if (state.linkLevel > 0) return false;
  const pos = state.pos;
  const max = state.posMax;
  if (pos + 3 > max) return false;
  if (state.src.charCodeAt(pos) !== 58) return false;
  if (state.src.charCodeAt(pos + 1) !== 47) return false;
  if (state.src.charCodeAt(pos + 2) !== 47) return false;
  const protoMin = pos - Math.min(10, state.pending.length, pos);
  let protoStart = pos;
  while (protoStart > protoMin && isSchemeChar(state.src.charCodeAt(protoStart - 1))) {
    protoStart--;
  }
  if (protoStart === pos || !isAsciiAlpha(state.src.charCodeAt(protoStart))) return false;
  const protoLength = pos - protoStart;
  const link2 = state.md.linkify.matchAtStart(state.src.slice(protoStart));
  if (!link2) return false;
  let url = link2.url;
  if (url.length <= protoLength) return false;
  let urlEnd = url.length;
  while (urlEnd > 0 && url.charCodeAt(urlEnd - 1) === 42) {
    urlEnd--;
  }
  if (urlEnd !== url.length) {
    url = url.slice(0, urlEnd);
  }
  const fullUrl = state.md.normalizeLink(url);
  if (!state.md.validateLink(fullUrl)) return false;
  if (!silent) {
    state.pending = state.pending.slice(0, -protoLength);
    const token_o = state.push("link_open", "a", 1);
    token_o.attrs = [["href", fullUrl]];
    token_o.markup = "linkify";
    token_o.info = "auto";
    const token_t = state.push("text", "", 0);
    token_t.content = state.md.normalizeLinkText(url);
    const token_c = state.push("link_close", "a", -1);
    token_c.markup = "linkify";
    token_c.info = "auto";
  }
  state.pos += url.length - protoLength;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/newline.mjs
function newline(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 10) {
    return false;
  }
  const pmax = state.pending.length - 1;
  const max = state.posMax;
  if (!silent) {
    if (pmax >= 0 && state.pending.charCodeAt(pmax) === 32) {
      if (pmax >= 1 && state.pending.charCodeAt(pmax - 1) === 32) {
        let ws = pmax - 1;
        while (ws >= 1 && state.pending.charCodeAt(ws - 1) === 32) ws--;
        state.pending = state.pending.slice(0, ws);
        state.push("hardbreak", "br", 0);
      } else {
        state.pending = state.pending.slice(0, -1);
        state.push("softbreak", "br", 0);
      }
    } else {
      state.push("softbreak", "br", 0);
    }
  }
  pos++;
  while (pos < max && isSpace(state.src.charCodeAt(pos))) {
    pos++;
  }
  state.pos = pos;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/escape.mjs
var ESCAPED = [];
for (let i = 0; i < 256; i++) {
  ESCAPED.push(0);
}
"\\!\"#$%&'()*+,./:;<=>?@[]^_`{|}~-".split("").forEach(function(ch) {
  ESCAPED[ch.charCodeAt(0)] = 1;
});
function escape2(state, silent) {
  let pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 92) return false;
  pos++;
  if (pos >= max) return false;
  let ch1 = state.src.charCodeAt(pos);
  if (ch1 === 10) {
    if (!silent) {
      state.push("hardbreak", "br", 0);
    }
    pos++;
    while (pos < max) {
      ch1 = state.src.charCodeAt(pos);
      if (!isSpace(ch1)) break;
      pos++;
    }
    state.pos = pos;
    return true;
  }
  if (ch1 === 32) {
    if (!silent) {
      const token = state.push("text_special", "", 0);
      token.content = "\\";
      token.markup = "\\";
      token.info = "escape";
    }
    state.pos = pos;
    return true;
  }
  let escapedStr = state.src[pos];
  if (ch1 >= 55296 && ch1 <= 56319 && pos + 1 < max) {
    const ch2 = state.src.charCodeAt(pos + 1);
    if (ch2 >= 56320 && ch2 <= 57343) {
      escapedStr += state.src[pos + 1];
      pos++;
    }
  }
  const origStr = "\\" + escapedStr;
  if (!silent) {
    const token = state.push("text_special", "", 0);
    if (ch1 < 256 && ESCAPED[ch1] !== 0) {
      token.content = escapedStr;
    } else {
      token.content = origStr;
    }
    token.markup = origStr;
    token.info = "escape";
  }
  state.pos = pos + 1;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/backticks.mjs
function backtick(state, silent) {
  let pos = state.pos;
  const ch = state.src.charCodeAt(pos);
  if (ch !== 96) {
    return false;
  }
  const start = pos;
  pos++;
  const max = state.posMax;
  while (pos < max && state.src.charCodeAt(pos) === 96) {
    pos++;
  }
  const marker = state.src.slice(start, pos);
  const openerLength = marker.length;
  if (state.backticksScanned && (state.backticks[openerLength] || 0) <= start) {
    if (!silent) state.pending += marker;
    state.pos += openerLength;
    return true;
  }
  let matchEnd = pos;
  let matchStart;
  while ((matchStart = state.src.indexOf("`", matchEnd)) !== -1) {
    matchEnd = matchStart + 1;
    while (matchEnd < max && state.src.charCodeAt(matchEnd) === 96) {
      matchEnd++;
    }
    const closerLength = matchEnd - matchStart;
    if (closerLength === openerLength) {
      if (!silent) {
        const token = state.push("code_inline", "code", 0);
        token.markup = marker;
        token.content = state.src.slice(pos, matchStart).replace(/\n/g, " ").replace(/^ (.+) $/, "$1");
      }
      state.pos = matchEnd;
      return true;
    }
    state.backticks[closerLength] = matchStart;
  }
  state.backticksScanned = true;
  if (!silent) state.pending += marker;
  state.pos += openerLength;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/strikethrough.mjs
function strikethrough_tokenize(state, silent) {
  const start = state.pos;
  const marker = state.src.charCodeAt(start);
  if (silent) {
    return false;
  }
  if (marker !== 126) {
    return false;
  }
  const scanned = state.scanDelims(state.pos, true);
  let len = scanned.length;
  const ch = String.fromCharCode(marker);
  if (len < 2) {
    return false;
  }
  let token;
  if (len % 2) {
    token = state.push("text", "", 0);
    token.content = ch;
    len--;
  }
  for (let i = 0; i < len; i += 2) {
    token = state.push("text", "", 0);
    token.content = ch + ch;
    state.delimiters.push({
      marker,
      length: 0,
      // disable "rule of 3" length checks meant for emphasis
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess(state, delimiters) {
  let token;
  const loneMarkers = [];
  const max = delimiters.length;
  for (let i = 0; i < max; i++) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 126) {
      continue;
    }
    if (startDelim.end === -1) {
      continue;
    }
    const endDelim = delimiters[startDelim.end];
    token = state.tokens[startDelim.token];
    token.type = "s_open";
    token.tag = "s";
    token.nesting = 1;
    token.markup = "~~";
    token.content = "";
    token = state.tokens[endDelim.token];
    token.type = "s_close";
    token.tag = "s";
    token.nesting = -1;
    token.markup = "~~";
    token.content = "";
    if (state.tokens[endDelim.token - 1].type === "text" && state.tokens[endDelim.token - 1].content === "~") {
      loneMarkers.push(endDelim.token - 1);
    }
  }
  while (loneMarkers.length) {
    const i = loneMarkers.pop();
    let j = i + 1;
    while (j < state.tokens.length && state.tokens[j].type === "s_close") {
      j++;
    }
    j--;
    if (i !== j) {
      token = state.tokens[j];
      state.tokens[j] = state.tokens[i];
      state.tokens[i] = token;
    }
  }
}
function strikethrough_postProcess(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    if (tokens_meta[curr] && tokens_meta[curr].delimiters) {
      postProcess(state, tokens_meta[curr].delimiters);
    }
  }
}
var strikethrough_default = {
  tokenize: strikethrough_tokenize,
  postProcess: strikethrough_postProcess
};

// node_modules/markdown-it/lib/rules_inline/emphasis.mjs
function emphasis_tokenize(state, silent) {
  const start = state.pos;
  const marker = state.src.charCodeAt(start);
  if (silent) {
    return false;
  }
  if (marker !== 95 && marker !== 42) {
    return false;
  }
  const scanned = state.scanDelims(state.pos, marker === 42);
  for (let i = 0; i < scanned.length; i++) {
    const token = state.push("text", "", 0);
    token.content = String.fromCharCode(marker);
    state.delimiters.push({
      // Char code of the starting marker (number).
      //
      marker,
      // Total length of these series of delimiters.
      //
      length: scanned.length,
      // A position of the token this delimiter corresponds to.
      //
      token: state.tokens.length - 1,
      // If this delimiter is matched as a valid opener, `end` will be
      // equal to its position, otherwise it's `-1`.
      //
      end: -1,
      // Boolean flags that determine if this delimiter could open or close
      // an emphasis.
      //
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess2(state, delimiters) {
  const max = delimiters.length;
  for (let i = max - 1; i >= 0; i--) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 95 && startDelim.marker !== 42) {
      continue;
    }
    if (startDelim.end === -1) {
      continue;
    }
    const endDelim = delimiters[startDelim.end];
    const isStrong = i > 0 && delimiters[i - 1].end === startDelim.end + 1 && // check that first two markers match and adjacent
    delimiters[i - 1].marker === startDelim.marker && delimiters[i - 1].token === startDelim.token - 1 && // check that last two markers are adjacent (we can safely assume they match)
    delimiters[startDelim.end + 1].token === endDelim.token + 1;
    const ch = String.fromCharCode(startDelim.marker);
    const token_o = state.tokens[startDelim.token];
    token_o.type = isStrong ? "strong_open" : "em_open";
    token_o.tag = isStrong ? "strong" : "em";
    token_o.nesting = 1;
    token_o.markup = isStrong ? ch + ch : ch;
    token_o.content = "";
    const token_c = state.tokens[endDelim.token];
    token_c.type = isStrong ? "strong_close" : "em_close";
    token_c.tag = isStrong ? "strong" : "em";
    token_c.nesting = -1;
    token_c.markup = isStrong ? ch + ch : ch;
    token_c.content = "";
    if (isStrong) {
      state.tokens[delimiters[i - 1].token].content = "";
      state.tokens[delimiters[startDelim.end + 1].token].content = "";
      i--;
    }
  }
}
function emphasis_post_process(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess2(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    if (tokens_meta[curr] && tokens_meta[curr].delimiters) {
      postProcess2(state, tokens_meta[curr].delimiters);
    }
  }
}
var emphasis_default = {
  tokenize: emphasis_tokenize,
  postProcess: emphasis_post_process
};

// node_modules/markdown-it/lib/rules_inline/link.mjs
function link(state, silent) {
  let code2, label, res, ref;
  let href = "";
  let title = "";
  let start = state.pos;
  let parseReference = true;
  if (state.src.charCodeAt(state.pos) !== 91) {
    return false;
  }
  const oldPos = state.pos;
  const max = state.posMax;
  const labelStart = state.pos + 1;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos, true);
  if (labelEnd < 0) {
    return false;
  }
  let pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    parseReference = false;
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) {
        break;
      }
    }
    if (pos >= max) {
      return false;
    }
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) {
        pos = res.pos;
      } else {
        href = "";
      }
      start = pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) {
          break;
        }
      }
      res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
      if (pos < max && start !== pos && res.ok) {
        title = res.str;
        pos = res.pos;
        for (; pos < max; pos++) {
          code2 = state.src.charCodeAt(pos);
          if (!isSpace(code2) && code2 !== 10) {
            break;
          }
        }
      }
    }
    if (pos >= max || state.src.charCodeAt(pos) !== 41) {
      parseReference = true;
    }
    pos++;
  }
  if (parseReference) {
    if (typeof state.env.references === "undefined") {
      return false;
    }
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) {
        label = state.src.slice(start, pos++);
      } else {
        pos = labelEnd + 1;
      }
    } else {
      pos = labelEnd + 1;
    }
    if (!label) {
      label = state.src.slice(labelStart, labelEnd);
    }
    ref = state.env.references[normalizeReference(label)];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    state.pos = labelStart;
    state.posMax = labelEnd;
    const token_o = state.push("link_open", "a", 1);
    const attrs = [["href", href]];
    token_o.attrs = attrs;
    if (title) {
      attrs.push(["title", title]);
    }
    state.linkLevel++;
    state.md.inline.tokenize(state);
    state.linkLevel--;
    state.push("link_close", "a", -1);
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/image.mjs
function image(state, silent) {
  let code2, content, label, pos, ref, res, title, start;
  let href = "";
  const oldPos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(state.pos) !== 33) {
    return false;
  }
  if (state.src.charCodeAt(state.pos + 1) !== 91) {
    return false;
  }
  const labelStart = state.pos + 2;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos + 1, false);
  if (labelEnd < 0) {
    return false;
  }
  pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) {
        break;
      }
    }
    if (pos >= max) {
      return false;
    }
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) {
        pos = res.pos;
      } else {
        href = "";
      }
    }
    start = pos;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) {
        break;
      }
    }
    res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
    if (pos < max && start !== pos && res.ok) {
      title = res.str;
      pos = res.pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) {
          break;
        }
      }
    } else {
      title = "";
    }
    if (pos >= max || state.src.charCodeAt(pos) !== 41) {
      state.pos = oldPos;
      return false;
    }
    pos++;
  } else {
    if (typeof state.env.references === "undefined") {
      return false;
    }
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) {
        label = state.src.slice(start, pos++);
      } else {
        pos = labelEnd + 1;
      }
    } else {
      pos = labelEnd + 1;
    }
    if (!label) {
      label = state.src.slice(labelStart, labelEnd);
    }
    ref = state.env.references[normalizeReference(label)];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    content = state.src.slice(labelStart, labelEnd);
    const tokens = [];
    state.md.inline.parse(
      content,
      state.md,
      state.env,
      tokens
    );
    const token = state.push("image", "img", 0);
    const attrs = [["src", href], ["alt", ""]];
    token.attrs = attrs;
    token.children = tokens;
    token.content = content;
    if (title) {
      attrs.push(["title", title]);
    }
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/autolink.mjs
var EMAIL_RE = /^([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)$/;
var AUTOLINK_RE = /^([a-zA-Z][a-zA-Z0-9+.-]{1,31}):([^<>\x00-\x20]*)$/;
function autolink(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60) {
    return false;
  }
  const start = state.pos;
  const max = state.posMax;
  for (; ; ) {
    if (++pos >= max) return false;
    const ch = state.src.charCodeAt(pos);
    if (ch === 60) return false;
    if (ch === 62) break;
  }
  const url = state.src.slice(start + 1, pos);
  if (AUTOLINK_RE.test(url)) {
    const fullUrl = state.md.normalizeLink(url);
    if (!state.md.validateLink(fullUrl)) {
      return false;
    }
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  if (EMAIL_RE.test(url)) {
    const fullUrl = state.md.normalizeLink("mailto:" + url);
    if (!state.md.validateLink(fullUrl)) {
      return false;
    }
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  return false;
}

// node_modules/markdown-it/lib/rules_inline/html_inline.mjs
function isLinkOpen2(str) {
  return /^<a[>\s]/i.test(str);
}
function isLinkClose2(str) {
  return /^<\/a\s*>/i.test(str);
}
function isLetter(ch) {
  const lc = ch | 32;
  return lc >= 97 && lc <= 122;
}
function scanSpecial(state, pos) {
  const src = state.src;
  let start;
  let terminator;
  if (src.startsWith("<!--", pos)) {
    if (src.startsWith(">", pos + 4)) {
      return pos + 5;
    }
    if (src.startsWith("->", pos + 4)) {
      return pos + 6;
    }
    start = pos + 4;
    terminator = "-->";
  } else if (src.startsWith("<![CDATA[", pos)) {
    start = pos + 9;
    terminator = "]]>";
  } else if (src.charCodeAt(pos + 1) === 63) {
    start = pos + 2;
    terminator = "?>";
  } else if (isLetter(src.charCodeAt(pos + 2))) {
    start = pos + 3;
    terminator = ">";
  } else {
    return -1;
  }
  if (state.skipHtmlSpecial) {
    return -1;
  }
  const end = src.indexOf(terminator, start);
  if (end < 0) {
    state.skipHtmlSpecial = true;
    return -1;
  }
  return end + terminator.length;
}
function html_inline(state, silent) {
  if (!state.md.options.html) {
    return false;
  }
  const max = state.posMax;
  const pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60 || pos + 2 >= max) {
    return false;
  }
  let end;
  const ch = state.src.charCodeAt(pos + 1);
  if (ch === 33 || ch === 63) {
    end = scanSpecial(state, pos);
  } else if (ch === 47 || isLetter(ch)) {
    const match2 = state.src.slice(pos).match(HTML_OPEN_CLOSE_TAG_RE);
    end = match2 ? pos + match2[0].length : -1;
  } else {
    return false;
  }
  if (end < 0) {
    return false;
  }
  if (!silent) {
    const token = state.push("html_inline", "", 0);
    token.content = state.src.slice(pos, end);
    if (isLinkOpen2(token.content)) state.linkLevel++;
    if (isLinkClose2(token.content)) state.linkLevel--;
  }
  state.pos = end;
  return true;
}

// node_modules/markdown-it/lib/rules_inline/entity.mjs
var DIGITAL_RE = /^&#((?:x[a-f0-9]{1,6}|[0-9]{1,7}));/i;
var NAMED_RE = /^&([a-z][a-z0-9]{1,31});/i;
function entity(state, silent) {
  const pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 38) return false;
  if (pos + 1 >= max) return false;
  const ch = state.src.charCodeAt(pos + 1);
  if (ch === 35) {
    const match2 = state.src.slice(pos).match(DIGITAL_RE);
    if (match2) {
      if (!silent) {
        const code2 = match2[1][0].toLowerCase() === "x" ? parseInt(match2[1].slice(1), 16) : parseInt(match2[1], 10);
        const token = state.push("text_special", "", 0);
        token.content = isValidEntityCode(code2) ? fromCodePoint3(code2) : fromCodePoint3(65533);
        token.markup = match2[0];
        token.info = "entity";
      }
      state.pos += match2[0].length;
      return true;
    }
  } else {
    const match2 = state.src.slice(pos).match(NAMED_RE);
    if (match2) {
      const decoded = decodeHTMLStrict2(match2[0]);
      if (decoded !== match2[0]) {
        if (!silent) {
          const token = state.push("text_special", "", 0);
          token.content = decoded;
          token.markup = match2[0];
          token.info = "entity";
        }
        state.pos += match2[0].length;
        return true;
      }
    }
  }
  return false;
}

// node_modules/markdown-it/lib/rules_inline/balance_pairs.mjs
function processDelimiters(delimiters) {
  const openersBottom = {};
  const max = delimiters.length;
  if (!max) return;
  let headerIdx = 0;
  let lastTokenIdx = -2;
  const jumps = [];
  for (let closerIdx = 0; closerIdx < max; closerIdx++) {
    const closer = delimiters[closerIdx];
    jumps.push(0);
    if (delimiters[headerIdx].marker !== closer.marker || lastTokenIdx !== closer.token - 1) {
      headerIdx = closerIdx;
    }
    lastTokenIdx = closer.token;
    closer.length = closer.length || 0;
    if (!closer.close) continue;
    if (!openersBottom.hasOwnProperty(closer.marker)) {
      openersBottom[closer.marker] = [-1, -1, -1, -1, -1, -1];
    }
    const minOpenerIdx = openersBottom[closer.marker][(closer.open ? 3 : 0) + closer.length % 3];
    let openerIdx = headerIdx - jumps[headerIdx] - 1;
    let newMinOpenerIdx = openerIdx;
    for (; openerIdx > minOpenerIdx; openerIdx -= jumps[openerIdx] + 1) {
      const opener = delimiters[openerIdx];
      if (opener.marker !== closer.marker) continue;
      if (opener.open && opener.end < 0) {
        let isOddMatch = false;
        if (opener.close || closer.open) {
          if ((opener.length + closer.length) % 3 === 0) {
            if (opener.length % 3 !== 0 || closer.length % 3 !== 0) {
              isOddMatch = true;
            }
          }
        }
        if (!isOddMatch) {
          const lastJump = openerIdx > 0 && !delimiters[openerIdx - 1].open ? jumps[openerIdx - 1] + 1 : 0;
          jumps[closerIdx] = closerIdx - openerIdx + lastJump;
          jumps[openerIdx] = lastJump;
          closer.open = false;
          opener.end = closerIdx;
          opener.close = false;
          newMinOpenerIdx = -1;
          lastTokenIdx = -2;
          break;
        }
      }
    }
    if (newMinOpenerIdx !== -1) {
      openersBottom[closer.marker][(closer.open ? 3 : 0) + (closer.length || 0) % 3] = newMinOpenerIdx;
    }
  }
}
function link_pairs(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  processDelimiters(state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    if (tokens_meta[curr] && tokens_meta[curr].delimiters) {
      processDelimiters(tokens_meta[curr].delimiters);
    }
  }
}

// node_modules/markdown-it/lib/rules_inline/fragments_join.mjs
function fragments_join(state) {
  let curr, last;
  let level = 0;
  const tokens = state.tokens;
  const max = state.tokens.length;
  for (curr = last = 0; curr < max; curr++) {
    if (tokens[curr].nesting < 0) level--;
    tokens[curr].level = level;
    if (tokens[curr].nesting > 0) level++;
    if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") {
      tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
    } else {
      if (curr !== last) {
        tokens[last] = tokens[curr];
      }
      last++;
    }
  }
  if (curr !== last) {
    tokens.length = last;
  }
}

// node_modules/markdown-it/lib/parser_inline.mjs
var _rules3 = [
  ["text", text],
  ["linkify", linkify2],
  ["newline", newline],
  ["escape", escape2],
  ["backticks", backtick],
  ["strikethrough", strikethrough_default.tokenize],
  ["emphasis", emphasis_default.tokenize],
  ["link", link],
  ["image", image],
  ["autolink", autolink],
  ["html_inline", html_inline],
  ["entity", entity]
];
var _rules22 = [
  ["balance_pairs", link_pairs],
  ["strikethrough", strikethrough_default.postProcess],
  ["emphasis", emphasis_default.postProcess],
  // rules for pairs separate '**' into its own text tokens, which may be left unused,
  // rule below merges unused segments back with the rest of the text
  ["fragments_join", fragments_join]
];
function ParserInline() {
  this.ruler = new ruler_default();
  for (let i = 0; i < _rules3.length; i++) {
    this.ruler.push(_rules3[i][0], _rules3[i][1]);
  }
  this.ruler2 = new ruler_default();
  for (let i = 0; i < _rules22.length; i++) {
    this.ruler2.push(_rules22[i][0], _rules22[i][1]);
  }
}
ParserInline.prototype.skipToken = function(state) {
  const pos = state.pos;
  const rules2 = this.ruler.getRules("");
  const len = rules2.length;
  const maxNesting = state.md.options.maxNesting;
  const cache4 = state.cache;
  if (typeof cache4[pos] !== "undefined") {
    state.pos = cache4[pos];
    return;
  }
  let ok = false;
  if (state.level < maxNesting) {
    for (let i = 0; i < len; i++) {
      state.level++;
      ok = rules2[i](state, true);
      state.level--;
      if (ok) {
        if (pos >= state.pos) {
          throw new Error("inline rule didn't increment state.pos");
        }
        break;
      }
    }
  } else {
    state.pos = state.posMax;
  }
  if (!ok) {
    state.pos++;
  }
  cache4[pos] = state.pos;
};
ParserInline.prototype.tokenize = function(state) {
  const rules2 = this.ruler.getRules("");
  const len = rules2.length;
  const end = state.posMax;
  const maxNesting = state.md.options.maxNesting;
  while (state.pos < end) {
    const prevPos = state.pos;
    let ok = false;
    if (state.level < maxNesting) {
      for (let i = 0; i < len; i++) {
        ok = rules2[i](state, false);
        if (ok) {
          if (prevPos >= state.pos) {
            throw new Error("inline rule didn't increment state.pos");
          }
          break;
        }
      }
    }
    if (ok) {
      if (state.pos >= end) {
        break;
      }
      continue;
    }
    state.pending += state.src[state.pos++];
  }
  if (state.pending) {
    state.pushPending();
  }
};
ParserInline.prototype.parse = function(str, md, env, outTokens) {
  const state = new this.State(str, md, env, outTokens);
  this.tokenize(state);
  const rules2 = this.ruler2.getRules("");
  const len = rules2.length;
  for (let i = 0; i < len; i++) {
    rules2[i](state);
  }
};
ParserInline.prototype.State = state_inline_default;
var parser_inline_default = ParserInline;

// node_modules/linkify-it/lib/re.mjs
function re_default(opts) {
  const re = {};
  opts = opts || {};
  re.src_Any = regex_default.source;
  re.src_Cc = regex_default2.source;
  re.src_Z = regex_default6.source;
  re.src_P = regex_default4.source;
  re.src_ZPCc = [re.src_Z, re.src_P, re.src_Cc].join("|");
  re.src_ZCc = [re.src_Z, re.src_Cc].join("|");
  const text_separators = "[><｜]";
  re.src_pseudo_letter = `(?:(?!${text_separators}|${re.src_ZPCc})${re.src_Any})`;
  re.src_ip4 = "(?:(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)";
  re.src_auth = `(?:(?:(?!${re.src_ZCc}|[@/\\[\\]()]).){1,50}@)?`;
  re.src_port = "(?::(?:6(?:[0-4]\\d{3}|5(?:[0-4]\\d{2}|5(?:[0-2]\\d|3[0-5])))|[1-5]?\\d{1,4}))?";
  re.src_host_terminator = `(?=$|${text_separators}|${re.src_ZPCc})(?!${opts["---"] ? "-(?!--)|" : "-|"}_|:\\d|\\.-|\\.(?!$|${re.src_ZPCc}))`;
  re.src_path = `(?:[/?#](?:(?!${re.src_ZCc}|${text_separators}|[()[\\]{}.,"'?!\\-;]).|\\[(?:(?!${re.src_ZCc}|\\]).)*\\]|\\((?:(?!${re.src_ZCc}|[)]).)*\\)|\\{(?:(?!${re.src_ZCc}|[}]).)*\\}|\\"(?:(?!${re.src_ZCc}|["]).)+\\"|\\'(?:(?!${re.src_ZCc}|[']).)+\\'|\\'(?=${re.src_pseudo_letter}|[-])|\\.{2,}[a-zA-Z0-9%/&]|\\.(?!${re.src_ZCc}|[.]|$)|` + (opts["---"] ? "\\-(?!--(?:[^-]|$))(?:-*)|" : "\\-+|") + // allow `,,,` in paths
  `,(?!${re.src_ZCc}|$)|;(?!${re.src_ZCc}|$)|\\!+(?!${re.src_ZCc}|[!]|$)|\\?(?!${re.src_ZCc}|[?]|$))+|\\/)?`;
  re.src_email_name = '[\\-;:&=\\+\\$,\\.a-zA-Z0-9_][\\-;:&=\\+\\$,\\"\\.a-zA-Z0-9_]{0,63}';
  re.src_xn = "xn--[a-z0-9\\-]{1,59}";
  re.src_domain_root = // Allow letters & digits (http://test1)
  "(?:" + re.src_xn + `|${re.src_pseudo_letter}{1,63})`;
  re.src_domain = "(?:" + re.src_xn + `|(?:${re.src_pseudo_letter})|(?:${re.src_pseudo_letter}(?:-|${re.src_pseudo_letter}){0,61}${re.src_pseudo_letter}))`;
  re.src_host = `(?:(?:(?:(?:${re.src_domain})\\.)*${re.src_domain}))`;
  re.tpl_host_fuzzy = "(?:" + re.src_ip4 + `|(?:(?:(?:${re.src_domain})\\.)+(?:%TLDS%)))`;
  re.tpl_host_no_ip_fuzzy = `(?:(?:(?:${re.src_domain})\\.)+(?:%TLDS%))`;
  re.src_host_strict = re.src_host + re.src_host_terminator;
  re.tpl_host_fuzzy_strict = re.tpl_host_fuzzy + re.src_host_terminator;
  re.src_host_port_strict = re.src_host + re.src_port + re.src_host_terminator;
  re.tpl_host_port_fuzzy_strict = re.tpl_host_fuzzy + re.src_port + re.src_host_terminator;
  re.tpl_host_port_no_ip_fuzzy_strict = re.tpl_host_no_ip_fuzzy + re.src_port + re.src_host_terminator;
  re.tpl_host_fuzzy_test = `localhost|www\\.|\\.\\d{1,3}\\.|(?:\\.(?:%TLDS%)(?:${re.src_ZPCc}|>|$))`;
  re.tpl_email_fuzzy = `(^|${text_separators}|"|\\(|${re.src_ZCc})(${re.src_email_name}@${re.tpl_host_fuzzy_strict})`;
  re.tpl_link_fuzzy = // Fuzzy link can't be prepended with .:/\- and non punctuation.
  // but can start with > (markdown blockquote)
  `(^|(?![.:/\\-_@])(?:[$+<=>^\`|｜]|${re.src_ZPCc}))((?![$+<=>^\`|｜])${re.tpl_host_port_fuzzy_strict}${re.src_path})`;
  re.tpl_link_no_ip_fuzzy = // Fuzzy link can't be prepended with .:/\- and non punctuation.
  // but can start with > (markdown blockquote)
  `(^|(?![.:/\\-_@])(?:[$+<=>^\`|｜]|${re.src_ZPCc}))((?![$+<=>^\`|｜])${re.tpl_host_port_no_ip_fuzzy_strict}${re.src_path})`;
  return re;
}

// node_modules/linkify-it/index.mjs
function assign2(obj) {
  const sources = Array.prototype.slice.call(arguments, 1);
  sources.forEach(function(source) {
    if (!source) {
      return;
    }
    Object.keys(source).forEach(function(key) {
      obj[key] = source[key];
    });
  });
  return obj;
}
function _class2(obj) {
  return Object.prototype.toString.call(obj);
}
function isString2(obj) {
  return _class2(obj) === "[object String]";
}
function isObject(obj) {
  return _class2(obj) === "[object Object]";
}
function isRegExp(obj) {
  return _class2(obj) === "[object RegExp]";
}
function isFunction(obj) {
  return _class2(obj) === "[object Function]";
}
function escapeRE2(str) {
  return str.replace(/[.?*+^$[\]\\(){}|-]/g, "\\$&");
}
var defaultOptions = {
  fuzzyLink: true,
  fuzzyEmail: true,
  fuzzyIP: false
};
function isOptionsObj(obj) {
  return Object.keys(obj || {}).reduce(function(acc, k) {
    return acc || defaultOptions.hasOwnProperty(k);
  }, false);
}
var defaultSchemas = {
  "http:": {
    validate: function(text2, pos, self) {
      const tail = text2.slice(pos);
      if (!self.re.http) {
        self.re.http = new RegExp(
          `^\\/\\/${self.re.src_auth}${self.re.src_host_port_strict}${self.re.src_path}`,
          "i"
        );
      }
      if (self.re.http.test(tail)) {
        return tail.match(self.re.http)[0].length;
      }
      return 0;
    }
  },
  "https:": "http:",
  "ftp:": "http:",
  "//": {
    validate: function(text2, pos, self) {
      const tail = text2.slice(pos);
      if (!self.re.no_http) {
        self.re.no_http = new RegExp(
          "^" + self.re.src_auth + // Don't allow single-level domains, because of false positives like '//test'
          // with code comments
          `(?:localhost|(?:(?:${self.re.src_domain})\\.)+${self.re.src_domain_root})` + self.re.src_port + self.re.src_host_terminator + self.re.src_path,
          "i"
        );
      }
      if (self.re.no_http.test(tail)) {
        if (pos >= 3 && text2[pos - 3] === ":") {
          return 0;
        }
        if (pos >= 3 && text2[pos - 3] === "/") {
          return 0;
        }
        return tail.match(self.re.no_http)[0].length;
      }
      return 0;
    }
  },
  "mailto:": {
    validate: function(text2, pos, self) {
      const tail = text2.slice(pos);
      if (!self.re.mailto) {
        self.re.mailto = new RegExp(
          `^${self.re.src_email_name}@${self.re.src_host_strict}`,
          "i"
        );
      }
      if (self.re.mailto.test(tail)) {
        return tail.match(self.re.mailto)[0].length;
      }
      return 0;
    }
  }
};
var tlds_2ch_src_re = "a[cdefgilmnoqrstuwxz]|b[abdefghijmnorstvwyz]|c[acdfghiklmnoruvwxyz]|d[ejkmoz]|e[cegrstu]|f[ijkmor]|g[abdefghilmnpqrstuwy]|h[kmnrtu]|i[delmnoqrst]|j[emop]|k[eghimnprwyz]|l[abcikrstuvy]|m[acdeghklmnopqrstuvwxyz]|n[acefgilopruz]|om|p[aefghklmnrstwy]|qa|r[eosuw]|s[abcdeghijklmnortuvxyz]|t[cdfghjklmnortvwz]|u[agksyz]|v[aceginu]|w[fs]|y[et]|z[amw]";
var tlds_default = "biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф".split("|");
function createValidator(re) {
  return function(text2, pos) {
    const tail = text2.slice(pos);
    if (re.test(tail)) {
      return tail.match(re)[0].length;
    }
    return 0;
  };
}
function createNormalizer() {
  return function(match2, self) {
    self.normalize(match2);
  };
}
function compile(self) {
  const re = self.re = re_default(self.__opts__);
  const tlds2 = self.__tlds__.slice();
  self.onCompile();
  if (!self.__tlds_replaced__) {
    tlds2.push(tlds_2ch_src_re);
  }
  tlds2.push(re.src_xn);
  re.src_tlds = tlds2.join("|");
  function untpl(tpl) {
    return tpl.replace("%TLDS%", re.src_tlds);
  }
  re.email_fuzzy = RegExp(untpl(re.tpl_email_fuzzy), "i");
  re.email_fuzzy_global = RegExp(untpl(re.tpl_email_fuzzy), "ig");
  re.link_fuzzy = RegExp(untpl(re.tpl_link_fuzzy), "i");
  re.link_fuzzy_global = RegExp(untpl(re.tpl_link_fuzzy), "ig");
  re.link_no_ip_fuzzy = RegExp(untpl(re.tpl_link_no_ip_fuzzy), "i");
  re.link_no_ip_fuzzy_global = RegExp(untpl(re.tpl_link_no_ip_fuzzy), "ig");
  re.host_fuzzy_test = RegExp(untpl(re.tpl_host_fuzzy_test), "i");
  const aliases = [];
  self.__compiled__ = {};
  function schemaError(name, val) {
    throw new Error(`(LinkifyIt) Invalid schema "${name}": ${val}`);
  }
  Object.keys(self.__schemas__).forEach(function(name) {
    const val = self.__schemas__[name];
    if (val === null) {
      return;
    }
    const compiled = { validate: null, link: null };
    self.__compiled__[name] = compiled;
    if (isObject(val)) {
      if (isRegExp(val.validate)) {
        compiled.validate = createValidator(val.validate);
      } else if (isFunction(val.validate)) {
        compiled.validate = val.validate;
      } else {
        schemaError(name, val);
      }
      if (isFunction(val.normalize)) {
        compiled.normalize = val.normalize;
      } else if (!val.normalize) {
        compiled.normalize = createNormalizer();
      } else {
        schemaError(name, val);
      }
      return;
    }
    if (isString2(val)) {
      aliases.push(name);
      return;
    }
    schemaError(name, val);
  });
  aliases.forEach(function(alias) {
    if (!self.__compiled__[self.__schemas__[alias]]) {
      return;
    }
    self.__compiled__[alias].validate = self.__compiled__[self.__schemas__[alias]].validate;
    self.__compiled__[alias].normalize = self.__compiled__[self.__schemas__[alias]].normalize;
  });
  self.__compiled__[""] = { validate: null, normalize: createNormalizer() };
  const slist = Object.keys(self.__compiled__).filter(function(name) {
    return name.length > 0 && self.__compiled__[name];
  }).map(escapeRE2).join("|");
  self.re.schema_test = RegExp(`(^|(?!_)(?:[><｜]|${re.src_ZPCc}))(${slist})`, "i");
  self.re.schema_search = RegExp(`(^|(?!_)(?:[><｜]|${re.src_ZPCc}))(${slist})`, "ig");
  self.re.schema_at_start = RegExp(`^${self.re.schema_search.source}`, "i");
  self.re.pretest = RegExp(
    `(${self.re.schema_test.source})|(${self.re.host_fuzzy_test.source})|@`,
    "i"
  );
}
function Match(text2, schema, index, lastIndex) {
  const raw = text2.slice(index, lastIndex);
  this.schema = schema.toLowerCase();
  this.index = index;
  this.lastIndex = lastIndex;
  this.raw = raw;
  this.text = raw;
  this.url = raw;
}
function LinkifyIt(schemas, options) {
  if (!(this instanceof LinkifyIt)) {
    return new LinkifyIt(schemas, options);
  }
  if (!options) {
    if (isOptionsObj(schemas)) {
      options = schemas;
      schemas = {};
    }
  }
  this.__opts__ = assign2({}, defaultOptions, options);
  this.__schemas__ = assign2({}, defaultSchemas, schemas);
  this.__compiled__ = {};
  this.__tlds__ = tlds_default;
  this.__tlds_replaced__ = false;
  this.re = {};
  compile(this);
}
LinkifyIt.prototype.add = function add(schema, definition) {
  this.__schemas__[schema] = definition;
  compile(this);
  return this;
};
LinkifyIt.prototype.set = function set(options) {
  this.__opts__ = assign2(this.__opts__, options);
  return this;
};
LinkifyIt.prototype.test = function test(text2) {
  if (!text2.length) {
    return false;
  }
  let m, re;
  if (this.re.schema_test.test(text2)) {
    re = this.re.schema_search;
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) {
      if (this.testSchemaAt(text2, m[2], re.lastIndex)) {
        return true;
      }
    }
  }
  if (this.__opts__.fuzzyLink && this.__compiled__["http:"]) {
    if (text2.search(this.re.host_fuzzy_test) >= 0) {
      if (text2.match(this.__opts__.fuzzyIP ? this.re.link_fuzzy : this.re.link_no_ip_fuzzy) !== null) {
        return true;
      }
    }
  }
  if (this.__opts__.fuzzyEmail && this.__compiled__["mailto:"]) {
    if (text2.indexOf("@") >= 0) {
      if (text2.match(this.re.email_fuzzy) !== null) {
        return true;
      }
    }
  }
  return false;
};
LinkifyIt.prototype.pretest = function pretest(text2) {
  return this.re.pretest.test(text2);
};
LinkifyIt.prototype.testSchemaAt = function testSchemaAt(text2, schema, pos) {
  if (!this.__compiled__[schema.toLowerCase()]) {
    return 0;
  }
  return this.__compiled__[schema.toLowerCase()].validate(text2, pos, this);
};
LinkifyIt.prototype.match = function match(text2) {
  const result = [];
  const type_schemed = [];
  const type_fuzzy_link = [];
  const type_fuzzy_email = [];
  let m, len, re;
  function choose(a, b) {
    if (!a) {
      return b;
    }
    if (!b) {
      return a;
    }
    if (a.index !== b.index) {
      return a.index < b.index ? a : b;
    }
    return a.lastIndex >= b.lastIndex ? a : b;
  }
  if (!text2.length) {
    return null;
  }
  if (this.re.schema_test.test(text2)) {
    re = this.re.schema_search;
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) {
      len = this.testSchemaAt(text2, m[2], re.lastIndex);
      if (len) {
        type_schemed.push({
          schema: m[2],
          index: m.index + m[1].length,
          lastIndex: m.index + m[0].length + len
        });
      }
    }
  }
  if (this.__opts__.fuzzyLink && this.__compiled__["http:"]) {
    re = this.__opts__.fuzzyIP ? this.re.link_fuzzy_global : this.re.link_no_ip_fuzzy_global;
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) {
      type_fuzzy_link.push({
        schema: "",
        index: m.index + m[1].length,
        lastIndex: m.index + m[0].length
      });
    }
  }
  if (this.__opts__.fuzzyEmail && this.__compiled__["mailto:"]) {
    re = this.re.email_fuzzy_global;
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) {
      type_fuzzy_email.push({
        schema: "mailto:",
        index: m.index + m[1].length,
        lastIndex: m.index + m[0].length
      });
    }
  }
  const indexes = [0, 0, 0];
  let lastIndex = 0;
  for (; ; ) {
    const candidates = [
      type_schemed[indexes[0]],
      type_fuzzy_email[indexes[1]],
      type_fuzzy_link[indexes[2]]
    ];
    const candidate = choose(choose(candidates[0], candidates[1]), candidates[2]);
    if (!candidate) {
      break;
    }
    if (candidate === candidates[0]) {
      indexes[0]++;
    } else if (candidate === candidates[1]) {
      indexes[1]++;
    } else {
      indexes[2]++;
    }
    if (candidate.index < lastIndex) {
      continue;
    }
    const match2 = new Match(text2, candidate.schema, candidate.index, candidate.lastIndex);
    this.__compiled__[match2.schema].normalize(match2, this);
    result.push(match2);
    lastIndex = candidate.lastIndex;
  }
  if (result.length) {
    return result;
  }
  return null;
};
LinkifyIt.prototype.matchAtStart = function matchAtStart(text2) {
  if (!text2.length) return null;
  const m = this.re.schema_at_start.exec(text2);
  if (!m) return null;
  const len = this.testSchemaAt(text2, m[2], m[0].length);
  if (!len) return null;
  const match2 = new Match(text2, m[2], m.index + m[1].length, m.index + m[0].length + len);
  this.__compiled__[match2.schema].normalize(match2, this);
  return match2;
};
LinkifyIt.prototype.tlds = function tlds(list2, keepOld) {
  list2 = Array.isArray(list2) ? list2 : [list2];
  if (!keepOld) {
    this.__tlds__ = list2.slice();
    this.__tlds_replaced__ = true;
    compile(this);
    return this;
  }
  this.__tlds__ = this.__tlds__.concat(list2).sort().filter(function(el, idx, arr) {
    return el !== arr[idx - 1];
  }).reverse();
  compile(this);
  return this;
};
LinkifyIt.prototype.normalize = function normalize2(match2) {
  if (!match2.schema) {
    match2.url = `http://${match2.url}`;
  }
  if (match2.schema === "mailto:" && !/^mailto:/i.test(match2.url)) {
    match2.url = `mailto:${match2.url}`;
  }
};
LinkifyIt.prototype.onCompile = function onCompile() {
};
var linkify_it_default = LinkifyIt;

// node_modules/markdown-it/lib/index.mjs
var import_punycode = __toESM(require_punycode(), 1);

// node_modules/markdown-it/lib/presets/default.mjs
var default_default = {
  options: {
    // Enable HTML tags in source
    html: false,
    // Use '/' to close single tags (<br />)
    xhtmlOut: false,
    // Convert '\n' in paragraphs into <br>
    breaks: false,
    // CSS language prefix for fenced blocks
    langPrefix: "language-",
    // autoconvert URL-like texts to links
    linkify: false,
    // Enable some language-neutral replacements + quotes beautification
    typographer: false,
    // Double + single quotes replacement pairs, when typographer enabled,
    // and smartquotes on. Could be either a String or an Array.
    //
    // For example, you can use '«»„“' for Russian, '„“‚‘' for German,
    // and ['«\xA0', '\xA0»', '‹\xA0', '\xA0›'] for French (including nbsp).
    quotes: "“”‘’",
    /* “”‘’ */
    // Highlighter function. Should return escaped HTML,
    // or '' if the source string is not changed and should be escaped externaly.
    // If result starts with <pre... internal wrapper is skipped.
    //
    // function (/*str, lang*/) { return ''; }
    //
    highlight: null,
    // Internal protection, recursion limit
    maxNesting: 100
  },
  components: {
    core: {},
    block: {},
    inline: {}
  }
};

// node_modules/markdown-it/lib/presets/zero.mjs
var zero_default = {
  options: {
    // Enable HTML tags in source
    html: false,
    // Use '/' to close single tags (<br />)
    xhtmlOut: false,
    // Convert '\n' in paragraphs into <br>
    breaks: false,
    // CSS language prefix for fenced blocks
    langPrefix: "language-",
    // autoconvert URL-like texts to links
    linkify: false,
    // Enable some language-neutral replacements + quotes beautification
    typographer: false,
    // Double + single quotes replacement pairs, when typographer enabled,
    // and smartquotes on. Could be either a String or an Array.
    //
    // For example, you can use '«»„“' for Russian, '„“‚‘' for German,
    // and ['«\xA0', '\xA0»', '‹\xA0', '\xA0›'] for French (including nbsp).
    quotes: "“”‘’",
    /* “”‘’ */
    // Highlighter function. Should return escaped HTML,
    // or '' if the source string is not changed and should be escaped externaly.
    // If result starts with <pre... internal wrapper is skipped.
    //
    // function (/*str, lang*/) { return ''; }
    //
    highlight: null,
    // Internal protection, recursion limit
    maxNesting: 20
  },
  components: {
    core: {
      rules: [
        "normalize",
        "block",
        "inline",
        "text_join"
      ]
    },
    block: {
      rules: [
        "paragraph"
      ]
    },
    inline: {
      rules: [
        "text"
      ],
      rules2: [
        "balance_pairs",
        "fragments_join"
      ]
    }
  }
};

// node_modules/markdown-it/lib/presets/commonmark.mjs
var commonmark_default = {
  options: {
    // Enable HTML tags in source
    html: true,
    // Use '/' to close single tags (<br />)
    xhtmlOut: true,
    // Convert '\n' in paragraphs into <br>
    breaks: false,
    // CSS language prefix for fenced blocks
    langPrefix: "language-",
    // autoconvert URL-like texts to links
    linkify: false,
    // Enable some language-neutral replacements + quotes beautification
    typographer: false,
    // Double + single quotes replacement pairs, when typographer enabled,
    // and smartquotes on. Could be either a String or an Array.
    //
    // For example, you can use '«»„“' for Russian, '„“‚‘' for German,
    // and ['«\xA0', '\xA0»', '‹\xA0', '\xA0›'] for French (including nbsp).
    quotes: "“”‘’",
    /* “”‘’ */
    // Highlighter function. Should return escaped HTML,
    // or '' if the source string is not changed and should be escaped externaly.
    // If result starts with <pre... internal wrapper is skipped.
    //
    // function (/*str, lang*/) { return ''; }
    //
    highlight: null,
    // Internal protection, recursion limit
    maxNesting: 20
  },
  components: {
    core: {
      rules: [
        "normalize",
        "block",
        "inline",
        "text_join"
      ]
    },
    block: {
      rules: [
        "blockquote",
        "code",
        "fence",
        "heading",
        "hr",
        "html_block",
        "lheading",
        "list",
        "reference",
        "paragraph"
      ]
    },
    inline: {
      rules: [
        "autolink",
        "backticks",
        "emphasis",
        "entity",
        "escape",
        "html_inline",
        "image",
        "link",
        "newline",
        "text"
      ],
      rules2: [
        "balance_pairs",
        "emphasis",
        "fragments_join"
      ]
    }
  }
};

// node_modules/markdown-it/lib/index.mjs
var config = {
  default: default_default,
  zero: zero_default,
  commonmark: commonmark_default
};
var BAD_PROTO_RE = /^(vbscript|javascript|file|data):/;
var GOOD_DATA_RE = /^data:image\/(gif|png|jpeg|webp);/;
function validateLink(url) {
  const str = url.trim().toLowerCase();
  return BAD_PROTO_RE.test(str) ? GOOD_DATA_RE.test(str) : true;
}
var RECODE_HOSTNAME_FOR = ["http:", "https:", "mailto:"];
function normalizeLink(url) {
  const parsed = parse_default(url, true);
  if (parsed.hostname) {
    if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) {
      try {
        parsed.hostname = import_punycode.default.toASCII(parsed.hostname);
      } catch (er) {
      }
    }
  }
  return encode_default(format(parsed));
}
function normalizeLinkText(url) {
  const parsed = parse_default(url, true);
  if (parsed.hostname) {
    if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) {
      try {
        parsed.hostname = import_punycode.default.toUnicode(parsed.hostname);
      } catch (er) {
      }
    }
  }
  return decode_default(format(parsed), decode_default.defaultChars + "%");
}
function MarkdownIt(presetName, options) {
  if (!(this instanceof MarkdownIt)) {
    return new MarkdownIt(presetName, options);
  }
  if (!options) {
    if (!isString(presetName)) {
      options = presetName || {};
      presetName = "default";
    }
  }
  this.inline = new parser_inline_default();
  this.block = new parser_block_default();
  this.core = new parser_core_default();
  this.renderer = new renderer_default();
  this.linkify = new linkify_it_default();
  this.validateLink = validateLink;
  this.normalizeLink = normalizeLink;
  this.normalizeLinkText = normalizeLinkText;
  this.utils = utils_exports;
  this.helpers = assign({}, helpers_exports);
  this.options = {};
  this.configure(presetName);
  if (options) {
    this.set(options);
  }
}
MarkdownIt.prototype.set = function(options) {
  assign(this.options, options);
  return this;
};
MarkdownIt.prototype.configure = function(presets) {
  const self = this;
  if (isString(presets)) {
    const presetName = presets;
    presets = config[presetName];
    if (!presets) {
      throw new Error('Wrong `markdown-it` preset "' + presetName + '", check name');
    }
  }
  if (!presets) {
    throw new Error("Wrong `markdown-it` preset, can't be empty");
  }
  if (presets.options) {
    self.set(presets.options);
  }
  if (presets.components) {
    Object.keys(presets.components).forEach(function(name) {
      if (presets.components[name].rules) {
        self[name].ruler.enableOnly(presets.components[name].rules);
      }
      if (presets.components[name].rules2) {
        self[name].ruler2.enableOnly(presets.components[name].rules2);
      }
    });
  }
  return this;
};
MarkdownIt.prototype.enable = function(list2, ignoreInvalid) {
  let result = [];
  if (!Array.isArray(list2)) {
    list2 = [list2];
  }
  ["core", "block", "inline"].forEach(function(chain) {
    result = result.concat(this[chain].ruler.enable(list2, true));
  }, this);
  result = result.concat(this.inline.ruler2.enable(list2, true));
  const missed = list2.filter(function(name) {
    return result.indexOf(name) < 0;
  });
  if (missed.length && !ignoreInvalid) {
    throw new Error("MarkdownIt. Failed to enable unknown rule(s): " + missed);
  }
  return this;
};
MarkdownIt.prototype.disable = function(list2, ignoreInvalid) {
  let result = [];
  if (!Array.isArray(list2)) {
    list2 = [list2];
  }
  ["core", "block", "inline"].forEach(function(chain) {
    result = result.concat(this[chain].ruler.disable(list2, true));
  }, this);
  result = result.concat(this.inline.ruler2.disable(list2, true));
  const missed = list2.filter(function(name) {
    return result.indexOf(name) < 0;
  });
  if (missed.length && !ignoreInvalid) {
    throw new Error("MarkdownIt. Failed to disable unknown rule(s): " + missed);
  }
  return this;
};
MarkdownIt.prototype.use = function(plugin) {
  const args = [this].concat(Array.prototype.slice.call(arguments, 1));
  plugin.apply(plugin, args);
  return this;
};
MarkdownIt.prototype.parse = function(src, env) {
  if (typeof src !== "string") {
    throw new Error("Input data should be a String");
  }
  const state = new this.core.State(src, this, env);
  this.core.process(state);
  return state.tokens;
};
MarkdownIt.prototype.render = function(src, env) {
  env = env || {};
  return this.renderer.render(this.parse(src, env), this.options, env);
};
MarkdownIt.prototype.parseInline = function(src, env) {
  const state = new this.core.State(src, this, env);
  state.inlineMode = true;
  this.core.process(state);
  return state.tokens;
};
MarkdownIt.prototype.renderInline = function(src, env) {
  env = env || {};
  return this.renderer.render(this.parseInline(src, env), this.options, env);
};
var lib_default = MarkdownIt;

// src/parse/markdown-fast.ts
var MAX_NESTING = 100;
function scanMarkdownFast(masked, original, offset, maxNesting = MAX_NESTING) {
  let normalized = masked.includes("\r") ? masked.replace(/\r\n?/g, "\n") : masked;
  if (normalized.includes("\0")) normalized = normalized.replace(/\0/g, "�");
  const recorder = { inline: void 0, spans: [], definitions: [], usages: [] };
  current = recorder;
  let tokens;
  try {
    tokens = parserFor(maxNesting).parse(normalized, {});
  } finally {
    current = void 0;
  }
  const lines = lineStarts(normalized);
  const toSource = masked.length === normalized.length ? (o) => o : sourceOffsetMapper(masked, lines);
  const references = [];
  const html = [];
  const headings = [];
  for (const span of recorder.spans) {
    const mapped = mapInline(span.inline, span.start, span.end, normalized, lines);
    if (!mapped) return void 0;
    const start = toSource(mapped.start);
    const end = toSource(mapped.end);
    if (span.kind === "html") {
      html.push({ start: start + offset, end: end + offset });
      continue;
    }
    const raw = original.slice(start, end);
    references.push({ kind: span.kind, source: "markdown", raw, value: decodeString(raw), start: start + offset, end: end + offset, context: span.kind === "image" ? "markdown image" : "markdown link" });
  }
  const kinds = /* @__PURE__ */ new Map();
  for (const usage of recorder.usages) if (kinds.get(usage.label) !== "image") kinds.set(usage.label, usage.kind);
  const seen = /* @__PURE__ */ new Set();
  for (const def of recorder.definitions) {
    if (seen.has(def.label)) continue;
    seen.add(def.label);
    const kind = kinds.get(def.label);
    if (!kind) continue;
    const start = toSource(def.start);
    const end = toSource(def.end);
    const raw = original.slice(start, end);
    references.push({ kind, source: "markdown", raw, value: decodeString(raw), start: start + offset, end: end + offset, context: kind === "image" ? "markdown image definition" : "markdown link definition" });
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === "html_block" && token.map) {
      const [first, last] = token.map;
      const start = lines[first] + indentOf(normalized, lines[first]);
      const end = lineEnd2(normalized, lines, last - 1);
      html.push({ start: toSource(start) + offset, end: toSource(end) + offset });
    } else if (token.type === "heading_open" && token.map) {
      const inline2 = tokens[i + 1];
      if (!inline2 || inline2.type !== "inline") continue;
      const mapped = mapInline(inline2, 0, inline2.content.length, normalized, lines);
      if (!mapped) return void 0;
      const start = toSource(mapped.start);
      const end = toSource(mapped.end);
      headings.push({ raw: original.slice(start, end), start: start + offset, end: end + offset });
    }
  }
  references.sort((a, b) => a.start - b.start);
  html.sort((a, b) => a.start - b.start);
  const deepest = tokens.reduce((max, t) => Math.max(max, t.level), 0);
  return { references, html, headings, ...deepest >= maxNesting - 2 ? { tooDeep: maxNesting } : {} };
}
var current;
function notesOf(token) {
  return token.meta ??= {};
}
var parsers = /* @__PURE__ */ new Map();
function parserFor(maxNesting) {
  let parser = parsers.get(maxNesting);
  if (!parser) parsers.set(maxNesting, parser = createParser(maxNesting));
  return parser;
}
function createParser(maxNesting) {
  const parser = new lib_default("default", { html: true, linkify: false, typographer: false });
  parser.options.maxNesting = maxNesting;
  parser.normalizeLink = (url) => url;
  parser.normalizeLinkText = (url) => url;
  parser.validateLink = () => true;
  parser.disable(["replacements", "smartquotes", "linkify"], true);
  parser.core.ruler.at("normalize", () => {
  });
  const helpers = parser.helpers;
  const normalizeReference2 = parser.utils.normalizeReference;
  parser.core.ruler.at("inline", (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.type !== "inline") continue;
      if (!mayHoldInlineReference(token.content)) {
        token.children ??= [];
        continue;
      }
      if (tokens[i - 1]?.type === "paragraph_open") notesOf(token).paragraph = true;
      if (current) current.inline = token;
      state.md.inline.parse(token.content, state.md, state.env, token.children ?? (token.children = []));
    }
  });
  for (const name of ["link", "image"]) {
    const original = ruleFn(parser.inline.ruler, name);
    parser.inline.ruler.at(name, (state, silent) => {
      const start = state.pos;
      const ok = original(state, silent);
      if (!ok || silent || !current?.inline) return ok;
      const labelStart = name === "image" ? start + 1 : start;
      const labelEnd = helpers.parseLinkLabel(state, labelStart, name === "link");
      if (labelEnd < 0) return ok;
      let pos = labelEnd + 1;
      if (state.src.charCodeAt(pos) === 40) {
        pos++;
        while (pos < state.posMax && /[ \t\n]/.test(state.src[pos])) pos++;
        const res = helpers.parseLinkDestination(state.src, pos, state.posMax);
        if (res.ok) {
          const angle = state.src.charCodeAt(pos) === 60;
          const destStart = angle ? pos + 1 : pos;
          const destEnd = angle ? res.pos - 1 : res.pos;
          if (destEnd > destStart) current.spans.push({ kind: name, inline: current.inline, start: destStart, end: destEnd });
          return ok;
        }
      }
      let label = state.src.slice(labelStart + 1, labelEnd);
      if (state.src.charCodeAt(labelEnd + 1) === 91) {
        const close = helpers.parseLinkLabel(state, labelEnd + 1);
        if (close > labelEnd + 2) label = state.src.slice(labelEnd + 2, close);
      }
      current.usages.push({ label: normalizeReference2(label), kind: name });
      return ok;
    });
  }
  const htmlInline = ruleFn(parser.inline.ruler, "html_inline");
  parser.inline.ruler.at("html_inline", (state, silent) => {
    const start = state.pos;
    const ok = htmlInline(state, silent);
    if (ok && !silent && current?.inline && !BARE_TAG.test(state.src.slice(start, state.pos))) current.spans.push({ kind: "html", inline: current.inline, start, end: state.pos });
    return ok;
  });
  const reference3 = ruleFn(parser.block.ruler, "reference");
  parser.block.ruler.at("reference", ((state, startLine, endLine, silent) => {
    const ok = reference3(state, startLine, endLine, silent);
    if (!ok || silent || !current) return ok;
    const src = state.src;
    const begin = state.bMarks[startLine] + state.tShift[startLine];
    const max = state.eMarks[state.line - 1];
    let pos = begin + 1;
    while (pos < max && src[pos] !== "]") pos += src[pos] === "\\" ? 2 : 1;
    const label = normalizeReference2(src.slice(begin + 1, pos));
    pos += 2;
    while (pos < max && /[ \t\n]/.test(src[pos])) pos++;
    const res = helpers.parseLinkDestination(src, pos, max);
    if (res.ok) {
      const angle = src.charCodeAt(pos) === 60;
      current.definitions.push({ label, start: angle ? pos + 1 : pos, end: angle ? res.pos - 1 : res.pos });
    }
    return ok;
  }));
  return parser;
}
function mayHoldInlineReference(content) {
  return content.includes("[") || NOT_A_BARE_TAG.test(content);
}
function ruleFn(ruler, name) {
  const rules2 = ruler.__rules__;
  const rule = rules2.find((r) => r.name === name);
  if (!rule) throw new Error(`markdown-it has no rule ${name}`);
  return rule.fn;
}
function lineMapOf(inline2, src, lines) {
  const notes = notesOf(inline2);
  const cached = notes.lineMap;
  if (cached !== void 0) return cached ?? void 0;
  let result = null;
  if (inline2.map) {
    const content = inline2.content;
    const bases = [];
    const contentStarts = [];
    let ok = true;
    for (let i = 0, pieceStart = 0; pieceStart <= content.length; i++) {
      let pieceEnd = content.indexOf("\n", pieceStart);
      if (pieceEnd === -1) pieceEnd = content.length;
      const lineIndex = inline2.map[0] + i;
      if (lineIndex >= lines.length) {
        ok = false;
        break;
      }
      const lineStart = lines[lineIndex];
      const end = lineEnd2(src, lines, lineIndex);
      const length = pieceEnd - pieceStart;
      let at = -1;
      const last = pieceEnd === content.length ? trimmedEnd(src, lineStart, end) : end;
      if (notes.paragraph === true && length > 0 && last - length >= lineStart && !isJsWhiteSpace(content.charCodeAt(pieceStart)) && src.charCodeAt(last - length) === content.charCodeAt(pieceStart) && src.charCodeAt(last - 1) === content.charCodeAt(pieceEnd - 1)) {
        at = last - length - lineStart;
      }
      if (at < 0 && end - length >= lineStart && sameText(src, end - length, content, pieceStart, length)) at = end - length - lineStart;
      if (at < 0) at = src.slice(lineStart, end).indexOf(content.slice(pieceStart, pieceEnd));
      if (at < 0) {
        ok = false;
        break;
      }
      bases.push(lineStart + at);
      contentStarts.push(pieceStart);
      pieceStart = pieceEnd + 1;
    }
    if (ok) result = { bases, contentStarts };
  }
  notes.lineMap = result;
  return result ?? void 0;
}
function mapInline(inline2, start, end, src, lines) {
  const lineMap = lineMapOf(inline2, src, lines);
  if (!lineMap) return void 0;
  const content = inline2.content;
  const { bases, contentStarts } = lineMap;
  const map = (o) => {
    const i = lastAtOrBefore(contentStarts, o);
    return bases[i] + (o - contentStarts[i]);
  };
  const mappedStart = map(start);
  const mappedEnd = end === start ? mappedStart : map(end - 1) + 1;
  if (mappedEnd - mappedStart !== end - start || !sameText(src, mappedStart, content, start, end - start)) return void 0;
  return { start: mappedStart, end: mappedEnd };
}
function trimmedEnd(src, start, end) {
  while (end > start && isJsWhiteSpace(src.charCodeAt(end - 1))) end--;
  return end;
}
function isJsWhiteSpace(code2) {
  if (code2 < 128) return code2 === 32 || code2 >= 9 && code2 <= 13;
  return code2 === 160 || code2 === 5760 || code2 >= 8192 && code2 <= 8202 || code2 === 8232 || code2 === 8233 || code2 === 8239 || code2 === 8287 || code2 === 12288 || code2 === 65279;
}
function sameText(a, aStart, b, bStart, length) {
  if (aStart < 0 || aStart + length > a.length || bStart + length > b.length) return false;
  for (let k = 0; k < length; k++) if (a.charCodeAt(aStart + k) !== b.charCodeAt(bStart + k)) return false;
  return true;
}
function lineStarts(text2) {
  const starts = [0];
  for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function lineEnd2(text2, starts, index) {
  const next = starts[index + 1];
  return next === void 0 ? text2.length : next - 1;
}
function indentOf(text2, at) {
  let n = 0;
  while (text2[at + n] === " ") n++;
  return n;
}
function sourceOffsetMapper(text2, normalizedStarts) {
  const starts = [0];
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 13) {
      if (text2.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return (o) => {
    const i = lastAtOrBefore(normalizedStarts, o);
    return starts[i] + (o - normalizedStarts[i]);
  };
}
function lastAtOrBefore(sorted, value) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// src/parse/kramdown-html-markdown.ts
var MARKDOWN_TAG = /^<[A-Za-z][A-Za-z0-9-]*(?=[\s/>])[^>]*?\smarkdown[ \t]*=[ \t]*(?:"(?:1|block|span)"|'(?:1|block|span)'|(?:1|block|span)(?=[\s/>]))[^>]*>/;
var MAX_DEPTH2 = 16;
function scanMarkdownBody(masked, original, offset, maxNesting, depth = 0) {
  const md = scanMarkdownFast(masked, original, offset, maxNesting) ?? scanMarkdown(masked, original, offset);
  if (depth >= MAX_DEPTH2) return md;
  const tagEnds = md.html.map((range) => markdownTagEnd(masked, range.start - offset, range.end - offset));
  if (tagEnds.every((end) => end === void 0)) return md;
  const out = { references: [...md.references], html: [], headings: [...md.headings], ...md.tooDeep ? { tooDeep: md.tooDeep } : {} };
  for (const [k, range] of md.html.entries()) {
    const tagEnd = tagEnds[k];
    if (tagEnd === void 0) {
      out.html.push(range);
      continue;
    }
    out.html.push({ start: range.start, end: offset + tagEnd });
    const inner = scanMarkdownBody(masked.slice(tagEnd, range.end - offset), original.slice(tagEnd, range.end - offset), offset + tagEnd, maxNesting, depth + 1);
    out.references.push(...inner.references);
    out.html.push(...inner.html);
    out.headings.push(...inner.headings);
    if (inner.tooDeep) out.tooDeep = inner.tooDeep;
  }
  out.references.sort((a, b) => a.start - b.start);
  out.html.sort((a, b) => a.start - b.start);
  out.headings.sort((a, b) => a.start - b.start);
  return out;
}
function markdownTagEnd(masked, start, end) {
  if (masked.charCodeAt(start) !== 60) return void 0;
  const head = masked.slice(start, Math.min(end, start + 1024));
  if (!head.includes("markdown")) return void 0;
  const m = MARKDOWN_TAG.exec(head);
  return m && start + m[0].length < end ? start + m[0].length : void 0;
}

// src/core/front-matter-defaults.ts
var isHash = (value) => typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
function deepMergeHashes(target, overwrite) {
  const merged = {};
  for (const key of Object.keys(target)) setOwn(merged, key, target[key]);
  for (const key of Object.keys(overwrite)) {
    const value = overwrite[key];
    const has2 = Object.hasOwn(merged, key);
    const old = has2 ? merged[key] : void 0;
    if (value === null || value === void 0) {
      if (!has2) setOwn(merged, key, value);
    } else setOwn(merged, key, isHash(old) && isHash(value) ? deepMergeHashes(old, value) : value);
  }
  return merged;
}
function setOwn(object, key, value) {
  if (key === "__proto__") Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}
var DEPRECATED_TYPES = { page: "pages", post: "posts", draft: "drafts" };
function validEntries(defaults) {
  if (!Array.isArray(defaults)) return [];
  return defaults.filter((set2) => isHash(set2) && isHash(set2.values)).map((set2) => {
    const scope = isHash(set2.scope) ? { ...set2.scope } : {};
    if (typeof scope.type === "string") scope.type = DEPRECATED_TYPES[scope.type] ?? scope.type;
    return { scope, values: set2.values };
  });
}
function sanitizePath(path15) {
  return typeof path15 === "string" ? path15.replace(/^\//, "") : "";
}
function stripCollectionsDir(path15, collectionsDir) {
  return collectionsDir && path15.startsWith(`${collectionsDir}/`) ? path15.slice(collectionsDir.length + 1) : path15;
}
function globToRegExp(glob) {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (glob.startsWith("**/", i)) {
      source += "(?:[^/.][^/]*/)*";
      i += 2;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end === -1) source += "\\[";
      else {
        source += `[${glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else if (char === "{") {
      const end = glob.indexOf("}", i + 1);
      if (end === -1) source += "\\{";
      else {
        source += `(?:${glob.slice(i + 1, end).split(",").map((alt) => alt.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`;
        i = end;
      }
    } else source += char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
function appliesPath(scopePath, rootPath, docPath, collectionsDir) {
  if (typeof scopePath !== "string" || scopePath === "") return true;
  if (!scopePath.includes("*")) return docPath.startsWith(stripCollectionsDir(scopePath, collectionsDir));
  const glob = globToRegExp(scopePath.replace(/^\.\//, ""));
  const segments = rootPath.split("/");
  return segments.some((_, i) => {
    const prefix = segments.slice(0, i + 1).join("/");
    return glob.test(prefix) && docPath.startsWith(stripCollectionsDir(prefix, collectionsDir));
  });
}
function hasPrecedence(oldScope, newScope) {
  if (!oldScope) return true;
  const newPath = sanitizePath(newScope.path);
  const oldPath = sanitizePath(oldScope.path);
  if (newPath.length !== oldPath.length) return newPath.length >= oldPath.length;
  return "type" in newScope || !("type" in oldScope);
}
function defaultsFor(defaults, relativePath, type, options = {}) {
  const collectionsDir = (options.collectionsDir ?? "").replace(/^\/|\/$/g, "");
  const docPath = type === "pages" ? relativePath : stripCollectionsDir(relativePath, collectionsDir);
  let merged = {};
  let oldScope;
  for (const { scope, values } of validEntries(defaults)) {
    const typeMatches = !("type" in scope) || String(scope.type) === type;
    if (!typeMatches || !appliesPath(scope.path, relativePath, docPath, collectionsDir)) continue;
    if (hasPrecedence(oldScope, scope)) {
      merged = deepMergeHashes(merged, values);
      oldScope = scope;
    } else {
      merged = deepMergeHashes(values, merged);
    }
  }
  return merged;
}
var byFolder = /* @__PURE__ */ new WeakMap();
function defaultsForFile(defaults, relativePath, type) {
  if (!Array.isArray(defaults)) return defaultsFor(defaults, relativePath, type);
  let known = byFolder.get(defaults);
  if (!known) {
    const paths = validEntries(defaults).map(({ scope }) => scope.path).filter((path15) => typeof path15 === "string");
    known = { longest: paths.some((path15) => path15.includes("*")) ? Infinity : Math.max(0, ...paths.map((path15) => path15.length)), given: /* @__PURE__ */ new Map() };
    byFolder.set(defaults, known);
  }
  const folderEnd = relativePath.lastIndexOf("/") + 1;
  if (known.longest > folderEnd) return defaultsFor(defaults, relativePath, type);
  const key = `${type}\0${relativePath.slice(0, folderEnd)}`;
  let given = known.given.get(key);
  if (!given) known.given.set(key, given = defaultsFor(defaults, relativePath, type));
  return given;
}
var splitWords = (value) => value.split(/\s+/).filter((word) => word !== "");
function applyDefaults(defaultValues, frontMatter) {
  const asList = (value) => value === null || value === void 0 ? void 0 : typeof value === "string" ? splitWords(value) : Array.isArray(value) ? value : [value];
  const merged = deepMergeHashes(defaultValues, frontMatter);
  const fromDefaults = asList(defaultValues.categories);
  const own = asList(frontMatter.categories);
  if (fromDefaults || own) merged.categories = [.../* @__PURE__ */ new Set([...fromDefaults ?? [], ...own ?? []])];
  return merged;
}

// src/core/extensions.ts
var MARKDOWN_EXT = /\.(?:md|markdown|mkd|mkdn|mkdown|mdown|mdwn)$/i;
var POST_EXT = /\.(?:md|markdown|mkd|mkdn|mkdown|mdown|mdwn|html?|textile)$/i;
var MAY_HAVE_FRONT_MATTER = /\.(?:md|markdown|mkd|mkdn|mkdown|mdown|mdwn|html?|xml|json|css|scss|sass|js|txt|textile|liquid|rss|atom|svg|webmanifest|yml|yaml|coffee)$/i;

// src/core/permalink.ts
var DATE_FILENAME = /^(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$/;
function parsePostFilename(name) {
  const match2 = DATE_FILENAME.exec(name) ?? DATE_FILENAME.exec(name.slice(name.lastIndexOf("/") + 1));
  return match2 ? { date: match2[1], slug: match2[2], ext: match2[3] } : void 0;
}
var STYLE_TO_PERMALINK = {
  none: "/:categories/:title:output_ext",
  date: "/:categories/:year/:month/:day/:title:output_ext",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  pretty: "/:categories/:year/:month/:day/:title/",
  weekdate: "/:categories/:year/W:week/:short_day/:title:output_ext"
};
function addPermalinkSuffix(template, style) {
  if (style === "pretty") return `${template}/`;
  if (style === "date" || style === "ordinal" || style === "none") return `${template}:output_ext`;
  return template + (style.endsWith("/") ? "/" : "") + (style.endsWith(":output_ext") ? ":output_ext" : "");
}
var SLUGIFY_REPLACE = {
  raw: /\s+/gu,
  default: /[^\p{M}\p{L}\p{Nd}]+/gu,
  pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
  ascii: /[^A-Za-z0-9]+/g
};
function slugify(value, mode = "default", cased = false) {
  const slug = isSlug(value, mode) ? value : value.replace(SLUGIFY_REPLACE[mode], "-").replace(/^-|-$/g, "");
  return cased ? slug : slug.toLowerCase();
}
function isSlug(value, mode) {
  if (mode === "raw" || value === "") return false;
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 45) {
      if (i === 0 || i === n - 1 || value.charCodeAt(i + 1) === 45) return false;
      continue;
    }
    if (c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122) continue;
    if (c >= 44032 && c <= 55203) {
      if (mode === "ascii") return false;
      continue;
    }
    if (mode === "pretty" && c < 128 && PRETTY_KEPT.includes(value[i])) continue;
    return false;
  }
  return true;
}
var PRETTY_KEPT = "._~!$&'()+,;=@";
var HTML_EXTENSIONS = [".html", ".xhtml", ".htm"];
function extname(path15) {
  const base = path15.slice(path15.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot) : "";
}
function basenameWithoutExt(path15) {
  const base = path15.slice(path15.lastIndexOf("/") + 1);
  const ext = extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}
function outputExt(sourceExt, permalink, config2) {
  if (permalink && !permalink.endsWith("/")) {
    const ext2 = extname(permalink);
    if (ext2) return ext2;
  }
  const ext = sourceExt.toLowerCase();
  if (markdownExtensions(config2.markdown_ext ?? "markdown,mkdown,mkdn,mkd,md").includes(ext)) return ".html";
  if (ext === ".scss" || ext === ".sass") return ".css";
  return sourceExt;
}
var markdownExtensionLists = /* @__PURE__ */ new Map();
function markdownExtensions(setting2) {
  let list2 = markdownExtensionLists.get(setting2);
  if (!list2) {
    list2 = setting2.split(",").map((e) => `.${e.trim().toLowerCase()}`);
    if (markdownExtensionLists.size < 100) markdownExtensionLists.set(setting2, list2);
  }
  return list2;
}
function sanitizeUrl(url) {
  if (!url.includes("..") && !url.includes("./") && !url.includes("//")) return url.startsWith("/") ? url : `/${url}`;
  return `/${url}`.replaceAll("..", "/").replaceAll("./", "").replace(/\/{2,}/g, "/");
}
function splitWords2(value) {
  return value.split(/\s+/).filter((word) => word !== "");
}
function toArray(value) {
  if (value === void 0 || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
function rubyString(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function categoriesFromPath(relativePath, specialDir) {
  if (relativePath.startsWith(specialDir)) return [];
  const at = relativePath.indexOf(specialDir);
  const above = at === -1 ? relativePath : relativePath.slice(0, at);
  const basename = relativePath.slice(relativePath.lastIndexOf("/") + 1);
  return above.split("/").filter((dir) => dir !== "" && dir !== specialDir && dir !== basename);
}
function documentCategories(pathCategories, fm) {
  const own = fm.categories;
  if (fm.category === void 0 || fm.category === null) {
    if (own === void 0 || own === null) return pathCategories.length < 2 ? pathCategories : [...new Set(pathCategories)];
    if (typeof own === "string") return [.../* @__PURE__ */ new Set([...pathCategories, ...splitWords2(own)])];
    if (Array.isArray(own) && own.every((c) => typeof c === "string")) return [.../* @__PURE__ */ new Set([...pathCategories, ...own])];
  }
  const merged = [...pathCategories, ...typeof own === "string" ? splitWords2(own) : toArray(own)];
  const singular = fm.category ?? void 0;
  const plural2 = typeof own === "string" ? splitWords2(own) : toArray(own);
  const all = [...merged, ...singular !== void 0 ? toArray(singular) : plural2].flat(Infinity).filter((c) => c !== null && c !== void 0).map(rubyString);
  return [...new Set(all)];
}
function postCategories(relativePath, fm) {
  return documentCategories(categoriesFromPath(relativePath, "_posts"), fm);
}
function postTags(fm) {
  const singular = fm.tag;
  const plural2 = fm.tags;
  const value = singular !== void 0 && singular !== null && singular !== false ? singular : typeof plural2 === "string" ? splitWords2(plural2) : Array.isArray(plural2) ? plural2 : [];
  return [value].flat(Infinity).filter((tag) => typeof tag === "string");
}
function wallDate(ms, timezone) {
  const { year, month, day } = wallClock(new Date(ms), typeof timezone === "string" && timezone !== "" ? timezone : "UTC");
  return { year, month, day };
}
var formatters = /* @__PURE__ */ new Map();
function wallClock(instant, timeZone) {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") {
    return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate(), hour: instant.getUTCHours(), minute: instant.getUTCMinutes(), second: instant.getUTCSeconds() };
  }
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second
  };
}
function zonedInstant(f, timeZone) {
  const guess = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return new Date(guess);
  const offsetAt = (t) => {
    const w = wallClock(new Date(t), timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - t;
  };
  const first = offsetAt(guess);
  const second = offsetAt(guess - first);
  return new Date(guess - second);
}
var DATE_TEXT = /^(\d{1,4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?)?\s*(Z|UTC|GMT|[-+]\d{2}(?::?\d{2})?)?$/;
function parseDate(input, timeZone) {
  const m = DATE_TEXT.exec(input.trim());
  if (!m) return "unsupported";
  let year = Number(m[1]);
  if (m[1].length <= 2) year += year < 69 ? 2e3 : 1900;
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return "invalid";
  if (hour === 24 && (minute > 0 || second > 0)) return "invalid";
  const zone = m[7];
  if (zone === void 0) return zonedInstant({ year, month, day, hour, minute, second }, timeZone);
  const sign = zone.startsWith("-") ? -1 : 1;
  const offset = /^[-+]/.test(zone) ? Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3).replace(":", "") || 0) : 0;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - sign * offset * 6e4);
}
var SHORT_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
var LONG_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var pad = (n, width = 2) => String(n).padStart(width, "0");
var DATE_KEYS = /* @__PURE__ */ new Set(["year", "month", "day", "hour", "minute", "second", "i_day", "i_month", "short_month", "long_month", "short_year", "w_year", "week", "w_day", "short_day", "long_day", "y_day"]);
function datePlaceholder(key, w) {
  switch (key) {
    case "year":
      return pad(w.year, 4);
    case "month":
      return pad(w.month);
    case "day":
      return pad(w.day);
    case "hour":
      return pad(w.hour);
    case "minute":
      return pad(w.minute);
    case "second":
      return pad(w.second);
    case "i_day":
      return String(w.day);
    case "i_month":
      return String(w.month);
    case "short_month":
      return LONG_MONTHS[w.month - 1].slice(0, 3);
    case "long_month":
      return LONG_MONTHS[w.month - 1];
    case "short_year":
      return pad(w.year % 100);
  }
  const day = new Date(Date.UTC(w.year, w.month - 1, w.day));
  const weekday = day.getUTCDay();
  const isoWeekday = weekday === 0 ? 7 : weekday;
  const thursday = new Date(day.getTime() + (4 - isoWeekday) * 864e5);
  const isoYear = thursday.getUTCFullYear();
  switch (key) {
    case "w_year":
      return String(isoYear);
    case "week":
      return pad(Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / 864e5 / 7) + 1);
    case "w_day":
      return String(isoWeekday);
    case "short_day":
      return SHORT_DAYS[weekday];
    case "long_day":
      return LONG_DAYS[weekday];
    case "y_day":
      return pad(Math.floor((day.getTime() - Date.UTC(w.year, 0, 1)) / 864e5) + 1, 3);
  }
  return void 0;
}
var usesDateCache = /* @__PURE__ */ new Map();
function templateUsesDate(template) {
  let uses = usesDateCache.get(template);
  if (uses === void 0) {
    uses = [...template.matchAll(/:([a-z_]+)/g)].some((m) => DATE_KEYS.has(m[1].replace(/_$/, "")));
    if (usesDateCache.size < 1e3) usesDateCache.set(template, uses);
  }
  return uses;
}
function fillDropTemplate(template, lookup2) {
  let missing;
  let url = "";
  for (const part of compiledTemplate(template)) {
    if (typeof part === "string") {
      url += part;
      continue;
    }
    let filled;
    for (const key of part.pool) {
      const value = lookup2(key);
      if (value !== void 0) {
        filled = value + part.match.slice(key.length + 1);
        break;
      }
    }
    if (filled === void 0) {
      missing ??= part.pool.join(" or ");
      filled = part.match;
    }
    url += filled;
  }
  if (missing !== void 0) {
    return { error: `The URL template doesn't have ${missing} keys. Check your permalink template!` };
  }
  return url;
}
var compiledTemplates = /* @__PURE__ */ new Map();
function compiledTemplate(template) {
  let parts = compiledTemplates.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of template.matchAll(/:([a-z_]+)/g)) {
    const name = m[1];
    parts.push(template.slice(last, m.index), { match: m[0], pool: name.endsWith("_") ? [name, name.slice(0, -1)] : [name] });
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  if (compiledTemplates.size < 1e3) compiledTemplates.set(template, parts);
  return parts;
}
function collectionMeta(config2, label) {
  const collections = config2.collections;
  if (Array.isArray(collections)) return {};
  return collections?.[label] ?? {};
}
function permalinkStyle(config2) {
  return typeof config2.permalink === "string" && config2.permalink !== "" ? config2.permalink : "date";
}
function frontMatterPermalink(fm) {
  return typeof fm.permalink === "string" && fm.permalink !== "" ? fm.permalink : void 0;
}
function timeZoneOf(config2) {
  return typeof config2.timezone === "string" && config2.timezone !== "" ? config2.timezone : "UTC";
}
function pageUrl(input) {
  const { relativePath, frontMatter: fm, config: config2 } = input;
  const slash = relativePath.lastIndexOf("/");
  const dir = slash === -1 ? "" : relativePath.slice(0, slash);
  const name = relativePath.slice(slash + 1);
  const ext = extname(name);
  const basename = (ext ? name.slice(0, -ext.length) : name).replace(/\.*$/, "");
  const permalink = frontMatterPermalink(fm);
  const ext_ = outputExt(ext, permalink, config2);
  let template;
  if (!HTML_EXTENSIONS.includes(ext_)) template = "/:path/:basename:output_ext";
  else if (basename === "index") template = "/:path/";
  else template = addPermalinkSuffix("/:path/:basename", permalinkStyle(config2));
  let url = permalink ?? template;
  for (const [key, value] of [
    ["path", dir],
    ["basename", basename],
    ["output_ext", ext_]
  ]) {
    if (!url.includes(":")) break;
    url = url.split(`:${key}`).join(value);
  }
  url = sanitizeUrl(url);
  let outputPath = url.endsWith("/") ? `${url}index` : url;
  if (!outputPath.endsWith(ext_)) outputPath += ext_;
  return { url, outputPath: outputPath.slice(1), categories: [] };
}
function documentUrl(input) {
  const { kind, frontMatter: fm, config: config2 } = input;
  const label = kind === "document" ? input.collection : "posts";
  if (!label) return { error: `No collection label for document '${input.relativePath}'.` };
  const collectionsDir = (config2.collections_dir ?? "").replace(/^\/|\/$/g, "");
  const relativePath = collectionsDir && input.relativePath.startsWith(`${collectionsDir}/`) ? input.relativePath.slice(collectionsDir.length + 1) : input.relativePath;
  const collectionDir = `_${label}`;
  const categories = documentCategories(
    categoriesFromPath(relativePath, kind === "draft" ? "_drafts" : collectionDir),
    fm
  );
  const timeZone = timeZoneOf(config2);
  const dated = parsePostFilename(relativePath);
  const fileSlug = (dated?.slug ?? basenameWithoutExt(relativePath)).replace(/\.*$/, "");
  const slug = fm.slug !== void 0 && fm.slug !== null && fm.slug !== false ? rubyString(fm.slug) : fileSlug;
  let date;
  const dateError = (value, source) => ({
    error: `Invalid date '${value}': Document '${relativePath}' does not have a valid date in the ${source}.`
  });
  if (fm.date instanceof YamlDay) date = zonedInstant({ year: fm.date.getUTCFullYear(), month: fm.date.getUTCMonth() + 1, day: fm.date.getUTCDate(), hour: 0, minute: 0, second: 0 }, timeZone);
  else if (fm.date instanceof Date) date = fm.date;
  else if (fm.date !== void 0 && fm.date !== null && fm.date !== false) {
    const parsed = parseDate(rubyString(fm.date), timeZone);
    if (parsed === "invalid") return dateError(rubyString(fm.date), "YAML front matter");
    if (parsed === "unsupported") {
      return { error: `Unsupported date '${rubyString(fm.date)}' in '${relativePath}': bloglint reads YYYY-MM-DD[ HH:MM[:SS]][ ±HH:MM].` };
    }
    date = parsed;
  } else if (dated) {
    const parsed = parseDate(dated.date, timeZone);
    if (parsed === "invalid" || parsed === "unsupported") return dateError(dated.date, "filename");
    date = parsed;
  } else {
    date = kind === "draft" ? input.mtime : input.buildTime;
  }
  const permalink = frontMatterPermalink(fm);
  const meta = collectionMeta(config2, label);
  const style = permalinkStyle(config2);
  const template = permalink ?? meta.permalink ?? (label === "posts" ? STYLE_TO_PERMALINK[style] ?? style : addPermalinkSuffix("/:collection/:path", style));
  const ext = outputExt(extname(relativePath), permalink, config2);
  let wall;
  const lookup2 = (key) => {
    switch (key) {
      case "collection":
        return label;
      case "name":
        return slugify(basenameWithoutExt(relativePath));
      case "title":
        return slugify(slug, "pretty", true);
      case "slug":
        return slugify(slug);
      case "categories":
        return categories.length === 1 ? categories[0].toLowerCase() : [...new Set(categories.map((c) => c.toLowerCase()))].join("/");
      case "slugified_categories":
        return [...new Set(categories.map((c) => slugify(c)))].join("/");
      case "output_ext":
        return ext;
      case "path":
        return relativePath.slice(0, relativePath.length - extname(relativePath).length).replace(collectionDir, "").replace(/\.*$/, "");
      default:
        if (!DATE_KEYS.has(key) || !date) return void 0;
        wall ??= wallClock(date, timeZone);
        return datePlaceholder(key, wall);
    }
  };
  const usesDate = templateUsesDate(template);
  if (!date && usesDate) {
    return { error: `No date for '${relativePath}': pass mtime (drafts) or buildTime (documents).` };
  }
  const filled = fillDropTemplate(template, lookup2);
  if (typeof filled !== "string") return filled;
  const url = sanitizeUrl(filled);
  let outputPath = url.endsWith("/") ? `${url}index.html` : url;
  if (!url.endsWith("/") && !outputPath.endsWith(ext)) outputPath += ext;
  const result = { url, outputPath: outputPath.slice(1), categories, slug };
  if (date) result.date = date;
  return result;
}
function outputUrl(input) {
  return input.kind === "page" ? pageUrl(input) : documentUrl(input);
}

// src/core/site-cache.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import { closeSync as closeSync3, fsyncSync, lstatSync as lstatSync3, mkdirSync, openSync as openSync3, readFileSync as readFileSync2, renameSync, rmSync, writeSync } from "node:fs";
import path4 from "node:path";
import { fileURLToPath } from "node:url";

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/core/git-index.ts
import { closeSync as closeSync2, constants as fsConstants2, fstatSync as fstatSync2, lstatSync as lstatSync2, openSync as openSync2, readFileSync, readSync as readSync2 } from "node:fs";
import path3 from "node:path";
var MAX_INDEX_BYTES = 512 * 1024 * 1024;
var ENTRY_FIXED = 62;
var OID = 20;
function readGitIndex(siteRoot) {
  try {
    const repo = findRepository(siteRoot);
    if (!repo) return void 0;
    if (isSha256(repo.gitDir)) return void 0;
    const file = path3.join(repo.gitDir, "index");
    if (!lstatSync2(file, { throwIfNoEntry: false })?.isFile()) return void 0;
    const fd = openSync2(file, fsConstants2.O_RDONLY | (fsConstants2.O_NONBLOCK ?? 0));
    let bytes;
    let indexMtimeMs;
    try {
      const info = fstatSync2(fd);
      if (!info.isFile() || info.size > MAX_INDEX_BYTES || info.size < 12) return void 0;
      indexMtimeMs = info.mtimeMs;
      bytes = Buffer.allocUnsafe(info.size);
      let got = 0;
      while (got < bytes.length) {
        const n = readSync2(fd, bytes, got, bytes.length - got, got);
        if (n === 0) return void 0;
        got += n;
      }
    } finally {
      closeSync2(fd);
    }
    const prefix = path3.relative(repo.workTree, siteRoot).split(path3.sep).join("/");
    if (prefix.startsWith("..")) return void 0;
    return parseGitIndex(bytes, prefix === "" ? "" : `${prefix}/`, indexMtimeMs);
  } catch {
    return void 0;
  }
}
function parseGitIndex(bytes, prefix, indexMtimeMs) {
  if (bytes.length < 12 || bytes.toString("latin1", 0, 4) !== "DIRC") return void 0;
  const version = bytes.readUInt32BE(4);
  if (version < 2 || version > 4) return void 0;
  const count = bytes.readUInt32BE(8);
  if (count > (bytes.length - 12) / 24) return void 0;
  const starts = new Uint32Array(count);
  const nameStarts = new Uint32Array(count);
  const nameEnds = new Uint32Array(count);
  const named = version === 4 ? /* @__PURE__ */ new Map() : void 0;
  let usable = 0;
  const end = bytes.length - OID;
  let at = 12;
  let previous = Buffer.alloc(0);
  for (let i = 0; i < count; i++) {
    if (at + ENTRY_FIXED > end) return void 0;
    const flags = bytes.readUInt16BE(at + 60);
    const extended = (flags & 16384) !== 0;
    if (extended && version < 3) return void 0;
    const extendedFlags = extended ? bytes.readUInt16BE(at + 62) : 0;
    const nameStart = at + ENTRY_FIXED + (extended ? 2 : 0);
    let nameEnd;
    let next;
    let v4Name;
    if (version === 4) {
      let p = nameStart;
      if (p >= end) return void 0;
      let c = bytes[p++];
      let strip = c & 127;
      while (c & 128) {
        if (p >= end || strip > 16777215) return void 0;
        c = bytes[p++];
        strip = strip + 1 << 7 | c & 127;
      }
      if (strip > previous.length) return void 0;
      nameEnd = nulAt(bytes, p, end);
      if (nameEnd === -1) return void 0;
      v4Name = Buffer.concat([previous.subarray(0, previous.length - strip), bytes.subarray(p, nameEnd)]);
      previous = v4Name;
      next = nameEnd + 1;
    } else {
      const length = flags & 4095;
      nameEnd = length < 4095 ? nameStart + length : nulAt(bytes, nameStart, end);
      if (nameEnd === -1 || nameEnd >= end || bytes[nameEnd] !== 0) return void 0;
      next = at + (nameEnd - at + 8 & ~7);
      if (next > end) return void 0;
    }
    const mode = bytes.readUInt32BE(at + 24);
    if ((mode & 61440) === 16384) return void 0;
    const stage = flags >> 12 & 3;
    const assumeValid = (flags & 32768) !== 0;
    const skipWorktree = (extendedFlags & 16384) !== 0;
    const intentToAdd = (extendedFlags & 8192) !== 0;
    if ((mode & 61440) === 32768 && stage === 0 && !assumeValid && !skipWorktree && !intentToAdd) {
      if (named) named.set(v4Name.toString("latin1"), at);
      else {
        starts[usable] = at;
        nameStarts[usable] = nameStart;
        nameEnds[usable] = nameEnd;
        usable++;
      }
    }
    at = next;
  }
  while (at + 8 <= end) {
    const signature = bytes.toString("latin1", at, at + 4);
    const size = bytes.readUInt32BE(at + 4);
    if (signature === "link" || signature === "sdir") return void 0;
    at += 8 + size;
  }
  const find = named ? (key) => named.get(key.toString("latin1")) : (key) => {
    let lo = 0;
    let hi = usable - 1;
    while (lo <= hi) {
      const mid = lo + hi >>> 1;
      const order = bytes.compare(key, 0, key.length, nameStarts[mid], nameEnds[mid]);
      if (order === 0) return starts[mid];
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return void 0;
  };
  return new ParsedIndex(bytes, find, named ? named.size : usable, prefix, indexMtimeMs);
}
function nulAt(bytes, from, end) {
  const nul = bytes.indexOf(0, from);
  return nul === -1 || nul >= end ? -1 : nul;
}
var ParsedIndex = class {
  constructor(bytes, find, size, prefix, indexMtimeMs) {
    this.bytes = bytes;
    this.find = find;
    this.size = size;
    this.prefix = prefix;
    this.indexMtimeMs = indexMtimeMs;
  }
  bytes;
  find;
  size;
  prefix;
  indexMtimeMs;
  blobOf(file, stat3) {
    const at = this.find(Buffer.from(this.prefix + file, "utf8"));
    if (at === void 0) return void 0;
    const b = this.bytes;
    const ctimeMs = msFromTimeSpec(b.readUInt32BE(at), b.readUInt32BE(at + 4));
    const mtimeMs = msFromTimeSpec(b.readUInt32BE(at + 8), b.readUInt32BE(at + 12));
    const ino = b.readUInt32BE(at + 20);
    const size = b.readUInt32BE(at + 36);
    if (size === 0 || size !== stat3.size % 2 ** 32 || ino !== stat3.ino % 2 ** 32) return void 0;
    if (mtimeMs !== stat3.mtimeMs || ctimeMs !== stat3.ctimeMs) return void 0;
    if (!(mtimeMs < this.indexMtimeMs) || !(ctimeMs < this.indexMtimeMs)) return void 0;
    return b.toString("base64", at + 40, at + 40 + OID).slice(0, 27);
  }
};
function msFromTimeSpec(sec, nsec) {
  return sec * 1e3 + nsec / 1e6;
}
function findRepository(start) {
  for (let dir = start; ; dir = path3.dirname(dir)) {
    const dotGit = path3.join(dir, ".git");
    const info = lstatSync2(dotGit, { throwIfNoEntry: false });
    if (info?.isDirectory()) return { workTree: dir, gitDir: dotGit };
    if (info?.isFile() && info.size < 4096) {
      const m = /^gitdir: (.+?)\r?\n?$/.exec(readFileSync(dotGit, "utf8"));
      return m ? { workTree: dir, gitDir: path3.resolve(dir, m[1]) } : void 0;
    }
    if (path3.dirname(dir) === dir) return void 0;
  }
}
function isSha256(gitDir) {
  try {
    return /objectformat\s*=\s*sha256/i.test(readFileSync(path3.join(gitDir, "config"), "utf8"));
  } catch {
    return false;
  }
}

// src/core/site-cache.ts
var CACHE_FORMAT = 3;
var RACY_MS = 2e3;
var DEFAULT_CACHE_FILE = ".bloglint-cache/site-index.json";
function defaultCacheFile(root) {
  const folder = path4.join(root, path4.dirname(DEFAULT_CACHE_FILE));
  if (lstatSync3(folder, { throwIfNoEntry: false })?.isSymbolicLink()) {
    return { refused: `${path4.dirname(DEFAULT_CACHE_FILE)} is a symlink; bloglint neither reads nor writes a cache through it (remove it, or name a file with --cache-location)` };
  }
  return { file: path4.join(root, DEFAULT_CACHE_FILE) };
}
var MAX_CACHE_BYTES = 64 * 1024 * 1024;
function describeCache(stats) {
  return `${stats.byStamp} documents unchanged (not read), ${stats.byGitBlob} found by git blob (not read), ${stats.byContent} found by content, ${stats.read} read and parsed`;
}
var SiteCache = class _SiteCache {
  constructor(file, scope, old, ignored, runStart, stamps, gitRoot) {
    this.file = file;
    this.scope = scope;
    this.runStart = runStart;
    this.stamps = stamps;
    this.gitRoot = gitRoot;
    this.old = old;
    this.stats = { file, ...ignored ? { ignored } : {}, byStamp: 0, byGitBlob: 0, byContent: 0, read: 0 };
  }
  file;
  scope;
  runStart;
  stamps;
  gitRoot;
  /** Entries read from disk, by root-relative path. */
  old;
  /** Entries for the documents of this run: what is written back. */
  current = /* @__PURE__ */ new Map();
  changed = false;
  stats;
  /** The git index, read when first needed (`null`: not yet; `undefined`: none to be had). */
  #git = null;
  /**
   * Opens the cache file for a site whose index is decided by `scopeParts` (the configuration
   * that decides URLs, the read limits): entries made under another scope or by another build of
   * bloglint are not used. `runStart` decides which files are old enough to be stamped; with
   * `stamps: false` (the Action: every job checks out anew) stamps are neither used nor recorded.
   */
  static open(file, scopeParts, runStart = Date.now(), { stamps = true, gitRoot } = {}) {
    const scope = scopeOf(scopeParts);
    let text2;
    try {
      const info = lstatSync3(file, { throwIfNoEntry: false });
      if (!info) return new _SiteCache(file, scope, /* @__PURE__ */ new Map(), void 0, runStart, stamps, gitRoot);
      if (!info.isFile()) return new _SiteCache(file, scope, /* @__PURE__ */ new Map(), "it is not a regular file", runStart, stamps, gitRoot);
      if (info.size > MAX_CACHE_BYTES) return new _SiteCache(file, scope, /* @__PURE__ */ new Map(), `it is larger than ${MAX_CACHE_BYTES / 1024 / 1024} MB`, runStart, stamps, gitRoot);
      text2 = readFileSync2(file, "utf8");
    } catch (error) {
      return new _SiteCache(file, scope, /* @__PURE__ */ new Map(), `it cannot be read (${error.code ?? String(error)})`, runStart, stamps, gitRoot);
    }
    const { entries, ignored } = parseCacheFile(text2, scope);
    return new _SiteCache(file, scope, entries, ignored, runStart, stamps, gitRoot);
  }
  /**
   * The entry for `file` when it is known without reading the file: its stamp is the one recorded,
   * or git's index gives it the blob id recorded (then its stamp is refreshed).
   */
  unread(file, absolute) {
    const entry = this.old.get(file);
    const byStamp = this.stamps && entry?.t !== void 0;
    if (!entry || !byStamp && entry.g === void 0) return void 0;
    const info = lstatSync3(absolute, { throwIfNoEntry: false });
    if (!info || !info.isFile() || info.size !== entry.s) return void 0;
    const t = entry.t;
    if (byStamp && info.mtimeMs === t[0] && info.ctimeMs === t[1] && info.ino === t[2]) {
      this.current.set(file, entry);
      this.stats.byStamp++;
      return entry;
    }
    if (entry.g === void 0 || this.gitIndex()?.blobOf(file, info) !== entry.g) return void 0;
    const kept = this.refreshed(file, entry, info, false);
    this.current.set(file, kept);
    this.stats.byGitBlob++;
    return kept;
  }
  /** Whether the head just read (its hash, the file's size, a BOM) is the one recorded for `file`. */
  hasHead(file, hash, size, hasBom) {
    const entry = this.old.get(file);
    return entry !== void 0 && entry.h === hash && entry.s === size && entry.b === hasBom;
  }
  /**
   * The entry for `file`, whose head `hasHead` just recognised, with its stamp and git blob
   * refreshed (the rest of the file may have changed: the head is what the entry depends on).
   */
  byContent(file, stamp) {
    const entry = this.old.get(file);
    const kept = this.refreshed(file, entry, stamp, true);
    this.current.set(file, kept);
    this.stats.byContent++;
    return kept;
  }
  /** Records what a document's head gave (a fresh read), with the git blob of what was read (`stamp`: the read's `fstat`). */
  record(file, entry, stamp) {
    this.stats.read++;
    const g = stamp ? this.gitIndex()?.blobOf(file, stamp) : void 0;
    const made = g ? { ...entry, g } : entry;
    const before = this.old.get(file);
    if (!before || before.h !== made.h || before.s !== made.s || before.b !== made.b || !sameStamp(before.t, made.t) || before.g !== made.g) this.changed = true;
    this.current.set(file, made);
  }
  /** `entry` with the file's stamp (when trusted) and, with `blob`, the git blob of the file as it is now. */
  refreshed(file, entry, stamp, blob) {
    const t = trustedStamp(stamp, this.stampsBefore);
    const g = !blob ? entry.g : stamp ? this.gitIndex()?.blobOf(file, stamp) : void 0;
    if (sameStamp(t, entry.t) && g === entry.g) return entry;
    this.changed = true;
    const kept = { ...entry };
    if (t) kept.t = t;
    else delete kept.t;
    if (g) kept.g = g;
    else delete kept.g;
    return kept;
  }
  /** The git index of the site, read once when first needed. */
  gitIndex() {
    if (this.#git === null) this.#git = this.gitRoot === void 0 ? void 0 : readGitIndex(this.gitRoot);
    return this.#git;
  }
  /** Files last changed before this time (ms) may be trusted by stamp on later runs. */
  get stampsBefore() {
    return this.stamps ? this.runStart - RACY_MS : Number.NEGATIVE_INFINITY;
  }
  /**
   * Writes the entries of this run's documents (entries of files that are gone are dropped),
   * unless nothing changed. Atomic: a temporary file renamed over the old one.
   * @returns an error message when the file could not be written (the run is not affected).
   */
  save() {
    const gone = [...this.old.keys()].some((file) => !this.current.has(file));
    if (!this.changed && !gone && this.stats.ignored === void 0) return void 0;
    if (this.current.size === 0 && this.old.size === 0) return void 0;
    const files = [...this.current.keys()].sort();
    const lists = new KeyLists();
    const heads = files.map((file) => toRow(this.current.get(file), lists));
    const body = { bloglint: "site-index", format: CACHE_FORMAT, scope: this.scope, keys: [...lists.keys.keys()], keyLists: lists.lists, files, heads };
    const temporary = `${this.file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      mkdirSync(path4.dirname(this.file), { recursive: true });
      const fd = openSync3(temporary, "wx", 420);
      try {
        writeSync(fd, JSON.stringify(body));
        fsyncSync(fd);
      } finally {
        closeSync3(fd);
      }
      renameSync(temporary, this.file);
      return void 0;
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {
      }
      return `could not write the cache ${this.file} (${error.code ?? String(error)}); the next run reads every document again`;
    }
  }
};
var KeyLists = class {
  keys = /* @__PURE__ */ new Map();
  lists = [];
  #listIndex = /* @__PURE__ */ new Map();
  /** The index of the list of these key names. */
  indexOf(names) {
    const list2 = names.map((name) => {
      let index = this.keys.get(name);
      if (index === void 0) this.keys.set(name, index = this.keys.size);
      return index;
    });
    const id = list2.join(",");
    let at = this.#listIndex.get(id);
    if (at === void 0) {
      this.#listIndex.set(id, at = this.lists.length);
      this.lists.push(list2);
    }
    return at;
  }
};
function toRow(e, lists) {
  const t = e.t ?? 0;
  let f = 0;
  if (e.f) {
    const { block: block2, data, errors, duplicateKeys, notAMapping } = e.f;
    f = [block2.yamlStart, block2.yamlEnd, block2.bodyStart, block2.closed ? 1 : 0, data];
    if (errors.length > 0 || duplicateKeys.length > 0 || notAMapping) f.push(errors, duplicateKeys, ...notAMapping ? [1] : []);
  }
  return [e.h, e.s, e.b ? 1 : 0, t, f, lists.indexOf(e.k), e.u ?? 0, e.w ?? 0, e.d ?? 0, e.g ?? 0];
}
function fromRow(row, keyLists) {
  if (!Array.isArray(row) || row.length !== 10) return void 0;
  const h = row[0];
  const s = row[1];
  const b = row[2];
  const t = row[3];
  const f = row[4];
  const k = row[5];
  const u = row[6];
  const w = row[7];
  const d = row[8];
  const g = row[9];
  if (g !== 0 && !(typeof g === "string" && GIT_BLOB.test(g))) return void 0;
  if (typeof h !== "string" || !isCount(s) || b !== 0 && b !== 1) return void 0;
  if (t !== 0 && !isStamp(t)) return void 0;
  const keyList = isCount(k) ? keyLists[k] : void 0;
  if (keyList === void 0) return void 0;
  if (u !== 0 && !(typeof u === "string" && u.startsWith("/")) || w !== 0 && typeof w !== "string" || d !== 0 && !(typeof d === "number" && Number.isFinite(d))) return void 0;
  let fm = null;
  if (f !== 0) {
    if (!Array.isArray(f) || f.length < 5 || f.length > 8) return void 0;
    const [yamlStart, yamlEnd, bodyStart, closed, data, errors = [], duplicateKeys = [], notAMapping = 0] = f;
    if (!isCount(yamlStart) || !isCount(yamlEnd) || !isCount(bodyStart) || closed !== 0 && closed !== 1 || notAMapping !== 0 && notAMapping !== 1) return void 0;
    if (typeof data !== "object" || data === null || Array.isArray(data) || !isCachedData(data, 0) || !isProblems(errors) || !isProblems(duplicateKeys)) return void 0;
    fm = { block: { yamlStart, yamlEnd, bodyStart, closed: closed === 1 }, data, errors, duplicateKeys, notAMapping: notAMapping === 1 };
  }
  const entry = { h, s, b: b === 1, f: fm, k: keyList, u: u === 0 ? null : u, w: w === 0 ? null : w, d: d === 0 ? null : d };
  if (t !== 0) entry.t = t;
  if (g !== 0) entry.g = g;
  return entry;
}
var GIT_BLOB = /^[A-Za-z0-9+/]{27}$/;
function isStamp(t) {
  return Array.isArray(t) && t.length === 3 && typeof t[0] === "number" && Number.isFinite(t[0]) && typeof t[1] === "number" && Number.isFinite(t[1]) && typeof t[2] === "number" && Number.isFinite(t[2]);
}
function cachedFrontMatter(fm) {
  const data = encodeData(fm.data);
  if (data === void 0) return void 0;
  return { block: fm.block, data, errors: fm.errors, duplicateKeys: fm.duplicateKeys, notAMapping: fm.notAMapping };
}
function frontMatterOf(cached) {
  return { block: cached.block, data: decodeData(cached.data), tree: void 0, errors: cached.errors, duplicateKeys: cached.duplicateKeys, notAMapping: cached.notAMapping };
}
function trustedStamp(stamp, before) {
  if (!stamp) return void 0;
  return stamp.mtimeMs < before && stamp.ctimeMs < before ? [stamp.mtimeMs, stamp.ctimeMs, stamp.ino] : void 0;
}
function sameStamp(a, b) {
  return a === b || a !== void 0 && b !== void 0 && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}
var DATE_TAG = "$bloglint-date";
function encodeData(value) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0) ? value : void 0;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? void 0 : { [DATE_TAG]: value.getTime(), ...value instanceof YamlDay ? { day: true } : {} };
  if (Array.isArray(value)) {
    const out = [];
    for (const item of value) {
      const encoded = encodeData(item);
      if (encoded === void 0) return void 0;
      out.push(encoded);
    }
    return out;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === DATE_TAG || key === "__proto__") return void 0;
      const encoded = encodeData(item);
      if (encoded === void 0) return void 0;
      out[key] = encoded;
    }
    return out;
  }
  return void 0;
}
function decodeData(value) {
  if (Array.isArray(value)) return value.map(decodeData);
  if (value !== null && typeof value === "object") {
    const tagged = value[DATE_TAG];
    if (typeof tagged === "number") return value.day === true ? new YamlDay(tagged) : new Date(tagged);
    const out = {};
    for (const [key, item] of Object.entries(value)) out[key] = decodeData(item);
    return out;
  }
  return value;
}
function scopeOf(parts) {
  return createHash2("sha1").update(JSON.stringify({ format: CACHE_FORMAT, version: VERSION, build: buildId(), parts })).digest("base64");
}
var build;
function buildId() {
  if (build === void 0) {
    try {
      build = createHash2("sha1").update(readFileSync2(fileURLToPath(import.meta.url))).digest("base64");
    } catch {
      build = "unknown";
    }
  }
  return build;
}
function parseCacheFile(text2, scope) {
  let parsed;
  try {
    parsed = JSON.parse(text2);
  } catch {
    return { entries: /* @__PURE__ */ new Map(), ignored: "it is not valid JSON" };
  }
  const file = parsed;
  if (!file || typeof file !== "object" || file.bloglint !== "site-index") return { entries: /* @__PURE__ */ new Map(), ignored: "it is not a bloglint site-index cache" };
  if (file.format !== CACHE_FORMAT) return { entries: /* @__PURE__ */ new Map(), ignored: `it has format ${String(file.format)}, not ${CACHE_FORMAT}` };
  if (file.scope !== scope) return { entries: /* @__PURE__ */ new Map(), ignored: "it was written by another build of bloglint or for another configuration" };
  const { keys, keyLists, files, heads } = file;
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === "string") || !Array.isArray(keyLists) || !Array.isArray(files) || !Array.isArray(heads) || files.length !== heads.length) return { entries: /* @__PURE__ */ new Map(), ignored: "its lists are malformed" };
  const names = keyLists.map((list2) => Array.isArray(list2) && list2.every((i) => Number.isInteger(i) && i >= 0 && i < keys.length) ? list2.map((i) => keys[i]) : void 0);
  const entries = /* @__PURE__ */ new Map();
  for (let i = 0; i < files.length; i++) {
    const entry = typeof files[i] === "string" ? fromRow(heads[i], names) : void 0;
    if (entry) entries.set(files[i], entry);
  }
  return { entries };
}
var MAX_DATA_DEPTH = 32;
function isCachedData(value, depth) {
  if (value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number") return true;
  if (typeof value !== "object" || depth >= MAX_DATA_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => isCachedData(item, depth + 1));
  return Object.entries(value).every(([key, item]) => key !== "__proto__" && isCachedData(item, depth + 1));
}
function isProblems(value) {
  return Array.isArray(value) && value.every((p) => typeof p === "object" && p !== null && typeof p.message === "string" && typeof p.code === "string" && isCount(p.start) && isCount(p.end));
}
function isCount(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

// src/core/load-document.ts
var STAGE_BATCH = 50;
var SCAN_STAGE_BATCH = 4;
function loadBatch(jobs, config2, limits, now, scan2, cache4) {
  const size = scan2 ? SCAN_STAGE_BATCH : STAGE_BATCH;
  if (jobs.length <= size) return loadStaged(jobs, config2, limits, now, scan2, cache4);
  const loaded = [];
  for (let at = 0; at < jobs.length; at += size) loaded.push(...loadStaged(jobs.slice(at, at + size), config2, limits, now, scan2, cache4));
  return loaded;
}
function loadStaged(jobs, config2, limits, now, scan2, cache4) {
  const loaded = new Array(jobs.length);
  const reads = new Array(jobs.length);
  readStage(jobs, config2, limits, now, cache4).forEach((read, i) => {
    if ("doc" in read) loaded[i] = read;
    else reads[i] = read;
  });
  const parsed = reads.map((read) => read && frontMatterStage(read, config2, limits));
  for (let i = 0; i < jobs.length; i++) if (parsed[i]) loaded[i] = urlStage(parsed[i], config2, now);
  for (let i = 0; i < jobs.length; i++) {
    if (!parsed[i]) continue;
    const placed = loaded[i];
    const scanned = scanIfAsked(parsed[i].job, parsed[i].doc, limits, scan2);
    if (placed.entry) scanned.entry = placed.entry;
    if (placed.stamp) scanned.stamp = placed.stamp;
    loaded[i] = scanned;
  }
  return loaded;
}
function loadAndScan(job, config2, limits, now, scan2, cache4) {
  return loadBatch([job], config2, limits, now, scan2, cache4)[0];
}
function readStage(jobs, config2, limits, now, cache4) {
  const out = new Array(jobs.length);
  const heads = [];
  jobs.forEach((job, i) => {
    if (job.headOnly && cache4) {
      const hit = cache4.unread(job.file, absolutePath(job.root, job.file));
      if (hit) {
        out[i] = { doc: fromEntry(job, hit, config2, limits, now), scan: void 0 };
        return;
      }
    }
    if (job.headOnly) heads.push(i);
    else out[i] = { job, read: readSourceFileSync(job.root, job.file, limits, { forCache: job.stampsBefore !== void 0 }), partial: false };
  });
  const requests = heads.map((i) => {
    const { root, file, stampsBefore } = jobs[i];
    const knownHead = cache4 ? (hash, size, hasBom) => cache4.hasHead(file, hash, size, hasBom) : void 0;
    return { root, relativePath: file, options: knownHead ? { forCache: stampsBefore !== void 0, knownHead } : { forCache: stampsBefore !== void 0 } };
  });
  readSourceHeads(requests, limits).forEach((head, k) => {
    const job = jobs[heads[k]];
    out[heads[k]] = head.ok && head.known ? { doc: fromEntry(job, cache4.byContent(job.file, head.stamp), config2, limits, now), scan: void 0 } : { job, read: head, partial: head.ok };
  });
  return out;
}
function frontMatterStage({ job, read, partial }, config2, limits) {
  const { file, rel, kind, collection } = job;
  const block2 = read.ok ? findFrontMatter(read.text) : void 0;
  const parsed = read.ok && block2 ? parseBlock(read.text, block2, limits, !partial) : void 0;
  const frontMatter = parsed && partial ? urlKeysOf(parsed, true) : parsed;
  const defaults = defaultsOf(job, config2);
  const data = applyDefaults(defaults, frontMatter?.data ?? {});
  const valued = parsed && valuedKeysOf(parsed);
  const own = (valued !== void 0 ? valued : keysWithValues(read.ok && block2?.closed ? read.text.slice(block2.yamlStart, block2.yamlEnd) : "")) ?? Object.keys(parsed?.data ?? {});
  const keys = keysOf(own, defaults);
  const doc = { path: file, kind, read, frontMatter, data, url: void 0, isMarkdown: MARKDOWN_EXT.test(rel), keys };
  if (collection) doc.collection = collection;
  if (limits.maxNesting) doc.maxNesting = limits.maxNesting;
  if (partial) doc.partial = true;
  return { job, read, partial, doc, parsed };
}
function urlStage({ job, read, partial, doc, parsed }, config2, now) {
  const facts = urlFacts(doc, job, config2);
  placeAt(doc, facts, config2, now);
  if (job.stampsBefore === void 0 || !read.ok) return { doc, scan: void 0 };
  const cachedFm = parsed ? cachedFrontMatter(partial ? doc.frontMatter : urlKeysOf(parsed)) : null;
  if (cachedFm === void 0) return { doc, scan: void 0 };
  const stamp = trustedStamp(read.stamp, job.stampsBefore);
  const entry = { h: read.headHash, s: read.bytes, b: read.hasBom, ...stamp ? { t: stamp } : {}, f: cachedFm, k: doc.keys, ...facts };
  return { doc, scan: void 0, entry, ...read.stamp ? { stamp: read.stamp } : {} };
}
function fromEntry(job, entry, config2, limits, now) {
  const doc = new CachedDocument(job, entry, config2, limits);
  placeAt(doc, entry, config2, now);
  return doc;
}
var CachedDocument = class {
  constructor(job, entry, config2, limits) {
    this.job = job;
    this.entry = entry;
    this.config = config2;
    this.limits = limits;
    this.path = job.file;
    this.kind = job.kind;
    if (job.collection) this.collection = job.collection;
    this.isMarkdown = MARKDOWN_EXT.test(job.rel);
    this.keys = entry.k;
    if (limits.maxNesting) this.maxNesting = limits.maxNesting;
  }
  job;
  entry;
  config;
  limits;
  path;
  kind;
  collection;
  url = void 0;
  unpublished;
  date;
  isMarkdown;
  keys;
  partial = true;
  maxNesting;
  #frontMatter = null;
  #data;
  #read;
  get frontMatter() {
    if (this.#frontMatter === null) this.#frontMatter = this.entry.f ? frontMatterOf(this.entry.f) : void 0;
    return this.#frontMatter;
  }
  set frontMatter(value) {
    this.#frontMatter = value;
  }
  get data() {
    return this.#data ??= applyDefaults(defaultsOf(this.job, this.config), this.frontMatter?.data ?? {});
  }
  set data(value) {
    this.#data = value;
  }
  get read() {
    return this.#read ??= releasedTextFile(this.job.root, this.job.file, this.limits, { hasBom: this.entry.b, bytes: this.entry.s });
  }
  set read(value) {
    this.#read = value;
  }
};
function defaultsOf(job, config2) {
  const type = job.kind === "post" ? "posts" : job.kind === "draft" ? "drafts" : job.kind === "page" ? "pages" : job.collection;
  return defaultsForFile(config2.defaults, job.rel, type);
}
function keysOf(own, defaults) {
  const extra = defaultKeys(defaults);
  if (own.length + extra.length > 32) return [.../* @__PURE__ */ new Set([...own, ...extra])];
  const keys = [];
  for (const key of own) if (!keys.includes(key)) keys.push(key);
  for (const key of extra) if (!keys.includes(key)) keys.push(key);
  return keys;
}
function defaultKeys(defaults) {
  let keys = keysOfDefaults.get(defaults);
  if (!keys) keysOfDefaults.set(defaults, keys = Object.entries(defaults).filter(([, v]) => v !== null && v !== "" && v !== void 0).map(([k]) => k));
  return keys;
}
var keysOfDefaults = /* @__PURE__ */ new WeakMap();
function urlFacts(doc, job, config2) {
  const why = unpublishedReason(doc, config2);
  if (why) return { u: null, w: why, d: null };
  const { kind, rel, collection } = job;
  const result = outputUrl({ kind, relativePath: rel, ...collection ? { collection } : {}, frontMatter: doc.data, config: { permalink: config2.permalink, timezone: config2.timezone, collections: config2.collections } });
  if ("error" in result) return { u: null, w: result.error, d: null };
  const date = result.date?.getTime();
  return { u: result.url, w: null, d: date !== void 0 && Number.isFinite(date) ? date : null };
}
function placeAt(doc, facts, config2, now) {
  if (facts.d !== null) doc.date = facts.d;
  if (facts.w !== null) doc.unpublished = facts.w;
  else if (doc.kind === "post" && facts.d !== null && facts.d > now.getTime() && !config2.future) doc.unpublished = "is dated in the future";
  else doc.url = facts.u ?? void 0;
}
function scanIfAsked(job, doc, limits, scan2) {
  if (doc.partial && doc.read.ok) doc.read = releasedTextFile(job.root, job.file, limits, doc.read);
  if (!scan2 || !doc.read.ok || doc.partial) return { doc, scan: void 0 };
  const scanned = scanDocument(doc);
  doc.read = releasedTextFile(job.root, job.file, limits, doc.read);
  releaseTree(doc, limits);
  return { doc, scan: scanned };
}
function releaseTree(doc, limits) {
  const fm = doc.frontMatter;
  if (!fm || !fm.block.closed) return;
  doc.frontMatter = new ReleasedTreeFrontMatter(fm, doc, limits);
}
var ReleasedTreeFrontMatter = class {
  constructor(fm, doc, limits) {
    this.doc = doc;
    this.limits = limits;
    this.block = fm.block;
    this.data = fm.data;
    this.errors = fm.errors;
    this.duplicateKeys = fm.duplicateKeys;
    this.notAMapping = fm.notAMapping;
  }
  doc;
  limits;
  block;
  data;
  errors;
  duplicateKeys;
  notAMapping;
  /** `null` until parsed again. */
  #tree = null;
  get tree() {
    if (this.#tree === null) this.#tree = this.doc.read.ok ? parseBlock(this.doc.read.text, this.block, this.limits).tree : void 0;
    return this.#tree;
  }
  set tree(value) {
    this.#tree = value;
  }
};
function withoutTree(fm) {
  return { block: fm.block, data: fm.data, tree: void 0, errors: fm.errors, duplicateKeys: fm.duplicateKeys, notAMapping: fm.notAMapping };
}
var URL_KEYS = /* @__PURE__ */ new Set(["permalink", "categories", "category", "slug", "date", "published", "tags", "tag", "redirect_from", "hidden"]);
function parseBlock(text2, block2, limits, keepStrings = true) {
  const yamlLimits = { maxAliasCount: limits?.maxYamlAliases ?? DEFAULT_YAML_LIMITS.maxAliasCount };
  if (!block2.closed) return { block: block2, data: {}, tree: void 0, errors: [], duplicateKeys: [], notAMapping: false };
  return parseFrontMatter(text2, block2, yamlLimits, { keepStrings });
}
function urlKeysOf(fm, copyStrings = false) {
  const data = {};
  for (const key of URL_KEYS) if (Object.hasOwn(fm.data, key)) data[key] = copyStrings ? keptValue(fm.data[key]) : fm.data[key];
  return { ...withoutTree(fm), data };
}
function keptValue(value) {
  if (typeof value === "string") return keep(value);
  if (Array.isArray(value)) return value.map(keptValue);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) return Object.fromEntries(Object.entries(value).map(([k, v]) => [keep(k), keptValue(v)]));
  return value;
}
function unpublishedReason(doc, config2) {
  if (!doc.read.ok) return doc.read.reason === "invalid-utf8" ? "is not valid UTF-8" : "cannot be read";
  if (doc.kind === "draft") return "is a draft";
  if (doc.frontMatter && doc.frontMatter.errors.length > 0) return "has a YAML error, so Jekyll publishes it under the build date at another URL";
  if (doc.data.published === false) return "has `published: false`";
  if (doc.kind === "document" && doc.collection && !config2.collections[doc.collection]?.output) return `is in the collection \`${doc.collection}\`, which is not output`;
  return void 0;
}
function completeDocument(doc, limits) {
  if (!doc.partial) return;
  doc.partial = false;
  if (!doc.read.ok) return;
  const text2 = doc.read.text;
  const block2 = findFrontMatter(text2);
  doc.frontMatter = block2 ? parseBlock(text2, block2, limits) : void 0;
}

// src/core/document-scan.ts
var cache = /* @__PURE__ */ new WeakMap();
var anchorCache = /* @__PURE__ */ new WeakMap();
var IMAGE_KEYS = /* @__PURE__ */ new Set(["image", "thumbnail", "teaser", "overlay_image", "og_image", "cover", "cover-img", "cover_image", "thumbnail-img", "share-img", "header-img", "header_image", "banner", "hero", "feature_image", "featured_image", "poster", "background", "avatar", "logo", "lqip", "image_path", "src", "path"]);
var NOT_PATH_KEYS = /* @__PURE__ */ new Set(["title", "description", "excerpt", "summary", "permalink", "layout", "alt", "caption", "tags", "categories", "category", "related_posts", "date", "last_modified_at", "author", "redirect_to", "redirect_from", "slug", "lang"]);
var IMAGE_VALUE = /^[^\s]+\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?|heic)(?:[?#][^\s]*)?$/i;
function scanDocument(doc) {
  const cached = cache.get(doc);
  if (cached) return cached;
  const later = lazy.get(doc);
  if (later) lazy.delete(doc);
  const result = later ? later() : scan(doc);
  cache.set(doc, result);
  return result;
}
var lazy = /* @__PURE__ */ new WeakMap();
function primeScanLazily(doc, unpack) {
  lazy.set(doc, unpack);
}
function anchorsOf(doc) {
  const anchors = anchorCache.get(doc);
  if (anchors) return anchors;
  return scanDocument(doc).anchors;
}
function releaseScan(doc) {
  const scanned = cache.get(doc);
  if (!scanned) return;
  anchorCache.set(doc, scanned.anchors);
  cache.delete(doc);
}
var LIQUID_OUTPUT = /\{\{|\{%/;
function isComputedAnchor(anchor) {
  return LIQUID_OUTPUT.test(anchor.id);
}
function scan(doc) {
  if (doc.partial) completeDocument(doc);
  const empty = { body: [], frontMatter: [], anchors: [], comments: [], bodyStart: 0 };
  if (!doc.read.ok) return empty;
  const text2 = doc.read.text;
  const block2 = doc.frontMatter?.block;
  const bodyStart = block2 ? block2.bodyStart : 0;
  const body = text2.slice(bodyStart);
  const { masked, spans } = maskLiquid(body);
  const references = [];
  const anchors = [];
  const comments = [];
  const htmlRanges = [];
  let tooDeep;
  if (doc.isMarkdown) {
    const kramdown = maskKramdownExtensions(masked);
    const md = scanMarkdownBody(kramdown.markdown, body, bodyStart, doc.maxNesting);
    if (md.tooDeep) tooDeep = md.tooDeep;
    references.push(...md.references);
    htmlRanges.push(...md.html, ...kramdown.raw.map((r) => ({ start: r.start + bodyStart, end: r.end + bodyStart })));
    const ids = new HeadingIdGenerator();
    for (const heading2 of md.headings) {
      const { text: headingText2, id } = parseHeadingIal(heading2.raw);
      const explicit = blockIalId(ialLine(text2, heading2.start, heading2.end)) ?? id;
      const computed = explicit === void 0 && LIQUID_OUTPUT.test(heading2.raw);
      anchors.push({ id: explicit ?? (computed ? heading2.raw.trim() : ids.next(headingText2)), start: heading2.start, end: heading2.end });
    }
  } else {
    htmlRanges.push({ start: bodyStart, end: text2.length });
  }
  for (const range of htmlRanges) {
    const html = scanHtml(masked.slice(range.start - bodyStart, range.end - bodyStart), text2.slice(range.start, range.end), range.start);
    references.push(...html.references);
    anchors.push(...html.anchors);
    for (const c of html.comments) if (c.text.includes("bloglint-")) comments.push(c);
  }
  for (const span of spans) {
    if (span.kind !== "tag") continue;
    const { name } = tagArgument(span.inner);
    if (name === "include") {
      references.push(...includeParameters(text2, span.start + bodyStart, span.end + bodyStart));
      continue;
    }
    if (name !== "post_url" && name !== "link") continue;
    const start = span.start + bodyStart;
    const end = span.end + bodyStart;
    if (references.some((r) => r.start <= start && end <= r.end)) continue;
    const raw = text2.slice(start, end);
    references.push({ kind: "link", source: "liquid-tag", raw, value: raw, start, end, context: name });
  }
  references.sort((a, b) => a.start - b.start);
  anchors.sort((a, b) => a.start - b.start);
  const fmReferences = frontMatterReferences(doc, text2);
  for (const list2 of [references, fmReferences]) {
    for (const r of list2) {
      r.raw = detach(r.raw);
      r.value = r.value === r.raw ? r.raw : detach(r.value);
    }
  }
  for (const a of anchors) a.id = detach(a.id);
  for (const c of comments) c.text = detach(c.text);
  return { body: references, frontMatter: fmReferences, anchors, comments, bodyStart, ...tooDeep ? { tooDeep } : {} };
}
var INCLUDE_IMAGE_PARAMS = /* @__PURE__ */ new Set(["image_path", "src", "poster", "image", "path"]);
function includeParameters(text2, start, end) {
  const tag = text2.slice(start, end);
  const file = /\{%-?\s*include\s+([^\s%]+)/.exec(tag)?.[1];
  if (!file) return [];
  const out = [];
  const param = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = param.exec(tag); m; m = param.exec(tag)) {
    if (!INCLUDE_IMAGE_PARAMS.has(m[1])) continue;
    const value = m[2] ?? m[3] ?? "";
    if (value === "") continue;
    const valueStart = start + m.index + m[0].length - value.length - 1;
    out.push({ kind: "image", source: "liquid-tag", raw: value, value, start: valueStart, end: valueStart + value.length, context: intern(`include ${file}.${m[1]}`) });
  }
  return out;
}
function frontMatterReferences(doc, text2) {
  const out = [];
  walkScalars(doc.frontMatter?.tree, (scalar, keyPath) => {
    if (typeof scalar.value !== "string" || scalar.style === "block") return;
    const key = lastKey(keyPath);
    if (NOT_PATH_KEYS.has(key) || keyPath.startsWith("related_posts")) return;
    const raw = text2.slice(contentStart(scalar), contentEnd(scalar));
    const css = findCssUrls(maskLiquid(raw).masked);
    if (css.length > 0) {
      for (const url of css) {
        const urlRaw = raw.slice(url.start, url.end);
        out.push({ kind: "image", source: "front-matter", raw: urlRaw, value: urlRaw, start: contentStart(scalar) + url.start, end: contentStart(scalar) + url.end, context: intern(keyPath) });
      }
      return;
    }
    const value = scalar.value.trim();
    if (value === "" || /\s/.test(value)) return;
    if (IMAGE_VALUE.test(value) || isImageKey(keyPath) && /^[/.\w{%]/.test(value) && !/^\d+$/.test(value)) {
      out.push({ kind: "image", source: "front-matter", raw, value: scalar.value, start: contentStart(scalar), end: contentEnd(scalar), context: intern(keyPath) });
    }
  });
  return out;
}
function isImageKey(keyPath) {
  const keys = keyPath.replace(/\[\d+\]/g, "").split(".");
  const key = keys[keys.length - 1];
  if (key === "path" || key === "src") return keys.length > 1 && IMAGE_KEYS.has(keys[keys.length - 2]);
  return IMAGE_KEYS.has(key);
}
function lastKey(keyPath) {
  const trimmed = keyPath.replace(/\[\d+\]$/, "");
  return trimmed.slice(trimmed.lastIndexOf(".") + 1);
}
function contentStart(scalar) {
  return scalar.style === "plain" ? scalar.start : scalar.start + 1;
}
function contentEnd(scalar) {
  return scalar.style === "plain" ? scalar.end : scalar.end - 1;
}
function ialLine(text2, start, end) {
  let line = lineAfter(text2, end);
  const atx = text2.slice(text2.lastIndexOf("\n", start - 1) + 1, start).includes("#");
  if (!atx && line && SETEXT_UNDERLINE.test(line.text)) line = lineAfter(text2, line.end);
  return line?.text ?? "";
}
var SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
function lineAfter(text2, offset) {
  const end = text2.indexOf("\n", offset);
  if (end < 0) return void 0;
  const next = text2.indexOf("\n", end + 1);
  const stop = next < 0 ? text2.length : next;
  return { text: text2.slice(end + 1, stop).replace(/\r$/, ""), end: stop };
}

// src/core/jekyll-config.ts
var import_yaml3 = __toESM(require_dist(), 1);
var DEFAULT_EXCLUDE = [".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/"];
function parseJekyllConfig(file, text2) {
  const problems = [];
  let data = {};
  if (text2.trim() !== "") {
    const doc = (0, import_yaml3.parseDocument)(text2, { version: "1.1", customTags: psychTags, uniqueKeys: false, prettyErrors: false });
    for (const error of doc.errors) problems.push({ message: error.message.split("\n")[0], start: error.pos[0], end: error.pos[1] });
    if (doc.errors.length === 0) {
      try {
        const value = doc.toJS({ maxAliasCount: 1e3 });
        if (value && typeof value === "object" && !Array.isArray(value)) data = value;
        else if (value !== null && value !== void 0) problems.push({ message: "the configuration is not a mapping of keys to values", start: 0, end: 0 });
      } catch (error) {
        problems.push({ message: String(error.message), start: 0, end: 0 });
      }
    }
  }
  const str = (key) => typeof data[key] === "string" ? data[key] : data[key] === void 0 || data[key] === null ? void 0 : String(data[key]);
  const list2 = (key) => {
    const v = data[key];
    if (Array.isArray(v)) return v.filter((x) => x !== null && x !== void 0).map(String);
    if (typeof v === "string") return [v];
    return [];
  };
  const collections = { posts: { output: true } };
  const rawCollections = data.collections;
  if (Array.isArray(rawCollections)) {
    for (const label of rawCollections) collections[String(label)] = { output: false };
  } else if (rawCollections && typeof rawCollections === "object") {
    for (const [label, settings] of Object.entries(rawCollections)) {
      const s = settings ?? {};
      collections[label] = {
        output: label === "posts" ? s.output !== false : s.output === true,
        ...typeof s.permalink === "string" ? { permalink: s.permalink } : {}
      };
    }
  }
  return {
    file,
    text: text2,
    problems,
    baseurl: normaliseBaseurl(str("baseurl") ?? ""),
    url: (str("url") ?? "").replace(/\/+$/, ""),
    permalink: str("permalink"),
    timezone: str("timezone"),
    source: str("source") ?? ".",
    exclude: [.../* @__PURE__ */ new Set([...list2("exclude"), ...DEFAULT_EXCLUDE])],
    include: list2("include").length > 0 ? list2("include") : [".htaccess"],
    keepFiles: list2("keep_files"),
    collectionsDir: (str("collections_dir") ?? "").replace(/^\/+|\/+$/g, ""),
    collections,
    defaults: data.defaults,
    future: data.future === true,
    showDrafts: data.show_drafts === true,
    plugins: [...list2("plugins"), ...list2("gems")],
    theme: str("theme"),
    remoteTheme: str("remote_theme"),
    data
  };
}
function sourcePrefixOf(config2) {
  return config2.source && config2.source !== "." ? `${config2.source.replace(/^\.\/|\/+$/g, "")}/` : "";
}
function normaliseBaseurl(baseurl) {
  const trimmed = baseurl.trim().replace(/\/+$/, "");
  if (trimmed === "") return "";
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

// src/core/resolve.ts
import path5 from "node:path/posix";

// src/core/url-search.ts
var SCAN_LIMIT = 8;
var FEW_DOCUMENTS = 50;
var asked = /* @__PURE__ */ new WeakMap();
function questions(site) {
  let q = asked.get(site);
  if (!q) asked.set(site, q = { folded: 0, named: 0, siblings: 0, limit: SCAN_LIMIT });
  return q;
}
function planQuestions(site, documents) {
  questions(site).limit = documents > FEW_DOCUMENTS ? 0 : SCAN_LIMIT;
}
function caseVariants(site, lower) {
  if (lower.charCodeAt(0) !== 47) return [];
  const lowerTail = lower.slice(1);
  const q = questions(site);
  if (++q.folded > q.limit) return withSlash((q.foldedIndex ??= foldedIndex(site)).get(lowerTail));
  const out = [];
  const mayGrow = mayGrowInto(lowerTail);
  site.urls.forEachTail((_, tail) => {
    if (lowersTo(tail, lowerTail, mayGrow)) out.push(`/${tail}`);
  });
  return out;
}
function sameNameFiles(site, lowerName) {
  const q = questions(site);
  if (++q.named > q.limit) return withSlash((q.nameIndex ??= nameIndex(site)).get(lowerName));
  const out = [];
  site.urls.forEachTail((entry, tail) => {
    if (isStatic(entry) && hasName(tail, lowerName)) out.push(`/${tail}`);
  });
  return out;
}
function filesInFolder(site, folder) {
  if (folder.charCodeAt(0) !== 47) return [];
  const q = questions(site);
  if (++q.siblings > q.limit) return (q.folderIndex ??= folderIndex(site)).get(folder) ?? [];
  const folderTail = folder.slice(1);
  const out = [];
  site.urls.forEachTail((entry, tail) => {
    if (isStatic(entry) && isIn(tail, folderTail)) out.push(tail.slice(folderTail.length));
  });
  return out;
}
function missingUrlAnswers(site, sitePath) {
  const q = questions(site);
  const slash = sitePath.lastIndexOf("/");
  const lowerName = sitePath.slice(slash + 1).toLowerCase();
  const folder = sitePath.slice(0, slash + 1);
  if (sitePath.charCodeAt(0) !== 47 || Math.max(q.folded, q.named, q.siblings) >= q.limit) {
    return { folded: caseVariants(site, sitePath.toLowerCase()), sameName: () => sameNameFiles(site, lowerName), siblings: () => filesInFolder(site, folder) };
  }
  q.folded++;
  q.named++;
  q.siblings++;
  const lowerTail = sitePath.toLowerCase().slice(1);
  const mayGrow = mayGrowInto(lowerTail);
  const folderTail = folder.slice(1);
  const folded = [];
  const named = [];
  const siblings = [];
  site.urls.forEachTail((entry, tail) => {
    if (lowersTo(tail, lowerTail, mayGrow)) folded.push(`/${tail}`);
    if (!isStatic(entry)) return;
    if (isIn(tail, folderTail)) siblings.push(tail.slice(folderTail.length));
    if (hasName(tail, lowerName)) named.push(`/${tail}`);
  });
  return { folded, sameName: () => named, siblings: () => siblings };
}
function isStatic(entry) {
  return typeof entry === "string" || entry.kind === "static";
}
function withSlash(tails) {
  return tails ? tails.map((tail) => `/${tail}`) : [];
}
function foldedIndex(site) {
  const index = /* @__PURE__ */ new Map();
  site.urls.forEachTail((_, tail) => push(index, tail.toLowerCase(), tail));
  return index;
}
function nameIndex(site) {
  const index = /* @__PURE__ */ new Map();
  site.urls.forEachTail((entry, tail) => {
    if (isStatic(entry)) push(index, tail.slice(tail.lastIndexOf("/") + 1).toLowerCase(), tail);
  });
  return index;
}
function folderIndex(site) {
  const index = /* @__PURE__ */ new Map();
  site.urls.forEachTail((entry, tail) => {
    if (!isStatic(entry)) return;
    const slash = tail.lastIndexOf("/");
    push(index, `/${tail.slice(0, slash + 1)}`, tail.slice(slash + 1));
  });
  return index;
}
function push(index, key, value) {
  const list2 = index.get(key);
  if (list2) list2.push(value);
  else index.set(key, [value]);
}
function hasName(tail, lowerName) {
  let i = tail.length - 1;
  for (let j = lowerName.length - 1; j >= 0; j--, i--) {
    const c = i >= 0 ? tail.charCodeAt(i) : 47;
    const l = lowerName.charCodeAt(j);
    if (c === l || c >= 65 && c <= 90 && c + 32 === l) continue;
    if (c < 128 && l < 128) return false;
    return tail.slice(tail.lastIndexOf("/") + 1).toLowerCase() === lowerName;
  }
  return i < 0 || tail.charCodeAt(i) === 47;
}
function isIn(tail, folderTail) {
  return tail.startsWith(folderTail) && tail.indexOf("/", folderTail.length) === -1;
}
function lowersTo(s, lower, mayGrow) {
  if (s.length > lower.length) return false;
  if (s.length < lower.length && !(mayGrow && s.includes("İ"))) return false;
  return s.toLowerCase() === lower;
}
function mayGrowInto(lower) {
  return lower.includes("̇");
}

// src/core/closest.ts
function closestUrl(site, missing, answers = missingUrlAnswers(site, missing)) {
  const slash = missing.lastIndexOf("/");
  const name = missing.slice(slash + 1);
  if (name === "") return void 0;
  const sameName = answers.sameName();
  if (sameName.length === 1) return sameName[0];
  const folder = missing.slice(0, slash + 1);
  const siblings = answers.siblings();
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 4)));
  let best;
  let bestDistance = limit + 1;
  let tie = false;
  for (const sibling of siblings) {
    const d = editDistance(name.toLowerCase(), sibling.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = sibling;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return best && !tie ? folder + best : void 0;
}
function editDistance(a, b, cap) {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= cap) return cap;
    prev = row;
  }
  return Math.min(prev[b.length], cap);
}

// src/core/post-index.ts
var cache2 = /* @__PURE__ */ new WeakMap();
function postIndex(site) {
  let index = cache2.get(site);
  if (!index) cache2.set(site, index = new LazyPostIndex(site.posts));
  return index;
}
var LazyPostIndex = class {
  constructor(posts) {
    this.posts = posts;
  }
  posts;
  #byPath;
  #byUrl;
  #byStem;
  #bySlug;
  get byPath() {
    return this.#byPath ??= new Map(this.posts.map((post) => [post.path, post]));
  }
  get byUrl() {
    if (!this.#byUrl) {
      this.#byUrl = /* @__PURE__ */ new Map();
      for (const post of this.posts) if (post.url !== void 0 && !this.#byUrl.has(post.url)) this.#byUrl.set(post.url, post);
    }
    return this.#byUrl;
  }
  get byStem() {
    if (!this.#byStem) {
      this.#byStem = /* @__PURE__ */ new Map();
      for (const post of this.posts) push2(this.#byStem, stemOf(post.path).toLowerCase(), post);
    }
    return this.#byStem;
  }
  get bySlug() {
    if (!this.#bySlug) {
      this.#bySlug = /* @__PURE__ */ new Map();
      for (const post of this.posts) push2(this.#bySlug, stemOf(post.path).replace(/^\d+-\d+-\d+-/, "").toLowerCase(), post);
    }
    return this.#bySlug;
  }
};
function stemOf(path15) {
  const base = path15.slice(path15.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}
function push2(map, key, post) {
  const list2 = map.get(key);
  if (list2) list2.push(post);
  else map.set(key, [post]);
}

// src/core/url-path.ts
var DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;
function hasDotSegment(path15) {
  return DOT_SEGMENT.test(path15);
}
function withoutDotSegments(path15) {
  if (!hasDotSegment(path15)) return path15;
  const segments = path15.split("/");
  const out = [];
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (segment === "..") out.pop();
    else if (segment !== ".") {
      out.push(segment);
      continue;
    }
    if (last) out.push("");
  }
  return `/${out.join("/")}`;
}
function insideBaseurl(browserPath, baseurl) {
  if (baseurl === "") return browserPath;
  if (browserPath === baseurl) return "/";
  return browserPath.startsWith(`${baseurl}/`) ? browserPath.slice(baseurl.length) : void 0;
}
function unicodeForm(text2) {
  if (text2 === text2.normalize("NFC")) return "NFC";
  return text2 === text2.normalize("NFD") ? "NFD" : "mixed";
}
var NON_ASCII = /[^\x00-\x7f]/;
function otherUnicodeForms(path15) {
  if (!NON_ASCII.test(path15)) return [];
  const slash = path15.lastIndexOf("/");
  const folder = path15.slice(0, slash + 1);
  const name = path15.slice(slash + 1);
  const forms = [path15.normalize("NFC"), path15.normalize("NFD"), folder.normalize("NFC") + name.normalize("NFD"), folder.normalize("NFD") + name.normalize("NFC")];
  return forms.filter((form, i) => form !== path15 && forms.indexOf(form) === i);
}

// src/core/resolve.ts
var liquidSites = /* @__PURE__ */ new WeakMap();
function liquidSite(site) {
  let liquid = liquidSites.get(site);
  if (!liquid) liquidSites.set(site, liquid = newLiquidSite(site));
  return liquid;
}
function newLiquidSite(site) {
  return {
    baseurl: site.config.baseurl,
    url: site.config.url,
    jekyllMajor: site.jekyllMajor,
    postUrl: (name) => findPostByName(site, name)?.doc.url,
    linkUrl: (p) => {
      const doc = site.documents.get(p);
      if (doc) return doc.url;
      return site.urls.get(`/${p}`)?.url;
    }
  };
}
function findPostByName(site, name) {
  const clean = name.trim().replace(/^\/+/, "");
  const m = /^(.+\/)*(\d+-\d+-\d+)-(.*)$/.exec(clean);
  if (!m) return void 0;
  const dir = m[1] ?? "";
  const stem = `${m[2]}-${m[3]}`;
  let deprecated;
  for (const doc of postIndex(site).byStem.get(stem.toLowerCase()) ?? []) {
    const rel = doc.path;
    const base = rel.slice(rel.lastIndexOf("/") + 1);
    if (stemOf(rel) !== stem) continue;
    if (rel === `_posts/${dir}${base}` || rel === `${dir}_posts/${base}`) return { doc, exact: true };
    if (!deprecated && doc.url) deprecated = doc;
  }
  if (!deprecated) return void 0;
  return { doc: deprecated, exact: false, ...exactPostName(deprecated.path) };
}
function exactPostName(rel) {
  const at = rel.indexOf("_posts/");
  const before = rel.slice(0, at);
  const after = rel.slice(at + "_posts/".length).replace(/\.[^.]+$/, "");
  if (before === "") return { exactName: after };
  if (!after.includes("/")) return { exactName: `${before}${after}` };
  return {};
}
var SCHEME = /^([a-z][a-z0-9+.-]*):/i;
var MARKDOWN_LINK = /\.(?:md|markdown|mkd|mkdn|mkdown|mdown)$/i;
function resolveReference(site, doc, ref, options = {}) {
  const result = resolveGeneric(site, doc, ref, options);
  if (result.status !== "broken" || result.code !== "missing" || !site.theme.uncertain || ref.kind !== "image") return result;
  const written = decodeSafe(splitUrl(ref.value).pathPart);
  if (written.startsWith("/") || /[{}]/.test(written)) return result;
  const readings = [
    { label: "as the browser resolves it", sitePath: result.url },
    { label: "site root", sitePath: path5.normalize(`/${written}`) },
    { label: "beside the source file (as jekyll-postfiles-like plugins copy it)", sitePath: clampToRoot(path5.join("/", path5.dirname(doc.path), written)) }
  ];
  for (const reading of readings.slice(1)) {
    const target = lookup(site, reading.sitePath) ?? lookupSourceFile(site, reading.sitePath);
    if (target) return { status: "ok", target, fragment: void 0 };
  }
  return { ...result, code: "missingTried", tried: readings.map((r) => `${r.label} → \`${r.sitePath}\``).join("; "), reason: site.theme.uncertainty ?? "" };
}
function resolveGeneric(site, doc, ref, options) {
  const evaluated = evaluateLiquid(ref.value, liquidSite(site));
  if (!evaluated.ok) return evaluated.tag ? { status: "dead-tag", ...evaluated.tag } : { status: "skipped", reason: "liquid" };
  if (ref.source === "liquid-tag" && !ref.context.startsWith("include ")) return { status: "skipped", reason: "liquid" };
  let value = evaluated.value.trim();
  if (value === "") return { status: "skipped", reason: "empty" };
  if (value.startsWith("#")) return { status: "same-document", fragment: decodeSafe(value.slice(1)) };
  if (ref.kind === "image") {
    const themed = resolveWithTheme(site, doc, ref, value);
    if (themed) return themed;
  }
  if (ref.context.startsWith("include ")) return { status: "skipped", reason: "include", note: "include parameters are resolved only with a known theme" };
  const onSite = stripOwnOrigin(value, site.config.url);
  if (onSite !== void 0) value = onSite;
  else if (SCHEME.test(value)) return { status: "skipped", reason: /^https?:/i.test(value) ? "external" : "scheme" };
  else if (value.startsWith("//")) return { status: "skipped", reason: "external" };
  const { pathPart, fragment } = splitUrl(value);
  if (pathPart === "") return fragment !== void 0 ? { status: "same-document", fragment } : { status: "skipped", reason: "empty" };
  const written = decodeSafe(pathPart);
  const baseurl = site.config.baseurl;
  if (written.startsWith("/")) {
    if (hasDotSegment(written)) return resolveDotted(site, ref, written, fragment, options.frontMatter === true);
    if (baseurl && (written === baseurl || written.startsWith(`${baseurl}/`))) {
      return finish(site, ref, written.slice(baseurl.length) || "/", written, fragment);
    }
    if (baseurl && !options.frontMatter && !evaluated.baseurlFromLiquid) {
      const target = lookup(site, written);
      if (target) {
        return { status: "broken", code: "baseurlMissing", url: written, actual: target.url, fix: { start: ref.start, end: ref.start, text: "{{ site.baseurl }}" } };
      }
    }
    return finish(site, ref, written, written, fragment);
  }
  if (ref.kind === "link" && ref.source === "markdown" && MARKDOWN_LINK.test(written)) {
    const sourcePath = path5.join(path5.dirname(doc.path), written);
    const target = site.documents.get(sourcePath);
    if (target?.url) return { status: "ok", target: { url: target.url, path: target.path, kind: target.kind }, fragment };
    return { status: "broken", code: "deadRelativeMarkdown", url: sourcePath, ...target?.unpublished ? { reason: target.unpublished } : {}, ...closestDocument(site, sourcePath) };
  }
  if (options.frontMatter) {
    const rootRelative = hasDotSegment(`/${written}`) ? insideBaseurl(withoutDotSegments(`${baseurl}/${written}`), baseurl) : `/${written}`;
    const pageRelative = doc.url ? path5.join(urlDir(doc.url), written) : void 0;
    const hit = (rootRelative ? lookup(site, rootRelative) : void 0) ?? (pageRelative ? lookup(site, pageRelative) : void 0);
    if (hit) return { status: "ok", target: hit, fragment };
    if (rootRelative === void 0) return outsideBaseurl(withoutDotSegments(`${baseurl}/${written}`), baseurl);
    return finish(site, ref, rootRelative, written, fragment);
  }
  const base = doc.url ? baseurl + urlDir(doc.url) : `/${path5.dirname(doc.path)}/`;
  const served = clampToRoot(path5.join(base, written));
  if (doc.url && baseurl && !served.startsWith(`${baseurl}/`)) {
    return { status: "broken", code: "missing", url: served, reason: `leaves the site's baseurl ${baseurl}` };
  }
  const resolved = doc.url && baseurl ? served.slice(baseurl.length) : served;
  const result = finish(site, ref, resolved, written, fragment);
  if (result.status === "broken" && result.code === "missing") {
    const besideSource = clampToRoot(path5.join("/", path5.dirname(doc.path), written));
    const target = lookup(site, besideSource);
    if (target) {
      const replacement = baseurl ? `{{ site.baseurl }}${target.url}` : target.url;
      return { status: "broken", code: "relativeToUrl", url: resolved, actual: target.url, fix: { start: ref.start, end: ref.start + rawPathLength(ref.raw), text: replacement } };
    }
  }
  return result;
}
function resolveDotted(site, ref, written, fragment, frontMatter) {
  const baseurl = site.config.baseurl;
  const hasBase = baseurl !== "" && (written === baseurl || written.startsWith(`${baseurl}/`));
  const asked2 = withoutDotSegments(frontMatter && !hasBase ? `${baseurl}${written}` : written);
  const sitePath = insideBaseurl(asked2, baseurl);
  if (sitePath === void 0) return outsideBaseurl(asked2, baseurl);
  return finish(site, ref, sitePath, written, fragment);
}
function outsideBaseurl(asked2, baseurl) {
  return { status: "broken", code: "missing", url: asked2, reason: `is outside the site's baseurl ${baseurl}` };
}
function resolveWithTheme(site, doc, ref, value) {
  const profile = site.theme.profile;
  const themed = profile?.resolve({ site, doc }, ref, value);
  if (!themed) return void 0;
  if ("skip" in themed) return { status: "skipped", reason: "theme", note: themed.skip };
  const { pathPart, fragment } = splitUrl(value);
  const written = decodeSafe(pathPart);
  const readings = [...themed.readings];
  if (site.theme.uncertain) {
    const base = site.config.baseurl;
    const rootPath = written.startsWith("/") ? base && written.startsWith(`${base}/`) ? written.slice(base.length) : written : `/${written}`;
    readings.push({ label: "site root", sitePath: path5.normalize(rootPath) });
    if (!written.startsWith("/")) {
      if (doc.url) readings.push({ label: "post URL", sitePath: clampToRoot(path5.join(urlDir(doc.url), written)) });
      readings.push({ label: "beside the source file (as jekyll-postfiles-like plugins copy it)", sitePath: clampToRoot(path5.join("/", path5.dirname(doc.path), written)) });
    }
  }
  if (readings.length === 0) return void 0;
  for (const reading of readings) {
    const target = lookup(site, reading.sitePath) ?? (site.theme.uncertain ? lookupSourceFile(site, reading.sitePath) : void 0);
    if (target) return { status: "ok", target, fragment };
  }
  const primary2 = readings[0];
  if (themed.unprefixed) {
    const meant = lookup(site, themed.unprefixed);
    if (meant) {
      const depth = primary2.sitePath.split("/").length - themed.unprefixed.split("/").length;
      const relative = `${"../".repeat(Math.max(0, depth))}${themed.unprefixed.replace(/^\//, "")}`;
      return { status: "broken", code: "subpathPrefixesRoot", url: primary2.sitePath, actual: meant.url, reason: relative, suggestion: { start: ref.start, end: ref.start + rawPathLength(ref.raw), text: relative } };
    }
  }
  const result = finish(site, ref, primary2.sitePath, written, fragment);
  if (result.status === "broken" && result.code === "missing" && readings.length > 1) {
    return { ...result, code: "missingTried", tried: readings.map((r) => `${r.label} → \`${r.sitePath}\``).join("; "), reason: site.theme.uncertainty ?? "" };
  }
  return result;
}
function lookupSourceFile(site, sitePath) {
  const rel = sitePath.replace(/^\/+/, "");
  return site.files.has(rel) ? { url: sitePath, path: rel, kind: "static" } : void 0;
}
function finish(site, ref, sitePath, written, fragment) {
  const target = lookup(site, sitePath);
  if (target) return { status: "ok", target, fragment };
  const other = otherUnicodeForm(site, sitePath);
  if (other) return { status: "broken", code: "unicodeForm", url: sitePath, actual: other.url, ...unicodeFix(ref, sitePath, other.url) };
  const answers = missingUrlAnswers(site, sitePath);
  const folded = answers.folded;
  if (folded.length > 0) {
    const actual = folded[0];
    return { status: "broken", code: "caseMismatch", url: sitePath, actual, ...caseFix(ref, written, sitePath, actual) };
  }
  const sourcePath = sitePath.replace(/^\/+/, "");
  const reason = site.unpublished.get(sourcePath);
  if (reason) return { status: "broken", code: "unpublished", url: sitePath, reason };
  const closest = closestUrl(site, sitePath, answers);
  return { status: "broken", code: "missing", url: sitePath, ...closest ? { closest } : {} };
}
function otherUnicodeForm(site, sitePath) {
  for (const form of otherUnicodeForms(sitePath)) {
    const target = lookup(site, form);
    if (target) return target;
  }
  return void 0;
}
function unicodeFix(ref, sitePath, actual) {
  if (sitePath.normalize("NFC") !== actual || actual.normalize("NFC") !== actual) return {};
  const rawLength = rawPathLength(ref.raw);
  const rawPath = ref.raw.slice(0, rawLength);
  const composed = rawPath.normalize("NFC");
  if (composed === rawPath) return {};
  return { fix: { start: ref.start, end: ref.start + rawLength, text: composed } };
}
function lookup(site, sitePath) {
  const direct = site.urls.get(sitePath);
  if (direct) return direct;
  if (sitePath.endsWith("/")) return site.urls.get(`${sitePath}index.html`);
  return site.urls.get(`${sitePath}.html`) ?? site.urls.get(`${sitePath}/`);
}
function caseFix(ref, written, sitePath, actual) {
  if (actual.length !== sitePath.length) return {};
  let common = 0;
  while (common < written.length && common < sitePath.length && written[written.length - 1 - common].toLowerCase() === sitePath[sitePath.length - 1 - common].toLowerCase()) common++;
  const suffixStart = sitePath.length - common;
  let firstDiff = -1;
  for (let i = 0; i < sitePath.length; i++) {
    if (sitePath[i] !== actual[i]) {
      firstDiff = i;
      break;
    }
  }
  if (firstDiff < suffixStart) return {};
  const tail = sitePath.slice(firstDiff);
  const newTail = actual.slice(firstDiff);
  const rawLength = rawPathLength(ref.raw);
  const rawPath = ref.raw.slice(0, rawLength);
  if (!rawPath.endsWith(tail)) return {};
  return { fix: { start: ref.start + rawLength - tail.length, end: ref.start + rawLength, text: newTail } };
}
function rawPathLength(raw) {
  let depth = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "{" && (raw[i + 1] === "{" || raw[i + 1] === "%")) depth++;
    else if ((c === "}" || c === "%") && raw[i + 1] === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === "?" || c === "#")) return i;
  }
  return raw.length;
}
function closestDocument(site, sourcePath) {
  const name = sourcePath.slice(sourcePath.lastIndexOf("/") + 1);
  const matches = (postIndex(site).byStem.get(stemOf(name).toLowerCase()) ?? []).filter((d) => d.url);
  return matches.length === 1 ? { closest: matches[0].path } : {};
}
function splitUrl(value) {
  const hash = value.indexOf("#");
  const beforeHash = hash === -1 ? value : value.slice(0, hash);
  const fragment = hash === -1 ? void 0 : decodeSafe(value.slice(hash + 1));
  const query = beforeHash.indexOf("?");
  return { pathPart: query === -1 ? beforeHash : beforeHash.slice(0, query), fragment };
}
function stripOwnOrigin(value, siteUrl) {
  if (!siteUrl || !/^https?:\/\//i.test(value)) return void 0;
  const own = ownOrigin(siteUrl);
  const candidate = value.replace(/^https?:/i, "");
  if (!candidate.toLowerCase().startsWith(own)) return void 0;
  const rest = candidate.slice(own.length);
  if (rest === "") return "/";
  return rest.startsWith("/") || rest.startsWith("?") || rest.startsWith("#") ? rest : void 0;
}
var lastOrigin;
function ownOrigin(siteUrl) {
  if (lastOrigin?.siteUrl !== siteUrl) lastOrigin = { siteUrl, own: siteUrl.replace(/^https?:/i, "").toLowerCase() };
  return lastOrigin.own;
}
function decodeSafe(text2) {
  if (!text2.includes("%")) return text2;
  try {
    return decodeURIComponent(text2);
  } catch {
    return text2.replace(/%[0-9a-f]{2}/gi, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    });
  }
}
function urlDir(url) {
  return url.endsWith("/") ? url : url.slice(0, url.lastIndexOf("/") + 1);
}
function clampToRoot(p) {
  let out = p;
  while (out.startsWith("/../")) out = out.slice(3);
  if (out === "/..") return "/";
  return out.startsWith("/") ? out : `/${out}`;
}

// src/rules/broken-reference.ts
function reportBroken(context, ref, resolution) {
  const { site, doc } = context;
  const data = {
    ref: ref.value,
    url: resolution.url,
    baseurl: site.config.baseurl,
    postUrl: doc.url ?? doc.path,
    ...resolution.actual ? { actual: resolution.actual } : {},
    ...resolution.closest ? { closest: resolution.closest } : {},
    ...resolution.reason ? { reason: resolution.reason } : {},
    reasonSuffix: resolution.reason ? ` (it ${resolution.reason})` : "",
    tried: resolution.tried ?? "",
    theme: site.theme.profile?.name ?? "the theme",
    subpath: String(doc.data.media_subpath ?? doc.data.img_path ?? "")
  };
  const report = { messageId: resolution.code, data, start: ref.start, end: ref.end, key: ref.value };
  switch (resolution.code) {
    case "unicodeForm":
      Object.assign(data, unicodeData(resolution.url, resolution.actual ?? ""));
      if (resolution.fix) report.fix = resolution.fix;
      break;
    case "caseMismatch":
    case "baseurlMissing":
      if (resolution.fix) report.fix = resolution.fix;
      break;
    case "relativeToUrl":
      if (resolution.fix) report.suggestions = [{ message: `Use \`${resolution.fix.text}\``, edit: resolution.fix }];
      break;
    case "subpathPrefixesRoot":
      if (resolution.suggestion) report.suggestions = [{ message: `Use \`${resolution.suggestion.text}\` (or drop media_subpath)`, edit: resolution.suggestion }];
      break;
    case "missing":
      if (resolution.closest) {
        report.messageId = "missingDidYouMean";
        const replacement = closestReplacement(ref, resolution.closest, site.config.baseurl);
        if (replacement) report.suggestions = [{ message: `Use \`${replacement.text}\``, edit: replacement }];
      }
      break;
    default:
      break;
  }
  context.report(report);
}
function closestReplacement(ref, closest, baseurl) {
  if (/[{}?#%&]/.test(ref.raw)) return void 0;
  const wroteBase = baseurl !== "" && ref.raw.startsWith(`${baseurl}/`);
  const text2 = wroteBase ? `${baseurl}${closest}` : closest;
  return { start: ref.start, end: ref.end, text: text2 };
}
var FORM_NAMES = { NFC: "composed (NFC)", NFD: "decomposed (NFD)", mixed: "a mix of composed and decomposed" };
function unicodeData(url, actual) {
  const fileForm = unicodeForm(actual);
  return {
    refForm: FORM_NAMES[unicodeForm(url)],
    fileForm: FORM_NAMES[fileForm],
    advice: fileForm === "NFC" ? "Write the path composed, as the file is named (`--fix` does it)." : "Rename the file (or folder) to its composed (NFC) name, the form editors and browsers write (macOS saves names decomposed), for example with `git mv`."
  };
}

// src/rules/no-dead-internal-link.ts
var noDeadInternalLink = defineRule({
  id: "no-dead-internal-link",
  description: "Internal links, `post_url` and `link` tags must lead to a published post, page or file (and an existing #fragment).",
  severity: "error",
  fixable: true,
  defaultOptions: {},
  messages: {
    missing: "Link `{ref}` leads nowhere: nothing is published at `{url}`{reasonSuffix}. Fix the path or remove the link.",
    missingDidYouMean: "Link `{ref}` leads nowhere: nothing is published at `{url}`; did you mean `{closest}`?",
    caseMismatch: "Link `{ref}` does not match the case of `{actual}`: GitHub Pages serves from a case-sensitive disk. Use `{actual}`.",
    unicodeForm: "Link `{ref}` and the published `{actual}` look the same but are spelled in different Unicode forms: the link is {refForm}, the published name {fileForm}. GitHub Pages compares the bytes, so `{url}` is missing there. {advice}",
    baseurlMissing: "Link `{ref}` misses the site's baseurl `{baseurl}`: the page is published at `{baseurl}{actual}`. Prefix it with `{{ site.baseurl }}`.",
    relativeToUrl: "Link `{ref}` is resolved by the browser against the post URL `{postUrl}`, giving `{url}`, which does not exist; the target is `{actual}`. Use a root-relative path.",
    unpublished: "Link `{ref}` leads to a file that is not published: `{url}` {reason}.",
    deadRelativeMarkdown: "Link `{ref}` points to `{url}`, which is not a published post or page{reasonSuffix}. Fix the path.",
    subpathPrefixesRoot: "Link `{ref}` is looked for at `{url}`, with media_subpath `{subpath}` prefixed; the file is at `{actual}`.",
    missingTried: "Link `{ref}` leads nowhere under any reading bloglint tried ({tried}).",
    deadPostUrl: "`{% {tag} {name} %}` names no published post: Jekyll's build fails on it. Use the post's file name without extension{closestSuffix}.",
    deadLinkTag: "`{% link {name} %}` names no file of the site: Jekyll's build fails on it. Use the source path of a page, post or file.",
    deprecatedPostUrl: "`{% post_url {name} %}` only matches by date and title (deprecated; Jekyll warns): use the exact name `{exact}`.",
    deadFragment: "Fragment `#{fragment}` matches no heading or id in `{target}`. Headings get kramdown ids such as `{example}`."
  },
  check(context) {
    const scan2 = context.scan();
    for (const ref of scan2.body) {
      if (ref.kind !== "link") continue;
      checkPostUrlNames(context, ref);
      const resolution = resolveReference(context.site, context.doc, ref);
      switch (resolution.status) {
        case "broken":
          reportBroken(context, ref, resolution);
          break;
        case "dead-tag":
          reportDeadTag(context, ref, resolution.name, resolution.argument);
          break;
        case "same-document":
          checkFragment(context, ref, context.doc, resolution.fragment);
          break;
        case "ok": {
          if (resolution.fragment === void 0) break;
          const target = context.site.documents.get(resolution.target.path);
          if (target) checkFragment(context, ref, target, resolution.fragment);
          break;
        }
        default:
          break;
      }
    }
  },
  examples: [
    {
      name: "ok",
      text: "---\ntitle: Links\n---\n## Setup\n\n[other]({% post_url 2020-01-02-other %}) and [setup](#setup) and [about](/about/)\n",
      files: { "_posts/2020-01-02-other.md": "---\ntitle: Other\n---\nhi\n", "about.md": "---\npermalink: /about/\n---\nAbout\n" },
      expect: []
    },
    {
      name: "dead-post-url",
      text: "---\ntitle: Links\n---\nSee [it]({% post_url 2020-01-09-nope %}).\n",
      expect: ["4:10-4:40 deadPostUrl"]
    },
    {
      name: "dead-fragment",
      text: "---\ntitle: Links\n---\n## Setup\n\n[setup](#set-up)\n",
      expect: ["6:9-6:16 deadFragment"]
    },
    {
      name: "case-mismatch",
      text: "---\ntitle: Links\n---\nRead [the guide](/docs/Guide.html).\n",
      files: { "docs/guide.html": "<p>guide</p>\n" },
      expect: ["4:18-4:34 caseMismatch"]
    },
    {
      name: "relative-markdown-link",
      text: "---\ntitle: Links\n---\n[ok](2020-01-02-other.md) [dead](2020-01-03-gone.md)\n",
      files: { "_posts/2020-01-02-other.md": "---\ntitle: Other\n---\nhi\n" },
      expect: ["4:34-4:52 deadRelativeMarkdown"]
    }
  ]
});
var POST_URL_TAG = /\{%-?\s*post_url\s+(\S+)\s*-?%\}/g;
function checkPostUrlNames(context, ref) {
  if (!ref.raw.includes("post_url")) return;
  POST_URL_TAG.lastIndex = 0;
  for (let m = POST_URL_TAG.exec(ref.raw); m; m = POST_URL_TAG.exec(ref.raw)) {
    const name = m[1];
    const found = findPostByName(context.site, name);
    if (!found || found.exact || !found.exactName) continue;
    const start = ref.start + m.index + m[0].indexOf(name, 2);
    context.report({
      messageId: "deprecatedPostUrl",
      severity: "warning",
      data: { name, exact: found.exactName },
      start,
      end: start + name.length,
      fix: { start, end: start + name.length, text: found.exactName },
      key: name
    });
  }
}
function reportDeadTag(context, ref, tag, argument) {
  if (tag === "post_url") {
    const closest = closestPostName(context.site, argument);
    context.report({
      messageId: "deadPostUrl",
      data: { tag, name: argument, closestSuffix: closest ? ` (did you mean \`${closest}\`?)` : "" },
      start: ref.start,
      end: ref.end,
      key: argument
    });
  } else {
    context.report({ messageId: "deadLinkTag", data: { name: argument }, start: ref.start, end: ref.end, key: argument });
  }
}
function closestPostName(site, name) {
  const slug = name.slice(name.lastIndexOf("/") + 1).replace(/^\d+-\d+-\d+-/, "").toLowerCase();
  const matches = (postIndex(site).bySlug.get(slug) ?? []).filter((p) => p.url);
  return matches.length === 1 ? stemOf(matches[0].path) : void 0;
}
var layoutIdCache = /* @__PURE__ */ new WeakMap();
function layoutIds(site) {
  let ids = layoutIdCache.get(site);
  if (ids) return ids;
  ids = /* @__PURE__ */ new Set();
  const prefix = sourcePrefixOf(site.config);
  for (const file of site.files) {
    if (!file.startsWith(`${prefix}_layouts/`) && !file.startsWith(`${prefix}_includes/`)) continue;
    if (!/\.(?:html?|liquid|xml|svg)$/i.test(file)) continue;
    const read = readSourceFileSync(site.root, file);
    if (!read.ok) continue;
    for (const m of read.text.matchAll(/\sid\s*=\s*(["'])([^"'{}<>\s]+)\1/gi)) ids.add(m[2]);
  }
  layoutIdCache.set(site, ids);
  return ids;
}
var BUILT_IN_FRAGMENTS = /^(?:top|fn:.*|fnref:.*|markdown-toc)?$/;
function checkFragment(context, ref, target, fragment) {
  if (BUILT_IN_FRAGMENTS.test(fragment) || /[{}]/.test(fragment)) return;
  if (!target.read.ok || !target.isMarkdown && !/\.html?$/i.test(target.path)) return;
  const anchors = anchorsOf(target);
  if (anchors.some((a) => a.id === fragment)) return;
  if (anchors.some(isComputedAnchor)) return;
  if (layoutIds(context.site).has(fragment)) return;
  const hash = ref.raw.lastIndexOf("#");
  const start = hash >= 0 ? ref.start + hash : ref.start;
  context.report({
    messageId: "deadFragment",
    severity: "warning",
    data: { fragment, target: target === context.doc ? "this post" : target.path, example: anchors[0]?.id ?? "my-heading" },
    start,
    end: ref.end,
    key: `#${fragment}`
  });
}

// src/rules/no-dead-related-post.ts
var noDeadRelatedPost = defineRule({
  id: "no-dead-related-post",
  description: "`related_posts` entries must match a post by its exact source path or URL.",
  severity: "error",
  fixable: true,
  defaultOptions: {},
  messages: {
    leadingSlash: "Related post `{entry}` matches nothing: entries are compared with the post's path without a leading slash. Use `{fixed}`.",
    withBaseurl: "Related post `{entry}` matches nothing: post URLs are compared without the baseurl. Use `{fixed}`.",
    dead: "Related post `{entry}` matches no post: use a post's source path (like `{example}`) or its URL.",
    deadDidYouMean: "Related post `{entry}` matches no post; did you mean `{closest}`?",
    unpublished: "Related post `{entry}` is not published ({reason}), so the theme cannot show it.",
    self: "The post lists itself as a related post.",
    duplicate: "Related post `{entry}` is listed twice.",
    notAList: "`related_posts` should be a list of post paths or URLs."
  },
  appliesTo: (doc) => doc.kind === "post" || doc.kind === "draft",
  check(context) {
    if (allEntriesFine(context.site, context.doc)) return;
    const entry = getEntry(context.doc.frontMatter?.tree, "related_posts");
    if (!entry?.value) return;
    const items = listItems(entry.value);
    if (!items) {
      context.report({ messageId: "notAList", start: entry.keyStart, end: entry.keyEnd });
      return;
    }
    const seen = /* @__PURE__ */ new Set();
    for (const item of items) {
      if (typeof item.value !== "string") continue;
      checkEntry(context, item, seen);
    }
  },
  examples: [
    {
      name: "ok",
      text: "---\ntitle: A\nrelated_posts:\n  - _posts/2020-01-02-other.md\n  - /2020/01/03/third.html\n---\nBody\n",
      files: { "_posts/2020-01-02-other.md": "---\ntitle: Other\n---\n", "_posts/2020-01-03-third.md": "---\ntitle: Third\n---\n" },
      expect: []
    },
    {
      name: "duplicate",
      text: "---\ntitle: A\nrelated_posts:\n  - _posts/2020-01-02-other.md\n  - /2020/01/02/other.html\n---\nBody\n",
      files: { "_posts/2020-01-02-other.md": "---\ntitle: Other\n---\n" },
      expect: ["5:5-5:27 duplicate"]
    },
    {
      name: "leading-slash",
      text: "---\ntitle: A\nrelated_posts:\n  - /_posts/2020-01-02-other.md\n---\nBody\n",
      files: { "_posts/2020-01-02-other.md": "---\ntitle: Other\n---\n" },
      expect: ["4:5-4:32 leadingSlash"]
    },
    {
      name: "typo",
      text: "---\ntitle: A\nrelated_posts:\n  - _posts/2020-01-02-other.md=\n---\nBody\n",
      files: { "_posts/2020-01-02-other.md": "---\ntitle: Other\n---\n" },
      expect: ["4:5-4:32 deadDidYouMean"]
    }
  ]
});
function allEntriesFine(site, doc) {
  const value = doc.data.related_posts;
  if (value === void 0 || value === null) return true;
  const items = typeof value === "string" ? [value] : Array.isArray(value) ? value : void 0;
  if (!items) return false;
  const seen = /* @__PURE__ */ new Set();
  for (const item of items) {
    if (typeof item !== "string") continue;
    const match2 = matchPost(site, item.trim());
    if (!match2 || matchProblems(match2, doc, seen).length > 0) return false;
  }
  return true;
}
function matchProblems(match2, doc, seen) {
  const problems = [];
  if (match2 === doc) problems.push("self");
  else if (seen.has(match2)) problems.push("duplicate");
  seen.add(match2);
  if (!match2.url) problems.push("unpublished");
  return problems;
}
function listItems(node) {
  if (node.kind === "scalar") return node.value === null ? [] : [node];
  if (node.kind === "seq") return node.items.filter((i) => i?.kind === "scalar");
  return void 0;
}
function contentSpan(item) {
  return item.style === "plain" ? { start: item.start, end: item.end } : { start: item.start + 1, end: item.end - 1 };
}
function checkEntry(context, item, seen) {
  const { site, doc } = context;
  const entry = item.value.trim();
  const span = contentSpan(item);
  const base = { start: span.start, end: span.end, key: entry };
  const match2 = matchPost(site, entry);
  if (match2) {
    for (const problem of matchProblems(match2, doc, seen)) {
      if (problem === "self") context.report({ ...base, messageId: "self", severity: "warning" });
      else if (problem === "duplicate") context.report({ ...base, messageId: "duplicate", severity: "warning", data: { entry } });
      else context.report({ ...base, messageId: "unpublished", data: { entry, reason: match2.unpublished ?? "unpublished" } });
    }
    return;
  }
  const editable = item.style !== "double" || !entry.includes("\\");
  const baseurl = site.config.baseurl;
  const candidates = [];
  if (entry.startsWith("/")) candidates.push(["leadingSlash", entry.replace(/^\/+/, "")]);
  if (baseurl && entry.startsWith(`${baseurl}/`)) candidates.push(["withBaseurl", entry.slice(baseurl.length)]);
  for (const [messageId, fixed] of candidates) {
    if (!matchPost(site, fixed)) continue;
    context.report({
      ...base,
      messageId,
      data: { entry, fixed },
      ...editable ? { fix: { start: span.start, end: span.end, text: fixed } } : {}
    });
    return;
  }
  const closest = closestPost(site, entry);
  if (closest) {
    context.report({ ...base, messageId: "deadDidYouMean", data: { entry, closest }, ...editable ? { suggestions: [{ message: `Use \`${closest}\``, edit: { start: span.start, end: span.end, text: closest } }] } : {} });
    return;
  }
  context.report({ ...base, messageId: "dead", data: { entry, example: (site.posts[0] === doc ? site.posts[1] : site.posts[0])?.path ?? "_posts/2020-01-01-title.md" } });
}
function matchPost(site, entry) {
  const index = postIndex(site);
  return index.byPath.get(entry) ?? index.byUrl.get(entry);
}
function closestPost(site, entry) {
  const cleaned = entry.replace(/^\/+/, "").replace(/\/+$/, "").replace(/[^\w.\-/&%\p{L}]+$/u, "");
  const name = cleaned.slice(cleaned.lastIndexOf("/") + 1).replace(/\.[^.]+$/, "").toLowerCase();
  if (name === "") return void 0;
  const index = postIndex(site);
  const matches = index.byStem.get(name) ?? index.bySlug.get(name) ?? [];
  return matches.length === 1 ? matches[0].path : void 0;
}

// src/rules/no-missing-image.ts
var noMissingImage = defineRule({
  id: "no-missing-image",
  description: "Images must point to a published file, with the exact case, as the published site resolves them.",
  severity: "error",
  fixable: true,
  defaultOptions: {},
  messages: {
    missing: "Image `{ref}` does not exist: nothing is published at `{url}`{reasonSuffix}. Add the file or fix the path.",
    missingDidYouMean: "Image `{ref}` does not exist: nothing is published at `{url}`; did you mean `{closest}`?",
    caseMismatch: "Image `{ref}` does not match the case of the file `{actual}`: GitHub Pages serves from a case-sensitive disk, so `{url}` is missing there. Use `{actual}`.",
    unicodeForm: "Image `{ref}` and the published file `{actual}` look the same but are spelled in different Unicode forms: the reference is {refForm}, the file name {fileForm}. GitHub Pages compares the bytes, so `{url}` is missing there. {advice}",
    baseurlMissing: "Image `{ref}` misses the site's baseurl `{baseurl}`: the published image is at `{baseurl}{actual}`. Prefix it with `{{ site.baseurl }}`.",
    relativeToUrl: "Image `{ref}` is resolved by the browser against the post URL `{postUrl}`, giving `{url}`, which does not exist; the file is at `{actual}` next to the source. Use a root-relative path.",
    unpublished: "Image `{ref}` exists but is not published: `{url}` {reason}. Move it to a published folder.",
    deadRelativeMarkdown: "Image `{ref}` does not exist at `{url}`.",
    subpathPrefixesRoot: "Image `{ref}` is looked for at `{url}`: {theme} prefixes media_subpath `{subpath}` to every image path, root-absolute ones too. The file is at `{actual}`: write `{reason}` or drop media_subpath.",
    missingTried: "Image `{ref}` does not exist under any reading bloglint tried ({tried}); it tried several because {reason}."
  },
  check(context) {
    const scan2 = context.scan();
    for (const ref of scan2.body) {
      if (ref.kind !== "image") continue;
      const resolution = resolveReference(context.site, context.doc, ref);
      if (resolution.status === "broken") reportBroken(context, ref, resolution);
    }
    for (const ref of scan2.frontMatter) {
      const resolution = resolveReference(context.site, context.doc, ref, { frontMatter: true });
      if (resolution.status === "broken") reportBroken(context, ref, resolution);
    }
  },
  examples: [
    {
      name: "ok",
      text: "---\nimage: /assets/cover.png\n---\n![cat](/assets/cat.png)\n\n```md\n![not an image](/nope.png)\n```\n",
      files: { "assets/cat.png": "", "assets/cover.png": "" },
      expect: []
    },
    {
      name: "case-mismatch",
      text: "---\ntitle: Cats\n---\n![cat](/assets/Cat.png)\n",
      files: { "assets/cat.png": "" },
      expect: ["4:8-4:23 caseMismatch"]
    },
    {
      name: "missing-html-and-front-matter",
      text: '---\nimage: /assets/cover.png\n---\n<img src="/assets/gone.png" alt="">\n',
      files: {},
      expect: ["2:8-2:25 missing", "4:11-4:27 missing"]
    },
    {
      name: "relative-to-post-url",
      path: "_posts/2020-01-01-example.md",
      text: "---\ntitle: Rel\n---\n![x](../assets/x.png)\n",
      files: { "assets/x.png": "" },
      expect: ["4:6-4:21 relativeToUrl"]
    }
  ]
});

// src/rules/post-filename.ts
var POST_LIKE = /\.(?:md|markdown|mkd|mkdn|mkdown|mdown|html?)$/i;
var postFilename = defineRule({
  id: "post-filename",
  description: "Files in `_posts` must be named `YYYY-MM-DD-title.ext` with a real date, and not be dated in the future.",
  severity: "error",
  fixable: false,
  defaultOptions: {},
  messages: {
    badName: "`{name}` is inside `_posts` but not named `YYYY-MM-DD-title.ext`: Jekyll skips it silently. Rename it, e.g. `{example}`.",
    invalidDate: "{error}: Jekyll aborts the whole build on it. Fix the date in the file name or in `date:`.",
    rolledOver: "The date {written} in the file name does not exist: Jekyll rolls it over to {actual} and publishes the post under that date. Fix the date.",
    future: "The post is dated {date}, in the future: Jekyll does not publish it until then (set `future: true` in _config.yml to publish it now)."
  },
  appliesTo: (doc) => doc.kind === "post",
  check(context) {
    const { doc } = context;
    const rolled = rolledOverDate(doc.path);
    if (rolled) context.report({ messageId: "rolledOver", severity: "warning", data: rolled, start: 0, end: 0, key: rolled.written });
    if (doc.url || !doc.unpublished) return;
    const dateEntry = getEntry(doc.frontMatter?.tree, "date");
    const start = dateEntry?.value?.start ?? 0;
    const end = dateEntry?.value?.end ?? 0;
    if (doc.unpublished === "is dated in the future") {
      const date = String(doc.data.date instanceof Date ? doc.data.date.toISOString().slice(0, 10) : doc.data.date ?? doc.path.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? "later");
      context.report({ messageId: "future", severity: "warning", data: { date }, start, end });
    } else if (doc.unpublished.startsWith("Invalid date")) {
      context.report({ messageId: "invalidDate", data: { error: doc.unpublished.replace(/\.$/, "") }, start, end });
    }
  },
  checkSite(context) {
    for (const [file, reason] of context.site.unpublished) {
      if (!reason.includes("`_posts`") || !POST_LIKE.test(file)) continue;
      const name = file.slice(file.lastIndexOf("/") + 1);
      if (name.startsWith("_") || name.startsWith(".")) continue;
      const inner = file.slice(file.lastIndexOf("_posts/") + "_posts/".length);
      if (parsePostFilename(inner)) continue;
      const slug = name.replace(/\.[^.]+$/, "").replace(/^\d+[-_.]?\d*[-_.]?\d*[-_]?/, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "title";
      context.report({ file, messageId: "badName", data: { name, example: `2024-01-31-${slug}${name.slice(name.lastIndexOf("."))}` }, start: 0, end: 0, key: name });
    }
  },
  examples: [
    { name: "ok", text: "---\ntitle: Fine\n---\nBody\n", expect: [] },
    { name: "impossible-date", path: "_posts/2019-02-32-leap.md", text: "---\ntitle: Leap\n---\nBody\n", expect: ["1:1-1:1 invalidDate"] },
    { name: "rolled-over-date", path: "_posts/2019-02-30-leap.md", text: "---\ntitle: Leap\n---\nBody\n", expect: ["1:1-1:1 rolledOver"] },
    { name: "future", path: "_posts/2999-01-01-later.md", text: "---\ntitle: Later\ndate: 2999-01-01\n---\nBody\n", expect: ["3:7-3:17 future"] }
  ]
});
function rolledOverDate(file) {
  const inner = file.slice(file.lastIndexOf("_posts/") + "_posts/".length);
  const parsed = parsePostFilename(inner);
  if (!parsed) return void 0;
  const [y, m, d] = parsed.date.split("-").map(Number);
  if (m < 1 || m > 12 || d < 1 || d > 31) return void 0;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() === m - 1) return void 0;
  return { written: parsed.date, actual: date.toISOString().slice(0, 10) };
}

// src/rules/readable-file.ts
var readableFile = defineRule({
  id: "readable-file",
  description: "Posts and pages must be readable UTF-8 text inside the site root.",
  severity: "error",
  fixable: false,
  defaultOptions: {},
  messages: {
    unreadable: "This file {reason}",
    walk: "`{path}` {reason}",
    tooDeep: "This post nests blockquotes or lists deeper than {depth} levels: bloglint checked only the first {depth} (kramdown renders such nesting poorly too). Flatten it."
  },
  check(context) {
    const { read } = context.doc;
    if (read.ok) {
      const deep = context.doc.isMarkdown ? context.scan().tooDeep : void 0;
      if (deep) context.report({ messageId: "tooDeep", severity: "warning", data: { depth: String(deep) }, start: context.scan().bodyStart, end: context.scan().bodyStart, key: "tooDeep" });
      return;
    }
    context.report({ messageId: "unreadable", data: { reason: read.message }, start: 0, end: 0, key: read.reason });
  },
  checkSite(context) {
    for (const problem of context.site.problems) {
      context.report({ file: problem.path, messageId: "walk", data: { path: problem.path, reason: problem.message }, start: 0, end: 0, key: problem.message });
    }
  },
  examples: [
    { name: "ok", text: "---\ntitle: Fine\n---\nBody\n", expect: [] }
  ]
});

// src/rules/required-front-matter.ts
var requiredFrontMatter = defineRule({
  id: "required-front-matter",
  description: "Posts must carry the configured (or the blog's usual) front-matter fields, non-empty.",
  severity: "error",
  fixable: true,
  defaultOptions: { fields: [], learn: true, threshold: 0.95, minPosts: 10, fix: false },
  messages: {
    missing: "The post has no `{field}` (required by the configuration). Add `{field}:` to the front matter.",
    empty: "`{field}` is empty; it is required by the configuration.",
    convention: "The post has no `{field}`, unlike {count} of {total} posts of this blog. Add `{field}:` to the front matter."
  },
  validateOptions(options) {
    const problems = [];
    if (options.fields !== void 0 && (!Array.isArray(options.fields) || !options.fields.every((f) => typeof f === "string"))) problems.push("`fields` must be a list of field names");
    if (options.threshold !== void 0 && (typeof options.threshold !== "number" || options.threshold <= 0 || options.threshold > 1)) problems.push("`threshold` must be a number between 0 and 1");
    return problems;
  },
  appliesTo: (doc) => doc.kind === "post",
  check(context) {
    const { doc, options } = context;
    if (doc.frontMatter && (doc.frontMatter.errors.length > 0 || !doc.frontMatter.block.closed)) return;
    if (options.fields.length > 0) {
      for (const field of options.fields) {
        if (!(field in doc.data)) reportField(context, field, "missing", "error", {});
        else if (isEmpty2(doc.data[field])) reportField(context, field, "empty", "error", {});
      }
      return;
    }
    if (!options.learn) return;
    const conventions = learnedConventions(context.site, options);
    for (const { field, count, total } of conventions) {
      if (!(field in doc.data) || isEmpty2(doc.data[field])) reportField(context, field, "convention", "warning", { count: String(count), total: String(total) });
    }
  },
  examples: [
    { name: "ok", text: "---\ntitle: Fine\ndescription: About it\n---\nBody\n", options: { fields: ["description"] }, expect: [] },
    { name: "missing", text: "---\ntitle: Fine\n---\n# Heading\n\nFirst paragraph.\n", options: { fields: ["description"] }, expect: ["1:1-1:4 missing"] },
    { name: "fix-when-asked", text: "---\ntitle: Fine\n---\nFirst paragraph.\n", options: { fields: ["description"], fix: true }, expect: ["1:1-1:4 missing"] },
    { name: "empty", text: "---\ntitle: Fine\ndescription:\n---\nBody\n", options: { fields: ["description"] }, expect: ["1:1-1:4 empty"] }
  ]
});
function isEmpty2(value) {
  return value === null || value === void 0 || typeof value === "string" && value.trim() === "" || Array.isArray(value) && value.length === 0;
}
function reportField(context, field, messageId, severity, extra) {
  const { doc } = context;
  const edit = insertionFor(doc, field);
  const base = { messageId, severity, data: { field, ...extra }, start: 0, end: doc.frontMatter ? 3 : 0, key: field };
  if (!edit || messageId === "empty") {
    context.report(base);
    return;
  }
  const suggestion = { message: `Add \`${edit.text.trim()}\``, edit };
  context.report(context.options.fix ? { ...base, fix: edit, suggestions: [suggestion] } : { ...base, suggestions: [suggestion] });
}
function insertionFor(doc, field) {
  if (!doc.read.ok) return void 0;
  const text2 = doc.read.text;
  const eol = text2.includes("\r\n") ? "\r\n" : "\n";
  const block2 = doc.frontMatter?.block;
  const body = text2.slice(block2?.bodyStart ?? 0);
  const value = field === "title" ? titleFrom(body, doc.path) : field === "description" ? firstParagraph(body) : void 0;
  if (value === void 0) return void 0;
  const line = `${field}: ${JSON.stringify(value)}${eol}`;
  if (block2) return { start: block2.yamlEnd, end: block2.yamlEnd, text: line };
  return { start: 0, end: 0, text: `---${eol}${line}---${eol}` };
}
function titleFrom(body, path15) {
  const heading2 = /^#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(body);
  if (heading2) return heading2[1].trim();
  const base = path15.slice(path15.lastIndexOf("/") + 1).replace(/\.[^.]+$/, "").replace(/^\d+-\d+-\d+-/, "");
  return base.split("-").map((w) => w ? w[0].toUpperCase() + w.slice(1) : w).join(" ");
}
function firstParagraph(body) {
  for (const block2 of body.split(/\r?\n[ \t]*\r?\n/)) {
    const trimmed = block2.trim();
    if (!trimmed || /^(#|```|~~~|<|\{%|!\[|[-*+] |\d+\. |>|\|)/.test(trimmed)) continue;
    const plain = trimmed.replace(/!\[[^\]]*\]\([^)]*\)/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
    if (!plain) continue;
    return plain.length > 160 ? `${plain.slice(0, 157).replace(/\s+\S*$/, "")}…` : plain;
  }
  return void 0;
}
var learned = /* @__PURE__ */ new WeakMap();
function learnedConventions(site, options) {
  const cached = learned.get(site);
  if (cached) return cached;
  const posts = site.posts.filter((p) => p.frontMatter && p.frontMatter.errors.length === 0 && p.frontMatter.block.closed);
  const counts = /* @__PURE__ */ new Map();
  for (const post of posts) {
    for (const field of post.keys) counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  const total = posts.length;
  const result = [...counts].filter(([field, count]) => field !== "title" && count >= options.minPosts && count < total && count / total >= options.threshold).map(([field, count]) => ({ field, count, total })).sort((a, b) => a.field < b.field ? -1 : 1);
  learned.set(site, result);
  return result;
}

// src/rules/valid-config.ts
var validConfig = defineRule({
  id: "valid-config",
  description: "`_config.yml` must be valid YAML.",
  severity: "error",
  fixable: false,
  defaultOptions: {},
  messages: {
    invalid: "_config.yml is not valid YAML: {message}. Jekyll will not build; bloglint used the defaults.",
    baseurlWithoutSlash: "`baseurl: {baseurl}` does not start with `/`: `{{ site.baseurl }}/x` writes the relative path `{baseurl}/x`, which the browser resolves against each page's URL (`relative_url` adds the `/`, `site.baseurl` does not). Write `baseurl: /{baseurl}`."
  },
  checkSite(context) {
    const config2 = context.site.config;
    if (!config2.file) return;
    for (const problem of config2.problems) {
      context.report({ file: config2.file, text: config2.text, messageId: "invalid", data: { message: problem.message }, start: problem.start, end: problem.end, key: problem.message });
    }
    const baseurl = config2.data.baseurl;
    if (typeof baseurl === "string" && baseurl.trim() !== "" && !baseurl.trim().startsWith("/")) {
      const line = /^baseurl[ \t]*:[ \t]*/m.exec(config2.text);
      const start = line ? line.index + line[0].length : 0;
      const end = line ? config2.text.indexOf("\n", start) : 0;
      context.report({ file: config2.file, text: config2.text, messageId: "baseurlWithoutSlash", severity: "warning", data: { baseurl: baseurl.trim().replace(/\/+$/, "") }, start, end: end === -1 ? config2.text.length : end, key: "baseurl" });
    }
  },
  examples: [{ name: "ok", text: "---\ntitle: Fine\n---\nBody\n", expect: [] }]
});

// src/rules/valid-front-matter.ts
var FIELD_TYPES = ["string", "string[]", "number", "boolean", "date", "list", "map"];
var validFrontMatter = defineRule({
  id: "valid-front-matter",
  description: "Front matter must be a closed block of valid YAML mapping, without repeated keys, with the configured field types.",
  severity: "error",
  fixable: false,
  defaultOptions: { types: {} },
  messages: {
    unclosed: "The front matter opened on line 1 is never closed with `---`: Jekyll treats the whole file as text. Add a `---` line after the last field.",
    yamlError: "Front matter is not valid YAML: {message}. Jekyll publishes this post without its front matter, under the build date. Fix the YAML.",
    duplicateKey: "Key `{key}` appears more than once in the front matter; Jekyll keeps only the last value. Remove one.",
    notAMapping: "Front matter must be a mapping of `key: value` lines, not a {kind}.",
    wrongType: "`{field}` should be {expected}, not {actual}.",
    schema: "Front matter{path} {message} (JSON Schema)."
  },
  validateOptions(options) {
    const problems = [];
    const types = options.types;
    if (types !== void 0 && (typeof types !== "object" || types === null || Array.isArray(types))) problems.push("`types` must be a map of field name to type");
    else if (types) {
      for (const [field, type] of Object.entries(types)) {
        if (!FIELD_TYPES.includes(type)) problems.push(`\`types.${field}\` is \`${String(type)}\`; expected one of ${FIELD_TYPES.join(", ")}`);
      }
    }
    return problems;
  },
  check(context) {
    const fm = context.doc.frontMatter;
    if (!fm) return;
    if (!fm.block.closed) {
      context.report({ messageId: "unclosed", start: 0, end: 3 });
      return;
    }
    for (const error of fm.errors) {
      context.report({ messageId: "yamlError", data: { message: error.message.replace(/\s+at line \d+, column \d+:?$/, "") }, start: error.start, end: Math.max(error.start, error.end) });
    }
    for (const duplicate of fm.duplicateKeys) {
      const key = duplicateKeyAt(context.doc.read.ok ? context.doc.read.text : "", duplicate.start);
      context.report({ messageId: "duplicateKey", data: { key }, start: duplicate.start, end: duplicate.start + key.length, key });
    }
    if (fm.notAMapping) context.report({ messageId: "notAMapping", data: { kind: "list or a single value" }, start: fm.block.yamlStart, end: fm.block.yamlEnd });
    if (context.doc.kind !== "post" && context.doc.kind !== "draft") return;
    checkTypes(context, fm);
    if (context.options.schema) checkSchema(context, fm, context.options.schema);
  },
  examples: [
    { name: "ok", text: "---\ntitle: Fine\ntags: [a, b]\n---\nBody\n", options: { types: { tags: "string[]" } }, expect: [] },
    { name: "yaml-error", text: '---\ntitle: "broken\nlayout: post\n---\nBody\n', expect: ["2:8-2:15 yamlError"] },
    { name: "tab-indent", text: "---\ntags:\n	- a\n---\nBody\n", expect: ["3:1-3:2 yamlError"] },
    { name: "unclosed", text: "---\ntitle: never closed\n\nBody\n", expect: ["1:1-1:4 unclosed"] },
    { name: "duplicate-key", text: "---\ntitle: One\ntitle: Two\n---\nBody\n", expect: ["3:1-3:6 duplicateKey"] },
    { name: "wrong-type", text: '---\ntitle: T\ncomments: "yes"\n---\nBody\n', options: { types: { comments: "boolean" } }, expect: ["3:11-3:16 wrongType"] }
  ]
});
function duplicateKeyAt(text2, offset) {
  const m = /^[^:\n]+/.exec(text2.slice(offset));
  return m ? m[0].trim().replace(/^["']|["']$/g, "") : "?";
}
function checkTypes(context, fm) {
  for (const [field, expected] of Object.entries(context.options.types ?? {})) {
    if (!(field in context.doc.data)) continue;
    const value = context.doc.data[field];
    if (matchesType(value, expected)) continue;
    const entry = fm.tree?.entries.find((e) => e.key === field);
    const span = spanOf(entry);
    context.report({
      messageId: "wrongType",
      data: { field, expected: describeExpected(expected), actual: describeValue(value) },
      start: span.start,
      end: span.end,
      key: field
    });
  }
}
function checkSchema(context, fm, validate) {
  if (validate(context.doc.data)) return;
  for (const error of validate.errors ?? []) {
    const segments = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const node = nodeAt(fm.tree, segments);
    const span = node ?? { start: context.doc.frontMatter?.block.yamlStart ?? 0, end: context.doc.frontMatter?.block.yamlStart ?? 0 };
    const where = segments.length > 0 ? ` \`${segments.join(".")}\`` : "";
    context.report({ messageId: "schema", data: { path: where, message: error.message ?? "is invalid" }, start: span.start, end: span.end, key: `${error.instancePath} ${error.keyword}` });
  }
}
function nodeAt(tree, segments) {
  let node = tree;
  for (const segment of segments) {
    if (!node) return void 0;
    if (node.kind === "map") node = node.entries.find((e) => e.key === segment)?.value;
    else if (node.kind === "seq") node = node.items[Number(segment)];
    else return void 0;
  }
  return node ? { start: node.start, end: node.end } : void 0;
}
function spanOf(entry) {
  if (!entry) return { start: 0, end: 0 };
  if (entry.value) return { start: entry.value.start, end: entry.value.kind === "scalar" ? entry.value.end : entry.value.start };
  return { start: entry.keyStart, end: entry.keyEnd };
}
function matchesType(value, type) {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "string[]":
      return Array.isArray(value) && value.every((v) => typeof v === "string");
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "date":
      return value instanceof Date;
    case "list":
      return Array.isArray(value);
    case "map":
      return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
  }
}
function describeExpected(type) {
  return { string: "a string", "string[]": "a list of strings", number: "a number", boolean: "true or false", date: "a date (YYYY-MM-DD [HH:MM:SS +ZZZZ])", list: "a list", map: "a mapping" }[type];
}
function describeValue(value) {
  if (value === null || value === void 0) return "empty";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (typeof value === "object") return "a mapping";
  return `the ${typeof value} \`${String(value)}\``;
}

// src/rules/index.ts
var rules = [
  noMissingImage,
  noDeadInternalLink,
  noDeadRelatedPost,
  requiredFrontMatter,
  validFrontMatter,
  postFilename,
  readableFile,
  validConfig
];

// src/core/config.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import path8 from "node:path";

// src/themes/index.ts
import { existsSync, readFileSync as readFileSync4, realpathSync as realpathSync2, statSync } from "node:fs";
import path7 from "node:path";

// src/themes/chirpy.ts
import { readFileSync as readFileSync3 } from "node:fs";
import path6 from "node:path";

// src/themes/theme.ts
function againstPage(doc, value) {
  const base = doc.url ? doc.url.endsWith("/") ? doc.url : doc.url.slice(0, doc.url.lastIndexOf("/") + 1) : `/${doc.path.slice(0, doc.path.lastIndexOf("/") + 1)}`;
  return normalizeSitePath(base + value);
}
function normalizeSitePath(p) {
  const out = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return `/${out.join("/")}${p.endsWith("/") && out.length > 0 ? "/" : ""}`;
}
function pathOf(value) {
  const cut = value.search(/[?#]/);
  const raw = cut === -1 ? value : value.slice(0, cut);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

// src/themes/chirpy.ts
var chirpy = {
  id: "chirpy",
  name: "Chirpy",
  gems: /jekyll-theme-chirpy/i,
  signatureIncludes: ["_includes/media-url.html", "_includes/refactor-content.html"],
  resolvingIncludes: ["_includes/media-url.html", "_includes/refactor-content.html"],
  resolve({ site, doc }, ref, value) {
    if (!isChirpyImage(ref.source, ref.context, ref.kind)) return void 0;
    if (value.includes(":")) return { skip: "a URL or data: value (Chirpy uses it as is)" };
    if (ref.source !== "front-matter" && value.includes("//")) return { skip: "Chirpy leaves a src containing // alone" };
    const cdn = cdnPrefix(site);
    if (cdn === null) return { skip: "images are served from a CDN that is not this repository (set by `cdn:` in _config.yml)" };
    const subpath = stringValue(doc.data.media_subpath) ?? stringValue(doc.data.img_path) ?? "";
    const themed = normalizeSitePath(`${cdn}/${subpath}/${pathOf(value)}`);
    const readings = [{ label: subpath ? `Chirpy: media_subpath \`${subpath}\` + path` : "Chirpy: site root + path", sitePath: themed }];
    return { readings, ...subpath && value.startsWith("/") ? { unprefixed: normalizeSitePath(`${cdn}/${pathOf(value)}`) } : {} };
  }
};
function isChirpyImage(source, context, kind) {
  if (source === "front-matter") return /^image(\.path|\.lqip)?$/.test(context);
  if (kind !== "image") return false;
  if (/^include embed\/(video|audio)\.html\.(src|poster)$/.test(context)) return true;
  return context === "markdown image" || context === "markdown image definition" || context === "src";
}
function stringValue(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
var cdnCache = /* @__PURE__ */ new WeakMap();
function cdnPrefix(site) {
  const cached = cdnCache.get(site);
  if (cached !== void 0) return cached;
  const cdn = stringValue(site.config.data.cdn) ?? stringValue(site.config.data.img_cdn);
  let result = "";
  if (cdn) {
    const m = /^https?:\/\/(?:cdn|fastly|gcore|testingcf)\.jsdelivr\.net\/gh\/([^/]+)\/([^/@]+)(?:@[^/]+)?(\/.*)?$/i.exec(cdn);
    const repo = ownRepository(site.root);
    result = m && repo && repo.toLowerCase() === `${m[1]}/${m[2]}`.toLowerCase() ? (m[3] ?? "").replace(/\/+$/, "") : null;
  }
  cdnCache.set(site, result);
  return result;
}
function ownRepository(root) {
  if (process.env.GITHUB_REPOSITORY) return process.env.GITHUB_REPOSITORY;
  try {
    const config2 = readFileSync3(path6.join(root, ".git", "config"), "utf8");
    const m = /\[remote "origin"\][^[]*?url\s*=\s*(\S+)/.exec(config2);
    const url = m?.[1];
    const repo = url ? /[/:]([^/:]+\/[^/]+?)(?:\.git)?$/.exec(url)?.[1] : void 0;
    return repo;
  } catch {
    return void 0;
  }
}

// src/themes/hydejack.ts
var hydejack = {
  id: "hydejack",
  name: "Hydejack",
  gems: /hydejack/i,
  signatureIncludes: ["_includes/smart-url", "_includes/components/hy-img.html"],
  resolvingIncludes: ["_includes/smart-url", "_includes/components/hy-img.html"],
  resolve({ site, doc }, ref, value) {
    if (ref.source !== "front-matter" || !/^(image|accent_image)(\.|$)/.test(ref.context)) return void 0;
    if (value.includes("://") || value.startsWith("data:")) return { skip: "a URL (smart-url uses it as is)" };
    const p = pathOf(value);
    if (p.startsWith("/")) {
      const base = site.config.baseurl;
      const stripped = base && (p === base || p.startsWith(`${base}/`)) ? p.slice(base.length) || "/" : p;
      return { readings: [{ label: "Hydejack: root-relative (baseurl removed once)", sitePath: normalizeSitePath(stripped) }] };
    }
    return { readings: [{ label: "Hydejack: left to the browser, relative to the post URL", sitePath: againstPage(doc, p) }] };
  }
};

// src/themes/minima.ts
var minima = {
  id: "minima",
  name: "minima",
  gems: /^minima$|jekyll\/minima/i,
  signatureIncludes: [],
  resolvingIncludes: [],
  resolve(_context, ref, value) {
    if (ref.source !== "front-matter" || !/^image(\.path)?$/.test(ref.context)) return void 0;
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("//")) return { skip: "a URL" };
    return { readings: [{ label: "jekyll-seo-tag: absolute_url (site root)", sitePath: normalizeSitePath(`/${pathOf(value)}`) }] };
  }
};

// src/themes/minimal-mistakes.ts
var minimalMistakes = {
  id: "minimal-mistakes",
  name: "Minimal Mistakes",
  gems: /minimal-mistakes/i,
  signatureIncludes: ["_includes/page__hero.html", "_includes/archive-single.html"],
  resolvingIncludes: ["_includes/page__hero.html", "_includes/archive-single.html", "_includes/figure", "_includes/gallery", "_includes/seo.html"],
  resolve(_context, ref, value) {
    const themed = ref.source === "front-matter" ? isThemeField(ref.context) : ref.context.startsWith("include ");
    if (!themed) return void 0;
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("//")) return { skip: "a URL (relative_url leaves it as is)" };
    return { readings: [{ label: "Minimal Mistakes: relative_url (site root)", sitePath: normalizeSitePath(`/${pathOf(value)}`) }] };
  }
};
function isThemeField(keyPath) {
  const bare = keyPath.replace(/\[\d+\]/g, "");
  return /^header\.(image|teaser|overlay_image|og_image)$/.test(bare) || /\.image_path$/.test(bare) || bare === "image_path";
}

// src/themes/index.ts
var themes = [chirpy, minimalMistakes, hydejack, minima];
var THEME_NAMES = ["auto", "none", ...themes.map((t) => t.id)];
function detectTheme(root, config2, files, choice = "auto", hasPlugins = false) {
  const pluginNote = hasPlugins ? { uncertain: true, uncertainty: "the site has Ruby plugins in _plugins/, which can rewrite paths" } : { uncertain: false };
  if (choice === "none") return { profile: void 0, reason: "theme: none in .bloglint.yml", ...pluginNote };
  if (choice !== "auto") {
    const profile = themes.find((t) => t.id === choice);
    return { profile, reason: `theme: ${choice} in .bloglint.yml`, ...withOverride(profile, files, true, pluginNote) };
  }
  for (const [key, value] of [["remote_theme", config2.remoteTheme], ["theme", config2.theme]]) {
    if (!value) continue;
    const profile = themes.find((t) => t.gems.test(value));
    if (profile) return { profile, reason: `${key}: ${value} in _config.yml`, ...withOverride(profile, files, true, pluginNote) };
  }
  const gemfile = readOptional(root, "Gemfile");
  if (gemfile) {
    for (const profile of themes) {
      const m = /^\s*gem\s+["']([^"']+)["']/gm;
      for (let g = m.exec(gemfile); g; g = m.exec(gemfile)) {
        if (profile.gems.test(g[1])) return { profile, reason: `gem "${g[1]}" in the Gemfile`, ...withOverride(profile, files, true, pluginNote) };
      }
    }
  }
  for (const profile of themes) {
    const found = profile.signatureIncludes.find((f) => files.has(f));
    if (found) return { profile, reason: `${found} is in the site (a vendored copy of the theme)`, ...withOverride(profile, files, false, pluginNote) };
  }
  return { profile: void 0, reason: "no theme: or remote_theme: bloglint knows, no vendored theme include", ...pluginNote };
}
function withOverride(profile, files, fromGem, base) {
  if (!profile || !fromGem) return base;
  const overridden = profile.resolvingIncludes.find((f) => files.has(f));
  if (!overridden) return base;
  return { uncertain: true, uncertainty: `the site overrides the theme's ${overridden}${base.uncertainty ? `, and ${base.uncertainty}` : ""}` };
}
function readOptional(root, name) {
  try {
    const file = path7.join(root, name);
    if (!existsSync(file)) return void 0;
    const real = realpathSync2(file);
    if (!isInside(root, real) || !statSync(real).isFile() || statSync(real).size > 1024 * 1024) return void 0;
    return readFileSync4(real, "utf8");
  } catch {
    return void 0;
  }
}

// src/core/config.ts
var ConfigError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ConfigError";
  }
};
var CONFIG_FILES = [".bloglint.yml", ".bloglint.yaml"];
var TOP_LEVEL_KEYS = ["include", "ignore", "rules", "max-file-size", "max-yaml-aliases", "max-nesting", "jekyll", "theme", "remark-plugins"];
var SEVERITY_WORDS = { off: "off", "0": "off", false: "off", info: "info", warn: "warning", warning: "warning", "1": "warning", error: "error", "2": "error", true: "error", on: "error" };
async function loadConfig(root, rules2, explicitPath) {
  let file;
  let text2;
  if (explicitPath) {
    const absolute = path8.resolve(explicitPath);
    try {
      text2 = await readFile(absolute, "utf8");
    } catch (error) {
      throw new ConfigError(`cannot read the config file ${explicitPath} (${error.code ?? String(error)}); check the --config path.`);
    }
    file = path8.relative(root, absolute).split(path8.sep).join("/");
  } else {
    for (const name of CONFIG_FILES) {
      try {
        text2 = await readSettingsFile(root, name);
      } catch (error) {
        throw new ConfigError(`${name}: ${error.message}.`);
      }
      if (text2 !== void 0) {
        file = name;
        break;
      }
    }
  }
  let data = {};
  if (text2 !== void 0 && text2.trim() !== "") {
    const doc = (0, import_yaml4.parseDocument)(text2, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const where = e.linePos ? ` line ${e.linePos[0].line}, column ${e.linePos[0].col}` : "";
      throw new ConfigError(`${file}:${where}: not valid YAML: ${e.message.split("\n")[0]}`);
    }
    const value = doc.toJS({ maxAliasCount: 50 });
    if (value !== null && (typeof value !== "object" || Array.isArray(value))) throw new ConfigError(`${file}: must be a mapping of settings (${TOP_LEVEL_KEYS.join(", ")}).`);
    data = value ?? {};
  }
  return validateConfig(data, file, root, rules2);
}
async function validateConfig(data, file, root, rules2) {
  const where = file ?? "config";
  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL_KEYS.includes(key)) throw new ConfigError(`${where}: unknown key \`${key}\`; allowed keys are ${TOP_LEVEL_KEYS.join(", ")}.`);
  }
  const config2 = {
    file,
    include: globList(data.include, `${where}: include`),
    ignore: globList(data.ignore, `${where}: ignore`),
    rules: {},
    maxFileSize: parseSize(data["max-file-size"], `${where}: max-file-size`),
    maxYamlAliases: positiveInteger(data["max-yaml-aliases"], 100, 1e5, `${where}: max-yaml-aliases`),
    maxNesting: positiveInteger(data["max-nesting"], 100, 1e3, `${where}: max-nesting`),
    jekyll: void 0,
    theme: "auto",
    remarkPlugins: []
  };
  if (data.theme !== void 0) {
    if (typeof data.theme !== "string" || !THEME_NAMES.includes(data.theme)) throw new ConfigError(`${where}: \`theme\` must be one of ${THEME_NAMES.join(", ")}, not \`${String(data.theme)}\`.`);
    config2.theme = data.theme;
  }
  if (data.jekyll !== void 0) {
    if (data.jekyll !== 3 && data.jekyll !== 4) throw new ConfigError(`${where}: \`jekyll\` must be 3 or 4 (the major version that builds the site), not \`${String(data.jekyll)}\`.`);
    config2.jekyll = data.jekyll;
  }
  if (data["remark-plugins"] !== void 0) config2.remarkPlugins = pluginList(data["remark-plugins"], `${where}: remark-plugins`);
  const ruleData = data.rules ?? {};
  if (typeof ruleData !== "object" || ruleData === null || Array.isArray(ruleData)) throw new ConfigError(`${where}: \`rules\` must be a mapping of rule id to a severity or options.`);
  const known = new Map(rules2.map((r) => [r.id, r]));
  for (const id of Object.keys(ruleData)) {
    if (known.has(id)) continue;
    if (id.includes(":")) {
      config2.rules[id] = { severity: severityOf(ruleData[id], `${where}: rules.${id}`), explicit: true, options: {} };
      continue;
    }
    throw new ConfigError(`${where}: unknown rule \`${id}\` under rules; known rules are ${[...known.keys()].join(", ")} (and \`plugin:rule\` ids of remark-plugins).`);
  }
  for (const rule of rules2) {
    const raw = ruleData[rule.id];
    config2.rules[rule.id] = await ruleSetting(rule, raw, `${where}: rules.${rule.id}`, root);
  }
  return config2;
}
async function ruleSetting(rule, raw, where, root) {
  const defaults = { ...rule.defaultOptions };
  if (raw === void 0 || raw === null) return { severity: rule.severity, explicit: false, options: defaults };
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") {
    return { severity: severityOf(raw, where), explicit: true, options: defaults };
  }
  if (Array.isArray(raw) && raw.length === 2 && typeof raw[1] === "object") {
    return ruleSetting(rule, { ...raw[1], severity: raw[0] }, where, root);
  }
  if (typeof raw !== "object" || Array.isArray(raw)) throw new ConfigError(`${where}: must be a severity (off, info, warn, error) or a mapping of options.`);
  const { severity, ...options } = raw;
  const allowed = [...Object.keys(defaults), "schema", "severity"];
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key) || key === "schema" && rule.id !== "valid-front-matter") {
      throw new ConfigError(`${where}: unknown option \`${key}\`; this rule takes ${allowed.filter((k) => k !== "schema" || rule.id === "valid-front-matter").join(", ")}.`);
    }
  }
  const problems = rule.validateOptions?.(options) ?? [];
  if (problems.length > 0) throw new ConfigError(`${where}: ${problems.join("; ")}.`);
  const merged = { ...defaults, ...options };
  if (typeof options.schema === "string") merged.schema = await compileSchema(root, options.schema, `${where}.schema`);
  return { severity: severity === void 0 ? rule.severity : severityOf(severity, `${where}.severity`), explicit: severity !== void 0, options: merged };
}
function severityOf(raw, where) {
  const value = SEVERITY_WORDS[String(raw).toLowerCase()];
  if (!value) throw new ConfigError(`${where}: \`${String(raw)}\` is not a severity; use off, info, warn or error.`);
  return value;
}
function globList(raw, where) {
  if (raw === void 0 || raw === null) return [];
  const list2 = typeof raw === "string" ? [raw] : raw;
  if (!Array.isArray(list2) || !list2.every((g) => typeof g === "string")) throw new ConfigError(`${where}: must be a list of globs.`);
  return list2;
}
function pluginList(raw, where) {
  if (!Array.isArray(raw)) throw new ConfigError(`${where}: must be a list of package names (or [name, options]).`);
  return raw.map((entry) => {
    if (typeof entry === "string") return entry;
    if (Array.isArray(entry) && typeof entry[0] === "string") return [entry[0], entry[1]];
    throw new ConfigError(`${where}: \`${JSON.stringify(entry)}\` is not a package name or [name, options].`);
  });
}
function positiveInteger(raw, fallback, max, where) {
  if (raw === void 0 || raw === null) return fallback;
  if (typeof raw !== "number" || !Number.isInteger(raw) || raw < 1 || raw > max) throw new ConfigError(`${where}: must be a whole number from 1 to ${max}, not \`${String(raw)}\`.`);
  return raw;
}
function parseSize(raw, where) {
  if (raw === void 0 || raw === null) return 10 * 1024 * 1024;
  if (typeof raw === "number" && raw > 0) return raw;
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(String(raw).trim());
  if (!m) throw new ConfigError(`${where}: \`${String(raw)}\` is not a size; write it like 10MB or 500KB.`);
  const unit = (m[2] ?? "b").toLowerCase();
  return Math.round(Number(m[1]) * { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[unit]);
}
async function compileSchema(root, schemaPath, where) {
  let json;
  let text2;
  try {
    text2 = await readSettingsFile(root, schemaPath);
  } catch (error) {
    throw new ConfigError(`${where}: ${error.message}.`);
  }
  if (text2 === void 0) throw new ConfigError(`${where}: the JSON Schema \`${schemaPath}\` does not exist (paths are relative to the blog root).`);
  try {
    json = JSON.parse(text2);
  } catch {
    throw new ConfigError(`${where}: \`${schemaPath}\` is not valid JSON.`);
  }
  const ajvModule = await import("./chunks/cli-ajv-XSTVA7WU.js");
  const Ajv = ajvModule.Ajv ?? ajvModule.default.Ajv;
  const addFormats = (await import("./chunks/cli-dist-GGOXDCMY.js")).default;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  try {
    return ajv.compile(json);
  } catch (error) {
    throw new ConfigError(`${where}: \`${schemaPath}\` is not a valid JSON Schema (${error.message}).`);
  }
}

// src/core/lint.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/core/finding.ts
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

// src/core/suppressions.ts
var DIRECTIVE = /^\s*bloglint-(disable-next-line|disable-line|disable|enable)\b([^\n]*)$/;
function readSuppressions(comments, frontMatterText, frontMatterStart, location) {
  const directives = [];
  for (const comment2 of comments) {
    const d = parseDirective(comment2.text.trim().replace(/-+$/, ""));
    if (d) directives.push({ ...d, line: location.toPoint(Math.max(comment2.start, comment2.end - 1)).line });
  }
  const yamlComment = /#\s*(bloglint-[^\n]*)/g;
  for (let m = yamlComment.exec(frontMatterText); m; m = yamlComment.exec(frontMatterText)) {
    const d = parseDirective(m[1]);
    if (d) directives.push({ ...d, line: location.toPoint(frontMatterStart + m.index).line });
  }
  if (directives.length === 0) return { isSuppressed: () => false };
  directives.sort((a, b) => a.line - b.line);
  return {
    isSuppressed(rule, line) {
      let disabled = false;
      for (const d of directives) {
        const applies = d.rules === "all" || d.rules.includes(rule);
        if (!applies) continue;
        if (d.kind === "disable-line" && d.line === line) return true;
        if (d.kind === "disable-next-line" && d.line + 1 === line) return true;
        if (d.line > line) continue;
        if (d.kind === "disable") disabled = true;
        else if (d.kind === "enable") disabled = false;
      }
      return disabled;
    }
  };
}
function parseDirective(text2) {
  const m = DIRECTIVE.exec(text2);
  if (!m) return void 0;
  const list2 = m[2].replace(/--.*$/, "").split(/[\s,]+/).filter(Boolean);
  return { kind: m[1], rules: list2.length === 0 ? "all" : list2 };
}

// src/core/lint.ts
function documentsToLint(site, config2, only) {
  const include = config2.include.length > 0 ? (0, import_picomatch.default)(config2.include, { dot: true }) : void 0;
  const ignore = config2.ignore.length > 0 ? (0, import_picomatch.default)(config2.ignore, { dot: true }) : void 0;
  const onlySet = only ? new Set(only) : void 0;
  return [...site.documents.values()].filter((doc) => onlySet ? onlySet.has(doc.path) : true).filter((doc) => include ? include(doc.path) : true).filter((doc) => !(ignore && ignore(doc.path))).filter((doc) => doc.kind !== "page" || doc.isMarkdown || /\.html?$/i.test(doc.path)).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function lint(site, options) {
  const { rules: rules2, config: config2 } = options;
  const findings = [];
  const docs = documentsToLint(site, config2, options.only);
  planQuestions(site, docs.length);
  const onlySet = options.only ? new Set(options.only) : void 0;
  const ignore = config2.ignore.length > 0 ? (0, import_picomatch.default)(config2.ignore, { dot: true }) : void 0;
  const enabled = rules2.filter((rule) => setting(config2, rule).severity !== "off");
  for (const doc of docs) {
    let location;
    const locate = () => location ??= new Location(doc.read.ok ? doc.read.text : "");
    let keepText = false;
    let suppressions;
    const getSuppressions = () => {
      if (!suppressions) {
        const scan2 = scanDocument(doc);
        const block2 = doc.frontMatter?.block;
        suppressions = readSuppressions(scan2.comments, block2 ? locate().text.slice(block2.yamlStart, block2.yamlEnd) : "", block2?.yamlStart ?? 0, locate());
      }
      return suppressions;
    };
    for (const rule of enabled) {
      if (!rule.check || rule.appliesTo && !rule.appliesTo(doc)) continue;
      if (!doc.read.ok && rule.id !== "readable-file") continue;
      const ruleSetting2 = setting(config2, rule);
      rule.check({
        site,
        doc,
        options: ruleSetting2.options,
        scan: () => scanDocument(doc),
        report: (report) => {
          const finding = toFinding(rule, ruleSetting2, doc.path, locate(), report);
          if (getSuppressions().isSuppressed(rule.id, finding.range.start.line)) return;
          findings.push(finding);
          keepText ||= finding.fix !== void 0 || finding.suggestions !== void 0;
        }
      });
    }
    if (options.inspect && doc.read.ok) options.inspect(doc, scanDocument(doc), site);
    releaseScan(doc);
    if (!keepText && doc.read.ok) doc.read.release?.();
  }
  for (const rule of enabled) {
    if (!rule.checkSite) continue;
    const ruleSetting2 = setting(config2, rule);
    rule.checkSite({
      site,
      options: ruleSetting2.options,
      report: (report) => {
        if (onlySet && !onlySet.has(report.file)) return;
        if (ignore && ignore(report.file)) return;
        findings.push(toFinding(rule, ruleSetting2, report.file, new Location(report.text ?? ""), report));
      }
    });
  }
  return { findings: finalizeFindings(findings), filesChecked: docs.length, checked: docs.map((d) => d.path) };
}
function setting(config2, rule) {
  return config2.rules[rule.id] ?? { severity: rule.severity, explicit: false, options: rule.defaultOptions };
}
function toFinding(rule, ruleSetting2, file, location, report) {
  const data = report.data ?? {};
  const severity = ruleSetting2.explicit ? ruleSetting2.severity : report.severity ?? ruleSetting2.severity;
  const template = rule.messages[report.messageId];
  if (template === void 0) throw new Error(`rule ${rule.id} reported unknown messageId ${report.messageId}`);
  const finding = {
    file,
    range: location.toRange(report.start, report.end),
    rule: rule.id,
    messageId: report.messageId,
    severity,
    message: renderMessage(template, data),
    data,
    url: ruleUrl(rule.id),
    fingerprint: fingerprint(rule.id, file, report.messageId, report.key ?? `${report.start}`)
  };
  if ("fix" in report && report.fix) finding.fix = toFix(location, report.fix);
  if ("suggestions" in report && report.suggestions) finding.suggestions = report.suggestions.map((s) => ({ message: s.message, fix: toFix(location, s.edit) }));
  return finding;
}
function toFix(location, edit) {
  return { range: location.toRange(edit.start, edit.end), text: edit.text };
}
function finalizeFindings(findings) {
  findings.sort(compareFindings);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const prints = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const identity = `${f.file}\0${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}\0${f.rule}\0${f.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    const n = prints.get(f.fingerprint) ?? 0;
    prints.set(f.fingerprint, n + 1);
    if (n > 0) f.fingerprint = `${f.fingerprint}-${n}`;
    out.push(f);
  }
  return out;
}

// src/core/site.ts
import { closeSync as closeSync4, openSync as openSync4, readSync as readSync3 } from "node:fs";
import { open as open2 } from "node:fs/promises";
import path10 from "node:path";

// src/core/parse-workers.ts
import os from "node:os";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

// src/core/packed-scan.ts
var KINDS = ["image", "link"];
var SOURCES = ["markdown", "html", "front-matter", "liquid-tag"];
var FIELDS = 5;
function packScan(scan2) {
  const refs = [...scan2.body, ...scan2.frontMatter];
  const numbers = new Int32Array(refs.length * FIELDS);
  const strings2 = new Array(refs.length * 2);
  const contexts = [];
  const contextIndex = /* @__PURE__ */ new Map();
  refs.forEach((ref, i) => {
    let context = contextIndex.get(ref.context);
    if (context === void 0) {
      context = contexts.push(ref.context) - 1;
      contextIndex.set(ref.context, context);
    }
    numbers.set([KINDS.indexOf(ref.kind), SOURCES.indexOf(ref.source), ref.start, ref.end, context], i * FIELDS);
    strings2[i * 2] = ref.raw;
    strings2[i * 2 + 1] = ref.value === ref.raw ? null : ref.value;
  });
  const anchorNumbers = new Int32Array(scan2.anchors.length * 2);
  scan2.anchors.forEach((anchor, i) => anchorNumbers.set([anchor.start, anchor.end], i * 2));
  return {
    numbers,
    strings: strings2,
    contexts,
    bodyCount: scan2.body.length,
    anchorNumbers,
    anchorIds: scan2.anchors.map((a) => a.id),
    comments: scan2.comments,
    bodyStart: scan2.bodyStart,
    ...scan2.tooDeep ? { tooDeep: scan2.tooDeep } : {}
  };
}
function unpackScan(packed) {
  const { numbers, strings: strings2, contexts } = packed;
  const refs = [];
  for (let i = 0; i < numbers.length / FIELDS; i++) {
    const at = i * FIELDS;
    const raw = strings2[i * 2];
    refs.push({ kind: KINDS[numbers[at]], source: SOURCES[numbers[at + 1]], raw, value: strings2[i * 2 + 1] ?? raw, start: numbers[at + 2], end: numbers[at + 3], context: contexts[numbers[at + 4]] });
  }
  const anchors = packed.anchorIds.map((id, i) => ({ id, start: packed.anchorNumbers[i * 2], end: packed.anchorNumbers[i * 2 + 1] }));
  return {
    body: refs.slice(0, packed.bodyCount),
    frontMatter: refs.slice(packed.bodyCount),
    anchors,
    comments: packed.comments,
    bodyStart: packed.bodyStart,
    ...packed.tooDeep ? { tooDeep: packed.tooDeep } : {}
  };
}

// src/core/parse-workers.ts
var BATCH = 200;
var IN_FLIGHT = 2;
var MIN_JOBS_FOR_WORKERS = 2e3;
var WORKER_YOUNG_GENERATION_MB = 8;
function workerCount(forced, jobs) {
  if (!isBundled()) return 1;
  if (forced !== void 0) return Math.max(1, Math.min(forced, 16, 4 * availableCores()));
  return defaultThreads(jobs, availableCores());
}
function defaultThreads(jobs, cores) {
  if (jobs < MIN_JOBS_FOR_WORKERS || cores < 2) return 1;
  return Math.min(4, cores);
}
function availableCores() {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}
function isBundled() {
  return true;
}
var ThreadedLoader = class {
  constructor(root, config2, limits, now, scan2, threads) {
    this.root = root;
    this.limits = limits;
    this.now = now;
    this.setup = { config: { defaults: config2.defaults, permalink: config2.permalink, timezone: config2.timezone, collections: config2.collections, future: config2.future }, limits, now: now.getTime(), scan: scan2 };
    for (let w = 1; w < threads; w++) this.startWorker();
  }
  root;
  limits;
  now;
  setup;
  batches = [];
  filling = [];
  taken = 0;
  orphaned = [];
  results = /* @__PURE__ */ new Map();
  pending = /* @__PURE__ */ new Set();
  workers = [];
  /** Threads loading documents: this one and the workers that could be started. */
  get threads() {
    return 1 + this.workers.length;
  }
  /** Queues jobs; the first full batches go to the workers at once. */
  add(jobs) {
    for (const job of jobs) {
      this.filling.push(job);
      if (this.filling.length >= BATCH) this.closeBatch();
    }
  }
  /** Loads everything queued, on this thread too, and returns the documents by path. */
  async finish() {
    if (this.filling.length > 0) this.closeBatch();
    for (const { worker, held, retire } of this.workers) {
      while (held.size < IN_FLIGHT && this.give(worker, held)) ;
      if (held.size === 0) retire();
    }
    try {
      for (; ; ) {
        const batch = this.take();
        if (batch !== void 0) {
          this.results.set(batch, loadBatch(this.batches[batch], this.setup.config, this.limits, this.now, this.setup.scan));
          await new Promise((resolve) => setImmediate(resolve));
          continue;
        }
        if (this.pending.size === 0) break;
        await Promise.race(this.pending);
      }
      if (this.results.size !== this.batches.length) throw new Error(`loaded ${this.results.size} of ${this.batches.length} batches of documents`);
      const byPath = /* @__PURE__ */ new Map();
      for (const batch of this.results.values()) for (const loaded of batch) byPath.set(loaded.doc.path, loaded);
      return byPath;
    } finally {
      for (const { worker } of this.workers) void worker.terminate();
    }
  }
  closeBatch() {
    this.batches.push(this.filling);
    this.filling = [];
    for (const { worker, held } of this.workers) if (held.size < IN_FLIGHT && this.give(worker, held)) break;
  }
  take() {
    if (this.orphaned.length > 0) return this.orphaned.shift();
    return this.taken < this.batches.length ? this.taken++ : void 0;
  }
  give(worker, held) {
    const batch = this.take();
    if (batch === void 0) return false;
    held.add(batch);
    worker.postMessage({ batch, jobs: this.batches[batch] });
    return true;
  }
  startWorker() {
    let worker;
    try {
      worker = new Worker(new URL(import.meta.url), { workerData: { bloglintParse: this.setup }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    } catch {
      return;
    }
    const held = /* @__PURE__ */ new Set();
    let retire = () => {
    };
    const done = new Promise((resolve) => {
      retire = () => {
        worker.postMessage({ done: true });
        resolve();
      };
      const finish2 = () => {
        this.orphaned.push(...held);
        held.clear();
        resolve();
      };
      worker.on("message", (out) => {
        held.delete(out.batch);
        this.results.set(out.batch, out.loaded.map((item) => fromWorker(item, this.root, this.limits)));
        this.give(worker, held);
        if (held.size === 0) retire();
      });
      worker.once("error", finish2);
      worker.once("exit", finish2);
    });
    this.workers.push({ worker, held, retire });
    this.pending.add(done);
    void done.then(() => this.pending.delete(done));
  }
};
function fromWorker(item, root, limits) {
  const { doc, packed, entry, stamp } = item;
  if ((doc.partial || packed) && doc.read.ok) doc.read = releasedTextFile(root, doc.path, limits, doc.read);
  const cached = entry ? { entry, ...stamp ? { stamp } : {} } : {};
  if (!packed) return { doc, scan: void 0, ...cached };
  releaseTree(doc, limits);
  return { doc, scan: void 0, lazyScan: () => unpackScan(packed), ...cached };
}
async function runParseWorkerIfAny() {
  if (isMainThread || !workerData?.bloglintParse) return false;
  const setup = workerData.bloglintParse;
  const now = new Date(setup.now);
  parentPort.on("message", (message) => {
    if ("done" in message) {
      parentPort.close();
      return;
    }
    const loaded = [];
    for (const item of loadBatch(message.jobs, setup.config, setup.limits, now, setup.scan)) {
      if ((item.scan || item.doc.partial) && item.doc.read.ok) item.doc.read = { ok: true, text: "", hasBom: item.doc.read.hasBom, bytes: item.doc.read.bytes };
      if (item.scan && item.doc.frontMatter) item.doc.frontMatter = withoutTree(item.doc.frontMatter);
      loaded.push({ doc: item.doc, packed: item.scan ? packScan(item.scan) : void 0, entry: item.entry, stamp: item.stamp });
    }
    parentPort.postMessage({ batch: message.batch, loaded });
  });
  return true;
}

// src/core/file-list.ts
var FileList = class {
  paths = [];
  sorted = true;
  set;
  constructor(paths = []) {
    for (const path15 of paths) this.push(path15);
  }
  /** Adds a path after those already added (the walk's order). */
  push(path15) {
    const paths = this.paths;
    if (this.sorted && paths.length > 0 && !(paths[paths.length - 1] < path15)) this.sorted = false;
    paths.push(path15);
    this.set?.add(path15);
  }
  has(path15) {
    if (!this.sorted) return (this.set ??= new Set(this.paths)).has(path15);
    const at = this.firstAtOrAfter(path15);
    return this.paths[at] === path15;
  }
  /** Whether some path starts with `prefix`. */
  hasUnder(prefix) {
    if (!this.sorted) return this.paths.some((path15) => path15.startsWith(prefix));
    return this.paths[this.firstAtOrAfter(prefix)]?.startsWith(prefix) ?? false;
  }
  get size() {
    return this.paths.length;
  }
  forEach(callback, thisArg) {
    for (const path15 of this.paths) callback.call(thisArg, path15, path15, this);
  }
  *entries() {
    for (const path15 of this.paths) yield [path15, path15];
  }
  keys() {
    return this.values();
  }
  *values() {
    yield* this.paths;
  }
  [Symbol.iterator]() {
    return this.values();
  }
  /** The index of the first path not below `path` in code-unit order (binary search). */
  firstAtOrAfter(path15) {
    const paths = this.paths;
    let low = 0;
    let high = paths.length;
    while (low < high) {
      const mid = low + high >>> 1;
      if (paths[mid] < path15) low = mid + 1;
      else high = mid;
    }
    return low;
  }
};

// src/core/fnmatch.ts
function fnmatch(pattern, path15) {
  return fnmatchRegExp(pattern).test(path15);
}
function fnmatchRegExp(pattern) {
  let cached = cache3.get(pattern);
  if (!cached) {
    cached = compile2(pattern);
    cache3.set(pattern, cached);
  }
  return cached;
}
var cache3 = /* @__PURE__ */ new Map();
function compile2(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "\\" && i + 1 < pattern.length) re += escape3(pattern[++i]);
    else if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close === -1) re += "\\[";
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else re += escape3(c);
  }
  return new RegExp(`^${re}$`, "s");
}
function escape3(c) {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

// src/core/jekyll-version.ts
async function detectJekyllMajor(root) {
  const lock = await readOptional2(root, "Gemfile.lock");
  if (lock) {
    const m = /^\s{4}jekyll \((\d+)\./m.exec(lock);
    if (m) return m[1] === "3" ? 3 : 4;
  }
  const gemfile = await readOptional2(root, "Gemfile");
  if (gemfile) {
    if (/^\s*gem\s+["']github-pages["']/m.test(gemfile)) return 3;
    const m = /^\s*gem\s+["']jekyll["']\s*,\s*["'][~>=\s]*(\d+)/m.exec(gemfile);
    if (m) return m[1] === "3" ? 3 : 4;
  }
  return 3;
}
async function readOptional2(root, name) {
  try {
    return await readSettingsFile(root, name);
  } catch {
    return void 0;
  }
}

// src/core/walk.ts
import { readdirSync, realpathSync as realpathSync3, statSync as statSync2 } from "node:fs";
import path9 from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "_site", ".jekyll-cache", ".jekyll-metadata", ".sass-cache", "node_modules", ".bundle", ".bloglint-cache"]);
async function walkTree(root) {
  const files = [];
  const problems = [];
  walkFolders(root, Infinity, (piece) => {
    for (const file of piece.files) files.push(file);
    for (const problem of piece.problems) problems.push(problem);
  });
  return { files, problems: sortProblems(problems) };
}
function sortProblems(problems) {
  return problems.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
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
    target = realpathSync3(linkPath);
  } catch (error) {
    const code2 = error.code;
    problems.push({ path: relPath, message: code2 === "ELOOP" ? "is a symlink loop; remove it." : "is a dangling symlink; its target does not exist." });
    return void 0;
  }
  if (!isInside(root, target)) {
    problems.push({ path: relPath, message: "is a symlink that points outside the site root; bloglint does not follow it and GitHub Pages (safe mode) does not publish it." });
    return void 0;
  }
  let info;
  try {
    info = statSync2(target);
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
  return path9.sep === "/" ? folder.endsWith("/") ? folder + name : `${folder}/${name}` : path9.join(folder, name);
}
function invalidUtf8Names(abs) {
  const out = /* @__PURE__ */ new Set();
  for (const raw of readdirSync(abs, { encoding: "buffer" })) {
    const name = raw.toString("utf8");
    if (!Buffer.from(name, "utf8").equals(raw)) out.add(name);
  }
  return out;
}

// src/core/walk-thread.ts
import { Worker as Worker2 } from "node:worker_threads";
var FLUSH_AT = 1024;
var WalkThread = class {
  /**
   * Starts the thread (throws when no thread can be had).
   * @param root absolute real path of the site root
   * @param url the walk thread's code (dist/tree-worker.js)
   * @param flushAt files per piece
   */
  constructor(root, url, flushAt = FLUSH_AT) {
    this.root = root;
    this.worker = new Worker2(url, { workerData: { root, flushAt } });
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
function dropEarlyWalk() {
  const store = globalThis;
  const thread = store[EARLY];
  delete store[EARLY];
  if (thread) void thread.worker.terminate();
}
function takeEarlyWalk(root) {
  const store = globalThis;
  const thread = store[EARLY];
  delete store[EARLY];
  if (!thread) return void 0;
  if (thread.root !== root) {
    void thread.worker.terminate();
    return void 0;
  }
  thread.worker.ref();
  return thread;
}

// src/core/tree-walk.ts
function bundledWorker() {
  return true ? new URL("./tree-worker.js", import.meta.url) : void 0;
}
function startWalk(root, worker = bundledWorker()) {
  const early = takeEarlyWalk(root);
  if (early) return new TreeWalk(root, early, true);
  let thread;
  try {
    thread = worker ? new WalkThread(root, worker) : void 0;
  } catch {
    thread = void 0;
  }
  return new TreeWalk(root, thread, false);
}
var TreeWalk = class {
  /**
   * @param root absolute real path of the site root
   * @param thread the walk thread, none to walk on this thread
   * @param early whether the entry started the thread (`startEarlyWalk`)
   */
  constructor(root, thread, early) {
    this.root = root;
    this.thread = thread;
    this.early = early;
    thread?.listen((event) => this.arrived("error" in event ? event.error : event.message));
  }
  root;
  thread;
  early;
  pieces = [];
  wake;
  /** Whether the whole walk was given by the thread (false once it ran here, or part of it did). */
  threaded = false;
  arrived(piece) {
    this.pieces.push(piece);
    this.wake?.();
    this.wake = void 0;
  }
  async *[Symbol.asyncIterator]() {
    let given = 0;
    const problemsGiven = /* @__PURE__ */ new Set();
    if (this.thread) {
      for (; ; ) {
        if (this.pieces.length === 0) await new Promise((resolve) => this.wake = resolve);
        const piece = this.pieces.shift();
        if (piece === "done") {
          this.threaded = true;
          return;
        }
        if (piece instanceof Error) break;
        given += piece.files.length;
        for (const problem of piece.problems) problemsGiven.add(`${problem.path}\0${problem.message}`);
        yield piece;
      }
    }
    const rest = await walkTree(this.root);
    yield { files: rest.files.slice(given), problems: rest.problems.filter((problem) => !problemsGiven.has(`${problem.path}\0${problem.message}`)) };
  }
  /** Stops the thread, if the walk was not read to its end. */
  close() {
    void this.thread?.worker.terminate();
  }
};

// src/core/published-urls.ts
var PublishedUrls = class {
  /** URL without its leading `/` -> its target, or the source path of the static file published there. */
  #byTail = /* @__PURE__ */ new Map();
  get size() {
    return this.#byTail.size;
  }
  get(url) {
    if (url.charCodeAt(0) !== 47) return void 0;
    const tail = url.slice(1);
    const entry = this.#byTail.get(tail);
    if (typeof entry !== "string") return entry;
    const target = { url: `/${entry.slice(entry.length - tail.length)}`, path: entry, kind: "static" };
    this.#byTail.set(tail, target);
    return target;
  }
  has(url) {
    return url.charCodeAt(0) === 47 && this.#byTail.has(url.slice(1));
  }
  /** Whether only static files are registered so far (`addStatic`). */
  #staticsOnly = true;
  /** Registers `target` at `url` (its own URL, or the `index.html` alias of a directory URL) unless that URL is taken. */
  add(url, target) {
    this.#staticsOnly = false;
    const tail = url.slice(1);
    if (!this.#byTail.has(tail)) this.#byTail.set(tail, target);
  }
  /**
   * Registers the static file `path`, published at `/` + `tail` (its path below the source), unless
   * that URL is taken. Each static file is registered once and its tail is its own path, so while
   * only static files are registered (most of a site's 85,000 URLs, which come first) no URL can be
   * taken, and the lookup before the insert is skipped (about 15 ms of a 10,000-post blog's run).
   */
  addStatic(tail, path15) {
    if (this.#staticsOnly || !this.#byTail.has(tail)) this.#byTail.set(tail, path15);
  }
  /**
   * Calls `visit` with each registration as kept (a target, or a static file's source path; the
   * URL tail), in registration order: for passes that should not allocate (`Map#forEach` makes no
   * entry arrays: a first pass over 85,000 URLs took 2 ms, against 10-18 ms for `for...of`).
   */
  forEachTail(visit) {
    this.#byTail.forEach(visit);
  }
  *entries() {
    for (const [tail, entry] of this.#byTail) {
      const url = `/${tail}`;
      yield [url, typeof entry === "string" ? { url, path: entry, kind: "static" } : entry];
    }
  }
  *keys() {
    for (const tail of this.#byTail.keys()) yield `/${tail}`;
  }
  *values() {
    for (const [, target] of this.entries()) yield target;
  }
  forEach(callback) {
    for (const [url, target] of this.entries()) callback(target, url, this);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};

// src/core/plugin-pages.ts
var KNOWN_PLUGINS = ["jekyll-feed", "jekyll-sitemap", "jekyll-redirect-from", "jekyll-archives", "jekyll-paginate", "jekyll-readme-index"];
var THEME_PLUGINS = {
  minima: ["jekyll-feed"],
  "jekyll-theme-chirpy": ["jekyll-archives", "jekyll-paginate", "jekyll-redirect-from", "jekyll-sitemap"],
  "minimal-mistakes-jekyll": ["jekyll-feed", "jekyll-paginate", "jekyll-sitemap"]
};
async function activePlugins(root, config2, jekyllMajor) {
  const bundled = /* @__PURE__ */ new Set();
  for (const [file, gem] of [
    ["Gemfile", /^\s*gem\s+["']([\w.-]+)["']/gm],
    ["Gemfile.lock", /^ {4}([\w.-]+) \(/gm]
  ]) {
    const text2 = await readSettingsFile(root, file).catch(() => void 0);
    if (text2) for (const m of text2.matchAll(gem)) bundled.add(m[1]);
  }
  for (const plugin of config2.theme ? THEME_PLUGINS[config2.theme] ?? [] : []) bundled.add(plugin);
  const named = /* @__PURE__ */ new Set([...config2.plugins, ...bundled]);
  if (jekyllMajor === 3) {
    named.add("jekyll-paginate");
    named.add("jekyll-readme-index");
    if (!bundled.has("jekyll-archives")) named.delete("jekyll-archives");
  }
  return new Set(KNOWN_PLUGINS.filter((plugin) => named.has(plugin)));
}
function pluginPages(site, plugins) {
  const pages = [];
  const add2 = (plugin, url) => {
    pages.push({ plugin, url: cleanUrl(url) });
  };
  const posts = site.posts.filter((post) => post.url !== void 0);
  const sourcePrefix = sourcePrefixOf(site.config);
  const rel = (doc) => doc.path.startsWith(sourcePrefix) ? doc.path.slice(sourcePrefix.length) : doc.path;
  if (plugins.has("jekyll-feed")) for (const url of feedUrls(site.config, posts)) add2("jekyll-feed", url);
  if (plugins.has("jekyll-sitemap")) {
    add2("jekyll-sitemap", "/sitemap.xml");
    add2("jekyll-sitemap", "/robots.txt");
  }
  if (plugins.has("jekyll-redirect-from")) {
    for (const doc of site.documents.values()) {
      if (doc.url === void 0) continue;
      for (const from of redirectFrom(doc.data.redirect_from)) {
        add2("jekyll-redirect-from", from);
        if (!/\.[^/]*$/.test(from) && !from.endsWith("/")) add2("jekyll-redirect-from", `${from}.html`);
      }
    }
    add2("jekyll-redirect-from", "/redirects.json");
  }
  if (plugins.has("jekyll-archives")) for (const url of archiveUrls(site.config, posts, rel)) add2("jekyll-archives", url);
  if (plugins.has("jekyll-paginate")) for (const url of paginatedUrls(site.config, posts, [...site.documents.values()].filter((d) => d.kind === "page").map(rel))) add2("jekyll-paginate", url);
  return pages;
}
function cleanUrl(url) {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
  }
  return `/${decoded}`.replace(/\/{2,}/g, "/");
}
function record(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function strings(value) {
  const list2 = Array.isArray(value) ? value.flat(Infinity) : value === void 0 || value === null ? [] : [value];
  return list2.filter((v) => typeof v === "string" || typeof v === "number").map(String);
}
function feedUrls(config2, posts) {
  const feed = record(config2.data.feed);
  const listed = feed.collections;
  const collections = Array.isArray(listed) ? Object.fromEntries(strings(listed).map((name) => [name, {}])) : Object.fromEntries(Object.entries(record(listed)).map(([name, meta]) => [name, record(meta)]));
  const postsMeta = collections.posts = { ...collections.posts ?? {} };
  postsMeta.path ??= feed.path;
  postsMeta.categories ??= feed.categories;
  const urls = [];
  for (const [name, meta] of Object.entries(collections)) {
    const prefix = name === "posts" ? "/feed" : `/feed/${name}`;
    for (const category of new Set(strings(meta.categories))) urls.push(`${prefix}/${category}.xml`);
    urls.push(typeof meta.path === "string" && meta.path !== "" ? meta.path : `${prefix}.xml`);
  }
  if (feed.tags !== void 0 && feed.tags !== null && feed.tags !== false) {
    const options = record(feed.tags);
    const all = [...new Set(posts.flatMap((post) => postTags(post.data)))];
    const except = new Set(strings(options.except));
    const path15 = typeof options.path === "string" ? options.path : "/feed/by_tag/";
    for (const tag of options.only !== void 0 ? strings(options.only) : all) if (!except.has(tag) && /^[A-Za-z0-9_]+$/.test(tag)) urls.push(`${path15}${tag}.xml`);
  }
  return urls;
}
function redirectFrom(value) {
  const list2 = typeof value === "string" ? [value] : Array.isArray(value) ? value.flat(Infinity) : [];
  return list2.filter((from) => typeof from === "string" && from !== "").map((from) => from.startsWith("/") ? from : `/${from}`);
}
var ARCHIVE_PERMALINKS = { year: "/:year/", month: "/:year/:month/", day: "/:year/:month/:day/", tag: "/tag/:name/", category: "/category/:name/" };
function archiveUrls(config2, posts, rel) {
  const settings = record(config2.data["jekyll-archives"]);
  const enabled = settings.enabled;
  const on = (...names) => enabled === true || enabled === "all" || Array.isArray(enabled) && names.some((name) => enabled.includes(name));
  const permalinks = { ...ARCHIVE_PERMALINKS, ...Object.fromEntries(Object.entries(record(settings.permalinks)).filter(([, v]) => typeof v === "string")) };
  const fill = (type, values) => permalinks[type].replace(/:(name|type|year|month|day)/g, (_, key) => key === "type" ? type : values[key] ?? "");
  const urls = [];
  if (on("tags")) for (const tag of new Set(posts.flatMap((post) => postTags(post.data)))) urls.push(fill("tag", { name: slugify(tag) }));
  if (on("categories")) for (const category of new Set(posts.flatMap((post) => postCategories(rel(post), post.data)))) urls.push(fill("category", { name: slugify(category) }));
  const [years, months, days] = [on("year", "years"), on("month", "months"), on("day", "days")];
  if (years || months || days) {
    const seen = /* @__PURE__ */ new Set();
    for (const post of posts) {
      if (post.date === void 0) continue;
      const d = wallDate(post.date, config2.timezone);
      const parts = { year: String(d.year).padStart(4, "0"), month: String(d.month).padStart(2, "0"), day: String(d.day).padStart(2, "0") };
      for (const [type, wanted] of [["year", years], ["month", months], ["day", days]]) {
        const url = wanted ? fill(type, parts) : void 0;
        if (url && !seen.has(url)) {
          seen.add(url);
          urls.push(url);
        }
      }
    }
  }
  return urls;
}
function paginatedUrls(config2, posts, pages) {
  const perPage = Number.parseInt(String(config2.data.paginate ?? ""), 10);
  if (!(perPage > 0)) return [];
  const format2 = typeof config2.data.paginate_path === "string" ? config2.data.paginate_path : "/page:num";
  if (!format2.includes(":num")) return [];
  const pathDir = format2.replace(/^\/+/, "").replace(/\/+$/, "").split("/").slice(0, -1).join("/");
  const hasTemplate = pages.some((page) => {
    const slash = page.lastIndexOf("/");
    if (page.slice(slash + 1) !== "index.html") return false;
    const dir = page.slice(0, Math.max(0, slash));
    return dir === "" || pathDir === dir || pathDir.startsWith(`${dir}/`);
  });
  if (!hasTemplate) return [];
  const shown = posts.filter((post) => post.data.hidden === void 0 || post.data.hidden === null || post.data.hidden === false).length;
  const urls = [];
  for (let page = 2; page <= Math.ceil(shown / perPage); page++) urls.push(`${format2.replace(":num", String(page)).replace(/\/+$/, "")}/`);
  return urls;
}
function generatedTarget(page) {
  return { url: page.url, path: page.plugin, kind: "generated" };
}

// src/core/site.ts
var WholeSiteAfterAll = class extends Error {
  constructor() {
    super("the files to check were not known: the whole site is read instead");
  }
};
async function buildSite(root, options = {}) {
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const scan2 = options.prescan ?? false;
  if (scan2) dropEarlyWalk();
  const walking = scan2 ? void 0 : startWalk(root);
  try {
    return await readSite(root, options, limits, scan2, walking);
  } finally {
    walking?.close();
  }
}
async function readSite(root, options, limits, scan2, walking) {
  const configFile = await firstExisting(root, ["_config.yml", "_config.yaml"]);
  const configText = configFile ? await readConfigText(root, configFile) : "";
  const config2 = parseJekyllConfig(configFile, configText);
  const jekyllMajor = options.jekyllMajor ?? await detectJekyllMajor(root);
  options.timings?.mark("config");
  const sourcePrefix = sourcePrefixOf(config2);
  const now = options.now ?? /* @__PURE__ */ new Date();
  const walk = walking ? void 0 : await walkTree(root);
  if (walk) options.timings?.mark("walk");
  const cache4 = options.cacheFor?.({ source: config2.source, urls: { defaults: config2.defaults, permalink: config2.permalink, timezone: config2.timezone, collections: config2.collections, future: config2.future }, jekyllMajor, limits: { maxFileBytes: limits.maxFileBytes, maxYamlAliases: limits.maxYamlAliases ?? null } });
  if (cache4) options.timings?.mark("open cache");
  const site = {
    root,
    config: config2,
    jekyllMajor,
    files: new FileList(walk?.files),
    unpublished: /* @__PURE__ */ new Map(),
    urls: new PublishedUrls(),
    documents: /* @__PURE__ */ new Map(),
    posts: [],
    problems: walk?.problems ?? [],
    hasPlugins: false,
    theme: { profile: void 0, reason: "", uncertain: false },
    pluginPages: {},
    ...cache4 ? { cache: cache4 } : {}
  };
  const pending = [];
  const readmes = [];
  const jobs = [];
  const classifyFile = (file) => {
    if (sourcePrefix && !file.startsWith(sourcePrefix)) return;
    const rel = file.slice(sourcePrefix.length);
    const role = classify(rel, config2);
    if (role.kind === "unpublished") {
      site.unpublished.set(file, role.reason);
      return;
    }
    if (role.kind === "static") {
      if (MAY_HAVE_FRONT_MATTER.test(rel)) {
        pending.push(
          () => startsWithFrontMatter(path10.join(root, file)).then((hasFm) => {
            if (!hasFm && MARKDOWN_EXT.test(rel)) addTarget(site, { url: `/${rel}`, path: file, kind: "static" });
            if (!hasFm && MARKDOWN_EXT.test(rel) && isRepositoryFile(rel, config2)) {
              if (isReadme(rel)) readmes.push({ file, rel });
              return;
            }
            if (hasFm || MARKDOWN_EXT.test(rel)) return registerLoaded(site, loadAndScan({ root, file, rel, kind: "page", collection: void 0, headOnly: only ? !only.has(file) : false, ...cache4 ? { stampsBefore: cache4.stampsBefore } : {} }, site.config, limits, now, false, cache4));
            addTarget(site, { url: `/${rel}`, path: file, kind: "static" });
          })
        );
      } else site.urls.addStatic(rel, file);
      return;
    }
    if (role.kind === "collection-static") {
      if (role.output) addTarget(site, { url: `/${role.collection}/${role.inner}`, path: file, kind: "static" });
      else site.unpublished.set(file, `is in the collection \`${role.collection}\`, which is not output`);
      return;
    }
    const job = { root, file, rel, kind: role.kind, collection: role.collection, headOnly: only ? !only.has(file) : speculating() };
    if (cache4) job.stampsBefore = cache4.stampsBefore;
    jobs.push(job);
  };
  let threads = scan2 ? 0 : workerCount(options.workers, 0);
  let only = options.only;
  const speculating = () => only === void 0 && options.onlyLater !== void 0;
  if (options.onlyLater) {
    if (walking && threads === 1) {
      void options.onlyLater.then(
        (files) => {
          only = files;
        },
        () => {
        }
      );
    } else {
      only = await options.onlyLater;
      if (!only) throw new WholeSiteAfterAll();
    }
  }
  const early = [];
  const earlyJobs = [];
  if (walking) {
    let waiting = 0;
    let classifying = 0;
    let loading = 0;
    let last = performance.now();
    for await (const piece of walking) {
      const t0 = performance.now();
      waiting += t0 - last;
      for (const file of piece.files) {
        site.files.push(file);
        classifyFile(file);
      }
      for (const problem of piece.problems) site.problems.push(problem);
      const t1 = performance.now();
      if (threads === 1) {
        early.push(...loadBatch(jobs, site.config, limits, now, scan2, cache4));
        earlyJobs.push(...jobs.splice(0));
      }
      if (speculating()) await new Promise((resolve) => setImmediate(resolve));
      last = performance.now();
      classifying += t1 - t0;
      loading += last - t1;
    }
    sortProblems(site.problems);
    const parts = [[walking.threaded ? `walk (on a thread${walking.early ? " the entry started" : ""}; waited)` : "walk", waiting], ["classify", classifying], ["load", loading]];
    if (options.onlyLater) {
      const t0 = performance.now();
      if (!only) only = await options.onlyLater;
      if (!only) throw new WholeSiteAfterAll();
      parts.push(["files to check (waited)", performance.now() - t0]);
    }
    if (options.onlyLater && only) {
      for (let i = 0; i < early.length; i++) if (earlyJobs[i].headOnly && only.has(earlyJobs[i].file)) early[i] = loadAndScan({ ...earlyJobs[i], headOnly: false }, site.config, limits, now, scan2, cache4);
    }
    options.timings?.markParts(parts);
  } else for (const file of walk.files) classifyFile(file);
  site.hasPlugins = site.files.hasUnder("_plugins/");
  site.theme = detectTheme(root, config2, site.files, options.theme ?? "auto", site.hasPlugins);
  await runPool(pending, 32);
  if (!walking) options.timings?.mark("classify");
  if (threads === 0) threads = workerCount(options.workers, jobs.length);
  const loader = threads > 1 ? new ThreadedLoader(root, config2, limits, now, scan2, threads) : void 0;
  for (const loaded of early) registerLoaded(site, loaded);
  if (loader) {
    loader.add(jobs);
    const loaded = await loader.finish();
    for (const job of jobs) registerLoaded(site, loaded.get(job.file) ?? loadAndScan(job, site.config, limits, now, scan2, cache4));
  } else for (const loaded of loadBatch(jobs, site.config, limits, now, scan2, cache4)) registerLoaded(site, loaded);
  options.timings?.mark(loader ? `load (${loader.threads} threads)` : walking ? "register" : "load");
  site.posts = [...site.documents.values()].filter((d) => d.kind === "post").sort((a, b) => a.path < b.path ? -1 : 1);
  const plugins = await activePlugins(root, config2, jekyllMajor);
  if (plugins.size > 0) {
    const counted = (plugin) => {
      site.pluginPages[plugin] = (site.pluginPages[plugin] ?? 0) + 1;
    };
    for (const page of pluginPages(site, plugins)) {
      addTarget(site, generatedTarget(page));
      counted(page.plugin);
    }
    if (plugins.has("jekyll-readme-index") && readmeIndexEnabled(config2) && readmes.length > 0) {
      const indexed = indexedFolders(site);
      for (const readme of readmes) {
        const url = `/${readme.rel.slice(0, readme.rel.lastIndexOf("/") + 1)}`;
        if (indexed.has(url.toLowerCase())) continue;
        const loaded = loadAndScan({ root, file: readme.file, rel: readme.rel, kind: "page", collection: void 0, headOnly: only ? !only.has(readme.file) : false }, site.config, limits, now, false);
        loaded.doc.url = url;
        registerLoaded(site, loaded);
        counted("jekyll-readme-index");
      }
    }
    options.timings?.mark("plugin pages");
  }
  return site;
}
function isRepositoryFile(rel, config2) {
  const name = rel.slice(rel.lastIndexOf("/") + 1);
  const base = name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : name;
  return REPOSITORY_FILES.has(base.toUpperCase()) && !config2.include.includes(rel);
}
var REPOSITORY_FILES = /* @__PURE__ */ new Set(["README", "LICENSE", "LICENCE", "COPYING", "CODE_OF_CONDUCT", "CONTRIBUTING", "ISSUE_TEMPLATE", "PULL_REQUEST_TEMPLATE"]);
function isReadme(rel) {
  const name = rel.slice(rel.lastIndexOf("/") + 1);
  return name.slice(0, name.lastIndexOf(".")).toLowerCase() === "readme";
}
function readmeIndexEnabled(config2) {
  const settings = config2.data.readme_index;
  return !(settings !== null && typeof settings === "object" && settings.enabled === false);
}
function indexedFolders(site) {
  const folders = /* @__PURE__ */ new Set();
  site.urls.forEachTail((_, tail) => {
    const slash = tail.lastIndexOf("/");
    const name = tail.slice(slash + 1);
    if (name === "" || INDEX_NAME.test(name)) folders.add(`/${tail.slice(0, slash + 1)}`.toLowerCase());
  });
  return folders;
}
var INDEX_NAME = /^index\.(?:html?|xhtml|xml)$/i;
function classify(rel, config2) {
  const slash = rel.lastIndexOf("/");
  const folder = slash > 0 ? folderInfoOf(rel, slash, config2) : void 0;
  const excluded = folder?.excluded ?? excludedItself(rel, config2);
  if (excluded) return { kind: "unpublished", reason: `is excluded by \`exclude: ${excluded}\` in _config.yml` };
  if (!folder || isSpecialAt(rel, slash + 1)) return classifySlowly(rel, rel.split("/"), config2);
  if (folder.verdict) return folder.verdict;
  const magic = folder.magic;
  if (magic?.drafts) return POST_EXT.test(rel) ? DRAFT : NOT_A_DRAFT;
  if (magic) return parsePostFilename(rel.slice(magic.innerStart)) && POST_EXT.test(rel) ? POST : NOT_A_POST;
  return classifySlowly(rel, rel.split("/"), config2);
}
var POST = { kind: "post", collection: "posts" };
var DRAFT = { kind: "draft", collection: "posts" };
var NOT_A_POST = { kind: "unpublished", reason: "is inside `_posts`, where Jekyll reads only dated posts and publishes nothing else" };
var NOT_A_DRAFT = { kind: "unpublished", reason: "is inside `_drafts`, whose non-post files Jekyll does not publish" };
function excludedItself(rel, config2) {
  const rules2 = excludeRules(config2);
  if (!rules2.exact.has(rel) && !rules2.any?.test(rel)) return void 0;
  const segments = rel.split("/");
  return excludedByPrefixes(segments, config2, segments.length);
}
var folderInfos = /* @__PURE__ */ new WeakMap();
var lastFolder;
function folderInfoOf(rel, slash, config2) {
  const last = lastFolder;
  if (last && last.config === config2 && last.folder.length === slash && rel.startsWith(last.folder)) return last.info;
  const folder = rel.slice(0, slash);
  const info = folderInfo(folder, config2);
  lastFolder = { config: config2, folder, info };
  return info;
}
function folderInfo(folder, config2) {
  let infos = folderInfos.get(config2);
  if (!infos) folderInfos.set(config2, infos = /* @__PURE__ */ new Map());
  let info = infos.get(folder);
  if (!info) {
    const slash = folder.lastIndexOf("/");
    const parent = slash > 0 ? folderInfo(folder.slice(0, slash), config2) : void 0;
    const excluded = parent?.excluded ?? excludedItself(folder, config2) ?? null;
    info = { excluded, ...folderRole(folder, slash, parent, config2) };
    infos.set(folder, info);
  }
  return info;
}
function folderRole(folder, slash, parent, config2) {
  const depth = parent ? parent.depth + 1 : 1;
  const plain = !isSpecialAt(folder, slash + 1);
  if (parent?.verdict && plain && parent.depth > collectionsDepthOf(config2)) return { verdict: parent.verdict, depth, magic: null };
  if (parent?.magic && plain) return { verdict: null, depth, magic: parent.magic };
  const segments = folder.split("/");
  const name = segments[segments.length - 1];
  const above = segments.slice(0, -1);
  const isMagic = (name === "_posts" || name === "_drafts") && above.every((s) => !isSpecial(s, config2));
  return { verdict: folderVerdict(segments, config2), depth, magic: isMagic ? { drafts: name === "_drafts", innerStart: folder.length + 1 } : null };
}
function collectionsDepthOf(config2) {
  return config2.collectionsDir === "" ? 0 : config2.collectionsDir.split("/").length;
}
function folderVerdict(folder, config2) {
  if (folder.includes("_posts") || folder.includes("_drafts")) return null;
  const probe = classifySlowly([...folder, "x"].join("/"), [...folder, "x"], config2);
  if (probe.kind === "static") return probe;
  if (probe.kind === "unpublished" && !/collection/.test(probe.reason)) {
    const collectionsDepth = config2.collectionsDir === "" ? 0 : config2.collectionsDir.split("/").length;
    const head = folder[collectionsDepth];
    if (head?.startsWith("_") && config2.collections[head.slice(1)]) return null;
    return probe;
  }
  return null;
}
function classifySlowly(rel, segments, config2) {
  const postsAt = segments.indexOf("_posts");
  const draftsAt = segments.indexOf("_drafts");
  const magicAt = postsAt >= 0 && (draftsAt < 0 || postsAt < draftsAt) ? postsAt : draftsAt;
  if (magicAt >= 0 && segments.slice(0, magicAt).every((s) => !isSpecial(s, config2))) {
    const name = segments[segments.length - 1];
    if (isSpecial(name, config2) && !isIncluded(name, config2)) return { kind: "unpublished", reason: "is a hidden or underscore file, which Jekyll ignores" };
    if (segments[magicAt] === "_drafts") return POST_EXT.test(name) ? { kind: "draft", collection: "posts" } : { kind: "unpublished", reason: "is inside `_drafts`, whose non-post files Jekyll does not publish" };
    const inner = segments.slice(magicAt + 1).join("/");
    if (parsePostFilename(inner) && POST_EXT.test(name)) return { kind: "post", collection: "posts" };
    return { kind: "unpublished", reason: "is inside `_posts`, where Jekyll reads only dated posts and publishes nothing else" };
  }
  const collectionsDepth = config2.collectionsDir === "" ? 0 : config2.collectionsDir.split("/").length;
  const head = segments[collectionsDepth];
  const underCollectionsDir = collectionsDepth === 0 || rel.startsWith(`${config2.collectionsDir}/`);
  if (underCollectionsDir && head?.startsWith("_") && segments.length > collectionsDepth + 1) {
    const label = head.slice(1);
    const collection = config2.collections[label];
    if (collection && label !== "posts") {
      if (MAY_HAVE_FRONT_MATTER.test(rel)) return { kind: "document", collection: label };
      return { kind: "collection-static", collection: label, output: collection.output, inner: segments.slice(collectionsDepth + 1).join("/") };
    }
  }
  for (const segment of segments) {
    if (isSpecial(segment, config2) && !isIncluded(segment, config2)) {
      return { kind: "unpublished", reason: `is in \`${segment}\`, and Jekyll does not publish files or folders whose names start with \`_\`, \`.\` or \`#\`` };
    }
  }
  return { kind: "static" };
}
function isSpecial(name, _config) {
  return isSpecialAt(name, 0);
}
function isSpecialAt(path15, start) {
  const first = path15.charCodeAt(start);
  return first === 46 || first === 95 || first === 35 || first === 126 || path15.charCodeAt(path15.length - 1) === 126;
}
function isIncluded(name, config2) {
  return config2.include.some((pattern) => fnmatch(pattern, name) || name === pattern.replace(/\/+$/, ""));
}
var excludeRulesCache = /* @__PURE__ */ new WeakMap();
function excludeRules(config2) {
  let rules2 = excludeRulesCache.get(config2);
  if (!rules2) {
    const patterns = config2.exclude.map((pattern) => {
      const p = pattern.replace(/^\/+/, "");
      return { pattern, p, bare: p.replace(/\/+$/, "") };
    }).filter(({ bare }) => bare !== "");
    const sources = patterns.filter(({ p }) => /[*?[\\]/.test(p)).flatMap(({ p, bare }) => [fnmatchRegExp(p).source, fnmatchRegExp(bare).source]);
    rules2 = { patterns, any: sources.length > 0 ? new RegExp(sources.map((r) => `(?:${r})`).join("|"), "s") : void 0, exact: new Set(patterns.map(({ bare }) => bare)) };
    excludeRulesCache.set(config2, rules2);
  }
  return rules2;
}
function excludedByPrefixes(segments, config2, from = 1) {
  const { patterns } = excludeRules(config2);
  for (let i = from; i <= segments.length; i++) {
    const prefix = i === segments.length ? segments.join("/") : segments.slice(0, i).join("/");
    for (const { pattern, p, bare } of patterns) {
      if (prefix === bare || fnmatch(p, prefix) || fnmatch(bare, prefix)) {
        if (config2.include.includes(prefix)) continue;
        return pattern;
      }
    }
  }
  return void 0;
}
function registerLoaded(site, { doc, lazyScan, entry, stamp }) {
  registerDocument(site, doc);
  if (lazyScan) primeScanLazily(doc, lazyScan);
  if (entry) site.cache?.record(doc.path, entry, stamp);
}
function registerDocument(site, doc) {
  site.documents.set(doc.path, doc);
  if (doc.url !== void 0) addTarget(site, { url: doc.url, path: doc.path, kind: doc.kind });
}
async function runPool(tasks, width) {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]();
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
}
function addTarget(site, target) {
  site.urls.add(target.url, target);
  if (target.url.endsWith("/")) site.urls.add(`${target.url}index.html`, target);
}
async function firstExisting(root, names) {
  for (const name of names) {
    try {
      const handle = await open2(path10.join(root, name), "r");
      await handle.close();
      return name;
    } catch {
    }
  }
  return void 0;
}
async function readConfigText(root, file) {
  const read = await readSourceFile(root, file);
  if (read.ok) return read.text;
  return "";
}
async function startsWithFrontMatter(absolute) {
  let fd;
  try {
    fd = openSync4(absolute, "r");
    const buffer = Buffer.alloc(8);
    const bytesRead = readSync3(fd, buffer, 0, 8, 0);
    let text2 = buffer.subarray(0, bytesRead).toString("utf8");
    if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
    return /^---[ \t]*(\r?\n|$)/.test(text2) || /^---[ \t]*$/.test(text2);
  } catch {
    return false;
  } finally {
    if (fd !== void 0) closeSync4(fd);
  }
}

// src/core/timing.ts
import { performance as performance2 } from "node:perf_hooks";
var Timings = class {
  last = performance2.now();
  phases = [];
  /** Records the time since the previous mark under `name`. */
  mark(name) {
    const now = performance2.now();
    this.phases.push({ name, ms: now - this.last });
    this.last = now;
  }
  /**
   * Records the time since the previous mark as phases measured within it (`parts`, in order):
   * what is left over (none of them) goes to the last one.
   */
  markParts(parts) {
    const now = performance2.now();
    const measured = parts.reduce((sum, [, ms]) => sum + ms, 0);
    parts.forEach(([name, ms], i) => this.phases.push({ name, ms: i === parts.length - 1 ? ms + Math.max(0, now - this.last - measured) : ms }));
    this.last = now;
  }
  /** `walk 312 ms, load 4,210 ms, ...` */
  toString() {
    return this.phases.map((p) => `${p.name} ${Math.round(p.ms).toLocaleString("en-US")} ms`).join(", ");
  }
};

// src/core/run.ts
async function runLint(options) {
  const timings = new Timings();
  const root = await resolveRoot(options.root);
  const rules2 = options.rules ?? rules;
  let config2;
  try {
    config2 = await loadConfig(root, rules2, options.configPath);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  const relative = (files) => files.map((file) => toRootRelative(root, file));
  let only = options.only && relative(options.only);
  const onlyLater = options.onlyLater?.then((files) => files && relative(files));
  const limits = { maxFileBytes: config2.maxFileSize, maxYamlAliases: config2.maxYamlAliases, maxNesting: config2.maxNesting };
  const cacheFor = options.cache ? (scope) => SiteCache.open(path11.resolve(options.cache), scope, Date.now(), { stamps: options.cacheStamps !== false, gitRoot: root }) : void 0;
  const siteOptions = { limits, theme: config2.theme, timings, ...cacheFor ? { cacheFor } : {}, ...options.workers !== void 0 ? { workers: options.workers } : {}, ...config2.jekyll ? { jekyllMajor: config2.jekyll } : {} };
  let site;
  if (onlyLater) {
    try {
      site = await buildSite(root, { ...siteOptions, prescan: false, onlyLater: onlyLater.then((files) => files && new Set(files)) });
      only = await onlyLater;
    } catch (error) {
      if (!(error instanceof WholeSiteAfterAll)) throw error;
      timings.mark("files to check unknown");
      site = await buildSite(root, { ...siteOptions, prescan: true });
    }
  } else site = await buildSite(root, { ...siteOptions, prescan: !only, ...only ? { only: new Set(only) } : {} });
  let cache4;
  if (site.cache) {
    const saveError = site.cache.save();
    cache4 = { ...site.cache.stats, ...saveError ? { saveError } : {} };
    timings.mark("save cache");
  }
  const result = lint(site, { rules: rules2, config: config2, ...only ? { only } : {}, ...options.inspect ? { inspect: options.inspect } : {} });
  timings.mark("lint");
  if (config2.remarkPlugins.length > 0 && options.allowPlugins === false) {
    options.onPluginsRefused?.(config2.remarkPlugins.map((p) => typeof p === "string" ? p : p[0]));
  } else if (config2.remarkPlugins.length > 0) {
    const docs = result.checked.map((p) => site.documents.get(p)).filter(Boolean);
    const { runRemarkPlugins } = await import("./chunks/cli-remark-plugins-WPSDCOAE.js");
    result.findings = finalizeFindings([...result.findings, ...await runRemarkPlugins(root, docs, config2)]);
  }
  return { root, site, config: config2, result, rules: rules2, timings, ...cache4 ? { cache: cache4 } : {} };
}
async function resolveRoot(root) {
  let real;
  try {
    real = await realpath2(path11.resolve(root));
  } catch {
    throw new UsageError(`cannot read the blog root \`${root}\`: no such folder. Pass the folder that holds _config.yml.`);
  }
  const info = await stat2(real);
  if (!info.isDirectory()) throw new UsageError(`the blog root \`${root}\` is not a folder. Pass the folder that holds _config.yml.`);
  return real;
}
function toRootRelative(root, file) {
  const fromCwd = path11.relative(root, path11.resolve(file));
  const rel = fromCwd.startsWith("..") || path11.isAbsolute(fromCwd) ? path11.normalize(file) : fromCwd;
  return rel.split(path11.sep).join("/").replace(/^\.\//, "");
}

// src/report/reporter.ts
import path12 from "node:path";
function countFindings(findings) {
  const counts = { errors: 0, warnings: 0, infos: 0, fixable: 0, files: 0 };
  const files = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    if (finding.severity === "error") counts.errors++;
    else if (finding.severity === "warning") counts.warnings++;
    else counts.infos++;
    if (finding.fix) counts.fixable++;
    files.add(finding.file);
  }
  counts.files = files.size;
  return counts;
}
function sortFindings(findings) {
  return [...findings].sort(compareFindings);
}
function displayPath(file, ctx) {
  if (ctx.cwd === void 0) return file;
  const absolute = path12.resolve(ctx.root, ...file.split("/"));
  const relative = path12.relative(ctx.cwd, absolute);
  return relative.split(path12.sep).join("/");
}
function plural(n, singular, plural2 = `${singular}s`) {
  return `${n} ${n === 1 ? singular : plural2}`;
}

// src/report/json.ts
function toJsonReport(findings, ctx) {
  const counts = countFindings(findings);
  return {
    version: 1,
    findings: sortFindings(findings).map(toJsonFinding),
    summary: {
      errors: counts.errors,
      warnings: counts.warnings,
      infos: counts.infos,
      fixable: counts.fixable,
      filesChecked: ctx.filesChecked
    }
  };
}
function toJsonFinding(finding) {
  const { start, end } = finding.range;
  const suggestions = finding.suggestions ?? [];
  return {
    file: finding.file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    rule: finding.rule,
    messageId: finding.messageId,
    severity: finding.severity,
    message: finding.message,
    ...finding.fix ? { fix: toJsonFix(finding.fix) } : {},
    ...suggestions.length > 0 ? { suggestions: suggestions.map((s) => ({ message: s.message, fix: toJsonFix(s.fix) })) } : {},
    fingerprint: finding.fingerprint
  };
}
function toJsonFix(fix) {
  return {
    line: fix.range.start.line,
    column: fix.range.start.column,
    endLine: fix.range.end.line,
    endColumn: fix.range.end.column,
    text: fix.text
  };
}
var jsonReporter = {
  name: "json",
  report(findings, ctx) {
    return `${JSON.stringify(toJsonReport(findings, ctx), null, 2)}
`;
  }
};

// src/report/sarif.ts
import { pathToFileURL } from "node:url";

// src/report/github/escape.ts
function toCommandValue(input) {
  if (input === null || input === void 0) return "";
  if (typeof input === "string" || input instanceof String) return String(input);
  return JSON.stringify(input);
}
function escapeCommandData(value) {
  return toCommandValue(value).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(value) {
  return toCommandValue(value).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function encodeUriPath(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}

// src/report/severity.ts
var SEVERITY_LEVELS = Object.freeze({
  error: Object.freeze({ annotation: "error", sarif: "error", checks: "failure" }),
  warning: Object.freeze({ annotation: "warning", sarif: "warning", checks: "warning" }),
  info: Object.freeze({ annotation: "notice", sarif: "note", checks: "notice" })
});
function toAnnotationLevel(severity) {
  return SEVERITY_LEVELS[severity].annotation;
}
function toSarifLevel(severity) {
  return SEVERITY_LEVELS[severity].sarif;
}

// src/report/sarif.ts
var BLOGLINT_INFORMATION_URI = "https://github.com/bloglint/bloglint";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "bloglint/v1";
function toSarif(findings, ctx) {
  const rules2 = ruleDescriptors(ctx.rules, findings);
  const ruleIndex = new Map(rules2.map((rule, index) => [rule.id, index]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "bloglint",
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: BLOGLINT_INFORMATION_URI,
            rules: rules2
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri(ctx.root) } },
        columnKind: "utf16CodeUnits",
        results: sortFindings(findings).map((finding) => toResult(finding, ruleIndex.get(finding.rule)))
      }
    ]
  };
}
var sarifReporter = {
  name: "sarif",
  report(findings, ctx) {
    return `${JSON.stringify(toSarif(findings, ctx), null, 2)}
`;
  }
};
function toArtifactUri(file) {
  return encodeUriPath(file);
}
function rootUri(root) {
  const href = pathToFileURL(root).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function ruleDescriptors(rules2, findings) {
  const descriptors = [];
  const seen = /* @__PURE__ */ new Set();
  for (const rule of rules2) {
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    descriptors.push(describeRule(rule.id, rule.description, rule.severity, rule.url, rule.fixable));
  }
  for (const finding of sortFindings(findings)) {
    if (seen.has(finding.rule)) continue;
    seen.add(finding.rule);
    descriptors.push(describeRule(finding.rule, finding.rule, finding.severity, finding.url ?? "", false));
  }
  return descriptors;
}
function describeRule(id, description, severity, url, fixable) {
  return {
    id,
    shortDescription: { text: description || id },
    ...isAbsoluteUrl(url) ? { helpUri: url } : {},
    defaultConfiguration: { level: toSarifLevel(severity) },
    properties: { fixable }
  };
}
function isAbsoluteUrl(url) {
  try {
    const { protocol } = new URL(url);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}
function toResult(finding, ruleIndex) {
  const artifactLocation = { uri: toArtifactUri(finding.file), uriBaseId: SRCROOT };
  const fixes = [
    ...finding.fix ? [toSarifFix(artifactLocation, finding.fix, `Fix: ${finding.message}`)] : [],
    ...(finding.suggestions ?? []).map((s) => toSarifFix(artifactLocation, s.fix, s.message))
  ];
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: toSarifLevel(finding.severity),
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation, region: toRegion(finding.range) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...fixes.length > 0 ? { fixes: uniqueByJson(fixes) } : {}
  };
}
function toSarifFix(artifactLocation, fix, description) {
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation,
        replacements: [{ deletedRegion: toRegion(fix.range), insertedContent: { text: fix.text } }]
      }
    ]
  };
}
function toRegion(range) {
  const startLine = Math.max(1, range.start.line);
  const startColumn = Math.max(1, range.start.column);
  const endLine = Math.max(startLine, range.end.line);
  const endColumn = endLine === startLine ? Math.max(startColumn, range.end.column) : Math.max(1, range.end.column);
  return { startLine, startColumn, endLine, endColumn };
}
function uniqueByJson(items) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/report/stylish.ts
var stylishReporter = {
  name: "stylish",
  report: renderStylish
};
function renderStylish(findings, ctx) {
  if (findings.length === 0) return "";
  const paint = painter(ctx.color === true);
  const out = [];
  for (const group of groupByFile(sortFindings(findings))) {
    out.push(paint.path(terminalSafe(displayPath(group[0].file, ctx))));
    const rows = group.map((finding) => ({
      line: String(finding.range.start.line),
      column: String(finding.range.start.column),
      severity: finding.severity,
      message: terminalSafe(finding.message),
      rule: terminalSafe(finding.rule),
      paintSeverity: paint[finding.severity]
    }));
    const lineWidth = Math.max(...rows.map((r) => r.line.length));
    const columnWidth = Math.max(...rows.map((r) => r.column.length));
    const severityWidth = Math.max(...rows.map((r) => r.severity.length));
    const messageWidth = Math.max(...rows.map((r) => displayWidth(r.message)));
    for (const r of rows) {
      const position = `${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`;
      const severity = r.paintSeverity(r.severity) + " ".repeat(severityWidth - r.severity.length);
      const message = r.message + " ".repeat(messageWidth - displayWidth(r.message));
      out.push(`  ${paint.dim(position)}  ${severity}  ${message}  ${paint.dim(r.rule)}`);
    }
    out.push("");
  }
  const counts = countFindings(findings);
  const parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning")];
  if (counts.infos > 0) parts.push(plural(counts.infos, "info", "infos"));
  const summary = `✖ ${plural(findings.length, "problem")} (${parts.join(", ")})`;
  out.push(counts.errors > 0 ? paint.summaryError(summary) : paint.summaryWarning(summary));
  if (counts.fixable > 0) out.push(`  ${counts.fixable} fixable with --fix`);
  return `${out.join("\n")}
`;
}
function groupByFile(sorted) {
  const groups = [];
  for (const finding of sorted) {
    const last = groups.at(-1);
    if (last && last[0].file === finding.file) last.push(finding);
    else groups.push([finding]);
  }
  return groups;
}
function terminalSafe(text2) {
  return text2.replace(/\r\n|[\r\n\u2028\u2029\t]/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`).replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
function displayWidth(text2) {
  let width = 0;
  for (const char of text2) {
    const code2 = char.codePointAt(0);
    if (new RegExp("\\p{Mn}|\\p{Me}|\\u200b|\\u200c|\\u200d", "u").test(char)) continue;
    width += isWide(code2) ? 2 : 1;
  }
  return width;
}
function isWide(code2) {
  return code2 >= 4352 && code2 <= 4447 || code2 >= 11904 && code2 <= 12350 || code2 >= 12353 && code2 <= 13311 || code2 >= 13312 && code2 <= 19903 || code2 >= 19968 && code2 <= 40959 || code2 >= 40960 && code2 <= 42191 || code2 >= 44032 && code2 <= 55203 || code2 >= 63744 && code2 <= 64255 || code2 >= 65072 && code2 <= 65103 || code2 >= 65280 && code2 <= 65376 || code2 >= 65504 && code2 <= 65510 || code2 >= 127744 && code2 <= 128591 || code2 >= 129280 && code2 <= 129535 || code2 >= 131072 && code2 <= 262141;
}
function painter(color) {
  const style = (open4, close) => (text2) => color ? `\x1B[${open4}m${text2}\x1B[${close}m` : text2;
  const bold = style("1", "22");
  const red = style("31", "39");
  const yellow = style("33", "39");
  return {
    path: style("4", "24"),
    dim: style("2", "22"),
    error: red,
    warning: yellow,
    info: style("36", "39"),
    summaryError: (text2) => bold(red(text2)),
    summaryWarning: (text2) => bold(yellow(text2))
  };
}

// src/report/github/workflow-commands.ts
var DEFAULT_ANNOTATION_CAP = Object.freeze({ error: 10, warning: 10, notice: 10 });
function formatWorkflowCommand(level, properties, message) {
  const props = Object.entries(properties).filter(([, value]) => value !== void 0 && value !== "").map(([key, value]) => `${key}=${escapeCommandProperty(value)}`).join(",");
  return `::${level}${props ? ` ${props}` : ""}::${escapeCommandData(message)}`;
}
function annotationProperties(finding, ctx) {
  const { start, end } = finding.range;
  const line = Math.max(1, start.line);
  const endLine = Math.max(line, end.line);
  const singleLine = endLine === line;
  return {
    file: displayPath(finding.file, ctx),
    line,
    endLine,
    col: singleLine ? Math.max(1, start.column) : void 0,
    endColumn: singleLine ? Math.max(1, start.column, end.column) : void 0,
    title: finding.rule
  };
}
function renderWorkflowCommands(findings, ctx, cap = DEFAULT_ANNOTATION_CAP) {
  const sorted = sortFindings(findings);
  const kept = selectWithinCap(sorted, cap);
  const lines = sorted.filter((finding) => kept.has(finding)).map(
    (finding) => formatWorkflowCommand(toAnnotationLevel(finding.severity), annotationProperties(finding, ctx), finding.message)
  );
  const dropped = sorted.length - kept.size;
  if (dropped > 0) {
    lines.push(
      formatWorkflowCommand(
        "notice",
        { title: "bloglint" },
        `${plural(dropped, "more problem")} not annotated (GitHub shows only a few per step); see the job summary.`
      )
    );
  }
  return { lines, emitted: kept.size, dropped };
}
function selectWithinCap(sorted, cap) {
  const byLevel = { error: [], warning: [], notice: [] };
  for (const finding of sorted) byLevel[toAnnotationLevel(finding.severity)].push(finding);
  const limit = (level) => Math.max(0, Math.floor(cap[level]));
  const anyDropped = ["error", "warning", "notice"].some((level) => byLevel[level].length > limit(level));
  const noticeLimit = anyDropped ? Math.max(0, limit("notice") - 1) : limit("notice");
  return /* @__PURE__ */ new Set([
    ...byLevel.error.slice(0, limit("error")),
    ...byLevel.warning.slice(0, limit("warning")),
    ...byLevel.notice.slice(0, noticeLimit)
  ]);
}
var workflowCommandsReporter = {
  name: "github",
  report(findings, ctx) {
    const { lines } = renderWorkflowCommands(findings, ctx);
    return lines.length === 0 ? "" : `${lines.join("\n")}
`;
  }
};

// src/cli/args.ts
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

// src/cli/args.ts
var FORMATS = ["stylish", "json", "sarif", "github"];
var FAIL_LEVELS = ["error", "warning", "never"];
var USAGE = `Usage: bloglint [root] [options]
       bloglint deploy --dir _site [--branch gh-pages] [--remote URL] [options]

Lints a Jekyll blog's sources: broken images, bad front matter, dead related posts and
internal links, bad post file names. Exit code 0 clean, 1 findings at the fail level, 2 error.

Options:
  -f, --format <name>      stylish (default), json, sarif, github
      --fix                apply safe fixes to the files, then report what remains
  -c, --config <path>      config file (default: .bloglint.yml in the root)
      --only <file>...     check only these posts (references still resolve against the whole site)
      --quiet              report errors only
      --max-warnings <n>   exit 1 when there are more than n warnings
      --fail-on <level>    error (default), warning, never
  -o, --output <file>      write the report to a file instead of stdout
      --init               write a commented .bloglint.yml with this blog's conventions
      --verbose            say what was read and what was skipped (on stderr)
      --workers <n>        threads that parse documents, the main one included
                           (default: one per CPU, up to 4, from 2,000 documents on
                           machines with more than two CPUs; else 1)
      --cache              keep the site index (each post's URL and front-matter keys)
                           between runs, so --only reads no other post's front matter
                           (default file: .bloglint-cache/site-index.json in the root)
      --cache-location <file>  the cache file (implies --cache)
      --no-color           no colours
  -h, --help               this help
  -v, --version            the version
`;
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: CLI_OPTIONS
    });
  } catch (error) {
    throw new UsageError(`${error.message.replace(/\. To specify a positional.*$/s, "")}. Run bloglint --help for the options.`);
  }
  const { values, positionals } = parsed;
  const format2 = values.format ?? "stylish";
  if (!FORMATS.includes(format2)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not \`${values.format}\`.`);
  const failOn = values["fail-on"] ?? "error";
  if (!FAIL_LEVELS.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_LEVELS.join(", ")}, not \`${values["fail-on"]}\`.`);
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number ≥ 0, not \`${values["max-warnings"]}\`.`);
  }
  let workers;
  if (values.workers !== void 0) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers takes a whole number ≥ 1, not \`${values.workers}\`.`);
  }
  const [root = ".", ...rest] = positionals;
  let only = values.only?.flatMap((v) => v.split(",")).filter(Boolean);
  if (rest.length > 0) {
    if (!only) throw new UsageError(`unexpected argument \`${rest[0]}\`: bloglint takes one root folder (use --only to name posts).`);
    only = [...only, ...rest];
  }
  return {
    root,
    format: format2,
    fix: values.fix ?? false,
    ...values.config ? { configPath: values.config } : {},
    ...only ? { only } : {},
    quiet: values.quiet ?? false,
    ...maxWarnings !== void 0 ? { maxWarnings } : {},
    failOn,
    verbose: values.verbose ?? false,
    init: values.init ?? false,
    ...values.output ? { output: values.output } : {},
    color: values["no-color"] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
    ...workers !== void 0 ? { workers } : {},
    cache: (values.cache ?? false) || values["cache-location"] !== void 0,
    ...values["cache-location"] ? { cacheLocation: values["cache-location"] } : {}
  };
}

// src/cli/init.ts
import { open as open3 } from "node:fs/promises";
import path13 from "node:path";
function starterConfig(site) {
  const learned2 = learnedConventions(site, { threshold: 0.95, minPosts: 10 }).map((c) => c.field);
  const common = commonFields(site);
  const fields = learned2.length > 0 ? learned2 : common;
  const fieldLine = fields.length > 0 ? `    fields: [${fields.join(", ")}]` : "    # fields: [description, image, tags]";
  return `# bloglint configuration: https://github.com/bloglint/bloglint#configuration
# Every key is optional; delete what you do not need.

# Documents to lint (globs, root-relative). Default: every post, draft, page and collection document.
# include: ["_posts/**", "_drafts/**"]

# Documents never linted.
# ignore: ["_posts/archive/**"]

# Largest file read; larger ones are reported, not read.
# max-file-size: 10MB

# Jekyll major version that builds the site (default: from Gemfile.lock; 3 = GitHub Pages).
# jekyll: 3

rules:
  # Each rule: off | info | warn | error, or a mapping of options with an optional severity.
  no-missing-image: error
  no-dead-internal-link: error
  no-dead-related-post: error
  post-filename: error
  valid-front-matter:
    severity: error
    # types: { tags: "string[]", comments: boolean, date: date }
    # schema: front-matter.schema.json
  required-front-matter:
    severity: error
    # Learned from ${site.posts.length} posts of this blog (fields that nearly every post carries):
${fieldLine}
    # fix: true   # let --fix insert a missing title/description taken from the post
`;
}
function commonFields(site) {
  const posts = site.posts.filter((p) => p.frontMatter && p.frontMatter.errors.length === 0);
  if (posts.length === 0) return [];
  const counts = /* @__PURE__ */ new Map();
  for (const p of posts) for (const key of Object.keys(p.data)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].filter(([k, n]) => k !== "title" && k !== "layout" && n / posts.length >= 0.8).map(([k]) => k).sort();
}
async function writeStarterConfig(root, text2) {
  const file = path13.join(root, ".bloglint.yml");
  const handle = await open3(file, "wx");
  try {
    await handle.writeFile(text2, "utf8");
  } finally {
    await handle.close();
  }
  return file;
}

// src/cli/verbose.ts
var ReferenceCounter = class {
  references = 0;
  external = 0;
  unresolved = 0;
  liquid;
  /** For `lint`'s `inspect`: counts one linted document's references while its scan is at hand. */
  inspect = (_doc, scan2, site) => {
    const liquid = this.liquid ??= liquidSite(site);
    for (const list2 of [scan2.body, scan2.frontMatter]) {
      for (const ref of list2) {
        this.references++;
        const value = evaluateLiquid(ref.value, liquid);
        if (!value.ok && !value.tag) this.unresolved++;
        else if (value.ok && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value.value.trim()) && !(site.config.url && value.value.startsWith(site.config.url))) this.external++;
      }
    }
  };
};
function verboseReport(run, elapsedMs, counts, node = process) {
  const { site, result } = run;
  const lines = [
    `bloglint: root ${site.root}`,
    `  config: ${run.config.file ?? "(none: defaults)"}; _config.yml: ${site.config.file ?? "(none)"}; Jekyll ${site.jekyllMajor}.x rules; baseurl "${site.config.baseurl}"; url "${site.config.url}"`,
    `  files: ${site.files.size} found, ${site.urls.size} published URLs, ${site.posts.length} posts, ${site.documents.size} documents`,
    `  checked: ${result.filesChecked} documents, ${counts.references} references (${counts.external} external, ${counts.unresolved} built from Liquid bloglint cannot evaluate: skipped)`,
    `  findings: ${result.findings.length} in ${elapsedMs} ms (${run.timings})`,
    `  node: ${node.version}${node.execArgv.length > 0 ? ` ${node.execArgv.join(" ")}` : ""}`
  ];
  lines.push(`  theme: ${site.theme.profile?.name ?? "none"} (${site.theme.reason})${site.theme.uncertain ? `; uncertain: ${site.theme.uncertainty} — a path that resolves under any plausible reading is accepted` : ""}`);
  if (run.cache) {
    const c = run.cache;
    lines.push(`  cache: ${c.file}: ${describeCache(c)}${c.ignored ? `; the file was not used: ${c.ignored}` : ""}${c.saveError ? `; ${c.saveError}` : ""}`);
  }
  const generated = Object.entries(site.pluginPages);
  if (generated.length > 0) lines.push(`  plugin pages: ${generated.map(([plugin, count]) => `${plugin} ${count}`).join(", ")} (published URLs no file holds)`);
  if (site.hasPlugins) lines.push("  note: _plugins/ exists; Ruby plugins can change paths bloglint cannot see");
  return `${lines.join("\n")}
`;
}

// src/cli/main.ts
var REPORTERS = {
  stylish: stylishReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: workflowCommandsReporter
};
async function main(argv, io) {
  try {
    if (argv[0] === "deploy") return await runDeploy(argv.slice(1), io);
    const options = parseCliArgs(argv);
    if (options.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (options.version) {
      io.stdout(`${VERSION}
`);
      return 0;
    }
    return await runCheck(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`bloglint: ${error.message}
`);
      return 2;
    }
    io.stderr(`bloglint: internal error: ${error?.stack ?? String(error)}
Please report it with the command you ran.
`);
    return 2;
  }
}
async function runCheck(options, io) {
  const started = Date.now();
  const progress = io.isTTY && options.format === "stylish" && !options.output;
  if (progress) io.stderr(`bloglint: checking ${options.root}…\r`);
  let run;
  let counter = options.verbose ? new ReferenceCounter() : void 0;
  const root = path14.resolve(io.cwd, options.root);
  let cacheFile;
  if (options.cacheLocation) cacheFile = path14.resolve(io.cwd, options.cacheLocation);
  else if (options.cache) {
    const chosen = defaultCacheFile(root);
    if ("refused" in chosen) io.stderr(`bloglint: warning: ${chosen.refused}; running without the cache.
`);
    else cacheFile = chosen.file;
  }
  const runOptions = {
    ...options.workers !== void 0 ? { workers: options.workers } : {},
    ...options.configPath ? { configPath: path14.resolve(io.cwd, options.configPath) } : {},
    ...options.only ? { only: options.only.map((f) => path14.resolve(io.cwd, f)) } : {},
    ...cacheFile ? { cache: cacheFile } : {}
  };
  try {
    run = await runLint({ root, ...counter ? { inspect: counter.inspect } : {}, ...runOptions });
  } finally {
    if (progress) io.stderr("\r\x1B[K");
  }
  if (options.init) {
    try {
      const file = await writeStarterConfig(run.root, starterConfig(run.site));
      io.stderr(`bloglint: wrote ${path14.relative(io.cwd, file) || file}
`);
      return 0;
    } catch (error) {
      if (error.code === "EEXIST") throw new UsageError(".bloglint.yml already exists; remove it first to write a new one.");
      throw error;
    }
  }
  if (run.cache?.saveError) io.stderr(`bloglint: warning: ${run.cache.saveError}
`);
  let findings = run.result.findings;
  if (options.fix) {
    const results = await applyFixesToFiles(run.root, findings);
    for (const r of results) {
      if (r.refused) io.stderr(`bloglint: did not fix ${r.file}: ${r.refused}
`);
      else if (r.applied > 0) io.stderr(`bloglint: fixed ${r.applied} problem${r.applied === 1 ? "" : "s"} in ${r.file}
`);
    }
    if (results.some((r) => r.applied > 0)) {
      counter = options.verbose ? new ReferenceCounter() : void 0;
      run = await runLint({ root: run.root, ...counter ? { inspect: counter.inspect } : {}, ...runOptions });
      findings = run.result.findings;
    }
  }
  const shown = options.quiet ? findings.filter((f) => f.severity === "error") : findings;
  const ctx = {
    root: run.root,
    rules: run.rules.map((r) => ({ id: r.id, description: r.description, severity: run.config.rules[r.id]?.severity === "off" ? r.severity : run.config.rules[r.id]?.severity ?? r.severity, url: ruleUrl(r.id), fixable: r.fixable })),
    toolVersion: VERSION,
    filesChecked: run.result.filesChecked,
    color: options.color ?? (io.isTTY && !io.env.NO_COLOR && !options.output),
    cwd: io.cwd
  };
  const output = REPORTERS[options.format].report(shown, ctx);
  if (options.output) await writeAtomically(path14.resolve(io.cwd, options.output), output);
  else if (output) io.stdout(output);
  if (counter) io.stderr(verboseReport(run, Date.now() - started, counter));
  return shouldFail(findings, options.failOn, options.maxWarnings) ? 1 : 0;
}
async function writeAtomically(file, text2) {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, text2, "utf8");
  await rename2(temp, file);
}
async function runDeploy(argv, io) {
  const { deploy, DeployArgsError, parseDeployArgs } = await import("./chunks/cli-deploy-RYDIVBHS.js");
  try {
    const sha = gitOutput(io.cwd, ["rev-parse", "HEAD"]);
    const options = parseDeployArgs(argv, {
      cwd: io.cwd,
      ...gitOutput(io.cwd, ["remote", "get-url", "origin"]) ? { defaultRemote: gitOutput(io.cwd, ["remote", "get-url", "origin"]) } : {},
      ...io.env.GITHUB_TOKEN ? { token: io.env.GITHUB_TOKEN } : {},
      defaultMessage: sha ? `Deploy ${sha} with bloglint` : "Deploy with bloglint"
    });
    const result = await deploy({ ...options, log: (line) => io.stderr(`${line}
`) });
    io.stderr(`bloglint deploy: ${result.reason}${result.commit ? ` (${result.commit})` : ""}
`);
    return 0;
  } catch (error) {
    throw error instanceof DeployArgsError ? new UsageError(error.message) : error;
  }
}
function gitOutput(cwd, args) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || void 0;
  } catch {
    return void 0;
  }
}

// src/cli.ts
if (!await runParseWorkerIfAny()) process.exitCode = await main(process.argv.slice(2), {
  stdout: (text2) => process.stdout.write(text2),
  stderr: (text2) => process.stderr.write(text2),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
  env: process.env
});
