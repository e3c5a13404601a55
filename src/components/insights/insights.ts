// `sc-widgets/insights` and dist/sc-insights.js: the seller console's charts, an entry of its
// own that no shopper's bundle imports (test/node/budgets.test.ts checks that none carries it).
import { ScInsights } from './insights.component.js';

export { ScInsights };
export * from './insights-source.js';

ScInsights.define('sc-insights');

declare global {
  interface HTMLElementTagNameMap {
    'sc-insights': ScInsights;
  }
}
