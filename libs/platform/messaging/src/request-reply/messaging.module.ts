import { Module, type DynamicModule } from '@nestjs/common';
import { NatsRequestClient } from './nats-request.client.js';
import { MESSAGING_OPTIONS, NATS_REQUEST_CLIENT, type MessagingOptions } from './messaging.options.js';
import { natsConnectionOptions } from '@xieshang/platform-config';
import { ServiceRequester } from './service-requester.js';

/** Gives a Nest app a `ServiceRequester` for NATS request/reply; import it once, in the root module. */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        {
          provide: NATS_REQUEST_CLIENT,
          useFactory: () => new NatsRequestClient({ connection: natsConnectionOptions(options.nats), name: `${options.service}-requester` }),
        },
        ServiceRequester,
      ],
      exports: [ServiceRequester],
    };
  }
}
