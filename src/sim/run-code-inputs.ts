import type { Input } from './inputs';
import { type BitReader, type BitWriter, RunCodeFormatError, widthFor } from './run-code-bits';
import type { DecisionIndex, DecisionRef } from './run-code-index';

// Input opcodes, a prefix code: the frequent inputs are the short ones.
//   0      option.chosen       decision, option, has-votes bit, [per option: present bit, count]
//   10     turn.ended
//   110    option.withdrawn    decision
//   1110   decision.timedOut   decision
//   11110  briefing.acknowledged
//   11111  review.acknowledged
// A decision is written in widthFor(refs.length) bits, an option in widthFor(its options) bits.

/** At most this many inputs in one code: far above any real session, it bounds a forged code's work. */
export const MAX_RUN_CODE_INPUTS = 10_000;

/** Writes the inputs of a log; throws a `RangeError` naming the input that the pack cannot index. */
export function writeInputs(writer: BitWriter, inputs: readonly Input[], index: DecisionIndex): void {
  writer.natural(inputs.length);
  inputs.forEach((input, position) => {
    const where = `input ${position} (${input.type})`;
    switch (input.type) {
      case 'option.chosen': {
        writer.fixed(0, 1);
        const ref = writeDecision(writer, input.decisionId, index, where);
        const option = ref.optionIds.indexOf(input.optionId);
        if (option < 0)
          throw new RangeError(`run code: ${where}: "${ref.id}" has no option "${input.optionId}"`);
        writer.fixed(option, widthFor(ref.optionIds.length));
        writeVotes(writer, input.votes, ref, where);
        break;
      }
      case 'turn.ended':
        writer.fixed(0b10, 2);
        break;
      case 'option.withdrawn':
        writer.fixed(0b110, 3);
        writeDecision(writer, input.decisionId, index, where);
        break;
      case 'decision.timedOut':
        writer.fixed(0b1110, 4);
        writeDecision(writer, input.decisionId, index, where);
        break;
      case 'briefing.acknowledged':
        writer.fixed(0b11110, 5);
        break;
      case 'review.acknowledged':
        writer.fixed(0b11111, 5);
        break;
    }
  });
}

function writeDecision(
  writer: BitWriter,
  decisionId: string,
  index: DecisionIndex,
  where: string,
): DecisionRef {
  const at = index.byId.get(decisionId);
  const ref = at === undefined ? undefined : index.refs[at];
  if (at === undefined || ref === undefined)
    throw new RangeError(`run code: ${where}: no decision "${decisionId}"`);
  writer.fixed(at, widthFor(index.refs.length));
  return ref;
}

function writeVotes(
  writer: BitWriter,
  votes: Readonly<Record<string, number>> | undefined,
  ref: DecisionRef,
  where: string,
): void {
  writer.fixed(votes === undefined ? 0 : 1, 1);
  if (votes === undefined) return;
  const unknown = Object.keys(votes).filter((key) => !ref.optionIds.includes(key));
  if (unknown.length > 0)
    throw new RangeError(`run code: ${where}: votes for unknown options ${unknown.join(', ')}`);
  for (const optionId of ref.optionIds) {
    const count = votes[optionId];
    writer.fixed(count === undefined ? 0 : 1, 1);
    if (count !== undefined) writer.natural(count);
  }
}

/** Reads what {@linkcode writeInputs} wrote; an index past the pack's range is a {@linkcode RunCodeFormatError}. */
export function readInputs(reader: BitReader, index: DecisionIndex, pack: string): Input[] {
  const count = reader.natural();
  if (count > MAX_RUN_CODE_INPUTS)
    throw new RunCodeFormatError(`${count} inputs (at most ${MAX_RUN_CODE_INPUTS})`);
  const inputs: Input[] = [];
  for (let position = 0; position < count; position++) {
    let ones = 0;
    while (ones < 4 && reader.bit() === 1) ones++;
    if (ones === 0) {
      const ref = readDecision(reader, index, pack);
      const option = reader.fixed(widthFor(ref.optionIds.length));
      const optionId = ref.optionIds[option];
      if (optionId === undefined) {
        throw new RunCodeFormatError(
          `option index ${option} is out of range ("${ref.id}" in ${pack} has ${ref.optionIds.length})`,
        );
      }
      const votes = reader.bit() === 1 ? readVotes(reader, ref) : undefined;
      inputs.push({ type: 'option.chosen', decisionId: ref.id, optionId, ...(votes && { votes }) });
    } else if (ones === 1) inputs.push({ type: 'turn.ended' });
    else if (ones === 2)
      inputs.push({ type: 'option.withdrawn', decisionId: readDecision(reader, index, pack).id });
    else if (ones === 3)
      inputs.push({ type: 'decision.timedOut', decisionId: readDecision(reader, index, pack).id });
    else inputs.push({ type: reader.bit() === 0 ? 'briefing.acknowledged' : 'review.acknowledged' });
  }
  return inputs;
}

function readDecision(reader: BitReader, index: DecisionIndex, pack: string): DecisionRef {
  const at = reader.fixed(widthFor(index.refs.length));
  const ref = index.refs[at];
  if (ref === undefined) {
    throw new RunCodeFormatError(`decision index ${at} is out of range (${pack} has ${index.refs.length})`);
  }
  return ref;
}

function readVotes(reader: BitReader, ref: DecisionRef): Record<string, number> {
  const votes: Record<string, number> = {};
  for (const optionId of ref.optionIds) if (reader.bit() === 1) votes[optionId] = reader.natural();
  return votes;
}
