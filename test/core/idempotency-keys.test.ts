import { expect } from '@open-wc/testing';
import { configure, consent } from '../../src/core/config.js';
import { createOnce } from '../../src/core/idempotency-keys.js';

let sites = 0;
const lost = () => Promise.reject(new Error('no answer'));

/** The keys a create was called with, and a create that fails `failures` times, then answers. */
function recorder(failures = 0) {
  const keys: string[] = [];
  const create = async (key: string) => {
    keys.push(key);
    if (keys.length <= failures) return lost();
    return `made with ${key}`;
  };
  return { keys, create };
}

describe('createOnce', () => {
  let site = '';
  beforeEach(() => {
    localStorage.clear();
    site = `keys-${Date.now()}-${sites++}`;
    configure({ site });
  });
  afterEach(() => consent(true));

  it('tries a failed create again with its key, and a new create after success with a new key', async () => {
    const { keys, create } = recorder(1);
    await createOnce('reply rv_1', { text: 'Same here' }, create).catch(() => undefined);
    expect(await createOnce('reply rv_1', { text: 'Same here' }, create)).to.equal(`made with ${keys[0]}`);
    await createOnce('reply rv_1', { text: 'Same here' }, create);
    expect(keys[1]).to.equal(keys[0]);
    expect(keys[2]).not.to.equal(keys[1]);
    for (const key of keys) expect(key).to.match(/^[\x21-\x7e]{8,128}$/);
  });

  it('gives an edited request a new key, and keeps different pending things apart', async () => {
    const { keys, create } = recorder(3);
    await createOnce('reply rv_1', { text: 'Same here' }, create).catch(() => undefined);
    await createOnce('reply rv_1', { text: 'Same here!' }, create).catch(() => undefined);
    await createOnce('reply rv_2', { text: 'Same here!' }, create).catch(() => undefined);
    expect(new Set(keys).size).to.equal(3);
    await createOnce('reply rv_2', { text: 'Same here!' }, create);
    expect(keys[3]).to.equal(keys[2]);
  });

  it('keeps a pending key in the site\'s storage for the next page, and forgets it once made', async () => {
    const { keys, create } = recorder(1);
    await createOnce('review sku-1', { rating: 5 }, create).catch(() => undefined);
    expect(localStorage.getItem(`sc-widgets:${site}:create-keys`)).to.contain(keys[0]);
    await createOnce('review sku-1', { rating: 5 }, create);
    expect(localStorage.getItem(`sc-widgets:${site}:create-keys`)).to.equal(null);
  });

  it('without consent, keeps the key for this visit only', async () => {
    consent(false);
    const { keys, create } = recorder(1);
    await createOnce('wishlist', 'Birthday', create).catch(() => undefined);
    expect(localStorage.length).to.equal(0);
    await createOnce('wishlist', 'Birthday', create);
    expect(keys[1]).to.equal(keys[0]);
  });
});
