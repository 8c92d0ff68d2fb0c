import { Injectable } from '@nestjs/common';
import { type CreateSolicitationInput, PlanningErrorCode, WrittenErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { DirectoryClient, isPartyBranch } from '../directory/directory-client.js';

/**
 * What only the directory can tell, asked before the transaction opens: each recipient is an
 * active party branch of the tenant, and the drafting department exists.
 */
@Injectable()
export class SolicitationChecks {
  constructor(private readonly directory: DirectoryClient) {}

  async check(input: Pick<CreateSolicitationInput, 'recipientOrgUnitIds' | 'draftingOrgUnitId'>): Promise<void> {
    const units = await this.directory.find([...input.recipientOrgUnitIds, ...(input.draftingOrgUnitId ? [input.draftingOrgUnitId] : [])]);
    const fields = input.recipientOrgUnitIds.flatMap((id, index) => {
      const unit = units.find((candidate) => candidate.id === id);
      return unit && isPartyBranch(unit) ? [] : [{ path: `recipientOrgUnitIds.${index}`, message: 'must be an active party branch of this district' }];
    });
    if (fields.length > 0) throw new AppException(WrittenErrorCode.NotAPartyBranch, 'Solicitations go to party branches only', { fields });
    if (input.draftingOrgUnitId && !units.some((unit) => unit.id === input.draftingOrgUnitId)) {
      throw new AppException(PlanningErrorCode.UnknownOrgUnit, 'The drafting unit is not an org unit of this district', {
        fields: [{ path: 'draftingOrgUnitId', message: 'unknown org unit' }],
      });
    }
  }
}
