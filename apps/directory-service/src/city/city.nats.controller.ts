import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { TenantSubject, type DistrictFiguresView } from '@xieshang/contracts';
import { DistrictFiguresHandler } from './district-figures.handler.js';

@Controller()
export class CityNatsController {
  constructor(private readonly districtFigures: DistrictFiguresHandler) {}

  @MessagePattern(TenantSubject.DistrictFigures)
  figures(@Payload() payload: unknown): Promise<DistrictFiguresView[]> {
    return this.districtFigures.execute(payload);
  }
}
