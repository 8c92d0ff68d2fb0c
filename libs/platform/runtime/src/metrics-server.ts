import { createServer, type Server } from 'node:http';
import { metricsRegistry } from '@xieshang/platform-observability';

/**
 * `/metrics` on a port of its own, for an app whose own port is public (the gateway): the
 * port is for Prometheus inside the deployment and is never published.
 */
export const serveMetrics = (port: number, host: string): Promise<Server> => {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    metricsRegistry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(text),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
};
