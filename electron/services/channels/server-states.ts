import type { Handlers } from '../../../core/ipc/dispatch';
import { join } from 'node:path';
import { keepStateCopies } from '../server-state/keep';
import { readStickStates } from '../server-state/stick';
import type { AppChannelDeps } from './app';
import type { ReportChannelDeps } from './report';

/**
 * state:read-stick: reads only the folder the user answered the picker with, and keeps a copy of
 * each readable state file beside the evidence (server-states/<SHA-256>.xml).
 */
export function createStateChannels(
  deps: AppChannelDeps & { readonly report: Pick<ReportChannelDeps, 'evidenceDir'> },
): Pick<Handlers, 'state:read-stick'> {
  return {
    'state:read-stick': async () => {
      const folder = await deps.pickFolder('import');
      if (folder === null) return null;
      const files = await readStickStates(folder);
      await keepStateCopies(folder, files, join(deps.report.evidenceDir, 'server-states'));
      return { folder, files };
    },
  };
}
