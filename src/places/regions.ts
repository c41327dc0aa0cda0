// First-level regions named after a city ("Paris, Texas"), from data/places/admin-regions.tsv.
import { dataPath } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';

export interface AdminRegion {
  name: string;
  country: string;
  admin: string;
  lat: number;
  lon: number;
}

let cache: Map<string, AdminRegion> | undefined;

export function adminRegion(name: string): AdminRegion | undefined {
  cache ??= new Map(
    readTsv(dataPath('places', 'admin-regions.tsv')).map((r) => [r.name.toLowerCase(), { name: r.name, country: r.country, admin: r.admin, lat: Number(r.lat), lon: Number(r.lon) }]),
  );
  return cache.get(name.replace(/[’']s$/, '').toLowerCase());
}
