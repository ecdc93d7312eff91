import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTarget, offlineBuild, type BuildTarget } from '../../src/cli/vite-offline-plugin';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const names = (target: BuildTarget) =>
  offlineBuild(target)
    .flat()
    .map((plugin) => (plugin as Plugin).name);

/** The offline plugin of a target: its config for a command, and `virtual:inlined-assets` from a public dir. */
function targetPlugin(target: BuildTarget) {
  const plugin = offlineBuild(target)[0] as unknown as Record<string, Hook>;
  return {
    config: (command: 'build' | 'serve') => plugin.config!.call({}, {}, { command, mode: 'production' }),
    inlined: (publicDir: string) => {
      plugin.configResolved!.call({}, { publicDir });
      const code = plugin.load!.call({}, plugin.resolveId!.call({}, 'virtual:inlined-assets')) as string;
      return JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as Record<string, string>;
    },
  };
}

const folder = mkdtempSync(join(tmpdir(), 'dm-public-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('DM_TARGET', () => {
  it('is web when unset, and names the one it does not know', () => {
    expect(buildTarget(undefined)).toBe('web');
    expect(buildTarget('')).toBe('web');
    expect(buildTarget('cmi5')).toBe('cmi5');
    expect(() => buildTarget('zip')).toThrow('DM_TARGET=zip is not a build target');
  });

  it('adds the PWA (manifest and service worker) to the web build only: LMS packages register none', () => {
    expect(names('web')).toContain('vite-plugin-pwa');
    for (const target of ['scorm', 'cmi5', 'single'] as const) {
      expect(names(target).some((name) => name.startsWith('vite-plugin-pwa'))).toBe(false);
      expect(targetPlugin(target).config('build')).toMatchObject({
        define: { __DM_SERVICE_WORKER__: 'false' },
      });
    }
    expect(targetPlugin('web').config('build')).toMatchObject({ define: { __DM_SERVICE_WORKER__: 'true' } });
    expect(targetPlugin('web').config('serve')).toMatchObject({ define: { __DM_SERVICE_WORKER__: 'false' } });
  });

  it('builds single as one classic IIFE script with no chunks', () => {
    const build = (targetPlugin('single').config('build') as { build: unknown }).build;
    expect(build).toMatchObject({ rolldownOptions: { output: { format: 'iife', codeSplitting: false } } });
  });
});

describe('virtual:inlined-assets', () => {
  mkdirSync(join(folder, 'audio', 'ambient'), { recursive: true });
  writeFileSync(join(folder, 'audio', 'ambient', 'kessaria.ogg'), 'OggS');
  writeFileSync(join(folder, 'audio', 'click.mp3'), 'ID3');
  writeFileSync(join(folder, 'robots.txt'), 'User-agent: *');

  it('holds every file of assets/audio as a data: URI in the single file, by its path in the page', () => {
    expect(targetPlugin('single').inlined(folder)).toEqual({
      'audio/ambient/kessaria.ogg': `data:audio/ogg;base64,${btoa('OggS')}`,
      'audio/click.mp3': `data:audio/mpeg;base64,${btoa('ID3')}`,
    });
  });

  it('is empty elsewhere: the other builds load audio as files', () => {
    expect(targetPlugin('web').inlined(folder)).toEqual({});
    expect(targetPlugin('scorm').inlined(folder)).toEqual({});
  });
});
