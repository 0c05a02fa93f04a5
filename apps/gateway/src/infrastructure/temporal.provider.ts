import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { APP_CONFIG, type GatewayConfig } from '../config';

export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');

export const temporalClientProvider: Provider = {
  provide: TEMPORAL_CLIENT,
  inject: [APP_CONFIG],
  useFactory: async (config: GatewayConfig): Promise<Client> => {
    // Lazy: the gateway starts (and answers reads) even while Temporal is still coming up.
    const connection = Connection.lazy({ address: config.TEMPORAL_ADDRESS ?? 'localhost:7233' });
    return new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  },
};

@Injectable()
export class TemporalShutdown implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}
