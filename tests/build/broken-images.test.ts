// A note's image that is missing, is not an image, or lies outside the notes
// folder (a photo's address names its file from there) stops the build with
// one `file:line` message naming the note, not Astro's bare "ImageNotFound",
// in an .mdx note and written by reference (`![alt][ref]`) too; so does an
// HTML `<img>` of a file beside the note, which would show broken;
// `npm run check` reports the same words (and on GitHub, an ::error on the
// line). An image without alt text is only a warning there.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { assertOneReadableFailure, buildSite, problemLines, removeBuilds } from './astro-build.ts';
import { check } from './run-check.ts';

after(removeBuilds);

const broken = 'tests/fixtures/broken';

const cases: { corpus: string; note: string; line: number; message: string }[] = [
  {
    corpus: 'image-missing',
    note: 'day1/01_missing_image.md',
    line: 8,
    message: `image "slide-missing.png" not found: there is no file ${broken}/image-missing/day1/slide-missing.png`,
  },
  {
    corpus: 'image-not-image',
    note: 'day1/01_not_image.md',
    line: 8,
    message: `image "notes.png" is not an image (${broken}/image-not-image/day1/notes.png: Input file contains unsupported image format); save it again as JPEG, PNG, WebP, AVIF or GIF`,
  },
  {
    corpus: 'image-corrupt',
    note: 'day1/01_corrupt_image.md',
    line: 8,
    message: `image "stage.jpg" is not an image (${broken}/image-corrupt/day1/stage.jpg: Input file has corrupt header: VipsJpeg: premature end of JPEG image); save it again as JPEG, PNG, WebP, AVIF or GIF`,
  },
  {
    corpus: 'image-mdx',
    note: 'day1/01_missing_image.mdx',
    line: 10,
    message: `image "slide-missing.png" not found: there is no file ${broken}/image-mdx/day1/slide-missing.png`,
  },
  {
    corpus: 'image-reference',
    note: 'day1/01_reference_image.md',
    line: 8,
    message: `image "./slide-missing.png" not found: there is no file ${broken}/image-reference/day1/slide-missing.png`,
  },
  {
    // The file is there, but an HTML image is passed through as written: the page would show it broken.
    corpus: 'image-html',
    note: 'day1/01_html_image.md',
    line: 8,
    message: 'image <img src="slide.png"> is HTML, which the build does not copy to the site; write it as a Markdown image, ![what it shows](slide.png), and the build optimizes it',
  },
  {
    corpus: 'image-outside',
    note: 'day1/01_outside_image.md',
    line: 8,
    message: `image "../../../photos/day1/images/hall.jpg" is outside the notes folder (tests/fixtures/photos/day1/images/hall.jpg); move it into ${broken}/image-outside`,
  },
];

describe('a broken image stops the build', () => {
  for (const { corpus, note, line, message } of cases) {
    test(`${corpus}: the note's file and line, and what is wrong`, async () => {
      const file = `${broken}/${corpus}/${note}`;
      const build = await buildSite(`${broken}/${corpus}`);
      assertOneReadableFailure(build, [file]);
      assert.deepEqual(problemLines(build.output), [`${file}:${line}: ${message}`]);
      assert.doesNotMatch(build.output, /ImageNotFound|NoImageMetadata/);
    });
  }
});

describe('npm run check', () => {
  for (const { corpus, note, line, message } of cases) {
    test(`${corpus}: the same message, and an ::error on the line under GitHub Actions`, () => {
      const file = `${broken}/${corpus}/${note}`;
      const { status, output } = check(`${broken}/${corpus}`, { env: { GITHUB_ACTIONS: 'true' } });
      assert.equal(status, 1, output);
      assert.deepEqual(problemLines(output), [`${file}:${line}: ${message}`]);
      assert.deepEqual(
        output.split('\n').filter((text) => text.startsWith('::')),
        [`::error file=${file},line=${line},title=Image::${message}`],
      );
    });
  }

  test('an image without alt text is a warning, and the check passes', () => {
    const file = `${broken}/image-alt/day1/01_no_alt.md`;
    const message = 'image "/screenshot.png" has no alt text; say what it shows between the brackets: ![what it shows](/screenshot.png)';
    const { status, output } = check(`${broken}/image-alt`, { env: { GITHUB_ACTIONS: 'true' } });
    assert.equal(status, 0, output);
    assert.deepEqual(problemLines(output), [`${file}:8: warning: ${message}`]);
    assert.deepEqual(
      output.split('\n').filter((text) => text.startsWith('::')),
      [`::warning file=${file},line=8,title=Image::${message}`],
    );
    assert.match(output, /^check: 1 notes, 0 diagrams, 0 problems, 1 warning in \d+\.\d s$/m);
  });
});
