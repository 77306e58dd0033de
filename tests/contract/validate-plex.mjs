// SPDX-License-Identifier: GPL-3.0-or-later
// Contract test of the demo server's Plex face: starts marquee-demo-server with --plex-port, calls every Plex route it
// serves and validates each JSON answer against Plex's official OpenAPI (1.2.2, OpenAPI 3.1) or, for what that file
// lacks, the community specification; checks that every query parameter a route reads exists there and that a
// route needs a token exactly when the specification says so. The places where the demo follows
// shared/plex/api-notes.md instead of either file are listed in NOTES below and in docs/plex-contract.md.
//
//   npm ci --prefix tests/contract
//   node tests/contract/validate-plex.mjs --server build/src/app/marquee-demo-server \
//        --spec ../shared/plex/plex-media-server-openapi.json --community ../shared/plex/plex-api-spec.yaml
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
if (!args.server || !args.spec || !args.community) {
  console.error('usage: validate-plex.mjs --server <marquee-demo-server> --spec <plex-media-server-openapi.json> --community <plex-api-spec.yaml>');
  process.exit(2);
}

let Ajv2020, addFormats, YAML;
try {
  const require = createRequire(import.meta.url);
  Ajv2020 = require('ajv/dist/2020').default;
  addFormats = require('ajv-formats').default;
  YAML = require('yaml');
} catch (e) {
  console.error('FATAL: tests/contract/node_modules is missing; run `npm ci --prefix tests/contract` first.\n' + e.message);
  process.exit(1);
}

const official = JSON.parse(readFileSync(args.spec, 'utf8'));
const community = YAML.parse(readFileSync(args.community, 'utf8'), { maxAliasCount: -1 });
const specs = { official, community };

// Where the demo follows api-notes.md rather than a specification: the operation whose shape it answers with, and why.
// Each entry is in docs/plex-contract.md.
const NOTES = {
  'GET /:/scrobble': { as: ['official', '/:/scrobble', 'put'], why: 'the spec itself says GET is answered; PPA, PKC and REEL send GET' },
  'GET /:/unscrobble': { as: ['official', '/:/unscrobble', 'put'], why: 'as scrobble' },
  'GET /:/rate': { as: ['official', '/:/rate', 'put'], why: 'the spec itself says GET is answered' },
  'GET /:/timeline': { as: ['official', '/:/timeline', 'post'], why: 'PPA and Plex for Kodi report the timeline with GET' },
  'GET /library/onDeck': { as: ['community', '/library/sections/{sectionId}/onDeck', 'get'], why: 'the library-wide On Deck that PPA reads; the community file has only the per-section one, of the same shape' },
  'GET /{transcodeType}/:/transcode/universal/stop': { as: ['official', '/status/sessions/terminate', 'post'], why: 'the stop Plex clients send when playback ends (Plex for Kodi, Plex Web); in neither file, answered like the nearest one, which ends a session' },
};
// Query names a route may read beyond its operation's parameters (docs/plex-contract.md says why).
const EXTRA_QUERY = {
  'POST /api/v2/pins': ['strong'], // the official prose asks for `?strong=true`; neither file declares it
  'GET /{transcodeType}/:/transcode/universal/stop': ['session'], // the transcode session to stop, as clients name it
};

function resolve(spec, node) {
  let n = node;
  while (n && n.$ref) n = n.$ref.replace(/^#\//, '').split('/').reduce((o, k) => o[k.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  return n;
}
function plexTvPath(path) { return path.startsWith('/api/v2/') ? path.slice('/api/v2'.length) : null; }
/** The specification operation for a route: the official one, else the community one, else a NOTES entry. */
function operationFor(method, path) {
  const key = `${method} ${path}`;
  if (NOTES[key]) { const [spec, p, m] = NOTES[key].as; return { spec, op: specs[spec].paths[p]?.[m], note: NOTES[key].why }; }
  const tv = plexTvPath(path);
  if (tv) return { spec: 'community', op: community.paths[tv]?.[method.toLowerCase()] };
  const op = official.paths[path]?.[method.toLowerCase()];
  if (op) return { spec: 'official', op };
  return { spec: 'community', op: community.paths[path]?.[method.toLowerCase()] };
}
function queryNames(spec, op, path, method) {
  const names = new Set();
  const others = [op, official.paths[path]?.[method.toLowerCase()], community.paths[plexTvPath(path) ?? path]?.[method.toLowerCase()]];
  for (const o of others) {
    if (!o) continue;
    const specOf = o === official.paths[path]?.[method.toLowerCase()] ? official : (o === op ? specs[spec] : community);
    for (const p of o.parameters ?? []) { const r = resolve(specOf, p); if (r?.in === 'query') names.add(r.name); }
  }
  return names;
}

// --- OpenAPI 3.1 schemas are JSON Schema 2020-12: one Ajv per file, its components under a fixed $id.
function ajvFor(spec, id) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  const rewrite = (node) => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out[k] = v.replace(/^#\/components\//, `${id}#/components/`);
      else if (!['example', 'examples', 'xml', 'discriminator', 'deprecated'].includes(k)) out[k] = rewrite(v);
    }
    return out;
  };
  ajv.addSchema({ $id: id, components: { schemas: rewrite(spec.components?.schemas ?? {}) } });
  return { ajv, rewrite };
}
const validators = { official: ajvFor(official, 'plexofficial'), community: ajvFor(community, 'plexcommunity') };

// --- Start the server with both faces on free ports.
const child = spawn(args.server, ['--port', '0', '--plex-port', '0', '--movies', '40', '--series', '4', '--seed', '3'],
                    { stdio: ['ignore', 'pipe', 'inherit'] });
const { base, token } = await new Promise((resolveStart, reject) => {
  let out = '';
  const timer = setTimeout(() => reject(new Error('server did not start in 20 s')), 20000);
  child.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/Plex face listening on (http:\/\/[\d.]+:\d+) \(token (\w+)\)/);
    if (m) { clearTimeout(timer); resolveStart({ base: m[1], token: m[2] }); }
  });
  child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

let failures = 0;
let checks = 0;
const covered = new Set();
function fail(msg) { failures++; console.error('FAIL ' + msg); }
const client = { 'X-Plex-Client-Identifier': 'contract-1', 'X-Plex-Product': 'Contract Test', 'X-Plex-Version': '0.1.0', Accept: 'application/json' };

/** Calls the Plex face and validates the answer against the operation the route maps to. */
async function call(method, template, url, { expect = [200], headers = {}, auth = token } = {}) {
  covered.add(`${method} ${template}`);
  const res = await fetch(base + url, { method, headers: { ...client, ...(auth ? { 'X-Plex-Token': auth } : {}), ...headers } });
  const buf = Buffer.from(await res.arrayBuffer());
  checks++;
  const where = `${method} ${url} -> ${res.status}`;
  if (!expect.includes(res.status)) { fail(`${where}: expected ${expect.join('/')}`); return null; }
  const { spec, op } = operationFor(method, template);
  if (!op) { fail(`${where}: ${method} ${template} is in neither specification`); return null; }
  if (res.status === 401) return null; // a missing or wrong token, on any route that needs one (official §Auth)
  const response = resolve(specs[spec], op.responses[String(res.status)]);
  if (!response) { fail(`${where}: status ${res.status} is not a documented response (${spec})`); return null; }
  const content = response.content ?? {};
  const type = (res.headers.get('content-type') ?? '').split(';')[0].trim();
  if (!Object.keys(content).length) return null;
  if (type !== 'application/json') {
    if (!Object.keys(content).some((mime) => type === mime || (mime.endsWith('/*') && type.startsWith(mime.slice(0, -1)))))
      fail(`${where}: content-type ${type}, the ${spec} specification says ${Object.keys(content).join(', ')}`);
    return buf;
  }
  const schema = content['application/json']?.schema;
  const json = JSON.parse(buf.toString('utf8'));
  if (!schema) { fail(`${where}: no application/json schema in the ${spec} specification`); return json; }
  const { ajv, rewrite } = validators[spec];
  const validate = ajv.compile(rewrite(schema));
  if (!validate(json))
    fail(`${where}: schema violations (${spec}):\n  ` + validate.errors.slice(0, 8).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`).join('\n  '));
  return json;
}

try {
  // --- Every query parameter a route reads is in its specification; a token is needed exactly when it says so.
  const routes = await (await fetch(base + '/Demo/Routes')).json();
  for (const r of routes) {
    checks++;
    const { spec, op } = operationFor(r.Method, r.Path);
    if (!op) { fail(`route ${r.Method} ${r.Path} is in neither specification`); continue; }
    const names = queryNames(spec, op, r.Path, r.Method);
    const mediaQuery = names.has('mediaQuery');
    for (const q of r.QueryParameters) {
      if (names.has(q) || q.startsWith('X-Plex-') || (EXTRA_QUERY[`${r.Method} ${r.Path}`] ?? []).includes(q)) continue;
      if (mediaQuery && /^[A-Za-z]+(>>|<<|>|<)?$/.test(q)) continue; // a media-query field and operator (official §Media Queries)
      fail(`${r.Method} ${r.Path}: query parameter "${q}" is not in the ${spec} specification`);
    }
    if (!plexTvPath(r.Path)) {
      const security = op.security ?? specs[spec].security ?? [];
      const needsAuth = security.some((s) => Object.keys(s).length > 0);
      if (needsAuth !== r.RequiresAuth) fail(`${r.Method} ${r.Path}: requiresAuth=${r.RequiresAuth} but the specification says ${needsAuth}`);
    }
  }

  // --- The server.
  await call('GET', '/identity', '/identity', { auth: '' });
  await call('GET', '/', '/');
  await call('GET', '/library/sections/all', '/library/sections/all', { expect: [401], auth: 'wrong' });
  const sections = await call('GET', '/library/sections/all', '/library/sections/all');
  await call('GET', '/library/sections/', '/library/sections/');
  const movieSection = sections.MediaContainer.Directory.find((d) => d.type === 'movie').key;
  const showSection = sections.MediaContainer.Directory.find((d) => d.type === 'show').key;
  const paged = { 'X-Plex-Container-Start': '0', 'X-Plex-Container-Size': '10' };
  const movies = await call('GET', '/library/sections/{sectionId}/all', `/library/sections/${movieSection}/all?type=1&sort=titleSort,id&includeGuids=1`, { headers: paged });
  await call('GET', '/library/sections/{sectionId}/all', `/library/sections/${movieSection}/all?type=1&updatedAt>>=0&addedAt>>=1&lastViewedAt>>=1&X-Plex-Container-Start=5&X-Plex-Container-Size=5`);
  await call('GET', '/library/sections/{sectionId}/all', `/library/sections/${movieSection}/all?type=1&updatedAt>=0&updatedAt<<=4000000000&includeFields=ratingKey,type,updatedAt`, { headers: paged });
  await call('GET', '/library/sections/{sectionId}/all', `/library/sections/${showSection}/all?type=3&addedAt<=4000000000&lastViewedAt<<=4000000000&lastViewedAt>=0&addedAt<<=4000000000&addedAt>=0&updatedAt<=4000000000&lastViewedAt<=4000000000`, { headers: paged });
  const shows = await call('GET', '/library/all', '/library/all?type=2');
  await call('GET', '/library/sections/{sectionId}/allLeaves', `/library/sections/${showSection}/allLeaves`, { headers: paged });
  const movie = movies.MediaContainer.Metadata[1];
  const show = shows.MediaContainer.Metadata[0];
  await call('GET', '/library/metadata/{ids}', `/library/metadata/${movie.ratingKey}`);
  await call('GET', '/library/metadata/{ids}', `/library/metadata/${movie.ratingKey},${show.ratingKey}`, { headers: paged });
  const seasons = await call('GET', '/library/metadata/{id}/children', `/library/metadata/${show.ratingKey}/children`);
  const season = seasons.MediaContainer.Metadata[0];
  const episodes = await call('GET', '/library/metadata/{id}/children', `/library/metadata/${season.ratingKey}/children`, { headers: paged });
  const episode = episodes.MediaContainer.Metadata[0];
  await call('GET', '/library/metadata/{ids}', `/library/metadata/${season.ratingKey},${episode.ratingKey}`);
  await call('GET', '/library/metadata/{ids}/allLeaves', `/library/metadata/${show.ratingKey}/allLeaves`, { headers: paged });

  // Images and media parts.
  const poster = await call('GET', '/photo/:/transcode', `/photo/:/transcode?url=${encodeURIComponent(movie.thumb)}&width=100&height=150&minSize=1&upscale=1&quality=80`);
  if (!poster || poster[0] !== 0xff || poster[1] !== 0xd8) fail('the transcoded poster is not a JPEG');
  await call('GET', '/photo/:/transcode', `/photo/:/transcode?url=${encodeURIComponent(movie.art)}&width=300&format=jpg`);
  await call('GET', '/library/metadata/{ids}/{element}/{timestamp}', movie.thumb);
  const part = movie.Media[0].Part[0].key;
  await call('GET', '/library/parts/{partId}/{changestamp}/{filename}', part);
  await call('GET', '/library/parts/{partId}/{changestamp}/{filename}', `${part}?download=1`);
  // A movie in two versions: two Media, each with its part, its preview thumbnails (a BIF) and its own decision.
  const allMovies = await call('GET', '/library/sections/{sectionId}/all', `/library/sections/${movieSection}/all?type=1`);
  const twoVersions = (allMovies?.MediaContainer?.Metadata ?? []).find((m) => (m.Media ?? []).length === 2);
  if (!twoVersions) fail('no movie in two versions');
  const secondPart = twoVersions?.Media?.[1]?.Part?.[0] ?? {};
  if (twoVersions) {
    if (secondPart.key === twoVersions.Media[0].Part[0].key) fail('both versions have the same part');
    await call('GET', '/library/parts/{partId}/{changestamp}/{filename}', secondPart.key);
    const bif = await call('GET', '/library/parts/{partId}/indexes/{index}', `/library/parts/${secondPart.id}/indexes/sd`);
    if (!bif || bif.subarray(0, 8).toString('latin1') !== '\x89BIF\r\n\x1a\n') fail('a part index that is not a BIF file');
    await call('GET', '/library/parts/{partId}/indexes/{index}', `/library/parts/${secondPart.id}/indexes/sd?interval=2000`);
    await call('GET', '/library/parts/{partId}/indexes/{index}', `/library/parts/${secondPart.id}/indexes/sd?interval=10`, { expect: [404] });
  }

  // Playback through the universal transcoder: a decision for a profile and a cap, its HLS stream, its stop.
  const profile = encodeURIComponent('add-transcode-target(type=videoProfile&context=streaming&protocol=hls&container=mpegts&videoCodec=h264&audioCodec=aac)'
    + '+add-direct-play-profile(type=videoProfile&container=mp4,mkv&videoCodec=h264&audioCodec=aac&subtitleCodec=srt)');
  const transcode = (extra) => `path=/library/metadata/${movie.ratingKey}&mediaIndex=0&partIndex=0&protocol=hls&transcodeSessionId=contract-s1`
    + `&directPlay=1&directStream=1&directStreamAudio=1&subtitles=auto${extra}&X-Plex-Client-Profile-Name=Generic&X-Plex-Client-Profile-Extra=${profile}`;
  const partOf = (decision) => decision?.MediaContainer?.Metadata?.[0]?.Media?.[0]?.Part?.[0] ?? {};
  const direct = await call('GET', '/{transcodeType}/:/transcode/universal/decision', `/video/:/transcode/universal/decision?${transcode('')}`);
  if (partOf(direct).decision !== 'directplay') fail('without a cap the demo movie is not played directly');
  const capped = await call('GET', '/{transcodeType}/:/transcode/universal/decision', `/video/:/transcode/universal/decision?${transcode('&maxVideoBitrate=720')}`);
  if (partOf(capped).decision !== 'transcode') fail('a 720 kbps cap does not transcode the demo movie');
  const playlist = await call('GET', '/{transcodeType}/:/transcode/universal/start.{extension}', `/video/:/transcode/universal/start.m3u8?${transcode('&maxVideoBitrate=720')}`);
  const firstSegment = (playlist ?? Buffer.alloc(0)).toString('utf8').split('\n').find((line) => line.startsWith('session/'));
  if (!firstSegment) fail('start.m3u8 names no segment');
  else await call('GET', '/{transcodeType}/:/transcode/universal/session/{sessionId}/{segmentId}.ts', `/video/:/transcode/universal/${firstSegment}`);
  await call('GET', '/{transcodeType}/:/transcode/universal/stop', '/video/:/transcode/universal/stop?session=contract-s1');
  if (twoVersions) {
    const second = await call('GET', '/{transcodeType}/:/transcode/universal/decision',
      `/video/:/transcode/universal/decision?${transcode('').replace(`metadata/${movie.ratingKey}&mediaIndex=0`, `metadata/${twoVersions.ratingKey}&mediaIndex=1`)}`);
    if (partOf(second).key !== secondPart.key) fail('a decision about the second version is not about its part');
  }
  const withMarkers = await call('GET', '/library/metadata/{ids}', `/library/metadata/${episode.ratingKey}?includeMarkers=1&includeChapters=1`);
  const episodeFull = withMarkers?.MediaContainer?.Metadata?.[0] ?? {};
  if (!(episodeFull.Marker ?? []).some((m) => m.type === 'intro')) fail('an episode has no intro marker');
  if (!(episodeFull.Chapter ?? []).length) fail('an episode has no chapters');
  const subtitle = (partOf(withMarkers).Stream ?? []).find((s) => s.streamType === 3 && s.key);
  if (!subtitle) fail('an episode has no external subtitle stream');
  else {
    await call('GET', '/library/streams/{streamId}.{ext}', subtitle.key);
    const part = partOf(withMarkers).id;
    await call('PUT', '/library/parts/{partId}', `/library/parts/${part}?subtitleStreamID=${subtitle.id}&allParts=1`);
    await call('PUT', '/library/parts/{partId}', `/library/parts/${part}?subtitleStreamID=99999999`, { expect: [400] });
    await call('PUT', '/library/parts/{partId}', `/library/parts/${part}?subtitleStreamID=0`);
  }

  // Play state.
  const library = 'identifier=com.plexapp.plugins.library';
  const timeline = (state, time, extra = '') => `/:/timeline?ratingKey=${movie.ratingKey}&key=/library/metadata/${movie.ratingKey}&state=${state}&time=${time}&duration=${movie.duration}${extra}`;
  await call('POST', '/:/timeline', timeline('playing', 1000), { headers: { 'X-Plex-Session-Identifier': 's1' } });
  await call('POST', '/:/timeline', timeline('paused', 60000, '&playQueueItemID=1&continuing=0'));
  await call('GET', '/:/timeline', timeline('stopped', 120000, '&offline=1&updated=1700000000'));
  await call('POST', '/:/timeline', timeline('stopped', movie.duration + 1000), { expect: [400] });
  await call('GET', '/hubs/continueWatching', '/hubs/continueWatching?count=5');
  await call('GET', '/hubs/continueWatching/items', '/hubs/continueWatching/items', { headers: paged });
  await call('GET', '/library/onDeck', '/library/onDeck', { headers: paged });
  await call('GET', '/library/sections/{sectionId}/recentlyAdded', `/library/sections/${movieSection}/recentlyAdded`, { headers: paged });
  await call('PUT', '/:/scrobble', `/:/scrobble?key=${episode.ratingKey}&${library}`);
  await call('GET', '/:/scrobble', `/:/scrobble?uri=${encodeURIComponent(`server://x/com.plexapp.plugins.library/library/metadata/${episode.ratingKey}`)}&${library}`);
  await call('PUT', '/:/unscrobble', `/:/unscrobble?key=${episode.ratingKey}&${library}`);
  await call('GET', '/:/unscrobble', `/:/unscrobble?key=${episode.ratingKey}&${library}`);
  await call('PUT', '/:/scrobble', `/:/scrobble?key=99999999&${library}`, { expect: [404] });
  await call('PUT', '/:/rate', `/:/rate?key=${movie.ratingKey}&${library}&rating=10&ratedAt=1700000000`);
  await call('GET', '/:/rate', `/:/rate?key=${movie.ratingKey}&${library}&rating=0`);
  await call('GET', '/:/progress', `/:/progress?key=${movie.ratingKey}&time=90000`);

  // plex.tv's sign-in, served on the same port.
  const pin = await call('POST', '/api/v2/pins', '/api/v2/pins?strong=true', { auth: '' });
  await call('GET', '/api/v2/pins/{pinId}', `/api/v2/pins/${pin.id}`, { auth: '' });
  await fetch(`${base}/Demo/Plex/Pins/${pin.code}/Claim`, { method: 'POST' });
  const claimed = await call('GET', '/api/v2/pins/{pinId}', `/api/v2/pins/${pin.id}`, { auth: '' });
  if (!claimed.authToken) fail('a claimed PIN has no authToken');
  await call('GET', '/api/v2/resources', '/api/v2/resources?includeHttps=1&includeRelay=1&includeIPv6=1', { auth: claimed.authToken });
  await call('GET', '/api/v2/user', '/api/v2/user', { auth: claimed.authToken });
  await call('GET', '/api/v2/user', '/api/v2/user', { expect: [401], auth: token });

  for (const r of routes) {
    if (!covered.has(`${r.Method} ${r.Path}`)) fail(`route ${r.Method} ${r.Path} has no contract check`);
  }
} catch (e) {
  fail('exception: ' + (e.stack ?? e));
} finally {
  child.kill('SIGTERM');
}

console.log(`${checks} checks, ${failures} failures`);
process.exit(failures ? 1 : 0);
