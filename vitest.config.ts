import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Every test fixes "today" explicitly; TZ is set far from UTC+7 so that any code that
    // reads the machine's zone instead of Vietnam's shows up as a wrong date.
    env: { TZ: 'America/Los_Angeles', NO_COLOR: '1' },
  },
});
