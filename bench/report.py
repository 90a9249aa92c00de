#!/usr/bin/env python3
"""The table of bench/run: medians of the rounds per system, then issue 11's goals with PASS/FAIL.

usage: report.py RESULTS.tsv LOADAVG.txt "LOAD AT START" "LOAD AT END" "JVM FLAGS"; exits 1 when a goal fails.
"""
import statistics
import sys
from collections import defaultdict

LIST_PAGES = ("scale-and-share", "events", "directories(consumer)", "shared-with-me(consumer)")


def main():
    results, loadavg, load_start, load_end, jvm_flags = sys.argv[1:6]
    rows = [line.rstrip("\n").split("\t") for line in open(results) if line.strip()]
    runs = defaultdict(list)   # (kind, system, what) -> [(rps, p50, p99, non200)]
    starts, rss, writes, sql = defaultdict(list), {}, {}, {}
    cpu = defaultdict(list)   # (system, what) -> [(server ms per request, database server ms per request)]
    for row in rows:
        kind, system, what = row[0], row[1], row[2]
        if kind in ("api", "page"):
            runs[(kind, system, what)].append(tuple(float(v or 0) for v in row[4:8]))
        elif kind == "start":
            starts[system].append((float(row[4]), int(row[5])))
        elif kind == "rss":
            rss[system] = int(row[4])
        elif kind == "write":
            writes[system] = (float(row[4] or 0), row[5] if len(row) > 5 else "")
        elif kind == "sql":
            sql[what] = (float(row[3]), row[4])
        elif kind == "cpu":
            cpu[(system, what)].append((float(row[4]), float(row[5])))

    def median(kind, system, what):
        measured = runs.get((kind, system, what))
        if not measured:
            return None
        return tuple(statistics.median(m[i] for m in measured) for i in range(3)) + (sum(m[3] for m in measured),)

    out = []
    loads = [float(v) for v in open(loadavg).read().split()] or [0.0]
    out.append("dirshare side-by-side benchmark (bench/run): medians of %d round(s); JVM flags for every JVM: %s"
               % (max(len(m) for m in runs.values()), jvm_flags))
    out.append("load average (1 min): %s at start, %s at end, %.1f mean / %.1f max during the run"
               % (load_start.split()[0], load_end.split()[0], statistics.mean(loads), max(loads)))
    out.append("")
    out.append("| system | measure | req/s | p50 ms | p99 ms | not 200 |")
    out.append("|---|---|---:|---:|---:|---:|")
    for (kind, system, what) in sorted(runs, key=lambda k: (k[0], k[1], k[2])):
        if kind != "api":
            continue
        rps, p50, p99, bad = median(kind, system, what)
        out.append("| %s | %s, 50 conn | %.0f | %.1f | %.1f | %d |" % (system, what, rps, p50, p99, bad))
    level_order = {"demo": 0, "1k": 1, "10k": 2}
    for (kind, system, what) in sorted((k for k in runs if k[0] == "page"),
                                       key=lambda k: (k[1], level_order.get(k[2].split("@")[1], 9), k[2])):
        rps, p50, p99, bad = median(kind, system, what)
        out.append("| %s | page %s, 8 conn | %.0f | %.1f | %.1f | %d |" % (system, what, rps, p50, p99, bad))
    for system, (cycles, refusals) in sorted(writes.items()):
        out.append("| %s | share→accept→unshare cycles/s, 32 threads | %.0f | | | refusals: %s |"
                   % (system, cycles, refusals))
    for (system, what), measured in sorted(cpu.items()):
        server_ms = statistics.median(m[0] for m in measured)
        db_ms = statistics.median(m[1] for m in measured)
        out.append("| %s | CPU per %s: %.3f ms in the server%s | | | | |"
                   % (system, what, server_ms, (", %.3f ms in MariaDB/MySQL" % db_ms) if db_ms else ""))
    for op, (per, source) in sorted(sql.items()):
        out.append("| dirshare-mysql | SQL statements per %s (%s) | %.2f | | | |" % (op, source, per))
    for system, measured in sorted(starts.items()):
        out.append("| %s | cold start to first 200: %s s (median %.1f); RSS after start %s MiB, after the load %s MiB | | | | |"
                   % (system, ", ".join("%.1f" % s for s, _ in measured), statistics.median(s for s, _ in measured),
                      ", ".join(str(r) for _, r in measured), rss.get(system, "?")))
    out.append("")

    goals = []

    def goal(name, value, target, passed):
        goals.append((name, value, target, None if passed is None else bool(passed)))

    bare = median("api", "bare", "DescribeSharedDirectories")
    for system, floor in (("dirshare-mysql", 0.25), ("dirshare-h2", 0.5)):
        m = median("api", system, "DescribeSharedDirectories")
        if m and bare:
            ratio = m[0] / bare[0]
            goal("API DescribeSharedDirectories %s / bare" % system, "%.2f×" % ratio, "≥ %.2f×" % floor,
                 ratio >= floor and m[3] == 0)
        else:
            goal("API DescribeSharedDirectories %s / bare" % system, "not run", "≥ %.2f×" % floor, None)
    for op in ("DescribeDirectories", "ListAccounts"):
        m, moto = median("api", "dirshare-mysql", op), median("api", "moto", op)
        if m and moto:
            ratio = m[0] / moto[0]
            goal("API %s dirshare-mysql / moto" % op, "%.1f×" % ratio, "≥ 20×", ratio >= 20 and m[3] == 0)
        else:
            goal("API %s dirshare-mysql / moto" % op, "not run", "≥ 20×", None)
    for system in ("dirshare-h2", "dirshare-mysql"):
        pages = [(what, median("page", system, what)) for (k, s, what) in runs if k == "page" and s == system]
        demo = {w.split("@")[0]: m for w, m in pages if w.endswith("@demo")}
        if not demo:
            goal("pages at demo data, %s" % system, "not run", "≥ 1000 req/s, p99 < 50 ms", None)
            continue
        slowest = min(demo.items(), key=lambda kv: kv[1][0])
        worst_p99 = max(demo.items(), key=lambda kv: kv[1][2])
        goal("pages at demo data, %s: lowest req/s" % system, "%.0f (%s)" % (slowest[1][0], slowest[0]),
             "≥ 1000 req/s", slowest[1][0] >= 1000)
        goal("pages at demo data, %s: highest p99" % system, "%.1f ms (%s)" % (worst_p99[1][2], worst_p99[0]),
             "< 50 ms", worst_p99[1][2] < 50)
        ratios = []
        for page in LIST_PAGES:
            large = median("page", system, page + "@10k")
            if large and page in demo:
                ratios.append((large[2] / demo[page][2], page))
        if ratios:
            worst = max(ratios)
            goal("list page p99 10k rows / demo, %s" % system, "%.2f× (%s)" % worst, "≤ 1.2×", worst[0] <= 1.2)
    for system, floor in (("dirshare-h2", 500), ("dirshare-mysql", 300)):
        if system in writes:
            cycles, refusals = writes[system]
            goal("writes %s" % system, "%.0f cycles/s, refusals %s" % (cycles, refusals), "≥ %d/s, none refused" % floor,
                 cycles >= floor and refusals.strip() == "{}")
        else:
            goal("writes %s" % system, "not run", "≥ %d/s" % floor, None)
    if starts.get("bare") and starts.get("dirshare-h2"):
        ratio = statistics.median(s for s, _ in starts["dirshare-h2"]) / statistics.median(s for s, _ in starts["bare"])
        goal("cold start dirshare / bare", "%.2f×" % ratio, "≤ 1.5×", ratio <= 1.5)
    if "bare" in rss and "dirshare-h2" in rss:
        ratio = rss["dirshare-h2"] / rss["bare"]
        goal("RSS after the load, dirshare (H2) / bare", "%.2f× (%d / %d MiB)" % (ratio, rss["dirshare-h2"], rss["bare"]),
             "≤ 2×", ratio <= 2)
    if sql:
        worst = max((per, op) for op, (per, _) in sql.items())
        goal("SQL statements per API read, MySQL", "%.2f (%s)" % worst, "≤ 3", worst[0] <= 3)
    else:
        goal("SQL statements per API read, MySQL", "not run", "≤ 3", None)

    out.append("| goal (issue 11) | measured | target | result |")
    out.append("|---|---|---|---|")
    for name, value, target, passed in goals:
        out.append("| %s | %s | %s | %s |" % (name, value, target, "SKIP" if passed is None else "PASS" if passed else "FAIL"))
    failed = [g for g in goals if g[3] is False]
    out.append("")
    out.append("%d of %d goals failed" % (len(failed), len([g for g in goals if g[3] is not None])))
    print("\n".join(out))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
