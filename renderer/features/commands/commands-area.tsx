import { NoSite } from '../../app/no-site';
import { useMemo, useState } from 'react';
import { installScript, renderShellCommands } from '../../../core/plan';
import type { Shell } from '../../../core/quote';
import { useRunbook } from '../../store/store-context';
import { copyText } from '../checklist/clipboard';
import { usePlan } from '../checklist/use-plan';
import './commands.css';

const shells: { id: Shell; label: string; hint: string }[] = [
  {
    id: 'powershell',
    label: 'install script (PowerShell)',
    hint: 'Run in the Exchange Management Shell on the hub: .\\install-<server>.ps1 -WhatIf first, then without -WhatIf.',
  },
  {
    id: 'cmd',
    label: 'certutil (cmd)',
    hint: 'For hosts without the PowerShell PKI module (Windows Server 2008 R2).',
  },
  {
    id: 'sh',
    label: 'openssl (sh)',
    hint: 'Only if you make the certificates outside this app, on a Linux or macOS workstation.',
  },
];

/** Per hub: the whole install script, or the certutil and openssl listings, ready to copy. */
export function CommandsArea() {
  const plan = usePlan();
  const site = useRunbook((s) => s.site);
  const [hubId, setHubId] = useState<string | null>(null);
  const [shell, setShell] = useState<Shell>('powershell');
  const [copied, setCopied] = useState(false);
  const chosen = hubId ?? plan?.hubs[0]?.hubId ?? null;

  const text = useMemo(() => {
    if (!plan || !site || !chosen) return '';
    if (shell !== 'powershell') return renderShellCommands(plan, chosen, shell);
    const script = installScript(site, chosen, { now: new Date() });
    return script.ok ? script.value.content : `# ${script.error.message}`;
  }, [plan, site, chosen, shell]);

  if (!plan || !chosen) {
    return (
      <NoSite title="Commands" why="the commands are generated from the questionnaire's answers." />
    );
  }
  const hint = shells.find((s) => s.id === shell)?.hint;
  return (
    <section className="commands-area" aria-labelledby="commands-title">
      <h2 id="commands-title">Commands</h2>
      <div className="row">
        <label className="inline-field">
          <span>Hub</span>
          <select value={chosen} onChange={(e) => setHubId(e.target.value)}>
            {plan.hubs.map((h) => (
              <option key={h.hubId} value={h.hubId}>
                {h.netbiosName} ({h.fqdn})
              </option>
            ))}
          </select>
        </label>
        <div role="group" aria-label="Shell" className="segmented">
          {shells.map((s) => (
            <button
              key={s.id}
              type="button"
              className={shell === s.id ? 'on' : ''}
              aria-pressed={shell === s.id}
              onClick={() => setShell(s.id)}
            >
              {s.label}
            </button>
          ))}
        </div>
        <button
          type="button"
          onClick={async () => {
            setCopied(await copyText(text));
            window.setTimeout(() => setCopied(false), 2500);
          }}
        >
          {copied ? 'Copied' : 'Copy all'}
        </button>
      </div>
      <p className="muted">{hint}</p>
      <pre
        className="script"
        tabIndex={0}
        aria-label="Generated commands"
        data-testid="generated-commands"
      >
        <code>{text}</code>
      </pre>
    </section>
  );
}
