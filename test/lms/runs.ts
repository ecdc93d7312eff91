import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ScenarioSchema, type Scenario } from '../../src/content/scenario.schema';
import { playSession, type PlayedRun } from '../../src/sim/play';
import type { SessionLog } from '../../src/sim/replay';
import { loadFixture } from '../support/fixture';

/**
 * The fixture pack. Under jsdom, Vite rewrites `loadFixture`'s `new URL('…', import.meta.url)` to an
 * `http://localhost:3000/…` URL that `readFileSync` refuses, so the scorm-again test reads the same file
 * by path.
 */
export const fixture: Scenario =
  typeof window === 'undefined'
    ? loadFixture()
    : ScenarioSchema.parse(
        parse(readFileSync(fileURLToPath(import.meta.resolve('../fixtures/scenarios/fixture.yaml')), 'utf8')),
      );

/** A full Short run of the fixture pack, played by the random policy (ends with status 'ended'). */
export const shortRun = (seed = 'lms-1'): PlayedRun =>
  playSession(fixture, { turns: 8, difficulty: 'normal', seed }, 'random');

/** `log` cut just after its `quarters`-th `turn.ended`: a trainee who left as the next quarter began. */
export function cutAfter(log: SessionLog, quarters: number): SessionLog {
  let ended = 0;
  const at = log.inputs.findIndex((input) => input.type === 'turn.ended' && ++ended === quarters);
  if (at < 0) throw new Error(`the log has fewer than ${quarters} quarters`);
  return { ...log, inputs: log.inputs.slice(0, at + 1) };
}
