export * from './observed';
export * from './expectations';
export * from './check';
export * from './builds';
export * from './collector';
export * from './collected';
export * from './format-list';
