import { appError, type Result } from '../errors';
import { validateSite } from '../site';
import {
  SITE_FILE_FORMAT,
  SITE_FILE_MAX_BYTES,
  SITE_FILE_VERSION,
  siteFileSchema,
  type SiteFile,
} from './schema';

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** The dotted path of the first key a site file never has and a hostile one might (`__proto__`). */
function findForbiddenKey(value: unknown, path: string[], depth = 0): string | null {
  if (depth > 64) return path.join('.');
  if (typeof value !== 'object' || value === null) return null;
  for (const key of Object.keys(value)) {
    const here = [...path, key];
    if (forbiddenKeys.has(key)) return here.join('.');
    const found = findForbiddenKey((value as Record<string, unknown>)[key], here, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** "Hub 2 " for ['site', 'hubs', 1, ...], so the message names the thing the engineer knows. */
function subjectOf(path: readonly PropertyKey[]): string {
  const [first, second, index] = path;
  if (first !== 'site' || typeof index !== 'number') return '';
  if (second === 'hubs') return `Hub ${index + 1}: `;
  if (second === 'steelheads') return `SteelHead ${index + 1}: `;
  return '';
}

/**
 * Reads a site file's text. Refuses, with a message saying what to do, anything that is too large,
 * not JSON, not a site file, from a newer app, or invalid; the error's field is the dotted path of
 * the offending value (e.g. `site.hubs.1.fqdn`). Never throws.
 */
export function parseSiteFile(text: string): Result<SiteFile> {
  const fail = (code: string, field: string, message: string): Result<SiteFile> => ({
    ok: false,
    error: appError(code, field, message),
  });
  // UTF-16 length is at most the UTF-8 byte count, so a text over the cap is surely too large.
  if (text.length > SITE_FILE_MAX_BYTES) {
    const mb = Math.round(SITE_FILE_MAX_BYTES / (1024 * 1024));
    return fail(
      'site-file-too-large',
      '',
      `This file is larger than ${mb} MB, far more than a site file: choose the .smtprunbook file exported by the app.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(
      'site-file-not-json',
      '',
      'This file is not a site file (it is not valid JSON): choose the .smtprunbook file exported by the app.',
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('site-file-wrong-format', 'format', 'This JSON file is not a site file.');
  }
  const record = data as Record<string, unknown>;
  if (record['format'] !== SITE_FILE_FORMAT) {
    return fail(
      'site-file-wrong-format',
      'format',
      `This JSON file is not a site file (its "format" should be "${SITE_FILE_FORMAT}"): choose a file exported by Secure SMTP Runbook.`,
    );
  }
  const version = record['formatVersion'];
  if (typeof version === 'number' && Number.isInteger(version) && version > SITE_FILE_VERSION) {
    return fail(
      'site-file-newer',
      'formatVersion',
      `This site file was written by a newer version of the app (format version ${version}; this app reads up to ${SITE_FILE_VERSION}): update the app on this laptop, then import again.`,
    );
  }
  if (version !== SITE_FILE_VERSION) {
    return fail(
      'site-file-wrong-format',
      'formatVersion',
      `This site file's formatVersion is not one this app knows (expected ${SITE_FILE_VERSION}).`,
    );
  }
  const forbidden = findForbiddenKey(data, []);
  if (forbidden !== null) {
    return fail(
      'site-file-hostile',
      forbidden,
      `This site file contains a key no site file has (${forbidden}): it was altered outside the app, so it is not imported.`,
    );
  }
  const parsed = siteFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  if (!issue) return fail('site-file-invalid', '', 'This site file is not valid.');
  const field = issue.path.map(String).join('.');
  return fail(
    'site-file-invalid',
    field,
    `${subjectOf(issue.path)}${issue.message} (in ${field || 'the file'})`,
  );
}

/**
 * For readers that also take a bare site (the site model's JSON, as the CLI did first): a site
 * file gives its site and progress; a bare site gives itself and no progress.
 */
export function parseSiteOrSiteFile(
  text: string,
): Result<Pick<SiteFile, 'site' | 'progress' | 'certificates'>> {
  const file = parseSiteFile(text);
  if (file.ok) {
    const { site, progress, certificates } = file.value;
    return {
      ok: true,
      value: certificates ? { site, progress, certificates } : { site, progress },
    };
  }
  if (file.error.code !== 'site-file-wrong-format' || file.error.field !== 'format') return file;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return file;
  }
  const bare =
    typeof data === 'object' && data !== null && !Array.isArray(data) && 'schemaVersion' in data;
  if (!bare) return file;
  const forbidden = findForbiddenKey(data, []);
  if (forbidden !== null)
    return {
      ok: false,
      error: appError(
        'site-file-hostile',
        forbidden,
        `This site contains a key no site has (${forbidden}): it was altered outside the app, so it is not read.`,
      ),
    };
  const site = validateSite(data);
  return site.ok ? { ok: true, value: { site: site.value, progress: {} } } : site;
}
