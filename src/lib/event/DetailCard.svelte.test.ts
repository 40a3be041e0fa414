import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Selection, selectionContext } from '$lib/selection.svelte';
import { fixtureStory, HOSTILE_HEADLINE } from '../../../tests/fixtures/story';
import DetailCard from './DetailCard.svelte';

function setup(lang: 'nl' | 'en' = 'nl') {
	const story = fixtureStory();
	const selection = new Selection(story.events.map((e) => e.id));
	render(DetailCard, { props: { story, lang }, context: selectionContext(selection) });
	return { story, selection };
}

describe('DetailCard', () => {
	it('asks the reader to pick an event until one is selected', () => {
		setup();
		expect(
			screen.getByText('Kies een gebeurtenis op de tijdlijn, de kaart of in de tekst.')
		).toBeInTheDocument();
	});

	it('shows the selected event with its date, place, status and sources', async () => {
		const { selection } = setup('en');
		await selection.select('council', 'timeline');
		expect(await screen.findByRole('heading', { level: 3, name: 'Council in Brussels' })).toBeInTheDocument();
		expect(screen.getByText(/Wednesday 12 January 2022/)).toBeInTheDocument();
		expect(screen.getByText('Brussels')).toBeInTheDocument();
		expect(screen.getByText('announced, still ahead at publication')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Show paragraph 2 in the article' })).toHaveAttribute(
			'href',
			'#p2'
		);
	});

	it('steps to the next and previous event in time order', async () => {
		const { selection } = setup();
		await userEvent.click(screen.getByRole('button', { name: /Volgende gebeurtenis/ }));
		expect(selection.selectedId).toBe('talks');
		await userEvent.click(screen.getByRole('button', { name: /Volgende gebeurtenis/ }));
		expect(selection.selectedId).toBe('council');
		expect(screen.getByRole('button', { name: /Volgende gebeurtenis/ })).toBeDisabled();
		await userEvent.click(screen.getByRole('button', { name: /Vorige gebeurtenis/ }));
		expect(selection.selectedId).toBe('talks');
	});

	it('renders markup in headlines and summaries as plain text', async () => {
		const { selection } = setup();
		await selection.select('talks', 'timeline');
		const heading = await screen.findByRole('heading', { level: 3 });
		expect(heading.textContent).toBe(HOSTILE_HEADLINE);
		expect(document.querySelector('script, img')).toBeNull();
		expect(screen.getByText(/<img src=x onerror=alert\(1\)> samenvatting/)).toBeInTheDocument();
		expect((window as { pwned?: boolean }).pwned).toBeUndefined();
	});
});
