import type { ReactNode } from 'react';
import { Icon } from './icons';
import { Bar, C, T, fit, textWidth } from './primitives';

/** One row of a tree view. */
export interface TreeRow {
  label: string | null;
  depth: number;
  open?: boolean;
  leaf?: boolean;
  selected?: boolean;
  icon?: 'folder' | 'server' | 'cert' | 'connector' | 'forest' | 'doc';
  barW?: number;
}

/** Tree view (console tree); rows are 20 units tall starting at `y`. */
export function Tree(props: {
  x: number;
  y: number;
  w: number;
  rows: readonly TreeRow[];
}): ReactNode {
  return (
    <g>
      {props.rows.map((r, i) => {
        const ry = props.y + i * 20;
        const ix = props.x + 6 + r.depth * 10;
        const chars = Math.floor((props.x + props.w - ix - 36) / 6);
        return (
          <g key={i}>
            {r.selected ? (
              <rect
                x={ix + 10}
                y={ry + 2}
                width={Math.min(
                  props.x + props.w - ix - 14,
                  textWidth(r.label ?? 'x'.repeat(12)) + 30,
                )}
                height={17}
                fill={C.selection}
              />
            ) : null}
            {r.leaf ? null : (
              <path
                d={r.open ? `M${ix} ${ry + 8} l6 0 l-3 5 z` : `M${ix + 1} ${ry + 6} l5 4 l-5 4 z`}
                fill={C.muted}
              />
            )}
            <Icon kind={r.icon ?? 'folder'} x={ix + 12} y={ry + 4} />
            {r.label === null ? (
              <Bar x={ix + 32} y={ry + 15} w={r.barW ?? 80} />
            ) : (
              <T x={ix + 32} y={ry + 15}>
                {fit(r.label, chars)}
              </T>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** Column of a list view. */
export interface Column {
  label: string;
  w: number;
}

/** Details list with header; cells `null` become placeholder bars; rows are 20 tall. */
export function ListView(props: {
  x: number;
  y: number;
  w: number;
  columns: readonly Column[];
  rows: readonly {
    cells: readonly (string | null)[];
    selected?: boolean;
    icon?: 'server' | 'cert' | 'connector' | 'doc';
  }[];
}): ReactNode {
  const { x, y, w } = props;
  const starts: number[] = [];
  let cx = x;
  for (const col of props.columns) {
    starts.push(cx);
    cx += col.w;
  }
  return (
    <g>
      <rect x={x} y={y} width={w} height={20} fill={C.pane} stroke={C.border} />
      {props.columns.map((col, i) => (
        <g key={col.label}>
          <T x={(starts[i] ?? x) + 6} y={y + 14} fill={C.muted}>
            {col.label}
          </T>
          {i > 0 ? <path d={`M${starts[i] ?? x} ${y + 3} v14`} stroke={C.border} /> : null}
        </g>
      ))}
      {props.rows.map((row, r) => {
        const ry = y + 20 + r * 20;
        return (
          <g key={r}>
            {row.selected ? (
              <rect x={x + 1} y={ry + 1} width={w - 2} height={18} fill={C.selection} />
            ) : null}
            {row.cells.map((cell, i) => {
              const sx = (starts[i] ?? x) + 6 + (i === 0 && row.icon ? 18 : 0);
              const colW = props.columns[i]?.w ?? 80;
              const room = colW - 12 - (i === 0 && row.icon ? 18 : 0);
              return cell === null ? (
                <Bar key={i} x={sx} y={ry + 14} w={Math.max(20, room * 0.6)} />
              ) : (
                <T
                  key={i}
                  x={sx}
                  y={ry + 14}
                  role={row.selected && i === 0 ? 'selected' : undefined}
                >
                  {fit(cell, Math.floor(room / 7))}
                </T>
              );
            })}
            {row.icon ? <Icon kind={row.icon} x={x + 6} y={ry + 3} /> : null}
          </g>
        );
      })}
    </g>
  );
}

/** Pane header strip with a bold caption (MMC result/work/action pane headers). */
export function PaneHeader(props: {
  x: number;
  y: number;
  w: number;
  label: string;
  fill?: string;
}): ReactNode {
  return (
    <g>
      <rect x={props.x} y={props.y} width={props.w} height={22} fill={props.fill ?? C.titlebar} />
      <T x={props.x + 8} y={props.y + 15} bold>
        {fit(props.label, Math.floor((props.w - 16) / 6.6))}
      </T>
    </g>
  );
}

/** Action pane section: bold title row and items (20 tall each); returns nothing else. */
export function ActionSection(props: {
  x: number;
  y: number;
  w: number;
  title: string;
  items: readonly (string | null)[];
}): ReactNode {
  return (
    <g>
      <rect x={props.x} y={props.y} width={props.w} height={20} fill={C.pane} />
      <T x={props.x + 8} y={props.y + 14} bold>
        {fit(props.title, Math.floor((props.w - 16) / 6.6))}
      </T>
      {props.items.map((item, i) => {
        const iy = props.y + 20 + i * 20;
        return (
          <g key={i}>
            <rect x={props.x + 10} y={iy + 5} width={10} height={10} rx={1} fill={C.placeholder} />
            {item === null ? (
              <Bar x={props.x + 28} y={iy + 14} w={70} />
            ) : (
              <T x={props.x + 28} y={iy + 14} fill={C.accent}>
                {fit(item, Math.floor((props.w - 34) / 6))}
              </T>
            )}
          </g>
        );
      })}
    </g>
  );
}
