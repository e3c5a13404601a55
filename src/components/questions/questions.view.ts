import { css, html, nothing, type ReactiveController } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Answer, Question, QuestionSort } from '../../core/adapter.js';
import { $settings } from '../../core/config.js';
import { ScError } from '../../core/errors.js';
import { StoreController } from '../../core/store-controller.js';
import { whenNear } from '../../core/when-near.js';
import { timeAgo } from '../../i18n/relative-time.js';
import { writeJsonLd } from '../../seo/json-ld-script.js';
import { questionJsonLd } from '../../seo/question-json-ld.js';
import { forgetQuestion, savedQuestion, saveQuestion, type UnsentQuestion } from '../../stores/question-drafts.js';
import { announced, answerQuestion, askQuestion, loadQuestions, questionList, reportToShop, unannounced, voteAnswer } from '../../stores/questions.js';
import { fieldBorderColour, fieldStyles } from '../../styles/field.styles.js';
import { messageStyles } from '../../styles/message.styles.js';
import { pressedStyles } from '../../styles/pressed.styles.js';
import type { ViewHost } from '../../core/lazy-view.js';
import type { ScQuestions } from './questions.component.js';
import { questionsMessages } from './questions.messages.js';

const SORTS: readonly QuestionSort[] = ['newest', 'helpful', 'unanswered'];

export const styles = [
  fieldStyles,
  messageStyles,
  pressedStyles,
  css`
    [part~='toolbar'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1em;
      align-items: center;
    }
    label {
      display: inline-flex;
      flex-direction: column;
      gap: 0.25em;
      /* A large font widens a field's default size: the field narrows instead, never the page. */
      max-inline-size: 100%;
    }
    form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: end;
      margin-block: 0.5em;
    }
    textarea {
      inline-size: 100%;
      block-size: auto;
      min-block-size: 3lh;
      padding-block: 0.3em;
    }
    ol {
      list-style: none;
      padding: 0;
    }
    [part~='question'] {
      border-block-start: 1px solid ${fieldBorderColour};
      padding-block: 0.75em;
    }
    [part~='answer'] {
      margin-inline-start: 1em;
      padding-inline-start: 0.75em;
      border-inline-start: 2px solid ${fieldBorderColour};
    }
    [part~='shop'] {
      border-inline-start-color: var(--sc-questions-shop-color, var(--sc-color-accent, currentColor));
    }
    [part~='badge'] {
      display: inline-block;
      border: 1px solid currentColor;
      border-radius: 1em;
      padding: 0 0.5em;
      font-size: 0.85em;
      margin-inline-start: 0.5em;
    }
    [part~='signature'] {
      font-weight: bold;
    }
    .meta {
      font-size: 0.9em;
      opacity: 0.8;
    }
    p {
      margin-block: 0.25em;
      white-space: pre-line;
    }
  `,
];

/** What a question's open form is: an answer, or a report of the question or one answer. */
type Open = { readonly id: string; readonly form: 'answer' | 'report'; readonly subject: 'question' | 'answer' };

/** The questions of one `<sc-questions>`: its state, rendering and the stores it follows. */
class QuestionsUi implements ReactiveController {
  private readonly list;
  private draft: UnsentQuestion;
  private draftOf = '';
  private open?: Open;
  /** The last result, announced: [message, failed]. */
  private notice?: [string, boolean];
  private near = false;
  /** The product this element loaded: each element loads afresh once, as a new visit would (answers may have come since). */
  private loaded?: string;
  private stopWaiting?: () => void;

  constructor(private readonly host: ViewHost<ScQuestions>) {
    const element = host.element;
    this.list = new StoreController(element, questionList(element.productId));
    this.draft = savedQuestion(element.productId);
    element.addController(this);
  }

  private get element() {
    return this.host.element;
  }

  hostConnected(): void {
    // Nothing loads until the widget nears the viewport: far below the fold it costs no request.
    this.stopWaiting = whenNear(this.element, () => ((this.near = true), this.element.requestUpdate()));
  }

  hostDisconnected(): void {
    this.stopWaiting?.();
  }

  hostUpdate(): void {
    const id = this.element.productId;
    this.list.use(questionList(id));
    if (this.draftOf !== id) (this.draftOf = id), (this.draft = savedQuestion(id)), (this.open = this.notice = undefined);
    if (this.near && id && this.loaded !== id) (this.loaded = id), void loadQuestions(id);
    const news = unannounced(this.list.value.asked);
    if (news.length && !this.notice) {
      this.notice = [this.host.strings(questionsMessages).answeredNews(news.length), false];
      announced(news);
    }
  }

  hostUpdated(): void {
    const { status, questions } = this.list.value;
    if (this.element.noJsonLd) return writeJsonLd(this.element, undefined);
    if (status !== 'ready') return;
    const published = questions.filter((question) => question.status === 'published');
    const about = { '@type': 'Product', productID: this.element.productId };
    writeJsonLd(this.element, published.length ? { '@context': 'https://schema.org', '@graph': published.map((question) => ({ ...questionJsonLd(question), about })) } : undefined);
  }

  private say(message: string, failed = false): void {
    this.notice = [message, failed];
    this.element.requestUpdate();
  }

  /** Says a write failed (what was typed stays) and tells the page, with the backend's reason where it gave one. */
  private fail(failure: unknown): void {
    const message = this.host.strings(questionsMessages).failed;
    this.say(message, true);
    const detail = failure instanceof ScError ? failure.detail(message, this.element.productId) : { code: 'network' as const, message, productId: this.element.productId };
    this.host.emit('sc-error', detail);
  }

  private async ask(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const strings = this.host.strings(questionsMessages);
    const productId = this.element.productId;
    const signedIn = Boolean($settings.get().userToken);
    try {
      const question = await askQuestion(productId, { text: this.draft.text.trim(), ...(!signedIn && { author: this.draft.author.trim() }), locale: this.element.locale });
      forgetQuestion(productId);
      this.draft = { text: '', author: this.draft.author };
      this.say(strings.asked);
      this.host.emit('sc-question-ask', { productId, question });
    } catch (failure) {
      this.fail(failure);
    }
  }

  private edit(change: Partial<UnsentQuestion>): void {
    this.draft = { ...this.draft, ...change };
    saveQuestion(this.element.productId, this.draft);
  }

  private async submitOpen(event: SubmitEvent, question: Question): Promise<void> {
    event.preventDefault();
    const open = this.open;
    if (!open) return;
    const strings = this.host.strings(questionsMessages);
    const data = new FormData(event.target as HTMLFormElement);
    try {
      if (open.form === 'answer') {
        const author = String(data.get('author') ?? '').trim();
        const answer = await answerQuestion(question, { text: String(data.get('text')).trim(), ...(author && { author }), locale: this.element.locale });
        this.open = undefined;
        this.element.requestUpdate();
        this.host.emit('sc-question-answer', { productId: question.productId, questionId: question.id, answer });
      } else {
        await reportToShop(open.subject, open.id, String(data.get('reason')));
        this.open = undefined;
        this.say(strings.reported);
      }
    } catch (failure) {
      this.fail(failure);
    }
  }

  private async vote(question: Question, answer: Answer): Promise<void> {
    try {
      await voteAnswer(question, answer.id, !answer.voted);
    } catch (failure) {
      this.fail(failure);
    }
  }

  private toggle(open: Open): void {
    this.open = this.open?.id === open.id && this.open.form === open.form ? undefined : open;
    this.element.requestUpdate();
  }

  render(): unknown {
    const strings = this.host.strings(questionsMessages);
    const locale = this.element.locale;
    const { status, questions, total, next, sort, search, asked, loadingMore } = this.list.value;
    const signedIn = Boolean($settings.get().userToken);
    const productId = this.element.productId;
    const answeredIds = new Set(asked.filter((question) => question.answered).map((question) => question.id));
    return html`<div part="base">
      <p part="message" role="status" class=${this.notice?.[1] ? 'failed' : ''}>${this.notice?.[0] ?? ''}</p>
      <form part="ask" @submit=${(event: SubmitEvent) => this.ask(event)}>
        <label>${strings.yourQuestion}
          <textarea name="question" required minlength="3" maxlength="1000" .value=${this.draft.text}
            @input=${(event: InputEvent) => this.edit({ text: (event.target as HTMLTextAreaElement).value })}></textarea>
        </label>
        ${signedIn ? nothing : html`<label>${strings.yourName}
          <input name="author" required maxlength="60" autocomplete="nickname" .value=${this.draft.author}
            @input=${(event: InputEvent) => this.edit({ author: (event.target as HTMLInputElement).value })} /></label>`}
        <button type="submit">${strings.sendQuestion}</button>
      </form>
      <div part="toolbar">
        <label>${strings.search}
          <input type="search" maxlength="100" .value=${search} @change=${(event: Event) => loadQuestions(productId, { search: (event.target as HTMLInputElement).value.trim() })} />
        </label>
        <label>${strings.sortBy}
          <select @change=${(event: Event) => loadQuestions(productId, { sort: (event.target as HTMLSelectElement).value as QuestionSort })}>
            ${SORTS.map((option) => html`<option value=${option} ?selected=${option === sort}>${strings.sorts[option]}</option>`)}
          </select>
        </label>
        ${status === 'ready' ? html`<span>${strings.count(total, total.toLocaleString(locale))}</span>` : nothing}
      </div>
      ${status === 'error'
        ? html`<button part="message" role="alert" @click=${() => loadQuestions(productId)}>${this.host.failure('loadFailed')}</button>`
        : status !== 'ready'
          ? html`<div aria-busy="true"></div>`
          : questions.length
            ? html`<ol part="list">${repeat(questions, (question) => question.id, (question) => this.renderQuestion(question, answeredIds.has(question.id), signedIn))}</ol>`
            : html`<p>${search ? strings.noMatch : strings.empty}</p>`}
      ${next ? html`<button part="more" ?disabled=${loadingMore} @click=${() => loadQuestions(productId, { more: true })}>${strings.more}</button>` : nothing}
    </div>`;
  }

  private renderQuestion(question: Question, answered: boolean, signedIn: boolean) {
    const strings = this.host.strings(questionsMessages);
    const locale = this.element.locale;
    const hasPrivate = question.answers.some((answer) => answer.private);
    return html`<li part=${question.mine ? 'question mine' : 'question'} lang=${question.locale ?? nothing}>
      <p>${question.text}</p>
      <p class="meta">${question.author} · <time datetime=${question.createdAt}>${timeAgo(question.createdAt, locale)}</time>
        ${question.mine ? html`<span part="badge">${strings.yours}</span>` : nothing}
        ${question.mine && answered ? html`<span part="badge">${strings.answeredBadge}</span>` : nothing}
        ${question.status === 'pending' ? html`<span part="badge">${strings.pending}</span>` : nothing}
        · ${strings.answers(question.answerCount, question.answerCount.toLocaleString(locale))}
      </p>
      ${question.answeredPrivately && !hasPrivate ? html`<p class="meta">${strings.privately}</p>` : nothing}
      ${question.answers.length ? html`<ol part="answers">${repeat(question.answers, (answer) => answer.id, (answer) => this.renderAnswer(question, answer))}</ol>` : nothing}
      <button aria-expanded=${this.isOpen(question.id, 'answer')} @click=${() => this.toggle({ id: question.id, form: 'answer', subject: 'question' })}>${strings.answer}</button>
      <button aria-expanded=${this.isOpen(question.id, 'report')} @click=${() => this.toggle({ id: question.id, form: 'report', subject: 'question' })}>${strings.report}</button>
      ${this.open && (this.open.id === question.id || question.answers.some((answer) => answer.id === this.open?.id)) ? this.renderForm(question, signedIn) : nothing}
    </li>`;
  }

  private isOpen(id: string, form: Open['form']): 'true' | 'false' {
    return this.open?.id === id && this.open.form === form ? 'true' : 'false';
  }

  private renderAnswer(question: Question, answer: Answer) {
    const strings = this.host.strings(questionsMessages);
    const locale = this.element.locale;
    const parts = ['answer', answer.shop && 'shop', answer.private && 'private'].filter(Boolean).join(' ');
    const by = answer.shop ? (answer.by ? strings.shop(answer.by.name, answer.by.role) : strings.theShop) : answer.author;
    return html`<li part=${parts} lang=${answer.locale ?? nothing}>
      <p class="meta"><span part=${answer.shop ? 'signature' : 'author'}>${by}</span> · <time datetime=${answer.createdAt}>${timeAgo(answer.createdAt, locale)}</time></p>
      ${answer.private ? html`<p class="meta">${strings.privateToYou}</p>` : nothing}
      <p>${answer.text}</p>
      ${answer.private
        ? nothing
        : html`<button part="helpful" aria-pressed=${answer.voted ? 'true' : 'false'} @click=${() => this.vote(question, answer)}>${strings.helpful} (${answer.helpful.toLocaleString(locale)})</button>
            <button aria-expanded=${this.isOpen(answer.id, 'report')} @click=${() => this.toggle({ id: answer.id, form: 'report', subject: 'answer' })}>${strings.report}</button>`}
    </li>`;
  }

  private renderForm(question: Question, signedIn: boolean) {
    const strings = this.host.strings(questionsMessages);
    const open = this.open!;
    return open.form === 'answer'
      ? html`<form @submit=${(event: SubmitEvent) => this.submitOpen(event, question)}>
          <label>${strings.yourAnswer}<textarea name="text" required maxlength="2000"></textarea></label>
          ${signedIn ? nothing : html`<label>${strings.yourName}<input name="author" required maxlength="60" autocomplete="nickname" /></label>`}
          <button type="submit">${strings.sendAnswer}</button>
          <button type="button" @click=${() => this.toggle(open)}>${strings.cancel}</button>
        </form>`
      : html`<form @submit=${(event: SubmitEvent) => this.submitOpen(event, question)}>
          <label>${strings.reason}<input name="reason" required maxlength="500" /></label>
          <button type="submit">${strings.report}</button>
          <button type="button" @click=${() => this.toggle(open)}>${strings.cancel}</button>
        </form>`;
  }
}

export const attach = (host: ViewHost<ScQuestions>): { render(): unknown } => new QuestionsUi(host);
