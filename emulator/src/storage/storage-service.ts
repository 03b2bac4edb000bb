// Cloud storage, answered locally for the SDK's uploadFile / getTempFileURL / deleteFile / downloadFile (body
// actions `storage.*`), plus the HTTP side those calls lead to: the PUT an upload sends its bytes to, and the GET
// of a temporary URL. Files live in a folder (or in memory for tests); a file ID looks like the platform's,
// `cloud://<env>.<bucket>/<path>`.
//
// Ownership follows the platform's default storage rule ("all users may read, only the creator may write"): a
// client upload records the uploader's openid as the file's creator, and a client may overwrite a file only if it
// created it. Functions upload as the administrator and may overwrite anything; that keeps the file's creator.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { CloudClock } from '../clock';
import { BodyTooLarge, decodePathPart, HttpError, isInside, readBody, sendJson } from '../http-util';

type Json = Record<string, unknown>;

export interface StorageOptions {
  /** Folder for file contents; omitted keeps them in memory. */
  dir?: string;
  /** Where the files' creators are kept with `dir` (default: `<dir>.owners.json` beside it). */
  ownersFile?: string;
  env?: string;
  /** The server's base URL, known once it listens. */
  baseUrl: () => string;
  /** The cloud's clock (temporary URLs and upload tickets expire by it). */
  clock?: CloudClock;
}

const BUCKET = 'local-bucket';
const MAX_FILE_BYTES = 50 * 1024 * 1024;
const DEFAULT_MAX_AGE_S = 86_400;

const mimeTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  // Excel exports (server/exports): COS serves an upload with the type of its extension.
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
};

/** A cloud path as CloudBase accepts it: relative, no `..` segments, no empty segments. */
function validCloudPath(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 850) return false;
  if (value.startsWith('/')) return false;
  return value.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

export class StorageService {
  readonly prefix = 'storage.';
  readonly kind = 'storage' as const;
  private readonly memory = new Map<string, Buffer>();
  /** cloud path → openid of the client that created the file; files a function created have no entry. */
  private readonly owners = new Map<string, string>();
  private readonly ownersFile: string | undefined;
  /** Upload tickets: token → cloud path, valid for one PUT. */
  private readonly uploads = new Map<string, { cloudPath: string; expiresAt: number }>();
  private readonly secret = randomBytes(32);
  private readonly env: string;

  private readonly nowMs: () => number;

  constructor(private readonly options: StorageOptions) {
    this.env = options.env ?? 'local';
    const clock = options.clock ?? new CloudClock();
    this.nowMs = () => clock.nowMs();
    if (options.dir) mkdirSync(options.dir, { recursive: true });
    this.ownersFile = options.dir ? (options.ownersFile ?? `${path.resolve(options.dir)}.owners.json`) : undefined;
    if (this.ownersFile && existsSync(this.ownersFile)) {
      const saved = JSON.parse(readFileSync(this.ownersFile, 'utf8')) as Record<string, string>;
      for (const [cloudPath, openid] of Object.entries(saved)) this.owners.set(cloudPath, openid);
    }
  }

  private saveOwners(): void {
    if (!this.ownersFile) return;
    // Written whole and renamed into place, so a crash never leaves half a file (and every creator forgotten).
    const temporary = `${this.ownersFile}.tmp`;
    writeFileSync(temporary, JSON.stringify(Object.fromEntries(this.owners)));
    renameSync(temporary, this.ownersFile);
  }

  /** Whether a client `openid` may write `cloudPath`: a new file, or one it created. */
  private mayClientWrite(cloudPath: string, openid: string): boolean {
    return !this.exists(cloudPath) || this.owners.get(cloudPath) === openid;
  }

  fileIdOf(cloudPath: string): string {
    return `cloud://${this.env}.${BUCKET}/${cloudPath}`;
  }

  cloudPathOf(fileId: unknown): string | undefined {
    if (typeof fileId !== 'string') return undefined;
    const prefix = `cloud://${this.env}.${BUCKET}/`;
    if (!fileId.startsWith(prefix)) return undefined;
    const cloudPath = fileId.slice(prefix.length);
    return validCloudPath(cloudPath) ? cloudPath : undefined;
  }

  private fileOnDisk(cloudPath: string): string {
    const dir = this.options.dir ?? '';
    const file = path.join(dir, ...cloudPath.split('/'));
    // validCloudPath already refuses `..`; this keeps any future path from leaving the folder all the same.
    if (!isInside(dir, file)) throw new Error('cloud path leaves the storage folder');
    return file;
  }

  /**
   * Stores a file. `creator` is the openid of a client upload, recorded when the file is new; an administrator's
   * write (no creator) keeps whoever created an existing file. A client upload checks `mayClientWrite` first.
   */
  write(cloudPath: string, bytes: Buffer, creator?: string): string {
    const isNew = !this.exists(cloudPath);
    if (this.options.dir) {
      const file = this.fileOnDisk(cloudPath);
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, bytes);
      } catch (error) {
        // An object store holds `a` and `a/b` side by side; a folder on disk cannot be a file as well.
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EISDIR' || code === 'ENOTDIR' || code === 'EEXIST') {
          throw new HttpError(
            409,
            'STORAGE_PATH_CONFLICT',
            `${cloudPath} conflicts with a file or folder stored here`,
          );
        }
        throw error;
      }
    } else {
      this.memory.set(cloudPath, bytes);
    }
    if (isNew) {
      if (creator === undefined) this.owners.delete(cloudPath);
      else this.owners.set(cloudPath, creator);
      this.saveOwners();
    }
    return this.fileIdOf(cloudPath);
  }

  private exists(cloudPath: string): boolean {
    if (!this.options.dir) return this.memory.has(cloudPath);
    try {
      return statSync(this.fileOnDisk(cloudPath), { throwIfNoEntry: false })?.isFile() ?? false;
    } catch (error) {
      // `a/b` where `a` is a file: nothing is stored there.
      if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return false;
      throw error;
    }
  }

  read(cloudPath: string): Buffer | undefined {
    if (!this.options.dir) return this.memory.get(cloudPath);
    // A folder (the parent of stored files) is not a file: reading it would fail.
    return this.exists(cloudPath) ? readFileSync(this.fileOnDisk(cloudPath)) : undefined;
  }

  private remove(cloudPath: string): boolean {
    if (this.owners.delete(cloudPath)) this.saveOwners();
    if (!this.options.dir) return this.memory.delete(cloudPath);
    if (!this.exists(cloudPath)) return false;
    rmSync(this.fileOnDisk(cloudPath));
    return true;
  }

  private sign(cloudPath: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${cloudPath}\n${expires}`).digest('hex').slice(0, 32);
  }

  /** A temporary URL for a stored file, valid `maxAge` seconds. */
  tempUrl(cloudPath: string, maxAge = DEFAULT_MAX_AGE_S, now = this.nowMs()): string {
    const expires = Math.floor(now / 1000) + maxAge;
    const encoded = cloudPath.split('/').map(encodeURIComponent).join('/');
    return `${this.options.baseUrl()}/_storage/files/${encoded}?t=${expires}&sign=${this.sign(cloudPath, expires)}`;
  }

  answer(body: Json): Json {
    switch (body.action) {
      case 'storage.getUploadMetadata': {
        if (!validCloudPath(body.path)) return { code: 'INVALID_PARAM', message: 'cloudPath is invalid' };
        const token = randomBytes(16).toString('hex');
        this.uploads.set(token, { cloudPath: body.path, expiresAt: this.nowMs() + 10 * 60_000 });
        const fileId = this.fileIdOf(body.path);
        return {
          data: {
            url: `${this.options.baseUrl()}/_storage/upload/${token}`,
            token,
            authorization: `local ${token}`,
            fileId,
            cosFileId: token,
          },
          requestId: 'local',
        };
      }
      case 'storage.batchGetDownloadUrl': {
        const list = Array.isArray(body.file_list) ? (body.file_list as Json[]) : [];
        return {
          data: {
            download_list: list.map((item) => {
              const cloudPath = this.cloudPathOf(item.fileid);
              if (!cloudPath || this.read(cloudPath) === undefined) {
                return { fileID: item.fileid, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' };
              }
              const maxAge = typeof item.max_age === 'number' && item.max_age > 0 ? item.max_age : undefined;
              return { fileID: item.fileid, tempFileURL: this.tempUrl(cloudPath, maxAge), code: 'SUCCESS' };
            }),
          },
          requestId: 'local',
        };
      }
      case 'storage.batchDeleteFile': {
        const list = Array.isArray(body.fileid_list) ? (body.fileid_list as unknown[]) : [];
        return {
          data: {
            delete_list: list.map((fileId) => {
              const cloudPath = this.cloudPathOf(fileId);
              const removed = cloudPath ? this.remove(cloudPath) : false;
              return { fileID: fileId, code: removed ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' };
            }),
          },
          requestId: 'local',
        };
      }
      default:
        return { code: 'INVALID_PARAM', message: `${String(body.action)} is not supported by the local cloud` };
    }
  }

  /** The HTTP routes: the PUT of an upload, the GET of a temporary URL, and the H5 app's own uploads. */
  async route(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> {
    const upload = /^\/_storage\/upload\/([0-9a-f]{32})$/.exec(url.pathname);
    if (upload && req.method === 'PUT') {
      const ticket = this.uploads.get(upload[1] ?? '');
      this.uploads.delete(upload[1] ?? '');
      if (!ticket || ticket.expiresAt < this.nowMs()) {
        res.writeHead(403, { 'content-type': 'application/xml' });
        res.end(
          '<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>upload ticket is invalid or expired</Message><RequestId>local</RequestId><TraceId>local</TraceId></Error>',
        );
        return true;
      }
      try {
        this.write(ticket.cloudPath, await readBody(req, MAX_FILE_BYTES));
      } catch (error) {
        res.writeHead(error instanceof BodyTooLarge ? 413 : error instanceof HttpError ? error.status : 400).end();
        return true;
      }
      // COS answers a successful PUT with an empty body.
      res.writeHead(200).end();
      return true;
    }
    if (url.pathname === '/_storage/client-upload' && req.method === 'POST') {
      await this.clientUpload(req, res, url);
      return true;
    }
    if (url.pathname === '/_storage/client-temp-urls' && req.method === 'POST') {
      await this.clientTempUrls(req, res);
      return true;
    }
    const file = /^\/_storage\/files\/(.+)$/.exec(url.pathname);
    if (file && (req.method === 'GET' || req.method === 'HEAD')) {
      const cloudPath = file[1]!.split('/').map(decodePathPart).join('/');
      const expires = Number(url.searchParams.get('t'));
      const given = Buffer.from(url.searchParams.get('sign') ?? '');
      const wanted = Buffer.from(this.sign(cloudPath, expires));
      const valid =
        validCloudPath(cloudPath) &&
        Number.isFinite(expires) &&
        expires * 1000 >= this.nowMs() &&
        given.length === wanted.length &&
        timingSafeEqual(given, wanted);
      const bytes = valid ? this.read(cloudPath) : undefined;
      if (!bytes) {
        res.writeHead(valid ? 404 : 403).end();
        return true;
      }
      res.writeHead(200, {
        'content-type': mimeTypes[path.extname(cloudPath).toLowerCase()] ?? 'application/octet-stream',
        'content-length': bytes.length,
      });
      res.end(req.method === 'HEAD' ? undefined : bytes);
      return true;
    }
    return false;
  }

  /**
   * What `wx.cloud.uploadFile` does for the mini-program, for the H5 build: the app sends the bytes with the
   * local identity, and gets the file ID and a temporary URL to show it with.
   */
  private async clientUpload(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const openid = req.headers['x-wx-openid'];
    if (typeof openid !== 'string' || openid.length === 0) {
      sendJson(res, 401, { code: 'MISSING_OPENID', message: 'x-wx-openid header is required' });
      return;
    }
    const cloudPath = url.searchParams.get('cloudPath');
    if (!validCloudPath(cloudPath)) {
      sendJson(res, 400, { code: 'INVALID_PARAM', message: 'cloudPath is invalid' });
      return;
    }
    const refuse = () =>
      sendJson(res, 403, {
        code: 'STORAGE_EXCEED_AUTHORITY',
        message: `${cloudPath} was created by someone else: only its creator may overwrite it`,
      });
    // Checked before reading the bytes (no point taking 50 MB to refuse them) and again just before writing, with no
    // await in between, so two users racing for a new path cannot both win.
    if (!this.mayClientWrite(cloudPath, openid)) {
      refuse();
      return;
    }
    let bytes: Buffer;
    try {
      bytes = await readBody(req, MAX_FILE_BYTES);
    } catch {
      sendJson(res, 413, { code: 'STORAGE_EXCEED_LIMIT', message: 'file exceeds 50 MB' });
      return;
    }
    if (!this.mayClientWrite(cloudPath, openid)) {
      refuse();
      return;
    }
    const fileID = this.write(cloudPath, bytes, openid);
    sendJson(res, 200, { fileID, tempFileURL: this.tempUrl(cloudPath) });
  }

  /** What `wx.cloud.getTempFileURL` does for the mini-program, for the H5 build: URLs for stored file IDs. */
  private async clientTempUrls(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (typeof req.headers['x-wx-openid'] !== 'string') {
      sendJson(res, 401, { code: 'MISSING_OPENID', message: 'x-wx-openid header is required' });
      return;
    }
    let fileIDs: unknown;
    try {
      fileIDs = (JSON.parse((await readBody(req, 256 * 1024)).toString('utf8')) as { fileIDs?: unknown }).fileIDs;
    } catch {
      fileIDs = undefined;
    }
    if (!Array.isArray(fileIDs) || fileIDs.length > 50) {
      sendJson(res, 400, { code: 'INVALID_PARAM', message: 'fileIDs must be a list of at most 50 file IDs' });
      return;
    }
    const urls: Record<string, string> = {};
    for (const fileID of fileIDs) {
      const cloudPath = this.cloudPathOf(fileID);
      if (cloudPath && this.read(cloudPath) !== undefined) urls[fileID as string] = this.tempUrl(cloudPath);
    }
    sendJson(res, 200, urls);
  }
}
