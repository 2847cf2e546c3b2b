import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { linkProblem, type SiteTargets } from '../../../src/links/resolve.ts';

const targets: SiteTargets = {
  pages: new Map<string, ReadonlySet<string>>([
    ['/', new Set(['days', 'tags'])],
    ['/day2/', new Set()],
    ['/day2/11_sidecarless/', new Set(['history', 'why-sidecar', 'control-plane'])],
    ['/day1/02_observability/', new Set(['collectors', 'sampling'])],
    ['/tags/service-mesh/', new Set()],
    ['/tags/überwachung/', new Set()],
    ['/favicon.svg', new Set()],
  ]),
  drafts: new Set(['/day1/06_draft/']),
};
const from = '/day2/11_sidecarless/';

describe('linkProblem', () => {
  test('accepts links to existing pages, headings and files, absolute or relative', () => {
    for (const href of ['/day2/', '/day1/02_observability/#sampling', '../../day1/02_observability/', '../', '#history', '/tags/service-mesh/', '/favicon.svg', '/day2/11_sidecarless']) {
      assert.equal(linkProblem(href, from, targets), undefined, href);
    }
  });

  test('accepts a percent-encoded path outside ASCII', () => {
    assert.equal(linkProblem('/tags/%C3%BCberwachung/', from, targets), undefined);
  });

  test('leaves external links alone', () => {
    for (const href of ['https://istio.io/x', 'mailto:a@b.c', '//cdn.example/x.js']) assert.equal(linkProblem(href, from, targets), undefined);
  });

  test('names a missing page and the nearest one', () => {
    assert.equal(
      linkProblem('/day1/02_observabilty/', from, targets),
      'links to /day1/02_observabilty/, which does not exist; the nearest page is /day1/02_observability/',
    );
  });

  test('names a missing heading and the nearest one on that page', () => {
    assert.equal(linkProblem('#why-sidecars', from, targets), 'links to #why-sidecars, but /day2/11_sidecarless/ has no heading #why-sidecars; the nearest heading is #why-sidecar');
    assert.match(linkProblem('../../day1/02_observability/#sampler', from, targets)!, /has no heading #sampler; the nearest heading is #sampling$/);
  });

  test('says when the target is a draft', () => {
    assert.equal(linkProblem('/day1/06_draft/', from, targets), 'links to /day1/06_draft/, a draft, which is not published');
  });
});
