"""The output format a file name asks for, by its extension: one check for pictures and animations."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..i18n import translate

__all__ = ["output_format"]


def output_format(path: str | Path, formats: Sequence[str]) -> str:
    """The one of `formats` ("png", "gif", …) that `path`'s extension names, in any case.

    Raises ValueError naming the extensions that would do, before anything is drawn.
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in formats:
        return suffix
    extensions = [f".{name}" for name in formats]
    offered = extensions[0]
    if len(extensions) > 1:
        offered = translate("Files", "{first} or {last}").format(
            first=", ".join(extensions[:-1]), last=extensions[-1]
        )
    if suffix:
        found = translate("Files", "gradviz cannot write .{suffix} files").format(suffix=suffix)
    else:
        found = translate("Files", "the name has no extension")
    message = translate("Files", "cannot save {path}: {found}; end the name with {offered}")
    raise ValueError(message.format(path=path, found=found, offered=offered))
