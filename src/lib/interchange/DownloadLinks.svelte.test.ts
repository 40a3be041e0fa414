import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DownloadLinks from './DownloadLinks.svelte';

describe('DownloadLinks', () => {
	it.each([
		[
			'nl',
			'Gegevens downloaden',
			[
				['Agenda (.ics)', '/geneva-2022/story.ics', 'geneva-2022-nl.ics', 'text/calendar'],
				['Spreadsheet (.csv)', '/geneva-2022/story.csv', 'geneva-2022-nl.csv', 'text/csv'],
				[
					'TimelineJS (.json)',
					'/geneva-2022/story.timeline.json',
					'geneva-2022-nl.timeline.json',
					'application/json'
				]
			]
		],
		[
			'en',
			'Download the data',
			[
				['Calendar (.ics)', '/en/geneva-2022/story.ics', 'geneva-2022-en.ics', 'text/calendar'],
				['Spreadsheet (.csv)', '/en/geneva-2022/story.csv', 'geneva-2022-en.csv', 'text/csv'],
				[
					'TimelineJS (.json)',
					'/en/geneva-2022/story.timeline.json',
					'geneva-2022-en.timeline.json',
					'application/json'
				]
			]
		]
	] as const)('in %s: a labelled section with three named downloads', (lang, heading, links) => {
		render(DownloadLinks, { props: { slug: 'geneva-2022', lang } });
		expect(screen.getByRole('region', { name: heading })).toBeInTheDocument();
		for (const [label, href, name, type] of links) {
			const link = screen.getByRole('link', { name: label });
			expect(link).toHaveAttribute('href', href);
			expect(link).toHaveAttribute('download', name);
			expect(link).toHaveAttribute('type', type);
		}
	});
});
