// `npm run bench`: how much diagrams cost a build (tools/bench/diagrams.ts),
// how much photos do (tools/bench/photos.ts), then how a build grows with the
// site (tools/bench/scale.ts), and how fast a build is against Starlight's
// (tools/bench/starlight.ts). Each prints a table; nothing here is a test.
// `npm run bench -- --diagrams`, `-- --photos`, `-- --scale` or
// `-- --starlight` runs only those parts.
import { diagramSeries } from './bench/diagrams.ts';
import { benchPhotos } from './bench/photos.ts';
import { scaleSeries } from './bench/scale.ts';
import { starlightSeries } from './bench/starlight.ts';

const root = 'dist-test/bench';
const parts = ['--diagrams', '--photos', '--scale', '--starlight'].filter((part) => process.argv.includes(part));
const runs = (part: string) => parts.length === 0 || parts.includes(part);
if (runs('--diagrams')) await diagramSeries(root);
if (runs('--photos')) await benchPhotos(root);
if (runs('--scale')) await scaleSeries(root);
if (runs('--starlight')) await starlightSeries(root);
