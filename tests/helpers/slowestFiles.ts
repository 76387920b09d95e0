/**
 * A Vitest reporter that prints, after the run, the ten test files that took longest, with the
 * project each ran in: the suite's own time per file, so the next slow-down is seen where it starts.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const SHOWN = 10;

export default class SlowestFiles implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows = modules
      .map((m) => {
        const d = m.diagnostic();
        // Import (collect) plus the file's run, measured as wall time: tests that ran concurrently
        // are counted once, so the figure is the time the file held its worker.
        return {
          file: relative(process.cwd(), m.moduleId),
          project: m.project.name,
          ms: d.collectDuration + d.duration,
        };
      })
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SHOWN);
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((r) => r.file.length));
    console.log(`\nDe ${rows.length} tregeste testfilene (import og tester, i sekunder):`);
    for (const r of rows)
      console.log(`  ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${r.file.padEnd(width)}  ${r.project}`);
  }
}
