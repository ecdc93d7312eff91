import type { LocalText, Scenario } from '../content/scenario.schema';
import {
  DEBRIEF_STRINGS,
  fillDebriefString,
  type DebriefLanguage,
  type DebriefStringKey,
} from '../i18n/debrief-strings';
import { lookup, optionOf } from '../sim/lookup';
import type { TraceCause } from './causal-trace';
import type { DebriefQuestion } from './questions';

const say = (
  language: DebriefLanguage,
  key: DebriefStringKey,
  values: Record<string, string | number> = {},
) => fillDebriefString(DEBRIEF_STRINGS[language][key], values);

const textIn = (text: LocalText | undefined, language: DebriefLanguage, fallback: string) =>
  text?.[language] ?? text?.en ?? fallback;

/** A quarter as the trainee reads it: "Q5" / "T5". */
export function quarterLabel(turn: number, language: DebriefLanguage): string {
  return say(language, 'quarter', { n: turn });
}

/** A whole number for the text (values stay unrounded elsewhere). */
const whole = (value: number) => String(Math.round(value));
/** A signed whole number: "+9", "−3" (U+2212), "0". */
export function signedWhole(value: number): string {
  const rounded = Math.round(value);
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `\u2212${-rounded}` : '0';
}

/**
 * A cause in words: the option's label and quarter, the incident or mandate change with its title, or the
 * starting situation; with the drift rules that carried it ("via grievance").
 */
export function describeCause(
  cause: Pick<TraceCause, 'kind' | 'sourceId' | 'decisionId' | 'turn' | 'via'>,
  scenario: Scenario,
  language: DebriefLanguage,
): string {
  const turn = quarterLabel(cause.turn, language);
  let text: string;
  switch (cause.kind) {
    case 'option': {
      const option =
        cause.decisionId === undefined ? undefined : optionOf(scenario, cause.decisionId, cause.sourceId);
      text = say(language, 'cause.option', { label: textIn(option?.label, language, cause.sourceId), turn });
      break;
    }
    case 'incident': {
      const incident = lookup(scenario).incidents.get(cause.sourceId);
      text = say(language, 'cause.incident', {
        label: textIn(incident?.title, language, cause.sourceId),
        turn,
      });
      break;
    }
    case 'mandate': {
      const change = scenario.mandateReviews.find((c) => c.id === cause.sourceId);
      text = say(language, 'cause.mandate', { label: textIn(change?.title, language, cause.sourceId), turn });
      break;
    }
    case 'initial':
      text = say(language, 'cause.initial');
  }
  if (cause.via.length === 0) return text;
  const rules = cause.via.map((rule) => {
    const key = `rule.${rule}` as DebriefStringKey;
    return key in DEBRIEF_STRINGS[language] ? say(language, key) : rule;
  });
  const list =
    rules.length < 2
      ? rules.join('')
      : `${rules.slice(0, -1).join(', ')} ${say(language, 'and')} ${rules.at(-1)!}`;
  return say(language, 'cause.via', { cause: text, rules: list });
}

/** A question of `questionsOf` in `language`: the pack's text, or a generated question's template filled. */
export function renderQuestion(
  question: DebriefQuestion,
  scenario: Scenario,
  language: DebriefLanguage,
): string {
  if (question.kind === 'pack') return textIn(question.text, language, question.id);
  const q = (turn: number) => quarterLabel(turn, language);
  const optionLabel = (decisionId: string, optionId: string) =>
    textIn(optionOf(scenario, decisionId, optionId)?.label, language, optionId);
  switch (question.pattern) {
    case 'capacity-then-harm': {
      const p = question.params;
      return say(language, `question.capacity-then-harm.${p.stance}`, {
        option: optionLabel(p.decisionId, p.optionId),
        turn: q(p.turn),
        peakTurn: q(p.peakTurn),
        harmFrom: whole(p.harmFrom),
        harmTo: whole(p.harmTo),
      });
    }
    case 'crisis-confronted': {
      const p = question.params;
      return say(language, 'question.crisis-confronted', {
        crisis: textIn(lookup(scenario).incidents.get(p.crisisId)?.title, language, p.crisisId),
        option: optionLabel(p.crisisId, p.optionId),
        turn: q(p.turn),
        consentFrom: whole(p.consentFrom),
        consentTo: whole(p.consentTo),
      });
    }
    case 'dialogue-not-followed-up': {
      const p = question.params;
      return say(language, 'question.dialogue-not-followed-up', {
        option: optionLabel(p.decisionId, p.optionId),
        turn: q(p.turn),
        endTurn: q(p.endTurn),
        ownershipFrom: whole(p.ownershipFrom),
        ownershipTo: whole(p.ownershipTo),
      });
    }
    case 'backing-unaccountable': {
      const p = question.params;
      return say(language, 'question.backing-unaccountable', {
        option: optionLabel(p.decisionId, p.optionId),
        turn: q(p.turn),
        untilTurn: q(p.untilTurn),
        accountability: whole(p.accountability),
        trustFrom: whole(p.trustFrom),
        trustTo: whole(p.trustTo),
      });
    }
    case 'largest-movement': {
      const p = question.params;
      return say(language, 'question.largest-movement', {
        meter: say(language, `meter.${p.meter}`),
        movement: signedWhole(p.movement),
        turn: q(p.turn),
        cause: p.cause ? describeCause(p.cause, scenario, language) : say(language, 'cause.initial'),
      });
    }
  }
}
