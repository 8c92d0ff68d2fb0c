import { Module } from '@nestjs/common';
import { DistrictFiguresHandler } from './district-figures.handler.js';
import { PlanningFiguresClient } from './planning-figures.client.js';

/** The city view: figures of a city's districts, read without entering them. */
@Module({
  providers: [DistrictFiguresHandler, PlanningFiguresClient],
})
export class CityModule {}
