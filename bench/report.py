#!/usr/bin/env python3
"""Turns the wrk and hey outputs of bench/run-routing.sh into bench/results/<date>-routing.md."""
import re
import sys
from datetime import date

out, services, active, ready, body_bytes = sys.argv[1:6]
search_wrk, triage_wrk, nginx_wrk, search_hey, triage_hey = (open(p).read() for p in sys.argv[6:11])


def ms(value, unit):
    value = float(value)
    return value * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(text):
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    lat = dict((p, ms(v, u)) for p, v, u in re.findall(r"\s(50|99)%\s+([\d.]+)(us|ms|s)", text))
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses:\s+(\d+)", text))
    errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
    return rps, lat.get("50"), lat.get("99"), errors


def hey(text):
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    lat = dict((p, float(v) * 1000) for p, v in re.findall(r"\s(50|99)%% in ([\d.]+) secs".replace("%%", "%"), text))
    codes = re.findall(r"\[(\d{3})\]\s+(\d+) responses", text)
    errors = sum(int(n) for code, n in codes if not code.startswith("2"))
    errors += len(re.findall(r"Error distribution", text))
    return rps, lat.get("50"), lat.get("99"), errors


def row(name, tool, result):
    rps, p50, p99, errors = result
    f = lambda v: "–" if v is None else f"{v:.2f}"
    return f"| {name} | {tool} | {rps:,.0f} | {f(p50)} | {f(p99)} | {errors} |"


s, t, n = wrk(search_wrk), wrk(triage_wrk), wrk(nginx_wrk)
sh, th = hey(search_hey), hey(triage_hey)
lines = [
    f"# Routing benchmark, {date.today().isoformat()}",
    "",
    f"Catalogue: {int(services):,} synthetic services (`bench/generate_catalogue.py`), {int(active):,} active; "
    f"app ready (import + index) in {ready} s. One run on this 2-core machine, client and servers on loopback.",
    f"The nginx row serves the identical search response body ({int(body_bytes):,} bytes) as a static file.",
    "",
    "| what | tool | req/s | p50 ms | p99 ms | errors |",
    "|---|---|---:|---:|---:|---:|",
    row("search mix (8 queries)", "wrk, 64 connections", s),
    row("triage (4 profiles)", "wrk, 64 connections", t),
    row("nginx, same search bytes", "wrk, 64 connections", n),
    row("search `q=logement`", "hey, 500 req/s fixed", sh),
    row("triage", "hey, 500 req/s fixed", th),
    "",
    "| ratio | value | target |",
    "|---|---:|---|",
    f"| search req/s ÷ nginx req/s | {s[0] / n[0]:.1%} | ≥ 15 % |",
    f"| search p99 at 500 req/s | {sh[2]:.1f} ms | ≤ 25 ms |" if sh[2] is not None else "| search p99 | – | |",
    f"| triage p99 at 500 req/s | {th[2]:.1f} ms | ≤ 50 ms |" if th[2] is not None else "| triage p99 | – | |",
    "",
    "hey caps each of its 50 workers at 10 requests/s: a fixed arrival rate as long as responses come back in "
    "under 100 ms (a slower server lowers the achieved rate, which the req/s column shows).",
]
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))
