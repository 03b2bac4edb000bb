// Closed-loop load: `concurrency` callers each run `task` back to back until `total` calls are done.
import http from 'node:http';

export async function runLoad(
  total: number,
  concurrency: number,
  task: (i: number) => Promise<unknown>,
): Promise<{ perSecond: number; ms: number }> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, total) }, async () => {
      while (next < total) await task(next++);
    }),
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { perSecond: Math.round((total / ms) * 1000), ms };
}

/** A keep-alive JSON POST client, lighter on the CPU than fetch (the client shares the machine with the server). */
export function jsonPoster(baseUrl: string, maxSockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const { hostname, port } = new URL(baseUrl);
  return (pathname: string, body: unknown, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const payload = JSON.stringify(body);
      const req = http.request(
        {
          agent,
          hostname,
          port,
          path: pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
}
