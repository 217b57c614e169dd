import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import app from './vite.config';

// The app's `virtual:errand-index` module, so views that load stores run in tests as they do in the app.
const errandIndex = (app.plugins as Plugin[]).flat().find((p) => p?.name === 'forsta-steget:errand-index')!;

export default defineConfig({
  plugins: [solid(), { ...errandIndex, transformIndexHtml: undefined }],
  // Without these conditions a package can resolve a second (server) copy of Solid in tests.
  resolve: { conditions: ['module', 'browser', 'development'] },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/flows/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    testTimeout: 20000,
  },
});
