import { css, html } from 'lit';

/** One star in a 24-unit square, from its top point, in relative moves so that it can repeat. */
const STAR = 'M12 2l2.9 6.26 6.6.74-4.9 4.6 1.3 6.65-5.9-3.35-5.9 3.35 1.3-6.65-4.9-4.6 6.6-.74z';
/** Five stars side by side in one path: each starts 24 units after the last (a closed path returns to its start). */
const FIVE = STAR + 'm24 0'.concat(STAR.slice(5)).repeat(4);

/** One star's SVG (the form's rating buttons), filled or outlined by the `filled` class. */
export const star = html`<svg class="star" viewBox="0 0 24 24" aria-hidden="true"><path d=${STAR} /></svg>`;

/**
 * Five stars filled to `rating` (0 to 5, fractions included), for the eye only: the
 * widget says the rating in words for screen readers. The filled path over the outlined
 * one is clipped to the rating, so a 4.3 shows 4.3 stars, in either writing direction.
 */
export const stars = (rating: number) =>
  html`<svg class="stars" part="stars" viewBox="0 0 120 24" aria-hidden="true" .style=${`--rating:${rating}`}><path d=${FIVE} /><path class="filled" d=${FIVE} /></svg>`;

export const starStyles = css`
  .stars {
    /* A size of their own, whatever the text beside them. */
    block-size: var(--sc-star-size, var(--_star-size, 1.1em));
    aspect-ratio: 5;
    flex: none;
    vertical-align: -0.2em;
    /* Empty stars outlined, filled ones solid: told apart by shape, not by hue alone (WCAG 1.4.1). 3.5:1 on white, 5.3:1 on #121212. */
    fill: none;
    stroke: var(--sc-star-empty, #888);
    stroke-width: 1.3;
    stroke-linejoin: round;
  }
  .stars .filled {
    fill: var(--sc-star-color, light-dark(#b26b00, #ffc247));
    stroke: none;
    clip-path: inset(0 calc(100% - var(--rating) * 20%) 0 0);
  }
  :dir(rtl) .stars {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    .stars {
      stroke: GrayText;
    }
    .stars .filled {
      fill: CanvasText;
    }
  }
`;
