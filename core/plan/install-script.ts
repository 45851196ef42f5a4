import { installScriptName } from '../certificates/bundle-layout';
import {
  defaultCommandOptions,
  sha2ConfirmedSwitch,
  type Command,
  type CommandOptions,
} from '../commands';
import { formatDateTime } from '../dates';
import { appError, fail, ok, type Result } from '../errors';
import { asciiComment, quotePowerShell, refusalFor } from '../quote';
import {
  exchangeVersionLabels,
  environmentLabels,
  managementShellEngine,
  type ExchangeVersion,
  type Hub,
  type Site,
} from '../site';
import { unansweredInternetMail } from '../procedure';
import { planFor } from './plan';
import { preflightLines } from './preflight';
import { hubRunbook, scriptCommands } from './runbook';
import type { Plan, PlannedStep } from './types';

interface InstallScriptOptions {
  /** The clock, injected so golden files and tests are stable. */
  readonly now: Date;
  /** Thumbprints by hub id from the certificate metadata, when known. */
  readonly thumbprints?: Readonly<Record<string, string>>;
  /**
   * The site's plan in script mode from `installScriptPlan(site, thumbprints)`, when one caller
   * writes the scripts of many hubs (the bundle): planned once instead of once per hub.
   */
  readonly scriptPlan?: ScriptPlan;
}

/** A site's plan with the install script's command options, made for one site and thumbprints. */
interface ScriptPlan {
  readonly site: Site;
  readonly thumbprints: Readonly<Record<string, string>>;
  readonly plan: Plan;
}

/** The plan every hub's install script of `site` reads (see `InstallScriptOptions.scriptPlan`). */
export function installScriptPlan(
  site: Site,
  thumbprints: Readonly<Record<string, string>> = {},
): ScriptPlan {
  const commandOptions: CommandOptions = {
    mode: 'script',
    bundleRoot: defaultCommandOptions.bundleRoot,
    thumbprints,
  };
  return { site, thumbprints, plan: planFor(site, commandOptions) };
}

interface InstallScript {
  readonly fileName: string;
  readonly content: string;
}

/** The PowerShell engine the version's Management Shell runs, in words. */
function engineLabel(version: ExchangeVersion): string {
  return `PowerShell ${managementShellEngine(version)}`;
}

/**
 * A comment line, plain ASCII (asciiComment); validation already refused line breaks, this
 * refuses them again.
 */
function comment(text: string): string {
  if (refusalFor('powershell', text) !== null) throw new Error('unsafe text in a script comment');
  return `# ${asciiComment(text)}`.trimEnd();
}

/** The line that records the caller's error preference; the trap and the end restore it. */
export const rememberCallerPreference = '$script:CallerErrorAction = $global:ErrorActionPreference';
/** Puts the caller's error preference back (on success and in the trap). */
export const restoreCallerPreference = '$global:ErrorActionPreference = $script:CallerErrorAction';
/** First lines of every step body: a full $Error stops counting, then the count is recorded. */
export const stepErrorMark = [
  'if ($Error.Count -ge $MaximumErrorCount) { $Error.Clear() }',
  '$ErrorsBefore = $Error.Count',
] as const;
/** Last line of every step body: any error the step added, even a non-terminating one, stops the run. */
export const stepErrorCheck = 'if ($Error.Count -gt $ErrorsBefore) { throw $Error[0] }';

/** The script's parameters; a Windows Server 2003 hub's also takes the SHA-2 confirmation switch. */
function paramLine(hub: Hub): string {
  return hub.windowsVersion === '2003'
    ? `param([switch]$WhatIf, [int]$StartAt = 1, [switch]$${sha2ConfirmedSwitch})`
    : 'param([switch]$WhatIf, [int]$StartAt = 1)';
}

const prologue = [
  '',
  '# On Exchange 2010 and later the Exchange cmdlets are functions of an implicit-remoting module:',
  "# they read the global error preference, not this script's, so 'Stop' is set globally too",
  "# (the caller's value is restored at the end and when a step stops). Each step also compares",
  '# $Error.Count before and after its commands, so an error that still is not terminating stops',
  '# the run; $Error is cleared first only when it is full (its Count would no longer grow).',
  rememberCallerPreference,
  "$global:ErrorActionPreference = 'Stop'",
  "$ErrorActionPreference = 'Stop'",
  'if (Get-Command Set-StrictMode -ErrorAction SilentlyContinue) { Set-StrictMode -Version 2.0 }',
  '$BundleRoot = Split-Path -Parent $MyInvocation.MyCommand.Path',
  '$script:StepNumber = 0',
  // Before step 1 nothing has changed: say so, instead of "stopped in step 0 ... -StartAt 0".
  `trap { ${restoreCallerPreference}; if ($script:StepNumber -lt 1) { Write-Host ('STOPPED before step 1: ' + $_) -ForegroundColor Red; Write-Host 'Nothing was changed. Fix the cause, then run the script again.' } else { Write-Host ('STOPPED in step ' + $script:StepNumber + ': ' + $_) -ForegroundColor Red; Write-Host ('Fix the cause, then continue with: -StartAt ' + $script:StepNumber) }; exit 1 }`,
  '',
  '# Echoes a step. Returns $false (skip) in a -WhatIf dry run, after printing the commands,',
  '# and for steps before -StartAt, so a stopped run can continue where it failed.',
  'function Start-RunbookStep([string]$Key, [string]$Title, [string[]]$Lines) {',
  '  $script:StepNumber++',
  "  Write-Host ''",
  "  Write-Host ('[' + $script:StepNumber + '] ' + $Title) -ForegroundColor Cyan",
  "  Write-Host ('    progress key: ' + $Key)",
  '  if ($script:StepNumber -lt $StartAt) {',
  "    Write-Host '    skipped (before -StartAt)'",
  '    return $false',
  '  }',
  '  if ($WhatIf) {',
  "    foreach ($line in $Lines) { Write-Host ('    ' + $line) }",
  "    Write-Host '    (dry run: nothing changed)'",
  '    return $false',
  '  }',
  '  return $true',
  '}',
];

function stepBlock(step: PlannedStep, commands: readonly Command[]): string[] {
  const lines = commands.flatMap((c) => c.command.split('\n'));
  const body = commands.flatMap((c) => {
    const own = c.command.split('\n').map((l) => `  ${l}`);
    // Native programs report failure through the exit code, which 'Stop' does not see.
    if (c.native)
      own.push(
        `  if ($LASTEXITCODE -ne 0) { throw (${quotePowerShell(`${c.label} failed with exit code `)} + $LASTEXITCODE) }`,
      );
    return own;
  });
  return [
    '',
    comment(`--- ${step.title} (${step.runOn})`),
    comment(`why: ${step.why}`),
    ...step.warnings
      .filter((w) => w.level !== 'info')
      .map((w) => comment(`${w.level}: ${w.message}`)),
    `if (Start-RunbookStep ${quotePowerShell(step.key)} ${quotePowerShell(`${step.title}: ${step.runOn}`)} @(`,
    lines.map((l) => `  ${quotePowerShell(l)}`).join(',\n'),
    ')) {',
    ...stepErrorMark.map((l) => `  ${l}`),
    ...body,
    `  ${stepErrorCheck}`,
    '}',
  ];
}

function notInScript(step: PlannedStep): string {
  return comment(
    `not in this script: ${step.title} (${step.runOn}) [${step.key}]; see the checklist`,
  );
}

/**
 * The whole install-<server>.ps1 for one hub: header, strict mode, -WhatIf, each step echoed, stop
 * on the first error (terminating or not, from a cmdlet, an Exchange proxy function or a native program).
 */
export function installScript(
  site: Site,
  hubId: string,
  options: InstallScriptOptions,
): Result<InstallScript> {
  const hub = site.hubs.find((h) => h.id === hubId);
  if (!hub) {
    return fail(
      appError(
        'unknown-hub',
        'hubId',
        `There is no hub '${hubId}' in this site: pick one of ${site.hubs.map((h) => h.id).join(', ')}`,
      ),
    );
  }
  const unanswered = unansweredInternetMail(site).find((u) => u.hub.id === hubId);
  if (unanswered) {
    return fail(
      appError(
        'unanswered-internet-mail',
        unanswered.field,
        `${hub.netbiosName}: answer whether ${hub.receiveConnectorName} takes anonymous mail (Internet, scanners, applications). The script would otherwise have to guess, and a wrong "no" clears Anonymous users and stops Internet mail.`,
      ),
    );
  }
  const given = options.scriptPlan;
  const plan =
    given && given.site === site && given.thumbprints === (options.thumbprints ?? given.thumbprints)
      ? given.plan
      : installScriptPlan(site, options.thumbprints).plan;
  const hubPlan = plan.hubs.find((h) => h.hubId === hubId);
  if (!hubPlan) return fail(appError('unknown-hub', 'hubId', `No plan for hub '${hubId}'`));
  const organisation = plan.organisations.find((o) => o.designatedHubId === hubId);
  const fileName = installScriptName(hub);
  const out = [
    comment(`${fileName}: Secure SMTP Runbook install script for ${hub.netbiosName}`),
    comment(`Site:      ${site.customer.name}, ${site.customer.siteName}`),
    comment(`Server:    ${hub.netbiosName} (${hub.fqdn}), forest ${hub.forest}`),
    comment(
      `Exchange:  ${exchangeVersionLabels[hub.exchangeVersion]}; ${environmentLabels[site.environment]}`,
    ),
    comment(`Generated: ${formatDateTime(options.now)} for ${site.engineer.name}`),
    comment(
      `Run in the Exchange Management Shell on this server (${engineLabel(hub.exchangeVersion)}), started with Run as administrator, from the bundle folder.`,
    ),
    comment(
      `Dry run first:  .\\${fileName} -WhatIf    Continue after a stop:  .\\${fileName} -StartAt <step>`,
    ),
    ...(organisation
      ? [
          comment(
            `This hub also carries the once-per-organisation steps for ${organisation.forest}.`,
          ),
        ]
      : []),
    '',
    paramLine(hub),
    ...prologue,
    '',
    `if (-not $WhatIf -and $env:COMPUTERNAME -ne ${quotePowerShell(hub.netbiosName)}) { throw ${quotePowerShell(`This script is for ${hub.netbiosName}: run the script named after this server instead`)} }`,
    `if (-not $WhatIf -and -not (Get-Command Get-ExchangeCertificate -ErrorAction SilentlyContinue)) { throw 'Run this script in the Exchange Management Shell' }`,
    ...preflightLines(plan, hub),
  ];
  for (const step of hubRunbook(plan, hubId)) {
    const ps = scriptCommands(step);
    out.push(
      ...(ps.length > 0
        ? stepBlock(step, ps)
        : [
            '',
            notInScript(step),
            ...(step.byHandOnly ? [comment(`by hand, on purpose: ${step.byHandOnly}`)] : []),
          ]),
    );
  }
  out.push(
    '',
    restoreCallerPreference,
    "Write-Host ''",
    `Write-Host ${quotePowerShell(`All steps for ${hub.netbiosName} finished.`)} -ForegroundColor Green`,
    '',
  );
  return ok({ fileName, content: out.join('\r\n') });
}
