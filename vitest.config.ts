import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/helpers/longestFirst.ts';
import { GROWN_CONTENT, GROWN_SEEDS, NOT_CONTENT_READING } from './tests/helpers/growth.ts';

/** Browser files that run the CMS or astro dev on a scratch copy, each with its own Chromium. */
const CMS_FILES = ['tests/browser/cms.test.ts', 'tests/browser/cmsWorkflow.test.ts'];
const DEV_FILE = 'tests/browser/dev.test.ts';

const CONTENT_TESTS = ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'];

export default defineConfig({
  test: {
    // Two workers on our 2-core machines. Browser files serve dist/ on a port of their own and
    // fixture builds use temporary folders, so files never share state on disk.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    reporters: ['default', './tests/helpers/slowestFiles.ts'],
    sequence: { sequencer: LongestFirst },
    // Removes what each test file made with tests/helpers/tempDir.ts when the file ends.
    setupFiles: ['tests/helpers/cleanup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'enhet',
          include: [...CONTENT_TESTS, 'tests/badinput/**/*.test.ts'],
          // Pure functions on content read from disk: no file changes a module another file imports,
          // and the one test that sets BYGDEVEKST_CONTENT puts it back; so one worker runs many files.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'vekst',
          include: [...CONTENT_TESTS, 'tests/vekst/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...NOT_CONTENT_READING],
          isolate: false,
          globalSetup: ['tests/helpers/growthSetup.ts'],
          env: {
            ASTRO_TELEMETRY_DISABLED: '1',
            BYGDEVEKST_CONTENT: GROWN_CONTENT,
            BYGDEVEKST_SEEDS: GROWN_SEEDS,
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'bygget',
          include: ['tests/built/**/*.test.ts'],
          // Reads of the built site and of fixture builds in folders of their own: one worker may run
          // many files, and each no longer imports the parser, validators and views again.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'nettleser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...CMS_FILES, DEV_FILE],
          // One served site and one Chromium per worker (tests/helpers/browser.ts), not per file.
          isolate: false,
          // Concurrent tests (the axe visits) three at a time in that one browser.
          maxConcurrency: 3,
        },
      },
      // These start servers and browsers of their own and load modules under a changed environment
      // (cms.test.ts resets modules), so each keeps a worker to itself.
      { extends: true, test: { name: 'nettleser-egen', include: CMS_FILES } },
      // astro dev, in a copy of the project, with a worker of its own.
      { extends: true, test: { name: 'utvikling', include: [DEV_FILE] } },
    ],
  },
});
