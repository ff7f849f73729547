"""Reasons a person understands for a file that could not be taken into the library."""

from __future__ import annotations

from django.utils.translation import gettext as _

from thuvien.extract import ExtractionError


def reason_for(error: BaseException) -> str:
    """The sentence shown to people (import summary, `extract --json`) for a failure."""
    if isinstance(error, ExtractionError):
        reasons = {
            "empty": _("Tệp rỗng: không có nội dung nào."),
            "unsupported_type": _(
                "Loại tệp này chưa được hỗ trợ (nhận theo nội dung tệp, không theo tên). "
                "Thư viện nhận PDF, Word, Excel, PowerPoint, OpenDocument, RTF, TXT, EPUB "
                "và ảnh quét."
            ),
            "damaged": _("Tệp bị hỏng hoặc bị cắt cụt nên không đọc được."),
            "encrypted": _("Tệp được khoá bằng mật khẩu nên không đọc được."),
            "no_pages": _("Tệp không có trang nào."),
            "too_large": _(
                "Tệp quá lớn để xử lý: quá nhiều điểm ảnh, quá nhiều trang "
                "hoặc quá nhiều dữ liệu khi giải nén."
            ),
            "timeout": _("Xử lý tệp vượt quá thời gian cho phép nên đã dừng lại."),
            "needs_libreoffice": _(
                "Máy chủ chưa cài LibreOffice nên chưa đọc được tệp Office "
                "(Word, Excel, PowerPoint, OpenDocument, RTF)."
            ),
            "needs_ocr": _(
                "Máy chủ chưa cài Tesseract OCR có dữ liệu tiếng Việt nên chưa đọc được "
                "bản quét (ảnh)."
            ),
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
