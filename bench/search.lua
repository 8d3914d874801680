-- A search mix for wrk: rotates over realistic GET /api/v1/services queries.
local queries = {
  "/api/v1/services?q=logement",
  "/api/v1/services?domain=housing&city=Lyon",
  "/api/v1/services?q=cours%20de%20fran%C3%A7ais&region=Grand%20Est",
  "/api/v1/services?theme=employment&accessMode=walk-in",
  "/api/v1/services?q=emploi&near=48.8566,2.3522&radiusKm=30",
  "/api/v1/services?domain=health&size=50",
  "/api/v1/services?q=hebergment",
  "/api/v1/services?domain=emergency&city=Calais",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", queries[(i % #queries) + 1], { ["Accept"] = "application/json" })
end
