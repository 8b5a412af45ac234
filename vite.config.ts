import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { geodataPlugin } from './scripts/vite-plugin-geodata';

export default defineConfig({
  plugins: [svelte(), geodataPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
});
