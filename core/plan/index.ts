export * from './types';
export * from './plan';
export * from './site-warnings';
export * from './render-text';
export * from './install-script';
export * from './render-commands';
export * from './progress';
export * from './redo';
