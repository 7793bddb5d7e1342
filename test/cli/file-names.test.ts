// Vietnamese letters in folder and file names, as Windows and macOS users have them.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kt, REPO } from '../helpers/cli.js';

const EXAMPLE = path.join(REPO, 'test/fixtures/reports/valid/2025/so-yte.yaml');

/** <tmp>/Báo cáo đơn vị/2025/ holding the example under an NFC name and an NFD (macOS) name. */
function vietnameseFolder(): { cwd: string; folder: string; nfc: string; nfd: string } {
  const cwd = mkdtempSync(path.join(tmpdir(), 'kt-bio-tên-'));
  const folder = path.join(cwd, 'Báo cáo đơn vị', '2025');
  mkdirSync(folder, { recursive: true });
  const nfc = 'Sở Y tế.yaml'.normalize('NFC');
  const nfd = 'Sở Y tế - bổ sung.yaml'.normalize('NFD');
  copyFileSync(EXAMPLE, path.join(folder, nfc));
  copyFileSync(EXAMPLE, path.join(folder, nfd));
  return { cwd, folder, nfc, nfd };
}

describe('file names with Vietnamese letters', () => {
  it('validate reads a Vietnamese-named folder and shows its files by name', async () => {
    const { cwd, nfc, nfd } = vietnameseFolder();
    const r = await kt(['validate', 'Báo cáo đơn vị/2025', '--plan', path.join(REPO, 'plan'), '--today', '2025-12-01'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Báo cáo đơn vị/2025/${nfc}`);
    expect(r.stdout).toContain(`Báo cáo đơn vị/2025/${nfd}`);
    expect(r.stdout).toMatch(/2 tệp: 2 tệp hợp lệ/);
  });

  it('check counts both files of one unit from a Vietnamese-named reports folder', async () => {
    const { cwd } = vietnameseFolder();
    const r = await kt(['check', '--year', '2025', '--reports', 'Báo cáo đơn vị', '--plan', path.join(REPO, 'plan'), '--today', '2025-12-01', '--json'], { cwd });
    const j = (JSON.parse(r.stdout) as { result: unknown }).result as { units: { unitId: string; status: string; files: unknown[] }[] };
    const yte = j.units.find((u) => u.unitId === 'so-yte')!;
    expect(yte.status).toBe('on_time');
    expect(yte.files).toHaveLength(2);
  });
});
