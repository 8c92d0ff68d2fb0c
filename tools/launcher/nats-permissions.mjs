/**
 * Who may do what on NATS: one user per app, with the subjects it may publish and subscribe to
 * (docs/operations.md, "NATS users"). The launcher renders this into the nats-server config it
 * runs; deploy/nats/nats-server.conf is the same rendering without dev-idp (a test keeps them equal), with each
 * password read from the server's environment (`NATS_PASSWORD_<APP>`), never written down.
 */
const EVENTS_STREAM = 'XS_EVENTS';
const DEAD_LETTER_STREAM = 'XS_DEAD_LETTERS';
const IDEMPOTENCY_BUCKET = 'xs_idempotency';
const SETTINGS_EFFECTIVE = 'directory.settings.effective';
const SETTINGS_CHANGED = 'evt.directory.settings.changed.v1';
const INBOX = '_INBOX.>';
const LIVE_NOTICES = 'notices.live.>';

/** Every service's request subjects start with its context: `planning.plan.get`. */
const SERVICES = [
  // The city view asks planning for each district's plan, as the directory itself.
  { name: 'directory-service', context: 'directory', durables: ['directory-service_audit'], requests: ['planning.plan.district-figures'] },
  { name: 'planning-service', context: 'planning', durables: [], requests: ['directory.org-unit.list', SETTINGS_EFFECTIVE], settings: true },
  // Interviews check their party and leader; the calendar feed asks who a token's person is now;
  // meetings come from the plan's events and read the lead times.
  {
    name: 'meeting-service',
    context: 'meeting',
    durables: ['meeting-service_plan-published', 'meeting-service_plan-revised'],
    requests: ['directory.org-unit.list', 'directory.person.list', 'directory.person.get', 'directory.person.current', SETTINGS_EFFECTIVE],
    settings: true,
  },
  // Escalation to the city goes through its own events (§3.3); it asks the directory for org units, its tenant's city and its clock.
  {
    name: 'written-consultation-service',
    context: 'written',
    durables: ['written-consultation-service_submission-escalated', 'written-consultation-service_escalation-decided'],
    requests: ['directory.org-unit.list', 'directory.tenant.parent', SETTINGS_EFFECTIVE],
    settings: true,
  },
  {
    name: 'handling-feedback-service',
    context: 'handling-feedback',
    durables: [
      'handling-feedback-service_meeting-opinion',
      'handling-feedback-service_written-opinion',
      'handling-feedback-service_case-reminder',
      'handling-feedback-service_case-overdue',
      'handling-feedback-service_plan-published',
      'handling-feedback-service_plan-revised',
      'handling-feedback-service_meeting-held',
    ],
    // The dashboard asks planning for the plan's standing when it is published or revised, as a service.
    requests: ['directory.org-unit.list', SETTINGS_EFFECTIVE, 'planning.plan.district-figures'],
    settings: true,
  },
  {
    name: 'notification-service',
    context: 'notification',
    // One consumer per producing context (apps/notification-service/src/routing/notice-routes.ts).
    durables: ['notification-service_planning-notices', 'notification-service_meeting-notices', 'notification-service_written-notices', 'notification-service_handling-feedback-notices'],
    // The consumers it read planning's events with before, which it deletes at start.
    retired: ['notification-service_plan-solicited', 'notification-service_plan-published', 'notification-service_plan-revised', 'notification-service_suggestion-decided'],
    // Who the members of a unit and the holders of a role are, to tell each person.
    requests: [SETTINGS_EFFECTIVE, 'directory.person.list'],
    settings: true,
    // After commit, what changed for a person, to the gateways that stream to them (core NATS).
    publishes: [LIVE_NOTICES],
  },
];

/** Creating, reading and updating the two streams: every service makes sure they exist at start. */
const streamApi = () => [
  '$JS.API.INFO',
  ...[EVENTS_STREAM, DEAD_LETTER_STREAM].flatMap((stream) =>
    ['INFO', 'CREATE', 'UPDATE'].map((action) => `$JS.API.STREAM.${action}.${stream}`),
  ),
];

/** One durable pull consumer on the event stream: make it, read it, pull from it, ack its messages. */
const consumerApi = (durable) => [
  `$JS.API.CONSUMER.CREATE.${EVENTS_STREAM}.${durable}`,
  `$JS.API.CONSUMER.CREATE.${EVENTS_STREAM}.${durable}.>`,
  `$JS.API.CONSUMER.DURABLE.CREATE.${EVENTS_STREAM}.${durable}`,
  `$JS.API.CONSUMER.INFO.${EVENTS_STREAM}.${durable}`,
  `$JS.API.CONSUMER.MSG.NEXT.${EVENTS_STREAM}.${durable}`,
  `$JS.ACK.${EVENTS_STREAM}.${durable}.>`,
];

/**
 * The gateway's own ordered consumers on the people events (disabled people's tokens are refused
 * at once): created only with that filter, then read and pulled by any name the client gives them.
 */
const personEventsReaderApi = () => [
  `$JS.API.STREAM.INFO.${EVENTS_STREAM}`,
  `$JS.API.CONSUMER.CREATE.${EVENTS_STREAM}.*.evt.directory.person.>`,
  `$JS.API.CONSUMER.INFO.${EVENTS_STREAM}.*`,
  `$JS.API.CONSUMER.MSG.NEXT.${EVENTS_STREAM}.*`,
  `$JS.API.CONSUMER.DELETE.${EVENTS_STREAM}.*`,
];

/** A key-value bucket: its stream, its keys, direct reads. */
const bucketApi = (bucket) => [
  '$JS.API.INFO',
  `$JS.API.STREAM.INFO.KV_${bucket}`,
  `$JS.API.STREAM.CREATE.KV_${bucket}`,
  `$JS.API.STREAM.UPDATE.KV_${bucket}`,
  `$JS.API.STREAM.MSG.GET.KV_${bucket}`,
  `$JS.API.DIRECT.GET.KV_${bucket}.>`,
  `$KV.${bucket}.>`,
];

const servicePermissions = (service) => ({
  publish: [
    // Replies to the requests it serves.
    INBOX,
    // Its own events only (the outbox relay publishes them into the event stream), audit events included.
    `evt.${service.context}.>`,
    ...streamApi(),
    ...service.durables.flatMap(consumerApi),
    ...(service.retired ?? []).map((durable) => `$JS.API.CONSUMER.DELETE.${EVENTS_STREAM}.${durable}`),
    // A consumer parks what it cannot handle.
    ...(service.durables.length > 0 ? ['dlq.>'] : []),
    ...service.requests,
    ...(service.publishes ?? []),
  ],
  subscribe: [
    // Its own request subjects, only in its queue group, so replicas share them and no one else listens.
    `${service.context}.> ${service.name}`,
    INBOX,
    ...(service.settings ? [SETTINGS_CHANGED] : []),
  ],
});

/**
 * The users and their permissions. `devIdp: false` leaves out dev-idp, which deployments replace
 * with Keycloak; `testRunner` adds the test suite's own unrestricted user.
 */
export const natsUsers = ({ testRunner = false, devIdp = true } = {}) => [
  ...SERVICES.map((service) => ({ user: service.name, permissions: servicePermissions(service) })),
  {
    user: 'api-gateway',
    permissions: {
      // The only app that sends requests to every service; its idempotency bucket; the people events.
      publish: [...SERVICES.map((service) => `${service.context}.>`), ...bucketApi(IDEMPOTENCY_BUCKET), ...personEventsReaderApi()],
      // What changed for the people whose notice stream a replica holds open.
      subscribe: [INBOX, LIVE_NOTICES],
    },
  },
  ...(devIdp ? [{ user: 'dev-idp', permissions: { publish: ['directory.credential.verify'], subscribe: [INBOX] } }] : []),
  ...(testRunner ? [{ user: TEST_RUNNER_USER, permissions: { publish: ['>'], subscribe: ['>'] } }] : []),
];

export const TEST_RUNNER_USER = 'xieshang-tests';

/** The environment variable that carries a user's password to nats-server: `NATS_PASSWORD_API_GATEWAY`. */
export const passwordVariable = (user) => `NATS_PASSWORD_${user.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;

const list = (subjects) => `[${subjects.map((subject) => JSON.stringify(subject)).join(', ')}]`;

/** nats-server's `authorization` block; passwords are `$NATS_PASSWORD_<USER>`, resolved from its environment. */
export const natsAuthorizationConfig = (users) =>
  [
    'authorization {',
    '  users = [',
    ...users.map(
      ({ user, permissions }) =>
        `    { user: ${JSON.stringify(user)}, password: $${passwordVariable(user)}, permissions: {\n` +
        `        publish: { allow: ${list(permissions.publish)} }\n` +
        `        subscribe: { allow: ${list(permissions.subscribe)} } } }`,
    ),
    '  ]',
    '}',
    '',
  ].join('\n');
