import { css } from 'lit';

/**
 * A button's count (likes, wishes, shares), in `[part=count]` after a `0.4em` gap: its room is
 * reserved before it arrives, so nothing moves. A button with nothing counted yet (class
 * `uncounted`) shows no "0": its icon and label slide (a transform, which moves no layout) to
 * the middle of the button, the empty count's room now even on both sides.
 */
export const countStyles = css`
  [part='count'] {
    /* "1.2K", "1,2 k", "1.2万" fit. */
    min-inline-size: 4.5ch;
    font-variant-numeric: tabular-nums;
  }
  /* Half of the count's room (its 0.4em gap and 4.5ch) on each side; right-to-left, the room
     stays where the count would be. */
  .uncounted:dir(ltr) > :not([part='count']) {
    translate: calc(0.2em + 2.25ch);
  }
`;
