import { type DynamicModule, Global, Inject, Module, type OnModuleInit } from '@nestjs/common';
import { createDocumentStorage, type DocumentStorage, type StorageConfig } from '@xieshang/platform-storage';
import { DOCUMENT_MAX_BYTES, DOCUMENT_STORAGE, DocumentTransfer } from './document-transfer.js';

/**
 * Document storage for every feature's controllers: inject DocumentTransfer. The driver is
 * chosen and checked once, at boot (`STORAGE_DRIVER`), and readied (directory, bucket) before
 * the gateway serves.
 */
@Global()
@Module({})
export class DocumentsModule implements OnModuleInit {
  constructor(@Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage) {}

  static register(config: StorageConfig): DynamicModule {
    return {
      module: DocumentsModule,
      providers: [
        { provide: DOCUMENT_STORAGE, useValue: createDocumentStorage(config) },
        { provide: DOCUMENT_MAX_BYTES, useValue: config.DOCUMENT_MAX_BYTES },
        DocumentTransfer,
      ],
      exports: [DocumentTransfer, DOCUMENT_STORAGE],
    };
  }

  async onModuleInit(): Promise<void> {
    await this.storage.prepare();
  }
}
