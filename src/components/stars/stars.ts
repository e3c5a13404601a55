import { css, html } from 'lit';

/**
 * Five stars filled to `rating` (0 to 5, fractions included), for the eye only: the
 * widget says the rating in words for screen readers. Filled with a clipped overlay, so
 * a 4.3 shows 4.3 stars, in either writing direction.
 */
export const stars = (rating: number) =>
  html`<span class="stars" part="stars" aria-hidden="true" .style=${`--rating:${rating}`}></span>`;

export const starStyles = css`
  .stars {
    position: relative;
    display: inline-block;
    /* 3.5:1 on white, 5.3:1 on #121212. */
    color: var(--sc-star-empty, #888);
    letter-spacing: 0.1em;
    white-space: nowrap;
  }
  /* Empty stars outlined, filled ones solid: told apart by shape, not by hue alone (WCAG 1.4.1). */
  .stars::before {
    content: '☆☆☆☆☆';
  }
  .stars::after {
    content: '★★★★★';
  }
  .stars::after {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    inline-size: calc(var(--rating) / 5 * 100%);
    overflow: hidden;
    color: var(--sc-star-color, light-dark(#b26b00, #ffc247));
  }
  @media (forced-colors: active) {
    .stars {
      color: GrayText;
    }
    .stars::after {
      color: CanvasText;
    }
  }
`;
