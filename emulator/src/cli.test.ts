// The bin's command line: defaults, every flag, exec's command after `--`, and what it refuses (said with the usage
// and exit status 2 by the bin; packed.integration.test.ts runs the packed bin itself).
import path from 'node:path';
import { parseArgs } from './cli';

describe('cloudbase-local command line', () => {
  it("defaults to the project's files in the working folder, port 8090 and a fresh data folder", () => {
    expect(parseArgs([])).toEqual({
      exec: false,
      config: 'cloudbaserc.json',
      collections: path.join('database', 'collections.json'),
      port: 8090,
      command: [],
    });
  });

  it('takes every flag, and in exec mode the command after --, flags and all', () => {
    expect(
      parseArgs([
        'exec',
        '--config',
        'a/rc.json',
        '--collections',
        'c.json',
        '--data',
        'd',
        '--static',
        'web',
        '--import',
        'in',
        '--export-on-exit',
        'out',
        '--message-push',
        'push',
        '--port',
        '0',
        '--',
        'node',
        'x.js',
        '--data',
      ]),
    ).toEqual({
      exec: true,
      config: 'a/rc.json',
      collections: 'c.json',
      data: 'd',
      static: 'web',
      importFrom: 'in',
      exportTo: 'out',
      messagePush: 'push',
      port: 0,
      command: ['node', 'x.js', '--data'],
    });
  });

  it.each([
    [['--prot', '1'], 'unknown argument --prot'],
    [['--data'], '--data needs a value'],
    [['--data', '--port', '1'], '--data needs a value'],
    [['--port', '80x'], '--port 80x is not a port'],
    [['--port', '70000'], '--port 70000 is not a port'],
    [['exec', '--data', 'd'], 'exec needs a command after --'],
    [['exec', 'node', 'x.js'], 'unknown argument node'],
    [['--', 'node'], 'unknown argument --'],
  ])('refuses %j: %s', (args, error) => {
    expect(parseArgs(args)).toEqual({ error });
  });

  it('answers --help', () => {
    expect(parseArgs(['--port', '1', '--help'])).toEqual({ help: true });
  });
});
