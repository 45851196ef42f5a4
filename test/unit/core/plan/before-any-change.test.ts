import { describe, expect, it } from 'vitest';
import { installScript } from '../../../../core/plan';
import { validateSite, type Site } from '../../../../core/site';
import { rawSiteFixture } from '../site/load-fixture';

/*
 * Item 3 of the session-4 review: on the Internet-facing (Partner connector) path the check that
 * partner addresses exist runs before ANY change: before the PFX import and the SMTP assignment.
 */

const now = new Date('2026-11-28T21:10:00Z');

function withoutPartnerAddresses(name: string): Site {
  const raw = rawSiteFixture(name) as Record<string, unknown> & {
    hubs: Record<string, unknown>[];
  };
  const hubs = raw.hubs.map((h) => {
    if (h['id'] !== 'hub-2') return h;
    const { ipAddresses: _gone, ...rest } = h;
    return rest;
  });
  const r = validateSite({ ...raw, hubs });
  if (!r.ok) throw new Error(`${r.error.field}: ${r.error.message}`);
  return r.value;
}

function script(site: Site, hubId: string): string {
  const r = installScript(site, hubId, { now });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.content;
}

describe('Internet-facing hub with no partner addresses', () => {
  it.each(['internet-facing-2007-2010', '2016-2019-se-multi'])(
    '%s: the script stops before step 1, ahead of the import and the SMTP assignment',
    (name) => {
      const text = script(withoutPartnerAddresses(name), 'hub-1');
      const stop = text.indexOf('No partner hub IP addresses are recorded for EX01');
      const firstStep = text.indexOf('if (Start-RunbookStep ');
      expect(stop).toBeGreaterThan(0);
      expect(stop).toBeLessThan(firstStep);
      expect(stop).toBeLessThan(text.indexOf('Import-ExchangeCertificate'));
      expect(stop).toBeLessThan(text.indexOf('Enable-ExchangeCertificate'));
      // A dry run reports it instead of stopping, so -WhatIf still shows every step.
      const line = text.split('\r\n').find((l) => l.includes('No partner hub IP addresses'));
      expect(line).toMatch(/^if \(\$WhatIf\) \{ Write-Host 'WARNING: .*\} else \{ throw /u);
    },
  );

  it('a hub whose partners have addresses gets no such stop', () => {
    const text = script(withoutPartnerAddresses('internet-facing-2007-2010'), 'hub-2');
    expect(text).not.toContain('No partner hub IP addresses are recorded');
  });
});
