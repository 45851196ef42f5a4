import { describe, expect, it } from 'vitest';
import {
  parsePfxProfile,
  pfxProfileFacts,
  pfxProfileFor,
  pfxProfileLabel,
  pfxProfiles,
} from '../../../../core/certificates/profile';
import { windowsVersions } from '../../../../core/site';

describe('the one PFX-profile table', () => {
  it('every Windows version gets a profile its table entry says it can read (confirmed or labelled unverified)', () => {
    for (const w of windowsVersions) {
      const facts = pfxProfileFacts[pfxProfileFor(w)];
      expect([...facts.readableOn, ...facts.unverifiedOn], w).toContain(w);
    }
    // Versions that can read the modern profile get it (the stronger protection).
    expect(windowsVersions.filter((w) => pfxProfileFor(w) === 'windows-modern')).toEqual(
      pfxProfileFacts['windows-modern'].readableOn,
    );
  });

  it('one label per profile, naming who can read it, with unconfirmed versions said so', () => {
    expect(pfxProfileLabel('windows-legacy')).toBe(
      'Windows legacy (3DES / SHA-1): Windows Server 2008 R2 to 2025 (2003 and 2008: unverified)',
    );
    expect(pfxProfileLabel('windows-modern')).toBe(
      'Windows modern (AES-256 / PBKDF2): Windows Server 2019 to 2025',
    );
  });

  it('command-line forms: the ids and the short words, nothing else', () => {
    expect(pfxProfiles.map(parsePfxProfile)).toEqual([...pfxProfiles]);
    expect(parsePfxProfile('legacy')).toBe('windows-legacy');
    expect(parsePfxProfile('modern')).toBe('windows-modern');
    for (const bad of ['', 'windows-', 'aes', 'Legacy', 'windows-windows-legacy'])
      expect(parsePfxProfile(bad), bad).toBeNull();
  });
});
