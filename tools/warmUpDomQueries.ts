// Setup file of the component tests (see componentTestConfig.ts). In a fresh test process the first
// accessible-role query costs about 150 ms: Testing Library's visibility check runs jsdom's style cascade, and
// both are compiled on first use. On a loaded machine that one-time cost, paid inside whichever test runs
// first, was enough to push that test past its timeout. Paying it here, before any test, makes a test's time
// its own.
import { screen } from '@solidjs/testing-library';

// Files that run under `@vitest-environment node` have no document and nothing to warm.
if (typeof document !== 'undefined') {
  const sample = document.createElement('div');
  sample.innerHTML =
    '<div role="alert">a</div><div role="status">b</div><button type="button">c</button>' +
    '<table><tbody><tr><td>d</td></tr></tbody></table><a href="/x">e</a>';
  document.body.append(sample);
  screen.getByRole('alert');
  screen.getByRole('button', { name: 'c' });
  screen.getAllByRole('row');
  screen.getByRole('link', { name: 'e' });
  sample.remove();
}
