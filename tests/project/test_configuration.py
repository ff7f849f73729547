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


# Each catalog and the folder whose strings it holds (the site's leaves out the search app,
# which has its own; the demo library's texts are content, not interface).
CATALOGS = {
    PACKAGE: ["--ignore=search/*", "--ignore=demo/*"],
    PACKAGE / "search": [],
}


def test_every_string_of_the_code_is_in_a_catalog(tmp_path):
    import shutil
    import subprocess
    import sys

    if shutil.which("xgettext") is None:
        from tests.conftest import skip_or_fail

        skip_or_fail("GNU gettext (xgettext) is not installed")
    django_admin = Path(sys.executable).with_name("django-admin")
    for folder, options in CATALOGS.items():
        copy = tmp_path / folder.name
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("*.mo", "__pycache__"))
        subprocess.run(
            [str(django_admin), "makemessages", "-l", "en", "--no-obsolete", *options],
            cwd=copy,
            check=True,
            capture_output=True,
        )
        po = "locale/en/LC_MESSAGES/django.po"
        fresh = _po_entries(copy / po)
        committed = _po_entries(folder / po)
        missing = sorted(set(fresh) - set(committed))
        assert missing == [], f"run makemessages in {folder} and translate: {missing[:5]}"
