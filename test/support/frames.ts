/**
 * Pages in an iframe: another tab, the same page after a reload, a shop's own page. A
 * `fullScreen` frame covers the viewport, since widgets load their data only near it;
 * `sandbox` is the frame's attribute (`allow-scripts`: an opaque origin, no storage).
 */
export async function openFrame(src: string, options: { fullScreen?: boolean; sandbox?: string } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (options.fullScreen) frame.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; background: white';
  if (options.sandbox !== undefined) frame.setAttribute('sandbox', options.sandbox);
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

/** What axe finds on a frame's page. It runs in the page's own window: the test's copy cannot cross into the frame. */
export async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const window = frame.contentWindow as Window & {
    eval(code: string): void;
    axe?: { run(context: Document): Promise<{ violations: { id: string }[] }> };
  };
  if (!window.axe) window.eval(await (await fetch('/node_modules/axe-core/axe.min.js')).text());
  const { violations } = await window.axe!.run(frame.contentDocument!);
  return violations.map((violation) => violation.id);
}
