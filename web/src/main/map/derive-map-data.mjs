// Writes the search page's map data into the folder given as the only argument: the Natural Earth 1:110m
// countries of world-atlas exactly as the package ships them, and country-codes.json, which names each of
// their ISO 3166-1 numeric ids by the alpha-2 code the search's country facet uses. Only ids the atlas
// draws are listed, so the page loads a small table.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const atlasFile = require.resolve('world-atlas/countries-110m.json');
const isoCodes = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/codes.json'), 'utf8'));

// Kosovo has no ISO numeric code, so the atlas gives it no id; the library's gazetteer files its cities
// under the user-assigned XK, as GeoNames does, and the map keys it by the atlas's name instead.
const BY_NAME = { Kosovo: 'XK' };

const out = process.argv[2];
if (!out) {
  console.error('usage: node derive-map-data.mjs OUTPUT_FOLDER');
  process.exit(2);
}

const alpha2ByNumeric = new Map(isoCodes.map(([alpha2, , numeric]) => [numeric, alpha2]));
const atlas = JSON.parse(readFileSync(atlasFile, 'utf8'));
const byId = {};
const byName = {};
const unnamed = [];
for (const geometry of atlas.objects.countries.geometries) {
  const name = geometry.properties && geometry.properties.name;
  if (geometry.id !== undefined && alpha2ByNumeric.has(geometry.id)) {
    byId[geometry.id] = alpha2ByNumeric.get(geometry.id);
  } else if (BY_NAME[name]) {
    byName[name] = BY_NAME[name];
  } else {
    unnamed.push(name);
  }
}

// A renumbered or reshaped package would otherwise leave the map quietly grey.
const named = Object.keys(byId).length + Object.keys(byName).length;
if (named < 170 || byId['250'] !== 'FR' || byId['170'] !== 'CO') {
  console.error(`map data: only ${named} countries named by ISO code, or France (250) or Colombia (170) misnamed`);
  process.exit(1);
}

mkdirSync(out, { recursive: true });
copyFileSync(atlasFile, join(out, 'countries-110m.json'));
writeFileSync(join(out, 'country-codes.json'), JSON.stringify({ byId, byName }) + '\n');
console.log(`map data: ${named} countries named by ISO code; `
  + `drawn without one (never clickable): ${unnamed.join(', ') || 'none'}`);
