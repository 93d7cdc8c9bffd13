import type { ComplexAttributeConverter } from 'lit';

/**
 * Lets plain-HTML users give objects and arrays as JSON attributes. Invalid JSON is reported
 * once in the console and leaves the property empty rather than throwing.
 */
export function jsonAttribute<T>(name: string): ComplexAttributeConverter<T | undefined> {
  return {
    fromAttribute(value: string | null): T | undefined {
      if (value === null || value.trim() === '') return undefined;
      try {
        return JSON.parse(value) as T;
      } catch {
        console.warn(`[loket] The ${name} attribute is not valid JSON and was ignored.`);
        return undefined;
      }
    },
  };
}
