import type { TagPolicy } from '../../src/sim/policy';
import { policy, type Claim } from './claims';
import { later, now, over } from './paired';
import {
  backingUnaccountable,
  neverBacking,
  withFollowUp,
  withOversight,
  withoutFollowUp,
  withoutOversight,
} from './scripted';

/**
 * The seeds' causal claims of issue 2, as comparisons between policies (one rule for all: paired difference
 * ≥ 2 points and > 2 SE, paired.ts). The fixture and every shipped pack are held to the same list.
 * Model-level claims must also hold with every option effect moved to delay 0 (the delay then comes from the
 * equations). Scripted arms (scripted.ts) express contrasts a tag policy cannot.
 */
export const DOCTRINE_CLAIMS: readonly { readonly title: string; readonly claim: () => Claim }[] = [
  {
    title:
      'capacity-first vs accountability-first: security higher now, civilian harm higher later (digest claim 1, 001 §Relationship in policy)',
    claim: () => ({
      a: policy('capacity-first'),
      b: policy('accountability-first'),
      all: [
        { measure: now('security'), higher: 'a' },
        { measure: later('civilianHarm'), higher: 'a' },
      ],
      modelLevel: true,
    }),
  },
  {
    title:
      'appease vs accountability-first: security higher now, harm by state forces higher later (digest claims 6 and 20, 003 ch10, 003 ch6)',
    claim: () => ({
      a: policy('appease'),
      b: policy('accountability-first'),
      all: [
        { measure: now('security'), higher: 'a' },
        { measure: later('harmByState'), higher: 'a' },
      ],
      modelLevel: true,
    }),
  },
  {
    // The same vetting policy, once never funding oversight, once funding controls first.
    title:
      'vetting without oversight vs with: accountability lower later (digest claim 5, 001 §Vetting security forces)',
    claim: () => ({
      a: withoutOversight(policy('vetting')),
      b: withOversight(policy('vetting')),
      all: [{ measure: later('accountability'), higher: 'b' }],
      modelLevel: true,
    }),
  },
  {
    title: 'inclusive vs top-down: legitimacy higher later (digest claims 17 and 18, 003 ch15)',
    claim: () => ({
      a: policy('inclusive'),
      b: policy('top-down'),
      all: [{ measure: later('legitimacy'), higher: 'a' }],
    }),
  },
  {
    // The same dialogue policy, once never following up, once following up first.
    title: 'dialogue without follow-up vs with: ownership lower later (digest claim 16, 003 ch15)',
    claim: () => ({
      a: withoutFollowUp(policy('dialogue')),
      b: withFollowUp(policy('dialogue')),
      all: [{ measure: later('ownership'), higher: 'b' }],
      modelLevel: true,
    }),
  },
  {
    title: 'acquiesce vs mitigate: civilian harm higher later (digest claim 9, 002 §4)',
    claim: () => ({
      a: policy('acquiesce'),
      b: policy('mitigate'),
      all: [{ measure: later('civilianHarm'), higher: 'a' }],
    }),
  },
  {
    title:
      'confront vs mitigate: civilian harm higher now (digest claims 10 and 11, 003 ch13 "DRC…", 003 ch11)',
    claim: () => ({
      a: policy('confront'),
      b: policy('mitigate'),
      all: [{ measure: now('civilianHarm'), higher: 'a' }],
    }),
  },
  {
    title: 'coordinate vs fragment: legitimacy or security higher later (digest card C5, 003 ch16)',
    claim: () => ({
      a: policy('coordinate'),
      b: policy('fragment'),
      any: [
        { measure: later('legitimacy'), higher: 'a' },
        { measure: later('security'), higher: 'a' },
      ],
    }),
  },
  {
    // The quick-win policy funds nothing but quick wins (every other stance is in its `avoid` list):
    // quick wins *instead of* deep reform, the contrast of the claim.
    title:
      'quick-win vs mixed: composite higher over quarters 1–3, lower at the end (digest claim 14, 004 5.4.6)',
    claim: () => ({
      a: policy('quick-win'),
      b: policy('mixed'),
      all: [
        { measure: over(1, 3, 'composite'), higher: 'a' },
        { measure: later('composite'), higher: 'b' },
      ],
    }),
  },
  {
    // The mixed policy, once backing the forces whenever it can while accountability < 40, once never.
    title:
      'association: backing forces while accountability < 40 vs not, trust lower later (digest claim 7, 001 §Community responsiveness)',
    claim: () => ({
      a: backingUnaccountable(policy('mixed')),
      b: neverBacking(policy('mixed')),
      all: [{ measure: later('trust'), higher: 'b' }],
      modelLevel: true,
    }),
  },
];

/** A policy preferring one stance and nothing else (the single-stance policies the mixed policy must beat). */
export const singleStance = (stance: string): TagPolicy => ({
  name: stance,
  prefer: [`stance:${stance}`],
  avoid: [],
});
