/** Props every screen illustration accepts; strings are rendered as React text only. */
export interface IllustrationProps {
  /** Server shown in the drawing (placeholder HUB01 when absent). */
  serverName?: string;
  /** Connector shown in the drawing (a screen-specific placeholder when absent). */
  connectorName?: string;
  /** Draw the numbered highlight rings (default true). */
  highlight?: boolean;
  /** Accessible title embedded in the SVG when it is used on its own. */
  title?: string;
}
