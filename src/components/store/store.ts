import { ScStore } from './store.component.js';

export { ScStore };

ScStore.define('sc-store');

declare global {
  interface HTMLElementTagNameMap {
    'sc-store': ScStore;
  }
}
