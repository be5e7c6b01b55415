import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown.ts';

describe('parseMarkdown', () => {
  it('splits paragraphs, code, headings and lists', () => {
    const blocks = parseMarkdown('One\nline.\n\n```go\nx := 1\n\ny := 2\n```\n### Head\n- a\n- b\n  more\n1. first\n\nEnd');
    expect(blocks).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'One line.' }] },
      { kind: 'code', lang: 'go', text: 'x := 1\n\ny := 2' },
      { kind: 'heading', level: 3, inlines: [{ kind: 'text', text: 'Head' }] },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'a' }], [{ kind: 'text', text: 'b more' }]] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'first' }]] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'End' }] },
    ]);
  });

  it('keeps an unclosed fence to the end and never throws', () => {
    expect(parseMarkdown('```\nabc')).toEqual([{ kind: 'code', lang: '', text: 'abc' }]);
    for (const t of ['', '```', '**', '*', '[a](', '- ', '#', '\u0000']) expect(() => parseMarkdown(t)).not.toThrow();
  });
});

describe('parseInline', () => {
  it('reads code, strong, em and links, and leaves stray markers as text', () => {
    expect(parseInline('a `m[k]++` **b** *c* [d](https://go.dev) 2 * 3 **x')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'code', text: 'm[k]++' },
      { kind: 'text', text: ' ' },
      { kind: 'strong', text: 'b' },
      { kind: 'text', text: ' ' },
      { kind: 'em', text: 'c' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'd', href: 'https://go.dev' },
      { kind: 'text', text: ' 2 * 3 **x' },
    ]);
  });
});
