import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelInput } from './placeLabels';

const at = (x: number, y: number, text = 'Wenen'): LabelInput => ({ x, y, text });
const size = { width: 600, height: 400 };

describe('placeLabels', () => {
	it.each<[string, LabelInput[], string[]]>([
		['right and level by default', [at(100, 100)], ['right none']],
		['left near the right edge', [at(580, 100)], ['left none']],
		['left when the right holds another marker', [at(100, 100), at(150, 100)], ['left none', 'right none']],
		['right for both when far apart', [at(100, 100), at(400, 100)], ['right none', 'right none']],
		['right for both on different rows', [at(100, 100), at(150, 200)], ['right none', 'right none']],
		['right for a long name near the left edge', [at(20, 100, 'Russisch-Oekraïense grens')], ['right none']],
		[
			'shifted down when a longer label above takes its level',
			[at(60, 80, 'Russisch-Oekraïense grens'), at(20, 95)],
			['right none', 'right down']
		]
	])('%s', (_, markers, expected) => {
		expect(placeLabels(markers, size).map((p) => `${p.side} ${p.shift}`)).toEqual(expected);
	});
});
