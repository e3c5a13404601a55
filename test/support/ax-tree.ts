import { a11ySnapshot } from '@web/test-runner-commands';

/** A node of Chromium's accessibility tree, as puppeteer's `page.accessibility.snapshot()` gives it. */
interface AxNode {
  readonly role: string;
  readonly name?: string;
  readonly children?: readonly AxNode[];
  readonly [state: string]: unknown;
}

/** The states a screen reader says, in a fixed order. */
const STATES = ['checked', 'pressed', 'expanded', 'disabled', 'required', 'invalid', 'modal', 'focused'] as const;
/** States said when false too: "not checked", "not pressed", "collapsed". */
const SAID_WHEN_FALSE = new Set<string>(['checked', 'pressed', 'expanded']);

/**
 * Chromium's accessibility tree of the page (a test's fixture), one line per node: role,
 * quoted name and the states a screen reader says (`invalid` only when true), indented by
 * depth. Static text is left out (its parent's name says it) but in live regions. The whole page, since a
 * snapshot rooted at a shadow host leaves out most of its shadow tree.
 */
export async function spokenTree(): Promise<string[]> {
  const root = (await a11ySnapshot({})) as unknown as AxNode;
  const lines: string[] = [];
  const walk = (node: AxNode, depth: number, parent?: AxNode) => {
    if (node.role === 'StaticText' && (parent?.role === 'status' || parent?.role === 'alert')) {
      lines.push(`${'  '.repeat(depth)}text "${node.name}"`);
    } else if (node.role !== 'StaticText' && node.role !== 'InlineTextBox') {
      const said = (state: string) => node[state] !== undefined && node[state] !== 'false' && (node[state] !== false || SAID_WHEN_FALSE.has(state));
      const states = STATES.filter(said).map((state) =>
        node[state] === true ? state : node[state] === false ? `not ${state}` : `${state}=${String(node[state])}`,
      );
      lines.push(`${'  '.repeat(depth)}${node.role}${node.name ? ` "${node.name}"` : ''}${states.length ? ` [${states.join(' ')}]` : ''}`);
    }
    for (const child of node.children ?? []) walk(child, depth + 1, node);
  };
  for (const child of root.children ?? []) walk(child, 0);
  return lines;
}

/** The focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
