// Small HTTP helpers shared by every part of the local cloud's one port.
import type http from 'node:http';

export class BodyTooLarge extends Error {}

/** Reads a request body, refusing (BodyTooLarge) past `limit` bytes instead of buffering without bound. */
export async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge(`request body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Sends JSON and returns the number of body bytes sent. */
export function sendJson(res: http.ServerResponse, status: number, body: unknown): number {
  const text = JSON.stringify(body);
  const bytes = Buffer.byteLength(text);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': bytes });
  res.end(text);
  return bytes;
}
