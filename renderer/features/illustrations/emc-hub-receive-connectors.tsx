import type { ReactNode } from 'react';
import { EmcWindow, emcTree } from './emc-window';
import { IllustrationSvg, connectorLabel, sampleScene, serverLabel } from './primitives';
import type { IllustrationProps } from './types';

/** EMC Server Configuration > Hub Transport: Receive Connectors tab, default connector selected, Properties action. */
export function EmcHubReceiveConnectors(props: IllustrationProps): ReactNode {
  const scene = props.scene ?? sampleScene;
  const server = serverLabel(scene.server);
  const connector = connectorLabel(scene.connector, `Default ${server}`);
  const names = [...new Set([connector, ...(scene.otherConnectors ?? [`Client ${server}`])])];
  const rows = names.slice(0, 4).map((name) => ({
    cells: [connectorLabel(name, name), 'Enabled'],
    selected: name === connector,
    icon: 'connector' as const,
  }));
  const selected = rows.findIndex((r) => r.selected);
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <EmcWindow
        hl={props.highlight !== false}
        tree={emcTree(scene.serverFqdn, 'server', 'hub')}
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
          rows,
        }}
        actions={[
          { title: 'Hub Transport', items: ['New Receive Connector…', null, null] },
          { title: connector, items: ['Disable', 'Remove', 'Properties', 'Help'] },
        ]}
        marks={[
          { kind: 'workRow', index: Math.max(0, selected), n: 1 },
          { kind: 'action', section: 1, item: 2, n: 2 },
        ]}
      />
    </IllustrationSvg>
  );
}
