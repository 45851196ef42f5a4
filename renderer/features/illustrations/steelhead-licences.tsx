import type { ReactNode } from 'react';
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
  SchematicNote,
} from './primitives';
import type { IllustrationProps } from './types';

const LICENCES: readonly { name: string | null; state: string }[] = [
  { name: null, state: 'Valid' },
  { name: 'SSL', state: 'Valid' },
  { name: null, state: 'Valid' },
  { name: null, state: 'Valid' },
];

/** SteelHead management GUI, schematic only: the RiOS version and the licence list with SSL. */
export function SteelheadLicences(props: IllustrationProps): ReactNode {
  const hl = props.highlight !== false;
  const name = props.scene?.server ?? 'steelhead01';
  const version = props.scene?.version ? `RiOS ${props.scene.version}` : 'RiOS 9.x';
  const rowY = (i: number): number => 262 + i * 30;
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <BrowserFrame x={10} y={10} w={780} h={480} tab={fit(name, 24)} url={`https://${name}/`}>
        <rect x={11} y={69} width={778} height={30} fill={C.titlebar} />
        <Bar x={24} y={88} w={70} />
        <Bar x={118} y={88} w={90} />
        <Bar x={232} y={88} w={60} />
        <Box x={14} y={104} w={772} h={382} fill={C.window} />
        <T x={30} y={134} size={15} bold>
          {fit(name, 60)}
        </T>
        <T x={30} y={170} fill={C.muted}>
          Software version
        </T>
        <T x={170} y={170} bold>
          {fit(version, 30)}
        </T>
        <T x={30} y={226} size={13} bold>
          Licences
        </T>
        <rect x={30} y={238} width={420} height={1} fill={C.border} />
        {LICENCES.map((l, i) =>
          l.name === null ? (
            <g key={i}>
              <Bar x={30} y={rowY(i)} w={140} />
              <T x={330} y={rowY(i)} fill={C.muted}>
                {l.state}
              </T>
            </g>
          ) : (
            <g key={i}>
              <T x={30} y={rowY(i)} bold>
                {l.name}
              </T>
              <T x={330} y={rowY(i)} bold fill={C.accent}>
                {l.state}
              </T>
            </g>
          ),
        )}
        <Highlight
          show={hl}
          x={24}
          y={156}
          w={textWidth('Software version') + 150}
          h={20}
          n={1}
          badge="l"
        />
        <Highlight show={hl} x={24} y={rowY(1) - 15} w={360} h={20} n={2} badge="l" />
        <SchematicNote
          lines={['Where the version and licences appear', 'differs between RiOS releases.']}
        />
      </BrowserFrame>
    </IllustrationSvg>
  );
}
