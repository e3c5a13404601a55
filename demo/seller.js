/**
 * The seller console: a team member signs in with the site id and their own credential
 * (never the site's secret key), and sees the sections their scopes allow: one inbox of
 * what waits for the shop, reviews to answer, the catalog, polls and coupons, how fast the shop answers, the team. The credential lives
 * in this module's memory only, never in storage. What people typed is rendered with
 * textContent (demo/seller/dom.js).
 */
import { allPages, sellerApi } from './seller/api.js';
import { mountCatalog } from './seller/catalog.js';
import * as coupons from './seller/coupons.js';
import * as ideas from './seller/ideas.js';
import { el } from './seller/dom.js';
import { mountInsights } from './seller/insights.js';
import * as polls from './seller/polls.js';
import * as questions from './seller/questions.js';
import { mountPublishedReviews, reviewInboxItems } from './seller/reviews.js';
import { mountTeam } from './seller/team.js';
import * as webhooks from './seller/webhooks.js';

export { sellerApi };

/**
 * Console parts in modules of their own (demo/seller/<name>.js), each `mount(section, api)`
 * into the empty `<section id="<name>">` of seller.html; `inboxItems(api)`, where a part has
 * it, adds to the inbox. A section without its part stays hidden.
 */
const parts = { questions, ideas, polls, coupons, webhooks };

/** Wires the page: runs only in a browser (Node tests import just `sellerApi`). */
function start() {
  const $ = (id) => document.getElementById(id);
  const status = $('status');
  const announce = (message) => (status.textContent = message);
  const fail = (doing, error) =>
    announce(error.status === 401 ? 'Your credential does not work any more: it was revoked, or the site id is wrong. Sign in again.'
      : error.status === 403 ? `You may not ${doing}: your credential lacks the scope.` : `Could not ${doing}: ${error.message}`);
  /** Set while signed in: the API as this member, the member, the products' titles by id, and how the charts read. */
  let session;

  /** This file's own sections, each filled by `(section, session)`; the inbox fills itself (`loadInbox`). */
  const own = {
    inbox: () => loadInbox(),
    reviews: (section, { api, member, titles }) => mountPublishedReviews(section, api, { scopes: member.scopes, titles }),
    catalog: (section, { api, products }) => (($('catalog-count').textContent = `(${products.length})`), mountCatalog(section, api, products)),
    insights: (section, { api, reader }) => mountInsights(section, api, reader),
    team: (section, { api, member }) => mountTeam(section, api, member.id),
  };
  const sections = () => [...document.querySelectorAll('section.part')];
  const allowed = (section, scopes) => (section.id in own || section.id in parts) && section.dataset.scope.split(' ').some((scope) => scopes.includes(scope));

  async function signIn(site, credential) {
    // `fail(doing, error)` says why something failed; `settled(element)` takes an inbox item out, focus moving on.
    const api = { ...sellerApi(apiOrigin, site, credential), announce, fail, settled: settle };
    const { member } = await api.send('GET', 'members/me');
    const products = await allPages(api, 'products', 'products');
    const titles = new Map(products.map((product) => [product.id, product.title]));
    // What <sc-insights> reads with: the same member's credential, still only in memory.
    const reader = { endpoint: apiOrigin, site, credential };
    return { api, member, products, titles, reader };
  }

  /** Mounts each section the member's scopes allow, and lists them in the navigation. */
  async function open() {
    const shown = sections().filter((section) => allowed(section, session.member.scopes));
    for (const section of shown) section.hidden = false;
    $('sections').replaceChildren(...shown.map((section) => el('li', {}, el('a', { href: `#${section.id}` }, section.dataset.title))));
    await Promise.all(shown.map((section) => (section.id in own ? own[section.id](section, session) : parts[section.id].mount(section, session.api))));
  }

  /** The one queue: every source the member may read, merged, oldest first. */
  async function loadInbox() {
    if ($('inbox').hidden) return;
    const { api, member } = session;
    const context = { scopes: member.scopes, titles: session.titles };
    const sources = [
      reviewInboxItems(api, context),
      ...Object.values(parts).filter((part) => part.inboxItems).map((part) => part.inboxItems(api).catch((error) => (error.status === 403 ? [] : Promise.reject(error)))),
    ];
    const items = (await Promise.all(sources)).flat().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    $('inbox-list').replaceChildren(...items.map((item) => el('li', { className: `inbox-${item.kind}` }, item.element)));
    count();
    announce(`${items.length} ${items.length === 1 ? 'item waits' : 'items wait'} in the inbox.`);
  }

  const count = () => ($('inbox-count').textContent = `(${$('inbox-list').childElementCount})`);

  /** An item left the inbox: focus moves to the next one (or the heading), never to a removed button. */
  function settle(element) {
    const item = element.closest('li');
    const next = item.nextElementSibling ?? item.previousElementSibling;
    item.remove();
    count();
    (next?.querySelector('h3') ?? $('inbox-heading')).focus();
  }

  // The API is this page's own server (npm start); `?api=` points it at another, as the tests do.
  const apiOrigin = new URLSearchParams(location.search).get('api') ?? location.origin;

  $('sign-in').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    announce('Signing in…');
    try {
      session = await signIn(form.elements.site.value.trim(), form.elements.credential.value);
    } catch (error) {
      return announce(error.status === 401 ? 'The site id or credential is wrong, or the credential was revoked.' : `Could not sign in: ${error.message}`);
    }
    form.elements.credential.value = '';
    form.hidden = true;
    const { member } = session;
    $('session').textContent = `Signed in to ${session.api.site} as ${member.name}, ${member.role} (${member.scopes.join(', ')}).`;
    $('console').hidden = false;
    try {
      await open();
    } catch (error) {
      fail('open the console', error);
    }
    (sections().find((section) => !section.hidden)?.querySelector('h2') ?? $('session')).focus();
  });

  $('sign-out').addEventListener('click', () => {
    session = undefined;
    // Sections go back to as the page came: nothing of this member's stays in the page.
    location.reload();
  });

  $('refresh').addEventListener('click', () => loadInbox().catch((error) => fail('refresh the inbox', error)));
}

if (globalThis.document) start();
