import 'reflect-metadata';
import { serveMetrics } from '@xieshang/platform-runtime';
import { createGateway } from './gateway.app.js';

createGateway()
  .then(async ({ app, config }) => {
    await app.listen(config.PORT);
    await serveMetrics(config.METRICS_PORT, config.METRICS_HOST);
  })
  .catch((error: Error) => {
    process.stderr.write(`api-gateway failed to start: ${error.name === 'ConfigError' ? error.message : error.stack}\n`);
    process.exit(1);
  });
