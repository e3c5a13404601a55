import { html, type SVGTemplateResult } from 'lit';
import type { Product, ShareNetwork } from '../../core/adapter.js';
import { EntryController } from '../../core/entry-controller.js';
import { FamilyController } from '../../core/family-controller.js';
import type { ScError, ScErrorCode } from '../../core/errors.js';
import type { ShareDetail } from '../../events/events.js';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { StoreController } from '../../core/store-controller.js';
import { $asks, ask, askKey } from '../../stores/asks.js';
import { $copiedBy, recordShare, shareCounts } from '../../stores/shares.js';
import { polls } from '../../stores/polls.js';
import { products } from '../../stores/products.js';
import { askQuestion } from '../../seo/ask-question.js';
import { shareButtonMessages } from './share-button.messages.js';
import { messageStyles } from '../../styles/message.styles.js';
import { countStyles } from '../../styles/count.styles.js';
import { shareButtonStyles } from './share-button.styles.js';
import { BRAND_NAMES, MENU_NETWORKS, type MenuNetwork, pageUrl, taggedLink, targetUrl } from './share-targets.js';
import { copyText } from '../../core/copy-text.js';

type Failure = 'copyFailed' | 'askFailed' | '';

// As i18n's formatCompact, written out: importing it would add an export to the like
// button's chunk, which has no bytes to spare.
const compact = (count: number, locale: string) => new Intl.NumberFormat(locale, { notation: 'compact' }).format(count);

/**
 * Shares a product or any page: the device's share sheet where there is one, else a
 * menu of networks whose links carry UTM parameters. Nothing of a network loads before
 * a person chooses it. With `mode="ask"`, it asks friends "which one?" among the
 * products in `product-ids` through a public poll, and shows the votes coming back.
 *
 * @tagname sc-share-button
 * @summary Share button with the share sheet or a menu of networks; asks friends "which one?".
 *
 * @event {CustomEvent<ShareDetail>} sc-before-share - Before the share sheet, a copy or a network's page; cancel it with `preventDefault()`.
 * @event {CustomEvent<ShareDetail>} sc-share - A person shared: the share sheet closed, a link was copied or a network's page opened.
 * @event {CustomEvent<ScErrorDetail>} sc-error - The link could not be copied, or the ask could not be made.
 *
 * @csspart base - The button.
 * @csspart icon - The share icon.
 * @csspart label - The "Share" text.
 * @csspart count - The compact share count, with `show-count`.
 * @csspart menu - The menu of networks.
 * @csspart item - One network in the menu.
 * @csspart item-icon - A network's icon, beside its name: its mark (Simple Icons) in the text's colour.
 * @csspart message - The "Link copied" status or a failure.
 * @csspart votes - In `mode="ask"`, once asked: the "See the votes (3)" button that shows or hides them.
 * @csspart poll - In `mode="ask"`, the `<sc-poll>` with the votes of the ask, over the page below the buttons.
 *
 * @cssproperty --sc-share-height - Button height. Default: `2.25em`.
 * @cssproperty --sc-share-menu-background - The menu's background. Default: the `Canvas` colour of the color-scheme in force.
 * @cssproperty --sc-share-menu-color - The menu's text. Default: `CanvasText`.
 * @cssproperty --sc-color-border - Border colour of every widget. Default: a half-transparent grey.
 * @cssproperty --sc-color-focus - Focus ring colour of every widget. Default: the text colour.
 * @cssproperty --sc-radius - Corner radius of every widget. Default: `1em`.
 */
export class ScShareButton extends ScPackedElement {
  static override styles = [ScElement.styles, shareButtonStyles, countStyles, messageStyles];
  static override properties = {
    productId: { attribute: 'product-id' },
    url: {},
    shareTitle: { attribute: 'share-title' },
    text: {},
    image: {},
    networks: {},
    menu: { type: Boolean },
    utmCampaign: { attribute: 'utm-campaign' },
    noUtm: { type: Boolean, attribute: 'no-utm' },
    showCount: { type: Boolean, attribute: 'show-count' },
    label: {},
    compact: { type: Boolean },
    mode: {},
    productIds: { attribute: 'product-ids' },
    askPage: { attribute: 'ask-page' },
    expanded: { state: true },
    message: { state: true },
    icons: { state: true },
    votesShown: { state: true },
  };

  /** The product shared, counted with `show-count`. Without `url`, the page's own link is shared. */
  productId = '';

  /** The link to share. Default: the page's. */
  url?: string;

  /** The title shared (an e-mail's subject, a post's text). Default: the page's title; in `mode="ask"`, the ask's question ("Which one should I get: A, B, or C?"). (Not `title`: that would be the element's tooltip.) */
  shareTitle?: string;

  /** A line of text shared with the link. Default: none; in `mode="ask"`, the ask's question. */
  text?: string;

  /** An image for the networks that show one (Pinterest, Weibo). Default: in `mode="ask"`, the first product's picture, if an http(s) one. */
  image?: string;

  /** The menu's networks, in order, space-separated: `copy email whatsapp x facebook linkedin pinterest telegram line weibo`. Default: all of them. */
  networks?: string;

  /** Shows the menu even where the device has a share sheet. */
  menu = false;

  /** The shared links' `utm_campaign`. */
  utmCampaign = 'share';

  /** Shares links without UTM parameters. */
  noUtm = false;

  /** Shows how often the product was shared. Counts of all buttons on a page arrive in one request. */
  showCount = false;

  /** Replaces the translated "Share" (or "Ask my friends") text. */
  label?: string;

  /** Shows only the icon (and the count); the label stays for screen readers. */
  compact = false;

  /** `ask`: asks friends "which one?" among `product-ids` through a public poll, and shows its votes. */
  mode: 'share' | 'ask' = 'share';

  /** In `mode="ask"`: 2 to 6 product ids, space-separated, that friends choose between. */
  productIds = '';

  /** In `mode="ask"`: the shop's page that holds `<sc-poll>`, opened with `?sc-poll=<id>`. Default: this page. */
  askPage?: string;

  private expanded = false;
  private message: Failure = '';
  /** The menu's icons, once loaded; until then, and where they cannot load, their room stays empty. */
  private icons?: Record<MenuNetwork, SVGTemplateResult>;
  private readonly count = new EntryController(this, {
    get: (id) => shareCounts.get(id),
    // Nothing is read unless the count shows.
    load: (id) => this.showCount && shareCounts.load(id),
  }, false);
  private readonly asks = new StoreController(this, $asks);
  private readonly copiedBy = new StoreController(this, $copiedBy);
  /** In `mode="ask"`, once asked: the poll, for its count of votes, and its products, for the question and picture shared. */
  private readonly poll = new StoreController(this, polls.get(''));
  private readonly askProducts = new FamilyController(this, products);
  private votesShown = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.closeOutside);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.closeOutside);
  }

  /** On a click's release, not its press: a press can still be taken back by moving away (WCAG 2.5.2). */
  private readonly closeOutside = (event: Event) => {
    if (!event.composedPath().includes(this)) this.expanded = this.votesShown = false;
  };

  private get askIds(): string[] {
    return this.productIds.split(/\s+/).filter(Boolean);
  }

  private get pollId(): string | undefined {
    return this.mode === 'ask' ? this.asks.value[askKey(this.askIds)] : undefined;
  }

  /** The link shared, before its UTM parameters: the ask page with the poll, or `url`. */
  private link(pollId = this.pollId): URL {
    if (this.mode !== 'ask') return pageUrl(this.url);
    const link = pageUrl(this.askPage);
    link.searchParams.set('sc-poll', pollId ?? '');
    return link;
  }

  private tagged(network: ShareNetwork, link = this.link()): string {
    return taggedLink(link, network, this.noUtm ? null : this.utmCampaign);
  }

  private usesMenu(): boolean {
    return this.menu || !('share' in navigator);
  }

  private icon(network: MenuNetwork) {
    return html`<svg part="item-icon" viewBox="0 0 24 24" aria-hidden="true">${this.icons?.[network]}</svg>`;
  }

  private items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role=menuitem]')];
  }

  /** Makes the ask first in `mode="ask"`, then opens the share sheet or the menu, focusing its item at `index`. */
  private async open(index = 0): Promise<void> {
    this.message = '';
    import('./share-icons.js').then(({ networkIcons }) => (this.icons = networkIcons), () => undefined);
    if ($copiedBy.get() === this) $copiedBy.set(undefined);
    let pollId = this.pollId;
    if (this.mode === 'ask' && !pollId) {
      // The products' titles (the question shared) load while the ask is made, in time for a share sheet.
      this.askIds.forEach((id) => products.load(id));
      try {
        pollId = (await ask(this.askIds)).id;
      } catch (failure) {
        // Adapters reject with ScError; anything else is a failure to reach them.
        return this.fail('askFailed', (failure as ScError).code ?? 'network');
      }
    }
    if (!this.usesMenu()) {
      const data = { url: this.tagged('native', this.link(pollId)), title: this.sharedTitle(), text: this.shareText() };
      if (navigator.canShare?.(data) !== false) {
        if (!this.mayShare('native', data.url)) return;
        try {
          await navigator.share(data);
          return this.shared('native', data.url);
        } catch (failure) {
          // Closed by the person: done. Refused by the browser: the menu instead.
          if ((failure as Error).name === 'AbortError') return;
        }
      }
    }
    this.expanded = true;
    await this.updateComplete;
    this.items().at(index)?.focus();
  }

  private close(focusButton: boolean): void {
    this.expanded = false;
    if (focusButton) this.renderRoot.querySelector<HTMLElement>('[part=base]')!.focus();
  }

  private onButtonKey(event: KeyboardEvent): void {
    if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || !this.usesMenu()) return;
    event.preventDefault();
    void this.open(event.key === 'ArrowDown' ? 0 : -1);
  }

  private onMenuKey(event: KeyboardEvent): void {
    const { key } = event;
    const items = this.items();
    const at = items.indexOf(event.target as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 };
    if (key in moves) items.at(moves[key] % items.length)!.focus();
    else if (key === 'Escape') this.close(true);
    // An <a> menu item takes Space as a button does.
    else if (key === ' ') (event.target as HTMLElement).click();
    // Tab and Shift+Tab go on from the button, which the menu follows: one press leaves it.
    else if (key === 'Tab') return this.close(true);
    // A letter: the next item whose name starts with it, round from the one after this.
    else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey)
      [...items.slice(at + 1), ...items.slice(0, at + 1)].find((item) => item.textContent!.trim().toLowerCase().startsWith(key.toLowerCase()))?.focus();
    else return;
    event.preventDefault();
  }

  /** A menu item was chosen: links open by themselves (in a new tab, `noopener`); copy copies. */
  private onChoose(event: Event): void {
    const network = (event.target as HTMLElement).closest<HTMLElement>('[data-network]')?.dataset.network as MenuNetwork | undefined;
    if (!network) return;
    const url = this.tagged(network);
    // A page that says no keeps the network's page from opening, too.
    if (!this.mayShare(network, url)) event.preventDefault();
    else if (network === 'copy') void this.copy(url);
    else this.shared(network, url);
    this.close(true);
  }

  private async copy(url: string): Promise<void> {
    if (!(await copyText(url))) return this.fail('copyFailed', 'unsupported');
    $copiedBy.set(this);
    this.shared('copy', url);
  }

  private detail(network: ShareNetwork, url: string): ShareDetail {
    const pollId = this.pollId;
    return { network, url, ...(pollId ? { pollId } : this.productId && { productId: this.productId }) };
  }

  /** Asks the page first: false when a listener cancelled `sc-before-share`. */
  private mayShare(network: ShareNetwork, url: string): boolean {
    return this.emit('sc-before-share', this.detail(network, url), true);
  }

  private shared(network: ShareNetwork, url: string): void {
    if (this.productId && !this.pollId) recordShare(this.productId, network);
    this.emit('sc-share', this.detail(network, url));
  }

  private fail(message: Exclude<Failure, ''>, code: ScErrorCode): void {
    this.message = message;
    this.emit('sc-error', { code, message: this.strings(shareButtonMessages)[message], ...(this.productId && { productId: this.productId }) });
  }

  /** An ask's products from the catalog, once asked; empty until every one has loaded. */
  private askedProducts(): Product[] {
    const found = this.askIds.map((id) => this.askProducts.get(id).value);
    return this.pollId && found.every(Boolean) ? (found as Product[]) : [];
  }

  /** An ask's own question, with its products' titles; before they load, a general one. */
  private askLine(): string {
    const strings = this.strings(shareButtonMessages);
    const titles = this.askedProducts().map((product) => product.title);
    return titles.length ? askQuestion(strings.askQuestion, this.locale, titles) : strings.askText;
  }

  private sharedTitle(): string {
    return this.shareTitle || (this.mode === 'ask' ? this.askLine() : document.title);
  }

  private shareText(): string {
    return this.text || (this.mode === 'ask' ? this.askLine() : '');
  }

  /** `image`, else an ask's first product's picture; only an http(s) one, which networks can fetch. */
  private sharedImage(): string {
    const image = this.image || this.askedProducts()[0]?.images[0];
    // pageUrl gives the page itself for what is no http(s) URL (an inline `data:` picture): no picture then.
    const url = image ? pageUrl(image).href : '';
    return url === location.href ? '' : url;
  }

  private toggleVotes(): void {
    this.votesShown = !this.votesShown;
    this.expanded = false;
  }

  private onVotesKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    this.votesShown = false;
    this.renderRoot.querySelector<HTMLElement>('[part=votes]')!.focus();
  }

  protected override willUpdate(): void {
    const pollId = this.pollId;
    // The results of an ask load with the first ask button that has one.
    if (pollId) void import('../poll/poll.js');
    this.poll.use(polls.get(pollId ?? ''));
    if (pollId) polls.load(pollId);
    this.askProducts.follow(pollId ? this.askIds : []);
  }

  protected override render() {
    const strings = this.strings(shareButtonMessages);
    const { value } = this.count.value;
    const menu = this.usesMenu();
    const pollId = this.pollId;
    const networks = (this.networks?.split(/\s+/) ?? MENU_NETWORKS).filter((name) => MENU_NETWORKS.includes(name as MenuNetwork)) as MenuNetwork[];
    const content = { title: this.sharedTitle(), text: this.shareText(), image: this.sharedImage() };
    const votes = this.poll.value.value?.options.reduce((sum, option) => sum + option.votes, 0) ?? 0;
    return html`
      <button
        part="base"
        id="button"
        class=${this.showCount && value?.count === 0 ? 'uncounted' : ''}
        .ariaHasPopup=${menu ? 'menu' : null}
        .ariaExpanded=${menu ? `${this.expanded}` : null}
        @click=${() => (this.expanded ? this.close(true) : this.open())}
        @keydown=${this.onButtonKey}
      >
        <svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 15V3M7 8l5-5 5 5M5 13v8h14v-8" /></svg>
        <span part="label" class=${this.compact ? 'sr-only' : ''}>${this.label || (this.mode === 'ask' ? strings.ask : strings.share)}</span>
        ${this.showCount
          ? html`<span part="count" aria-hidden="true">${value?.count ? compact(value.count, this.locale) : ''}</span>
              <span class="sr-only">${value && strings.shares(value.count, value.count.toLocaleString(this.locale))}</span>`
          : ''}
      </button>
      ${pollId
        ? html`<button part="votes" aria-expanded=${this.votesShown} aria-controls="votes" @click=${this.toggleVotes} @keydown=${this.onVotesKey}>
              ${strings.seeVotes(votes, votes.toLocaleString(this.locale))}
            </button>
            <sc-poll part="poll" id="votes" poll-id=${pollId} results ?hidden=${!this.votesShown} @keydown=${this.onVotesKey}></sc-poll>`
        : ''}
      <ul part="menu" id="menu" role="menu" aria-labelledby="button" ?hidden=${!this.expanded} @keydown=${this.onMenuKey} @click=${this.onChoose}>
        ${this.expanded
          ? networks.map(
              (network) => html`<li role="none">
                ${network === 'copy'
                  ? html`<button part="item" role="menuitem" tabindex="-1" data-network="copy">${this.icon(network)}${strings.copy}</button>`
                  : html`<a
                      part="item"
                      role="menuitem"
                      tabindex="-1"
                      data-network=${network}
                      href=${targetUrl(network, { ...content, url: this.tagged(network) })}
                      target=${network === 'email' ? '_self' : '_blank'}
                      rel="noopener noreferrer"
                      >${this.icon(network)}${BRAND_NAMES[network] ?? strings[network as 'email' | 'weibo']}</a
                    >`}
              </li>`,
            )
          : ''}
      </ul>
      <span part="message" role="status">${this.copiedBy.value === this ? strings.copied : ''}</span>
      <span part="message" role="alert">${this.message && strings[this.message]}</span>
    `;
  }
}
