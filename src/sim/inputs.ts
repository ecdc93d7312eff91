/** What the trainee did. A session log is exactly a list of these (DESIGN §3). */
export type Input =
  | {
      readonly type: 'option.chosen';
      readonly decisionId: string;
      readonly optionId: string;
      readonly votes?: Readonly<Record<string, number>>;
    }
  | { readonly type: 'option.withdrawn'; readonly decisionId: string } // un-fund an initiative before the quarter ends
  | { readonly type: 'decision.timedOut'; readonly decisionId: string } // group mode: the deliberation timer ran out
  | { readonly type: 'turn.ended' }
  | { readonly type: 'briefing.acknowledged' }
  | { readonly type: 'review.acknowledged' }; // the mandate review every 4 quarters

export type InputType = Input['type'];

export const INPUT_TYPES = [
  'option.chosen',
  'option.withdrawn',
  'decision.timedOut',
  'turn.ended',
  'briefing.acknowledged',
  'review.acknowledged',
] as const satisfies readonly InputType[];

export const choose = (decisionId: string, optionId: string): Input => ({
  type: 'option.chosen',
  decisionId,
  optionId,
});
export const END_TURN: Input = { type: 'turn.ended' };
