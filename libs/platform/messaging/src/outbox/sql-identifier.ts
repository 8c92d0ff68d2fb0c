const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Schema names go into SQL text, so only plain lowercase identifiers are accepted. */
export const sqlIdentifier = (name: string): string => {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
  return name;
};

/** The channel the outbox trigger notifies on commit, so the relay wakes without waiting for its poll. */
export const outboxChannel = (schema: string): string => `${sqlIdentifier(schema)}_outbox`;
