import { readFileSync } from 'node:fs';
import { appError, fail, type Result } from '../core/errors';
import { validateSite, type Site } from '../core/site';
import { parseSiteOrSiteFile } from '../core/site-file/parse';

/**
 * Reads a site for the CLI: the app's exported site file (site + progress, recognised by its
 * `format` field) or the bare site JSON, validated with the same schemas the app uses.
 */
export function loadSiteFile(path: string): Result<Site> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'unreadable';
    return fail(
      appError('site-file', 'site', `Cannot read the site file ${path} (${code}): check the path.`),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail(
      appError(
        'site-file',
        'site',
        `The site file ${path} is not valid JSON (${(e as Error).message}): export it again from the app.`,
      ),
    );
  }
  if (typeof json === 'object' && json !== null && 'format' in json) {
    const file = parseSiteOrSiteFile(text);
    return file.ok ? { ok: true, value: file.value.site } : file;
  }
  return validateSite(json);
}
