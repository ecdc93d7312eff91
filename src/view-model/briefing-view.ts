import type { Scenario } from '../content/scenario.schema';
import type { Locale } from '../i18n/i18n';
import { METER_IDS, type MeterId } from '../sim/meters';
import { METER_ICONS, type MeterIcon } from './meters-view';

export interface BriefingView {
  readonly heading: string;
  readonly situation: string;
  readonly history: string;
  readonly mandate: string;
  readonly actors: readonly { readonly id: string; readonly name: string; readonly wants: string }[];
  readonly meters: readonly { readonly id: MeterId; readonly icon: MeterIcon; readonly text: string }[];
  /** Political capital, host consent and delayed effects, explained. */
  readonly rules: readonly string[];
  readonly objectives: readonly string[];
  /** The pack's first-quarter tutorial tips, in order. */
  readonly tutorial: readonly string[];
}

/** The briefing: situation, background, mandate, actors, the meters explained, the learning objectives. */
export function selectBriefingView(scenario: Scenario, locale: Locale): BriefingView {
  const { briefing } = scenario;
  return {
    heading: locale.t('briefing.heading', { scenario: locale.text(scenario.title) }),
    situation: locale.text(briefing.situation),
    history: locale.text(briefing.history),
    mandate: locale.text(briefing.mandate),
    actors: scenario.actors.map((actor) => ({
      id: actor.id,
      name: locale.text(actor.name),
      wants: locale.t('briefing.actorWants', { wants: locale.text(actor.wants) }),
    })),
    meters: METER_IDS.map((id) => ({ id, icon: METER_ICONS[id], text: locale.t(`briefing.meter.${id}`) })),
    rules: [locale.t('briefing.capital'), locale.t('briefing.consent'), locale.t('briefing.delays')],
    objectives: scenario.objectives.map((objective) => locale.text(objective.text)),
    tutorial: scenario.tutorial.map((step) => locale.text(step.text)),
  };
}
