import { createContext, useContext } from 'react';
import type { AreaId } from './areas';

/** Where a "what next" link leads inside an area: a step, or a panel of the Certificates area. */
export type Intent =
  | { readonly kind: 'step'; readonly stepKey: string }
  | { readonly kind: 'unit'; readonly unitId: string }
  | { readonly kind: 'panel'; readonly panel: 'generate' | 'export' }
  /** The Site area: start a new site, or choose a site file to import (menu File). */
  | { readonly kind: 'site-action'; readonly action: 'new' | 'import' }
  /** The Site area: a site file the OS handed over or one dropped on the window, for preview. */
  | { readonly kind: 'site-file'; readonly path: string; readonly content: string }
  /** The Sign-off area: print the completion certificate or save it as PDF (menu File). */
  | { readonly kind: 'signoff-action'; readonly action: 'print' | 'save-pdf' };

/** Something that would be lost by leaving the current screen, in words for the warning. */
export type LeaveGuard = () => string | null;

/** The app's navigation: open an area (optionally at a place), and guard unsaved choices. */
export interface Navigation {
  readonly area: AreaId;
  /** Opens an area, after asking when a guard says something would be lost. */
  readonly go: (area: AreaId, intent?: Intent) => void;
  /** The place the last `go` asked for, until the area that shows it calls `consume`. */
  readonly intent: Intent | null;
  readonly consume: () => void;
  /** Runs `action` now, or after the engineer confirms leaving an unsaved choice behind. */
  readonly leave: (action: () => void) => void;
  /** Registers the guard of the screen on display (null removes it). */
  readonly setGuard: (guard: LeaveGuard | null) => void;
  /** Asks a yes/no question in the app's own dialog. */
  readonly confirm: (question: Question) => Promise<boolean>;
}

/** A question for the confirm dialog. */
export interface Question {
  readonly title: string;
  readonly message: string;
  readonly yes: string;
  readonly no: string;
}

export const NavigationContext = createContext<Navigation | null>(null);

/** The app's navigation (throws outside the App, where there is none). */
export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('NavigationContext is missing');
  return nav;
}
