// The filter dimensions: `key` names it in the URL hash and in the core's values, facet counts and
// query selections (the core's dimension_name), `legend` its filter group's title (ui-strings.js).
import { ui } from './ui-strings.js';

const KEYS = ['day', 'kind', 'section', 'speaker', 'org',
  // Only imported schedules (frab/c3voc, pretalx) have rooms, tracks and languages; for a post
  // these groups have no values and so are not shown.
  'room', 'track', 'language'];

// The legend is read when drawn: the page's words may arrive after this module ran (ui-strings.js).
export const DIMENSIONS = KEYS.map((key) => ({ key, get legend() { return ui.legend[key]; } }));

export const DIMENSION_KEYS = DIMENSIONS.map((d) => d.key);
