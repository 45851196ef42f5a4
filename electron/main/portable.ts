import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';
import { PORTABLE_MARKER, portableDataDir } from '../../core/desktop/taskbar';

/**
 * Before `ready`: a portable build with the marker file beside its executable keeps its data
 * there (the stick carries the app and the engineer's sites together).
 */
export function setupPortableData(): void {
  const dir = portableDataDir(process.env['PORTABLE_EXECUTABLE_DIR'], (d) =>
    existsSync(join(d, PORTABLE_MARKER)),
  );
  if (dir) app.setPath('userData', dir);
}
