/**
 * Loaded into a profiled build through NODE_OPTIONS (--import): at exit it writes what the CPU
 * profile cannot see, the CPU time of the whole process (every thread, so Rolldown's and V8's
 * own threads too) and of the child processes it waited for (Pagefind's binary), to
 * $BENCH_PROFIL_CPU/cpu-<pid>.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.BENCH_PROFIL_CPU;
if (dir)
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    // /proc/self/stat after the command name: utime stime cutime cstime are fields 14–17, in ticks.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    const ticks = (i) => Number(fields[i - 3]);
    writeFileSync(
      join(dir, `cpu-${process.pid}.json`),
      JSON.stringify({
        argv: process.argv.slice(1),
        processCpuS: (user + system) / 1e6,
        childrenTicks: ticks(16) + ticks(17),
        ownTicks: ticks(14) + ticks(15),
      }),
    );
  });
