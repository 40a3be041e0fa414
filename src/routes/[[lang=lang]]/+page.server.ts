import { loadAllStories } from '$lib/story/loadStory';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	stories: loadAllStories().map((story) => ({
		slug: story.slug,
		title: story.title,
		description: story.description,
		published: story.article.published,
		articleLang: story.article.lang,
		eventCount: story.events.length
	}))
});
