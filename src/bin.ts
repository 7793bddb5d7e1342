// The kt-bio executable: runs the CLI with the real process and sets the exit code.
import { run } from './cli/main.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  now: () => new Date(),
  vars: process.env,
  isTTY: process.stdout.isTTY === true,
});
