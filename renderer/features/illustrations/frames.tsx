import type { ReactNode } from 'react';
import { Button } from './controls';
import { Bar, Box, C, T, fit, textWidth, offsets } from './primitives';

/** Desktop window: frame, title bar with caption buttons; `dialog` shows only ? and ×. */
export function WindowFrame(props: {
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  dialog?: boolean;
  dark?: boolean;
  children?: ReactNode;
}): ReactNode {
  const { x, y, w, h } = props;
  const right = x + w;
  const maxChars = Math.floor((w - (props.dialog ? 70 : 110)) / 6.3);
  return (
    <g>
      <rect x={x + 3} y={y + 4} width={w} height={h} rx={5} fill="#000" opacity={0.12} />
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        rx={5}
        fill={props.dark ? C.consoleBg : C.window}
        stroke={C.border}
      />
      <path
        d={`M${x} ${y + 26} v-21 a5 5 0 0 1 5 -5 h${w - 10} a5 5 0 0 1 5 5 v21 z`}
        fill={C.titlebar}
        stroke={C.border}
      />
      {props.dialog ? null : (
        <rect x={x + 8} y={y + 7} width={12} height={12} rx={2} fill={C.accent} />
      )}
      <T x={x + (props.dialog ? 10 : 27)} y={y + 17} fill={C.titlebarFg} role="window-title">
        {fit(props.title, maxChars)}
      </T>
      <g stroke={C.titlebarFg} strokeWidth={1.2} fill="none">
        {props.dialog ? (
          <text x={right - 42} y={y + 18} fontSize={12} fill={C.titlebarFg} stroke="none">
            ?
          </text>
        ) : (
          <>
            <path d={`M${right - 78} ${y + 14} h10`} />
            <rect x={right - 53} y={y + 8} width={9} height={9} />
          </>
        )}
        <path d={`M${right - 22} ${y + 8} l9 9 M${right - 13} ${y + 8} l-9 9`} />
      </g>
      {props.children}
    </g>
  );
}

/** Menu bar under the title bar (File, Action, …). */
export function MenuBar(props: {
  x: number;
  y: number;
  w: number;
  items: readonly string[];
}): ReactNode {
  const xs = offsets(
    props.items.map((item) => textWidth(item)),
    props.x + 8,
    16,
  );
  return (
    <g>
      <rect x={props.x} y={props.y} width={props.w} height={20} fill={C.pane} />
      {props.items.map((item, i) => (
        <T key={item} x={xs[i] ?? 0} y={props.y + 14}>
          {item}
        </T>
      ))}
    </g>
  );
}

/** Row of dialog buttons aligned to the right edge `right`; returns x of each button. */
export function buttonRow(right: number, labels: readonly string[], w = 74, gap = 8): number[] {
  const total = labels.length * w + (labels.length - 1) * gap;
  return labels.map((_, i) => right - total + i * (w + gap));
}

/** Dialog buttons drawn at the positions computed by buttonRow. */
export function DialogButtons(props: {
  right: number;
  y: number;
  labels: readonly string[];
  primary?: string;
  w?: number;
}): ReactNode {
  const xs = buttonRow(props.right, props.labels, props.w);
  return (
    <g>
      {props.labels.map((label, i) => (
        <Button
          key={label}
          x={xs[i] ?? 0}
          y={props.y}
          w={props.w ?? 74}
          label={label}
          primary={label === props.primary}
        />
      ))}
    </g>
  );
}

/** Browser window for the web consoles: tab, address bar, then `children` in the page area. */
export function BrowserFrame(props: {
  x: number;
  y: number;
  w: number;
  h: number;
  tab: string;
  url: string;
  children?: ReactNode;
}): ReactNode {
  const { x, y, w, h } = props;
  return (
    <g>
      <rect x={x + 3} y={y + 4} width={w} height={h} rx={6} fill="#000" opacity={0.12} />
      <rect x={x} y={y} width={w} height={h} rx={6} fill={C.window} stroke={C.border} />
      <path
        d={`M${x} ${y + 58} v-52 a6 6 0 0 1 6 -6 h${w - 12} a6 6 0 0 1 6 6 v52 z`}
        fill={C.titlebar}
        stroke={C.border}
      />
      <path
        d={`M${x + 10} ${y + 30} v-18 a4 4 0 0 1 4 -4 h176 a4 4 0 0 1 4 4 v18 z`}
        fill={C.window}
        stroke={C.border}
      />
      <T x={x + 20} y={y + 24}>
        {fit(props.tab, 26)}
      </T>
      <rect
        x={x + 70}
        y={y + 34}
        width={w - 84}
        height={19}
        rx={9}
        fill={C.input}
        stroke={C.border}
      />
      <path
        d={`M${x + 14} ${y + 44} h14 M${x + 14} ${y + 44} l5 -5 M${x + 14} ${y + 44} l5 5 M${x + 42} ${y + 44} h14 M${x + 56} ${y + 44} l-5 -5 M${x + 56} ${y + 44} l-5 5`}
        stroke={C.muted}
        strokeWidth={1.3}
        fill="none"
      />
      <T x={x + 82} y={y + 48} fill={C.muted}>
        {fit(props.url, Math.floor((w - 110) / 6.2))}
      </T>
      {props.children}
    </g>
  );
}

/** A faint sketch of an app window behind a dialog (context only, no readable content). */
export function Backdrop(props: {
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
}): ReactNode {
  const { x, y, w, h } = props;
  return (
    <g opacity={0.5}>
      <rect x={x} y={y} width={w} height={h} rx={5} fill={C.window} stroke={C.border} />
      <rect x={x} y={y} width={w} height={26} rx={5} fill={C.titlebar} />
      <T x={x + 10} y={y + 17} fill={C.titlebarFg}>
        {fit(props.title, Math.floor((w - 20) / 6.3))}
      </T>
      <Box x={x + 6} y={y + 32} w={w * 0.24} h={h - 38} fill={C.pane} />
      {Array.from({ length: Math.floor((h - 50) / 22) }, (_, i) => (
        <Bar key={i} x={x + w * 0.28} y={y + 50 + i * 22} w={w * (i % 3 === 0 ? 0.45 : 0.32)} />
      ))}
    </g>
  );
}
