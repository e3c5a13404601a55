import { css } from 'lit';

/**
 * A button's count (likes, wishes, shares), in `[part=count]` after a `0.4em` gap: its room is
 * reserved before it arrives, so nothing moves. A button with nothing counted yet (class
 * `uncounted`) shows no "0": that room becomes even padding around the icon and label, and the
 * button keeps its width.
 */
export const countStyles = css`
  [part='count'] {
    /* "1.2K", "1,2 k", "1.2万" fit. */
    min-inline-size: 4.5ch;
    font-variant-numeric: tabular-nums;
  }
  .uncounted [part='count'] {
    display: none;
  }
  .uncounted {
    padding-inline: calc(0.75em + (0.4em + 4.5ch) / 2);
  }
`;
