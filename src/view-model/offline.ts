/** Where the page runs, as far as installing the offline app is concerned. */
export interface OfflineHost {
  /** The build registers a service worker at all: only the web build (`DM_TARGET` unset or `web`). */
  readonly isWebBuild: boolean;
  /** `location.protocol`, e.g. `https:`; `file:` for the single file, where no worker can register. */
  readonly protocol: string;
  /** `location.search`: the Page URL (DESIGN §5). */
  readonly search: string;
  /** `'serviceWorker' in navigator` (false in some private modes and old browsers). */
  readonly canRegister: boolean;
}

/**
 * Whether the page installs the offline app (issue 12): only the web build, served over http(s), and never
 * in course mode (`mode=course`: an LMS launched it, and LMS packages register no service worker, DESIGN §6).
 */
export function shouldInstallOffline(host: OfflineHost): boolean {
  if (!host.isWebBuild || !host.canRegister) return false;
  if (host.protocol !== 'https:' && host.protocol !== 'http:') return false;
  return new URLSearchParams(host.search).get('mode') !== 'course';
}
