import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '@xieshang/platform-config';
import type { DocumentStorage } from './document-storage.js';
import { FileSystemDocumentStorage } from './file-system.storage.js';
import { S3DocumentStorage } from './s3.storage.js';

export const DEFAULT_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The storage settings an app reads from its environment; merge with `.extend(storageConfigSchema.shape)`.
 * Which driver's settings are required is checked by `storageSettingsProblems` at boot.
 */
export const storageConfigSchema = z.object({
  /** `fs`: files under STORAGE_DIR; `s3`: objects in an S3-compatible bucket. */
  STORAGE_DRIVER: z.enum(['fs', 's3']).default('fs'),
  /** The fs driver's directory; relative paths are taken from the working directory. */
  STORAGE_DIR: z.string().min(1).default('.data/storage'),
  STORAGE_S3_ENDPOINT: z.string().url().optional(),
  STORAGE_S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name').optional(),
  STORAGE_S3_ACCESS_KEY: z.string().min(1).optional(),
  STORAGE_S3_SECRET_KEY: z.string().min(1).optional(),
  STORAGE_S3_REGION: z.string().min(1).default('us-east-1'),
  /** The largest document accepted, in bytes (default 20 MiB). */
  DOCUMENT_MAX_BYTES: z.coerce.number().int().min(1).max(1024 * 1024 * 1024).default(DEFAULT_DOCUMENT_MAX_BYTES),
});

export type StorageConfig = z.infer<typeof storageConfigSchema>;

const S3_REQUIRED = ['STORAGE_S3_ENDPOINT', 'STORAGE_S3_BUCKET', 'STORAGE_S3_ACCESS_KEY', 'STORAGE_S3_SECRET_KEY'] as const;

/** The variables the chosen driver needs but lacks (names only, never values). */
export const storageSettingsProblems = (config: StorageConfig): string[] =>
  config.STORAGE_DRIVER === 's3' ? S3_REQUIRED.filter((name) => !config[name]).map((name) => `${name}: required when STORAGE_DRIVER=s3`) : [];

/** The storage the settings name, not yet prepared; throws naming the missing variables. */
export const createDocumentStorage = (config: StorageConfig, cwd = process.cwd()): DocumentStorage => {
  const problems = storageSettingsProblems(config);
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  if (config.STORAGE_DRIVER === 'fs') return new FileSystemDocumentStorage(path.resolve(cwd, config.STORAGE_DIR));
  return new S3DocumentStorage({
    endpoint: config.STORAGE_S3_ENDPOINT as string,
    bucket: config.STORAGE_S3_BUCKET as string,
    accessKey: config.STORAGE_S3_ACCESS_KEY as string,
    secretKey: config.STORAGE_S3_SECRET_KEY as string,
    region: config.STORAGE_S3_REGION,
  });
};

/** Where the documents live, for the boot log: the directory or the endpoint and bucket, never a credential. */
export const describeStorage = (config: StorageConfig, cwd = process.cwd()): string =>
  config.STORAGE_DRIVER === 'fs'
    ? `files under ${path.resolve(cwd, config.STORAGE_DIR)}`
    : `bucket ${config.STORAGE_S3_BUCKET} at ${new URL(config.STORAGE_S3_ENDPOINT as string).origin}`;
