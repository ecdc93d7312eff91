import type { LintRule } from './context.ts';

/** The ending the sim picks when host consent stays at 0 for two quarters (DESIGN §3). */
export const CONSENT_WITHDRAWN_ENDING = 'consent-withdrawn';

/** `scenarios/kessaria.yaml` → `kessaria` (works with / and \, and without node:path, so it runs in the browser). */
export function baseName(file: string): string {
  return (file.split(/[\\/]/).at(-1) ?? file).replace(/\.ya?ml$/i, '');
}

/** The id equals the file name: a pack is found by id (`?scenario=ID`, `--scenario ID`, run codes). */
export const idMatchesFile: LintRule = ({ scenario, file, report }) => {
  const name = baseName(file);
  if (scenario.id === name) return;
  report(
    ['id'],
    `id "${scenario.id}" differs from the file name "${name}"`,
    `rename the file to ${scenario.id}.yaml, or set id: ${name} if the pack has not shipped yet (ids are in run codes)`,
  );
};

/**
 * Endings are tried in order and the first whose `when` holds is chosen, so only the last may (and must) have
 * no condition; the `consent-withdrawn` ending exists for the sim to end a run with.
 */
export const endingOrder: LintRule = ({ scenario, report }) => {
  const endings = scenario.endings;
  endings.forEach((ending, i) => {
    const last = i === endings.length - 1;
    if (last && ending.when !== undefined) {
      report(
        ['endings', i, 'when'],
        `the last ending ("${ending.id}") has a condition`,
        'remove its when: the last ending is the fallback when no other holds',
      );
    }
    if (!last && ending.when === undefined) {
      report(
        ['endings', i],
        `ending "${ending.id}" has no condition, so the endings after it can never be chosen`,
        'give it a when:, or move it to the end as the fallback',
      );
    }
  });
  if (!endings.some((e) => e.id === CONSENT_WITHDRAWN_ENDING)) {
    report(
      ['endings'],
      `no ending "${CONSENT_WITHDRAWN_ENDING}"`,
      `add it (with when: {reason: consentWithdrawn}): the sim ends a run with it when host consent stays at 0 for two quarters (DESIGN §3)`,
    );
  }
};
