// Builds the gazetteer the triage reads (src/main/resources/routing/communes.tsv) from the official
// one, @etalab/decoupage-administratif (INSEE's Code officiel géographique, La Poste's postcodes; data
// under the Licence Ouverte, code MIT), pinned in package.json. Run after bumping that package:
//
//   cd frontend && npm run gen:gazetteer
//
// and commit the table (docs/decisions/0013-gazetteer.md). The output is sorted and stable: the same
// package version always writes the same bytes, so a regenerated table diffs commune by commune.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const PACKAGE = '@etalab/decoupage-administratif';
const version = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8')).version;
const communes = require(`${PACKAGE}/data/communes.json`);
const departments = require(`${PACKAGE}/data/departements.json`);
const regions = require(`${PACKAGE}/data/regions.json`);

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'main', 'resources', 'routing', 'communes.tsv');

const SAINTS = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };
const ORDINAL = /^(\d{1,2})(?:er|re|e|eme|em|ieme|nd|nde)$/;
const NOISE = new Set(['arrondissement', 'arr', 'arrt']);

/**
 * The folded key of a place name. Must stay identical to Keys.placeKey in Java (GazetteerTest checks
 * every row): accents and case folded, œ/æ spelled out, any run of other characters (hyphens,
 * apostrophes, dots, brackets) one space, St/Ste read as Saint/Sainte, "13e"/"13ème" as "13", and the
 * word "arrondissement" dropped.
 */
export function placeKey(text) {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
  return folded
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '' && !NOISE.has(t))
    .map((t) => SAINTS[t] ?? t.replace(ORDINAL, '$1'))
    .join(' ');
}

const clean = (s) => {
  if (/[\t\n\r]/.test(s)) throw new Error(`a tab or newline in ${JSON.stringify(s)}`);
  return s;
};

const lines = [
  `# Every commune of France, built by frontend/scripts/build-gazetteer.mjs from ${PACKAGE} ${version}`,
  '# (INSEE Code officiel géographique and La Poste postcodes, Licence Ouverte). Do not edit by hand:',
  '# cd frontend && npm run gen:gazetteer',
  '# R  region code, name',
  '# D  department code, name, region code',
  '# C  current commune: INSEE code, name, key, department code, population, postcodes (space-separated)',
  '# A  another name of a current commune (a municipal arrondissement of Paris, Lyon or Marseille, a',
  '#    commune déléguée or associée, a name without its bracketed qualifier): its own code, name, key,',
  '#    the INSEE code of the commune it belongs to, and its own postcodes when it has some',
];

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
for (const r of [...regions].sort(byCode)) lines.push(['R', r.code, clean(r.nom)].join('\t'));
for (const d of [...departments].sort(byCode)) lines.push(['D', d.code, clean(d.nom), d.region].join('\t'));

const current = communes.filter((c) => c.type === 'commune-actuelle').sort(byCode);
const currentByCode = new Map(current.map((c) => [c.code, c]));
for (const c of current) {
  const postcodes = [...new Set(c.codesPostaux ?? [])].sort();
  lines.push(['C', c.code, clean(c.nom), placeKey(c.nom), c.departement, String(c.population ?? 0), postcodes.join(' ')].join('\t'));
}

// Other names a person may give for a current commune. An alias whose key is the commune's own key adds nothing.
const aliases = new Map();
const alias = (code, name, target, postcodes) => {
  const commune = currentByCode.get(target);
  const key = placeKey(name);
  if (!commune || key === '' || key === placeKey(commune.nom)) return;
  const id = `${key}\t${target}`;
  const seen = aliases.get(id);
  if (seen) {
    seen.postcodes = [...new Set([...seen.postcodes, ...postcodes])].sort();
    return;
  }
  aliases.set(id, { code, name, key, target, postcodes: [...new Set(postcodes)].sort() });
};
for (const c of communes) {
  if (c.type === 'arrondissement-municipal') alias(c.code, c.nom, c.commune, c.codesPostaux ?? []);
  else if (c.type === 'commune-deleguee' || c.type === 'commune-associee') alias(c.code, c.nom, c.chefLieu, []);
}
for (const c of current) {
  const bare = c.nom.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (bare !== c.nom) alias(c.code, bare, c.code, []);
}
const sortedAliases = [...aliases.values()].sort((a, b) => byCode(a, b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
for (const a of sortedAliases) lines.push(['A', a.code, clean(a.name), a.key, a.target, a.postcodes.join(' ')].join('\t'));

writeFileSync(OUT, `${lines.join('\n')}\n`);
console.log(`${OUT}: ${current.length} communes, ${sortedAliases.length} other names, ${departments.length} departments, ${regions.length} regions`);
