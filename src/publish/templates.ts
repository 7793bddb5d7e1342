// Reading the Handlebars templates of the compiled summary: the main template and the partials
// beside it (every other *.hbs of the folder, named by its file name without ".md.hbs" / ".hbs").
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ioDiagnostic } from '../io/files.js';
import { readTextFile } from '../text/read.js';
import { displayPath, joinPath } from '../io/paths.js';
import { readdir } from 'node:fs/promises';

export interface TemplateText {
  /** As shown to the user, for messages. */
  file: string;
  text: string;
}

export interface PartialText extends TemplateText {
  /**
   * A piece of a line (name.hbs, e.g. a status word used inside a table row) rather than a block
   * of Markdown (name.md.hbs): its final line break is dropped, so it cannot break the row.
   */
  inline: boolean;
}

export interface SummaryTemplates {
  main: TemplateText;
  partials: Map<string, PartialText>;
}

export const MAIN_TEMPLATE = 'bao-cao-tong-hop.md.hbs';

export const partialName = (fileName: string): string => fileName.replace(/(\.md)?\.hbs$/, '');

/** `main`: the main template's file name (the compiled summary's by default; the reminder letter has its own folder). */
export async function loadSummaryTemplates(folder: string, cwd: string, main: string = MAIN_TEMPLATE): Promise<{ ok: true; templates: SummaryTemplates } | { ok: false; diagnostics: Diagnostic[] }> {
  const shownFolder = displayPath(cwd, folder);
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true }))
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.hbs'))
      .map((e) => e.name)
      .sort();
  } catch (e) {
    return { ok: false, diagnostics: [ioDiagnostic(e, shownFolder, true)] };
  }
  const diagnostics: Diagnostic[] = [];
  const texts = new Map<string, TemplateText>();
  for (const name of names.includes(main) ? names : [...names, main]) {
    const path = joinPath(folder, name);
    const shown = displayPath(cwd, path);
    const read = readTextFile(path, shown);
    if (read.ok) texts.set(name, { file: shown, text: read.text });
    else diagnostics.push(read.diagnostic);
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const mainText = texts.get(main)!;
  texts.delete(main);
  const partials = new Map([...texts].map(([name, t]) => [partialName(name), { ...t, inline: !name.endsWith('.md.hbs') }]));
  return { ok: true, templates: { main: mainText, partials } };
}
