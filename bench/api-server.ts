// The server side of the api bench, in its own thread so the load generator does not share its event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { buildServer } from '../src/api/server.js';
import { openStore } from '../src/store/open.js';

const store = await openStore((workerData as { db: string }).db);
const app = await buildServer(store);
await app.listen({ host: '127.0.0.1', port: 0 });
parentPort!.postMessage((app.server.address() as { port: number }).port);
parentPort!.once('message', async () => {
  await app.close();
  await store.close();
  parentPort!.postMessage('closed');
});
