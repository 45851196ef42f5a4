import {
  enableSmtpCommands,
  showCertificatesCommand,
  showInternalTransportCertificateCommand,
} from '../commands';
import { certificateConsole } from './console-paths';
import { defaultSmtpDecision } from './default-smtp';
import { required, type PlanWarning, type StepDefinition } from './types';

/** What to answer at the overwrite prompt, and why (the one decision of default-smtp.ts). */
function overwriteAdvice(decision: { overwrite: boolean; reason: string }): string {
  return decision.overwrite
    ? `When asked whether to overwrite the existing default SMTP certificate, answer Yes: ${decision.reason}`
    : `When asked whether to overwrite the existing default SMTP certificate, answer No: ${decision.reason}`;
}

/** Bind the certificate to SMTP; the overwrite prompt's answer is decided per hub and said everywhere. */
export const assignSmtp: StepDefinition = {
  id: 'certificate-assign-smtp',
  title: 'Assign the SMTP service to the certificate',
  why: 'Exchange only presents a certificate in SMTP TLS once SMTP is one of its services.',
  scope: 'hub',
  phase: 'certificates',
  status: 'verified',
  appliesTo: () => true,
  consoles: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    const advice = overwriteAdvice(defaultSmtpDecision(ctx.site, hub));
    const c = certificateConsole(ctx.version);
    if (c === 'ems') {
      return [{ console: 'ems', steps: ['Run the command below.', advice], status: 'verified' }];
    }
    if (c === 'emc') {
      return [
        {
          console: 'emc',
          steps: [
            'Server Configuration > the hub > Exchange Certificates tab.',
            `Right-click the certificate whose subject is CN=${hub.fqdn} and choose Assign Services to Certificate.`,
            'Tick Simple Mail Transfer Protocol (SMTP), click Assign, then Finish.',
            advice,
          ],
          status: 'partial',
        },
      ];
    }
    return [
      {
        console: 'eac',
        steps: [
          'servers > certificates > Select server: the hub.',
          `Select the certificate CN=${hub.fqdn}, click Edit, open services, tick SMTP and Save.`,
          advice,
        ],
        status: 'partial',
      },
    ];
  },
  illustration: (ctx) => {
    const c = certificateConsole(ctx.version);
    return c === 'ems'
      ? 'ems-console'
      : c === 'emc'
        ? 'emc-assign-services-wizard'
        : 'eac-certificate-services';
  },
  shellOnly: (ctx) => certificateConsole(ctx.version) === 'ems',
  commands: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return enableSmtpCommands(hub, ctx.options, defaultSmtpDecision(ctx.site, hub).overwrite);
  },
  verify: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return defaultSmtpDecision(ctx.site, hub).overwrite
      ? {
          how: 'Show the hub\u2019s internal transport (default SMTP) certificate.',
          command: showInternalTransportCertificateCommand(hub),
          expected: `InternalTransportCertificateThumbprint is the thumbprint of the CN=${hub.fqdn} certificate imported in this runbook, not the old self-signed one.`,
        }
      : {
          how: 'List the Exchange certificates.',
          command: showCertificatesCommand(),
          expected: `The CN=${hub.fqdn} certificate lists SMTP among its Services.`,
        };
  },
  warnings: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    const decision = defaultSmtpDecision(ctx.site, hub);
    const out: PlanWarning[] = [
      decision.overwrite
        ? {
            code: 'smtp-overwrite-prompt',
            level: 'warning',
            message: `The new certificate replaces the default SMTP certificate of ${hub.netbiosName} (the commands pass -Force, which answers the overwrite prompt Yes): ${decision.reason} Services cannot be removed from a certificate later.`,
          }
        : {
            code: 'smtp-overwrite-prompt',
            level: 'warning',
            message: `Enabling SMTP asks to overwrite the default SMTP certificate: answer No. ${decision.reason} The commands leave -Force out, so the prompt waits for the answer.`,
          },
    ];
    if (hub.exchangeVersion === '2007') {
      out.push({
        code: 'exchange-2007-single-smtp-certificate',
        level: 'info',
        message:
          'Exchange 2007 binds one certificate to SMTP, so this certificate must carry every name the hub presents.',
      });
    }
    return out;
  },
};
