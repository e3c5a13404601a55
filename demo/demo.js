// The demo page's own script: prices through Intl, and switches for language and dark mode.
// `?local` runs the same shop with no server: likes live in this browser (try a second tab).
if (new URLSearchParams(location.search).has('local')) {
  document.querySelector('header p').textContent = 'No server: likes, wish lists and asks live in this browser. Open a second tab and like something.';
  // A shared list's link carries the list itself: the friend's page needs no server either.
  document.querySelector('sc-wishlist').setAttribute('share-page', 'wishlist.html?local');
  // Asks live in this browser too: friends' votes are this browser's (open the link here).
  document.querySelector('sc-share-button[mode=ask]').askPage = 'ask.html?local';
  // The seller's poll is made on the server: with none, there is no poll to show.
  document.getElementById('poll').remove();
  // The store demos run with no server too (the seller's page needs one).
  for (const link of document.querySelectorAll('a[data-keeps-local]')) link.search = 'local';
}
const language = document.getElementById('language');
const showPrices = () => {
  const format = new Intl.NumberFormat(language.value, { style: 'currency', currency: 'EUR' });
  for (const price of document.querySelectorAll('.price')) price.textContent = format.format(price.dataset.cents / 100);
};
language.addEventListener('change', () => {
  document.documentElement.lang = language.value;
  SocialCommerce.configure({ locale: language.value });
  showPrices();
});
document.getElementById('dark').addEventListener('change', (event) => {
  document.documentElement.classList.toggle('dark', event.target.checked);
});
showPrices();
