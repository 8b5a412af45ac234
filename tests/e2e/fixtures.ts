/**
 * The base test every e2e file uses: it records page errors, console errors and any request that
 * leaves the page's origin, and fails the test if any occurred.
 */
import { test as base, expect } from '@playwright/test';

interface Guard {
  pageErrors: string[];
  consoleErrors: string[];
  foreignRequests: string[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const guard: Guard = { pageErrors: [], consoleErrors: [], foreignRequests: [] };
      page.on('pageerror', (error) => guard.pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') guard.consoleErrors.push(message.text());
      });
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) guard.foreignRequests.push(url);
      });
      await use(guard);
      expect(guard.pageErrors, 'page errors').toEqual([]);
      expect(guard.consoleErrors, 'console errors').toEqual([]);
      expect(guard.foreignRequests, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
