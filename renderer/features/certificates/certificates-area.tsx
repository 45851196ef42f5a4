import { useCallback, useEffect, useState } from 'react';
import { daysLeft, expiryStage } from '../../../core/certificates/expiry';
import { formatDay } from '../../../core/dates';
import type { DragOutItem } from '../../../core/desktop/drag-out';
import type { AppError } from '../../../core/errors';
import type { CertListResult } from '../../../core/ipc/cert-channels';
import { runbookApi } from '../../runbook-api';
import { useRunbook } from '../../store/store-context';
import { usePlan } from '../checklist/use-plan';
import { HubStates } from './hub-states';
import { useNavigation } from '../../app/navigation';
import { revealHeading } from '../../app/reveal';
import { NoSite } from '../../app/no-site';
import { ExportPanel } from './export-panel';
import { GeneratePanel } from './generate-panel';
import { InspectorPanel } from './inspector-panel';
import './certificates.css';

const storageNote: Record<CertListResult['storage'], string | null> = {
  'os-encrypted': null,
  weak: 'This computer has no OS keyring: keys are kept for this session only. Export before closing the app.',
  unavailable:
    'Keys cannot be encrypted on this computer: they are kept for this session only. Export before closing the app.',
};

/** Certificates: state per hub, generate, export to USB, and the inspector. Keys never come here. */
export function CertificatesArea() {
  const plan = usePlan();
  const site = useRunbook((s) => s.site);
  const exports = useRunbook((s) => s.exports);
  const [list, setList] = useState<CertListResult | null>(null);
  // "Now" for expiry: taken when the list arrives, so the states are not recomputed on every paint.
  const [now, setNow] = useState(() => new Date());
  const [error, setError] = useState<AppError | null>(null);
  // What this session's export made draggable: offered on each hub's row of the status table.
  const [dragItems, setDragItems] = useState<readonly DragOutItem[]>([]);

  // Bumped after a generation: the list is fetched again from the main process.
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => {
    let live = true;
    void runbookApi()
      ?.certList({})
      .then((r) => {
        if (!live) return;
        if (r.ok) {
          setList(r.value);
          setNow(new Date());
        } else setError(r.error);
      });
    return () => {
      live = false;
    };
  }, [generation]);

  // A "what next" link (step 1 of a hub) names a panel: show it with its heading focused.
  const { area, intent, consume } = useNavigation();
  useEffect(() => {
    if (area !== 'certificates' || intent?.kind !== 'panel') return;
    revealHeading(`${intent.panel}-title`);
    consume();
  }, [area, intent, consume]);

  return (
    <section className="certificates" aria-labelledby="certificates-title">
      <h2 id="certificates-title">Certificates</h2>
      {error ? <p className="error">{error.message}</p> : null}
      {list && storageNote[list.storage] ? (
        <p className="warning">{storageNote[list.storage]}</p>
      ) : null}
      {list?.vaultNote ? (
        <p className="error" role="alert" data-testid="vault-note">
          {list.vaultNote}
        </p>
      ) : null}
      {plan && site ? (
        <>
          <HubStates plan={plan} list={list} exports={exports} now={now} dragItems={dragItems} />
          {list?.siteCa ? (
            <p
              className={
                expiryStage(list.siteCa.notAfter, now) === 'ok' ||
                expiryStage(list.siteCa.notAfter, now) === 'renew-soon'
                  ? 'muted'
                  : 'error'
              }
              data-testid="site-ca-line"
            >
              Site CA: {list.siteCa.subject} · valid until {formatDay(list.siteCa.notAfter)} (
              {daysLeft(list.siteCa.notAfter, now)} days left) · thumbprint{' '}
              <span className="mono">{list.siteCa.thumbprint}</span>
            </p>
          ) : null}
          <GeneratePanel
            site={site}
            haveCert={new Set((list?.hubs ?? []).map((h) => h.hubId))}
            storedSiteCa={list?.siteCa ?? null}
            onDone={refresh}
          />
          <ExportPanel site={site} certCount={list?.hubs.length ?? 0} onExported={setDragItems} />
        </>
      ) : (
        <NoSite title={null} why="certificates are made for the site's hubs." />
      )}
      <InspectorPanel />
    </section>
  );
}
