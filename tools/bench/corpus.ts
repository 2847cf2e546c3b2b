// A deterministic benchmark corpus: 10 days, each with tracks of 20 notes
// (one track for the default 200 notes; a bigger corpus adds tracks, as a
// bigger conference runs more at once), each note with two diagrams of mixed
// types, or the same notes with the diagrams left out.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DAYS = 10;
const NOTES_PER_TRACK = 20;
/** The size of the diagram benchmark's corpus. */
export const defaultNoteCount = 200;

const diagrams: ((n: number) => string)[] = [
  (n) => `flowchart TD\n  a${n}[Client ${n}] --> b${n}{Gateway}\n  b${n} -->|mTLS| c${n}[Service ${n}]\n  b${n} --> d${n}[(Store ${n})]`,
  (n) => `sequenceDiagram\n  participant C as Client ${n}\n  participant P as Proxy\n  C->>P: request ${n}\n  P-->>C: response ${n}`,
  (n) => `classDiagram\n  class Pod${n} {\n    +String name\n    +start()\n  }\n  Pod${n} <|-- Sidecar${n}`,
  (n) => `stateDiagram-v2\n  [*] --> Pending${n}\n  Pending${n} --> Running\n  Running --> [*]`,
  (n) => `erDiagram\n  CLUSTER${n} ||--o{ NODE : has\n  NODE ||--|{ POD : runs`,
  (n) => `pie title Traffic ${n}\n  "east" : ${n + 10}\n  "west" : ${n + 20}`,
  (n) => `gantt\n  title Rollout ${n}\n  dateFormat YYYY-MM-DD\n  section Phase\n  Canary ${n} :a1, 2024-03-20, 3d\n  Full :after a1, 5d`,
  (n) => `journey\n  title Upgrade ${n}\n  section Prepare\n    Read notes: 5: Ops\n    Drain node ${n}: 3: Ops`,
  (n) => `mindmap\n  root((Mesh ${n}))\n    Sidecar\n    Ambient\n    eBPF`,
  (n) => `timeline\n  title Release ${n}\n  2023 : alpha\n  2024 : beta ${n}`,
];

/** The k-th (0 or 1) diagram of note n. */
const diagramOf = (n: number, k: number) => diagrams[(n * 2 + k) % diagrams.length]!(n);

/** Every diagram of the default corpus, in the order the notes hold them. */
export function corpusDiagrams(): string[] {
  return Array.from({ length: defaultNoteCount }, (_, n) => [diagramOf(n, 0), diagramOf(n, 1)]).flat();
}

function note(n: number, index: number, withDiagrams: boolean): string {
  const fence = (k: number) => (withDiagrams ? `\n\`\`\`mermaid\n${diagramOf(n, k)}\n\`\`\`\n` : '');
  return `---
title: Benchmark talk ${n}
weight: ${index + 1}
tags: [bench, topic-${n % 7}, group-${Math.floor(n / 10)}]
---

Notes from talk ${n}, with a paragraph of prose so the page is not only diagrams.

## Architecture
${fence(0)}
- Point one of talk ${n}
- Point two with \`inline code\`

## Rollout
${fence(1)}
Closing remarks for talk ${n}.
`;
}

/** Writes `notes` notes (a multiple of 200) to `dir` (replacing it) and returns the number of diagrams in them. */
export function writeCorpus(dir: string, withDiagrams: boolean, notes = defaultNoteCount): number {
  rmSync(dir, { recursive: true, force: true });
  const tracks = Math.ceil(notes / (DAYS * NOTES_PER_TRACK));
  for (let day = 1; day <= DAYS; day++) {
    mkdirSync(join(dir, `day${day}`), { recursive: true });
    writeFileSync(join(dir, `day${day}`, '_index.md'), `---\ntitle: Day ${day}\nweight: ${day}\n---\n`);
    for (let track = 1; track <= tracks; track++) {
      const trackDir = join(dir, `day${day}`, `track${track}`);
      mkdirSync(trackDir);
      writeFileSync(join(trackDir, '_index.md'), `---\ntitle: Track ${track}\nweight: ${track}\n---\n`);
      for (let index = 0; index < NOTES_PER_TRACK; index++) {
        const n = ((day - 1) * tracks + track - 1) * NOTES_PER_TRACK + index;
        writeFileSync(join(trackDir, `${String(index + 1).padStart(2, '0')}_talk.md`), note(n, index, withDiagrams));
      }
    }
  }
  return withDiagrams ? DAYS * tracks * NOTES_PER_TRACK * 2 : 0;
}
