// `npm run deploy:database`: applies database/collections.json to the real CloudBase environment — creates missing
// collections, adds missing indexes, and sets each collection's client permission — with the CloudBase manager
// SDK. Needs TARO_APP_CLOUD_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (from .env.local or the
// environment). `--dry-run` prints the plan without connecting.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import CloudBase from '@cloudbase/manager-node';
import type { CollectionSpec } from 'cloudbase-local';

export type Permission = 'READONLY' | 'PRIVATE' | 'ADMINWRITE' | 'ADMINONLY';

export interface DeclaredCollection extends CollectionSpec {
  permission?: Permission;
}

export type Step =
  | { kind: 'collection'; collection: string }
  | {
      kind: 'index';
      collection: string;
      name: string;
      keys: Array<{ Name: string; Direction: string }>;
      unique: boolean;
    }
  | { kind: 'permission'; collection: string; permission: Permission };

/** What applying the file means, in order: each collection, then its indexes, then its permission. */
export function planDatabase(collections: DeclaredCollection[]): Step[] {
  return collections.flatMap((collection): Step[] => [
    { kind: 'collection', collection: collection.name },
    ...(collection.indexes ?? []).map((index): Step => ({
      kind: 'index',
      collection: collection.name,
      name: index.name,
      keys: Object.entries(index.keys).map(([Name, direction]) => ({ Name, Direction: String(direction) })),
      unique: index.unique ?? false,
    })),
    // Clients never touch the database directly: every read and write goes through a cloud function.
    { kind: 'permission', collection: collection.name, permission: collection.permission ?? 'ADMINONLY' },
  ]);
}

function readEnvFile(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!, match[2]!]),
  );
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const { collections } = JSON.parse(readFileSync(path.join(root, 'database', 'collections.json'), 'utf8')) as {
    collections: DeclaredCollection[];
  };
  const steps = planDatabase(collections);
  if (process.argv.includes('--dry-run')) {
    for (const step of steps) console.log(JSON.stringify(step));
    return;
  }
  const settings = {
    ...readEnvFile(path.join(root, '.env')),
    ...readEnvFile(path.join(root, '.env.local')),
    ...process.env,
  };
  const envId = settings.TARO_APP_CLOUD_ENV;
  if (!envId || !settings.TENCENTCLOUD_SECRETID || !settings.TENCENTCLOUD_SECRETKEY) {
    throw new Error('set TARO_APP_CLOUD_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (e.g. in .env.local)');
  }
  const app = CloudBase.init({
    envId,
    secretId: settings.TENCENTCLOUD_SECRETID,
    secretKey: settings.TENCENTCLOUD_SECRETKEY,
  });
  for (const step of steps) {
    if (step.kind === 'collection') {
      await app.database.createCollectionIfNotExists(step.collection);
    } else if (step.kind === 'index') {
      const { Exists } = await app.database.checkIndexExists(step.collection, step.name);
      if (Exists) continue;
      await app.database.updateCollection(step.collection, {
        CreateIndexes: [
          { IndexName: step.name, MgoKeySchema: { MgoIndexKeys: step.keys, MgoIsUnique: step.unique } },
        ],
      });
    } else {
      await app.permission.modifyResourcePermission({
        resourceType: 'collection',
        resource: step.collection,
        permission: step.permission,
      });
    }
    console.log(`applied ${JSON.stringify(step)}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
