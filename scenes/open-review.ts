import type { RunNotes } from '../src/debrief/run-export';
import { checkRunCode, decodeForReview, type RunProblem } from '../src/view-model/run-request';
import { loadPack } from './adapters/packs';
import { loadProblem } from './app-run';
import { SCENARIO_INDEX } from './scenario-index';
import type { Shell } from './shell';

/** What opening a review needs from the app. */
export interface ReviewHost {
  readonly shell: Shell;
  /** Stops the session running, if any: the review replaces it. */
  leaveSession(): void;
  /** The review's "back to the title screen". */
  close(): void;
}

/**
 * Opens the after-action review of a run code (from `?run=` or a JSON import): checks the code, loads its
 * pack and the review code lazily, decodes it against the pack. Resolves with what was wrong, if anything;
 * the screen shown stays as it was then.
 */
export async function openReview(
  host: ReviewHost,
  code: string,
  notes: RunNotes,
): Promise<RunProblem | undefined> {
  const checked = checkRunCode(
    code,
    SCENARIO_INDEX.map((pack) => pack.id),
  );
  if (!checked.ok) return checked.problem;
  const { scenarioId } = checked.header;
  try {
    const [{ reviewPage }, scenario] = await Promise.all([
      import('./overlay/review/review-page'),
      loadPack(scenarioId),
    ]);
    const decoded = decodeForReview(code, scenario);
    if (!decoded.ok) return decoded.problem;
    host.leaveSession();
    document.body.classList.remove('mode-group');
    const { shell } = host;
    const page = reviewPage(
      { log: decoded.log, scenario, notes },
      {
        close: () => host.close(),
        copy: (text) => void shell.copy(text),
        announce: (text) => shell.announce(text),
        openRun: (next, nextNotes) => openReview(host, next, nextNotes),
      },
    );
    const params = new URLSearchParams({ run: code.trim(), lang: shell.language });
    history.replaceState(null, '', `?${params.toString()}`);
    shell.mount(() => page.render(shell.locale));
    return undefined;
  } catch (error) {
    return loadProblem(error, scenarioId);
  }
}
