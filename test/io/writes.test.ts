// Writing only where asked: the guards compare real paths, a link is written through only when
// the user named it, nothing but a regular file is replaced, empty and root outputs are refused,
// and no temporary file outlives a run (interrupted, or killed outright and run again).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kt, REPO } from '../helpers/cli.js';
import { copySample } from '../helpers/sample.js';
import { removeStaleTemporaries } from '../../src/io/atomic-file.js';
import { realPathOf } from '../../src/io/output.js';

const TODAY = ['--today', '2024-12-30'];
const BIN = path.join(REPO, 'dist', 'kt-bio.mjs');
const LIMIT_MS = 60_000;
const posix = process.platform !== 'win32';

let dir: string;
beforeEach(() => {
  dir = copySample('writes');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The built CLI as a separate process with a time limit: a write that blocks fails the test instead of hanging it. */
function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, ...TODAY], { cwd: dir, encoding: 'utf8', timeout: LIMIT_MS, killSignal: 'SIGKILL', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
const mkfifo = (p: string) => expect(spawnSync('mkfifo', [p]).status).toBe(0);
const temporaries = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.tmp'));

describe.runIf(posix)('template writes only where asked', () => {
  it('refuses -o <a link to reports/2024>/: the guard compares real paths', async () => {
    symlinkSync(path.join(dir, 'reports/2024'), path.join(dir, 'r24'));
    const before = readdirSync(path.join(dir, 'reports/2024')).sort();
    const r = await kt(['template', '--all', '--year', '2024', '-o', 'r24/', ...TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không ghi mẫu vào thư mục báo cáo');
    expect(readdirSync(path.join(dir, 'reports/2024')).sort()).toEqual(before);
    // One unit's form through a link to the year folder too.
    const one = await kt(['template', 'so-yte', '--year', '2024', '-o', 'r24/mau.yaml', ...TODAY], { cwd: dir });
    expect(one.code).toBe(2);
    expect(existsSync(path.join(dir, 'reports/2024/mau.yaml'))).toBe(false);
  });

  it('--all --force never follows a link planted in the output folder; the other forms are written', async () => {
    mkdirSync(path.join(dir, 'forms'));
    writeFileSync(path.join(dir, 'victim.txt'), 'not a form');
    symlinkSync('../victim.txt', path.join(dir, 'forms/so-yte.yaml'));
    const r = await kt(['template', '--all', '--year', '2024', '-o', 'forms/', '--force', ...TODAY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[output-link]');
    expect(readFileSync(path.join(dir, 'victim.txt'), 'utf8')).toBe('not a form');
    expect(lstatSync(path.join(dir, 'forms/so-yte.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'forms/so-gtvt.yaml'), 'utf8')).toContain('agency: so-gtvt');
  });

  it('writes through a link the user named, into the file it leads to', async () => {
    writeFileSync(path.join(dir, 'mine.yaml'), 'old');
    symlinkSync('mine.yaml', path.join(dir, 'form.yaml'));
    const r = await kt(['template', 'so-yte', '--year', '2024', '-o', 'form.yaml', '--force', ...TODAY], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(path.join(dir, 'form.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'mine.yaml'), 'utf8')).toContain('agency: so-yte');
  });

  it('-o existing.fifo --force is refused at once (exit 2), the FIFO left as it is', () => {
    mkfifo(path.join(dir, 'existing.fifo'));
    const r = run(['template', 'so-yte', '--year', '2024', '-o', 'existing.fifo', '--force']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[output-not-regular]');
    expect(statSync(path.join(dir, 'existing.fifo')).isFIFO()).toBe(true);
  });

  it("refuses -o '' and -o /", async () => {
    const empty = await kt(['template', 'so-yte', '--year', '2024', '-o', '', ...TODAY], { cwd: dir });
    expect([empty.code, empty.stderr]).toEqual([2, expect.stringContaining('[output-empty]')]);
    const root = await kt(['template', '--all', '--year', '2024', '-o', '/', ...TODAY], { cwd: dir });
    expect([root.code, root.stderr]).toEqual([2, expect.stringContaining('[output-root]')]);
    expect(existsSync('/so-yte.yaml')).toBe(false);
  });
});

describe.runIf(posix)('compile writes only a regular file, where asked', () => {
  it('-o fifo: exit 2 with a message, never waiting and never replacing the FIFO', () => {
    mkfifo(path.join(dir, 'out.fifo'));
    const r = run(['compile', '--year', '2024', '-o', 'out.fifo']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"out.fifo": ở đó đang là một đường ống (FIFO)');
    expect(statSync(path.join(dir, 'out.fifo')).isFIFO()).toBe(true);
  });

  it('-o <a device> (as /dev/null): exit 2, the device left as it is', () => {
    // As root a bug here could replace the machine's own /dev/null: root gets a device node of its
    // own (the same major/minor) in the test's folder; anyone else cannot replace /dev/null anyway.
    let device = '/dev/null';
    if (process.getuid?.() === 0) {
      device = path.join(dir, 'null');
      expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
    }
    const r = run(['compile', '--year', '2024', '-o', device]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[output-not-regular]');
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });

  it("refuses -o '' and -o /, and -o <a link to the reports folder>/", async () => {
    const empty = await kt(['compile', '--year', '2024', '-o', '', ...TODAY], { cwd: dir });
    expect([empty.code, empty.stderr]).toEqual([2, expect.stringContaining('[output-empty]')]);
    const root = await kt(['compile', '--year', '2024', '-o', '/', ...TODAY], { cwd: dir });
    expect([root.code, root.stderr]).toEqual([2, expect.stringContaining('[output-root]')]);
    symlinkSync(path.join(dir, 'reports'), path.join(dir, 'r'));
    const into = await kt(['compile', '--year', '2024', '-o', 'r/2024/', ...TODAY], { cwd: dir });
    expect([into.code, into.stderr]).toEqual([2, expect.stringContaining('[compile-output-in-reports]')]);
    expect(existsSync(path.join(dir, 'reports/2024/bao-cao-tong-hop-2024.docx'))).toBe(false);
  });

  it('does not write through a link planted at the default output', async () => {
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'victim.txt'), 'keep me');
    symlinkSync('../victim.txt', path.join(dir, 'out/bao-cao-tong-hop-2024.docx'));
    const r = await kt(['compile', '--year', '2024', ...TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[output-link]');
    expect(readFileSync(path.join(dir, 'victim.txt'), 'utf8')).toBe('keep me');
  });
});

describe('temporary files', () => {
  it('a stale temporary of a process that is gone is removed; one of a running process and other files are kept', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const out = path.join(dir, 'out');
    mkdirSync(out);
    const stale = `.bao-cao.docx.${gone}-1.tmp`;
    const live = `.bao-cao.docx.${process.ppid}-1.tmp`;
    for (const n of [stale, live, '.other.docx.1-1.tmp', 'bao-cao.docx.1-1.tmp', 'notes.tmp']) writeFileSync(path.join(out, n), 'x');
    expect(removeStaleTemporaries(path.join(out, 'bao-cao.docx'))).toEqual([stale]);
    expect(readdirSync(out).sort()).toEqual(['.other.docx.1-1.tmp', live, 'bao-cao.docx.1-1.tmp', 'notes.tmp'].sort());
  });

  it('the real path of a path not yet there resolves the links of the part that is', async () => {
    symlinkSync(path.join(dir, 'reports'), path.join(dir, 'r'));
    expect(await realPathOf(path.join(dir, 'r/2024/new/x.docx'))).toBe(path.join(await realPathOf(dir), 'reports/2024/new/x.docx'));
  });

  /**
   * Starts a compile and sends `signal` the moment its temporary file appears, i.e. while it
   * writes the document; resolves when the process has ended.
   */
  function killWhileWriting(signal: NodeJS.Signals): Promise<{ seen: boolean; signal: NodeJS.Signals | null }> {
    const out = path.join(dir, 'out');
    mkdirSync(out, { recursive: true });
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, 'compile', '--year', '2024', '-o', 'out/bao-cao.docx', ...TODAY], { cwd: dir, stdio: 'ignore' });
      let seen = false;
      const watcher = watch(out, (_event, name) => {
        if (!seen && name?.endsWith('.tmp')) {
          seen = true;
          child.kill(signal);
        }
      });
      child.on('exit', (_code, sig) => {
        watcher.close();
        resolve({ seen, signal: sig });
      });
    });
  }

  it.runIf(posix)('SIGTERM during the write: the temporary file is removed before the process ends', async () => {
    const r = await killWhileWriting('SIGTERM');
    expect(r.seen).toBe(true);
    expect(r.signal).toBe('SIGTERM');
    expect(temporaries(path.join(dir, 'out'))).toEqual([]);
  }, 120_000);

  it.runIf(posix)('killed outright during the write: the next run removes what was left', async () => {
    const r = await killWhileWriting('SIGKILL');
    expect(r.seen).toBe(true);
    const again = run(['compile', '--year', '2024', '-o', 'out/bao-cao.docx']);
    // 1: written, with the sample's blank form left out.
    expect(again.code).toBe(1);
    expect(temporaries(path.join(dir, 'out'))).toEqual([]);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['.bao-cao.docx.kt-bio', 'bao-cao.docx']);
  }, 120_000);
});
