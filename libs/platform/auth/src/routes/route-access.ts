import { RequestMethod, type INestApplication, type Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_PATH, PATH_METADATA, VERSION_METADATA } from '@nestjs/common/constants.js';
import { ApplicationConfig, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { RoutePathFactory } from '@nestjs/core/router/route-path-factory.js';
import type { Role } from '@xieshang/contracts';
import { IS_PUBLIC_KEY, ROLES_KEY } from '../nest/auth.decorators.js';

export interface RouteAccess {
  method: string;
  path: string;
  controller: string;
  handler: string;
  public: boolean;
  roles: Role[];
}

const metadataOf = <T>(key: string, handler: object, controller: Type): T | undefined =>
  (Reflect.getMetadata(key, handler) as T | undefined) ?? (Reflect.getMetadata(key, controller) as T | undefined);

const firstPath = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/**
 * Every HTTP route of an app with who may call it, read from the same metadata the guards read.
 * The gateway's test asserts that no route is neither public nor role-bound.
 */
export const listRouteAccess = (app: INestApplication): RouteAccess[] => {
  const config = app.get(ApplicationConfig);
  const pathFactory = new RoutePathFactory(config);
  const scanner = new MetadataScanner();
  const routes: RouteAccess[] = [];

  const modules = app.get(ModulesContainer);
  for (const module of modules.values()) {
    // RouterModule records module paths per application, as Nest's own routes resolver reads them.
    const modulePath = (Reflect.getMetadata(MODULE_PATH + modules.applicationId, module.metatype) ??
      Reflect.getMetadata(MODULE_PATH, module.metatype)) as string | undefined;
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function') continue;
        const methodPath = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (methodPath === undefined) continue;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
        const paths = pathFactory.create(
          {
            ctrlPath: firstPath(Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined),
            methodPath: firstPath(methodPath),
            globalPrefix: config.getGlobalPrefix(),
            modulePath,
            controllerVersion: Reflect.getMetadata(VERSION_METADATA, controller),
            methodVersion: Reflect.getMetadata(VERSION_METADATA, handler),
            versioningOptions: config.getVersioning(),
          },
          requestMethod,
        );
        const isPublic = metadataOf<boolean>(IS_PUBLIC_KEY, handler, controller) === true;
        const roles = metadataOf<Role[]>(ROLES_KEY, handler, controller) ?? [];
        for (const path of paths) {
          routes.push({ method: RequestMethod[requestMethod], path, controller: controller.name, handler: name, public: isPublic, roles });
        }
      }
    }
  }
  return routes;
};

/** Routes that are neither `@Public()` nor bound to at least one role: the guards refuse them all. */
export const unguardedRoutes = (routes: readonly RouteAccess[]): RouteAccess[] =>
  routes.filter((route) => !route.public && route.roles.length === 0);
