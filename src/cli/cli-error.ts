/**
 * A failure a CLI reports as plain lines on stderr, never with a stack trace (DESIGN §5). Exit code 2 is for
 * bad flags and missing files (the usage hint follows); 1 is for content that does not pass its checks.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * Runs a CLI's main function and turns every outcome into an exit code: its return value, a
 * {@linkcode CliError} (printed as is, or for exit code 2 prefixed with the command's name and followed by `usage`), or an unexpected throw (one line, exit 1).
 */
export async function runCli(
  name: string,
  usage: string,
  main: () => number | Promise<number>,
): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof CliError) {
      // A usage mistake names the command; a pack's issues (exit 1) print as they are.
      const named = error.exitCode === 2 && !error.message.startsWith(`${name}:`);
      process.stderr.write(`${named ? `${name}: ` : ''}${error.message}\n`);
      if (error.exitCode === 2) process.stderr.write(`${usage}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    // N.B. no stack: a CLI user needs the sentence, and a developer can rerun under a debugger.
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    process.stderr.write(`${name}: unexpected problem: ${reason}\n`);
    process.exitCode = 1;
  }
}
