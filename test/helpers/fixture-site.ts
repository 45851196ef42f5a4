import { readFileSync } from 'node:fs';
import { siteSchema, type Site } from '../../core/site';

/** A reviewed fixture site (test/fixtures/sites/<name>.json), optionally in site CA mode. */
export function fixtureSite(name: string, options: { siteCa?: boolean } = {}): Site {
  const raw = JSON.parse(readFileSync(`test/fixtures/sites/${name}.json`, 'utf8'));
  return siteSchema.parse({
    ...raw,
    certificate: { ...raw.certificate, siteCa: options.siteCa ?? false },
  });
}
