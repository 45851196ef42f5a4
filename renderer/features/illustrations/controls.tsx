import type { ReactNode } from 'react';
import { Bar, Box, C, T, textWidth, offsets, fit } from './primitives';

/** Checkbox with caption; `label: null` draws a placeholder bar of width `barW`. */
export function Checkbox(props: {
  x: number;
  y: number;
  label: string | null;
  checked: boolean;
  barW?: number;
  size?: number;
  /** Italic, muted caption: for wording we could not verify. */
  tentative?: boolean;
}): ReactNode {
  const { x, y, checked } = props;
  return (
    <g>
      <rect x={x} y={y - 10} width={12} height={12} rx={2} fill={C.input} stroke={C.border} />
      {checked ? (
        <path
          d={`M${x + 2.5} ${y - 4} l3 3 l4 -6.5`}
          fill="none"
          stroke={C.accent}
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ) : null}
      {props.label === null ? (
        <Bar x={x + 19} y={y - 1} w={props.barW ?? 90} />
      ) : (
        <T
          x={x + 19}
          y={y}
          size={props.size}
          italic={props.tentative}
          fill={props.tentative ? C.muted : C.fg}
        >
          {props.label}
        </T>
      )}
    </g>
  );
}

/** Radio button with caption; `label: null` draws a placeholder bar. */
export function Radio(props: {
  x: number;
  y: number;
  label: string | null;
  checked: boolean;
  barW?: number;
}): ReactNode {
  const { x, y } = props;
  return (
    <g>
      <circle cx={x + 6} cy={y - 4} r={6} fill={C.input} stroke={C.border} />
      {props.checked ? <circle cx={x + 6} cy={y - 4} r={3} fill={C.accent} /> : null}
      {props.label === null ? (
        <Bar x={x + 19} y={y - 1} w={props.barW ?? 90} />
      ) : (
        <T x={x + 19} y={y}>
          {props.label}
        </T>
      )}
    </g>
  );
}

/** Push button; `primary` draws the default-button emphasis. */
export function Button(props: {
  x: number;
  y: number;
  w?: number;
  h?: number;
  label: string;
  primary?: boolean;
}): ReactNode {
  const w = props.w ?? Math.max(70, textWidth(props.label) + 20);
  const h = props.h ?? 22;
  return (
    <g>
      <rect
        x={props.x}
        y={props.y}
        width={w}
        height={h}
        rx={3}
        fill={C.pane}
        stroke={props.primary ? C.accent : C.border}
        strokeWidth={props.primary ? 1.5 : 1}
      />
      <T x={props.x + w / 2} y={props.y + h / 2 + 4} anchor="middle">
        {props.label}
      </T>
    </g>
  );
}

/** Single-line input showing `value` (or empty). */
export function TextField(props: {
  x: number;
  y: number;
  w: number;
  value?: string;
  dropdown?: boolean;
}): ReactNode {
  return (
    <g>
      <Box x={props.x} y={props.y} w={props.w} h={20} fill={C.input} />
      {props.value !== undefined ? (
        <T x={props.x + 6} y={props.y + 14}>
          {fit(props.value, Math.floor((props.w - (props.dropdown ? 26 : 12)) / 8))}
        </T>
      ) : null}
      {props.dropdown ? (
        <path
          d={`M${props.x + props.w - 14} ${props.y + 8} l4 5 l4 -5`}
          fill="none"
          stroke={C.fg}
          strokeWidth={1.3}
        />
      ) : null}
    </g>
  );
}

/** Horizontal tab strip; `null` labels become placeholder bars (unverified names). */
export function TabStrip(props: {
  x: number;
  y: number;
  tabs: readonly (string | null)[];
  active: number;
  barW?: number;
}): ReactNode {
  return (
    <g>
      {layoutTabs(props.x, props.tabs, props.barW).map((t, i) => {
        const on = i === props.active;
        return (
          <g key={i}>
            <rect
              x={t.x}
              y={props.y - (on ? 2 : 0)}
              width={t.w}
              height={on ? 24 : 22}
              rx={2}
              fill={on ? C.window : C.pane}
              stroke={C.border}
            />
            {t.label === null ? (
              <Bar x={t.x + 10} y={props.y + 14} w={t.w - 20} />
            ) : (
              <T x={t.x + t.w / 2} y={props.y + 15} anchor="middle" bold={on}>
                {t.label}
              </T>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** Positions of the tabs drawn by TabStrip, for placing highlights. */
export function layoutTabs(
  x: number,
  tabs: readonly (string | null)[],
  barW = 60,
): { x: number; w: number; label: string | null }[] {
  const widths = tabs.map((label) => (label === null ? barW : textWidth(label)) + 20);
  const xs = offsets(widths, x, 2);
  return tabs.map((label, i) => ({ x: xs[i] ?? x, w: widths[i] ?? barW, label }));
}
