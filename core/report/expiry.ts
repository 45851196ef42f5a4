import type { CertMetadata, HubCertView } from '../certificates/metadata';
import { daysLeft, EXPIRING_DAYS } from '../certificates/expiry';
import { formatDay } from '../dates';
import type { Site } from '../site/site';

/** One certificate of a site and when it runs out. */
interface ExpiryEntry {
  /** The hub's FQDN, or "site CA". */
  readonly what: string;
  readonly subject: string;
  readonly thumbprint: string;
  readonly notAfter: string;
  /** Days left at `now` (negative once expired), by core's daysLeft. */
  readonly daysLeft: number;
  /** The day the reminder fires: core's "expiring" threshold ahead of the expiry. */
  readonly remindOn: string;
}

const DAY_MS = 86_400_000;

/**
 * The site's certificates by expiry date, soonest first: each hub's and the site CA's, with the
 * reminder day set by the same threshold the Certificates table calls "expiring".
 */
export function expiryList(
  site: Site,
  certs: readonly HubCertView[],
  siteCa: CertMetadata | null,
  now: Date,
): ExpiryEntry[] {
  const entry = (what: string, m: CertMetadata): ExpiryEntry => ({
    what,
    subject: m.subject,
    thumbprint: m.thumbprint,
    notAfter: m.notAfter,
    daysLeft: daysLeft(m.notAfter, now),
    remindOn: formatDay(new Date(Date.parse(m.notAfter) - EXPIRING_DAYS * DAY_MS)),
  });
  const hubs = site.hubs.flatMap((hub) => {
    const cert = certs.find((c) => c.hubId === hub.id);
    return cert ? [entry(hub.fqdn, cert.metadata)] : [];
  });
  const all = siteCa ? [...hubs, entry('site CA', siteCa)] : hubs;
  return all.sort((a, b) => Date.parse(a.notAfter) - Date.parse(b.notAfter));
}

/** RFC 5545 TEXT escaping. */
function icsText(text: string): string {
  return text.replace(/[\\;,]/gu, (c) => `\\${c}`).replace(/\r?\n/gu, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const icsDay = (iso: string) => formatDay(iso).replace(/-/gu, '');
const icsStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/gu, '')
    .replace(/\.\d{3}/u, '');

/**
 * An iCalendar file with one all-day event on each certificate's expiry day and a reminder
 * EXPIRING_DAYS ahead of it. UIDs come from the thumbprints, so importing a newer file updates the
 * same events instead of adding copies.
 */
export function expiryIcs(site: Site, entries: readonly ExpiryEntry[], now: Date): string {
  const where = `${site.customer.name}, ${site.customer.siteName}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Secure SMTP Runbook//certificate expiry//EN',
    'CALSCALE:GREGORIAN',
    ...entries.flatMap((e) => {
      const end = formatDay(new Date(Date.parse(e.notAfter) + DAY_MS)).replace(/-/gu, '');
      return [
        'BEGIN:VEVENT',
        `UID:${e.thumbprint.toLowerCase()}-expiry@secure-smtp-runbook`,
        `DTSTAMP:${icsStamp(now)}`,
        `DTSTART;VALUE=DATE:${icsDay(e.notAfter)}`,
        `DTEND;VALUE=DATE:${end}`,
        `SUMMARY:${icsText(`Certificate expires: ${e.what} (${where})`)}`,
        `DESCRIPTION:${icsText(
          `${e.subject}\nSHA-1 thumbprint ${e.thumbprint}\nValid until ${e.notAfter}\nGenerate and install a new certificate before this day.`,
        )}`,
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:-P${EXPIRING_DAYS}D`,
        `DESCRIPTION:${icsText(`Renew the certificate of ${e.what} within ${EXPIRING_DAYS} days`)}`,
        'END:VALARM',
        'END:VEVENT',
      ];
    }),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
