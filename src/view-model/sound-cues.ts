import type { SessionContext } from '../flow/session-context';
import type { SoundCue } from '../ports';

/** Every cue, in a fixed order (the audio script makes one file per cue; captions exist for each). */
export const SOUND_CUES = [
  'ui.select',
  'ui.advance',
  'stinger.crisis',
  'stinger.delayed',
  'stinger.review',
  'stinger.ending',
] as const satisfies readonly SoundCue[];

/** The files of a cue or of a pack's ambient bed under assets/audio/, without extension (`.opus`, `.mp3`). */
export const cueFile = (cue: SoundCue): string => `audio/cue-${cue.replace('.', '-')}`;
export const bedFile = (packId: string): string => `audio/bed-${packId}`;

/** The parts of a session snapshot the cues depend on (a SessionSnapshot has them). */
export interface CueSnapshot {
  readonly value: string;
  readonly context: Pick<SessionContext, 'sim' | 'log' | 'lastEvents'>;
}

const QUARTER_SCREENS = new Set(['news', 'deciding']);

/** True when an earlier decision's delayed consequence landed in this resolution (as the report tells it). */
function hasDelayedConsequence(context: CueSnapshot['context']): boolean {
  return context.lastEvents.some(
    (event) =>
      event.type === 'effect.landed' &&
      event.cause.kind === 'delayed' &&
      event.cause.decisionId !== undefined,
  );
}

/**
 * Which cues a change of snapshot plays: the crisis stinger when a quarter with a crisis opens, the
 * delayed-consequence stinger on a report where an earlier decision acted, a chime for a mandate review and
 * for the ending, a soft tick when an option is chosen or withdrawn, a page turn for any other new screen.
 * The first snapshot of a session (a start or a resume) plays nothing.
 */
export function cuesFor(previous: CueSnapshot | undefined, next: CueSnapshot): SoundCue[] {
  if (previous === undefined) return [];
  const { sim } = next.context;
  if (previous.value === next.value) {
    const isSameQuarter = previous.context.sim.turn === sim.turn;
    const { inputs } = next.context.log;
    const last = inputs.at(-1)?.type;
    const wasChoice =
      inputs.length > previous.context.log.inputs.length &&
      (last === 'option.chosen' || last === 'option.withdrawn');
    return next.value === 'deciding' && isSameQuarter && wasChoice ? ['ui.select'] : [];
  }
  if (QUARTER_SCREENS.has(next.value)) {
    const isNewQuarter = !QUARTER_SCREENS.has(previous.value) || previous.context.sim.turn !== sim.turn;
    return isNewQuarter && sim.quarter.crisis !== undefined ? ['stinger.crisis'] : ['ui.advance'];
  }
  if (next.value === 'report')
    return [hasDelayedConsequence(next.context) ? 'stinger.delayed' : 'ui.advance'];
  if (next.value === 'review') return ['stinger.review'];
  if (next.value === 'ending') return ['stinger.ending'];
  if (next.value === 'briefing' || next.value === 'debrief') return ['ui.advance'];
  return [];
}
