import { escapeAttr, escapeText, safeComment } from './escape';
import type { XmlAttr, XmlElement, XmlNode } from './xml-tree';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>';
const INDENT = '    ';

/**
 * Writes a document the way Kodi does: its declaration, four-space indents, one element per line,
 * `<name />` for empty elements. Elements that mix text and child elements are written inline so
 * their text is not changed.
 */
export function serializeDocument(nodes: readonly XmlNode[], tail: string, newline: string): string {
  const lines = [XML_DECLARATION];
  for (const node of nodes) writeNode(node, 0, lines);
  let out = lines.join(newline) + newline;
  if (tail.trim() !== '') out += tail.trim().split(/\r?\n/).map((line) => line.trim()).join(newline) + newline;
  return out;
}

function writeNode(node: XmlNode, depth: number, lines: string[]): void {
  const pad = INDENT.repeat(depth);
  switch (node.kind) {
    case 'comment':
      lines.push(`${pad}<!--${safeComment(node.value)}-->`);
      return;
    case 'pi':
      lines.push(`${pad}<?${node.name}${attrs(node.attrs)}?>`);
      return;
    case 'text':
      if (node.value.trim() !== '') lines.push(pad + escapeText(node.value.trim()));
      return;
    case 'element': {
      const open = `${pad}<${node.name}${attrs(node.attrs)}`;
      const content = node.children.filter((c) => c.kind !== 'text' || c.value.trim() !== '');
      if (content.length === 0) lines.push(`${open} />`);
      else if (content.every((c) => c.kind === 'text')) lines.push(`${open}>${escapeText(textContent(node))}</${node.name}>`);
      else if (content.some((c) => c.kind === 'text')) lines.push(`${open}>${inline(node.children)}</${node.name}>`);
      else {
        lines.push(`${open}>`);
        for (const child of content) writeNode(child, depth + 1, lines);
        lines.push(`${pad}</${node.name}>`);
      }
    }
  }
}

function textContent(el: XmlElement): string {
  let text = '';
  for (const child of el.children) if (child.kind === 'text') text += child.value;
  return text.trim();
}

function inline(nodes: readonly XmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += escapeText(node.value);
    else if (node.kind === 'comment') out += `<!--${safeComment(node.value)}-->`;
    else if (node.kind === 'pi') out += `<?${node.name}${attrs(node.attrs)}?>`;
    else out += node.children.length === 0 ? `<${node.name}${attrs(node.attrs)} />` : `<${node.name}${attrs(node.attrs)}>${inline(node.children)}</${node.name}>`;
  }
  return out;
}

function attrs(list: readonly XmlAttr[]): string {
  return list.map((a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('');
}
