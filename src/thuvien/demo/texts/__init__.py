"""The demo library's authored Vietnamese content, one module per parent category.

Every module defines ``PARENT`` (the parent category's name), ``TEMPLATES`` (sentences with a
``{k}`` slot for a document's key phrase), ``POOLS`` (a :class:`Pool` per child category) and
``DOCUMENTS`` (the :class:`DocText` of each document). All text was written for this project.
"""

from __future__ import annotations

from types import ModuleType

from thuvien.demo.texts import (
    giao_duc,
    khoa_hoc_ky_thuat,
    kinh_te,
    nong_nghiep,
    phap_luat,
    van_hoa_xa_hoi,
)
from thuvien.demo.texts.model import USE_TITLE, DocText, Pool, Section, entries

CATEGORY_MODULES: tuple[ModuleType, ...] = (
    giao_duc,
    kinh_te,
    khoa_hoc_ky_thuat,
    phap_luat,
    van_hoa_xa_hoi,
    nong_nghiep,
)

__all__ = ["CATEGORY_MODULES", "USE_TITLE", "DocText", "Pool", "Section", "entries"]
