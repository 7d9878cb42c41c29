"""Word-processor files that only LibreOffice reads (.doc, .wps, .rtf, .odt), converted to .docx.

When ``soffice`` (or ``libreoffice``) is on PATH, ``read_file`` converts such a file in a
temporary folder, with a user profile of its own (so that conversions in parallel worker
processes do not wait for each other's profile lock), and reads the .docx it produced.
The report's ``source.format`` is then ``docx`` and its hints say ``converted_from``.
Without LibreOffice the file is refused with the command that converts it.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import IngestError, UnsupportedFormatError

CONVERTIBLE = (".doc", ".wps", ".rtf", ".odt")
# one conversion (LibreOffice's cold start is most of it: 2-5 s)
CONVERT_TIMEOUT = 180
INSTALL_HINT = "install LibreOffice (Debian: apt-get install libreoffice-writer)"


def soffice() -> str | None:
    """LibreOffice's command on PATH, None without one."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_command(path: str | Path) -> str:
    """The command a user runs to convert ``path`` to .docx next to it."""
    p = Path(path)
    return f"soffice --headless --convert-to docx --outdir {shlex.quote(str(p.parent))} {shlex.quote(str(p))}"


def not_convertible(name: str, suffix: str) -> UnsupportedFormatError:
    return UnsupportedFormatError(
        f"{name}: {suffix} files are read through LibreOffice, which is not installed (no `soffice` on PATH): "
        f"{INSTALL_HINT}, or convert it first: `{convert_command(name)}`"
    )


def convert_to_docx(path: Path, name: str) -> bytes:
    """The bytes of the .docx LibreOffice makes of ``path``; ``IngestError`` when it cannot."""
    exe = soffice()
    if exe is None:
        raise not_convertible(name, path.suffix.lower())
    with tempfile.TemporaryDirectory(prefix="govreport-convert-") as tmp:
        out = Path(tmp) / "out"
        profile = (Path(tmp) / "profile").as_uri()
        cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "docx"]
        cmd += ["--outdir", str(out), str(path.resolve())]
        try:
            run = subprocess.run(cmd, capture_output=True, text=True, timeout=CONVERT_TIMEOUT, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as exc:
            raise IngestError(
                f"{name}: LibreOffice took over {CONVERT_TIMEOUT} s to convert it; convert it by hand: `{convert_command(name)}`"
            ) from exc
        except OSError as exc:
            raise IngestError(
                f"{name}: cannot run LibreOffice ({exc.strerror or exc}): `{convert_command(name)}`"
            ) from exc
        produced = out / (path.stem + ".docx")
        if not produced.is_file():
            lines = (run.stderr or run.stdout or "").splitlines()
            said = " ".join(x.strip() for x in lines if x.strip() and not x.startswith("Warning:"))[-200:]
            said = said or f"exit code {run.returncode}"
            raise IngestError(
                f"{name}: LibreOffice could not convert it ({said}); try by hand: `{convert_command(name)}`"
            )
        return produced.read_bytes()
