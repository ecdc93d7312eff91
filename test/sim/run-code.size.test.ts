import { describe, expect, it } from 'vitest';
import type { Input } from '../../src/sim/inputs';
import type { SessionLog } from '../../src/sim/replay';
import { decodeRunCode, encodeRunCode } from '../../src/sim/run-code';
import { aRunCodeScenario } from './run-code.scenario';

// DESIGN §6: a full 12-quarter solo run fits in 300 characters (a QR code a phone reads off a projector),
// and with group votes in 4,096 (SCORM 1.2 suspend_data). Measured on a pessimistic but possible run.

// 50 cards + 14 crises = 64 decisions, the most that still take 6 bits an index; 4 options each.
const pack = aRunCodeScenario({ id: 'kessaria', version: 12, decisions: 50, crises: 14, optionsPer: 4 });
const SEED = 'facilitator.group-7_2025.run.104'; // 32 characters, the longest seed, with the 7-bit '.'

/** 30 voters over 4 options. An even split costs the most: counts of 7–8 take 7 bits each (exp-Golomb). */
const votesFor = (prefix: string) => ({
  [`${prefix}-option-1`]: 8,
  [`${prefix}-option-2`]: 8,
  [`${prefix}-option-3`]: 7,
  [`${prefix}-option-4`]: 7,
});

function worstRun(group: boolean): SessionLog {
  const inputs: Input[] = [{ type: 'briefing.acknowledged' }];
  const choose = (decisionId: string, option: number): Input => ({
    type: 'option.chosen',
    decisionId,
    optionId: `${decisionId}-option-${option}`,
    ...(group && { votes: votesFor(decisionId) }),
  });
  for (let quarter = 1; quarter <= 12; quarter++) {
    inputs.push(choose(`crisis-${quarter}`, 1 + (quarter % 4))); // a crisis every quarter
    for (let card = 0; card < 4; card++)
      inputs.push(choose(`card-${quarter * 4 + card - 3}`, 1 + ((quarter + card) % 4)));
    // A change of mind: funded then withdrawn in the same quarter, so left out of the code.
    inputs.push(choose('card-50', 1), { type: 'option.withdrawn', decisionId: 'card-50' });
    if (group) inputs.push({ type: 'decision.timedOut', decisionId: `card-${quarter * 4}` });
    inputs.push({ type: 'turn.ended' });
    if (quarter === 4 || quarter === 8) inputs.push({ type: 'review.acknowledged' });
  }
  return {
    formatVersion: 1,
    scenarioId: pack.id,
    scenarioVersion: pack.version,
    turns: 12,
    difficulty: 'hard',
    seed: SEED,
    inputs,
  };
}

describe('run-code size (DESIGN §6)', () => {
  it('a 12-quarter solo run with a crisis and 4 initiatives every quarter: at most 300 characters', () => {
    const code = encodeRunCode(worstRun(false), pack);
    console.info(`run code, 12-quarter solo worst case: ${code.length} characters`);
    expect(code.length).toBeLessThanOrEqual(300);
    expect(decodeRunCode(code, pack).ok).toBe(true);
  });

  it('the same run in group mode, every option voted on by 30 voters and a timeout each quarter: at most 4,096', () => {
    const code = encodeRunCode(worstRun(true), pack);
    console.info(`run code, 12-quarter group worst case with votes: ${code.length} characters`);
    expect(code.length).toBeLessThanOrEqual(4096);
    const decoded = decodeRunCode(code, pack);
    expect(decoded.ok && decoded.log.inputs.filter((input) => input.type === 'option.chosen')).toHaveLength(
      60,
    ); // 12 × (1 + 4)
  });
});
