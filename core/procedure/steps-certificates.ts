import {
  bundleCopyInstruction,
  certutilImportPfxCommand,
  hasCertificateImportGui,
  importPfxCommands,
  opensslCommands,
  showCertificatesCommand,
  windows2003Sha2Hotfixes,
} from '../commands';
import { pfxProfileFor, pfxProfileForHub } from '../certificates/profile';
import { certificateFriendlyName, certificateSpecFor } from '../certificates/spec';
import { windowsVersionLabels } from '../site';
import { steelheadsOptimiseTls } from '../trust/steelheads';
import { certificateConsole } from './console-paths';
import { required, type PlanWarning, type StepDefinition } from './types';

/** New key pair and self-signed certificate per hub, made outside Exchange so the key can go to the SteelHead too. */
export const generateCertificate: StepDefinition = {
  id: 'certificate-generate',
  title: 'Generate the hub certificate and PFX',
  why: (ctx) =>
    steelheadsOptimiseTls(ctx.site) || ctx.site.steelheads.length === 0
      ? 'The hub\u2019s default self-signed certificate was made with a non-exportable key, but the server-side SteelHead needs the key too, so the pair is made here.'
      : 'TLS is off between the hubs across the WAN on this site, so no SteelHead needs this key; the hub gets a certificate made here all the same (its default one cannot be exported), ready if TLS is turned back on. Keep the key off the SteelHeads.',
  scope: 'hub',
  phase: 'certificates',
  status: 'verified',
  appliesTo: () => true,
  consoles: () => [],
  illustration: () => null,
  shellOnly: () => true,
  commands: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return opensslCommands(certificateSpecFor(ctx.site, hub));
  },
  verify: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return {
      how: 'Read the PFX back before it leaves the workstation (the app does this for every PFX it writes).',
      expected: `Subject CN=${hub.fqdn}, RSA ${ctx.site.certificate.keySize} bits, ${ctx.site.certificate.validityDays} days, SAN and EKU present, PFX profile ${pfxProfileForHub(ctx.site, hub)}.`,
    };
  },
  warnings: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    const out: PlanWarning[] = [
      {
        code: 'generate-in-app',
        level: 'info',
        message:
          'The Certificates area of this app makes this certificate and PFX for every hub at once, checks them and writes the USB bundle; the openssl commands are for doing it on a workstation instead.',
      },
      {
        code: 'private-key-on-disk',
        level: 'warning',
        message: `The .key file is the identity of ${hub.fqdn}: keep it off the USB stick unless the SteelHead needs it, and delete working copies afterwards.`,
      },
    ];
    if (ctx.site.certificate.keySize === 1024) {
      out.push({
        code: 'legacy-1024-bit-key',
        level: 'danger',
        message:
          'RSA 1024 was chosen as a legacy exception: it is below the 2048-bit minimum; replace these certificates as soon as the legacy system allows.',
      });
    }
    if (
      pfxProfileForHub(ctx.site, hub) === 'windows-modern' &&
      pfxProfileFor(hub.windowsVersion) === 'windows-legacy'
    ) {
      out.push({
        code: 'pfx-profile-too-new',
        level: 'danger',
        message: `${hub.netbiosName} runs ${windowsVersionLabels[hub.windowsVersion]}, which cannot read an AES PFX (it reports a wrong password): use the Windows legacy profile.`,
      });
    }
    if (hub.windowsVersion === '2003') {
      out.push({
        code: 'windows-2003-sha2',
        level: 'danger',
        message: `${hub.netbiosName} runs Windows Server 2003, which cannot validate SHA-256 signatures without the CryptoAPI SHA-2 hotfix (${windows2003Sha2Hotfixes.join(' or its successor ')}; the successor is unverified here): install it on ${hub.netbiosName} before importing. The install script checks for it first, in a dry run too, and stops when neither is installed.`,
      });
    }
    return out;
  },
};

/** Import the PFX into the hub's computer Personal store with the version's own cmdlet form. */
export const importPfx: StepDefinition = {
  id: 'certificate-import',
  title: 'Import the PFX on the hub',
  why: 'The hub needs the certificate and its private key in the computer Personal store before Exchange can use it.',
  scope: 'hub',
  phase: 'certificates',
  status: 'verified',
  appliesTo: () => true,
  consoles: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    const v = ctx.version;
    const copy = bundleCopyInstruction(hub, ctx.options);
    if (!hasCertificateImportGui(v)) {
      return [
        {
          console: 'ems',
          steps: [
            copy,
            v === '2007'
              ? 'Exchange 2007 has no certificate screens: run the command below in the Exchange Management Shell.'
              : 'Current Exchange 2016/2019/SE builds import certificates only in the Exchange Management Shell: run the command below.',
            'Type the PFX password when asked; it is not stored anywhere.',
          ],
          status: 'verified',
        },
      ];
    }
    if (certificateConsole(v) === 'emc') {
      return [
        {
          console: 'emc',
          steps: [
            copy,
            'In the console tree select Server Configuration, then the hub in the result pane.',
            'In the work pane open the Exchange Certificates tab; in the action pane choose Import Exchange Certificate...',
            `Browse to ${hub.fqdn}.pfx, type its password, pick ${hub.netbiosName}, then Import and Finish.`,
          ],
          status: 'partial',
        },
      ];
    }
    return [
      {
        console: 'eac',
        steps: [
          copy,
          'Go to servers > certificates and pick the hub in Select server.',
          'Open ... More options > Import Exchange certificate.',
          `Give the UNC path of ${hub.fqdn}.pfx and its password, add ${hub.netbiosName} to the servers, then Finish.`,
        ],
        status: 'verified',
      },
    ];
  },
  illustration: (ctx) => {
    const v = ctx.version;
    if (!hasCertificateImportGui(v)) return 'ems-console';
    return certificateConsole(v) === 'emc'
      ? 'emc-exchange-certificates'
      : 'eac-servers-certificates';
  },
  shellOnly: (ctx) => !hasCertificateImportGui(ctx.version),
  commands: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    const cmds = importPfxCommands(ctx.version, hub, ctx.options);
    // certutil with the SChannel CSP is the fallback when a KSP-stored key upsets Exchange 2010.
    if (ctx.version.startsWith('2010')) cmds.push(certutilImportPfxCommand(hub, ctx.options));
    return cmds;
  },
  verify: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return {
      how: 'List the Exchange certificates.',
      command: showCertificatesCommand(),
      expected: `A certificate with Subject CN=${hub.fqdn} and FriendlyName ${certificateFriendlyName(hub)} is listed.`,
    };
  },
  warnings: (ctx) =>
    ctx.version.startsWith('2010')
      ? [
          {
            code: 'exchange-2010-cng',
            level: 'info',
            message:
              'Exchange 2010 cannot use keys stored by a CNG provider: import with Import-ExchangeCertificate or certutil with the SChannel CSP, not with a tool that picks a KSP.',
          },
        ]
      : [],
};
