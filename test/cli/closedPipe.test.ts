import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support/lspClient.ts';

const BIN = path.join(ROOT, 'bin', 'source-check.js');

test('output cut off by its reader (`source-check extract … | head -1`) ends quietly: no stack trace, the exit code of the run', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-pipe-'));
  try {
    const draft = path.join(dir, 'long.md');
    const quote = (i: number) => `“We will keep the clinic open all winter, ward ${i},” said Ann Roe.`;
    fs.writeFileSync(draft, Array.from({ length: 20_000 }, (_, i) => quote(i)).join('\n\n'));
    const child = spawn(process.execPath, [BIN, 'extract', draft, '--format', 'text'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // read the first chunk, then close the pipe as `head -1` does
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.equal(stderr, '', 'nothing on stderr');
    assert.equal(code, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
