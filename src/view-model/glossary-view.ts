import type { LocalText, Scenario } from '../content/scenario.schema';
import type { Locale } from '../i18n/i18n';

/** One term of scenarios/glossary.yaml (the packs' shared glossary) or of a pack's own `glossary`. */
export interface GlossaryTerm {
  readonly id: string;
  readonly term: LocalText;
  readonly definition: LocalText;
}

export interface GlossaryEntryView {
  readonly id: string;
  readonly term: string;
  readonly definition: string;
}

const isText = (value: unknown): value is LocalText =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>).en === 'string' &&
  typeof (value as Record<string, unknown>).fr === 'string';

/** The terms of a glossary file as the build hands it over (`{ terms: [...] }`), keeping only well-formed ones. */
export function glossaryTerms(file: unknown): GlossaryTerm[] {
  const terms = (file as { terms?: unknown } | null)?.terms;
  if (!Array.isArray(terms)) return [];
  return terms.filter(
    (entry): entry is GlossaryTerm =>
      typeof (entry as GlossaryTerm | null)?.id === 'string' &&
      isText((entry as GlossaryTerm).term) &&
      isText((entry as GlossaryTerm).definition),
  );
}

/**
 * The help dialog's glossary: political capital (the interface's own term), the shared glossary, then the
 * open pack's additions; a pack term with the id of a shared one replaces it.
 */
export function selectGlossary(
  shared: readonly GlossaryTerm[],
  scenario: Scenario | undefined,
  locale: Locale,
): GlossaryEntryView[] {
  const pack = scenario?.glossary ?? [];
  const packIds = new Set(pack.map((entry) => entry.id));
  const terms = [...shared.filter((entry) => !packIds.has(entry.id)), ...pack];
  return [
    {
      id: 'political-capital',
      term: locale.t('glossary.capital'),
      definition: locale.t('glossary.capital.definition'),
    },
    ...terms.map((entry) => ({
      id: entry.id,
      term: locale.text(entry.term),
      definition: locale.text(entry.definition),
    })),
  ];
}
