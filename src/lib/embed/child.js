// @ts-check
/**
 * The embed's own script: a classic script in <head>, no dependency, no polling. It runs before
 * the page paints and even if the app's modules cannot load (some CMSes sandbox embeds into an
 * opaque origin). It
 *  - applies ?theme= before the first paint (auto: the system's setting, followed as it changes),
 *    and moves to ?lang='s page when that differs;
 *  - tells the host page the content height whenever it changes (ResizeObserver), in the formats
 *    host pages already listen for: AMP / @newswire/frames `embed-size`, Pym.js strings (with
 *    ?childId=), Embedly/Medium `iframe.resize`, and WordPress `{secret, message: 'height'}`
 *    when the URL carries #?secret=;
 *  - answers a host's `frames-init`, Pym `width` and WordPress `ready` at once.
 * Only messages from the parent window are read; anything else is ignored.
 */
(function () {
	var root = document.documentElement;
	var params = new URLSearchParams(location.search);
	var choice = function (/** @type {string} */ name) {
		return (params.get(name) || '').trim().toLowerCase();
	};

	// "auto" follows the reader's system setting, now and when it changes; the page's CSS then
	// knows only light and dark.
	var theme = choice('theme');
	var systemDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
	function applyTheme() {
		var dark = theme === 'dark' || (theme === 'auto' && systemDark !== null && systemDark.matches);
		root.setAttribute('data-theme', dark ? 'dark' : 'light');
	}
	applyTheme();
	if (theme === 'auto' && systemDark && systemDark.addEventListener)
		systemDark.addEventListener('change', applyTheme);

	// The page lists itself in each language (<link rel="alternate" hreflang>, before this script).
	var lang = choice('lang');
	if (lang && lang !== root.lang) {
		var other = document.querySelector(
			'link[rel="alternate"][hreflang="' + lang.replace(/[^a-z]/g, '') + '"]'
		);
		if (other instanceof HTMLLinkElement) {
			params.delete('lang');
			var query = params.toString();
			location.replace(other.href.split('?')[0] + (query ? '?' + query : '') + location.hash);
			return;
		}
	}

	var PYM = 'xPYMx';
	var rawId = params.get('childId') || '';
	var childId = /^[A-Za-z0-9_-]{1,64}$/.test(rawId) ? rawId : '';
	var secretMatch = /^#\?secret=([A-Za-z0-9]{1,64})$/.exec(location.hash);
	var secret = secretMatch ? secretMatch[1] : '';
	var host = window.parent;
	var lastSent = 0;
	var pending = false;

	function contentHeight() {
		return Math.ceil(root.getBoundingClientRect().height);
	}

	/** @param {boolean} always send even when unchanged (the host asked) */
	function send(always) {
		var height = contentHeight();
		if (host === window || height <= 0 || (height === lastSent && !always)) return;
		lastSent = height;
		host.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
		host.postMessage(['pym', childId, 'height', height].join(PYM), '*');
		host.postMessage(JSON.stringify({ src: location.href, context: 'iframe.resize', height: height }), '*');
		if (secret) host.postMessage({ secret: secret, message: 'height', value: height }, '*');
	}

	function sendSoon() {
		if (pending) return;
		pending = true;
		requestAnimationFrame(function () {
			pending = false;
			send(false);
		});
	}

	window.addEventListener('message', function (event) {
		if (event.source !== host || host === window) return;
		var data = event.data;
		if (typeof data === 'string') {
			var bits = data.split(PYM);
			if (bits[0] === 'pym' && bits[1] === childId && bits[2] === 'width') send(true);
		} else if (data && typeof data === 'object') {
			if (data.sentinel === 'amp' && data.type === 'frames-init') send(true);
			else if (secret && data.secret === secret && data.message === 'ready') send(true);
		}
	});

	document.addEventListener('DOMContentLoaded', function () {
		if (typeof ResizeObserver === 'function') new ResizeObserver(sendSoon).observe(root);
		send(false);
	});
	window.addEventListener('load', sendSoon);
})();
