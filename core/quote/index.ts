export * from './refuse';
export * from './quote';
