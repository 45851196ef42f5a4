import { exchangeVersionLabels } from '../site';
import { versionOfBuild } from './builds';
import type { ExpectationRule } from './expectations';
import type {
  ObservedCertificate,
  ObservedReceiveConnector,
  ObservedSendConnector,
  ObservedState,
} from './observed';

type Judged = { readonly verdict: 'pass' | 'fail' | 'unknown'; readonly found: string };

const pass = (found: string): Judged => ({ verdict: 'pass', found });
const fail = (found: string): Judged => ({ verdict: 'fail', found });
const unknown = (found: string): Judged => ({ verdict: 'unknown', found });
const list = (xs: readonly string[]) => (xs.length === 0 ? '(none)' : xs.join(', '));
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const has = (xs: readonly string[], x: string) => xs.some((v) => same(v, x));

/** Our certificate: by thumbprint when the app knows it, else unknown (a subject can be copied). */
function findOurs(
  certs: readonly ObservedCertificate[],
  thumbprint: string | null,
): ObservedCertificate | 'no-thumbprint' | null {
  if (!thumbprint) return 'no-thumbprint';
  return certs.find((c) => c.thumbprint === thumbprint) ?? null;
}

const noThumbprint = (subject: string) =>
  unknown(`the app holds no certificate for ${subject}, so it cannot tell ours by thumbprint`);

function receive(s: ObservedState, name: string): ObservedReceiveConnector | undefined {
  return s.receiveConnectors?.find((c) => same(c.name, name));
}

function send(s: ObservedState, name: string): ObservedSendConnector | undefined {
  return s.sendConnectors?.find((c) => same(c.name, name));
}

/** The domain an address space covers: `SMTP:*.contoso.com;1` -> `*.contoso.com`. */
export function addressSpaceDomain(space: string): string | null {
  const m = /^(?:(smtp):)?([^;\s]+)(?:;\d+)?$/iu.exec(space.trim());
  return m?.[2] ? m[2].toLowerCase() : null;
}

function covers(pattern: string, domain: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.'))
    return domain.endsWith(pattern.slice(1)) || domain === pattern.slice(2);
  return pattern === domain;
}

const boolWord = (v: boolean | null) => (v === null ? 'not shown' : v ? 'True' : 'False');

/** The verdict of one rule over an observed state whose needed section is present. */
export function judge(rule: ExpectationRule, s: ObservedState): Judged {
  switch (rule.kind) {
    case 'certificate-present': {
      const c = findOurs(s.certificates ?? [], rule.thumbprint);
      if (c === 'no-thumbprint') return noThumbprint(rule.subject);
      if (!c) return fail(`no certificate with thumbprint ${rule.thumbprint}`);
      if (c.hasPrivateKey === false)
        return fail(`${c.thumbprint} is there without its private key`);
      return pass(`${c.thumbprint} (${c.subject ?? 'no subject shown'})`);
    }
    case 'certificate-service': {
      const c = findOurs(s.certificates ?? [], rule.thumbprint);
      if (c === 'no-thumbprint') return noThumbprint(rule.subject);
      if (!c) return fail(`no certificate with thumbprint ${rule.thumbprint}`);
      return has(c.services, rule.service)
        ? pass(`services ${list(c.services)}`)
        : fail(`services ${list(c.services)}`);
    }
    case 'no-other-smtp-certificate': {
      const others = (s.certificates ?? []).filter(
        (c) => has(c.services, 'SMTP') && c.thumbprint !== rule.thumbprint,
      );
      return others.length === 0
        ? pass('no other certificate has SMTP')
        : fail(
            others
              .map((c) => `${c.thumbprint} (${c.subject ?? '?'}, until ${c.notAfter ?? '?'})`)
              .join('; '),
          );
    }
    case 'receive-exists':
      return receive(s, rule.connector)
        ? pass('present')
        : fail(`no receive connector ${rule.connector}`);
    case 'receive-groups': {
      const c = receive(s, rule.connector);
      if (!c) return fail(`no receive connector ${rule.connector}`);
      const ok =
        rule.include.every((g) => has(c.permissionGroups, g)) &&
        !rule.exclude.some((g) => has(c.permissionGroups, g));
      return (ok ? pass : fail)(`PermissionGroups ${list(c.permissionGroups)}`);
    }
    case 'receive-auth': {
      const c = receive(s, rule.connector);
      if (!c) return fail(`no receive connector ${rule.connector}`);
      const ok =
        rule.include.every((g) => has(c.authMechanism, g)) &&
        !rule.exclude.some((g) => has(c.authMechanism, g));
      return (ok ? pass : fail)(`AuthMechanism ${list(c.authMechanism)}`);
    }
    case 'receive-domain-secure': {
      const c = receive(s, rule.connector);
      if (!c) return fail(`no receive connector ${rule.connector}`);
      if (c.domainSecureEnabled === null) return unknown('DomainSecureEnabled not shown');
      return (c.domainSecureEnabled ? pass : fail)(
        `DomainSecureEnabled ${boolWord(c.domainSecureEnabled)}`,
      );
    }
    case 'receive-scope': {
      const c = receive(s, rule.connector);
      if (!c) return fail(`no receive connector ${rule.connector}`);
      const port = c.bindings.some((b) => b.endsWith(`:${rule.port}`));
      const ips =
        rule.remoteIps.length > 0 && rule.remoteIps.every((ip) => has(c.remoteIpRanges, ip));
      const open = c.remoteIpRanges.some((r) =>
        /^0\.0\.0\.0-255\.255\.255\.255$|^::-ffff/iu.test(r),
      );
      return (port && ips && !open ? pass : fail)(
        `Bindings ${list(c.bindings)}; RemoteIPRanges ${list(c.remoteIpRanges)}`,
      );
    }
    case 'send-exists':
      return send(s, rule.connector)
        ? pass('present')
        : fail(`no send connector ${rule.connector}`);
    case 'send-flag': {
      const c = send(s, rule.connector);
      if (!c) return fail(`no send connector ${rule.connector}`);
      const v = c[rule.property];
      if (v === null) return unknown(`${rule.property} not shown`);
      return (v === rule.value ? pass : fail)(boolWord(v));
    }
    case 'send-no-smart-host': {
      const c = send(s, rule.connector);
      if (!c) return fail(`no send connector ${rule.connector}`);
      const ok = c.smartHosts.length === 0 && c.dnsRoutingEnabled !== false;
      return (ok ? pass : fail)(
        `SmartHosts ${list(c.smartHosts)}; DNSRoutingEnabled ${boolWord(c.dnsRoutingEnabled)}`,
      );
    }
    case 'send-address-space': {
      const c = send(s, rule.connector);
      if (!c) return fail(`no send connector ${rule.connector}`);
      const ok = c.addressSpaces.some((a) => {
        const d = addressSpaceDomain(a);
        return d !== null && covers(d, rule.domain);
      });
      return (ok ? pass : fail)(`AddressSpaces ${list(c.addressSpaces)}`);
    }
    case 'secure-list': {
      const t = s.transportConfig;
      if (!t) return unknown('transport config not shown');
      const values =
        rule.list === 'send' ? t.tlsSendDomainSecureList : t.tlsReceiveDomainSecureList;
      return (has(values, rule.domain) === rule.present ? pass : fail)(list(values));
    }
    case 'root-trusted': {
      const root = s.rootStore ?? [];
      const hit = rule.thumbprint ? root.find((r) => r.thumbprint === rule.thumbprint) : undefined;
      if (hit) return pass(`${hit.thumbprint} (${hit.subject ?? 'no subject shown'})`);
      if (rule.thumbprint) return fail(`no Trusted Root entry with thumbprint ${rule.thumbprint}`);
      return noThumbprint(rule.subject);
    }
    case 'exchange-version': {
      const build = s.server?.exchangeBuild ?? null;
      const v = build ? versionOfBuild(build) : null;
      if (!v) return unknown(`Exchange build ${build ?? 'not shown'}`);
      const ok = v === rule.version;
      return (ok ? pass : fail)(`${exchangeVersionLabels[v]} (${build})`);
    }
  }
}
