export * from './matrix';
export * from './render';
export * from './steelheads';
