"""Authored content for the parent category "Văn bản pháp luật": decrees, circulars, forms.

Every legal text here is a fictional draft ("DỰ THẢO") or a blank form written for the demo;
none reproduces a real document.
"""

from thuvien.demo.texts.model import DocText, Pool, Section, entries

PARENT = "Văn bản pháp luật"

NATIONAL_MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")

# Sentences that carry a document's own key phrase ({k}).
TEMPLATES = entries("""
Việc thực hiện các quy định về {k} phải bảo đảm thống nhất, đồng bộ trên phạm vi cả nước.

Cơ quan chủ trì có trách nhiệm hướng dẫn, kiểm tra việc thực hiện các quy định về {k}.

Các quy định về {k} được rà soát định kì để sửa đổi, bổ sung cho phù hợp với thực tiễn.

Tổ chức, cá nhân có quyền phản ánh, kiến nghị về những vướng mắc liên quan đến {k}.

Kết quả thực hiện các quy định về {k} là một tiêu chí đánh giá mức độ hoàn thành nhiệm vụ
hằng năm.

Cán bộ, công chức được giao nhiệm vụ phải nắm vững các quy định về {k}.

Thông tin về {k} được công khai trên cổng thông tin điện tử của cơ quan có thẩm quyền.

Việc tuyên truyền, phổ biến các quy định về {k} được thực hiện thường xuyên.
""")

_RULES = entries("""
Cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành văn bản này.

Việc thực hiện phải bảo đảm công khai, minh bạch, đúng đối tượng và đúng mục đích.

Kinh phí thực hiện được bố trí từ ngân sách nhà nước theo phân cấp hiện hành và các nguồn
hợp pháp khác.

Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh kịp thời về cơ
quan chủ trì để được hướng dẫn giải quyết.

Ủy ban nhân dân cấp tỉnh có trách nhiệm chỉ đạo, kiểm tra việc thực hiện trên địa bàn.

Định kì hằng năm, các cơ quan có trách nhiệm báo cáo kết quả thực hiện về cơ quan quản lý
cấp trên.

Nghiêm cấm lợi dụng chính sách để trục lợi hoặc gây thiệt hại cho lợi ích của Nhà nước và
người dân.

Hồ sơ đề nghị được nộp trực tiếp, qua dịch vụ bưu chính hoặc qua cổng dịch vụ công trực tuyến.

Trường hợp hồ sơ chưa đầy đủ, cơ quan tiếp nhận phải hướng dẫn người nộp bổ sung một lần
bằng văn bản.

Thời hạn giải quyết không quá mười lăm ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.

Tổ chức, cá nhân vi phạm thì tuỳ theo tính chất, mức độ mà bị xử lý theo quy định của pháp
luật.

Các bộ, cơ quan ngang bộ trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm phối hợp
thực hiện.

Dữ liệu được lưu trữ, bảo quản an toàn và chỉ được khai thác theo đúng thẩm quyền.

Việc kiểm tra, giám sát được thực hiện định kì hoặc đột xuất khi có dấu hiệu vi phạm.

Văn bản được dẫn chiếu khi được sửa đổi, bổ sung hoặc thay thế thì áp dụng theo văn bản mới.

Cơ quan chủ trì có trách nhiệm tổng hợp ý kiến của các bộ, ngành và địa phương.

Các thủ tục hành chính phải được niêm yết công khai tại nơi tiếp nhận hồ sơ.

Cán bộ tiếp nhận hồ sơ có trách nhiệm hướng dẫn đầy đủ, rõ ràng cho tổ chức, cá nhân.

Việc chia sẻ dữ liệu giữa các cơ quan nhà nước tuân thủ quy định về bảo vệ dữ liệu cá nhân.

Kết quả giải quyết được trả cho tổ chức, cá nhân theo hình thức đã đăng ký.

Các cơ quan, đơn vị phải bố trí đủ nhân lực và trang thiết bị để thực hiện nhiệm vụ được giao.
""")

_RULE_ITEMS = entries("""
Bảo đảm công khai, minh bạch và đúng quy định.

Ứng dụng công nghệ thông tin trong quá trình thực hiện.

Tạo điều kiện thuận lợi cho tổ chức, cá nhân.

Phân định rõ trách nhiệm của từng cơ quan, đơn vị.

Kịp thời phát hiện và xử lý vi phạm.
""")

POOLS = {
    "Nghị định": Pool(
        sentences=_RULES,
        headings=entries("""
Phạm vi điều chỉnh

Đối tượng áp dụng

Giải thích từ ngữ

Nguyên tắc thực hiện

Hồ sơ và thủ tục

Trách nhiệm của các bộ, ngành

Trách nhiệm của Ủy ban nhân dân cấp tỉnh

Kinh phí thực hiện

Hiệu lực thi hành
"""),
        items=_RULE_ITEMS,
    ),
    "Thông tư": Pool(
        sentences=_RULES,
        headings=entries("""
Phạm vi điều chỉnh và đối tượng áp dụng

Giải thích từ ngữ

Yêu cầu chung

Trình tự thực hiện

Chế độ báo cáo

Tổ chức thực hiện

Hiệu lực thi hành
"""),
        items=_RULE_ITEMS,
    ),
    "Biểu mẫu": Pool(
        sentences=entries("""
Người lao động được trả lương theo thoả thuận, đúng hạn vào một ngày cố định hằng tháng.

Người lao động được tham gia bảo hiểm xã hội, bảo hiểm y tế và bảo hiểm thất nghiệp theo quy
định.

Thời giờ làm việc bình thường không quá tám giờ trong một ngày và không quá bốn mươi tám giờ
trong một tuần.

Người lao động có trách nhiệm hoàn thành công việc được giao và chấp hành nội quy lao động.

Người sử dụng lao động bảo đảm điều kiện làm việc an toàn, vệ sinh lao động.

Mọi sửa đổi, bổ sung hợp đồng phải được hai bên thoả thuận bằng văn bản.

Hợp đồng được lập thành hai bản có giá trị pháp lý như nhau, mỗi bên giữ một bản.

Tranh chấp phát sinh được ưu tiên giải quyết thông qua thương lượng, hoà giải.

Người lao động được nghỉ hằng năm hưởng nguyên lương theo quy định của pháp luật lao động.

Thông tin bí mật kinh doanh của công ty không được tiết lộ cho bên thứ ba.

Khi chấm dứt hợp đồng, người lao động có trách nhiệm bàn giao công việc và tài sản được giao.

Người lao động có quyền đơn phương chấm dứt hợp đồng nếu báo trước theo thời hạn luật định.

Thời gian thử việc do hai bên thoả thuận nhưng không vượt quá thời hạn pháp luật cho phép.

Các khoản phụ cấp, trợ cấp được ghi rõ trong hợp đồng hoặc phụ lục hợp đồng.

Người sử dụng lao động có trách nhiệm lập sổ quản lý lao động tại nơi làm việc.
"""),
        headings=entries("""
Thời hạn và công việc

Chế độ làm việc

Tiền lương và phụ cấp

Quyền và nghĩa vụ của người lao động

Quyền và nghĩa vụ của người sử dụng lao động

Bảo mật thông tin

Điều khoản thi hành
"""),
        items=entries("""
Tiền lương chính theo thoả thuận.

Phụ cấp ăn trưa và đi lại.

Thưởng theo kết quả kinh doanh.

Trang bị bảo hộ lao động.

Khám sức khoẻ định kì hằng năm.
"""),
    ),
}

DOCUMENTS = (
    DocText(
        child="Nghị định",
        file_name="du-thao-nghi-dinh-quan-ly-thu-vien-so.pdf",
        title="Dự thảo Nghị định quy định về quản lý và phát triển thư viện số",
        letterhead=("CHÍNH PHỦ", *NATIONAL_MOTTO, "Số: ......./NĐ-CP", "DỰ THẢO"),
        heading="NGHỊ ĐỊNH",
        subheading="Quy định về quản lý và phát triển thư viện số",
        pages=9,
        numbering="Điều {n}. ",
        summary=(
            "Dự thảo Nghị định quy định về quản lý và phát triển thư viện số, gồm việc xây "
            "dựng, số hoá và chia sẻ tài nguyên thông tin, bảo đảm quyền tác giả, bảo vệ dữ liệu "
            "người đọc và trách nhiệm của các cơ quan nhà nước trong phát triển thư viện số."
        ),
        keyphrases=("thư viện số", "tài nguyên thông tin", "số hoá tài liệu", "quyền tác giả"),
        sections=(
            Section(
                "Phạm vi điều chỉnh",
                entries("""
Nghị định này quy định về xây dựng, quản lý, khai thác và phát triển thư viện số; số hoá tài
liệu; liên thông, chia sẻ tài nguyên thông tin giữa các thư viện và trách nhiệm của cơ quan,
tổ chức, cá nhân có liên quan.
"""),
            ),
            Section(
                "Giải thích từ ngữ",
                entries("""
Thư viện số là thư viện có tài nguyên thông tin được xử lý, lưu trữ dưới dạng số và được
truy cập thông qua mạng. Số hoá tài liệu là việc chuyển tài liệu từ dạng in, viết tay hoặc
dạng vật lý khác sang dạng số.
"""),
            ),
            Section(
                "Nguyên tắc thực hiện",
                entries("""
Việc số hoá và cung cấp tài liệu phải tuân thủ quy định về quyền tác giả và quyền liên
quan. Tài nguyên thông tin số được tổ chức theo chuẩn nghiệp vụ thống nhất để bảo đảm khả
năng tìm kiếm và liên thông giữa các hệ thống.
"""),
            ),
        ),
        sentences=entries("""
Người đọc được truy cập miễn phí các tài nguyên thông tin số thuộc phạm vi phục vụ cộng
đồng.

Thông tin cá nhân của người đọc phải được bảo vệ theo quy định của pháp luật.

Các thư viện công cộng được ưu tiên bố trí kinh phí để số hoá tài liệu quý hiếm.
"""),
    ),
    DocText(
        child="Nghị định",
        file_name="du-thao-nghi-dinh-hoc-bong-hoc-sinh-vung-kho-khan.pdf",
        title=(
            "Dự thảo Nghị định quy định chính sách học bổng cho học sinh, sinh viên vùng có "
            "điều kiện kinh tế - xã hội đặc biệt khó khăn"
        ),
        letterhead=("CHÍNH PHỦ", *NATIONAL_MOTTO, "Số: ......./NĐ-CP", "DỰ THẢO"),
        heading="NGHỊ ĐỊNH",
        subheading=(
            "Quy định chính sách học bổng cho học sinh, sinh viên vùng có điều kiện kinh tế - "
            "xã hội đặc biệt khó khăn"
        ),
        word_by_word=True,
        pages=6,
        numbering="Điều {n}. ",
        summary=(
            "Dự thảo Nghị định quy định đối tượng, điều kiện, mức học bổng và trình tự xét cấp "
            "học bổng cho học sinh, sinh viên thường trú tại vùng có điều kiện kinh tế - xã hội "
            "đặc biệt khó khăn đang theo học tại các cơ sở giáo dục."
        ),
        keyphrases=("chính sách học bổng", "học sinh, sinh viên", "hồ sơ xét cấp học bổng"),
        sections=(
            Section(
                "Đối tượng áp dụng",
                entries("""
Nghị định này áp dụng đối với học sinh, sinh viên có hộ khẩu thường trú từ đủ ba năm trở lên
tại xã, thôn có điều kiện kinh tế - xã hội đặc biệt khó khăn, đang học tại các cơ sở giáo
dục nghề nghiệp và cơ sở giáo dục đại học.
"""),
            ),
            Section(
                "Điều kiện xét cấp học bổng",
                entries("""
Học sinh, sinh viên được xét cấp học bổng khi có kết quả học tập và rèn luyện từ loại khá
trở lên trong học kì liền trước và không bị kỉ luật từ mức khiển trách trở lên.
"""),
            ),
        ),
    ),
    DocText(
        child="Thông tư",
        file_name="du-thao-thong-tu-thu-vien-truong-hoc.pdf",
        title="Dự thảo Thông tư hướng dẫn tổ chức và hoạt động của thư viện trường học",
        letterhead=("BỘ GIÁO DỤC VÀ ĐÀO TẠO", *NATIONAL_MOTTO, "Số: ......./TT-BGDĐT", "DỰ THẢO"),
        heading="THÔNG TƯ",
        subheading="Hướng dẫn tổ chức và hoạt động của thư viện trường học",
        pages=8,
        numbering="Điều {n}. ",
        summary=(
            "Dự thảo Thông tư hướng dẫn tổ chức và hoạt động của thư viện trường học, quy định "
            "về vốn tài liệu, cơ sở vật chất, người làm công tác thư viện và các hoạt động "
            "khuyến đọc nhằm phát triển văn hoá đọc trong học sinh."
        ),
        keyphrases=("thư viện trường học", "văn hoá đọc", "vốn tài liệu", "hoạt động khuyến đọc"),
        sections=(
            Section(
                "Yêu cầu chung",
                entries("""
Thư viện trường học là trung tâm thông tin, tri thức của nhà trường, phục vụ hoạt động dạy,
học và nghiên cứu của học sinh, giáo viên. Thư viện phải được bố trí ở vị trí thuận tiện, đủ
ánh sáng và thoáng mát.
"""),
                entries("""
Sách giáo khoa và sách tham khảo theo chương trình.

Sách thiếu nhi, truyện tranh và báo, tạp chí phù hợp lứa tuổi.

Tài liệu số được cung cấp qua mạng nội bộ của nhà trường.
"""),
            ),
        ),
        sentences=entries("""
Mỗi năm học, thư viện tổ chức ít nhất một ngày hội đọc sách cho học sinh.

Giáo viên chủ nhiệm phối hợp với thư viện để giới thiệu sách hay cho học sinh.
"""),
    ),
    DocText(
        child="Thông tư",
        file_name="thong-tu-ho-so-dien-tu-ubnd-cap-xa.pdf",
        title="Thông tư hướng dẫn quản lý hồ sơ điện tử tại ủy ban nhân dân cấp xã",
        letterhead=(*NATIONAL_MOTTO, "DỰ THẢO"),
        heading="THÔNG TƯ HƯỚNG DẪN QUẢN LÝ HỒ SƠ ĐIỆN TỬ TẠI ỦY BAN NHÂN DÂN CẤP XÃ",
        metadata_title=None,
        pages=5,
        numbering="Điều {n}. ",
        summary=(
            "Thông tư hướng dẫn việc lập, lưu trữ và khai thác hồ sơ điện tử tại ủy ban nhân dân "
            "cấp xã, giúp cán bộ công chức xử lý thủ tục hành chính nhanh hơn và giảm giấy tờ "
            "cho người dân."
        ),
        keyphrases=("hồ sơ điện tử", "thủ tục hành chính", "lưu trữ điện tử", "chữ ký số"),
        sections=(
            Section(
                "Giải thích từ ngữ",
                entries("""
Hồ sơ điện tử là tập hợp các văn bản, tài liệu điện tử có liên quan với nhau về một vấn đề,
sự việc, được hình thành trong quá trình giải quyết công việc. Chữ ký số được sử dụng để xác
thực văn bản điện tử do cơ quan ban hành.
"""),
            ),
        ),
    ),
    DocText(
        child="Biểu mẫu",
        file_name="mau-don-xin-nghi-phep.pdf",
        title="Mẫu đơn xin nghỉ phép",
        letterhead=NATIONAL_MOTTO,
        heading="ĐƠN XIN NGHỈ PHÉP",
        metadata_title="untitled",
        pages=1,
        numbering="",
        pool_fill=False,
        summary=(
            "Mẫu đơn xin nghỉ phép dùng cho người lao động khi cần nghỉ phép năm hoặc nghỉ việc "
            "riêng, gồm thông tin người làm đơn, thời gian nghỉ, lí do nghỉ và người nhận bàn "
            "giao công việc."
        ),
        keyphrases=("đơn xin nghỉ phép", "nghỉ phép năm", "bàn giao công việc"),
        sections=(
            Section(
                "",
                entries("""
Kính gửi: Ban Giám đốc ...............................................................

Tôi tên là: ............................................ Chức vụ: ...............................

Bộ phận công tác: .............................................................................

Nay tôi làm đơn này xin được nghỉ phép từ ngày ..... tháng ..... năm ........ đến hết ngày
..... tháng ..... năm ........

Lí do xin nghỉ: ...............................................................................

Trong thời gian nghỉ, tôi đã bàn giao công việc cho ông (bà) ..................................
thuộc bộ phận ....................................

Tôi xin cam kết trở lại làm việc đúng thời hạn và chịu trách nhiệm về việc bàn giao công
việc. Kính mong Ban Giám đốc xem xét và chấp thuận.
"""),
            ),
        ),
        closing=(
            "......., ngày ..... tháng ..... năm ........",
            "NGƯỜI LÀM ĐƠN",
            "(Ký, ghi rõ họ tên)",
        ),
    ),
    DocText(
        child="Biểu mẫu",
        file_name="mau-hop-dong-lao-dong.pdf",
        title="Mẫu hợp đồng lao động",
        letterhead=NATIONAL_MOTTO,
        heading="HỢP ĐỒNG LAO ĐỘNG",
        pages=3,
        numbering="Điều {n}. ",
        summary=(
            "Mẫu hợp đồng lao động dùng cho doanh nghiệp và người lao động, quy định thời hạn "
            "hợp đồng, công việc, chế độ làm việc, tiền lương, bảo hiểm cùng quyền và nghĩa vụ "
            "của mỗi bên."
        ),
        keyphrases=("hợp đồng lao động", "người lao động", "người sử dụng lao động", "tiền lương"),
        sections=(
            Section(
                "Thời hạn và công việc",
                entries("""
Loại hợp đồng: ....................................... Thời hạn từ ngày ..... tháng ..... năm
........ đến ngày ..... tháng ..... năm ........

Địa điểm làm việc: ........................................ Chức danh chuyên môn:
..................................

Công việc phải làm: thực hiện các nhiệm vụ theo bản mô tả công việc kèm theo hợp đồng này.
"""),
            ),
            Section(
                "Tiền lương và phụ cấp",
                entries("""
Mức lương chính: ............................ đồng/tháng. Hình thức trả lương: chuyển khoản
vào tài khoản của người lao động.
"""),
            ),
        ),
        closing=(
            "NGƯỜI LAO ĐỘNG",
            "(Ký, ghi rõ họ tên)",
            "NGƯỜI SỬ DỤNG LAO ĐỘNG",
            "(Ký, đóng dấu)",
        ),
    ),
)
