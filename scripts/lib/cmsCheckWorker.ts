/**
 * The worker thread of scripts/lib/cmsCheck.ts: runs the project's own content check (the very
 * `validateContent` that `npm run validate` runs) on a content folder it is sent, and answers
 * with the problems. A thread of its own, because the source-text folder is read from the
 * environment when the loader is first imported (BYGDEVEKST_SEEDS), and the backend's setting
 * must not depend on what the process that started it imported before; and its modules stay
 * loaded, so a check takes a fraction of a second instead of a new process's two.
 */
import { parentPort } from 'node:worker_threads';
import { validateContent } from '../../src/lib/loading/index.ts';

parentPort?.on('message', (msg: { id: number; content: string }) => {
  try {
    const { problems } = validateContent(msg.content);
    parentPort?.postMessage({ id: msg.id, problems });
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, failure: e instanceof Error ? e.message : String(e) });
  }
});
