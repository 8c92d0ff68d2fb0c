/** Who arranges interviews (office, UFWD), the CPC side (with the leaders), and a party's leader. */
export const ARRANGER_ROLES = ['office', 'ufwd'];
export const CPC_ROLES = ['leader', ...ARRANGER_ROLES];

export const holdsAny = (roles: readonly string[], wanted: readonly string[]): boolean => roles.some((role) => wanted.includes(role));

/** The kinds of org unit an interview may be held with. */
export const PARTY_KINDS = ['democratic_party', 'non_party', 'federation'];
