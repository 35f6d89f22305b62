/** Where a CLI run reads and writes: the real process, or a test's buffers. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Resolves with the signal's name when the process is asked to stop (SIGINT/SIGTERM). */
  waitForShutdown(): Promise<string>;
}

let pipeWatched = false;

/**
 * The running process's streams, environment and signals. A reader that stops early (`jobs list | head`)
 * closes the pipe: what is left to print has no reader, so the process ends quietly with 0, as `cat` does,
 * instead of dying on an unhandled EPIPE with a stack trace.
 */
export function processIo(): CliIo {
  if (!pipeWatched) {
    pipeWatched = true;
    for (const stream of [process.stdout, process.stderr]) {
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(0);
        throw error;
      });
    }
  }
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    waitForShutdown: () =>
      new Promise((resolve) => {
        const on = (signal: NodeJS.Signals) => {
          process.off('SIGINT', on);
          process.off('SIGTERM', on);
          // A second signal while shutting down ends the process at once.
          process.once('SIGINT', () => process.exit(130));
          process.once('SIGTERM', () => process.exit(143));
          resolve(signal);
        };
        process.on('SIGINT', on);
        process.on('SIGTERM', on);
      }),
  };
}
