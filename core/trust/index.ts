export * from './matrix';
export * from './missing';
export * from './render';
