import { isSafeExternalUrl } from '@shared/security/isSafeExternalUrl';

// A deliberately small Markdown subset (paragraphs, line breaks, bullet and numbered lists,
// fenced code, inline code, bold, italic, links) parsed into plain data. The view turns this
// into React elements, whose text React escapes: no string from a message is ever HTML.
export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'emphasis'; children: InlineNode[] }
  | { type: 'link'; href: string; children: InlineNode[] };

export type BlockNode =
  | { type: 'paragraph'; lines: InlineNode[][] }
  | { type: 'list'; ordered: boolean; items: InlineNode[][] }
  | { type: 'code'; text: string };

const listItem = /^\s*(?:([-*+])|(\d{1,9})[.)])\s+(.*)$/;
const fence = /^\s*```/;
// Earliest match wins; code first so nothing inside backticks is read as emphasis or a link.
const inlineToken = /`([^`\n]+)`|\[([^\]\n]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|__(.+?)__|\*([^*\s](?:[^*]*[^*\s])?)\*|\b_([^_\s](?:[^_]*[^_\s])?)_\b/;

// Links leave the app through the OS, so only web and mail links become links; the rest stays text.
function isLinkable(href: string): boolean {
  return /^(https?:|mailto:)/i.test(href) && isSafeExternalUrl(href);
}

export function parseInline(source: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let rest = source;
  while (rest.length > 0) {
    const match = inlineToken.exec(rest);
    if (!match) {
      nodes.push({ type: 'text', text: rest });
      break;
    }
    if (match.index > 0) nodes.push({ type: 'text', text: rest.slice(0, match.index) });
    const [whole, code, linkText, href, strongStars, strongUnderscores, emStar, emUnderscore] = match;
    if (code !== undefined) nodes.push({ type: 'code', text: code });
    else if (linkText !== undefined && href !== undefined) {
      if (isLinkable(href)) nodes.push({ type: 'link', href, children: parseInline(linkText) });
      else nodes.push({ type: 'text', text: whole });
    } else if (strongStars !== undefined || strongUnderscores !== undefined) nodes.push({ type: 'strong', children: parseInline(strongStars ?? strongUnderscores ?? '') });
    else nodes.push({ type: 'emphasis', children: parseInline(emStar ?? emUnderscore ?? '') });
    rest = rest.slice(match.index + whole.length);
  }
  return mergeText(nodes);
}

function mergeText(nodes: InlineNode[]): InlineNode[] {
  const merged: InlineNode[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (node.type === 'text' && last?.type === 'text') last.text += node.text;
    else merged.push(node);
  }
  return merged;
}

export function parseMarkdown(source: string): BlockNode[] {
  const blocks: BlockNode[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      index += 1;
    } else if (fence.test(line)) {
      const body: string[] = [];
      index += 1;
      while (index < lines.length && !fence.test(lines[index] ?? '')) body.push(lines[index++] ?? '');
      index += 1;
      blocks.push({ type: 'code', text: body.join('\n') });
    } else if (listItem.test(line)) {
      const ordered = listItem.exec(line)?.[2] !== undefined;
      const items: InlineNode[][] = [];
      for (let match = listItem.exec(line); match && (match[2] !== undefined) === ordered; match = listItem.exec(lines[index] ?? '')) {
        items.push(parseInline(match[3] ?? ''));
        index += 1;
      }
      blocks.push({ type: 'list', ordered, items });
    } else {
      const paragraph: InlineNode[][] = [];
      while (index < lines.length && (lines[index] ?? '').trim() !== '' && !fence.test(lines[index] ?? '') && !listItem.test(lines[index] ?? '')) {
        paragraph.push(parseInline(lines[index++] ?? ''));
      }
      blocks.push({ type: 'paragraph', lines: paragraph });
    }
  }
  return blocks;
}
