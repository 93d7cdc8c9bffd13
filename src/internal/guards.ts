/** A plain object (not null, not an array): the first check on any untrusted JSON. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
