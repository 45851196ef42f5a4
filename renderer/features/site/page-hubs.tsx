import { useMemo, useRef } from 'react';
import { hubIdsInStepKeys } from '../../../core/procedure/targets';
import { defaultWindowsFor, nextId, supportedWindows } from '../../../core/site';
import { useRunbook } from '../../store/store-context';
import { HubCard } from './hub-card';
import { domId } from './pages';
import { useQuestionnaire } from './questionnaire-context';
import { emptyHubForm } from './site-form';

/** Page 3: the hub transport servers (add, remove, and each one's answers). */
export function HubsPage({ onChangeEnvironment }: { readonly onChangeEnvironment: () => void }) {
  const { form, update, errorFor } = useQuestionnaire();
  const addRef = useRef<HTMLButtonElement>(null);
  const listError = errorFor('hubs');
  const environmentError = errorFor('environment');

  const site = useRunbook((s) => s.site);
  const progress = useRunbook((s) => s.progress);
  // A new hub never reuses the id of a removed one: progress records are keyed by hub id.
  const usedIds = useMemo(
    () => [...(site?.hubs.map((h) => h.id) ?? []), ...hubIdsInStepKeys(Object.keys(progress))],
    [site, progress],
  );
  const add = () => {
    const id = nextId('hub', [...form.hubs.map((h) => h.id), ...usedIds]);
    const last = form.hubs[form.hubs.length - 1];
    update((f) => ({
      ...f,
      hubs: [
        ...f.hubs,
        emptyHubForm(
          id,
          last && supportedWindows[f.exchangeVersion].includes(last.windowsVersion)
            ? last.windowsVersion
            : defaultWindowsFor(f.exchangeVersion),
        ),
      ],
    }));
    // Focus the new hub's first field once it is on screen.
    requestAnimationFrame(() =>
      document.getElementById(domId(`hubs.${form.hubs.length}.fqdn`))?.focus(),
    );
  };
  const remove = (index: number) => {
    const gone = form.hubs[index]?.id;
    update((f) => ({
      ...f,
      hubs: f.hubs.filter((_, i) => i !== index),
      steelheads: f.steelheads.map((sh) => ({
        ...sh,
        hubIds: sh.hubIds.filter((id) => id !== gone),
      })),
    }));
    addRef.current?.focus();
  };

  return (
    <>
      <p className="page-intro">
        Add every Exchange hub transport server that takes part
        {form.environment === 'multi-domain' ? ', on both sides of the partnership' : ''}.
      </p>
      {environmentError ? (
        <div className="page-problem" role="alert">
          <p>{environmentError}</p>
          <button type="button" className="secondary" onClick={onChangeEnvironment}>
            Change the environment
          </button>
        </div>
      ) : null}
      {form.hubs.map((hub, index) => (
        <HubCard key={hub.id} index={index} onRemove={remove} />
      ))}
      <div className="row">
        <button
          ref={addRef}
          id={domId('hubs')}
          type="button"
          className="secondary add-button"
          aria-describedby={listError ? `${domId('hubs')}-error` : undefined}
          onClick={add}
        >
          + Add hub
        </button>
        <span className="muted">
          {form.hubs.length} {form.hubs.length === 1 ? 'hub' : 'hubs'}
        </span>
      </div>
      {listError ? (
        <p id={`${domId('hubs')}-error`} className="field-error">
          {listError}
        </p>
      ) : null}
    </>
  );
}
