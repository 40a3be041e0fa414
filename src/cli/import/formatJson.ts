/** Written JSON in the project's own style (prettier, .prettierrc), so `npm run lint` passes after an import. */
import { format, resolveConfig } from 'prettier';

export async function formatJson(json: string, path: string): Promise<string> {
	const options = await resolveConfig(path);
	return format(json, { ...options, filepath: path, plugins: [] });
}
