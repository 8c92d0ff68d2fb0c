import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process, exposed at `/metrics` in Prometheus text format. */
export const metricsRegistry = new Registry();
/**
 * Process metrics (CPU, memory, event-loop lag). The lag is sampled every 100 ms: prom-client's
 * default of 10 ms wakes an idle service two hundred times a second, about 0.7 % of a CPU each.
 */
collectDefaultMetrics({ register: metricsRegistry, eventLoopMonitoringPrecision: 100 });

export const httpRequests = new Counter({
  name: 'xs_http_requests_total',
  help: 'HTTP requests by method, route and status',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [metricsRegistry],
});

export const httpDuration = new Histogram({
  name: 'xs_http_request_duration_seconds',
  help: 'HTTP request latency',
  labelNames: ['method', 'route'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const natsRequestDuration = new Histogram({
  name: 'xs_nats_request_duration_seconds',
  help: 'NATS request/reply latency, by subject and outcome',
  labelNames: ['subject', 'outcome'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  registers: [metricsRegistry],
});

export const natsHandled = new Counter({
  name: 'xs_nats_messages_handled_total',
  help: 'NATS requests answered by this service, by subject and outcome',
  labelNames: ['subject', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const outboxLagSeconds = new Gauge({
  name: 'xs_outbox_lag_seconds',
  help: 'Age of the oldest event not yet published from the outbox',
  registers: [metricsRegistry],
});

export const outboxPending = new Gauge({
  name: 'xs_outbox_pending_events',
  help: 'Events in the outbox not yet published',
  registers: [metricsRegistry],
});
