import './overlay/styles.css';
import { resolveLanguage } from '../src/i18n/languages';
import { createHowlerAudio } from './adapters/howler-audio';
import { localStorageSaves, localStorageSettings } from './adapters/local-storage-saves';
import { App } from './app';
import { registerServiceWorker } from './adapters/service-worker';
import { createCaptions } from './overlay/captions';
import { Shell } from './shell';
import { levelsOf, soundLayer } from './sound/sound-layer';
import { stageLayer } from './stage/stage-layer';

function requireElement(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

const params = new URLSearchParams(window.location.search);
const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
const { language, isRequestInvalid } = resolveLanguage(params.get('lang'), preferred);
const settings = localStorageSettings();

// The title draws at once from the generated scenario index; the game code, each pack, the Phaser stage and
// Howler load lazily when they are needed (DESIGN §8).
const main = requireElement('app');
const shell = new Shell(
  { topBar: requireElement('top-bar'), main, announcer: requireElement('announcer') },
  settings,
  language,
  settings.read(),
);
const app = new App(shell, localStorageSaves());

const audio = createHowlerAudio();
audio.setLevels(levelsOf(shell.settings));
shell.onSettingsChange((changed) => audio.setLevels(levelsOf(changed)));
app.onSession(
  soundLayer(
    audio,
    createCaptions(),
    () => shell.locale,
    () => shell.settings,
  ),
);
app.onSession(
  stageLayer({
    locale: () => shell.locale,
    settings: () => shell.settings,
    root: requireElement('game'),
    main,
  }),
);

app.boot(window.location.search, isRequestInvalid);
// The installable offline app (issue 12): the web build only, never in course mode or from file://.
registerServiceWorker(() => shell.announce(shell.locale.t('offline.updateReady')));
