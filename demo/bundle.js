// The one script tag a shop pastes: <script src="/dist/sc-widgets.iife.js" data-endpoint="/" data-site="demo">,
// written by this script so that `?local` leaves the endpoint out and runs the same page with no
// server, before any widget reads. Other data-* attributes of this tag (data-live) are passed on.
// (A block: classic scripts share one global scope with the page's own.)
{
  const own = document.currentScript;
  const bundle = Object.assign(document.createElement('script'), { src: '/dist/sc-widgets.iife.js', async: false });
  const local = new URLSearchParams(location.search).has('local');
  Object.assign(bundle.dataset, own.dataset, local ? { site: 'demo-local' } : { endpoint: '/', site: 'demo' });
  own.after(bundle);
}
