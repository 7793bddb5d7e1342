/** Where a value sits in a YAML document: the keys and list indexes from the root. */
export type DataPath = readonly (string | number)[];
