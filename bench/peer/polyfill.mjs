// Promise.withResolvers for Node 20 (postgraphile 5 calls it; Node 22 has it natively).
// Load before anything else: node --import ./bench/peer/polyfill.mjs --import tsx bench/peer/postgraphile.ts
if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    enumerable: false,
    value: function withResolvers() {
      let resolve;
      let reject;
      const promise = new this((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
