import 'reflect-metadata';
import { createGateway } from './gateway.app.js';

createGateway()
  .then(async ({ app, config }) => {
    await app.listen(config.PORT);
  })
  .catch((error: Error) => {
    process.stderr.write(`api-gateway failed to start: ${error.name === 'ConfigError' ? error.message : error.stack}\n`);
    process.exit(1);
  });
