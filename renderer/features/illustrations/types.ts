import type { Scene } from '../../../core/procedure/scene';

/** Props every screen illustration accepts; strings are rendered as React text only. */
export interface IllustrationProps {
  /** This site's objects for the step (server, connector, certificate…); a sample hub when absent. */
  scene?: Scene;
  /** Draw the numbered highlight rings (default true). */
  highlight?: boolean;
  /** Accessible title embedded in the SVG when it is used on its own. */
  title?: string;
}
