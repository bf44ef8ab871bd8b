import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv and ajv-formats are CommonJS: under NodeNext the default import is `module.exports`, whose
// `default` property is the class / plugin (both packages set it).
const ajv = new AjvModule.default({ strict: false, allErrors: true });
addFormatsModule.default(ajv);

/** The official SARIF 2.1.0 schema (see test/fixtures/sarif/SOURCE.md), compiled once. */
export const validateSarif = ajv.compile(
  JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object,
);
