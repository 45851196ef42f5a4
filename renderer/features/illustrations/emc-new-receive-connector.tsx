import type { ReactNode } from 'react';
import { TextField } from './controls';
import { WizardFrame } from './dialogs';
import { Backdrop } from './frames';
import {
  Box,
  C,
  Highlight,
  IllustrationSvg,
  T,
  connectorLabel,
  fit,
  sampleScene,
} from './primitives';
import type { IllustrationProps } from './types';

const BUTTONS = ['< Back', 'Next >', 'Cancel'] as const;

/**
 * EMC 2007/2010 New Receive Connector wizard: the name, intended use Partner, and the remote
 * network settings limited to the partner hubs. The wizard's page names and order are not
 * verified, so the drawing says so in words and shows two pages side by side.
 */
export function EmcNewReceiveConnector(props: IllustrationProps): ReactNode {
  const scene = props.scene ?? sampleScene;
  const hl = props.highlight !== false;
  const connector = connectorLabel(scene.connector, 'Secure SMTP Partners', 30);
  const addresses = scene.addresses ?? [{ name: 'HUB02', ip: '192.0.2.20' }];
  const y = 36;
  const h = 440;
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <Backdrop x={10} y={10} w={780} h={480} title="Exchange Management Console" />
      <T x={20} y={497} italic fill={C.muted}>
        {`Server Configuration > Hub Transport > ${fit(scene.server, 20)} > New Receive Connector (page names and order not verified)`}
      </T>
      <WizardFrame
        x={14}
        y={y}
        w={380}
        h={h}
        title="New Receive Connector"
        heading="Name and intended use"
        buttons={BUTTONS}
        primary="Next >"
      >
        <T x={34} y={y + 110}>
          Name:
        </T>
        <TextField x={34} y={y + 118} w={320} value={connector} />
        <T x={34} y={y + 168}>
          Select the intended use for this Receive connector:
        </T>
        <TextField x={34} y={y + 178} w={200} value="Partner" dropdown />
        <Highlight show={hl} x={32} y={y + 176} w={204} h={24} n={1} badge="r" />
      </WizardFrame>
      <path d="M398 256 h12 M405 251 l6 5 l-6 5" stroke={C.muted} strokeWidth={1.5} fill="none" />
      <WizardFrame
        x={414}
        y={y}
        w={376}
        h={h}
        title="New Receive Connector"
        heading="Remote network settings"
        buttons={BUTTONS}
        primary="Next >"
      >
        <T x={434} y={y + 110}>
          Receive mail from remote servers with these IP addresses:
        </T>
        <Box x={434} y={y + 120} w={336} h={160} fill={C.input} />
        {addresses.slice(0, 6).map((a, i) => (
          <T key={a.ip} x={442} y={y + 138 + i * 22} role="target">
            {fit(a.name ? `${a.ip}  (${a.name})` : a.ip, 44)}
          </T>
        ))}
        <T x={434} y={y + 300} italic fill={C.muted}>
          {addresses.length > 0
            ? 'Replace the default 0.0.0.0-255.255.255.255 with these.'
            : 'No partner addresses recorded: add them to the site.'}
        </T>
        <Highlight show={hl} x={432} y={y + 118} w={340} h={164} n={2} badge="tl" />
      </WizardFrame>
    </IllustrationSvg>
  );
}
