import type { TrustMatrix } from './matrix';

/**
 * The trust matrix as a fixed-width grid for the CLI and the plan text: rows are the hubs that
 * import a certificate, columns the certificate owners. `X` = must trust, `-` = not needed.
 */
export function renderTrustGrid(matrix: TrustMatrix): string {
  const names = matrix.hubs.map((h) => h.netbiosName);
  const width = Math.max(4, ...names.map((n) => n.length)) + 2;
  const title = 'trusts \\ cert of';
  const labelWidth = Math.max(title.length, ...names.map((n) => n.length)) + 2;
  const trusts = new Set(matrix.edges.map((e) => `${e.hubId}>${e.peerHubId}`));
  const header = title.padEnd(labelWidth) + names.map((n) => n.padEnd(width)).join('');
  const rows = matrix.hubs.map((hub) => {
    const cells = matrix.hubs.map((peer) =>
      (hub.id === peer.id ? '.' : trusts.has(`${hub.id}>${peer.id}`) ? 'X' : '-').padEnd(width),
    );
    return `    ${hub.netbiosName.padEnd(labelWidth)}${cells.join('')}`.trimEnd();
  });
  const lines = [`    ${header}`.trimEnd(), ...rows];
  if (matrix.secureLists.length > 0) {
    lines.push('', '    Domain-secure lists (send and receive, once per organisation):');
    for (const list of matrix.secureLists) {
      lines.push(`      ${list.forest}: add ${list.domains.join(', ')}`);
    }
  } else {
    lines.push('', '    Domain-secure lists: not used (single domain: no domain security).');
  }
  return lines.join('\n');
}
