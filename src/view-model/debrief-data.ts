// A run's derived data (replay, timeline, scorecard, questions, run code), computed once per log and cached.
import type { Scenario } from '../content/scenario.schema';
import type { Sources } from '../content/sources';
import { questionsOf, type DebriefQuestion } from '../debrief/questions';
import { debriefRunOf, type DebriefRun } from '../debrief/run';
import type { RunNotes } from '../debrief/run-export';
import { scorecardOf, type Scorecard } from '../debrief/scorecard';
import { timelineOf, type Timeline } from '../debrief/timeline';
import type { SessionLog } from '../sim/replay';
import { encodeRunCode } from '../sim/run-code';

/** What the after-action review of one run is drawn from: its log and pack, and what came with it. */
export interface DebriefSource {
  readonly log: SessionLog;
  readonly scenario: Scenario;
  /** `scenarios/sources.yaml` as data, for the full references (without it a citation shows its code). */
  readonly sources?: Sources;
  /** Facilitator notes from a JSON export, by quarter number. */
  readonly notes?: RunNotes;
}

/** The derived data of a run, computed once per log (the view is redrawn on every language switch). */
export interface DebriefData {
  readonly run: DebriefRun;
  readonly timeline: Timeline;
  readonly scorecard: Scorecard;
  readonly questions: readonly DebriefQuestion[];
  readonly code?: string;
}

const dataCache = new WeakMap<SessionLog, DebriefData>();

/** Replays the log once and derives the timeline and the scorecard (cached by log object). */
export function debriefDataOf(log: SessionLog, scenario: Scenario): DebriefData {
  const cached = dataCache.get(log);
  if (cached) return cached;
  const run = debriefRunOf(log, scenario);
  let code: string | undefined;
  try {
    code = encodeRunCode(log, scenario);
  } catch {
    code = undefined;
  }
  const data = {
    run,
    timeline: timelineOf(run, scenario),
    scorecard: scorecardOf(run, scenario),
    questions: questionsOf(run, scenario),
    ...(code ? { code } : {}),
  };
  dataCache.set(log, data);
  return data;
}
