/**
 * The seller console's questions (mounted by demo/seller.html's shell): questions waiting
 * for the shop's answer, oldest first, each answered publicly or privately to the asker;
 * questions and answers held or reported, to publish or hide; and the median time to the
 * shop's first answer over the last 30 days. Products show by their catalog titles. Text
 * people typed is rendered with textContent only.
 *
 * `api` is the shell's: `send(method, path, body?)` relative to the site, with the member's
 * credential, and `announce(text)` for its status line.
 */

const encode = encodeURIComponent;

/** A new element with text (never HTML) and attributes. */
function element(tag, text = '', attributes = {}) {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** The catalog's titles of `ids`, by id; ids the catalog lacks show as themselves. */
async function titles(api, ids) {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const { products } = await api.send('GET', `products?${unique.map((id) => `ids=${encode(id)}`).join('&')}`);
  return new Map(products.map((product) => [product.id, product.title]));
}

/** Who wrote an answer, as the console shows it. */
const byline = (answer) => (answer.shop ? `${answer.by ? `${answer.by.name}, ${answer.by.role}` : 'The shop'}${answer.private ? ' (privately)' : ''}` : answer.author);

/** One question waiting for the shop: its product, text, answers so far, and the form to answer it. */
function awaitingItem(api, question, title, done) {
  const item = element('article', '', { 'aria-label': `Question by ${question.author}` });
  item.append(element('h4', `${question.author} asked about ${title}`));
  item.append(element('p', question.text));
  item.append(element('p', `Asked ${new Date(question.createdAt).toLocaleString()}`));
  for (const answer of question.answers) item.append(element('p', `${byline(answer)}: ${answer.text}`));
  const form = element('form');
  const label = element('label', `Answer to ${question.author}`);
  const text = element('textarea', '', { required: '', maxlength: '2000' });
  label.append(text);
  const privately = element('label', 'Answer privately (only the asker sees it)');
  const box = element('input', '', { type: 'checkbox' });
  privately.prepend(box);
  const send = element('button', `Send answer to ${question.author}`, { type: 'submit' });
  form.append(label, privately, send);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    send.disabled = true;
    try {
      await api.send('POST', `questions/${encode(question.id)}/shop-answers`, { text: text.value, private: box.checked, locale: document.documentElement.lang || undefined });
      api.announce(`Answer to ${question.author} sent${box.checked ? ' privately' : ''}.`);
      done(item);
    } catch (error) {
      api.announce(`Not sent: ${error.message}`);
      send.disabled = false;
    }
  });
  item.append(form);
  return item;
}

/** A "Publish" and a "Hide" button for a question or an answer held or reported. */
function decisions(api, path, what, after) {
  return ['published', 'hidden'].map((status) => {
    const verb = status === 'published' ? 'Publish' : 'Hide';
    const button = element('button', `${verb} ${what}`, { type: 'button' });
    button.addEventListener('click', async () => {
      try {
        await api.send('PATCH', path, { status });
        api.announce(`${verb === 'Publish' ? 'Published' : 'Hid'} the ${what}.`);
        after();
      } catch (error) {
        api.announce(`Not done: ${error.message}`);
      }
    });
    return button;
  });
}

const needsDecision = (thing) => thing.status === 'pending' || thing.reports > 0;
const why = (thing) =>
  thing.status === 'pending' && thing.pendingReason === 'moderation'
    ? 'Awaiting approval'
    : `Reported: ${thing.reportReasons.map(({ reason, count }) => `${reason} (${count})`).join(', ')}`;

function moderationItem(api, question, title, refresh) {
  const item = element('article', '', { 'aria-label': `Question by ${question.author}` });
  item.append(element('h4', `${question.author} asked about ${title}`), element('p', question.text));
  if (needsDecision(question)) item.append(element('p', why(question)), ...decisions(api, `questions/${encode(question.id)}`, `question by ${question.author}`, refresh));
  for (const answer of question.answers.filter(needsDecision)) {
    item.append(element('p', `${byline(answer)}: ${answer.text}`), element('p', why(answer)), ...decisions(api, `answers/${encode(answer.id)}`, `answer by ${answer.author}`, refresh));
  }
  return item;
}

/** The questions waiting for the shop, oldest first, as the shell's one inbox merges them with reviews and ideas. */
export async function inboxItems(api, remove = (item) => item.remove()) {
  const { questions } = await api.send('GET', 'questions/awaiting?limit=100');
  const names = await titles(api, questions.map((question) => question.productId));
  return questions.map((question) => ({
    kind: 'question',
    id: question.id,
    createdAt: question.createdAt,
    element: awaitingItem(api, question, names.get(question.productId) ?? question.productId, remove),
  }));
}

export async function mount(section, api) {
  const awaiting = element('div');
  const held = element('div');
  const awaitingHeading = element('h3', 'Waiting for an answer');
  const heldHeading = element('h3', 'Held or reported');
  section.replaceChildren(element('h2', 'Questions'), awaitingHeading, awaiting, heldHeading, held);

  async function refresh() {
    try {
      const items = await inboxItems(api, (item) => (item.remove(), void refresh()));
      awaitingHeading.textContent = `Waiting for an answer (${items.length})`;
      awaiting.replaceChildren(...items.map((item) => item.element));
      if (!items.length) awaiting.replaceChildren(element('p', 'Every question has the shop\'s answer.'));
    } catch (error) {
      awaitingHeading.textContent = 'Waiting for an answer';
      awaiting.replaceChildren(element('p', error.status === 403 ? 'Your credential does not allow answering.' : `Could not load: ${error.message}`));
    }
    try {
      const { questions } = await api.send('GET', 'questions/moderation?limit=100');
      const names = await titles(api, questions.map((question) => question.productId));
      heldHeading.textContent = `Held or reported (${questions.length})`;
      held.replaceChildren(...questions.map((question) => moderationItem(api, question, names.get(question.productId) ?? question.productId, refresh)));
    } catch (error) {
      heldHeading.textContent = 'Held or reported';
      held.replaceChildren(element('p', error.status === 403 ? 'Your credential does not allow moderation.' : `Could not load: ${error.message}`));
    }
  }
  await refresh();
}
