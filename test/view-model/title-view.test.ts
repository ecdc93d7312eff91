import { describe, expect, it } from 'vitest';
import type { SessionLog } from '../../src/sim/replay';
import type { SaveReading } from '../../src/view-model/saved-session';
import { selectSavedOffer } from '../../src/view-model/title-view';
import { LOCALES } from '../support/session';

const PACKS = [{ id: 'fixture', title: { en: 'Tessaly', fr: 'Tessalie' } }];
const log = (inputs: SessionLog['inputs'], scenarioId = 'fixture'): SessionLog => ({
  formatVersion: 1,
  scenarioId,
  scenarioVersion: 1,
  turns: 8,
  difficulty: 'normal',
  seed: 's',
  inputs,
});
const ok = (saved: SessionLog): SaveReading => ({
  status: 'ok',
  save: { saveVersion: 1, mode: 'solo', log: saved },
});
const EMPTY: SaveReading = { status: 'empty' };
const END = { type: 'turn.ended' } as const;

describe('the saved session on the title', () => {
  it('is absent without a save', () => {
    expect(selectSavedOffer(EMPTY, EMPTY, PACKS, LOCALES.en)).toBeUndefined();
  });

  it('offers to continue, naming the pack and the quarter', () => {
    expect(
      selectSavedOffer(ok(log([{ type: 'briefing.acknowledged' }, END])), EMPTY, PACKS, LOCALES.fr),
    ).toEqual({
      kind: 'resume',
      summary: 'Tessalie, trimestre 2 sur 8',
    });
    expect(selectSavedOffer(ok(log(Array(8).fill(END))), EMPTY, PACKS, LOCALES.en)).toEqual({
      kind: 'resume',
      summary: 'Tessaly, finished',
    });
  });

  it('says when the save is damaged and offers a readable backup', () => {
    expect(selectSavedOffer({ status: 'damaged' }, ok(log([END])), PACKS, LOCALES.en)).toEqual({
      kind: 'problem',
      problem: 'The saved session could not be read: the save is damaged.',
      backup: 'Tessaly, quarter 2 of 8',
    });
  });

  it('says when the save comes from a newer game, with no backup when there is none', () => {
    expect(
      selectSavedOffer({ status: 'newer', saveVersion: 2 }, { status: 'damaged' }, PACKS, LOCALES.en),
    ).toEqual({
      kind: 'problem',
      problem: 'The saved session was made by a newer version of Dual Mandate and cannot be opened here.',
    });
  });

  it('names a pack this build does not have', () => {
    expect(selectSavedOffer(ok(log([], 'atlantis')), EMPTY, PACKS, LOCALES.en)).toEqual({
      kind: 'problem',
      problem: 'The saved session is for a scenario this game does not have (“atlantis”).',
    });
  });
});
