import type { ReactNode } from 'react';
import { TabStrip } from './controls';
import { DialogButtons, WindowFrame } from './frames';
import { Bar, Box, C, T, fit } from './primitives';

/** Tabbed property sheet (MMC style) with OK / Cancel / Apply / Help. */
export function PropertySheet(props: {
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  tabs: readonly (string | null)[];
  active: number;
  children?: ReactNode;
}): ReactNode {
  const { x, y, w, h } = props;
  return (
    <WindowFrame x={x} y={y} w={w} h={h} title={props.title} dialog>
      <Box x={x + 10} y={y + 60} w={w - 20} h={h - 104} />
      <TabStrip x={x + 12} y={y + 38} tabs={props.tabs} active={props.active} />
      {props.children}
      <DialogButtons
        right={x + w - 10}
        y={y + h - 34}
        labels={['OK', 'Cancel', 'Apply', 'Help']}
        primary="OK"
        w={70}
      />
    </WindowFrame>
  );
}

/** Wizard dialog: `steps` draws the EMC-style left step list, otherwise a white header band (Windows wizard). */
export function WizardFrame(props: {
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  heading: string | null;
  steps?: readonly (string | null)[];
  current?: number;
  buttons: readonly string[];
  primary?: string;
  children?: ReactNode;
}): ReactNode {
  const { x, y, w, h } = props;
  const steps = props.steps;
  return (
    <WindowFrame x={x} y={y} w={w} h={h} title={props.title} dialog>
      {steps ? (
        <g>
          <rect x={x + 1} y={y + 27} width={130} height={h - 72} fill={C.pane} />
          {steps.map((s, i) => {
            const sy = y + 52 + i * 26;
            const on = i === props.current;
            return (
              <g key={i}>
                {on ? <path d={`M${x + 10} ${sy - 9} l6 4.5 l-6 4.5 z`} fill={C.accent} /> : null}
                {s === null ? (
                  <Bar x={x + 22} y={sy} w={on ? 88 : 70} fill={on ? C.accent : C.placeholder} />
                ) : (
                  <T x={x + 22} y={sy} bold={on}>
                    {s}
                  </T>
                )}
              </g>
            );
          })}
          {props.heading === null ? (
            <Bar x={x + 146} y={y + 52} w={160} />
          ) : (
            <T x={x + 146} y={y + 52} bold size={13}>
              {fit(props.heading, Math.floor((w - 160) / 7.5))}
            </T>
          )}
        </g>
      ) : (
        <g>
          <rect x={x + 1} y={y + 27} width={w - 2} height={52} fill={C.window} />
          <path d={`M${x + 1} ${y + 79} h${w - 2}`} stroke={C.border} />
          <T x={x + 20} y={y + 48} bold>
            {props.heading ?? ''}
          </T>
          <Bar x={x + 36} y={y + 68} w={Math.min(220, w - 80)} />
        </g>
      )}
      <path d={`M${x + 1} ${y + h - 45} h${w - 2}`} stroke={C.border} />
      {props.children}
      <DialogButtons
        right={x + w - 12}
        y={y + h - 34}
        labels={props.buttons}
        primary={props.primary ?? ''}
        w={70}
      />
    </WindowFrame>
  );
}

/** EAC pop-up window (a browser window of its own): heading, left link list, Save / Cancel. */
export function EacPopup(props: {
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  heading: string;
  nav: readonly string[];
  active: number;
  buttons?: readonly string[];
  primary?: string;
  children?: ReactNode;
}): ReactNode {
  const { x, y, w, h } = props;
  return (
    <WindowFrame x={x} y={y} w={w} h={h} title={props.title}>
      <T x={x + 20} y={y + 56} size={17}>
        {fit(props.heading, Math.floor((w - 40) / 9))}
      </T>
      {props.nav.map((item, i) => {
        const on = i === props.active;
        return (
          <g key={item}>
            {on ? (
              <rect x={x + 10} y={y + 74 + i * 24} width={96} height={20} fill={C.selection} />
            ) : null}
            <T x={x + 20} y={y + 88 + i * 24} bold={on} fill={on ? C.fg : C.accent}>
              {item}
            </T>
          </g>
        );
      })}
      <path d={`M${x + 114} ${y + 72} v${h - 130}`} stroke={C.border} />
      <path d={`M${x + 1} ${y + h - 46} h${w - 2}`} stroke={C.border} />
      {props.children}
      <DialogButtons
        right={x + w - 14}
        y={y + h - 35}
        labels={props.buttons ?? ['Save', 'Cancel']}
        primary={props.primary ?? 'Save'}
        w={70}
      />
    </WindowFrame>
  );
}

/** Modal question box: a round "?" icon, text lines (null = placeholder) and buttons. */
export function MessageBox(props: {
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  lines: readonly (string | null)[];
  buttons: readonly string[];
  primary?: string;
}): ReactNode {
  const { x, y, w, h } = props;
  return (
    <WindowFrame x={x} y={y} w={w} h={h} title={props.title} dialog>
      <circle cx={x + 36} cy={y + 62} r={15} fill={C.accent} />
      <T x={x + 36} y={y + 69} anchor="middle" bold size={18} fill={C.window}>
        ?
      </T>
      {props.lines.map((line, i) =>
        line === null ? (
          <Bar key={i} x={x + 66} y={y + 58 + i * 20} w={w - 120} />
        ) : (
          <T
            key={i}
            x={x + 66}
            y={y + 58 + i * 20}
            size={i === 0 ? 12 : 11}
            fill={i === 0 ? C.fg : C.muted}
          >
            {line}
          </T>
        ),
      )}
      <rect x={x + 1} y={y + h - 46} width={w - 2} height={45} fill={C.pane} />
      <DialogButtons
        right={x + w - 14}
        y={y + h - 35}
        labels={props.buttons}
        primary={props.primary ?? ''}
        w={76}
      />
    </WindowFrame>
  );
}
