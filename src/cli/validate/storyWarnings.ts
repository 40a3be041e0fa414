/**
 * The second pass of `validate`: things the build accepts but an editor should look at. The
 * first pass is the build's own loader (checkStory), so the command and the build can never
 * disagree about what is an error.
 */
import type { DataProblem } from '$lib/story/problems';
import { describeValue } from '$lib/story/problems';
import type { Story } from '$lib/story/types';

export interface WarningContext {
	/** The story.json path as shown to the author. */
	storyFile: string;
	/** Where an event sits in story.json (the linked story is in time order). */
	fileIndex: (eventId: string) => number;
}

export function storyWarnings(story: Story, { storyFile, fileIndex }: WarningContext): DataProblem[] {
	const warnings: DataProblem[] = [];
	const warn = (path: string, message: string, found?: string) =>
		warnings.push({ file: storyFile, path, message, found, severity: 'warning' });
	const paragraphs = new Map(story.article.paragraphs.map((p) => [p.id, p.text]));

	// A name reads the same in both languages; a name *and* its text the same means nobody translated.
	if (story.title.nl === story.title.en && story.description.nl === story.description.en) {
		warn(
			'title',
			'untranslated: title and description are the same in Dutch and English',
			describeValue(story.title.en)
		);
	}
	const seen = new Map<string, number>();
	const inFileOrder = [...story.events].sort((a, b) => fileIndex(a.id) - fileIndex(b.id));
	for (const event of inFileOrder) {
		const at = `events[${fileIndex(event.id)}]`;
		if (event.sources.length === 0)
			warn(`${at}.sources`, 'no source: nothing in the article supports this event');
		event.sources.forEach((source, index) => {
			const count = occurrences(paragraphs.get(source.paragraph) ?? '', source.quote);
			if (count > 1) {
				warn(
					`${at}.sources[${index}].quote`,
					`the quote occurs ${count} times in ${source.paragraph}; "occurrence" picks one, but a longer quote would survive edits to the text`,
					describeValue(source.quote)
				);
			}
		});
		if (event.headline.nl === event.headline.en && event.summary.nl === event.summary.en) {
			warn(
				`${at}.headline`,
				'untranslated: headline and summary are the same in Dutch and English',
				describeValue(event.headline.en)
			);
		}
		const key = `${event.start.iso} ${event.headline.en.toLowerCase()}`;
		const twin = seen.get(key);
		if (twin !== undefined) {
			warn(at, `a duplicate of events[${twin}]? Same date and headline, another id`, describeValue(event.id));
		} else seen.set(key, fileIndex(event.id));
	}
	return warnings;
}

function occurrences(text: string, quote: string): number {
	let count = 0;
	for (let at = text.indexOf(quote); at !== -1 && quote; at = text.indexOf(quote, at + 1)) count++;
	return count;
}
