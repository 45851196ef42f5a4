import type { ReactNode } from 'react';
import { TextField } from './controls';
import { EacPage } from './eac-page';
import { Icon } from './icons';
import { ContextMenu, menuItemY } from './menus';
import { Bar, C, Highlight, IllustrationSvg, T, serverLabel, sampleScene } from './primitives';
import { ListView } from './views';
import type { IllustrationProps } from './types';

const MORE: readonly (string | null)[] = ['Import Exchange certificate', null];

/** EAC servers > certificates: Select server, certificate list, "… More options" > Import Exchange certificate. */
export function EacServersCertificates(props: IllustrationProps): ReactNode {
  const scene = props.scene ?? sampleScene;
  const server = serverLabel(scene.server);
  const hl = props.highlight !== false;
  const tools = ['plus', 'pencil', 'trash', 'refresh', 'more'] as const;
  const toolX = (i: number): number => 180 + i * 30;
  const my = 196;
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <EacPage
        server={scene.serverFqdn}
        nav={[null, null, null, null, null, 'mail flow', null, null, null, 'servers', null]}
        navActive={9}
        tabs={['servers', null, null, null, 'certificates']}
        tabActive={4}
      >
        <T x={180} y={152}>
          Select server:
        </T>
        <TextField x={262} y={139} w={160} value={server} dropdown />
        {tools.map((k, i) => (
          <Icon key={k} kind={k} x={toolX(i)} y={170} color={C.accent} />
        ))}
        <ListView
          x={176}
          y={196}
          w={400}
          columns={[
            { label: 'Name', w: 220 },
            { label: 'Status', w: 80 },
            { label: 'Expires', w: 100 },
          ]}
          rows={[
            { cells: ['Microsoft Exchange', null, null], selected: true },
            { cells: [null, null, null] },
            { cells: [null, null, null] },
          ]}
        />
        <rect x={590} y={140} width={190} height={340} fill={C.pane} />
        {[0, 1, 2, 3, 4].map((i) => (
          <Bar key={i} x={602} y={168 + i * 24} w={i % 2 === 0 ? 140 : 100} />
        ))}
        <ContextMenu x={toolX(4) - 6} y={my} w={210} items={MORE} hot={0} />
        <Highlight show={hl} x={toolX(4) - 4} y={166} w={22} h={22} n={1} badge="tl" />
        <Highlight
          show={hl}
          x={toolX(4) - 4}
          y={menuItemY(my, MORE, 0)}
          w={206}
          h={22}
          n={2}
          badge="r"
        />
      </EacPage>
    </IllustrationSvg>
  );
}
