import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The Navigation API where the browser has it (Chromium): it tells of pushState too. */
const navigation = (): EventTarget | undefined => (globalThis as { navigation?: EventTarget }).navigation;

/**
 * A query parameter of the page's URL (a shared link's `?sc-wishlist=`), read again when
 * a single-page app changes the URL while the host is connected: back and forward
 * everywhere, and any change (pushState and replaceState too) where the browser has the
 * Navigation API.
 */
export class UrlParamController implements ReactiveController {
  private readonly changed = (): void => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly name: string,
  ) {
    host.addController(this);
  }

  get value(): string | undefined {
    return new URLSearchParams(location.search).get(this.name) ?? undefined;
  }

  hostConnected(): void {
    addEventListener('popstate', this.changed);
    navigation()?.addEventListener('currententrychange', this.changed);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.changed);
    navigation()?.removeEventListener('currententrychange', this.changed);
  }
}
