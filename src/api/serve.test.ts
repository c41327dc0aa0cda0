// `chancery serve`: flags checked before anything listens, one line and exit 2 when it cannot start; a real
// socket on 127.0.0.1 (port 0) when it can.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { isLoopback, runServe } from './server.js';

const dir = mkdtempSync(join(tmpdir(), 'chancery-serve-'));
const db = join(dir, 'chancery.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out = { stdout: '', stderr: '' };
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (d) => (out.stdout += d));
  stderr.on('data', (d) => (out.stderr += d));
  return { io: { stdout, stderr, stdin: new PassThrough() }, out };
}

async function serve(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stderr: string }> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const { io: streams, out } = io();
    const code = await runCli(['serve', '--db', db, ...args], streams);
    return { code, stderr: out.stderr };
  } finally {
    for (const key of Object.keys(env)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

describe('chancery serve', () => {
  it('tells loopback addresses from others', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1']) expect(isLoopback(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.org', 'localhost.evil.example']) expect(isLoopback(host), host).toBe(false);
  });

  it('refuses a non-loopback address without a token: one line, exit 2', async () => {
    const { code, stderr } = await serve(['--host', '0.0.0.0', '--port', '0']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^chancery: --host: refusing to listen on 0\.0\.0\.0 without a token/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a bad port, a short token, a missing actor dictionary and a database it cannot open', async () => {
    for (const [args, pattern] of [
      [['--port', '70000'], /^chancery: --port: invalid --port "70000"/],
      [['--port', 'http'], /^chancery: --port: invalid --port "http"/],
      [['--port', '0', '--token', 'short'], /^chancery: --token: /],
      [['--port', '0', '--db', join(dir, 'missing', 'dir', 'x.db')], /cannot open the database/],
      [['--port', '0', '--actors', join(dir, 'no-such-actors.yaml')], /no-such-actors\.yaml/],
    ] as [string[], RegExp][]) {
      const { code, stderr } = await serve(args);
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(stderr).toMatch(pattern);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('refuses a port in use: one line, exit 2', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { code, stderr } = await serve(['--port', String(port)]);
      expect(code).toBe(2);
      expect(stderr).toBe(`chancery: --port: port ${port} on 127.0.0.1 is in use\n`);
      // CHANCERY_TOKEN counts as --token: past the token check, it fails on the port.
      const withToken = await serve(['--host', '0.0.0.0', '--port', String(port)], { CHANCERY_TOKEN: 'a-long-enough-token' });
      expect(withToken.stderr).toBe(`chancery: --port: port ${port} on 0.0.0.0 is in use\n`);
    } finally {
      blocker.close();
    }
  });

  it('serves on a real socket until stopped, requiring the token on a non-loopback address', async () => {
    const { io: streams, out } = io();
    const stop = new AbortController();
    let base = '';
    const running = runServe({ db, host: '0.0.0.0', port: '0', token: 'a-long-enough-token' }, streams, {
      signal: stop.signal,
      onListening: (url) => {
        base = url.replace('0.0.0.0', '127.0.0.1');
      },
    });
    try {
      while (!base) await new Promise((r) => setTimeout(r, 10));
      expect((await fetch(`${base}/api/health`)).status).toBe(401);
      const ok = await fetch(`${base}/api/health`, { headers: { authorization: 'Bearer a-long-enough-token' } });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await ok.json()).toMatchObject({ status: 'ok', store: 'sqlite' });
    } finally {
      stop.abort();
    }
    expect(await running).toBe(0);
    expect(out.stderr).toMatch(/^chancery: serving .* at http:\/\/0\.0\.0\.0:\d+\/api\/ .*bearer token required/);
  });
});
