import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlToText';

describe('htmlToText', () => {
	it.each([
		['plain text stays', 'At the age of 15 Houston sang.', 'At the age of 15 Houston sang.'],
		['paragraphs join with a space', '<p>One.</p><p>Two.</p>', 'One. Two.'],
		['a line break is a space', 'Whitney Houston<br/> 1963 - 2012', 'Whitney Houston 1963 - 2012'],
		['inline markup keeps its words', 'the <i>Bodyguard</i> soundtrack', 'the Bodyguard soundtrack'],
		[
			'links keep their text, not their address',
			'Take <a href="https://x.org/a">Ada</a>: yes',
			'Take Ada: yes'
		],
		[
			'entities are decoded',
			'Fish &amp; chips &lt;3 &eacute;t&eacute; &#8220;x&#8221;',
			'Fish & chips <3 été “x”'
		],
		['scripts and styles are not text', 'a<script>alert(1)</script><style>p{}</style> b', 'a b'],
		['event handlers vanish with the markup', '<img src=x onerror="alert(1)">caption', 'caption'],
		['whitespace and newlines collapse', '  one \n\n two\t three ', 'one two three'],
		['unclosed tags are read as a browser would', '<p>one<p>two <b>bold', 'one two bold'],
		[
			'a quote and its source are separated',
			'<blockquote>No demand.<cite>Edith Clarke</cite></blockquote>',
			'No demand. Edith Clarke'
		],
		[
			'text that looks like markup but is escaped stays text',
			'&lt;b&gt;not bold&lt;/b&gt;',
			'<b>not bold</b>'
		],
		['empty input', '', ''],
		['null input', null, '']
	])('%s', (_, html, text) => {
		expect(htmlToText(html)).toBe(text);
	});
});
