// Where kt-bio finds its data, the way git finds a repository: the folder named on the command
// line, else the working folder named by KT_BIO_HOME, else the nearest folder (the current one or
// a parent) that holds plan/plan.yaml, else the plan shipped inside the package.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirName, joinPath, resolvePath } from '../io/paths.js';

/** The environment variable naming a working folder (the one `kt-bio init` sets up). */
export const HOME_VARIABLE = 'KT_BIO_HOME';

/** How the plan was found: given (--plan), env (KT_BIO_HOME), folder (here or a parent), shipped (the package's). */
export type PlanSource = 'given' | 'env' | 'folder' | 'shipped';

export interface Workspace {
  planDir: string;
  planSource: PlanSource;
  /** The folder of year folders. */
  reportsDir: string;
  /** The working folder the plan was found in (KT_BIO_HOME or an ancestor holding plan/), if any. */
  home: string | null;
}

const isFile = (p: string): boolean => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** The nearest folder, from `start` up to the root, that holds plan/plan.yaml. */
export function findHome(start: string): string | null {
  let dir = resolvePath(start, '.');
  for (;;) {
    if (isFile(joinPath(dir, 'plan', 'plan.yaml'))) return dir;
    const parent = dirName(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The package's own folder (where package.json, plan/ and templates/ are), from the bundle or the sources. */
export function packageRoot(): string | null {
  let dir = dirName(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (isFile(joinPath(dir, 'package.json')) && existsSync(joinPath(dir, 'plan'))) return dir;
    dir = dirName(dir);
  }
  return null;
}

export interface WorkspaceOptions {
  cwd: string;
  vars: Readonly<Record<string, string | undefined>>;
  /** --plan and --reports when given on the command line. */
  plan?: string | undefined;
  reports?: string | undefined;
}

export function locateWorkspace(o: WorkspaceOptions): Workspace {
  const envHome = o.vars[HOME_VARIABLE];
  const home = envHome !== undefined && envHome !== '' ? resolvePath(o.cwd, envHome) : findHome(o.cwd);
  const fromEnv = envHome !== undefined && envHome !== '';
  let planDir: string;
  let planSource: PlanSource;
  if (o.plan !== undefined) {
    planDir = resolvePath(o.cwd, o.plan);
    planSource = 'given';
  } else if (home !== null) {
    planDir = joinPath(home, 'plan');
    planSource = fromEnv ? 'env' : 'folder';
  } else {
    const shipped = packageRoot();
    planDir = shipped !== null ? joinPath(shipped, 'plan') : resolvePath(o.cwd, 'plan');
    planSource = shipped !== null ? 'shipped' : 'folder';
  }
  const reportsDir = o.reports !== undefined ? resolvePath(o.cwd, o.reports) : joinPath(home ?? o.cwd, 'reports');
  return { planDir, planSource, reportsDir, home };
}

/** A file shipped with kt-bio (e.g. templates/report-form.yaml.hbs), wherever it is installed. */
export function shippedPath(relative: string): string | undefined {
  const root = packageRoot();
  if (root === null) return undefined;
  const p = joinPath(root, relative);
  return existsSync(p) ? p : undefined;
}
