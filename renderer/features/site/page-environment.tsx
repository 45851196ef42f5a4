import {
  exchangeVersionLabels,
  exchangeVersions,
  type Environment,
  type ExchangeVersion,
  type intraOrgTlsChoices,
} from '../../../core/site';
import { RadioField, type Choice } from './fields';
import { useQuestionnaire } from './questionnaire-context';

const environmentChoices: readonly Choice<Environment>[] = [
  {
    value: 'single-domain',
    label: 'One domain with several hub servers',
    detail:
      'All hubs sit in one Active Directory forest and already trust each other; the SteelHeads optimise the mail that flows between them.',
  },
  {
    value: 'multi-domain',
    label: 'Several untrusted domains',
    detail:
      'The hubs belong to separate forests or organisations that do not trust each other, so each side proves who it is with a certificate (Exchange domain security, mutual TLS).',
  },
];

const intraOrgChoices: readonly Choice<(typeof intraOrgTlsChoices)[number]>[] = [
  {
    value: 'exchange-server-auth',
    label: 'Keep TLS between the hubs',
    detail:
      'Exchange Server authentication over TLS, as Exchange does by default: the SteelHeads optimise it with the new certificates (the usual choice).',
  },
  {
    value: 'downgraded',
    label: "Microsoft's downgraded Exchange Server authentication for WAN optimisers",
    detail:
      'TLS off between the hubs on a dedicated internal receive connector limited to the hubs across the WAN, so the SteelHeads see plain SMTP. Exchange 2010 and later; the plan adds one step per hub. Partly verified: see Help › The procedure’s sources.',
  },
];

const versionDetail: Record<ExchangeVersion, string> = {
  '2007': 'Certificates are managed in the Exchange Management Shell only.',
  '2010-rtm': 'Before Service Pack 1: secure domain lists are rewritten in full.',
  '2010-sp1': 'Service Pack 1 or any later update rollup.',
  '2013': 'Partner mail arrives on the Default Frontend connector.',
  '2016-2019-se': 'Certificates are imported in the Exchange Management Shell.',
};

const versionChoices: readonly Choice<ExchangeVersion>[] = exchangeVersions.map((v) => ({
  value: v,
  label: exchangeVersionLabels[v],
  detail: versionDetail[v],
}));

/** Page 2: which kind of environment, and which Exchange version the hubs run. */
export function EnvironmentPage() {
  const { form, update } = useQuestionnaire();
  return (
    <>
      <RadioField
        field="environment"
        label="Environment"
        value={form.environment}
        choices={environmentChoices}
        onChange={(environment) => update((f) => ({ ...f, environment }))}
      />
      {form.environment === 'single-domain' ? (
        <RadioField
          field="intraOrgTls"
          label="Mail between the hubs (inside the organisation)"
          value={form.intraOrgTls}
          choices={intraOrgChoices}
          onChange={(intraOrgTls) => update((f) => ({ ...f, intraOrgTls }))}
        />
      ) : null}
      <RadioField
        field="exchangeVersion"
        label="Exchange version on the hubs"
        value={form.exchangeVersion}
        choices={versionChoices}
        columns
        onChange={(exchangeVersion) => update((f) => ({ ...f, exchangeVersion }))}
      />
    </>
  );
}
