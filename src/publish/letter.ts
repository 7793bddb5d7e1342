// The reminder letter (công văn đôn đốc) of `kt-bio remind`: the units that have not sent a
// counted report, each with its problem in words, in the Decree 30 letter layout — the
// compiling unit's heading, "Số: …/<code>-<office>", the "V/v …" line under the number,
// "Kính gửi:", a body from templates/remind/, Nơi nhận and the signature from the year's
// settings. The same letter as plain text, or as an e-mail message (.eml) to send from a mail
// program. The body template is written once: Markdown for the .docx, read as plain text for
// mail (the template uses no emphasis).
import type HandlebarsNamespace from 'handlebars';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { localize } from '../messages/catalogue.js';
import { FOLLOW_UP } from '../messages/follow-up.js';
import { dateParts, type IsoDate } from '../text/calendar.js';
import { baseName } from '../io/paths.js';
import { issuerFields, unitNameOn, type IssuerBlock, type PlanModel } from '../plan/model.js';
import type { ResolvedSettings } from '../settings/validate.js';
import type { ReminderFacts, RemindedUnit } from '../cycle/reminder.js';
import type { ReportingRequest } from '../cycle/requests.js';
import type { AdminDocument } from './docx/index.js';
import { escapeStrings, registerSummaryHelpers } from './summary-report.js';
import type { SummaryTemplates, TemplateText } from './templates.js';
import { formatVietnameseDate } from './docx/date-words.js';

type Handlebars = typeof HandlebarsNamespace;

/** The body template of the letter, in templates/remind/. */
export const LETTER_TEMPLATE = 'don-doc.md.hbs';

export interface LetterInput {
  handlebars: Handlebars;
  templates: SummaryTemplates;
  plan: PlanModel;
  settings: ResolvedSettings;
  /** The letter's date and the issuer in office on it. */
  date: IsoDate;
  issuer: IssuerBlock;
  /** The request the reports answer: the plan's yearly cycle or an ad hoc request. */
  request: ReportingRequest;
  facts: ReminderFacts;
  /** The units this letter goes to (all of `facts.units`, or one of them). */
  units: readonly RemindedUnit[];
}

/** What every format shares: the lines around the body, and the body as Markdown and as plain text. */
export interface Letter {
  issuer: { parentAuthority: string; issuingBody: string; place: string };
  number: string;
  date: IsoDate;
  subject: string;
  salutation: { heading: string; addressees: string[] };
  recipientsHeading: string;
  recipients: string[];
  signer: { authority: string[]; name: string };
  /** Markdown (unit text escaped). */
  body: string;
  /** The same body with unit text as written. */
  bodyText: string;
  creator: string;
}

export type LetterResult = { ok: true; letter: Letter } | { ok: false; diagnostics: Diagnostic[] };

/**
 * The drafting office's abbreviation in a letter's số, ký hiệu when the settings give none: the
 * last of the issuer's filing codes other than the archive's ("VT, QLCN" → QLCN), if any.
 */
export function draftingOffice(filing: string | undefined): string | undefined {
  const codes = (filing ?? '').split(',').map((c) => c.trim()).filter((c) => c !== '' && c !== 'VT');
  return codes.at(-1);
}

/** Số, ký hiệu of a letter: "15/SKHCN-QLCN" (below 10 with a leading zero), or blank before the slash for a draft. */
export function letterNumber(number: number | string | undefined, issuerCode: string, office: string | undefined): string {
  if (typeof number === 'string') return number;
  const n = number === undefined ? '\u00A0'.repeat(6) : String(number).padStart(2, '0');
  return `${n}/${issuerCode}${office !== undefined ? `-${office}` : ''}`;
}

const kebab = (code: string): string => code.replace(/_/g, '-');
/** A problem in words, without its closing full stop (the letter's list puts its own). */
const problemWords = (d: Diagnostic | undefined): string | null => (d === undefined ? null : localize(d, 'vi').message.replace(/[.。]\s*$/, ''));

/** The unit that compiles (the plan's compiler), named as on the letter's date; else the issuing body. */
function compilerOf(plan: PlanModel, request: ReportingRequest, issuer: IssuerBlock, date: IsoDate): { name: string; short: string } {
  const id = request.compiler ?? plan.data.reporting.unitReport.compiler ?? plan.data.reporting.provincialReport.compiler;
  const unit = id !== undefined ? plan.units.get(id) : undefined;
  return unit ? unitNameOn(unit, date) : { name: issuer.issuingBody, short: issuer.issuingBody };
}

/** The facts the templates see (before escaping); documented at the top of templates/remind/don-doc.md.hbs. */
export function letterContext(input: LetterInput) {
  const { plan, facts, request, issuer, date } = input;
  const identity = plan.data.identity;
  const units = input.units.map((u) => ({
    id: u.unitId,
    name: u.name,
    short: u.short,
    status: kebab(u.status),
    // The unit knows its file by name, not by the department's folder.
    file: u.file !== undefined ? baseName(u.file) : null,
    submitted: u.submitted ?? null,
    problem: problemWords(u.problem),
    problemLine: u.problem?.range?.start.line ?? null,
  }));
  return {
    year: facts.year,
    plan: { kind: identity.kind, number: identity.number, date: request.planDate, issuer: identity.issuer.name, issuerShort: identity.issuer.short, title: identity.title },
    request: request.adHoc
      ? { id: request.id, title: request.title, document: { ...request.document }, period: request.period ? { ...request.period } : null }
      : null,
    recipient: plan.data.reporting.unitReport.recipient,
    compiler: compilerOf(plan, request, issuer, date),
    issuer: issuerFields(issuer),
    date,
    deadline: facts.deadline,
    early: facts.early,
    lastDay: facts.early && facts.daysLeft === 0,
    daysLeft: facts.daysLeft,
    daysPast: facts.daysPast,
    by: facts.by,
    units,
    single: units.length === 1,
    /** How many of the units are in each case, for wording that fits them. */
    counts: { missing: units.filter((u) => u.status === 'missing').length, blank: units.filter((u) => u.status === 'blank').length, invalid: units.filter((u) => u.status === 'invalid').length },
  };
}

function templateError(t: TemplateText, e: unknown): Diagnostic {
  const detail = (e instanceof Error ? e.message : String(e)).split('\n').filter((l) => l.trim() !== '' && !/^-*\^$/.test(l.trim()))[0] ?? String(e);
  return diagnostic('compile-template-error', 'error', { template: t.file, detail }, { file: t.file });
}

/** The letter's lines and body, from the templates and the settings. */
export function buildLetter(input: LetterInput): LetterResult {
  const { settings, templates, issuer, date } = input;
  const hb = input.handlebars.create();
  registerSummaryHelpers(hb);
  for (const t of [templates.main, ...templates.partials.values()]) {
    try {
      hb.parse(t.text);
    } catch (e) {
      return { ok: false, diagnostics: [templateError(t, e)] };
    }
  }
  for (const [name, t] of templates.partials) hb.registerPartial(name, t.inline ? t.text.replace(/\r?\n$/, '') : t.text);
  const options = { noEscape: true, strict: true };
  const context = letterContext(input);
  const plain = { year: context.year, plan: context.plan, request: context.request, issuer: context.issuer, compiler: context.compiler };
  const words = FOLLOW_UP.vi.letter;
  const reminder = settings.reminder;

  let lines: { subject: string; recipients: string[]; authority: string[]; name: string; heading: string };
  try {
    const line = (text: string) => hb.compile(text, options)(plain);
    // A line may give several ({{#each issuer.authority}}…\n{{/each}}): each becomes a line; empty ones go.
    const several = (texts: readonly string[]) => texts.flatMap((t) => line(t).split('\n')).map((l) => l.trim()).filter((l) => l !== '');
    lines = {
      subject: line(reminder.subject ?? words.subject),
      recipients: several(reminder.recipients ?? words.recipients),
      authority: several(settings.signer.authority),
      name: line(settings.signer.name),
      heading: settings.recipientsHeading === null ? words.recipientsHeading : line(settings.recipientsHeading),
    };
  } catch (e) {
    return { ok: false, diagnostics: [templateError({ file: 'settings', text: '' }, e)] };
  }
  let body: string;
  let bodyText: string;
  try {
    const main = hb.compile(templates.main.text, options);
    body = main(escapeStrings(context));
    bodyText = main(context);
  } catch (e) {
    return { ok: false, diagnostics: [templateError(templates.main, e)] };
  }
  const names = input.units.map((u) => u.name);
  return {
    ok: true,
    letter: {
      issuer: { parentAuthority: issuer.parentAuthority, issuingBody: issuer.issuingBody, place: issuer.place },
      number: letterNumber(reminder.number, issuer.code, reminder.office ?? draftingOffice(issuer.filing)),
      date,
      subject: lines.subject,
      salutation: { heading: words.salutation, addressees: names.length === 1 ? names : names.map((n, i) => `- ${n}${i === names.length - 1 ? '.' : ';'}`) },
      recipientsHeading: lines.heading,
      recipients: lines.recipients,
      signer: { authority: lines.authority, name: lines.name },
      body,
      bodyText,
      creator: context.compiler.name,
    },
  };
}

/** The letter for the .docx renderer: no title line; the V/v line under the number. */
export function letterDocument(letter: Letter, settings: ResolvedSettings): AdminDocument {
  const { year, month, day } = dateParts(letter.date);
  return {
    issuer: letter.issuer,
    number: letter.number,
    date: { year, month, day },
    title: '',
    summary: '',
    subject: letter.subject,
    salutation: letter.salutation,
    recipientsHeading: letter.recipientsHeading,
    recipients: letter.recipients,
    signer: letter.signer,
    body: letter.body,
    layout: settings.layout,
    coreProperties: { title: letter.subject, creator: letter.creator },
  };
}

/** The letter as plain text (UTF-8, CRLF line ends so that Notepad and mail programs agree). */
export function letterText(letter: Letter): string {
  const lines = [
    letter.issuer.parentAuthority.toLocaleUpperCase('vi'),
    letter.issuer.issuingBody.toLocaleUpperCase('vi'),
    `${FOLLOW_UP.vi.letter.numberLabel} ${letter.number.trim() === '' || letter.number.startsWith('\u00A0') ? letter.number.replace(/\u00A0+/, '…') : letter.number}`,
    letter.subject,
    '',
    formatVietnameseDate(letter.issuer.place, dateParts(letter.date)),
    '',
    ...letter.salutation.addressees.map((a, i) => (i === 0 ? `${letter.salutation.heading} ${a}` : `${' '.repeat(letter.salutation.heading.length + 1)}${a}`)),
    '',
    letter.bodyText.replace(/\n{3,}/g, '\n\n').trim(),
    '',
    ...letter.signer.authority.map((a) => a.toLocaleUpperCase('vi')),
    '',
    letter.signer.name,
    '',
    letter.recipientsHeading,
    ...letter.recipients.map((r) => `- ${r}`),
  ];
  return `${lines.join('\n').replace(/\r?\n/g, '\r\n')}\r\n`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date of 08:00 Vietnam time on the letter's date: the same bytes whenever it is written. */
function mailDate(d: IsoDate): string {
  const { year, month, day } = dateParts(d);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  return `${weekday}, ${String(day).padStart(2, '0')} ${MONTHS[month - 1]!} ${year} 08:00:00 +0700`;
}

/** A header value in UTF-8 (RFC 2047), in pieces short enough for the line limit. */
function encodedWord(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  const pieces: string[] = [];
  // 39 bytes give 52 base64 characters: with "Subject: " a line stays under 78; cut only between characters.
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(bytes.length, start + 39);
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
    pieces.push(`=?UTF-8?B?${bytes.subarray(start, end).toString('base64')}?=`);
    start = end;
  }
  return pieces.join('\r\n ');
}

/**
 * The letter as an unsent e-mail message (.eml): a mail program opens it as a draft, with the
 * letter's summary line as its subject; the officer adds the addresses and sends it.
 */
export function letterEmail(letter: Letter): string {
  const body = Buffer.from(letterText(letter), 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    'MIME-Version: 1.0',
    `Date: ${mailDate(letter.date)}`,
    `Subject: ${encodedWord(letter.subject)}`,
    'X-Unsent: 1',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    body.replace(/\r\n$/, ''),
    '',
  ].join('\r\n');
}
