// The demo page's own script: prices through Intl, and switches for language and dark mode.
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
