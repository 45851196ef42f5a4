import type { ReactNode } from 'react';
import { BrowserFrame } from './frames';
import { Box, C, Highlight, IllustrationSvg, SchematicNote, T, fit } from './primitives';
import { ListView } from './views';
import type { IllustrationProps } from './types';

/**
 * SteelHead management GUI, schematic only: the in-path rules page with one auto-discover rule
 * per remote hub address, preoptimisation policy SSL. No SSL certificate pages here: this step
 * only adds rules.
 */
export function SteelheadInPathRules(props: IllustrationProps): ReactNode {
  const hl = props.highlight !== false;
  const name = props.scene?.server ?? 'steelhead.example';
  const targets = props.scene?.addresses ?? [{ name: 'HUB02', ip: '192.0.2.20' }];
  const rows = targets.slice(0, 6).map((t) => ({
    cells: ['Auto Discover', fit(`${t.ip}/32`, 22), fit(t.name, 14), 'SSL'],
  }));
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <BrowserFrame x={10} y={10} w={780} h={480} tab={fit(name, 24)} url={`https://${name}/`}>
        <rect x={11} y={69} width={778} height={30} fill={C.titlebar} />
        <rect x={16} y={71} width={110} height={28} fill={C.selection} />
        <T x={24} y={89} size={12} bold>
          Optimization
        </T>
        <Box x={14} y={104} w={772} h={382} fill={C.window} />
        <T x={30} y={134} size={15} bold>
          In-Path Rules
        </T>
        <T x={30} y={156} fill={C.muted}>
          Page and column names are not verified for every RiOS release.
        </T>
        <T x={30} y={184}>
          Add one rule per remote hub address (Add a New In-Path Rule):
        </T>
        <ListView
          x={30}
          y={196}
          w={560}
          columns={[
            { label: 'Type', w: 130 },
            { label: 'Destination', w: 190 },
            { label: 'Remote hub', w: 120 },
            { label: 'Preoptimization', w: 120 },
          ]}
          rows={rows}
        />
        <Highlight
          show={hl}
          x={32}
          y={217}
          w={556}
          h={Math.max(1, rows.length) * 20 - 2}
          n={1}
          badge="l"
        />
        <Highlight show={hl} x={476} y={197} w={112} h={18} n={2} badge="tr" />
        <SchematicNote
          lines={['Rule page names from the SteelHead guide;', 'layout differs between releases.']}
        />
      </BrowserFrame>
    </IllustrationSvg>
  );
}
