// Checks that the Node versions vpo-live states are true and stated alike everywhere: package.json `engines`
// (the one source), the lockfile's copy of it, `.nvmrc`, the README, every locked package's own `engines`
// (each must accept every version we claim — what `npm ci` warns about as EBADENGINE), and the Node running
// this check (CI's). Exits 1 with one line per problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

const root = join(import.meta.dirname, '..');
const read = (file) => readFileSync(join(root, file), 'utf8');
const range = JSON.parse(read('package.json')).engines.node;
const lock = JSON.parse(read('package-lock.json'));
const problems = [];

if (lock.packages[''].engines?.node !== range)
  problems.push('package-lock.json: engines differ from package.json');
const nvmrc = read('.nvmrc').trim();
if (!semver.satisfies(semver.coerce(nvmrc) ?? '0.0.0', range))
  problems.push(`.nvmrc ${nvmrc} is outside ${range}`);
if (!read('README.md').includes(`\`${range}\``)) problems.push(`README.md does not state \`${range}\``);
if (!semver.satisfies(process.version, range))
  problems.push(`this Node ${process.version} is outside ${range}`);

let checked = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  const theirs = entry.engines?.node;
  if (path === '' || typeof theirs !== 'string') continue;
  checked += 1;
  if (!semver.validRange(theirs) || !semver.subset(range, theirs)) {
    problems.push(`${path.replace(/^.*node_modules\//, '')}@${entry.version} supports Node ${theirs} only`);
  }
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`engines: ${problem}`);
  process.exit(1);
}
console.log(
  `engines: Node ${range} — ${checked} locked packages accept it; .nvmrc ${nvmrc}; running ${process.version}`,
);
