import { html } from 'lit';

/** A hue from the name, so that one person's circle keeps its colour across reviews and pages. */
const hueOf = (name: string) => [...name].reduce((hue, char) => (hue * 31 + char.codePointAt(0)!) % 360, 0);

/**
 * A circle with the name's first letter, for the eye only (the name follows in text),
 * coloured from the name (part `avatar` in the thread's styles).
 */
export const avatar = (name: string) =>
  html`<span part="avatar" aria-hidden="true" .style=${`--hue:${hueOf(name)}`}>${[...name.trim()][0]?.toLocaleUpperCase()}</span>`;

