// Renders lesson Markdown (markdown.ts) as React elements; links open in a new tab.
import { Fragment, useMemo } from 'react';
import { parseMarkdown, type Inline } from './markdown.ts';

function Inlines({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((s, i) => {
        switch (s.kind) {
          case 'code':
            return <code key={i}>{s.text}</code>;
          case 'strong':
            return <strong key={i}>{s.text}</strong>;
          case 'em':
            return <em key={i}>{s.text}</em>;
          case 'link':
            // Only web links: a lesson cannot smuggle in javascript: URLs.
            return /^https?:\/\//.test(s.href) ? (
              <a key={i} href={s.href} target="_blank" rel="noreferrer">
                {s.text}
              </a>
            ) : (
              <Fragment key={i}>{s.text}</Fragment>
            );
          default:
            return <Fragment key={i}>{s.text}</Fragment>;
        }
      })}
    </>
  );
}

export function Markdown({ text }: { text: string }) {
  const blocks = useMemo(() => parseMarkdown(text), [text]);
  return (
    <div className="lesson-text">
      {blocks.map((b, i) => {
        switch (b.kind) {
          case 'code':
            return (
              <pre key={i} className="lesson-code">
                <code>{b.text}</code>
              </pre>
            );
          case 'heading':
            return (
              <p key={i} className="lesson-subheading">
                <strong>
                  <Inlines inlines={b.inlines} />
                </strong>
              </p>
            );
          case 'list': {
            const items = b.items.map((item, j) => (
              <li key={j}>
                <Inlines inlines={item} />
              </li>
            ));
            return b.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
          default:
            return (
              <p key={i}>
                <Inlines inlines={b.inlines} />
              </p>
            );
        }
      })}
    </div>
  );
}
