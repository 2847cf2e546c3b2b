// The one callout the site draws, whatever wrote it: a GitHub alert
// (`> [!WARNING]`) or a Hugo theme's shortcode (`notice`, `hint`, `alert`,
// `callout`). Each theme names its kinds and colours differently; they all
// map onto GitHub's five, so a note reads alike on GitHub and on the site.
import type { BlockContent, Blockquote, DefinitionContent } from 'mdast';

export type CalloutKind = 'note' | 'tip' | 'important' | 'warning' | 'caution';

const calloutLabels: Record<CalloutKind, string> = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
};

// Relearn's styles and colours, Book's hints, Docsy's colours and the callout types of Hextra and others.
const aliases: Record<string, CalloutKind> = {
  note: 'note',
  info: 'note',
  primary: 'note',
  secondary: 'note',
  accent: 'note',
  default: 'note',
  blue: 'note',
  grey: 'note',
  tip: 'tip',
  success: 'tip',
  green: 'tip',
  important: 'important',
  magenta: 'important',
  warning: 'warning',
  orange: 'warning',
  caution: 'caution',
  danger: 'caution',
  error: 'caution',
  red: 'caution',
};

/** The kind a theme's style, colour or type word stands for; notes for the rest. */
export function calloutKind(word: string | undefined): CalloutKind {
  return aliases[(word ?? '').toLowerCase()] ?? 'note';
}

const icons: Record<CalloutKind, string> = { note: 'i', tip: '✓', important: '!', warning: '!', caution: '×' };

/**
 * A callout as Markdown nodes: a `role="note"` box whose first line is its
 * visible label (the kind, or the title the author gave), then its content.
 */
export function calloutNode(kind: CalloutKind, title: string | undefined, children: (BlockContent | DefinitionContent)[]): Blockquote {
  return {
    type: 'blockquote',
    data: { hName: 'div', hProperties: { className: ['callout', `callout-${kind}`], role: 'note' } },
    children: [
      {
        type: 'paragraph',
        data: { hProperties: { className: ['callout-title'] } },
        children: [
          { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['callout-icon'], ariaHidden: 'true' } }, children: [{ type: 'text', value: icons[kind] }] },
          { type: 'text', value: title || calloutLabels[kind] },
        ],
      },
      ...children,
    ],
  };
}
