import { Anchor, Code, List, Stack, Text } from '@mantine/core';
import { Fragment, useMemo, type ReactNode } from 'react';
import { openExternalLink } from '../utils/openExternalLink';
import { parseMarkdown, type BlockNode, type InlineNode } from '../utils/parseMarkdown';

export type MarkdownBodyProps = { source: string };

function renderInline(nodes: InlineNode[]): ReactNode {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={index}>{node.text}</Fragment>;
      case 'code':
        return <Code key={index}>{node.text}</Code>;
      case 'strong':
        return <strong key={index}>{renderInline(node.children)}</strong>;
      case 'emphasis':
        return <em key={index}>{renderInline(node.children)}</em>;
      case 'link':
        return (
          <Anchor
            key={index}
            href={node.href}
            rel="noopener noreferrer"
            onClick={(event) => {
              // The app never navigates away; the OS opens the link after the bridge checks it.
              event.preventDefault();
              void openExternalLink(node.href);
            }}
          >
            {renderInline(node.children)}
          </Anchor>
        );
    }
  });
}

function renderBlock(block: BlockNode, index: number): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return (
        <Text key={index} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {block.lines.map((line, lineIndex) => (
            <Fragment key={lineIndex}>
              {lineIndex > 0 && <br />}
              {renderInline(line)}
            </Fragment>
          ))}
        </Text>
      );
    case 'list':
      return (
        <List key={index} type={block.ordered ? 'ordered' : 'unordered'} size="sm">
          {block.items.map((item, itemIndex) => (
            <List.Item key={itemIndex}>{renderInline(item)}</List.Item>
          ))}
        </List>
      );
    case 'code':
      return (
        <Code key={index} block>
          {block.text}
        </Code>
      );
  }
}

// Markdown as React elements only: message text never reaches the DOM as HTML.
export function MarkdownBody({ source }: MarkdownBodyProps) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return <Stack gap={6}>{blocks.map(renderBlock)}</Stack>;
}
