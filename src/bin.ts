// The kt-bio executable: runs the CLI with the real process and sets the exit code.
import module from 'node:module';

// Node ≥ 22.1 keeps the compiled code of the bundle on disk between runs (a faster start);
// Node 20 has no such cache, and runs as before.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { run } = await import('./cli/main.js');

// A reader that stops early (`kt-bio plan | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  now: () => new Date(),
  vars: process.env,
  isTTY: process.stdout.isTTY === true,
});
