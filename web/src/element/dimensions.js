// The filter dimensions: `key` names it in the URL hash and in the core's dimensionValues() and
// facets, `query` is its list in a query, `legend` its filter group's title.
export const DIMENSIONS = [
  { key: 'day', query: 'days', legend: 'Day' },
  { key: 'kind', query: 'kinds', legend: 'Kind' },
  { key: 'section', query: 'sections', legend: 'Section' },
  { key: 'speaker', query: 'speakers', legend: 'Speaker' },
  { key: 'org', query: 'orgs', legend: 'Organization' },
  // Only imported schedules (frab/c3voc, pretalx) have rooms and tracks; for a post these groups
  // have no values and so are not shown.
  { key: 'room', query: 'rooms', legend: 'Room' },
  { key: 'track', query: 'tracks', legend: 'Track' },
];

export const DIMENSION_KEYS = DIMENSIONS.map((d) => d.key);
