export declare const DEFAULT_APP_PASSWORD: string;
export declare const DATABASE_NAME_PATTERN: RegExp;
export declare const assertDatabaseName: (name: string) => string;
export declare const databaseNameOf: (url: string) => string;
export declare const withDatabase: (url: string, database: string) => string;
export declare const appUrlFor: (adminUrl: string, role: string, password: string) => string;
export declare const testDatabaseName: (now?: Date, pid?: number) => string;
export declare const benchDatabaseName: (now?: Date) => string;
export declare const redact: (url: string) => string;
