import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from './main';

export { main } from './main';

/** True when this file is the program being run (directly, via tsx, or via the npm bin link). */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `smtp-runbook: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
