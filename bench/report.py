#!/usr/bin/env python3
"""Turns the wrk and OpenLoad outputs of bench/run-routing.sh into bench/results/<date>-routing.md."""
import os
import re
import sys
from datetime import date

out, services, active, ready, body_bytes = sys.argv[1:6]
search_wrk, tail_wrk, triage_wrk, nginx_wrk, search_fixed, tail_fixed, triage_fixed = (
    open(p).read() for p in sys.argv[6:13])


def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(text):
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    lat = dict((p, ms(v, u)) for p, v, u in re.findall(r"\s(50|99)%\s+([\d.]+)(us|ms|s)", text))
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses:\s+(\d+)", text))
    errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
    return rps, lat.get("50"), lat.get("99"), errors


def open_load(text):
    fields = dict(re.findall(r"(\w+)=([\d.]+)", text))
    return float(fields["rate"]), float(fields["p50"]), float(fields["p99"]), int(fields["errors"])


def hit_ratio(text):
    """The result cache's hits / (hits + misses) during one run, from the counters before and after."""
    counts = {}
    for when in ("before", "after"):
        m = re.search(rf"cache-{when}: (.*)", text)
        counts[when] = dict((k, int(v)) for k, v in re.findall(r"(hit|miss)=(\d+)", m.group(1) if m else ""))
    hits = counts["after"].get("hit", 0) - counts["before"].get("hit", 0)
    misses = counts["after"].get("miss", 0) - counts["before"].get("miss", 0)
    return None if hits + misses == 0 else hits / (hits + misses)


def row(name, tool, result, text=None):
    rps, p50, p99, errors = result
    f = lambda v: "–" if v is None else f"{v:.2f}"
    ratio = hit_ratio(text) if text else None
    hits = "–" if ratio is None else f"{ratio:.0%}"
    return f"| {name} | {tool} | {rps:,.0f} | {f(p50)} | {f(p99)} | {errors} | {hits} |"


s, lt, t, n = wrk(search_wrk), wrk(tail_wrk), wrk(triage_wrk), wrk(nginx_wrk)
sf, ltf, tf = open_load(search_fixed), open_load(tail_fixed), open_load(triage_fixed)
ok = lambda good: "met" if good else "**not met**"
errors = sum(r[3] for r in (s, lt, t, n, sf, ltf, tf))
lines = [
    f"# Routing benchmark, {date.today().isoformat()}",
    "",
    f"Catalogue: {int(services):,} synthetic services (`bench/generate_catalogue.py`), {int(active):,} active; "
    f"app ready (import + index) in {ready} s. One run on this 2-core machine (`nproc` = {os.cpu_count()}), "
    "load generator and servers on loopback, sharing the two cores.",
    f"The nginx row serves the identical search response body ({int(body_bytes):,} bytes) as a static file.",
    "",
    "| what | tool | req/s | p50 ms | p99 ms | errors | cache hits |",
    "|---|---|---:|---:|---:|---:|---:|",
    row("search mix (8 repeated queries)", "wrk, 64 connections", s, search_wrk),
    row("search long tail (100,000 distinct queries)", "wrk, 64 connections", lt, tail_wrk),
    row("triage (4 profiles)", "wrk, 64 connections", t),
    row("nginx, same search bytes", "wrk, 64 connections", n),
    row("search mix", "OpenLoad, 500 req/s fixed", sf, search_fixed),
    row("search long tail", "OpenLoad, 500 req/s fixed", ltf, tail_fixed),
    row("triage", "OpenLoad, 500 req/s fixed", tf),
    "",
    "| ratio | value | target | |",
    "|---|---:|---|---|",
    f"| search mix req/s ÷ nginx req/s | {s[0] / n[0]:.1%} | ≥ 15 % | {ok(s[0] / n[0] >= 0.15)} |",
    f"| search long tail req/s ÷ nginx req/s | {lt[0] / n[0]:.1%} | (engine without the cache) | |",
    f"| search p99 at 500 req/s (mix) | {sf[2]:.1f} ms | ≤ 25 ms | {ok(sf[2] <= 25)} |",
    f"| search p99 at 500 req/s (long tail) | {ltf[2]:.1f} ms | (engine without the cache) | |",
    f"| triage p99 at 500 req/s | {tf[2]:.1f} ms | ≤ 50 ms | {ok(tf[2] <= 50)} |",
    f"| errors | {errors} | 0 | {ok(errors == 0)} |",
    "",
    "OpenLoad (`bench/OpenLoad.java`) starts requests at a constant rate whatever the server does and measures "
    "each latency from the moment the request was due, so a stall shows in the tail (no coordinated omission). "
    "Its own JIT warms up for 10 s at the same rate before recording. \"cache hits\" is the share of the run's "
    "searches answered from the result cache (Micrometer counters on /q/metrics, read before and after).",
]
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))
