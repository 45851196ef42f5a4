import { appError, fail, ok, type Result } from '../errors';
import {
  normaliseThumbprint,
  type IncompleteField,
  type ObservedCertificate,
  type ObservedReceiveConnector,
  type ObservedRootEntry,
  type ObservedSendConnector,
  type ObservedState,
} from './observed';

/** Pasted output larger than this is refused (a Format-List of these objects is a few KB). */
export const MAX_PASTED_CHARS = 512 * 1024;

/**
 * Reads `Format-List` output pasted from the Exchange Management Shell (the commands the
 * verification steps show) into the observed-state model, in the 2010 (remoting) and 2016 shapes:
 * `Name   : value` lines, objects separated by blank lines, long values wrapped onto indented lines,
 * lists as `{a, b}` (cut short as `{a, b, c, d...}`), flags as `A, B, C`. A property that is not
 * shown stays unknown; output it cannot read is refused ("cannot read this"), never a pass.
 */
export function parsePastedOutput(text: string): Result<ObservedState> {
  if (text.length > MAX_PASTED_CHARS) {
    return refuse(
      `the pasted text is ${text.length} characters; paste only the output of the step's command`,
    );
  }
  const records = splitRecords(text);
  if (!records.ok) return records;
  const state: Mutable = { source: 'pasted' };
  for (const r of records.value) {
    const added = addRecord(state, r);
    if (!added.ok) return added;
  }
  if (Object.keys(state).length === 1) {
    const table = /^[ \t]*-{3,}([ \t]+-{3,})+[ \t\r]*$/mu.test(text);
    return refuse(
      table
        ? 'this looks like a table: run the command with | Format-List as the step shows, and paste that'
        : "no Format-List output of Get-ExchangeCertificate, Get-ReceiveConnector, Get-SendConnector, Get-TransportConfig or the Trusted Root store was found: paste the command's whole output",
    );
  }
  return ok(state);
}

type Mutable = { -readonly [K in keyof ObservedState]: ObservedState[K] };
/** Property -> value; `cut` marks the text's last line when the paste did not end with a line break. */
type Fields = Map<string, { value: string; line: number; cut?: boolean }>;

const refuse = (message: string) =>
  fail<never>(appError('pasted-unreadable', 'output', `cannot read this: ${message}`));
const PROPERTY = /^([A-Za-z][A-Za-z0-9]*)\s*:(?: (.*))?$/u;
const PROMPT = /^(\[PS\]\s*)?(PS\s+)?[A-Za-z]:\\[^>]*>/u;

/** Lines into objects: one map of property -> value per blank-line-separated block. */
function splitRecords(text: string): Result<Fields[]> {
  const out: Fields[] = [];
  let current: Fields = new Map();
  let last: string | null = null;
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/\s+$/u, '');
    if (line === '' || PROMPT.test(line)) {
      if (current.size > 0) out.push(current);
      current = new Map();
      last = null;
      continue;
    }
    const m = PROPERTY.exec(line);
    if (m && !/^\s/u.test(raw)) {
      const name = m[1] ?? '';
      if (current.has(name)) {
        out.push(current);
        current = new Map();
      }
      current.set(name, { value: (m[2] ?? '').trim(), line: i + 1 });
      last = name;
    } else if (/^\s/u.test(raw) && last !== null) {
      const prev = current.get(last);
      if (prev) prev.value += line.trim();
    } else {
      return refuse(`line ${i + 1} is not part of Format-List output: "${line.slice(0, 60)}"`);
    }
  }
  // A paste that stops mid-line may have lost the end of its last value.
  const lastField = last === null ? undefined : current.get(last);
  if (lastField && !/\n\s*$/u.test(text)) lastField.cut = true;
  if (current.size > 0) out.push(current);
  return ok(out);
}

/** A list value: `{a, b}`, `{}`, `a, b` (flags); cut short when it ends with `...`. */
/** A True/False field as Format-List prints it; absent or anything else: not shown (null). */
function boolField(fields: Fields, name: string): boolean | null {
  const v = fields.get(name)?.value.trim().toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : null;
}

function listOf(fields: Fields, name: string): { items: string[]; complete: boolean } {
  const f = fields.get(name);
  if (!f) return { items: [], complete: false };
  let v = f.value;
  let complete = f.cut !== true;
  if (v.startsWith('{')) {
    if (!v.endsWith('}')) complete = false;
    v = v.slice(1);
  }
  if (v.endsWith('}')) v = v.slice(0, -1);
  if (v.endsWith('...')) {
    v = v.slice(0, -3);
    complete = false;
  }
  // A list that ends in a comma was wrapped onto a line the paste does not hold.
  if (v.trimEnd().endsWith(',')) complete = false;
  const items = v
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  return { items, complete };
}

function lists<K extends IncompleteField>(fields: Fields, names: Record<K, string>) {
  const values = {} as Record<K, string[]>;
  const incomplete: IncompleteField[] = [];
  for (const key of Object.keys(names) as K[]) {
    const l = listOf(fields, names[key]);
    values[key] = l.items;
    if (!l.complete) incomplete.push(key);
  }
  return { values, incomplete };
}

const textOf = (fields: Fields, name: string) => fields.get(name)?.value || null;

function boolOf(fields: Fields, name: string): Result<boolean | null> {
  const f = fields.get(name);
  if (!f) return ok(null);
  if (/^true$/iu.test(f.value)) return ok(true);
  if (/^false$/iu.test(f.value)) return ok(false);
  return refuse(`${name} on line ${f.line} is "${f.value}", not True or False`);
}

function thumbprintOf(fields: Fields): Result<string> {
  const f = fields.get('Thumbprint');
  const t = f ? normaliseThumbprint(f.value) : null;
  return t
    ? ok(t)
    : refuse(
        `the Thumbprint on line ${f?.line ?? '?'} is not 40 hex digits: copy the whole output`,
      );
}

function addRecord(state: Mutable, fields: Fields): Result<true> {
  const has = (...names: string[]) => names.some((n) => fields.has(n));
  if (has('Services', 'CertificateDomains') || (has('Thumbprint') && has('FriendlyName'))) {
    const t = thumbprintOf(fields);
    if (!t.ok) return t;
    const l = lists(fields, { domains: 'CertificateDomains', services: 'Services' });
    const cert: ObservedCertificate = {
      thumbprint: t.value,
      subject: textOf(fields, 'Subject'),
      friendlyName: textOf(fields, 'FriendlyName'),
      domains: l.values.domains.map((d) => d.toLowerCase()),
      services: l.values.services.map((x) => x.toUpperCase()),
      notBefore: textOf(fields, 'NotBefore'),
      notAfter: textOf(fields, 'NotAfter'),
      keySize: null,
      hasPrivateKey: boolField(fields, 'HasPrivateKey'),
      incomplete: l.incomplete,
    };
    state.certificates = [...(state.certificates ?? []), cert];
  } else if (has('Thumbprint') && has('Subject')) {
    const t = thumbprintOf(fields);
    if (!t.ok) return t;
    const root: ObservedRootEntry = {
      thumbprint: t.value,
      subject: textOf(fields, 'Subject'),
      notAfter: textOf(fields, 'NotAfter'),
    };
    state.rootStore = [...(state.rootStore ?? []), root];
  } else if (has('PermissionGroups', 'Bindings', 'RemoteIPRanges', 'AuthMechanism')) {
    const identity = textOf(fields, 'Identity') ?? textOf(fields, 'Name');
    if (!identity)
      return refuse('a receive connector without its Identity: run the command as the step shows');
    const secure = boolOf(fields, 'DomainSecureEnabled');
    if (!secure.ok) return secure;
    const l = lists(fields, {
      bindings: 'Bindings',
      remoteIpRanges: 'RemoteIPRanges',
      permissionGroups: 'PermissionGroups',
      authMechanism: 'AuthMechanism',
    });
    const c: ObservedReceiveConnector = {
      identity,
      name: identity.slice(identity.indexOf('\\') + 1),
      ...l.values,
      domainSecureEnabled: secure.value,
      fqdn: textOf(fields, 'Fqdn'),
      transportRole: textOf(fields, 'TransportRole'),
      incomplete: l.incomplete,
    };
    state.receiveConnectors = [...(state.receiveConnectors ?? []), c];
  } else if (has('AddressSpaces', 'SmartHosts', 'DNSRoutingEnabled', 'IgnoreSTARTTLS')) {
    const name = textOf(fields, 'Name') ?? textOf(fields, 'Identity');
    if (!name)
      return refuse('a send connector without its Name: run the command as the step shows');
    const flags = [
      boolOf(fields, 'DNSRoutingEnabled'),
      boolOf(fields, 'IgnoreSTARTTLS'),
      boolOf(fields, 'DomainSecureEnabled'),
    ];
    for (const f of flags) if (!f.ok) return f;
    const [dns, ignore, secure] = flags.map((f) => (f.ok ? f.value : null));
    const l = lists(fields, { addressSpaces: 'AddressSpaces', smartHosts: 'SmartHosts' });
    const c: ObservedSendConnector = {
      name,
      ...l.values,
      dnsRoutingEnabled: dns ?? null,
      ignoreStartTls: ignore ?? null,
      domainSecureEnabled: secure ?? null,
      fqdn: textOf(fields, 'Fqdn'),
      incomplete: l.incomplete,
    };
    state.sendConnectors = [...(state.sendConnectors ?? []), c];
  } else if (has('TLSSendDomainSecureList', 'TLSReceiveDomainSecureList')) {
    const l = lists(fields, {
      tlsSendDomainSecureList: 'TLSSendDomainSecureList',
      tlsReceiveDomainSecureList: 'TLSReceiveDomainSecureList',
    });
    state.transportConfig = {
      tlsSendDomainSecureList: l.values.tlsSendDomainSecureList.map((d) => d.toLowerCase()),
      tlsReceiveDomainSecureList: l.values.tlsReceiveDomainSecureList.map((d) => d.toLowerCase()),
      incomplete: l.incomplete,
    };
  }
  return ok(true);
}
