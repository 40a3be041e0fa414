// The authoring command line: `npm run story -- <command> [options]`.
// Each command lives in its own folder and exports a `Command`; this file only dispatches.
import type { Command } from './command';
import { exportStory } from './export';
import { importStory } from './import';
import { newCommand } from './new/newStory';
import { validate } from './validate';

const commands: Record<string, Command> = {
	new: newCommand,
	validate,
	import: importStory,
	export: exportStory
};

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	const command = name ? commands[name] : undefined;
	if (!command) {
		const known = Object.keys(commands).sort().join(', ') || '(none yet)';
		console.error(
			name
				? `story: unknown command "${name}" (known: ${known})`
				: `usage: npm run story -- <command> (${known})`
		);
		return 2;
	}
	return command.run(rest);
}

process.exitCode = await main(process.argv.slice(2));
