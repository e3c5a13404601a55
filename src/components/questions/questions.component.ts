import { css } from 'lit';
import { LazyUi } from '../../core/lazy-view.js';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';

/**
 * A product's questions and answers: shoppers ask (as a guest or the signed-in customer),
 * answer and vote answers helpful; the shop's answers come first, signed with the team
 * member's name and role. Sorts (newest, most helpful, unanswered), search and paging. The
 * asker follows their question: an "Answered" badge on it, and a message said on their next
 * visit once it was answered; a private answer from the shop shows to them alone, and to
 * others as "Answered privately". New answers arrive live where the backend pushes them.
 * Writes the questions as schema.org `Question`/`Answer` JSON-LD (not with `no-json-ld`).
 * Its rendering loads on demand, when the element is first used, and its data when it
 * nears the viewport.
 *
 * @tagname sc-questions
 * @summary Product questions and answers, with the shop's signed answers first.
 *
 * @event {CustomEvent<QuestionAskDetail>} sc-question-ask - A question was asked and created.
 * @event {CustomEvent<QuestionAnswerDetail>} sc-question-answer - A shopper's answer was sent and created.
 * @event {CustomEvent<ScErrorDetail>} sc-error - Asking, answering, voting or reporting failed (the draft is kept).
 *
 * @csspart base - The whole widget.
 * @csspart ask - The form to ask a question.
 * @csspart toolbar - The search, sort control and count above the list.
 * @csspart list - The list of questions.
 * @csspart question - One question; `question mine` for the visitor's own.
 * @csspart badge - "Your question" and "Answered" on the visitor's own questions.
 * @csspart answers - A question's answers.
 * @csspart answer - One answer; `answer shop` for the shop's, `answer private` for one only the asker sees.
 * @csspart signature - The shop's answer's member name and role.
 * @csspart helpful - An answer's helpful vote.
 * @csspart more - The button that shows more questions.
 * @csspart message - Status and failure messages.
 *
 * @cssproperty --sc-questions-height - Height reserved before the questions arrive. Default: `16em`.
 * @cssproperty --sc-questions-shop-color - The shop's answers' accent. Default: `--sc-color-accent`.
 */
export class ScQuestions extends ScPackedElement {
  static override styles = [
    ScElement.styles,
    css`
      :host {
        display: block;
        /* Reserved before the view and the first page arrive. */
        min-block-size: var(--sc-questions-height, 16em);
      }
    `,
  ];
  static override properties = {
    productId: { attribute: 'product-id' },
    noJsonLd: { attribute: 'no-json-ld', type: Boolean },
  };

  /** The product as the shop identifies it. */
  productId = '';

  /** Writes no schema.org JSON-LD, and removes what it wrote. */
  noJsonLd = false;

  private readonly view = new LazyUi<ScQuestions>(this, () => import('./questions.view.js'));

  protected override render() {
    return this.view.render(() => this.viewHost());
  }
}
