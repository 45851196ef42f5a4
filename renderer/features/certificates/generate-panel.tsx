import { useEffect, useState } from 'react';
import type { CertMetadata, GenerationProgress } from '../../../core/certificates/metadata';
import { siteCaDecision, siteCaPolicy } from '../../../core/certificates/site-ca';
import type { AppError } from '../../../core/errors';
import type { CertGenerateResult } from '../../../core/ipc/cert-channels';
import type { Site } from '../../../core/site';
import { useRunbook } from '../../store/store-context';
import { runbookApi } from '../../runbook-api';
import { useNavigation } from '../../app/navigation';
import { revealHeading, useReveal } from '../../app/reveal';
import { PasswordFields, pairProblem, type PasswordPair } from './password-fields';
import { SiteCaChoice } from './site-ca-choice';

const stageWords: Record<GenerationProgress['stage'], string> = {
  key: 'making its key',
  certificate: 'signing its certificate',
  pfx: 'building its PFX',
  done: 'done',
  failed: 'failed',
};

/** The generate form: which hubs, optional site CA, the PFX password; progress while main works. */
export function GeneratePanel({
  site,
  haveCert,
  storedSiteCa,
  onDone,
}: {
  site: Site;
  haveCert: ReadonlySet<string>;
  /** The stored site root before this run, if any. */
  storedSiteCa: CertMetadata | null;
  onDone: () => void;
}) {
  const recordGenerated = useRunbook((s) => s.recordGeneratedCertificates);
  const [scope, setScope] = useState<'missing' | 'all' | string>('missing');
  const [pair, setPair] = useState<PasswordPair>({ password: '', repeat: '' });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<GenerationProgress | null>(null);
  const [result, setResult] = useState<CertGenerateResult | null>(null);
  const resultRef = useReveal<HTMLDivElement>(result);
  const nav = useNavigation();
  const [error, setError] = useState<AppError | null>(null);
  // Main reports each hub's stages as the cert:progress event (no polling).
  useEffect(() => runbookApi()?.onCertProgress(setProgress), []);

  const hubName = (id: string) => site.hubs.find((h) => h.id === id)?.netbiosName ?? id;
  const hubs = site.hubs.filter((h) =>
    scope === 'all' ? true : scope === 'missing' ? !haveCert.has(h.id) : h.id === scope,
  );
  const replacing = hubs.filter((h) => haveCert.has(h.id)).length;
  const { keySize, validityDays } = site.certificate;
  const siteCa = siteCaPolicy(site);
  const caDecision = site.certificate.siteCa
    ? siteCaDecision(siteCa, storedSiteCa, validityDays, new Date())
    : null;
  const [replaceCa, setReplaceCa] = useState(false);
  const blockedByCa = caDecision?.kind === 'replace' && !replaceCa;

  const generate = async () => {
    setTried(true);
    const api = runbookApi();
    if (!api || pairProblem(pair) || hubs.length === 0 || blockedByCa) return;
    setBusy(true);
    setError(null);
    setResult(null);
    setProgress(null);
    // Main derives every request (names, profile, key size, site CA) from the site and the hub ids.
    const answer = await api.certGenerate({
      site,
      hubIds: hubs.map((h) => h.id),
      password: pair.password,
      passwordRepeat: pair.repeat,
      replaceSiteCa:
        (caDecision?.kind === 'replace' ||
          (caDecision?.kind === 'reuse' && !!caDecision.upgrade)) &&
        replaceCa,
    });
    // The password has done its job: it is not kept, not even in this form.
    setPair({ password: '', repeat: '' });
    setTried(false);
    setBusy(false);
    setProgress(null);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setResult(answer.value);
    // One store action: generate steps done, and the work that used a replaced certificate undone.
    recordGenerated(
      answer.value.hubs.flatMap((outcome) =>
        outcome.ok
          ? [
              {
                hubId: outcome.hubId,
                thumbprint: outcome.cert.metadata.thumbprint,
                replaced: haveCert.has(outcome.hubId),
              },
            ]
          : [],
      ),
      new Date(),
      // A new root replacing a stored one: every hub's trust of the old root is undone too.
      storedSiteCa !== null &&
        answer.value.siteCa !== null &&
        answer.value.siteCa.thumbprint !== storedSiteCa.thumbprint
        ? answer.value.siteCa.thumbprint
        : null,
    );
    onDone();
  };

  return (
    <section className="panel" aria-labelledby="generate-title">
      <h3 id="generate-title">Generate certificates</h3>
      <p className="muted">
        RSA {keySize} bits{keySize === 1024 ? ' (legacy: below the 2048-bit minimum)' : ''}, valid{' '}
        {validityDays} days, SHA-256, subject = hub FQDN, SAN = FQDN and SMTP domain, server and
        client authentication. Change these in Site.
      </p>
      <div className="row">
        <label className="inline-field">
          <span>Hubs</span>
          <select value={scope} onChange={(e) => setScope(e.target.value)} disabled={busy}>
            <option value="missing">Hubs without a certificate</option>
            <option value="all">Every hub (replaces existing ones)</option>
            {site.hubs.map((h) => (
              <option key={h.id} value={h.id}>
                Only {h.netbiosName}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">
          {site.certificate.siteCa
            ? `Signed by the site CA "${siteCa.commonName}" (RSA ${siteCa.keySize}, ${siteCa.validityDays} days; made once, then reused), limited to server and client TLS for ${siteCa.permittedDns.join(', ')} (name constraints; that the SteelHead checks them is unverified).`
            : 'Self-signed: each hub trusts each partner hub.'}
        </span>
      </div>
      <SiteCaChoice
        decision={caDecision}
        replace={replaceCa}
        onReplace={setReplaceCa}
        disabled={busy}
      />
      <PasswordFields value={pair} onChange={setPair} showProblems={tried} />
      <div className="row">
        <button
          type="button"
          onClick={generate}
          disabled={busy || hubs.length === 0 || blockedByCa}
        >
          {busy ? 'Generating…' : `Generate for ${hubs.length} hub${hubs.length === 1 ? '' : 's'}`}
        </button>
        {hubs.length === 0 ? (
          <span className="muted">
            Every hub has a certificate: choose "Every hub" to replace them.
          </span>
        ) : null}
      </div>
      {replacing > 0 ? (
        <p className="warning" role="note" data-testid="replace-warning">
          This replaces {replacing} certificate{replacing === 1 ? '' : 's'}: importing it, assigning
          SMTP and every partner&apos;s trust must then be done again (those steps go back to
          &quot;to do&quot;), and partners need the new .cer files.
        </p>
      ) : null}
      {busy ? (
        <div className="progress-line" role="status">
          <progress max={progress?.total ?? hubs.length} value={progress?.done ?? 0} />
          <span>
            {progress
              ? `${progress.done} of ${progress.total} hubs done (${hubName(progress.hubId)}: ${stageWords[progress.stage]})`
              : 'Starting…'}
          </span>
        </div>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error.message}
        </p>
      ) : null}
      {result ? (
        <div
          role="status"
          data-testid="generate-result"
          ref={resultRef}
          tabIndex={-1}
          className={`result ${result.hubs.every((h) => h.ok) ? 'result-ok' : 'result-warning'}`}
        >
          <p>
            {result.hubs.filter((h) => h.ok).length} of {result.hubs.length} certificates generated
            {result.siteCa ? `, signed by the site CA ${result.siteCa.subject}` : ''}.{' '}
            {result.persisted
              ? 'Keys are kept encrypted on this computer.'
              : 'Keys are kept for this session only: export them before closing the app.'}
          </p>
          <ul>
            {result.hubs.map((h) => (
              <li key={h.hubId}>
                {hubName(h.hubId)}:{' '}
                {h.ok ? (
                  <span className="mono">{h.cert.metadata.thumbprint}</span>
                ) : (
                  h.error.message
                )}
                {h.ok && h.warnings.length > 0 ? (
                  <span className="warning small block">{h.warnings.join(' ')}</span>
                ) : null}
              </li>
            ))}
          </ul>
          {result.hubs.some((h) => h.ok) ? (
            <div className="row">
              <strong>Next:</strong>
              <button type="button" onClick={() => revealHeading('export-title')}>
                Export them to a USB stick
              </button>
              <button type="button" className="secondary" onClick={() => nav.go('servers')}>
                Back to the checklists
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
