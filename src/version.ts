declare const BLOGLINT_VERSION: string | undefined;

/** bloglint's version: set from package.json by the bundler; `0.0.0-dev` when run from sources. */
export const VERSION: string = typeof BLOGLINT_VERSION === 'string' ? BLOGLINT_VERSION : '0.0.0-dev';
