import type { LocalText } from '../content/scenario.schema';
import type { Locale } from '../i18n/i18n';
import type { SessionLog } from '../sim/replay';
import { savedQuarter, type SaveReading } from './saved-session';

/** What the title says about the saved session: resumable, or unreadable with perhaps a backup to resume. */
export type SavedOfferView =
  | { readonly kind: 'resume'; readonly summary: string }
  | { readonly kind: 'problem'; readonly problem: string; readonly backup?: string };

/** A pack as the scenario index lists it. */
interface IndexedPack {
  readonly id: string;
  readonly title: LocalText;
}

/** "Kessaria, quarter 3 of 8", "Kessaria, finished", or why the log cannot be resumed here. */
function describeLog(
  log: SessionLog,
  packs: readonly IndexedPack[],
  locale: Locale,
): { ok: true; text: string } | { ok: false; text: string } {
  const pack = packs.find((entry) => entry.id === log.scenarioId);
  if (!pack) return { ok: false, text: locale.t('save.unknownPack', { scenario: log.scenarioId }) };
  const scenario = locale.text(pack.title);
  const quartersEnded = log.inputs.filter((input) => input.type === 'turn.ended').length;
  return {
    ok: true,
    text:
      quartersEnded >= log.turns
        ? locale.t('title.savedEnded', { scenario })
        : locale.t('title.savedSummary', { scenario, turn: savedQuarter(log), turns: log.turns }),
  };
}

/**
 * The title's saved-session section: nothing without a save; Continue for a readable save of a pack this
 * build has; otherwise the problem in words — damaged, from a newer game, for an unknown pack — and the
 * backup when it can be resumed (DESIGN §8: never a blank screen, nothing saved is lost).
 */
export function selectSavedOffer(
  current: SaveReading,
  backup: SaveReading,
  packs: readonly IndexedPack[],
  locale: Locale,
): SavedOfferView | undefined {
  if (current.status === 'empty') return undefined;
  if (current.status === 'ok') {
    const described = describeLog(current.save.log, packs, locale);
    return described.ok
      ? { kind: 'resume', summary: described.text }
      : { kind: 'problem', problem: described.text };
  }
  const problem = locale.t(current.status === 'newer' ? 'save.newer' : 'save.damaged');
  const fallback = backup.status === 'ok' ? describeLog(backup.save.log, packs, locale) : undefined;
  return { kind: 'problem', problem, ...(fallback?.ok ? { backup: fallback.text } : {}) };
}
