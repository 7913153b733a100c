import { describe, expect, it } from 'vitest';
import { type XmlSink, XmlTokenizer } from '../src/ingest/dblp/XmlTokenizer.ts';

type Event = [kind: string, ...details: (string | number | boolean)[]];

/** The events a tokenizer sends for `text` cut into pieces of `size` characters; text pieces joined. */
function events(text: string, size = text.length): Event[] {
  const seen: Event[] = [];
  const sink: XmlSink = {
    open: (name, attributes, selfClosing, line) => seen.push(['open', name, attributes, selfClosing, line]),
    close: (name, line) => seen.push(['close', name, line]),
    text: (raw, line) => {
      const last = seen.at(-1);
      if (last?.[0] === 'text') last[1] = `${String(last[1])}${raw}`;
      else seen.push(['text', raw, line]);
    },
    doctype: (declaration, line) => seen.push(['doctype', declaration, line]),
    malformed: (reason, line) => seen.push(['malformed', reason, line]),
    end: (line) => seen.push(['end', line]),
  };
  const tokenizer = new XmlTokenizer(sink);
  for (let start = 0; start < text.length; start += size) tokenizer.write(text.slice(start, start + size));
  tokenizer.end();
  return seen;
}

const DOCUMENT =
  '<?xml version="1.0" encoding="ISO-8859-1"?>\r\n' +
  '<!DOCTYPE dblp SYSTEM "dblp.dtd" [\n<!ENTITY x "a>b">\n]>\n' +
  '<dblp><!-- a <comment> -->\n' +
  '<article key="a/b>c" mdate=\'2020\'\n  publtype="x"><title>H<sub>2</sub>O &amp; <![CDATA[<&>]]></title><ee/></article>\n' +
  '</dblp>\n';

describe('XmlTokenizer', () => {
  it('sends tags, text, the DOCTYPE and the end, each with the line it starts on', () => {
    expect(events(DOCUMENT)).toEqual([
      ['text', '\r\n', 1],
      ['doctype', '<!DOCTYPE dblp SYSTEM "dblp.dtd" [\n<!ENTITY x "a>b">\n]>', 2],
      ['text', '\n', 4],
      ['open', 'dblp', '', false, 5],
      ['text', '\n', 5],
      ['open', 'article', ' key="a/b>c" mdate=\'2020\'\n  publtype="x"', false, 6],
      ['open', 'title', '', false, 7],
      ['text', 'H', 7],
      ['open', 'sub', '', false, 7],
      ['text', '2', 7],
      ['close', 'sub', 7],
      ['text', 'O &amp; <&amp;>', 7],
      ['close', 'title', 7],
      ['open', 'ee', '', true, 7],
      ['close', 'article', 7],
      ['text', '\n', 7],
      ['close', 'dblp', 8],
      ['text', '\n', 8],
      ['end', 8],
    ]);
  });

  it.each([1, 2, 3, 7, 64])('sends the same events when the input comes %i characters at a time', (size) => {
    expect(events(DOCUMENT, size)).toEqual(events(DOCUMENT));
  });

  it('reports a "<" that starts no tag and reads on after it', () => {
    expect(events('<a>x < y</a>')).toEqual([
      ['open', 'a', '', false, 1],
      ['text', 'x ', 1],
      ['malformed', 'expected a tag name after "<", got "< y</a>"', 1],
      ['text', ' y', 1],
      ['close', 'a', 1],
      ['end', 1],
    ]);
  });

  it('reports a start tag cut off by the next tag', () => {
    expect(events('<a>\n<b key="x"\n<c>')).toEqual([
      ['open', 'a', '', false, 1],
      ['text', '\n', 1],
      ['malformed', 'start tag "<b key=\\"x\\"" is not closed with ">"', 2],
      ['text', 'b key="x"\n', 2],
      ['open', 'c', '', false, 3],
      ['end', 3],
    ]);
  });

  it('reports markup still open at the end of the input', () => {
    expect(events('<a><!-- never closed')).toEqual([
      ['open', 'a', '', false, 1],
      ['malformed', 'comment is not closed before the end of the file', 1],
      ['text', '!-- never closed', 1],
      ['end', 1],
    ]);
  });
});
