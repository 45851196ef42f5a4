export * from './matrix';
export * from './render';
