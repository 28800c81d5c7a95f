"""``BENCHMARKS.md`` from the results of ``run.py``: the targets first, then one table a section."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def _s(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.{digits}f}"


def _ms(value: float | None) -> str:
    return (
        "–" if value is None else f"{value * 1000:,.0f}" if value >= 0.1 else f"{value * 1000:.1f}"
    )


def _range(entry: dict[str, float], fmt: Any = _s) -> str:
    """``median (min–max)``; the range only when there was more than one run."""
    if entry["n"] == 1:
        return f"{fmt(entry['median'])}"
    return f"{fmt(entry['median'])} ({fmt(entry['min'])}–{fmt(entry['max'])})"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], right: int = 1) -> list[str]:
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("|" + "|".join(["---"] * right + ["--:"] * (len(header) - right)) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _verdict(ok: bool | None) -> str:
    return "–" if ok is None else ("met" if ok else "**not met**")


def markdown(results: dict[str, Any]) -> str:
    out = ["# Benchmarks", ""]
    m = results["machine"]
    flag = " --quick" if results["mode"] == "quick" else ""
    out += [
        f"Written by `make bench` (`python bench/run.py{flag}`) "
        f"on {results['started'][:16].replace('T', ' ')}, in {results['seconds'] / 60:.0f} min "
        f"({results['mode']} mode). Every figure is the median of runs each in a fresh "
        "process, with the range (min–max) in parentheses; the tables' meaning is "
        "explained in [bench/README.md](bench/README.md), every raw figure is in "
        "`bench/results/latest.json`.",
        "",
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB; {m['os']}",
        f"- Python {m['python']}, pyoxigraph {m['pyoxigraph']}, oxigraph (server) "
        f"{m['oxigraph']}, rdflib {m['rdflib']}; commit {m['commit']}"
        f"{' with uncommitted changes' if m['uncommitted_changes'] else ''}",
        "- Load average (1, 5, 15 min) before: "
        + ", ".join(f"{x:.1f}" for x in m["load_average"])
        + "; after: "
        + ", ".join(f"{x:.1f}" for x in results.get("load_average_after", []))
        + " (above the core count, other work shared the machine and timings are noisier)",
        "",
    ]
    out += _targets(results)
    out += _build(results)
    out += _stages(results)
    if "queries" in results:
        out += _queries(results["queries"])
    if "service" in results:
        out += _service(results["service"])
    out += _scaling(results)
    if "analysis" in results:
        out += _analysis(results["analysis"])
    if "profile" in results:
        out += _profile(results["profile"])
    return "\n".join(out) + "\n"


def _largest(results: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    size = max(results["build"], key=int)
    return size, results["build"][size]["runs"]


def _targets(results: dict[str, Any]) -> list[str]:
    size, runs = _largest(results)
    rows = []
    builds = {k: v for k, v in runs.items() if k.startswith("jobs=") and "time_ratio" in v}
    if builds:
        best = min(builds, key=lambda k: builds[k]["time_ratio"])
        ratios = ", ".join(
            f"{k}: {v['time_ratio']:.2f}× (best runs {v['time_ratio_min']:.2f}×)"
            for k, v in builds.items()
        )
        rows.append(
            [
                f"Build time ≤ 3× pyoxigraph bulk load ({size} reports)",
                ratios,
                _verdict(builds[best]["time_ratio"] <= 3),
            ]
        )
        memory = ", ".join(f"{k}: {v['memory_ratio']:.2f}×" for k, v in builds.items())
        rows.append(
            [
                "Peak memory ≤ 2× the bulk load's",
                memory,
                _verdict(min(v["memory_ratio"] for v in builds.values()) <= 2),
            ]
        )
    if "queries" in results:
        ratios = {n: q["ratio"] for n, q in results["queries"]["queries"].items() if "ratio" in q}
        if ratios:
            worst = max(ratios, key=lambda n: ratios[n])
            rows.append(
                [
                    "Every canned query ≤ 1.2× direct pyoxigraph "
                    f"({results['queries']['size']} reports)",
                    f"worst: {worst} {ratios[worst]:.2f}×; median of all "
                    f"{sorted(ratios.values())[len(ratios) // 2]:.2f}×",
                    _verdict(ratios[worst] <= 1.2),
                ]
            )
    if "service" in results:
        section = results["service"]
        ours = section["servers"].get("uncac-kg serve", {})
        if not ours.get("available", True):
            rows.append(
                [
                    "Service ≥ 0.8× `oxigraph serve` throughput",
                    "`uncac-kg serve` not available",
                    "–",
                ]
            )
        elif section.get("ratios"):
            text = ", ".join(
                f"{c} client{'s' * (c != '1')}: {r:.2f}×" for c, r in section["ratios"].items()
            )
            rows.append(
                [
                    "Service ≥ 0.8× `oxigraph serve` throughput",
                    text,
                    _verdict(min(section["ratios"].values()) >= 0.8),
                ]
            )
    for label, fit in results.get("scaling", {}).items():
        if label == "bulk_load":
            continue
        time, cpu, memory = fit["time"], fit["cpu"], fit["memory"]
        rows.append(
            [
                f"Time and memory linear in corpus size ({label})",
                f"wall time R² {time['r2']:.3f}, exponent {fit['exponent_last_step']:.2f}; "
                f"CPU time R² {cpu['r2']:.3f}, exponent {fit['cpu_exponent_last_step']:.2f}; "
                f"memory R² {memory['r2']:.3f}, slope {memory['slope'] * 1000:,.0f} MB "
                "per 1,000 reports",
                _verdict(cpu["r2"] >= 0.98 and fit["cpu_exponent_last_step"] <= 1.1),
            ]
        )
    if "jobs=1" in runs and "jobs=2" in runs and "wall" in runs["jobs=2"]:
        speedup = runs["jobs=1"]["wall"]["median"] / runs["jobs=2"]["wall"]["median"]
        busy = {
            j: runs[j]["cpu"]["median"] / runs[j]["wall"]["median"] for j in ("jobs=1", "jobs=2")
        }
        rows.append(
            [
                f"`build --jobs 2` uses the second core ({size} reports)",
                f"{speedup:.2f}× faster than one job; cores busy on average: "
                f"{busy['jobs=2']:.2f} with two jobs, {busy['jobs=1']:.2f} with one (the store "
                "is loaded in a thread of its own)",
                _verdict(speedup > 1.05 and busy["jobs=2"] >= 1.5),
            ]
        )
    return ["## Targets", "", *_table(["Target", "Measured", "Verdict"], rows, right=3), ""]


def _build(results: dict[str, Any]) -> list[str]:
    rows = []
    for size, section in sorted(results["build"].items(), key=lambda kv: int(kv[0])):
        for label, e in section["runs"].items():
            if "wall" not in e:
                rows.append([size, label, "failed"] + [""] * 8)
                continue
            wall = e["wall"]["median"]
            paragraphs = section["runs"].get("jobs=1", e).get("paragraphs")
            rows.append(
                [
                    size,
                    "pyoxigraph bulk load" if label == "bulk_load" else f"uncac-kg build, {label}",
                    _range(e["wall"]),
                    _s(e["cpu"]["median"]),
                    _range(e["peak_mb"], lambda v: f"{v:,.0f}"),
                    f"{e['quads']:,}" if e.get("quads") else "–",
                    f"{e['quads'] / wall:,.0f}" if e.get("quads") else "–",
                    f"{paragraphs / wall:,.0f}" if paragraphs and label != "bulk_load" else "–",
                    f"{e['time_ratio']:.2f}× (best runs {e['time_ratio_min']:.2f}×)"
                    if "time_ratio" in e
                    else "1",
                    f"{e['memory_ratio']:.2f}×" if "memory_ratio" in e else "1",
                ]
            )
    header = [
        "Reports",
        "Run",
        "Wall s",
        "CPU s",
        "Peak MB",
        "Quads",
        "Quads/s",
        "Paragraphs/s",
        "Time ÷ bulk",
        "Memory ÷ bulk",
    ]
    corpora = results.get("corpora", {})
    sizes = ", ".join(
        f"{s} reports: {c['paragraphs']:,} paragraphs, {c['citations']:,} citations, "
        f"{c['bytes'] / 2**20:.1f} MB"
        for s, c in corpora.items()
    )
    return [
        "## 1. Build against pyoxigraph's bulk load",
        "",
        f"Synthetic corpora (`bench/generate.py`, seed {results['settings']['seed']}): {sizes}. "
        "A build reads, cleans, segments, extracts, maps and stores every report into a new "
        "store, plus the reference graphs and the VoID description; the bulk load gives "
        "pyoxigraph alone the same quads (the built store dumped as N-Quads) to load into a "
        "new on-disk store.",
        "",
        *_table(header, rows, right=2),
        "",
    ]


def _stages(results: dict[str, Any]) -> list[str]:
    rows = []
    for size, section in sorted(results["build"].items(), key=lambda kv: int(kv[0])):
        read = section.get("read_stages", {})
        split = sum(read.get(k, 0.0) for k in ("read", "clean", "segment")) or 1.0
        for label, e in section["runs"].items():
            if "stages" not in e:
                continue
            st = e["stages"]
            wall = e["wall"]["median"]
            cells = [f"{_s(e['startup']['median'])} ({e['startup']['median'] / wall:.0%})"]
            for stage in ("read", "extract", "map", "store", "void"):
                value = st[stage]["median"]
                cells.append(f"{_s(value)} ({value / wall:.0%})")
            shares = "/".join(
                f"{read.get(k, 0.0) / split:.0%}" for k in ("read", "clean", "segment")
            )
            rows.append([size, label, _s(wall), *cells, shares])
    header = [
        "Reports",
        "Run",
        "Wall s",
        "Start-up",
        "Read",
        "Extract",
        "Map",
        "Store",
        "VoID",
        "Read = file/clean/segment",
    ]
    return [
        "### Where a build's time goes",
        "",
        "Seconds per stage (medians) and their share of the wall-clock time. Start-up is the "
        "interpreter and imports. The store stage runs in a thread of its own (Oxigraph's bulk "
        "loader leaves Python's lock free) while the next reports are extracted, and with "
        "`jobs=2` read, extract and map run in two worker processes side by side, so the "
        "stages add up to more than the wall-clock time. The read stage's split into reading "
        "the file, cleaning and segmenting comes from a separate pass over the corpus.",
        "",
        *_table(header, rows, right=2),
        "",
    ]


def _queries(section: dict[str, Any]) -> list[str]:
    rdflib = section.get("rdflib", {})
    rdflib_queries = rdflib.get("queries", {})
    rows = []
    for name, q in section["queries"].items():
        if "uncac" not in q:
            rows.append([name, "error", "", "", "", "", "", ""])
            continue
        r = rdflib_queries.get(name, {})
        if "seconds" in r and "rows" in r:
            ref = f"{_ms(r['seconds'])}"
        elif "gave_up_after" in r:
            ref = f"gave up after {r['gave_up_after']:.0f} s"
        elif "error" in r:
            ref = "error: " + r["error"][:60]
        else:
            ref = "–"
        rows.append(
            [
                f"`{name}`",
                f"{q['uncac']['n']}",
                _ms(q["uncac"]["median"]),
                _ms(q["uncac"]["p95"]),
                _ms(q["pyoxigraph"]["median"]),
                _ms(q["pyoxigraph"]["p95"]),
                f"{q['ratio']:.2f}×",
                ref,
            ]
        )
    header = [
        "Query",
        "Runs",
        "uncac-kg median ms",
        "p95 ms",
        "pyoxigraph median ms",
        "p95 ms",
        "Ratio",
        f"rdflib ({rdflib.get('size', '–')} reports) ms",
    ]
    lines = [
        f"## 2. Queries on the largest store ({section['size']} reports)",
        "",
        "Each query in its own process: uncac-kg's query path (`uncac-kg query NAME --format "
        "csv`: resolve the stored query, check its SERVICE calls, run it on the store with "
        "the union of the graphs as default graph, serialize as CSV) and the same SPARQL "
        "text run directly on the same open pyoxigraph store with the same serializer, "
        "alternating; one warm-up run first. Slow queries get fewer runs (time budget per "
        "query).",
        "",
        *_table(header, rows, right=1),
        "",
    ]
    if rdflib:
        if "load_seconds" in rdflib:
            lines.append(
                f"rdflib (in-memory `Dataset`, default graph the union) loaded "
                f"{rdflib.get('quads', 0):,} quads in {rdflib['load_seconds']:.0f} s "
                f"(peak {rdflib['peak_mb']:,.0f} MB); each query was stopped after "
                f"{rdflib['query_cap']:.0f} s."
            )
        if "gave_up" in rdflib:
            lines.append(f"rdflib gave up: {rdflib['gave_up']}.")
        lines.append("")
    return lines


def _service(section: dict[str, Any]) -> list[str]:
    rows = []
    for name, server in section["servers"].items():
        if not server.get("available", True):
            rows.append([name, "not available (no `uncac-kg serve` command)", "", "", "", "", ""])
            continue
        if "error" in server:
            rows.append([name, f"error: {server['error']}", "", "", "", "", ""])
        for load in server.get("loads", []):
            ratio = section.get("ratios", {}).get(str(load["clients"]))
            rows.append(
                [
                    f"{name} (ready in {server['ready_seconds']:.0f} s)"
                    if "ready_seconds" in server
                    else name,
                    str(load["clients"]),
                    str(load["requests"]),
                    _s(load["rps"]),
                    _ms(load["p50"]),
                    _ms(load["p99"]),
                    f"{ratio:.2f}×" if ratio is not None and name == "uncac-kg serve" else "",
                ]
            )
    header = ["Server", "Clients", "Answered", "Requests/s", "p50 ms", "p99 ms", "Ratio"]
    mix = ", ".join(f"`{n}`" for n in section["mix"])
    return [
        f"## 3. Service over HTTP ({section['size']} reports)",
        "",
        f"Clients on 127.0.0.1 send the stored queries {mix} in rotation (SPARQL protocol, "
        "POST, JSON results), each client on one kept-alive connection, until the run's "
        "request or time cap; failures (non-200 answers) are not counted as answered. Each "
        "server is measured once ready (answering from the data and, for `uncac-kg serve`, "
        "`/health` saying so: snapshot loaded and search index built; how long that took is "
        "given with its name) and after one warm-up round of every query.",
        "",
        *_table(header, rows, right=1),
        "",
    ]


def _scaling(results: dict[str, Any]) -> list[str]:
    scaling = results.get("scaling", {})
    if not scaling:
        return []
    rows = []
    for label, fit in scaling.items():
        per = ", ".join(f"{s}: {v * 1000:.0f}" for s, v in fit["seconds_per_report"].items())
        rows.append(
            [
                "pyoxigraph bulk load" if label == "bulk_load" else f"build, {label}",
                f"{fit['time']['slope'] * 1000:.1f}",
                f"{fit['time']['intercept']:.2f}",
                f"{fit['time']['r2']:.4f}",
                f"{fit['exponent_last_step']:.2f}",
                f"{fit['cpu']['slope'] * 1000:.1f}",
                f"{fit['cpu']['r2']:.4f}",
                f"{fit['cpu_exponent_last_step']:.2f}",
                per,
                f"{fit['memory']['slope'] * 1000:,.0f}",
                f"{fit['memory']['intercept']:,.0f}",
                f"{fit['memory']['r2']:.3f}",
            ]
        )
    header = [
        "Run",
        "s per 1,000 reports",
        "Fixed s",
        "R²",
        "Exponent",
        "CPU s per 1,000 reports",
        "CPU R²",
        "CPU exponent",
        "ms per report by size",
        "MB per 1,000 reports",
        "Fixed MB",
        "Memory R²",
    ]
    return [
        "## 4. Scaling",
        "",
        "Least-squares lines through the medians: wall time = fixed + slope × reports, and "
        "CPU time and peak memory likewise. The exponent is log(t₂/t₁) / log(n₂/n₁) between "
        "the two largest corpora: 1 is linear, below 1 means fixed costs still weigh, above 1 "
        "that something grows faster than the corpus. CPU time is the steadier measure on a "
        "shared machine: waiting for a core does not count in it.",
        "",
        *_table(header, rows, right=1),
        "",
    ]


def _analysis(section: dict[str, Any]) -> list[str]:
    rows = []
    for label, entry in section["commands"].items():
        if not entry.get("available", True):
            rows.append([f"`uncac-kg {label}`", "not available (command not registered)", ""])
        elif "wall" in entry:
            rows.append(
                [
                    f"`uncac-kg {label}`",
                    _range(entry["wall"]),
                    _range(entry["peak_mb"], lambda v: f"{v:,.0f}"),
                ]
            )
        elif "gave_up_after" in entry:
            rows.append(
                [f"`uncac-kg {label}`", f"stopped after {entry['gave_up_after']:.0f} s", ""]
            )
        else:
            rows.append([f"`uncac-kg {label}`", "failed: " + entry.get("error", "")[-80:], ""])
    return [
        f"## 5. Analysis and export ({section['size']} reports)",
        "",
        "Each command in a fresh process on the largest store (start-up included).",
        "",
        *_table(["Command", "Wall s", "Peak MB"], rows, right=1),
        "",
    ]


def _profile(profile: dict[str, Any]) -> list[str]:
    total = profile["total"] or 1.0
    parts = [
        [name, f"{seconds / total:.0%}"]
        for name, seconds in profile["parts"].items()
        if seconds / total >= 0.005
    ]
    top = [
        [
            f"`{f['function']}`",
            f"{f['own'] / total:.1%}",
            f"{f['cumulative'] / total:.1%}",
            f"{f['calls']:,}",
        ]
        for f in profile["top"]
    ]
    return [
        f"## Profile of a build ({profile['size']} reports, one job, cProfile)",
        "",
        "Own time by part of the program (C functions such as regular expressions, `str` "
        "methods and pyoxigraph's are counted in the part that calls them). cProfile sees "
        "the main thread only, and slows Python code more than C code, so Python's share is "
        "overstated; the stage table above is the unbiased view.",
        "",
        *_table(["Part", "Share"], parts, right=1),
        "",
        *_table(["Function", "Own", "Cumulative", "Calls"], top, right=1),
        "",
    ]
