#!/usr/bin/env node
// Regenerates candidature-service's reference data (src/main/resources/referentiels/) from maintained
// open-data sources, so that no list is typed by hand. Run it by hand when a source publishes a new
// edition, review the diff, commit the result: the build reads the committed files and needs no npm.
//
//   node candidature-service/referentiels/generer.mjs [--cog-version 6.0.0] [--cj-git <git dir>] [--cj-rev <rev>]
//
// - Territory: the npm package @etalab/decoupage-administratif (code officiel géographique of INSEE),
//   fetched with `npm pack` at the given version; its version is written in the generated files.
// - Catégories juridiques (level 3): no npm or Maven package ships the INSEE nomenclature, so it is read
//   from the Annuaire des Entreprises (DINUM) site repository, file CJ_FICHIER below, at a given
//   revision of a local clone (--cj-git); the revision is written in the generated file. Without
//   --cj-git the committed file is left as it is.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ICI = dirname(fileURLToPath(import.meta.url));
const SORTIE = join(ICI, '..', 'src', 'main', 'resources', 'referentiels');
const CJ_FICHIER = 'src/utils/helpers/formatting/metadata/categories-juridiques.ts';
// Collectivités d'outre-mer where the law of 31 July 2014 on the ESS (and so the PTCE calls) applies
// as in mainland France. New Caledonia, French Polynesia, Wallis-et-Futuna, the TAAF and Clipperton
// have their own legislation on these matters and are left out.
const COM_RETENUES = new Set(['975', '977', '978']);

const args = process.argv.slice(2);
const option = (nom, defaut) => {
  const i = args.indexOf(nom);
  return i >= 0 ? args[i + 1] : defaut;
};

function cog(version) {
  const dir = mkdtempSync(join(tmpdir(), 'cog-'));
  const tgz = execFileSync('npm', ['pack', `@etalab/decoupage-administratif@${version}`, '--silent'], { cwd: dir })
    .toString().trim().split('\n').pop();
  execFileSync('tar', ['xzf', tgz], { cwd: dir });
  const pkg = join(dir, 'package');
  const lu = (f) => JSON.parse(readFileSync(join(pkg, f), 'utf8'));
  const vraieVersion = lu('package.json').version;
  const source = `@etalab/decoupage-administratif ${vraieVersion} (npm)`;
  const retenu = (zone, code) => zone === 'metro' || zone === 'drom' || COM_RETENUES.has(code);

  const departements = lu('data/departements.json').filter((d) => retenu(d.zone, d.code));
  const nomsRegions = new Map(lu('data/regions.json').map((r) => [r.code, r.nom]));
  // A collectivité d'outre-mer is its own "region" in the COG: its name stands for both.
  const ligneDepartement = (d) => [d.code, d.nom, nomsRegions.get(d.region) ?? d.nom].join(';');
  const depRetenus = new Set(departements.map((d) => d.code));

  const communes = lu('data/communes.json').filter((c) => depRetenus.has(c.departement));
  const actuelles = new Map();
  communes.filter((c) => c.type === 'commune-actuelle').forEach((c) => actuelles.set(c.code, c));
  // Old code → current commune: communes déléguées and associées (chefLieu), codes the current commune
  // had before (anciensCodes: merged communes without a delegated one, Corsica's 20xxx), and the
  // municipal arrondissements of Paris, Lyon and Marseille (commune).
  const anciennes = new Map();
  // A delegated or associated commune's present attachment wins over a former one listed in anciensCodes
  // (55273 Lamarche-en-Woëvre, once associated with 55245, is now associated with 55386).
  const relier = (ancien, actuel, present) => {
    if (ancien === actuel || actuelles.has(ancien)) return;
    if (!actuelles.has(actuel)) throw new Error(`${ancien} renvoie à ${actuel}, qui n'est pas une commune actuelle`);
    if (anciennes.has(ancien)) {
      if (present && anciennes.get(ancien) !== actuel) throw new Error(`${ancien} rattachée à ${anciennes.get(ancien)} et à ${actuel}`);
      return;
    }
    anciennes.set(ancien, actuel);
  };
  for (const c of communes) {
    if (c.type === 'commune-deleguee' || c.type === 'commune-associee') relier(c.code, c.chefLieu, true);
    if (c.type === 'arrondissement-municipal') relier(c.code, c.commune, true);
  }
  for (const c of communes) {
    (c.anciensCodes ?? []).forEach((a) => relier(a, c.code, false));
  }
  const tri = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const entete = (quoi, colonnes) => `# ${quoi} — source : ${source} ; généré par candidature-service/referentiels/generer.mjs\n${colonnes}\n`;
  writeFileSync(join(SORTIE, 'departements.csv'), entete('Départements et collectivités d\'outre-mer retenus', 'code;nom;region')
    + departements.map(ligneDepartement).sort(tri).join('\n') + '\n');
  writeFileSync(join(SORTIE, 'communes.csv'), entete('Communes actuelles', 'code;nom;departement')
    + [...actuelles.values()].map((c) => [c.code, c.nom, c.departement].join(';')).sort(tri).join('\n') + '\n');
  writeFileSync(join(SORTIE, 'communes-anciennes.csv'), entete('Anciens codes (communes fusionnées, déléguées, associées, arrondissements municipaux) et commune actuelle', 'ancien;actuel')
    + [...anciennes.entries()].map((e) => e.join(';')).sort(tri).join('\n') + '\n');
  console.log(`${source} : ${departements.length} départements, ${actuelles.size} communes, ${anciennes.size} anciens codes`);
}

function categoriesJuridiques(gitDir, rev) {
  const commit = execFileSync('git', ['--git-dir', gitDir, 'rev-parse', rev]).toString().trim();
  const texte = execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${CJ_FICHIER}`]).toString();
  const lignes = [];
  // Entries read as `"5710": "SAS, société par actions simplifiée",`, the label possibly on the next line.
  for (const m of texte.matchAll(/"([0-9]{4})":\s*"((?:[^"\\]|\\.)*)"/g)) {
    lignes.push(`${m[1]};${m[2].replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim()}`);
  }
  if (lignes.length < 200) throw new Error(`seulement ${lignes.length} catégories lues dans ${CJ_FICHIER}`);
  writeFileSync(join(SORTIE, 'categories-juridiques.csv'),
    `# Catégories juridiques INSEE, niveau III — source : annuaire-entreprises-data-gouv-fr/site ${commit} ${CJ_FICHIER} ; généré par candidature-service/referentiels/generer.mjs\ncode;libelle\n`
    + lignes.sort().join('\n') + '\n');
  console.log(`catégories juridiques : ${lignes.length} (annuaire-entreprises-data-gouv-fr/site ${commit})`);
}

mkdirSync(SORTIE, { recursive: true });
cog(option('--cog-version', '6.0.0'));
const cjGit = option('--cj-git');
if (cjGit) categoriesJuridiques(cjGit, option('--cj-rev', 'HEAD'));
