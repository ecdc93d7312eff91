// The cohort debrief page (issue 10): loaded lazily from the title, it reads what the facilitator pastes or
// drops, loads the packs the codes name, and shows the group's runs compared. Everything stays on this
// machine: labels in localStorage, nothing sent anywhere.
import { cohortOf } from '../src/debrief/cohort';
import { decodeCohort, packsNeeded, type CohortProblem } from '../src/debrief/cohort-decode';
import { readCohortInput, type CohortInputProblem } from '../src/debrief/cohort-input';
import type { Scenario } from '../src/content/scenario.schema';
import { problemText, selectCohortView, type CohortView } from '../src/view-model/cohort-view';
import { localStorageLabels } from './adapters/local-storage-labels';
import { loadPack } from './adapters/packs';
import { cohortScreen } from './overlay/cohort-screen';
import type { Shell } from './shell';

/** A file bigger than this is refused unread (an oversized import must not hang the page, DESIGN §8). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

interface Loaded {
  readonly scenario: Scenario;
  readonly cohort: ReturnType<typeof cohortOf>;
  readonly problems: readonly (CohortProblem | CohortInputProblem)[];
  readonly duplicates: number;
}

export interface CohortPageHost {
  readonly shell: Shell;
  readonly back: () => void;
  readonly guide: () => void;
}

/** Opens the cohort page in the shell; returns nothing to stop: it holds no timer and no actor. */
export function openCohortPage({ shell, back, guide }: CohortPageHost): void {
  const labels = localStorageLabels();
  let text = '';
  let files: { name: string; text: string }[] = [];
  let fileProblems: CohortInputProblem[] = [];
  let isLoading = false;
  let message: (() => string) | undefined;
  let failed: readonly (CohortProblem | CohortInputProblem)[] = [];
  let loaded: Loaded | undefined;
  let hideNames = labels.readHideNames();

  const view = (): CohortView | undefined =>
    loaded &&
    selectCohortView(
      loaded.cohort,
      loaded.scenario,
      loaded.problems,
      loaded.duplicates,
      labels.read(),
      hideNames,
      shell.locale,
    );

  const render = () =>
    cohortScreen(
      {
        text,
        isLoading,
        ...(message ? { message: message() } : {}),
        ...(loaded ? {} : { problems: failed.map((p) => problemText(p, shell.locale)) }),
        ...(loaded ? { view: view()! } : {}),
        hideNames,
        language: shell.language,
      },
      shell.locale,
      {
        setText: (value) => (text = value),
        load: () => void load(),
        addFiles: (list) => void addFiles(list),
        clear: () => {
          text = '';
          files = [];
          fileProblems = [];
          loaded = undefined;
          failed = [];
          message = undefined;
          shell.mount(render, 'cohort-codes');
        },
        setLabel: (code, label) => {
          labels.write(code, label);
          shell.mount(render);
        },
        setHideNames: (hide) => {
          hideNames = hide;
          labels.writeHideNames(hide);
          shell.mount(render, 'cohort-hide-names');
        },
        print: () => window.print(),
        guide,
        back,
      },
    );

  async function addFiles(list: readonly File[]): Promise<void> {
    for (const file of list) {
      if (file.size > MAX_FILE_BYTES) {
        fileProblems.push({
          subject: file.name,
          key: 'cohort.problem.badFile',
          detail: `${file.size} bytes`,
        });
        continue;
      }
      try {
        files.push({ name: file.name, text: await file.text() });
      } catch {
        fileProblems.push({ subject: file.name, key: 'cohort.problem.badFile' });
      }
    }
    await load();
  }

  async function load(): Promise<void> {
    const input = readCohortInput(text, files);
    const inputProblems = [...fileProblems, ...input.problems];
    message = undefined;
    if (input.items.length === 0) {
      loaded = undefined;
      failed = inputProblems;
      message = () => shell.locale.t('cohort.none');
      shell.mount(render, 'cohort-load');
      shell.announce(shell.locale.t('cohort.none'));
      return;
    }
    isLoading = true;
    shell.mount(render, 'cohort-load');
    const scenarios = new Map<string, Scenario>();
    for (const id of packsNeeded(input.items)) {
      try {
        scenarios.set(id, await loadPack(id));
      } catch {
        // the codes of a pack that failed to load are reported as of an unknown scenario
      }
    }
    isLoading = false;
    const [first] = packsNeeded(input.items).filter((id) => scenarios.has(id));
    const scenario = first === undefined ? undefined : scenarios.get(first);
    if (!scenario) {
      const decoded = decodeCohort(input.items, undefined);
      loaded = undefined;
      failed = [...inputProblems, ...decoded.problems];
      message = () => shell.locale.t('cohort.none');
      shell.mount(render, 'cohort-load');
      return;
    }
    const decoded = decodeCohort(input.items, scenario, (id) => scenarios.get(id));
    loaded = {
      scenario,
      cohort: cohortOf(decoded.runs, scenario),
      problems: [...inputProblems, ...decoded.problems],
      duplicates: input.duplicates,
    };
    failed = [];
    if (decoded.runs.length === 0) {
      failed = loaded.problems;
      loaded = undefined;
      message = () => shell.locale.t('cohort.none');
    }
    shell.mount(render);
    const summary = view()?.summary;
    if (summary) shell.announce(summary);
  }

  shell.mount(render);
}
