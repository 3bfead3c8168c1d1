import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The Debian tools the tests run (poppler-utils, an emoji font, LibreOffice Impress): installed once
    // before any test when missing, so that `npm test` passes on a fresh machine.
    globalSetup: ['test/support/system-tools.ts'],
    testTimeout: 20_000,
    hookTimeout: 240_000,
    // Browser suites share one built deck per fixture (test/browser/built-deck.ts); run files one by one
    // so that two Chromiums and two Vite builds do not fight over the 2 cores.
    fileParallelism: false,
  },
})
