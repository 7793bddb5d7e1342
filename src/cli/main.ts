// The command-line shell: parses arguments, runs one command, writes its outcome through the
// formatter registry and returns the exit code. It holds no logic of its own; each command is a
// short module under commands/. Commander's own errors become findings like any other, in the
// chosen language, followed by a one-line pointer to --help.
import { Command, CommanderError, Help, Option } from 'commander';
import { diagnostic, type Diagnostic, type MessageArgs } from '../diagnostics/diagnostic.js';
import type { Lang } from '../messages/catalogue.js';
import { cliTexts, type CliTexts } from '../messages/cli-texts.js';
import { EXIT, FORMATTERS, type Outcome } from '../present/outcome.js';
import { ExitError, type CliEnv } from './context.js';
import type { CommandSetup, Finish } from './setup.js';
import { dateOption, nonEmptyOption } from './options.js';
import { registerPlan } from './commands/plan.js';
import { registerValidate } from './commands/validate.js';
import { registerCheck } from './commands/check.js';
import { registerTemplate } from './commands/template.js';
import { registerCompile } from './commands/compile.js';
import { registerInit } from './commands/init.js';
import { registerRemind } from './commands/remind.js';
import packageJson from '../../package.json' with { type: 'json' };

export const LANGS = ['vi', 'en'] as const;


/** A command whose commander errors are thrown as findings instead of printed in English. */
class KtCommand extends Command {
  constructor(
    name: string | undefined,
    private readonly texts: CliTexts,
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new KtCommand(name, this.texts);
  }

  override createHelp(): Help {
    const help = super.createHelp();
    const headings = this.texts.headings as Record<string, string>;
    help.styleTitle = (str: string) => headings[str] ?? str;
    // Every option says its own default in its description, in the chosen language.
    help.optionDescription = (option: Option) => option.description;
    return help;
  }

  override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    throw new CommanderError(errorOptions?.exitCode ?? EXIT.usage, errorOptions?.code ?? 'commander.error', message);
  }

  /** The full name for the pointer to --help: "kt-bio check". */
  fullName(): string {
    const names: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) names.unshift(c.name());
    return names.join(' ');
  }
}

/** Commander's message → a finding. The quoted names are commander's; the words are ours. */
function commanderFinding(e: CommanderError): Diagnostic {
  const quoted = [...e.message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const flag = (s: string | undefined) => (s ?? '').replace(/\s*[<[].*$/, '').split(/,\s*/).pop() ?? '';
  const suggestion = /Did you mean (?:one of )?([^?]+)\?/.exec(e.message)?.[1]?.trim();
  const args = (a: MessageArgs) => a;
  switch (e.code) {
    case 'commander.unknownOption':
      return diagnostic('usage-unknown-option', 'error', args({ option: quoted[0] ?? '', suggestion }));
    case 'commander.unknownCommand':
      return diagnostic('usage-unknown-command', 'error', args({ command: quoted[0] ?? '', suggestion }));
    case 'commander.missingArgument':
      return diagnostic('usage-missing-argument', 'error', { argument: `<${quoted[0] ?? ''}>` });
    case 'commander.missingMandatoryOptionValue':
      return diagnostic('usage-missing-option', 'error', { option: flag(quoted[0]) });
    case 'commander.optionMissingArgument':
      return diagnostic('usage-option-value-missing', 'error', { option: flag(quoted[0]) });
    case 'commander.excessArguments':
      return diagnostic('usage-too-many-arguments', 'error', { arguments: [] });
    case 'commander.conflictingOption':
      return diagnostic('usage-conflict', 'error', { option: flag(quoted[0]), other: flag(quoted[1]) });
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\.$/.exec(e.message)?.[1]?.split(/,\s*/) ?? [];
      return diagnostic('usage-bad-choice', 'error', { option: flag(quoted[0]), value: quoted[1] ?? '', choices });
    }
    default:
      return diagnostic('usage-other', 'error', { detail: e.message.replace(/^error:\s*/, '') });
  }
}

/** --lang is read before the rest, so that help and commander's messages are in that language. */
export function langOf(argv: readonly string[]): Lang {
  let lang: Lang = 'vi';
  argv.forEach((a, i) => {
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (v === 'vi' || v === 'en') lang = v;
  });
  return lang;
}

export function buildProgram(env: CliEnv, lang: Lang, finish: Finish): Command {
  const t = cliTexts(lang);
  const program = new KtCommand('kt-bio', t)
    .description(t.program.description)
    .version(packageJson.version, '-V, --version', t.options.version)
    .helpOption('-h, --help', t.options.help)
    .helpCommand('help [command]', t.options.helpCommand)
    .option('--plan <dir>', t.options.plan, nonEmptyOption('--plan'))
    .option('--reports <dir>', t.options.reports, nonEmptyOption('--reports'))
    .addOption(new Option('--lang <lang>', t.options.lang).choices(LANGS))
    .option('--today <date>', t.options.today, dateOption('--today'))
    .option('--json', t.options.json)
    .option('--no-color', t.options.noColor)
    .addHelpText('after', t.program.examples)
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({ writeOut: (s) => void env.stdout.write(s), writeErr: (s) => void env.stderr.write(s) });
  const setup: CommandSetup = { program, env, texts: t, finish };
  registerInit(setup);
  registerPlan(setup);
  registerValidate(setup);
  registerCheck(setup);
  registerTemplate(setup);
  registerCompile(setup);
  registerRemind(setup);
  for (const cmd of program.commands) cmd.helpOption('-h, --help', t.options.help).configureHelp({ showGlobalOptions: true }).exitOverride();
  return program;
}

/** Global options that take a value: their values are not commands. */
const VALUE_OPTIONS = new Set(['--plan', '--reports', '--lang', '--today']);

/** True when no command is named: `kt-bio`, `kt-bio --lang en`. */
function namesNoCommand(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (VALUE_OPTIONS.has(a)) i++;
    else if (!a.startsWith('-')) return false;
    else if (a === '-h' || a === '--help' || a === '-V' || a === '--version') return false;
  }
  return true;
}

/** Runs kt-bio with `argv` (without "node kt-bio") and returns the exit code. Never throws. */
export async function run(argv: readonly string[], env: CliEnv): Promise<number> {
  const lang = langOf(argv);
  const json = argv.includes('--json') || argv.includes('--format=json') || argv.some((a, i) => a === '--format' && argv[i + 1] === 'json');
  const color = !argv.includes('--no-color') && env.isTTY && env.vars.NO_COLOR === undefined;
  let outcome: Outcome | undefined;
  const program = buildProgram(env, lang, (o) => (outcome = o));

  // Bare `kt-bio` asks what the tool does: the help, on stdout, and success.
  if (namesNoCommand(argv) && !json) {
    program.outputHelp();
    return EXIT.ok;
  }

  let command: string | null = null;
  program.hook('preAction', (_root, action) => {
    command = action.name();
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (outcome === undefined) return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError && (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')) return EXIT.ok;
    outcome = failureOutcome(e, program, argv, command);
  }
  const written = FORMATTERS[json ? 'json' : 'text'](outcome, { lang, color });
  if (written.stderr) env.stderr.write(written.stderr);
  if (written.stdout) env.stdout.write(written.stdout);
  return outcome.exitCode;
}

function failureOutcome(e: unknown, program: Command, argv: readonly string[], command: string | null): Outcome {
  const texts = cliTexts(langOf(argv));
  const named = command ?? argv.find((a) => program.commands.some((c) => c.name() === a)) ?? null;
  const pointer = texts.seeHelp(named ? `kt-bio ${named}` : 'kt-bio');
  if (e instanceof ExitError) {
    const usage = e.diagnostics.some((d) => d.code.startsWith('usage-') || d.code.startsWith('template-unit') || d.code === 'template-all-needs-folder');
    return { command: named, exitCode: e.exitCode, result: null, diagnostics: e.diagnostics, ...(e.sources ? { sources: e.sources } : {}), ...(usage ? { after: pointer } : {}) };
  }
  if (e instanceof CommanderError) {
    return { command: named, exitCode: EXIT.usage, result: null, diagnostics: [commanderFinding(e)], after: pointer };
  }
  // An unexpected failure is a bug: say so plainly, with enough to report it, and exit 2.
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  return { command: named, exitCode: EXIT.usage, result: null, diagnostics: [diagnostic('internal-error', 'error', { detail })] };
}

