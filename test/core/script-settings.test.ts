import { expect } from '@open-wc/testing';
import { $settings, configure } from '../../src/core/config.js';
import { configureFromScript } from '../../src/sdk.js';

/** A script tag as a shop pastes it, with these attributes. */
function scriptTag(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  return script;
}

describe('the script tag', () => {
  const consoleWarn = console.warn;
  let warnings: unknown[][] = [];
  beforeEach(() => {
    warnings = [];
    console.warn = (...line: unknown[]) => warnings.push(line);
    configure({ pricesIncludeTax: undefined });
  });
  afterEach(() => (console.warn = consoleWarn));

  it('says prices exclude tax with data-prices-exclude-tax, and include VAT without it', () => {
    configureFromScript(scriptTag({ 'data-site': 'shop' }));
    expect($settings.get().pricesIncludeTax, 'default: prices include VAT').to.not.equal(false);
    configureFromScript(scriptTag({ 'data-site': 'shop', 'data-prices-exclude-tax': '' }));
    expect($settings.get().pricesIncludeTax).to.equal(false);
    expect(warnings, 'a known setting').to.deep.equal([]);
  });
});
