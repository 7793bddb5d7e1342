// One invocation of every command, for behaviour all commands share (a broken plan, --lang).
import path from 'node:path';
import { REPO } from './cli.js';

export const COMMAND_INVOCATIONS: string[][] = [
  ['plan'],
  ['plan', '--agency', 'so-yte'],
  // An absolute path: the broken-plan tests run in a copy of the repository's plan/.
  ['validate', path.join(REPO, 'test/fixtures/reports/valid/2025/so-yte.yaml')],
  ['check', '--year', '2024'],
  ['check', '--year', '2024', '--reports', path.join(REPO, 'test/fixtures/cycle'), '--json'],
  ['template', 'so-yte', '--year', '2024'],
  ['template', '--all', '--year', '2024', '-o', 'forms'],
  ['compile', '--year', '2024'],
  ['remind', '--year', '2024', '-o', 'don-doc.docx'],
  ['compile', '--year', '2025', '--reports', path.join(REPO, 'test/fixtures/compile/reports'), '--json'],
];
