import { describe, expect, test } from 'vitest';
import { allowedHosts, formatHost, isAllowedHost, isLoopback, isSameOrigin } from './origin';

describe('hosts', () => {
  test('a loopback server answers to its address and localhost on its port only', () => {
    const hosts = allowedHosts('127.0.0.1', 8642);
    expect(isAllowedHost('127.0.0.1:8642', hosts)).toBe(true);
    expect(isAllowedHost('localhost:8642', hosts)).toBe(true);
    expect(isAllowedHost('LOCALHOST:8642', hosts)).toBe(true);
    expect(isAllowedHost('127.0.0.1:8643', hosts)).toBe(false);
    expect(isAllowedHost('rebound.attacker.test:8642', hosts)).toBe(false);
    expect(isAllowedHost(undefined, hosts)).toBe(false);
    expect(isAllowedHost('[::1]:8642', allowedHosts('::1', 8642))).toBe(true);
  });

  test('a network server answers to any well-formed host, never to one that could inject a header value', () => {
    expect(allowedHosts('0.0.0.0', 80)).toBeNull();
    expect(isAllowedHost('nas.local:8642', null)).toBe(true);
    expect(isAllowedHost('192.168.1.20:8642', null)).toBe(true);
    expect(isAllowedHost("nas.local:8642; script-src 'unsafe-inline'", null)).toBe(false);
    expect(isAllowedHost('a b', null)).toBe(false);
    expect(isAllowedHost('x'.repeat(400), null)).toBe(false);
  });

  test('loopback and formatting', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '192.168.1.2', '::', 'nas.local'].some(isLoopback)).toBe(false);
    expect(formatHost('::1')).toBe('[::1]');
    expect(formatHost('127.0.0.1')).toBe('127.0.0.1');
  });
});

describe('origin', () => {
  test('must be exactly this server as the browser reached it', () => {
    expect(isSameOrigin('http://127.0.0.1:8642', '127.0.0.1:8642')).toBe(true);
    expect(isSameOrigin('http://localhost:8642', 'localhost:8642')).toBe(true);
    expect(isSameOrigin('http://localhost:8642', '127.0.0.1:8642')).toBe(false);
    expect(isSameOrigin('http://127.0.0.1:8643', '127.0.0.1:8642')).toBe(false);
    expect(isSameOrigin('https://127.0.0.1:8642', '127.0.0.1:8642')).toBe(false);
    expect(isSameOrigin('null', '127.0.0.1:8642')).toBe(false);
    expect(isSameOrigin(undefined, '127.0.0.1:8642')).toBe(false);
  });
});
