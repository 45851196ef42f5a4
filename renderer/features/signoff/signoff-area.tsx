import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArgsOf } from '../../../core/ipc/contract';
import { siteChecks } from '../../../core/report/checks';
import { isNamed, signedHere } from '../../../core/desktop/last-place';
import { documentId } from '../../../core/report/document-id';
import { verdictAt } from '../../../core/report/verdict';
import { buildReportRecord, remainingSteps } from '../../../core/report/record';
import type { ReportScope } from '../../../core/report/types';
import { missingTrust } from '../../../core/plan/trust-progress';
import { stepStatusWords } from '../../../core/plan/progress';
import { useNavigation } from '../../app/navigation';
import { NoSite } from '../../app/no-site';
import { runbookApi } from '../../runbook-api';
import { useRunbook } from '../../store/store-context';
import { usePlan } from '../checklist/use-plan';
import { useEvidenceState } from '../evidence/use-evidence';
import { ExpiryPanel } from './expiry-panel';
import { PaperCheck } from './paper-check';
import { ReportDocument } from './report-document';
import { useCertFacts } from '../evidence/use-cert-facts';
import './signoff.css';

const fileWord = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '') || 'site';

/**
 * Sign-off: per hub or for the site, what the completion certificate will say (every step with
 * status, who and when; skipped with reasons; blocked with notes; certificate facts), what remains
 * (one click to each step), then Preview, Save PDF… and Print…. Everything comes from core's record.
 */
export function SignoffArea() {
  const plan = usePlan();
  const progress = useRunbook((s) => s.progress);
  const collected = useRunbook((s) => s.serverStates);
  const certs = useCertFacts();
  const installation = useRunbook((s) => s.installation);
  const nav = useNavigation();
  const [scope, setScope] = useState<ReportScope>({ kind: 'site' });
  const [paper, setPaper] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  // Pasted command output on the steps is read by core/verification into checked verification.
  const evidenceIdsInUse = useMemo(
    () => [...new Set(Object.values(progress).flatMap((r) => r.evidence))],
    [progress],
  );
  const { items: evidence, notAtHand } = useEvidenceState(evidenceIdsInUse);
  const inputs = useMemo(() => {
    if (!plan) return null;
    // The certificate is signed by this laptop's engineer, never by a name a site file brought.
    const signed = { ...plan, site: signedHere(plan.site, installation, 'blank') };
    const texts = new Map(
      evidence.flatMap((e) => (e.text === null ? [] : [[e.id, e.text] as const])),
    );
    const pasted = Object.entries(progress).flatMap(([stepKey, r]) =>
      r.evidence.flatMap((id) => {
        const text = texts.get(id);
        return text === undefined ? [] : [{ stepKey, text }];
      }),
    );
    const hubs = certs?.hubs ?? [];
    const siteCa = certs?.siteCa ?? null;
    const checks = siteChecks(signed, { pasted, collected }, hubs, siteCa);
    // Until main has answered, nothing is counted as missing (main builds the printed record itself).
    const evidenceNotAtHand = notAtHand ?? [];
    return { plan: signed, progress, certs: hubs, siteCa, checks, evidenceNotAtHand };
  }, [plan, progress, certs, evidence, notAtHand, collected, installation]);
  const records = useMemo(
    () =>
      inputs
        ? [
            buildReportRecord(inputs, { kind: 'site' }),
            ...inputs.plan.hubs.map((h) =>
              buildReportRecord(inputs, { kind: 'hub', hubId: h.hubId }),
            ),
          ]
        : [],
    [inputs],
  );
  const record =
    records.find((r) =>
      scope.kind === 'site'
        ? r.scope.kind === 'site'
        : r.scope.kind === 'hub' && r.scope.hubId === scope.hubId,
    ) ?? records[0];
  const id = record ? documentId(record) : '';
  // The record's reasons plus what only the moment tells (an expired certificate, a tick without a
  // name or dated later): the same verdict the PDF prints.
  const verdict = record ? verdictAt(record, new Date()) : null;
  const hubName = (hubId: string) => plan?.hubs.find((h) => h.hubId === hubId)?.fqdn ?? hubId;
  const name = scope.kind === 'site' ? (plan?.site.customer.siteName ?? '') : hubName(scope.hubId);
  // What the PDF is made from in main: the records on this screen (the store's records are the
  // schema's output, held read-only; the channel validates them again).
  // The site as signed here (this laptop's engineer), the same one the records above were built from.
  const args = inputs
    ? {
        site: inputs.plan.site,
        progress,
        serverStates: collected as ArgsOf<'report:save-pdf'>['serverStates'],
        scope,
      }
    : null;
  const marked = verdict?.complete ? '' : ' (marked NOT COMPLETE)';
  const differs =
    "its document ID differs from this screen's: the certificates changed; open Sign-off again";

  const unnamed = !isNamed(installation);
  const nameFirst = () =>
    setNote({
      ok: false,
      text: 'Your name is not set on this laptop: set it under Settings › You, on this laptop. It is printed as the engineer who signs.',
    });
  const savePdf = async () => {
    if (!args) return;
    if (unnamed) return nameFirst();
    const r = await runbookApi()?.reportSavePdf({
      ...args,
      suggestedName: `completion-${fileWord(name)}.pdf`,
    });
    if (!r) return;
    if (!r.ok) setNote({ ok: false, text: r.error.message });
    else if (r.value)
      setNote({
        ok: r.value.documentId === id,
        text:
          r.value.documentId === id
            ? `Saved ${r.value.path}${marked}.`
            : `Saved ${r.value.path}, but ${differs}.`,
      });
  };
  // Print… prints the certificate PDF itself: main makes it and opens Electron's print dialog on it.
  const print = async () => {
    if (!args) return;
    if (unnamed) return nameFirst();
    const r = await runbookApi()?.reportPrint(args);
    if (!r) return;
    if (!r.ok) setNote({ ok: false, text: r.error.message });
    else if (r.value.problem) setNote({ ok: false, text: r.value.problem });
    else
      setNote({
        ok: r.value.documentId === id,
        text:
          r.value.documentId === id
            ? `The completion certificate${marked} was sent to the printer.`
            : `The certificate was sent to the printer, but ${differs}.`,
      });
  };
  // File > Print completion certificate… and File > Save PDF… run the same actions as the buttons.
  const { intent, consume } = nav;
  const latest = useRef({ print, savePdf });
  useEffect(() => {
    latest.current = { print, savePdf };
  });
  useEffect(() => {
    if (nav.area !== 'signoff' || intent?.kind !== 'signoff-action' || records.length === 0) return;
    consume();
    void (intent.action === 'print' ? latest.current.print() : latest.current.savePdf());
  }, [nav.area, intent, consume, records.length]);

  if (!plan)
    return <NoSite title="Sign-off" why="the sign-off lists the work of the site's servers." />;
  if (!record || !verdict) return null;
  const remaining = remainingSteps(record);
  const gaps = missingTrust(plan.trust, progress);

  return (
    <section className="panel signoff" aria-labelledby="signoff-title">
      <h2 id="signoff-title">Sign-off</h2>
      <p>
        <label htmlFor="signoff-scope">Document for </label>
        <select
          id="signoff-scope"
          value={scope.kind === 'site' ? '' : scope.hubId}
          onChange={(e) =>
            setScope(
              e.target.value === '' ? { kind: 'site' } : { kind: 'hub', hubId: e.target.value },
            )
          }
        >
          <option value="">the whole site</option>
          {plan.hubs.map((h) => (
            <option key={h.hubId} value={h.hubId}>
              hub {h.fqdn}
            </option>
          ))}
        </select>
      </p>
      <p className={verdict.complete ? 'info' : 'warning'} data-testid="signoff-summary">
        {verdict.complete
          ? `All ${record.totals.total} steps are done or skipped with a reason: ready for the customer's signature.`
          : record.totals.finished === record.totals.total
            ? `All ${record.totals.total} steps are done or skipped with a reason, but the document will say NOT COMPLETE:`
            : `${record.totals.finished} of ${record.totals.total} steps finished; ${record.totals.total - record.totals.finished} to go. The document will say NOT COMPLETE:`}
      </p>
      {verdict.complete ? null : (
        <ul className="signoff-not-complete" data-testid="signoff-not-complete">
          {verdict.notComplete.map((why) => (
            <li key={why.words}>
              {why.words}
              {why.kind === 'no-certificate' ||
              why.kind === 'certificate-does-not-fit' ||
              why.kind === 'certificate-expired' ? (
                <>
                  {' '}
                  <button type="button" className="link" onClick={() => nav.go('certificates')}>
                    Open Certificates
                  </button>
                </>
              ) : why.kind === 'check-failed' || why.kind === 'check-unreadable' ? (
                <>
                  {' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      document
                        .querySelector('[data-testid="report-checks"]')
                        ?.scrollIntoView({ block: 'start' })
                    }
                  >
                    See the checks
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <progress
        className="wide"
        max={record.totals.total}
        value={record.totals.finished}
        aria-label="Steps finished"
      />
      {remaining.length > 0 ? (
        <>
          <h3>What remains</h3>
          <ul className="signoff-remaining" data-testid="signoff-remaining">
            {remaining.map((s) => (
              <li key={s.key}>
                <button
                  type="button"
                  className="link"
                  onClick={() => nav.go('servers', { kind: 'step', stepKey: s.key })}
                >
                  {s.title}
                </button>{' '}
                ({s.runOn}): {stepStatusWords[s.status]}
                {s.note ? `: ${s.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {gaps.trusts.length + gaps.secureLists.length > 0 ? (
        <p className="muted">
          <span data-testid="signoff-missing-trusts">
            {gaps.trusts.length} certificate trust{gaps.trusts.length === 1 ? '' : 's'}
          </span>{' '}
          and {gaps.secureLists.length} domain-secure list update
          {gaps.secureLists.length === 1 ? '' : 's'} not done yet: see the trust matrix under
          Servers.
        </p>
      ) : null}
      {unnamed ? (
        <p className="warning" data-testid="signoff-unnamed">
          No engineer is named on this laptop, so the certificate has a blank engineer line. Set
          your name under Settings › You, on this laptop before you save or print it.
        </p>
      ) : null}
      <p className="signoff-actions">
        <button
          type="button"
          className="secondary"
          aria-pressed={paper}
          onClick={() => setPaper((p) => !p)}
        >
          Preview
        </button>{' '}
        <button type="button" onClick={() => void savePdf()}>
          Save PDF…
        </button>{' '}
        <button type="button" className="secondary" onClick={() => void print()}>
          Print…
        </button>
      </p>
      {note ? (
        <p className={note.ok ? 'info' : 'error'} role="status" data-testid="signoff-note">
          {note.text}
        </p>
      ) : null}
      <ReportDocument record={record} verdict={verdict} id={id} paper={paper} />
      <PaperCheck records={records} hubName={hubName} evidenceMissing={(notAtHand ?? []).length} />
      <ExpiryPanel site={plan.site} certs={certs} />
    </section>
  );
}
