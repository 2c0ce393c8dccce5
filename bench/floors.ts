/**
 * The floor servers, each in its own process (floorProcess.ts): the raw proxy (overhead floor) and
 * the bare-bytes server (throughput floor).
 */
import { request } from 'undici';
import { startChildProcess, tsxScript } from './startChildProcess.js';

export interface FloorServer {
  /** Its origin, e.g. http://127.0.0.1:41234. */
  url: string;
  /** Its process, for its CPU time (see processCpu.ts). */
  pid: number;
  stop(): Promise<void>;
}

export interface BareBytesFloor extends FloorServer {
  /** Makes every later answer these bytes. */
  setBody(body: Buffer): Promise<void>;
}

async function startFloor(name: string, args: string[]): Promise<FloorServer> {
  const child = await startChildProcess(tsxScript(new URL('./floorProcess.ts', import.meta.url), ...args), {
    name,
    stdout: 'readyLine',
  });
  const { url } = JSON.parse(child.firstLine ?? '') as { url: string };
  return { url, pid: child.pid, stop: () => child.stop() };
}

/** A raw Node proxy in front of `upstream`, forwarding its bytes untouched. */
export function startRawProxy(upstream: string): Promise<FloorServer> {
  return startFloor('raw proxy', ['rawProxy', upstream]);
}

/** A bare node:http server answering every request with the bytes last given to `setBody`. */
export async function startBareBytes(): Promise<BareBytesFloor> {
  const floor = await startFloor('bare-bytes server', ['bareBytes']);
  return {
    ...floor,
    async setBody(body) {
      const res = await request(`${floor.url}/_bytes`, { method: 'PUT', body });
      await res.body.dump();
      if (res.statusCode !== 204) throw new Error(`expected 204 from the bare-bytes server, got ${res.statusCode}`);
    },
  };
}
