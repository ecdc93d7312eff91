import { describe, expect, it } from 'vitest';
import { selectBriefingView } from '../../src/view-model/briefing-view';
import { selectMapView } from '../../src/view-model/map-view';
import { fitMap, HARM_SHADES, selectStageView } from '../../src/view-model/stage-view';
import { aFixtureSession, closeReport, LOCALES, openFirstQuarter, resolveQuarter } from '../support/session';

const { en, fr } = LOCALES;

describe('selectStageView', () => {
  it('draws nothing before the briefing and the map with the actors the pack places on the briefing', () => {
    const actor = aFixtureSession();
    const view = selectStageView(actor.getSnapshot(), en);
    expect(view.scene).toBe('map');
    const placed = actor.getSnapshot().context.scenario.actors.filter((a) => a.location !== undefined);
    expect(view.actors.map((a) => a.at)).toEqual(placed.map((a) => a.location));
    // Each marker carries the number of its line in the briefing's list of key actors (every actor, placed or not).
    const listed = selectBriefingView(actor.getSnapshot().context.scenario, en).actors.map((a) => a.id);
    expect(view.actors.map((a) => a.number)).toEqual(placed.map((a) => listed.indexOf(a.id) + 1));
    expect(selectStageView({ ...actor.getSnapshot(), value: 'closed' }, en).scene).toBe('none');
  });

  it('numbers each placed actor by its line in the list, unplaced actors included', () => {
    const { context } = aFixtureSession().getSnapshot();
    const [first, second, ...rest] = context.scenario.actors;
    // The first actor loses its place and the second gets one: the map shows 2 (then any later placed ones).
    const unplaced = { ...first! };
    delete unplaced.location;
    const placed: [number, number] = [0.6, 0.3];
    const actors = [unplaced, { ...second!, location: placed }, ...rest];
    const scenario = { ...context.scenario, actors };
    const view = selectStageView({ value: 'briefing', context: { ...context, scenario } }, en);
    expect(view.actors[0]).toMatchObject({ number: 2, at: [0.6, 0.3] });
    expect(view.actors.map((a) => a.number)).not.toContain(1);
  });

  it('shades every region at the level the text map gives it, in words in the label too', () => {
    const actor = openFirstQuarter(aFixtureSession());
    const { context } = actor.getSnapshot();
    const text = selectMapView(context.sim, context.scenario, fr);
    const view = selectStageView(actor.getSnapshot(), fr);
    expect(view.regions.map((r) => r.level)).toEqual(text.map((r) => r.level));
    for (const region of view.regions) {
      expect(region.shade).toBe(HARM_SHADES[region.level]);
      expect(region.levelText).toBe(fr.t(`map.level.${region.level}`));
    }
  });

  it('uses shades that darken with each level, so the map reads without colour', () => {
    const luminance = (rgb: number) =>
      0.2126 * (rgb >> 16) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
    const ramp = (['low', 'moderate', 'high', 'severe'] as const).map((level) =>
      luminance(HARM_SHADES[level]),
    );
    for (let i = 1; i < ramp.length; i++) expect(ramp[i]).toBeLessThan(ramp[i - 1]! - 25);
  });

  it('marks the regions of this quarter’s crisis and news', () => {
    const actor = openFirstQuarter(aFixtureSession());
    const { sim, scenario } = actor.getSnapshot().context;
    const regionOf = (id: string | undefined) => scenario.incidents.find((i) => i.id === id)?.region;
    const marked = selectStageView(actor.getSnapshot(), en).regions.filter((r) => r.incident !== undefined);
    const expected = new Set(
      [regionOf(sim.quarter.crisis), ...sim.quarter.news.map(regionOf)].filter(Boolean),
    );
    expect(new Set(marked.map((r) => r.id))).toEqual(expected);
  });

  it('pulses where an earlier decision’s consequence lands, and moves the meters from the quarter’s start', () => {
    // 'accountable-battalion' (card 'rapid-reaction-force') has a delay-1 effect: chosen in Q1, it lands in Q2.
    const actor = openFirstQuarter(aFixtureSession());
    resolveQuarter(actor, [['rapid-reaction-force', 'accountable-battalion']]);
    const first = selectStageView(actor.getSnapshot(), en);
    expect(first.regions.some((r) => r.hasPulse) || first.hasNationalPulse).toBe(false);
    closeReport(actor);
    resolveQuarter(actor);
    const second = selectStageView(actor.getSnapshot(), en);
    const card = actor.getSnapshot().context.scenario.decisions.find((d) => d.id === 'rapid-reaction-force');
    if (card?.region)
      expect(second.regions.filter((r) => r.hasPulse).map((r) => r.id)).toEqual([card.region]);
    else expect(second.hasNationalPulse).toBe(true);
    const history = actor.getSnapshot().context.sim.history;
    expect(second.meters.map((m) => [m.id, m.from, m.to])).toEqual(
      (['security', 'legitimacy', 'civilianHarm'] as const).map((id) => [
        id,
        history.at(-2)!.report[id],
        history.at(-1)!.report[id],
      ]),
    );
  });
});

describe('fitMap', () => {
  it('fits the country into the box keeping its shape, centred within the margin', () => {
    // A 0.5 × 0.25 country in a 200 × 200 box with a 10 px margin: width decides, scale 180 / 0.5 = 360.
    const at = fitMap(
      [
        {
          polygon: [
            [0.25, 0.5],
            [0.75, 0.5],
            [0.75, 0.75],
          ],
        },
      ],
      200,
      200,
      10,
    );
    expect(at([0.25, 0.5])).toEqual([10, 55]); // 90 px tall, centred: (200 − 90) / 2 = 55
    expect(at([0.75, 0.75])).toEqual([190, 145]);
  });
});
