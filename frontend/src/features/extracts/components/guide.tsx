import { Fragment, type ReactNode } from 'react';

import { parseMarkdown, type Block, type Inline } from '../lib/markdown';

function inline(parts: Inline[]): ReactNode {
  return parts.map((part, index) => {
    switch (part.kind) {
      case 'code':
        return <code key={index}>{part.text}</code>;
      case 'strong':
        return <strong key={index}>{part.text}</strong>;
      case 'link':
        // Links between the repository's files do not lead anywhere from here: their text is kept.
        return /^(https?:|#)/.test(part.href) ? (
          <a key={index} className="govuk-link" href={part.href}>
            {part.text}
          </a>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        );
      default:
        return <Fragment key={index}>{part.text}</Fragment>;
    }
  });
}

const HEADING_CLASS = ['govuk-heading-l', 'govuk-heading-m', 'govuk-heading-s'];

function block(item: Block, index: number): ReactNode {
  switch (item.kind) {
    case 'heading': {
      const level = Math.min(item.level, 3) as 1 | 2 | 3;
      const Heading = `h${level}` as const;
      return (
        <Heading key={index} id={item.id} className={HEADING_CLASS[level - 1]}>
          {inline([{ kind: 'text', text: item.text }])}
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p key={index} className="govuk-body">
          {inline(item.content)}
        </p>
      );
    case 'list':
      return (
        <ul key={index} className="govuk-list govuk-list--bullet">
          {item.items.map((content, n) => (
            <li key={n}>{inline(content)}</li>
          ))}
        </ul>
      );
    case 'code':
      return (
        <pre key={index} className="app-code-block" data-language={item.language || undefined}>
          <code>{item.text}</code>
        </pre>
      );
  }
}

/** A guide from the repository's docs, in GOV.UK styles. */
export function Guide({ markdown }: { markdown: string }) {
  return <>{parseMarkdown(markdown).map(block)}</>;
}
