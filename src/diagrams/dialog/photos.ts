// The full-size view of a note's photos, in the diagrams' dialog: a click on
// a photo, or its "Full size" button, opens the photo's full-resolution file
// (its link's target) fitted to the dialog; touch screens zoom into it.
// Without JavaScript the photo is a plain link to that file.
import { fullSizeButton, fullSizeDialog } from './dialog.ts';

function open(link: HTMLAnchorElement, img: HTMLImageElement, trigger: HTMLElement): void {
  const full = document.createElement('img');
  full.className = 'photo-full-size';
  full.src = link.href;
  full.alt = img.alt;
  full.width = img.width;
  full.height = img.height;
  fullSizeDialog().show({ kind: 'Photo', title: img.alt || 'Photo', content: full }, trigger, () => full.remove());
}

export function enhancePhotos(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.photo > a.photo-link[href]')) {
    const img = link.querySelector('img');
    if (!img) continue;
    const button = fullSizeButton(img.alt || 'Photo');
    button.addEventListener('click', () => open(link, img, button));
    link.addEventListener('click', (event) => {
      event.preventDefault();
      open(link, img, button);
    });
    // The button is the keyboard's way in; the link stays the mouse's, without a second tab stop.
    link.tabIndex = -1;
    link.before(button);
  }
}
