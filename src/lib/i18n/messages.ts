/**
 * Every interface string, in Dutch and English. Components take `messages(lang)` and never
 * hold text of their own, so a missing translation is a type error, not a surprise.
 */
import type { Lang } from './lang';

const nl = {
	siteName: 'Diplomatieke tijdlijn',
	siteTagline:
		'Nieuwsverhalen als tijdlijn en kaart, elke gebeurtenis gekoppeld aan de woorden in het artikel.',
	storiesHeading: 'Verhalen',
	eventCount: (n: number) => (n === 1 ? '1 gebeurtenis' : `${n} gebeurtenissen`),
	openStory: 'Open het verhaal',
	languageSwitchLabel: 'Taal',
	languageName: { nl: 'Nederlands', en: 'English' } as Record<Lang, string>,
	inLanguage: { nl: 'in het Nederlands', en: 'in het Engels' } as Record<Lang, string>,
	skipToContent: 'Ga naar de inhoud',
	backToStories: 'Alle verhalen',
	basedOnArticle: (date: string, language: string) =>
		`Gebaseerd op een nieuwsartikel van ${date}, ${language}.`,
	publicationNoteLabel: 'Hoe weten we de datum?',
	timelineHeading: 'Tijdlijn',
	timelineLabel: (title: string) => `Tijdlijn van ${title}`,
	timelineBefore: 'eerder',
	timelineAfter: 'later',
	articlePublished: 'artikel verschenen',
	legendReported: 'gebeurd',
	legendAnnounced: 'aangekondigd',
	legendApproximate: 'datum bij benadering',
	zoomIn: 'Inzoomen',
	zoomOut: 'Uitzoomen',
	resetView: 'Terug naar het begin',
	timelineKeys:
		'Pijltjestoetsen: vorige of volgende gebeurtenis. Home en End: eerste en laatste. Enter: kiezen. Plus en min: zoomen.',
	overviewLabel: 'Overzicht van de hele periode; sleep om het zichtbare deel te verplaatsen',
	clusterLabel: (n: number, period: string) => `${n} gebeurtenissen, ${period}: inzoomen`,
	offscreenLabel: (n: number, nearest: string) =>
		n === 1
			? `Buiten beeld: ${nearest}`
			: `${n} gebeurtenissen buiten beeld, de dichtstbijzijnde: ${nearest}`,
	visibleEventsCaption: (shown: number, total: number) =>
		shown === total
			? `Gebeurtenissen in beeld (${shown})`
			: `Eerste ${shown} van ${total} gebeurtenissen in beeld`,
	mapHeading: 'Kaart',
	embedOpenFullStory: 'Open het volledige verhaal',
	embedNewWindow: '(opent buiten dit kader)',
	mapLabel: (title: string) => `Kaart van de plaatsen in ${title}`,
	mapCredit: 'Kaart: Natural Earth',
	placeEvents: (place: string, n: number) => `${place}: ${n === 1 ? '1 gebeurtenis' : `${n} gebeurtenissen`}`,
	mapShowList: 'Toon als lijst',
	articleHeading: 'Het artikel',
	articleIntro:
		'De gemarkeerde woorden onderbouwen de gebeurtenissen. Kies er een om de gebeurtenis te tonen.',
	paragraphLabel: (n: number) => `alinea ${n}`,
	quoteSupports: (headline: string) => `onderbouwt: ${headline}`,
	detailHeading: 'Gebeurtenis',
	detailEmpty: 'Kies een gebeurtenis op de tijdlijn, de kaart of in de tekst.',
	detailDate: 'Datum',
	detailPlace: 'Plaats',
	detailActors: 'Betrokken',
	detailSources: 'Bronnen in het artikel',
	detailNoPlace: 'niet genoemd',
	statusReported: 'gebeurd vóór publicatie',
	statusAnnounced: 'aangekondigd, nog niet gebeurd bij publicatie',
	approximate: 'bij benadering',
	clearSelection: 'Selectie wissen',
	previousEvent: 'Vorige gebeurtenis',
	nextEvent: 'Volgende gebeurtenis',
	eventListHeading: 'Alle gebeurtenissen',
	showInArticle: (n: number) => `Toon alinea ${n} in het artikel`,
	footerData: 'Gegevens en bronnen staan in de map data/ van het project.',
	notFound: 'Deze pagina bestaat niet.',
	// Present mode (classroom): one event per step, for a projector.
	presentLink: 'Presenteren in de klas',
	presentBack: 'Terug naar het verhaal',
	presentControls: 'Presentatie bedienen',
	presentProgress: (step: number, total: number, what: string) => `Stap ${step} van ${total}: ${what}`,
	presentPrevious: 'Vorige stap',
	presentNext: 'Volgende stap',
	presentNotes: 'Notities',
	presentNotesHeading: 'Vragen voor de klas',
	presentNoQuestions: 'Geen vragen bij deze stap.',
	presentFullscreen: 'Volledig scherm',
	presentKeys:
		'Toetsen: → of spatie volgende stap, ← vorige, Home en End eerste en laatste, F volledig scherm, N notities.',
	presentStart: 'Druk op → of spatie om te beginnen.',
	presentTitleStep: 'Titel',
	presentSourcesHeading: 'Alle bronnen in het artikel',
	presentQuotesHeading: 'In het artikel',
	presentUntranslated: (language: string) =>
		`Letterlijk geciteerd, ${language} zoals het artikel; de gegevens hebben geen vertaling.`
};

export type Messages = typeof nl;

const en: Messages = {
	siteName: 'Diplomatic Timeline',
	siteTagline: 'News stories as a timeline and a map, every event linked to the words in the article.',
	storiesHeading: 'Stories',
	eventCount: (n) => (n === 1 ? '1 event' : `${n} events`),
	openStory: 'Open the story',
	languageSwitchLabel: 'Language',
	languageName: { nl: 'Nederlands', en: 'English' },
	inLanguage: { nl: 'in Dutch', en: 'in English' },
	skipToContent: 'Skip to content',
	backToStories: 'All stories',
	basedOnArticle: (date, language) => `Based on a news article of ${date}, ${language}.`,
	publicationNoteLabel: 'How do we know the date?',
	timelineHeading: 'Timeline',
	timelineLabel: (title) => `Timeline of ${title}`,
	timelineBefore: 'earlier',
	timelineAfter: 'later',
	articlePublished: 'article published',
	legendReported: 'happened',
	legendAnnounced: 'announced',
	legendApproximate: 'approximate date',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	resetView: 'Back to the start',
	timelineKeys:
		'Arrow keys: previous or next event. Home and End: first and last. Enter: select. Plus and minus: zoom.',
	overviewLabel: 'Overview of the whole period; drag to move the visible part',
	clusterLabel: (n, period) => `${n} events, ${period}: zoom in`,
	offscreenLabel: (n, nearest) =>
		n === 1 ? `Out of view: ${nearest}` : `${n} events out of view, the nearest: ${nearest}`,
	visibleEventsCaption: (shown, total) =>
		shown === total ? `Events in view (${shown})` : `First ${shown} of ${total} events in view`,
	mapHeading: 'Map',
	embedOpenFullStory: 'Open the full story',
	embedNewWindow: '(opens outside this frame)',
	mapLabel: (title) => `Map of the places in ${title}`,
	mapCredit: 'Map: Natural Earth',
	placeEvents: (place, n) => `${place}: ${n === 1 ? '1 event' : `${n} events`}`,
	mapShowList: 'Show as list',
	articleHeading: 'The article',
	articleIntro: 'The highlighted words support the events. Pick one to show its event.',
	paragraphLabel: (n) => `paragraph ${n}`,
	quoteSupports: (headline) => `supports: ${headline}`,
	detailHeading: 'Event',
	detailEmpty: 'Pick an event on the timeline, the map or in the text.',
	detailDate: 'Date',
	detailPlace: 'Place',
	detailActors: 'Involved',
	detailSources: 'Sources in the article',
	detailNoPlace: 'not named',
	statusReported: 'happened before publication',
	statusAnnounced: 'announced, still ahead at publication',
	approximate: 'approximate',
	clearSelection: 'Clear selection',
	previousEvent: 'Previous event',
	nextEvent: 'Next event',
	eventListHeading: 'All events',
	showInArticle: (n) => `Show paragraph ${n} in the article`,
	footerData: 'Data and sources live in the project’s data/ folder.',
	notFound: 'This page does not exist.',
	presentLink: 'Present in class',
	presentBack: 'Back to the story',
	presentControls: 'Presentation controls',
	presentProgress: (step, total, what) => `Step ${step} of ${total}: ${what}`,
	presentPrevious: 'Previous step',
	presentNext: 'Next step',
	presentNotes: 'Notes',
	presentNotesHeading: 'Questions for the class',
	presentNoQuestions: 'No questions for this step.',
	presentFullscreen: 'Full screen',
	presentKeys: 'Keys: → or Space next step, ← previous, Home and End first and last, F full screen, N notes.',
	presentStart: 'Press → or Space to start.',
	presentTitleStep: 'Title',
	presentSourcesHeading: 'All sources in the article',
	presentQuotesHeading: 'In the article',
	presentUntranslated: (language) =>
		`Quoted word for word, ${language} as in the article; the data holds no translation.`
};

const MESSAGES: Record<Lang, Messages> = { nl, en };

export function messages(lang: Lang): Messages {
	return MESSAGES[lang];
}
