import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExpect, isPlaythrough, logOf, type Playthrough } from '../../src/cli/playthrough';
import { ScenarioSchema, type Scenario } from '../../src/content/scenario.schema';
import { readYaml } from '../../src/content/yaml-guard';
import { replay } from '../../src/sim/replay';

// Golden playthroughs (STYLE §6) are REGRESSION GUARDS: they say "this run did not change", not "this run
// is right". Each expect block was pinned from a run someone reviewed (`npm run -s replay -- FILE` prints
// the run and whether its block holds). Update one only on purpose, and say so in the commit, e.g.
// `test(playthroughs): re-pin fixture screen-first after the oversight drift fix`. A QA bug report is a
// run code: replay it, save its log here as `<pack>.<name>.playthrough.json` with an expect block, and it
// is a regression test.

const HERE = new URL('./', import.meta.url);
const files = readdirSync(HERE)
  .filter((name) => name.endsWith('.playthrough.json'))
  .sort();

/** The pack a playthrough names: a shipped pack, else a test fixture. Parsed by the schema alone. */
function packFor(id: string): Scenario {
  const shipped = new URL(`../../scenarios/${id}.yaml`, import.meta.url);
  const url = existsSync(shipped) ? shipped : new URL(`../fixtures/scenarios/${id}.yaml`, import.meta.url);
  const read = readYaml(readFileSync(url), `${id}.yaml`);
  if (!read.ok) throw new Error(`${id}.yaml does not read: ${read.issues[0]?.message ?? ''}`);
  return ScenarioSchema.parse(read.yaml.value);
}

describe('golden playthroughs', () => {
  it('has at least one', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  describe.each(files)('%s', (file) => {
    const json: unknown = JSON.parse(readFileSync(new URL(file, HERE), 'utf8'));

    it('is a playthrough of STYLE §6 named after its pack', () => {
      expect(isPlaythrough(json)).toBe(true);
      expect(file.startsWith(`${(json as Playthrough).scenario}.`)).toBe(true);
    });

    it('replays, with every input accepted, to its expect block (numbers within 0.01)', () => {
      const playthrough = json as Playthrough;
      const pack = packFor(playthrough.scenario);
      // A version bump changes what the run means: re-pin the file on purpose, with the new version.
      expect(pack.version, `${file} was pinned on v${playthrough.scenarioVersion}`).toBe(
        playthrough.scenarioVersion,
      );
      const { state, events } = replay(logOf(playthrough), pack);
      expect(events.filter((event) => event.type === 'input.rejected')).toEqual([]);
      expect(checkExpect(playthrough.expect, state, events)).toEqual([]);
    });
  });
});
