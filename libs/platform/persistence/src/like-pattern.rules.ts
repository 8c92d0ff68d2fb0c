/**
 * A search text as an `ilike` pattern that finds it anywhere: `%`, `_` and the escape character
 * itself are matched literally (PostgreSQL's default LIKE escape is the backslash), so a search
 * for `100%` finds only texts that contain `100%`.
 */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
