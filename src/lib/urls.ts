// Every internal link goes through here, so the site works under a sub-path
// (BASE_PATH) exactly as it does at the root. Paths keep Hugo's URLs.
import { noteSlugOf, daySlugOf } from './days.ts';
import type { Note } from './types.ts';

/** Joins the configured base (`/` or `/kubecon24/`) with a site path that starts with `/`. */
export function withBase(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

export const homePath = '/';
export const tagIndexPath = '/tags/';

export function dayPath(daySlug: string): string {
  return `/${daySlug}/`;
}

export function notePath(note: Note): string {
  return `/${daySlugOf(note)}/${noteSlugOf(note)}/`;
}

export function tagPath(tagSlug: string): string {
  return `/tags/${encodeURIComponent(tagSlug)}/`;
}
