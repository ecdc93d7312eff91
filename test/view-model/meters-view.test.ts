import { describe, expect, it } from 'vitest';
import { initialMeters, meterView, reportedMeters, selectMeters } from '../../src/view-model/meters-view';
import { loadFixture } from '../support/fixture';
import { aFixtureSession, endQuarter, LOCALES, openFirstQuarter } from '../support/session';

const { en, fr } = LOCALES;

describe('meterView', () => {
  it('rounds for display and words the move in whole points, as DESIGN §5 writes it', () => {
    // 54.4 shows as 54 and 57.2 as 57: down 3, though the unrounded drop is 2.8.
    const view = meterView('security', 54.4, 57.2, en);
    expect(view).toMatchObject({ name: 'Security', value: 54, delta: -3, trend: 'down', icon: 'shield' });
    expect(view.valueText).toBe('54 of 100, down 3');
  });

  it('speaks French with the accessible names of DESIGN §5', () => {
    expect(meterView('security', 54, 57, fr).valueText).toBe('54 sur 100, en baisse de 3');
    expect(meterView('legitimacy', 41, 39, fr).valueText).toBe('41 sur 100, en hausse de 2');
    expect(meterView('civilianHarm', 30, 30.2, fr)).toMatchObject({
      name: 'Atteintes aux civils',
      valueText: '30 sur 100, stable',
    });
    expect(['security', 'legitimacy'].map((id) => fr.t(`meter.${id as 'security'}`))).toEqual([
      'Sécurité',
      'Légitimité',
    ]);
  });

  it('judges a move by polarity: civilian harm going up is worse, security going up is better', () => {
    expect(meterView('civilianHarm', 60, 55, en)).toMatchObject({ trend: 'up', assessment: 'worse' });
    expect(meterView('security', 60, 55, en)).toMatchObject({ trend: 'up', assessment: 'better' });
    expect(meterView('legitimacy', 40, 40, en)).toMatchObject({ trend: 'steady', assessment: 'same' });
  });

  it('says only the value when there is nothing to compare with', () => {
    expect(meterView('legitimacy', 22.8, undefined, en)).toMatchObject({
      valueText: '23 of 100',
      trend: 'none',
      assessmentText: '',
    });
  });
});

describe('reportedMeters', () => {
  it('shows the starting meters in quarter 1, then the last report against the one before', () => {
    const actor = openFirstQuarter(aFixtureSession());
    const scenario = loadFixture();
    expect(reportedMeters(actor.getSnapshot().context.sim, scenario)).toEqual({
      current: initialMeters(scenario),
    });
    endQuarter(actor);
    const { sim } = actor.getSnapshot().context;
    expect(reportedMeters(sim, scenario)).toEqual({
      current: sim.history[0]!.report,
      previous: initialMeters(scenario),
    });
  });

  it('shows the noisy reports on Hard, not the true meters', () => {
    const actor = endQuarter(openFirstQuarter(aFixtureSession({ difficulty: 'hard' })));
    const { sim, scenario } = actor.getSnapshot().context;
    const shown = selectMeters(sim, scenario, en).map((meter) => meter.value);
    expect(shown).toEqual([
      Math.round(sim.history[0]!.report.security),
      Math.round(sim.history[0]!.report.legitimacy),
      Math.round(sim.history[0]!.report.civilianHarm),
    ]);
    expect(sim.history[0]!.report).not.toEqual(sim.history[0]!.meters); // the noise is there to hide
  });
});
