// Small HTTP helpers shared by every part of the local cloud's one port.
import type http from 'node:http';
import path from 'node:path';

export class BodyTooLarge extends Error {}

/**
 * A failure whose status, code and message are meant for the client: bad input (400), something unknown (404), a
 * refusal. Anything else that escapes a route is the local cloud's own fault and answers a bare 500.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** More fields for the answer's body (e.g. a function's platform errCode). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** decodeURIComponent for a piece of a request's path: a malformed escape is the client's error (400), not a crash. */
export function decodePathPart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new HttpError(400, 'INVALID_PATH', 'the path has a malformed percent-escape');
  }
}

/** Reads a JSON request body (an empty one is null); malformed JSON is a 400 and an oversized body a 413. */
export async function readJson(req: http.IncomingMessage, limit: number): Promise<unknown> {
  let text: string;
  try {
    text = (await readBody(req, limit)).toString('utf8');
  } catch (error) {
    if (error instanceof BodyTooLarge) throw new HttpError(413, 'BODY_TOO_LARGE', error.message);
    throw error;
  }
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch (error) {
    throw new HttpError(400, 'INVALID_BODY', `request body is not JSON: ${(error as Error).message}`);
  }
}

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
