// SPDX-License-Identifier: GPL-3.0-or-later
// Contract test: starts marquee-demo-server, calls every route it serves and validates each JSON
// answer against the response schema of the real Jellyfin spec (10.11, OpenAPI 3.0.1) with ajv,
// and checks that every query parameter the server reads exists in the spec for that operation.
//
//   npm ci --prefix tests/contract      (once; CI must run this before ctest)
//   node tests/contract/validate.mjs --server build/src/app/marquee-demo-server \
//        --spec ../shared/jellyfin/jellyfin-openapi-stable.json
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
if (!args.server || !args.spec) {
  console.error('usage: validate.mjs --server <marquee-demo-server> --spec <jellyfin-openapi-stable.json>');
  process.exit(2);
}

// Fail loudly (never skip) when the npm packages are missing.
let Ajv, addFormats;
try {
  const require = createRequire(import.meta.url);
  Ajv = require('ajv').default;
  addFormats = require('ajv-formats').default;
} catch (e) {
  console.error('FATAL: tests/contract/node_modules is missing; run `npm ci --prefix tests/contract` first.\n' + e.message);
  process.exit(1);
}

const spec = JSON.parse(readFileSync(args.spec, 'utf8'));

// --- OpenAPI 3.0 -> JSON Schema: `nullable` becomes a null alternative; refs point at one schema doc.
function convert(node) {
  if (Array.isArray(node)) return node.map(convert);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') out[k] = v.replace(/^#\/components\//, 'openapi#/components/');
    else if (k !== 'nullable' && k !== 'example' && k !== 'deprecated' && k !== 'xml' && k !== 'discriminator') out[k] = convert(v);
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string' && !out.enum && !out.allOf) return { ...out, type: [out.type, 'null'] };
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
// Jellyfin prints GUIDs as 32 hex digits without dashes (api-notes.md, "IDs"); accept both forms.
ajv.addFormat('uuid', /^(?:[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i);
ajv.addSchema({ $id: 'openapi', components: { schemas: convert(spec.components.schemas) } });

// --- Start the server on a free port.
const child = spawn(args.server, ['--port', '0', '--movies', '40', '--series', '4', '--seed', '3'],
                    { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  let out = '';
  const timer = setTimeout(() => reject(new Error('server did not start in 20 s')), 20000);
  child.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/listening on (http:\/\/[\d.]+:\d+)/);
    if (m) { clearTimeout(timer); resolve(m[1]); }
  });
  child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

let failures = 0;
let checks = 0;
const covered = new Set();
function fail(msg) { failures++; console.error('FAIL ' + msg); }

let token = '';
const authHeader = () => ({ Authorization: `MediaBrowser Client="Contract%20Test", Device="node", DeviceId="contract-1", Version="0.1.0"${token ? `, Token="${token}"` : ''}` });

/** Calls the server and validates the answer against spec.paths[template][method]. */
async function call(method, template, url, { body, expect = [200], headers = {} } = {}) {
  covered.add(`${method} ${template}`);
  const res = await fetch(base + url, {
    method, headers: { ...authHeader(), ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const buf = Buffer.from(await res.arrayBuffer());
  checks++;
  const where = `${method} ${url} -> ${res.status}`;
  if (!expect.includes(res.status)) { fail(`${where}: expected ${expect.join('/')}`); return null; }
  const op = spec.paths[template]?.[method.toLowerCase()];
  if (!op) { fail(`${where}: ${method} ${template} is not in the spec`); return null; }
  const response = op.responses[String(res.status)];
  if (!response) { fail(`${where}: status ${res.status} is not a documented response`); return null; }
  const content = response.content ?? {};
  const type = res.headers.get('content-type') ?? '';
  if (!Object.keys(content).length) {
    if (buf.length && res.status !== 401) fail(`${where}: the spec has no body for this status, got ${buf.length} bytes`);
    return null;
  }
  if (!type.startsWith('application/json') && !type.startsWith('application/problem+json')) {
    const mime = Object.keys(content)[0];
    if (!type.startsWith(mime.replace('*', ''))) fail(`${where}: content-type ${type}, spec says ${mime}`);
    return buf;
  }
  const schema = content['application/json']?.schema;
  const json = JSON.parse(buf.toString('utf8'));
  if (!schema) { fail(`${where}: no application/json schema in the spec`); return json; }
  const validate = ajv.compile(convert(schema));
  if (!validate(json)) {
    fail(`${where}: schema violations:\n  ` + validate.errors.slice(0, 8).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`).join('\n  '));
  }
  return json;
}

try {
  // --- Every query parameter the server reads must exist in the spec for that operation.
  const routes = await (await fetch(base + '/Demo/Routes')).json();
  for (const r of routes) {
    checks++;
    const op = spec.paths[r.Path]?.[r.Method.toLowerCase()];
    if (!op) { fail(`route ${r.Method} ${r.Path} is not in the spec`); continue; }
    const specParams = new Set((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
    for (const q of r.QueryParameters) if (!specParams.has(q)) fail(`${r.Method} ${r.Path}: query parameter "${q}" is not in the spec`);
    const needsAuth = Boolean(op.security?.length);
    if (needsAuth !== r.RequiresAuth) fail(`${r.Method} ${r.Path}: requiresAuth=${r.RequiresAuth} but the spec says ${needsAuth}`);
  }

  // --- Calls, before and after sign-in.
  await call('GET', '/System/Info/Public', '/System/Info/Public');
  await call('GET', '/System/Ping', '/System/Ping');
  await call('GET', '/Users/Me', '/Users/Me', { expect: [401] });
  const auth = await call('POST', '/Users/AuthenticateByName', '/Users/AuthenticateByName', { body: { Username: 'demo', Pw: 'demo' } });
  token = auth.AccessToken;
  await call('GET', '/Users/Me', '/Users/Me');
  const views = await call('GET', '/UserViews', '/UserViews?includeHidden=false');
  const allFields = spec.components.schemas.ItemFields.enum.join(',');
  await call('GET', '/Items', '/Items');
  await call('GET', '/Items', `/Items?parentId=${views.Items[0].Id}&recursive=true&includeItemTypes=Movie&fields=${allFields}&enableUserData=true&sortBy=SortName,ProductionYear&sortOrder=Ascending&startIndex=0&limit=50&enableTotalRecordCount=true`);
  const series = await call('GET', '/Items', `/Items?recursive=true&includeItemTypes=Series,Season&fields=${allFields}&limit=50`);
  const episodes = await call('GET', '/Items', `/Items?recursive=true&includeItemTypes=Episode&fields=${allFields}&limit=100&isPlayed=false&filters=IsUnplayed`);
  await call('GET', '/Items', `/Items?recursive=true&minDateLastSaved=2020-01-01T00:00:00.0000000Z&minDateLastSavedForUser=2020-01-01T00:00:00Z&isFavorite=true&searchTerm=a&enableImages=false`);
  const movieId = (await call('GET', '/Items', '/Items?recursive=true&includeItemTypes=Movie&limit=3')).Items[1].Id;
  const seriesId = series.Items.find((i) => i.Type === 'Series').Id;
  for (const id of [movieId, seriesId, series.Items.find((i) => i.Type === 'Season').Id, episodes.Items[0].Id, views.Items[1].Id])
    await call('GET', '/Items/{itemId}', `/Items/${id}`);
  await call('GET', '/Items', `/Items?ids=${movieId},${seriesId}&fields=${allFields}`);
  await call('GET', '/Items/Latest', `/Items/Latest?fields=${allFields}&limit=10`);
  await call('GET', '/Shows/{seriesId}/Seasons', `/Shows/${seriesId}/Seasons?fields=${allFields}`);
  await call('GET', '/Shows/{seriesId}/Seasons', '/Shows/ffffffffffffffffffffffffffffffff/Seasons', { expect: [404] });
  const eps = await call('GET', '/Shows/{seriesId}/Episodes', `/Shows/${seriesId}/Episodes?fields=${allFields}&season=1&startIndex=0&limit=20`);
  const epId = eps.Items[0].Id;

  // Images and video (binary: status and content type).
  const primary = await call('GET', '/Items/{itemId}/Images/{imageType}', `/Items/${movieId}/Images/Primary?maxWidth=100&quality=70`);
  if (!primary || primary[0] !== 0xff || primary[1] !== 0xd8) fail('Primary image is not a JPEG');
  await call('HEAD', '/Items/{itemId}/Images/{imageType}', `/Items/${movieId}/Images/Thumb`);
  await call('GET', '/Items/{itemId}/Images/{imageType}/{imageIndex}', `/Items/${movieId}/Images/Backdrop/0?maxHeight=90`);
  await call('HEAD', '/Items/{itemId}/Images/{imageType}/{imageIndex}', `/Items/${movieId}/Images/Backdrop/0`);
  await call('GET', '/Items/{itemId}/Images/{imageType}', `/Items/${movieId}/Images/Banner`, { expect: [404] });
  await call('GET', '/Videos/{itemId}/stream', `/Videos/${epId}/stream?static=true`);
  await call('HEAD', '/Videos/{itemId}/stream', `/Videos/${epId}/stream?static=true`);

  // Playback: the server decides for a device profile and a cap; a conversion over HLS from prepared segments;
  // intro and credits, external subtitles and trickplay tiles.
  const profile = {
    DirectPlayProfiles: [{ Type: 'Video', Container: 'mkv,mp4', VideoCodec: 'h264,hevc', AudioCodec: 'aac,eac3' }],
    TranscodingProfiles: [{ Type: 'Video', Container: 'ts', Protocol: 'hls', VideoCodec: 'h264', AudioCodec: 'aac', Context: 'Streaming' }],
    SubtitleProfiles: [{ Format: 'srt', Method: 'External' }],
  };
  const direct = await call('POST', '/Items/{itemId}/PlaybackInfo', `/Items/${movieId}/PlaybackInfo?userId=${auth.User.Id}`, { body: { DeviceProfile: profile } });
  if (!direct?.MediaSources?.[0]?.SupportsDirectPlay) fail('PlaybackInfo without a cap: the H.264/AAC MP4 source must play directly');
  if (!direct?.PlaySessionId) fail('PlaybackInfo without a PlaySessionId');
  const capped = await call('POST', '/Items/{itemId}/PlaybackInfo', `/Items/${movieId}/PlaybackInfo?maxStreamingBitrate=720000`, { body: { DeviceProfile: profile } });
  const converted = capped?.MediaSources?.[0];
  if (!converted || converted.SupportsDirectPlay || !/TranscodeReasons=ContainerBitrateExceedsLimit/.test(converted.TranscodingUrl ?? ''))
    fail('PlaybackInfo with a 720 kbps cap must transcode for ContainerBitrateExceedsLimit');
  await call('GET', '/Items/{itemId}/PlaybackInfo', `/Items/${epId}/PlaybackInfo`);
  const master = (await call('GET', '/Videos/{itemId}/master.m3u8', converted.TranscodingUrl.replace(/ApiKey=[^&]*&?/, '')))?.toString('utf8') ?? '';
  const mainLine = master.split('\n').find((l) => l.startsWith('main.m3u8'));
  const media = (await call('GET', '/Videos/{itemId}/main.m3u8', `/Videos/${movieId}/${mainLine}`))?.toString('utf8') ?? '';
  const segmentLine = media.split('\n').find((l) => l.startsWith('hls1/'));
  const segment = await call('GET', '/Videos/{itemId}/hls1/{playlistId}/{segmentId}.{container}', `/Videos/${movieId}/${segmentLine}`);
  if (!segment || segment[0] !== 0x47) fail('an HLS segment that is not MPEG-TS');
  await call('DELETE', '/Videos/ActiveEncodings', `/Videos/ActiveEncodings?deviceId=contract-1&playSessionId=${capped.PlaySessionId}`, { expect: [204] });
  const segments = await call('GET', '/MediaSegments/{itemId}', `/MediaSegments/${epId}?includeSegmentTypes=Intro,Outro`);
  if (!segments?.Items?.some((s) => s.Type === 'Intro')) fail('an episode without an intro segment');
  const subtitle = direct.MediaSources[0].MediaStreams.find((s) => s.Type === 'Subtitle' && s.IsExternal);
  if (!subtitle?.DeliveryUrl) fail('no external subtitle with a DeliveryUrl');
  const srt = await call('GET', '/Videos/{routeItemId}/{routeMediaSourceId}/Subtitles/{routeIndex}/Stream.{routeFormat}', subtitle.DeliveryUrl);
  if (!srt?.toString('utf8').includes(' --> ')) fail('the external subtitle is not SubRip');
  const full = await call('GET', '/Items/{itemId}', `/Items/${movieId}`);
  const [trickplaySource, widths] = Object.entries(full?.Trickplay ?? {})[0] ?? [];
  if (!widths) fail('a movie without a trickplay manifest');
  const width = Object.keys(widths ?? { 160: 0 })[0];
  const tile = await call('GET', '/Videos/{itemId}/Trickplay/{width}/{index}.jpg', `/Videos/${movieId}/Trickplay/${width}/0.jpg?mediaSourceId=${trickplaySource}`);
  if (!tile || tile[0] !== 0xff || tile[1] !== 0xd8) fail('a trickplay tile that is not a JPEG');
  if (!full?.Chapters?.length) fail('a movie without chapters');

  // Downloads: the media sources with Size and ETag (what a download pins), the original file, and the permission.
  const info = await call('GET', '/Items/{itemId}/PlaybackInfo', `/Items/${epId}/PlaybackInfo?userId=${auth.User.Id}`);
  if (!info?.MediaSources?.[0]?.Size || !info.MediaSources[0].ETag) fail('PlaybackInfo has no Size or ETag');
  await call('GET', '/Items/{itemId}/PlaybackInfo', '/Items/ffffffffffffffffffffffffffffffff/PlaybackInfo', { expect: [404] });
  const file = await call('GET', '/Items/{itemId}/Download', `/Items/${epId}/Download`);
  if (!file || file.length !== info.MediaSources[0].Size) fail(`Download sent ${file?.length} bytes, PlaybackInfo says ${info.MediaSources[0].Size}`);
  await call('GET', '/Items/{itemId}/Download', '/Items/ffffffffffffffffffffffffffffffff/Download', { expect: [404] });
  await fetch(base + '/Demo/Controls?downloadsAllowed=false', { method: 'POST' });
  await call('GET', '/Items/{itemId}/Download', `/Items/${epId}/Download`, { expect: [403] });
  await fetch(base + '/Demo/Controls?downloadsAllowed=true', { method: 'POST' });

  // Playstate and user data.
  await call('POST', '/Sessions/Playing', '/Sessions/Playing', { body: { ItemId: movieId, PositionTicks: 0, IsPaused: false, PlayMethod: 'DirectPlay' }, expect: [204] });
  await call('POST', '/Sessions/Playing/Progress', '/Sessions/Playing/Progress', { body: { ItemId: movieId, PositionTicks: 20000000000 }, expect: [204] });
  await call('POST', '/Sessions/Playing/Ping', '/Sessions/Playing/Ping?playSessionId=abc', { expect: [204] });
  await call('GET', '/UserItems/Resume', `/UserItems/Resume?fields=${allFields}&limit=10`);
  await call('POST', '/Sessions/Playing/Stopped', '/Sessions/Playing/Stopped', { body: { ItemId: movieId, PositionTicks: 20000000000 }, expect: [204] });
  await call('POST', '/UserPlayedItems/{itemId}', `/UserPlayedItems/${epId}?datePlayed=2024-01-02T03:04:05.0000000Z`);
  await call('GET', '/Shows/NextUp', `/Shows/NextUp?fields=${allFields}&limit=10`);
  await call('DELETE', '/UserPlayedItems/{itemId}', `/UserPlayedItems/${epId}`);
  await call('POST', '/UserFavoriteItems/{itemId}', `/UserFavoriteItems/${movieId}`);
  await call('DELETE', '/UserFavoriteItems/{itemId}', `/UserFavoriteItems/${movieId}`);
  await call('GET', '/UserItems/{itemId}/UserData', `/UserItems/${seriesId}/UserData`);
  await call('POST', '/UserItems/{itemId}/UserData', `/UserItems/${movieId}/UserData`, { body: { PlaybackPositionTicks: 1234, Played: false, LastPlayedDate: '2024-05-01T00:00:00Z', Likes: true, Rating: 7.5 } });
  await call('GET', '/UserItems/{itemId}/UserData', `/UserItems/${movieId}/UserData`);
  await call('POST', '/Sessions/Logout', '/Sessions/Logout', { expect: [204] });
  await call('GET', '/Items', '/Items', { expect: [401] });

  // Every API route the server has was exercised above.
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
