/** Items grouped by key, groups in the order their first item appears (the host's display order). */
export function groupBy<T>(
  items: readonly T[],
  key: (item: T) => string,
): { name: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return [...groups].map(([name, grouped]) => ({ name, items: grouped }));
}
