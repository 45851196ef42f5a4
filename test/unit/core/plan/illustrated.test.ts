import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allSteps, planFor } from '../../../../core/plan';
import { exchangeVersions, siteSchema, type Site } from '../../../../core/site';
import { rawAsVersion } from '../site/load-fixture';

const fixtures = readdirSync('test/fixtures/sites').filter((f) => f.endsWith('.json'));

function sites(): { name: string; site: Site }[] {
  return fixtures.flatMap((file) => {
    const raw = JSON.parse(readFileSync(`test/fixtures/sites/${file}`, 'utf8')) as Record<
      string,
      unknown
    >;
    // Every fixture under every Exchange version, so no version-specific step escapes.
    return exchangeVersions.flatMap((version) => {
      const parsed = siteSchema.safeParse(rawAsVersion(raw, version));
      return parsed.success ? [{ name: `${file} as ${version}`, site: parsed.data }] : [];
    });
  });
}

describe('every planned step can be shown', () => {
  it('covers all fixtures under every Exchange version', () => {
    expect(sites().length).toBeGreaterThanOrEqual(fixtures.length * 3);
  });

  it.each(sites().map((s) => [s.name, s.site] as const))(
    '%s: each step has an illustration or is marked shell only',
    (_name, site) => {
      const unshown = allSteps(planFor(site))
        .filter((step) => step.illustration === null && !step.shellOnly)
        .map((step) => step.key);
      expect(unshown).toEqual([]);
    },
  );
});
