/**
 * Just enough Markdown for the repository's guides (docs/*.md): headings, paragraphs, bullet lists, fenced code
 * blocks; inline code, bold and links. Anything else comes through as plain text, never as HTML.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'heading'; level: number; text: string; id: string }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'code'; language: string; text: string };

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|\[[^\]]+\]\([^)\s]+\))/;

export function parseInline(text: string): Inline[] {
  return text
    .split(INLINE)
    .filter(Boolean)
    .map((part): Inline => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1) return { kind: 'code', text: part.slice(1, -1) };
      if (part.startsWith('**') && part.endsWith('**') && part.length > 4) return { kind: 'strong', text: part.slice(2, -2) };
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
      if (link) return { kind: 'link', text: link[1], href: link[2] };
      return { kind: 'text', text: part };
    });
}

/** "Keep a copy in sync" → "keep-a-copy-in-sync", as GitHub makes a heading's anchor. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*]/g, '')
    .replace(/[^a-z0-9 -]/g, '')
    .trim()
    .replace(/ /g, '-');
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const blocks: Block[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    const fence = /^```(\S*)/.exec(line);
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (fence) {
      const code: string[] = [];
      index += 1;
      while (index < lines.length && !lines[index].startsWith('```')) code.push(lines[index++]);
      index += 1;
      blocks.push({ kind: 'code', language: fence[1], text: code.join('\n') });
    } else if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2].trim(), id: slug(heading[2]) });
      index += 1;
    } else if (/^[-*]\s+/.test(line)) {
      const items: string[] = [];
      while (index < lines.length && lines[index].trim() !== '' && !lines[index].startsWith('```')) {
        const item = /^[-*]\s+(.*)$/.exec(lines[index]);
        if (item) items.push(item[1]);
        else items[items.length - 1] += ` ${lines[index].trim()}`;
        index += 1;
      }
      blocks.push({ kind: 'list', items: items.map(parseInline) });
    } else if (line.trim() === '') {
      index += 1;
    } else {
      const text: string[] = [];
      while (
        index < lines.length &&
        lines[index].trim() !== '' &&
        !/^(```|#{1,6}\s|[-*]\s)/.test(lines[index])
      ) {
        text.push(lines[index++].trim());
      }
      blocks.push({ kind: 'paragraph', content: parseInline(text.join(' ')) });
    }
  }
  return blocks;
}
