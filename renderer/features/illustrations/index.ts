/** Original SVG schematics of each console screen the procedure visits. Import illustrations.css once in the app. */
export { illustrations } from './registry';
export type { IllustrationEntry } from './registry';
export { Illustration, IllustrationFrame } from './illustration';
export type { IllustrationFigureProps } from './illustration';
export type { IllustrationProps } from './types';
