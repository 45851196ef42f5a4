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
import { RECEIVE_CONNECTOR_TABS } from './emc-receive-connector-permission-groups';
import type { IllustrationProps } from './types';

const MECHANISMS: readonly [string, boolean, boolean][] = [
  ['Transport Layer Security (TLS)', true, false],
  ['Enable Domain Security (Mutual Auth TLS)', true, true],
  ['Basic Authentication', true, false],
  ['Offer Basic authentication only after starting TLS', true, true],
  ['Exchange Server authentication', true, false],
  ['Integrated Windows authentication', true, false],
  ['Externally Secured (for example, with IPsec)', false, false],
];

/** EMC receive connector Properties > Authentication: TLS and Enable Domain Security (Mutual Auth TLS) ticked. */
export function EmcReceiveConnectorAuthentication(props: IllustrationProps): ReactNode {
  const scene = props.scene ?? sampleScene;
  const server = serverLabel(scene.server);
  const connector = connectorLabel(scene.connector, `Default ${server}`);
  const hl = props.highlight !== false;
  const x = 190;
  const y = 28;
  const rowY = (i: number): number => y + 124 + i * 30;
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <Backdrop x={10} y={10} w={780} h={480} title="Exchange Management Console" />
      <PropertySheet
        x={x}
        y={y}
        w={420}
        h={448}
        title={`${connector} Properties`}
        tabs={RECEIVE_CONNECTOR_TABS}
        active={2}
      >
        <T x={x + 26} y={y + 92} fill={C.muted}>
          Security mechanisms offered to incoming connections:
        </T>
        {MECHANISMS.map(([label, checked, indent], i) => (
          <Checkbox
            key={label}
            x={x + (indent ? 54 : 32)}
            y={rowY(i)}
            label={label}
            checked={checked}
          />
        ))}
        <Highlight
          show={hl}
          x={x + 28}
          y={rowY(0) - 14}
          w={textWidth('Enable Domain Security (Mutual Auth TLS)') + 54}
          h={48}
          n={1}
          badge="l"
        />
      </PropertySheet>
    </IllustrationSvg>
  );
}
