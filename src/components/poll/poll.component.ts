import { html, nothing } from 'lit';
import type { PollState } from '../../core/adapter.js';
import type { RefusedError } from '../../core/errors.js';
import { FamilyController } from '../../core/family-controller.js';
import { UrlParamController } from '../../core/url-param-controller.js';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { warnMissingId } from '../../core/warn-once.js';
import { StoreController } from '../../core/store-controller.js';
import { polls, vote } from '../../stores/polls.js';
import { products } from '../../stores/products.js';
import { pollMessages } from './poll.messages.js';
import { pollStyles } from './poll.styles.js';

/**
 * A poll to vote in, without an account: a seller's question, or a shopper's "which one?"
 * ask whose options show the products' pictures and titles from the catalog. The votes
 * show after voting, as a share and a count, and follow live where the backend pushes them.
 *
 * @tagname sc-poll
 * @summary A "which one?" poll: vote without an account, then see the tallies.
 *
 * @event {CustomEvent<PollVoteDetail>} sc-poll-vote - A person voted, or moved their vote.
 * @event {CustomEvent<ScErrorDetail>} sc-error - The backend refused a vote and it was undone.
 *
 * @csspart base - The whole poll.
 * @csspart question - The question, or "Which one?" for an ask.
 * @csspart option - One option: a radio to vote (the options are one radio group), or its result with `results`.
 * @csspart image - An ask option's product picture.
 * @csspart label - An option's text or product title.
 * @csspart tally - An option's share and number of votes.
 * @csspart total - The number of votes in all.
 * @csspart message - The vote announced, or a failure.
 *
 * @cssproperty --sc-poll-color - The chosen option and the bars. Default: `--sc-color-accent`.
 * @cssproperty --sc-poll-height - Height reserved before the poll arrives. Default: `12em`.
 */
export class ScPoll extends ScPackedElement {
  static override styles = [ScElement.styles, pollStyles];
  static override properties = {
    pollId: { attribute: 'poll-id' },
    results: { type: Boolean },
    chosen: { state: true },
    roving: { state: true },
  };

  /** The poll. Default: the page URL's `sc-poll` parameter, where an ask's link leads (followed as a single-page app changes the URL). */
  pollId = '';

  /** Shows the votes only, with nothing to vote with: how the asker follows an ask. */
  results = false;

  /** The option voted for on this page, announced. */
  private chosen?: string;
  /** The option the arrow keys moved to: the one Tab reaches. */
  private roving?: string;
  private readonly poll = new StoreController(this, polls.get(''));
  /** The products of an ask, followed while connected: their pictures and titles. */
  private readonly askProducts = new FamilyController(this, products);
  private lastError?: unknown;

  private readonly urlPollId = new UrlParamController(this, 'sc-poll');

  private currentId(): string {
    return this.pollId || this.urlPollId.value || '';
  }

  protected override willUpdate(): void {
    const id = this.currentId();
    this.poll.use(polls.get(id));
    if (!id) warnMissingId(this, 'poll-id');
    polls.load(id);
    // An ask's options are products: their pictures and titles come from the catalog.
    const poll = this.poll.value.value;
    this.askProducts.follow(poll?.kind === 'ask' ? poll.options.map((option) => option.id) : []);
  }

  protected override updated(): void {
    const { error } = this.poll.value;
    const message = error && !error.transient && this.failureMessage('refused');
    // Once per refusal, and only once its message has loaded, so the event carries it.
    if (message && error !== this.lastError) {
      this.lastError = error;
      this.emit('sc-error', error.detail(message));
    }
  }

  /**
   * Arrows, Home and End move among the options without voting (a vote is sent at once, so
   * passing an option must not choose it); Space, Enter or a click votes.
   */
  private onOptionKey(event: KeyboardEvent): void {
    const options = [...this.renderRoot.querySelectorAll<HTMLElement>('[role=radio]')];
    const at = options.indexOf(event.target as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: -1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = options.at(moves[event.key] % options.length)!;
    this.roving = next.dataset.option;
    next.focus();
  }

  private choose(poll: PollState, optionId: string): void {
    this.chosen = this.roving = optionId;
    vote(poll.id, optionId);
    this.emit('sc-poll-vote', { pollId: poll.id, optionId });
  }

  protected override render() {
    const strings = this.strings(pollMessages);
    const { status, value: poll, error } = this.poll.value;
    if (status === 'error') {
      return html`<button part="message" role="alert" @click=${() => polls.load(this.currentId(), true)}>${this.failureMessage('loadFailed')}</button>`;
    }
    if (poll === null) return html`<p part="message" role="status">${strings.missing}</p>`;
    if (!poll) return html`<div part="base" aria-busy="true"></div>`;
    const product = (optionId: string) => this.askProducts.get(optionId).value;
    const label = (optionId: string) => product(optionId)?.title ?? poll.options.find((option) => option.id === optionId)?.label;
    const total = poll.options.reduce((sum, option) => sum + option.votes, 0);
    const votes = (count: number) => strings.votes(count, count.toLocaleString(this.locale));
    const percent = new Intl.NumberFormat(this.locale, { style: 'percent' });
    // A vote refused as too late means the poll closed since it loaded: shown closed from then on.
    const closed = poll.closed || (error as RefusedError | undefined)?.reason === 'poll_closed';
    const readOnly = this.results || closed;
    // The votes show once a person voted, so the first ones do not sway the rest.
    const tallies = readOnly || poll.voted !== undefined;
    // A vote not yet saved (offline, or over its address's limit) is kept and retried: said so, not shown as saved.
    const failure = error ? this.failureMessage(error.transient ? 'retrying' : 'refused') : '';
    // The option Tab reaches in the radio group: the one moved to, the vote, or the first.
    const reached = this.roving ?? poll.voted ?? poll.options[0]?.id;
    return html`
      <div part="base">
        <p part="question" id="question">${poll.question || strings.whichOne}</p>
        <ul role=${readOnly ? nothing : 'radiogroup'} aria-labelledby="question">
          ${poll.options.map((option, index) => {
            const image = product(option.id)?.images[0];
            const share = total && option.votes / total;
            // The tally is one text: as two, a share that narrows live (100% to 50%) would move the count after it.
            const body = html`
              ${image ? html`<img part="image" src=${image} alt="" />` : ''}
              <span part="label" id=${`label-${index}`}>${label(option.id)}</span>
              ${tallies
                ? html`<span part="tally" id=${`tally-${index}`}>${`${percent.format(share)} · ${votes(option.votes)}`}</span>
                    <span class="bar" .style=${`--share:${share * 100}%`}></span>`
                : ''}
            `;
            // A radio named by its option alone: the tally is its description, so the name stays after voting.
            return html`<li role=${readOnly ? nothing : 'none'}>
              ${readOnly
                ? html`<div part="option">${body}</div>`
                : html`<button
                    part="option"
                    role="radio"
                    aria-checked=${poll.voted === option.id}
                    tabindex=${option.id === reached ? 0 : -1}
                    data-option=${option.id}
                    aria-labelledby=${`label-${index}`}
                    aria-describedby=${tallies ? `tally-${index}` : nothing}
                    @click=${() => this.choose(poll, option.id)}
                    @keydown=${this.onOptionKey}
                  >
                    ${body}
                  </button>`}
            </li>`;
          })}
        </ul>
        <p part="total">${closed ? `${strings.closed} · ` : ''}${votes(total)}</p>
        <span part="message" role="status">${this.chosen && !error ? strings.voted(label(this.chosen) ?? '') : ''}</span>
        <span part="message" role="alert">${failure}</span>
      </div>
    `;
  }
}
