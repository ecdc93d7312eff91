import './overlay/styles.css';
import { resolveLanguage } from '../src/i18n/languages';
import { localStorageSaves, localStorageSettings } from './adapters/local-storage-saves';
import { App } from './app';
import { registerServiceWorker } from './adapters/service-worker';
import { Shell } from './shell';

function requireElement(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

const params = new URLSearchParams(window.location.search);
const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
const { language, isRequestInvalid } = resolveLanguage(params.get('lang'), preferred);
const settings = localStorageSettings();

// N.B. no Phaser yet: the DOM overlay carries the whole game. The title draws at once from the generated
// scenario index; the game code and each pack load lazily when a session opens (DESIGN §8).
const shell = new Shell(
  { topBar: requireElement('top-bar'), main: requireElement('app'), announcer: requireElement('announcer') },
  settings,
  language,
  settings.read(),
);
new App(shell, localStorageSaves()).boot(window.location.search, isRequestInvalid);
// The installable offline app (issue 12): the web build only, never in course mode or from file://.
registerServiceWorker(() => shell.announce(shell.locale.t('offline.updateReady')));
