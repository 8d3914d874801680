-- Triage for wrk: a rotation of needs profiles (synthetic; no person behind them).
local bodies = {
  '{"needs":["housing"],"status":"refugee","age":22,"city":"Lyon"}',
  '{"needs":["french","work"],"status":"refugee","frenchLevel":"A1","city":"Nancy"}',
  '{"needs":["emergency"],"status":"asylum-seeker","city":"Calais"}',
  '{"needs":["rights","health"],"status":"prefer-not-to-say","city":"Paris"}',
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("POST", "/api/v1/triage", { ["Content-Type"] = "application/json",
    ["Accept"] = "application/json", ["X-Forwarded-For"] = tostring(i) }, bodies[(i % #bodies) + 1])
end
