import type { ReactNode } from 'react';
import { MessageBox } from './dialogs';
import { Backdrop, buttonRow } from './frames';
import { Highlight, IllustrationSvg } from './primitives';
import type { IllustrationProps } from './types';

const BUTTONS = ['Yes', 'No'] as const;

/** The "overwrite the existing default SMTP certificate?" question with Yes highlighted (wording paraphrased). */
export function EmcSmtpOverwritePrompt(props: IllustrationProps): ReactNode {
  const hl = props.highlight !== false;
  const x = 190;
  const y = 170;
  const w = 420;
  const h = 160;
  const bx = buttonRow(x + w - 14, BUTTONS, 76);
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <Backdrop x={10} y={10} w={780} h={480} title="Exchange Management Console" />
      <MessageBox
        x={x}
        y={y}
        w={w}
        h={h}
        title="Exchange Management Console"
        lines={[
          'Overwrite the existing default SMTP certificate?',
          'Exact wording varies by version.',
          null,
        ]}
        buttons={BUTTONS}
        primary="Yes"
      />
      <Highlight show={hl} x={bx[0] ?? 0} y={y + h - 35} w={76} h={22} n={1} badge="tl" />
    </IllustrationSvg>
  );
}
