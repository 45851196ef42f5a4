import { describe, expect, it } from 'vitest';
import { exchangeAtLeast, type ExchangeVersion } from '../../../../core/site';
import { everyVariant, powershellLines, type Emitted } from './emitted';

/**
 * DOMAIN.md §1.12 and §1.1 as data: per version, the file parameter Import-ExchangeCertificate
 * must use and the shape the secure-list argument of Set-TransportConfig must have.
 */
const table: Record<ExchangeVersion, { importFile: RegExp; secureListArg: RegExp }> = {
  '2007': { importFile: /\s-Path\s/u, secureListArg: /^\$tc\./u },
  '2010-rtm': {
    importFile: /-FileData \(\[System\.IO\.File\]::ReadAllBytes\(/u,
    secureListArg: /^\$tc\./u,
  },
  '2010-sp1': {
    importFile: /-FileData \(\[System\.IO\.File\]::ReadAllBytes\(/u,
    secureListArg: /^@\{Add=/u,
  },
  '2013': {
    importFile: /-FileData \(\[System\.IO\.File\]::ReadAllBytes\(/u,
    secureListArg: /^@\{Add=/u,
  },
  '2016-2019-se': {
    importFile: /-FileData \(\[System\.IO\.File\]::ReadAllBytes\(/u,
    secureListArg: /^@\{Add=/u,
  },
};

const variants = everyVariant();
const byName = (e: Emitted) => e.name;

/** Every code line (comments and the dry-run echo strings dropped: they quote the code). */
function codeLines(e: Emitted): string[] {
  return powershellLines(e)
    .map((l) => l.trim())
    .filter((l) => !l.startsWith('#') && !l.startsWith("'"));
}

describe('every emitted cmdlet and parameter matches the version table (DOMAIN.md §1.12)', () => {
  it.each(variants.map((v) => [byName(v), v] as const))('%s', (_name, e) => {
    const row = table[e.site.exchangeVersion];
    const lines = codeLines(e);
    const imports = lines.filter((l) => l.startsWith('Import-ExchangeCertificate'));
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) {
      expect(line).toMatch(row.importFile);
      if (e.site.exchangeVersion !== '2007') expect(line).not.toMatch(/\s-(Path|FileName)\s/u);
      expect(line).toContain('-Password $PfxPassword');
    }
    for (const line of lines.filter((l) => l.startsWith('Set-TransportConfig'))) {
      for (const m of line.matchAll(/-TLS(Send|Receive)DomainSecureList (\S+)/gu)) {
        expect(m[2]).toMatch(row.secureListArg);
      }
    }
    for (const line of lines.filter((l) => l.startsWith('Enable-ExchangeCertificate'))) {
      expect(line).toBe('Enable-ExchangeCertificate -Thumbprint $Thumbprint -Services SMTP');
    }
    for (const line of lines.filter((l) => /^(Set|Get)-ReceiveConnector/u.test(l))) {
      // Receive connectors are per server: the identity always names the server.
      expect(line).toMatch(/-Identity '[A-Z0-9-]+\\[^']+'/u);
    }
    for (const line of lines.filter((l) => l.startsWith('New-ReceiveConnector'))) {
      expect(line.includes('-TransportRole FrontendTransport')).toBe(
        exchangeAtLeast(e.site.exchangeVersion, '2013'),
      );
      expect(line).toContain(e.site.exchangeVersion === '2007' ? '-Usage Partner' : ' -Partner ');
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
    for (const text of everything.filter((t) => /DomainSecureList/u.test(t))) {
      expect(text).not.toMatch(/DomainSecureList\s+\{/u);
    }
  });

  it("never prints the seed's openssl line (1024-bit key, no -days, AES PFX by default)", () => {
    const openssl = variants.flatMap((e) =>
      e.commands.filter((c) => c.command.command.startsWith('openssl')),
    );
    for (const { command } of openssl) {
      expect(command.command).not.toMatch(/-newkey 1024/u);
      expect(command.command).not.toMatch(/-nodes\b/u);
      if (command.command.startsWith('openssl req')) {
        expect(command.command).toMatch(/-days \d+/u);
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
      for (const { step, command } of e.commands) {
        if (command.command.includes('Set-TransportConfig'))
          expect(step.scope).toBe('organisation');
      }
      const orgs = new Set(e.site.hubs.map((h) => h.forest));
      const scriptsWithSet = Object.values(e.scripts).filter((s) =>
        s.split('\r\n').some((l) => l.trim().startsWith('Set-TransportConfig')),
      );
      expect(scriptsWithSet.length).toBe(e.site.environment === 'multi-domain' ? orgs.size : 0);
    }
  });

  it('never overwrites a secure list on 2010 SP1 and later', () => {
    for (const e of variants.filter((v) => exchangeAtLeast(v.site.exchangeVersion, '2010-sp1'))) {
      for (const line of codeLines(e).filter((l) => l.startsWith('Set-TransportConfig'))) {
        expect(line).toMatch(
          /^Set-TransportConfig -TLS(Send|Receive)DomainSecureList @\{Add='[^']+'(,'[^']+')*\}$/u,
        );
      }
    }
  });

  it('reads the lists before writing them back on 2007 and 2010 RTM', () => {
    for (const e of variants.filter((v) => !exchangeAtLeast(v.site.exchangeVersion, '2010-sp1'))) {
      if (e.site.environment !== 'multi-domain') continue;
      const lines = codeLines(e);
      const read = lines.indexOf('$tc = Get-TransportConfig');
      const write = lines.findIndex((l) => l.startsWith('Set-TransportConfig'));
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
