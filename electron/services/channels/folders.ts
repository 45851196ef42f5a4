import { AppErrorException, appError } from '../../../core/errors';

/**
 * Keys are written only to a folder the user chose in this session (the folder picker or the list
 * of USB drives): the app channels record the choices, the bundle channels require them.
 */
export function createChosenFolders() {
  const chosen = new Set<string>();
  return {
    /** The user picked this folder (dialog or drive list). */
    add(folder: string): void {
      chosen.add(folder);
    },
    /** Refuses a folder the user did not choose in this session, whatever the renderer asks. */
    require(folder: string): void {
      if (!chosen.has(folder))
        throw new AppErrorException(
          appError(
            'folder-not-chosen',
            'folder',
            'Choose the export folder first, with "Choose a folder…" or from the list of USB sticks.',
          ),
        );
    },
  };
}

export type ChosenFolders = ReturnType<typeof createChosenFolders>;
