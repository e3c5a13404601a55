import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileFixture as compile } from '../support/compile-fixture.js';

/**
 * The package's types as a consumer's compiler sees them: each fixture in test/fixtures/types-*
 * imports the package by its name (TypeScript resolves it through package.json `exports`, as
 * for an installed package) and is compiled alone. Each fixture also holds lines that must
 * not compile (`@ts-expect-error`, `@vue-expect-error`): types too loose fail the compile too.
 * Run after `npm run build`.
 */
describe("the package's types", { concurrency: true }, () => {
  it("the root import types every tag (HTMLElementTagNameMap): `document.querySelector('sc-store')!.pageSize`", async () => {
    assert.equal(await compile('tsc', 'types-root'), '');
  });

  it('so does `sc-widgets/sc-widgets.js`', async () => {
    assert.equal(await compile('tsc', 'types-script'), '');
  });

  it('`sc-widgets/iife` types window.SocialCommerce and every tag', async () => {
    assert.equal(await compile('tsc', 'types-iife'), '');
  });

  it('`sc-widgets/types/react`: React 19 JSX with typed properties and `on<event>` listeners', async () => {
    assert.equal(await compile('tsc', 'types-react'), '');
  });

  it("`sc-widgets/types/vue`: Vue's global components with typed bindings and events (vue-tsc)", async () => {
    assert.equal(await compile('vue-tsc', 'types-vue'), '');
  });

  it('a fixture that breaks a type does not compile', async () => {
    assert.match(await compile('tsc', 'types-broken'), /error TS2322: Type 'string' is not assignable to type 'number'/);
  });
});
