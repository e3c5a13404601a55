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
  .uncounted > :is([part='icon'], [part='label']) {
    translate: calc((0.4em + 4.5ch) / 2);
  }
  .uncounted:dir(rtl) > :is([part='icon'], [part='label']) {
    translate: calc((0.4em + 4.5ch) / -2);
  }
`;
