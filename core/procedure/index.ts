export * from './illustrations';
export * from './step-ids';
export * from './targets';
export * from './types';
export * from './steps';
export * from './console-paths';
export * from './connector-choice';
export * from './scene';
