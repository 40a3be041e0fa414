/**
 * Writes a story folder all at once: the files go to a temporary folder beside data/stories
 * (same disk, so the final rename is atomic) and are moved into place only when complete. On
 * any failure nothing is left behind, and a story being replaced (--force) is restored.
 */
import { chmodSync, existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeStoryFolder(
	dataDir: string,
	slug: string,
	files: Readonly<Record<string, string>>,
	options: { replace: boolean }
): void {
	const target = join(dataDir, 'stories', slug);
	const staging = mkdtempSync(join(dataDir, `.new-${slug}-`));
	let previous: string | undefined;
	try {
		// mkdtemp makes the folder private; a story folder is as readable as the others.
		chmodSync(staging, 0o755);
		for (const [name, content] of Object.entries(files)) writeFileSync(join(staging, name), content);
		if (existsSync(target)) {
			if (!options.replace) throw new Error(`${target} already exists`);
			previous = `${staging}-previous`;
			renameSync(target, previous);
		}
		renameSync(staging, target);
	} catch (error) {
		rmSync(staging, { recursive: true, force: true });
		if (previous && !existsSync(target)) renameSync(previous, target);
		throw error;
	}
	if (previous) rmSync(previous, { recursive: true, force: true });
}
