/**
 * Secret redaction for everything the deploy engine logs or throws.
 */

/** What replaces a secret. */
export const REDACTED = '***';

/** A function that removes secrets from a line of text. */
export type Redactor = (text: string) => string;

/**
 * Build a redactor for a token and the forms git could echo it in: the raw token, the
 * `x-access-token:TOKEN` credential, its base64 (the `AUTHORIZATION: basic …` value) and its
 * URL-encoded form. Credentials in http(s) URLs (`https://user:pass@host`) are redacted too.
 *
 * @param token - The secret, if any.
 * @returns A pure function from text to redacted text.
 */
export function createRedactor(token: string | undefined): Redactor {
  const secrets = token ? secretForms(token) : [];
  return (text) => {
    let out = text;
    for (const secret of secrets) out = out.split(secret).join(REDACTED);
    return redactUrlCredentials(out);
  };
}

/**
 * Replace the user-info part of http(s) URLs in a text with `***`.
 *
 * @param text - Any text, e.g. a git error message.
 * @returns The text with `https://user:pass@host` turned into `https://***@host`.
 */
export function redactUrlCredentials(text: string): string {
  return text.replace(/\b(https?:\/\/)[^\s/@]+@/gi, `$1${REDACTED}@`);
}

/**
 * The base64 credential git sends for a token: `base64("x-access-token:" + token)`.
 *
 * @param token - The token.
 * @returns The value that follows `AUTHORIZATION: basic `.
 */
export function basicCredential(token: string): string {
  return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}

function secretForms(token: string): string[] {
  const forms = new Set([
    token,
    `x-access-token:${token}`,
    basicCredential(token),
    encodeURIComponent(token),
    Buffer.from(token, 'utf8').toString('base64'),
  ]);
  // Longest first, so a longer form is replaced whole before a shorter one inside it.
  return [...forms].filter((form) => form.length > 0).sort((a, b) => b.length - a.length);
}
