import type { ReactNode } from 'react';
import { Bar, C, T } from './primitives';

/** A context or drop-down menu entry: text, null for a placeholder, '-' for a separator. */
type MenuItem = string | null | '-';

/** Height of a menu entry; separators take 8. */
export function menuItemY(y: number, items: readonly MenuItem[], index: number): number {
  let cy = y + 4;
  for (let i = 0; i < index; i += 1) cy += items[i] === '-' ? 8 : 22;
  return cy;
}

/** Pop-up menu; entries listed in `submenu` get a ▸ arrow. */
export function ContextMenu(props: {
  x: number;
  y: number;
  w: number;
  items: readonly MenuItem[];
  submenu?: readonly number[];
  hot?: number;
}): ReactNode {
  const { x, y, w, items } = props;
  const h = menuItemY(y, items, items.length) - y + 4;
  return (
    <g>
      <rect x={x + 3} y={y + 3} width={w} height={h} fill="#000" opacity={0.15} />
      <rect x={x} y={y} width={w} height={h} fill={C.window} stroke={C.border} />
      {items.map((item, i) => {
        const iy = menuItemY(y, items, i);
        if (item === '-')
          return <path key={i} d={`M${x + 8} ${iy + 4} h${w - 16}`} stroke={C.border} />;
        return (
          <g key={i}>
            {props.hot === i ? (
              <rect x={x + 2} y={iy} width={w - 4} height={22} fill={C.selection} />
            ) : null}
            {item === null ? (
              <Bar x={x + 28} y={iy + 15} w={Math.min(80, w - 50)} />
            ) : (
              <T x={x + 28} y={iy + 15}>
                {item}
              </T>
            )}
            {props.submenu?.includes(i) ? (
              <path d={`M${x + w - 14} ${iy + 7} l5 4 l-5 4 z`} fill={C.fg} />
            ) : null}
          </g>
        );
      })}
    </g>
  );
}
