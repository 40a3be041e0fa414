/**
 * The words the suggester's own rules look for, per article language. chrono-node finds and
 * resolves the date expressions; these tables cover only what it lacks: tense, "een dag later"
 * relative to the previous event, years on their own, and which words make a name a place.
 */
export type ArticleLang = 'nl' | 'en';

export interface LanguageRules {
	/** Words that put a clause in the past ("zei", "said"). */
	past: string[];
	/** A pattern for regular past forms ("complained"), tried after the future words. */
	pastPattern?: string;
	/** Words that put a clause ahead ("zal", "will", "voorzien"). */
	future: string[];
	/** Before a weekday: the one before publication ("afgelopen maandag", "last Monday"). */
	previousWeekday: string[];
	/** Before a weekday: the one after publication ("komende woensdag", "next Wednesday"). */
	nextWeekday: string[];
	/** Number words for "twee dagen later". */
	numbers: Record<string, number>;
	/** Units of "N <unit> later/eerder", in days. */
	dayUnits: Record<string, number>;
	/** After "N dagen": counts forward from the previous event. */
	later: string[];
	/** After "N dagen": counts back from the previous event. */
	earlier: string[];
	/** "de volgende dag", "the following day": one day after the previous event. */
	nextDayPhrases: string[];
	/** "de dag ervoor", "the day before": one day before the previous event. */
	previousDayPhrases: string[];
	/** "N dagen na <something>": the words after it describe another event. */
	after: string[];
	before: string[];
	/** Relative day words chrono lacks, in days from publication. */
	extraRelativeDays: Record<string, number>;
	/** Words before a lone year that make it a date ("sinds 2019", "in 2019"). */
	yearPrepositions: string[];
	/** Words before a date that make it name another event, not this sentence's ("sinds 2019", "van woensdag"). */
	referenceMarkers: string[];
	/** "na weken van spanningen": a stretch of time ending at the sentence's date. */
	stretchStarts: string[];
	stretchUnits: Record<string, number>;
	/** Prepositions that make a country name a place ("in Rusland") rather than an actor ("Rusland zegt"). */
	locatives: string[];
	/** Capitalised words that are not part of a person's name. */
	notNames: string[];
	/** Words that mark the kind of event. */
	meetingWords: string[];
	statementWords: string[];
}

/** Comma-separated words or phrases, as a list. */
function words(list: string): string[] {
	return list.split(',').map((word) => word.trim());
}

const nl: LanguageRules = {
	past: words(
		'zei, zeiden, was, waren, had, hadden, werd, werden, kwam, kwamen, sprak, spraken, begon, begonnen, vond, vonden, ontmoette, ontmoetten, verklaarde, verklaarden, meldde, meldden, antwoordde, duurde, duurden, gestart, geweest, gesproken, ontmoet, vergaderd, getekend, ondertekend, aangekondigd, bereikt, tekende, tekenden, reisde, bezocht, al'
	),
	future: words(
		'zal, zullen, zult, gaat, gaan, voorzien, gepland, verwacht, komende, aanstaande, volgende, wordt, worden, staat'
	),
	previousWeekday: words('afgelopen, vorige, jongstleden'),
	nextWeekday: words('komende, aanstaande, volgende'),
	numbers: { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, tien: 10 },
	dayUnits: { dag: 1, dagen: 1, week: 7, weken: 7 },
	later: words('later, daarna, nadien, erna, daarop'),
	earlier: words('eerder, ervoor, daarvoor, voordien'),
	nextDayPhrases: words(
		'de volgende dag, de dag erna, de dag daarna, de dag daarop, daags nadien, daags daarna, de dag nadien'
	),
	previousDayPhrases: words('de dag ervoor, de dag daarvoor, de dag voordien, daags voordien, daags ervoor'),
	after: words('na, nadat'),
	before: words('voor, vóór, voordat'),
	extraRelativeDays: { eergisteren: -2, overmorgen: 2 },
	yearPrepositions: words('in, sinds, sedert, tot, vanaf, van, begin, eind, midden, medio, jaar'),
	referenceMarkers: words('sinds, sedert, van, tot'),
	stretchStarts: words('na, al, sinds'),
	stretchUnits: { dagen: 7, weken: 21, maanden: 90 },
	locatives: words('in, naar, uit, te, binnen, door, bezoek aan, bij'),
	notNames: words(
		'De, Het, Een, Die, Dat, Deze, Dit, Er, Ook, Maar, En, In, Op, Na, Volgens, Buitenlandse, Zaken, Defensie, Binnenlandse, Financiën, Energie, Justitie, Economische, Landbouw, Onderwijs, Volksgezondheid, Klimaat, Handel, Migratie, Asiel, Infrastructuur, Waterstaat, Staat, Staatssecretaris, Minister, Premier, President, Kanselier, Koning, Koningin, Paus, Secretaris-Generaal, Generaal, Westen, Oosten, Europa, Europese, Amerikaanse, Russische, Oekraïense, Kamer, Tweede, Eerste'
	),
	meetingWords: words(
		'gesprek, gesprekken, overleg, onderhandelingen, onderhandeling, raad, top, topoverleg, vergadering, vergaderingen, conferentie, ontmoeting, bijeenkomst, ontmoeten, vergaderen'
	),
	statementWords: words(
		'zei, zeiden, zegt, verklaarde, verklaart, meldde, meldt, weten, aldus, antwoordde, noemde, noemt, te horen, liet, laat'
	)
};

const en: LanguageRules = {
	past: words(
		'said, was, were, had, met, held, began, begun, spoke, told, took, went, came, gave, sent, already, earlier'
	),
	// Not a participle after a form of "be" ("will be signed" is ahead, "was signed" has "was").
	pastPattern: '(?<!\\b(?:be|been|being|is|are|to)\\s)\\p{L}{2,}ed',
	future: words(
		"will, 'll, shall, is to, are to, plans, planned, scheduled, expected, due, next, coming, upcoming, is set, are set, going to"
	),
	previousWeekday: words('last, past, previous'),
	nextWeekday: words('next, coming, this coming'),
	numbers: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, ten: 10 },
	dayUnits: { day: 1, days: 1, week: 7, weeks: 7 },
	later: words('later, afterwards, on'),
	earlier: words('earlier, before, previously'),
	nextDayPhrases: words(
		'the following day, the next day, the day after, a day after that, the morning after'
	),
	previousDayPhrases: words('the day before, the previous day, the preceding day, the eve'),
	after: words('after'),
	before: words('before'),
	extraRelativeDays: {},
	yearPrepositions: words('in, since, until, till, from, of, early, late, mid, year'),
	referenceMarkers: words('since, of, until, till'),
	stretchStarts: words('after, for'),
	stretchUnits: { days: 7, weeks: 21, months: 90 },
	locatives: words('in, to, from, at, into, within, across, visit to, throughout'),
	notNames: words(
		'The, A, An, This, That, These, Those, It, But, And, In, On, After, According, Foreign, Affairs, Energy, Justice, Interior, Trade, Health, Finance, Office, Home, Minister, Secretary, State, Deputy, Prime, President, Chancellor, King, Queen, Pope, General, Defence, Defense, Ambassador, Spokesman, Spokeswoman, West, East, Europe, European, American, Russian, Ukrainian, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, January, February, March, April, May, June, July, August, September, October, November, December'
	),
	meetingWords: words(
		'talks, meeting, meetings, summit, council, conference, negotiations, consultations, session, met, meet, gathering'
	),
	statementWords: words(
		'said, says, told, stated, announced, declared, according to, called, warned, replied'
	)
};

export const LANGUAGE_RULES: Record<ArticleLang, LanguageRules> = { nl, en };

/** The Dutch weekday and month names, for telling a name from a date word. */
export const DATE_WORDS: Record<ArticleLang, string[]> = {
	nl: words(
		'Maandag, Dinsdag, Woensdag, Donderdag, Vrijdag, Zaterdag, Zondag, Januari, Februari, Maart, April, Mei, Juni, Juli, Augustus, September, Oktober, November, December'
	),
	en: []
};

/** A regular-expression alternation of words, longest first, with regex characters escaped. */
export function alternation(words: readonly string[]): string {
	return [...words]
		.sort((a, b) => b.length - a.length)
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
		.join('|');
}
