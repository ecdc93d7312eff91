/* global MutationObserver, document, performance */
// Added by `npm run bench` (src/cli/bench-browser.ts) before the page's own scripts: marks the moment the
// title's first enabled control is in the DOM (DESIGN §8's first actionable choice).
new MutationObserver((_, observer) => {
  const control = document.querySelector(
    '#app button:not([disabled]), #app input:not([disabled]), #app select:not([disabled])',
  );
  if (!control) return;
  performance.mark('first-actionable');
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });
