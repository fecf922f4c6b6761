// Where an entity's page lives: `/entity/<canonical name>`, the id `GET /api/entities/:id` takes.

export function entityHref(name: string): string {
  return `/entity/${encodeURIComponent(name)}`;
}

/** The canonical name in an `/entity/…` path, or null when the path is not one. */
export function parseEntityPath(pathname: string): string | null {
  const match = /^\/entity\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
