import { css } from 'lit';

export const productCardStyles = css`
  :host {
    display: block;
  }
  article {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    block-size: 100%;
  }
  [part='buy'] {
    /* The buy buttons of a row of cards on one line, whether or not there are stars and likes. */
    margin-block-start: auto;
  }
  .image {
    aspect-ratio: var(--sc-product-card-image-ratio, 1);
    overflow: hidden;
    background: color-mix(in srgb, currentColor 8%, transparent);
    border-radius: var(--sc-radius, 1em);
  }
  img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  h2 {
    margin: 0;
    /* One line kept for the title before it loads. */
    min-block-size: 1.3em;
    font-size: 1em;
    line-height: 1.3;
  }
  p {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    min-block-size: 1.3em;
    font-weight: 600;
  }
  s {
    font-weight: normal;
    opacity: 0.7;
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  [part='actions']:empty {
    display: none;
  }
  .failed {
    padding: 1em;
    border: 1px dashed var(--sc-color-border, #8888);
    border-radius: var(--sc-radius, 1em);
    cursor: pointer;
  }
`;
