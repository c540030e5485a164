// The ports this process holds open, by their real path, so that a device looking for its
// moved twin never takes the port another device of this kiosk already uses.
const claimed = new Map<string, object>();

export function claimPort(realPath: string, owner: object): void {
  claimed.set(realPath, owner);
}

export function releasePort(owner: object): void {
  for (const [path, holder] of claimed) if (holder === owner) claimed.delete(path);
}

/** Paths held by anyone but `owner`. */
export function portsTakenByOthers(owner: object): Set<string> {
  return new Set([...claimed].filter(([, holder]) => holder !== owner).map(([path]) => path));
}
