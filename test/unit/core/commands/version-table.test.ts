import { describe, expect, it } from 'vitest';
import { defaultSmtpDecision } from '../../../../core/procedure';
import { exchangeAtLeast, type ExchangeVersion } from '../../../../core/site';
import { organisationsOf, ownOrganisationPeerAddressesAcrossWan } from '../../../../core/trust';
import { everyVariant, powershellLines, type Emitted } from './emitted';

/**
 * DOMAIN.md §1.12 and §1.1 as data: per version, the file parameter Import-ExchangeCertificate
 * must use and the shape the secure-list argument of Set-TransportConfig must have.
 */
const table: Record<ExchangeVersion, { importFile: RegExp; secureListArg: RegExp }> = {
  '2007': { importFile: /\s-Path\s/u, secureListArg: /^\$(Send|Receive)$/u },
  '2010-rtm': {
    importFile: /-FileData \(\[System\.IO\.File\]::ReadAllBytes\(/u,
    secureListArg: /^\$(Send|Receive)$/u,
  },
  '2010-sp1': {
    importFile: /-FileData \(\[System\.IO\.File\]::ReadAllBytes\(/u,
    secureListArg: /^@\{Add=\$Add(Send|Receive)\}$/u,
  },
  '2013': {
    importFile: /-FileData \(\[System\.IO\.File\]::ReadAllBytes\(/u,
    secureListArg: /^@\{Add=\$Add(Send|Receive)\}$/u,
  },
  '2016-2019-se': {
    importFile: /-FileData \(\[System\.IO\.File\]::ReadAllBytes\(/u,
    secureListArg: /^@\{Add=\$Add(Send|Receive)\}$/u,
  },
};

const variants = everyVariant();
const byName = (e: Emitted) => e.name;

/** Every code line of one hub's install script (comments and dry-run echo strings dropped). */
function scriptCodeLines(script: string): string[] {
  return script
    .split('\r\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith("'"));
}

describe('every emitted cmdlet and parameter matches the version table (DOMAIN.md §1.12)', () => {
  it.each(variants.map((v) => [byName(v), v] as const))('%s', (_name, e) => {
    const multi = e.site.environment === 'multi-domain';
    // Each hub's script on that hub's own version (mixed-version organisations included).
    for (const hub of e.site.hubs) {
      const row = table[hub.exchangeVersion];
      const lines = scriptCodeLines(e.scripts[hub.id] ?? '');
      const imports = lines.filter((l) => l.startsWith('Import-ExchangeCertificate'));
      expect(imports.length).toBeGreaterThan(0);
      for (const line of imports) {
        expect(line).toMatch(row.importFile);
        if (hub.exchangeVersion !== '2007') expect(line).not.toMatch(/\s-(Path|FileName)\s/u);
        expect(line).toContain('-Password $PfxPassword');
      }
      // Each family of lines below must be there (or not) as the site says, so no loop runs empty
      // by accident and passes on nothing.
      const transport = lines.filter((l) => l.includes('Set-TransportConfig -TLS'));
      const designated =
        organisationsOf(e.site).find((o) => o.forest === hub.forest)?.designatedHubId === hub.id;
      expect(transport.length > 0).toBe(multi && designated);
      for (const line of transport) {
        const lists = [...line.matchAll(/-TLS(Send|Receive)DomainSecureList (\S+)/gu)];
        expect(lists.length).toBeGreaterThan(0);
        for (const m of lists) expect(m[2]).toMatch(row.secureListArg);
      }
      const enable = lines.filter((l) => l.startsWith('Enable-ExchangeCertificate'));
      expect(enable.length).toBeGreaterThan(0);
      // -Force exactly where the plan replaces the default SMTP certificate (default-smtp.ts).
      const force = defaultSmtpDecision(e.site, hub).overwrite ? ' -Force' : '';
      for (const line of enable) {
        expect(line).toBe(
          `Enable-ExchangeCertificate -Thumbprint $Thumbprint -Services SMTP${force}`,
        );
      }
      const onHub = (stepId: string) =>
        e.steps.some(
          (x) => x.stepId === stepId && x.target.kind === 'hub' && x.target.hubId === hub.id,
        );
      // The WAN connector is made only where the hubs across the WAN have addresses (else a stop).
      const downgraded =
        onHub('downgraded-exchange-auth') &&
        ownOrganisationPeerAddressesAcrossWan(e.site, hub).length > 0;
      const receive = lines.filter((l) => /^(Set|Get)-ReceiveConnector/u.test(l));
      expect(receive.length > 0).toBe(multi || downgraded);
      for (const line of receive) {
        // Receive connectors are per server: the identity always names the server.
        expect(line).toMatch(/-Identity '[A-Z0-9-]+\\[^']+'/u);
      }
      const created = lines.filter((l) => l.startsWith('New-ReceiveConnector'));
      const partner = onHub('partner-receive-connector');
      expect(created.length > 0).toBe(partner || downgraded);
      const wan = created.filter((l) => l.includes('WAN optimised'));
      expect(wan.length).toBe(downgraded ? 1 : 0);
      for (const line of wan) {
        // 2013+: beside Default <SERVER> in the Transport service on 2525 (§15); 2010: -Internal.
        if (exchangeAtLeast(hub.exchangeVersion, '2013')) {
          expect(line).toContain(" -TransportRole HubTransport -Custom -Bindings '0.0.0.0:2525' ");
        } else {
          expect(line).toMatch(/ -Internal$/u);
          expect(line).not.toMatch(/TransportRole|Bindings/u);
        }
      }
      for (const line of created.filter((l) => !wan.includes(l))) {
        expect(line.includes('-TransportRole FrontendTransport')).toBe(
          exchangeAtLeast(hub.exchangeVersion, '2013'),
        );
        expect(line).toContain(hub.exchangeVersion === '2007' ? '-Usage Partner' : ' -Partner ');
      }
    }
  });
});

describe("the seed's wrong commands can never be emitted", () => {
  const everything = variants.flatMap((e) => [
    ...powershellLines(e),
    ...e.commands.map((c) => c.command.command),
  ]);

  it('never uses -DomainSecurityEnabled or "-DomainSecurity Enabled"', () => {
    for (const text of everything) {
      expect(text).not.toMatch(/-DomainSecurityEnabled/iu);
      expect(text).not.toMatch(/-DomainSecurity\s+Enabled/iu);
    }
    expect(everything.some((t) => t.includes('-DomainSecureEnabled $true'))).toBe(true);
  });

  it('never puts a domain list in braces', () => {
    const lists = everything.filter((t) => /DomainSecureList/u.test(t));
    expect(lists.length).toBeGreaterThan(0);
    for (const text of lists) {
      expect(text).not.toMatch(/DomainSecureList\s+\{/u);
    }
  });

  it("never prints the seed's openssl line (1024-bit key, no -days, AES PFX by default)", () => {
    const openssl = variants.flatMap((e) =>
      e.commands.filter((c) => c.command.command.startsWith('openssl')),
    );
    const starts = (p: string) => openssl.filter((c) => c.command.command.startsWith(p)).length;
    expect(starts('openssl req')).toBeGreaterThan(0);
    expect(starts('openssl pkcs12 -export')).toBeGreaterThan(0);
    for (const { command } of openssl) {
      expect(command.command).not.toMatch(/-newkey 1024/u);
      expect(command.command).not.toMatch(/-nodes\b/u);
      if (command.command.startsWith('openssl req')) {
        // A request (site CA mode) gets its days when the site CA signs it.
        if (!command.command.startsWith('openssl req -new ')) {
          expect(command.command).toMatch(/-days \d+/u);
        }
        expect(command.command).toMatch(/subjectAltName=DNS:/u);
        expect(command.command).toMatch(/extendedKeyUsage=serverAuth,clientAuth/u);
      }
      if (command.command.startsWith('openssl pkcs12 -export')) {
        expect(command.command).toMatch(/-keypbe \S+ -certpbe \S+ -macalg \S+/u);
      }
    }
  });

  it('runs Set-TransportConfig only in the once-per-organisation part', () => {
    for (const e of variants) {
      const setting = e.commands.filter((c) => c.command.command.includes('Set-TransportConfig'));
      expect(setting.length > 0).toBe(e.site.environment === 'multi-domain');
      for (const { step } of setting) expect(step.scope).toBe('organisation');
      const orgs = new Set(e.site.hubs.map((h) => h.forest));
      const scriptsWithSet = Object.values(e.scripts).filter((s) =>
        s.split('\r\n').some((l) => /^(if .*\{ )?Set-TransportConfig/u.test(l.trim())),
      );
      expect(scriptsWithSet.length).toBe(e.site.environment === 'multi-domain' ? orgs.size : 0);
    }
  });

  it('never overwrites a secure list on 2010 SP1 and later', () => {
    const lines = variants.flatMap((e) =>
      e.site.hubs
        .filter((h) => exchangeAtLeast(h.exchangeVersion, '2010-sp1'))
        .flatMap((h) =>
          scriptCodeLines(e.scripts[h.id] ?? '').filter((l) => l.includes('Set-TransportConfig')),
        ),
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      // Only the partner domains not yet listed are added (adding a listed one is an error).
      expect(line).toMatch(
        /^if \(\$Add(Send|Receive)\.Count -gt 0\) \{ Set-TransportConfig -TLS(Send|Receive)DomainSecureList @\{Add=\$Add(Send|Receive)\} \}$/u,
      );
    }
  });

  it('reads the lists before writing them back on 2007 and 2010 RTM', () => {
    const old = variants.flatMap((v) =>
      v.site.environment === 'multi-domain'
        ? v.site.hubs
            .filter((h) => !exchangeAtLeast(h.exchangeVersion, '2010-sp1'))
            .map((h) => v.scripts[h.id] ?? '')
            .filter((script) => script.includes('Set-TransportConfig'))
        : [],
    );
    expect(old.length).toBeGreaterThan(0);
    for (const script of old) {
      const lines = scriptCodeLines(script);
      const read = lines.indexOf('$tc = Get-TransportConfig');
      const write = lines.findIndex((l) => l.startsWith('Set-TransportConfig'));
      // Plain names are written back, never the objects Get-TransportConfig returned.
      expect(lines[write]).toBe(
        'Set-TransportConfig -TLSSendDomainSecureList $Send -TLSReceiveDomainSecureList $Receive',
      );
      expect(read).toBeGreaterThanOrEqual(0);
      expect(write).toBeGreaterThan(read);
    }
  });
});

describe('1024-bit keys', () => {
  it('appear only behind an explicit legacy choice, with a warning', () => {
    for (const e of variants) {
      const legacy = e.site.certificate.legacyKeyAllowed && e.site.certificate.keySize === 1024;
      const uses1024 = e.commands.some((c) => c.command.command.includes('rsa:1024'));
      expect(uses1024).toBe(legacy);
      const warned = e.steps.some((s) => s.warnings.some((w) => w.code === 'legacy-1024-bit-key'));
      expect(warned).toBe(legacy);
    }
  });
});
