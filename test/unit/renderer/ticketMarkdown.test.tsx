import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { MarkdownBody } from '@renderer/modules/tickets/components/MarkdownBody';
import { parseInline, parseMarkdown } from '@renderer/modules/tickets/utils/parseMarkdown';

// The bridge reads `window` when loaded; these tests only render markup.
vi.mock('@renderer/bridge/bridge', () => ({ bridge: {} }));

function render(source: string): string {
  return renderToStaticMarkup(
    <MantineProvider>
      <MarkdownBody source={source} />
    </MantineProvider>,
  );
}

describe('parseMarkdown', () => {
  it('reads paragraphs, line breaks, lists and fenced code', () => {
    expect(parseMarkdown('Hello\nthere\n\n- one\n- two\n\n1. first\n\n```\nlet x = 1;\n```')).toEqual([
      { type: 'paragraph', lines: [[{ type: 'text', text: 'Hello' }], [{ type: 'text', text: 'there' }]] },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two' }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'first' }]] },
      { type: 'code', text: 'let x = 1;' },
    ]);
  });

  it('reads bold, italic, inline code and links', () => {
    expect(parseInline('**bold** and *it* with `a*b*c` at [docs](https://example.com/x)')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
      { type: 'text', text: ' and ' },
      { type: 'emphasis', children: [{ type: 'text', text: 'it' }] },
      { type: 'text', text: ' with ' },
      { type: 'code', text: 'a*b*c' },
      { type: 'text', text: ' at ' },
      { type: 'link', href: 'https://example.com/x', children: [{ type: 'text', text: 'docs' }] },
    ]);
  });

  it('keeps links to anything but http(s) and mailto as text', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'tel:+4930123456', 'https://user:pw@evil.example']) {
      expect(parseInline(`[click](${href})`), href).toEqual([{ type: 'text', text: `[click](${href})` }]);
    }
    expect(parseInline('[mail](mailto:help@example.com)')[0]).toMatchObject({ type: 'link', href: 'mailto:help@example.com' });
  });
});

describe('MarkdownBody', () => {
  it('shows HTML in a message as text, never as elements', () => {
    const html = render('<img src=x onerror=alert(1)> and <script>alert(2)</script>\n\n**<b>bold</b>**');
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('<strong>&lt;b&gt;bold&lt;/b&gt;</strong>');
  });

  it('renders a safe link with its own href and a hostile one as text', () => {
    const html = render('[docs](https://example.com/help) [bad](javascript:alert(1))');
    expect(html).toMatch(/<a [^>]*href="https:\/\/example.com\/help"/);
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('[bad](javascript:alert(1))');
  });
});
