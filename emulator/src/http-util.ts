// Small HTTP helpers shared by every part of the local cloud's one port.
import type http from 'node:http';
import path from 'node:path';

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

/**
 * Whether `file` is `folder` itself or inside it. A prefix test is not enough: `<folder>-x/…` starts with
 * `<folder>` but is a sibling.
 */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
