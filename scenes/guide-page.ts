// The facilitator guide page: the guide of the chosen pack, generated from its data in the shell's
// language (a language switch redraws it), ready to print.
import type { Scenario } from '../src/content/scenario.schema';
import { facilitatorGuide } from '../src/debrief/facilitator-guide';
import { loadPack } from './adapters/packs';
import { guideScreen } from './overlay/guide-screen';
import { SCENARIO_INDEX } from './scenario-index';
import type { Shell } from './shell';

export interface GuidePageHost {
  readonly shell: Shell;
  readonly back: () => void;
  readonly cohort: () => void;
  /** The pack chosen on the title, shown first. */
  readonly scenario: string | undefined;
}

export function openGuidePage({ shell, back, cohort, scenario }: GuidePageHost): void {
  const loaded = new Map<string, Scenario>();
  let current = scenario ?? SCENARIO_INDEX[0]?.id ?? '';
  const render = () => {
    const pack = loaded.get(current);
    return guideScreen(
      {
        packs: SCENARIO_INDEX.map((entry) => ({ id: entry.id, title: shell.locale.text(entry.title) })),
        scenario: current,
        ...(pack ? { guide: facilitatorGuide(pack, shell.locale) } : {}),
      },
      shell.locale,
      { choose: (id) => void choose(id), print: () => window.print(), cohort, back },
    );
  };
  async function choose(id: string): Promise<void> {
    current = id;
    if (!loaded.has(id)) {
      shell.mount(render, `guide-pack--${id}`);
      try {
        loaded.set(id, await loadPack(id));
      } catch {
        return back();
      }
    }
    if (current === id) shell.mount(render, `guide-pack--${id}`);
  }
  shell.mount(render);
  void choose(current);
}
