import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { illustrationIds } from '../../../core/procedure/illustrations';
import type { IllustrationId } from '../../../core/procedure/illustrations';
import { Illustration, illustrations } from '../../../renderer/features/illustrations';
import type { IllustrationProps } from '../../../renderer/features/illustrations';
import { C } from '../../../renderer/features/illustrations/primitives';
import type { Scene } from '../../../core/procedure/scene';

const scene = (server: string, connector?: string): Scene => ({
  server,
  serverFqdn: `${server.toLowerCase()}.example.test`,
  machine: 'hub',
  ...(connector === undefined ? {} : { connector }),
  certificate: server,
  file: server,
  addresses: [{ name: server, ip: '192.0.2.1' }],
  hubs: [server],
});

function draw(id: IllustrationId, props: IllustrationProps = {}): string {
  return renderToStaticMarkup(createElement(illustrations[id].component, props));
}

/** Captions each drawing must show (as React escapes them: no <, >, &, quotes). */
const KEY_CAPTIONS: Record<IllustrationId, readonly string[]> = {
  'emc-exchange-certificates': [
    'Server Configuration',
    'Exchange Certificates',
    'Import Exchange Certificate',
  ],
  'emc-assign-services-wizard': ['Assign Services to Certificate', 'SMTP', 'Assign'],
  'emc-smtp-overwrite-prompt': ['default SMTP certificate', 'Yes'],
  'emc-hub-receive-connectors': [
    'Hub Transport',
    'Receive Connectors',
    'Default HUB01',
    'Properties',
  ],
  'emc-receive-connector-permission-groups': [
    'Permission Groups',
    'Partners',
    'Anonymous users',
    'Exchange users',
    'Exchange servers',
    'Legacy Exchange Servers',
  ],
  'emc-receive-connector-authentication': [
    'Authentication',
    'Transport Layer Security (TLS)',
    'Enable Domain Security (Mutual Auth TLS)',
  ],
  'emc-send-connector-domain-security': [
    'Organization Configuration',
    'Send Connectors',
    'Enable Domain Security (Mutual Auth TLS)',
  ],
  'mmc-trusted-root-import': [
    'Certificates (Local Computer)',
    'Trusted Root Certification Authorities',
    'All Tasks',
    'Import',
  ],
  'eac-servers-certificates': [
    'servers',
    'certificates',
    'Select server',
    'Import Exchange certificate',
  ],
  'eac-certificate-services': ['services', 'SMTP', 'Save'],
  'eac-receive-connector-security': ['security', 'Transport Layer Security (TLS)', 'Partners'],
  'eac-new-partner-connector': ['Partner', 'Frontend Transport', 'Remote network settings'],
  'emc-new-receive-connector': ['New Receive Connector', 'Partner', 'not verified'],
  'ems-console': ['Exchange Management Shell', '[PS] C:\\'],
  'ad-new-trust-wizard': ['Trusts', 'New Trust Wizard', 'Trust Type', 'Forest trust', 'Two-way'],
  'steelhead-licences': ['Software version', 'Licences', 'SSL', 'SCHEMATIC'],
  'steelhead-in-path-rules': ['In-Path Rules', 'Auto Discover', 'SSL', 'SCHEMATIC'],
  'steelhead-ssl-pages': [
    'Optimization',
    'SSL: Certificate Authorities',
    'Client Certificate Support',
    'SCHEMATIC',
  ],
};

const HOSTILE = '<script>alert(1)</script>';

describe('illustration registry', () => {
  it('has exactly one entry per illustration id, each with alt text and a caption', () => {
    expect(Object.keys(illustrations).sort()).toEqual([...illustrationIds].sort());
    for (const id of illustrationIds) {
      const entry = illustrations[id];
      expect(typeof entry.component).toBe('function');
      expect(entry.alt.trim().length).toBeGreaterThan(20);
      expect(entry.caption.trim().length).toBeGreaterThan(10);
    }
  });

  it('alt text names what is highlighted on every screen', () => {
    for (const id of illustrationIds) expect(illustrations[id].alt).toMatch(/Highlighted: 1/);
  });
});

describe.each(illustrationIds.map((id) => [id] as const))('%s', (id) => {
  it('is a scalable <svg>: viewBox, width 100%, no pixel width or height', () => {
    const svg = draw(id);
    expect(svg.startsWith('<svg')).toBe(true);
    const root = svg.slice(0, svg.indexOf('>') + 1);
    expect(root).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(root).toContain('width="100%"');
    expect(root).not.toMatch(/\swidth="\d+(px)?"/);
    expect(root).not.toMatch(/\sheight="/);
  });

  it('draws the highlight by default and when asked, never when highlight is false', () => {
    expect(draw(id)).toContain('class="ill-highlight"');
    expect(draw(id, { highlight: true })).toContain('class="ill-highlight"');
    expect(draw(id, { highlight: false })).not.toContain('class="ill-highlight"');
  });

  it('numbers its highlights from 1 without gaps', () => {
    const steps = [...draw(id).matchAll(/data-step="(\d+)"/g)].map((m) => Number(m[1]));
    expect(steps.length).toBeGreaterThan(0);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps.map((_, i) => i + 1));
  });

  it('shows the key captions of the screen', () => {
    const svg = draw(id);
    for (const caption of KEY_CAPTIONS[id]) expect(svg).toContain(caption);
  });

  it('renders a hostile server or connector name only as escaped text', () => {
    const svg = draw(id, { scene: scene(HOSTILE, HOSTILE), title: HOSTILE });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('</script');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('keeps attribute-breaking input inside text nodes', () => {
    const svg = draw(id, { scene: scene('" onload="alert(1)', "' onerror='x") });
    expect(svg).not.toContain('" onload="');
    expect(svg).not.toContain("' onerror='");
  });

  it('embeds a <title> only when given one', () => {
    expect(draw(id)).not.toContain('<title>');
    expect(draw(id)).toContain('aria-hidden="true"');
    const titled = draw(id, { title: 'Screen for HUB07' });
    expect(titled).toContain('<title>Screen for HUB07</title>');
    expect(titled).toContain('role="img"');
  });
});

describe('user-supplied names', () => {
  const drawsServer = illustrationIds.filter((id) =>
    draw(id, { scene: scene('ZQSRV') }).includes('ZQSRV'),
  );
  const drawsConnector = illustrationIds.filter((id) =>
    draw(id, { scene: scene('HUB09', 'ZQCONN') }).includes('ZQCONN'),
  );

  it('appear on the screens that show a server or a connector', () => {
    expect(drawsServer).toEqual(
      expect.arrayContaining([
        'emc-exchange-certificates',
        'emc-hub-receive-connectors',
        'eac-servers-certificates',
        'ems-console',
      ]),
    );
    expect(drawsConnector).toEqual(
      expect.arrayContaining([
        'emc-hub-receive-connectors',
        'emc-receive-connector-permission-groups',
        'emc-receive-connector-authentication',
        'emc-send-connector-domain-security',
        'eac-receive-connector-security',
        'eac-new-partner-connector',
      ]),
    );
  });

  it('every drawing names the machine the step runs on when it shows a step of a site', () => {
    expect(drawsServer).toEqual([...illustrationIds]);
  });

  it('default to a sample hub when drawn on their own', () => {
    expect(draw('ems-console')).toContain('hub01.contoso.local');
  });

  it('are shortened with an ellipsis instead of overflowing the drawing', () => {
    const long = 'X'.repeat(300);
    for (const id of drawsServer) {
      const svg = draw(id, { scene: scene(long) });
      expect(svg, id).not.toContain(long);
      expect(svg).toContain('…');
    }
  });
});

describe('screens whose captions are unverified', () => {
  it('the send connector property sheet names no tab and says in words that it is unverified', () => {
    const svg = draw('emc-send-connector-domain-security');
    for (const tab of ['General', 'Network', 'Advanced', 'Address Space', 'Source Server']) {
      expect(svg).not.toContain(`>${tab}<`);
    }
    expect(svg).toContain('Which tab holds this box is not verified');
  });

  it('EAC does not borrow the EMC caption of the domain-security checkbox', () => {
    const svg = draw('eac-receive-connector-security');
    expect(svg).not.toContain('Enable Domain Security (Mutual Auth TLS)');
    expect(svg).toContain('unverified');
  });

  it('the SteelHead drawing says it is a schematic', () => {
    expect(draw('steelhead-ssl-pages')).toMatch(/SCHEMATIC, not the real layout/);
  });
});

describe('<Illustration>', () => {
  it('renders a figure with role img, the alt text as label, the svg and the caption', () => {
    const html = renderToStaticMarkup(
      createElement(Illustration, {
        id: 'emc-receive-connector-permission-groups',
        scene: scene('HUB02', 'Default HUB02'),
      }),
    );
    const entry = illustrations['emc-receive-connector-permission-groups'];
    expect(html.startsWith('<figure role="img" aria-label="')).toBe(true);
    expect(html).toContain(`aria-label="${entry.alt}"`);
    expect(html).toContain('<svg');
    expect(html).toContain(`<figcaption>${entry.caption}</figcaption>`);
    expect(html).toContain('Default HUB02');
  });

  it('passes highlight={false} through', () => {
    const html = renderToStaticMarkup(
      createElement(Illustration, { id: 'ems-console', highlight: false }),
    );
    expect(html).not.toContain('class="ill-highlight"');
  });

  it('escapes a hostile server name', () => {
    const html = renderToStaticMarkup(
      createElement(Illustration, { id: 'ems-console', scene: scene(HOSTILE) }),
    );
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('illustrations.css', () => {
  const css = readFileSync(
    new URL('../../../renderer/features/illustrations/illustrations.css', import.meta.url),
    'utf8',
  );
  const used = Object.values(C).map((v) => /var\((--ill-[a-z-]+),/.exec(v)?.[1]);

  it('defines every colour variable the drawings use, once, with the value of its SVG fallback', () => {
    for (const v of Object.values(C)) {
      const [, name, fallback] = /var\((--ill-[a-z-]+), (#[0-9a-f]{6})\)/.exec(v) ?? [];
      expect(name).toBeDefined();
      expect(css).toContain(`${name ?? ''}: ${fallback ?? ''};`);
    }
    expect(used.length).toBeGreaterThan(10);
  });

  it('keeps the drawings light in the dark theme, as the real consoles are', () => {
    expect(css).not.toContain('light-dark(');
    expect(css).toMatch(/\.ill-svg \{[^}]*color-scheme: light;/);
  });

  it('gives every variable a fallback inside the SVG', () => {
    for (const v of Object.values(C)) expect(v).toMatch(/^var\(--ill-[a-z-]+, #[0-9a-f]{6}\)$/);
  });
});
