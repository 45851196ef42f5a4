import type { ReactNode } from 'react';
import { Checkbox } from './controls';
import { PropertySheet } from './dialogs';
import { EmcWindow, emcTree } from './emc-window';
import {
  C,
  Highlight,
  IllustrationSvg,
  T,
  connectorLabel,
  sampleScene,
  textWidth,
} from './primitives';
import type { IllustrationProps } from './types';

/**
 * EMC Organization Configuration > Hub Transport > Send Connectors: the step's send connector is
 * the selected row, and its Properties show the domain-security box. Which tab holds the box is
 * not verified, so the sheet says so in words instead of drawing tabs.
 */
export function EmcSendConnectorDomainSecurity(props: IllustrationProps): ReactNode {
  const scene = props.scene ?? sampleScene;
  const connector = connectorLabel(scene.connector, 'To partner');
  const others = (scene.otherConnectors ?? [])
    .map((name) => connectorLabel(name, name))
    .filter((name) => name !== connector);
  const names = [connector, ...others].slice(0, 4);
  const hl = props.highlight !== false;
  const x = 330;
  const y = 212;
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <EmcWindow
        hl={hl}
        tree={emcTree(scene.serverFqdn, 'org', 'hub')}
        resultTitle="Hub Transport"
        resultTabs={{ tabs: ['Send Connectors'], active: 0 }}
        resultColumns={[
          { label: 'Name', w: 190 },
          { label: 'Status', w: 114 },
        ]}
        resultRows={names.map((name) => ({
          cells: [name, 'Enabled'],
          selected: name === connector,
          icon: 'connector' as const,
        }))}
        actions={[{ title: connector, items: ['Disable', 'Remove', 'Properties'] }]}
        marks={[
          { kind: 'resultRow', index: 0, n: 1 },
          { kind: 'action', section: 0, item: 2, n: 2 },
        ]}
      />
      <T x={250} y={236} italic fill={C.muted}>
        Other tabs of this pane are not shown.
      </T>
      <PropertySheet
        x={x}
        y={y}
        w={450}
        h={270}
        title={`${connector} Properties`}
        tabs={[]}
        active={0}
      >
        <T x={x + 24} y={y + 86} bold>
          Which tab holds this box is not verified:
        </T>
        <T x={x + 24} y={y + 104} fill={C.muted}>
          look through the tabs of this sheet until you find it.
        </T>
        <Checkbox
          x={x + 28}
          y={y + 156}
          label="Enable Domain Security (Mutual Auth TLS)"
          checked
          size={12}
        />
        <Highlight
          show={hl}
          x={x + 24}
          y={y + 142}
          w={textWidth('Enable Domain Security (Mutual Auth TLS)', 12) + 30}
          h={20}
          n={3}
          badge="l"
          note="tick"
        />
      </PropertySheet>
    </IllustrationSvg>
  );
}
