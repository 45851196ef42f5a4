import type { Handlers } from '../../../core/ipc/dispatch';
import { readStickStates } from '../server-state/stick';
import type { AppChannelDeps } from './app';

/** state:read-stick: reads only the folder the user answered the picker with. */
export function createStateChannels(deps: AppChannelDeps): Pick<Handlers, 'state:read-stick'> {
  return {
    'state:read-stick': async () => {
      const folder = await deps.pickFolder('import');
      if (folder === null) return null;
      return { folder, files: await readStickStates(folder) };
    },
  };
}
