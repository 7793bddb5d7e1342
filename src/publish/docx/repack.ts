// Makes the package byte-for-byte reproducible: the `docx` packer stamps the current time into
// docProps/core.xml and into every zip entry, so the same report would differ on every run.

import { unzipSync, zipSync, strFromU8, strToU8, type Zippable } from 'fflate';
import { spliceSections, type SectionXml } from './stream.js';

export interface PackageDate {
  year: number;
  month: number;
  day: number;
}

const CONTENT_TYPES = '[Content_Types].xml';
const CORE_PROPERTIES = 'docProps/core.xml';
const STYLES = 'word/styles.xml';
const DOCUMENT = 'word/document.xml';

/**
 * Widow and orphan control for every paragraph, in the document defaults of styles.xml (the docx
 * package cannot set it there): no paragraph leaves one line alone at the top or foot of a page.
 */
export function withWidowControl(xml: string): string {
  if (xml.includes('<w:widowControl')) return xml;
  const defaults = '<w:pPrDefault><w:pPr>';
  if (xml.includes(defaults)) return xml.replace(defaults, `${defaults}<w:widowControl/>`);
  return xml.replace('<w:pPrDefault/>', `${defaults}<w:widowControl/></w:pPr></w:pPrDefault>`);
}

function stampCoreProperties(xml: string, timestamp: string): string {
  let stamped = xml;
  for (const element of ['dcterms:created', 'dcterms:modified']) {
    const pattern = new RegExp(`(<${element}\\b[^>]*>)[^<]*(</${element}>)`);
    if (!pattern.test(stamped)) throw new Error(`${CORE_PROPERTIES} has no <${element}> to fix`);
    stamped = stamped.replace(pattern, `$1${timestamp}$2`);
  }
  return stamped;
}

/**
 * Re-zips a .docx with the document's own date in core.xml and in every entry, and the entries in a
 * fixed order ([Content_Types].xml first, as Office writes it; then by name).
 */
export function repackDeterministically(docx: Uint8Array, date: PackageDate, sections?: readonly SectionXml[]): Uint8Array {
  const entries = unzipSync(docx);
  if (sections !== undefined) {
    const document = entries[DOCUMENT];
    if (document === undefined) throw new Error(`The packed document has no ${DOCUMENT}`);
    entries[DOCUMENT] = spliceSections(document, sections);
  }
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const timestamp = `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}T00:00:00Z`;

  const core = entries[CORE_PROPERTIES];
  if (core === undefined) throw new Error(`The packed document has no ${CORE_PROPERTIES}`);
  entries[CORE_PROPERTIES] = strToU8(stampCoreProperties(strFromU8(core), timestamp));

  const styles = entries[STYLES];
  if (styles !== undefined) entries[STYLES] = strToU8(withWidowControl(strFromU8(styles)));

  const names = Object.keys(entries).sort((a, b) => (a === CONTENT_TYPES ? -1 : b === CONTENT_TYPES ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const ordered: Zippable = {};
  for (const name of names) ordered[name] = entries[name] as Uint8Array;

  // Zip times are local clock readings (no zone); a local noon on the document's date reads back the
  // same in every time zone, and is never skipped by a daylight-saving change.
  const year = Math.min(2099, Math.max(1980, date.year));
  const mtime = new Date(year, date.month - 1, date.day, 12, 0, 0);
  return zipSync(ordered, { level: 6, mtime });
}
