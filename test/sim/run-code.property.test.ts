import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Scenario, ScenarioSchema } from '../../src/content/scenario.schema';
import type { Input } from '../../src/sim/inputs';
import type { SessionLog } from '../../src/sim/replay';
import { decodeRunCode, encodeRunCode } from '../../src/sim/run-code';
import { RUN_CODE_ALPHABET } from '../../src/sim/run-code-bits';
import { compactLog, decisionIndex } from '../../src/sim/run-code-index';
import { aRunCodeScenario } from './run-code.scenario';

const fixture = ScenarioSchema.parse(
  parse(readFileSync(new URL('../fixtures/scenarios/fixture.yaml', import.meta.url), 'utf8')),
);

// Uneven option counts (2, 3, 5) exercise every option width; 9 decisions take 4 bits an index.
const uneven: Scenario = (() => {
  const base = aRunCodeScenario({ decisions: 6, crises: 3, optionsPer: 5 });
  const trim = <T extends { options: unknown[] }>(item: T, count: number): T => ({
    ...item,
    options: item.options.slice(0, count),
  });
  return {
    ...base,
    decisions: base.decisions.map((decision, i) => trim(decision, 2 + (i % 4))),
    incidents: base.incidents.map((incident, i) =>
      incident.kind === 'crisis' ? trim(incident, 2 + (i % 3)) : incident,
    ),
  };
})();

/** Any log whose inputs index into `pack` (not necessarily a legal playthrough: the format must not care). */
function logsOver(pack: Scenario): fc.Arbitrary<SessionLog> {
  const aRef = fc.constantFrom(...decisionIndex(pack).refs);
  const anInput: fc.Arbitrary<Input> = fc.oneof(
    {
      weight: 5,
      arbitrary: aRef.chain((ref) =>
        fc.record(
          {
            type: fc.constant('option.chosen' as const),
            decisionId: fc.constant(ref.id),
            optionId: fc.constantFrom(...ref.optionIds),
            votes: fc.dictionary(fc.constantFrom(...ref.optionIds), fc.nat({ max: 1000 })),
          },
          { requiredKeys: ['type', 'decisionId', 'optionId'] },
        ),
      ),
    },
    { weight: 2, arbitrary: fc.constant({ type: 'turn.ended' } as const) },
    { weight: 2, arbitrary: aRef.map((ref) => ({ type: 'option.withdrawn' as const, decisionId: ref.id })) },
    { weight: 1, arbitrary: aRef.map((ref) => ({ type: 'decision.timedOut' as const, decisionId: ref.id })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { type: 'briefing.acknowledged' } as const,
        { type: 'review.acknowledged' } as const,
      ),
    },
  );
  return fc.record({
    formatVersion: fc.constant(1 as const),
    scenarioId: fc.constant(pack.id),
    scenarioVersion: fc.constant(pack.version),
    turns: fc.integer({ min: 1, max: 40 }),
    difficulty: fc.constantFrom('normal' as const, 'hard' as const),
    seed: fc.stringMatching(/^[A-Za-z0-9._-]{1,32}$/), // the seed format of DESIGN §3
    inputs: fc.array(anInput, { maxLength: 80 }),
  });
}

describe.each([
  ['the fixture pack', fixture],
  ['a pack with 2- to 5-option cards', uneven],
])('run codes, for any log over %s', (_, pack) => {
  const aLog = logsOver(pack);

  it('round-trip to the log without its same-quarter withdrawals', () => {
    fc.assert(
      fc.property(aLog, (log) => {
        expect(decodeRunCode(encodeRunCode(log, pack), pack)).toEqual({
          ok: true,
          log: compactLog(log, pack),
        });
      }),
      { numRuns: 500 },
    );
  });

  it('use only the URL-safe alphabet', () => {
    fc.assert(
      fc.property(aLog, (log) => {
        expect(encodeRunCode(log, pack)).toMatch(/^[A-Za-z0-9_-]+$/);
      }),
    );
  });

  // A code with one character substituted (within the alphabet), deleted or inserted.
  const anEdit = fc.record({
    kind: fc.constantFrom('substitute', 'delete', 'insert'),
    at: fc.nat(),
    char: fc.constantFrom(...RUN_CODE_ALPHABET),
  });
  const edit = (code: string, { kind, at, char }: { kind: string; at: number; char: string }) => {
    const i = at % (code.length + (kind === 'insert' ? 1 : 0));
    if (kind === 'delete') return code.slice(0, i) + code.slice(i + 1);
    if (kind === 'insert') return code.slice(0, i) + char + code.slice(i);
    const other = char === code[i] ? RUN_CODE_ALPHABET[(RUN_CODE_ALPHABET.indexOf(char) + 1) % 64] : char;
    return code.slice(0, i) + other + code.slice(i + 1);
  };

  it('are refused after any one-character change', () => {
    fc.assert(
      fc.property(aLog, anEdit, (log, change) => {
        const code = encodeRunCode(log, pack);
        const changed = edit(code, change);
        expect(changed).not.toBe(code); // the edit really changes the code
        expect(decodeRunCode(changed, pack)).toMatchObject({ ok: false });
      }),
      { numRuns: 2000 },
    );
  });
});
