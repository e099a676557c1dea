import { describe, expect, it } from 'vitest';
import { checkSender } from './trusted-sender';

const ours = { webContentsIds: new Set([7]) };
const good = { frameUrl: 'anishelf://app/index.html', isMainFrame: true, webContentsId: 7 };

describe('checkSender', () => {
  it('trusts the main frame of our window on our own page', () => {
    expect(checkSender(good, ours).trusted).toBe(true);
    expect(checkSender({ ...good, frameUrl: 'anishelf://app/series/12?tab=episodes#top' }, ours).trusted).toBe(true);
    expect(checkSender(good, { webContentsIds: [3, 7] }).trusted).toBe(true);
  });

  it.each([
    ['a subframe', { ...good, isMainFrame: false }],
    ['another WebContents', { ...good, webContentsId: 8 }],
    ['a frame with no page', { ...good, frameUrl: undefined }],
    ['an empty URL', { ...good, frameUrl: '' }],
    ['about:blank', { ...good, frameUrl: 'about:blank' }],
    ['a web page', { ...good, frameUrl: 'https://example.org/' }],
    ['a look-alike host', { ...good, frameUrl: 'anishelf://app.evil/index.html' }],
    ['another host of our scheme', { ...good, frameUrl: 'anishelf://evil/index.html' }],
    ['our scheme with credentials', { ...good, frameUrl: 'anishelf://user:pw@app/index.html' }],
    ['our scheme with a port', { ...good, frameUrl: 'anishelf://app:8080/index.html' }],
    ['a file: page', { ...good, frameUrl: 'file:///home/user/out/renderer/index.html' }],
    ['the artwork scheme', { ...good, frameUrl: 'anishelf-media://series/1/poster' }],
    ['a data: page', { ...good, frameUrl: 'data:text/html,<script>1</script>' }],
    ['devtools', { ...good, frameUrl: 'devtools://devtools/bundled/inspector.html' }],
    ['garbage', { ...good, frameUrl: 'not a url' }],
  ])('refuses %s', (_what, sender) => {
    const verdict = checkSender(sender, ours);
    expect(verdict.trusted).toBe(false);
    if (!verdict.trusted) expect(verdict.reason.length).toBeGreaterThan(5);
  });

  it('does not copy a huge URL into the reason', () => {
    const verdict = checkSender({ ...good, frameUrl: `https://x.example/${'a'.repeat(100_000)}` }, ours);
    expect(!verdict.trusted && verdict.reason.length).toBeLessThan(300);
  });
});
