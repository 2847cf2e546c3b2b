// In `astro dev` a problem with the notes shows over the open page, pointing
// at the note's line, and on any page opened while it lasts; once fixed, a
// page opened afterwards shows nothing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ErrorPayload, HotPayload } from 'vite';
import { overlayPayload, problemOverlay } from '../../../src/integrations/problem-overlay.ts';

describe('overlayPayload', () => {
  test('shows every problem and points at the first one’s note and line', () => {
    const message = 'content/day1/01_talk.md:4: links to /day9/, which does not exist\ncontent/day2/02_x.md:9: links to #nope';
    const { err } = overlayPayload('/project', message, (file) => (file === '/project/content/day1/01_talk.md' ? 'the note’s text' : undefined));
    assert.equal(err.message, message);
    assert.deepEqual(err.loc, { file: '/project/content/day1/01_talk.md', line: 4, column: 1 });
    assert.equal(err.fullCode, 'the note’s text', 'Astro shows the lines around the problem from it');
    assert.match(err.hint, /page reloads by itself/);
    assert.equal(err.stack, '', 'a stack would point into Astro, not at the note');
  });

  test('points at the top of a note when the problem has no line, and nowhere for a message of another form', () => {
    const gone = () => undefined;
    assert.deepEqual(overlayPayload('/project', 'content/day1/01_talk.md: front matter field "title": required', gone).err.loc, { file: '/project/content/day1/01_talk.md', line: 1, column: 1 });
    assert.equal(overlayPayload('/project', 'The content config did not load', gone).err.loc, undefined);
  });
});

/** Vite's hot channel as the overlay uses it: what it sent, and a page connecting. */
function fakeHot() {
  const sent: HotPayload[] = [];
  const listeners = new Map<string, () => void>();
  const hot = { send: (payload: HotPayload) => sent.push(payload), on: (event: string, listener: () => void) => listeners.set(event, listener) };
  return { hot: hot as unknown as Parameters<typeof problemOverlay>[0], sent, connect: () => listeners.get('vite:client:connect')?.() };
}

describe('problemOverlay', () => {
  test('shows a problem on the open pages, and again on each page that connects while it lasts', () => {
    const { hot, sent, connect } = fakeHot();
    const overlay = problemOverlay(hot, '/project');
    connect();
    assert.equal(sent.length, 0, 'no problem, no overlay');
    overlay.show('content/day1/01_talk.md:4: links to /day9/');
    connect();
    assert.equal(sent.length, 2);
    assert.deepEqual(sent.map((payload) => (payload as ErrorPayload).err.message), ['content/day1/01_talk.md:4: links to /day9/', 'content/day1/01_talk.md:4: links to /day9/']);
  });

  test('once cleared, reloads the open pages, again a second later for a tab that was still loading, and shows nothing on pages that connect afterwards', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { hot, sent, connect } = fakeHot();
    const overlay = problemOverlay(hot, '/project');
    overlay.show('content/day1/01_talk.md:4: links to /day9/');
    overlay.clear();
    connect();
    assert.deepEqual(sent.map(({ type }) => type), ['error', 'full-reload']);
    t.mock.timers.tick(1000);
    assert.deepEqual(sent.map(({ type }) => type), ['error', 'full-reload', 'full-reload']);
  });

  test('skips the second reload when a new problem came meanwhile', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { hot, sent } = fakeHot();
    const overlay = problemOverlay(hot, '/project');
    overlay.show('content/day1/01_talk.md:4: links to /day9/');
    overlay.clear();
    overlay.show('content/day1/01_talk.md:5: links to /day8/');
    t.mock.timers.tick(1000);
    assert.deepEqual(sent.map(({ type }) => type), ['error', 'full-reload', 'error']);
  });

  test('reloads nothing when cleared with no problem shown, so an ordinary edit reloads each tab once', () => {
    const { hot, sent } = fakeHot();
    problemOverlay(hot, '/project').clear();
    assert.equal(sent.length, 0);
  });
});
