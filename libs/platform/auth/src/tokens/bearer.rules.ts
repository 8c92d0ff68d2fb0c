/** The token of an `Authorization: Bearer <token>` header, or undefined when there is none. */
export const bearerToken = (header: string | string[] | undefined): string | undefined => {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(header);
  return match?.[1];
};
