/** mulberry32: numbers in [0, 1) from a seed. */
export function mulberry32(seed: number): () => number;
