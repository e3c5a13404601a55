import { ScToggleButton, type ToggleKind } from '../toggle-button/toggle-button.component.js';
import { likes } from '../../stores/likes.js';
import { likeButtonMessages } from './like-button.messages.js';

const like: ToggleKind<'liked'> = {
  family: likes,
  flag: 'liked',
  event: 'like',
  messages: likeButtonMessages,
  icon: 'M12 21 3 12a5 5 0 0 1 9-7 5 5 0 0 1 9 7z',
};

/**
 * A like counter for one product: a toggle button with the count, shared by every
 * button for the same product on the page.
 *
 * @tagname sc-like-button
 * @summary Like counter with a compact, locale-aware count.
 *
 * @event {CustomEvent<BeforeLikeDetail>} sc-before-like - Before a like or unlike; cancel it with `preventDefault()`.
 * @event {CustomEvent<LikeChangeDetail>} sc-like-change - After a person liked or unliked, with the optimistic count.
 * @event {CustomEvent<ScErrorDetail>} sc-error - Loading failed, or the backend refused a like and it was undone.
 *
 * @csspart base - The button.
 * @csspart icon - The heart.
 * @csspart label - The "Like" text.
 * @csspart count - The compact count.
 * @csspart message - The status or error message below the button.
 *
 * @cssproperty --sc-like-color - Colour of a liked button. Default: `--sc-color-accent`.
 * @cssproperty --sc-like-height - Button height. Default: `2.25em`.
 * @cssproperty --sc-color-accent - Accent colour of every widget. Default: a red. As a fill it is used as set; as text it is darkened or lightened as far as it needs to read on a light or a dark page (4.5:1).
 * @cssproperty --sc-color-border - Border colour of every widget. Default: a half-transparent grey.
 * @cssproperty --sc-color-focus - Focus ring colour of every widget. Default: the text colour.
 * @cssproperty --sc-radius - Corner radius of every widget. Default: `1em`.
 */
export class ScLikeButton extends ScToggleButton<'liked'> {
  constructor() {
    super(like);
  }
}
