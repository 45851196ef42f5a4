import { describe, expect, it } from 'vitest';
import { siteCaDecision, siteCaPolicy } from '../../../../core/certificates/site-ca';
import { fixtureSite } from '../../../helpers/fixture-site';

const site = fixtureSite('2013-multi', { siteCa: true });
const policy = siteCaPolicy(site);
const now = new Date('2026-12-01T00:00:00Z');
const root = (over: Partial<{ subject: string; keyBits: number; notAfter: string }> = {}) => ({
  subject: `CN=${policy.commonName}`,
  keyBits: policy.keySize,
  notAfter: '2035-01-01T00:00:00.000Z',
  ...over,
});

describe('the site CA decision (app, CLI and openssl listing all follow it)', () => {
  it('none stored: create; a fitting one: reuse', () => {
    expect(siteCaDecision(policy, null, 730, now)).toEqual({ kind: 'create' });
    expect(siteCaDecision(policy, root(), 730, now)).toEqual({ kind: 'reuse' });
  });

  it('another name, a smaller key, or ending before the new certificate: replace, saying why', () => {
    const cases = [
      [root({ subject: 'CN=Other' }), /the site CA is "Other"/u],
      [root({ keyBits: 1024 }), /1024-bit key but the site now needs 2048/u],
      [root({ notAfter: '2027-06-01T00:00:00.000Z' }), /ends on 2027-06-01, before a new 730-day/u],
    ] as const;
    for (const [stored, why] of cases) {
      const d = siteCaDecision(policy, stored, 730, now);
      expect(d.kind).toBe('replace');
      expect(d.kind === 'replace' ? d.reason : '').toMatch(why);
    }
  });
});
