// Preloaded with `node --import` by the benchmark: writes the process's peak resident memory
// (kB) to the file named by KT_BENCH_PEAK_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const out = process.env.KT_BENCH_PEAK_RSS_FILE;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
