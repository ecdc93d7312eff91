import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { inputsOfferedIn } from '../../src/flow/offered-inputs';
import { sessionMachine } from '../../src/flow/session.machine';
import { INPUT_TYPES } from '../../src/sim/inputs';
import { replay } from '../../src/sim/replay';
import {
  fixture,
  inputTypes,
  playQuarter,
  sessionAfter,
  sessionInput,
  startSession,
} from './session.fixture';

describe('the session machine', () => {
  it('starts at the briefing, logs its acknowledgement, and shows the news without logging it', () => {
    const actor = startSession('solo');
    expect(actor.getSnapshot().value).toBe('briefing');
    actor.send({ type: 'briefing.acknowledged' });
    expect(actor.getSnapshot().value).toBe('news');
    actor.send({ type: 'news.read' });
    expect(actor.getSnapshot().value).toBe('deciding');
    expect(inputTypes(actor.getSnapshot().context.log)).toEqual(['briefing.acknowledged']);
  });

  it('keeps the quarter open until its crisis is answered', () => {
    const actor = sessionAfter(2); // seed 'graph': quarter 3 opens with the crisis detainee-beaten
    const { sim, log } = actor.getSnapshot().context;
    expect(sim.quarter.crisis).toBe('detainee-beaten');
    actor.send({ type: 'turn.ended' });
    expect(actor.getSnapshot().value).toBe('deciding');
    expect(actor.getSnapshot().context.log).toEqual(log); // a refused transition logs nothing
    expect(inputsOfferedIn(actor.getSnapshot()).map((event) => event.type)).not.toContain('turn.ended');
    const answer = fixture.incidents.find((incident) => incident.id === 'detainee-beaten');
    actor.send({
      type: 'option.chosen',
      decisionId: 'detainee-beaten',
      optionId: answer && 'options' in answer ? answer.options[0]!.id : '',
    });
    expect(inputsOfferedIn(actor.getSnapshot()).map((event) => event.type)).toContain('turn.ended');
    actor.send({ type: 'turn.ended' });
    expect(actor.getSnapshot().value).toBe('report');
    expect(actor.getSnapshot().context.sim.turn).toBe(4);
  });

  it('logs only inputs step() accepts; a refused one shows up in lastEvents instead', () => {
    const actor = sessionAfter(0);
    const before = actor.getSnapshot().context;
    actor.send({ type: 'option.chosen', decisionId: 'no-such-card', optionId: 'x' });
    const after = actor.getSnapshot().context;
    expect(after.log).toBe(before.log);
    expect(after.sim).toBe(before.sim);
    expect(after.lastEvents).toEqual([
      { type: 'input.rejected', input: 'option.chosen', reason: 'unknown-decision' },
    ]);
  });

  it('logs exactly the fields of an input, whatever else the scene put on the event', () => {
    const actor = sessionAfter(0);
    const card = actor.getSnapshot().context.sim.quarter.hand[0]!; // sixty-day-list on seed 'graph'
    actor.send({
      type: 'option.chosen',
      decisionId: card,
      optionId: 'integrate-on-schedule',
      label: 'x',
    } as never);
    expect(actor.getSnapshot().context.log.inputs.at(-1)).toEqual({
      type: 'option.chosen',
      decisionId: 'sixty-day-list',
      optionId: 'integrate-on-schedule',
    });
  });

  it('shows the mandate review after quarter 4 and logs its acknowledgement', () => {
    const actor = sessionAfter(3);
    const { sim } = actor.getSnapshot().context;
    expect(sim.turn).toBe(4);
    actor.send({ type: 'turn.ended' });
    actor.send({ type: 'report.closed' });
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'review.acknowledged' });
    expect(actor.getSnapshot().value).toBe('news');
    expect(inputTypes(actor.getSnapshot().context.log).slice(-2)).toEqual([
      'turn.ended',
      'review.acknowledged',
    ]);
  });

  it('plays 8 quarters to the ending, the debrief and the final state; the log replays to its sim', () => {
    const actor = sessionAfter(8);
    expect(actor.getSnapshot().value).toBe('ending');
    const { sim, log } = actor.getSnapshot().context;
    expect(sim.status).toBe('ended');
    expect(sim.ending?.turn).toBe(8);
    expect(replay(log, fixture).state).toEqual(sim);
    actor.send({ type: 'debrief.opened' });
    expect(actor.getSnapshot().value).toBe('debrief');
    actor.send({ type: 'debrief.closed' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('never logs a flow-only event: the log is the briefing, 8 turn.ended, one review, and the choices', () => {
    const { log } = sessionAfter(8).getSnapshot().context;
    const types = inputTypes(log);
    expect(types.every((type) => (INPUT_TYPES as readonly string[]).includes(type))).toBe(true);
    expect(types.filter((type) => type === 'turn.ended')).toHaveLength(8);
    expect(types.filter((type) => type === 'review.acknowledged')).toHaveLength(1); // after Q4; Q8 is the last
    expect(types.filter((type) => type === 'briefing.acknowledged')).toHaveLength(1);
    // playQuarter funds one card a quarter (every hand of seed 'graph' is dealt) and answers 3 crises
    expect(types.filter((type) => type === 'option.chosen')).toHaveLength(8 + 3);
  });
});

describe('a resumed session', () => {
  const resume = (inputs: number | 'all', quarters: number) => {
    const live = sessionAfter(quarters).getSnapshot().context;
    const log = inputs === 'all' ? live.log : { ...live.log, inputs: live.log.inputs.slice(0, inputs) };
    return createActor(sessionMachine, { input: sessionInput('solo', { log }) })
      .start()
      .getSnapshot();
  };

  it('with an empty log: the briefing', () => {
    expect(resume(0, 0).value).toBe('briefing');
  });

  it('in the middle of a quarter: its decisions, with the choices made so far', () => {
    const live = sessionAfter(2).getSnapshot().context; // Q3 open, crisis unanswered
    const actor = createActor(sessionMachine, { input: sessionInput('solo', { log: live.log }) }).start();
    expect(actor.getSnapshot().value).toBe('deciding');
    expect(actor.getSnapshot().context.sim).toEqual(live.sim);
    const chosenInQ1 = resume(2, 1); // briefing + Q1's choice, before Q1's turn.ended
    expect(chosenInQ1.value).toBe('deciding');
    expect(chosenInQ1.context.sim.turn).toBe(1);
    expect(chosenInQ1.context.sim.quarter.chosen).toHaveLength(1);
  });

  it('right after a review quarter ended: the review; after its acknowledgement: the next decisions', () => {
    const live = sessionAfter(4).getSnapshot().context;
    const review = live.log.inputs.findIndex((input) => input.type === 'review.acknowledged');
    const atReview = resume(review, 4);
    expect([atReview.value, atReview.context.sim.turn]).toEqual(['review', 5]);
    const afterReview = resume(review + 1, 4);
    expect([afterReview.value, afterReview.context.sim.turn]).toEqual(['deciding', 5]);
  });

  it('after the last quarter: the ending', () => {
    const ended = resume('all', 8);
    expect(ended.value).toBe('ending');
    expect(ended.context.sim.status).toBe('ended');
  });

  it('refuses a log of another pack version (the actor errors, naming it)', () => {
    const { log } = sessionAfter(1).getSnapshot().context;
    const actor = createActor(sessionMachine, {
      input: sessionInput('solo', { log: { ...log, scenarioVersion: 99 } }),
    });
    actor.subscribe({ error: () => {} }); // observed, so not reported as unhandled
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    expect(String(actor.getSnapshot().error)).toMatch(/the log is for fixture v99, not fixture v1/);
  });
});

describe('inputsOfferedIn', () => {
  it('offers each available option, withdrawal of a funded card, and the quarter end', () => {
    const actor = sessionAfter(0); // Q1: no crisis, capital 4
    actor.send({
      type: 'option.chosen',
      decisionId: 'sixty-day-list',
      optionId: 'screen-before-integrating',
    }); // cost 2
    const offered = inputsOfferedIn(actor.getSnapshot());
    expect(offered).toContainEqual({ type: 'option.withdrawn', decisionId: 'sixty-day-list' });
    expect(offered).not.toContainEqual(expect.objectContaining({ optionId: 'screen-before-integrating' })); // already chosen
    expect(offered).toContainEqual({ type: 'turn.ended' });
    expect(actor.getSnapshot().context.sim.capital).toBe(2); // 4 − 2
    // rapid-reaction-force is in the hand: accountable-battalion (cost 3) no longer fits, crash-train-equip (2) does
    expect(offered).not.toContainEqual(expect.objectContaining({ optionId: 'accountable-battalion' }));
    expect(offered).toContainEqual({
      type: 'option.chosen',
      decisionId: 'rapid-reaction-force',
      optionId: 'crash-train-equip',
    });
  });

  it('offers no timer controls outside group mode', () => {
    const offered = inputsOfferedIn(sessionAfter(0).getSnapshot()).map((event) => event.type);
    expect(offered.filter((type) => type.startsWith('timer.'))).toEqual([]);
  });

  it('offers nothing in the final state', () => {
    const actor = sessionAfter(8);
    actor.send({ type: 'debrief.opened' });
    actor.send({ type: 'debrief.closed' });
    expect(inputsOfferedIn(actor.getSnapshot())).toEqual([]);
  });
});

it('playQuarter helper leaves the actor on the next decisions (sanity check of the test driver)', () => {
  const actor = sessionAfter(0);
  playQuarter(actor);
  expect([actor.getSnapshot().value, actor.getSnapshot().context.sim.turn]).toEqual(['deciding', 2]);
});
