/**
 * A maintainer's one-off check, not a test (an open-source clone has no ../shared): every citation in the
 * seed digest resolves in scenarios/sources.yaml. `npm run -s check:digest [-- PATH]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseSourcesText } from '../content/parse-sources.ts';
import { resolveCitation } from '../content/sources.ts';
import { CliError, runCli } from './cli-error.ts';
import { digestCitations } from './digest-citations.ts';

const USAGE = 'usage: npm run -s check:digest [-- PATH/TO/seed-digest.md]';

void runCli('check:digest', USAGE, () => {
  const path = process.argv[2] ?? '../shared/seed-digest.md';
  if (!existsSync(path)) throw new CliError(`check:digest: ${path} not found`, 2);
  const parsed = parseSourcesText(readFileSync('scenarios/sources.yaml'), 'scenarios/sources.yaml');
  if (!parsed.ok)
    throw new CliError('scenarios/sources.yaml does not parse: run npm run -s check:scenarios', 1);
  const found = digestCitations(readFileSync(path, 'utf8'));
  const unresolved = found.filter(({ code }) => !resolveCitation(code, parsed.sources).ok);
  for (const { code, line } of unresolved)
    process.stderr.write(`${path}:${line} › ${code} does not resolve\n`);
  process.stdout.write(`${found.length} citations, ${unresolved.length} unresolved\n`);
  return unresolved.length === 0 ? 0 : 1;
});
