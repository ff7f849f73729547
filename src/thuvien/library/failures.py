"""Reasons a person understands for a file that could not be taken into the library."""

from __future__ import annotations

from django.utils.translation import gettext as _

from thuvien.extract import ExtractionError


def reason_for(error: BaseException) -> str:
    """The sentence shown to people (import summary, `extract --json`) for a failure."""
    if isinstance(error, ExtractionError):
        reasons = {
            "empty": _("Tệp rỗng: không có nội dung nào."),
            "unsupported_type": _("Không phải tệp PDF: nội dung tệp thuộc loại chưa được hỗ trợ."),
            "damaged": _("Tệp PDF bị hỏng hoặc bị cắt cụt nên không đọc được."),
            "encrypted": _("Tệp PDF được khoá bằng mật khẩu nên không đọc được."),
            "no_pages": _("Tệp PDF không có trang nào."),
        }
        return reasons.get(error.code, error.message)
    if isinstance(error, FileNotFoundError):
        return _("Không tìm thấy tệp.")
    if isinstance(error, PermissionError):
        return _("Không có quyền đọc tệp.")
    if isinstance(error, IsADirectoryError):
        return _("Đây là một thư mục, không phải tệp.")
    if isinstance(error, OSError):
        return _("Không đọc được tệp: %(detail)s") % {"detail": error.strerror or error}
    return _("Lỗi không mong đợi khi xử lý tệp (%(kind)s).") % {"kind": type(error).__name__}
