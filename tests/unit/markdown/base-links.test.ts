import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { rehypeBaseLinks } from '../../../src/markdown/base-links.ts';

function linked(base: string, ...elements: Element[]): (string | undefined)[] {
  const tree: Root = { type: 'root', children: elements };
  rehypeBaseLinks({ base })(tree);
  return elements.map((element) => String(element.properties.href ?? element.properties.src));
}

test('links from the site root get the base path', () => {
  assert.deepEqual(linked('/kubecon24/', h('a', { href: '/day2/11_sidecarless/#history' }), h('img', { src: '/screenshot.png' })), [
    '/kubecon24/day2/11_sidecarless/#history',
    '/kubecon24/screenshot.png',
  ]);
});

test('relative, external, protocol-relative, fragment and already-based links stay as written', () => {
  const hrefs = ['../day1/', 'https://istio.io/', '//cdn.example/x', '#history', '/kubecon24/day1/'];
  assert.deepEqual(linked('/kubecon24/', ...hrefs.map((href) => h('a', { href }))), hrefs);
});

test('at the domain root nothing changes', () => {
  assert.deepEqual(linked('/', h('a', { href: '/day1/' })), ['/day1/']);
});
