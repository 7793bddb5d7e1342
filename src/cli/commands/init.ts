// kt-bio init: sets up a department's working folder — a copy of the plan, the year's reports
// folder and the year's settings file with every field explained — so that nobody edits the
// files shipped with kt-bio. Existing files are kept.
import type { Command } from 'commander';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { ensureFolder } from '../../io/folders.js';
import { isFolder } from '../../io/files.js';
import { displayPath, joinPath, resolvePath } from '../../io/paths.js';
import { createContext, EXIT, ExitError, requirePlan } from '../context.js';
import { requirePlanYear, yearOption } from '../options.js';
import { shippedPath } from '../workspace.js';
import { commandOf, type CommandSetup } from '../setup.js';

/** The commented settings file of a year, shipped with kt-bio. */
const YEAR_SETTINGS_TEMPLATE = 'templates/settings/year.yaml';

export function registerInit(setup: CommandSetup): void {
  const { env, texts, finish } = setup;
  const t = texts.init;
  commandOf(setup, 'init')
    .argument('[folder]', t.folder)
    .option('--year <year>', t.year, yearOption())
    .action(async (folderArg: string | undefined, opts: { year?: number }, cmd: Command) => {
      const ctx = createContext(cmd, env);
      const plan = await requirePlan(ctx);
      const year = opts.year ?? Number(ctx.today.slice(0, 4));
      requirePlanYear(plan, year);
      const folder = resolvePath(env.cwd, folderArg ?? '.');
      const shown = (p: string) => displayPath(env.cwd, p);
      const kept: Diagnostic[] = [];
      const created: string[] = [];
      const fail = (path: string, e: unknown): never => {
        throw new ExitError(EXIT.usage, [...ctx.notes, diagnostic('init-write-failed', 'error', { path: shown(path), reason: (e as NodeJS.ErrnoException).code ?? String(e) }, { file: shown(path) })]);
      };
      /** Writes a new file; an existing one is kept and named. */
      const place = async (path: string, write: (flag: 'wx') => Promise<unknown>) => {
        try {
          await write('wx');
          created.push(shown(path));
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'EEXIST') kept.push(diagnostic('init-kept', 'info', { path: shown(path) }, { file: shown(path) }));
          else fail(path, e);
        }
      };

      const planCopy = joinPath(folder, 'plan');
      const reportsYear = joinPath(folder, 'reports', String(year));
      const settingsFile = joinPath(folder, 'reports', 'settings', `${year}.yaml`);
      try {
        for (const dir of [planCopy, joinPath(planCopy, 'schema'), reportsYear, joinPath(folder, 'reports', 'settings')]) await ensureFolder(dir);
      } catch (e) {
        fail(folder, e);
      }
      // The plan in use (the shipped one, or the one found), file by file: plan/*.yaml and its schemas.
      for (const sub of ['', 'schema']) {
        const from = joinPath(ctx.planDir, sub);
        if (!(await isFolder(from))) continue;
        for (const name of (await readdir(from)).sort()) {
          if (!/\.(ya?ml|json)$/.test(name)) continue;
          const target = joinPath(planCopy, sub, name);
          await place(target, (flag) => copyFile(joinPath(from, name), target, flag === 'wx' ? 1 : 0));
        }
      }
      const templateFile = shippedPath(YEAR_SETTINGS_TEMPLATE);
      const template = templateFile !== undefined ? await readFile(templateFile, 'utf8') : '';
      await place(settingsFile, (flag) => writeFile(settingsFile, template.replaceAll('{{year}}', String(year)), { encoding: 'utf8', flag }));
      if (!created.includes(shown(reportsYear))) created.push(shown(reportsYear) + '/');

      finish({
        command: 'init',
        exitCode: EXIT.ok,
        result: { folder: shown(folder), year, created, kept: kept.map((d) => d.file) },
        diagnostics: [...ctx.notes, ...kept],
        text: [...created.map(t.created), t.next(shown(folder), year)].join('\n'),
      });
    });
}
