// The handout's Print button. The page ships no app code, so this is its only script: it shows
// the button (hidden in the HTML, so a reader without JavaScript never meets a dead control) and
// opens the browser's print dialog.
for (const button of document.querySelectorAll('[data-print-button]')) {
	button.hidden = false;
	button.addEventListener('click', () => window.print());
}
// The same "ready for input" marker the app's pages set once hydrated (end-to-end tests wait for it).
document.body.dataset.hydrated = 'true';
