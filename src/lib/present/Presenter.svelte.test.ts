import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/i18n/lang';
import { buildMapFrames } from '$lib/map/buildStoryMap';
import type { UrlMirror } from '$lib/selection.svelte';
import { loadStory } from '$lib/story/loadStory';
import Presenter from './Presenter.svelte';

const story = loadStory('geneva-2022');
const map = buildMapFrames(story);
const TOTAL = story.events.length + 2;

/** The page URL in memory, with a history like the browser's; paths are on jsdom's own origin. */
function memoryMirror(start = '/geneva-2022/present/') {
	let url = $state(new URL(start, window.location.origin));
	const history: string[] = [url.href];
	const mirror: UrlMirror = {
		current: () => url,
		go: async (href) => {
			url = new URL(href, url);
			history.push(url.href);
		}
	};
	return { mirror, history, url: () => url };
}

function setup({ lang = 'nl' as Lang, start = undefined as string | undefined } = {}) {
	const location = memoryMirror(start);
	render(Presenter, {
		props: { story, map, lang, mirror: location.mirror, storyHref: '/geneva-2022/' }
	});
	return location;
}

const progress = () => screen.getByText(/^\d+ \/ \d+$/).textContent;
const visibleHeading = () =>
	screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent?.trim())[0];

describe('Presenter', () => {
	it('opens on the title step, with previous disabled and next enabled', () => {
		setup();
		expect(progress()).toBe(`1 / ${TOTAL}`);
		expect(visibleHeading()).toBe('Genève, Brussel, Wenen');
		expect(screen.getByRole('button', { name: /Vorige stap/ })).toBeDisabled();
		expect(screen.getByRole('button', { name: /Volgende stap/ })).toBeEnabled();
	});

	it('moves with →, Space, PageDown, ←, Shift+Space, PageUp, End and Home, pushing ?step=', async () => {
		const location = setup();
		const user = userEvent.setup();
		await user.keyboard('{ArrowRight}');
		expect(progress()).toBe(`2 / ${TOTAL}`);
		expect(visibleHeading()).toBe(story.events[0].headline.nl);
		await user.keyboard(' ');
		await user.keyboard('{PageDown}');
		expect(progress()).toBe(`4 / ${TOTAL}`);
		expect(location.url().searchParams.get('step')).toBe('4');
		await user.keyboard('{ArrowLeft}');
		expect(progress()).toBe(`3 / ${TOTAL}`);
		await user.keyboard('{Shift>} {/Shift}');
		expect(progress()).toBe(`2 / ${TOTAL}`);
		await user.keyboard('{PageUp}');
		expect(progress()).toBe(`1 / ${TOTAL}`);
		await user.keyboard('{End}');
		expect(progress()).toBe(`${TOTAL} / ${TOTAL}`);
		expect(visibleHeading()).toBe('Alle bronnen in het artikel');
		expect(screen.getByRole('button', { name: /Volgende stap/ })).toBeDisabled();
		await user.keyboard('{Home}');
		expect(progress()).toBe(`1 / ${TOTAL}`);
		expect(location.history).toHaveLength(9);
	}, 30_000);

	it('ignores keys with Ctrl, Alt or Meta held', async () => {
		setup();
		const user = userEvent.setup();
		await user.keyboard('{Control>}{ArrowRight}{/Control}');
		await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
		await user.keyboard('{Meta>}{ArrowRight}{/Meta}');
		expect(progress()).toBe(`1 / ${TOTAL}`);
	});

	it('moves with the on-screen buttons and disables them at the ends', async () => {
		setup({ lang: 'en', start: `/en/geneva-2022/present/?step=${TOTAL - 1}` });
		const user = userEvent.setup();
		expect(progress()).toBe(`${TOTAL - 1} / ${TOTAL}`);
		await user.click(screen.getByRole('button', { name: /Next step/ }));
		expect(progress()).toBe(`${TOTAL} / ${TOTAL}`);
		expect(screen.getByRole('button', { name: /Next step/ })).toBeDisabled();
		await user.click(screen.getByRole('button', { name: /Previous step/ }));
		expect(progress()).toBe(`${TOTAL - 1} / ${TOTAL}`);
	});

	it('resumes at the step in the URL and falls back to the title for a bad one', () => {
		setup({ start: '/geneva-2022/present/?step=3' });
		expect(visibleHeading()).toBe(story.events[1].headline.nl);
		expect(screen.getByText(`Stap 3 van ${TOTAL}: ${story.events[1].headline.nl}`)).toBeInTheDocument();
	});

	it.each(['abc', '2.5', ''])('?step=%s is the title step', (value) => {
		setup({ start: `/geneva-2022/present/?step=${value}` });
		expect(progress()).toBe(`1 / ${TOTAL}`);
	});

	it('toggles the teacher notes with the button and with N', async () => {
		const talks = story.events.findIndex((e) => e.id === 'geneva-talks') + 2;
		setup({ start: `/geneva-2022/present/?step=${talks}` });
		const user = userEvent.setup();
		const button = screen.getByRole('button', { name: 'Notities' });
		expect(button).toHaveAttribute('aria-expanded', 'false');
		expect(screen.queryByRole('complementary', { name: 'Vragen voor de klas' })).toBeNull();
		await user.click(button);
		expect(button).toHaveAttribute('aria-expanded', 'true');
		const notes = screen.getByRole('complementary', { name: 'Vragen voor de klas' });
		expect(button).toHaveAttribute('aria-controls', notes.id);
		expect(within(notes).getAllByRole('listitem')).toHaveLength(2);
		expect(notes).toHaveTextContent(/acht uur/);
		button.blur();
		await user.keyboard('n');
		expect(button).toHaveAttribute('aria-expanded', 'false');
		await user.keyboard('N');
		expect(button).toHaveAttribute('aria-expanded', 'true');
	});

	it('does not take Space from a focused button: it presses that button', async () => {
		setup();
		const user = userEvent.setup();
		screen.getByRole('button', { name: 'Notities' }).focus();
		await user.keyboard(' ');
		expect(progress()).toBe(`1 / ${TOTAL}`);
		expect(screen.getByRole('button', { name: 'Notities' })).toHaveAttribute('aria-expanded', 'true');
	});

	it('does not move while typing in a form control', async () => {
		setup();
		const input = document.createElement('input');
		document.body.append(input);
		const user = userEvent.setup();
		await user.click(input);
		await user.keyboard('{ArrowRight}n ');
		expect(progress()).toBe(`1 / ${TOTAL}`);
		input.remove();
	});

	it('shows the quotes in Dutch with paragraph numbers, and says there is no translation in English', () => {
		const talks = story.events.findIndex((e) => e.id === 'geneva-talks') + 2;
		setup({ lang: 'en', start: `/en/geneva-2022/present/?step=${talks}` });
		const step = screen
			.getByRole('heading', { level: 2, name: 'US–Russian talks in Geneva' })
			.closest('section')!;
		const quote = within(step).getByText(/zijn maandag in Genève rechtstreekse gesprekken/);
		expect(quote.closest('blockquote')).toHaveAttribute('lang', 'nl');
		expect(within(step).getAllByText(/paragraph 6/)).toHaveLength(2);
		expect(within(step).getByText(/the data holds no translation/)).toBeInTheDocument();
		expect(within(step).getByText(/Monday 10 January 2022/)).toBeInTheDocument();
		expect(within(step).getByText('Geneva')).toBeInTheDocument();
	});

	it('selects the step’s event on the map, and a map marker moves to its step', async () => {
		const talks = story.events.findIndex((e) => e.id === 'geneva-talks') + 2;
		setup({ start: `/geneva-2022/present/?step=${talks}` });
		const geneva = screen.getAllByRole('link').find((a) => a.dataset.place === 'geneva')!;
		expect(geneva).toHaveAttribute('aria-current', 'true');
		const vienna = screen.getAllByRole('link').find((a) => a.dataset.place === 'vienna')!;
		await userEvent.click(vienna);
		flushSync();
		const osce = story.events.findIndex((e) => e.id === 'osce-vienna') + 2;
		expect(progress()).toBe(`${osce} / ${TOTAL}`);
	});
});
