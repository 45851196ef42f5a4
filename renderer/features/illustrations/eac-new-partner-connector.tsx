import type { ReactNode } from 'react';
import { Radio, TextField } from './controls';
import { DialogButtons, WindowFrame } from './frames';
import { Icon } from './icons';
import {
  Box,
  C,
  Highlight,
  IllustrationSvg,
  T,
  connectorLabel,
  fit,
  textWidth,
  sampleScene,
} from './primitives';
import type { IllustrationProps } from './types';

const TYPES = ['Custom', 'Internal', 'Internet', 'Partner', 'Client'] as const;

/** EAC new receive connector wizard: Type = Partner, then the remote network settings (partner IPs). */
export function EacNewPartnerConnector(props: IllustrationProps): ReactNode {
  const scene = props.scene ?? sampleScene;
  const connector = connectorLabel(scene.connector, 'Partner TLS', 30);
  const hl = props.highlight !== false;
  const addresses = scene.addresses ?? [
    { name: '', ip: '192.0.2.10' },
    { name: '', ip: '192.0.2.11' },
  ];
  const lx = 10;
  const rx = 410;
  const y = 16;
  const h = 470;
  const typeY = (i: number): number => y + 238 + i * 26;
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <WindowFrame x={lx} y={y} w={380} h={h} title="new receive connector">
        <T x={lx + 20} y={y + 56} size={17}>
          new receive connector
        </T>
        <T x={lx + 20} y={y + 88}>
          Name:
        </T>
        <TextField x={lx + 20} y={y + 94} w={300} value={connector} />
        <T x={lx + 20} y={y + 140}>
          Role:
        </T>
        <Radio x={lx + 24} y={y + 162} label="Hub Transport" checked={false} />
        <Radio x={lx + 24} y={y + 184} label="Frontend Transport" checked />
        <T x={lx + 20} y={y + 216}>
          Type:
        </T>
        {TYPES.map((t, i) => (
          <Radio key={t} x={lx + 24} y={typeY(i)} label={t} checked={t === 'Partner'} />
        ))}
        <Highlight
          show={hl}
          x={lx + 20}
          y={typeY(3) - 14}
          w={textWidth('Partner') + 30}
          h={18}
          n={1}
          badge="r"
        />
        <path d={`M${lx + 1} ${y + h - 46} h378`} stroke={C.border} />
        <DialogButtons
          right={lx + 366}
          y={y + h - 35}
          labels={['next', 'cancel']}
          primary="next"
          w={70}
        />
      </WindowFrame>
      <path
        d={`M${lx + 386} 250 h16 M${lx + 396} 244 l6 6 l-6 6`}
        stroke={C.muted}
        strokeWidth={1.5}
        fill="none"
      />
      <WindowFrame x={rx} y={y} w={380} h={h} title="new receive connector">
        <T x={rx + 20} y={y + 56} size={17}>
          new receive connector
        </T>
        <T x={rx + 20} y={y + 84} italic fill={C.muted}>
          after Network adapter bindings:
        </T>
        <T x={rx + 20} y={y + 112} bold>
          Remote network settings
        </T>
        {(['plus', 'pencil', 'trash'] as const).map((k, i) => (
          <Icon key={k} kind={k} x={rx + 22 + i * 28} y={y + 126} color={C.accent} />
        ))}
        <Box x={rx + 20} y={y + 148} w={320} h={150} fill={C.input} />
        <rect x={rx + 21} y={y + 149} width={318} height={20} fill={C.selection} />
        {addresses.slice(0, 6).map((a, i) => (
          <T key={a.ip} x={rx + 28} y={y + 163 + i * 22} role="target">
            {fit(a.name ? `${a.ip}  (${a.name})` : a.ip, 44)}
          </T>
        ))}
        <T x={rx + 20} y={y + 324} italic fill={C.muted}>
          {addresses.length > 0
            ? 'Only the partner hub addresses of this site.'
            : 'No partner addresses recorded: add them to the site.'}
        </T>
        <Highlight show={hl} x={rx + 18} y={y + 122} w={324} h={178} n={2} badge="tl" />
        <path d={`M${rx + 1} ${y + h - 46} h378`} stroke={C.border} />
        <DialogButtons
          right={rx + 366}
          y={y + h - 35}
          labels={['back', 'finish', 'cancel']}
          primary="finish"
          w={70}
        />
      </WindowFrame>
    </IllustrationSvg>
  );
}
