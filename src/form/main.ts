// The browser form's page: fields for what the clerk reports, checked as they type by the same
// rules as `kt-bio validate` (check.ts), a draft kept in the browser's storage, and a "save"
// that downloads the unit's .yaml file in the format `kt-bio template` writes. No network: the
// page and its data are one file (src/publish/report-form-page.ts).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { localize, type Lang } from '../messages/catalogue.js';
import { FORM_WORDS, type FormStatus, type FormWords } from '../messages/form.js';
import { isLang, otherLang } from '../messages/entry.js';
import { emptyFormValues, emptyTaskValues, type FormValues, type TaskValues } from '../publish/report-form-fill.js';
import type { FormPageData } from '../publish/report-form-page.js';
import type { FormTask } from '../publish/report-form.js';
import { TASK_STATUSES } from '../report/draft.js';
import { todayInVietnam } from '../text/calendar.js';
import type { DataPath } from '../yaml/read.js';
import { FormChecker, type OpenedReport, type PlacedFinding } from './check.js';

const data = JSON.parse(document.getElementById('kt-bio-form')!.textContent!) as FormPageData;
const checker = new FormChecker(data);
const ctx = data.context;
const LANG_KEY = 'kt-bio-form:lang';

let lang: Lang = storedLang() ?? data.lang;
let values: FormValues = normalise(readDraft() ?? emptyFormValues(checker.taskIds));
/** Fields the clerk has typed in: their findings show at once; the others' after a save or an open. */
const touched = new Set<string>();
let showAll = false;
let notice: { text: () => string; kind: 'info' | 'ok' | 'error' } | undefined;
let opened: { name: string; report: OpenedReport } | undefined;
let findings: PlacedFinding[] = [];

const words = (): FormWords => FORM_WORDS[lang];
const key = (path: DataPath): string => path.join('.');
const idOf = (path: DataPath): string => `f-${path.join('-')}`;

// ---------------------------------------------------------------------------------------------
// Values

/** A draft or an opened file as the form's values: the form's tasks, in its order, every funding source. */
function normalise(v: FormValues): FormValues {
  const tasks = checker.taskIds.map((id) => {
    const t: TaskValues = { ...emptyTaskValues(id), ...(v.tasks ?? []).find((x) => x.id === id) };
    const funding: Record<string, string> = {};
    for (const s of ctx.fundingSources) funding[s.id] = t.funding?.[s.id] ?? '';
    for (const [k, a] of Object.entries(t.funding ?? {})) funding[k] ??= a;
    return { ...t, funding, indicators: (t.indicators ?? []).map((r) => ({ name: r.name ?? '', value: r.value ?? '', unit: r.unit ?? '' })) };
  });
  const empty = emptyFormValues([]);
  return {
    submitted: v.submitted ?? '',
    number: v.number ?? '',
    signer: { ...empty.signer, ...v.signer },
    period: { ...empty.period, ...v.period },
    tasks,
    summary: { ...empty.summary, ...v.summary },
    proposals: (v.proposals ?? []).map(String),
  };
}

interface Ref {
  get(): string;
  set(v: string): void;
}

/** The value behind a field, by the data path it has in the report. */
function ref(path: DataPath): Ref {
  const [a, b, c, d, e] = path;
  const on = <T extends object>(obj: T, k: keyof T): Ref => ({ get: () => String(obj[k] ?? ''), set: (v) => void ((obj[k] as unknown) = v) });
  if (a === 'tasks') {
    const t = values.tasks[b as number]!;
    if (c === 'completed_on') return on(t, 'completedOn');
    if (c === 'funding') return on(t.funding, d as string);
    if (c === 'indicators') return on(t.indicators[d as number]!, e as 'name' | 'value' | 'unit');
    return on(t, c as 'status' | 'results' | 'difficulties');
  }
  if (a === 'signer') return on(values.signer, b as 'name' | 'title');
  if (a === 'period') return on(values.period, b as 'from' | 'to');
  if (a === 'summary') return on(values.summary, b as 'achievements' | 'limitations' | 'causes');
  if (a === 'proposals') return on(values.proposals, b as number);
  return on(values, a as 'submitted' | 'number');
}

// ---------------------------------------------------------------------------------------------
// Draft and language, kept in the browser

function storedLang(): Lang | undefined {
  const l = safeStorage(() => localStorage.getItem(LANG_KEY));
  return isLang(l) ? l : undefined;
}

function readDraft(): FormValues | undefined {
  const text = safeStorage(() => localStorage.getItem(data.draftKey));
  if (!text) return undefined;
  try {
    const draft = JSON.parse(text) as { values?: FormValues };
    if (draft.values && typeof draft.values === 'object') {
      notice = { text: () => words().draftRestored, kind: 'info' };
      return draft.values;
    }
  } catch {
    // A draft that does not read is no draft.
  }
  return undefined;
}

let storageFailed = false;
function writeDraft(): void {
  const ok = safeStorage(() => {
    localStorage.setItem(data.draftKey, JSON.stringify({ values }));
    return true;
  });
  if (!ok && !storageFailed) {
    storageFailed = true;
    notice = { text: () => words().draftUnavailable, kind: 'error' };
    showNotice();
  }
}

function safeStorage<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Checking as the clerk types

let timer: ReturnType<typeof setTimeout> | undefined;
function changed(path: DataPath): void {
  touched.add(key(path));
  writeDraft();
  clearTimeout(timer);
  timer = setTimeout(runCheck, 250);
}

function runCheck(): void {
  clearTimeout(timer);
  findings = checker.check(values, todayInVietnam(new Date()));
  showFindings();
}

interface FieldSlot {
  path: DataPath;
  message: HTMLElement;
  input?: HTMLElement;
}
const slots = new Map<string, FieldSlot>();

function slotFor(path: DataPath): FieldSlot | undefined {
  for (let n = path.length; n > 0; n--) {
    const s = slots.get(key(path.slice(0, n)));
    if (s) return s;
  }
  return undefined;
}

function isTouched(slot: FieldSlot): boolean {
  const k = key(slot.path);
  if (slot.input) return touched.has(k);
  for (const t of touched) if (t.startsWith(`${k}.`)) return true;
  return false;
}

function showFindings(): void {
  const w = words();
  for (const s of slots.values()) {
    s.message.replaceChildren();
    s.input?.removeAttribute('aria-invalid');
  }
  const general: Diagnostic[] = [];
  for (const f of findings) {
    const slot = f.field ? slotFor(f.field) : undefined;
    if (!slot) {
      general.push(f.diagnostic);
      continue;
    }
    if (!showAll && !isTouched(slot)) continue;
    slot.message.append(findingElement(f.diagnostic, false));
    if (f.diagnostic.severity === 'error') slot.input?.setAttribute('aria-invalid', 'true');
  }
  const box = document.getElementById('form-findings')!;
  box.replaceChildren();
  if (showAll && general.length > 0) box.append(h('p', { class: 'box-title' }, w.formFindings), h('ul', {}, ...general.map((d) => h('li', {}, findingElement(d, true)))));
  const errors = findings.filter((f) => f.diagnostic.severity === 'error').length;
  const warnings = findings.filter((f) => f.diagnostic.severity === 'warning').length;
  const count = document.getElementById('count')!;
  count.textContent = errors + warnings === 0 ? w.allValid : w.findingsCount(errors, warnings);
  count.className = errors > 0 ? 'count has-errors' : 'count';
}

function findingElement(d: Diagnostic, withHint: boolean): HTMLElement {
  const w = words();
  const m = localize(d, lang);
  const el = h('div', { class: `finding ${d.severity}` }, h('strong', {}, `${w.severity(d.severity)}: `), m.message);
  if (withHint && m.hint) el.append(h('div', { class: 'finding-hint' }, `${w.hint}: ${m.hint}`));
  return el;
}

// ---------------------------------------------------------------------------------------------
// Building the page

type Child = Node | string | undefined | false;
function h(tag: string, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== undefined && c !== false) el.append(c);
  return el;
}

function button(label: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLElement {
  const b = h('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

interface FieldOptions {
  kind?: 'text' | 'textarea' | 'select';
  required?: boolean;
  hint?: string;
  options?: { value: string; label: string }[];
  inputmode?: string;
  autocomplete?: string;
  size?: 'short' | 'long';
}

function field(path: DataPath, label: string, o: FieldOptions = {}): HTMLElement {
  const w = words();
  const id = idOf(path);
  const r = ref(path);
  const hintId = `${id}-hint`;
  const msgId = `${id}-msg`;
  let input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  let mirror: HTMLElement | undefined;
  const common = { id, name: id, 'aria-describedby': `${o.hint ? `${hintId} ` : ''}${msgId}`, 'aria-required': o.required ? 'true' : undefined };
  if (o.kind === 'select') {
    // A value from an opened file that is not on the list stays visible (its finding says why).
    const options = [...(o.options ?? [])];
    if (!options.some((opt) => opt.value === r.get())) options.push({ value: r.get(), label: r.get() });
    input = h('select', common, ...options.map((opt) => h('option', { value: opt.value }, opt.label))) as HTMLSelectElement;
    input.value = r.get();
  } else if (o.kind === 'textarea') {
    input = h('textarea', { ...common, rows: '3' }) as HTMLTextAreaElement;
    input.value = r.get();
    mirror = h('div', { class: 'print-text', 'aria-hidden': 'true' }, r.get());
  } else {
    input = h('input', { ...common, type: 'text', inputmode: o.inputmode, autocomplete: o.autocomplete ?? 'off', spellcheck: 'false' }) as HTMLInputElement;
    input.value = r.get();
  }
  const on = () => {
    r.set(input.value);
    if (mirror) mirror.textContent = input.value;
    if (input instanceof HTMLTextAreaElement) grow(input);
    changed(path);
  };
  input.addEventListener(o.kind === 'select' ? 'change' : 'input', on);
  const message = h('div', { class: 'message', id: msgId, 'aria-live': 'polite' });
  slots.set(key(path), { path, message, input });
  const mark = o.required ? h('span', { class: 'required', title: w.required }, ' *') : undefined;
  return h(
    'div',
    { class: `field${o.size ? ` ${o.size}` : ''}` },
    h('label', { for: id }, label, mark),
    o.hint ? h('div', { class: 'hint', id: hintId }, o.hint) : undefined,
    input,
    mirror,
    message,
  );
}

function grow(t: HTMLTextAreaElement): void {
  t.style.height = 'auto';
  t.style.height = `${Math.max(t.scrollHeight + 2, 60)}px`;
}

function render(focusId?: string): void {
  const w = words();
  document.documentElement.lang = lang;
  document.title = w.title(ctx.unit.name, ctx.year);
  slots.clear();
  const app = document.getElementById('app')!;
  const fileName = checker.fileName();
  const fileInput = h('input', { type: 'file', id: 'open-file', accept: '.yaml,.yml,.txt,text/yaml', hidden: true, tabindex: '-1' }) as HTMLInputElement;
  fileInput.addEventListener('change', () => void openFile(fileInput));

  const toolbar = h(
    'div',
    { class: 'toolbar', role: 'group', 'aria-label': w.toolbar },
    button(w.save(fileName), save, { id: 'save', class: 'primary' }),
    button(w.open, () => fileInput.click(), { id: 'open' }),
    fileInput,
    button(w.print, () => window.print(), { id: 'print' }),
    button(w.clearDraft, clearDraft, { id: 'clear-draft', class: 'danger' }),
    button(w.otherLanguage, switchLanguage, { id: 'lang', lang: otherLang(lang), 'aria-label': w.languageToggle }),
  );

  const header = h(
    'header',
    {},
    h('a', { class: 'skip', href: '#tasks' }, w.skipToTasks),
    h('h1', {}, w.heading(ctx.plan.kind, ctx.plan.number, ctx.year)),
    h('p', { class: 'plan' }, w.planLine(ctx.plan.kind, ctx.plan.number, ctx.plan.date, ctx.plan.issuer)),
    h('p', { class: 'unit' }, w.unitLine(ctx.unit.name)),
    h('p', { class: 'send' }, w.sendLine(ctx.recipient, ctx.deadline)),
    h('ul', { class: 'how-to' }, ...w.howTo.map((t) => h('li', {}, t))),
    toolbar,
    h('p', { id: 'notice', role: 'status', class: 'notice' }),
    h('p', { id: 'count', class: 'count', 'aria-live': 'polite' }),
    openedBox(),
    h('div', { id: 'form-findings', class: 'findings-box' }),
  );

  const doc = h(
    'section',
    { class: 'block', 'aria-labelledby': 'h-document' },
    h('h2', { id: 'h-document' }, w.sectionDocument),
    h(
      'div',
      { class: 'grid' },
      field(['submitted'], w.submitted, { required: true, hint: w.dateHint(ctx.year), inputmode: 'numeric' }),
      field(['number'], w.number, { hint: `${w.optional}; ${w.numberHint}` }),
      field(['signer', 'name'], w.signerName, { hint: w.optional, autocomplete: 'name' }),
      field(['signer', 'title'], w.signerTitle, { hint: w.optional }),
      field(['period', 'from'], w.periodFrom, { hint: `${w.optional}; ${w.dateHint(ctx.year - 1)}`, inputmode: 'numeric' }),
      field(['period', 'to'], w.periodTo, { hint: w.dateHint(ctx.year), inputmode: 'numeric' }),
    ),
  );

  const tasks = h('section', { class: 'block', id: 'tasks', tabindex: '-1', 'aria-labelledby': 'h-tasks' }, h('h2', { id: 'h-tasks' }, w.sectionTasks), ...ctx.tasks.map((t, i) => taskSection(t, i)));

  const summary = h(
    'section',
    { class: 'block', 'aria-labelledby': 'h-summary' },
    h('h2', { id: 'h-summary' }, w.sectionSummary),
    field(['summary', 'achievements'], w.achievements, { kind: 'textarea' }),
    field(['summary', 'limitations'], w.limitations, { kind: 'textarea' }),
    field(['summary', 'causes'], w.causes, { kind: 'textarea' }),
  );

  const proposals = h(
    'section',
    { class: 'block', 'aria-labelledby': 'h-proposals' },
    h('h2', { id: 'h-proposals' }, w.sectionProposals, h('span', { class: 'optional' }, ` (${w.optional})`)),
    ...values.proposals.map((_, j) =>
      h('div', { class: 'row' }, field(['proposals', j], w.proposal(j + 1), { kind: 'textarea' }), button(w.removeProposal(j + 1), () => removeRow(['proposals'], j), { class: 'remove' })),
    ),
    button(w.addProposal, addProposal, { id: 'add-proposal', class: 'add' }),
  );

  app.replaceChildren(header, h('main', {}, doc, tasks, summary, proposals));
  for (const t of app.querySelectorAll('textarea')) grow(t as HTMLTextAreaElement);
  showNotice();
  runCheck();
  if (focusId) document.getElementById(focusId)?.focus();
}

function taskSection(t: FormTask, i: number): HTMLElement {
  const w = words();
  const v = values.tasks[i]!;
  const at = (...rest: (string | number)[]): DataPath => ['tasks', i, ...rest];
  const headingId = `h-task-${i}`;
  const groupMessage = h('div', { class: 'message', id: `${idOf(at())}-msg`, 'aria-live': 'polite' });
  slots.set(key(at()), { path: at(), message: groupMessage });
  const statuses = [...TASK_STATUSES].sort((a, b) => Number(b === (t.dated ? 'completed' : 'ongoing')) - Number(a === (t.dated ? 'completed' : 'ongoing')));
  const indicatorRows = v.indicators.map((_, j) =>
    h(
      'fieldset',
      { class: 'indicator' },
      h('legend', {}, w.indicatorRow(j + 1)),
      h(
        'div',
        { class: 'grid three' },
        field(at('indicators', j, 'name'), w.indicatorName),
        field(at('indicators', j, 'value'), w.indicatorValue, { inputmode: 'decimal', size: 'short' }),
        field(at('indicators', j, 'unit'), w.indicatorUnit, { size: 'short' }),
      ),
      button(w.removeIndicator(j + 1), () => removeRow(at('indicators'), j), { class: 'remove' }),
    ),
  );
  const fundingKeys = Object.keys(v.funding);
  return h(
    'section',
    { class: 'task', id: idOf(at()), 'aria-labelledby': headingId },
    h('h3', { id: headingId }, w.task(t.id, t.title)),
    h('p', { class: 'meta' }, w.roleLine(w.role(t.role)), t.via ? w.via(t.via) : undefined),
    t.roleNote ? h('p', { class: 'meta' }, `${w.roleNote}: ${t.roleNote}`) : undefined,
    t.inheritedFrom ? h('p', { class: 'meta' }, w.inheritedFrom(t.inheritedFrom)) : undefined,
    h('p', { class: 'meta' }, w.timeframe(t.timeframe, t.due)),
    h('details', { class: 'plan-text' }, h('summary', {}, w.planText), ...t.text.split('\n').map((p) => h('p', {}, p))),
    groupMessage,
    h(
      'div',
      { class: 'grid' },
      field(at('status'), w.status, { kind: 'select', required: true, options: [{ value: '', label: w.choose }, ...statuses.map((s) => ({ value: s, label: `${w.statusName(s as FormStatus)} (${s})` }))] }),
      t.dated ? field(at('completed_on'), w.completedOn, { hint: `${w.completedOnHint}; ${w.dateHint(ctx.year)}`, inputmode: 'numeric' }) : undefined,
    ),
    field(at('results'), `${w.results} ${ctx.year}`, { kind: 'textarea' }),
    h('fieldset', { class: 'indicators' }, h('legend', {}, w.indicators, h('span', { class: 'optional' }, ` (${w.optional})`)), ...indicatorRows, button(w.addIndicator, () => addIndicator(i), { id: `add-indicator-${i}`, class: 'add' })),
    h(
      'fieldset',
      { class: 'funding' },
      h('legend', {}, w.funding),
      h('div', { class: 'grid' }, ...fundingKeys.map((s) => field(at('funding', s), ctx.fundingSources.find((f) => f.id === s)?.name ?? s, { hint: w.amountHint, inputmode: 'numeric' }))),
    ),
    field(at('difficulties'), w.difficulties, { kind: 'textarea', hint: w.optional }),
  );
}

function openedBox(): HTMLElement | undefined {
  if (!opened) return undefined;
  const w = words();
  const r = opened.report;
  const items: HTMLElement[] = [];
  if (r.otherUnit) items.push(h('li', {}, w.otherUnit(opened.name, r.otherUnit.agency, r.otherUnit.year)));
  for (const u of r.unplaced) items.push(h('li', {}, u.kind === 'task' ? w.unplacedTask(u.name) : w.unplacedField(u.name)));
  for (const d of r.findings) {
    const where = d.range ? `${w.lineAt(d.range.start.line, d.range.start.column)} — ` : '';
    items.push(h('li', {}, where, findingElement(d, true)));
  }
  if (items.length === 0) return undefined;
  const title = r.values ? w.fileFindings(opened.name) : w.openFailed(opened.name);
  return h('div', { class: 'findings-box opened', id: 'opened-findings', tabindex: '-1' }, h('p', { class: 'box-title' }, title), h('ul', {}, ...items));
}

function showNotice(): void {
  const el = document.getElementById('notice');
  if (!el) return;
  el.textContent = notice ? notice.text() : '';
  el.className = `notice${notice ? ` ${notice.kind}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Actions

function addIndicator(i: number): void {
  values.tasks[i]!.indicators.push({ name: '', value: '', unit: '' });
  writeDraft();
  render(idOf(['tasks', i, 'indicators', values.tasks[i]!.indicators.length - 1, 'name']));
}

function addProposal(): void {
  values.proposals.push('');
  writeDraft();
  render(idOf(['proposals', values.proposals.length - 1]));
}

function removeRow(list: DataPath, j: number): void {
  if (list[0] === 'proposals') values.proposals.splice(j, 1);
  else values.tasks[list[1] as number]!.indicators.splice(j, 1);
  writeDraft();
  render(list[0] === 'proposals' ? 'add-proposal' : `add-indicator-${list[1]}`);
}

function save(): void {
  const name = checker.fileName();
  const text = checker.yamlToSave(values);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/x-yaml;charset=utf-8' }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  showAll = true;
  runCheck();
  const errors = findings.filter((f) => f.diagnostic.severity === 'error').length;
  const warnings = findings.filter((f) => f.diagnostic.severity === 'warning').length;
  notice = errors + warnings === 0 ? { text: () => words().saved(name), kind: 'ok' } : { text: () => words().savedWithFindings(name, errors, warnings), kind: errors > 0 ? 'error' : 'info' };
  showNotice();
}

async function openFile(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const report = checker.open(bytes, file.name, todayInVietnam(new Date()));
  input.value = '';
  opened = { name: file.name, report };
  if (report.values) {
    values = normalise(report.values);
    touched.clear();
    showAll = true;
    writeDraft();
    notice = { text: () => words().opened(file.name), kind: 'info' };
  } else {
    notice = { text: () => words().openFailed(file.name), kind: 'error' };
  }
  render('opened-findings');
}

function clearDraft(): void {
  if (!window.confirm(words().confirmClear)) return;
  safeStorage(() => localStorage.removeItem(data.draftKey));
  values = normalise(emptyFormValues(checker.taskIds));
  touched.clear();
  showAll = false;
  opened = undefined;
  notice = { text: () => words().draftCleared, kind: 'info' };
  render('clear-draft');
}

function switchLanguage(): void {
  lang = otherLang(lang);
  safeStorage(() => localStorage.setItem(LANG_KEY, lang));
  render('lang');
}

render();
