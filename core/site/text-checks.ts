/**
 * Pure checks for the free-text and name fields of the site model. Each returns null when the
 * value is acceptable, or a message that names the field, shows the value and says the fix.
 * They run before any value reaches a command generator, so the quoting layer only ever sees
 * text it can carry.
 */

// Characters a message must never echo raw: zero-width, bidi controls, line/paragraph separators.
const hiddenInMessages = /[\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** Renders a user value for a message: control characters escaped, long values shortened. */
export function showValue(value: string): string {
  const escaped = Array.from(value, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) {
      return `\\u${code.toString(16).padStart(4, '0')}`;
    }
    // Zero-width, bidi and separator characters would reorder or hide the message around them.
    if (hiddenInMessages.test(ch) || (code >= 0xd800 && code <= 0xdfff)) {
      return `\\u{${code.toString(16).toUpperCase()}}`;
    }
    return ch;
  }).join('');
  return escaped.length > 60 ? `${escaped.slice(0, 57)}...` : escaped;
}

/** True when the string holds a UTF-16 surrogate without its partner (cannot be encoded as UTF-8). */
export function hasLoneSurrogate(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1;
        continue;
      }
      return true;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

// C0, DEL, C1, and the Unicode line/paragraph separators: none belongs in a one-line field.
// eslint-disable-next-line no-control-regex
const controlChars = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
// Zero-width and bidi controls make a value look different from what it is.
const invisibleChars = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** Refusals every text field shares: NUL, newlines, control, invisible characters, lone surrogates. */
export function checkPlainText(value: string, label: string, maxLength: number): string | null {
  if (value.includes('\u0000')) {
    return `${label} contains a NUL character, which no shell can carry: retype it`;
  }
  if (/[\r\n\u2028\u2029]/u.test(value)) {
    return `${label} '${showValue(value)}' contains a line break: keep it on one line`;
  }
  if (controlChars.test(value)) {
    return `${label} '${showValue(value)}' contains a control character: retype it without tabs or pasted control codes`;
  }
  if (invisibleChars.test(value)) {
    return `${label} '${showValue(value)}' contains an invisible or text-direction character: retype it by hand`;
  }
  if (hasLoneSurrogate(value)) {
    return `${label} contains a broken Unicode character: retype it`;
  }
  if (value.length > maxLength) {
    return `${label} is ${value.length} characters long: shorten it to at most ${maxLength}`;
  }
  return null;
}

/** A required free-text field (customer, site, engineer names). */
export function checkRequiredText(value: string, label: string, maxLength = 120): string | null {
  if (value.trim() === '') return `${label} is empty: fill it in`;
  return checkPlainText(value, label, maxLength);
}

const quoteLike = /['"\u2018-\u201f`]/gu;

/**
 * Exchange connector names: at most 64 characters, printable, no backslash (it separates the
 * server from the connector in `Server\Connector` identities), not only quotes and spaces.
 */
export function checkConnectorName(value: string, label: string): string | null {
  const plain = checkPlainText(value, label, 64);
  if (plain) return plain;
  if (value.trim() === '') {
    return `${label} is empty: use the connector's name as Get-ReceiveConnector or Get-SendConnector shows it`;
  }
  if (value !== value.trim()) {
    return `${label} '${showValue(value)}' starts or ends with a space: remove the extra spaces`;
  }
  if (value.includes('\\')) {
    return `${label} '${showValue(value)}' contains a backslash: give the connector name only, without the server part`;
  }
  if (value.replace(quoteLike, '').trim() === '') {
    return `${label} '${showValue(value)}' is only quote characters: use the connector's real name`;
  }
  if (value.includes('*')) {
    // Exchange reads '*' in an -Identity value as a wildcard: the commands could act on (or the
    // live checks read) several connectors at once.
    return `${label} '${showValue(value)}' contains an asterisk (*), which Exchange reads as a wildcard in -Identity: rename the connector without it, then use the new name`;
  }
  return null;
}

/** NetBIOS computer name: 1 to 15 letters, digits or hyphens, not all digits. */
export function checkNetbiosName(value: string, label: string): string | null {
  const plain = checkPlainText(value, label, 255);
  if (plain) return plain;
  if (value === '') return `${label} is empty: use the server's short name such as HUB01`;
  if (/\s/u.test(value)) {
    return `${label} '${showValue(value)}' contains a space: use the server's short name such as HUB01`;
  }
  if (value.includes('.')) {
    return `${label} '${showValue(value)}' contains a dot: give the short name (HUB01), not the FQDN`;
  }
  if (value.length > 15) {
    return `${label} '${showValue(value)}' is ${value.length} characters: NetBIOS names have at most 15`;
  }
  if (!/^[A-Za-z0-9-]+$/u.test(value)) {
    return `${label} '${showValue(value)}' has characters other than letters, digits and hyphens: use the name shown by 'hostname'`;
  }
  if (/^[0-9]+$/u.test(value)) {
    return `${label} '${showValue(value)}' is all digits: use the server's real short name`;
  }
  return null;
}

/** An optional e-mail address: empty, or one `name@domain.tld` without spaces. */
export function checkOptionalEmail(value: string, label: string): string | null {
  const plain = checkPlainText(value, label, 120);
  if (plain) return plain;
  if (value.trim() === '') return null;
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (
    /\s/u.test(value) ||
    at <= 0 ||
    local.includes('@') ||
    !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$/u.test(
      domain,
    )
  ) {
    return `${label} '${showValue(value)}' is not an e-mail address: use the form name@company.com, or leave it empty`;
  }
  return null;
}
