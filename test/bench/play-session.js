/* global document, performance, requestAnimationFrame */
// Evaluated once by `npm run bench` (src/cli/bench-browser.ts) in the page whose heap it measures: defines
// `__benchPlaySession()`, which plays one Short session from the title to the summary and back to the title by
// clicking what a trainee sees, found by its accessible text. It stands in for Playwright's locators there: their
// injected script lives in the page's V8 heap too, and would be measured with the game (DESIGN §8's heap figure).
// It resolves to the quarters played and the ending's heading; it rejects, naming what is missing, when a step
// waits more than 30 s.
(() => {
  const STEP_MS = 30_000;
  const RESULTS = /results$/;
  const NEWS = /the news$/;
  const ENDING = /^The ending: /;
  const ANSWER_OR_END = /^(Continue|See how the mission ends)$/;
  const REVIEW = /^Continue to quarter \d+$/;

  const textOf = (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const shown = (element) => element.checkVisibility() && !element.closest('[aria-hidden="true"]');
  const nameOf = (element) => element.getAttribute('aria-label') ?? textOf(element);
  const named = (element, name) =>
    typeof name === 'string' ? nameOf(element) === name : name.test(nameOf(element));
  const title = () => {
    const heading = [...document.querySelectorAll('h1')].find(shown);
    return heading ? textOf(heading) : '';
  };
  const button = (name) =>
    [...document.querySelectorAll('button')].find((element) => shown(element) && named(element, name));
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  /** What `find` returns once it returns something, polled once a frame. */
  async function until(what, find) {
    const start = performance.now();
    for (;;) {
      const found = find();
      if (found) return found;
      if (performance.now() - start > STEP_MS)
        throw new Error(`bench: no ${what} after ${STEP_MS / 1000} s (the screen is “${title()}”)`);
      await frame();
    }
  }

  /**
   * Clicks what `find` returns once it is enabled and has kept its box for a frame, as Playwright's click waits
   * for a stable target: the screens get the same frames to draw in as under Playwright.
   */
  async function press(what, find) {
    let last;
    let lastBox = '';
    const target = await until(what, () => {
      const found = find();
      const box = found && !found.disabled ? JSON.stringify(found.getBoundingClientRect()) : '';
      const steady = found !== undefined && found === last && box !== '' && box === lastBox;
      last = found;
      lastBox = box;
      return steady ? found : undefined;
    });
    target.click();
  }

  /** Clicks the button named `name` once it is shown, enabled and steady. */
  const click = (name) => press(`enabled button “${name}”`, () => button(name));

  async function chooseRadio(name) {
    const radio = () =>
      [...document.querySelectorAll('input[type="radio"]')].find(
        (input) => shown(input) && input.closest('label') && textOf(input.closest('label')) === name,
      );
    await until(`radio “${name}”`, radio);
    if (!radio().checked) await press(`radio “${name}”`, radio);
    if (!radio().checked) throw new Error(`bench: radio “${name}” did not stay checked`);
  }

  /** One quarter, from its news (or its decisions) to past its results and any mandate review. */
  async function playQuarter() {
    if (NEWS.test(title())) await click('To the decisions');
    await until('button “End quarter”', () => button('End quarter'));
    if (button('Skip the tutorial')) await click('Skip the tutorial');
    const answer = () => document.querySelector('section.crisis button:not([disabled])') ?? undefined;
    if (answer()) await press('crisis answer', answer);
    await click('End quarter');
    await click(ANSWER_OR_END);
    await until('screen after the results', () => title() !== '' && !RESULTS.test(title()));
    if (button(REVIEW)) await click(REVIEW);
    await until(
      'quarter or ending',
      () => NEWS.test(title()) || ENDING.test(title()) || button('End quarter'),
    );
  }

  globalThis.__benchPlaySession = async () => {
    await chooseRadio('Short: 8 quarters');
    await click('Start the briefing');
    await click('Begin quarter 1');
    await until('first quarter', () => NEWS.test(title()) || button('End quarter'));
    let quarters = 0;
    for (; quarters < 12 && !ENDING.test(title()); quarters++) await playQuarter();
    const ending = title();
    if (!ENDING.test(ending)) throw new Error(`bench: no ending after ${quarters} quarters (“${ending}”)`);
    await click('See the debrief');
    await click('Back to the title screen');
    await until('button “Start the briefing”', () => button('Start the briefing'));
    return { quarters, ending };
  };
})();
