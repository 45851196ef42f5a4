import { describe, expect, it } from 'vitest';
import { checkForm, emptyForm } from '../../../../renderer/features/site/site-form';

const hubProblems = (form: ReturnType<typeof emptyForm>) =>
  checkForm(form).problems.filter((p) => p.key.startsWith('hubs.0.'));

describe('hub page validation without noise (issue 10 item 9)', () => {
  it('an empty hub asks for the FQDN, not separately for the fields the FQDN fills in', () => {
    const keys = hubProblems(emptyForm()).map((p) => p.key);
    expect(keys).toContain('hubs.0.fqdn');
    expect(keys).not.toContain('hubs.0.netbiosName');
    expect(keys).not.toContain('hubs.0.adDomain');
    expect(keys).not.toContain('hubs.0.forest');
    expect(keys.length).toBeLessThanOrEqual(3);
  });

  it('a derived field the engineer typed wrongly is still flagged', () => {
    const form = emptyForm();
    form.hubs = [{ ...form.hubs[0]!, netbiosName: 'EX 01' }];
    expect(hubProblems(form).map((p) => p.key)).toContain('hubs.0.netbiosName');
  });

  it('names every bad value of a list, not only the first', () => {
    const form = emptyForm();
    form.hubs = [{ ...form.hubs[0]!, ipText: '10.0.0.300, 10.0.0.1, banana' }];
    const ip = hubProblems(form).find((p) => p.key === 'hubs.0.ipAddresses');
    expect(ip?.message).toContain('10.0.0.300');
    expect(ip?.message).toContain('banana');
  });

  it('refuses an invalid optional e-mail and accepts an empty one', () => {
    const form = emptyForm();
    form.engineer = { name: 'Jan', email: 'jan@' };
    const email = checkForm(form).problems.find((p) => p.key === 'engineer.email');
    expect(email?.message).toMatch(/Engineer e-mail 'jan@' is not an e-mail address/);
    for (const bad of ['jan', 'jan@contoso', 'j an@contoso.com', '@contoso.com']) {
      form.engineer = { name: 'Jan', email: bad };
      expect(
        checkForm(form).problems.map((p) => p.key),
        bad,
      ).toContain('engineer.email');
    }
    form.engineer = { name: 'Jan', email: '' };
    expect(checkForm(form).problems.map((p) => p.key)).not.toContain('engineer.email');
    form.engineer = { name: 'Jan', email: 'jan.oneill@contoso.com' };
    expect(checkForm(form).problems.map((p) => p.key)).not.toContain('engineer.email');
  });
});
