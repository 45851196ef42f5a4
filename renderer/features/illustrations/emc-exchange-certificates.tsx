import type { ReactNode } from 'react';
import { EmcWindow, emcTree } from './emc-window';
import { IllustrationSvg, sampleScene, serverLabel } from './primitives';
import type { IllustrationProps } from './types';

/** EMC 2010 Server Configuration with the Exchange Certificates work-pane tab and the import action. */
export function EmcExchangeCertificates(props: IllustrationProps): ReactNode {
  const scene = props.scene ?? sampleScene;
  const server = serverLabel(scene.server);
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <EmcWindow
        hl={props.highlight !== false}
        tree={emcTree(scene.serverFqdn, 'server', 'server')}
        resultTitle="Server Configuration"
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
          tabs: ['Exchange Certificates'],
          active: 0,
          columns: [
            { label: 'Name', w: 140 },
            { label: 'Self Signed', w: 74 },
            { label: 'Services', w: 90 },
          ],
          rows: [
            { cells: ['Microsoft Exchange', 'True', null], icon: 'cert' },
            { cells: [null, null, null], icon: 'cert' },
          ],
        }}
        actions={[
          {
            title: 'Server Configuration',
            items: [null, 'Import Exchange Certificate…', null, null, null],
          },
          { title: server, items: [null, null] },
          { title: 'Selected certificate', items: ['Assign Services to Certificate…', null] },
        ]}
        marks={[
          { kind: 'workTab', index: 0, n: 1 },
          { kind: 'action', section: 0, item: 1, n: 2 },
        ]}
      />
    </IllustrationSvg>
  );
}
