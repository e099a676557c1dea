/** The host:port values a loopback server answers to; null for a server bound to a network address. */
export function allowedHosts(bindHost: string, port: number): Set<string> | null {
  if (!isLoopback(bindHost)) return null;
  const hosts = new Set([`localhost:${port}`, `${formatHost(bindHost)}:${port}`]);
  if (bindHost === 'localhost') hosts.add(`127.0.0.1:${port}`);
  return hosts;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** IPv6 literals need brackets in URLs and Host headers. */
export function formatHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

// name:port or [v6]:port, nothing else: the value is echoed into the CSP header.
const HOST_SYNTAX = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * A loopback server only answers to its own names: a web page that rebinds its DNS name to
 * 127.0.0.1 sends its own name in Host and is turned away.
 */
export function isAllowedHost(hostHeader: string | undefined, allowed: Set<string> | null): boolean {
  if (!hostHeader || hostHeader.length > 300 || !HOST_SYNTAX.test(hostHeader)) return false;
  return allowed === null || allowed.has(hostHeader.toLowerCase());
}

/** Same origin: the page's Origin must be this server, as the browser reached it. */
export function isSameOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (!origin || !hostHeader) return false;
  return origin.toLowerCase() === `http://${hostHeader.toLowerCase()}`;
}
