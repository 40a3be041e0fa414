/** One subcommand of `npm run story`: parses its own arguments, returns the exit code. */
export interface Command {
	/** One line for the usage text. */
	summary: string;
	run(args: string[]): Promise<number>;
}
