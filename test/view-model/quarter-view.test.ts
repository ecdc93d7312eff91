import { describe, expect, it } from 'vitest';
import { formatClock, selectQuarterView } from '../../src/view-model/quarter-view';
import { harmLevel, selectMapView } from '../../src/view-model/map-view';
import { aFixtureSession, endQuarter, LOCALES, openFirstQuarter } from '../support/session';

const { en, fr } = LOCALES;

// Seed 'graph' on the fixture (test/flow/session.fixture.ts): quarter 1 deals sixty-day-list,
// national-dialogue, protection-surge and rapid-reaction-force, with no crisis; quarter 3 has the crisis
// detainee-beaten. Capital is 4 a quarter.

describe('selectQuarterView', () => {
  it('lists the hand as options with label, cost and whether each is chosen', () => {
    const actor = openFirstQuarter(aFixtureSession());
    actor.send({ type: 'option.chosen', decisionId: 'rapid-reaction-force', optionId: 'crash-train-equip' });
    const view = selectQuarterView(actor.getSnapshot().context, en);
    expect(view.heading).toBe('Quarter 1 of 8');
    expect(view.crisis).toBeUndefined();
    expect(view.initiatives.map((card) => card.decisionId)).toEqual([
      'sixty-day-list',
      'national-dialogue',
      'protection-surge',
      'rapid-reaction-force',
    ]);
    const battalion = view.initiatives[3]!;
    expect(battalion.title).toBe('A rapid reaction battalion');
    expect(battalion.options[0]).toMatchObject({
      label: 'Crash train-and-equip',
      costText: 'cost 2',
      isChosen: true,
      isAvailable: true,
    });
    // crash-train-equip costs 2 of 4: 2 left.
    expect(view.capital).toMatchObject({ value: 2, total: 4, valueText: '2 of 4 left' });
  });

  it('keeps unaffordable options, disabled with the reason in words', () => {
    const actor = openFirstQuarter(aFixtureSession());
    actor.send({ type: 'option.chosen', decisionId: 'rapid-reaction-force', optionId: 'crash-train-equip' });
    actor.send({ type: 'option.chosen', decisionId: 'national-dialogue', optionId: 'inclusive-dialogue' });
    const view = selectQuarterView(actor.getSnapshot().context, fr);
    // 2 + 2 of 4 spent: screening (cost 2) on another card no longer fits. The battalion's own options are
    // priced with its current 2 freed: 2 free, so the one-off course (cost 1) fits and the accountable
    // battalion (cost 3) does not.
    const screening = view.initiatives[0]!.options.find((o) => o.optionId === 'screen-before-integrating')!;
    expect(screening).toMatchObject({
      isAvailable: false,
      reason: 'Il ne reste pas assez de capital politique.',
      costText: 'coût 2, consentement −5',
    });
    const battalion = view.initiatives[3]!.options;
    expect(battalion.find((o) => o.optionId === 'classroom-course')!.isAvailable).toBe(true);
    expect(battalion.find((o) => o.optionId === 'accountable-battalion')!.isAvailable).toBe(false);
  });

  it('blocks the end of the quarter until the crisis is answered, and says why', () => {
    const actor = endQuarter(endQuarter(openFirstQuarter(aFixtureSession())));
    let view = selectQuarterView(actor.getSnapshot().context, en);
    expect(view.crisis).toMatchObject({ decisionId: 'detainee-beaten', title: 'A detainee beaten' });
    expect(view).toMatchObject({ canEndQuarter: false, endBlockedReason: 'Answer the crisis first.' });
    actor.send({ type: 'option.chosen', decisionId: 'detainee-beaten', optionId: 'say-nothing' });
    view = selectQuarterView(actor.getSnapshot().context, en);
    expect(view.canEndQuarter).toBe(true);
    expect(view.crisis!.options.find((o) => o.isChosen)?.optionId).toBe('say-nothing');
  });

  it('shows host consent with its move, worded like a meter', () => {
    const actor = endQuarter(openFirstQuarter(aFixtureSession()), [
      ['sixty-day-list', 'screen-before-integrating'], // consentCost 5
    ]);
    const { sim } = actor.getSnapshot().context;
    const view = selectQuarterView(actor.getSnapshot().context, en);
    const value = Math.round(sim.drivers.consent);
    const delta = 60 - value; // the fixture starts consent at 60
    expect(view.consent.valueText).toBe(`${value} of 100, down ${delta}`);
  });

  it('shows the deliberation timer in group mode only', () => {
    const solo = openFirstQuarter(aFixtureSession());
    expect(selectQuarterView(solo.getSnapshot().context, en).timer).toBeUndefined();
    const group = openFirstQuarter(aFixtureSession({ mode: 'group' }));
    expect(selectQuarterView(group.getSnapshot().context, en).timer).toEqual({
      status: 'running',
      text: 'Deliberation time left: 3:00', // DEFAULT_DELIBERATION_MS is 3 minutes
    });
    group.stop();
  });
});

describe('formatClock', () => {
  it('rounds up to the second, as a countdown should', () => {
    expect([formatClock(180_000), formatClock(59_001), formatClock(0)]).toEqual(['3:00', '1:00', '0:00']);
  });
});

describe('the map text alternative', () => {
  it('bands harm scaled to the country: a third of 50 in one of three regions reads as 50, high', () => {
    expect(harmLevel(50 / 3, 3)).toBe('high');
    expect([harmLevel(6, 3), harmLevel(13, 2), harmLevel(59.9, 1), harmLevel(30, 2)]).toEqual([
      'low',
      'moderate',
      'high',
      'severe',
    ]);
  });

  it('names every region with a harm level word, in both languages', () => {
    const { sim, scenario } = openFirstQuarter(aFixtureSession()).getSnapshot().context;
    const english = selectMapView(sim, scenario, en);
    expect(english.map((region) => region.name)).toEqual(['Capital District', 'North Hills', 'River Plain']);
    expect(english[1]!.text).toMatch(/^North Hills: civilian harm (low|moderate|high|severe)$/);
    expect(selectMapView(sim, scenario, fr)[1]!.text).toMatch(
      /^Collines du Nord\u00a0: atteintes aux civils (faibles|modérées|élevées|graves)$/,
    );
  });
});
