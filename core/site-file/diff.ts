import type { Site } from '../site';
import { hubFieldLabels } from './labels';
import { stepLabel } from './step-label';
import type { SiteFile, SiteFileProgress, SiteFileStep } from './schema';

type Hub = Site['hubs'][number];

/** A hub as the preview names it. */
interface HubRef {
  readonly id: string;
  readonly fqdn: string;
}

/** A hub present on both sides whose answers differ, with the labels of the fields that do. */
interface HubChange extends HubRef {
  readonly fields: readonly string[];
}

/** A progress record the import would change. */
interface StepOverwrite {
  readonly key: string;
  /** The step in words ("EX01 trusts MX1"), for the preview: keys are never shown. */
  readonly label: string;
  readonly from: SiteFileStep['status'];
  readonly to: SiteFileStep['status'];
  /** Who made the file's change, and when (ISO time). */
  readonly by: string;
  readonly at: string;
}

/** What importing a site file would change, for the preview shown before anything is applied. */
export interface SiteFileDiff {
  readonly siteName: { readonly from: string | null; readonly to: string };
  readonly customerName: { readonly from: string | null; readonly to: string };
  /** Labels of site-wide answers that change (Exchange version, environment, certificates…). */
  readonly siteFields: readonly string[];
  readonly hubs: {
    readonly added: readonly HubRef[];
    readonly removed: readonly HubRef[];
    readonly changed: readonly HubChange[];
    readonly unchanged: number;
  };
  readonly steelheads: {
    readonly added: number;
    readonly removed: number;
    readonly changed: number;
  };
  readonly progress: {
    readonly added: readonly string[];
    readonly overwritten: readonly StepOverwrite[];
    readonly unchanged: number;
    /** Records only this laptop has: the import keeps them. */
    readonly keptLocal: number;
    /** Records where this laptop's change is newer than the file's: this laptop's is kept. */
    readonly keptNewer: number;
    /** A different site: this laptop's records (this many) are replaced, not merged. */
    readonly replaced: number;
  };
  /** True when applying would change nothing at all. */
  readonly identical: boolean;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function hubChanges(before: Hub, after: Hub): string[] {
  return (Object.keys(hubFieldLabels) as (keyof typeof hubFieldLabels)[])
    .filter((key) => !same(before[key], after[key]))
    .map((key) => hubFieldLabels[key]);
}

/** Compares the current site and progress with an incoming file: hubs by id, steps by key. */
export function diffSiteFile(
  current: { readonly site: Site | null; readonly progress: SiteFileProgress },
  incoming: SiteFile,
): SiteFileDiff {
  const { site } = current;
  const next = incoming.site;
  const oldHubs = new Map((site?.hubs ?? []).map((h) => [h.id, h]));
  const newHubs = new Map(next.hubs.map((h) => [h.id, h]));
  const ref = (h: Hub): HubRef => ({ id: h.id, fqdn: h.fqdn });
  const added = next.hubs.filter((h) => !oldHubs.has(h.id)).map(ref);
  const removed = (site?.hubs ?? []).filter((h) => !newHubs.has(h.id)).map(ref);
  const changed: HubChange[] = [];
  let unchanged = 0;
  for (const hub of next.hubs) {
    const before = oldHubs.get(hub.id);
    if (!before) continue;
    const fields = hubChanges(before, hub);
    if (fields.length > 0) changed.push({ ...ref(hub), fields });
    else unchanged += 1;
  }

  const siteFields: string[] = [];
  if (site) {
    if (site.exchangeVersion !== next.exchangeVersion) siteFields.push('Exchange version');
    if (site.environment !== next.environment) siteFields.push('Environment');
    if (!same(site.engineer, next.engineer)) siteFields.push('Engineer');
    if (!same(site.certificate, next.certificate)) siteFields.push('Certificate choices');
  }

  const oldSh = new Map((site?.steelheads ?? []).map((s) => [s.id, s]));
  const newShIds = new Set(next.steelheads.map((s) => s.id));
  const steelheads = {
    added: next.steelheads.filter((s) => !oldSh.has(s.id)).length,
    removed: (site?.steelheads ?? []).filter((s) => !newShIds.has(s.id)).length,
    changed: next.steelheads.filter((s) => oldSh.has(s.id) && !same(oldSh.get(s.id), s)).length,
  };

  const progressAdded: string[] = [];
  const overwritten: StepOverwrite[] = [];
  let progressSame = 0;
  let keptNewer = 0;
  const sameSite = isSameSite(site, next);
  for (const [key, record] of Object.entries(incoming.progress)) {
    const mine =
      sameSite && Object.hasOwn(current.progress, key) ? current.progress[key] : undefined;
    if (!mine) progressAdded.push(key);
    else if (same(mine, record)) progressSame += 1;
    else if (Date.parse(mine.at) > Date.parse(record.at)) keptNewer += 1;
    else
      overwritten.push({
        key,
        label: stepLabel(next, key),
        from: mine.status,
        to: record.status,
        by: record.by,
        at: record.at,
      });
  }
  const keptLocal = sameSite
    ? Object.keys(current.progress).filter((key) => !Object.hasOwn(incoming.progress, key)).length
    : 0;
  const replaced = sameSite ? 0 : Object.keys(current.progress).length;

  const siteName = { from: site?.customer.siteName ?? null, to: next.customer.siteName };
  const customerName = { from: site?.customer.name ?? null, to: next.customer.name };
  const identical =
    site !== null && same(site, next) && progressAdded.length === 0 && overwritten.length === 0;
  return {
    siteName,
    customerName,
    siteFields,
    hubs: { added, removed, changed, unchanged },
    steelheads,
    progress: {
      added: progressAdded,
      overwritten,
      unchanged: progressSame,
      keptLocal,
      keptNewer,
      replaced,
    },
    identical,
  };
}

/**
 * Whether an incoming site is the one this laptop holds (progress then merges): at least one hub
 * with the same id and FQDN. Names are no test: a site may be renamed; another customer's site
 * reuses hub ids (hub-1...) for other servers.
 */
export function isSameSite(current: Site | null, incoming: Site): boolean {
  if (!current) return false;
  return incoming.hubs.some((h) => current.hubs.some((c) => c.id === h.id && c.fqdn === h.fqdn));
}

/**
 * The progress after an import. The same site: per step the newer record wins, records only this
 * laptop has stay. Another site: its records replace this laptop's (hub ids restart at hub-1 on
 * every site, so old records would land on the wrong servers).
 */
export function mergeImportedProgress(
  current: SiteFileProgress,
  incoming: SiteFileProgress,
  sameSite: boolean,
): Record<string, SiteFileStep> {
  if (!sameSite) return { ...incoming };
  const merged: Record<string, SiteFileStep> = { ...current };
  for (const [key, record] of Object.entries(incoming)) {
    const mine = merged[key];
    if (!mine || Date.parse(record.at) >= Date.parse(mine.at)) merged[key] = record;
  }
  return merged;
}
