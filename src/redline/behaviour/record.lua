-- Redline behaviour state: record one request's observation and answer the snapshot.
-- Runs atomically in Redis. KEYS[1]: the tenant's key prefix ("<prefix>:{<tenant id>}", the
-- hash tag keeps one tenant's keys in one cluster slot). ARGV[1]: the observation as JSON.
-- Every key this script writes has a TTL, so an idle tenant's state expires by itself.
local base = KEYS[1]
local o = cjson.decode(ARGV[1])
local now = tonumber(o.at)
local out = {counts = {}, refs = {}, templates = {}, arrivals = {}, facets = {}}

-- scale: a HyperLogLog per category, window and bucket; the merge of a window's closed
-- buckets is made once per bucket (PFMERGE) and counted with the current one (PFCOUNT).
for category, items in pairs(o.people) do
  local changed = 0
  local counts = {}
  for _, w in ipairs(o.windows) do
    local name, span, width = w[1], w[2], w[3]
    local bucket = math.floor(now / width)
    local prefix = base .. ':hll:' .. category .. ':' .. name .. ':'
    local current = prefix .. bucket
    if #items > 0 then
      changed = changed + redis.call('PFADD', current, unpack(items))
      redis.call('EXPIRE', current, span + width)
    end
    local closed = base .. ':hllc:' .. category .. ':' .. name .. ':' .. bucket
    if redis.call('EXISTS', closed) == 0 then
      local sources = {}
      for b = bucket - math.floor(span / width) + 1, bucket - 1 do
        sources[#sources + 1] = prefix .. b
      end
      redis.call('PFMERGE', closed, unpack(sources))
      redis.call('EXPIRE', closed, width + 60)
    end
    counts[#counts + 1] = {name, redis.call('PFCOUNT', closed, current)}
  end
  out.counts[#out.counts + 1] = {category, counts}
  local refs = base .. ':refs:' .. category
  if changed > 0 then
    redis.call('ZADD', refs, now, o.decision_id)
    redis.call('ZREMRANGEBYRANK', refs, 0, -(o.refs_kept + 1))
    redis.call('EXPIRE', refs, o.refs_ttl)
  end
  out.refs[#out.refs + 1] = {category, redis.call('ZRANGE', refs, 0, -1)}
end

-- decision pipelines: recent template signatures; candidates share a 16-bit band.
if o.template then
  local key = base .. ':templates'
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - o.template.window_s)
  local members = redis.call('ZRANGE', key, 0, -1, 'WITHSCORES')
  for i = 1, #members, 2 do
    local m = members[i]
    for j = 1, 4 do
      if string.sub(m, 4 * j - 3, 4 * j) == string.sub(o.template.simhash, 4 * j - 3, 4 * j) then
        out.templates[#out.templates + 1] = {m, members[i + 1]}
        break
      end
    end
  end
  local member = o.template.simhash .. '|' .. o.template.subject .. '|' .. o.decision_id
  redis.call('ZADD', key, now, member)
  redis.call('ZREMRANGEBYRANK', key, 0, -(o.template.keep + 1))
  redis.call('EXPIRE', key, o.template.window_s)
end

-- cadence: the key's recent arrivals, newest first.
local arrivals = base .. ':arrivals:' .. o.key_id
redis.call('LPUSH', arrivals, o.at .. '|' .. o.flags .. '|' .. o.decision_id)
redis.call('LTRIM', arrivals, 0, o.arrivals_kept - 1)
redis.call('EXPIRE', arrivals, o.arrival_ttl)
out.arrivals = redis.call('LRANGE', arrivals, 0, -1)

-- decomposition: the strongest live facet per kind, per red line.
local since = now - o.facet_window_s
for line, facets in pairs(o.facets) do
  local key = base .. ':facets:' .. line
  for _, f in ipairs(facets) do
    local old = redis.call('HGET', key, f[1])
    local replace = true
    if old then
      local score, at = string.match(old, '^([^|]+)|([^|]+)|')
      replace = tonumber(score) <= tonumber(f[2]) or tonumber(at) <= since
    end
    if replace then
      redis.call('HSET', key, f[1], f[2] .. '|' .. o.at .. '|' .. o.decision_id)
    end
  end
  redis.call('EXPIRE', key, o.facet_window_s)
  local all = redis.call('HGETALL', key)
  local live = {}
  for i = 1, #all, 2 do
    local at = tonumber(string.match(all[i + 1], '^[^|]+|([^|]+)|'))
    if at <= since then
      redis.call('HDEL', key, all[i])
    else
      live[#live + 1] = {all[i], all[i + 1]}
    end
  end
  out.facets[#out.facets + 1] = {line, live}
end

return cjson.encode(out)
