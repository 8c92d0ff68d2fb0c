import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { PersonSubject, type ListResult, type PersonView } from '@xieshang/contracts';
import { CreatePersonHandler } from './commands/create-person/create-person.handler.js';
import { DisablePersonHandler } from './commands/disable-person/disable-person.handler.js';
import { EnablePersonHandler } from './commands/enable-person/enable-person.handler.js';
import { SetPersonPasswordHandler } from './commands/set-person-password/set-person-password.handler.js';
import { UpdatePersonHandler } from './commands/update-person/update-person.handler.js';
import { GetPersonHandler } from './queries/get-person/get-person.handler.js';
import { ListPeopleHandler } from './queries/list-people/list-people.handler.js';

/** People as the tenant administrator keeps them; the gateway decides who may ask. */
@Controller()
export class PeopleAdminNatsController {
  constructor(
    private readonly listPeople: ListPeopleHandler,
    private readonly getPerson: GetPersonHandler,
    private readonly createPerson: CreatePersonHandler,
    private readonly updatePerson: UpdatePersonHandler,
    private readonly disablePerson: DisablePersonHandler,
    private readonly enablePerson: EnablePersonHandler,
    private readonly setPersonPassword: SetPersonPasswordHandler,
  ) {}

  @MessagePattern(PersonSubject.List)
  list(@Payload() payload: unknown): Promise<ListResult<PersonView>> {
    return this.listPeople.execute(payload);
  }

  @MessagePattern(PersonSubject.Get)
  get(@Payload() payload: unknown): Promise<PersonView> {
    return this.getPerson.execute(payload);
  }

  @MessagePattern(PersonSubject.Create)
  create(@Payload() payload: unknown): Promise<PersonView> {
    return this.createPerson.execute(payload);
  }

  @MessagePattern(PersonSubject.Update)
  update(@Payload() payload: unknown): Promise<PersonView> {
    return this.updatePerson.execute(payload);
  }

  @MessagePattern(PersonSubject.Disable)
  disable(@Payload() payload: unknown): Promise<PersonView> {
    return this.disablePerson.execute(payload);
  }

  @MessagePattern(PersonSubject.Enable)
  enable(@Payload() payload: unknown): Promise<PersonView> {
    return this.enablePerson.execute(payload);
  }

  @MessagePattern(PersonSubject.SetPassword)
  setPassword(@Payload() payload: unknown): Promise<PersonView> {
    return this.setPersonPassword.execute(payload);
  }
}
