import { ScIdeas } from './ideas.component.js';

export { ScIdeas };

ScIdeas.define('sc-ideas');

declare global {
  interface HTMLElementTagNameMap {
    'sc-ideas': ScIdeas;
  }
}
