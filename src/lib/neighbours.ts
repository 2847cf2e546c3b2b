// Previous/next links walk the notes of one day, as a reader would in the talk schedule.

export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

export function neighboursOf<T extends { id: string }>(ordered: readonly T[], id: string): Neighbours<T> {
  const index = ordered.findIndex((item) => item.id === id);
  if (index === -1) return {};
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
