import { removePfxCopyCommands, showCertificatesCommand } from '../commands';
import { pfxPath } from '../certificates/bundle-layout';
import { steelheadsOptimiseTls } from '../trust/steelheads';
import { required, type StepDefinition } from './types';

/** After the hub is verified: no private key left lying in files on the hub, the stick or the CA folder. */
export const hubCleanup: StepDefinition = {
  id: 'hub-cleanup',
  title: 'Remove the PFX copy and put the keys away',
  why: 'The PFX copied to the hub holds its private key in a file anyone with the password can import elsewhere; once imported, the key belongs only in the certificate store and on the SteelHead.',
  scope: 'hub',
  phase: 'verification',
  status: 'verified',
  appliesTo: () => true,
  consoles: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    const root = ctx.options.bundleRoot.replace(/\\+$/u, '');
    const steps = [
      `Delete ${root}\\${pfxPath(hub)} (and any other copy of ${hub.fqdn}.pfx or .key) from the hub, then empty the Recycle Bin. The imported key stays in the computer store, where Import-ExchangeCertificate left it not exportable.`,
      steelheadsOptimiseTls(ctx.site)
        ? `Keep the PFX on the stick only until the SteelHead in front of ${hub.netbiosName} holds the certificate and key; then delete the stick's private folder for this hub.`
        : `No SteelHead needs this key on this site (TLS is off between the hubs across the WAN): delete the stick's private folder for this hub now.`,
    ];
    if (ctx.site.certificate.siteCa) {
      steps.push(
        "The site CA's private key can sign a certificate for any name that every hub here trusts. Never copy it to a hub or a SteelHead; keep the CA folder on encrypted, offline media if certificates will be renewed, or delete it (a later renewal then needs a new CA and every hub's trust redone).",
      );
    }
    return [{ console: 'ems', steps, status: 'verified' }];
  },
  illustration: () => 'ems-console',
  shellOnly: () => false,
  commands: (ctx) => removePfxCopyCommands(required(ctx.hub, 'hub'), ctx.options),
  verify: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return {
      how: 'List the Exchange certificates and look for the file.',
      command: showCertificatesCommand(),
      expected: `CN=${hub.fqdn} is still listed with HasPrivateKey True, and ${hub.fqdn}.pfx is no longer on the hub's disk.`,
    };
  },
};
