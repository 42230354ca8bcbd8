import { describe, expect, it } from 'vitest';

import { parseInline, parseMarkdown, slug } from './markdown';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs over several lines, bullet lists and fenced code', () => {
    const blocks = parseMarkdown(
      [
        '# Analyst extracts',
        '',
        'For analysts who pull',
        'data into **pandas**.',
        '',
        '- `format=csv`;',
        '- filters where they apply:',
        '  `region=london`.',
        '',
        '```sh',
        'curl -s \\',
        '  http://localhost:8080/api/v1/extracts',
        '```',
        '## Keep a copy in sync',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Analyst extracts', id: 'analyst-extracts' },
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'For analysts who pull data into ' },
          { kind: 'strong', text: 'pandas' },
          { kind: 'text', text: '.' },
        ],
      },
      {
        kind: 'list',
        items: [
          [{ kind: 'code', text: 'format=csv' }, { kind: 'text', text: ';' }],
          [{ kind: 'text', text: 'filters where they apply: ' }, { kind: 'code', text: 'region=london' }, { kind: 'text', text: '.' }],
        ],
      },
      { kind: 'code', language: 'sh', text: 'curl -s \\\n  http://localhost:8080/api/v1/extracts' },
      { kind: 'heading', level: 2, text: 'Keep a copy in sync', id: 'keep-a-copy-in-sync' },
    ]);
  });

  it('keeps HTML and unknown syntax as text', () => {
    expect(parseInline('<b>not bold</b> and [a link](https://example.org)')).toEqual([
      { kind: 'text', text: '<b>not bold</b> and ' },
      { kind: 'link', text: 'a link', href: 'https://example.org' },
    ]);
  });

  it('makes anchors as GitHub does', () => {
    expect(slug('Counts for publication')).toBe('counts-for-publication');
    expect(slug('`pandas`')).toBe('pandas');
  });
});
