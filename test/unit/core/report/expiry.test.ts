import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HubCertView } from '../../../../core/certificates/metadata';
import { EXPIRING_DAYS } from '../../../../core/certificates/expiry';
import { expiryIcs, expiryList } from '../../../../core/report/expiry';
import { realCertificates, REPORT_NOW, reportSite } from '../../../helpers/report-site';

const site = reportSite();
let certs: HubCertView[] = [];
beforeAll(async () => {
  certs = await realCertificates(site);
}, 120_000);

describe('certificate expiry follow-up', () => {
  it('lists each hub certificate by expiry, with days left and the reminder day', () => {
    const list = expiryList(site, certs, null, REPORT_NOW);
    expect(list.map((e) => e.what).sort()).toEqual(site.hubs.map((h) => h.fqdn).sort());
    const first = list[0]!;
    expect(first.daysLeft).toBeGreaterThan(700);
    const remind = Date.parse(`${first.remindOn}T00:00:00Z`);
    const expiry = Date.parse(first.notAfter);
    expect(Math.round((expiry - remind) / 86_400_000)).toBeGreaterThanOrEqual(EXPIRING_DAYS);
  });

  it('the .ics parses as iCalendar (ical.js): one event per certificate on its expiry day, with a reminder ahead', () => {
    const list = expiryList(site, certs, null, REPORT_NOW);
    const text = expiryIcs(site, list, REPORT_NOW);
    expect(text).toContain('\r\n ');
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(list.length);
    for (const [i, e] of list.entries()) {
      const ev = new ICAL.Event(events[i]!);
      expect(ev.summary).toBe(
        `Certificate expires: ${e.what} (${site.customer.name}, ${site.customer.siteName})`,
      );
      expect(ev.startDate.toString()).toBe(e.notAfter.slice(0, 10));
      expect(ev.description).toContain(e.thumbprint);
      const alarm = events[i]!.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe(`-P${EXPIRING_DAYS}D`);
      expect(ev.uid).toBe(`${e.thumbprint.toLowerCase()}-expiry@secure-smtp-runbook`);
    }
  });
});
