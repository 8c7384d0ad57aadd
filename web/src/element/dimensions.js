// The filter dimensions: `key` names it in the URL hash and in the core's values, facet counts and
// query selections (the core's dimension_name), `legend` its filter group's title.
export const DIMENSIONS = [
  { key: 'day', legend: 'Day' },
  { key: 'kind', legend: 'Kind' },
  { key: 'section', legend: 'Section' },
  { key: 'speaker', legend: 'Speaker' },
  { key: 'org', legend: 'Organization' },
  // Only imported schedules (frab/c3voc, pretalx) have rooms and tracks; for a post these groups
  // have no values and so are not shown.
  { key: 'room', legend: 'Room' },
  { key: 'track', legend: 'Track' },
];

export const DIMENSION_KEYS = DIMENSIONS.map((d) => d.key);
