import type { Command } from './Command.ts';
import { exportCommand } from './exportCommand.ts';
import { identityCommand } from './identityCommand.ts';
import { importCommand } from './importCommand.ts';
import { journalCommand } from './journalCommand.ts';
import { serveCommand } from './serveCommand.ts';
import { snapshotCommand } from './snapshotCommand.ts';
import { statsCommand } from './statsCommand.ts';

/** Every `coauthor-graph` command, in the order `--help` lists them. */
export const commands: readonly Command[] = [importCommand, serveCommand, snapshotCommand, statsCommand, identityCommand, journalCommand, exportCommand];
