/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_OIDC_URL?: string;
  readonly VITE_OIDC_REALM?: string;
  readonly VITE_OIDC_CLIENT_ID?: string;
  readonly VITE_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
