import { ScQuestions } from './questions.component.js';

export { ScQuestions };

ScQuestions.define('sc-questions');

declare global {
  interface HTMLElementTagNameMap {
    'sc-questions': ScQuestions;
  }
}
