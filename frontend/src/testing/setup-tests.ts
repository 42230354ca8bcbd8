import '@testing-library/jest-dom/vitest';

import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, vi } from 'vitest';

// findBy… and waitFor wait up to 5 s (not 1 s): on a busy machine a page's reads can take longer than a second.
configure({ asyncUtilTimeout: 5_000 });

// The files a worker runs share its jsdom (`isolate: false` in vite.config.ts), so each starts as if it ran alone:
// our modules are evaluated again (the API client takes the fetch the file puts in place, the OIDC user manager
// and env are new), the document, its title and storage are empty, and the fetch is put back after the file.
vi.resetModules();
for (const element of [document.documentElement, document.head, document.body]) {
  for (const { name } of [...element.attributes]) element.removeAttribute(name);
}
document.head.replaceChildren();
document.body.replaceChildren();
window.history.replaceState(null, '', '/');
sessionStorage.clear();
localStorage.clear();
const fetchBeforeThisFile = globalThis.fetch;
afterAll(() => {
  globalThis.fetch = fetchBeforeThisFile;
});

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});
