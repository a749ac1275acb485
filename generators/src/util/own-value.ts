/** `record[key]` when it is an own property: a key such as `constructor` or `__proto__` must not find Object.prototype's members. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && record !== null && Object.hasOwn(record, key) ? record[key] : undefined;
}
