export { enShared } from './en';
export { type SharedKey, viShared } from './vi';
export * from './translator';
export * from './zod-issues';
