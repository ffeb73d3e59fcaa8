"""The French catalogue as the French-window tests read it: English source → French translation."""

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parents[2] / "gradviz" / "locale" / "gradviz_fr.ts"


def translated_sources(contexts: Iterable[str] | None = None) -> dict[str, str]:
    """The messages whose French differs from their source, in `contexts` (all when None).

    Every message found must be translated: an unfinished one fails the test that reads it.
    """
    wanted = None if contexts is None else set(contexts)
    table = {}
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        if wanted is not None and context.findtext("name") not in wanted:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source") or "", message.find("translation")
            assert translation is not None and translation.get("type") != "unfinished", source
            if translation.text and translation.text != source:
                table[source] = translation.text
    return table
