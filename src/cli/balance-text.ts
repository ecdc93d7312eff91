import { METER_IDS, type MeterId } from '../sim/meters';
import { MAX_ENDING_SHARE, MIN_ENDINGS_REACHED, type BalanceSummary, type Reach } from './balance-report';

const METER_NAMES: Readonly<Record<MeterId, string>> = {
  security: 'security',
  legitimacy: 'legitimacy',
  civilianHarm: 'civilian harm',
};

const percent = (part: number, whole: number) =>
  `${whole === 0 ? '0.0' : ((100 * part) / whole).toFixed(1)} %`;
const fixed = (value: number) => value.toFixed(1);
/** Rows of cells as aligned columns: text cells padded right, the rest left, two spaces apart. */
function table(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths = rows.reduce<number[]>(
    (w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)),
    [],
  );
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
        .join('  ')
        .trimEnd(),
  );
}

/** One card's or crisis's options: times chosen and their share of the card's answers. */
function optionRows(options: Readonly<Record<string, Reach>>): string[][] {
  const answers = Object.values(options).reduce((sum, r) => sum + r.times, 0);
  return Object.entries(options).map(([id, r]) => [
    `  ${id}`,
    `${r.times}`,
    percent(r.times, answers),
    r.runs === 0 ? 'never chosen' : '',
  ]);
}

/**
 * The designer's report of `npm run -s balance` (DESIGN §5): endings, reach of every card, option,
 * incident, benchmark and mandate change, the meters' spread per quarter, and a closing "Unreached"
 * section with the calibration criteria of issues 4–6. Ids, not titles: they are what designers edit.
 */
export function formatBalance(s: BalanceSummary): string {
  const { runs } = s;
  const seeds = runs === 1 ? s.seed : `${s.seed}, ${s.seed}.1 … ${s.seed}.${runs - 1}`;
  const out = [
    `${s.scenario} v${s.version} · ${runs} random runs · ${s.turns} quarters · ${s.difficulty} · seeds ${seeds}`,
    '',
    'Endings',
    ...table([
      ['ending', 'runs', 'share'],
      ...Object.entries(s.endings)
        .sort(([, a], [, b]) => b - a)
        .map(([id, n]) => [id, `${n}`, percent(n, runs), n > MAX_ENDING_SHARE * runs ? 'above 60 %' : '']),
    ]),
    '',
    'Decision cards, and under each its options: times chosen and share of the card’s answers',
    ...Object.entries(s.cards).flatMap(([id, card]) => [
      `  ${id}: dealt in ${card.dealt.runs} runs (${percent(card.dealt.runs, runs)}), ${card.dealt.times} hands;` +
        ` funded in ${card.funded} (${percent(card.funded, runs)})`,
      ...table(optionRows(card.options), '  '),
    ]),
    '',
    'Incidents, and under each crisis its options: times chosen and share of its answers',
    ...Object.entries(s.incidents).flatMap(([id, incident]) => [
      `  ${incident.kind} ${id}: drawn in ${incident.drawn.runs} runs (${percent(incident.drawn.runs, runs)}),` +
        ` ${incident.drawn.times} times`,
      ...(incident.options ? table(optionRows(incident.options), '  ') : []),
    ]),
    '',
    'Benchmarks',
    ...table([
      ['benchmark', 'met in runs', 'share'],
      ...Object.entries(s.benchmarks).map(([id, n]) => [id, `${n}`, percent(n, runs)]),
    ]),
    '',
    `Mandate changes (${s.reviews} reviews held)`,
    ...(Object.keys(s.mandateChanges).length === 0
      ? ['  (the pack has no mandate changes)']
      : table([
          ['change', 'applied in runs', 'share', 'times'],
          ...Object.entries(s.mandateChanges).map(([id, r]) => [
            id,
            `${r.runs}`,
            percent(r.runs, runs),
            `${r.times}`,
          ]),
        ])),
    '',
    'Meters at the end of each quarter: p10 / mean / p90',
    ...table([
      ['quarter', ...METER_IDS.map((m) => METER_NAMES[m])],
      ...s.meters.security.mean.map((_, q) => [
        `${q + 1}`,
        ...METER_IDS.map((m) => {
          const { p10, mean, p90 } = s.meters[m];
          return `${fixed(p10[q]!)} / ${fixed(mean[q]!)} / ${fixed(p90[q]!)}`;
        }),
      ]),
    ]),
    '',
    ...unreachedSection(s),
  ];
  return `${out.join('\n')}\n`;
}

/** The closing section: what no run reached, endings above 60 %, and the calibration criteria. */
export function unreachedSection(s: BalanceSummary): string[] {
  const u = s.unreached;
  const unusedCards = new Set(u.cards);
  const crisesNeverDrawn = new Set(u.incidents);
  const options = u.options.filter((key) => {
    const card = key.slice(0, key.indexOf('/'));
    return !unusedCards.has(card) && !crisesNeverDrawn.has(card); // those are listed with their card
  });
  const line = (label: string, ids: readonly string[]) =>
    ids.length === 0 ? [] : [`  ${label.padEnd(15)}${ids.join(', ')}`];
  const cardsText = u.cards.map(
    (id) => `${id} (and its ${Object.keys(s.cards[id]?.options ?? {}).length} options)`,
  );
  const incidentsText = u.incidents.map((id) => {
    const options = s.incidents[id]?.options;
    return options ? `${id} (a crisis, and its ${Object.keys(options).length} options)` : id;
  });
  const above = s.dominant.map((id) => `${id} (${percent(s.endings[id] ?? 0, s.runs)})`);
  const body = [
    ...line('never dealt:', cardsText),
    ...line('never chosen:', options),
    ...line('never drawn:', incidentsText),
    ...line('never reached:', u.endings),
    ...line('never met:', u.benchmarks),
    ...line('never applied:', u.mandateChanges),
    ...line('above 60 %:', above),
  ];
  return [
    'Unreached',
    ...(body.length === 0
      ? ['  nothing: every card, option, incident, ending, benchmark and mandate change was reached']
      : body),
    `  calibration (issues 4–6): ${calibrationText(s)}`,
  ];
}

/** The calibration criteria of issues 4–6, as data: what `--json` adds and the text's last line reads. */
export function calibrationOf(s: BalanceSummary) {
  const endingsReached = Object.values(s.endings).filter((n) => n > 0).length;
  const u = s.unreached;
  const contentUnreached = u.cards.length + u.options.length + u.incidents.length;
  const met = endingsReached >= MIN_ENDINGS_REACHED && s.dominant.length === 0 && contentUnreached === 0;
  return { endingsReached, endingsAbove60: s.dominant, contentUnreached, met };
}

function calibrationText(s: BalanceSummary): string {
  const c = calibrationOf(s);
  const mark = (ok: boolean) => (ok ? '✔' : '✘');
  const criteria = [
    `${mark(c.endingsReached >= MIN_ENDINGS_REACHED)} ${c.endingsReached} of ${Object.keys(s.endings).length}` +
      ` endings reached (needs ≥ ${MIN_ENDINGS_REACHED})`,
    `${mark(c.endingsAbove60.length === 0)} ${c.endingsAbove60.length === 0 ? 'no ending' : c.endingsAbove60.join(', ')} above 60 %`,
    c.contentUnreached === 0
      ? `${mark(true)} every card, option and incident reached`
      : `${mark(false)} ${c.contentUnreached} cards, options or incidents never reached`,
  ];
  return `${c.met ? 'met' : 'not met'} — ${criteria.join(' · ')}`;
}
