import { type Result } from '../core/errors';
import type { Site } from '../core/site';
import type { SiteFile } from '../core/site-file/schema';
import { parseSiteOrSiteFile } from '../core/site-file/parse';
import { readSiteFileText } from '../electron/services/site-file/site-file-io';

/**
 * Reads a site for the CLI: the app's exported site file (site + progress, recognised by its
 * `format` field) or the bare site JSON, read through the app's guards (regular file, size cap,
 * UTF-8, byte-order mark) and validated with the same schemas the app uses.
 */
export async function loadSiteFile(path: string): Promise<Result<Site>> {
  const text = await readSiteFileText(path, 'site');
  if (!text.ok) return text;
  const file = parseSiteOrSiteFile(text.value);
  return file.ok ? { ok: true, value: file.value.site } : file;
}

/** A site file's site and, when the app exported it, its certificates' public facts. */
export async function loadSiteWithFacts(
  path: string,
): Promise<Result<{ site: Site; certificates: SiteFile['certificates'] }>> {
  const text = await readSiteFileText(path, 'site');
  if (!text.ok) return text;
  const file = parseSiteOrSiteFile(text.value);
  return file.ok
    ? { ok: true, value: { site: file.value.site, certificates: file.value.certificates } }
    : file;
}
