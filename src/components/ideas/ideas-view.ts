import { html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Idea, IdeaSort, IdeaStatus } from '../../core/adapter.js';
import type { ScError } from '../../core/errors.js';
import { FamilyController } from '../../core/family-controller.js';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { StoreController } from '../../core/store-controller.js';
import { timeAgo } from '../../i18n/relative-time.js';
import { emptyIdea, forgetIdea, saveIdea, savedIdea, type UnsentIdea } from '../../stores/idea-drafts.js';
import { commentList, ideaList, ideaVotes, type ListName, loadComments, loadList, submitComment, submitIdea } from '../../stores/ideas.js';
import { ideasMessages } from './ideas.messages.js';
import { ideasStyles } from './ideas.styles.js';

const STATUSES: readonly IdeaStatus[] = ['new', 'under_review', 'planned', 'done', 'declined'];
const SORTS: readonly IdeaSort[] = ['top', 'new'];

/**
 * What `<sc-ideas>` shows once it loads: the post form, the board's ideas (filter, sort,
 * votes, the shop's signed notes, comments) and the done list. Its own module, loaded on
 * demand, so a page pays for it only where a board is shown.
 */
export class ScIdeasView extends ScPackedElement {
  static override styles = [ScElement.styles, ...ideasStyles];
  static override properties = {
    board: {},
    list: { state: true },
    open: { state: true },
    notice: { state: true },
    posting: { state: true },
  };

  board = '';
  /** Which list shows: everyone's ideas, or what the shop launched. */
  private list: ListName = 'ideas';
  /** The idea whose comments are open. */
  private open?: string;
  /** The last result of an action, announced: [message, failed]. */
  private notice?: [string, boolean];
  private posting = false;
  private draft: UnsentIdea = emptyIdea;
  /** Refused votes already said and emitted, so each is said once. */
  private readonly refusals = new WeakSet<ScError>();

  private readonly ideas = new StoreController(this, ideaList('', 'ideas'));
  private readonly comments = new StoreController(this, commentList(''));
  // Renders again when a shown idea's vote changes (an optimistic vote, its rollback, another window's).
  private readonly votes = new FamilyController(this, ideaVotes);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('board')) (this.draft = savedIdea(this.board)), (this.open = this.notice = undefined);
    this.ideas.use(ideaList(this.board, this.list));
    this.comments.use(commentList(this.open ?? ''));
    if (this.board && this.ideas.value.status === 'idle') void loadList(this.board, this.list);
    if (this.open && this.comments.value.status === 'idle') void loadComments(this.open);
  }

  protected override updated(): void {
    this.votes.follow(this.ideas.value.ideas.map((idea) => idea.id));
    const refused = this.refusedVote();
    if (refused && !this.refusals.has(refused)) {
      this.refusals.add(refused);
      void this.loadedFailureMessage('refused', this.strings(ideasMessages).failed).then((message) => this.fail(message, refused));
    }
  }

  /** A vote the backend refused for good (and the outbox rolled back), if any shown idea has one. */
  private refusedVote(): ScError | undefined {
    return this.ideas.value.ideas.map((idea) => this.votes.get(idea.id).error).find((error) => error && !error.transient);
  }

  private fail(message: string, error: ScError): void {
    this.notice = [message, true];
    this.emit('sc-error', error.detail(message));
  }

  private vote(idea: Idea): void {
    const entry = this.votes.get(idea.id).value;
    if (!entry) return;
    ideaVotes.set(idea.id, !entry.voted);
    this.emit('sc-idea-vote', { boardId: this.board, ideaId: idea.id, voted: !entry.voted });
  }

  private edit(field: keyof UnsentIdea) {
    return (event: Event) => {
      this.draft = { ...this.draft, [field]: (event.target as HTMLInputElement).value };
      saveIdea(this.board, this.draft);
    };
  }

  /** Says why a post or comment failed: the shop's daily cap in its own words, else the shared message. */
  private async failed(error: ScError): Promise<string> {
    const strings = this.strings(ideasMessages);
    const reason = (error as { reason?: string }).reason;
    if (reason === 'too_many_ideas' || reason === 'too_many_comments') return strings.tooMany;
    return this.loadedFailureMessage(error.transient ? 'retrying' : 'refused', strings.failed);
  }

  private async post(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.posting) return;
    const { title, text, author } = this.draft;
    this.posting = true;
    this.notice = undefined;
    try {
      const idea = await submitIdea(this.board, { title: title.trim(), text, ...(author.trim() && { author: author.trim() }), locale: this.locale });
      forgetIdea(this.board);
      this.draft = emptyIdea;
      this.notice = [this.strings(ideasMessages).posted, false];
      this.emit('sc-idea-submit', { boardId: this.board, idea });
    } catch (failure) {
      this.fail(await this.failed(failure as ScError), failure as ScError);
    } finally {
      this.posting = false;
    }
  }

  private async comment(event: SubmitEvent, idea: Idea): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const author = String(data.get('author') ?? '').trim();
    this.notice = undefined;
    try {
      const comment = await submitComment(idea.id, { text: String(data.get('text')), ...(author && { author }), locale: this.locale });
      form.reset();
      this.emit('sc-idea-comment', { boardId: this.board, comment });
    } catch (failure) {
      this.fail(await this.failed(failure as ScError), failure as ScError);
    }
  }

  private show(list: ListName): void {
    this.list = list;
    this.notice = undefined;
  }

  protected override render() {
    const strings = this.strings(ideasMessages);
    const { status, ideas, total, next, loadingMore, error } = this.ideas.value;
    const number = (count: number) => count.toLocaleString(this.locale);
    const failed = status === 'error' && error;
    return html`
      ${this.renderForm()}
      <div part="toolbar">
        <span class="views" role="group" aria-label=${strings.ideas}>
          <button aria-pressed=${this.list === 'ideas'} @click=${() => this.show('ideas')}>${strings.ideas}</button>
          <button aria-pressed=${this.list === 'done'} @click=${() => this.show('done')}>${strings.done}</button>
        </span>
        ${this.list === 'ideas' ? this.renderChoices() : ''}
      </div>
      ${failed
        ? html`<button part="message" role="alert" @click=${() => loadList(this.board, this.list)}>${this.failureMessage('loadFailed') || strings.failed}</button>`
        : ideas.length
          ? html`<ol part="list" aria-label=${this.list === 'done' ? strings.done : strings.ideas} aria-busy=${status === 'loading'}>
              ${repeat(ideas, (idea) => idea.id, (idea) => this.renderIdea(idea))}
            </ol>`
          : html`<p part="list" aria-busy=${status !== 'ready'}>${status === 'ready' ? (this.list === 'done' ? strings.noneDone : strings.empty) : ''}</p>`}
      ${next
        ? // aria-disabled, not disabled, while loading: a disabled button would drop the keyboard's focus to the page.
          html`<button part="more" aria-busy=${loadingMore} aria-disabled=${loadingMore} @click=${() => !loadingMore && loadList(this.board, this.list, { more: true })}>${strings.more}</button>`
        : ''}
      <p part="message" role="status">
        ${this.notice && !this.notice[1] ? this.notice[0] : status === 'ready' && ideas.length < total ? strings.showing(number(ideas.length), number(total)) : ''}
      </p>
      <p part="message" role="alert">${this.notice?.[1] ? this.notice[0] : ''}</p>
    `;
  }

  private renderForm() {
    const strings = this.strings(ideasMessages);
    const guest = !this.settings.value.userToken;
    return html`<form part="form" aria-labelledby="post-title" @submit=${this.post}>
      <p id="post-title" class="form-title">${strings.postTitle}</p>
      <label>${strings.title}<input name="title" required maxlength="120" .value=${this.draft.title} @input=${this.edit('title')} /></label>
      <label>${strings.text}<textarea name="text" maxlength="5000" rows="3" .value=${this.draft.text} @input=${this.edit('text')}></textarea></label>
      ${guest ? html`<label>${strings.yourName}<input name="author" required maxlength="60" autocomplete="nickname" .value=${this.draft.author} @input=${this.edit('author')} /></label>` : ''}
      <span><button aria-busy=${this.posting} aria-disabled=${this.posting}>${strings.post}</button></span>
    </form>`;
  }

  private renderChoices() {
    const strings = this.strings(ideasMessages);
    const { filter, sort } = this.ideas.value;
    return html`<span class="views">
      <label>
        ${strings.statusFilter}
        <select @change=${(event: Event) => loadList(this.board, 'ideas', { filter: ((event.target as HTMLSelectElement).value || undefined) as IdeaStatus | undefined })}>
          <option value="" ?selected=${!filter}>${strings.allStatuses}</option>
          ${STATUSES.map((option) => html`<option value=${option} ?selected=${option === filter}>${strings.statuses[option]}</option>`)}
        </select>
      </label>
      <label>
        ${strings.sortBy}
        <select @change=${(event: Event) => loadList(this.board, 'ideas', { sort: (event.target as HTMLSelectElement).value as IdeaSort })}>
          ${SORTS.map((option) => html`<option value=${option} ?selected=${option === sort}>${strings.sorts[option]}</option>`)}
        </select>
      </label>
    </span>`;
  }

  private renderIdea(idea: Idea) {
    const strings = this.strings(ideasMessages);
    const vote = this.votes.get(idea.id).value;
    const count = vote?.count ?? idea.votes;
    const number = (n: number) => n.toLocaleString(this.locale);
    // On the words people wrote alone: the widget's own words around them stay in its language.
    const written = idea.locale || nothing;
    const open = this.open === idea.id;
    return html`<li>
      <article part="idea" aria-labelledby=${`idea-${idea.id}`}>
        <div class="votes">
          <button part="vote" aria-pressed=${!!vote?.voted} aria-label=${this.named(strings.vote, idea.title)} ?disabled=${!vote} @click=${() => this.vote(idea)}>${strings.vote}</button>
          <span part="count">${strings.votes(count, number(count))}</span>
        </div>
        <div class="body">
          <p class="title" id=${`idea-${idea.id}`} lang=${written}>${idea.title}</p>
          ${idea.text ? html`<p class="text" lang=${written}>${idea.text}</p>` : ''}
          <p class="meta">
            <span part=${`status ${idea.status}`}>${strings.statuses[idea.status]}</span>
            <span>${idea.author}</span>
            <time datetime=${idea.createdAt}>${timeAgo(idea.createdAt, this.locale)}</time>
          </p>
          ${idea.note && (idea.note.text || idea.note.by)
            ? html`<div part="note">
                ${idea.note.text ? html`<p>${idea.note.text}</p>` : ''}
                <p class="signature">${idea.note.by ? strings.signed(idea.note.by.name, idea.note.by.role) : strings.theShop}</p>
              </div>`
            : ''}
          <button aria-expanded=${open} @click=${() => (this.open = open ? undefined : idea.id)}>${strings.comments(idea.comments, number(idea.comments))}</button>
          ${open ? this.renderComments(idea) : ''}
        </div>
      </article>
    </li>`;
  }

  private renderComments(idea: Idea) {
    const strings = this.strings(ideasMessages);
    const { status, comments, next } = this.comments.value;
    return html`<div part="comments">
      ${status === 'error'
        ? html`<button role="alert" @click=${() => loadComments(idea.id)}>${this.failureMessage('loadFailed') || strings.failed}</button>`
        : comments.length
          ? html`<ul aria-label=${strings.comments(comments.length, comments.length.toLocaleString(this.locale))}>
              ${comments.map(
                (comment) => html`<li part="comment">
                  <p class="meta"><span>${comment.author}</span><time datetime=${comment.createdAt}>${timeAgo(comment.createdAt, this.locale)}</time></p>
                  <p lang=${comment.locale || nothing}>${comment.text}</p>
                </li>`,
              )}
            </ul>`
          : html`<p aria-busy=${status !== 'ready'}>${status === 'ready' ? strings.noComments : ''}</p>`}
      ${next ? html`<button @click=${() => loadComments(idea.id, true)}>${strings.moreComments}</button>` : ''}
      <form @submit=${(event: SubmitEvent) => this.comment(event, idea)}>
        <label>${strings.yourComment}<textarea name="text" required maxlength="2000" rows="2"></textarea></label>
        ${this.settings.value.userToken ? '' : html`<label>${strings.yourName}<input name="author" required maxlength="60" autocomplete="nickname" /></label>`}
        <span><button>${strings.sendComment}</button></span>
      </form>
    </div>`;
  }
}

ScIdeasView.define('sc-ideas-view');

/** What LazyView adopts into `<sc-ideas>`: nothing, as the view draws in its own shadow root. */
export const styles = [];

declare global {
  interface HTMLElementTagNameMap {
    'sc-ideas-view': ScIdeasView;
  }
}
