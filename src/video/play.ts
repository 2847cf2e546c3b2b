// The video facade's play button, in the browser. Each facade
// (src/markdown/video-facade.ts) starts as a link to the video on its host;
// this swaps the link for a button, and a press of it for the host's player,
// from the privacy-enhanced address in `data-video-embed`. Nothing is fetched
// from the host before that. Runs as a bundled module, so the CSP allows it.

function player(embed: string, title: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = embed;
  frame.title = title;
  frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
  frame.allowFullscreen = true;
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  return frame;
}

function playButton(title: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'video-play';
  // Starts with the visible word, so speech users can say what they see.
  button.setAttribute('aria-label', `Play video: ${title}`);
  const icon = document.createElement('span');
  icon.className = 'video-play-icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '▶';
  button.append(icon, 'Play');
  return button;
}

export function enhanceVideos(): void {
  for (const facade of document.querySelectorAll<HTMLElement>('figure.video-facade[data-video-embed]')) {
    const link = facade.querySelector<HTMLAnchorElement>(':scope > a.video-play');
    const embed = facade.dataset.videoEmbed!;
    const title = facade.dataset.videoTitle ?? 'Video';
    if (!link) continue;
    const button = playButton(title);
    button.addEventListener('click', () => {
      const frame = player(embed, title);
      button.replaceWith(frame);
      facade.classList.add('playing');
      frame.focus();
    });
    link.replaceWith(button);
  }
}
