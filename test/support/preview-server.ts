// globalSetup of the browser project: serves dist/ as a trainee gets it. Run `vite build` first
// (`npm run test:browser` does).
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import { PREVIEW_PORT } from './chromium';

export default async function startPreview(): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) throw new Error('No dist/index.html: run `npx vite build` first.');
  const server = await preview({ preview: { host: '127.0.0.1', port: PREVIEW_PORT, strictPort: true } });
  return () => server.close(); // teardown: no stray server, no PID to hunt
}
