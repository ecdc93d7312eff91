import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveCoefficients } from '../../src/sim/defaults';
import { evaluateAt } from '../../src/sim/model';
import { expectObjectivesTraced, loadPack, partsOf, type ObjectiveTrace } from './pack-checks';

// The Kessaria pack (issue 4): what the generic content tests and the lint cannot know — the digest's words for
// the country's starting point (§5.1), the size of the pack, its map, and the traces the issue asks for.
const GLOSSARY = new URL('../../scenarios/glossary.yaml', import.meta.url);
const pack = loadPack('kessaria.yaml');
const { options } = partsOf(pack);

describe('Kessaria: the starting point of digest §5.1', () => {
  // "S very low, L very low, H high": very low < 20, high > 65 (issue 4), read through the model's equations.
  const { targets } = evaluateAt(pack.startingDrivers, resolveCoefficients(pack.coefficients));

  it('starts with very low security, very low legitimacy and high civilian harm', () => {
    expect(targets.security).toBeLessThan(20);
    expect(targets.legitimacy).toBeLessThan(20);
    expect(targets.civilianHarm).toBeGreaterThan(65);
  });

  it('starts with fragmented donors and forces that are paid only just', () => {
    expect(pack.startingDrivers.coherence).toBeLessThan(35); // "donors fragmented"
    expect(pack.startingDrivers.fiscal).toBeLessThan(35); // 83.5 % of the army budget is wages (003 ch7)
    expect(pack.startingDrivers.accountability).toBeLessThan(20); // pro-government militias act with impunity
  });
});

describe('Kessaria: its own counters', () => {
  // The checks every pack shares are in shipped-packs.test.ts; here, what only Kessaria promises.
  it('counts courthouses built among its vanity outputs', () => {
    expect(new Set(options.flatMap((o) => Object.keys(o.outputs ?? {})))).toContain('courthouses-built');
  });
});

describe('Kessaria: reviews, endings, debrief', () => {
  it('strips vetting and train-and-equip support when consent is below the floor, and presses for a drawdown', () => {
    const stripped = pack.mandateReviews.find((m) => m.trigger === 'consentFloor');
    expect(stripped?.suspendLevers).toEqual(expect.arrayContaining(['vetting', 'train-equip']));
    const drawdown = pack.mandateReviews.find((m) =>
      m.effects?.some((e) => e.target === 'protection' && e.delta < 0),
    );
    expect(JSON.stringify(drawdown?.when)).toContain('security');
  });

  // Each learning objective and the claims of digest §4 its cards exercise (the pack's comments say the same).
  const TRACE: ObjectiveTrace = {
    'capacity-and-accountability': {
      claims: [1, 4, 5, 6, 21, 27],
      cards: [
        'rapid-reaction-battalion',
        'sixty-day-list',
        'clean-record-no-controls',
        'whoever-defence-sends',
        'mixed-units',
        'hardware-gift',
        'co-location',
      ],
    },
    'spectrum-of-responses': {
      claims: [7, 8, 9, 10, 11],
      cards: [
        'support-to-operations',
        'tainted-generals',
        'detainee-beaten',
        'brigades-massacre',
        'market-killings-report',
        'contractor-killings',
        'vetting-our-own',
      ],
    },
    'owned-and-followed-up': {
      claims: [15, 16, 17, 18, 19, 23],
      cards: [
        'after-the-forum',
        'who-sits-at-the-table',
        'national-security-policy',
        'regional-security-committees',
        'two-armies-in-one-uniform',
        'winners-justice',
      ],
    },
    'affordable-and-coordinated': {
      claims: [20, 22, 25, 26, 27, 28],
      cards: [
        'ghost-soldiers',
        'expenditure-review',
        'ten-thousand-police',
        'pay-mutiny',
        'disarm-before-funding',
        'donor-lanes',
        'pledged-not-paid',
      ],
    },
    'beyond-quick-wins': {
      claims: [2, 3, 12, 13, 14, 24],
      cards: [
        'workshops-or-trainers',
        'raids-in-vessa',
        'listen-to-communities',
        'handover-planning',
        'mission-silos',
      ],
    },
  };

  it('traces 3 to 5 learning objectives to the cards and claims they exercise', () => {
    expectObjectivesTraced(pack, TRACE);
  });
});

describe('scenarios/glossary.yaml', () => {
  const glossary = parse(readFileSync(GLOSSARY, 'utf8')) as {
    terms: { id: string; term: Record<string, string>; definition: Record<string, string> }[];
  };

  it('defines at least 30 terms in English and French, with unique kebab-case ids', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(30);
    const ids = glossary.terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of glossary.terms) {
      expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const text of [entry.term, entry.definition])
        for (const lang of ['en', 'fr']) expect(text[lang]?.trim(), `${entry.id}.${lang}`).toBeTruthy();
    }
  });

  it('uses the agreed French terms', () => {
    const fr = Object.fromEntries(glossary.terms.map((t) => [t.id, t.term.fr]));
    expect(fr.ssr).toBe('Réforme du secteur de la sécurité (RSS)');
    expect(fr.poc).toBe('Protection des civils (POC)');
    expect(fr.ddr).toBe('Désarmement, démobilisation et réintégration (DDR)');
    expect(fr.hrddp).toBe('Politique de diligence voulue en matière de droits de l’homme (HRDDP)');
  });

  it('types French apostrophes and the spaces before : ; ? !', () => {
    for (const entry of glossary.terms)
      for (const fr of [entry.term.fr!, entry.definition.fr!]) {
        expect(fr, entry.id).not.toMatch(/'/);
        expect(fr, entry.id).not.toMatch(/[^\u00a0]:|[^\u202f][;?!]/u);
      }
  });
});
