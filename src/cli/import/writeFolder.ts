/**
 * Writes a folder all at once: the files go to a temporary folder beside the target, which is
 * then renamed into place (a rename within one file system is atomic). A failure leaves the
 * old folder, or nothing, never half a story.
 */
import { chmodSync, existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * `target` is e.g. data/stories/houston; the temporary folders live in data/ (`scratchDir`),
 * outside stories/, so the build never mistakes one for a story.
 */
export function writeFolderAtomically(
	target: string,
	files: Record<string, string>,
	{ replace, scratchDir = dirname(dirname(target)) }: { replace: boolean; scratchDir?: string }
): void {
	const staging = mkdtempSync(join(scratchDir, `.writing-${basename(target)}-`));
	try {
		for (const [name, content] of Object.entries(files)) writeFileSync(join(staging, name), content);
		// mkdtemp makes a private folder; a story folder is as readable as any other.
		chmodSync(staging, 0o755);
		if (!existsSync(target)) {
			renameSync(staging, target);
			return;
		}
		if (!replace) throw new Error(`${target}: already exists`);
		// Move the old folder aside first: rename cannot replace a non-empty folder.
		const old = mkdtempSync(join(scratchDir, `.replaced-${basename(target)}-`));
		renameSync(target, join(old, 'story'));
		try {
			renameSync(staging, target);
		} catch (error) {
			renameSync(join(old, 'story'), target);
			throw error;
		}
		rmSync(old, { recursive: true, force: true });
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}
}

/** Writes one file all at once: a temporary file in the same folder, renamed over the target. */
export function writeFileAtomically(target: string, content: string): void {
	const staging = mkdtempSync(join(dirname(target), `.writing-${basename(target)}-`));
	try {
		writeFileSync(join(staging, basename(target)), content);
		renameSync(join(staging, basename(target)), target);
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}
}
