"""The benchmark driver: every measurement in a fresh process, repeated; medians and ranges.

    python bench/run.py --quick      # 10 and 100 reports, 2 repeats: a few minutes
    python bench/run.py              # 10, 100 and 1,000 reports, 3 repeats

Writes ``BENCHMARKS.md`` (tables and the machine they ran on) at the repository
root and every raw figure to ``bench/results/latest.json``. Corpora, stores and
dumps go to ``bench/work/`` (not versioned). See ``bench/README.md`` for what
each column means.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import generate
import service
from measure import Measurement, python, run_measured, summarize

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
UNCAC_KG = BIN / "uncac-kg"
#: The queries the service section sends, in rotation (quick enough on every corpus size).
SERVICE_MIX = ("documents", "entities", "speakers", "articles-by-section", "state-citations")


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- the machine ------------------------------------------------------------------------


def _first(path: str, key: str) -> str:
    try:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.startswith(key):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def _version(module: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(module)
    except PackageNotFoundError:
        return "not installed"


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=30)
    except OSError:
        return ""
    return done.stdout.strip()


def machine() -> dict[str, Any]:
    memory_kb = _first("/proc/meminfo", "MemTotal").split()[0]
    return {
        "cpu": _first("/proc/cpuinfo", "model name"),
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "memory_gib": round(int(memory_kb) / 2**20, 1) if memory_kb.isdigit() else None,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "pyoxigraph": _version("pyoxigraph"),
        "oxigraph": _version("oxigraph"),
        "rdflib": _version("rdflib"),
        "commit": _git("rev-parse", "--short", "HEAD"),
        "uncommitted_changes": bool(_git("status", "--porcelain", "--untracked-files=no")),
        "load_average": os.getloadavg(),
    }


# --- sections ---------------------------------------------------------------------------


class Bench:
    """One benchmark run: its options, the work folder, and everything measured so far."""

    def __init__(self, options: argparse.Namespace) -> None:
        self.options = options
        self.work: Path = options.work
        self.work.mkdir(parents=True, exist_ok=True)
        self.results: dict[str, Any] = {
            "mode": "quick" if options.quick else "full",
            "started": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            "machine": machine(),
            "settings": {
                k: (str(v) if isinstance(v, Path) else v) for k, v in vars(options).items()
            },
        }

    def measured(self, label: str, command: list[str], **kwargs: Any) -> Measurement:
        m = run_measured(command, **kwargs)
        state = "timed out" if m.timed_out else ("failed" if m.status else "ok")
        log(f"{label}: {m.wall:.2f} s, {m.peak_mb:.0f} MB peak ({state})")
        if m.status and not m.timed_out:
            log(m.error.splitlines()[-1] if m.error else "(no error output)")
        return m

    # corpora

    def corpora(self) -> None:
        found = {}
        for size in self.options.sizes:
            folder = self.work / f"corpus-{size}"
            manifest = folder / "manifest.json"
            declared = json.loads(manifest.read_text()) if manifest.is_file() else {}
            wanted = (generate.VERSION, self.seed, size)
            if tuple(declared.get(k) for k in ("version", "seed", "count")) != wanted:
                shutil.rmtree(folder, ignore_errors=True)
                generate.generate_corpus(folder, size, self.seed)
            reports = json.loads(manifest.read_text())["reports"]
            found[size] = {
                "reports": len(reports),
                "paragraphs": sum(r["paragraphs"] for r in reports),
                "citations": sum(r["citations"] for r in reports),
                "pages": sum(r["pages"] for r in reports),
                "bytes": sum((folder / r["file"]).stat().st_size for r in reports),
            }
            log(f"corpus of {size}: {found[size]}")
        self.results["corpora"] = found

    @property
    def seed(self) -> int:
        return int(self.options.seed)

    # 1. build, against pyoxigraph's bulk load; 4. scaling

    def build(self) -> None:
        section: dict[str, Any] = {}
        for size in self.options.sizes:
            corpus = self.work / f"corpus-{size}"
            dump = self.work / f"dump-{size}.nq"
            runs: dict[str, list[Measurement]] = {f"jobs={j}": [] for j in self.options.jobs}
            runs["bulk_load"] = []
            first = self.options.jobs[0]
            dump.unlink(missing_ok=True)
            repeats = self.options.repeats_large if size >= 1000 else self.options.repeats
            warmups: list[Measurement] = []
            # a first round warms the page cache (corpus, dump, libraries); it is not counted
            for repeat in range(-self.options.warmup, repeats):
                counted = repeat >= 0
                name = f"run {repeat + 1}/{repeats}" if counted else "warm-up"
                for jobs in self.options.jobs:
                    store = self.work / f"store-{size}-j{jobs}"
                    m = self.measured(
                        f"build {size} reports, jobs={jobs}, {name}",
                        python(
                            "build",
                            "--corpus",
                            str(corpus),
                            "--store",
                            str(store),
                            "--jobs",
                            str(jobs),
                        ),
                    )
                    (runs[f"jobs={jobs}"] if counted else warmups).append(m)
                    if jobs == first and m.status == 0 and not dump.is_file():
                        run_measured(python("dump", "--store", str(store), "--out", str(dump)))
                m = self.measured(
                    f"pyoxigraph bulk load of {size} reports' quads, {name}",
                    python("bulk-load", "--nq", str(dump), "--store", str(self.work / "bulk")),
                )
                (runs["bulk_load"] if counted else warmups).append(m)
            stages = run_measured(python("read-stages", "--corpus", str(corpus)))
            section[str(size)] = self._build_summary(runs, stages.result)
            section[str(size)]["warmup"] = [asdict(m) for m in warmups]
            shutil.rmtree(self.work / "bulk", ignore_errors=True)
        self.results["build"] = section
        self.results["scaling"] = scaling(section)

    def _build_summary(
        self, runs: dict[str, list[Measurement]], read_stages: dict[str, float]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {"read_stages": read_stages, "runs": {}}
        for label, measurements in runs.items():
            good = [m for m in measurements if m.status == 0]
            entry: dict[str, Any] = {"raw": [asdict(m) for m in measurements]}
            if good:
                entry["wall"] = summarize([m.wall for m in good])
                entry["cpu"] = summarize([m.cpu for m in good])
                entry["peak_mb"] = summarize([m.peak_mb for m in good])
                first = good[0].result
                entry["quads"] = first.get("quads")
                if "timings" in first:
                    stages = {
                        k: summarize([m.result["timings"][k] for m in good])
                        for k in first["timings"]
                    }
                    entry["stages"] = stages
                    entry["startup"] = summarize(
                        [m.wall - m.result["timings"]["total"] for m in good]
                    )
                    for key in ("reports", "paragraphs", "statements", "citations", "entities"):
                        entry[key] = first[key]
            out["runs"][label] = entry
        bulk = out["runs"]["bulk_load"]
        for label, entry in out["runs"].items():
            if label != "bulk_load" and "wall" in entry and "wall" in bulk:
                entry["time_ratio"] = entry["wall"]["median"] / bulk["wall"]["median"]
                # the least disturbed runs of each, on a machine shared with other work
                entry["time_ratio_min"] = entry["wall"]["min"] / bulk["wall"]["min"]
                entry["cpu_ratio"] = entry["cpu"]["median"] / bulk["cpu"]["median"]
                entry["memory_ratio"] = entry["peak_mb"]["median"] / bulk["peak_mb"]["median"]
        return out

    # 2. queries

    def query_names(self) -> list[str]:
        names = []
        for path in sorted((ROOT / "queries").rglob("*.rq")):
            name = path.relative_to(ROOT / "queries").with_suffix("").as_posix()
            if not name.startswith("federated/"):  # they call Wikidata
                names.append(name)
        return names

    def queries(self) -> None:
        size = max(self.options.sizes)
        store = self.work / f"store-{size}-j{self.options.jobs[0]}"
        section: dict[str, Any] = {"size": size, "queries": {}}
        for name in self.query_names():
            m = self.measured(
                f"query {name} on {size} reports",
                python(
                    "queries",
                    "--store",
                    str(store),
                    "--names",
                    name,
                    "--runs",
                    str(self.options.query_runs),
                    "--budget",
                    str(self.options.query_budget),
                ),
            )
            entry = m.result.get(name, {"error": m.error[-300:]})
            if "uncac" in entry:
                entry["ratio"] = entry["uncac"]["median"] / entry["pyoxigraph"]["median"]
            section["queries"][name] = entry
        if not self.options.no_rdflib:
            section["rdflib"] = self.rdflib(self.query_names())
        self.results["queries"] = section

    def rdflib(self, names: list[str]) -> dict[str, Any]:
        size = self.options.rdflib_size or max(self.options.sizes)
        dump = self.work / f"dump-{size}.nq"
        cap = self.options.rdflib_query_cap
        limit = self.options.rdflib_load_cap + cap * len(names) + 60
        m = self.measured(
            f"rdflib on {size} reports",
            python("rdflib", "--nq", str(dump), "--names", *names, "--query-cap", str(cap)),
            timeout=limit,
        )
        out: dict[str, Any] = {"size": size, "query_cap": cap, "peak_mb": m.peak_mb}
        if m.timed_out or m.status:
            out["gave_up"] = f"no answer within {limit:.0f} s (loading {dump.name})"
        out.update(m.result)
        return out

    # 3. service

    def service(self) -> None:
        size = max(self.options.sizes)
        store = self.work / f"store-{size}-j{self.options.jobs[0]}"
        texts = [(ROOT / "queries" / f"{n}.rq").read_text(encoding="utf-8") for n in SERVICE_MIX]
        section: dict[str, Any] = {"size": size, "mix": list(SERVICE_MIX), "servers": {}}
        servers: list[tuple[str, Callable[[], Any]]] = [
            ("oxigraph serve", lambda: service.oxigraph_server(store))
        ]
        help_text = service.uncac_serve_help(UNCAC_KG)
        if help_text is None:
            section["servers"]["uncac-kg serve"] = {"available": False}
        else:
            servers.insert(
                0, ("uncac-kg serve", lambda: service.uncac_server(UNCAC_KG, store, help_text))
            )
        for name, start in servers:
            results: dict[str, Any] = {"available": True, "loads": []}
            try:
                with start() as server:
                    results["ready_seconds"] = server.ready_seconds
                    log(f"{name} ready in {server.ready_seconds:.1f} s")
                    # every query once from two clients first: caches, lazily started workers
                    results["warmup"] = service.load(
                        server.url,
                        texts,
                        2,
                        max_requests=2 * len(texts),
                        max_seconds=4 * self.options.service_seconds,
                    )
                    for clients in self.options.clients:
                        outcome = service.load(
                            server.url,
                            texts,
                            clients,
                            max_requests=self.options.service_requests,
                            max_seconds=self.options.service_seconds,
                        )
                        log(
                            f"{name}, {clients} clients: {outcome['rps']:.2f} req/s, "
                            f"{outcome['requests']} answered, {outcome['failures']} failed"
                        )
                        results["loads"].append(outcome)
            except RuntimeError as error:
                results["error"] = str(error)
                log(f"{name}: {error}")
            section["servers"][name] = results
        ours = section["servers"].get("uncac-kg serve", {})
        theirs = section["servers"]["oxigraph serve"]
        if ours.get("loads") and theirs.get("loads"):
            section["ratios"] = {
                str(a["clients"]): a["rps"] / b["rps"] if b["rps"] else None
                for a, b in zip(ours["loads"], theirs["loads"], strict=True)
            }
        self.results["service"] = section

    # where the time goes

    def profile(self) -> None:
        size = max([s for s in self.options.sizes if s <= 100] or [min(self.options.sizes)])
        m = self.measured(
            f"profile of a build of {size} reports",
            python(
                "profile",
                "--corpus",
                str(self.work / f"corpus-{size}"),
                "--store",
                str(self.work / "profiled"),
                "--top",
                "15",
            ),
        )
        shutil.rmtree(self.work / "profiled", ignore_errors=True)
        if m.result:
            self.results["profile"] = {"size": size, **m.result}

    # 5. analysis and export

    def analysis(self) -> None:
        size = max(self.options.sizes)
        store = self.work / f"store-{size}-j{self.options.jobs[0]}"
        out_dir = self.work / "exports"
        shutil.rmtree(out_dir, ignore_errors=True)
        out_dir.mkdir()
        section: dict[str, Any] = {"size": size, "commands": {}}
        commands: dict[str, list[str]] = {}
        if _command_exists("analyze"):
            commands["analyze"] = [str(UNCAC_KG), "analyze", "--store", str(store)]
        else:
            section["commands"]["analyze"] = {"available": False}
        if _command_exists("export"):
            for name in _export_formats():
                target = out_dir / f"export.{name}"
                commands[f"export {name}"] = [
                    str(UNCAC_KG),
                    "export",
                    name,
                    "--store",
                    str(store),
                    "--output",
                    str(target),
                ]
        else:
            section["commands"]["export"] = {"available": False}
        for label, command in commands.items():
            runs = [
                self.measured(
                    f"{label} on {size} reports", command, timeout=self.options.command_cap
                )
                for _ in range(self.options.command_repeats)
            ]
            good = [m for m in runs if m.status == 0]
            entry: dict[str, Any] = {"available": True, "raw": [asdict(m) for m in runs]}
            if good:
                entry["wall"] = summarize([m.wall for m in good])
                entry["peak_mb"] = summarize([m.peak_mb for m in good])
            elif runs[0].timed_out:
                entry["gave_up_after"] = self.options.command_cap
            else:
                entry["error"] = runs[0].error[-300:]
            section["commands"][label] = entry
        self.results["analysis"] = section


def _command_exists(name: str) -> bool:
    done = subprocess.run([str(UNCAC_KG), name, "--help"], capture_output=True, timeout=120)
    return done.returncode == 0


def _export_formats() -> list[str]:
    from uncac_kg import formats

    return [f.name for f in getattr(formats, "EXPORT_FORMATS", ())]


# --- scaling ----------------------------------------------------------------------------


def fit(xs: Sequence[float], ys: Sequence[float]) -> dict[str, float]:
    """Least squares ``y = intercept + slope * x``, with R²."""
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    slope = sxy / sxx if sxx else 0.0
    intercept = mean_y - slope * mean_x
    total = sum((y - mean_y) ** 2 for y in ys)
    residual = sum((y - intercept - slope * x) ** 2 for x, y in zip(xs, ys, strict=True))
    return {"slope": slope, "intercept": intercept, "r2": 1 - residual / total if total else 1.0}


def scaling(build: dict[str, Any]) -> dict[str, Any]:
    """Build time and peak memory against the number of reports: a line, per configuration."""
    sizes = sorted(int(s) for s in build)
    out: dict[str, Any] = {}
    if len(sizes) < 2:
        return out
    for label in build[str(sizes[0])]["runs"]:
        points = [(s, build[str(s)]["runs"][label]) for s in sizes]
        if not all("wall" in e for _, e in points):
            continue
        xs = [float(s) for s, _ in points]
        walls = [e["wall"]["median"] for _, e in points]
        cpus = [e["cpu"]["median"] for _, e in points]
        peaks = [e["peak_mb"]["median"] for _, e in points]
        (n1, a), (n2, b) = points[-2], points[-1]
        exponents = {
            key: math.log(b[key]["median"] / a[key]["median"]) / math.log(n2 / n1)
            for key in ("wall", "cpu")
        }
        out[label] = {
            "time": fit(xs, walls),
            "cpu": fit(xs, cpus),
            "memory": fit(xs, peaks),
            "seconds_per_report": {str(s): w / s for s, w in zip(sizes, walls, strict=True)},
            "exponent_last_step": exponents["wall"],
            "cpu_exponent_last_step": exponents["cpu"],
        }
        if "stages" in points[-1][1]:
            net = [
                e["stages"]["total"]["median"] - e["stages"]["void"]["median"] for _, e in points
            ]
            out[label]["time_without_void"] = fit(xs, net)
    return out


# --- entry point ------------------------------------------------------------------------


def options(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Run the uncac-kg benchmark.")
    parser.add_argument("--quick", action="store_true", help="10 and 100 reports, 2 repeats")
    parser.add_argument("--sizes", type=int, nargs="+", help="corpus sizes (reports)")
    parser.add_argument("--repeats", type=int, help="runs of each build and bulk load")
    parser.add_argument("--repeats-large", type=int, help="runs at 1,000 reports and more")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="build --jobs values")
    parser.add_argument("--warmup", type=int, default=1, help="uncounted first rounds per size")
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "work")
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "latest.json")
    parser.add_argument("--query-runs", type=int, help="runs of each query and path, at most")
    parser.add_argument("--query-budget", type=float, help="seconds per query before stopping")
    parser.add_argument("--rdflib-size", type=int, help="corpus rdflib loads [largest]")
    parser.add_argument("--rdflib-load-cap", type=float, default=600.0)
    parser.add_argument("--rdflib-query-cap", type=float, help="seconds per rdflib query")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--service-seconds", type=float, help="time cap per load run")
    parser.add_argument("--service-requests", type=int, default=400, help="cap per load run")
    parser.add_argument("--command-repeats", type=int, help="runs of analyze and each export")
    parser.add_argument("--command-cap", type=float, default=900.0)
    for part in ("queries", "rdflib", "service", "analysis", "profile"):
        parser.add_argument(f"--no-{part}", action="store_true", help=f"skip {part}")
    args = parser.parse_args(argv)
    quick = args.quick
    defaults = {
        "sizes": [10, 100] if quick else [10, 100, 1000],
        "repeats": 2 if quick else 3,
        "query_runs": 10 if quick else 20,
        "query_budget": 5.0 if quick else 30.0,
        "rdflib_query_cap": 20.0 if quick else 60.0,
        "service_seconds": 8.0 if quick else 45.0,
        "command_repeats": 1 if quick else 2,
    }
    for key, value in defaults.items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    if args.repeats_large is None:
        args.repeats_large = args.repeats
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = options(argv)
    import report  # the tables

    bench = Bench(args)
    started = time.perf_counter()
    bench.corpora()
    bench.build()
    if not args.no_profile:
        bench.profile()
    if not args.no_queries:
        bench.queries()
    if not args.no_service:
        bench.service()
    if not args.no_analysis:
        bench.analysis()
    bench.results["seconds"] = time.perf_counter() - started
    bench.results["load_average_after"] = os.getloadavg()
    args.json.parent.mkdir(parents=True, exist_ok=True)
    # paths are kept relative to the repository, so the results say nothing of the machine's layout
    text = json.dumps(bench.results, indent=1).replace(str(ROOT) + "/", "")
    args.json.write_text(text + "\n", encoding="utf-8")
    args.output.write_text(report.markdown(bench.results), encoding="utf-8")
    log(f"wrote {args.output} and {args.json} in {bench.results['seconds'] / 60:.1f} min")


if __name__ == "__main__":
    main()
