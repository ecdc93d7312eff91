import type { Scenario } from '../content/scenario.schema';
import type { SessionLog } from './replay';

/** One entry of a pack's decision index space: an initiative card or a crisis, with its option ids. */
export interface DecisionRef {
  readonly id: string;
  readonly kind: 'initiative' | 'crisis';
  readonly optionIds: readonly string[];
}

/** A pack's decisions as run codes number them, and the way back from ids. */
export interface DecisionIndex {
  readonly refs: readonly DecisionRef[];
  readonly byId: ReadonlyMap<string, number>;
}

/**
 * The run-code index space of a pack: `scenario.decisions` in file order, then the incidents of kind
 * `crisis` in file order; an option is its index in its decision's `options`. Stable for a given pack
 * version, because any content change bumps the version (DESIGN §5) and codes of another version are
 * refused. If an id appears twice, the first entry wins.
 */
export function decisionIndex(scenario: Scenario): DecisionIndex {
  const refs: DecisionRef[] = [
    ...scenario.decisions.map((decision) => ({
      id: decision.id,
      kind: 'initiative' as const,
      optionIds: decision.options.map((option) => option.id),
    })),
    ...scenario.incidents.flatMap((incident) =>
      incident.kind === 'crisis'
        ? [
            {
              id: incident.id,
              kind: 'crisis' as const,
              optionIds: incident.options.map((option) => option.id),
            },
          ]
        : [],
    ),
  ];
  const byId = new Map<string, number>();
  refs.forEach((ref, index) => {
    if (!byId.has(ref.id)) byId.set(ref.id, index);
  });
  return { refs, byId };
}

/**
 * The log without the initiative choices withdrawn in their own quarter: an `option.chosen` and a later
 * `option.withdrawn` of the same card before the next `turn.ended` both go. Such a pair leaves no trace
 * in the state, so the shorter log replays to the same state (run codes store it, DESIGN §6).
 *
 * It assumes every input was accepted by `step()`, as the session machine logs them. To stay safe on
 * other logs it never pairs across a second choice of the same card or a timed-out initiatives phase,
 * and it leaves crisis answers alone (the screen never withdraws one).
 */
export function compactLog(log: SessionLog, scenario: Scenario): SessionLog {
  const initiatives = new Set(scenario.decisions.map((decision) => decision.id));
  const dropped = new Set<number>();
  let open = new Map<string, number>(); // card id → index of its live choice this quarter
  log.inputs.forEach((input, index) => {
    switch (input.type) {
      case 'turn.ended':
        open = new Map();
        break;
      case 'decision.timedOut': // closes the initiatives phase whichever card it names
        open = new Map();
        break;
      case 'option.chosen':
        if (!initiatives.has(input.decisionId)) break;
        // A card chosen twice in a quarter is left alone (-1): only a plain choose-then-withdraw pairs.
        open.set(input.decisionId, open.has(input.decisionId) ? -1 : index);
        break;
      case 'option.withdrawn': {
        const chosenAt = open.get(input.decisionId);
        if (chosenAt === undefined || chosenAt < 0) break;
        dropped.add(chosenAt).add(index);
        open.delete(input.decisionId);
        break;
      }
      default:
        break;
    }
  });
  return dropped.size === 0 ? log : { ...log, inputs: log.inputs.filter((_, index) => !dropped.has(index)) };
}
