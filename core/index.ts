// The domain core in one import for the UI, services and CLI. Each folder also has its own barrel.
export * from './site';
export * from './quote';
export * from './commands';
export * from './procedure';
export * from './trust';
export * from './plan';
