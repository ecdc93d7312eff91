/**
 * The debrief's own wording in English and French: the templates of the questions generated from a run
 * (src/debrief/questions.ts), and the names of meters, causes and drift rules those questions and causal
 * trace lines need. Flat keys with i18next-style `{{name}}` placeholders, so the overlay can merge them into its
 * resources. French as a francophone trainer writes it (STYLE §6): ’, a no-break space (U+00A0) before ":"
 * and inside « », a narrow no-break space (U+202F) before ";", "?" and "!".
 */

import type { Language } from './languages';

/** The languages the debrief is written in: the interface's (DESIGN §1). */
export type DebriefLanguage = Language;

const en = {
  // Questions generated from a run's turning points. {{turn}} etc. are quarter labels ("Q5").
  'question.capacity-then-harm.capacity-first':
    'You chose “{{option}}” in {{turn}}: capacity before accountability. Harm by state forces rose from {{harmFrom}} to {{harmTo}} by {{peakTurn}}. What happened to legitimacy in {{peakTurn}}, and why?',
  'question.capacity-then-harm.appease':
    'You chose “{{option}}” in {{turn}} to buy calm. Harm by state forces rose from {{harmFrom}} to {{harmTo}} by {{peakTurn}}. What happened to legitimacy in {{peakTurn}}, and why?',
  'question.crisis-confronted':
    'In {{turn}} you answered “{{crisis}}” with “{{option}}”, a public break. Host consent went from {{consentFrom}} to {{consentTo}}. What did the rupture cost civilians and your influence, and was there a middle path?',
  'question.dialogue-not-followed-up':
    'You launched a national dialogue in {{turn}} (“{{option}}”) and never followed it up. National ownership went from {{ownershipFrom}} to {{ownershipTo}} by {{endTurn}}. What would it have taken to keep its recommendations alive?',
  'question.backing-unaccountable':
    'In {{turn}} you backed forces whose accountability stood at {{accountability}} out of 100 (“{{option}}”). Communities’ trust in the mission went from {{trustFrom}} to {{trustTo}} by {{untilTurn}}. What did being seen at their side change for civilians?',
  'question.largest-movement':
    '{{meter}} moved {{movement}} points in {{turn}}, the largest change in a single quarter. Its main cause: {{cause}}. Did you see it coming?',

  // The pieces a question or a trace line is built from.
  quarter: 'Q{{n}}',
  'cause.option': '“{{label}}” ({{turn}})',
  'cause.incident': 'the incident “{{label}}” ({{turn}})',
  'cause.mandate': 'the mandate change “{{label}}” ({{turn}})',
  'cause.initial': 'the situation at the start',
  'cause.via': '{{cause}}, via {{rules}}',
  and: 'and',
  'meter.security': 'Security',
  'meter.legitimacy': 'Legitimacy',
  'meter.civilianHarm': 'Civilian harm',
  'rule.vetting-decay': 'vetting decay',
  'rule.follow-up': 'dialogue follow-up',
  'rule.unpaid-forces': 'unpaid forces',
  'rule.grievance': 'grievance',
  'rule.pressure': 'pressure on armed groups',
  'rule.association': 'association with the forces',
  'rule.substitution': 'substitution',
  'rule.redeployment': 'redeployment',
  'rule.coordination': 'coordination',
  'rule.consent': 'consent',
};

/** A key of {@linkcode DEBRIEF_STRINGS}. */
export type DebriefStringKey = keyof typeof en;

/** The debrief's strings, by language; every language has exactly the keys of English. */
export const DEBRIEF_STRINGS: Readonly<Record<DebriefLanguage, Readonly<Record<DebriefStringKey, string>>>> =
  {
    en,
    fr: {
      'question.capacity-then-harm.capacity-first':
        'Au {{turn}}, vous avez choisi « {{option}} » : la capacité avant la redevabilité. Les atteintes commises par les forces de l’État sont passées de {{harmFrom}} à {{harmTo}} au {{peakTurn}}. Qu’est-il arrivé à la légitimité au {{peakTurn}}, et pourquoi ?',
      'question.capacity-then-harm.appease':
        'Au {{turn}}, vous avez choisi « {{option}} » pour acheter le calme. Les atteintes commises par les forces de l’État sont passées de {{harmFrom}} à {{harmTo}} au {{peakTurn}}. Qu’est-il arrivé à la légitimité au {{peakTurn}}, et pourquoi ?',
      'question.crisis-confronted':
        'Au {{turn}}, face à « {{crisis}} », vous avez choisi « {{option}} » : une rupture publique. Le consentement de l’hôte est passé de {{consentFrom}} à {{consentTo}}. Qu’a coûté cette rupture aux civils et à votre influence ? Existait-il une voie médiane ?',
      'question.dialogue-not-followed-up':
        'Vous avez lancé un dialogue national au {{turn}} (« {{option}} ») sans jamais lui donner suite. L’appropriation nationale est passée de {{ownershipFrom}} à {{ownershipTo}} au {{endTurn}}. Que fallait-il pour que ses recommandations restent vivantes ?',
      'question.backing-unaccountable':
        'Au {{turn}}, vous avez appuyé des forces dont la redevabilité n’atteignait que {{accountability}} sur 100 (« {{option}} »). La confiance des communautés envers la mission est passée de {{trustFrom}} à {{trustTo}} au {{untilTurn}}. Qu’a changé, pour les civils, le fait de vous voir à leurs côtés ?',
      'question.largest-movement':
        'La jauge « {{meter}} » a varié de {{movement}} points au {{turn}}, le plus fort mouvement en un seul trimestre. Sa cause principale : {{cause}}. L’aviez-vous vu venir ?',

      quarter: 'T{{n}}',
      'cause.option': '« {{label}} » ({{turn}})',
      'cause.incident': 'l’incident « {{label}} » ({{turn}})',
      'cause.mandate': 'le changement de mandat « {{label}} » ({{turn}})',
      'cause.initial': 'la situation de départ',
      'cause.via': '{{cause}}, via {{rules}}',
      and: 'et',
      'meter.security': 'Sécurité',
      'meter.legitimacy': 'Légitimité',
      'meter.civilianHarm': 'Atteintes aux civils',
      'rule.vetting-decay': 'l’érosion du filtrage',
      'rule.follow-up': 'le suivi du dialogue',
      'rule.unpaid-forces': 'les soldes impayées',
      'rule.grievance': 'les griefs',
      'rule.pressure': 'la pression sur les groupes armés',
      'rule.association': 'l’association aux forces',
      'rule.substitution': 'la substitution',
      'rule.redeployment': 'le redéploiement',
      'rule.coordination': 'la coordination',
      'rule.consent': 'le consentement',
    },
  };

/** Fills `{{name}}` placeholders from `values`; an unknown placeholder is left visible. */
export function fillDebriefString(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (match, name: string) => {
    const value = values[name];
    return value === undefined ? match : String(value);
  });
}
