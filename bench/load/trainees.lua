-- wrk script: every wrk thread is one trainee with one connection (run wrk with -t N -c N), so a thread's
-- requests and responses alternate and the thread can follow its own role-play: start an attempt, answer the
-- current step, answer the next one the response names, and start again when the attempt ends.
-- Sessions come from the file in SESSIONS (one Cookie header a line, one per trainee), written by run.sh.
-- At the end it prints the acknowledged (2xx) turns, which run.sh compares with the rows in PostgreSQL.

local scenario = os.getenv("SCENARIO") or "genuine-welcome"
-- A trainee's mean thinking time between two requests, in ms: 0 (the default) offers all the load the server takes.
-- Each pause is drawn between half and one and a half times the mean: with one fixed pause, trainees who start
-- together would keep answering together, in bursts no group of real people makes.
local think = tonumber(os.getenv("THINK_MS") or "0")
local answers = {
  "Good morning! Lovely to see you again. Your usual flat white? I will make it for you right away.",
  "I am so sorry about that, it is my mistake. Let me make you a fresh one now, on the house.",
  "Let me check the back for you. If we have none, I can phone our other branch and ask them to hold one.",
  "I understand, that is frustrating. I will sort this out for you myself.",
  "Thank you for waiting. Is there anything else I can get you today?",
  "I can't do that, it's our policy, sorry.",
  "Of course. I'll walk over to the shop next door and get one for you, it takes five minutes.",
  "Hello! How are you today? Take your time, I am happy to help.",
}

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(os.getenv("SESSIONS") or "bench/load/target/sessions.txt", "r"))
  local sessions = {}
  for line in file:lines() do table.insert(sessions, line) end
  file:close()
  math.randomseed(index)
  cookie = sessions[(index - 1) % #sessions + 1]
  attempt, step, pending = nil, nil, nil
  turns, starts, acknowledged, refused, answered = 0, 0, 0, 0, 0
  statuses = ""
end

local function post(path, body)
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Cookie"] = cookie,
    -- A session may change state only from the same site: this is what a page's own script sends.
    ["X-Requested-With"] = "XMLHttpRequest",
  }, body)
end

function delay()
  return math.floor(think * (0.5 + math.random()))
end

function request()
  if attempt == nil then
    pending = "start"
    starts = starts + 1
    return post("/api/attempts", '{"scenario":"' .. scenario .. '"}')
  end
  pending = "turn"
  turns = turns + 1
  answered = answered + 1
  local text = answers[(index + answered) % #answers + 1]
  return post("/api/attempts/" .. attempt .. "/turns", '{"step":"' .. step .. '","text":"' .. text .. '"}')
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    refused = refused + 1
    if not (statuses .. " "):find(" " .. status .. " ", 1, true) then statuses = statuses .. " " .. status end
    attempt = nil -- start over: the attempt ended elsewhere or the step moved on
    return
  end
  if pending == "start" then
    attempt = body:match('"id"%s*:%s*"([^"]+)"')
    step = body:match('"currentStep"%s*:%s*{.-"key"%s*:%s*"([^"]+)"')
    if step == nil then attempt = nil end
  else
    acknowledged = acknowledged + 1
    step = body:match('"next"%s*:%s*{.-"key"%s*:%s*"([^"]+)"')
    if step == nil then attempt = nil end
  end
end

function done(summary, latency, requests)
  local acked, sent, started, bad, seen = 0, 0, 0, 0, ""
  for _, thread in ipairs(threads) do
    acked = acked + thread:get("acknowledged")
    sent = sent + thread:get("turns")
    started = started + thread:get("starts")
    bad = bad + thread:get("refused")
    for code in thread:get("statuses"):gmatch("%d+") do
      if not (seen .. " "):find(" " .. code .. " ", 1, true) then seen = seen .. " " .. code end
    end
  end
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format("requests: %d in %.1f s, %.1f requests/s (attempts started %d, turns sent %d)\n",
    summary.requests, seconds, summary.requests / seconds, started, sent))
  io.write(string.format("latency (ms): p50 %.1f, p90 %.1f, p99 %.1f, max %.1f, mean %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000))
  io.write(string.format("errors: %d non-2xx responses (statuses:%s), connect %d, read %d, write %d, timeout %d\n",
    bad, seen == "" and " none" or seen, errors.connect, errors.read, errors.write, errors.timeout))
  io.write(string.format("acknowledged turns: %d (%.1f turns/s)\n", acked, acked / seconds))
end
