// Runs before the app's modules (a classic script ahead of them in index.html): zod reads this
// object when it loads, and `jitless` stops its `new Function` probe, which the strict CSP
// reports as a violation. See src/app/zod-config.ts.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, {
  jitless: true,
});
