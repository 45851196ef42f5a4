import { z } from 'zod';
import { appError, fail, ok, type Result } from '../errors';
import { zodToAppError } from '../validation';
import { readClixml, type PsValue } from './clixml';
import { normaliseThumbprint, type ObservedSection, type ObservedState } from './observed';
import { parseXml } from './xml';

/** The collector's mark in every state file it writes (see core/collector). */
export const COLLECTOR_FORMAT = 'secure-smtp-runbook-state/1';
/** A state file is a few kilobytes; anything over this is refused unread. */
export const MAX_STATE_BYTES = 4 * 1024 * 1024;
const limits = { maxDepth: 24, maxNodes: 200_000 };

const text = z.string().max(4096);
const optText = z.union([text, z.null(), z.undefined()]).transform((v) => (v ? v : null));
const optBool = z.union([z.boolean(), z.null(), z.undefined()]).transform((v) => v ?? null);
/** A list the collector writes as string[]; flags enums arrive as `A, B, C`. */
const names = z
  .union([z.array(z.union([text, z.null()])).max(10_000), text, z.null(), z.undefined()])
  .transform((v) =>
    (Array.isArray(v) ? v : (v ?? '').split(','))
      .map((x) => (x ?? '').trim())
      .filter((x) => x !== ''),
  );
const lower = names.transform((v) => v.map((x) => x.toLowerCase()));
const thumbprint = text.transform((v, ctx) => {
  const t = normaliseThumbprint(v);
  if (!t) ctx.addIssue({ code: 'custom', message: 'Thumbprint must be 40 hex digits' });
  return t ?? '';
});
const date = z.union([text, z.null(), z.undefined()]).transform((v) => v ?? null);

const collectorRecord = z.object({
  Format: z.literal(COLLECTOR_FORMAT, { error: `Format must be ${COLLECTOR_FORMAT}` }),
  Server: text.min(1),
  Fqdn: optText,
  ExchangeBuild: optText,
  Windows: optText,
  CollectedAt: date,
});
const sectionRecord = z.object({
  Name: z.enum([
    'certificates',
    'receiveConnectors',
    'sendConnectors',
    'transportConfig',
    'rootStore',
  ]),
  Ok: z.boolean(),
});
const certificateRecord = z.object({
  Thumbprint: thumbprint,
  Subject: optText,
  FriendlyName: optText,
  Domains: lower,
  Services: names.transform((v) => v.map((x) => x.toUpperCase())),
  NotBefore: date,
  NotAfter: date,
  KeySize: z.union([z.number().int(), z.null(), z.undefined()]).transform((v) => v ?? null),
  HasPrivateKey: optBool,
});
const receiveRecord = z.object({
  Identity: text,
  Name: text,
  Bindings: names,
  RemoteIPRanges: names,
  PermissionGroups: names,
  AuthMechanism: names,
  DomainSecureEnabled: optBool,
  Fqdn: optText,
  TransportRole: optText,
});
const sendRecord = z.object({
  Name: text,
  AddressSpaces: names,
  SmartHosts: names,
  DNSRoutingEnabled: optBool,
  IgnoreSTARTTLS: optBool,
  DomainSecureEnabled: optBool,
  Fqdn: optText,
});
const transportRecord = z.object({
  TLSSendDomainSecureList: lower,
  TLSReceiveDomainSecureList: lower,
});
const rootRecord = z.object({ Thumbprint: thumbprint, Subject: optText, NotAfter: date });

type Kind = 'collector' | 'section' | 'certificate' | 'receive' | 'send' | 'transport' | 'root';
const kinds: readonly Kind[] = [
  'collector',
  'section',
  'certificate',
  'receive',
  'send',
  'transport',
  'root',
];

/** Decodes the bytes the way Export-Clixml wrote them: UTF-16LE (PowerShell's default) or UTF-8. */
function decode(bytes: Uint8Array): Result<string> {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  const noBom16 = bytes.length > 1 && bytes[0] !== 0 && bytes[1] === 0;
  try {
    const label = le || noBom16 ? 'utf-16le' : be ? 'utf-16be' : 'utf-8';
    return ok(new TextDecoder(label, { fatal: true }).decode(bytes));
  } catch {
    return fail(
      appError(
        'state-encoding',
        'state',
        'cannot read this: the file is not text (UTF-8 or UTF-16)',
      ),
    );
  }
}

const refuse = (message: string) =>
  fail<ObservedState>(appError('state-unreadable', 'state', `cannot read this: ${message}`));

/**
 * Reads a state file from collect-<server>.ps1 into the observed-state model. A file that is too
 * big, not CLIXML, cut short, hostile or not from the collector is refused with a message that
 * says so; a section the collector could not read stays unobserved (its checks say unknown).
 */
export function readStateFile(bytes: Uint8Array): Result<ObservedState> {
  if (bytes.length > MAX_STATE_BYTES) {
    return refuse(
      `the file is ${bytes.length} bytes; a state file is far smaller (at most ${MAX_STATE_BYTES}). Choose the state-<server>-<time>.xml the collector wrote.`,
    );
  }
  if (bytes.length === 0) return refuse('the file is empty');
  const textResult = decode(bytes);
  if (!textResult.ok) return textResult;
  const xml = parseXml(textResult.value, limits);
  if (!xml.ok) return refuse(xml.error.message);
  const values = readClixml(xml.value);
  if (!values.ok) return refuse(values.error.message);
  return observedFromRecords(values.value);
}

function observedFromRecords(values: readonly PsValue[]): Result<ObservedState> {
  const byKind = new Map<Kind, Record<string, PsValue>[]>(kinds.map((k) => [k, []]));
  for (const v of values) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
    const obj = v as { kind: 'object'; props: Record<string, PsValue> };
    const kind = obj.props.Kind;
    if (typeof kind === 'string' && (kinds as readonly string[]).includes(kind))
      byKind.get(kind as Kind)?.push(obj.props);
  }
  const heads = byKind.get('collector') ?? [];
  if (heads.length !== 1)
    return refuse('this file was not written by collect-<server>.ps1 (no single collector record)');
  const head = collectorRecord.safeParse(heads[0]);
  if (!head.success) return fail(zodToAppError(head.error, 'state-unreadable', 'collector'));
  const done = new Set<ObservedSection>();
  for (const s of byKind.get('section') ?? []) {
    const r = sectionRecord.safeParse(s);
    if (r.success && r.data.Ok) done.add(r.data.Name);
  }
  const parseAll = <T>(kind: Kind, schema: z.ZodType<T>): Result<T[]> => {
    const out: T[] = [];
    for (const [i, rec] of (byKind.get(kind) ?? []).entries()) {
      const r = schema.safeParse(rec);
      if (!r.success) return fail(zodToAppError(r.error, 'state-unreadable', `${kind}.${i}`));
      out.push(r.data);
    }
    return ok(out);
  };
  const certs = parseAll('certificate', certificateRecord);
  const receive = parseAll('receive', receiveRecord);
  const send = parseAll('send', sendRecord);
  const transport = parseAll('transport', transportRecord);
  const root = parseAll('root', rootRecord);
  for (const r of [certs, receive, send, transport, root]) if (!r.ok) return r as Result<never>;
  if (!certs.ok || !receive.ok || !send.ok || !transport.ok || !root.ok)
    return refuse('a record is malformed');
  const h = head.data;
  const t = transport.value;
  return ok({
    source: 'collector',
    server: {
      name: h.Server.toUpperCase(),
      fqdn: h.Fqdn?.toLowerCase() ?? null,
      exchangeBuild: h.ExchangeBuild,
      windowsVersion: h.Windows,
    },
    ...(h.CollectedAt ? { collectedAt: h.CollectedAt } : {}),
    ...(done.has('certificates')
      ? {
          certificates: certs.value.map((c) => ({
            thumbprint: c.Thumbprint,
            subject: c.Subject,
            friendlyName: c.FriendlyName,
            domains: c.Domains,
            services: c.Services,
            notBefore: c.NotBefore,
            notAfter: c.NotAfter,
            keySize: c.KeySize,
            hasPrivateKey: c.HasPrivateKey,
          })),
        }
      : {}),
    ...(done.has('receiveConnectors')
      ? {
          receiveConnectors: receive.value.map((c) => ({
            identity: c.Identity,
            name: c.Name,
            bindings: c.Bindings,
            remoteIpRanges: c.RemoteIPRanges,
            permissionGroups: c.PermissionGroups,
            authMechanism: c.AuthMechanism,
            domainSecureEnabled: c.DomainSecureEnabled,
            fqdn: c.Fqdn,
            transportRole: c.TransportRole,
          })),
        }
      : {}),
    ...(done.has('sendConnectors')
      ? {
          sendConnectors: send.value.map((c) => ({
            name: c.Name,
            addressSpaces: c.AddressSpaces,
            smartHosts: c.SmartHosts,
            dnsRoutingEnabled: c.DNSRoutingEnabled,
            ignoreStartTls: c.IgnoreSTARTTLS,
            domainSecureEnabled: c.DomainSecureEnabled,
            fqdn: c.Fqdn,
          })),
        }
      : {}),
    ...(done.has('transportConfig') && t.length === 1 && t[0]
      ? {
          transportConfig: {
            tlsSendDomainSecureList: t[0].TLSSendDomainSecureList,
            tlsReceiveDomainSecureList: t[0].TLSReceiveDomainSecureList,
          },
        }
      : {}),
    ...(done.has('rootStore')
      ? {
          rootStore: root.value.map((r) => ({
            thumbprint: r.Thumbprint,
            subject: r.Subject,
            notAfter: r.NotAfter,
          })),
        }
      : {}),
  });
}
