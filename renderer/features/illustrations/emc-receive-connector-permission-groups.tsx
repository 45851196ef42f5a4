import type { ReactNode } from 'react';
import { Checkbox } from './controls';
import { PropertySheet } from './dialogs';
import { Backdrop } from './frames';
import {
  C,
  Highlight,
  IllustrationSvg,
  T,
  connectorLabel,
  serverLabel,
  textWidth,
  sampleScene,
} from './primitives';
import type { IllustrationProps } from './types';

/** Receive-connector tabs as the EMC property sheet shows them. */
export const RECEIVE_CONNECTOR_TABS = [
  'General',
  'Network',
  'Authentication',
  'Permission Groups',
] as const;

const GROUPS: readonly [string, boolean][] = [
  ['Anonymous users', false],
  ['Exchange users', true],
  ['Exchange servers', true],
  ['Legacy Exchange Servers', true],
  ['Partners', true],
];

/** EMC receive connector Properties > Permission Groups: Partners ticked, Anonymous users cleared. */
export function EmcReceiveConnectorPermissionGroups(props: IllustrationProps): ReactNode {
  const scene = props.scene ?? sampleScene;
  const server = serverLabel(scene.server);
  const connector = connectorLabel(scene.connector, `Default ${server}`);
  const hl = props.highlight !== false;
  const x = 200;
  const y = 28;
  const rowY = (i: number): number => y + 128 + i * 30;
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <Backdrop x={10} y={10} w={780} h={480} title="Exchange Management Console" />
      <PropertySheet
        x={x}
        y={y}
        w={400}
        h={448}
        title={`${connector} Properties`}
        tabs={RECEIVE_CONNECTOR_TABS}
        active={3}
      >
        <T x={x + 26} y={y + 92} fill={C.muted}>
          Groups allowed to connect to this connector:
        </T>
        {GROUPS.map(([label, checked], i) => (
          <Checkbox key={label} x={x + 32} y={rowY(i)} label={label} checked={checked} />
        ))}
        <Highlight
          show={hl}
          x={x + 28}
          y={rowY(4) - 14}
          w={textWidth('Partners') + 32}
          h={18}
          n={1}
          badge="l"
          note="tick"
        />
        <Highlight
          show={hl}
          x={x + 28}
          y={rowY(0) - 14}
          w={textWidth('Anonymous users') + 32}
          h={18}
          n={2}
          badge="l"
          note="clear"
        />
      </PropertySheet>
    </IllustrationSvg>
  );
}
