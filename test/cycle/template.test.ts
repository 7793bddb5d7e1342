// kt-bio template: a blank form per unit that is "blank" when fresh and clean once filled, written
// only where asked, never over a file without --force, never outside its folder.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkReportFile } from '../../src/report/load.js';
import { expectedReporters } from '../../src/plan/model.js';
import { formPath } from '../../src/cli/commands/template.js';
import { commentLines, oneLine } from '../../src/publish/report-form.js';
import { kt, REPO } from '../helpers/cli.js';
import { planFolderWithoutCommunes, realPlan } from '../helpers/plan.js';
import { fillForm } from './fill-form.js';

const tmp = (prefix: string) => mkdtempSync(path.join(tmpdir(), `kt-bio-${prefix}-`));
const TODAY = '2025-12-01';

describe('kt-bio template <unit>', () => {
  it('prints the form of one unit: agency and year filled, one entry per task with role and the task text', async () => {
    const r = await kt(['template', 'so-khcn', '--year', '2024', '--today', TODAY]);
    expect(r.code).toBe(0);
    const form = r.stdout;
    expect(form).toContain('# Đơn vị báo cáo: Sở Khoa học và Công nghệ');
    expect(form).toContain('chậm nhất ngày 20/11/2024');
    const data = parseDocument(form).toJS() as { format: string; agency: string; year: number; tasks: { id: string }[] };
    expect(data).toMatchObject({ format: 'kt-bio/report@1', agency: 'so-khcn', year: 2024 });
    const plan = await realPlan();
    const expected = expectedReporters(plan, 2024).reporters.find((x) => x.unitId === 'so-khcn')!.tasks.map((t) => t.taskId);
    expect(data.tasks.map((t) => t.id)).toEqual(expected);
    // Role, the plan's note on this unit's part, and the full text as comments.
    expect(form).toContain('# Nhiệm vụ II.2: Triển khai thực hiện cơ chế, chính sách\n  # Vai trò của đơn vị: chủ trì\n');
    expect(form).toContain('# Vai trò của đơn vị: phối hợp\n');
    expect(form).toContain('# Vai trò của đơn vị: thực hiện (Kế hoạch giao cho: Các Sở, ban ngành thuộc tỉnh)');
    expect(form).toMatch(/#   Phần việc của đơn vị: tham mưu triển khai thực hiện các nhiệm vụ nghiên cứu khoa học và phát\n\s+#\s+triển công nghệ sinh học trong nông nghiệp/);
    expect(form).toContain('#   Rà soát, triển khai thực hiện đồng bộ và hiệu quả các chính sách');
    expect(form).toContain('# Thời gian thực hiện: Hoàn thành trong quý II/2023 (hạn 30/6/2023)');
    // Allowed values with their meaning, date and money formats.
    expect(form).toContain('#   ongoing     = đang thực hiện thường xuyên');
    expect(form).toContain('#   not_started = chưa triển khai');
    expect(form).toContain('ví dụ 18/11/2024');
    expect(form).toContain('350000000, 350.000.000 hoặc 350 000 000');
  });

  it('marks tasks taken over from an ended unit', async () => {
    const r = await kt(['template', 'so-nnmt', '--year', '2025', '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Đơn vị báo cáo: Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi');
    expect(r.stdout).toMatch(/# Nhiệm vụ II\.3\.a\.nn: [^\n]*\n\s+# Vai trò của đơn vị: chủ trì\n(?:\s+#[^\n]*\n)*?\s+#   Tiếp nhận từ Sở Nông nghiệp và Phát triển nông thôn\./);
    expect(r.stdout).toContain('#   Tiếp nhận từ Sở Tài nguyên và Môi trường.');
  });

  it('refuses a unit that ended, naming who reports instead (exit 2)', async () => {
    const r = await kt(['template', 'so-khdt', '--year', '2025', '--today', TODAY]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Sở Kế hoạch và Đầu tư (so-khdt) đã kết thúc hoạt động ngày 28/2/2025, nên không báo cáo năm 2025.');
    expect(r.stderr).toContain('Nhiệm vụ chuyển cho Sở Tài chính tỉnh Quảng Ngãi: kt-bio template so-taichinh --year 2025');
    const en = await kt(['template', 'so-khdt', '--year', '2025', '--today', TODAY, '--lang', 'en']);
    expect(en.stderr).toContain('Its tasks passed to Sở Tài chính tỉnh Quảng Ngãi: kt-bio template so-taichinh --year 2025');
  });

  it('for a district that ended, names the communes formed on its area, each with its template command', async () => {
    const r = await kt(['template', 'ubnd-dakglei', '--year', '2025', '--today', TODAY]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Ủy ban nhân dân huyện Đắk Glei (ubnd-dakglei) đã kết thúc hoạt động ngày 30/6/2025, nên không báo cáo năm 2025.');
    const heirs = r.stderr.split('\n').filter((l) => l.startsWith('Nhiệm vụ chuyển cho '));
    expect(heirs).toEqual(
      [['xop', 'Xốp'], ['ngoclinh', 'Ngọc Linh'], ['dakplo', 'Đăk Plô'], ['dakpek', 'Đăk Pék'], ['dakmon', 'Đăk Môn'], ['daklong', 'Đăk Long']].map(
        ([id, name]) => `Nhiệm vụ chuyển cho Ủy ban nhân dân xã ${name}: kt-bio template ubnd-xa-${id} --year 2025`,
      ),
    );
  });

  it('for a district that ended, says its tasks went to a group with no units yet, and where to add them (a plan without the communes)', async () => {
    const r = await kt(['template', 'ubnd-dakglei', '--year', '2025', '--today', TODAY, '--plan', planFolderWithoutCommunes()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('đã kết thúc hoạt động ngày 30/6/2025');
    expect(r.stderr).toContain('Nhiệm vụ chuyển cho Ủy ban nhân dân các xã, phường, đặc khu trên địa bàn tỉnh Kon Tum cũ; nhóm này chưa có đơn vị nào trong dữ liệu (thêm tại plan/units.yaml');
  });

  it('refuses a unit not yet created, and an unknown id with a suggestion', async () => {
    const early = await kt(['template', 'so-nnmt', '--year', '2024', '--today', TODAY]);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('bắt đầu hoạt động từ ngày 01/3/2025, sau hạn báo cáo 20/11/2024');
    const unknown = await kt(['template', 'so-y-te', '--year', '2024', '--today', TODAY]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có đơn vị hay nhóm "so-y-te" trong plan/units.yaml (có phải "so-yte"?)');
  });

  it('needs a unit or --all, not both, and --all needs -o', async () => {
    expect((await kt(['template', '--year', '2024', '--today', TODAY])).code).toBe(2);
    expect((await kt(['template', 'so-yte', '--all', '--year', '2024', '--today', TODAY])).code).toBe(2);
    const r = await kt(['template', '--all', '--year', '2024', '--today', TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cần -o <thư mục> để ghi mỗi đơn vị một tệp');
    expect(r.stderr).toContain('Xem hướng dẫn: kt-bio template --help');
  });
});

describe('the form template', () => {
  it('is the department\'s own templates/report-form.yaml.hbs when the working folder has one, or --form', async () => {
    const cwd = tmp('own-form');
    mkdirSync(path.join(cwd, 'templates'));
    const shipped = readFileSync(path.join(REPO, 'templates', 'report-form.yaml.hbs'), 'utf8');
    writeFileSync(path.join(cwd, 'templates', 'report-form.yaml.hbs'), shipped.replace('# CÁCH ĐIỀN', '# HƯỚNG DẪN CỦA SỞ'));
    const own = await kt(['template', 'so-yte', '--year', '2024', '--today', TODAY, '--plan', path.join(REPO, 'plan')], { cwd });
    expect(own.code).toBe(0);
    expect(own.stdout).toContain('# HƯỚNG DẪN CỦA SỞ');
    writeFileSync(path.join(cwd, 'khac.hbs'), 'agency: {{yaml unit.id}}\nyear: {{year}}\n');
    const given = await kt(['template', 'so-yte', '--year', '2024', '--today', TODAY, '--plan', path.join(REPO, 'plan'), '--form', 'khac.hbs'], { cwd });
    expect(given.stdout).toBe('agency: so-yte\nyear: 2024\n');
  });

  it('a misspelt field or broken syntax in it is a clear error naming the file (exit 2)', async () => {
    const cwd = tmp('bad-form');
    writeFileSync(path.join(cwd, 'sai.hbs'), 'agency: {{unit.ma}}\n');
    const misspelt = await kt(['template', 'so-yte', '--year', '2024', '--today', TODAY, '--plan', path.join(REPO, 'plan'), '--form', 'sai.hbs'], { cwd });
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain('Mẫu sai.hbs có lỗi: "ma" not defined');
    writeFileSync(path.join(cwd, 'hong.hbs'), '{{#each tasks}}\n');
    const broken = await kt(['template', 'so-yte', '--year', '2024', '--today', TODAY, '--plan', path.join(REPO, 'plan'), '--form', 'hong.hbs'], { cwd });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('Mẫu hong.hbs có lỗi');
    expect(broken.stderr).not.toContain('internal error');
    const missing = await kt(['template', 'so-yte', '--year', '2024', '--today', TODAY, '--plan', path.join(REPO, 'plan'), '--form', 'khong-co.hbs'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('[file-not-found]');
  });
});

describe('writing forms to files', () => {
  it('writes one file with -o, and never over an existing one without --force (exit 2, file unchanged)', async () => {
    const dir = tmp('form');
    const file = path.join(dir, 'mau.yaml');
    const first = await kt(['template', 'so-yte', '--year', '2024', '--today', TODAY, '-o', file]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('mau.yaml — Sở Y tế');
    expect(readFileSync(file, 'utf8')).toContain('agency: so-yte');

    writeFileSync(file, 'đã điền một nửa\n');
    const again = await kt(['template', 'so-yte', '--year', '2024', '--today', TODAY, '-o', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('đã có; không ghi đè.');
    expect(again.stderr).toContain('Thêm --force để ghi đè');
    expect(readFileSync(file, 'utf8')).toBe('đã điền một nửa\n');

    const forced = await kt(['template', 'so-yte', '--year', '2024', '--today', TODAY, '-o', file, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('agency: so-yte');
  });

  it('writes <dir>/<unit-id>.yaml when -o names a folder', async () => {
    const dir = tmp('form-dir');
    const r = await kt(['template', 'so-yte', '--year', '2024', '--today', TODAY, '-o', dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['so-yte.yaml']);
    const sub = path.join(dir, 'moi') + '/';
    expect((await kt(['template', 'so-yte', '--year', '2024', '--today', TODAY, '-o', sub])).code).toBe(0);
    expect(existsSync(path.join(dir, 'moi', 'so-yte.yaml'))).toBe(true);
  });

  it('--all keeps existing files, reports them, writes the others, and exits 1', async () => {
    const dir = tmp('forms-kept');
    writeFileSync(path.join(dir, 'so-yte.yaml'), 'của đơn vị\n');
    const r = await kt(['template', '--all', '--year', '2024', '--today', TODAY, '-o', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('so-yte.yaml (tệp đã có; thêm --force để ghi đè)');
    expect(readFileSync(path.join(dir, 'so-yte.yaml'), 'utf8')).toBe('của đơn vị\n');
    expect(readdirSync(dir)).toHaveLength(31);
    const forced = await kt(['template', '--all', '--year', '2024', '--today', TODAY, '-o', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'so-yte.yaml'), 'utf8')).toContain('agency: so-yte');
  });

  it('never writes into the reports folder unless --into-reports is given', async () => {
    const cwd = tmp('into-reports');
    const plan = ['--plan', path.join(REPO, 'plan')];
    const refused = await kt(['template', 'so-yte', '--year', '2024', '--today', TODAY, ...plan, '-o', 'reports/2024/'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Không ghi mẫu vào thư mục báo cáo reports');
    expect(existsSync(path.join(cwd, 'reports'))).toBe(false);
    const all = await kt(['template', '--all', '--year', '2024', '--today', TODAY, ...plan, '--reports', 'nop', '-o', 'nop/2024'], { cwd });
    expect(all.code).toBe(2);
    expect(existsSync(path.join(cwd, 'nop'))).toBe(false);

    const asked = await kt(['template', 'so-yte', '--year', '2024', '--today', TODAY, ...plan, '--into-reports'], { cwd });
    expect(asked.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'reports', '2024', 'so-yte.yaml'), 'utf8')).toContain('agency: so-yte');
  });

  it('a unit id can never lead out of the target folder', async () => {
    const dir = path.resolve(tmp('escape'), 'forms');
    expect(formPath(dir, 'so-yte')).toBe(path.join(dir, 'so-yte.yaml'));
    expect(formPath(dir, '../so-yte')).toBeUndefined();
    expect(formPath(dir, '../../etc/passwd')).toBeUndefined();
    expect(formPath(dir, 'a/b')).toBeUndefined();
    expect(formPath(dir, '/etc/passwd')).toBeUndefined();
    // On the command line the id is checked against the plan first: nothing is written anywhere.
    const r = await kt(['template', '../../evil', '--year', '2024', '--today', TODAY, '-o', dir + '/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không có đơn vị hay nhóm "../../evil"');
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(path.join(dir, '..', '..', 'evil.yaml'))).toBe(false);
  });
});

describe('the round trip: every form of a year is blank when fresh and clean once filled', () => {
  for (const year of [2024, 2025]) {
    it(`template --all --year ${year}: each fresh form is blank with no other finding; filled, it validates clean`, async () => {
      const plan = await realPlan();
      const dir = path.join(tmp(`round-trip-${year}`), String(year));
      const r = await kt(['template', '--all', '--year', String(year), '--today', TODAY, '-o', dir]);
      expect(r.code).toBe(0);
      const expected = expectedReporters(plan, year).reporters.map((x) => `${x.unitId}.yaml`).sort();
      expect(readdirSync(dir).sort()).toEqual(expected);
      const dated = new Set(plan.tasks.filter((t) => t.timeframe.due !== undefined).map((t) => t.id));
      const today = `${year}-12-01`;

      for (const name of expected) {
        const file = path.join(dir, name);
        const fresh = await checkReportFile(file, { plan, today, cwd: REPO });
        expect(fresh.blank, name).toBe(true);
        expect(fresh.diagnostics.map((d) => d.code), name).toEqual(['report-blank']);
        expect(fresh.claimed).toMatchObject({ agency: name.replace('.yaml', ''), year });

        writeFileSync(file, fillForm(readFileSync(file, 'utf8'), { year, datedTasks: dated }));
        const filled = await checkReportFile(file, { plan, today, cwd: REPO });
        expect(filled.diagnostics.map((d) => `${d.code} ${JSON.stringify(d.args)}`), name).toEqual([]);
        expect(filled.blank).toBe(false);
        expect(filled.report?.agency).toBe(name.replace('.yaml', ''));
        expect(filled.report?.tasks.every((t) => t.results && t.funding.state_recurrent === 150_000_000 && t.funding.other === 12_500_000)).toBe(true);
      }

      // Every unit filled its form in time: check says so, and exits 0.
      const check = await kt(['check', '--year', String(year), '--today', today, '--reports', path.dirname(dir), '--json']);
      expect(check.code).toBe(0);
      expect(JSON.parse(check.stdout).result).toMatchObject({ allOnTime: true, rates: { overall: { expected: expected.length, onTime: expected.length, onTimeRate: 100 } } });
    });
  }
});

describe('text from the plan cannot break the form', () => {
  it('keeps multi-line, quoted and YAML-looking text inside comments', async () => {
    const cwd = tmp('hostile-plan');
    cpSync(path.join(REPO, 'plan'), path.join(cwd, 'plan'), { recursive: true });
    const tasksFile = path.join(cwd, 'plan', 'tasks.yaml');
    const hostile = [
      '  - id: II.4.a',
      '    section: II.4',
      '    title: "Tiêu đề: có dấu hai chấm # và \\"ngoặc kép\\"\\nrồi xuống dòng\\u2028status: hacked"',
      '    text:',
      '      - |-',
      '        Dòng một.',
      '        - id: II.9',
      '        agency: so-gia',
      '        "<<không phải chỗ điền>>"',
    ].join('\n');
    const before = readFileSync(tasksFile, 'utf8');
    const after = before.replace(/  - id: II\.4\.a\n    section: II\.4\n    title: [^\n]*\n    text:\n      - >-\n/, `${hostile}\n      - >-\n`);
    expect(after).not.toBe(before);
    writeFileSync(tasksFile, after);

    const r = await kt(['template', 'so-khcn', '--year', '2024', '--today', TODAY], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const doc = parseDocument(r.stdout);
    expect(doc.errors).toEqual([]);
    const data = doc.toJS() as Record<string, unknown> & { tasks: Record<string, unknown>[] };
    expect(Object.keys(data)).toEqual(['format', 'agency', 'year', 'submitted', 'number', 'signer', 'period', 'tasks', 'summary', 'proposals']);
    expect(data.agency).toBe('so-khcn');
    const ii4a = data.tasks.find((t) => t.id === 'II.4.a')!;
    expect(Object.keys(ii4a)).toEqual(['id', 'status', 'results', 'funding', 'difficulties']);
    expect(r.stdout).toContain('#   - id: II.9');
    expect(r.stdout).toContain('# Nhiệm vụ II.4.a: Tiêu đề: có dấu hai chấm # và "ngoặc kép" rồi xuống dòng status: hacked');

    const plan = (await import('../../src/plan/load.js')).loadPlan;
    const loaded = await plan(path.join(cwd, 'plan'), cwd);
    if (!loaded.ok) throw new Error('the edited plan must still load');
    const out = path.join(cwd, 'forms', '2024', 'so-khcn.yaml');
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, r.stdout);
    const fresh = await checkReportFile(out, { plan: loaded.plan, today: '2024-12-01', cwd });
    expect(fresh.diagnostics.map((d) => d.code)).toEqual(['report-blank']);
  });

  it('oneLine and commentLines turn every line break into a space or a new commented line', () => {
    expect(oneLine('a\r\nb\rc\u2028d\u2029e\u0085f\u0000g')).toBe('a b c d e fg');
    const c = commentLines('một\nhai\r\nba\u2028bốn', '    #   ');
    expect(c.split('\n')).toEqual(['    #   một', '    #   hai', '    #   ba', '    #   bốn']);
    expect(commentLines('một\nhai', '  ')).toBe('  # một\n  # hai');
    for (const line of commentLines('x '.repeat(200), '  # ', 60).split('\n')) {
      expect(line.startsWith('  # ')).toBe(true);
      expect(line.length).toBeLessThanOrEqual(60);
    }
  });
});
