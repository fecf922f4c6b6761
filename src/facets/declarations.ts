// Sift's facet kinds. Adding one: a declaration here plus whatever fills its field (an extractor, a gazetteer kind).
// Plain data with no imports, so the web bundle can read the same list.
export const DEFAULT_FACET_DECLARATIONS = [
  {
    name: 'speaker', param: 'speaker', prefix: 'speaker', label: 'Speaker', pluralLabel: 'Speakers',
    level: 'paragraph', field: 'speaker', multi: false, entityKinds: [], exportColumn: 'speaker',
    valueFormat: 'text', entityPages: true,
  },
  {
    name: 'actor', param: 'actor', prefix: 'actor', label: 'Actor', pluralLabel: 'Actors',
    level: 'paragraph', field: 'actors', multi: true, entityKinds: ['person', 'organisation', 'state'],
    exportColumn: 'actors', valueFormat: 'text', entityPages: true,
  },
  {
    name: 'location', param: 'location', prefix: 'location', label: 'Location', pluralLabel: 'Locations',
    level: 'paragraph', field: 'locations', multi: true, entityKinds: ['place'], exportColumn: 'locations',
    valueFormat: 'text', entityPages: true,
  },
  {
    name: 'group', param: 'group', prefix: 'group', label: 'Armed group', pluralLabel: 'Armed groups',
    level: 'paragraph', field: 'groups', multi: true, entityKinds: ['armed_group'], exportColumn: 'groups',
    valueFormat: 'text', entityPages: true,
  },
  {
    name: 'outlet', param: 'outlet', prefix: 'outlet', label: 'Outlet', pluralLabel: 'Outlets',
    level: 'document', field: 'outlet', multi: false, entityKinds: [], exportColumn: 'outlet',
    valueFormat: 'text', entityPages: true,
  },
  {
    name: 'lang', param: 'lang', prefix: 'lang', label: 'Language', pluralLabel: 'Languages',
    level: 'document', field: 'lang', multi: false, entityKinds: [], exportColumn: 'lang',
    valueFormat: 'language_code', entityPages: false,
  },
] as const;
