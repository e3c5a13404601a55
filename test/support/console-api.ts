/**
 * What the seller console's shell (demo/seller.js) lends each part it mounts: the real
 * `sellerApi` of demo/seller/api.js, calling the site's routes with one credential (a team
 * member's, or the site key, which passes member routes too), and `announce`, its status line.
 */
export interface ConsoleApi {
  readonly site: string;
  send(method: string, path: string, body?: unknown): Promise<any>;
  announce(text: string): void;
}

// Plain JS without declarations: a computed specifier keeps TypeScript from asking for types.
const { sellerApi } = (await import(new URL('../../demo/seller/api.js', import.meta.url).href)) as {
  sellerApi(origin: string, site: string, credential: string): Omit<ConsoleApi, 'announce'>;
};

/** The console's api as the shell makes it; `said` keeps what it announced, also shown in `status` where given. */
export function consoleApi(endpoint: string, site: string, credential: string, status?: HTMLElement): ConsoleApi & { readonly said: string[] } {
  const said: string[] = [];
  const announce = (text: string) => {
    said.push(text);
    if (status) status.textContent = text;
  };
  return { ...sellerApi(endpoint, site, credential), said, announce };
}
