import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/buy-button/buy-button.js';
import '../../src/components/wishlist/wishlist.js';
import '../../src/components/wishlist-button/wishlist-button.js';
import type { ScWishlist } from '../../src/components/wishlist/wishlist.component.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { configure } from '../../src/core/config.js';
import { MemoryStorage } from '../support/fixtures.js';
import { buyReady, shadowButton, useLocalShop, useRestShop } from '../support/shop.js';

type Shop = Awaited<ReturnType<typeof useRestShop>>;

const parts = (el: Element, part: string) => [...el.shadowRoot!.querySelectorAll(`[part~=${part}]`)].map((each) => each.textContent!.replace(/\s+/g, ' ').trim());
const buyButtons = (list: Element) => [...list.shadowRoot!.querySelectorAll('sc-buy-button')];
const buttonText = (buy: Element) => shadowButton(buy).textContent!.trim();

/** Another visitor of the same shop, in their own storage. */
const newVisitor = (shop: Shop) => new RestAdapter({ endpoint: shop.endpoint, site: shop.site, storage: new MemoryStorage(), retries: 0 });

/** From now on the page is another visitor's. */
function visitorOf(shop: Shop): void {
  configure({ adapter: newVisitor(shop), site: shop.site, checkout: undefined, checkoutUrl: undefined });
}

/** An owner's default list with the tee in L and the tulips, shared under the name given. */
async function sharedByOwner(adapter: RestAdapter | Awaited<ReturnType<typeof useLocalShop>>['adapter'], ownerName: string): Promise<string> {
  const lists = await sectionOf(adapter, 'wishlists');
  await lists.set('tee', true, undefined, 'tee-l');
  await lists.set('tulips', true);
  const [own] = await lists.lists();
  return (await lists.share(own.id, ownerName)).shareId!;
}

async function openShared(shareId: string): Promise<ScWishlist> {
  const list = await fixture<ScWishlist>(html`<sc-wishlist share-id=${shareId}></sc-wishlist>`);
  await waitUntil(() => buyButtons(list).length === 2, 'the shared list never showed its items');
  for (const buy of buyButtons(list)) await buyReady(buy);
  return list;
}

describe('the gift loop: wish list → a friend buys it', () => {
  it('keeps the size chosen beside the wish-list button, shows it on the list, and preselects it for a friend', async () => {
    const shop = await useRestShop();
    const page = await fixture(html`<div><sc-buy-button product-id="tee"></sc-buy-button><sc-wishlist-button product-id="tee"></sc-wishlist-button></div>`);
    const [buy, wish] = [page.querySelector('sc-buy-button')!, page.querySelector('sc-wishlist-button')!];
    await buyReady(buy);
    const size = buy.shadowRoot!.querySelector('select')!;
    size.value = 'L';
    size.dispatchEvent(new Event('change'));
    await waitUntil(() => wish.shadowRoot!.querySelector('button[aria-disabled=false]'), 'the wish button never loaded');
    wish.shadowRoot!.querySelector('button')!.click();
    const lists = await sectionOf(shop.adapter, 'wishlists');
    await waitUntil(async () => (await lists.lists())[0]?.variants?.tee === 'tee-l', 'the wish did not keep the size');
    const own = await fixture<ScWishlist>(html`<sc-wishlist></sc-wishlist>`);
    await waitUntil(() => parts(own, 'title').length === 1, 'the list never showed the tee');
    expect(parts(own, 'title')).to.deep.equal(['Linen tee · L']);
    const { shareId } = await lists.share((await lists.lists())[0]!.id, '');
    visitorOf(shop);
    const shared = await fixture<ScWishlist>(html`<sc-wishlist share-id=${shareId!}></sc-wishlist>`);
    await waitUntil(() => buyButtons(shared).length === 1, 'no buy button on the shared list');
    await buyReady(buyButtons(shared)[0]!);
    await waitUntil(() => buyButtons(shared)[0]!.shadowRoot!.querySelector('select')?.value === 'L', 'the friend\'s buy button did not start on the size wished for');
    expect(buttonText(buyButtons(shared)[0]!)).to.equal('Buy as a gift');
  });

  it('lets the owner choose the name friends see: "Anna’s wish list", or "A wish list" for none', async () => {
    const shop = await useRestShop();
    await sectionOf(shop.adapter, 'wishlists').then((lists) => lists.set('tulips', true));
    const own = await fixture<ScWishlist>(html`<sc-wishlist></sc-wishlist>`);
    await waitUntil(() => own.shadowRoot!.querySelector('[part=share-form] input'), 'no name field to share with');
    const name = own.shadowRoot!.querySelector<HTMLInputElement>('[part=share-form] input')!;
    expect(name.labels![0]!.textContent).to.contain('Name friends see (optional)');
    await expect(own).to.be.accessible();
    name.value = 'Anna';
    own.shadowRoot!.querySelector<HTMLButtonElement>('[part=share-form] button')!.click();
    await waitUntil(() => own.shadowRoot!.querySelector('[part=share] input'), 'no link made');
    const url = new URL(own.shadowRoot!.querySelector<HTMLInputElement>('[part=share] input')!.value);
    const shareId = url.searchParams.get('sc-wishlist')!;
    visitorOf(shop);
    const shared = await fixture<ScWishlist>(html`<sc-wishlist share-id=${shareId}></sc-wishlist>`);
    await waitUntil(() => parts(shared, 'heading').length, 'no heading');
    expect(parts(shared, 'heading')).to.deep.equal(['Anna’s wish list']);
    const lists = await sectionOf(shop.adapter, 'wishlists');
    await lists.share((await lists.lists())[0]!.id, '');
    const unnamed = await fixture<ScWishlist>(html`<sc-wishlist share-id=${shareId}></sc-wishlist>`);
    await waitUntil(() => parts(unnamed, 'heading').length, 'no heading');
    expect(parts(unnamed, 'heading')).to.deep.equal(['A wish list']);
  });

  it('marks a gift bought for the next friend, never for the owner, and buys it twice only when confirmed', async () => {
    const shop = await useRestShop();
    const shareId = await sharedByOwner(shop.adapter, 'Anna');
    visitorOf(shop);
    const first = await openShared(shareId);
    const tulips = buyButtons(first)[1]!;
    // Sent to the owner: the gift note offers it by the name the owner chose.
    await waitUntil(() => tulips.shadowRoot!.querySelector('sc-gift-note')?.shadowRoot?.querySelector('input[type=checkbox]'), 'no "send it to" checkbox');
    const sendTo = tulips.shadowRoot!.querySelector('sc-gift-note')!.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(sendTo.labels![0]!.textContent!.trim()).to.equal('Send it to Anna');
    expect(sendTo.getAttribute('aria-label')).to.equal('Send it to Anna: Tulip bouquet');
    sendTo.click();
    shadowButton(tulips).click();
    await waitUntil(() => parts(first, 'bought').length === 1, 'the buyer\'s own view never marked it bought');
    expect(parts(tulips, 'message')[0]).to.match(/^Gift ordered/);

    visitorOf(shop);
    const second = await openShared(shareId);
    expect(parts(second, 'bought')).to.deep.equal(['Bought']);
    await expect(second).to.be.accessible();
    const again = buyButtons(second)[1]!;
    expect(buttonText(again)).to.equal('Already bought as a gift');
    shadowButton(again).click();
    await waitUntil(() => buttonText(again) === 'Buy it again anyway', 'a press did not ask to confirm');
    expect(parts(again, 'message').join('')).to.equal('');
    shadowButton(again).click();
    await waitUntil(() => /^Gift ordered/.test(parts(again, 'message')[0] ?? ''), 'the confirmed second gift was not ordered');

    configure({ adapter: shop.adapter, site: shop.site });
    const owners = await openShared(shareId);
    expect(parts(owners, 'bought')).to.deep.equal([]);
    expect(buyButtons(owners).map(buttonText)).to.deep.equal(['Buy as a gift', 'Buy as a gift']);
  });

  it('tells a friend who was a moment too late that the gift was bought, and marks it', async () => {
    const shop = await useRestShop();
    const shareId = await sharedByOwner(shop.adapter, 'Anna');
    visitorOf(shop);
    const late = await openShared(shareId);
    // Another friend buys it while this one looks at the list.
    const quicker = await sectionOf(newVisitor(shop), 'cart');
    await quicker.checkout('quicker-friend-1', { lines: [{ productId: 'tulips', variantId: 'tulips-1', quantity: 1 }], giftFor: { shareId } });
    const tulips = buyButtons(late)[1]!;
    shadowButton(tulips).click();
    await waitUntil(() => parts(tulips, 'message').includes('Already bought as a gift'), 'the refusal was not said');
    await waitUntil(() => parts(late, 'bought').length === 1, 'the list never marked it bought');
    expect(buttonText(tulips)).to.equal('Already bought as a gift');
  });

  it('keeps variant and owner name in a LocalAdapter link, which marks nothing bought (no server to tell)', async () => {
    const { adapter } = useLocalShop();
    const shareId = await sharedByOwner(adapter, 'Anna');
    const shared = await openShared(shareId);
    expect(parts(shared, 'heading')).to.deep.equal(['Anna’s wish list']);
    expect(parts(shared, 'title')).to.deep.equal(['Linen tee · L', 'Tulip bouquet']);
    expect(parts(shared, 'bought')).to.deep.equal([]);
  });
});
