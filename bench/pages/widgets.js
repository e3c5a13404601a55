// The script tag a shop pastes (the one-tag module the README leads with), pointed at the API
// of this bench run: ?endpoint=…&site=…
// (A block: classic scripts share one global scope with the page's own.)
{
  const params = new URLSearchParams(location.search);
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/dist/sc-widgets.js';
  script.dataset.endpoint = params.get('endpoint');
  script.dataset.site = params.get('site');
  document.body.append(script);
}
