import type { Rule } from '../core/rule.js';
import { noDeadInternalLink } from './no-dead-internal-link.js';
import { noDeadRelatedPost } from './no-dead-related-post.js';
import { noMissingImage } from './no-missing-image.js';
import { postFilename } from './post-filename.js';
import { readableFile } from './readable-file.js';
import { requiredFrontMatter } from './required-front-matter.js';
import { validConfig } from './valid-config.js';
import { validFrontMatter } from './valid-front-matter.js';

/**
 * Every rule, in the order findings of one line are listed. The ids are public interface: never
 * rename one; retire it by leaving a comment here.
 */
export const rules: Rule<any>[] = [
  noMissingImage,
  noDeadInternalLink,
  noDeadRelatedPost,
  requiredFrontMatter,
  validFrontMatter,
  postFilename,
  readableFile,
  validConfig,
];
