/**
 * A rollup plugin that strips what the browser ignores from our css`` and html``
 * templates (comments, indentation, white space between tags), which terser keeps as
 * string content. Lit's own code is minified already, so only our sources are touched.
 */
const collapseCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/([^\w.])0\./g, '$1.')
    .replace(/=['"]([\w-]+)['"]\]/g, '=$1]')
    .trim();

// A line break and its indentation: nothing between tags or before `>`, one space elsewhere.
// (Our templates quote every static attribute value, so no `/` can end up in a value.)
const collapseHtml = (text) =>
  text
    .replace(/>\s*\n\s*</g, '><')
    .replace(/\s+(\/?>)/g, '$1')
    .replace(/^\s*\n\s*(?=<)|(?<=>)\s*\n\s*$/g, '')
    .replace(/\s*\n\s*/g, ' ');

/**
 * Rewrites the static parts of every `tag` template in `code`, walking `${…}`
 * expressions (and templates nested in them) so that code is never touched.
 */
function rewriteTemplates(code, tag, rewrite) {
  let out = '';
  let i = 0;
  const start = new RegExp(`\\b${tag}\\s*\``, 'g');
  for (let match; (match = start.exec(code)); ) {
    out += code.slice(i, match.index) + `${tag}\``;
    i = match.index + match[0].length;
    let text = '';
    while (at(code, i) !== '`') {
      if (code[i] === '\\') {
        text += code[i] + code[i + 1];
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        out += rewrite(text);
        text = '';
        const end = expressionEnd(code, i + 2);
        out += rewriteTemplates(code.slice(i, end), tag, rewrite);
        i = end;
      } else text += code[i++];
    }
    out += rewrite(text) + '`';
    start.lastIndex = ++i;
  }
  return out + code.slice(i);
}

/**
 * The index after the `}` that closes the expression starting at `i`, skipping strings,
 * templates and comments. Comments must be skipped: an apostrophe in one ("the keyboard's
 * focus") read as a quote once made the scan run off the end of the file. Regular
 * expression literals are not recognised; one holding a quote, a backtick or a brace in
 * a template's expression fails the build (see `at`) instead of being misread.
 */
function expressionEnd(code, i) {
  for (let depth = 1; depth; i++) {
    const c = at(code, i);
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '`') i = templateEnd(code, i + 1) - 1;
    else if (c === "'" || c === '"') {
      while (at(code, ++i) !== c) if (code[i] === '\\') i++;
    } else if (c === '/' && code[i + 1] === '/') i = find(code, '\n', i);
    else if (c === '/' && code[i + 1] === '*') i = find(code, '*/', i) + 1;
  }
  return i;
}

function templateEnd(code, i) {
  while (at(code, i) !== '`') {
    if (code[i] === '\\') i += 2;
    else if (code[i] === '$' && code[i + 1] === '{') i = expressionEnd(code, i + 2);
    else i++;
  }
  return i + 1;
}

/**
 * The character at `i`. Past the end of the code, an error: the walk misread something
 * and would otherwise loop forever, hanging the build at full CPU.
 */
function at(code, i) {
  if (i >= code.length) throw unended();
  return code[i];
}

/** The index of `text` from `i`, which must be there (as `at`, an error rather than a walk from -1). */
function find(code, text, i) {
  const found = code.indexOf(text, i);
  if (found < 0) throw unended();
  return found;
}

const unended = () => new Error('a template or `${…}` expression does not end where minify-templates expects');

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (id.includes('node_modules')) return null;
      try {
        const css = rewriteTemplates(code, 'css', collapseCss);
        return { code: rewriteTemplates(css, 'html', collapseHtml), map: null };
      } catch (error) {
        this.error(`${error.message} in ${id}`);
      }
    },
  };
}
