-- wrk: GETs the paths listed in the file named by PATHS (one per line, # for comments), in turn.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  if line ~= "" and line:sub(1, 1) ~= "#" then paths[#paths + 1] = line end
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept"] = "application/json" })
end
