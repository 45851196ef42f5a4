import type { ReactNode } from 'react';
import { Checkbox } from './controls';
import { WizardFrame } from './dialogs';
import { Backdrop, buttonRow } from './frames';
import {
  C,
  Highlight,
  IllustrationSvg,
  T,
  fit,
  sampleScene,
  serverLabel,
  textWidth,
} from './primitives';
import type { IllustrationProps } from './types';

const SERVICES: readonly [string, boolean][] = [
  ['IIS', false],
  ['SMTP', true],
  ['IMAP', false],
  ['POP', false],
  ['UM', false],
];
const BUTTONS = ['< Back', 'Assign', 'Cancel', 'Help'] as const;

/** EMC 2010 "Assign Services to Certificate" wizard: SMTP ticked, then Assign (page titles left unnamed). */
export function EmcAssignServicesWizard(props: IllustrationProps): ReactNode {
  const scene = props.scene ?? sampleScene;
  const server = serverLabel(scene.server);
  const certificate = fit(scene.certificate ?? scene.serverFqdn, 44);
  const hl = props.highlight !== false;
  const x = 140;
  const y = 40;
  const w = 520;
  const h = 420;
  const bx = buttonRow(x + w - 12, BUTTONS, 70);
  const rowY = (i: number): number => y + 130 + i * 30;
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <Backdrop x={10} y={10} w={780} h={480} title="Exchange Management Console" />
      <WizardFrame
        x={x}
        y={y}
        w={w}
        h={h}
        title="Assign Services to Certificate"
        heading={null}
        steps={[null, null, null, null]}
        current={1}
        buttons={BUTTONS}
        primary="Assign"
      >
        <T x={x + 146} y={y + 68} fill={C.muted}>
          {`Server: ${server}`}
        </T>
        <T x={x + 146} y={y + 86} role="target">
          {`Certificate: ${certificate}`}
        </T>
        <T x={x + 146} y={y + 104} fill={C.muted}>
          Services to assign to the selected certificate:
        </T>
        {SERVICES.map(([label, checked], i) => (
          <Checkbox key={label} x={x + 156} y={rowY(i)} label={label} checked={checked} />
        ))}
        <Highlight
          show={hl}
          x={x + 152}
          y={rowY(1) - 14}
          w={textWidth('SMTP') + 30}
          h={18}
          n={1}
          badge="l"
          note="tick"
        />
        <Highlight show={hl} x={bx[1] ?? 0} y={y + h - 34} w={70} h={22} n={2} badge="tl" />
      </WizardFrame>
    </IllustrationSvg>
  );
}
