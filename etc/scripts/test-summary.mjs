// Adds up the results of every suite and prints the one line CI reads: "N passed, N failed, N skipped".
// Arguments: the results folder. A suite that ran but left no result file counts as one failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const folder = process.argv[2];
const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (name, passed, failed, skipped) => {
  totals.passed += passed; totals.failed += failed; totals.skipped += skipped;
  // Worded unlike the closing line, so that only the closing line reads as the run's summary.
  console.log(`  ${name} (passed ${passed}, failed ${failed}, skipped ${skipped})`);
};
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

const dotnet = join(folder, 'dotnet');
const reports = existsSync(dotnet) ? readdirSync(dotnet, { recursive: true }).filter((f) => f.endsWith('.ctrf')) : [];
for (const file of reports) {
  const { results } = read(join(dotnet, file));
  const s = results.summary;
  const suite = results.extra?.suites?.[0]?.filePath;
  add(suite ? basename(suite, '.dll') : file, s.passed, s.failed, s.skipped + (s.pending ?? 0) + (s.other ?? 0));
  for (const test of results.tests.filter((t) => t.status === 'failed')) console.log(`    failed: ${test.name}`);
}
const unit = join(folder, 'unit.json');
if (existsSync(unit)) {
  const u = read(unit);
  add('angular unit', u.numPassedTests, u.numFailedTests, u.numPendingTests + u.numTodoTests);
}
const e2e = join(folder, 'e2e.json');
if (existsSync(e2e)) {
  const e = read(e2e);
  add('angular e2e', e.stats.expected + e.stats.flaky, e.stats.unexpected + (e.errors?.length ?? 0), e.stats.skipped);
}
const crash = join(folder, 'crash.json');
if (existsSync(crash)) {
  // etc/scripts/checkout-crash-test.sh: each invariant it checks counts as one test.
  const c = read(crash);
  add('checkout crash test', c.passed, c.failed, 0);
  for (const name of c.failedChecks ?? []) console.log(`    failed: ${name}`);
}
for (const marker of existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.crashed')) : []) {
  add(marker.replace('.crashed', '') + ' (did not finish)', 0, 1, 0);
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
