import type { ReactNode } from 'react';
import { WindowFrame } from './frames';
import { Bar, C, Highlight, IllustrationSvg, T, fit, sampleScene } from './primitives';
import type { IllustrationProps } from './types';

/** Exchange Management Shell window: dark console, a finished command and the prompt awaiting the step's command. */
export function EmsConsole(props: IllustrationProps): ReactNode {
  const scene = props.scene ?? sampleScene;
  const hl = props.highlight !== false;
  const left = 30;
  const lineY = (i: number): number => 66 + i * 22;
  const prompt = '[PS] C:\\>';
  return (
    <IllustrationSvg title={props.title} scene={props.scene}>
      <WindowFrame
        x={10}
        y={10}
        w={780}
        h={480}
        title={`Machine: ${fit(scene.serverFqdn, 60)} - Exchange Management Shell`}
        dark
      >
        {[300, 420, 260].map((w, i) => (
          <Bar key={i} x={left} y={lineY(i)} w={w} fill={C.consoleMuted} />
        ))}
        <T x={left} y={lineY(4)} mono size={13} fill={C.consoleFg}>
          {`${prompt} Get-ExchangeCertificate`}
        </T>
        {[0, 1, 2].map((i) => (
          <g key={i}>
            <Bar x={left} y={lineY(6 + i)} w={300} fill={C.consoleMuted} />
            <Bar x={left + 320} y={lineY(6 + i)} w={60} fill={C.consoleMuted} />
            <Bar x={left + 400} y={lineY(6 + i)} w={180} fill={C.consoleMuted} />
          </g>
        ))}
        <T x={left} y={lineY(11)} mono size={13} fill={C.consoleFg}>
          {prompt}
        </T>
        <T x={left + 86} y={lineY(11)} mono size={13} italic fill={C.consoleMuted}>
          {'<paste the command shown in this step>'}
        </T>
        <rect x={left + 408} y={lineY(11) - 12} width={8} height={15} fill={C.consoleFg} />
        <Highlight show={hl} x={left - 6} y={lineY(11) - 16} w={436} h={22} n={1} badge="l" />
        <T x={left} y={lineY(14)} mono size={12} fill={C.consoleMuted}>
          {'# Exchange cmdlets need the Exchange Management Shell, not a plain PowerShell window.'}
        </T>
      </WindowFrame>
    </IllustrationSvg>
  );
}
