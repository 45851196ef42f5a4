import type { ReactNode } from 'react';
import { Checkbox } from './controls';
import { EacPopup } from './dialogs';
import { Backdrop } from './frames';
import {
  Highlight,
  IllustrationSvg,
  T,
  connectorLabel,
  textWidth,
  sampleScene,
} from './primitives';
import type { IllustrationProps } from './types';

const GROUPS: readonly [string, boolean][] = [
  ['Anonymous users', false],
  ['Exchange users', false],
  ['Exchange servers', false],
  ['Legacy Exchange Servers', false],
  ['Partners', true],
];

/** EAC receive connector edit, security tab: TLS + domain security (caption unverified) and the Partners group. */
export function EacReceiveConnectorSecurity(props: IllustrationProps): ReactNode {
  const scene = props.scene ?? sampleScene;
  const connector = connectorLabel(scene.connector, 'Partner TLS', 32);
  const hl = props.highlight !== false;
  const x = 130;
  const y = 16;
  const w = 540;
  const h = 470;
  const cx = x + 136;
  const authY = (i: number): number => y + 122 + i * 26;
  const groupY = (i: number): number => y + 300 + i * 24;
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <Backdrop x={10} y={10} w={780} h={480} title="Exchange admin center" />
      <EacPopup
        x={x}
        y={y}
        w={w}
        h={h}
        title={`Receive connector - ${connector}`}
        heading={connector}
        nav={['general', 'security', 'scoping']}
        active={1}
      >
        <T x={cx} y={y + 98} bold>
          Authentication:
        </T>
        <Checkbox x={cx} y={authY(0)} label="Transport Layer Security (TLS)" checked />
        <Checkbox
          x={cx + 22}
          y={authY(1)}
          label="domain security (wording unverified)"
          checked
          tentative
        />
        <Checkbox x={cx} y={authY(2)} label={null} checked={false} barW={120} />
        <Checkbox x={cx + 22} y={authY(3)} label={null} checked={false} barW={200} />
        <Checkbox x={cx} y={authY(4)} label={null} checked={false} barW={170} />
        <Checkbox x={cx} y={authY(5)} label={null} checked={false} barW={150} />
        <T x={cx} y={y + 278} bold>
          Permission groups:
        </T>
        {GROUPS.map(([label, checked], i) => (
          <Checkbox key={label} x={cx} y={groupY(i)} label={label} checked={checked} />
        ))}
        <Highlight
          show={hl}
          x={cx - 4}
          y={authY(0) - 14}
          w={textWidth('domain security (wording unverified)') + 48}
          h={44}
          n={1}
          badge="l"
        />
        <Highlight
          show={hl}
          x={cx - 4}
          y={groupY(4) - 14}
          w={textWidth('Partners') + 30}
          h={18}
          n={2}
          badge="l"
          note="tick"
        />
      </EacPopup>
    </IllustrationSvg>
  );
}
