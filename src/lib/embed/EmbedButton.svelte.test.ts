import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import EmbedButton from './EmbedButton.svelte';
import { INITIAL_EMBED_HEIGHT } from './heights';

const SITE = 'https://news.example';
const title = { nl: 'Genève, Brussel, Wenen', en: '"Talks" & tanks' };

// jsdom has the element but not its modal behaviour: enough of it to open and close.
beforeAll(() => {
	HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
		this.setAttribute('open', '');
	};
	HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
		this.removeAttribute('open');
		this.dispatchEvent(new Event('close'));
	};
});

async function openDialog(lang: 'nl' | 'en' = 'nl') {
	const user = userEvent.setup();
	// After setup: user-event puts its own clipboard stub on navigator.
	const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
	Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
	render(EmbedButton, { props: { slug: 'geneva-2022', title, siteUrl: SITE, lang } });
	const button = await screen.findByRole('button', { name: lang === 'nl' ? 'Insluiten' : 'Embed' });
	await user.click(button);
	// The dialog's code loads on demand (the first import is transformed on the fly: give it time).
	const dialog = await screen.findByRole('dialog', {}, { timeout: 15_000 });
	const code = within(dialog).getByLabelText(
		lang === 'nl' ? 'HTML-code om in te sluiten' : 'HTML code to embed'
	);
	return { user, writeText, button, dialog, code: code as HTMLTextAreaElement };
}

const previewSrc = (dialog: HTMLElement) => dialog.querySelector('iframe')?.getAttribute('src');

describe('EmbedButton and its dialog', () => {
	it('opens a labelled dialog with the default code and a preview of the embed', async () => {
		const { dialog, code } = await openDialog();
		expect(dialog).toHaveAttribute('open');
		expect(dialog).toHaveAccessibleName('Insluiten in een nieuwspagina');
		expect(code).toHaveAttribute('readonly');
		expect(code.value).toMatch(/^<iframe src="https:\/\/news\.example\/geneva-2022\/embed\/" title=/);
		expect(code.value).toContain(`height="${INITIAL_EMBED_HEIGHT.timeline}"`);
		expect(code.value).toContain(`<script src="${SITE}/embed/frames.js" defer></script>`);
		expect(previewSrc(dialog)).toBe('/geneva-2022/embed/');
		expect(within(dialog).getByTitle('Voorbeeld van de ingesloten tijdlijn: Genève, Brussel, Wenen')).toBe(
			dialog.querySelector('iframe')
		);
	});

	it('loads the preview only while the dialog is open', async () => {
		render(EmbedButton, { props: { slug: 'geneva-2022', title, siteUrl: SITE, lang: 'nl' } });
		await screen.findByRole('button', { name: 'Insluiten' });
		expect(document.querySelector('iframe')).toBeNull();
	});

	it('changes the code and the preview with the options', async () => {
		const { user, dialog, code } = await openDialog();
		await user.click(within(dialog).getByRole('radio', { name: 'Donker' }));
		await user.click(within(dialog).getByRole('radio', { name: 'Tijdlijn en kaart' }));
		expect(code.value).toContain(`src="${SITE}/geneva-2022/embed/?theme=dark&amp;view=both"`);
		expect(code.value).toContain(`height="${INITIAL_EMBED_HEIGHT.both}"`);
		expect(previewSrc(dialog)).toBe('/geneva-2022/embed/?theme=dark&view=both');

		await user.click(within(dialog).getByRole('radio', { name: 'English' }));
		expect(code.value).toContain(`src="${SITE}/en/geneva-2022/embed/?theme=dark&amp;view=both"`);
		expect(code.value).toContain('title="Interactive timeline: &quot;Talks&quot; &amp; tanks"');
		expect(previewSrc(dialog)).toBe('/en/geneva-2022/embed/?theme=dark&view=both');

		await user.click(within(dialog).getByRole('checkbox', { name: /Hoogte automatisch aanpassen/ }));
		expect(code.value).not.toContain('<script');
	});

	it('copies the code and says so, until the code changes', async () => {
		const { user, writeText, dialog, code } = await openDialog('en');
		const status = within(dialog).getByRole('status');
		expect(status).toHaveTextContent('');
		await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
		expect(writeText).toHaveBeenCalledWith(code.value);
		expect(status).toHaveTextContent('Copied');
		await user.click(within(dialog).getByRole('radio', { name: 'Map' }));
		expect(status).toHaveTextContent('');
	});

	it('falls back to selecting and copying when the Clipboard API refuses', async () => {
		const { user, writeText, dialog, code } = await openDialog('en');
		writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
		const execCommand = vi.fn(() => true);
		document.execCommand = execCommand;
		await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
		expect(execCommand).toHaveBeenCalledWith('copy');
		expect(code).toHaveFocus();
		expect(within(dialog).getByRole('status')).toHaveTextContent('Copied');

		execCommand.mockReturnValue(false);
		await user.click(within(dialog).getByRole('radio', { name: 'Dark' }));
		await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
		expect(within(dialog).getByRole('status')).toHaveTextContent(/Copying did not work/);
		expect([code.selectionStart, code.selectionEnd]).toEqual([0, code.value.length]);
	});

	it('closes with its Close button, gives focus back to the Embed button, opens again', async () => {
		const { user, button, dialog } = await openDialog();
		await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
		expect(dialog).not.toHaveAttribute('open');
		expect(button).toHaveFocus();
		expect(dialog.querySelector('iframe')).toBeNull();
		await user.click(button);
		expect(dialog).toHaveAttribute('open');
		expect(dialog.querySelector('iframe')).not.toBeNull();
	});
});
