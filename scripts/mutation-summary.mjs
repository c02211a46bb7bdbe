// Summarises StrykerJS JSON reports (`npm run mutation` writes reports/mutation/mutation.json):
// the score per mutated file and overall, then every surviving or uncovered mutant with its
// line and replacement, for the triage in docs/mutation.md.
//
//   node scripts/mutation-summary.mjs [report.json ...]
import { readFileSync } from 'node:fs';

const paths = process.argv.slice(2);
if (!paths.length) paths.push('reports/mutation/mutation.json');

const files = {};
for (const path of paths) Object.assign(files, JSON.parse(readFileSync(path, 'utf8')).files);

const DETECTED = ['Killed', 'Timeout'];
const UNDETECTED = ['Survived', 'NoCoverage'];
const count = (mutants, statuses) => mutants.filter((m) => statuses.includes(m.status)).length;
/** Stryker's mutation score: detected over detected + undetected (ignored and errors left out). */
const score = (mutants) => {
  const detected = count(mutants, DETECTED);
  const valid = detected + count(mutants, UNDETECTED);
  return valid ? `${((100 * detected) / valid).toFixed(1)} %` : 'n/a';
};

const rows = [['file', 'score', 'killed', 'timeout', 'survived', 'no coverage', 'ignored (static)']];
const all = [];
for (const [file, { mutants }] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
  all.push(...mutants);
  rows.push([
    file,
    score(mutants),
    count(mutants, ['Killed']),
    count(mutants, ['Timeout']),
    count(mutants, ['Survived']),
    count(mutants, ['NoCoverage']),
    count(mutants, ['Ignored']),
  ]);
}
rows.push([
  'all',
  score(all),
  count(all, ['Killed']),
  count(all, ['Timeout']),
  count(all, ['Survived']),
  count(all, ['NoCoverage']),
  count(all, ['Ignored']),
]);
console.log(rows.map((row) => `| ${row.join(' | ')} |`).join('\n'));

console.log('\nUndetected mutants:');
for (const [file, { mutants, source }] of Object.entries(files)) {
  const lines = source.split('\n');
  for (const m of mutants.filter((m) => UNDETECTED.includes(m.status))) {
    const { line } = m.location.start;
    console.log(`${file}:${line} ${m.status} ${m.mutatorName}: ${JSON.stringify(m.replacement ?? '')}`);
    console.log(`    ${lines[line - 1]?.trim()}`);
  }
}
