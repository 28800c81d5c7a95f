"""Measurements, each in a fresh process: the timer and memory meter, and the tasks they time.

``run_measured(command)`` starts ``command``, samples the resident memory of
the process and all its descendants every few milliseconds from ``/proc``,
and waits for it with ``os.wait4``, which gives its CPU time and the peak
resident memory of the largest single process. The peak reported is the
larger of that and the largest sampled sum over the process tree, so worker
processes count.

The tasks (``python bench/measure.py TASK ...``) each print one JSON object on
their last line of output:

- ``build``: ``uncac_kg.pipeline.build`` of a corpus into a new store, with the
  pipeline's own stage timings;
- ``read-stages``: reading, cleaning and segmenting the corpus, each timed apart;
- ``dump``: the store written as N-Quads (not timed; input of the next two);
- ``bulk-load``: pyoxigraph alone bulk-loading that N-Quads file into a new store;
- ``queries``: every query through uncac-kg's query path and directly on pyoxigraph,
  alternating, on the same open store;
- ``rdflib``: the same queries on rdflib's in-memory engine, each in a forked
  process stopped at a time limit.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
SAMPLE_SECONDS = 0.02
#: Where the profile puts the main thread's waits for other threads.
WAITING = "waiting for other threads (the store's loader, VoID's queries)"
TREE_SECONDS = 0.5


@dataclass
class Measurement:
    """One run of a command: wall-clock and CPU seconds, peak memory, its JSON answer."""

    command: list[str]
    wall: float
    cpu: float
    peak_mb: float
    status: int
    result: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    timed_out: bool = False
    load_average: float = 0.0  # the machine's, over the minute before the run started


def _children() -> dict[int, list[int]]:
    """Every process's children, from ``/proc/*/stat``."""
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_bytes()
        except OSError:
            continue
        # the command name is in parentheses and may hold spaces: the fields after it
        fields = stat[stat.rfind(b")") + 2 :].split()
        tree.setdefault(int(fields[1]), []).append(int(entry.name))
    return tree


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    tree = _children()
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(tree.get(current, []))
    return found


def rss(pids: Sequence[int]) -> int:
    """Resident bytes of the processes ``pids`` (those still running)."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError, IndexError, ValueError):
            total += int(Path(f"/proc/{pid}/statm").read_bytes().split()[1]) * PAGE
    return total


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants."""
    return rss(descendants(pid))


def run_measured(
    command: Sequence[str],
    *,
    timeout: float | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> Measurement:
    """Run ``command`` to its end (or ``timeout``), measuring it; parse its last JSON line."""
    load_average = os.getloadavg()[0]
    started = time.perf_counter()
    process = subprocess.Popen(
        list(command),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=cwd or ROOT,
        start_new_session=True,
    )
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        # the process tree is listed again every TREE_SECONDS (scanning /proc is the costly
        # part); the memory of the processes known is read every SAMPLE_SECONDS
        pids: list[int] = []
        listed = 0.0
        while not done.is_set():
            if time.perf_counter() - listed > TREE_SECONDS:
                pids, listed = descendants(process.pid), time.perf_counter()
            peak[0] = max(peak[0], rss(pids))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output: list[bytes] = [b"", b""]

    def drain(index: int) -> None:
        stream = process.stdout if index == 0 else process.stderr
        assert stream is not None
        output[index] = stream.read()

    readers = [threading.Thread(target=drain, args=(i,), daemon=True) for i in (0, 1)]
    for reader in readers:
        reader.start()
    timed_out = False
    deadline = None if timeout is None else started + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if deadline is not None and time.perf_counter() > deadline:
            timed_out = True
            os.killpg(process.pid, signal.SIGKILL)
            pid, status, usage = os.wait4(process.pid, 0)
            break
        time.sleep(0.005)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    for reader in readers:
        reader.join()
    peak_bytes = max(peak[0], usage.ru_maxrss * 1024)
    measurement = Measurement(
        list(command),
        wall,
        usage.ru_utime + usage.ru_stime,
        peak_bytes / 2**20,
        process.returncode,
        timed_out=timed_out,
        load_average=load_average,
    )
    lines = output[0].decode("utf-8", "replace").strip().splitlines()
    if lines and lines[-1].startswith("{"):
        measurement.result = json.loads(lines[-1])
    if process.returncode != 0:
        measurement.error = output[1].decode("utf-8", "replace").strip()[-2000:]
    return measurement


def python(*args: str) -> list[str]:
    """The command that runs a task of this module in a fresh interpreter."""
    return [sys.executable, str(Path(__file__).resolve()), *args]


def summarize(values: Sequence[float]) -> dict[str, float]:
    """Median, minimum, maximum and 95th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    rank = max(int(0.95 * len(ordered) + 0.999999) - 1, 0)
    return {
        "median": statistics.median(ordered),
        "min": ordered[0],
        "max": ordered[-1],
        "p95": ordered[rank],
        "n": len(ordered),
    }


# --- the tasks --------------------------------------------------------------------------


def _fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    return path


def task_build(args: argparse.Namespace) -> dict[str, Any]:
    import pyoxigraph

    from uncac_kg import pipeline
    from uncac_kg.settings import Settings

    store = _fresh(Path(args.store))
    clock = time.perf_counter()
    summary = pipeline.build([Path(args.corpus)], Settings(store=str(store)), jobs=args.jobs)
    seconds = time.perf_counter() - clock
    reader = pyoxigraph.Store.read_only(str(store))
    quads = len(reader)
    del reader
    return {
        "seconds": seconds,
        "timings": dict(summary.timings),
        "reports": len(summary.documents),
        "paragraphs": summary.total("paragraphs"),
        "statements": summary.total("statements"),
        "citations": summary.total("citations"),
        "report_triples": summary.total("triples"),
        "quads": quads,
        "entities": sum(summary.entities.values()),
    }


def task_read_stages(args: argparse.Namespace) -> dict[str, Any]:
    from uncac_kg.document import clean, read_text, segment

    times = {"read": 0.0, "clean": 0.0, "segment": 0.0}
    for path in sorted(Path(args.corpus).glob("*.txt")):
        a = time.perf_counter()
        raw, encoding = read_text(path)
        b = time.perf_counter()
        text = clean(raw)
        c = time.perf_counter()
        segment(text, path.stem, str(path), encoding)
        d = time.perf_counter()
        times["read"] += b - a
        times["clean"] += c - b
        times["segment"] += d - c
    return times


def task_dump(args: argparse.Namespace) -> dict[str, Any]:
    import pyoxigraph

    store = pyoxigraph.Store.read_only(args.store)
    store.dump(args.out, format=pyoxigraph.RdfFormat.N_QUADS)
    return {"quads": len(store), "bytes": Path(args.out).stat().st_size}


def task_bulk_load(args: argparse.Namespace) -> dict[str, Any]:
    import pyoxigraph

    path = _fresh(Path(args.store))
    clock = time.perf_counter()
    store = pyoxigraph.Store(str(path))
    store.bulk_load(path=args.nq, format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    quads = len(store)
    del store
    return {"seconds": time.perf_counter() - clock, "quads": quads}


def _timed(run: Callable[[], object]) -> tuple[float, object]:
    clock = time.perf_counter()
    value = run()
    return time.perf_counter() - clock, value


def task_queries(args: argparse.Namespace) -> dict[str, Any]:
    """Each query through uncac-kg's path (as ``uncac-kg query NAME --format csv`` runs it:
    resolve the name, check SERVICE calls, ``Store.query``, serialize) and directly on
    pyoxigraph (the file's text, ``Store.query`` with the union default graph, the same
    serializer), alternating, on one open store."""
    import pyoxigraph

    from uncac_kg import formats, queries
    from uncac_kg.store import open_store
    from uncac_kg.store.service_policy import allowed_services, check_services

    csv = formats.get("csv")
    out: dict[str, Any] = {}
    with open_store(args.store, create=False) as kg:
        direct = kg.store  # type: ignore[attr-defined]

        def ours(name: str) -> int:
            sparql = queries.resolve(name)
            check_services(sparql, allowed_services())
            return len(formats.serialize(kg.query(sparql), csv))

        def theirs(text: str) -> int:
            result = direct.query(text, use_default_graph_as_union=True)
            data = result.serialize(format=pyoxigraph.QueryResultsFormat.CSV)
            return len(data or b"")

        for name in args.names:
            text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
            first, size = _timed(lambda n=name: ours(n))  # warm-up; sets the pace
            runs = args.runs if first < args.slow else 1
            times: dict[str, list[float]] = {"uncac": [], "pyoxigraph": []}
            spent = first
            for i in range(runs):
                if i >= args.min_runs and spent > args.budget:
                    break
                pair = [("uncac", lambda n=name: ours(n)), ("pyoxigraph", lambda t=text: theirs(t))]
                for label, run in pair if i % 2 == 0 else reversed(pair):
                    seconds, _ = _timed(run)
                    times[label].append(seconds)
                    spent += seconds
            out[name] = {
                "bytes": size,
                "uncac": summarize(times["uncac"]),
                "pyoxigraph": summarize(times["pyoxigraph"]),
            }
    return out


def task_rdflib(args: argparse.Namespace) -> dict[str, Any]:
    """Load the N-Quads file into an rdflib Dataset (default graph: the union), then run
    each query in a forked child, stopped after ``--query-cap`` seconds."""
    import rdflib

    clock = time.perf_counter()
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(args.nq, format="nquads")
    loaded = time.perf_counter() - clock
    out: dict[str, Any] = {"load_seconds": loaded, "quads": len(dataset), "queries": {}}
    for name in args.names:
        text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
        read_end, write_end = os.pipe()
        clock = time.perf_counter()
        child = os.fork()
        if child == 0:  # pragma: no cover - the child
            os.close(read_end)
            try:
                rows = len(list(dataset.query(text)))
                message = json.dumps({"rows": rows})
            except Exception as error:
                message = json.dumps({"error": f"{type(error).__name__}: {error}"[:300]})
            os.write(write_end, message.encode())
            os._exit(0)
        os.close(write_end)
        deadline = clock + args.query_cap
        status = None
        while time.perf_counter() < deadline:
            pid, status = os.waitpid(child, os.WNOHANG)
            if pid:
                break
            time.sleep(0.01)
        else:
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
        seconds = time.perf_counter() - clock
        with os.fdopen(read_end, "rb") as pipe:
            message = pipe.read()
        if status is None or not message:
            out["queries"][name] = {"gave_up_after": args.query_cap}
        else:
            out["queries"][name] = {"seconds": seconds, **json.loads(message)}
    return out


def task_profile(args: argparse.Namespace) -> dict[str, Any]:
    """A build (one job) under cProfile: the functions with the most own time, and the share
    of each part of the program: its functions' own time, with the time of C functions
    (regular expressions, ``str`` methods, pyoxigraph) and of the standard library counted
    in the part that called them. cProfile slows Python code more than C code, so these
    shares overstate Python's; it sees the main thread only (VoID's queries run in threads:
    the main thread's wait for them is counted)."""
    import cProfile
    import pstats

    from uncac_kg import pipeline
    from uncac_kg.settings import Settings

    store = _fresh(Path(args.store))
    profiler = cProfile.Profile()
    profiler.enable()
    pipeline.build([Path(args.corpus)], Settings(store=str(store)))
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in stats.values())
    memo: dict[Any, dict[str, float]] = {}

    def owners(function: Any, seen: frozenset[Any]) -> dict[str, float]:
        """The parts ``function``'s time belongs to, as shares adding up to 1."""
        if function[2] == "<method 'acquire' of '_thread.lock' objects>":
            return {WAITING: 1.0}
        part = _part(function[0])
        callers = stats[function][4]
        if part not in ("C functions", "standard library") or not callers or function in seen:
            return {part: 1.0}
        if function in memo:
            return memo[function]
        weight = sum(entry[3] for entry in callers.values()) or 1.0
        shares: dict[str, float] = {}
        for caller, entry in callers.items():
            for owner, share in owners(caller, seen | {function}).items():
                shares[owner] = shares.get(owner, 0.0) + share * entry[3] / weight
        memo[function] = shares
        return shares

    parts: dict[str, float] = {}
    functions = []
    for function, (_, calls, own, cumulative, _) in stats.items():
        filename, line, name = function
        functions.append(
            {
                "function": f"{_short(filename)}:{line}({name})",
                "part": _part(filename),
                "calls": calls,
                "own": own,
                "cumulative": cumulative,
            }
        )
        for owner, share in owners(function, frozenset()).items():
            parts[owner] = parts.get(owner, 0.0) + own * share
    functions.sort(key=lambda f: -f["own"])
    return {
        "total": total,
        "parts": dict(sorted(parts.items(), key=lambda kv: -kv[1])),
        "top": functions[: args.top],
    }


def _short(filename: str) -> str:
    marker = "uncac_kg/"
    if marker in filename:
        return marker + filename.split(marker, 1)[1]
    return filename.rsplit("/", 1)[-1] if "/" in filename else filename


def _part(filename: str) -> str:
    """``uncac_kg.extract`` for a file of that package; the library, or ``builtins``."""
    if "uncac_kg/" in filename:
        path = filename.split("uncac_kg/", 1)[1].split("/")
        return "uncac_kg." + (path[0].removesuffix(".py") if len(path) > 1 else path[0][:-3])
    if filename == "~":
        return "C functions"
    if filename.startswith("<"):
        return "generated (dataclass __init__...)"
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1].split("/", 1)[0]
    return "standard library"


TASKS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "build": task_build,
    "read-stages": task_read_stages,
    "dump": task_dump,
    "bulk-load": task_bulk_load,
    "queries": task_queries,
    "rdflib": task_rdflib,
    "profile": task_profile,
}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Run one benchmark task; print JSON.")
    parser.add_argument("task", choices=sorted(TASKS))
    parser.add_argument("--corpus")
    parser.add_argument("--store")
    parser.add_argument("--nq")
    parser.add_argument("--out")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--names", nargs="*", default=[])
    parser.add_argument("--runs", type=int, default=20, help="queries: runs per path at most")
    parser.add_argument("--min-runs", type=int, default=5, help="queries: runs per path at least")
    parser.add_argument("--budget", type=float, default=30.0, help="queries: seconds per query")
    parser.add_argument("--slow", type=float, default=20.0, help="queries: one run above this")
    parser.add_argument("--query-cap", type=float, default=60.0, help="rdflib: seconds a query")
    parser.add_argument("--top", type=int, default=15, help="profile: functions listed")
    args = parser.parse_args(argv)
    result = TASKS[args.task](args)
    result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


if __name__ == "__main__":
    main()
