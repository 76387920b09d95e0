/** Vitest setup file (every project): what a test file made in /tmp goes when the file ends. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './tempDir.ts';

afterAll(removeTempDirs);
