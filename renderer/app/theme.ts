import { useEffect } from 'react';
import type { ThemePreference } from '../store/persisted-schema';

/** Applies the theme preference to <html data-theme>; 'system' follows the OS through CSS. */
export function useApplyTheme(theme: ThemePreference): void {
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);
}
