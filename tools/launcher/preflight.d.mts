export declare const REQUIRED_NODE_MAJOR: number;
export declare const nodeTooOldMessage: (version?: string) => string | null;
export declare const preflight: () => void;
