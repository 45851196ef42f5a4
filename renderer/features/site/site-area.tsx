import { useEffect, useState } from 'react';
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
  const you = useRunbook((s) => s.installation.engineer);
  const draft = useRunbook((s) => s.siteDraft);
  const progressCount = useRunbook((s) => Object.keys(s.progress).length);
  const saveDraft = useRunbook((s) => s.saveDraft);
  const files = useSiteFile();
  const [justSaved, setJustSaved] = useState(false);
  const nav = useNavigation();
  const discardDraft = useRunbook((s) => s.discardDraft);
  const openDemo = useRunbook((s) => s.openDemo);

  // The File menu, a double-clicked or dropped site file: one-off requests, consumed at once.
  const { intent, consume } = nav;
  useEffect(() => {
    if (nav.area !== 'site' || !intent) return;
    if (intent.kind === 'site-file') files.preview(intent.path, intent.content);
    else if (intent.kind === 'site-action' && intent.action === 'import') void files.chooseImport();
    else if (intent.kind === 'site-action' && intent.action === 'new' && site)
      saveDraft({ page: 0, value: {} });
    else if (intent.kind === 'site-action' && intent.action === 'new') discardDraft();
    else return;
    consume();
  }, [nav.area, intent, consume, files, site, saveDraft, discardDraft]);

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
          <aside className="import-hint" data-testid="demo-hint">
            <span>New to the app? See a tailored plan on invented servers first.</span>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                discardDraft();
                openDemo();
                nav.go('servers');
              }}
            >
              Open the demo site
            </button>
          </aside>
        ) : null}
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
                  value: formFromSite(site, you) as unknown as Record<string, unknown>,
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
