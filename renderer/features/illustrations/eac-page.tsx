import type { ReactNode } from 'react';
import { BrowserFrame } from './frames';
import { Bar, C, T, fit, textWidth, offsets } from './primitives';

/** Exchange admin center page in a browser: header band, left navigation, top links; content via children. */
export function EacPage(props: {
  server: string;
  nav: readonly (string | null)[];
  navActive: number;
  tabs: readonly (string | null)[];
  tabActive: number;
  children?: ReactNode;
}): ReactNode {
  const widths = props.tabs.map((t) => (t === null ? 50 : textWidth(t, 12)));
  const xs = offsets(widths, 176, 20);
  return (
    <BrowserFrame
      x={10}
      y={10}
      w={780}
      h={480}
      tab="Exchange admin center"
      url={`https://${props.server}/ecp/`}
    >
      <rect x={11} y={69} width={778} height={26} fill={C.titlebar} />
      <T x={24} y={87} size={13} bold>
        Exchange admin center
      </T>
      {props.nav.map((item, i) => {
        const ny = 122 + i * 24;
        const on = i === props.navActive;
        return (
          <g key={i}>
            {on ? <rect x={14} y={ny - 15} width={140} height={21} fill={C.selection} /> : null}
            {item === null ? (
              <Bar x={26} y={ny} w={60 + ((i * 23) % 40)} />
            ) : (
              <T x={26} y={ny} bold={on}>
                {item}
              </T>
            )}
          </g>
        );
      })}
      <path d="M160 102 v384" stroke={C.border} />
      {props.tabs.map((t, i) => {
        const w = widths[i] ?? 50;
        const at = xs[i] ?? 0;
        const on = i === props.tabActive;
        return t === null ? (
          <Bar key={i} x={at} y={118} w={w} />
        ) : (
          <g key={i}>
            <T x={at} y={120} size={12} bold={on} fill={on ? C.fg : C.accent}>
              {fit(t, 30)}
            </T>
            {on ? <rect x={at} y={125} width={w} height={2} fill={C.accent} /> : null}
          </g>
        );
      })}
      {props.children}
    </BrowserFrame>
  );
}
