/** The tool cannot run (bad root, bad config, bad plugin): exit code 2, with a message that says what to do. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
