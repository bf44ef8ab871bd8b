/** The one error type the deploy engine throws. Its message is already redacted. */
export class DeployError extends Error {
  /**
   * @param message - What failed and what to do, with every secret already redacted.
   */
  constructor(message: string) {
    super(message);
    this.name = 'DeployError';
  }
}
