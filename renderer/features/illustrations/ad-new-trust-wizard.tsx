import type { ReactNode } from 'react';
import { Button, Radio } from './controls';
import { PropertySheet, WizardFrame } from './dialogs';
import { WindowFrame } from './frames';
import { Bar, Box, C, Highlight, IllustrationSvg, T, textWidth } from './primitives';
import { Tree } from './views';
import type { IllustrationProps } from './types';

const BUTTONS = ['< Back', 'Next >', 'Cancel'] as const;
const DOMAIN = 'corp.example';

/** AD Domains and Trusts: forest root Properties > Trusts > New Trust, then Forest trust and Two-way. */
export function AdNewTrustWizard(props: IllustrationProps): ReactNode {
  const hl = props.highlight !== false;
  const wy = 270;
  const wh = 280;
  return (
    <IllustrationSvg h={560} title={props.title} scene={props.scene}>
      <WindowFrame x={10} y={10} w={280} h={230} title="Active Directory Domains and Trusts">
        <Box x={14} y={40} w={272} h={196} />
        <Tree
          x={14}
          y={44}
          w={272}
          rows={[
            { label: 'Active Directory Domains and Trusts', depth: 0, open: true, icon: 'forest' },
            { label: DOMAIN, depth: 1, leaf: true, selected: true, icon: 'forest' },
          ]}
        />
        <T x={40} y={130} italic fill={C.muted}>
          Right-click the forest root
        </T>
        <T x={40} y={148} italic fill={C.muted}>
          domain › Properties
        </T>
      </WindowFrame>
      <PropertySheet
        x={300}
        y={20}
        w={480}
        h={230}
        title={`${DOMAIN} Properties`}
        tabs={[null, 'Trusts', null]}
        active={1}
      >
        <Bar x={320} y={102} w={220} />
        <Box x={320} y={110} w={440} h={60} fill={C.input} />
        <Button x={652} y={176} w={108} label="New Trust..." />
        <Highlight show={hl} x={652} y={176} w={108} h={22} n={1} badge="l" />
      </PropertySheet>
      <path d="M390 254 v10 M385 259 l5 6 l5 -6" stroke={C.muted} strokeWidth={1.5} fill="none" />
      <WizardFrame
        x={10}
        y={wy}
        w={380}
        h={wh}
        title="New Trust Wizard"
        heading="Trust Type"
        buttons={BUTTONS}
        primary="Next >"
      >
        <Radio x={34} y={wy + 124} label={null} checked={false} barW={110} />
        <Radio x={34} y={wy + 156} label="Forest trust" checked />
        <Bar x={53} y={wy + 176} w={240} />
        <Highlight
          show={hl}
          x={30}
          y={wy + 142}
          w={textWidth('Forest trust') + 30}
          h={18}
          n={2}
          badge="l"
        />
      </WizardFrame>
      <path d="M396 410 h12 M403 405 l6 5 l-6 5" stroke={C.muted} strokeWidth={1.5} fill="none" />
      <WizardFrame
        x={414}
        y={wy}
        w={376}
        h={wh}
        title="New Trust Wizard"
        heading="Direction of Trust"
        buttons={BUTTONS}
        primary="Next >"
      >
        <Radio x={438} y={wy + 124} label="Two-way" checked />
        <Bar x={457} y={wy + 144} w={220} />
        <Radio x={438} y={wy + 174} label={null} checked={false} barW={120} />
        <Radio x={438} y={wy + 206} label={null} checked={false} barW={120} />
        <Highlight
          show={hl}
          x={434}
          y={wy + 110}
          w={textWidth('Two-way') + 30}
          h={18}
          n={3}
          badge="l"
        />
      </WizardFrame>
    </IllustrationSvg>
  );
}
