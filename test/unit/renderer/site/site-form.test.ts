import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../../../core/site';
import {
  checkForm,
  emptyForm,
  formFromDraft,
  formFromSite,
  formToInput,
  splitAddresses,
  suggestFromFqdn,
  withFqdn,
} from '../../../../renderer/features/site/site-form';
import { blocksPage, pageOfKey } from '../../../../renderer/features/site/pages';
import { fixtureNames, siteFixture } from '../../core/site/load-fixture';

describe('questionnaire form', () => {
  it('suggests NetBIOS name, AD domain and forest from the FQDN', () => {
    expect(suggestFromFqdn('ex01.contoso.local')).toEqual({
      netbios: 'EX01',
      domain: 'contoso.local',
    });
    expect(suggestFromFqdn('averyveryverylongname.emea.contoso.local.').netbios).toBe(
      'AVERYVERYVERYLO',
    );
    expect(suggestFromFqdn('hub01')).toEqual({ netbios: 'HUB01', domain: '' });
  });

  it('follows the FQDN while the suggested fields are untouched, and stops once edited', () => {
    const blank = emptyForm().hubs[0]!;
    let hub = withFqdn(blank, 'e');
    hub = withFqdn(hub, 'ex01.contoso.local');
    expect(hub).toMatchObject({
      netbiosName: 'EX01',
      adDomain: 'contoso.local',
      forest: 'contoso.local',
    });
    hub = { ...hub, forest: 'corp.contoso.local', adDomain: 'emea.corp.contoso.local' };
    hub = withFqdn(hub, 'ex02.emea.corp.contoso.local');
    expect(hub).toMatchObject({
      netbiosName: 'EX02',
      adDomain: 'emea.corp.contoso.local',
      forest: 'corp.contoso.local',
    });
  });

  it('turns the typed text into site input: addresses split, empty receive connector means default', () => {
    expect(splitAddresses(' 10.0.0.1, 10.0.0.2;10.0.0.3  ')).toEqual([
      '10.0.0.1',
      '10.0.0.2',
      '10.0.0.3',
    ]);
    const form = emptyForm();
    const input = formToInput(form);
    expect(input.hubs[0]).not.toHaveProperty('receiveConnectorName');
    expect(input.certificate.validityDays).toBe(730);
    const words = formToInput({
      ...form,
      certificate: { ...form.certificate, validityDays: 'two' },
    });
    expect(words.certificate.validityDays).toBe('two');
  });

  it('editing a colleague’s imported site puts this laptop’s engineer in, never the colleague’s', () => {
    const imported = siteFixture('2013-multi'); // prepared by Jan O'Neill
    const named = checkForm(formFromSite(imported, { name: 'Ana Lima', email: '' }));
    expect(named.site?.engineer).toEqual({ name: 'Ana Lima', email: '' });
    // An unnamed laptop gets a blank name to type, not Jan's, so nothing adopts his name.
    const unnamed = formFromSite(imported, { name: '', email: '' });
    expect(unnamed.engineer.name).toBe('');
    expect(checkForm(unnamed).problems.map((p) => p.key)).toContain('engineer.name');
    expect(emptyForm({ name: 'Ana Lima', email: 'a@example.com' }).engineer.name).toBe('Ana Lima');
  });

  it('keeps the single-domain choice of downgraded Exchange Server authentication through an edit', () => {
    const site = siteSchema.parse({ ...siteFixture('2010-sp1-single'), intraOrgTls: 'downgraded' });
    const again = checkForm(formFromSite(site, site.engineer));
    expect(again.problems).toEqual([]);
    expect(again.site?.intraOrgTls).toBe('downgraded');
    expect(formToInput(emptyForm()).intraOrgTls).toBe('exchange-server-auth');
  });

  it.each(fixtureNames)('edits site %s without changing it when nothing is touched', (name) => {
    const site = siteFixture(name);
    const form = formFromSite(site, site.engineer);
    expect(form.mode).toBe('edit');
    const again = checkForm(form);
    expect(again.problems).toEqual([]);
    expect(again.site).toEqual(site);
  });

  it('names each problem by field key and the page that holds it', () => {
    const { problems, site } = checkForm(emptyForm());
    expect(site).toBeNull();
    const keys = problems.map((p) => p.key);
    expect(keys).toContain('customer.name');
    expect(keys).toContain('hubs.0.fqdn');
    expect(pageOfKey('hubs.0.fqdn')).toBe(2);
    expect(pageOfKey('certificate.validityDays')).toBe(4);
    // The environment check depends on the hubs: it holds back the Hubs page, not its own.
    expect(blocksPage('environment', 1)).toBe(false);
    expect(blocksPage('environment', 2)).toBe(true);
    const badIp = { ...emptyForm() };
    badIp.hubs = [{ ...badIp.hubs[0]!, ipText: '10.0.0.1, 10.0.0.300' }];
    expect(checkForm(badIp).problems.map((p) => p.key)).toContain('hubs.0.ipAddresses');
  });

  it('restores a draft field by field, dropping only what has the wrong type', () => {
    const restored = formFromDraft({
      mode: 'edit',
      customer: { name: 'Contoso', siteName: 42 },
      exchangeVersion: '2099',
      hubs: [{ id: 'hub-7', fqdn: 'a.b.c', windowsVersion: 'NT4' }],
      __proto__: { polluted: true },
    });
    expect(restored.mode).toBe('edit');
    expect(restored.customer).toEqual({ name: 'Contoso', siteName: '' });
    expect(restored.exchangeVersion).toBe('2016-2019-se');
    expect(restored.hubs[0]).toMatchObject({ id: 'hub-7', fqdn: 'a.b.c', windowsVersion: '2016' });
    expect(formFromDraft('garbage')).toEqual(emptyForm());
    expect(siteSchema.safeParse(formToInput(restored)).success).toBe(false);
  });
});
