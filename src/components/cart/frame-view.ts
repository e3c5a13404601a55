/** The shortest the panel gets when little of the frame shows: room for a line and the checkout. */
const MIN_HEIGHT = 320;

/**
 * The part of this frame's viewport the person sees, in its coordinates: in a frame the
 * parent made as tall as its content (a social tab), not its top. One reading of an
 * IntersectionObserver on an invisible box over the viewport: it works across origins and
 * needs nothing from the parent page. `undefined` when none is seen (a hidden page never
 * answers: 200 ms).
 */
function visiblePart(): Promise<DOMRectReadOnly | undefined> {
  const probe = document.createElement('div');
  probe.style.cssText = 'position:fixed;inset:0;visibility:hidden;pointer-events:none';
  document.body.append(probe);
  return new Promise((resolve) => {
    const done = (rect?: DOMRectReadOnly) => (observer.disconnect(), probe.remove(), resolve(rect));
    const observer = new IntersectionObserver(([entry]) => done(entry.isIntersecting ? entry.intersectionRect : undefined));
    observer.observe(probe);
    setTimeout(done, 200);
  });
}

/**
 * Inside a frame, puts a modal panel (`<sc-cart>`'s dialog) within the part of the frame
 * the person sees, and keeps it there when the parent page scrolls under it: whatever
 * leaves the view puts it back. Its height is the view's (its list scrolls). Resolves,
 * once placed, with the function that stops following; on a top-level page, does nothing.
 */
export async function keepInView(dialog: HTMLDialogElement): Promise<() => void> {
  if (window.parent === window) return () => undefined;
  const place = async () => {
    const seen = await visiblePart();
    if (!seen) return;
    const height = Math.max(seen.height, Math.min(innerHeight, MIN_HEIGHT));
    dialog.style.setProperty('--_top', `${Math.max(0, Math.min(seen.top, innerHeight - height))}px`);
    dialog.style.setProperty('--_height', `${height}px`);
  };
  await place();
  const follow = new IntersectionObserver(([entry]) => entry.intersectionRatio < 1 && void place(), { threshold: 1 });
  follow.observe(dialog);
  return () => follow.disconnect();
}
