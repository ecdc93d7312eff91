import type { LaunchOptions } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); `npx playwright install` cannot download here. */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Software WebGL for Phaser; Chromium warns that its silent fallback is deprecated without it.
    '--enable-unsafe-swiftshader',
  ],
};

/**
 * Where test/support/preview-server.ts serves the production build: port 4173 (vite.config.ts `preview`), or
 * DM_PREVIEW_PORT when several checkouts run their browser tests at once.
 */
export const PREVIEW_PORT = Number(process.env.DM_PREVIEW_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PREVIEW_PORT}/`;
