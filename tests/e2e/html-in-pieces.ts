// A page's HTML arriving the way a slow network brings it: a few kilobytes at a
// time. Chromium paints what it has parsed between two pieces once the
// stylesheets are in, so anything the page places above what is already
// painted moves it. Playwright can only fulfil a request whole, hence this
// small proxy in front of the test site.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PiecesProxy {
  /** The proxy's origin; paths are the test site's own. */
  origin: string;
  close(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function writeInPieces(response: ServerResponse, body: Uint8Array, pieceBytes: number, pauseMs: number): Promise<void> {
  for (let start = 0; start < body.length; start += pieceBytes) {
    if (start > 0) await pause(pauseMs);
    response.write(body.subarray(start, start + pieceBytes));
  }
  response.end();
}

/** Serves `siteOrigin` on a free port, its HTML `pieceBytes` at a time with `pauseMs` between pieces, everything else at once. */
export async function htmlInPieces(siteOrigin: string, pieceBytes: number, pauseMs: number): Promise<PiecesProxy> {
  const server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(new URL(request.url ?? '/', siteOrigin), { redirect: 'manual' });
      const body = new Uint8Array(await upstream.arrayBuffer());
      const type = upstream.headers.get('content-type') ?? '';
      const headers = Object.fromEntries([...upstream.headers].filter(([name]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)));
      response.writeHead(upstream.status, headers);
      if (type.startsWith('text/html')) await writeInPieces(response, body, pieceBytes, pauseMs);
      else response.end(body);
    })().catch((error: unknown) => response.destroy(error instanceof Error ? error : new Error(String(error))));
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    // The browser keeps its connections open; closing waits for them otherwise.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
