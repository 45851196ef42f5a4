import { appError, type Result } from '../errors';
import { siteSchema, type Site } from './site';

/** Turns a path like ['hubs', 1, 'fqdn'] into the "Hub 2 " prefix the engineer recognises. */
function subjectOf(path: readonly PropertyKey[]): string {
  const [head, index] = path;
  if (typeof index !== 'number') return '';
  if (head === 'hubs') return `Hub ${index + 1} `;
  if (head === 'steelheads') return `SteelHead ${index + 1} `;
  return '';
}

/** Parses and checks a site (e.g. a site file's JSON); the first problem names the field and the fix. */
export function validateSite(input: unknown): Result<Site> {
  const parsed = siteSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  if (!issue) return { ok: false, error: appError('invalid-site', '', 'The site is not valid.') };
  const field = issue.path.map(String).join('.');
  const message = `${subjectOf(issue.path)}${issue.message}`;
  return { ok: false, error: appError('invalid-site', field, message) };
}

/** Every problem at once, for forms that mark all bad fields together. */
export function siteProblems(input: unknown): { field: string; message: string }[] {
  const parsed = siteSchema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: `${subjectOf(issue.path)}${issue.message}`,
  }));
}
