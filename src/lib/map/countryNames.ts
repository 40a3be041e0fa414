/**
 * Country names for the map, by ISO 3166-1 numeric code, for the countries stories emphasise.
 * A code missing here simply gets no name on the map.
 */
import type { Localized } from '$lib/i18n/lang';

export const COUNTRY_NAMES: Record<string, Localized> = {
	'040': { nl: 'Oostenrijk', en: 'Austria' },
	'056': { nl: 'België', en: 'Belgium' },
	'112': { nl: 'Belarus', en: 'Belarus' },
	'250': { nl: 'Frankrijk', en: 'France' },
	'276': { nl: 'Duitsland', en: 'Germany' },
	'380': { nl: 'Italië', en: 'Italy' },
	'528': { nl: 'Nederland', en: 'Netherlands' },
	'616': { nl: 'Polen', en: 'Poland' },
	'643': { nl: 'Rusland', en: 'Russia' },
	'756': { nl: 'Zwitserland', en: 'Switzerland' },
	'804': { nl: 'Oekraïne', en: 'Ukraine' },
	'826': { nl: 'Verenigd Koninkrijk', en: 'United Kingdom' },
	'840': { nl: 'Verenigde Staten', en: 'United States' }
};
