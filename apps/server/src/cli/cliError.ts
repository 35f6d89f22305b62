/** Exit codes of `vpo-live`. */
export const EXIT = {
  ok: 0,
  /** The command ran but could not do what was asked (unknown job, wrong state, port in use). */
  failure: 1,
  /** The command line or configuration is invalid. */
  usage: 2,
} as const;

/** An error the CLI reports as one line on stderr before exiting with `exitCode`. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** Invalid flags or configuration: exit 2. */
export const usageError = (message: string): CliError => new CliError(EXIT.usage, message);

/** A well-formed request that failed: exit 1. */
export const failure = (message: string): CliError => new CliError(EXIT.failure, message);
