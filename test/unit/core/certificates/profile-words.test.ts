import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  pfxAutoRule,
  pfxProfileFacts,
  pfxProfileFor,
  pfxProfileMisfit,
} from '../../../../core/certificates/profile';
import { windowsVersionLabels, type WindowsVersion } from '../../../../core/site';

const versions = Object.keys(windowsVersionLabels) as WindowsVersion[];

describe("the PFX profile's words come from its one table", () => {
  it('a forced profile misfits exactly the hubs the table says cannot import it', () => {
    for (const w of versions) {
      const hub = [{ name: 'EX01', windowsVersion: w }];
      const modern = pfxProfileMisfit('windows-modern', hub);
      expect(modern === null, w).toBe(pfxProfileFor(w) === 'windows-modern');
      if (modern) expect(modern).toContain(windowsVersionLabels[w]);
      const f = pfxProfileFacts['windows-legacy'];
      expect(pfxProfileMisfit('windows-legacy', hub) === null, w).toBe(
        f.readableOn.includes(w) || f.unverifiedOn.includes(w),
      );
    }
  });

  it("the Automatic choice's text names the versions the table gives the modern profile", () => {
    const modern = pfxProfileFacts['windows-modern'].readableOn;
    expect(pfxAutoRule()).toContain(windowsVersionLabels[modern[0]!]);
  });

  it('no renderer file writes its own Windows-version rule for PFX profiles', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/u.test(name)) files.push(p);
      }
    };
    walk('renderer');
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(
        /(?:AES|3DES)[^'"`]*Windows Server 20\d\d|20\d\d or (?:older|later)/u,
      );
    }
  });
});
