import { createRequire as __bloglintCreateRequire } from 'node:module'; const require = __bloglintCreateRequire(import.meta.url);
import {
  require_ajv
} from "./cli-chunk-MKXY5DRE.js";
import "./cli-chunk-UFJBGWRS.js";
export default require_ajv();
