import { css } from 'lit';

export const storeStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-block-end: 0.75em;
  }
  label {
    display: grid;
    flex: 1 1 8em;
    gap: 0.2em;
    font-size: 0.85em;
  }
  .search {
    flex: 3 1 14em;
  }
  input,
  select {
    inline-size: 100%;
  }
  [part='count'] {
    min-block-size: 1.3em;
    margin: 0 0 0.75em;
    font-size: 0.85em;
  }
  ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--sc-store-card-width, 9.5rem)), 1fr));
    gap: var(--sc-store-gap, 1rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ul.empty[aria-busy='true'] {
    min-block-size: var(--sc-store-height, 30em);
  }
  sc-product-card {
    block-size: 100%;
  }
  [part='more'],
  [part='message'] {
    display: block;
    margin: 1em auto 0;
    padding: 0.6em 1.5em;
    border: 1px solid var(--sc-color-border, #8888);
    border-radius: var(--sc-radius, 1em);
    cursor: pointer;
  }
  [aria-busy='true'] {
    cursor: progress;
  }
  [role='alert'] {
    color: var(--_accent);
  }
  /* A social tab: two columns of cards right down to 320 px, controls on full lines. */
  @container (max-width: 24rem) {
    ul {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0.75rem;
    }
    label {
      flex-basis: 40%;
    }
  }
  /* Two columns only while a card keeps the room its controls need: with a large font, one. */
  @container (max-width: 17rem) {
    ul {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
