import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Selection, selectionContext } from '$lib/selection.svelte';
import { fixtureStory, HOSTILE_PARAGRAPH } from '../../../tests/fixtures/story';
import SourceText from './SourceText.svelte';

function setup() {
	const story = fixtureStory();
	const selection = new Selection(story.events.map((e) => e.id));
	const { container } = render(SourceText, {
		props: { story, lang: 'nl' },
		context: selectionContext(selection)
	});
	return { story, selection, container };
}

describe('SourceText', () => {
	it('numbers the paragraphs and keeps the article language', () => {
		const { container } = setup();
		expect(screen.getByLabelText('alinea 2')).toHaveTextContent('¶2');
		expect(container.querySelector('#p1 p')).toHaveAttribute('lang', 'nl');
	});

	it('renders the article text as text, even when it looks like markup', () => {
		const { container } = setup();
		expect(container.querySelector('#p1')!.textContent).toContain(HOSTILE_PARAGRAPH);
		expect(container.querySelector('img, script')).toBeNull();
	});

	it('selects the event of a clicked quote and marks its quotes', async () => {
		const { selection } = setup();
		const quote = screen.getByRole('link', { name: 'in Brussel' });
		await userEvent.click(quote);
		expect(selection.selectedId).toBe('council');
		expect(quote).toHaveClass('active');
		expect(screen.getByRole('link', { name: 'in Genève' })).not.toHaveClass('active');
	});

	it('leaves a ctrl-click to the browser (open in a new tab) instead of selecting', async () => {
		const { selection } = setup();
		const quote = screen.getByRole('link', { name: 'in Brussel' });
		const clicked = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
		quote.dispatchEvent(clicked);
		expect(clicked.defaultPrevented).toBe(false);
		expect(selection.selectedId).toBeNull();
	});

	it('marks the quotes of an event selected elsewhere', async () => {
		const { selection, container } = setup();
		await selection.select('talks', 'timeline');
		await expect
			.poll(() => screen.getByRole('link', { name: 'in Genève' }).classList.contains('active'))
			.toBe(true);
		expect(container.querySelector('#p1')).toHaveClass('active');
	});
});
