/** Vitest globalSetup of the «vekst» project: the grown copy exists for its run, and not after. */
import { growContent, removeGrowth } from './growth.ts';

export default function setup(): () => void {
  growContent();
  return removeGrowth;
}
