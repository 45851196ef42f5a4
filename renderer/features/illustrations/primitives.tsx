import type { ReactNode } from 'react';
import type { Scene } from '../../../core/procedure/scene';

/** Theme colours: CSS custom properties with light fallbacks so an SVG renders standalone. */
export const C = {
  bg: 'var(--ill-bg, #eef1f5)',
  fg: 'var(--ill-fg, #1b1f24)',
  muted: 'var(--ill-muted, #5f6b77)',
  border: 'var(--ill-border, #9aa5b1)',
  accent: 'var(--ill-accent, #0b63c5)',
  highlight: 'var(--ill-highlight, #d9480f)',
  window: 'var(--ill-window, #ffffff)',
  titlebar: 'var(--ill-titlebar, #dde4ec)',
  titlebarFg: 'var(--ill-titlebar-fg, #1b1f24)',
  pane: 'var(--ill-pane, #f2f4f7)',
  selection: 'var(--ill-selection, #cfe3fb)',
  placeholder: 'var(--ill-placeholder, #d3d9e0)',
  input: 'var(--ill-input, #ffffff)',
  badgeFg: 'var(--ill-badge-fg, #ffffff)',
  consoleBg: 'var(--ill-console-bg, #0f2a52)',
  consoleFg: 'var(--ill-console-fg, #e8edf3)',
  consoleMuted: 'var(--ill-console-muted, #9fb3c8)',
} as const;

const FONT = "'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif";

/** Rough text width in SVG units for layout (no DOM measuring in SSR or tests). */
export function textWidth(text: string, size = 11): number {
  return Math.ceil(text.length * size * 0.56);
}

/** Shortens a string to `max` characters with an ellipsis; returns plain text for a React text node. */
export function fit(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, Math.max(1, max - 1))}…`;
}

/** The scene a drawing shows when it is used on its own (gallery, tests): a sample hub. */
export const sampleScene: Scene = {
  server: 'HUB01',
  serverFqdn: 'hub01.contoso.local',
  machine: 'hub',
};

/** The server name to draw: the user's, trimmed and shortened, or the placeholder HUB01. */
export function serverLabel(serverName: string | undefined, max = 20): string {
  const s = serverName?.trim();
  return fit(s && s.length > 0 ? s : 'HUB01', max);
}

/** The connector name to draw, or the given placeholder. */
export function connectorLabel(name: string | undefined, fallback: string, max = 28): string {
  const s = name?.trim();
  return fit(s && s.length > 0 ? s : fallback, max);
}

/** Height of the "where" band above a drawing that shows a step of this site. */
const BAND = 30;

const machineWords: Record<Scene['machine'], string> = {
  hub: 'On the hub',
  steelhead: 'On the SteelHead',
  'domain-controller': 'On a domain controller of',
};

/**
 * Root SVG: scales with its container (viewBox, width 100%), themed background. With a scene it
 * draws our own band above the screen that says which machine the step is done on.
 */
export function IllustrationSvg(props: {
  w?: number;
  h?: number;
  title?: string | undefined;
  scene?: Scene | undefined;
  children: ReactNode;
}): ReactNode {
  const { w = 800, h = 500, title, scene } = props;
  const titled = title !== undefined && title.trim().length > 0;
  const band = scene ? BAND : 0;
  const fqdn =
    scene && scene.serverFqdn.toLowerCase() !== scene.server.toLowerCase()
      ? ` (${fit(scene.serverFqdn, 60)})`
      : '';
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${w} ${h + band}`}
      width="100%"
      preserveAspectRatio="xMidYMid meet"
      className="ill-svg"
      fontFamily={FONT}
      fontSize={11}
      role={titled ? 'img' : undefined}
      aria-hidden={titled ? undefined : true}
      focusable="false"
      style={{ display: 'block', height: 'auto', maxWidth: '100%' }}
    >
      {titled ? <title>{title}</title> : null}
      <rect x={0} y={0} width={w} height={h + band} fill={C.bg} />
      {scene ? (
        <g>
          <rect x={0} y={0} width={w} height={BAND - 4} fill={C.titlebar} />
          <text x={12} y={18} fontSize={13} fill={C.fg}>
            <tspan fontWeight={400}>{machineWords[scene.machine]} </tspan>
            <tspan fontWeight={700} data-role="server">
              {fit(scene.server, 40)}
            </tspan>
            <tspan fill={C.muted}>{fqdn}</tspan>
          </text>
        </g>
      ) : null}
      <g transform={band ? `translate(0 ${band})` : undefined}>{props.children}</g>
    </svg>
  );
}

/** Single line of text; `weight` and `muted` cover the console look. */
export function T(props: {
  x: number;
  y: number;
  children: ReactNode;
  size?: number;
  bold?: boolean;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  italic?: boolean;
  mono?: boolean;
  /** Names the text for tests and tools: window-title, selected, target. */
  role?: 'window-title' | 'selected' | 'target';
}): ReactNode {
  return (
    <text
      data-role={props.role}
      x={props.x}
      y={props.y}
      fontSize={props.size ?? 11}
      fontWeight={props.bold ? 600 : undefined}
      fontStyle={props.italic ? 'italic' : undefined}
      fontFamily={
        props.mono ? "Consolas, 'Cascadia Mono', 'DejaVu Sans Mono', monospace" : undefined
      }
      fill={props.fill ?? C.fg}
      textAnchor={props.anchor}
    >
      {props.children}
    </text>
  );
}

/** Grey bar standing in for text we do not reproduce (unverified or irrelevant captions). */
export function Bar(props: { x: number; y: number; w: number; fill?: string }): ReactNode {
  return (
    <rect
      x={props.x}
      y={props.y - 7}
      width={props.w}
      height={6}
      rx={3}
      fill={props.fill ?? C.placeholder}
    />
  );
}

/** Plain rectangle with the theme border. */
export function Box(props: {
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: string;
  stroke?: string;
  rx?: number;
}): ReactNode {
  return (
    <rect
      x={props.x}
      y={props.y}
      width={props.w}
      height={props.h}
      rx={props.rx ?? 0}
      fill={props.fill ?? C.window}
      stroke={props.stroke ?? C.border}
      strokeWidth={1}
    />
  );
}

/** Highlight ring with a static numbered badge; renders nothing when `show` is false. */
export function Highlight(props: {
  show: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
  n: number;
  badge?: 'tl' | 'tr' | 'bl' | 'br' | 'l' | 'r';
  note?: string;
}): ReactNode {
  if (!props.show) return null;
  const pad = 3;
  const x0 = props.x - pad;
  const y0 = props.y - pad;
  const x1 = props.x + props.w + pad;
  const y1 = props.y + props.h + pad;
  const spot = props.badge ?? 'tl';
  const bx =
    spot === 'tl' || spot === 'bl' ? x0 : spot === 'l' ? x0 - 12 : spot === 'r' ? x1 + 12 : x1;
  const by =
    spot === 'tl' || spot === 'tr' ? y0 : spot === 'bl' || spot === 'br' ? y1 : (y0 + y1) / 2;
  return (
    <g className="ill-highlight" data-step={props.n}>
      <rect
        x={x0}
        y={y0}
        width={x1 - x0}
        height={y1 - y0}
        rx={6}
        fill="none"
        stroke={C.highlight}
        strokeWidth={3}
      />
      <circle cx={bx} cy={by} r={9} fill={C.highlight} stroke={C.window} strokeWidth={1.5} />
      <text x={bx} y={by + 4} fontSize={11} fontWeight={700} fill={C.badgeFg} textAnchor="middle">
        {props.n}
      </text>
      {props.note ? (
        <text
          x={x1 + (spot === 'r' ? 26 : 8)}
          y={(y0 + y1) / 2 + 4}
          fontSize={11}
          fontWeight={700}
          fill={C.highlight}
        >
          {props.note}
        </text>
      ) : null}
    </g>
  );
}

/** Start positions of items laid out left to right: start, start + w0 + gap, … */
export function offsets(widths: readonly number[], start: number, gap: number): number[] {
  return widths.map((_, i) => widths.slice(0, i).reduce((sum, w) => sum + w + gap, start));
}

/** The dashed "SCHEMATIC, not the real layout" box of the appliance drawings, with two lines of why. */
export function SchematicNote(props: { lines: readonly [string, string] }): ReactNode {
  return (
    <g>
      <rect
        x={470}
        y={392}
        width={304}
        height={82}
        rx={6}
        fill={C.window}
        stroke={C.highlight}
        strokeDasharray="6 4"
      />
      <T x={484} y={414} bold fill={C.highlight}>
        SCHEMATIC, not the real layout
      </T>
      <T x={484} y={434} fill={C.muted}>
        {props.lines[0]}
      </T>
      <T x={484} y={452} fill={C.muted}>
        {props.lines[1]}
      </T>
    </g>
  );
}
