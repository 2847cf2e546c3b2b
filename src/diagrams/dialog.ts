// The full-size view of a diagram: a click, Enter or Space on a diagram opens
// it in a modal <dialog>, drawn larger where there is room and pannable where
// there is not (touch and scrollbars natively, a mouse by dragging, keys by
// scrolling the focused frame). Esc, the close button or a click on the
// backdrop closes it. Without JavaScript none of this exists and the page
// reads as before: everything here is added by this script.
//
// The SVG itself moves into the dialog and back, rather than a copy: its ids
// and its scoped <style> stay unique on the page.
import { fullSizeScale, viewBoxSize } from '../lib/full-size.ts';

interface Opened {
  trigger: HTMLElement;
  svg: SVGSVGElement;
  placeholder: HTMLElement;
  style: string | null;
}

function createDialog(): { dialog: HTMLDialogElement; title: HTMLElement; frame: HTMLElement } {
  const dialog = document.createElement('dialog');
  dialog.className = 'diagram-dialog';
  dialog.setAttribute('aria-labelledby', 'diagram-dialog-title');
  dialog.innerHTML = `<div class="diagram-dialog-bar">
      <h2 id="diagram-dialog-title"></h2>
      <button type="button" class="diagram-dialog-close" aria-label="Close">×</button>
    </div>
    <div class="diagram-dialog-frame" tabindex="0" role="region" aria-label="Diagram, scroll to pan"></div>`;
  document.body.append(dialog);
  return {
    dialog,
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

export function enhanceDiagrams(): void {
  const triggers = [...document.querySelectorAll<HTMLElement>('figure.diagram > .diagram-scroll')].filter((trigger) =>
    trigger.querySelector(':scope > svg'),
  );
  if (triggers.length === 0) return;
  const { dialog, title, frame } = createDialog();
  let opened: Opened | undefined;

  function open(trigger: HTMLElement): void {
    const svg = trigger.querySelector<SVGSVGElement>(':scope > svg')!;
    const placeholder = document.createElement('div');
    placeholder.className = 'diagram-placeholder';
    // Keeps the figure's place on the page while its SVG is in the dialog.
    placeholder.style.cssText = svg.getAttribute('style') ?? '';
    opened = { trigger, svg, placeholder, style: svg.getAttribute('style') };
    svg.replaceWith(placeholder);
    title.textContent = diagramName(svg);
    frame.replaceChildren(svg);
    dialog.showModal();
    const size = viewBoxSize(svg.getAttribute('viewBox'));
    if (size) {
      const padding = getComputedStyle(frame);
      const space = {
        width: frame.clientWidth - parseFloat(padding.paddingLeft) - parseFloat(padding.paddingRight),
        height: frame.clientHeight - parseFloat(padding.paddingTop) - parseFloat(padding.paddingBottom),
      };
      const scale = fullSizeScale(size, space);
      svg.setAttribute('style', `width: ${size.width * scale}px; height: ${size.height * scale}px`);
    }
    frame.scrollTo(0, 0);
    frame.focus();
  }

  dialog.addEventListener('close', () => {
    if (!opened) return;
    const { trigger, svg, placeholder, style } = opened;
    opened = undefined;
    if (style === null) svg.removeAttribute('style');
    else svg.setAttribute('style', style);
    placeholder.replaceWith(svg);
    trigger.focus();
  });
  dialog.querySelector('.diagram-dialog-close')!.addEventListener('click', () => dialog.close());
  // The dialog fills its box, so a click whose target is the dialog itself landed on the backdrop.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dragToPan(frame);

  for (const trigger of triggers) {
    const name = diagramName(trigger.querySelector<SVGSVGElement>(':scope > svg')!);
    trigger.tabIndex = 0;
    trigger.setAttribute('role', 'button');
    trigger.setAttribute('aria-haspopup', 'dialog');
    trigger.setAttribute('aria-label', `${name}: open full size`);
    trigger.title = 'Open full size';
    trigger.addEventListener('click', () => open(trigger));
    trigger.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      open(trigger);
    });
  }
}
