import './overlay/styles.css';
import { resolveLanguage } from '../src/i18n/languages';
import { courseLanguage, parseCourseOptions } from '../src/lms/course-options';
import { parsePageUrl } from '../src/view-model/page-url';
import { createHowlerAudio } from './adapters/howler-audio';
import { localStorageSaves, localStorageSettings } from './adapters/local-storage-saves';
import { ScormCourse } from './adapters/scorm-course';
import { App } from './app';
import { registerServiceWorker } from './adapters/service-worker';
import { createCaptions } from './overlay/captions';
import { SCENARIO_INDEX } from './scenario-index';
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
const resolved = resolveLanguage(params.get('lang'), preferred);
const settings = localStorageSettings();

// A course package (npm run package:scorm) bakes its options into the build; `?mode=course` asks for a
// course on any build. Either way the LMS adapter looks for the SCORM runtime before the first screen, since
// the learner's language preference picks the language the session starts in (issue 11).
const baked = parseCourseOptions(import.meta.env.VITE_DM_COURSE);
if (!baked.ok)
  console.warn(`This build's course options are broken (${baked.reason}); it runs as the web game.`);
const courseOptions = baked.ok ? baked.options : undefined;
const isCourse = courseOptions !== undefined || params.get('mode') === 'course';
// A cmi5 launch (issue 12) names its LRS on the URL; every other course looks for a SCORM runtime.
const isCmi5 = params.has('endpoint') && params.has('fetch');
const course = isCourse && !isCmi5 ? ScormCourse.connect(window, params.get('scorm')) : undefined;
const language = course
  ? courseLanguage(course.languagePreference, courseOptions?.lang ?? resolved.language)
  : resolved.language;

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

if (isCmi5) {
  const request = parsePageUrl(
    window.location.search,
    SCENARIO_INDEX.map((pack) => pack.id),
  );
  void import('./adapters/cmi5-course')
    .then(({ Cmi5Course }) => Cmi5Course.connect(window.location.search, courseOptions?.mastery))
    .then((cmi5) => {
      if (cmi5) {
        const { language: preferred, audio } = cmi5.preferences;
        shell.applyLearnerPreferences(
          courseLanguage(preferred, courseOptions?.lang ?? resolved.language),
          audio === undefined ? undefined : audio === 'off',
        );
        app.onSession((director, run) => {
          if (run.mode === 'course') cmi5.attach(director);
        });
      }
      app.bootCourse({
        scenario: courseOptions?.scenario ?? request.scenario,
        turns: courseOptions?.turns ?? request.turns,
        suspendData: cmi5?.suspendData ?? '',
        hasLms: cmi5 !== undefined,
      });
    });
} else if (course) {
  app.onSession((director, run) => {
    if (run.mode === 'course') course.attach(director, run.log);
  });
  const request = parsePageUrl(
    window.location.search,
    SCENARIO_INDEX.map((pack) => pack.id),
  );
  app.bootCourse({
    scenario: courseOptions?.scenario ?? request.scenario,
    turns: courseOptions?.turns ?? request.turns,
    suspendData: course.suspendData,
    hasLms: course.hasLms,
  });
} else {
  app.boot(window.location.search, resolved.isRequestInvalid);
}
// The installable offline app (issue 12): the web build only, never in course mode or from file://.
registerServiceWorker(() => shell.announce(shell.locale.t('offline.updateReady')));
