// `npm test`: type-check everything, then run the unit and browser suites, and end with the plain
// "N passed, N failed" line that CI counts. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const report = '.cache/vitest-report.json';
let passed = 0;
let failed = 0;

// The WebAssembly kernels are compiled from their AssemblyScript source first, so the tests run what the source says.
const wasm = spawnSync('node', ['scripts/build-wasm.mjs'], { stdio: 'inherit' });
if (wasm.status !== 0) failed++;

// `astro sync` writes .astro/types.d.ts (astro:content, import.meta.glob), which a fresh clone lacks.
spawnSync('npx', ['astro', 'sync'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const typecheck = spawnSync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], { stdio: 'inherit' });
if (typecheck.status === 0) passed++;
else failed++;
console.log(typecheck.status === 0 ? 'typecheck: ok' : 'typecheck: FAILED');

rmSync(report, { force: true });
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A suite that failed to load (syntax error, failing setup) has no tests to count: count it as a failure.
  failed += results.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  if (results.numTotalTests === 0) failed++;
} catch {
  failed++;
  console.log('vitest wrote no report: counted as a failure');
}
if (vitest.status !== 0 && failed === 0) failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
