// The words of the command line that are not findings: help texts, option descriptions, the
// pointer after a usage error, the lines `init` prints. One table per language; the type makes a
// missing translation a compile error.
import type { Lang } from './entry.js';
import type { CliTexts } from './cli-entry.js';
import { cliTextsVi } from './cli-texts.vi.js';
import { cliTextsEn } from './cli-texts.en.js';

export type { CliTexts } from './cli-entry.js';

const TEXTS: Record<Lang, CliTexts> = { vi: cliTextsVi, en: cliTextsEn };

export const cliTexts = (lang: Lang): CliTexts => TEXTS[lang];
