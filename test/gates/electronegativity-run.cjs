/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by plain node (a --require preload, a child script) */
/**
 * Runs Electronegativity through its API (its CLI exits 0 even with findings) over a copy of
 * the app's sources and prints the findings as JSON. Run with --require ./no-network.cjs: the
 * tool tries to fetch translations and Electron's release list, which must fail offline.
 */
const run = require('@doyensec/electronegativity');
(async () => {
  const r = await run(
    {
      input: process.argv[2],
      output: undefined,
      isSarif: false,
      customScan: [],
      // Compares the Electron version with releases fetched from the Internet: not offline.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      electronVersionOverride: process.argv[3],
      parserPlugins: [],
    },
    false,
  );
  const issues = r.issues.map((i) => ({
    id: i.id,
    file: i.file,
    line: i.location ? i.location.line : null,
    description: i.description,
  }));
  process.stdout.write(
    `${JSON.stringify({ checks: r.globalChecks + r.atomicChecks, issues, errors: r.errors })}\n`,
  );
})().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(2);
});
