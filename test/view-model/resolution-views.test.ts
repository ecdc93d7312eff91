import { describe, expect, it } from 'vitest';
import { decodeRunCode } from '../../src/sim/run-code';
import { afterColon, selectEndingView } from '../../src/view-model/ending-view';
import { selectPendingLedger } from '../../src/view-model/ledger-view';
import { selectReportView } from '../../src/view-model/report-view';
import { selectReviewView } from '../../src/view-model/review-view';
import { loadFixture } from '../support/fixture';
import { aFixtureSession, endQuarter, LOCALES, openFirstQuarter, resolveQuarter } from '../support/session';

const { en, fr } = LOCALES;

// Fixture: crash-train-equip (rapid-reaction-force) carries { accountability −4, delay 3, when oversight
// below 40 }; chosen in quarter 1 it lands at quarter 4's resolution (the fixture's oversight starts at 20).
const CRASH: [string, string] = ['rapid-reaction-force', 'crash-train-equip'];

describe('the pending-consequences ledger', () => {
  it('names the decision, its quarter and when more lands — never the sign or size', () => {
    const actor = endQuarter(openFirstQuarter(aFixtureSession()), [CRASH]);
    const { sim, scenario } = actor.getSnapshot().context;
    const items = selectPendingLedger(sim, scenario, en)!;
    expect(items).toContainEqual(
      expect.objectContaining({
        decisionId: 'rapid-reaction-force',
        optionId: 'crash-train-equip',
        turn: 1,
        dueTurns: [4],
        text: '“Crash train-and-equip” (A rapid reaction battalion, quarter 1): quarter 4',
      }),
    );
    expect(selectPendingLedger(sim, scenario, fr)).toContainEqual(
      expect.objectContaining({
        text: '«\u00a0Former et équiper au pas de charge\u00a0» (Un bataillon d’intervention rapide, trimestre 1)\u00a0: trimestre 4',
      }),
    );
  });

  it('lists only the trainee’s decisions, and nothing once they have landed', () => {
    const actor = openFirstQuarter(aFixtureSession());
    endQuarter(actor, [CRASH]);
    for (let quarter = 2; quarter <= 4; quarter++) endQuarter(actor);
    const { sim, scenario } = actor.getSnapshot().context;
    const items = selectPendingLedger(sim, scenario, en)!;
    expect(items.filter((item) => item.optionId === 'crash-train-equip')).toEqual([]);
    const decided = new Set(sim.pending.flatMap((effect) => effect.cause.decisionId ?? []));
    expect(items.every((item) => decided.has(item.decisionId))).toBe(true);
  });

  it('is hidden on Hard', () => {
    const actor = endQuarter(openFirstQuarter(aFixtureSession({ difficulty: 'hard' })), [CRASH]);
    const { sim, scenario } = actor.getSnapshot().context;
    expect(sim.pending.length).toBeGreaterThan(0);
    expect(selectPendingLedger(sim, scenario, en)).toBeUndefined();
  });
});

describe('the resolution report', () => {
  it('announces a delayed consequence as news naming the earlier decision and its quarter', () => {
    const actor = openFirstQuarter(aFixtureSession());
    endQuarter(actor, [CRASH]);
    endQuarter(actor);
    endQuarter(actor);
    resolveQuarter(actor); // quarter 4, left on its report
    expect(actor.getSnapshot().value).toBe('report');
    const report = selectReportView(actor.getSnapshot().context, en);
    expect(report.turn).toBe(4);
    expect(report.delayed.map((item) => item.text)).toContain(
      'Your decision “Crash train-and-equip” (A rapid reaction battalion, quarter 1) is having further effects.',
    );
  });

  it('words a consequence landing in a named region as a report from there', () => {
    // integrate-on-schedule (sixty-day-list, quarter 1) carries { accountability −4, delay 4, region north-hills }.
    const actor = openFirstQuarter(aFixtureSession());
    endQuarter(actor, [['sixty-day-list', 'integrate-on-schedule']]);
    for (let quarter = 2; quarter <= 4; quarter++) endQuarter(actor);
    resolveQuarter(actor); // quarter 5
    const report = selectReportView(actor.getSnapshot().context, fr);
    expect(report.delayed.map((item) => item.text)).toContain(
      'Collines du Nord\u00a0: votre décision «\u00a0Les intégrer dans les délais\u00a0» (La liste des 60 jours, trimestre 1) y produit de nouveaux effets.',
    );
  });

  it('makes one announcement summarising the meters and the delayed consequences', () => {
    const actor = resolveQuarter(openFirstQuarter(aFixtureSession()));
    const report = selectReportView(actor.getSnapshot().context, en);
    const meters = report.meters.map((m) => `${m.name} ${m.valueText}`).join('; ');
    expect(report.announcement).toBe(`Quarter 1 resolved. ${meters}.`); // nothing was decided earlier
    expect(report.announcement).toMatch(
      /^Quarter 1 resolved\. Security \d+ of 100, (up \d+|down \d+|no change); Legitimacy /,
    );
    expect(report.continueLabel).toBe('Continue');
  });
});

describe('the mandate review', () => {
  it('scores the benchmarks as met, missed (past their quarter) or open', () => {
    // inclusive-dialogue sets dialogue-launched in quarter 1; nothing sets assessment-done (due by 4).
    const actor = openFirstQuarter(aFixtureSession());
    endQuarter(actor, [['national-dialogue', 'inclusive-dialogue']]);
    for (let quarter = 2; quarter <= 3; quarter++) endQuarter(actor);
    resolveQuarter(actor);
    closeReportTo(actor, 'review');
    const review = selectReviewView(actor.getSnapshot().context, en);
    expect(review.heading).toBe('Mandate review after quarter 4');
    expect(review.continueLabel).toBe('Continue to quarter 5');
    const status = Object.fromEntries(review.benchmarks.map((b) => [b.id, b.statusText]));
    expect(status['dialogue-launched']).toBe('met in quarter 1');
    expect(status['assessment-done']).toBe('missed (due by quarter 4)');
    expect(status['oversight-functioning']).toBe('not yet met (due by quarter 8)');
    expect(review.benchmarks.find((b) => b.id === 'harm-reduced')?.termText).toBe('Long term');
  });
});

function closeReportTo(actor: ReturnType<typeof aFixtureSession>, state: 'review') {
  actor.send({ type: 'report.closed' });
  expect(actor.getSnapshot().value).toBe(state);
}

describe('afterColon', () => {
  it('lowercases a French title’s first letter, but not an acronym’s, and leaves English alone', () => {
    expect(afterColon('Une passation fragile', fr)).toBe('une passation fragile');
    expect(afterColon('L’armée se disloque', fr)).toBe('l’armée se disloque');
    expect(afterColon('ONU : le retrait', fr)).toBe('ONU : le retrait');
    expect(afterColon('A fragile hand-over', en)).toBe('A fragile hand-over');
  });
});

describe('the ending and its summary', () => {
  const finished = () => {
    const actor = openFirstQuarter(aFixtureSession());
    while (actor.getSnapshot().value === 'deciding') endQuarter(actor);
    expect(actor.getSnapshot().value).toBe('ending');
    return actor.getSnapshot().context;
  };

  it('tells the ending and gives a run code that decodes to the log played', () => {
    const context = finished();
    const view = selectEndingView(context, en);
    const ending = loadFixture().endings.find((e) => e.id === context.sim.ending?.id)!;
    expect(view.title).toBe(ending.title.en);
    expect(view.heading).toBe(`The ending: ${ending.title.en}`);
    // French lowercases the title's first letter after the colon; the title alone keeps its capital.
    const french = selectEndingView(context, fr);
    expect(french.title).toBe(ending.title.fr);
    expect(french.heading).toBe(
      `Le dénouement\u00a0: ${ending.title.fr[0]!.toLowerCase()}${ending.title.fr.slice(1)}`,
    );
    expect(ending.title.fr[0]).not.toBe(ending.title.fr[0]!.toLowerCase()); // else this says nothing
    const decoded = decodeRunCode(view.runCode!, loadFixture());
    expect(decoded).toEqual({ ok: true, log: context.log });
  });
});
