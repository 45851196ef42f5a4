import { z } from 'zod';
import { incompleteFields } from './observed';

/**
 * The observed-state model as a schema, for states kept between runs (the store validates what it
 * reads back, like everything persisted). Bounds are generous for a real server, small for a hostile one.
 */
const text = z.string().max(4096);
const optText = text.nullable();
const names = z.array(text).max(5000);
const incomplete = z.array(z.enum(incompleteFields)).max(20).optional();

const certificate = z.object({
  thumbprint: z.string().regex(/^[0-9A-F]{40}$/u),
  subject: optText,
  friendlyName: optText,
  domains: names,
  services: names,
  notBefore: optText,
  notAfter: optText,
  keySize: z.number().int().nullable(),
  hasPrivateKey: z.boolean().nullable(),
  incomplete,
});
const receive = z.object({
  identity: text,
  name: text,
  bindings: names,
  remoteIpRanges: names,
  permissionGroups: names,
  authMechanism: names,
  domainSecureEnabled: z.boolean().nullable(),
  fqdn: optText,
  transportRole: optText,
  incomplete,
});
const send = z.object({
  name: text,
  addressSpaces: names,
  smartHosts: names,
  dnsRoutingEnabled: z.boolean().nullable(),
  ignoreStartTls: z.boolean().nullable(),
  domainSecureEnabled: z.boolean().nullable(),
  fqdn: optText,
  incomplete,
});

/** A whole observed state, as persisted. */
export const observedStateSchema = z.object({
  source: z.enum(['collector', 'pasted']),
  server: z
    .object({ name: text, fqdn: optText, exchangeBuild: optText, windowsVersion: optText })
    .optional(),
  collectedAt: text.optional(),
  certificates: z.array(certificate).max(500).optional(),
  receiveConnectors: z.array(receive).max(500).optional(),
  sendConnectors: z.array(send).max(500).optional(),
  transportConfig: z
    .object({ tlsSendDomainSecureList: names, tlsReceiveDomainSecureList: names, incomplete })
    .optional(),
  rootStore: z
    .array(
      z.object({
        thumbprint: z.string().regex(/^[0-9A-F]{40}$/u),
        subject: optText,
        notAfter: optText,
      }),
    )
    .max(500)
    .optional(),
});
