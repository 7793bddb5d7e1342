// The report form as one self-contained HTML page (`kt-bio template --html`): the page's script
// (src/form/, bundled by build.mjs into dist/form.js and dist/form.css) and its data (the plan,
// the unit's blank YAML form, the tasks with their wording) inlined in one file that needs no
// network, no server and no install: it opens by double-click, from a USB stick or an e-mail.
import { createHash } from 'node:crypto';
import type { Lang } from '../messages/catalogue.js';
import { FORM_WORDS } from '../messages/form.js';
import type { PlanData } from '../plan/validate.js';
import type { FormContext } from './report-form.js';

/** What the page's script reads from the page (the `kt-bio-form` JSON block). */
export interface FormPageData {
  /** The language the page opens in (the toggle switches it). */
  lang: Lang;
  context: FormContext;
  /** The unit's blank form exactly as `kt-bio template` writes it: saving fills it in. */
  formText: string;
  /** The plan, for the report's checks (which tasks the unit holds, funding sources...). */
  plan: PlanData;
  /** Where the draft is kept in the browser: one key per plan, unit and year. */
  draftKey: string;
}

/**
 * Nothing may be fetched: every source is 'none' but the page's own inline script (by its hash;
 * 'unsafe-inline' is what browsers without hashes fall back to, the others ignore it) and style
 * (and images drawn as data: URLs); no form posts anywhere, no base URL can be changed.
 */
export function formPageCsp(scriptElementText: string): string {
  const hash = createHash('sha256').update(scriptElementText, 'utf8').digest('base64');
  return `default-src 'none'; script-src 'sha256-${hash}' 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'`;
}

export interface FormPageParts {
  /** The page's bundled script (dist/form.js). */
  script: string;
  /** The page's style sheet (dist/form.css). */
  style: string;
}

export function formPageData(context: FormContext, formText: string, plan: PlanData, lang: Lang): FormPageData {
  return { lang, context, formText, plan, draftKey: `kt-bio-form:${plan.identity.number}:${context.unit.id}:${context.year}` };
}

/** The whole page; the same inputs give the same bytes. */
export function formPage(data: FormPageData, parts: FormPageParts): string {
  const words = FORM_WORDS[data.lang];
  const title = words.title(data.context.unit.name, data.context.year);
  const script = `\n${inlineSafe(parts.script, 'script')}\n`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${data.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${formPageCsp(script)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${inlineSafe(parts.style, 'style')}\n</style>`,
    '</head>',
    '<body>',
    `<noscript><p class="noscript">${escapeHtml(words.noScript)}</p></noscript>`,
    '<div id="app"></div>',
    `<script type="application/json" id="kt-bio-form">${jsonInScript(data)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON that cannot end its <script> element early or open a comment inside it. */
function jsonInScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A closing tag inside inline code would end the element: "<\/script" means the same in JS and CSS strings. */
function inlineSafe(code: string, tag: 'script' | 'style'): string {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}
