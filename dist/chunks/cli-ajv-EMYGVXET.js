#!/usr/bin/env node
import { createRequire as __bloglintCreateRequire } from 'node:module'; const require = __bloglintCreateRequire(import.meta.url);
import {
  require_ajv
} from "./cli-chunk-33ODBWOR.js";
import "./cli-chunk-5R2D3HHD.js";
export default require_ajv();
