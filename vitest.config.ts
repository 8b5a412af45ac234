import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

// Unit tests need no /data/ plugin: they read geodata/ directly.
export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/support/**/*.test.ts'],
    environment: 'node',
    // Some tests start a process (the validator CLI, ESLint, a dev server): on a busy 2-core machine they
    // take several seconds. This is a ceiling against hangs, not a speed goal.
    testTimeout: 30_000,
  },
});
