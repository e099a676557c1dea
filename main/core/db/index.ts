export * from './data-dir';
export * from './migrate';
export * from './open';
export type * from './schema';
