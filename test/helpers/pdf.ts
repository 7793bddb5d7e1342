// A .docx opened in LibreOffice and read back from the PDF with poppler: proves that the file
// opens and shows how it lays out on pages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll } from 'vitest';

export const INSTALL_HINT = 'install them with: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation';

/** Runs a command and returns its output; a missing command fails with the install hint. */
export function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${command} is not installed; this test needs LibreOffice and poppler-utils — ${INSTALL_HINT}`);
  }
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

export interface Pdf {
  /** Each page's text as pdftotext -layout prints it. */
  pages: string[];
  /** Each page's size in points. */
  sizes: { width: number; height: number }[];
}

/** Converts a .docx (its file or its bytes) to PDF in a temporary folder, removed afterwards. */
export function pdfOfDocx(docx: string | Uint8Array): Pdf {
  const workDir = mkdtempSync(path.join(tmpdir(), 'kt-bio-pdf-'));
  try {
    const docxFile = typeof docx === 'string' ? docx : path.join(workDir, 'document.docx');
    if (typeof docx !== 'string') writeFileSync(docxFile, docx);
    // A private profile: parallel or concurrent LibreOffice runs would otherwise lock each other out.
    const profile = pathToFileURL(path.join(workDir, 'profile')).href;
    run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, docxFile]);
    const pdf = path.join(workDir, `${path.basename(docxFile, '.docx')}.pdf`);
    const pages = run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']).split('\f').slice(0, -1);
    const info = run('pdfinfo', ['-f', '1', '-l', String(pages.length), pdf]);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
    return { pages, sizes };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * Runs `convert` once before the file's tests and returns the check each test calls first: a
 * failed conversion (LibreOffice or poppler missing, with the install hint) then fails every test
 * rather than leaving them unrun.
 */
export function convertBeforeAll(convert: () => Promise<void>, timeoutMs: number): () => void {
  let setupError: unknown;
  beforeAll(async () => {
    try {
      await convert();
    } catch (error) {
      setupError = error;
    }
  }, timeoutMs);
  return () => {
    if (setupError !== undefined) throw setupError;
  };
}
