// The thread's JSON-LD code, in a module of its own loaded with `import()` once a thread
// renders: crawlers wait for it, shoppers need none of it.
export { writeJsonLd } from '../../seo/json-ld-script.js';
export { productJsonLd } from '../../seo/product-json-ld.js';
