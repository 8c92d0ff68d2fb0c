import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { TenantSubject, type DistrictFiguresView } from '@xieshang/contracts';
import { DistrictFiguresHandler } from './district-figures.handler.js';

@Controller()
export class CityNatsController {
  constructor(private readonly districtFigures: DistrictFiguresHandler) {}

  @MessagePattern(TenantSubject.DistrictFigures)
  figures(): Promise<DistrictFiguresView[]> {
    return this.districtFigures.execute();
  }
}
