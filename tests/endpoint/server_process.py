"""A server command run as a process for the duration of a ``with`` block."""

from __future__ import annotations

import contextlib
import re
import signal
import subprocess
from collections.abc import Iterator, Sequence
from pathlib import Path


@contextlib.contextmanager
def server_process(
    command: Sequence[str], log: Path, env: dict[str, str] | None = None
) -> Iterator[str]:
    """Run ``command`` (a ``serve`` that prints "... at URL ..." once it listens), its
    standard error into ``log``; its URL. Stopped with Ctrl-C afterwards."""
    with log.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            list(command), stdout=subprocess.PIPE, stderr=stderr, text=True, env=env
        )
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            found = re.search(r"at (http://\S+/) ", line)
            assert found, f"the server did not start: {line!r}\n{log.read_text()}"
            yield found[1]
        finally:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stdout is not None:
                process.stdout.close()
