#!/usr/bin/env node
// Merges an errand's new contacts and sources into the shared registries.
// Usage: node scripts/add-registry.mjs flows/<errand>/registry-additions.json
// The file: { "contacts": { id: {phone?, web?, local?, sources?} },
//             "sources": { id: {url, checked} },
//             "contactNames": { "sv": { id: {name, find} }, "en": { id: {name, find} } } }
// Existing ids are never overwritten; a clash with different content is an error.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: node scripts/add-registry.mjs <additions.json>');
const add = JSON.parse(readFileSync(file, 'utf8'));
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));
const write = (p, v) => writeFileSync(p, JSON.stringify(v, null, 2) + '\n');

function merge(target, additions, what) {
  for (const [id, v] of Object.entries(additions ?? {})) {
    if (id in target && JSON.stringify(target[id]) !== JSON.stringify(v)) {
      console.error(`${what} "${id}" exists with other content; keeping the existing one`);
      continue;
    }
    target[id] = v;
  }
}

const contacts = read('flows/contacts.json');
merge(contacts, add.contacts, 'contact');
write('flows/contacts.json', contacts);
const sources = read('flows/sources.json');
merge(sources, add.sources, 'source');
write('flows/sources.json', sources);
for (const [lang, names] of Object.entries(add.contactNames ?? {})) {
  const p = `locales/${lang}/common.json`;
  const common = read(p);
  merge((common.contacts ??= {}), names, `${lang} contact name`);
  write(p, common);
}
console.log('merged', file);
