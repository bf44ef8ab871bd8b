import { createRequire as __bloglintCreateRequire } from 'node:module'; const require = __bloglintCreateRequire(import.meta.url);
import {
  require_ajv
} from "./action-chunk-JA5PFHOP.js";
import "./action-chunk-F77HZQXE.js";
export default require_ajv();
