import type { ReactNode } from 'react';
import type { IllustrationId } from '../../../core/procedure/illustrations';
import { illustrations } from './registry';
import type { IllustrationProps } from './types';

/** Props of Illustration: which screen, plus the drawing's own props. */
export interface IllustrationFigureProps extends Omit<IllustrationProps, 'title'> {
  id: IllustrationId;
  className?: string;
}

/** A screen illustration as a figure: role img with the alt text as its label, the SVG, and the caption. */
export function Illustration(props: IllustrationFigureProps): ReactNode {
  const entry = illustrations[props.id];
  const Drawing = entry.component;
  return (
    <figure
      role="img"
      aria-label={entry.alt}
      className={props.className ? `ill-figure ${props.className}` : 'ill-figure'}
      data-illustration={props.id}
    >
      <Drawing
        {...(props.scene ? { scene: props.scene } : {})}
        {...(props.highlight !== undefined ? { highlight: props.highlight } : {})}
      />
      <figcaption>{entry.caption}</figcaption>
    </figure>
  );
}

/** Alias of Illustration for callers that think of it as a frame around the drawing. */
export const IllustrationFrame = Illustration;
