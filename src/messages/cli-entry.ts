// The shape of the command line's words (help, option descriptions, init's lines), one table per
// language in cli-texts.vi.ts and cli-texts.en.ts.
export interface CliTexts {
  /** Commander's headings ("Usage:", "Options:", ...) by their English text. */
  headings: Record<'Usage:' | 'Options:' | 'Commands:' | 'Arguments:' | 'Global Options:', string>;
  program: { description: string; examples: string };
  options: {
    plan: string;
    reports: string;
    lang: string;
    today: string;
    json: string;
    noColor: string;
    help: string;
    version: string;
    helpCommand: string;
    year: string;
    period: string;
    request: string;
  };
  /** After a usage error: where to read more. */
  seeHelp: (command: string) => string;
  plan: { description: string; agency: string; on: string; help: string };
  validate: { description: string; paths: string; format: string; help: string };
  check: { description: string; help: string };
  template: { description: string; unit: string; all: string; output: string; force: string; intoReports: string; form: (file: string) => string; html: string; help: string };
  compile: {
    description: string;
    output: string;
    templates: string;
    number: string;
    date: string;
    signerName: string;
    signerAuthority: string;
    strict: string;
    force: string;
    help: string;
  };
  remind: {
    description: string;
    request: string;
    by: string;
    perUnit: string;
    format: string;
    output: string;
    force: string;
    number: string;
    date: string;
    signerName: string;
    templates: string;
    help: string;
    /** The lines after a run: the deadline's position, each letter written, or nobody to remind. */
    early: (deadline: string, daysLeft: number) => string;
    passed: (deadline: string, daysPast: number, by: string) => string;
    written: (file: string, units: readonly string[]) => string;
    nobody: (what: string) => string;
  };
  init: {
    description: string;
    folder: string;
    year: string;
    help: string;
    created: (path: string) => string;
    next: (folder: string, year: number) => string;
  };
  /** The text written into a new year's settings file by `init`. */
  written: { form: (file: string, unit: string, tasks: number) => string };
}
