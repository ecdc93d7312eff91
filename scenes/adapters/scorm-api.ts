// Finds the LMS's SCORM runtime in the windows around the game (issue 11) and puts the 1.2 and 2004 calls
// behind one ScormPort. Every value rule lives in src/lms; this only calls the API and warns on refusals.
import type { ScormVersion } from '../../src/lms/scorm-formats';
import type { ScormPort } from '../../src/ports';

interface Api12 {
  LMSInitialize(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

interface Api2004 {
  Initialize(arg: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

const API_NAMES: Readonly<Record<ScormVersion, string>> = { '1.2': 'API', '2004': 'API_1484_11' };
/** How far up the parent chain to look (ADL's recommended discovery stops after a few levels; 10 is ample). */
const MAX_DEPTH = 10;

/** The object named `name` on `win`, if it is readable there (another origin's window throws on access). */
function apiOn(win: Window, name: string): unknown {
  try {
    const found = (win as unknown as Record<string, unknown>)[name];
    return typeof found === 'object' && found !== null ? found : undefined;
  } catch {
    return undefined;
  }
}

/** `win`, then its parents up to the top, at most {@linkcode MAX_DEPTH} steps. */
function* ancestors(win: Window): Generator<Window> {
  let current: Window | null = win;
  for (let depth = 0; current && depth <= MAX_DEPTH; depth++) {
    yield current;
    let parent: Window | null = null;
    try {
      parent = current.parent;
    } catch {
      return;
    }
    if (!parent || parent === current) return;
    current = parent;
  }
}

/** The first window, from `win` up, then from its opener up, that holds the API of `version`. */
function findApi(win: Window, version: ScormVersion): unknown {
  const name = API_NAMES[version];
  for (const candidate of ancestors(win)) {
    const api = apiOn(candidate, name);
    if (api) return api;
  }
  let opener: Window | null = null;
  try {
    opener = win.top?.opener as Window | null;
  } catch {
    opener = null;
  }
  if (opener)
    for (const candidate of ancestors(opener)) {
      const api = apiOn(candidate, name);
      if (api) return api;
    }
  return undefined;
}

const isTrue = (result: string | boolean) => result === true || result === 'true';

function port12(api: Api12): ScormPort {
  const refused = (call: string) => {
    const code = String(api.LMSGetLastError());
    console.warn(`SCORM 1.2: the LMS refused ${call} (error ${code}: ${api.LMSGetErrorString(code)})`);
    return false;
  };
  return {
    version: '1.2',
    initialize: () => isTrue(api.LMSInitialize('')) || refused('LMSInitialize'),
    get: (element) => {
      const value = api.LMSGetValue(element);
      return typeof value === 'string' ? value : '';
    },
    set: (element, value) => isTrue(api.LMSSetValue(element, value)) || refused(`${element} = "${value}"`),
    commit: () => isTrue(api.LMSCommit('')) || refused('LMSCommit'),
    finish: () => isTrue(api.LMSFinish('')) || refused('LMSFinish'),
  };
}

function port2004(api: Api2004): ScormPort {
  const refused = (call: string) => {
    const code = String(api.GetLastError());
    console.warn(`SCORM 2004: the LMS refused ${call} (error ${code}: ${api.GetErrorString(code)})`);
    return false;
  };
  return {
    version: '2004',
    initialize: () => isTrue(api.Initialize('')) || refused('Initialize'),
    get: (element) => {
      const value = api.GetValue(element);
      return typeof value === 'string' ? value : '';
    },
    set: (element, value) => isTrue(api.SetValue(element, value)) || refused(`${element} = "${value}"`),
    commit: () => isTrue(api.Commit('')) || refused('Commit'),
    finish: () => isTrue(api.Terminate('')) || refused('Terminate'),
  };
}

/**
 * The LMS's runtime as a {@linkcode ScormPort}: the version the package asked for (`?scorm=1.2|2004`, from the
 * manifest's launch parameters) first, then the other one; undefined when no window around the game has
 * either (the game then runs standalone).
 */
export function findScormPort(win: Window, preferred: string | null): ScormPort | undefined {
  const order: ScormVersion[] = preferred === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
  for (const version of order) {
    const api = findApi(win, version);
    if (api) return version === '1.2' ? port12(api as Api12) : port2004(api as Api2004);
  }
  return undefined;
}
