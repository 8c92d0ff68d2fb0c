import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json } from 'express';
import { loadConfig } from '@xieshang/platform-config';
import { createLogger } from '@xieshang/platform-observability';
import { PinoNestLogger, RuntimeModule } from '@xieshang/platform-runtime';
import { describeStorage } from '@xieshang/platform-storage';
import { apiDocsEnabled, configSchema, type GatewayConfig } from './config/config.schema.js';
import { GatewayModule } from './gateway.module.js';
import { accessLogMiddleware } from './http/access-log.middleware.js';
import { correlationIdMiddleware } from './http/correlation-id.middleware.js';
import { refuseDeepJson, refuseUnstorableText } from './http/json-body.middleware.js';
import { completeOpenApiDocument } from './http/openapi-document.js';
import { ProblemJsonFilter } from './http/problem-json.filter.js';
import { securityHeaders } from './http/security-headers.middleware.js';

@Module({})
class GatewayRootModule {}

const BODY_LIMIT = '1mb';

/** Builds the gateway from an environment; `main.ts` listens, tests may listen on port 0. */
export const createGateway = async (env: NodeJS.ProcessEnv = process.env): Promise<{ app: NestExpressApplication; config: GatewayConfig }> => {
  const config = loadConfig(configSchema, env);
  const logger = createLogger('api-gateway', config.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(
    { module: GatewayRootModule, imports: [RuntimeModule.forApp('api-gateway', config, logger, { metricsOnAppPort: false }), GatewayModule.register(config)] },
    { logger: new PinoNestLogger(logger), bodyParser: false },
  );
  app.enableShutdownHooks();
  // The storage settings were checked while the module was built; this names the directory or the bucket, never a credential.
  logger.info({ documentStorage: describeStorage(config), documentMaxBytes: config.DOCUMENT_MAX_BYTES }, 'document storage');
  app.disable('x-powered-by');
  // API answers are not cached by validators; hashing every body for an ETag is wasted work.
  app.disable('etag');
  app.use(correlationIdMiddleware, accessLogMiddleware(logger), ...securityHeaders);
  // express's own parser: Nest's typing hides `verify`, where the depth cap looks at the raw bytes.
  app.use(json({ limit: BODY_LIMIT, verify: refuseDeepJson }), refuseUnstorableText);
  app.useGlobalFilters(new ProblemJsonFilter(logger));
  app.enableCors({
    origin: config.CORS_ORIGINS.split(',').map((origin) => origin.trim()),
    exposedHeaders: ['Content-Range', 'X-Correlation-Id', 'Retry-After', 'Idempotent-Replayed', 'Content-Disposition'],
  });
  if (apiDocsEnabled(config)) {
    const document = completeOpenApiDocument(
      SwaggerModule.createDocument(
        app,
        new DocumentBuilder().setTitle('xieshang API').setDescription('政党协商 platform').setVersion('1').addBearerAuth().build(),
      ),
    );
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
  }
  return { app, config };
};
