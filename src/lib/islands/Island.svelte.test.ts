import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Island from './Island.svelte';
import IslandProbe from './IslandProbe.test.svelte';

// Rendered in the browser with nothing prerendered (a page reached by client-side navigation):
// the part mounts at once. Adopting prerendered markup, and following the page's props (its
// language), are tested end to end in story.test.ts.
function setup(label: string) {
	return render(Island<{ label: string }>, {
		props: { id: 'probe', component: IslandProbe, props: { label } },
		context: new Map([['from', 'the page']])
	});
}

describe('Island in the browser', () => {
	it('mounts its part at once, with the page’s contexts', () => {
		setup('Geneva');
		expect(screen.getByText('Geneva · the page')).toBeInTheDocument();
		expect(document.querySelector('[data-island="probe"] .probe')).not.toBeNull();
	});

	it('takes its part away when it goes', () => {
		const { unmount } = setup('Vienna');
		unmount();
		expect(screen.queryByText('Vienna · the page')).toBeNull();
	});
});
