/**
 * Text safe inside an XML attribute value or element: the five special
 * characters as entities, and characters XML 1.0 forbids (C0 controls other
 * than tab and line breaks, lone surrogates) removed, since no entity can
 * stand for them.
 *
 * @example escapeXml('Tom & "Jerry" <3') // 'Tom &amp; &quot;Jerry&quot; &lt;3'
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu, '')
    .replace(/[&<>"']/gu, (char) => ENTITIES[char as keyof typeof ENTITIES]);
}

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' } as const;
