export * from './schema';
export * from './build';
export * from './parse';
export * from './diff';
export * from './labels';
export * from './step-label';
