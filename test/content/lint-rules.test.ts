import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROKEN, checkFixture } from './content-helpers';

// Each broken fixture is minimal.yaml with one change (its first line says which), so it yields exactly
// one issue. The expected lines were read off the fixture; the wording follows each rule (STYLE §6).
const CASES: [fixture: string, rule: string, expected: string][] = [
  [
    'id-not-file-name',
    'the id equals the file name',
    'id-not-file-name.yaml:4 › id: id "minimal" differs from the file name "id-not-file-name" — rename the file to minimal.yaml, or set id: id-not-file-name if the pack has not shipped yet (ids are in run codes)',
  ],
  [
    'duplicate-option-id',
    'ids are unique (options pack-wide)',
    'duplicate-option-id.yaml:559 › incidents[0].options[3].id: duplicate option id "joint-support-plan" (first used at decisions[3].options[0]) — rename one of them; ids are stable forever once shipped',
  ],
  [
    'bad-lever-tag',
    'tags come from the vocabulary',
    'bad-lever-tag.yaml:56 › decisions[0].options[0].tags[0]: "lever:vettting" is not a lever — did you mean "lever:vetting"?',
  ],
  [
    'two-stance-tags',
    'exactly one stance tag',
    'two-stance-tags.yaml:79 › decisions[0].options[2].tags: has 2 stance: tags — keep exactly one; policies select options by their single stance',
  ],
  [
    'stance-coverage',
    'every stance but defer on ≥ 4 options across ≥ 3 cards',
    'stance-coverage.yaml › stance:fragment is on 3 options across 3 cards — every stance but defer needs at least 4 options across at least 3 cards (DESIGN §3); tag more options stance:fragment',
  ],
  [
    'crisis-default',
    'defaultOptionId names an option of the crisis',
    'crisis-default.yaml:528 › incidents[0].defaultOptionId: "raise-privatly" is not an option of this crisis — did you mean "raise-privately"?',
  ],
  [
    'crisis-zero-cost',
    'every crisis has a zero-cost option',
    'crisis-zero-cost.yaml:582 › incidents[1].options: this crisis has no zero-cost option — give at least one option cost: 0, so it can be answered with no capital left (DESIGN §3)',
  ],
  [
    'decision-window',
    'turn or from/to, not both',
    'decision-window.yaml:46 › decisions[0]: has both turn and from/to — use turn for a single quarter or from/to for a window, not both',
  ],
  [
    'effect-reach',
    'no delay (+ duration − 1) beyond the game',
    'effect-reach.yaml:72 › decisions[0].options[1].effects[1].delay: delay 7 with duration 3 reaches 9 quarters and is beyond the 8-quarter game — keep delay + duration − 1 at most 8; whatever is still pending after the last quarter lands once, in the after-hand-over step (DESIGN §3)',
  ],
  [
    'unknown-flag',
    'conditions name flags content sets',
    'unknown-flag.yaml:642 › benchmarks[0].when.flag: flag "vetting-mechanisms" is never set by this pack — did you mean "vetting-mechanism"?',
  ],
  [
    'impossible-threshold',
    'thresholds can be met',
    'impossible-threshold.yaml:693 › endings[3].when.all[0].above: above 100 can never hold — drivers and meters stay within 0–100; use a threshold below 100',
  ],
  [
    'unknown-region',
    'effects name real regions',
    'unknown-region.yaml:487 › decisions[9].options[1].effects[1].region: no region "nort" — did you mean "north"?',
  ],
  [
    'region-shares',
    'region shares sum to 1',
    'region-shares.yaml:22 › regions: threatShare sums to 0.9 over the regions, not 1 — adjust the regions’ threatShare so they add up to 1 (±0.001)',
  ],
  [
    'label-outside-region',
    'a region label sits inside its region',
    'label-outside-region.yaml:28 › regions[0].label: label [0.5, 0.75] lies outside the region’s polygon — move it inside the region’s outline',
  ],
  [
    'last-ending-has-condition',
    'the last ending has no when',
    'last-ending-has-condition.yaml:698 › endings[4].when: the last ending ("fragile-hand-over") has a condition — remove its when: the last ending is the fallback when no other holds',
  ],
  [
    'no-consent-withdrawn',
    'a consent-withdrawn ending exists',
    'no-consent-withdrawn.yaml:674 › endings: no ending "consent-withdrawn" — add it (with when: {reason: consentWithdrawn}): the sim ends a run with it when host consent stays at 0 for two quarters (DESIGN §3)',
  ],
  [
    'unresolved-citation',
    'every cites entry resolves in sources.yaml',
    'unresolved-citation.yaml:63 › decisions[0].options[0].cites[0]: "Vetting securty forces" is not a section of 001 — did you mean "001 §Vetting security forces"?',
  ],
  [
    'long-quote',
    'quotes are at most 25 words',
    'long-quote.yaml:64 › decisions[0].options[0].quote: quote has 27 words; at most 25 are allowed — cut it to the words that carry the claim (DESIGN §5)',
  ],
  [
    'untranslated',
    'no French copy of a longer English text',
    'untranslated.yaml:62 › decisions[0].options[0].note.fr: the French text is the same as the English — translate it (an identical copy usually means a missing translation)',
  ],
  [
    'french-apostrophe',
    'French typography',
    'french-apostrophe.yaml:55 › decisions[0].options[0].label.fr: ASCII apostrophe in "Vérifier d\'abord chaque…" — use ’ (U+2019)',
  ],
  // The schema stage, in the same form:
  [
    'target-typo',
    'effect targets are drivers (schema)',
    'target-typo.yaml:72 › decisions[0].options[1].effects[1].target: "acountability" is not a driver — did you mean "accountability"? (options move drivers only)',
  ],
  [
    'unknown-key',
    'unknown keys are errors (schema)',
    'unknown-key.yaml:575 › incidents[1].wieght: unknown key "wieght" — did you mean "weight"? (allowed: kind, id, title, prompt, when, from, to, weight, cooldown, once, region, actors, effects, cites, quote, inferred, defaultOptionId, options)',
  ],
  [
    'missing-key',
    'required keys are present (schema)',
    'missing-key.yaml:86 › decisions[0].options[3]: missing required key "note" — add note: {en: …, fr: …}',
  ],
  [
    'condition-typo',
    'conditions take one of the forms of DESIGN §5 (schema)',
    'condition-typo.yaml:648 › benchmarks[1].when: "flg" is not a condition key — did you mean "flag"? (use one of {flag}, {notFlag}, {driver, above}, {driver, below}, {meter, above}, {meter, below}, {benchmark}, {reason}, {all: […]} or {any: […]})',
  ],
];

describe('each content rule, on its broken fixture', () => {
  it.each(CASES)('%s: %s', (fixture, _rule, expected) => {
    expect(checkFixture(`${BROKEN}/${fixture}.yaml`)).toEqual([expected]);
  });

  it('covers every broken fixture (a new one needs its case here)', () => {
    const files = readdirSync(BROKEN)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''));
    expect(files.sort()).toEqual(CASES.map(([fixture]) => fixture).sort());
  });
});
