import { Module } from '@nestjs/common';
import { CityNatsController } from './city.nats.controller.js';
import { DistrictFiguresHandler } from './district-figures.handler.js';
import { PlanningFiguresClient } from './planning-figures.client.js';

/** The city view: figures of a city's districts, read without entering them. */
@Module({
  controllers: [CityNatsController],
  providers: [DistrictFiguresHandler, PlanningFiguresClient],
})
export class CityModule {}
