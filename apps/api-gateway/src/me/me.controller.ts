import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DirectorySubject, ROLES, type CurrentPersonView } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';

@ApiTags('me')
@ApiBearerAuth()
@Controller('api/v1/me')
export class MeController {
  constructor(private readonly services: ServiceRequester) {}

  /** The signed-in user's name, roles, tenant and org unit, as the directory holds them. */
  @Get()
  @Roles(...ROLES)
  @ApiOkResponse({ description: 'The signed-in person' })
  me(): Promise<CurrentPersonView> {
    return this.services.request<CurrentPersonView>(DirectorySubject.CurrentPerson, null);
  }
}
