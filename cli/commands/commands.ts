import { parseArgs } from 'node:util';
import { appError } from '../../core/errors';
import { installScript, planFor, renderShellCommands } from '../../core/plan';
import { shells, type Shell } from '../../core/quote';
import type { Site } from '../../core/site';
import { reportError, UsageError, type Subcommand } from '../io';
import { loadSiteFile } from '../site-file';

/** Finds a hub by id, NetBIOS name or FQDN, ignoring case. */
export function findHub(site: Site, server: string) {
  const s = server.toLowerCase();
  return site.hubs.find((h) => h.id === s || h.netbiosName.toLowerCase() === s || h.fqdn === s);
}

/** `commands`: prints one hub's install script (PowerShell) or its cmd / sh command listing. */
export const commandsCommand: Subcommand = {
  summary: "print one hub's install script, or its cmd / sh commands",
  usage:
    'usage: smtp-runbook commands --site <site.json> --server <hub id | NetBIOS name | FQDN> [--shell powershell|cmd|sh]',
  run: async (argv, io) => {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        site: { type: 'string' },
        server: { type: 'string' },
        shell: { type: 'string', default: 'powershell' },
      },
      strict: true,
    });
    if (!values.site || !values.server) throw new UsageError('--site and --server are required');
    const shell = values.shell as Shell;
    if (!shells.includes(shell))
      throw new UsageError(`--shell must be one of ${shells.join(', ')}`);
    const site = await loadSiteFile(values.site);
    if (!site.ok) return reportError(io, site.error, false);
    const hub = findHub(site.value, values.server);
    if (!hub) {
      const names = site.value.hubs.map((h) => h.netbiosName).join(', ');
      return reportError(
        io,
        appError(
          'unknown-hub',
          'server',
          `No hub '${values.server}' in this site: use one of ${names}.`,
        ),
        false,
      );
    }
    if (shell === 'powershell') {
      const script = installScript(site.value, hub.id, { now: io.now() });
      if (!script.ok) return reportError(io, script.error, false);
      io.out(script.value.content.trimEnd());
      return 0;
    }
    io.out(renderShellCommands(planFor(site.value), hub.id, shell).trimEnd());
    return 0;
  },
};
