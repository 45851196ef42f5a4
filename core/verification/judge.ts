import { exchangeVersionLabels } from '../site';
import { versionOfBuild } from './builds';
import type { ExpectationRule } from './expectations';
import type {
  IncompleteField,
  ObservedCertificate,
  ObservedReceiveConnector,
  ObservedSendConnector,
  ObservedState,
} from './observed';

type Judged = { readonly verdict: 'pass' | 'fail' | 'unknown'; readonly found: string };

const verdictOf = (v: Judged['verdict'], found: string): Judged => ({ verdict: v, found });
const pass = (found: string) => verdictOf('pass', found);
const fail = (found: string) => verdictOf('fail', found);
const unknown = (found: string) => verdictOf('unknown', found);
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const has = (xs: readonly string[], x: string) => xs.some((v) => same(v, x));
const boolWord = (v: boolean | null) => (v === null ? 'not shown' : v ? 'True' : 'False');

type WithLists = { readonly incomplete?: readonly IncompleteField[] };
const partial = (o: WithLists, field: IncompleteField) => o.incomplete?.includes(field) === true;
const shown = (o: WithLists, field: IncompleteField, xs: readonly string[]) =>
  xs.length === 0
    ? '(none)' + (partial(o, field) ? ' shown' : '')
    : xs.join(', ') + (partial(o, field) ? ' ...' : '');

/**
 * Presence and absence over a list that may be shown only in part: what is shown proves presence
 * and disproves absence; only a complete list proves absence.
 */
function listVerdict(
  o: WithLists,
  field: IncompleteField,
  xs: readonly string[],
  include: readonly string[],
  exclude: readonly string[],
): Judged['verdict'] {
  if (exclude.some((x) => has(xs, x))) return 'fail';
  const missing = include.some((x) => !has(xs, x));
  if (!partial(o, field)) return missing ? 'fail' : 'pass';
  return missing || exclude.length > 0 ? 'unknown' : 'pass';
}

/** A connector that is not there: a fail in a collected state, unknown in pasted output (it may show only one). */
const absent = (s: ObservedState, what: string) =>
  s.source === 'pasted' ? unknown(`${what} is not in the pasted output`) : fail(`no ${what}`);

function findOurs(s: ObservedState, thumbprint: string | null): ObservedCertificate | Judged {
  if (!thumbprint)
    return unknown(
      'the app holds no certificate for this hub, so it cannot tell ours by thumbprint',
    );
  return (
    (s.certificates ?? []).find((c) => c.thumbprint === thumbprint) ??
    fail(`no certificate with thumbprint ${thumbprint}`)
  );
}
const isJudged = (x: object): x is Judged => 'verdict' in x;

function receive(s: ObservedState, name: string): ObservedReceiveConnector | Judged {
  return (
    s.receiveConnectors?.find((c) => same(c.name, name)) ?? absent(s, `receive connector ${name}`)
  );
}

function send(s: ObservedState, name: string): ObservedSendConnector | Judged {
  return s.sendConnectors?.find((c) => same(c.name, name)) ?? absent(s, `send connector ${name}`);
}

/** The domain an address space covers: `SMTP:*.contoso.com;1` -> `*.contoso.com`. */
function addressSpaceDomain(space: string): string | null {
  const m = /^(?:smtp:)?([^;\s:]+)(?:;\d+)?$/iu.exec(space.trim());
  return m?.[1] ? m[1].toLowerCase() : null;
}

function covers(pattern: string, domain: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.'))
    return domain.endsWith(pattern.slice(1)) || domain === pattern.slice(2);
  return pattern === domain.toLowerCase();
}

/** The verdict of one rule over an observed state whose needed section is present. */
export function judge(rule: ExpectationRule, s: ObservedState): Judged {
  switch (rule.kind) {
    case 'certificate-present': {
      const c = findOurs(s, rule.thumbprint);
      if (isJudged(c)) return c;
      if (c.hasPrivateKey === false)
        return fail(`${c.thumbprint} is there without its private key`);
      // A certificate without its key cannot serve TLS: presence alone is not a pass.
      if (c.hasPrivateKey === null)
        return unknown(`${c.thumbprint} is there; HasPrivateKey not shown`);
      return pass(`${c.thumbprint} (${c.subject ?? 'no subject shown'})`);
    }
    case 'certificate-service': {
      const c = findOurs(s, rule.thumbprint);
      if (isJudged(c)) return c;
      return verdictOf(
        listVerdict(c, 'services', c.services, [rule.service], []),
        `services ${shown(c, 'services', c.services)}`,
      );
    }
    case 'no-other-smtp-certificate': {
      const others = (s.certificates ?? []).filter(
        (c) => has(c.services, 'SMTP') && c.thumbprint !== rule.thumbprint,
      );
      if (others.length > 0) {
        return fail(
          others
            .map((c) => `${c.thumbprint} (${c.subject ?? '?'}, until ${c.notAfter ?? '?'})`)
            .join('; '),
        );
      }
      const partly = (s.certificates ?? []).some((c) => partial(c, 'services'));
      return partly
        ? unknown('some services lists are cut short')
        : pass('no other certificate has SMTP');
    }
    case 'receive-exists': {
      const c = receive(s, rule.connector);
      return isJudged(c) ? c : pass(`${c.identity} is there`);
    }
    case 'receive-groups': {
      const c = receive(s, rule.connector);
      if (isJudged(c)) return c;
      const v = listVerdict(c, 'permissionGroups', c.permissionGroups, rule.include, rule.exclude);
      return verdictOf(v, `PermissionGroups ${shown(c, 'permissionGroups', c.permissionGroups)}`);
    }
    case 'receive-auth': {
      const c = receive(s, rule.connector);
      if (isJudged(c)) return c;
      const v = listVerdict(c, 'authMechanism', c.authMechanism, rule.include, rule.exclude);
      return verdictOf(v, `AuthMechanism ${shown(c, 'authMechanism', c.authMechanism)}`);
    }
    case 'receive-domain-secure': {
      const c = receive(s, rule.connector);
      if (isJudged(c)) return c;
      if (c.domainSecureEnabled === null) return unknown('DomainSecureEnabled not shown');
      return verdictOf(
        c.domainSecureEnabled ? 'pass' : 'fail',
        `DomainSecureEnabled ${boolWord(c.domainSecureEnabled)}`,
      );
    }
    case 'receive-scope': {
      const c = receive(s, rule.connector);
      if (isJudged(c)) return c;
      const found = `Bindings ${shown(c, 'bindings', c.bindings)}; RemoteIPRanges ${shown(c, 'remoteIpRanges', c.remoteIpRanges)}`;
      const open = c.remoteIpRanges.some((r) =>
        /^0\.0\.0\.0-255\.255\.255\.255$|^::-ffff/iu.test(r),
      );
      const port = c.bindings.some((b) => b.endsWith(`:${rule.port}`));
      const ips =
        rule.remoteIps.length > 0 && rule.remoteIps.every((ip) => has(c.remoteIpRanges, ip));
      const role = rule.transportRole;
      const foundAll = role ? `${found}; TransportRole ${c.transportRole || '(not shown)'}` : found;
      if (open || rule.remoteIps.length === 0) return fail(foundAll);
      if (role && c.transportRole && c.transportRole !== role) return fail(foundAll);
      if (role && !c.transportRole && port && ips) return unknown(foundAll);
      if (port && ips && !partial(c, 'remoteIpRanges')) return pass(foundAll);
      return verdictOf(
        partial(c, 'bindings') || partial(c, 'remoteIpRanges') ? 'unknown' : 'fail',
        foundAll,
      );
    }
    case 'send-exists': {
      const c = send(s, rule.connector);
      return isJudged(c) ? c : pass(`${c.name} is there`);
    }
    case 'send-flag': {
      const c = send(s, rule.connector);
      if (isJudged(c)) return c;
      const v = c[rule.property];
      if (v === null) return unknown(`${rule.property} not shown`);
      return verdictOf(v === rule.value ? 'pass' : 'fail', boolWord(v));
    }
    case 'send-no-smart-host': {
      const c = send(s, rule.connector);
      if (isJudged(c)) return c;
      const found = `SmartHosts ${shown(c, 'smartHosts', c.smartHosts)}; DNSRoutingEnabled ${boolWord(c.dnsRoutingEnabled)}`;
      if (c.smartHosts.length > 0 || c.dnsRoutingEnabled === false) return fail(found);
      return verdictOf(
        partial(c, 'smartHosts') || c.dnsRoutingEnabled === null ? 'unknown' : 'pass',
        found,
      );
    }
    case 'send-address-space': {
      const c = send(s, rule.connector);
      if (isJudged(c)) return c;
      const ok = c.addressSpaces.some((a) => {
        const d = addressSpaceDomain(a);
        return d !== null && covers(d, rule.domain);
      });
      const found = `AddressSpaces ${shown(c, 'addressSpaces', c.addressSpaces)}`;
      return verdictOf(ok ? 'pass' : partial(c, 'addressSpaces') ? 'unknown' : 'fail', found);
    }
    case 'secure-list': {
      const t = s.transportConfig;
      if (!t) return unknown('transport config not shown');
      const field = rule.list === 'send' ? 'tlsSendDomainSecureList' : 'tlsReceiveDomainSecureList';
      const values = t[field];
      const v = listVerdict(
        t,
        field,
        values,
        rule.present ? [rule.domain] : [],
        rule.present ? [] : [rule.domain],
      );
      return verdictOf(v, shown(t, field, values));
    }
    case 'root-trusted': {
      if (!rule.thumbprint)
        return unknown(
          `the app holds no certificate for ${rule.subject}, so it cannot tell it by thumbprint`,
        );
      const hit = (s.rootStore ?? []).find((r) => r.thumbprint === rule.thumbprint);
      if (hit) return pass(`${hit.thumbprint} (${hit.subject ?? 'no subject shown'})`);
      return fail(`no Trusted Root entry with thumbprint ${rule.thumbprint}`);
    }
    case 'exchange-version': {
      const build = s.server?.exchangeBuild ?? null;
      const v = build ? versionOfBuild(build) : null;
      if (!v) return unknown(`Exchange build ${build ?? 'not shown'}`);
      return verdictOf(
        v === rule.version ? 'pass' : 'fail',
        `${exchangeVersionLabels[v]} (${build})`,
      );
    }
  }
}
