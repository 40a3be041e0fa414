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
		const known = Object.keys(commands).sort().join(', ');
		if (name && name !== 'help') {
			console.error(`story: unknown command "${name}" (known: ${known})`);
			return 2;
		}
		// Asked for help, or no command: every command's own one-line summary.
		const lines = Object.values(commands).map((c) => `  npm run story -- ${c.summary}`);
		console.error(['usage:', ...lines, 'See the README, "Authoring".'].join('\n'));
		return name ? 0 : 2;
	}
	return command.run(rest);
}

process.exitCode = await main(process.argv.slice(2));
