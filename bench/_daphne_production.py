"""Start daphne as production installs it: without click, which only the dev tools bring in.

autobahn formats a debug line on every frame it sends (``hltype``/``hlval``) even when debug
logging is off; with click importable it also colours them, which cost daphne about a third
of its send path in a profile. Since the live room's sockets moved to uvicorn (which brings
click into ``requirements.txt``) daphne serves pages and ``make run``; the benchmark still hides
click to measure daphne's socket path at its best.
"""

import sys

sys.modules["click"] = None  # type: ignore[assignment] - makes "import click" fail

from daphne.cli import CommandLineInterface  # noqa: E402

if __name__ == "__main__":
    CommandLineInterface.entrypoint()
