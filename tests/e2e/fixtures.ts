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

/** What a test that opts in to an online basemap may see: requests to these hosts, and the errors Chromium logs when they fail. */
export interface GuardAllowance {
  foreignHosts: string[];
  consoleErrors: RegExp[];
}

export const test = base.extend<{ guard: Guard; allow: GuardAllowance }>({
  allow: [{ foreignHosts: [], consoleErrors: [] }, { option: true }],
  guard: [
    async ({ page, baseURL, allow }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const guard: Guard = { pageErrors: [], consoleErrors: [], foreignRequests: [] };
      page.on('pageerror', (error) => guard.pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (allow.consoleErrors.some((pattern) => pattern.test(message.text()))) return;
        guard.consoleErrors.push(message.text());
      });
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        const target = new URL(url);
        if (target.origin !== origin && !allow.foreignHosts.includes(target.hostname)) guard.foreignRequests.push(url);
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
