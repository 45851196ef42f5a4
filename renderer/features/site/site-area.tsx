import { useState } from 'react';
import { useNavigation } from '../../app/navigation';
import { useRunbook } from '../../store/store-context';
import { ImportPreview } from './import-preview';
import { Questionnaire } from './questionnaire';
import { formFromSite } from './site-form';
import { SiteSummary } from './site-summary';
import { useSiteFile } from './use-site-file';
import './site.css';
import './site-review.css';

/**
 * The Site area: the questionnaire while a draft is open or no site exists yet, otherwise the
 * site's summary with Edit, Export and Import. An import always shows its preview first.
 */
export function SiteArea() {
  const site = useRunbook((s) => s.site);
  const draft = useRunbook((s) => s.siteDraft);
  const progressCount = useRunbook((s) => Object.keys(s.progress).length);
  const saveDraft = useRunbook((s) => s.saveDraft);
  const files = useSiteFile();
  const [justSaved, setJustSaved] = useState(false);
  const nav = useNavigation();

  const messages = (
    <>
      {files.error ? (
        <p className="error" role="alert">
          {files.error.message}
        </p>
      ) : null}
      {files.status ? (
        <div className="result result-ok" role="status" data-testid="site-status">
          <p>{files.status}</p>
          {justSaved && site ? (
            <div className="row">
              <strong>Next:</strong>
              <button type="button" onClick={() => nav.go('servers')}>
                Open the checklists
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => nav.go('certificates', { kind: 'panel', panel: 'generate' })}
              >
                Make the certificates
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </>
  );

  if (files.pending) {
    return (
      <div className="site-area">
        <ImportPreview
          pending={files.pending}
          hasDraft={draft !== null}
          onApply={() => {
            files.applyImport();
            setJustSaved(true);
          }}
          onCancel={files.cancelImport}
        />
      </div>
    );
  }

  if (!site || draft) {
    return (
      <div className="site-area">
        {messages}
        <Questionnaire
          onDone={(message) => {
            files.setStatus(message);
            setJustSaved(true);
          }}
        />
        {!site ? (
          <aside className="import-hint">
            <span>Already set up this site on another laptop?</span>
            <button
              type="button"
              className="secondary"
              onClick={() => void files.chooseImport()}
              disabled={!files.available || files.busy}
            >
              Import site file…
            </button>
          </aside>
        ) : null}
      </div>
    );
  }

  return (
    <div className="site-area">
      {messages}
      <SiteSummary
        site={site}
        progressCount={progressCount}
        focusOnMount={justSaved}
        actions={
          <>
            <button
              type="button"
              onClick={() => {
                files.clearMessages();
                saveDraft({
                  page: 0,
                  value: formFromSite(site) as unknown as Record<string, unknown>,
                });
              }}
            >
              Edit site
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => void files.exportSite()}
              disabled={!files.available || files.busy}
            >
              Export site file…
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => void files.chooseImport()}
              disabled={!files.available || files.busy}
            >
              Import site file…
            </button>
          </>
        }
      />
    </div>
  );
}
