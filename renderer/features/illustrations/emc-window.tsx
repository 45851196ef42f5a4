import type { ReactNode } from 'react';
import { TabStrip, layoutTabs } from './controls';
import { MenuBar, WindowFrame } from './frames';
import { Box, C, Highlight } from './primitives';
import { ActionSection, ListView, PaneHeader, Tree } from './views';
import type { Column, TreeRow } from './views';

/** Where a numbered highlight goes inside the EMC window. */
type EmcMark =
  | { kind: 'action'; section: number; item: number; n: number }
  | { kind: 'workTab'; index: number; n: number }
  | { kind: 'workRow'; index: number; n: number }
  | { kind: 'resultRow'; index: number; n: number }
  | { kind: 'tree'; index: number; n: number };

type Rows = readonly {
  cells: readonly (string | null)[];
  selected?: boolean;
  icon?: 'server' | 'cert' | 'connector';
}[];

const TREE_X = 14;
const MID_X = 242;
const MID_W = 316;
const ACT_X = 562;
const ACT_W = 224;
const TOP = 84;
const WORK_Y = 254;

/** Console tree rows shared by the EMC screens: root, on-premises node and the four work centres. */
export function emcTree(
  server: string,
  open: 'server' | 'org',
  selected: 'server' | 'hub',
): TreeRow[] {
  const centre = (label: string, isOpen: boolean, sel: boolean): TreeRow[] =>
    isOpen
      ? [
          { label, depth: 2, open: true, selected: sel && selected === 'server' },
          { label: 'Mailbox', depth: 3, leaf: true },
          { label: 'Client Access', depth: 3, leaf: true },
          { label: 'Hub Transport', depth: 3, leaf: true, selected: sel && selected === 'hub' },
          { label: 'Unified Messaging', depth: 3, leaf: true },
        ]
      : [{ label, depth: 2 }];
  return [
    { label: 'Microsoft Exchange', depth: 0, open: true, icon: 'server' },
    { label: `Microsoft Exchange On-Premises (${server})`, depth: 1, open: true, icon: 'server' },
    ...centre('Organization Configuration', open === 'org', open === 'org'),
    ...centre('Server Configuration', open === 'server', open === 'server'),
    { label: 'Recipient Configuration', depth: 2 },
    { label: 'Toolbox', depth: 2, leaf: true, icon: 'doc' },
  ];
}

function actionY(sections: readonly { items: readonly unknown[] }[], s: number, i: number): number {
  let y = TOP + 24;
  for (let k = 0; k < s; k += 1) y += (sections[k]?.items.length ?? 0) * 20 + 24;
  return y + 20 + i * 20;
}

/** Exchange Management Console (MMC 3.0): console tree, result pane, tabbed work pane, action pane. */
export function EmcWindow(props: {
  hl: boolean;
  tree: readonly TreeRow[];
  resultTitle: string;
  resultColumns: readonly Column[];
  resultRows: Rows;
  resultTabs?: { tabs: readonly (string | null)[]; active: number };
  work?: {
    header: string;
    tabs: readonly (string | null)[];
    active: number;
    columns: readonly Column[];
    rows: Rows;
  };
  actions: readonly { title: string; items: readonly (string | null)[] }[];
  marks: readonly EmcMark[];
}): ReactNode {
  const resultBottom = props.work ? WORK_Y - 4 : 486;
  const listDy = props.resultTabs ? 56 : 26;
  const tabs = props.work ? layoutTabs(MID_X + 6, props.work.tabs) : [];
  return (
    <WindowFrame x={10} y={10} w={780} h={480} title="Exchange Management Console">
      <MenuBar x={11} y={36} w={778} items={['File', 'Action', 'View', 'Help']} />
      <rect x={11} y={56} width={778} height={24} fill={C.pane} />
      <g>
        {[0, 1, 2, 3].map((i) => (
          <rect key={i} x={20 + i * 22} y={61} width={14} height={14} rx={2} fill={C.placeholder} />
        ))}
      </g>
      <Box x={TREE_X} y={TOP} w={224} h={402} />
      <Tree x={TREE_X} y={TOP + 4} w={224} rows={props.tree} />
      <Box x={MID_X} y={TOP} w={MID_W} h={resultBottom - TOP} />
      <PaneHeader x={MID_X} y={TOP} w={MID_W} label={props.resultTitle} />
      {props.resultTabs ? (
        <g>
          <path d={`M${MID_X} ${TOP + 50} h${MID_W}`} stroke={C.border} />
          <TabStrip
            x={MID_X + 6}
            y={TOP + 28}
            tabs={props.resultTabs.tabs}
            active={props.resultTabs.active}
            barW={40}
          />
        </g>
      ) : null}
      <ListView
        x={MID_X + (props.resultTabs ? 6 : 0)}
        y={TOP + listDy}
        w={MID_W - (props.resultTabs ? 12 : 0)}
        columns={props.resultColumns}
        rows={props.resultRows}
      />
      {props.work ? (
        <g>
          <Box x={MID_X} y={WORK_Y} w={MID_W} h={486 - WORK_Y} />
          <PaneHeader x={MID_X} y={WORK_Y} w={MID_W} label={props.work.header} fill={C.pane} />
          <path d={`M${MID_X} ${WORK_Y + 50} h${MID_W}`} stroke={C.border} />
          <TabStrip
            x={MID_X + 6}
            y={WORK_Y + 28}
            tabs={props.work.tabs}
            active={props.work.active}
          />
          <ListView
            x={MID_X + 6}
            y={WORK_Y + 58}
            w={MID_W - 12}
            columns={props.work.columns}
            rows={props.work.rows}
          />
        </g>
      ) : null}
      <Box x={ACT_X} y={TOP} w={ACT_W} h={402} />
      <PaneHeader x={ACT_X} y={TOP} w={ACT_W} label="Actions" />
      {props.actions.map((sec, s) => (
        <ActionSection
          key={s}
          x={ACT_X + 1}
          y={actionY(props.actions, s, 0) - 20}
          w={ACT_W - 2}
          title={sec.title}
          items={sec.items}
        />
      ))}
      {props.marks.map((m) => {
        switch (m.kind) {
          case 'action':
            return (
              <Highlight
                key={m.n}
                show={props.hl}
                x={ACT_X + 6}
                y={actionY(props.actions, m.section, m.item) + 2}
                w={ACT_W - 14}
                h={16}
                n={m.n}
                badge="l"
              />
            );
          case 'workTab': {
            const t = tabs[m.index];
            return t ? (
              <Highlight
                key={m.n}
                show={props.hl}
                x={t.x}
                y={WORK_Y + 26}
                w={t.w}
                h={24}
                n={m.n}
                badge="tr"
              />
            ) : null;
          }
          case 'workRow':
            return (
              <Highlight
                key={m.n}
                show={props.hl}
                x={MID_X + 8}
                y={WORK_Y + 79 + m.index * 20}
                w={MID_W - 16}
                h={18}
                n={m.n}
                badge="tl"
              />
            );
          case 'resultRow':
            return (
              <Highlight
                key={m.n}
                show={props.hl}
                x={MID_X + 2}
                y={TOP + listDy + 21 + m.index * 20}
                w={MID_W - 4}
                h={18}
                n={m.n}
                badge="tl"
              />
            );
          case 'tree':
            return (
              <Highlight
                key={m.n}
                show={props.hl}
                x={TREE_X + 4}
                y={TOP + 6 + m.index * 20}
                w={192}
                h={17}
                n={m.n}
                badge="tl"
              />
            );
        }
        return null;
      })}
    </WindowFrame>
  );
}
