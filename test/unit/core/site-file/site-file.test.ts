import { describe, expect, it } from 'vitest';
import {
  siteFileLeavesBehind,
  SITE_FILE_MAX_BYTES,
  buildSiteFile,
  diffSiteFile,
  isSameSite,
  mergeImportedProgress,
  parseSiteFile,
  parseSiteOrSiteFile,
  serializeSiteFile,
  siteFieldLabel,
  suggestedSiteFileName,
  type SiteFileProgress,
} from '../../../../core/site-file';
import { siteFixture } from '../site/load-fixture';

const site = siteFixture('2016-2019-se-multi');
const progress: SiteFileProgress = {
  'prereq.trust@hub-1': {
    status: 'done',
    by: "Jan O'Neill",
    at: '2026-11-20T09:00:00.000Z',
    note: 'checked with netdom',
    evidence: [],
  },
  'cert.import@hub-2': {
    status: 'blocked',
    by: "Jan O'Neill",
    at: '2026-11-20T10:00:00.000Z',
    note: '',
    evidence: ['ev-1'],
  },
};
const when = new Date('2026-11-28T21:00:00.000Z');

/** The exported text of the fixture site, as a mutable object for hostile edits. */
function exported(): Record<string, unknown> {
  return JSON.parse(serializeSiteFile(buildSiteFile(site, progress, when))) as Record<
    string,
    unknown
  >;
}

describe('site file', () => {
  it('round-trips the site and its progress exactly', () => {
    const text = serializeSiteFile(buildSiteFile(site, progress, when));
    const parsed = parseSiteFile(text);
    expect(parsed).toEqual({
      ok: true,
      value: {
        format: 'secure-smtp-runbook.site',
        formatVersion: 1,
        site,
        progress,
        exportedAt: '2026-11-28T21:00:00.000Z',
      },
    });
    expect(text).toContain('"schemaVersion": 1');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('carries no key material or password fields', () => {
    const text = serializeSiteFile(buildSiteFile(site, progress, when));
    expect(text).not.toMatch(/PRIVATE KEY|password|passphrase/iu);
  });

  it('suggests a Windows-safe file name from the customer and site', () => {
    expect(suggestedSiteFileName(site)).toBe(
      'contoso-ltd-amsterdam-and-fabrikam-partner-link.smtprunbook',
    );
  });

  it('refuses a file that is not JSON, or JSON of another kind', () => {
    expect(parseSiteFile('{"format": ')).toMatchObject({
      ok: false,
      error: { code: 'site-file-not-json', message: expect.stringContaining('not valid JSON') },
    });
    expect(parseSiteFile('[1,2]')).toMatchObject({ ok: false, error: { field: 'format' } });
    expect(parseSiteFile(JSON.stringify({ ...exported(), format: 'other.app' }))).toMatchObject({
      ok: false,
      error: { code: 'site-file-wrong-format', field: 'format' },
    });
  });

  it('tells the user to update the app for a newer format version', () => {
    const result = parseSiteFile(JSON.stringify({ ...exported(), formatVersion: 2 }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'site-file-newer',
        field: 'formatVersion',
        message: expect.stringContaining('newer version of the app'),
      },
    });
    if (!result.ok) expect(result.error.message).toContain('update the app');
    expect(parseSiteFile(JSON.stringify({ ...exported(), formatVersion: '1' }))).toMatchObject({
      ok: false,
      error: { field: 'formatVersion' },
    });
  });

  it('names the offending hub field by path and by its human label', () => {
    const file = exported();
    const hubs = (file['site'] as { hubs: Record<string, unknown>[] }).hubs;
    hubs[1]!['fqdn'] = 'mx1 .fabrikam.local';
    const result = parseSiteFile(JSON.stringify(file));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'site-file-invalid', field: 'site.hubs.1.fqdn' },
    });
    if (!result.ok) {
      expect(result.error.message).toMatch(
        /^Hub 2: FQDN 'mx1 \.fabrikam\.local' contains a space/u,
      );
      expect(result.error.message).toContain('site.hubs.1.fqdn');
    }
    expect(siteFieldLabel('hubs.1.fqdn')).toBe('Hub 2 · FQDN');
    expect(siteFieldLabel('certificate.validityDays')).toBe('Validity (days)');
  });

  it('refuses invalid progress records and cross-field site errors', () => {
    const file = exported();
    (file['progress'] as Record<string, Record<string, unknown>>)['prereq.trust@hub-1']!['status'] =
      'finished';
    expect(parseSiteFile(JSON.stringify(file))).toMatchObject({
      ok: false,
      error: { field: 'progress.prereq.trust@hub-1.status' },
    });
    const dup = exported();
    const hubs = (dup['site'] as { hubs: Record<string, unknown>[] }).hubs;
    hubs[1]!['id'] = 'hub-1';
    expect(parseSiteFile(JSON.stringify(dup))).toMatchObject({
      ok: false,
      error: { field: 'site.hubs.1.id' },
    });
  });

  it('refuses certificate facts whose validity ends before it begins, naming the field', () => {
    const meta = (notBefore: string, notAfter: string) => ({
      subject: 'CN=ex01.contoso.local',
      issuer: 'CN=ex01.contoso.local',
      sans: ['ex01.contoso.local'],
      notBefore,
      notAfter,
      keyBits: 2048,
      serialHex: '01',
      thumbprint: 'A'.repeat(40),
      sha256: 'B'.repeat(64),
      selfSigned: true,
      isCa: true,
      extKeyUsage: ['serverAuth'],
    });
    const file = exported();
    file['certificates'] = {
      hubs: [
        {
          hubId: 'hub-1',
          profile: 'windows-legacy',
          friendlyName: 'Riverbed SMTP EX01',
          metadata: meta('2027-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
          signedBy: null,
        },
      ],
      siteCa: null,
    };
    const bad = parseSiteFile(JSON.stringify(file));
    expect(bad).toMatchObject({
      ok: false,
      error: { field: 'certificates.hubs.0.metadata.notAfter' },
    });
    expect(!bad.ok && bad.error.message).toMatch(/after notBefore/u);
    (file['certificates'] as { hubs: { metadata: unknown }[] }).hubs[0]!.metadata = meta(
      '2026-01-01T00:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
    );
    expect(parseSiteFile(JSON.stringify(file)).ok).toBe(true);
  });

  it('refuses __proto__ and constructor keys without polluting any prototype', () => {
    const text = serializeSiteFile(buildSiteFile(site, progress, when)).replace(
      '"progress": {',
      '"progress": { "__proto__": { "polluted": "yes", "status": "done" },',
    );
    const result = parseSiteFile(text);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'site-file-hostile', field: 'progress.__proto__' },
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const nested = serializeSiteFile(buildSiteFile(site, progress, when)).replace(
      '"customer": {',
      '"customer": { "constructor": { "prototype": { "x": 1 } },',
    );
    expect(parseSiteFile(nested)).toMatchObject({
      ok: false,
      error: { field: 'site.customer.constructor' },
    });
  });

  it('refuses a huge file before parsing it', () => {
    const huge = `{"format":"secure-smtp-runbook.site","pad":"${'x'.repeat(SITE_FILE_MAX_BYTES)}"}`;
    const started = Date.now();
    expect(parseSiteFile(huge)).toMatchObject({
      ok: false,
      error: { code: 'site-file-too-large', message: expect.stringContaining('20 MB') },
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('previews an import: site name, hubs added, removed and changed, progress overwritten and added', () => {
    const incomingSite = {
      ...site,
      customer: { ...site.customer, siteName: 'Amsterdam (updated)' },
      hubs: [
        { ...site.hubs[0]!, windowsVersion: '2022' as const, ipAddresses: ['10.1.0.26'] },
        { ...site.hubs[0]!, id: 'hub-3', fqdn: 'ex02.contoso.local', netbiosName: 'EX02' },
      ],
      steelheads: site.steelheads.filter((s) => s.hubIds.includes('hub-1')),
    };
    const incoming = buildSiteFile(
      incomingSite,
      {
        'prereq.trust@hub-1': { ...progress['prereq.trust@hub-1']!, status: 'skipped' },
        'cert.import@hub-2': progress['cert.import@hub-2']!,
        'cert.import@hub-3': { ...progress['cert.import@hub-2']!, status: 'done' },
      },
      when,
    );
    const local = { ...progress, 'verify.mail@hub-1': progress['prereq.trust@hub-1']! };
    const diff = diffSiteFile({ site, progress: local }, incoming);
    expect(diff.siteName).toEqual({
      from: 'Amsterdam and Fabrikam partner link',
      to: 'Amsterdam (updated)',
    });
    expect(diff.hubs.added).toEqual([{ id: 'hub-3', fqdn: 'ex02.contoso.local' }]);
    expect(diff.hubs.removed).toEqual([{ id: 'hub-2', fqdn: 'mx1.fabrikam.local' }]);
    expect(diff.hubs.changed).toEqual([
      {
        id: 'hub-1',
        fqdn: 'ex01.contoso.local',
        fields: ['Windows Server version', 'IP addresses'],
      },
    ]);
    expect(diff.steelheads).toEqual({ added: 0, removed: 1, changed: 0 });
    expect(diff.progress).toEqual({
      added: ['cert.import@hub-3'],
      overwritten: [
        {
          key: 'prereq.trust@hub-1',
          label: 'A step this version of the app does not know',
          from: 'done',
          to: 'skipped',
          by: progress['prereq.trust@hub-1']?.by,
          at: progress['prereq.trust@hub-1']?.at,
        },
      ],
      unchanged: 1,
      keptLocal: 1,
      keptNewer: 0,
      replaced: 0,
    });
    expect(diff.identical).toBe(false);
    const merged = mergeImportedProgress(local, incoming.progress, true);
    expect(Object.keys(merged).sort()).toEqual([
      'cert.import@hub-2',
      'cert.import@hub-3',
      'prereq.trust@hub-1',
      'verify.mail@hub-1',
    ]);
    expect(merged['prereq.trust@hub-1']?.status).toBe('skipped');
  });

  it("keeps this laptop's newer records when the file's are older", () => {
    const newer = {
      ...progress['prereq.trust@hub-1']!,
      status: 'blocked' as const,
      note: 'x',
      at: '2027-01-01T00:00:00.000Z',
    };
    const incoming = buildSiteFile(site, progress, when);
    const local = { ...progress, 'prereq.trust@hub-1': newer };
    const diff = diffSiteFile({ site, progress: local }, incoming);
    expect(diff.progress.keptNewer).toBe(1);
    expect(diff.progress.overwritten).toEqual([]);
    expect(mergeImportedProgress(local, incoming.progress, true)['prereq.trust@hub-1']).toEqual(
      newer,
    );
  });

  it("another customer's site replaces this laptop's progress instead of mixing it in", () => {
    const other = {
      ...site,
      customer: { name: 'Northwind', siteName: 'Oslo' },
      hubs: site.hubs.map((h, i) => ({ ...h, fqdn: `nw${i + 1}.northwind.local` })),
    };
    expect(isSameSite(site, other)).toBe(false);
    expect(isSameSite(site, { ...site, customer: { ...site.customer, siteName: 'Renamed' } })).toBe(
      true,
    );
    const incoming = buildSiteFile(other, {}, when);
    const diff = diffSiteFile({ site, progress }, incoming);
    expect(diff.progress.replaced).toBe(Object.keys(progress).length);
    expect(diff.progress.keptLocal).toBe(0);
    expect(mergeImportedProgress(progress, incoming.progress, false)).toEqual({});
  });

  it('previews an import onto a laptop with no site as all hubs added', () => {
    const diff = diffSiteFile({ site: null, progress: {} }, buildSiteFile(site, progress, when));
    expect(diff.siteName.from).toBeNull();
    expect(diff.hubs.added.map((h) => h.id)).toEqual(['hub-1', 'hub-2']);
    expect(diff.progress.added).toHaveLength(2);
    const again = diffSiteFile({ site, progress }, buildSiteFile(site, progress, when));
    expect(again.identical).toBe(true);
  });
});

describe('parseSiteOrSiteFile (for the CLI)', () => {
  it('reads a site file with its progress, or a bare site with none', () => {
    const wrapped = parseSiteOrSiteFile(serializeSiteFile(buildSiteFile(site, progress, when)));
    expect(wrapped).toEqual({ ok: true, value: { site, progress } });
    expect(parseSiteOrSiteFile(JSON.stringify(site))).toEqual({
      ok: true,
      value: { site, progress: {} },
    });
    const badBare = JSON.parse(JSON.stringify(site));
    badBare.hubs[0].fqdn = 'ex01 .contoso.local';
    expect(parseSiteOrSiteFile(JSON.stringify(badBare))).toMatchObject({
      ok: false,
      error: { field: 'hubs.0.fqdn' },
    });
    expect(parseSiteOrSiteFile('{"hello": 1}')).toMatchObject({
      ok: false,
      error: { code: 'site-file-wrong-format' },
    });
    expect(parseSiteOrSiteFile(JSON.stringify({ ...exported(), formatVersion: 9 }))).toMatchObject({
      ok: false,
      error: { code: 'site-file-newer' },
    });
  });
});

describe('what a site file leaves behind (the export says so)', () => {
  it('names the evidence and collected states that stay on this laptop, and nothing when none', () => {
    expect(siteFileLeavesBehind({}, 0)).toBeNull();
    const progress = {
      a: { status: 'done' as const, evidence: ['e1', 'e2'] },
      b: { status: 'done' as const, evidence: ['e2'] },
    };
    const words = siteFileLeavesBehind(progress as never, 1);
    expect(words).toContain('Evidence stays behind on this laptop');
    expect(words).toContain(
      '2 evidence files (screenshots, pasted output) and 1 collected server state',
    );
    expect(words).toContain('cannot verify its checked-output part');
  });
});
