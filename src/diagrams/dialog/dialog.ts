// The full-size view of a diagram (and, through photos.ts, of a photo): a click on a diagram, or its "Full size"
// button (Enter or Space from the keyboard), opens it in a modal <dialog>,
// drawn larger where there is room and pannable where there is not: touch and
// scrollbars natively, a mouse by dragging, keys by scrolling the focused
// frame. Esc, the close button or a click on the backdrop closes it. Without
// JavaScript none of this exists and the page reads as before: everything
// here is added by this script.
//
// The SVG itself moves into the dialog and back, rather than a copy: its ids
// and its scoped <style> stay unique on the page.
import { fullSizeScale, viewBoxSize } from './full-size.ts';

interface Opened {
  trigger: HTMLElement;
  /** Puts back what the dialog showed, once it closed. */
  restore: () => void;
}

export interface FullSizeDialog {
  element: HTMLDialogElement;
  frame: HTMLElement;
  /** Shows `content` (a `kind`: "Diagram", "Photo") under `title`; on close, `restore` runs and focus returns to `trigger`. */
  show: (shown: { kind: string; title: string; content: Element }, trigger: HTMLElement, restore: () => void) => void;
  /** Puts what the dialog last showed back on the page, if its close event has not yet done so. */
  putBack: () => void;
}

function createDialog(): { element: HTMLDialogElement; title: HTMLElement; frame: HTMLElement } {
  const dialog = document.createElement('dialog');
  dialog.className = 'diagram-dialog';
  dialog.setAttribute('aria-labelledby', 'diagram-dialog-title');
  dialog.innerHTML = `<div class="diagram-dialog-bar">
      <h2 id="diagram-dialog-title"></h2>
      <button type="button" class="diagram-dialog-close" aria-label="Close">×</button>
    </div>
    <div class="diagram-dialog-frame" tabindex="0" role="region"></div>`;
  document.body.append(dialog);
  return {
    element: dialog,
    title: dialog.querySelector('h2')!,
    frame: dialog.querySelector<HTMLElement>('.diagram-dialog-frame')!,
  };
}

/** The name a screen reader gives the diagram: its aria-label, else its <title>. */
function diagramName(svg: SVGSVGElement): string {
  return svg.getAttribute('aria-label') ?? svg.querySelector('title')?.textContent?.trim() ?? 'Diagram';
}

/** A mouse drags the frame to pan it; touch already pans by scrolling. */
function dragToPan(frame: HTMLElement): void {
  let start: { x: number; y: number; left: number; top: number } | undefined;
  frame.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'mouse' || event.button !== 0) return;
    start = { x: event.clientX, y: event.clientY, left: frame.scrollLeft, top: frame.scrollTop };
    frame.setPointerCapture(event.pointerId);
    frame.classList.add('dragging');
  });
  frame.addEventListener('pointermove', (event) => {
    if (!start) return;
    frame.scrollLeft = start.left - (event.clientX - start.x);
    frame.scrollTop = start.top - (event.clientY - start.y);
  });
  const stop = () => {
    start = undefined;
    frame.classList.remove('dragging');
  };
  frame.addEventListener('pointerup', stop);
  frame.addEventListener('pointercancel', stop);
}

/** The "Full size" button for one diagram: visible, so touch screens have something to tap, and named after the diagram. */
export function fullSizeButton(name: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'diagram-expand';
  button.setAttribute('aria-haspopup', 'dialog');
  // Starts with the visible words, so speech users can say what they see.
  button.setAttribute('aria-label', `Full size: ${name}`);
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '⤢ ';
  button.append(icon, 'Full size');
  return button;
}

let shared: FullSizeDialog | undefined;

/** The page's one full-size dialog, for its diagrams and its photos alike. */
export function fullSizeDialog(): FullSizeDialog {
  if (shared) return shared;
  const dialog = createDialog();
  let opened: Opened | undefined;
  // The dialog's close event comes a task after it closes, while the browser puts
  // focus back at once: a reader quick enough (Esc, then Space) can open it again
  // first, with the last content still in the dialog. So that content goes back on
  // the page on whichever comes first, the close event or the next opening.
  const putBack = (): HTMLElement | undefined => {
    if (!opened) return undefined;
    const { trigger, restore } = opened;
    opened = undefined;
    restore();
    return trigger;
  };
  dialog.element.addEventListener('close', () => {
    // Opened again before this event came: that content stays.
    if (dialog.element.open) return;
    putBack()?.focus();
  });
  dialog.element.querySelector('.diagram-dialog-close')!.addEventListener('click', () => dialog.element.close());
  // The dialog fills its box, so a click whose target is the dialog itself landed on the backdrop.
  dialog.element.addEventListener('click', (event) => {
    if (event.target === dialog.element) dialog.element.close();
  });
  dragToPan(dialog.frame);
  const show: FullSizeDialog['show'] = ({ kind, title, content }, trigger, restore) => {
    putBack();
    opened = { trigger, restore };
    dialog.title.textContent = title;
    dialog.frame.setAttribute('aria-label', `${kind}, scroll to pan`);
    dialog.frame.replaceChildren(content);
    dialog.element.showModal();
    dialog.frame.scrollTo(0, 0);
    dialog.frame.focus();
  };
  shared = { element: dialog.element, frame: dialog.frame, show, putBack };
  return shared;
}

/** Draws the diagram larger where the frame has room, never below its natural size. */
function fitDiagram(svg: SVGSVGElement, frame: HTMLElement): void {
  const size = viewBoxSize(svg.getAttribute('viewBox'));
  if (!size) return;
  const padding = getComputedStyle(frame);
  const space = {
    width: frame.clientWidth - parseFloat(padding.paddingLeft) - parseFloat(padding.paddingRight),
    height: frame.clientHeight - parseFloat(padding.paddingTop) - parseFloat(padding.paddingBottom),
  };
  const scale = fullSizeScale(size, space);
  svg.setAttribute('style', `width: ${size.width * scale}px; height: ${size.height * scale}px`);
}

export function enhanceDiagrams(): void {
  const frames = [...document.querySelectorAll<HTMLElement>('figure.diagram > .diagram-scroll')].filter((frame) => frame.querySelector(':scope > svg'));
  if (frames.length === 0) return;
  const dialog = fullSizeDialog();

  function open(frame: HTMLElement, trigger: HTMLElement): void {
    // The SVG may still be in the dialog, closed a moment ago.
    dialog.putBack();
    const svg = frame.querySelector<SVGSVGElement>(':scope > svg')!;
    const placeholder = document.createElement('div');
    placeholder.className = 'diagram-placeholder';
    // Keeps the figure's place on the page while its SVG is in the dialog.
    const style = svg.getAttribute('style');
    placeholder.style.cssText = style ?? '';
    svg.replaceWith(placeholder);
    dialog.show({ kind: 'Diagram', title: diagramName(svg), content: svg }, trigger, () => {
      if (style === null) svg.removeAttribute('style');
      else svg.setAttribute('style', style);
      placeholder.replaceWith(svg);
    });
    fitDiagram(svg, dialog.frame);
    dialog.frame.scrollTo(0, 0);
  }

  for (const frame of frames) {
    // The button is the keyboard's and screen readers' way in; a click anywhere on the diagram works too.
    const button = fullSizeButton(diagramName(frame.querySelector<SVGSVGElement>(':scope > svg')!));
    button.addEventListener('click', () => open(frame, button));
    frame.addEventListener('click', () => open(frame, button));
    frame.classList.add('opens-full-size');
    frame.before(button);
  }
}
