-- wrk: POSTs the triage needs profiles of bench/triage-bodies.txt (synthetic; no person behind them), in turn.
local bodies = {}
for line in io.lines("bench/triage-bodies.txt") do
  if line ~= "" and line:sub(1, 1) ~= "#" then bodies[#bodies + 1] = line end
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("POST", "/api/v1/triage", { ["Content-Type"] = "application/json",
    ["Accept"] = "application/json" }, bodies[(i % #bodies) + 1])
end
