// Reading only regular files: devices, FIFOs and links to them are findings on that file, never
// read or waited on, and every other file of the folder is still read. Each run is a separate
// process with a time limit, so a read that blocks or never ends fails the test instead of
// hanging the suite.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';
import { copySample } from '../helpers/sample.js';
import { readFileBytes } from '../../src/io/files.js';

const TODAY = '2024-12-30';
// Generous for a machine under load: a blocked read or a 3 GB one takes far longer than this.
const LIMIT_MS = 30_000;
const posix = process.platform !== 'win32';

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'kt-bio.mjs'), ...args, '--today', TODAY], {
    cwd,
    encoding: 'utf8',
    timeout: LIMIT_MS,
    killSignal: 'SIGKILL',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

function mkfifo(p: string): void {
  const r = spawnSync('mkfifo', [p]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

let dir: string;
beforeEach(() => {
  dir = copySample('special');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface JsonFinding {
  code: string;
  file: string;
  args: Record<string, unknown>;
}
const findings = (stdout: string): JsonFinding[] => (JSON.parse(stdout) as { diagnostics: JsonFinding[] }).diagnostics;
const files = (stdout: string): { file: string; status: string }[] => (JSON.parse(stdout) as { result: { files: { file: string; status: string }[] } }).result.files;

describe.runIf(posix)('special files among the reports', () => {
  it('a link to /dev/zero or /dev/urandom in the year folder is a finding; the other reports are read', () => {
    symlinkSync('/dev/zero', path.join(dir, 'reports/2024/zz.yaml'));
    symlinkSync('/dev/urandom', path.join(dir, 'reports/2024/zu.yaml'));
    const r = run(['validate', 'reports/2024', '--json'], dir);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    const found = findings(r.stdout).filter((d) => d.code === 'file-not-regular');
    expect(found.map((d) => [d.file, d.args['kind']])).toEqual([
      ['reports/2024/zu.yaml', 'character-device'],
      ['reports/2024/zz.yaml', 'character-device'],
    ]);
    // The year's own reports are all still there and valid.
    const valid = files(r.stdout).filter((f) => f.status === 'ok').map((f) => f.file);
    expect(valid).toContain('reports/2024/so-yte.yaml');
    expect(valid.length).toBeGreaterThan(25);
  });

  it('check and compile go on past a device in the year folder', () => {
    symlinkSync('/dev/zero', path.join(dir, 'reports/2024/zz.yaml'));
    const check = run(['check', '--year', '2024', '--json'], dir);
    expect(check.signal).toBeNull();
    expect(check.code).toBe(1);
    const stray = (JSON.parse(check.stdout) as { result: { strays: { file: string; firstProblem: { code: string } }[] } }).result.strays;
    expect(stray.find((s) => s.file === 'reports/2024/zz.yaml')?.firstProblem.code).toBe('file-not-regular');
    const compile = run(['compile', '--year', '2024', '-o', 'out/x.docx'], dir);
    expect(compile.signal).toBeNull();
    expect(compile.code).toBe(1);
    expect(existsSync(path.join(dir, 'out/x.docx'))).toBe(true);
  });

  it('a FIFO named on the command line is a finding, never waited on; the other file is read', () => {
    mkfifo(path.join(dir, 'report.yaml'));
    const r = run(['validate', 'report.yaml', 'reports/2024/so-yte.yaml', '--json'], dir);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(findings(r.stdout).map((d) => [d.file, d.code, d.args['kind']])).toContainEqual(['report.yaml', 'file-not-regular', 'fifo']);
    expect(files(r.stdout).find((f) => f.file === 'reports/2024/so-yte.yaml')?.status).toBe('ok');
  });

  it('a link to a FIFO inside the year folder, and a FIFO named like a report, are findings', () => {
    mkfifo(path.join(dir, 'pipe'));
    symlinkSync(path.join(dir, 'pipe'), path.join(dir, 'reports/2024/zf.yaml'));
    mkfifo(path.join(dir, 'reports/2024/pipe.yaml'));
    const r = run(['validate', 'reports/2024', '--json'], dir);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    const found = findings(r.stdout).filter((d) => d.code === 'file-not-regular').map((d) => d.file);
    expect(found).toEqual(['reports/2024/pipe.yaml', 'reports/2024/zf.yaml']);
    // Not claimed to have been read through the link.
    expect(findings(r.stdout).filter((d) => d.code === 'file-link-outside')).toEqual([]);
  });

  it('a FIFO in the year folder does not stop check, in Vietnamese with what it is', () => {
    mkfifo(path.join(dir, 'reports/2024/pipe.yaml'));
    const r = run(['check', '--year', '2024'], dir);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('"reports/2024/pipe.yaml" không phải một tệp bình thường mà là một đường ống (FIFO)');
    expect(r.stdout).toContain('ĐÚNG HẠN');
  });

  it('a link leading out of the year folder is read, and the output says where it leads', () => {
    const outside = path.join(dir, 'elsewhere.yaml');
    writeFileSync(outside, readFileSync(path.join(dir, 'reports/2024/lmhtx.yaml')));
    rmSync(path.join(dir, 'reports/2024/lmhtx.yaml'));
    symlinkSync(outside, path.join(dir, 'reports/2024/lmhtx.yaml'));
    const v = run(['validate', 'reports/2024', '--json'], dir);
    expect(findings(v.stdout).filter((d) => d.file === 'reports/2024/lmhtx.yaml').map((d) => [d.code, d.args['target']])).toEqual([['file-link-outside', 'elsewhere.yaml']]);
    expect(files(v.stdout).find((f) => f.file === 'reports/2024/lmhtx.yaml')?.status).not.toBe('invalid');
    const c = run(['check', '--year', '2024'], dir);
    expect(c.stdout).toContain('"reports/2024/lmhtx.yaml" là một liên kết (shortcut) trỏ ra ngoài thư mục báo cáo, tới "elsewhere.yaml"');
    // The unit still counts as reported.
    expect(c.stdout).toMatch(/ĐÚNG HẠN[\s\S]*lmhtx /);
  });

  it('a link to a sibling inside the folder is read without a note', () => {
    symlinkSync('lmhtx.yaml', path.join(dir, 'reports/2024/lmhtx-copy.yaml'));
    const v = run(['validate', 'reports/2024', '--json'], dir);
    expect(findings(v.stdout).filter((d) => d.code === 'file-link-outside')).toEqual([]);
  });
});

describe('the size limit holds on the bytes read', () => {
  it.runIf(posix)('a device that says size 0 is refused before any byte is read', () => {
    const r = readFileBytes('/dev/zero', 'zz.yaml', 1024);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostic.code).toBe('file-not-regular');
  });

  it('a regular file one byte over the limit is too large; at the limit it is read whole', () => {
    const p = path.join(dir, 'big.yaml');
    writeFileSync(p, Buffer.alloc(1025, 0x61));
    const over = readFileBytes(p, 'big.yaml', 1024);
    expect(over.ok ? 'read' : over.diagnostic.code).toBe('file-too-large');
    const at = readFileBytes(p, 'big.yaml', 1025);
    expect(at.ok && at.bytes.length).toBe(1025);
    // Larger than the first buffer: read in several chunks, all of it.
    writeFileSync(p, Buffer.alloc(300_000, 0x62));
    const chunked = readFileBytes(p, 'big.yaml', 1024 * 1024);
    expect(chunked.ok && Buffer.from(chunked.bytes).equals(Buffer.alloc(300_000, 0x62))).toBe(true);
  });
});
