// `npm run bench`: how much diagrams cost a build (tools/bench/diagrams.ts),
// then how a build grows with the site (tools/bench/scale.ts). Each prints a
// table; nothing here is a test. `npm run bench -- --scale` runs only the
// scale series, which is quicker.
import { diagramSeries } from './bench/diagrams.ts';
import { scaleSeries } from './bench/scale.ts';

const root = 'dist-test/bench';
if (!process.argv.includes('--scale')) await diagramSeries(root);
await scaleSeries(root);
