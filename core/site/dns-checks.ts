import { decodePunycode } from './punycode';
import { checkPlainText, showValue } from './text-checks';

/**
 * True for an IDN A-label: `xn--` plus Punycode that decodes to a lower-case label with at least
 * one non-ASCII character and nothing invisible or control-like. IDNA2008's per-script rules are
 * not checked (docs/domain.md §11).
 */
function isALabel(part: string): boolean {
  if (!part.startsWith('xn--')) return false;
  const unicode = decodePunycode(part.slice(4));
  if (unicode === null || !Array.from(unicode).some((c) => (c.codePointAt(0) ?? 0) > 0x7f)) {
    return false;
  }
  if (unicode !== unicode.toLowerCase() || unicode.normalize('NFC') !== unicode) return false;
  return checkPlainText(unicode, 'label', 63) === null && !/[\s.]/u.test(unicode);
}

/** Lower-cases and drops one trailing dot: the form we store, show and issue into certificates. */
export function normaliseDnsName(value: string): string {
  const lower = value.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/**
 * RFC 1123 host/domain name check on the normalised form: ASCII letters, digits and hyphens,
 * labels 1-63, total 253, last label not numeric. `example` is shown in the fix.
 */
export function checkDnsName(value: string, label: string, example: string): string | null {
  const plain = checkPlainText(value, label, 253);
  if (plain) return plain;
  const shown = showValue(value);
  if (value === '') return `${label} is empty: use a DNS name such as ${example}`;
  if (/\s/u.test(value))
    return `${label} '${shown}' contains a space: use a DNS name such as ${example}`;
  if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(value) || value.includes('/')) {
    return `${label} '${shown}' looks like a URL: give the bare name such as ${example}`;
  }
  if (value.includes('*'))
    return `${label} '${shown}' contains a wildcard: domain security needs an exact name such as ${example}`;
  if (value.includes('_'))
    return `${label} '${shown}' contains an underscore, which DNS host names cannot have: use ${example}-style names`;
  if (value.includes(':') || value.includes('@')) {
    return `${label} '${shown}' contains ':' or '@': give the name only, without port or user`;
  }
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/u.test(value)) {
    return `${label} '${shown}' contains non-ASCII characters: use the ASCII (xn--) form of the name`;
  }
  const name = normaliseDnsName(value);
  if (name.length > 253) return `${label} is ${name.length} characters: DNS names have at most 253`;
  const labels = name.split('.');
  for (const part of labels) {
    if (part === '')
      return `${label} '${shown}' has an empty label (two dots in a row or a leading dot): remove the extra dot`;
    if (part.length > 63)
      return `${label} '${shown}' has a label longer than 63 characters: shorten '${part.slice(0, 20)}...'`;
    if (!/^[a-z0-9-]+$/u.test(part)) {
      return `${label} '${shown}' has characters other than letters, digits, hyphens and dots: use a name such as ${example}`;
    }
    if (part.slice(2, 4) === '--' && !isALabel(part)) {
      return part.startsWith('xn--')
        ? `${label} '${shown}' has a label '${part}' that is not a valid internationalised (xn--) name: copy the ASCII form from DNS or the domain's registration`
        : `${label} '${shown}' has a reserved label ('${part}', hyphens in the third and fourth place): use the server's plain ASCII name`;
    }
    if (part.startsWith('-') || part.endsWith('-')) {
      return `${label} '${shown}' has a label that starts or ends with a hyphen: fix the label '${part}'`;
    }
  }
  // The name becomes a folder and file names on the stick (<fqdn>.pfx); Windows reads a name whose
  // part before the first dot is a device name (CON, NUL, COM1...) as that device.
  if (/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/u.test(labels[0] ?? '')) {
    return `${label} '${shown}' starts with '${labels[0]}', a Windows device name that cannot be a file or folder name: use the server's real name`;
  }
  const last = labels[labels.length - 1] ?? '';
  if (/^[0-9]+$/u.test(last)) {
    return `${label} '${shown}' ends in a numeric label (looks like an IP address): use a DNS name such as ${example}`;
  }
  return null;
}

/** A fully qualified name needs at least two labels (hub01.contoso.local, not hub01). */
export function checkFqdn(value: string, label: string, example: string): string | null {
  const basic = checkDnsName(value, label, example);
  if (basic) return basic;
  if (!normaliseDnsName(value).includes('.')) {
    return `${label} '${showValue(value)}' is a single label: give the full DNS name such as ${example}`;
  }
  return null;
}

/** IPv4 dotted quad or an IPv6 address, for scoping a Partner receive connector. */
export function checkIpAddress(value: string, label: string): string | null {
  const plain = checkPlainText(value, label, 45);
  if (plain) return plain;
  const v4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/u;
  if (v4.test(value)) return null;
  const v6 = /^[0-9a-fA-F:]+$/u;
  if (v6.test(value) && value.includes(':') && value.split('::').length <= 2 && value.length >= 2) {
    const groups = value.split(':').filter((g) => g !== '');
    if (groups.every((g) => g.length <= 4) && groups.length <= 8) return null;
  }
  return `${label} '${showValue(value)}' is not an IP address: give the hub's IPv4 address such as 10.1.2.3`;
}
