// The browser form (`kt-bio template --html`) in a real browser: Debian's Chromium driven by
// playwright-core, the page opened from disk (file://) as a clerk opens it from a USB stick,
// filled as a clerk would, saved, and the downloaded file checked by `kt-bio validate`.
// One browser for the whole file; nothing may leave the page.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kt, REPO } from '../helpers/cli.js';

const TODAY = ['--today', '2026-01-15'];
const CHROMIUM = '/usr/bin/chromium';
/** Where the screenshots go: a temporary folder, or KT_BIO_SCREENSHOTS to keep them and look. */
const shot = (name: string) => path.join(process.env.KT_BIO_SCREENSHOTS ?? dir, name);

let dir: string;
let pageFile: string;
let pageUrl: string;
let context: BrowserContext;
let page: Page;
/** Every request the browser made, and every one it was refused. */
const requests: string[] = [];
const refused: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kt-bio-form-'));
  pageFile = path.join(dir, 'so-yte.html');
  const made = await kt(['template', 'so-yte', '--year', '2025', '--html', '-o', pageFile, ...TODAY]);
  expect(made.code, made.stderr).toBe(0);
  pageUrl = pathToFileURL(pageFile).href;
  context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1100, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context.on('request', (r) => requests.push(r.url()));
  // Anything but the page itself and the downloads it makes is refused, and counted.
  await context.route(
    (url) => !url.href.startsWith('blob:') && url.href !== pageUrl,
    (route) => {
      refused.push(route.request().url());
      return route.abort();
    },
  );
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  await page.goto(pageUrl);
  await page.locator('#count').waitFor();
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What the clerk types, including the characters YAML would misread. */
const RESULTS_0 = '- Đã tổ chức #2 hội nghị quán triệt: 350 cán bộ tham dự\n- Phát hành "tài liệu" tuyên truyền; chi phí: 350.000.000 đồng';
const RESULTS_1 = 'Kết quả: tốt # phần này không phải ghi chú';
const PROPOSAL = '- Đề nghị bổ sung kinh phí: "ưu tiên" #1';

async function save(): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save').click()]);
  expect(download.suggestedFilename()).toBe('so-yte.yaml');
  const file = path.join(dir, `saved-${Date.now()}.yaml`);
  await download.saveAs(file);
  return file;
}

describe('the browser form', () => {
  it('opens from disk with every assigned task, the plan wording and no finding shown yet', async () => {
    const blank = await kt(['template', 'so-yte', '--year', '2025', ...TODAY]);
    const ids = [...blank.stdout.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(3);
    const headings = await page.locator('section.task h3').allTextContents();
    expect(headings.map((t) => t.replace(/^Nhiệm vụ (\S+):.*$/, '$1'))).toEqual(ids);
    await expect.poll(() => page.locator('section.task').first().locator('.meta').first().textContent()).toMatch(/Vai trò của đơn vị: (chủ trì|thực hiện|phối hợp)/);
    expect(await page.locator('.message .finding').count()).toBe(0);
    await page.screenshot({ path: shot('empty.png') });
    expect(pageErrors).toEqual([]);
  });

  it('every field has a label tied to it', async () => {
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input:not([type=file]), select, textarea')].filter((el) => !document.querySelector(`label[for="${el.id}"]`)).map((el) => el.id || el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
  });

  it('checks a date and an amount as they are typed, next to the field', async () => {
    await page.locator('#f-submitted').fill('31/02/2025');
    await expect.poll(() => page.locator('#f-submitted-msg').textContent()).toContain('31/02/2025');
    expect(await page.locator('#f-submitted').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#f-tasks-0-funding-state_recurrent').fill('350 triệu');
    await expect.poll(() => page.locator('#f-tasks-0-funding-state_recurrent-msg').textContent()).toMatch(/\S/);
    await page.locator('#f-submitted').fill('18/11/2025');
    await expect.poll(() => page.locator('#f-submitted-msg').textContent()).toBe('');
  });

  it('saves the unit.yaml a clerk filled in: valid, every typed word in it, in the format of template', async () => {
    const tasks = await page.locator('section.task').count();
    await page.locator('#f-signer-name').fill('Nguyễn Văn An');
    await page.locator('#f-signer-title').fill('Phó Giám đốc');
    await page.locator('#f-tasks-0-status').selectOption('completed');
    await page.locator('#f-tasks-0-completed_on').fill('20/6/2023');
    await page.locator('#f-tasks-0-results').fill(RESULTS_0);
    await page.locator('#f-tasks-0-funding-state_recurrent').fill('350.000.000');
    await page.locator('#f-tasks-0-funding-grants').fill('0');
    await page.locator('#add-indicator-0').click();
    await page.locator('#f-tasks-0-indicators-0-name').fill('Số cán bộ được quán triệt');
    await page.locator('#f-tasks-0-indicators-0-value').fill('1.250');
    await page.locator('#f-tasks-0-indicators-0-unit').fill('người');
    await page.locator('#f-tasks-1-status').selectOption('ongoing');
    await page.locator('#f-tasks-1-results').fill(RESULTS_1);
    for (let i = 2; i < tasks; i++) await page.locator(`#f-tasks-${i}-status`).selectOption('not_started');
    await page.locator('#f-summary-achievements').fill('Hoàn thành: 2/8 nhiệm vụ');
    await page.locator('#add-proposal').click();
    await page.locator('#f-proposals-0').fill(PROPOSAL);

    const file = await save();
    await expect.poll(() => page.locator('#notice').textContent()).toContain('hợp lệ');
    await page.screenshot({ path: shot('filled-page.png'), fullPage: true });
    await page.locator('#f-tasks-0').screenshot({ path: shot('filled.png') });

    const checked = await kt(['validate', file, ...TODAY]);
    expect(checked.stdout + checked.stderr).not.toMatch(/lỗi \[/);
    expect(checked.code).toBe(0);

    const text = readFileSync(file, 'utf8');
    const data = parse(text);
    expect(data.submitted).toBe('18/11/2025');
    expect(data.signer).toEqual({ name: 'Nguyễn Văn An', title: 'Phó Giám đốc' });
    expect(data.tasks[0].results).toBe(RESULTS_0);
    expect(data.tasks[1].results).toBe(RESULTS_1);
    expect(data.proposals).toEqual([PROPOSAL]);
    expect(data.summary).toEqual({ achievements: 'Hoàn thành: 2/8 nhiệm vụ' });
    expect(data.tasks[0].indicators).toEqual([{ name: 'Số cán bộ được quán triệt', value: 1.25, unit: 'người' }]);
    // Amounts and figures as written: "350.000.000" and "1.250" stay in the file's text.
    expect(text).toMatch(/^ {6}state_recurrent: 350\.000\.000 {3}# /m);
    expect(text).toMatch(/^ {8}value: 1\.250$/m);

    // The format of `template`: its header and every line of the plan's wording, unchanged.
    const blank = (await kt(['template', 'so-yte', '--year', '2025', ...TODAY])).stdout;
    const head = blank.slice(0, blank.indexOf('\nsubmitted:'));
    expect(text.startsWith(head)).toBe(true);
    const kept = text.split('\n');
    const planWording = blank.split('\n').filter((l) => /^ {2}#/.test(l) && !/^ {4}# {0,3}(indicators:|- name:|value:|unit:)/.test(l));
    let at = 0;
    for (const line of planWording) {
      const found = kept.indexOf(line, at);
      expect(found, line).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
    // No "<<...>>" spot is left in the data (the instructions in comments still name them).
    expect(JSON.stringify(data)).not.toContain('<<');
  });

  it('keeps the draft when the page is reloaded', async () => {
    await page.reload();
    await page.locator('#count').waitFor();
    expect(await page.locator('#f-tasks-0-results').inputValue()).toBe(RESULTS_0);
    expect(await page.locator('#f-proposals-0').inputValue()).toBe(PROPOSAL);
    expect(await page.locator('#f-tasks-0-indicators-0-value').inputValue()).toBe('1.250');
    expect(await page.locator('#notice').textContent()).toContain('bản nháp');
  });

  it('saves with the keyboard alone', async () => {
    await page.locator('#f-submitted').focus();
    for (let i = 0; i < 8 && (await page.evaluate(() => document.activeElement?.id)) !== 'save'; i++) await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('save');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('so-yte.yaml');
  });

  it('prints on A4 without its buttons, with the typed text', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#save').isVisible()).toBe(false);
    expect(await page.locator('#f-tasks-0-results + .print-text').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', path: shot('form.pdf') });
    await page.emulateMedia({ media: 'screen' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 pages: 595 × 842 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.9\d* 842\.9\d*\]|\/MediaBox \[0 0 59[56](?:\.\d+)? 84[12](?:\.\d+)?\]/);
  });

  it('switches to English and back', async () => {
    await page.locator('#lang').click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#save').textContent()).toBe('Save file so-yte.yaml');
    expect(await page.locator('label[for="f-submitted"]').textContent()).toContain('Date the report is signed');
    expect(await page.locator('#f-tasks-0-results').inputValue()).toBe(RESULTS_0);
    await page.locator('#lang').click();
    expect(await page.locator('#save').textContent()).toBe('Lưu tệp so-yte.yaml');
  });

  it('opens a report with errors and shows each at its field, with the messages of validate', async () => {
    const blank = (await kt(['template', 'so-yte', '--year', '2025', ...TODAY])).stdout;
    const bad = blank
      .replace(/^submitted: .*$/m, 'submitted: 31/02/2025')
      .replace(/^( {4}status: )"<<completed[^"]*>>"/m, '$1done')
      .replace(/^( {6}state_recurrent: )"<<số đồng>>"/m, '$1ba trăm triệu')
      .replace(/^( {4}results: )"<<kết quả thực hiện nhiệm vụ II\.1\.a>>"/m, '$1Đã làm xong')
      .replace(/"<<[^"]*>>"/g, '""');
    const file = path.join(dir, 'so-yte-loi.yaml');
    writeFileSync(file, bad);
    const cli = JSON.parse((await kt(['validate', file, '--json', ...TODAY])).stdout) as { diagnostics: { code: string; path?: (string | number)[]; message: string; line: number }[] };
    const byCode = (code: string, word = '') => cli.diagnostics.find((d) => d.code === code && d.message.includes(word))!;
    expect(byCode('impossible-date').path).toEqual(['submitted']);

    await page.locator('#open-file').setInputFiles(file);
    await expect.poll(() => page.locator('#f-submitted').inputValue()).toBe('31/02/2025');
    expect(await page.locator('#f-tasks-0-results').inputValue()).toBe('Đã làm xong');
    expect(await page.locator('#f-submitted-msg').textContent()).toContain(byCode('impossible-date').message);
    expect(await page.locator('#f-tasks-0-funding-state_recurrent-msg').textContent()).toContain(byCode('invalid-money', 'ba trăm triệu').message);
    expect(await page.locator('#f-tasks-0-status-msg').textContent()).toMatch(/\S/);
    expect(await page.locator('#f-tasks-0-status').getAttribute('aria-invalid')).toBe('true');
    // The file's own findings, with its lines, as validate words them.
    const opened = (await page.locator('#opened-findings').textContent()) ?? '';
    for (const d of cli.diagnostics) expect(opened).toContain(d.message);
    expect(opened).toContain(`dòng ${byCode('impossible-date').line}`);
    await page.screenshot({ path: shot('errors-file.png') });
    await page.locator('#f-tasks-0').screenshot({ path: shot('errors.png') });
  });

  it('opens a report typed in Notepad with a Tab, another unit\'s task and a stray field, and says what it could not read', async () => {
    const blank = (await kt(['template', 'so-yte', '--year', '2025', ...TODAY])).stdout;
    const typed = blank
      .replace(/^submitted: .*$/m, 'submitted: 18/11/2025')
      .replace(/^( {4}results: )"<<kết quả thực hiện nhiệm vụ II\.1\.b>>"/m, '$1Tuyên truyền 12 tin bài, 3 hội nghị')
      .replace(/^tasks:\n/m, 'tasks:\n  - id: X.9\n    status: ongoing\n')
      .replace(/^summary:/m, 'ghi_chu: thêm\nsummary:');
    const file = path.join(dir, 'so-yte-notepad.yaml');
    writeFileSync(file, typed);
    await page.locator('#open-file').setInputFiles(file);
    await expect.poll(() => page.locator('#f-tasks-1-results').inputValue()).toBe('Tuyên truyền 12 tin bài, 3 hội nghị');
    const box = (await page.locator('#opened-findings').textContent()) ?? '';
    expect(box).toContain('Nhiệm vụ "X.9" trong tệp không có trong mẫu');
    expect(box).toContain('Mục "ghi_chu" trong tệp không có ô tương ứng');
    const cli = JSON.parse((await kt(['validate', file, '--json', ...TODAY])).stdout) as { diagnostics: { code: string; message: string }[] };
    expect(cli.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['unknown-field']));
    for (const d of cli.diagnostics) expect(box).toContain(d.message);

    // A Tab where YAML wants spaces: the file's line and the message validate gives.
    const tabbed = path.join(dir, 'so-yte-tab.yaml');
    writeFileSync(tabbed, typed.replace(/^ {4}status: ongoing$/m, '\tstatus: ongoing'));
    const tabCli = JSON.parse((await kt(['validate', tabbed, '--json', ...TODAY])).stdout) as { diagnostics: { code: string; message: string; line: number }[] };
    expect(tabCli.diagnostics[0]!.code).toBe('yaml-tab-indent');
    await page.locator('#open-file').setInputFiles(tabbed);
    await expect.poll(() => page.locator('#opened-findings').textContent()).toContain(tabCli.diagnostics[0]!.message);
    expect(await page.locator('#opened-findings').textContent()).toContain(`dòng ${tabCli.diagnostics[0]!.line}`);
    expect(pageErrors).toEqual([]);
  });

  it('clears the draft on request, and it stays cleared after a reload', async () => {
    await page.locator('#clear-draft').click();
    await expect.poll(() => page.locator('#f-submitted').inputValue()).toBe('');
    await page.reload();
    await page.locator('#count').waitFor();
    expect(await page.locator('#f-tasks-0-results').inputValue()).toBe('');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kt-bio-form:') && k !== 'kt-bio-form:lang'))).toEqual([]);
  });

  it('sent no request anywhere: the page is the only file it read', () => {
    expect(refused).toEqual([]);
    expect(requests.filter((u) => u !== pageUrl && !u.startsWith('blob:'))).toEqual([]);
    expect(requests.filter((u) => u === pageUrl).length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});

describe('template --html', () => {
  it('writes one self-contained page per unit with --all, the same bytes every time', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kt-bio-pages-'));
    try {
      const a = await kt(['template', '--all', '--year', '2025', '--html', '-o', path.join(out, 'a'), ...TODAY]);
      const b = await kt(['template', '--all', '--year', '2025', '--html', '-o', path.join(out, 'b'), ...TODAY]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code).toBe(0);
      const yaml = await kt(['template', '--all', '--year', '2025', '-o', path.join(out, 'y'), ...TODAY]);
      const units = [...yaml.stdout.matchAll(/y\/([^/\s]+)\.yaml/g)].map((m) => m[1]!).sort();
      expect(units.length).toBeGreaterThan(5);
      for (const unit of units) {
        const html = readFileSync(path.join(out, 'a', `${unit}.html`), 'utf8');
        expect(html).toBe(readFileSync(path.join(out, 'b', `${unit}.html`), 'utf8'));
        // The one script that may run is the page's own, named by its hash.
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
        expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+' 'unsafe-inline'; style-src 'unsafe-inline';/);
        const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
        expect(csp).toContain(`'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
        // No address the browser could fetch: no src= or href= to anything, no url(...) in the style.
        expect(html).not.toMatch(/\s(?:src|href)=["']?(?:https?:|\/\/|file:)/i);
        expect(html).not.toMatch(/url\(\s*["']?(?:https?:|\/\/)/i);
        expect(html.match(/<script\b/g)?.length).toBe(2);
        // The unit's blank form rides inside the page, exactly as template writes it.
        const blank = readFileSync(path.join(out, 'y', `${unit}.yaml`), 'utf8');
        const data = JSON.parse(/<script type="application\/json" id="kt-bio-form">(.*?)<\/script>/s.exec(html)![1]!) as { formText: string };
        expect(data.formText).toBe(blank);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('keeps the page maker out of the executable every command loads: only --html loads it', () => {
    const bundle = readFileSync(path.join(REPO, 'dist', 'kt-bio.mjs'), 'utf8');
    const chunks = readdirSync(path.join(REPO, 'dist', 'chunks')).map((f) => readFileSync(path.join(REPO, 'dist', 'chunks', f), 'utf8'));
    // The template command's chunk reads the page's code; the page maker is a chunk of its own.
    expect(chunks.some((c) => c.includes('dist/form.js') && !c.includes("default-src 'none'"))).toBe(true);
    expect(chunks.some((c) => c.includes("default-src 'none'"))).toBe(true);
    expect(bundle).not.toContain("default-src 'none'");
  });
});
