import { Module } from '@nestjs/common';
import { IdentityAdminModule } from '../identity-admin/identity-admin.module.js';
import { CreatePersonHandler } from './commands/create-person/create-person.handler.js';
import { DisablePersonHandler } from './commands/disable-person/disable-person.handler.js';
import { EnablePersonHandler } from './commands/enable-person/enable-person.handler.js';
import { SetPersonPasswordHandler } from './commands/set-person-password/set-person-password.handler.js';
import { UpdatePersonHandler } from './commands/update-person/update-person.handler.js';
import { VerifyCredentialHandler } from './commands/verify-credential/verify-credential.handler.js';
import { CurrentPersonHandler } from './queries/current-person/current-person.handler.js';
import { GetPersonHandler } from './queries/get-person/get-person.handler.js';
import { ListPeopleHandler } from './queries/list-people/list-people.handler.js';

/** People and their roles: signing in, the current person, and administration with the identity provider kept in step. */
@Module({
  imports: [IdentityAdminModule],
  providers: [
    CurrentPersonHandler,
    VerifyCredentialHandler,
    ListPeopleHandler,
    GetPersonHandler,
    CreatePersonHandler,
    UpdatePersonHandler,
    DisablePersonHandler,
    EnablePersonHandler,
    SetPersonPasswordHandler,
  ],
})
export class PeopleModule {}
