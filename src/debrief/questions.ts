import type { LocalText, Scenario } from '../content/scenario.schema';
import type { MeterId } from '../sim/meters';
import type { TraceCause } from './causal-trace';
import type { DebriefRun } from './run';
import { turningPoints } from './turning-points';

/** A discussion question written in the pack. */
export interface PackQuestion {
  readonly kind: 'pack';
  readonly id: string;
  readonly text: LocalText;
  readonly cites: readonly string[];
}

/** A question generated from one of this run's turning points: a pattern and its parameters (no prose). */
export type GeneratedQuestion = { readonly kind: 'generated' } & (
  | {
      /** A capacity-first or appease choice, then a rise of harm by state forces within HARM_WINDOW quarters. */
      readonly pattern: 'capacity-then-harm';
      readonly params: {
        readonly decisionId: string;
        readonly optionId: string;
        readonly stance: 'capacity-first' | 'appease';
        readonly turn: number;
        readonly peakTurn: number;
        readonly harmFrom: number;
        readonly harmTo: number;
        readonly legitimacyFrom: number;
        readonly legitimacyTo: number;
      };
    }
  | {
      /** A crisis answered (not by default) with a `stance:confront` option. */
      readonly pattern: 'crisis-confronted';
      readonly params: {
        readonly crisisId: string;
        readonly optionId: string;
        readonly turn: number;
        readonly consentFrom: number;
        readonly consentTo: number;
      };
    }
  | {
      /** `dialogue-launched` set, then `dialogue-followed-up` never set in the ≥ 2 quarters that followed. */
      readonly pattern: 'dialogue-not-followed-up';
      readonly params: {
        readonly decisionId: string;
        readonly optionId: string;
        readonly turn: number;
        readonly endTurn: number;
        readonly ownershipFrom: number;
        readonly ownershipTo: number;
      };
    }
  | {
      /** `backing-forces` set while accountability was below BACKING_ACCOUNTABILITY. */
      readonly pattern: 'backing-unaccountable';
      readonly params: {
        readonly decisionId: string;
        readonly optionId: string;
        readonly turn: number;
        readonly untilTurn: number;
        readonly accountability: number;
        readonly trustFrom: number;
        readonly trustTo: number;
      };
    }
  | {
      /** The largest single-quarter meter movement and its top cause. */
      readonly pattern: 'largest-movement';
      readonly params: {
        readonly meter: MeterId;
        readonly turn: number;
        readonly movement: number;
        readonly cause?: Pick<
          TraceCause,
          'key' | 'kind' | 'sourceId' | 'decisionId' | 'turn' | 'via' | 'share'
        >;
      };
    }
);

/** The id of a turning-point pattern. */
export type QuestionPattern = GeneratedQuestion['pattern'];
/** The patterns, in the order their questions are listed. */
export const QUESTION_PATTERNS: readonly QuestionPattern[] = [
  'capacity-then-harm',
  'crisis-confronted',
  'dialogue-not-followed-up',
  'backing-unaccountable',
  'largest-movement',
];

/** A question of the debrief: the pack's, or generated from the run. */
export type DebriefQuestion = PackQuestion | GeneratedQuestion;

/**
 * The discussion questions of a run (DESIGN §2 step 6): the pack's own, then at most one generated question
 * per pattern of {@linkcode QUESTION_PATTERNS}, each the strongest (or first) instance in the run. Generated
 * questions are structured data; `renderQuestion` (render-question.ts) words them in EN or FR.
 */
export function questionsOf(run: DebriefRun, scenario: Scenario): DebriefQuestion[] {
  const pack = scenario.questions.map((q): PackQuestion => ({
    kind: 'pack',
    id: q.id,
    text: q.text,
    cites: q.cites ?? [],
  }));
  return [...pack, ...turningPoints(run, scenario)];
}
