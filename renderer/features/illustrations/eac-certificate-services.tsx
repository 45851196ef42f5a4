import type { ReactNode } from 'react';
import { Checkbox } from './controls';
import { EacPopup } from './dialogs';
import { Backdrop, buttonRow } from './frames';
import {
  C,
  Highlight,
  IllustrationSvg,
  T,
  serverLabel,
  fit,
  textWidth,
  sampleScene,
} from './primitives';
import type { IllustrationProps } from './types';

const SERVICES: readonly [string, boolean][] = [
  ['SMTP', true],
  ['UM', false],
  ['UM call router', false],
  ['IMAP', false],
  ['POP', false],
  ['IIS', false],
];

/** EAC certificate edit pop-up, services tab: SMTP ticked, then Save. */
export function EacCertificateServices(props: IllustrationProps): ReactNode {
  const scene = props.scene ?? sampleScene;
  const server = serverLabel(scene.server);
  const hl = props.highlight !== false;
  const x = 160;
  const y = 30;
  const w = 480;
  const h = 440;
  const bx = buttonRow(x + w - 14, ['Save', 'Cancel'], 70);
  const rowY = (i: number): number => y + 132 + i * 30;
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <Backdrop x={10} y={10} w={780} h={480} title="Exchange admin center" />
      <EacPopup
        x={x}
        y={y}
        w={w}
        h={h}
        title={`Exchange certificate - ${server}`}
        heading={fit(scene.certificate ?? `${server} SMTP certificate`, 40)}
        nav={['general', 'services']}
        active={1}
      >
        <T x={x + 130} y={y + 100} fill={C.muted}>
          Services this certificate is assigned to:
        </T>
        {SERVICES.map(([label, checked], i) => (
          <Checkbox key={label} x={x + 136} y={rowY(i)} label={label} checked={checked} />
        ))}
        <Highlight
          show={hl}
          x={x + 132}
          y={rowY(0) - 14}
          w={textWidth('SMTP') + 30}
          h={18}
          n={1}
          badge="l"
          note="tick"
        />
        <Highlight show={hl} x={bx[0] ?? 0} y={y + h - 35} w={70} h={22} n={2} badge="tl" />
      </EacPopup>
    </IllustrationSvg>
  );
}
