/**
 * Loaded into a profiled build through NODE_OPTIONS (--import): at exit it writes what the CPU
 * profile cannot see, the CPU time of the whole process (every thread, so Rolldown's and V8's
 * own threads too), of its main thread alone, and of the child processes it waited for (Pagefind's binary), to
 * $BENCH_PROFIL_CPU/cpu-<pid>.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.BENCH_PROFIL_CPU;
if (dir)
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    // /proc/…/stat after the command name: utime stime cutime cstime are fields 14–17, in ticks.
    const stat = (file) => readFileSync(file, 'utf8').split(') ')[1].split(' ');
    const fields = stat('/proc/self/stat');
    const ticks = (i) => Number(fields[i - 3]);
    // The main thread alone (its thread id is the pid): what the CPU profile samples.
    const main = stat(`/proc/self/task/${process.pid}/stat`);
    writeFileSync(
      join(dir, `cpu-${process.pid}.json`),
      JSON.stringify({
        argv: process.argv.slice(1),
        processCpuS: (user + system) / 1e6,
        childrenTicks: ticks(16) + ticks(17),
        ownTicks: ticks(14) + ticks(15),
        mainThreadTicks: Number(main[11]) + Number(main[12]),
      }),
    );
  });
