import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import EmbedPreview from './EmbedPreview.svelte';
import { INITIAL_EMBED_HEIGHT } from './heights';

function setup() {
	render(EmbedPreview, { props: { src: '/geneva-2022/embed/?view=both', title: 'Preview', view: 'both' } });
	const frame = screen.getByTitle('Preview') as HTMLIFrameElement;
	const post = async (data: unknown, source: Window | null = frame.contentWindow) => {
		window.dispatchEvent(new MessageEvent('message', { data, source }));
		await tick();
	};
	return { frame, post };
}

describe('EmbedPreview', () => {
	it('starts at the initial height of its view, sandboxed like the snippet', () => {
		const { frame } = setup();
		expect(frame).toHaveAttribute('src', '/geneva-2022/embed/?view=both');
		expect(frame).toHaveAttribute('height', String(INITIAL_EMBED_HEIGHT.both));
		expect(frame.getAttribute('sandbox')).not.toContain('allow-same-origin');
	});

	it("follows the AMP height its own frame reports, and nobody else's", async () => {
		const { frame, post } = setup();
		await post({ sentinel: 'amp', type: 'embed-size', height: 733.2 });
		expect(frame).toHaveAttribute('height', '734');
		await post({ sentinel: 'amp', type: 'embed-size', height: 400 }, window);
		await post({ sentinel: 'amp', type: 'embed-size', height: '500' });
		await post({ sentinel: 'amp', type: 'frames-init', height: 600 });
		expect(frame).toHaveAttribute('height', '734');
		await post({ sentinel: 'amp', type: 'embed-size', height: 12 });
		expect(frame).toHaveAttribute('height', '100');
	});
});
