import type { StateCreator } from 'zustand';
import type { ThemePreference } from '../persisted-schema';

export interface PreferencesSlice {
  readonly preferences: { readonly theme: ThemePreference };
  readonly setTheme: (theme: ThemePreference) => void;
}

/** The user's display preferences. */
export const createPreferencesSlice: StateCreator<PreferencesSlice, [], [], PreferencesSlice> = (
  set,
) => ({
  preferences: { theme: 'system' },
  setTheme: (theme) => set((s) => ({ preferences: { ...s.preferences, theme } })),
});
