import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';

/**
 * scripts/minify-templates.mjs walks our html`` and css`` templates. A misread once made
 * it loop forever (rollup hung at full CPU), so each case runs in a worker, stopped if it
 * has not answered when the test gives up on it: a hang fails instead of stalling `npm test`.
 */
const plugin = new URL('../../scripts/minify-templates.mjs', import.meta.url).href;
const GIVE_UP_MS = 30_000;

function minify(code: string): Promise<string> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
    import(${JSON.stringify(plugin)}).then(({ minifyTemplates }) => {
      const context = { error(message) { throw new Error(message); } };
      try { parentPort.postMessage({ code: minifyTemplates().transform.call(context, workerData, '/src/x.ts').code }); }
      catch (error) { parentPort.postMessage({ error: error.message }); }
    });`,
    { eval: true, workerData: code },
  );
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('minify-templates never finished')), GIVE_UP_MS);
    worker.once('message', (answer: { code?: string; error?: string }) => {
      clearTimeout(timer);
      if (answer.error) reject(new Error(answer.error));
      else resolve(answer.code!);
    });
  }).finally(() => worker.terminate());
}

describe('minify-templates', () => {
  it('skips comments in a template expression, even with an apostrophe in them', async () => {
    const code = "html`<p>\n  ${x\n    ? // the keyboard's focus\n      html`<b>${y}</b>`\n    : /* { */ ''}\n</p>`;";
    assert.equal(await minify(code), "html`<p>${x\n    ? // the keyboard's focus\n      html`<b>${y}</b>`\n    : /* { */ ''}</p>`;");
  });

  it('fails the build on a template it cannot follow to its end instead of looping forever', async () => {
    await assert.rejects(minify("html`<p>${x ? '</p>`;"), /does not end where minify-templates expects in \/src\/x\.ts/);
  });
});
