import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads a site fixture's raw JSON (not yet validated). */
export function rawSiteFixture(name: string): Record<string, unknown> {
  const url = new URL(`../../../fixtures/sites/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Record<string, unknown>;
}
