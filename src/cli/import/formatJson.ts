/** Written JSON in the project's own style (prettier, .prettierrc), so `npm run lint` passes after an import. */
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';

export async function formatJson(json: string, path: string): Promise<string> {
	// The project's settings, also when the data folder lies elsewhere (--data).
	const options = await resolveConfig(join(process.cwd(), 'story.json'));
	return format(json, { ...options, filepath: path, plugins: [] });
}
