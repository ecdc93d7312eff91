import { describe, expect, it } from 'vitest';
import { lintScenario } from '../../src/content/lint-scenario';
import type { Crisis, Decision } from '../../src/content/scenario.schema';
import { lintVariant, minimal } from './content-helpers';

// More cases per rule, built in memory from the fixture pack (so no line numbers: the pack never went
// through YAML). Fixture facts used below: decisions[0] is sixty-day-list (from 1 to 4), turns is 8,
// incidents[0] is the crisis detainee-beating, regions[0] is north (the top half of the unit square).
const decision = (pack: ReturnType<typeof minimal>, i: number) =>
  pack.decisions[i] as { -readonly [K in keyof Decision]: Decision[K] };
const crisis = (pack: ReturnType<typeof minimal>) => pack.incidents[0] as Crisis;

describe('ids', () => {
  it('keep decisions and crises apart: both are cards in run codes', () => {
    expect(lintVariant((pack) => void (crisis(pack).id = 'sixty-day-list'))).toEqual([
      'minimal.yaml › incidents[0].id: crisis id "sixty-day-list" is also the id of decisions[0] — rename one; decisions and crises share one id space in saved logs and run codes',
    ]);
  });

  it('are unique among decisions', () => {
    expect(lintVariant((pack) => void (decision(pack, 1).id = 'sixty-day-list'))).toEqual([
      'minimal.yaml › decisions[1].id: duplicate decision id "sixty-day-list" (first used at decisions[0]) — rename one of them; ids are stable forever once shipped',
    ]);
  });
});

describe('tags', () => {
  it('need a lever and a stance, by prefix', () => {
    const messages = lintVariant(
      (pack) => void (decision(pack, 0).options[3]!.tags = ['stance-acquiesce', 'lever:vetting']),
    );
    expect(messages).toContain(
      'minimal.yaml › decisions[0].options[3].tags[0]: "stance-acquiesce" is not a lever: or stance: tag — did you mean "stance:acquiesce"?',
    );
    expect(messages).toContain(
      'minimal.yaml › decisions[0].options[3].tags: has no stance: tag — add exactly one of stance:capacity-first, stance:accountability-first, stance:inclusive, stance:top-down, stance:appease, stance:mitigate, stance:confront, stance:acquiesce, stance:coordinate, stance:fragment, stance:protect-direct, stance:quick-win, stance:defer',
    );
  });

  it('count a stance once per card for coverage', () => {
    // Four quick-win options, but all on one card: 4 options across 1 card.
    const messages = lintVariant((pack) => {
      for (const d of pack.decisions)
        for (const o of d.options)
          if (o.tags.includes('stance:quick-win')) o.tags = ['lever:finance', 'stance:defer'];
      for (const o of decision(pack, 0).options) o.tags = ['lever:vetting', 'stance:quick-win'];
    });
    expect(messages).toContain(
      'minimal.yaml › stance:quick-win is on 4 options across 1 card — every stance but defer needs at least 4 options across at least 3 cards (DESIGN §3); tag more options stance:quick-win',
    );
  });
});

describe('quarters', () => {
  it('put from before to', () => {
    expect(lintVariant((pack) => Object.assign(decision(pack, 0), { from: 5, to: 4 }))).toEqual([
      'minimal.yaml › decisions[0].from: from 5 is after to 4 — swap them: the window runs from the earlier quarter to the later',
    ]);
  });

  it('stay inside the game', () => {
    expect(lintVariant((pack) => Object.assign(decision(pack, 0), { to: 9 }))).toEqual([
      'minimal.yaml › decisions[0].to: to 9 is beyond the 8-quarter game — use a quarter from 1 to 8',
    ]);
  });

  it('are given one way or the other', () => {
    expect(
      lintVariant((pack) => Object.assign(decision(pack, 0), { from: undefined, to: undefined })),
    ).toEqual([
      'minimal.yaml › decisions[0]: has neither turn nor from/to — add turn: <quarter>, or from: and to: for the quarters it may be dealt',
    ]);
    expect(lintVariant((pack) => Object.assign(decision(pack, 0), { to: undefined }))).toEqual([
      'minimal.yaml › decisions[0]: has from without to — add to: a window needs both ends',
    ]);
  });

  it('let an effect reach exactly the last quarter', () => {
    // delay 6 + duration 3 − 1 = 8 = turns: allowed; one more is not.
    expect(
      lintVariant((pack) =>
        Object.assign(decision(pack, 0).options[0]!.effects[0]!, { delay: 6, duration: 3 }),
      ),
    ).toEqual([]);
    expect(
      lintVariant((pack) => Object.assign(decision(pack, 0).options[0]!.effects[0]!, { delay: 9 }))[0],
    ).toMatch(
      /^minimal\.yaml › decisions\[0\]\.options\[0\]\.effects\[0\]\.delay: delay 9 is beyond the 8-quarter game — /,
    );
  });
});

describe('conditions', () => {
  it('name model flags only when content sets them', () => {
    const messages = lintVariant((pack) => {
      decision(pack, 6).options[2]!.flags = []; // fund-reintegration no longer sets ddr-funded
      decision(pack, 1).when = { notFlag: 'ddr-funded' };
    });
    expect(messages).toEqual([
      'minimal.yaml › decisions[1].when.notFlag: model flag "ddr-funded" is never set by this pack — the model reads it (DESIGN §3), but only content sets it: add it to some option’s flags',
    ]);
  });

  it('name benchmarks that exist', () => {
    expect(lintVariant((pack) => void (decision(pack, 1).when = { benchmark: 'vetting-in-placed' }))).toEqual(
      [
        'minimal.yaml › decisions[1].when.benchmark: no benchmark "vetting-in-placed" — did you mean "vetting-in-place"?',
      ],
    );
  });

  it('can hold: no threshold below 0, no all: that excludes itself', () => {
    expect(lintVariant((pack) => void (decision(pack, 1).when = { driver: 'trust', below: 0 }))).toEqual([
      'minimal.yaml › decisions[1].when.below: below 0 can never hold — drivers and meters stay within 0–100; use a threshold above 0',
    ]);
    const excluded = {
      all: [
        { driver: 'capacity' as const, above: 60 },
        { driver: 'capacity' as const, below: 40 },
      ],
    };
    expect(lintVariant((pack) => void (decision(pack, 1).when = excluded))).toEqual([
      'minimal.yaml › decisions[1].when.all: can never hold: capacity above 60 and below 40 — fix the thresholds, or use any: if either is meant',
    ]);
    const both = { all: [{ flag: 'strategy-agreed' }, { notFlag: 'strategy-agreed' }] };
    expect(lintVariant((pack) => void (decision(pack, 1).when = both))).toEqual([
      'minimal.yaml › decisions[1].when.all: can never hold: flag "strategy-agreed" and notFlag "strategy-agreed" — keep one of them',
    ]);
  });
});

describe('regions and actors', () => {
  it('forcesShare sums to 1 too', () => {
    expect(lintVariant((pack) => void (pack.regions[1]!.forcesShare = 0.7))).toEqual([
      'minimal.yaml › regions: forcesShare sums to 1.1 over the regions, not 1 — adjust the regions’ forcesShare so they add up to 1 (±0.001)',
    ]);
  });

  it('a capital sits inside its region; a label on the edge counts as inside', () => {
    expect(lintVariant((pack) => void (pack.regions[1]!.capital = [0.4, 0.2]))).toEqual([
      'minimal.yaml › regions[1].capital: capital [0.4, 0.2] lies outside the region’s polygon — move it inside the region’s outline',
    ]);
    expect(lintVariant((pack) => void (pack.regions[0]!.label = [0.5, 0.5]))).toEqual([]);
  });

  it('an incident names actors that exist', () => {
    expect(lintVariant((pack) => void (crisis(pack).actors = ['interior-minstry']))).toEqual([
      'minimal.yaml › incidents[0].actors[0]: no actor "interior-minstry" — did you mean "interior-ministry"?',
    ]);
  });
});

describe('endings', () => {
  it('only the last goes without a condition', () => {
    expect(lintVariant((pack) => void delete (pack.endings[2] as { when?: unknown }).when)).toEqual([
      'minimal.yaml › endings[2]: ending "protective-transition" has no condition, so the endings after it can never be chosen — give it a when:, or move it to the end as the fallback',
    ]);
  });
});

describe('citations', () => {
  it('resolve wherever they are (here an ending’s)', () => {
    expect(lintVariant((pack) => void (pack.endings[1]!.cites = ['003 ch8 "Timor Leste"']))).toEqual([
      'minimal.yaml › endings[1].cites[0]: "Timor Leste" is not a heading of 003 ch8 — did you mean 003 ch8 "Timor-Leste"?',
    ]);
  });

  it('are not resolved without sources (the form is still checked by the schema)', () => {
    const pack = minimal();
    pack.endings[1]!.cites = ['003 ch8 "Timor Leste"'];
    expect(lintScenario(pack, { file: 'minimal.yaml' })).toEqual([]);
  });
});

describe('French typography', () => {
  const withFr = (fr: string) =>
    lintVariant((pack) => void (pack.briefing.blurb = { en: 'A short test country.', fr }));

  // The excerpt shows 12 characters either side of the mark: "Un petit pays ?" has its "?" at index 14.
  it('wants a no-break space before ":" and a narrow one before "?", "!" and ";"', () => {
    expect(withFr('Un pays : petit')).toEqual([
      'minimal.yaml › briefing.blurb.fr: ":" without a no-break space before it in "Un pays : petit" — type U+00A0 (no-break space) before ":"',
    ]);
    expect(withFr('Un petit pays ?')).toEqual([
      'minimal.yaml › briefing.blurb.fr: "?" without a narrow no-break space before it in "… petit pays ?" — type U+202F (narrow no-break space) before "?"',
    ]);
    expect(withFr('Un petit pays\u00a0!')).toEqual([
      'minimal.yaml › briefing.blurb.fr: "!" without a narrow no-break space before it in "… petit pays\u00a0!" — type U+202F (narrow no-break space) before "!"',
    ]);
  });

  it('leaves ratios, times, links and "?!" alone', () => {
    expect(withFr('Un ratio de 97:3 à 12:30 sur https://example.org, vraiment\u202f?!')).toEqual([]);
  });

  it('lets a short French text equal the English (names, "Kessaria")', () => {
    expect(lintVariant((pack) => void (pack.title = { en: 'Minimal pack', fr: 'Minimal pack' }))).toEqual([]);
  });
});
