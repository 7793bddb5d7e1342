// Files a clerk plausibly meant as reports: so-yte.yaml.txt (Notepad's extra .txt), .yml, .YAML,
// UTF-8 with a byte order mark are read; UTF-16 is named with the fix. In check, validate and
// compile alike; nothing named like a report is passed over in silence.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kt } from '../helpers/cli.js';
import { copySample } from '../helpers/sample.js';

const TODAY = ['--today', '2024-12-30'];
let dir: string;
const year = (name: string) => path.join(dir, 'reports/2024', name);

beforeAll(() => {
  dir = copySample('names');
  renameSync(year('lmhtx.yaml'), year('lmhtx.yaml.txt'));
  renameSync(year('so-yte.yaml'), year('so-yte.YAML'));
  renameSync(year('ban-dantoc.yaml'), year('ban-dantoc.yml'));
  const text = (name: string) => readFileSync(year(name), 'utf8');
  writeFileSync(year('vp-ubnd.yaml'), '\uFEFF' + text('vp-ubnd.yaml').replace(/\n/g, '\r\n'));
  writeFileSync(year('thanh-tra.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text('thanh-tra.yaml'), 'utf16le')]));
  const be = Buffer.from(text('so-noivu.yaml'), 'utf16le').swap16();
  writeFileSync(year('so-noivu.yaml'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Unit {
  unitId: string;
  status: string;
  files: { file: string; firstProblem: { code: string } | null }[];
}

describe('report files by another name or encoding', () => {
  it('check reads .yaml.txt, .yml, .YAML and a UTF-8 file with a BOM; it skips nothing and says how to rename', async () => {
    const r = await kt(['check', '--year', '2024', '--json', ...TODAY], { cwd: dir });
    const out = (JSON.parse(r.stdout) as { result: unknown }).result as { reports: { skipped: string[]; notices: { code: string; args: Record<string, string> }[] }; units: Unit[] };
    const unit = (id: string) => out.units.find((u) => u.unitId === id)!;
    for (const id of ['lmhtx', 'so-yte', 'ban-dantoc', 'vp-ubnd']) expect([id, unit(id).status]).toEqual([id, 'on_time']);
    expect(unit('lmhtx').files[0]!.file).toBe('reports/2024/lmhtx.yaml.txt');
    expect(out.reports.skipped).toEqual([]);
    expect(out.reports.notices.map((n) => [n.code, n.args['rename']])).toEqual([['file-extra-extension', 'lmhtx.yaml']]);

    const text = await kt(['check', '--year', '2024', ...TODAY], { cwd: dir });
    expect(text.stdout).toContain('Tên tệp "reports/2024/lmhtx.yaml.txt" có thêm đuôi .txt (Notepad tự thêm khi lưu); kt-bio vẫn đọc tệp này như báo cáo. Đổi tên tệp thành "lmhtx.yaml"');
    expect(text.stdout).not.toContain('Bỏ qua');
  });

  it('check names a UTF-16 report (with either byte order) with the fix, under its unit', async () => {
    const r = await kt(['check', '--year', '2024', '--json', ...TODAY], { cwd: dir });
    const units = (JSON.parse(r.stdout) as { result: { units: Unit[] } }).result.units;
    for (const id of ['thanh-tra', 'so-noivu']) {
      const u = units.find((x) => x.unitId === id)!;
      expect([id, u.status, u.files[0]!.firstProblem?.code]).toEqual([id, 'invalid', 'file-utf16']);
    }
  });

  it('validate reads the same files and gives the rename as a warning', async () => {
    const r = await kt(['validate', 'reports/2024', '--json', ...TODAY], { cwd: dir });
    const envelope = JSON.parse(r.stdout) as { result: { files: { file: string; status: string }[]; skipped: string[] }; diagnostics: { code: string; file: string }[] };
    const out = { ...envelope.result, diagnostics: envelope.diagnostics };
    expect(out.skipped).toEqual([]);
    const status = new Map(out.files.map((f) => [f.file, f.status]));
    expect(status.get('reports/2024/lmhtx.yaml.txt')).toBe('ok');
    expect(out.diagnostics.filter((d) => d.code === 'file-extra-extension').map((d) => d.file)).toEqual(['reports/2024/lmhtx.yaml.txt']);
    expect(status.get('reports/2024/so-yte.YAML')).toBe('ok');
    expect(status.get('reports/2024/ban-dantoc.yml')).toBe('ok');
    expect(status.get('reports/2024/vp-ubnd.yaml')).toBe('ok');
    expect(out.diagnostics.filter((d) => d.code === 'file-utf16').map((d) => d.file)).toEqual(['reports/2024/so-noivu.yaml', 'reports/2024/thanh-tra.yaml']);
  });

  it('compile takes the .yaml.txt report in and says how to rename it', async () => {
    const r = await kt(['compile', '--year', '2024', '-o', 'out/x.docx', ...TODAY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[file-extra-extension]');
    expect(r.stderr).toContain('[file-utf16]');
  });
});
