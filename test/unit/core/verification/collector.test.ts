import { beforeAll, describe, expect, it } from 'vitest';
import { planFor } from '../../../../core/plan';
import { collectorScriptName } from '../../../../core/certificates';
import { collectorScript } from '../../../../core/verification';
import { allNodes, powershellParser, type PsNode } from '../../../helpers/powershell-grammar';
import { fixtureNames, siteFixture } from '../site/load-fixture';

const now = new Date('2026-12-05T07:30:00Z');
const PEER = '0F1E2D3C4B5A69788796A5B4C3D2E1F012345678';

/** Cmdlets a read-only collector may call besides Get-*: in-memory objects and the one file it writes. */
const outputCmdlets = new Set(
  [
    'New-Object',
    'Add-Member',
    'Split-Path',
    'Join-Path',
    'Export-Clixml',
    'Write-Host',
    'Write-Warning',
  ].map((c) => c.toLowerCase()),
);
/** .NET members the collector calls: name resolution, dates and formatting only. */
const methods = new Set(['GetHostByName', 'ToUniversalTime', 'ToString']);
const types = new Set([
  'System.Net.Dns',
  'System.Globalization.CultureInfo',
  'string',
  'bool',
  'datetime',
  'scriptblock',
]);

/**
 * What PowerShell 1.0 (Exchange 2007) and 2.0 (2010) do not have, as grammar nodes or words:
 * try/catch (2.0), -split/-join (2.0), [ordered]/[pscustomobject] (3.0), ConvertTo-Json (3.0),
 * $PSScriptRoot (3.0 in scripts), Set-StrictMode and New-Object -Property (2.0), classes (5.0)...
 */
const deniedNodes = [
  'try_statement',
  'class_statement',
  'enum_statement',
  'data_statement',
  'param_block',
];
const deniedOperators = ['-split', '-isplit', '-csplit', '-join', '-in', '-notin', '-shl', '-shr'];
const deniedWords = [
  /\$PSScriptRoot\b/iu,
  /\$PSCommandPath\b/iu,
  /\$PSItem\b/iu,
  /\$using:/iu,
  /::new\(/iu,
  /\bConvertTo-Json\b/iu,
  /\bConvertFrom-Json\b/iu,
  /\bInvoke-RestMethod\b/iu,
  /\bInvoke-WebRequest\b/iu,
  /\bGet-CimInstance\b/iu,
  /\bSet-StrictMode\b/iu,
  /\bCmdletBinding\b/iu,
  /-Property\b/iu,
  /-NotePropertyName\b/iu,
  /\[ordered\]/iu,
  /\[pscustomobject\]/iu,
  /\.ForEach\(/iu,
  /\.Where\(/iu,
  /\bforeach\s+-parallel\b/iu,
  /\bWorkflow\b/iu,
  /\bImport-Module\b/iu,
  /\bAdd-PSSnapin\b/iu,
];

const plan = planFor(siteFixture('2010-sp1-multi'));
const inputs = { thumbprints: { 'hub-2': PEER }, siteCaThumbprint: null };
let script = '';
let nodes: PsNode[] = [];

beforeAll(async () => {
  script = collectorScript(plan, 'hub-1', inputs, now);
  const tree = (await powershellParser()).parse(script);
  if (!tree) throw new Error('tree-sitter returned no tree');
  nodes = allNodes(tree.rootNode);
});

const textsOf = (type: string, from: PsNode[] = nodes) =>
  from.filter((n) => n.type === type).map((n) => n.text);

/** Commands a script calls that are neither Get-*, nor an output cmdlet, nor its own helper. */
function offendingCommands(from: PsNode[]): string[] {
  const own = new Set(textsOf('function_name', from).map((n) => n.toLowerCase()));
  return textsOf('command_name', from)
    .map((c) => c.toLowerCase())
    .filter((c) => !c.startsWith('get-') && !outputCmdlets.has(c) && !own.has(c));
}

describe('the collector script', () => {
  it('is named per hub and parses with the PowerShell grammar without errors', () => {
    expect(collectorScriptName({ netbiosName: 'EX01' })).toBe('collect-ex01.ps1');
    expect(nodes.length).toBeGreaterThan(500);
    expect(nodes.filter((n) => n.type === 'ERROR' || n.isMissing).map((n) => n.text)).toEqual([]);
  });

  it('calls only Get-* cmdlets, its own helpers and output cmdlets (read-only verb set)', () => {
    const own = new Set(textsOf('function_name').map((n) => n.toLowerCase()));
    expect([...own].sort()).toEqual([
      'add-statefield',
      'get-statedate',
      'get-statenames',
      'get-statesection',
      'get-statevalue',
      'new-staterecord',
    ]);
    const commands = textsOf('command_name').map((c) => c.toLowerCase());
    expect(commands).toContain('get-exchangecertificate');
    expect(commands).toContain('export-clixml');
    const offending = commands.filter(
      (c) => !c.startsWith('get-') && !outputCmdlets.has(c) && !own.has(c),
    );
    expect(offending).toEqual([]);
    // The helpers' own verbs only build objects in memory: they are read above like any other call.
  });

  it('the verb check catches a changing cmdlet', async () => {
    const bad =
      'Get-ReceiveConnector | Set-ReceiveConnector -DomainSecureEnabled $true\nRemove-Item x\n';
    const tree = (await powershellParser()).parse(bad);
    expect(offendingCommands(allNodes(tree!.rootNode))).toEqual([
      'set-receiveconnector',
      'remove-item',
    ]);
  });

  it('calls only harmless .NET members and types', () => {
    const invoked = nodes
      .filter((n) => n.type === 'invokation_expression')
      .map((n) => n.children.find((c) => c?.type === 'member_name')?.text ?? '?');
    expect(invoked.length).toBeGreaterThan(2);
    expect(invoked.filter((m) => !methods.has(m))).toEqual([]);
    const typeNames = textsOf('type_name').filter(
      (t, _i, all) => !all.some((o) => o !== t && o.startsWith(`${t}.`)),
    );
    expect(typeNames.filter((t) => !types.has(t.toLowerCase()) && !types.has(t))).toEqual([]);
  });

  it('uses nothing PowerShell 1.0 and 2.0 lack (deny-list over the grammar and the text)', () => {
    for (const type of deniedNodes) expect(textsOf(type)).toEqual([]);
    const operators = [...textsOf('comparison_operator'), ...textsOf('unary_operator')].map((o) =>
      o.toLowerCase(),
    );
    expect(operators).toContain('-ne');
    expect(operators.filter((o) => deniedOperators.includes(o))).toEqual([]);
    expect(deniedWords.filter((w) => w.test(script)).map(String)).toEqual([]);
  });

  it('the deny-list catches what it is meant to catch', async () => {
    const bad =
      "try { $a = $b -split ',' } catch { }\n$x = [pscustomobject]@{ A = $PSScriptRoot }\n";
    const tree = (await powershellParser()).parse(bad);
    const all = allNodes(tree!.rootNode);
    expect(all.some((n) => n.type === 'try_statement')).toBe(true);
    expect(all.filter((n) => n.type === 'comparison_operator').map((n) => n.text)).toContain(
      '-split',
    );
    expect(deniedWords.filter((w) => w.test(bad)).length).toBe(2);
  });

  it('never touches a private key, only the HasPrivateKey flag', () => {
    expect(script.match(/PrivateKey/gu)?.length).toBe(script.match(/HasPrivateKey/gu)?.length);
    expect(script).not.toMatch(
      /Export-(Exchange|Pfx)Certificate|\.Export\(|Remove-|Set-|Enable-|New-Exchange|Import-/iu,
    );
  });

  it('is plain ASCII with CRLF lines (read under any code page of PowerShell 1.0/2.0)', () => {
    expect([...script].filter((c) => !/[ -~]/u.test(c) && !'\t\r\n'.includes(c))).toEqual([]);
    expect(script.split('\r\n').length).toBeGreaterThan(100);
    expect(script.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  });

  it('names the trusted roots the expectations look for, and refuses to run on another server', () => {
    expect(script).toContain(`$RootThumbprints = @('${PEER}')`);
    expect(script).toContain("$RootSubjects = @('CN=mx1.fabrikam.local')");
    expect(script).toContain("$Expected = 'EX01'");
  });

  it('parses cleanly for every fixture site and hub', async () => {
    const p = await powershellParser();
    let checked = 0;
    for (const name of fixtureNames) {
      const site = planFor(siteFixture(name));
      for (const hub of site.site.hubs) {
        const tree = p.parse(
          collectorScript(site, hub.id, { thumbprints: {}, siteCaThumbprint: null }, now),
        );
        expect(tree?.rootNode.hasError, `${name} ${hub.id}`).toBe(false);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(fixtureNames.length);
  });
});
