import { describe, expect, it } from 'vitest';
import {
  bundleFolders,
  cerPath,
  hubBundleLayout,
  pfxPath,
  siteCaCerPath,
  windowsPath,
  type HubBundleChoices,
} from '../../../../core/certificates/bundle-layout';
import { installScript } from '../../../../core/plan';
import { fixtureSite } from '../../../helpers/fixture-site';

const site = fixtureSite('2013-multi');
const [hub, partner] = site.hubs;
const every: HubBundleChoices[] = (['none', 'encrypted', 'plain'] as const).flatMap((pemKey) =>
  [true, false].map((siteCa) => ({ partners: [partner!], siteCa, pemKey })),
);

describe('the USB layout as data', () => {
  it('secret files sit in private/ only, and every file in private/ is secret', () => {
    for (const choices of every) {
      const layout = hubBundleLayout(hub!, choices);
      expect(layout.filter((e) => e.secret).length).toBeGreaterThan(0);
      for (const e of layout)
        expect(e.folder[0] === bundleFolders.private, windowsPath(e)).toBe(e.secret);
    }
  });

  it('each file once, with a purpose; the checksums come last (they cover the rest)', () => {
    for (const choices of every) {
      const layout = hubBundleLayout(hub!, choices);
      const paths = layout.map(windowsPath);
      expect(new Set(paths).size).toBe(paths.length);
      for (const e of layout) expect(e.purpose.length, windowsPath(e)).toBeGreaterThan(10);
      expect(layout.at(-1)?.role).toBe('checksums');
    }
  });

  it('the options add exactly their files: the PEM key, the site CA, a partner certificate', () => {
    const plain = hubBundleLayout(hub!, { partners: [], siteCa: false, pemKey: 'none' });
    const full = hubBundleLayout(hub!, { partners: [partner!], siteCa: true, pemKey: 'plain' });
    expect(full.map(windowsPath).filter((p) => !plain.map(windowsPath).includes(p))).toEqual([
      `private\\${hub!.fqdn}.key`,
      `public\\${partner!.fqdn}.cer`,
      'public\\site-ca.cer',
    ]);
  });

  it('the paths the commands and install scripts use are files of the layout', () => {
    const paths = hubBundleLayout(hub!, { partners: [partner!], siteCa: true, pemKey: 'none' }).map(
      windowsPath,
    );
    expect(paths).toContain(pfxPath(hub!));
    expect(paths).toContain(cerPath(hub!));
    expect(paths).toContain(cerPath(partner!));
    expect(paths).toContain(siteCaCerPath);
    const script = installScript(site, hub!.id, { now: new Date('2026-11-28T00:00:00Z') });
    if (!script.ok) throw new Error(script.error.message);
    expect(paths).toContain(script.value.fileName);
    expect(script.value.content).toContain(`'${pfxPath(hub!)}'`);
  });
});
