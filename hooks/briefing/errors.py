"""Content errors: one shape for every problem a contributor can cause.

A content problem is reported as one line that starts with the file (and line), says what is
wrong and how to fix it. The hook turns these into PluginError or warnings; the CLI prints them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # control characters, lone surrogates


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    message: str
    fix: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.message}"
        text = f"{text} {self.fix}".rstrip() if self.fix else text
        # Messages quote names from YAML and files: a line break, terminal escape or lone
        # surrogate in one is written as an escape, so every problem stays one honest line that
        # any log file or terminal can take.
        return _CONTROL.sub(lambda m: repr(m.group(0))[1:-1], text)


class ContentError(Exception):
    """Raised when content problems make a build impossible; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
