import type { ReactNode } from 'react';
import { C } from './primitives';

/** Small glyphs for toolbars and tree rows. */
export function Icon(props: {
  kind:
    | 'folder'
    | 'server'
    | 'cert'
    | 'connector'
    | 'plus'
    | 'pencil'
    | 'trash'
    | 'refresh'
    | 'more'
    | 'doc'
    | 'forest';
  x: number;
  y: number;
  color?: string;
}): ReactNode {
  const { x, y } = props;
  const col = props.color ?? C.muted;
  switch (props.kind) {
    case 'folder':
      return <path d={`M${x} ${y + 2} h5 l2 2 h7 v8 h-14 z`} fill={C.placeholder} stroke={col} />;
    case 'server':
      return <rect x={x + 2} y={y} width={10} height={13} rx={1} fill={C.pane} stroke={col} />;
    case 'cert':
      return (
        <g fill="none" stroke={col}>
          <rect x={x} y={y + 1} width={14} height={10} rx={1} fill={C.pane} />
          <circle cx={x + 10} cy={y + 9} r={3} fill={C.highlight} stroke="none" />
        </g>
      );
    case 'connector':
      return (
        <path
          d={`M${x} ${y + 7} h14 M${x + 9} ${y + 3} l5 4 l-5 4`}
          fill="none"
          stroke={col}
          strokeWidth={1.5}
        />
      );
    case 'forest':
      return (
        <path
          d={`M${x + 7} ${y} l6 9 h-12 z M${x + 7} ${y + 9} v4`}
          fill={C.placeholder}
          stroke={col}
        />
      );
    case 'doc':
      return <path d={`M${x + 2} ${y} h7 l3 3 v10 h-10 z`} fill={C.window} stroke={col} />;
    case 'plus':
      return <path d={`M${x + 7} ${y} v14 M${x} ${y + 7} h14`} stroke={col} strokeWidth={2} />;
    case 'pencil':
      return (
        <path
          d={`M${x + 1} ${y + 13} l2 -5 l8 -8 l3 3 l-8 8 z`}
          fill="none"
          stroke={col}
          strokeWidth={1.5}
        />
      );
    case 'trash':
      return (
        <path
          d={`M${x + 1} ${y + 3} h12 M${x + 5} ${y + 3} v-2 h4 v2 M${x + 3} ${y + 3} l1 10 h6 l1 -10`}
          fill="none"
          stroke={col}
          strokeWidth={1.5}
        />
      );
    case 'refresh':
      return (
        <path
          d={`M${x + 12} ${y + 7} a5 5 0 1 1 -2 -4 M${x + 11} ${y} v4 h-4`}
          fill="none"
          stroke={col}
          strokeWidth={1.5}
        />
      );
    case 'more':
      return (
        <g fill={col}>
          <circle cx={x + 2} cy={y + 7} r={1.6} />
          <circle cx={x + 7} cy={y + 7} r={1.6} />
          <circle cx={x + 12} cy={y + 7} r={1.6} />
        </g>
      );
  }
}
