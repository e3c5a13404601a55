import { ScPoll } from './poll.component.js';

export { ScPoll };

ScPoll.define('sc-poll');

declare global {
  interface HTMLElementTagNameMap {
    'sc-poll': ScPoll;
  }
}
