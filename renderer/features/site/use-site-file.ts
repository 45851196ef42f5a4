import { useState } from 'react';
import type { AppError } from '../../../core/errors';
import {
  buildSiteFile,
  diffSiteFile,
  isSameSite,
  mergeImportedProgress,
  parseSiteFile,
  serializeSiteFile,
  siteFileLeavesBehind,
  suggestedSiteFileName,
  type SiteFile,
  type SiteFileDiff,
} from '../../../core/site-file';
import { signedHere } from '../../../core/desktop/last-place';
import { runbookApi } from '../../runbook-api';
import { useRunbook } from '../../store/store-context';

/** A read and checked site file waiting for the user to look at the preview and confirm. */
export interface PendingImport {
  readonly path: string;
  readonly file: SiteFile;
  readonly diff: SiteFileDiff;
}

/** Export and import of the site file, with the preview step in between for imports. */
export function useSiteFile() {
  const site = useRunbook((s) => s.site);
  const progress = useRunbook((s) => s.progress);
  const serverStates = useRunbook((s) => s.serverStates);
  const installation = useRunbook((s) => s.installation);
  const commitSite = useRunbook((s) => s.commitSite);
  const replaceProgress = useRunbook((s) => s.replaceProgress);
  const leaveDemo = useRunbook((s) => s.leaveDemo);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const api = runbookApi();

  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await job();
    } finally {
      setBusy(false);
    }
  };

  const exportSite = () =>
    run(async () => {
      if (!api || !site) return;
      const content = serializeSiteFile(
        buildSiteFile(signedHere(site, installation, 'keep'), progress, new Date()),
      );
      const result = await api.siteSaveFile({
        suggestedName: suggestedSiteFileName(site),
        content,
      });
      if (!result.ok) setError(result.error);
      else if (result.value) {
        const behind = siteFileLeavesBehind(progress, Object.keys(serverStates).length);
        setStatus(`Site file saved to ${result.value.path}.${behind ? ` ${behind}` : ''}`);
      }
    });

  const chooseImport = () =>
    run(async () => {
      if (!api) return;
      const result = await api.siteOpenFile({});
      if (!result.ok) return setError(result.error);
      if (!result.value) return;
      preview(result.value.path, result.value.content);
    });

  /** Checks a site file's text and shows its preview (or says what is wrong with it). */
  const preview = (path: string, content: string) => {
    setError(null);
    setStatus(null);
    const parsed = parseSiteFile(content);
    if (!parsed.ok) return setError(parsed.error);
    setPending({ path, file: parsed.value, diff: diffSiteFile({ site, progress }, parsed.value) });
  };

  const applyImport = () => {
    if (!pending) return;
    commitSite(pending.file.site);
    leaveDemo();
    replaceProgress(
      mergeImportedProgress(progress, pending.file.progress, isSameSite(site, pending.file.site)),
    );
    setPending(null);
    setStatus(
      `Imported ${pending.file.site.customer.siteName}: ${pending.file.site.hubs.length} hubs, ${Object.keys(pending.file.progress).length} progress records from the file.`,
    );
  };

  return {
    available: api !== null,
    busy,
    pending,
    error,
    status,
    exportSite,
    chooseImport,
    preview,
    applyImport,
    cancelImport: () => setPending(null),
    clearMessages: () => {
      setError(null);
      setStatus(null);
    },
    setStatus,
  };
}
