"""Control characters out of article text: NUL and the other C0/C1 controls never reach `text`.

Line-ending controls become newlines (so `\\r\\n` files and form feeds keep their lines);
tab stays; every other control (NUL, bell, escape, DEL, the C1 block) is removed. They
carry no words, break terminals and JSON consumers, and a NUL can truncate C strings.
"""

from __future__ import annotations

import re

_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


def strip_controls(text: str) -> tuple[str, int]:
    """`text` with line-break controls made "\\n" and other controls removed; how many were removed."""
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROLS.subn("", text)
