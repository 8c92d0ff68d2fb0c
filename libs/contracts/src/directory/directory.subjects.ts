/** Request/reply subjects answered by directory-service: `<context>.<aggregate>.<verb>`. */
export const DirectorySubject = {
  CurrentPerson: 'directory.person.current',
  VerifyCredential: 'directory.credential.verify',
  ListOrgUnits: 'directory.org-unit.list',
} as const;

export const DirectoryErrorCode = {
  PersonNotFound: 'DIRECTORY.PERSON_NOT_FOUND',
  InvalidCredentials: 'DIRECTORY.INVALID_CREDENTIALS',
  AccountDisabled: 'DIRECTORY.ACCOUNT_DISABLED',
} as const;
