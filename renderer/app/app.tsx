import { Tabs } from 'radix-ui';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { AboutPanel } from '../features/about/about-panel';
import { EngineerPanel } from '../features/about/engineer-panel';
import { SourcesPanel } from '../features/about/sources-panel';
import { ShortcutSheet } from '../features/about/shortcut-sheet';
import { placeToRestore } from '../../core/desktop/last-place';
import { KeptAsidePanel } from '../features/settings/kept-aside-panel';
import { ServersArea } from '../features/checklist/servers-area';
import { SiteArea } from '../features/site/site-area';
import { CertificatesArea } from '../features/certificates/certificates-area';
import { CommandsArea } from '../features/commands/commands-area';
import { SignoffArea } from '../features/signoff/signoff-area';
import { useRunbook } from '../store/store-context';
import { areas, type AreaId } from './areas';
import { AreaIcon } from './area-icon';
import { ConfirmDialog } from './confirm-dialog';
import { DemoBanner, useDesktopBridge } from './desktop';
import {
  NavigationContext,
  type Intent,
  type LeaveGuard,
  type Navigation,
  type Question,
} from './navigation';
import { NoticesBanner } from './notices-banner';
import { useApplyTheme } from './theme';
import { ThemeSwitch } from './theme-switch';

/** Below this window width the sidebar starts as a narrow rail, leaving the width to the work. */
const WIDE_WINDOW = 1500;

/** The window: navigation on the left (arrow keys move, Enter/Space opens), the area on the right. */
export function App() {
  const theme = useRunbook((s) => s.preferences.theme);
  useApplyTheme(theme);
  const lastPlace = useRunbook((s) => s.lastPlace);
  // Where the engineer was (core checks the saved area still exists; the step is the Servers area's).
  const [area, setArea] = useState<AreaId>(
    () =>
      placeToRestore(
        lastPlace,
        (a) => areas.some((x) => x.id === a),
        () => true,
        'site',
      ).area as AreaId,
  );
  const [intent, setIntent] = useState<Intent | null>(null);
  const [narrow, setNarrow] = useState(() => window.innerWidth < WIDE_WINDOW);
  const [question, setQuestion] = useState<Question | null>(null);
  const answer = useRef<((yes: boolean) => void) | null>(null);
  const guard = useRef<LeaveGuard | null>(null);

  const confirm = useCallback(
    (q: Question) =>
      new Promise<boolean>((resolve) => {
        answer.current = resolve;
        setQuestion(q);
      }),
    [],
  );
  const leave = useCallback(
    (action: () => void) => {
      const lost = guard.current?.() ?? null;
      if (lost === null) {
        action();
        return;
      }
      void confirm({
        title: 'Leave without saving?',
        message: lost,
        yes: 'Leave without saving',
        no: 'Stay',
      }).then((yes) => {
        if (yes) {
          guard.current = null;
          action();
        }
      });
    },
    [confirm],
  );
  const nav: Navigation = useMemo(
    () => ({
      area,
      intent,
      go: (next, nextIntent) =>
        leave(() => {
          setIntent(nextIntent ?? null);
          setArea(next);
        }),
      consume: () => setIntent(null),
      leave,
      setGuard: (g) => {
        guard.current = g;
      },
      confirm,
    }),
    [area, intent, leave, confirm],
  );

  // Help › Keyboard shortcuts, sources, About: open Settings, then focus the panel's heading as
  // soon as it is on screen (the area may take a few frames: look again each frame, up to a second).
  useDesktopBridge(nav, (panel) => {
    nav.go('settings');
    const focusWhenShown = (framesLeft: number) => {
      const el = document.getElementById(`${panel}-title`);
      if (el && el.getClientRects().length > 0) {
        el.scrollIntoView({ block: 'start' });
        el.focus();
      } else if (framesLeft > 0) requestAnimationFrame(() => focusWhenShown(framesLeft - 1));
    };
    requestAnimationFrame(() => focusWhenShown(60));
  });

  // One component per area; the Record makes the compiler prove every area has one.
  const content: Record<AreaId, ReactNode> = {
    site: <SiteArea />,
    servers: <ServersArea />,
    certificates: <CertificatesArea />,
    commands: <CommandsArea />,
    signoff: <SignoffArea />,
    settings: (
      <>
        <section className="panel" aria-labelledby="appearance-title">
          <h2 id="appearance-title">Appearance</h2>
          <p className="muted">
            The console drawings stay light in the dark theme, as the real consoles are.
          </p>
          <ThemeSwitch />
        </section>
        <EngineerPanel />
        <ShortcutSheet />
        <KeptAsidePanel />
        <SourcesPanel />
        <AboutPanel />
      </>
    ),
  };

  return (
    <NavigationContext.Provider value={nav}>
      <div className="app">
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <Tabs.Root
          className={`shell${narrow ? ' shell-narrow' : ''}`}
          orientation="vertical"
          activationMode="manual"
          value={area}
          onValueChange={(v) => nav.go(v as AreaId)}
        >
          <nav className="sidebar" aria-label="Areas">
            <div className="brand">
              <span className="brand-mark" aria-hidden="true" />
              <span className="brand-name">Secure SMTP Runbook</span>
            </div>
            <Tabs.List className="nav" aria-label="Areas">
              {areas.map((a) => (
                <Tabs.Trigger
                  key={a.id}
                  value={a.id}
                  className="nav-item"
                  title={narrow ? `${a.label}: ${a.hint}` : a.hint}
                >
                  <AreaIcon area={a.id} />
                  <span className="nav-label">{a.label}</span>
                </Tabs.Trigger>
              ))}
            </Tabs.List>
            <button
              type="button"
              className="sidebar-toggle secondary"
              aria-expanded={!narrow}
              aria-label={narrow ? 'Expand the menu' : 'Collapse the menu'}
              title={narrow ? 'Expand the menu' : 'Collapse the menu'}
              onClick={() => setNarrow((n) => !n)}
            >
              <span aria-hidden="true">{narrow ? '»' : '«'}</span>
            </button>
          </nav>
          <main id="main" className="content" tabIndex={-1}>
            <NoticesBanner />
            <DemoBanner />
            {areas.map((a) => (
              <Tabs.Content key={a.id} value={a.id} className="area">
                {content[a.id]}
              </Tabs.Content>
            ))}
          </main>
        </Tabs.Root>
        <ConfirmDialog
          question={question}
          onAnswer={(yes) => {
            setQuestion(null);
            answer.current?.(yes);
            answer.current = null;
          }}
        />
      </div>
    </NavigationContext.Provider>
  );
}
