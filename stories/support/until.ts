/** For play functions: waits until `find` returns something (an element the source's first page brings), for at most 2 s. */
export async function until<T>(find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 100; i += 1) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('The story did not reach its state.');
}
