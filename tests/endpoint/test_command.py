"""``uncac-kg serve``: its options and help."""

from __future__ import annotations

from click.testing import CliRunner

from uncac_kg.endpoint.command import serve_command


def test_help_lists_the_options() -> None:
    result = CliRunner().invoke(serve_command, ["--help"])
    assert result.exit_code == 0
    for option in (
        "--store",
        "--host",
        "--port",
        "--write-token",
        "--timeout",
        "--max-rows",
        "--max-request-size",
        "--workers",
        "--cors-origin",
        "--allow-service",
        "--update-url",
        "--gsp-url",
    ):
        assert option in result.output  # fmt: skip
    assert "UNCAC_KG_WRITE_TOKEN" in result.output


def test_bad_options_are_one_clear_error() -> None:
    result = CliRunner().invoke(serve_command, ["--workers", "0", "--store", "/nonexistent"])
    assert result.exit_code != 0
    assert "at least one query worker" in str(result.exception or result.output)


def test_a_remote_store_that_cannot_be_reached_is_one_clear_error() -> None:
    result = CliRunner().invoke(serve_command, ["--store", "http://127.0.0.1:9/sparql"])
    assert result.exit_code != 0
    assert "cannot reach the store at http://127.0.0.1:9/sparql" in str(result.exception)
