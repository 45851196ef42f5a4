import {
  anonymousMailAnswer,
  anonymousMailAnswerLabels,
  anonymousMailAnswers,
  anonymousMailValue,
  defaultReceiveConnectorName,
  exchangeAtLeast,
  supportedWindows,
  windowsVersionLabels,
} from '../../../core/site';
import { pfxProfileFor, pfxProfileLabel } from '../../../core/certificates/profile';
import { CheckboxField, SelectField, TextField } from './fields';
import { useQuestionnaire } from './questionnaire-context';
import { withFqdn, type HubForm } from './site-form';

/** One hub's answers; every field is keyed `hubs.<index>.<name>` like the site model. */
export function HubCard({
  index,
  onRemove,
}: {
  readonly index: number;
  readonly onRemove: (index: number) => void;
}) {
  const { form, update } = useQuestionnaire();
  const hub = form.hubs[index];
  if (!hub) return null;
  const key = (name: keyof HubForm | 'ipAddresses') => `hubs.${index}.${name}`;
  const set = (change: (h: HubForm) => HubForm) =>
    update((f) => ({ ...f, hubs: f.hubs.map((h, i) => (i === index ? change(h) : h)) }));
  const setText = (name: keyof HubForm) => (value: string) => set((h) => ({ ...h, [name]: value }));
  const standardReceive = defaultReceiveConnectorName(
    form.exchangeVersion,
    hub.netbiosName.trim().toUpperCase() || 'SERVER',
    form.environment,
  );
  const title = `Hub ${index + 1}`;
  // 2013+ Default Frontend connectors accept anonymous senders out of the box (DOMAIN.md §1.8).
  const frontend =
    exchangeAtLeast(form.exchangeVersion, '2013') &&
    (hub.receiveConnectorName.trim() || standardReceive).startsWith('Default Frontend ');

  return (
    <section className="hub-card" aria-labelledby={`hub-title-${hub.id}`}>
      <header className="hub-card-head">
        <h4 id={`hub-title-${hub.id}`}>
          {title}
          {hub.fqdn.trim() ? <span className="hub-card-fqdn">{hub.fqdn.trim()}</span> : null}
        </h4>
        <button
          type="button"
          className="secondary"
          aria-label={`Remove ${title}${hub.fqdn.trim() ? ` (${hub.fqdn.trim()})` : ''}`}
          onClick={() => onRemove(index)}
        >
          Remove
        </button>
      </header>
      <div className="field-grid">
        <TextField
          field={key('fqdn')}
          label="FQDN"
          value={hub.fqdn}
          placeholder="e.g. hub01.contoso.local"
          hint="The server's full DNS name; NetBIOS name and domains below follow it."
          onChange={(fqdn) => set((h) => withFqdn(h, fqdn))}
        />
        <TextField
          field={key('netbiosName')}
          label="NetBIOS name"
          value={hub.netbiosName}
          placeholder="e.g. HUB01"
          onChange={setText('netbiosName')}
        />
        <TextField
          field={key('adDomain')}
          label="AD domain"
          value={hub.adDomain}
          placeholder="e.g. contoso.local"
          onChange={setText('adDomain')}
        />
        <TextField
          field={key('forest')}
          label="AD forest root"
          value={hub.forest}
          placeholder="e.g. contoso.local"
          hint="Hubs in different forests are separate, untrusted domains."
          onChange={setText('forest')}
        />
        <TextField
          field={key('smtpDomain')}
          label="SMTP domain"
          value={hub.smtpDomain}
          placeholder="e.g. contoso.com"
          hint="The e-mail domain this hub's organisation sends as."
          onChange={setText('smtpDomain')}
        />
        <SelectField
          field={key('windowsVersion')}
          label="Windows Server version"
          value={hub.windowsVersion}
          options={
            supportedWindows[form.exchangeVersion].includes(hub.windowsVersion)
              ? supportedWindows[form.exchangeVersion]
              : [hub.windowsVersion, ...supportedWindows[form.exchangeVersion]]
          }
          labels={windowsVersionLabels}
          hint={`Certificate file: ${pfxProfileLabel(pfxProfileFor(hub.windowsVersion))}`}
          onChange={(windowsVersion) => set((h) => ({ ...h, windowsVersion }))}
        />
        <TextField
          field={key('sendConnectorName')}
          label="Send connector name"
          value={hub.sendConnectorName}
          placeholder="e.g. To Fabrikam"
          hint="As Get-SendConnector shows it."
          onChange={setText('sendConnectorName')}
        />
        <TextField
          field={key('receiveConnectorName')}
          label="Receive connector name"
          value={hub.receiveConnectorName}
          placeholder={standardReceive}
          hint={`Leave empty for this version's default: ${standardReceive}.`}
          onChange={setText('receiveConnectorName')}
        />
        <TextField
          field={key('ipAddresses')}
          label="IP addresses"
          value={hub.ipText}
          placeholder="e.g. 10.1.0.25"
          inputMode="text"
          hint="Separate several with commas. Used to limit a partner connector to these hubs."
          onChange={(ipText) => set((h) => ({ ...h, ipText }))}
        />
      </div>
      <div className="check-grid">
        <SelectField
          field={key('receiveConnectorInternetFacing')}
          label="Does this receive connector also take anonymous mail?"
          value={anonymousMailAnswer(hub.receiveConnectorInternetFacing)}
          options={anonymousMailAnswers}
          labels={anonymousMailAnswerLabels}
          hint={
            <span
              className={
                hub.receiveConnectorInternetFacing !== false ? 'inline-warning' : undefined
              }
            >
              {hub.receiveConnectorInternetFacing === null
                ? 'Answer this: a wrong "no" would clear Anonymous users and stop Internet mail, so the install script is not made until you do.'
                : frontend && !hub.receiveConnectorInternetFacing
                  ? 'A Default Frontend connector takes anonymous Internet mail by default, so the runbook leaves Anonymous users on it and secures a dedicated partner connector.'
                  : hub.receiveConnectorInternetFacing
                    ? 'Clearing Anonymous users on it would stop that mail, so the runbook secures a dedicated partner connector instead.'
                    : 'The install script still reads the live connector first and stops if Anonymous users is on it.'}
            </span>
          }
          onChange={(v) =>
            set((h) => ({ ...h, receiveConnectorInternetFacing: anonymousMailValue(v) }))
          }
        />
        <CheckboxField
          field={key('sendConnectorUsesSmartHost')}
          label="The send connector delivers through a smart host"
          checked={hub.sendConnectorUsesSmartHost}
          hint="Domain security needs direct delivery to the partner; the runbook will tell you what to change."
          onChange={(v) => set((h) => ({ ...h, sendConnectorUsesSmartHost: v }))}
        />
      </div>
    </section>
  );
}
