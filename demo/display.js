// The display's product and theme from its address: display.html?product=sku-2&dark. Its QR
// code opens the product's page in this demo (product.html), where a phone likes it.
{
  const params = new URLSearchParams(location.search);
  const product = params.get('product') ?? 'sku-1';
  const display = document.querySelector('sc-like-display');
  display.setAttribute('product-id', product);
  const page = new URL('product.html', location.href);
  page.search = new URLSearchParams({ product, ...(params.has('local') && { local: '' }) });
  display.setAttribute('product-url', page.href);
  for (const theme of ['dark', 'light']) document.documentElement.classList.toggle(theme, params.has(theme));
}
