// The Content Security Policy every page carries, as a <meta> Astro writes
// (security.csp). Scripts run only from this site or, inline, by hash: Astro
// hashes the scripts it bundles, and the one hand-written inline script (the
// theme, which must run before first paint) is hashed here. Nothing else may
// run, load plugins or post forms off the site.
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { videoFrameOrigins } from '../markdown/video-facade.ts';
import { themeHeadScript } from '../theme/head-script.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

const sha256 = (script: string) => `sha256-${createHash('sha256').update(script).digest('base64')}` as const;

export const contentSecurityPolicy: CspConfig = {
  directives: [
    "default-src 'self'",
    // Notes may show images from anywhere on the web; images cannot run code.
    "img-src 'self' https: data:",
    // Talk recordings play from the hosts' privacy-enhanced players only, once the reader clicks play.
    `frame-src ${videoFrameOrigins.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: {
    // Pagefind's search runs as WebAssembly, which CSP treats as eval unless allowed.
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: [sha256(themeHeadScript)],
  },
  styleDirective: {
    // Shiki colours code with style attributes and each diagram SVG carries its own
    // <style>, so inline styles stay allowed (Astro then emits no style hashes).
    // Styles cannot run script; the policy's job here is scripts.
    resources: ["'self'", "'unsafe-inline'"],
  },
};
