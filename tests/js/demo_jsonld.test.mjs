// The demo page embeds the schedule as schema.org JSON-LD at build time (scripts/build-web.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { needsWeb, webDir } from '../prerequisites.mjs';

const page = join(webDir, 'index.html');

test('build/web/index.html carries the schedule as JSON-LD', { skip: needsWeb('index.html') }, () => {
  const html = readFileSync(page, 'utf8');
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  assert.equal(blocks.length, 1);
  assert.ok(!blocks[0][1].includes('<'), 'no raw < inside the data block');
  const event = JSON.parse(blocks[0][1]);
  assert.equal(event['@context'], 'https://schema.org');
  assert.equal(event['@type'], 'Event');
  assert.equal(event.subEvent.length, 14);
  for (const sub of event.subEvent) {
    assert.equal(sub['@type'], 'Event');
    assert.ok(sub.name);
    assert.match(sub.startDate, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    assert.match(sub.endDate, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  }
  const keynote = event.subEvent.find((s) => s.performer?.some((p) => p.name === 'Liz Rice'));
  assert.ok(keynote, 'a session performed by Liz Rice');
  assert.equal(keynote.performer.find((p) => p.name === 'Liz Rice').affiliation.name, 'Isovalent');
});
