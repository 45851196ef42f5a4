// `npm test`: every layer, in order, with one summary at the end.
//   1. typecheck (each process) and lint   2. build   3. unit + interop (Vitest)
//   4. e2e (Playwright + Debian Chromium)  5. electron (_electron; skips with one line without the binary)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const results = [];
const counts = { passed: 0, failed: 0, skipped: 0 };

function run(name, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

rmSync('test-results/reports', { recursive: true, force: true });
mkdirSync('test-results/reports', { recursive: true });

run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
run('lint', 'npm', ['run', '--silent', 'lint']);
const built = run('build', 'npm', ['run', '--silent', 'build']);
run('unit+interop', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/reports/vitest.json',
]);
const vitest = readJson('test-results/reports/vitest.json');
if (vitest) {
  counts.passed += vitest.numPassedTests;
  counts.failed += vitest.numFailedTests;
  counts.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}
if (built) {
  run(
    'e2e',
    'npx',
    ['playwright', 'test', '--config', 'test/e2e/playwright.config.ts', '--reporter=list,json'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: resolve('test-results/reports/e2e.json'),
    },
  );
  const e2e = readJson('test-results/reports/e2e.json');
  if (e2e?.stats) {
    counts.passed += e2e.stats.expected;
    counts.failed += e2e.stats.unexpected + (e2e.stats.flaky ?? 0);
    counts.skipped += e2e.stats.skipped;
  }
} else {
  results.push({ name: 'e2e', ok: false, seconds: '0.0' });
  console.log('e2e not run: the build failed');
}
run('electron', 'node', ['test/electron/run.mjs']);

console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds}s)`);
if (existsSync('test-results/screens')) console.log('screenshots: test-results/screens/');
const failedSteps = results.filter((r) => !r.ok).length;
if (failedSteps > 0 && counts.failed === 0) counts.failed = failedSteps; // a failed typecheck/lint/build counts
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps === 0 ? 0 : 1);
