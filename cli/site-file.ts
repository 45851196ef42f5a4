import { readFileSync } from 'node:fs';
import { appError, fail, type Result } from '../core/errors';
import { validateSite, type Site } from '../core/site';

/** Reads a site file (the JSON of the site model) and validates it. */
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
  return validateSite(json);
}
