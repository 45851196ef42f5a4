import type { ReactNode } from 'react';
import { MenuBar, WindowFrame } from './frames';
import { ContextMenu, menuItemY } from './menus';
import { Box, C, Highlight, IllustrationSvg, T, fit, sampleScene } from './primitives';
import { ListView, Tree } from './views';
import type { IllustrationProps } from './types';

const TREE_W = 320;
const MENU: readonly (string | null | '-')[] = [
  'All Tasks',
  '-',
  null,
  'Refresh',
  'Export List…',
  '-',
  'Help',
];
const SUB: readonly (string | null | '-')[] = ['Import…', null];

/** Certificates MMC (Computer account): Trusted Root Certification Authorities > Certificates > All Tasks > Import… */
export function MmcTrustedRootImport(props: IllustrationProps): ReactNode {
  const scene = props.scene ?? sampleScene;
  const hl = props.highlight !== false;
  const file = scene.file ?? 'partner.cer';
  const treeY = 88;
  const certRow = treeY + 4 * 20;
  const mx = 150;
  const my = certRow + 20;
  const sx = mx + 176;
  const sy = menuItemY(my, MENU, 0) - 4;
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <WindowFrame
        x={10}
        y={10}
        w={780}
        h={480}
        title="Console1 - [Console Root\Certificates (Local Computer)\Trusted Root Certification Authorities\Certificates]"
      >
        <MenuBar
          x={11}
          y={36}
          w={778}
          items={['File', 'Action', 'View', 'Favorites', 'Window', 'Help']}
        />
        <rect x={11} y={56} width={778} height={24} fill={C.pane} />
        <Box x={14} y={84} w={TREE_W} h={402} />
        <Tree
          x={14}
          y={treeY}
          w={TREE_W}
          rows={[
            { label: 'Console Root', depth: 0, open: true },
            { label: 'Certificates (Local Computer)', depth: 1, open: true, icon: 'cert' },
            { label: 'Personal', depth: 2 },
            { label: 'Trusted Root Certification Authorities', depth: 2, open: true },
            { label: 'Certificates', depth: 3, leaf: true, selected: true },
            { label: null, depth: 2, barW: 90 },
            { label: null, depth: 2, barW: 150 },
            { label: null, depth: 2, barW: 110 },
            { label: null, depth: 2, barW: 130 },
          ]}
        />
        <Box x={TREE_W + 18} y={84} w={786 - TREE_W - 18} h={402} />
        <ListView
          x={TREE_W + 18}
          y={84}
          w={786 - TREE_W - 18}
          columns={[
            { label: 'Issued To', w: 160 },
            { label: 'Issued By', w: 160 },
            { label: 'Expiration Date', w: 128 },
          ]}
          rows={Array.from({ length: 9 }, () => ({
            cells: [null, null, null],
            icon: 'cert' as const,
          }))}
        />
        <rect
          x={22}
          y={330}
          width={300}
          height={70}
          rx={6}
          fill={C.window}
          stroke={C.highlight}
          strokeDasharray="6 4"
        />
        <T x={34} y={352} fill={C.muted}>
          Then, in the Certificate Import Wizard, choose:
        </T>
        <T x={34} y={374} bold size={13} role="target">
          {fit(file, 40)}
        </T>
        <T x={34} y={392} fill={C.muted}>
          {scene.certificate ? fit(`the certificate of ${scene.certificate}`, 44) : ''}
        </T>
        <ContextMenu x={mx} y={my} w={170} items={MENU} submenu={[0]} hot={0} />
        <ContextMenu x={sx} y={sy} w={130} items={SUB} hot={0} />
        <Highlight show={hl} x={mx + 2} y={menuItemY(my, MENU, 0)} w={166} h={22} n={1} badge="l" />
        <Highlight show={hl} x={sx + 2} y={menuItemY(sy, SUB, 0)} w={126} h={22} n={2} badge="r" />
      </WindowFrame>
    </IllustrationSvg>
  );
}
