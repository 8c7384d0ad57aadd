// web/src/element/ui-strings.js and ui-strings-de.js: the German column has exactly the English
// keys, each of the same shape (text, function of the same arity, or a table of the same keys), and
// its functions write German for the numbers they are given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN } from '../../web/src/element/ui-strings.js';
import { DE } from '../../web/src/element/ui-strings-de.js';

function sameShape(en, de, path) {
  assert.equal(typeof de, typeof en, `${path}: ${typeof en} in English, ${typeof de} in German`);
  if (typeof en === 'function') assert.equal(de.length, en.length, `${path}: arity`);
  if (typeof en === 'object') {
    assert.deepEqual(Object.keys(de).sort(), Object.keys(en).sort(), `${path}: keys`);
    for (const key of Object.keys(en)) sameShape(en[key], de[key], `${path}.${key}`);
  }
  if (typeof en === 'string') assert.ok(de.length > 0, `${path}: empty`);
}

test('the German words have every English key, in the same shape', () => {
  sameShape(EN, DE, 'ui');
});

test('counts read as each language writes them', () => {
  assert.equal(EN.shown(1, 1), '1 session shown');
  assert.equal(EN.shown(3, 14), '3 sessions shown of 14');
  assert.equal(DE.shown(1, 1), '1 Vortrag angezeigt');
  assert.equal(DE.shown(3, 14), '3 Vorträge angezeigt von 14');
  assert.equal(DE.showSessions(2), '2 Vorträge anzeigen');
  assert.notEqual(DE.views.timetable, EN.views.timetable);
});
