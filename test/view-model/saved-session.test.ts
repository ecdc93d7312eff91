import { describe, expect, it } from 'vitest';
import type { SessionLog } from '../../src/sim/replay';
import {
  decodeSave,
  encodeSave,
  isSameRun,
  savedQuarter,
  type SavedSession,
} from '../../src/view-model/saved-session';
import { decodeSettings, DEFAULT_SETTINGS } from '../../src/view-model/settings';

const LOG: SessionLog = {
  formatVersion: 1,
  scenarioId: 'fixture',
  scenarioVersion: 1,
  turns: 8,
  difficulty: 'normal',
  seed: 'graph',
  inputs: [
    { type: 'briefing.acknowledged' },
    { type: 'option.chosen', decisionId: 'rapid-reaction-force', optionId: 'crash-train-equip' },
    { type: 'turn.ended' },
    { type: 'turn.ended' },
  ],
};
const SAVE: SavedSession = { saveVersion: 1, mode: 'solo', log: LOG };

describe('saved sessions', () => {
  it('round-trip through their stored text', () => {
    expect(decodeSave(encodeSave(SAVE))).toEqual({ status: 'ok', save: SAVE });
  });

  it('tell absent, damaged and newer saves apart', () => {
    expect(decodeSave(null)).toEqual({ status: 'empty' });
    expect(decodeSave('{"saveVersion":1,"mode":"solo","log":')).toEqual({ status: 'damaged' });
    expect(decodeSave('[]')).toEqual({ status: 'damaged' });
    expect(decodeSave(encodeSave({ ...SAVE, mode: 'course' as 'solo' }))).toEqual({ status: 'damaged' });
    const badInput = { ...SAVE, log: { ...LOG, inputs: [{ type: 'turn.skipped' }] } };
    expect(decodeSave(JSON.stringify(badInput))).toEqual({ status: 'damaged' });
    expect(decodeSave(JSON.stringify({ ...SAVE, saveVersion: 2 }))).toEqual({
      status: 'newer',
      saveVersion: 2,
    });
    const newerLog = { ...SAVE, log: { ...LOG, formatVersion: 2 } };
    expect(decodeSave(JSON.stringify(newerLog))).toEqual({ status: 'newer', saveVersion: 1 });
  });

  it('know their quarter from the quarters ended', () => {
    expect(savedQuarter(LOG)).toBe(3); // two turn.ended: quarters 1 and 2 are over
    expect(savedQuarter({ ...LOG, inputs: Array(9).fill({ type: 'turn.ended' }) })).toBe(8);
  });

  it('belong to the run a Page URL names only when pack, seed, length and difficulty all match', () => {
    const run = { scenario: 'fixture', seed: 'graph', turns: 8, difficulty: 'normal' };
    expect(isSameRun(LOG, run)).toBe(true);
    expect(isSameRun(LOG, { ...run, seed: 'other' })).toBe(false);
    expect(isSameRun(LOG, { ...run, turns: 12 })).toBe(false);
  });
});

describe('settings', () => {
  it('take their defaults when nothing or something unreadable is stored', () => {
    expect(decodeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(decodeSettings('not json')).toEqual(DEFAULT_SETTINGS);
  });

  it('keep each valid field and default each bad one', () => {
    expect(decodeSettings('{"textSize":"larger","highContrast":"yes","numberKeys":false}')).toEqual({
      ...DEFAULT_SETTINGS,
      textSize: 'larger',
      numberKeys: false,
    });
  });

  it('keep sound levels that are whole numbers from 0 to 100 and the mute switch', () => {
    expect(decodeSettings('{"musicVolume":0,"effectsVolume":100,"muted":true}')).toEqual({
      ...DEFAULT_SETTINGS,
      musicVolume: 0,
      effectsVolume: 100,
      muted: true,
    });
    for (const bad of ['-1', '101', '50.5', '"50"', 'null'])
      expect(decodeSettings(`{"musicVolume":${bad},"effectsVolume":${bad},"muted":"no"}`)).toEqual(
        DEFAULT_SETTINGS,
      );
  });
});
