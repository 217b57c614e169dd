import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

export default defineConfig({
  plugins: [solid()],
  // Without these conditions a package can resolve a second (server) copy of Solid in tests.
  resolve: { conditions: ['module', 'browser', 'development'] },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/flows/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    testTimeout: 20000,
  },
});
