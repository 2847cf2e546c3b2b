// A talk recording as a click-to-play facade: a box with a play link, the
// video's title and a link to it on its host. Nothing is fetched from the host
// until the reader asks: src/video/play.ts turns the box's link into a play
// button that swaps in the player, from the host's privacy-enhanced domain
// (youtube-nocookie.com; player.vimeo.com with dnt=1), which the CSP allows as
// the only frame sources. Without JavaScript the links are all there is.
import type { Paragraph } from 'mdast';
// Types `data.hName` and `data.hProperties` on Markdown nodes.
import type {} from 'mdast-util-to-hast';

export type VideoHost = 'youtube' | 'vimeo';

interface Video {
  host: VideoHost;
  id: string;
  title?: string;
  /** Seconds from the start. */
  start?: number;
}

const hosts: Record<VideoHost, { name: string; watch: (video: Video) => string; embed: (video: Video) => string }> = {
  youtube: {
    name: 'YouTube',
    watch: ({ id, start }) => `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`,
    embed: ({ id, start }) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start ? `&start=${start}` : ''}`,
  },
  vimeo: {
    name: 'Vimeo',
    watch: ({ id, start }) => `https://vimeo.com/${id}${start ? `#t=${start}s` : ''}`,
    embed: ({ id, start }) => `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1${start ? `#t=${start}s` : ''}`,
  },
};

/** The origins the players load from, for the CSP's frame-src. */
export const videoFrameOrigins = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

/** What is wrong with a video id, or undefined: ids go into URLs, so only the characters hosts use. */
export function videoIdProblem(host: VideoHost, id: string | undefined): string | undefined {
  const pattern = host === 'youtube' ? /^[\w-]{6,20}$/ : /^\d{3,15}$/;
  if (id && pattern.test(id)) return undefined;
  const example = host === 'youtube' ? '{{< youtube id="dQw4w9WgXcQ" >}}' : '{{< vimeo id="146022717" >}}';
  return `the ${host} shortcode needs the video's id, such as ${example} (found ${id ? `"${id}"` : 'none'})`;
}

export function videoFacadeNode(video: Video): Paragraph {
  const host = hosts[video.host];
  const title = video.title || `${host.name} video ${video.id}`;
  const watch = host.watch(video);
  return {
    type: 'paragraph',
    data: { hName: 'figure', hProperties: { className: ['video-facade'], dataVideoEmbed: host.embed(video), dataVideoTitle: title } },
    children: [
      {
        type: 'link',
        url: watch,
        data: { hProperties: { className: ['video-play'] } },
        children: [
          { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['video-play-icon'], ariaHidden: 'true' } }, children: [{ type: 'text', value: '▶' }] },
          { type: 'text', value: `Play on ${host.name}: ${title}` },
        ],
      },
      {
        type: 'emphasis',
        data: { hName: 'figcaption' },
        children: [
          { type: 'strong', data: { hName: 'span', hProperties: { className: ['video-title'] } }, children: [{ type: 'text', value: title }] },
          { type: 'text', value: ' · ' },
          { type: 'link', url: watch, children: [{ type: 'text', value: `Watch on ${host.name}` }] },
        ],
      },
    ],
  };
}
