import { describe, expect, it } from 'vitest';
import type { SessionSnapshot } from '../../src/flow/session.machine';
import { EN } from '../../src/i18n/en';
import { FR } from '../../src/i18n/fr';
import { cuesFor, SOUND_CUES } from '../../src/view-model/sound-cues';
import {
  aFixtureSession,
  closeReport,
  type FixtureSession,
  openFirstQuarter,
  resolveQuarter,
} from '../support/session';

/** Records the cues of every snapshot change of a session, as the sound layer hears them. */
function listen(actor: FixtureSession) {
  const heard: string[][] = [];
  let previous: SessionSnapshot | undefined = actor.getSnapshot();
  actor.subscribe((snapshot) => {
    heard.push(cuesFor(previous, snapshot));
    previous = snapshot;
  });
  return { heard, last: () => heard.at(-1) ?? [] };
}

/** A seed whose first quarter has a crisis (or not), found by looking at the pack, not at the cues. */
function seedWhereFirstQuarter(hasCrisis: boolean): string {
  for (let i = 0; i < 50; i++) {
    const actor = aFixtureSession({ seed: `cue-${i}` });
    if ((actor.getSnapshot().context.sim.quarter.crisis !== undefined) === hasCrisis) return `cue-${i}`;
  }
  throw new Error('no such seed in 50');
}

describe('captions', () => {
  it.each(SOUND_CUES)('%s has a caption in English and in French', (cue) => {
    const key = `caption.${cue}` as keyof typeof EN;
    expect(EN[key]).toMatch(/^\[.+\]$/); // bracketed, as captions of sounds are
    expect(FR[key]).toMatch(/^\[.+\]$/);
    expect(FR[key]).not.toBe(EN[key]);
  });
});

describe('cuesFor', () => {
  it('plays nothing for the first snapshot of a session (a start or a resume)', () => {
    expect(cuesFor(undefined, aFixtureSession().getSnapshot())).toEqual([]);
  });

  it('sounds the crisis stinger when a quarter with a crisis opens, and a page turn when it has none', () => {
    const withCrisis = aFixtureSession({ seed: seedWhereFirstQuarter(true) });
    const calm = aFixtureSession({ seed: seedWhereFirstQuarter(false) });
    const crisisCues = listen(withCrisis);
    const calmCues = listen(calm);
    withCrisis.send({ type: 'briefing.acknowledged' });
    calm.send({ type: 'briefing.acknowledged' });
    expect(crisisCues.last()).toEqual(['stinger.crisis']);
    expect(calmCues.last()).toEqual(['ui.advance']);
    withCrisis.send({ type: 'news.read' }); // same quarter, from the news to the decisions: no second stinger
    expect(crisisCues.last()).toEqual(['ui.advance']);
  });

  it('ticks when an option is chosen or withdrawn, and not for a refused input', () => {
    const actor = openFirstQuarter(aFixtureSession());
    const cues = listen(actor);
    actor.send({ type: 'option.chosen', decisionId: 'rapid-reaction-force', optionId: 'crash-train-equip' });
    expect(cues.last()).toEqual(['ui.select']);
    actor.send({ type: 'option.withdrawn', decisionId: 'rapid-reaction-force' });
    expect(cues.last()).toEqual(['ui.select']);
    const heardBefore = cues.heard.length;
    actor.send({ type: 'option.chosen', decisionId: 'no-such-card', optionId: 'nothing' });
    expect(cues.heard.slice(heardBefore).flat()).toEqual([]);
  });

  it('sounds the delayed-consequence stinger on the report where an earlier decision acts', () => {
    // 'accountable-battalion' carries { target: accountability, delta: 6, delay: 1 }: chosen in Q1, it lands in Q2.
    const actor = openFirstQuarter(aFixtureSession());
    const cues = listen(actor);
    resolveQuarter(actor, [['rapid-reaction-force', 'accountable-battalion']]);
    expect(cues.last()).toEqual(['ui.advance']); // Q1: nothing earlier can act yet
    closeReport(actor);
    resolveQuarter(actor);
    expect(cues.last()).toEqual(['stinger.delayed']);
  });

  it('chimes for the mandate review after quarter 4 and for the ending', () => {
    const actor = openFirstQuarter(aFixtureSession());
    const cues = listen(actor);
    const seen = new Set<string>();
    for (let quarter = 1; quarter <= 8 && actor.getSnapshot().value !== 'ending'; quarter++) {
      resolveQuarter(actor);
      actor.send({ type: 'report.closed' });
      seen.add(`${actor.getSnapshot().value}:${cues.last().join()}`);
      if (actor.getSnapshot().value === 'review') actor.send({ type: 'review.acknowledged' });
      if (actor.getSnapshot().value === 'news') actor.send({ type: 'news.read' });
    }
    expect(seen).toContain('review:stinger.review');
    expect(seen).toContain('ending:stinger.ending');
  });
});
