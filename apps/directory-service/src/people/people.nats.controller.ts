import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  DirectorySubject,
  verifyCredentialSchema,
  type CurrentPersonView,
  type VerifiedIdentity,
} from '@xieshang/contracts';
import { parseInput } from '@xieshang/platform-errors';
import { CurrentPersonHandler } from './queries/current-person/current-person.handler.js';
import { VerifyCredentialHandler } from './commands/verify-credential/verify-credential.handler.js';

@Controller()
export class PeopleNatsController {
  constructor(
    private readonly currentPerson: CurrentPersonHandler,
    private readonly verifyCredential: VerifyCredentialHandler,
  ) {}

  @MessagePattern(DirectorySubject.CurrentPerson)
  current(): Promise<CurrentPersonView> {
    return this.currentPerson.execute();
  }

  @MessagePattern(DirectorySubject.VerifyCredential)
  verify(@Payload() payload: unknown): Promise<VerifiedIdentity> {
    return this.verifyCredential.execute(parseInput(verifyCredentialSchema, payload));
  }
}
