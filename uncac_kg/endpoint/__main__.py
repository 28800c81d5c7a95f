"""``python -m uncac_kg.endpoint``: the same as ``uncac-kg serve``."""

from uncac_kg.endpoint.command import serve_command

if __name__ == "__main__":  # query workers (spawned processes) import this module too
    serve_command(prog_name="uncac-kg serve")
