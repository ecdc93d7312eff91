import { CliError } from './cli-error';

/** The flags a CLI knows: a string flag takes a value (`--runs 200` or `--runs=200`), a switch takes none. */
export type FlagSpec = Readonly<Record<string, 'string' | 'switch'>>;

export type ParsedFlags<S extends FlagSpec> = {
  readonly [K in keyof S]?: S[K] extends 'switch' ? true : string;
};

/**
 * Reads `argv` (without node and the script) against `spec`. Throws a {@linkcode CliError} (exit code 2) naming the
 * problem for an unknown flag, a missing value, a flag given twice or a stray argument.
 *
 * @example
 * parseFlags(['--runs', '20', '--json'], { runs: 'string', json: 'switch' }); // { runs: '20', json: true }
 */
export function parseFlags<S extends FlagSpec>(argv: readonly string[], spec: S): ParsedFlags<S> {
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--'))
      throw new CliError(`unexpected argument "${arg}" (every value follows its flag)`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const kind = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (kind === undefined) throw new CliError(`unknown flag --${name}`);
    if (Object.hasOwn(flags, name)) throw new CliError(`--${name} is given twice`);
    if (kind === 'switch') {
      if (eq !== -1) throw new CliError(`--${name} takes no value`);
      flags[name] = true;
      continue;
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '' || (eq === -1 && value.startsWith('--')))
      throw new CliError(`--${name} needs a value`);
    flags[name] = value;
  }
  return flags as ParsedFlags<S>;
}

/** A whole number from `min` to `max`, or a {@linkcode CliError} (exit code 2) naming the flag and the range. */
export function integerFlag(name: string, value: string, min: number, max: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max)
    throw new CliError(`--${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  return number;
}
