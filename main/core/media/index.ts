export * from './check';
export * from './folders';
export * from './names';
export * from './to-path';
export * from './videos';
export * from './image-check';
