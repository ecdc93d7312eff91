import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { DEFAULT_DELIBERATION_MS } from '../../src/flow/deliberation-timer';
import { inputsOfferedIn } from '../../src/flow/offered-inputs';
import type { SessionMode } from '../../src/flow/session-context';
import { replay } from '../../src/sim/replay';
import { advance, fixture, playQuarter, startSession } from './session.fixture';

/** A session on the clock, resting in quarter 1's decisions (seed 'graph': no crisis, hand sixty-day-list…). */
function onTheClock(mode: SessionMode = 'group', deliberationMs?: number) {
  const clock = new SimulatedClock();
  const actor = startSession(mode, deliberationMs === undefined ? {} : { deliberationMs }, clock);
  actor.send({ type: 'briefing.acknowledged' });
  actor.send({ type: 'news.read' });
  const timeouts = () =>
    actor.getSnapshot().context.log.inputs.filter((input) => input.type === 'decision.timedOut');
  return { clock, actor, timeouts };
}

describe('the group deliberation timer', () => {
  it('runs 3 minutes by default, then logs decision.timedOut exactly once', () => {
    const { clock, actor, timeouts } = onTheClock();
    expect(DEFAULT_DELIBERATION_MS).toBe(180_000);
    advance(clock, 179_999);
    expect(timeouts()).toEqual([]);
    expect(actor.getSnapshot().context.timer).toMatchObject({ status: 'running', remainingMs: 1_000 }); // the last tick is pending
    advance(clock, 1);
    // No crisis in Q1, so it times out the initiatives through the first hand card; step() closes the phase.
    expect(timeouts()).toEqual([{ type: 'decision.timedOut', decisionId: 'sixty-day-list' }]);
    expect(actor.getSnapshot().context.sim.quarter.timedOut).toBe(true);
    advance(clock, 600_000);
    expect(timeouts()).toHaveLength(1);
    expect(actor.getSnapshot().context.timer.status).toBe('expired');
  });

  it('times out an open crisis by its own id; step() answers it with its default, so the quarter can end', () => {
    const { clock, actor, timeouts } = onTheClock('group', 10_000);
    playQuarter(actor);
    playQuarter(actor); // quarter 3: the crisis detainee-beaten
    expect(actor.getSnapshot().context.sim.quarter.crisis).toBe('detainee-beaten');
    advance(clock, 10_000);
    expect(timeouts()).toEqual([{ type: 'decision.timedOut', decisionId: 'detainee-beaten' }]);
    const crisis = fixture.incidents.find((incident) => incident.id === 'detainee-beaten');
    const defaultOptionId = crisis?.kind === 'crisis' ? crisis.defaultOptionId : undefined;
    expect(actor.getSnapshot().context.sim.quarter.chosen).toContainEqual({
      decisionId: 'detainee-beaten',
      optionId: defaultOptionId,
    });
    expect(inputsOfferedIn(actor.getSnapshot())).toContainEqual({ type: 'turn.ended' });
  });

  it('restarts for each decision phase', () => {
    const { clock, actor, timeouts } = onTheClock('group', 5_000);
    advance(clock, 5_000);
    playQuarter(actor); // Q2 opens with a fresh timer
    expect(actor.getSnapshot().context.timer).toMatchObject({ status: 'running', remainingMs: 5_000 });
    advance(clock, 5_000);
    expect(timeouts()).toHaveLength(2);
  });

  it('stops while paused, and counts the rest after resuming', () => {
    const { clock, actor, timeouts } = onTheClock();
    advance(clock, 10_000);
    actor.send({ type: 'timer.paused' });
    advance(clock, 1_000_000);
    expect(timeouts()).toEqual([]);
    expect(actor.getSnapshot().context.timer).toMatchObject({ status: 'paused', remainingMs: 170_000 });
    actor.send({ type: 'timer.resumed' });
    advance(clock, 169_999);
    expect(timeouts()).toEqual([]);
    advance(clock, 1);
    expect(timeouts()).toHaveLength(1);
  });

  it('runs that much longer when extended', () => {
    const { clock, actor, timeouts } = onTheClock();
    advance(clock, 30_000);
    actor.send({ type: 'timer.extended', ms: 60_000 });
    advance(clock, 150_000 + 60_000 - 1); // 150 s were left, plus the minute
    expect(timeouts()).toEqual([]);
    advance(clock, 1);
    expect(timeouts()).toHaveLength(1);
  });

  it('ignores an extension that is not a positive number of ms', () => {
    const { clock, actor } = onTheClock();
    for (const ms of [0, -5_000, Number.NaN, Number.POSITIVE_INFINITY])
      actor.send({ type: 'timer.extended', ms });
    advance(clock, 1_000);
    expect(actor.getSnapshot().context.timer.remainingMs).toBe(179_000);
  });

  it('never fires once turned off, in this quarter or the next', () => {
    const { clock, actor, timeouts } = onTheClock();
    advance(clock, 5_000);
    actor.send({ type: 'timer.disabled' });
    advance(clock, 1_000_000);
    playQuarter(actor);
    advance(clock, 1_000_000);
    expect(timeouts()).toEqual([]);
    expect(actor.getSnapshot().context.timer).toMatchObject({ status: 'off', isDisabled: true });
  });

  it('does not exist in solo or course mode', () => {
    for (const mode of ['solo', 'course'] as const) {
      const { clock, actor, timeouts } = onTheClock(mode);
      advance(clock, 1_000_000);
      expect(timeouts()).toEqual([]);
      expect(actor.getSnapshot().context.timer.status).toBe('off');
    }
  });

  it('leaves the log free of timer events, and the log replays to the same sim', () => {
    const { clock, actor } = onTheClock('group', 20_000);
    actor.send({ type: 'timer.paused' });
    actor.send({ type: 'timer.extended', ms: 60_000 });
    actor.send({ type: 'timer.resumed' });
    advance(clock, 80_000);
    const { log, sim } = actor.getSnapshot().context;
    expect(log.inputs.map((input) => input.type)).toEqual(['briefing.acknowledged', 'decision.timedOut']);
    expect(replay(log, fixture).state).toEqual(sim);
  });

  it('ends when the facilitator times the phase out by hand', () => {
    const { clock, actor, timeouts } = onTheClock();
    actor.send({ type: 'decision.timedOut', decisionId: 'sixty-day-list' });
    expect(actor.getSnapshot().context.timer.status).toBe('expired');
    advance(clock, 1_000_000);
    expect(timeouts()).toHaveLength(1); // the one sent by hand
  });
});
