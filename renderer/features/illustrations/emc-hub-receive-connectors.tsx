import type { ReactNode } from 'react';
import { EmcWindow, emcTree } from './emc-window';
import { IllustrationSvg, connectorLabel, serverLabel } from './primitives';
import type { IllustrationProps } from './types';

/** EMC Server Configuration > Hub Transport: Receive Connectors tab, default connector selected, Properties action. */
export function EmcHubReceiveConnectors(props: IllustrationProps): ReactNode {
  const server = serverLabel(props.serverName);
  const connector = connectorLabel(props.connectorName, `Default ${server}`);
  return (
    <IllustrationSvg title={props.title}>
      <EmcWindow
        hl={props.highlight !== false}
        tree={emcTree(server, 'server', 'hub')}
        resultTitle="Hub Transport"
        resultColumns={[
          { label: 'Name', w: 110 },
          { label: 'Role', w: 120 },
          { label: 'Version', w: 86 },
        ]}
        resultRows={[
          { cells: [server, 'Hub Transport', null], selected: true, icon: 'server' },
          { cells: [null, null, null], icon: 'server' },
        ]}
        work={{
          header: server,
          tabs: ['Receive Connectors'],
          active: 0,
          columns: [
            { label: 'Name', w: 210 },
            { label: 'Status', w: 94 },
          ],
          rows: [
            { cells: [connector, 'Enabled'], selected: true, icon: 'connector' },
            { cells: [`Client ${server}`, 'Enabled'], icon: 'connector' },
          ],
        }}
        actions={[
          { title: 'Hub Transport', items: ['New Receive Connector…', null, null] },
          { title: connector, items: ['Disable', 'Remove', 'Properties', 'Help'] },
        ]}
        marks={[
          { kind: 'workRow', index: 0, n: 1 },
          { kind: 'action', section: 1, item: 2, n: 2 },
        ]}
      />
    </IllustrationSvg>
  );
}
