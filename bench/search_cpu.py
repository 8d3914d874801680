#!/usr/bin/env python3
"""CPU per search that misses the result cache, index build time and size (issue 14).

Starts a packaged app (target/quarkus-app, or another build's) on loopback with the result cache off,
on the demo catalogue or another directory in its format, and for each query sends a warm-up, then
N sequential keep-alive requests (after every query is warmed); the server's CPU (user + system, /proc/<pid>/stat) over those
requests divided by N is the CPU of one cache miss, HTTP and JSON included. Prints a Markdown table.

    python3 bench/search_cpu.py --app target/quarkus-app [--catalogue DIR] [--requests 1000] [--label after]

Every process it starts is stopped before it returns. The query list is bench/search-cpu-queries.txt.
"""
import argparse
import http.client
import os
import re
import signal
import subprocess
import sys
import time
import urllib.parse

PORT = 8095
MGMT = 9095


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def get(conn, path):
    conn.request("GET", path, headers={"Accept": "application/json"})
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        raise RuntimeError(f"{path}: {response.status} {body[:200]!r}")
    return body


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", default="target/quarkus-app")
    parser.add_argument("--catalogue", default=None)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--label", default="")
    parser.add_argument("--java-opt", action="append", default=[], help="an extra JVM option, repeatable")
    parser.add_argument("--queries", default=os.path.join(os.path.dirname(__file__), "search-cpu-queries.txt"))
    args = parser.parse_args()
    log_path = f"/tmp/search-cpu-{os.getpid()}.log"
    command = ["java", "-Xmx2g", f"-Dquarkus.http.port={PORT}", "-Dquarkus.http.host=127.0.0.1",
               "-Dquarkus.datasource.jdbc.url=jdbc:h2:mem:cpu;DB_CLOSE_DELAY=-1",
               "-Dpasserelle.routing.search-cache-mib=0", "-Dpasserelle.rate-limit.allow=127.0.0.0/8",
               "-Dquarkus.oidc.auth-server-url=http://127.0.0.1:9/realms/none",
               "-Dquarkus.oidc.credentials.secret=bench-only-secret",
               "-Dquarkus.management.host=127.0.0.1", f"-Dquarkus.management.port={MGMT}"]
    command += args.java_opt
    if args.catalogue:
        command.append(f"-Dpasserelle.demo-catalogue.directory={os.path.abspath(args.catalogue)}")
    command += ["-jar", os.path.join(args.app, "quarkus-run.jar")]
    with open(log_path, "w") as log:
        app = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        conn = None
        deadline = time.time() + 900
        while time.time() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=600)
                get(conn, "/api/v1/services?size=1")  # builds the index
                break
            except (OSError, RuntimeError, http.client.HTTPException):
                conn = None
                time.sleep(2)
        if conn is None:
            sys.exit("the app did not answer; see " + log_path)
        with open(log_path) as log:
            built = re.findall(r"Search index: (\d+) services indexed in (\d+) ms(?:, (\d+) KiB)?", log.read())
        services, ms, kib = built[-1] if built else ("?", "?", "")
        print(f"### {args.label}: {services} services, index built in {ms} ms" + (f", {kib} KiB" if kib else ""))
        print()
        print("| query | lang | hits | CPU per request (ms) | wall per request (ms) |")
        print("|---|---|---|---|---|")
        with open(args.queries, encoding="utf-8") as queries:
            lines = [l.rstrip("\n") for l in queries if l.strip() and not l.startswith("#")]
        paths = []
        for line in lines:
            q, _, lang = line.partition("\t")
            params = {"q": q}
            if lang:
                params["lang"] = lang
            paths.append((q, lang, "/api/v1/services?" + urllib.parse.urlencode(params)))
        # Warm every path first, in rounds, so the JIT has compiled the engine before any measurement.
        for _ in range(3):
            for _, _, path in paths:
                for _ in range(args.warmup):
                    get(conn, path)
        # Two measured passes over the list; each query's lower figure is kept (a pass can catch a GC or
        # a late compilation that belongs to no query).
        best = {}
        for _ in range(2):
            for q, lang, path in paths:
                cpu0, wall0 = cpu_seconds(app.pid), time.perf_counter()
                for _ in range(args.requests):
                    get(conn, path)
                cpu1, wall1 = cpu_seconds(app.pid), time.perf_counter()
                cpu, wall = 1000 * (cpu1 - cpu0) / args.requests, 1000 * (wall1 - wall0) / args.requests
                previous = best.get(path)
                best[path] = (cpu, wall) if previous is None or cpu < previous[0] else previous
        for q, lang, path in paths:
            hits = re.search(rb'"totalItems":(\d+)', get(conn, path)).group(1).decode()
            cpu, wall = best[path]
            print(f"| {q} | {lang or '-'} | {hits} | {cpu:.2f} | {wall:.2f} |")
        print()
    finally:
        os.killpg(app.pid, signal.SIGTERM)
        app.wait(timeout=60)


if __name__ == "__main__":
    main()
