"""Every setting is documented, and every interface string has its English translation."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "thuvien"


def test_every_environment_variable_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    used = set()
    for source in PACKAGE.rglob("*.py"):
        used |= set(re.findall(r"\"(THUVIEN_[A-Z_]+)\"", source.read_text(encoding="utf-8")))
    assert used, "no settings found: the scan is broken"
    undocumented = sorted(name for name in used if f"`{name}`" not in readme)
    assert undocumented == []


def _po_entries(path: Path) -> dict[str, str]:
    entries: dict[str, str] = {}
    text = path.read_text(encoding="utf-8")
    for block in text.split("\n\n"):
        if "msgid_plural" in block:
            continue
        msgid = "".join(re.findall(r'"(.*)"', block.split("msgid ", 1)[-1].split("msgstr", 1)[0]))
        msgstr = (
            "".join(re.findall(r'"(.*)"', block.split("msgstr ", 1)[-1]))
            if "msgstr " in block
            else ""
        )
        if msgid:
            entries[msgid] = msgstr
    return entries


def test_english_catalogs_translate_every_string_and_are_compiled():
    catalogs = sorted(PACKAGE.rglob("locale/en/LC_MESSAGES/django.po"))
    assert len(catalogs) >= 2  # the site's and the search app's
    for po in catalogs:
        text = po.read_text(encoding="utf-8")
        assert "#, fuzzy" not in text.split("msgid", 2)[-1], f"{po}: a guessed translation"
        entries = _po_entries(po)
        assert [k for k, v in entries.items() if not v] == [], po
        with open(po.with_suffix(".mo"), "rb") as handle:
            catalog = gettext.GNUTranslations(handle)
        stale = [k for k, v in entries.items() if catalog.gettext(k) != v.replace('\\"', '"')]
        assert stale == [], f"run msgfmt: {po.with_suffix('.mo')} is older than {po}"


def test_templates_mark_their_strings_for_translation():
    # Text between tags that has Vietnamese letters but sits outside {% translate %} is a miss.
    vietnamese = re.compile(r"[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]", re.IGNORECASE)
    misses = []
    for template in PACKAGE.rglob("templates/**/*.html"):
        html = template.read_text(encoding="utf-8")
        stripped = re.sub(r"{% *blocktranslate.*?endblocktranslate *%}", "", html, flags=re.S)
        stripped = re.sub(r"{%.*?%}|{{.*?}}", "", stripped, flags=re.S)
        for piece in re.findall(r">([^<>]+)<", stripped):
            if vietnamese.search(piece):
                misses.append(f"{template.name}: {piece.strip()}")
    assert misses == []
