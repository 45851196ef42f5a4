import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { procedureSources } from '../../../../core/procedure/sources';

const domainDoc = readFileSync('docs/domain.md', 'utf8');

describe('the procedure’s sources the app lists', () => {
  it('each address is cited in docs/domain.md, where its fact and label are', () => {
    const urls = procedureSources.flatMap((s) => (s.url ? [s.url] : []));
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(domainDoc, url).toContain(url.replace(/#.*$/u, ''));
  });

  it('a source the docs call partial is never shown as verified', () => {
    for (const s of procedureSources.filter((x) => x.url)) {
      const at = domainDoc.indexOf(s.url!.replace(/#.*$/u, ''));
      // The label of the paragraph or table row that cites it.
      const before = domainDoc.slice(0, at);
      const lineStart = Math.max(before.lastIndexOf('\n- **'), before.lastIndexOf('\n|'));
      const label = /\*\*(Verified|Partial|Inferred)\*\*|\| (Partial|Verified)/u.exec(
        domainDoc.slice(lineStart, at),
      );
      const said = (label?.[1] ?? label?.[2] ?? '').toLowerCase();
      if (said === 'partial' || said === 'inferred') expect(s.checked, s.url!).toBe('partial');
    }
  });
});
