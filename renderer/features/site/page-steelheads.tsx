import { Checkbox } from 'radix-ui';
import { useRef } from 'react';
import { emptySteelhead, nextId, type SteelheadSide } from '../../../core/site';
import { CheckboxField, RadioField, TextField } from './fields';
import { domId } from './pages';
import { useQuestionnaire } from './questionnaire-context';
import type { SteelheadForm } from './site-form';

const sideChoices = [
  { value: 'client-side', label: 'Client side', detail: 'Near the hubs that send.' },
  {
    value: 'server-side',
    label: 'Server side',
    detail: 'In front of the receiving hubs; holds their proxy certificates.',
  },
] as const;

/** Which hubs a SteelHead fronts: one checkbox per hub, named by its FQDN. */
function HubPicker({ index, sh }: { readonly index: number; readonly sh: SteelheadForm }) {
  const { form, update, errorFor } = useQuestionnaire();
  const key = `steelheads.${index}.hubIds`;
  const error = errorFor(key);
  const toggle = (hubId: string, on: boolean) =>
    update((f) => ({
      ...f,
      steelheads: f.steelheads.map((s, i) =>
        i === index
          ? { ...s, hubIds: on ? [...s.hubIds, hubId] : s.hubIds.filter((h) => h !== hubId) }
          : s,
      ),
    }));
  return (
    <fieldset id={domId(key)} className="field field-wide hub-picker">
      <legend>Hubs it sits in front of</legend>
      {form.hubs.length === 0 ? <p className="field-hint">Add hubs first.</p> : null}
      <div className="check-grid">
        {form.hubs.map((hub, h) => {
          const id = `${domId(key)}-${hub.id}`;
          return (
            <div key={hub.id} className="check-row">
              <Checkbox.Root
                id={id}
                className="checkbox"
                checked={sh.hubIds.includes(hub.id)}
                onCheckedChange={(v) => toggle(hub.id, v === true)}
              >
                <Checkbox.Indicator className="checkbox-mark" aria-hidden="true">
                  ✓
                </Checkbox.Indicator>
              </Checkbox.Root>
              <label htmlFor={id}>{hub.fqdn.trim() || `Hub ${h + 1}`}</label>
            </div>
          );
        })}
      </div>
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}

/** Page 4 (optional): the SteelHeads that optimise the SMTP traffic. */
export function SteelheadsPage() {
  const { form, update } = useQuestionnaire();
  const addRef = useRef<HTMLButtonElement>(null);
  const add = (side: SteelheadSide) => {
    const id = nextId(
      'sh',
      form.steelheads.map((s) => s.id),
    );
    update((f) => ({
      ...f,
      steelheads: [...f.steelheads, { ...emptySteelhead(id, side), hubIds: [] }],
    }));
    const at = form.steelheads.length;
    requestAnimationFrame(() => document.getElementById(domId(`steelheads.${at}.name`))?.focus());
  };
  const set = (index: number, change: (s: SteelheadForm) => SteelheadForm) =>
    update((f) => ({
      ...f,
      steelheads: f.steelheads.map((s, i) => (i === index ? change(s) : s)),
    }));

  return (
    <>
      <p className="page-intro">
        Optional. Add the SteelHeads that optimise this mail so the runbook can include their SSL
        steps. You can leave this empty and add them later with Edit site.
      </p>
      {form.steelheads.map((sh, index) => (
        <section key={sh.id} className="hub-card" aria-label={`SteelHead ${index + 1}`}>
          <header className="hub-card-head">
            <h4>
              SteelHead {index + 1}
              {sh.name.trim() ? <span className="hub-card-fqdn">{sh.name.trim()}</span> : null}
            </h4>
            <button
              type="button"
              className="secondary"
              aria-label={`Remove SteelHead ${index + 1}`}
              onClick={() => {
                update((f) => ({ ...f, steelheads: f.steelheads.filter((_, i) => i !== index) }));
                addRef.current?.focus();
              }}
            >
              Remove
            </button>
          </header>
          <div className="field-grid">
            <TextField
              field={`steelheads.${index}.name`}
              label="Name"
              value={sh.name}
              placeholder="e.g. sh-dc1.contoso.local"
              onChange={(name) => set(index, (s) => ({ ...s, name }))}
            />
            <TextField
              field={`steelheads.${index}.riosVersion`}
              label="RiOS version"
              value={sh.riosVersion}
              placeholder="e.g. 9.12.1"
              hint="As 'show version' prints it."
              onChange={(riosVersion) => set(index, (s) => ({ ...s, riosVersion }))}
            />
            <RadioField
              field={`steelheads.${index}.side`}
              label="Side"
              value={sh.side}
              choices={sideChoices}
              columns
              onChange={(side) => set(index, (s) => ({ ...s, side }))}
            />
            <CheckboxField
              field={`steelheads.${index}.sslLicence`}
              label="SSL optimisation licence installed"
              checked={sh.sslLicence}
              onChange={(sslLicence) => set(index, (s) => ({ ...s, sslLicence }))}
            />
            <HubPicker index={index} sh={sh} />
          </div>
        </section>
      ))}
      <div className="row">
        <button
          ref={addRef}
          type="button"
          className="secondary add-button"
          onClick={() => add('client-side')}
        >
          + Add client-side SteelHead
        </button>
        <button type="button" className="secondary add-button" onClick={() => add('server-side')}>
          + Add server-side SteelHead
        </button>
      </div>
    </>
  );
}
