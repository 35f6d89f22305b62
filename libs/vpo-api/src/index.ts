export * from './enums.ts';
export * from './limits.ts';
export * from './schemas.ts';
