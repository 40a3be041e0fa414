import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Selection, selectionContext } from '$lib/selection.svelte';
import { fixtureStory } from '../../../tests/fixtures/story';
import Timeline from './Timeline.svelte';

function setup(lang: 'nl' | 'en' = 'nl') {
	const story = fixtureStory();
	const selection = new Selection(story.events.map((e) => e.id));
	const { container } = render(Timeline, { props: { story, lang }, context: selectionContext(selection) });
	return { selection, container };
}

describe('Timeline', () => {
	it('names each event by date and headline', () => {
		setup('en');
		expect(
			screen.getByRole('link', { name: 'Wednesday 12 January 2022: Council in Brussels' })
		).toBeInTheDocument();
	});

	it('labels the axis in the interface language', () => {
		const { container } = setup('nl');
		const ticks = [...container.querySelectorAll('.axis text')].map((t) => t.textContent);
		expect(ticks).toContain('ma 10 jan.');
		expect(container.querySelector('.published text')).toHaveTextContent('artikel verschenen');
	});

	it('selects an event on click and marks it as current', async () => {
		const { selection } = setup('en');
		const mark = screen.getByRole('link', { name: /Council in Brussels/ });
		await userEvent.click(mark);
		expect(selection.selectedId).toBe('council');
		expect(mark).toHaveAttribute('aria-current', 'true');
	});

	it('is reachable by keyboard, mark by mark in time order', async () => {
		// (Enter on an SVG link is Chromium's job; the end-to-end tests press it there.)
		setup('en');
		await userEvent.tab();
		expect(document.activeElement).toHaveAttribute('data-event', 'talks');
		await userEvent.tab();
		expect(document.activeElement).toHaveAttribute('data-event', 'council');
	});

	it('draws announced events differently from reported ones', () => {
		const { container } = setup();
		expect(container.querySelector('[data-event="council"]')).toHaveClass('announced');
		expect(container.querySelector('[data-event="talks"]')).toHaveClass('reported');
	});
});
