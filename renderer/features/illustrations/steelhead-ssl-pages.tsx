import type { ReactNode } from 'react';
import { Checkbox } from './controls';
import { BrowserFrame } from './frames';
import {
  Bar,
  Box,
  C,
  Highlight,
  IllustrationSvg,
  T,
  fit,
  textWidth,
  offsets,
  SchematicNote,
} from './primitives';
import type { IllustrationProps } from './types';

const PAGES: readonly (string | null)[] = [
  'SSL: Certificate Authorities',
  'SSL: Advanced Settings',
  null,
  null,
];

/** SteelHead management GUI, schematic only: Optimization > SSL pages (CAs, Advanced Settings > Client Certificate Support). */
export function SteelheadSslPages(props: IllustrationProps): ReactNode {
  const hl = props.highlight !== false;
  const name = props.scene?.server ?? 'steelhead.example';
  const hubs = props.scene?.hubs ?? [];
  const navY = (i: number): number => 158 + i * 26;
  const menus: readonly (string | null)[] = [null, 'Optimization', null, null];
  const widths = menus.map((m) => (m === null ? 60 : textWidth(m, 12)));
  const xs = offsets(widths, 24, 28);
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <BrowserFrame x={10} y={10} w={780} h={480} tab={fit(name, 24)} url={`https://${name}/`}>
        <rect x={11} y={69} width={778} height={30} fill={C.titlebar} />
        {menus.map((m, i) => {
          const w = widths[i] ?? 60;
          const at = xs[i] ?? 0;
          return m === null ? (
            <Bar key={i} x={at} y={88} w={w} />
          ) : (
            <g key={i}>
              <rect x={at - 8} y={71} width={w + 16} height={28} fill={C.selection} />
              <T x={at} y={89} size={12} bold>
                {m}
              </T>
            </g>
          );
        })}
        <Box x={14} y={104} w={200} h={382} fill={C.pane} />
        <T x={24} y={128} bold fill={C.muted}>
          SSL pages
        </T>
        {PAGES.map((p, i) =>
          p === null ? (
            <Bar key={i} x={24} y={navY(i)} w={120} />
          ) : (
            <T key={i} x={24} y={navY(i)} fill={C.accent} bold={i === 1}>
              {p}
            </T>
          ),
        )}
        <T x={240} y={134} size={15} bold>
          SSL: Advanced Settings
        </T>
        <Bar x={240} y={162} w={300} />
        <Checkbox x={240} y={200} label="Client Certificate Support" checked />
        <Bar x={259} y={220} w={240} />
        <Checkbox x={240} y={256} label="Enable Distributed SSL Termination" checked={false} />
        <Bar x={240} y={300} w={260} />
        <Bar x={240} y={322} w={200} />
        <Highlight
          show={hl}
          x={20}
          y={navY(0) - 14}
          w={textWidth('SSL: Certificate Authorities') + 10}
          h={18}
          n={1}
          badge="r"
        />
        <Highlight
          show={hl}
          x={236}
          y={186}
          w={textWidth('Client Certificate Support') + 30}
          h={18}
          n={2}
          badge="l"
        />
        {hubs.length > 0 ? (
          <g>
            <T x={240} y={372} bold>
              Certificates of this site to load here:
            </T>
            {hubs.slice(0, 4).map((h, i) => (
              <T key={h} x={250} y={394 + i * 20} role="target">
                {fit(h, 34)}
              </T>
            ))}
          </g>
        ) : null}
        <SchematicNote
          lines={[
            'Page names from the SteelHead user guide;',
            'menus and layout differ between RiOS versions.',
          ]}
        />
      </BrowserFrame>
    </IllustrationSvg>
  );
}
