import type { Scenario } from '../content/scenario.schema';
import type { Locale } from '../i18n/i18n';

const CORE_TERMS = ['ssr', 'poc', 'ddr', 'hrddp', 'vetting', 'capital', 'consent', 'review'] as const;

/** The help dialog's glossary: the interface's own terms, then the pack's (when a session is open). */
export function selectGlossary(
  scenario: Scenario | undefined,
  locale: Locale,
): { readonly term: string; readonly definition: string }[] {
  const core = CORE_TERMS.map((id) => ({
    term: locale.t(`glossary.${id}`),
    definition: locale.t(`glossary.${id}.definition`),
  }));
  const pack = (scenario?.glossary ?? []).map((entry) => ({
    term: locale.text(entry.term),
    definition: locale.text(entry.definition),
  }));
  return [...core, ...pack.filter((entry) => !core.some((c) => c.term === entry.term))];
}
