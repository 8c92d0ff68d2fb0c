import {
  AuditSubject,
  createOrgUnitSchema,
  createPersonSchema,
  createTenantSchema,
  DirectorySubject,
  districtFiguresQuerySchema,
  getAuditEventQuerySchema,
  orgUnitIdSchema,
  OrgUnitSubject,
  orgUnitTemplateQuerySchema,
  personIdSchema,
  PersonSubject,
  putSettingsSchema,
  replaceOrgUnitTemplateSchema,
  resetSettingSchema,
  setPersonPasswordSchema,
  SettingsSubject,
  tenantCodeQuerySchema,
  TenantSubject,
  updateOrgUnitSchema,
  updatePersonSchema,
  verifyCredentialSchema,
} from '@xieshang/contracts';
import { route } from '@xieshang/platform-runtime';
import { GetAuditEventHandler } from './audit/queries/get-audit-event/get-audit-event.handler.js';
import { ListAuditEventsHandler, listAuditEventsSchema } from './audit/queries/list-audit-events/list-audit-events.handler.js';
import { VerifyAuditChainHandler } from './audit/queries/verify-audit-chain/verify-audit-chain.handler.js';
import { DistrictFiguresHandler } from './city/district-figures.handler.js';
import { CreateOrgUnitHandler } from './org-units/commands/create-org-unit/create-org-unit.handler.js';
import { ReactivateOrgUnitHandler } from './org-units/commands/reactivate-org-unit/reactivate-org-unit.handler.js';
import { RetireOrgUnitHandler } from './org-units/commands/retire-org-unit/retire-org-unit.handler.js';
import { UpdateOrgUnitHandler } from './org-units/commands/update-org-unit/update-org-unit.handler.js';
import { GetOrgUnitHandler } from './org-units/queries/get-org-unit/get-org-unit.handler.js';
import { ListOrgUnitsHandler, listOrgUnitsSchema } from './org-units/queries/list-org-units/list-org-units.handler.js';
import { CreatePersonHandler } from './people/commands/create-person/create-person.handler.js';
import { DisablePersonHandler } from './people/commands/disable-person/disable-person.handler.js';
import { EnablePersonHandler } from './people/commands/enable-person/enable-person.handler.js';
import { SetPersonPasswordHandler } from './people/commands/set-person-password/set-person-password.handler.js';
import { UpdatePersonHandler } from './people/commands/update-person/update-person.handler.js';
import { VerifyCredentialHandler } from './people/commands/verify-credential/verify-credential.handler.js';
import { CurrentPersonHandler } from './people/queries/current-person/current-person.handler.js';
import { GetPersonHandler } from './people/queries/get-person/get-person.handler.js';
import { ListPeopleHandler, listPeopleSchema } from './people/queries/list-people/list-people.handler.js';
import { SettingsHandler } from './settings/settings.handler.js';
import { CreateTenantHandler } from './tenants/commands/create-tenant/create-tenant.handler.js';
import { OrgUnitTemplateHandler } from './tenants/org-unit-templates/org-unit-template.handler.js';
import { ListTenantsHandler, listTenantsSchema } from './tenants/queries/list-tenants/list-tenants.handler.js';
import { TenantChildrenHandler } from './tenants/queries/tenant-children/tenant-children.handler.js';
import { TenantParentHandler } from './tenants/queries/tenant-parent/tenant-parent.handler.js';

/** Every subject directory-service answers: subject, input schema, handler method. */
export const DIRECTORY_ROUTES = [
  route(AuditSubject.ListEvents, listAuditEventsSchema, ListAuditEventsHandler, 'execute'),
  route(AuditSubject.GetEvent, getAuditEventQuerySchema, GetAuditEventHandler, 'execute'),
  route(AuditSubject.VerifyChain, null, VerifyAuditChainHandler, 'execute'),
  route(TenantSubject.DistrictFigures, districtFiguresQuerySchema, DistrictFiguresHandler, 'execute'),
  route(DirectorySubject.ListOrgUnits, listOrgUnitsSchema, ListOrgUnitsHandler, 'execute'),
  route(OrgUnitSubject.Get, orgUnitIdSchema, GetOrgUnitHandler, 'execute'),
  route(OrgUnitSubject.Create, createOrgUnitSchema, CreateOrgUnitHandler, 'execute'),
  route(OrgUnitSubject.Update, updateOrgUnitSchema, UpdateOrgUnitHandler, 'execute'),
  route(OrgUnitSubject.Retire, orgUnitIdSchema, RetireOrgUnitHandler, 'execute'),
  route(OrgUnitSubject.Reactivate, orgUnitIdSchema, ReactivateOrgUnitHandler, 'execute'),
  route(PersonSubject.List, listPeopleSchema, ListPeopleHandler, 'execute'),
  route(PersonSubject.Get, personIdSchema, GetPersonHandler, 'execute'),
  route(PersonSubject.Create, createPersonSchema, CreatePersonHandler, 'execute'),
  route(PersonSubject.Update, updatePersonSchema, UpdatePersonHandler, 'execute'),
  route(PersonSubject.Disable, personIdSchema, DisablePersonHandler, 'execute'),
  route(PersonSubject.Enable, personIdSchema, EnablePersonHandler, 'execute'),
  route(PersonSubject.SetPassword, setPersonPasswordSchema, SetPersonPasswordHandler, 'execute'),
  route(DirectorySubject.CurrentPerson, null, CurrentPersonHandler, 'execute'),
  route(DirectorySubject.VerifyCredential, verifyCredentialSchema, VerifyCredentialHandler, 'execute'),
  route(SettingsSubject.Effective, null, SettingsHandler, 'effective'),
  route(SettingsSubject.Put, putSettingsSchema, SettingsHandler, 'put'),
  route(SettingsSubject.Reset, resetSettingSchema, SettingsHandler, 'reset'),
  route(TenantSubject.Create, createTenantSchema, CreateTenantHandler, 'execute'),
  route(TenantSubject.List, listTenantsSchema, ListTenantsHandler, 'list'),
  route(TenantSubject.Get, tenantCodeQuerySchema, ListTenantsHandler, 'get'),
  route(TenantSubject.Children, null, TenantChildrenHandler, 'execute'),
  route(TenantSubject.Parent, null, TenantParentHandler, 'execute'),
  route(TenantSubject.GetOrgUnitTemplate, orgUnitTemplateQuerySchema, OrgUnitTemplateHandler, 'get'),
  route(TenantSubject.ReplaceOrgUnitTemplate, replaceOrgUnitTemplateSchema, OrgUnitTemplateHandler, 'replace'),
];
