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
			screen.getByRole('link', { name: 'Wednesday 12 January 2022, Brussels: Council in Brussels' })
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

	it('is one tab stop; arrows, Home and End move through events in time order; Enter selects', async () => {
		const { selection } = setup('en');
		const marks = () => [...document.querySelectorAll('a.mark')];
		expect(marks().filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
		(document.querySelector('a.mark[tabindex="0"]') as HTMLElement).focus();
		expect(document.activeElement).toHaveAttribute('data-event', 'talks');
		await userEvent.keyboard('{ArrowRight}');
		expect(document.activeElement).toHaveAttribute('data-event', 'council');
		await userEvent.keyboard('{Home}');
		expect(document.activeElement).toHaveAttribute('data-event', 'talks');
		await userEvent.keyboard('{End}');
		expect(document.activeElement).toHaveAttribute('data-event', 'council');
		expect(marks().filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
		await userEvent.keyboard('{Enter}');
		expect(selection.selectedId).toBe('council');
	});

	it('handles keys only while it has focus: two timelines do not both react', async () => {
		const { selection } = setup('en');
		const second = new Selection(['talks', 'council']);
		const { container } = render(Timeline, {
			props: { story: fixtureStory(), lang: 'en' },
			context: selectionContext(second)
		});
		(container.querySelector('a.mark[tabindex="0"]') as HTMLElement).focus();
		await userEvent.keyboard('{ArrowRight}{Enter}');
		expect(second.selectedId).toBe('council');
		expect(selection.selectedId).toBeNull();
	});

	it('zooms with its buttons and resets', async () => {
		setup('en');
		const range = () => document.querySelector('.range')!.textContent;
		const before = range();
		const reset = screen.getByRole('button', { name: 'Back to the start' });
		expect(reset).toBeDisabled();
		await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
		expect(range()).not.toBe(before);
		expect(reset).toBeEnabled();
		await userEvent.click(reset);
		expect(range()).toBe(before);
	});

	it('cuts a long label and shows it whole on focus', async () => {
		const story = fixtureStory();
		const long = 'A very long headline that cannot possibly fit next to its dot on any timeline at all';
		story.events[1].headline = { nl: long, en: long };
		const selection = new Selection(story.events.map((e) => e.id));
		const { container } = render(Timeline, {
			props: { story, lang: 'en' },
			context: selectionContext(selection)
		});
		const mark = container.querySelector<SVGElement>('a.mark[data-event="council"]')!;
		expect(mark.querySelector('.label')!.textContent).toMatch(/…$/);
		expect(container.querySelector('.tip')).toBeNull();
		mark.focus();
		await expect.poll(() => container.querySelector('.tip text')?.textContent).toBe(long);
	});

	it('draws an approximate day differently from a known one', () => {
		const story = fixtureStory();
		story.events[0].approximate = true;
		const selection = new Selection(story.events.map((e) => e.id));
		const { container } = render(Timeline, {
			props: { story, lang: 'en' },
			context: selectionContext(selection)
		});
		expect(container.querySelector('[data-event="talks"]')).toHaveClass('approximate');
		expect(container.querySelector('[data-event="council"]')).not.toHaveClass('approximate');
	});

	it('draws announced events differently from reported ones', () => {
		const { container } = setup();
		expect(container.querySelector('[data-event="council"]')).toHaveClass('announced');
		expect(container.querySelector('[data-event="talks"]')).toHaveClass('reported');
	});
});
