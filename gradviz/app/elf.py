"""The libraries a shared library asks for, read from its ELF header (no `ldd` needed)."""

from __future__ import annotations

import mmap
import struct
from pathlib import Path

__all__ = ["elf_dependencies"]


def elf_dependencies(path: Path) -> tuple[list[str], list[str]]:
    """DT_NEEDED and DT_RUNPATH (or DT_RPATH) entries of an ELF shared library."""
    with open(path, "rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
        return _dynamic_entries(data) if data[:4] == b"\x7fELF" else ([], [])


def _dynamic_entries(data: mmap.mmap) -> tuple[list[str], list[str]]:
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        (shoff,) = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
        header, entry = order + "IIQQQQIIQQ", order + "qQ"
    else:
        (shoff,) = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
        header, entry = order + "IIIIIIIIII", order + "iI"
    sections = [struct.unpack_from(header, data, shoff + i * shentsize) for i in range(shnum)]
    needed: list[str] = []
    paths: list[str] = []
    for _name, kind, _flags, _addr, offset, size, link, *_ in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strings = sections[link][4]
        for start in range(offset, offset + size, struct.calcsize(entry)):
            tag, value = struct.unpack_from(entry, data, start)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                needed.append(_string(data, strings + value))
            elif tag in (15, 29):  # DT_RPATH, DT_RUNPATH
                paths.extend(_string(data, strings + value).split(":"))
    return needed, paths


def _string(data: mmap.mmap, at: int) -> str:
    return data[at : data.find(b"\0", at)].decode(errors="replace")
