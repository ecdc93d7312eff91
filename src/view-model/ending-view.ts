import type { SessionContext } from '../flow/session-context';
import type { Locale } from '../i18n/i18n';
import { encodeRunCode } from '../sim/run-code';
import { meterViews, type MeterView } from './meters-view';

export interface EndingView {
  readonly heading: string;
  readonly title: string;
  readonly text: string;
  readonly reasonText: string;
  /** The meters after the hand-over step (effects still pending landed), against the last quarter. */
  readonly meters: readonly MeterView[];
  readonly note: string;
  /** Undefined only if the log cannot be encoded (it always can for a log the machine wrote). */
  readonly runCode?: string;
}

function runCodeOf(context: SessionContext): string | undefined {
  try {
    return encodeRunCode(context.log, context.scenario);
  } catch {
    return undefined;
  }
}

/**
 * A title as it reads after a colon: French lowercases its first letter there (« Le dénouement : une mission
 * discréditée »), unless the title opens with an acronym (« ONU… »); English keeps it.
 */
export function afterColon(title: string, locale: Locale): string {
  if (locale.language !== 'fr' || title.length < 2) return title;
  const [first = '', second = ''] = title;
  return second === second.toLowerCase() ? first.toLowerCase() + title.slice(1) : title;
}

function endingOf(context: SessionContext, locale: Locale) {
  const id = context.sim.ending?.id;
  const ending = context.scenario.endings.find((e) => e.id === id) ?? context.scenario.endings.at(-1);
  return {
    title: ending ? locale.text(ending.title) : (id ?? ''),
    text: ending ? locale.text(ending.text) : '',
  };
}

/** The ending screen: the outcome narrative, why the mission ended, the meters at hand-over, the run code. */
export function selectEndingView(context: SessionContext, locale: Locale): EndingView {
  const { sim } = context;
  const ending = endingOf(context, locale);
  const reason = sim.ending?.reason ?? 'lastTurn';
  const turn = sim.ending?.turn ?? sim.turn;
  const last = sim.history.at(-1)?.report ?? sim.meters;
  const after = sim.afterHandover?.report ?? last;
  const runCode = runCodeOf(context);
  return {
    heading: locale.t('ending.heading', { ending: afterColon(ending.title, locale) }),
    title: ending.title,
    text: ending.text,
    reasonText: locale.t(`ending.reason.${reason}`, { turn, turns: sim.settings.turns }),
    meters: meterViews(after, last, locale),
    note: locale.t('ending.note'),
    ...(runCode ? { runCode } : {}),
  };
}
