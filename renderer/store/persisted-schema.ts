import { z } from 'zod';

/** The persisted store's format version. Bump it with every shape change and add a migration. */
export const STORE_VERSION = 1;
export const STORE_KEY = 'secure-smtp-runbook';

export const themeSchema = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themeSchema>;

/** What version 1 persists: only the user's preferences. */
export const persistedV1Schema = z.object({
  preferences: z.object({ theme: themeSchema }),
});

export const persistedSchema = persistedV1Schema;
export type PersistedState = z.infer<typeof persistedSchema>;
