// The little of the DOM that extraction uses. The project compiles without the DOM library (it runs on
// linkedom, not in a browser), so these interfaces name exactly what we call.

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  closest(selector: string): DomElement | null;
  matches(selector: string): boolean;
  readonly children: ArrayLike<DomElement>;
}

export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  head: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Whitespace runs (with non-breaking and zero-width spaces) to one space, trimmed. */
export function squash(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(/\u200b|\u200c|\u200d|\ufeff/g, '').replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/**
 * "class id" of an element, lower-cased: what class-name heuristics read. An id made from a heading
 * ("sharing-with-a-single-developer", an anchor in documentation) names no widget and is left out.
 */
export function classAndId(el: DomElement): string {
  const id = el.getAttribute('id') ?? '';
  return `${el.getAttribute('class') ?? ''} ${id.split(/[-_]/).length > 3 ? '' : id}`.toLowerCase();
}
