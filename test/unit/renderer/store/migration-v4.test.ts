import { describe, expect, it } from 'vitest';
import { installScript } from '../../../../core/plan';
import { migratePersisted } from '../../../../renderer/store/migrations';
import { persistedSchema } from '../../../../renderer/store/persisted-schema';
import { siteFixture } from '../../core/site/load-fixture';

/** A format-3 store as the app wrote it: the old default `false` on every hub but one `true`. */
function v3Store() {
  const site = siteFixture('2010-sp1-multi');
  const hubs = site.hubs.map((h, i) => ({ ...h, receiveConnectorInternetFacing: i === 1 }));
  return {
    preferences: { theme: 'dark' },
    site: { ...site, hubs },
    siteDraft: {
      page: 3,
      value: { hubs: [{ id: 'hub-1', receiveConnectorInternetFacing: false }] },
    },
    progress: {},
    exports: {},
  };
}

describe('store format 3 -> 4: "takes anonymous mail" has no default any more', () => {
  it('turns a stored false (maybe the old default) into "not answered", keeps an explicit true', () => {
    const migrated = migratePersisted(v3Store(), 3);
    const parsed = persistedSchema.parse(migrated);
    expect(parsed.site?.hubs.map((h) => h.receiveConnectorInternetFacing)).toEqual([null, true]);
    expect(JSON.stringify(parsed.siteDraft)).toContain('"receiveConnectorInternetFacing":null');
  });

  it('the migrated site makes no install script for the unanswered hub until it is answered', () => {
    const parsed = persistedSchema.parse(migratePersisted(v3Store(), 3));
    const site = parsed.site!;
    const blocked = installScript(site, 'hub-1', { now: new Date('2026-11-28T10:00:00Z') });
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) expect(blocked.error.field).toBe('hubs.0.receiveConnectorInternetFacing');
    const answered = {
      ...site,
      hubs: site.hubs.map((h, i) =>
        i === 0 ? { ...h, receiveConnectorInternetFacing: false } : h,
      ),
    };
    expect(installScript(answered, 'hub-1', { now: new Date('2026-11-28T10:00:00Z') }).ok).toBe(
      true,
    );
  });
});
