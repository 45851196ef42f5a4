import {
  pfxAutoRule,
  pfxProfileMisfit,
  pfxProfileChosen,
  pfxProfileFacts,
  pfxProfileLabel,
  pfxProfileReadableBy,
} from '../../../core/certificates/profile';
import { windowsVersionLabels } from '../../../core/site';
import type { PfxProfileChoice } from '../../../core/site';
import { CheckboxField, RadioField, TextField, type Choice } from './fields';
import { useQuestionnaire } from './questionnaire-context';

const profileChoices: readonly Choice<PfxProfileChoice>[] = [
  {
    value: 'auto',
    label: 'Automatic, per hub (recommended)',
    detail: pfxAutoRule(),
  },
  {
    value: 'windows-legacy',
    label: `${pfxProfileFacts['windows-legacy'].name} for every hub (${pfxProfileFacts['windows-legacy'].protection})`,
    detail: `Readable by ${pfxProfileReadableBy('windows-legacy')}, but its protection is weaker.`,
  },
  {
    value: 'windows-modern',
    label: `${pfxProfileFacts['windows-modern'].name} for every hub (${pfxProfileFacts['windows-modern'].protection})`,
    detail: `Stronger, but readable by ${pfxProfileReadableBy('windows-modern')} only.`,
  },
];

/** Page 5: key size, validity and how the PFX files are protected. */
export function CertificatesPage() {
  const { form, update } = useQuestionnaire();
  const c = form.certificate;
  const setCert = (change: Partial<typeof c>) =>
    update((f) => ({ ...f, certificate: { ...f.certificate, ...change } }));
  const sizes: Choice<string>[] = [
    { value: '2048', label: '2048 bits', detail: 'Recommended: what Exchange itself uses.' },
    { value: '3072', label: '3072 bits', detail: 'Stronger; slower to generate.' },
    { value: '4096', label: '4096 bits', detail: 'Strongest; a few seconds per hub to generate.' },
  ];
  if (c.legacyKeyAllowed) {
    sizes.push({
      value: '1024',
      label: '1024 bits (legacy)',
      detail: 'Only for a system that cannot use 2048.',
    });
  }
  const misfit =
    c.pfxProfile === 'auto'
      ? null
      : pfxProfileMisfit(
          c.pfxProfile,
          form.hubs.map((h) => ({ name: h.fqdn.trim() || h.id, windowsVersion: h.windowsVersion })),
        );

  return (
    <>
      <RadioField
        field="certificate.keySize"
        label="RSA key size"
        value={String(c.keySize)}
        choices={sizes}
        columns
        onChange={(v) => setCert({ keySize: Number(v) })}
      />
      <CheckboxField
        field="certificate.legacyKeyAllowed"
        label="Allow a legacy 1024-bit key"
        checked={c.legacyKeyAllowed}
        hint={
          c.legacyKeyAllowed ? (
            <span className="inline-warning">
              1024-bit keys are below today&apos;s minimum and some Windows versions refuse them:
              use only if an old partner system cannot take 2048.
            </span>
          ) : (
            'Leave this off unless an old partner system cannot use 2048-bit keys.'
          )
        }
        onChange={(on) =>
          setCert(
            on
              ? { legacyKeyAllowed: true }
              : { legacyKeyAllowed: false, keySize: c.keySize === 1024 ? 2048 : c.keySize },
          )
        }
      />
      <div className="field-grid">
        <TextField
          field="certificate.validityDays"
          label="Validity (days)"
          value={c.validityDays}
          inputMode="numeric"
          hint="730 days (two years) is usual; between 30 and 3650."
          onChange={(validityDays) => setCert({ validityDays })}
        />
      </div>
      <CheckboxField
        field="certificate.siteCa"
        label="Sign every hub certificate with one site CA"
        checked={c.siteCa}
        hint={
          c.siteCa
            ? 'Each hub then trusts one root (the site CA) instead of every partner hub. The CA key stays in the app and never goes on the stick.'
            : 'Off: every certificate is self-signed and each hub trusts each partner hub it talks to.'
        }
        onChange={(siteCa) => setCert({ siteCa })}
      />
      <RadioField
        field="certificate.pfxProfile"
        label="PFX file protection"
        value={c.pfxProfile}
        choices={profileChoices}
        onChange={(pfxProfile) => setCert({ pfxProfile })}
      />
      {misfit ? (
        <p className="warning" role="status">
          {misfit}
        </p>
      ) : null}
      {form.hubs.length > 0 ? (
        <table className="profile-table">
          <caption>What each hub gets</caption>
          <thead>
            <tr>
              <th scope="col">Hub</th>
              <th scope="col">Windows</th>
              <th scope="col">PFX profile</th>
            </tr>
          </thead>
          <tbody>
            {form.hubs.map((h, i) => (
              <tr key={h.id}>
                <td>{h.fqdn.trim() || `Hub ${i + 1}`}</td>
                <td>{windowsVersionLabels[h.windowsVersion]}</td>
                <td>{pfxProfileLabel(pfxProfileChosen(c.pfxProfile, h.windowsVersion))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
