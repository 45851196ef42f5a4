import type { ReactNode } from 'react';
import { Checkbox } from './controls';
import { PropertySheet } from './dialogs';
import { EmcWindow, emcTree } from './emc-window';
import {
  Bar,
  C,
  Highlight,
  IllustrationSvg,
  T,
  connectorLabel,
  serverLabel,
  textWidth,
} from './primitives';
import type { IllustrationProps } from './types';

/** EMC Organization Configuration > Hub Transport > Send Connectors, connector properties with the domain-security box (tab left unnamed). */
export function EmcSendConnectorDomainSecurity(props: IllustrationProps): ReactNode {
  const server = serverLabel(props.serverName);
  const connector = connectorLabel(props.connectorName, 'Partner SMTP');
  const hl = props.highlight !== false;
  const x = 340;
  const y = 196;
  return (
    <IllustrationSvg title={props.title}>
      <EmcWindow
        hl={hl}
        tree={emcTree(server, 'org', 'hub')}
        resultTitle="Hub Transport"
        resultTabs={{ tabs: [null, null, 'Send Connectors', null], active: 2 }}
        resultColumns={[
          { label: 'Name', w: 174 },
          { label: 'Status', w: 130 },
        ]}
        resultRows={[
          { cells: [connector, 'Enabled'], selected: true, icon: 'connector' },
          { cells: [null, null], icon: 'connector' },
        ]}
        actions={[
          { title: 'Hub Transport', items: [null, null] },
          { title: connector, items: [null, null, 'Properties'] },
        ]}
        marks={[{ kind: 'resultRow', index: 0, n: 1 }]}
      />
      <PropertySheet
        x={x}
        y={y}
        w={440}
        h={290}
        title={`${connector} Properties`}
        tabs={[null, null, null, null]}
        active={1}
      >
        <T x={x + 24} y={y + 86} italic fill={C.muted}>
          Tab names are not shown: the checkbox sits on one of these tabs.
        </T>
        <Bar x={x + 24} y={y + 110} w={180} />
        <Bar x={x + 24} y={y + 130} w={240} />
        <Checkbox x={x + 24} y={y + 166} label="Enable Domain Security (Mutual Auth TLS)" checked />
        <Checkbox x={x + 24} y={y + 196} label={null} checked={false} barW={150} />
        <Bar x={x + 24} y={y + 222} w={120} />
        <Highlight
          show={hl}
          x={x + 20}
          y={y + 152}
          w={textWidth('Enable Domain Security (Mutual Auth TLS)') + 28}
          h={18}
          n={2}
          badge="l"
        />
      </PropertySheet>
    </IllustrationSvg>
  );
}
