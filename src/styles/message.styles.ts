import { css } from 'lit';

/**
 * The status or failure message under an inline widget (a like, a share): inside the
 * widget's box, which grows to hold it, never over the next widget. Empty, it takes no room.
 */
export const messageStyles = css`
  [part='message'] {
    display: block;
    /* Wraps at the widget's width, or a few words' width under a narrow (icon-only) widget,
       which then grows to hold it. */
    inline-size: 0;
    min-inline-size: max(100%, 8em);
    font-size: 0.8em;
  }
  /* Empty (while loading, and after a success), it neither widens nor heightens the widget. */
  [part='message']:empty {
    min-inline-size: 0;
  }
`;
