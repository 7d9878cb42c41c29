"""Headless Chromium for the HTML tests: the rendered DOM (``--dump-dom``) and screenshots.

No selenium: the browser is run once per page with a fresh profile and every
network feature off.  ``browser()`` skips the calling test, with the reason,
when no Chromium is installed (Debian: ``apt-get install chromium``; ``.ci/run``
installs it when it can) or when it cannot start here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--mute-audio",
)
TIMEOUT = 60


@dataclass(frozen=True)
class Browser:
    exe: str

    def _run(self, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
        with tempfile.TemporaryDirectory(prefix="govreport-chromium-") as profile:
            args = [self.exe, *FLAGS, f"--user-data-dir={profile}", *extra, url]
            if hasattr(os, "geteuid") and os.geteuid() == 0:
                args.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
            return subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT, check=False)

    def dump_dom(self, page: Path) -> str:
        """The DOM after the page loaded (scripts, if any were allowed to run, have run)."""
        r = self._run(page.resolve().as_uri(), "--dump-dom", "--virtual-time-budget=2000")
        if r.returncode != 0 or "<html" not in r.stdout:
            pytest.skip(f"Chromium cannot render pages here ({r.returncode}): {r.stderr.strip()[-300:]}")
        return r.stdout

    def screenshot(self, page: Path, png: Path, width: int = 1440, height: int = 1100) -> Path:
        r = self._run(
            page.resolve().as_uri(),
            f"--screenshot={png}",
            f"--window-size={width},{height}",
            "--virtual-time-budget=2000",
        )
        if not png.is_file():
            pytest.skip(f"Chromium cannot take screenshots here ({r.returncode}): {r.stderr.strip()[-300:]}")
        return png


@lru_cache(maxsize=1)
def _probe() -> tuple[Browser | None, str]:
    exe = os.environ.get("GOVREPORT_CHROMIUM") or next((p for p in map(shutil.which, CANDIDATES) if p), None)
    if not exe:
        return None, "no Chromium found (apt-get install chromium, or set GOVREPORT_CHROMIUM)"
    try:  # cheap: a full start-up costs seconds, so the first real page is the real probe
        r = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"Chromium at {exe} does not run: {exc}"
    if r.returncode != 0:
        return None, f"Chromium at {exe} does not run: {r.stderr.strip()[-300:]}"
    return Browser(exe), ""


def browser() -> Browser:
    """The headless browser, or skip the test with the reason it cannot run."""
    b, reason = _probe()
    if b is None:
        pytest.skip(reason)
    return b
