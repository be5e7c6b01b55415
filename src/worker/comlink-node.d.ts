// Types for Comlink's ESM files imported by path in Node (worker_threads tests): the package ships
// `.d.ts` files beside them, which TypeScript does not pair with `.mjs` specifiers on its own.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/esm/node-adapter';
}
declare module 'comlink/dist/esm/comlink.mjs' {
  export * from 'comlink';
}
