import { useEffect, useRef } from 'react';
import type { MenuCommandId } from '../../core/desktop/menu';
import { SITE_FILE_EXTENSION } from '../../core/site-file/schema';
import { runbookApi } from '../runbook-api';
import { useRunbook } from '../store/store-context';
import type { Navigation } from './navigation';

/** What each menu command does in the page (main only forwards the id). */
function runCommand(
  id: MenuCommandId,
  nav: Navigation,
  setTheme: (t: 'system' | 'light' | 'dark') => void,
  showPanel: (panel: SettingsPanel) => void,
): void {
  switch (id) {
    case 'site:new':
      return nav.go('site', { kind: 'site-action', action: 'new' });
    case 'site:open':
      return nav.go('site', { kind: 'site-action', action: 'import' });
    case 'bundle:export':
      return nav.go('certificates', { kind: 'panel', panel: 'export' });
    // The Sign-off area runs the same actions as its Print… and Save PDF… buttons.
    case 'report:certificate':
      return nav.go('signoff', { kind: 'signoff-action', action: 'print' });
    case 'report:pdf':
      return nav.go('signoff', { kind: 'signoff-action', action: 'save-pdf' });
    case 'theme:system':
      return setTheme('system');
    case 'theme:light':
      return setTheme('light');
    case 'theme:dark':
      return setTheme('dark');
    case 'help:shortcuts':
      return showPanel('shortcuts');
    case 'help:sources':
      return showPanel('sources');
    case 'help:about':
      return showPanel('about');
  }
}

/**
 * The desktop's ways into the page: menu commands and site files the OS handed to main arrive
 * as events; the open area is remembered as the last place.
 */
/** The Settings panels the Help menu opens, each by its heading. */
type SettingsPanel = 'shortcuts' | 'sources' | 'about';

export function useDesktopBridge(nav: Navigation, showPanel: (panel: SettingsPanel) => void): void {
  const setTheme = useRunbook((s) => s.setTheme);
  const setArea = useRunbook((s) => s.setArea);
  const latest = useRef({ nav, showPanel, setTheme });
  useEffect(() => {
    latest.current = { nav, showPanel, setTheme };
  });
  // A site file dropped on the window opens its import preview (read in the page: no path needed).
  useEffect(() => {
    const isSiteFile = (f: File) =>
      [SITE_FILE_EXTENSION, '.json'].some((ext) => f.name.toLowerCase().endsWith(ext));
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      const file = [...e.dataTransfer.files].find(isSiteFile);
      if (!file) return;
      void file
        .text()
        .then((content) =>
          latest.current.nav.go('site', { kind: 'site-file', path: file.name, content }),
        );
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  useEffect(() => {
    const api = runbookApi();
    if (!api) return;
    const stopMenu = api.onMenuCommand(({ id }) => {
      const { nav: n, setTheme: t, showPanel: s } = latest.current;
      runCommand(id, n, t, s);
    });
    const stopFiles = api.onSiteFileGiven((file) =>
      latest.current.nav.go('site', { kind: 'site-file', ...file }),
    );
    return () => {
      stopMenu();
      stopFiles();
    };
  }, []);
  useEffect(() => setArea(nav.area), [nav.area, setArea]);
}

/** The demo site is said to be the demo on every screen, with the way to remove it. */
export function DemoBanner() {
  const demo = useRunbook((s) => s.demo);
  const removeDemo = useRunbook((s) => s.removeDemo);
  if (!demo) return null;
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner">
      <strong>Demo site.</strong>
      <span>Sample data on invented servers: nothing here is a real customer.</span>
      <button type="button" className="secondary" onClick={removeDemo}>
        Remove the demo
      </button>
    </div>
  );
}
