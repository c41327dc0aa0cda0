// Readability's content element → paragraphs with what the markup says about them. Readability finds
// the article's container; inside it, pages still put photo captions and credits, share rows, link lists,
// "Image 1 of 9" galleries and promos. The markup tells most of them apart where text alone cannot:
// a <figcaption> is a caption, a "share" box is furniture, a shouted headline that is one link is a promo.
import { creditOf } from './plaintext.js';
import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE, classAndId } from './dom.js';
import type { ExtractLexicon } from './lexicon.js';
import type { Paragraph } from './plaintext.js';

/** Elements that start a new paragraph. */
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'CAPTION', 'DD', 'DT', 'DL', 'HR', 'ADDRESS',
  'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'CENTER', 'BR',
]);
/** Elements whose text is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'LABEL', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'MATH']);
const HEADING = /^H[1-6]$/;

// ---- named thresholds ----
/** A box whose text is mostly links is navigation or a related-links box. */
const LIST_LINK_DENSITY = 0.5;
/** A paragraph that is (almost) all link text is a promo or a link to another story. */
const BLOCK_LINK_DENSITY = 0.75;
/** …unless it is long: a paragraph of prose that happens to be linked is rare, a teaser is short. */
const MAX_PROMO_LENGTH = 400;
/** The headline after a promo's kicker is a line, not a paragraph. */
const MAX_HEADLINE_PROMO = 200;
/** Text in a figure outside its caption ("Image 1 of 9", "Close") is short; longer text is a caption. */
const MIN_FIGURE_CAPTION_LENGTH = 40;

/** A caption box holds a caption or two, not an article. */
const MAX_CAPTION_BOX = 700;
/** A furniture box (by its class name) is a small part of the content. */
const FURNITURE_BOX_SHARE = 0.25;

/** Class or id names of caption and credit elements. */
const CAPTION_CLASS = /(?:^|[\s_-])(?:wp-caption-text|caption|captions|figcaption|imagecaption|image-caption|photo-caption|media-caption|img-caption|cutline)(?:$|[\s_-])/;
const CREDIT_CLASS = /(?:^|[\s_-])(?:credit|credits|photo-?credit|image-?credit|img-?credit|copyright|photographer|source-credit|attribution)(?:$|[\s_-])/;
/** Class or id names of a standfirst (dek) element. */
const DEK_CLASS = /(?:^|[\s_-])(?:dek|standfirst|stand-first|subtitle|sub-title|subheadline|sub-headline|deck|strapline|article-summary|summary-text|lede-summary)(?:$|[\s_-])/;
/** A standfirst is a sentence or two. */
const MAX_DEK_CHARS = 400;

/** Class or id names of boxes inside articles that are not the article. */
const FURNITURE_CLASS = /(?:^|[\s_-])(?:share|sharing|social|newsletter|signup|sign-up|subscribe|subscription|promo|recirc|related|recommended|more-stories|most-popular|mostpopular|trending|tags|tag-list|topics|breadcrumbs?|advert|advertisement|ad-container|ad-slot|adslot|dfp|outbrain|taboola|sponsored|paywall|comments?|disqus|toolbar|print-only|visually-hidden|sr-only|screen-reader-text|inline-list|read-more|readmore|see-also|also-read)(?:$|[\s_-])/;
/** A line that is only a photo credit ("Photo: Jane Doe / AP", "Credit: EPA", "(Getty Images)"). */
const CREDIT_LINE = /^(?:[([]\s*)?(?:(?:photo|photograph|image|picture|pictures|foto|credit|illustration|graphic|video|source|photos|images)s?(?:\s+credit)?\s*[:：]\s*\S.{0,120}|(?:©|\(c\))\s*.{2,120}|(?:getty images|ap photo|reuters|afp|epa|shutterstock|istock|alamy)\b.{0,100})(?:\s*[)\]])?$/iu;

export interface WalkedBlock extends Paragraph {
  /** Share of the text inside links. */
  linkDensity: number;
}

interface Context {
  dek: boolean;
  figure: boolean;
  caption: boolean;
  credit: boolean;
  furniture: boolean;
  heading: boolean;
  list: DomElement | null;
}

/** Paragraphs of the content element, with roles the markup decides (caption, heading, furniture). */
export function walkContent(root: DomElement, lex: ExtractLexicon): Paragraph[] {
  const rootChars = squashedLength(root);
  // Class names are a hint, not a verdict: "entry-content-read-more" wraps a whole article. A box is only
  // furniture when it is a small part of the content, or mostly links.
  const smallBox = (el: DomElement, share: number) => {
    const chars = squashedLength(el);
    return chars <= rootChars * share || linkShare(el, chars) > LIST_LINK_DENSITY;
  };
  const blocks: (WalkedBlock & { list: DomElement | null; figure: boolean; creditText?: string })[] = [];
  let text = '';
  let linkChars = 0;
  let creditStart = -1;
  let creditEnd = -1;
  let ctx: Context = { dek: false, figure: false, caption: false, credit: false, furniture: false, heading: false, list: null };

  const flush = () => {
    const raw = text;
    text = '';
    const links = linkChars;
    linkChars = 0;
    const cs = creditStart;
    const ce = creditEnd;
    creditStart = -1;
    creditEnd = -1;
    const clean = tidy(raw);
    if (!clean) return;
    const block: WalkedBlock & { list: DomElement | null; figure: boolean; creditText?: string } = {
      text: clean,
      linkDensity: Math.min(1, links / Math.max(1, clean.length)),
      list: ctx.list,
      figure: ctx.figure,
    };
    if (ctx.furniture) block.role = 'furniture';
    else if (ctx.caption || ctx.credit) block.role = 'caption';
    else if (ctx.heading) block.role = 'heading';
    else if (ctx.dek) block.role = 'dek';
    if (cs >= 0 && ce > cs) block.creditText = tidy(raw.slice(cs, ce)) || undefined;
    blocks.push(block);
  };

  const walk = (node: DomNode, inLink: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const t = node.textContent ?? '';
      text += t;
      if (inLink) linkChars += t.replace(/\s+/g, ' ').length;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as DomElement;
    const tag = el.tagName;
    if (SKIP.has(tag)) return;
    if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
    const block = BLOCK.has(tag);
    if (tag === 'BR') {
      flush();
      return;
    }
    const saved = ctx;
    if (block) {
      flush();
      const hint = classAndId(el);
      ctx = {
        dek: saved.dek || (DEK_CLASS.test(hint) && !HEADING.test(tag) && squashedLength(el) <= MAX_DEK_CHARS),
        figure: saved.figure || tag === 'FIGURE',
        caption: saved.caption || tag === 'FIGCAPTION' || (CAPTION_CLASS.test(hint) && !FURNITURE_CLASS.test(hint) && squashedLength(el) <= MAX_CAPTION_BOX),
        credit: saved.credit || (CREDIT_CLASS.test(hint) && squashedLength(el) <= MAX_CAPTION_BOX),
        furniture: saved.furniture || tag === 'NAV' || (FURNITURE_CLASS.test(hint) && smallBox(el, FURNITURE_BOX_SHARE)),
        heading: saved.heading || HEADING.test(tag),
        list: tag === 'UL' || tag === 'OL' ? el : saved.list,
      };
    } else {
      // An inline credit inside a caption: remember where it sits, so the caption keeps it as a span.
      const hint = classAndId(el);
      if (ctx.caption && creditStart < 0 && CREDIT_CLASS.test(hint)) {
        creditStart = text.length;
        for (const child of Array.from(el.childNodes)) walk(child, inLink || tag === 'A');
        creditEnd = text.length;
        return;
      }
    }
    const link = inLink || tag === 'A';
    for (const child of Array.from(el.childNodes)) walk(child, link);
    if (block) {
      flush();
      ctx = saved;
    }
  };
  walk(root, false);
  flush();

  // Lists of links stay: in an article they are its content as often as not (a reading list, sources,
  // products reviewed). Only a linked block that looks like a promo goes.
  const out: Paragraph[] = [];
  let promo = false;
  for (const b of blocks) {
    // A promo is often two linked lines: a shouted kicker ("RANDY ANDY"), then the headline.
    const linked = b.linkDensity >= BLOCK_LINK_DENSITY && b.text.length <= MAX_PROMO_LENGTH;
    const wasPromo = promo;
    promo = false;
    let role: Paragraph['role'] | 'credit' = b.role;
    if (role !== 'furniture') {
      if (linked && (looksLikePromo(b.text) || (wasPromo && b.text.length <= MAX_HEADLINE_PROMO))) {
        role = 'furniture';
        promo = true;
      }
      else if (CREDIT_LINE.test(b.text) && b.text.length < 160) role = role === 'caption' || b.figure ? 'credit' : 'furniture';
      else if (b.figure && role !== 'caption') role = b.text.length >= MIN_FIGURE_CAPTION_LENGTH ? 'caption' : 'furniture';
    }
    const paragraph: Paragraph = { text: b.text };
    if (role === 'credit') {
      // A credit on its own line after its caption belongs to that caption.
      const prev = out.at(-1);
      if (prev && prev.role === 'caption' && !prev.credit) {
        const start = prev.text.length + 1;
        prev.text = `${prev.text} ${b.text}`;
        prev.credit = { start, end: prev.text.length };
      }
      continue;
    }
    if (role) paragraph.role = role;
    if (role === 'caption') {
      const inner = b.creditText ? b.text.lastIndexOf(b.creditText) : -1;
      if (b.creditText && inner > 0) paragraph.credit = { start: inner, end: inner + b.creditText.length };
      else if (b.creditText && inner === 0) paragraph.role = 'furniture'; // a credit with no caption
      else paragraph.credit = captionCredit(b.text, lex) ?? undefined;
    }
    out.push(paragraph);
  }
  return out;
}

/** A link to another story, by its look: a shouted headline, a "[VIDEO]" tag, a "Read more:" lead-in. */
const PROMO_LEAD = /^(?:(?:also|more|related|read|watch|see|listen|on|from|in case you missed it|recommended|trending|don['’]t miss|must read|editor['’]s picks?|top stories|latest)\b[^:]{0,60}[:|]\s*|also on \S+\s)/iu;
const PROMO_TAG = /\[[\p{Lu} ]{3,20}\]\s*\|?$/u;

function looksLikePromo(text: string): boolean {
  if (PROMO_LEAD.test(text) || PROMO_TAG.test(text)) return true;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return letters >= 8 && upper / letters > 0.9 && text.split(/\s+/).length >= 2;
}

/** "… (AP Photo/Jane Doe)", "… Photo: Jane Doe", "…Credit: EPA": the credit inside a caption's text. */
function captionCredit(text: string, lex: ExtractLexicon): { start: number; end: number } | null {
  const plain = creditOf(text, lex);
  if (plain) return plain;
  const m = /(?:^|[\s.)\p{Ll}])((?:Photo|Photograph|Image|Picture|Credit|Illustration|Foto|Source)s?(?:\s+credit)?\s*[:：]\s*[^.]{2,120}?)\s*$/u.exec(text);
  if (m && m.index + m[0].length - m[1].length > 0) {
    const start = text.length - m[0].length + m[0].indexOf(m[1]);
    const label = /^[^:：]+[:：]\s*/u.exec(m[1]);
    const s = start + (label ? label[0].length : 0);
    return s < text.length ? { start: s, end: text.trimEnd().length } : null;
  }
  return null;
}

function squashedLength(el: DomElement): number {
  return tidy(el.textContent ?? '').length;
}

function linkShare(el: DomElement, chars: number): number {
  if (!chars) return 0;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += tidy(a.textContent ?? '').length;
  return links / chars;
}

function tidy(text: string): string {
  return text.replace(/\u200b|\u200c|\u200d|\ufeff/g, '').replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}
