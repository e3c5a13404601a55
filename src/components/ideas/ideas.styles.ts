import { css } from 'lit';
import { fieldStyles } from '../../styles/field.styles.js';
import { pressedStyles } from '../../styles/pressed.styles.js';

/** The board's own styles, loaded with its view: the element alone reserves its size. */
export const ideasStyles = [
  fieldStyles,
  pressedStyles,
  css`
    :host {
      display: block;
    }
    form {
      display: grid;
      gap: 0.4em;
      max-inline-size: 36em;
    }
    form label {
      display: grid;
      gap: 0.2em;
    }
    textarea {
      block-size: auto;
      padding-block: 0.3em;
    }
    [part='form'] {
      margin-block-end: 1em;
    }
    .form-title {
      font-weight: 600;
      margin: 0;
    }
    [part='toolbar'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1em;
      align-items: center;
      justify-content: space-between;
      margin-block-end: 0.5em;
    }
    [part='toolbar'] label,
    .views {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
    }
    ol,
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    [part='idea'] {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0 0.75em;
      padding: 1em 0;
      border-block-end: 1px solid var(--sc-color-border, #8884);
    }
    .votes {
      display: grid;
      justify-items: center;
      align-content: start;
      gap: 0.2em;
      min-inline-size: 4em;
      font-size: 0.875em;
    }
    .body {
      min-inline-size: 0;
    }
    .title {
      font-weight: 600;
      margin: 0;
    }
    .text,
    [part='comment'] p,
    [part='note'] p {
      margin: 0.25em 0;
      white-space: pre-line;
      /* Long words, URLs and unbroken Chinese or emoji runs wrap instead of overflowing. */
      overflow-wrap: anywhere;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.75em;
      font-size: 0.875em;
    }
    [part~='status'] {
      font-weight: 600;
      padding: 0 0.5em;
      border: 1px solid currentColor;
      border-radius: var(--sc-radius, 1em);
    }
    [part='note'] {
      margin: 0.5em 0;
      padding: 0.25em 0.75em;
      border-inline-start: 3px solid var(--sc-ideas-note-color, var(--_accent));
    }
    .signature {
      font-size: 0.875em;
      font-style: italic;
    }
    [part='comments'] {
      margin-block-start: 0.5em;
      padding-inline-start: 1em;
      border-inline-start: 2px solid var(--sc-color-border, #8884);
    }
    [part='comment'] {
      padding-block: 0.25em;
    }
    button {
      font: inherit;
      color: inherit;
      background: none;
      border: 1px solid var(--sc-color-border, #8888);
      border-radius: var(--sc-radius, 1em);
      padding: 0.2em 0.8em;
      cursor: pointer;
    }
    [part~='vote'][aria-pressed='true'] {
      color: var(--sc-ideas-vote-color, var(--_accent));
      border-color: currentColor;
    }
    [part='more'] {
      margin-block-start: 1em;
    }
    [role='alert'] {
      color: var(--_accent);
    }
    @media (forced-colors: active) {
      [part~='status'],
      [part='note'] {
        border-color: CanvasText;
      }
    }
  `,
];
