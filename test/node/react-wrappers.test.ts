import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { elementEvents } from '../../src/react/element-events.js';

/**
 * The React wrappers (`sc-widgets/react`) against custom-elements.json, the elements' own
 * documentation: a wrapper for every element, named as its class, hearing every event its
 * `@event` tags list; and rendered on a server (Next.js) with react-dom/server, from the
 * package's Node build. Run after `npm run build`.
 */

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  events?: { name: string }[];
}
const manifest: { modules: { declarations?: Declaration[] }[] } = JSON.parse(await readFile(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
// <sc-insights> is the seller console's, in an entry of its own: a wrapper would put its charts in every React shop's bundle.
const consoleOnly = ['sc-insights'];
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName && !consoleOnly.includes(declaration.tagName));

// The package by its own name, so Node picks the `node` condition of `exports` as a server's bundler does.
const specifier: string = 'sc-widgets/react';
const wrappers: Record<string, ComponentType<Record<string, unknown>>> = await import(specifier);

describe('the React wrappers', () => {
  it('list every element of custom-elements.json with exactly the events its @event tags name', () => {
    assert.ok(elements.length >= 12, `elements found: ${elements.map((element) => element.tagName).join(', ')}`);
    const documented = Object.fromEntries(elements.map((element) => [element.tagName, (element.events ?? []).map((event) => event.name).sort()]));
    const wrapped = Object.fromEntries(Object.entries(elementEvents).map(([tag, events]) => [tag, [...events].sort()]));
    assert.deepEqual(wrapped, documented);
  });

  it('are exported each under its element class name', () => {
    assert.deepEqual(Object.keys(wrappers).sort(), elements.map((element) => element.name).sort());
    for (const { name } of elements) assert.equal(wrappers[name]!.displayName, name);
  });

  for (const { name, tagName } of elements) {
    it(`render <${tagName}> with react-dom/server`, () => {
      assert.equal(renderToString(createElement(wrappers[name]!, { className: 'shop', onError: () => {} })), `<${tagName} class="shop"></${tagName}>`);
    });
  }

  it("leave the elements' properties and event handlers off the server's HTML: the browser sets them", () => {
    const onCartAdd = () => {};
    assert.equal(renderToString(createElement(wrappers.ScStore!, { pageSize: 4, onCartAdd })), '<sc-store></sc-store>');
    assert.equal(renderToString(createElement(wrappers.ScProductCard!, { productId: 'tee', onCartAdd })), '<sc-product-card></sc-product-card>');
  });
});
