import './overlay/styles.css';
import { resolveLanguage } from '../src/i18n/languages';
import { mountTitleScreen } from './overlay/title-screen';

function requireElement(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

const params = new URLSearchParams(window.location.search);
const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
const { language, isRequestInvalid } = resolveLanguage(params.get('lang'), preferred);

// N.B. no Phaser yet: the DOM title is the whole page until the scenario packs exist (DESIGN §8 wants it
// to appear before Phaser loads anyway).
mountTitleScreen(requireElement('app'), requireElement('announcer'), {
  language,
  invalidParameter: isRequestInvalid ? 'lang' : undefined,
});
