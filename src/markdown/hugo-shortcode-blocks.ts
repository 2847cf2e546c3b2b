// Turns the markers hugo-shortcode-expansion.ts left in a note's Markdown
// tree into what they stand for: callouts and `details` around the blocks
// between their start and end, a figure around a `figure`'s image, and the
// video facade. A marker that sits inside a paragraph (a tag with text on its
// line) splits the paragraph, as Hugo's block shortcodes do.
import type { BlockContent, DefinitionContent, Html, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { calloutKind, calloutNode } from './callout.ts';
import { markerId, type ShortcodeMarker } from './hugo-shortcode-expansion.ts';
import { writtenTag } from './hugo-shortcode-syntax.ts';
import { type VideoHost, videoFacadeNode, videoIdProblem } from './video-facade.ts';

type Problems = { line: number; message: string }[];
type Markers = ReadonlyMap<number, ShortcodeMarker>;
type Block = BlockContent | DefinitionContent;

const isMarker = (node: Nodes): node is Html => node.type === 'html' && markerId(node.value) !== undefined;
const idOf = (node: Html) => markerId(node.value)!;

function figureNode(marker: ShortcodeMarker, image: PhrasingContent | undefined): Paragraph {
  const { caption, title } = marker.tag.named;
  const captionText = [title, caption].filter(Boolean).join(': ');
  return {
    type: 'paragraph',
    data: { hName: 'figure' },
    children: [
      ...(image ? [image] : []),
      ...(captionText ? [{ type: 'emphasis', data: { hName: 'figcaption' }, children: [{ type: 'text', value: captionText }] } satisfies PhrasingContent] : []),
    ],
  };
}

function videoNode(marker: ShortcodeMarker, problems: Problems): Paragraph | undefined {
  const { tag } = marker;
  const host = tag.name as VideoHost;
  const id = tag.named.id ?? tag.positional[0];
  const problem = videoIdProblem(host, id);
  if (problem) {
    problems.push({ line: tag.line, message: problem });
    return undefined;
  }
  const start = Number(tag.named.start);
  return videoFacadeNode({ host, id: id!, title: tag.named.title, start: Number.isInteger(start) && start > 0 ? start : undefined });
}

/** Splits a paragraph at its markers: the text between stays paragraphs, each marker (with a figure's image) stands alone. */
function splitParagraph(paragraph: Paragraph, markers: Markers, problems: Problems): Block[] {
  const blocks: Block[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    if (run.some((node) => node.type !== 'text' || node.value.trim() !== '')) blocks.push({ type: 'paragraph', children: trimRun(run) });
    run = [];
  };
  for (const node of paragraph.children) {
    if (!isMarker(node)) {
      run.push(node);
      continue;
    }
    const marker = markers.get(idOf(node))!;
    if (marker.role === 'single' && marker.tag.name === 'figure') {
      const image = run.pop();
      flush();
      blocks.push(figureNode(marker, image));
      continue;
    }
    flush();
    blocks.push(marker.role === 'single' ? (videoNode(marker, problems) ?? { type: 'paragraph', children: [] }) : { type: 'html', value: node.value });
  }
  flush();
  return blocks;
}

function trimRun(run: PhrasingContent[]): PhrasingContent[] {
  const [first, last] = [run[0], run.at(-1)];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return run.filter((node) => node.type !== 'text' || node.value !== '');
}

function containerNode(open: ShortcodeMarker, children: Block[]): Block {
  const { name, named, positional } = open.tag;
  if (name === 'details') {
    const summary = named.summary ?? named.title ?? positional.find((value) => value !== 'open') ?? 'Details';
    const opened = named.open === 'true' || positional.includes('open');
    return {
      type: 'blockquote',
      data: { hName: 'details', hProperties: opened ? { open: true } : {} },
      children: [{ type: 'paragraph', data: { hName: 'summary' }, children: [{ type: 'text', value: summary }] }, ...children],
    };
  }
  const word = named.style ?? named.type ?? named.color ?? named.context ?? positional[0];
  const title = named.title ?? (name === 'notice' ? positional[1] : undefined);
  return calloutNode(calloutKind(word), title, children);
}

/** Wraps what lies between each start and end marker among one parent's children. */
function pairWithin(parent: Parent, markers: Markers): void {
  const children = parent.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (!isMarker(node)) continue;
    const marker = markers.get(idOf(node))!;
    if (marker.role !== 'close') continue;
    const start = children.findIndex((candidate) => isMarker(candidate) && idOf(candidate) === marker.open);
    if (start === -1 || start > i) continue;
    const inner = children.slice(start + 1, i) as Block[];
    children.splice(start, i - start + 1, containerNode(markers.get(marker.open)!, inner) as RootContent);
    i = start;
  }
}

/** Replaces every marker in `tree`; returns the problems, each at its line in the source. */
export function placeShortcodes(tree: Root, markers: Markers): Problems {
  const problems: Problems = [];
  if (markers.size === 0) return problems;
  visit(tree, 'paragraph', (node, index, parent) => {
    if (!parent || index === undefined || !node.children.some(isMarker)) return undefined;
    const blocks = splitParagraph(node, markers, problems);
    parent.children.splice(index, 1, ...(blocks as RootContent[]));
    return index + blocks.length;
  });
  const parents: Parent[] = [];
  visit(tree, (node) => {
    if ('children' in node) parents.push(node);
  });
  for (const parent of parents.reverse()) pairWithin(parent, markers);
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined || !isMarker(node)) return undefined;
    const marker = markers.get(idOf(node))!;
    // A figure's image stays where it is, in a table cell or heading.
    if (marker.role === 'single' && marker.tag.name !== 'figure') {
      const video = videoNode(marker, problems);
      parent.children.splice(index, 1, ...(video ? [video] : []));
      return index;
    }
    if (marker.role === 'open') {
      const { name, delimiter } = marker.tag;
      problems.push({
        line: marker.tag.line,
        message: `Hugo shortcode ${writtenTag(name, delimiter)} must end in the block it starts in; write it and ${writtenTag(name, delimiter, true)} on lines of their own, around whole paragraphs or lists`,
      });
    }
    parent.children.splice(index, 1);
    return index;
  });
  return problems;
}
