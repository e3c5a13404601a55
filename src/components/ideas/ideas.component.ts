import { css, html } from 'lit';
import { LazyView } from '../../core/lazy-view.js';
import { ScElement } from '../../core/sc-element.js';
import { whenNear } from '../../core/when-near.js';

/** Resolves once `element` comes within a screen of the viewport: a board far below the fold costs nothing until then. */
const near = (element: Element) => new Promise<void>((resolve) => whenNear(element, resolve));

/** The view's parts, passed through so a page styles them as the element's own. */
const PARTS = 'form, toolbar, list, idea, vote, count, status, note, comments, comment, more, message';

/**
 * An ideas board: customers post ideas (title, text), vote them up (one vote each, which
 * they can take back) and comment; the shop gives each a status (new, under review,
 * planned, done, declined) with a note signed by a named team member. Filter by status,
 * sort by votes or newest, and a "Launched" list of what the shop made from customers'
 * ideas. The element reserves its height and loads its view when it nears the viewport.
 *
 * @tagname sc-ideas
 * @summary Ideas board with votes, comments, statuses signed by the shop and a done list.
 *
 * @event {CustomEvent<IdeaVoteDetail>} sc-idea-vote - A person voted an idea up, or took the vote back.
 * @event {CustomEvent<IdeaSubmitDetail>} sc-idea-submit - An idea was posted.
 * @event {CustomEvent<IdeaCommentDetail>} sc-idea-comment - A comment on an idea was posted.
 * @event {CustomEvent<ScErrorDetail>} sc-error - Loading, a post, a comment or a vote failed (a refused vote is undone).
 *
 * @csspart form - The form to post an idea.
 * @csspart toolbar - The list, filter and sort choices.
 * @csspart list - The list of ideas.
 * @csspart idea - One idea.
 * @csspart vote - An idea's vote button; `aria-pressed` when this visitor voted.
 * @csspart count - An idea's vote count.
 * @csspart status - An idea's status badge, also named by its status: `status planned`.
 * @csspart note - The shop's note on an idea's status, with who signed it.
 * @csspart comments - An idea's open comments and the form to add one.
 * @csspart comment - One comment.
 * @csspart more - The button that shows more ideas.
 * @csspart message - Status and failure messages.
 *
 * @cssproperty --sc-ideas-height - Height reserved before the board arrives. Default: `24em`.
 * @cssproperty --sc-ideas-vote-color - A voted button. Default: `--sc-color-accent`.
 * @cssproperty --sc-ideas-note-color - The bar beside the shop's note. Default: `--sc-color-accent`.
 */
export class ScIdeas extends ScElement {
  static override styles = [
    ScElement.styles,
    css`
      :host {
        display: block;
        /* Reserved before the board arrives, so nothing below it moves. */
        min-block-size: var(--sc-ideas-height, 24em);
      }
    `,
  ];
  static override properties = { board: {} };

  /** The board, as the shop names it: any id, e.g. `roadmap`; each holds its own ideas. */
  board = '';

  private readonly view = new LazyView(this, () => near(this).then(() => import('./ideas-view.js')));

  protected override render() {
    if (this.view.value) return html`<sc-ideas-view exportparts=${PARTS} .board=${this.board}></sc-ideas-view>`;
    // Until the view is in: the reserved height, and a load that failed (offline) said.
    return html`<p part="message" role="alert">${this.view.failed ? this.failureMessage('loadFailed') : ''}</p>`;
  }
}
