import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 240_000,
    // Browser suites share one built deck per fixture (test/browser/built-deck.ts); run files one by one
    // so that two Chromiums and two Vite builds do not fight over the 2 cores.
    fileParallelism: false,
  },
})
