/** Something `/ready` asks before saying the app may take traffic. */
export interface ReadinessCheck {
  name: string;
  probe(): Promise<unknown>;
}

/** Modules add their checks at start (the database pool, the NATS connection). */
export class ReadinessRegistry {
  private readonly checks: ReadinessCheck[] = [];

  add(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  all(): readonly ReadinessCheck[] {
    return this.checks;
  }
}
