import { Tabs } from 'radix-ui';
import { useState, type ReactNode } from 'react';
import { AboutPanel } from '../features/about/about-panel';
import { ServersArea } from '../features/checklist/servers-area';
import { SiteArea } from '../features/site/site-area';
import { CertificatesArea } from '../features/certificates/certificates-area';
import { CommandsArea } from '../features/commands/commands-area';
import { SignoffArea } from '../features/signoff/signoff-area';
import { useRunbook } from '../store/store-context';
import { areas, type AreaId } from './areas';
import { NoticesBanner } from './notices-banner';
import { useApplyTheme } from './theme';
import { ThemeSwitch } from './theme-switch';

/** The window: navigation on the left (arrow keys move, Enter/Space opens), the area on the right. */
export function App() {
  const theme = useRunbook((s) => s.preferences.theme);
  useApplyTheme(theme);
  const [area, setArea] = useState<AreaId>('site');
  // One component per area; the Record makes the compiler prove every area has one.
  const content: Record<AreaId, ReactNode> = {
    site: <SiteArea />,
    servers: <ServersArea onCreateSite={() => setArea('site')} />,
    certificates: <CertificatesArea />,
    commands: <CommandsArea />,
    signoff: <SignoffArea />,
    settings: <AboutPanel />,
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Tabs.Root
        className="shell"
        orientation="vertical"
        activationMode="manual"
        value={area}
        onValueChange={(v) => setArea(v as AreaId)}
      >
        <nav className="sidebar" aria-label="Areas">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span>Secure SMTP Runbook</span>
          </div>
          <Tabs.List className="nav" aria-label="Areas">
            {areas.map((a) => (
              <Tabs.Trigger key={a.id} value={a.id} className="nav-item" title={a.hint}>
                {a.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <ThemeSwitch />
        </nav>
        <main id="main" className="content" tabIndex={-1}>
          <NoticesBanner />
          {areas.map((a) => (
            <Tabs.Content key={a.id} value={a.id} className="area">
              {content[a.id]}
            </Tabs.Content>
          ))}
        </main>
      </Tabs.Root>
    </div>
  );
}
