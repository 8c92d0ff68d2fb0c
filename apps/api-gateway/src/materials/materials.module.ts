import { Module } from '@nestjs/common';
import { MaterialsController } from './materials.controller.js';

/** Materials and invitations for the parties; written-consultation-service decides who sees them. */
@Module({ controllers: [MaterialsController] })
export class MaterialsModule {}
