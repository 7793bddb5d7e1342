// What a command's module receives from the shell to register itself and hand back its outcome.
import type { Command } from 'commander';
import type { CliTexts } from '../messages/cli-texts.js';
import type { Outcome } from '../present/outcome.js';
import type { CliEnv } from './context.js';

/** What a command hands back to the shell when it is done. */
export type Finish = (outcome: Outcome) => void;

/** Everything a command's register function needs. */
export interface CommandSetup {
  program: Command;
  env: CliEnv;
  texts: CliTexts;
  finish: Finish;
}

/** The commands whose words carry a description and the examples shown after the help. */
type Described = { [K in keyof CliTexts]: CliTexts[K] extends { description: string; help: string } ? K : never }[keyof CliTexts];

/** A command of the program, described, with its examples after the help, in the user's language. */
export function commandOf({ program, texts }: Pick<CommandSetup, 'program' | 'texts'>, name: Described): Command {
  const t: { description: string; help: string } = texts[name];
  return program.command(name).description(t.description).addHelpText('after', t.help);
}
