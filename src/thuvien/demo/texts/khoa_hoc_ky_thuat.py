"""Authored content for the parent category "Khoa học kỹ thuật": IT, environment, construction."""

from thuvien.demo.texts.model import DocText, Pool, Section, entries

PARENT = "Khoa học kỹ thuật"

# Sentences that carry a document's own key phrase ({k}); key phrases here are technical topics.
TEMPLATES = entries("""
Trong những năm gần đây, lĩnh vực {k} đã có nhiều bước tiến đáng kể.

Người mới tìm hiểu về {k} nên nắm vững các khái niệm nền tảng trước khi đi vào chi tiết.

Các kĩ sư có kinh nghiệm thường nhấn mạnh tầm quan trọng của {k} ngay từ khâu thiết kế.

Tài liệu tiếng Việt viết về {k} hiện vẫn còn khá ít.

Nhiều sự cố trong thực tế bắt nguồn từ việc xem nhẹ vấn đề {k}.

Hiểu đúng về {k} giúp tiết kiệm đáng kể thời gian và chi phí.

Các chương trình đào tạo kĩ sư hiện nay đã dành thời lượng thích đáng cho nội dung {k}.

Các nghiên cứu ứng dụng về {k} ngày càng được nhiều trường đại học quan tâm.

Tiêu chuẩn kĩ thuật liên quan đến {k} thường xuyên được cập nhật theo thực tiễn.

Đào tạo nhân lực am hiểu về {k} là nhu cầu cấp thiết hiện nay.

Kinh nghiệm quốc tế về {k} là nguồn tham khảo hữu ích cho nước ta.
""")

POOLS = {
    "Công nghệ thông tin": Pool(
        sentences=entries("""
Mã nguồn cần được đặt tên biến rõ ràng và có chú thích ở những chỗ khó hiểu.

Kiểm thử tự động giúp phát hiện lỗi sớm trước khi phần mềm đến tay người dùng.

Hệ thống quản lý phiên bản cho phép nhiều lập trình viên cùng làm việc trên một dự án.

Dữ liệu quan trọng cần được sao lưu định kì và lưu trữ ở nhiều nơi khác nhau.

Mật khẩu mạnh nên đủ dài và kết hợp chữ hoa, chữ thường, chữ số cùng các kí hiệu.

Xác thực hai lớp làm giảm đáng kể nguy cơ tài khoản bị chiếm đoạt.

Phần mềm và hệ điều hành cần được cập nhật thường xuyên để vá các lỗ hổng bảo mật.

Thuật toán tốt giúp chương trình chạy nhanh ngay cả khi khối lượng dữ liệu rất lớn.

Chia bài toán lớn thành các hàm nhỏ giúp mã nguồn dễ đọc, dễ kiểm thử và dễ bảo trì.

Thông báo lỗi thường chỉ rõ dòng lệnh gây lỗi, vì vậy người lập trình nên đọc kĩ trước khi
sửa.

Điện toán đám mây giúp doanh nghiệp giảm chi phí đầu tư máy chủ ban đầu.

Giao diện thân thiện giúp người dùng làm quen với phần mềm nhanh hơn.

Tài liệu hướng dẫn đầy đủ là một phần không thể thiếu của sản phẩm phần mềm.

Dữ liệu do người dùng nhập vào luôn phải được kiểm tra trước khi xử lý.

Trí tuệ nhân tạo chỉ phát huy hiệu quả khi được huấn luyện trên dữ liệu đủ lớn và có chất
lượng.

Mã hoá dữ liệu giúp bảo vệ thông tin ngay cả khi thiết bị bị mất cắp.

Lập trình viên nên viết mã sao cho người khác đọc cũng hiểu được.

Các thư viện mã nguồn mở giúp tiết kiệm rất nhiều thời gian phát triển.

Nhật kí hệ thống là nguồn thông tin quan trọng khi điều tra sự cố.

Một chương trình chạy đúng trên máy của lập trình viên chưa chắc đã chạy đúng trên máy của
người dùng.

Mỗi chức năng mới nên được kiểm thử kĩ trước khi đưa vào sử dụng chính thức.

Tài khoản quản trị chỉ nên được dùng khi thật sự cần thiết.

Hiệu năng của hệ thống cần được đo đạc thay vì phỏng đoán.

Mạng không dây trong văn phòng cần được đặt mật khẩu và tách riêng mạng cho khách.

Sao chép mã nguồn từ mạng mà không hiểu rõ cách hoạt động có thể gây ra lỗi khó phát hiện.

Giao diện lập trình ứng dụng cho phép các hệ thống khác nhau trao đổi dữ liệu với nhau.

Bộ nhớ đệm giúp giảm thời gian phản hồi khi cùng một dữ liệu được truy cập nhiều lần.

Người dùng cuối thường phát hiện những lỗi mà lập trình viên không ngờ tới.
"""),
        headings=entries("""
Giới thiệu

Các khái niệm cơ bản

Kiến trúc tổng thể

Quy trình thực hiện

Ví dụ áp dụng

Đánh giá và thảo luận

Kết luận
"""),
        lead_templates=entries("""
Phần này trình bày kĩ hơn về {k} thông qua các ví dụ cụ thể.

Người học cần nắm chắc {k} trước khi chuyển sang nội dung tiếp theo.

Nhiều lỗi của người mới học bắt nguồn từ việc hiểu chưa đúng về {k}.

Để hiểu rõ {k}, người học nên tự gõ và chạy lại từng ví dụ trong mục này.

Các bài tập về {k} trong mục này được sắp xếp từ dễ đến khó.

Mục này tổng hợp những điểm quan trọng nhất về {k}.
"""),
        subheadings=entries("""
Khái niệm cơ bản

Cú pháp và cách dùng

Ví dụ minh hoạ

Những lỗi thường gặp

Bài tập thực hành

Tóm tắt chương
"""),
        items=entries("""
Cài đặt môi trường lập trình.

Đọc kĩ yêu cầu của bài toán.

Viết mã và chạy thử với dữ liệu nhỏ.

Kiểm thử với các trường hợp biên.

Sao lưu dữ liệu trước khi nâng cấp hệ thống.

Ghi lại tài liệu cho từng chức năng.
"""),
    ),
    "Môi trường": Pool(
        sentences=entries("""
Ô nhiễm nguồn nước ảnh hưởng trực tiếp đến sức khoẻ người dân và hoạt động sản xuất.

Rác thải nhựa phân huỷ rất chậm và gây hại lâu dài cho đất và sinh vật biển.

Phân loại rác tại nguồn giúp giảm lượng rác phải chôn lấp và tăng khả năng tái chế.

Rừng ngập mặn là lá chắn tự nhiên bảo vệ bờ biển trước sóng và gió bão.

Nước ngầm bị khai thác quá mức là một trong những nguyên nhân gây sụt lún đất.

Người dân cần được hướng dẫn cách sử dụng phân bón và thuốc bảo vệ thực vật an toàn.

Các công trình xử lý chất thải phải được bảo trì định kì mới vận hành hiệu quả.

Quan trắc môi trường thường xuyên giúp phát hiện sớm các điểm ô nhiễm.

Năng lượng tái tạo như điện mặt trời và điện gió góp phần giảm phát thải khí nhà kính.

Trồng cây xanh ven đường và trong khu dân cư giúp cải thiện chất lượng không khí.

Chính quyền địa phương đóng vai trò quan trọng trong việc giám sát các cơ sở sản xuất.

Ý thức bảo vệ môi trường cần được giáo dục từ khi còn nhỏ.

Chi phí khắc phục ô nhiễm thường cao hơn nhiều so với chi phí phòng ngừa.

Vi sinh vật có lợi được sử dụng rộng rãi trong các hệ thống xử lý nước thải.

Mô hình kinh tế tuần hoàn hướng tới việc tái sử dụng tối đa tài nguyên.

Thời tiết cực đoan xuất hiện ngày càng thường xuyên với cường độ mạnh hơn.

Cộng đồng dân cư cần được tham gia ngay từ khi lập kế hoạch bảo vệ môi trường.

Số liệu quan trắc cần được công khai để người dân cùng giám sát.

Nước thải chưa qua xử lý là nguồn gây bệnh đường ruột và bệnh ngoài da.

Túi ni lông dùng một lần nên được thay thế bằng túi vải hoặc túi giấy.

Mưa lớn kéo dài làm gia tăng nguy cơ ngập úng ở những khu vực thoát nước kém.

Rác thải hữu cơ có thể được ủ thành phân bón phục vụ trồng trọt.

Tiếng ồn và khói bụi từ công trình xây dựng cần được kiểm soát chặt chẽ.

Báo cáo đánh giá tác động môi trường là yêu cầu bắt buộc đối với nhiều dự án.

Hệ sinh thái đa dạng có khả năng tự phục hồi tốt hơn trước các tác động bất lợi.

Tiết kiệm điện và nước là những việc làm nhỏ nhưng mang lại lợi ích lớn cho môi trường.
"""),
        headings=entries("""
Đặt vấn đề

Hiện trạng

Nguyên nhân

Tác động

Các giải pháp kĩ thuật

Giải pháp quản lý

Kết luận và kiến nghị
"""),
        lead_templates=entries("""
Mục này xem xét vấn đề {k} dựa trên các số liệu quan trắc và khảo sát thực địa.

Người dân ở nhiều địa phương đã chia sẻ những trải nghiệm thực tế về {k}.

Các nhà khoa học cho rằng diễn biến của {k} cần được theo dõi liên tục trong nhiều năm.

Chính quyền các địa phương đã có nhiều chương trình hành động liên quan đến {k}.

Số liệu thu thập được cho thấy {k} là vấn đề không thể xem nhẹ.
"""),
        subheadings=entries("""
Khái quát

Số liệu và diễn biến

Ảnh hưởng đến đời sống

Kinh nghiệm ứng phó

Đề xuất
"""),
        items=entries("""
Xây dựng hệ thống thu gom riêng nước mưa và nước thải.

Trồng và bảo vệ rừng ngập mặn.

Hạn chế khai thác nước ngầm.

Phân loại rác thải tại hộ gia đình.

Tăng cường quan trắc chất lượng nước.

Tuyên truyền nâng cao ý thức cộng đồng.
"""),
    ),
    "Xây dựng": Pool(
        sentences=entries("""
Khảo sát địa chất là bước bắt buộc trước khi lựa chọn giải pháp móng.

Bê tông cần được bảo dưỡng ẩm đầy đủ trong những ngày đầu sau khi đổ.

Cốt thép phải được làm sạch gỉ, buộc đúng khoảng cách và kê đủ lớp bê tông bảo vệ.

Cốp pha phải kín khít để nước xi măng không bị chảy mất khi đổ bê tông.

Tỉ lệ nước trong hỗn hợp bê tông quá lớn sẽ làm giảm cường độ của kết cấu.

Nền đất yếu cần được gia cố trước khi thi công để tránh lún không đều.

Công nhân làm việc trên công trường phải được trang bị đầy đủ đồ bảo hộ lao động.

Nhật kí thi công ghi lại toàn bộ diễn biến và là căn cứ khi nghiệm thu.

Vật liệu đưa vào công trình cần có nguồn gốc rõ ràng và được kiểm tra chất lượng.

Thi công vào mùa mưa đòi hỏi phải có phương án thoát nước hố móng.

Mọi thay đổi so với bản vẽ thiết kế đều phải được kĩ sư thiết kế đồng ý.

Chủ nhà nên thuê đơn vị giám sát độc lập đối với những hạng mục quan trọng.

Tiết kiệm vật liệu không đúng cách có thể phải trả giá bằng chi phí sửa chữa lớn.

Lớp chống thấm cần được thi công cẩn thận ngay từ phần móng và tầng trệt.

Bản vẽ kết cấu phải thể hiện rõ kích thước, chủng loại thép và mác bê tông.

Xi măng cần được bảo quản nơi khô ráo, không để trực tiếp trên nền đất ẩm.

Cát, đá dùng cho bê tông phải sạch, không lẫn bùn đất và tạp chất hữu cơ.

Mạch ngừng thi công cần được xử lý đúng kĩ thuật trước khi đổ bê tông đợt tiếp theo.

Thời gian tháo cốp pha phụ thuộc vào loại kết cấu và điều kiện thời tiết.

Giàn giáo phải được kiểm tra độ ổn định trước mỗi ca làm việc.

Sai lệch về cao độ móng sẽ ảnh hưởng đến toàn bộ phần thân công trình phía trên.

Nghiệm thu từng hạng mục giúp phát hiện sớm sai sót khi việc sửa chữa còn dễ dàng.
"""),
        headings=entries("""
Giới thiệu chung

Khảo sát và lựa chọn giải pháp

Công tác chuẩn bị

Trình tự thi công

Kiểm tra và nghiệm thu

An toàn lao động

Kết luận
"""),
        items=entries("""
Định vị tim móng theo bản vẽ.

Đào đất hố móng đến cao độ thiết kế.

Đổ lớp bê tông lót.

Lắp dựng cốt thép và cốp pha.

Đổ bê tông và bảo dưỡng.

Lấp đất và đầm chặt.
"""),
    ),
}

_PYTHON_CHAPTER_TOPICS = {
    "Giới thiệu ngôn ngữ Python": ("ngôn ngữ Python", "trình thông dịch Python"),
    "Biến, kiểu dữ liệu và biểu thức": ("biến", "kiểu dữ liệu", "biểu thức số học"),
    "Câu lệnh điều kiện": ("câu lệnh if", "biểu thức điều kiện"),
    "Vòng lặp": ("vòng lặp for", "vòng lặp while"),
    "Hàm": ("cách định nghĩa hàm", "tham số của hàm", "giá trị trả về của hàm"),
    "Danh sách và bộ": ("kiểu danh sách", "kiểu bộ"),
    "Từ điển và tập hợp": ("kiểu từ điển", "kiểu tập hợp"),
    "Xử lý chuỗi": ("xử lý chuỗi", "các phương thức của chuỗi"),
    "Làm việc với tệp": ("đọc và ghi tệp", "câu lệnh with"),
    "Xử lý ngoại lệ": ("xử lý ngoại lệ", "câu lệnh try"),
    "Lập trình hướng đối tượng": ("lớp và đối tượng", "tính kế thừa"),
    "Mô-đun và thư viện chuẩn": ("mô-đun", "thư viện chuẩn của Python"),
}

DOCUMENTS = (
    DocText(
        child="Công nghệ thông tin",
        file_name="giao-trinh-nhap-mon-lap-trinh-python.pdf",
        title="Giáo trình nhập môn lập trình Python",
        author="ThS. Nguyễn Văn Đức",
        pages=38,
        numbering="Chương {n}. ",
        fill="sub",
        summary=(
            "Giáo trình nhập môn lập trình Python dành cho sinh viên năm thứ nhất và người tự "
            "học, trình bày từ cú pháp cơ bản, biến, kiểu dữ liệu, câu lệnh điều kiện, vòng lặp, "
            "hàm đến xử lý tệp, xử lý ngoại lệ và lập trình hướng đối tượng, kèm ví dụ và bài "
            "tập thực hành sau mỗi chương."
        ),
        keyphrases=(
            "lập trình Python",
            "ngôn ngữ lập trình",
            "kiểu dữ liệu",
            "cấu trúc điều khiển",
            "lập trình hướng đối tượng",
        ),
        sections=tuple(
            Section(heading, (intro,), keyphrases=_PYTHON_CHAPTER_TOPICS[heading])
            for heading, intro in (
                (
                    "Giới thiệu ngôn ngữ Python",
                    "Python được Guido van Rossum phát triển và công bố phiên bản đầu tiên vào "
                    "năm 1991. Ngôn ngữ này nổi bật nhờ cú pháp ngắn gọn, dễ đọc và kho thư viện "
                    "phong phú, được dùng trong giảng dạy, phân tích dữ liệu và phát triển web.",
                ),
                (
                    "Biến, kiểu dữ liệu và biểu thức",
                    "Biến là tên gọi gắn với một giá trị trong bộ nhớ. Python tự xác định kiểu "
                    "dữ liệu khi gán giá trị, các kiểu cơ bản gồm số nguyên, số thực, chuỗi và "
                    "giá trị lôgic đúng hoặc sai.",
                ),
                (
                    "Câu lệnh điều kiện",
                    "Câu lệnh if cho phép chương trình chọn hướng xử lý tuỳ theo một điều kiện. "
                    "Python dùng thụt lề để xác định khối lệnh thay vì dùng dấu ngoặc nhọn như "
                    "nhiều ngôn ngữ khác.",
                ),
                (
                    "Vòng lặp",
                    "Vòng lặp for thường dùng để duyệt qua từng phần tử của một dãy, còn vòng lặp "
                    "while lặp lại khối lệnh chừng nào điều kiện còn đúng.",
                ),
                (
                    "Hàm",
                    "Hàm gom một nhóm câu lệnh thành một khối có tên để dùng lại nhiều lần. Hàm "
                    "có thể nhận tham số và trả về kết quả bằng câu lệnh return.",
                ),
                (
                    "Danh sách và bộ",
                    "Danh sách là dãy các phần tử có thứ tự và có thể thay đổi; chỉ số của phần "
                    "tử đầu tiên bằng 0. Bộ giống danh sách nhưng không thể thay đổi sau khi tạo.",
                ),
                (
                    "Từ điển và tập hợp",
                    "Từ điển lưu dữ liệu theo từng cặp khoá và giá trị, cho phép tra cứu rất "
                    "nhanh. Tập hợp chứa các phần tử không trùng lặp và hỗ trợ các phép toán hợp, "
                    "giao, hiệu.",
                ),
                (
                    "Xử lý chuỗi",
                    "Chuỗi là dãy các kí tự và không thể thay đổi sau khi tạo. Python cung cấp "
                    "nhiều phương thức để tìm kiếm, thay thế, tách và nối chuỗi.",
                ),
                (
                    "Làm việc với tệp",
                    "Chương trình có thể đọc dữ liệu từ tệp và ghi kết quả ra tệp. Nên mở tệp "
                    "bằng câu lệnh with để tệp được đóng tự động khi xử lý xong.",
                ),
                (
                    "Xử lý ngoại lệ",
                    "Câu lệnh try và except giúp chương trình xử lý lỗi mà không bị dừng đột ngột, "
                    "chẳng hạn khi người dùng nhập chữ thay vì nhập số.",
                ),
                (
                    "Lập trình hướng đối tượng",
                    "Lớp là khuôn mẫu mô tả thuộc tính và phương thức chung của các đối tượng. "
                    "Kế thừa cho phép lớp mới dùng lại và mở rộng những gì lớp cũ đã có.",
                ),
                (
                    "Mô-đun và thư viện chuẩn",
                    "Mô-đun là tệp chứa mã Python có thể được nhập vào chương trình khác. Thư "
                    "viện chuẩn đi kèm Python cung cấp sẵn công cụ làm việc với ngày giờ, toán "
                    "học, tệp tin và mạng.",
                ),
            )
        ),
        sentences=entries("""
Hàm print dùng để in dữ liệu ra màn hình, còn hàm input dùng để nhận dữ liệu từ bàn phím.

Trình thông dịch cho phép chạy thử từng câu lệnh và xem kết quả ngay lập tức.

Danh sách trong Python có thể chứa các phần tử thuộc nhiều kiểu dữ liệu khác nhau.

Người học nên gõ lại các ví dụ thay vì chỉ đọc, vì lập trình là kĩ năng cần luyện tập.

Mỗi chương kết thúc bằng các bài tập từ dễ đến khó để người học tự kiểm tra mức độ hiểu bài.
"""),
    ),
    DocText(
        child="Công nghệ thông tin",
        file_name="an-toan-thong-tin-cho-doanh-nghiep-vua-va-nho.pdf",
        title="An toàn thông tin cho doanh nghiệp vừa và nhỏ",
        metadata_title="Microsoft PowerPoint - ATTT_DN.pptx",
        pages=8,
        summary=(
            "Tài liệu hướng dẫn doanh nghiệp vừa và nhỏ bảo đảm an toàn thông tin với chi phí "
            "hợp lý: nhận diện các nguy cơ phổ biến như thư lừa đảo và mã độc tống tiền, xây "
            "dựng quy tắc sử dụng mật khẩu, sao lưu dữ liệu và đào tạo nhân viên."
        ),
        keyphrases=("an toàn thông tin", "mã độc tống tiền", "sao lưu dữ liệu", "thư lừa đảo"),
        sections=(
            Section(
                "Giới thiệu",
                entries("""
Nhiều chủ doanh nghiệp nhỏ cho rằng tin tặc chỉ nhắm vào các tập đoàn lớn. Thực tế, doanh
nghiệp nhỏ lại là mục tiêu dễ dàng vì thường không có nhân viên chuyên trách về an toàn
thông tin và ít đầu tư cho các biện pháp bảo vệ.
"""),
            ),
            Section(
                "Quy trình thực hiện",
                entries("""
Quy tắc sao lưu ba, hai, một gồm ba bản sao dữ liệu, lưu trên hai loại thiết bị khác nhau,
trong đó ít nhất một bản được đặt ở nơi khác. Bản sao lưu phải được kiểm tra khôi phục định
kì, vì một bản sao lưu chưa từng được thử khôi phục thì chưa thể tin cậy.
"""),
                entries("""
Bật xác thực hai lớp cho thư điện tử và tài khoản quản trị.

Cấp quyền truy cập theo nguyên tắc tối thiểu.

Cài đặt phần mềm diệt mã độc và cập nhật thường xuyên.

Tổ chức diễn tập nhận biết thư lừa đảo cho nhân viên.
"""),
            ),
        ),
        sentences=entries("""
Mã độc tống tiền mã hoá toàn bộ dữ liệu và đòi tiền chuộc để khôi phục.

Phần lớn các cuộc tấn công bắt đầu từ một thư điện tử lừa đảo có đính kèm tệp độc hại.

Nhân viên cần được đào tạo để nhận biết các dấu hiệu của thư lừa đảo.

Nguyên tắc quyền tối thiểu yêu cầu mỗi tài khoản chỉ được cấp những quyền thật sự cần thiết.
"""),
    ),
    DocText(
        child="Công nghệ thông tin",
        file_name="tri-tue-nhan-tao-xu-ly-tieng-viet.pdf",
        title="Ứng dụng trí tuệ nhân tạo trong xử lý ngôn ngữ tiếng Việt",
        heading="ỨNG DỤNG TRÍ TUỆ NHÂN TẠO TRONG XỬ LÝ NGÔN NGỮ TIẾNG VIỆT",
        metadata_title=None,
        word_by_word=True,
        pages=12,
        summary=(
            "Bài viết tổng quan các ứng dụng của trí tuệ nhân tạo trong xử lý ngôn ngữ tự nhiên "
            "tiếng Việt, phân tích những khó khăn riêng như tách từ, dấu thanh và bảng mã cũ, "
            "đồng thời giới thiệu các hướng tiếp cận dựa trên mô hình ngôn ngữ hiện đại."
        ),
        keyphrases=(
            "xử lý ngôn ngữ tự nhiên",
            "trí tuệ nhân tạo",
            "tách từ tiếng Việt",
            "mô hình ngôn ngữ",
        ),
        sections=(
            Section(
                "Các khái niệm cơ bản",
                entries("""
Trong tiếng Việt, khoảng trắng ngăn cách các âm tiết chứ không ngăn cách các từ. Một từ như
"thư viện" gồm hai âm tiết, vì vậy bài toán tách từ là bước tiền xử lý quan trọng của nhiều
hệ thống.

Tiếng Việt có sáu thanh điệu được thể hiện bằng dấu thanh trên nguyên âm. Văn bản gõ không
dấu hoặc dấu đặt sai vị trí làm giảm đáng kể độ chính xác của các mô hình.
"""),
            ),
        ),
        sentences=entries("""
Các bảng mã cũ như TCVN3 và VNI vẫn còn xuất hiện trong nhiều tài liệu được soạn từ trước.

Chuẩn hoá Unicode giúp thống nhất cách biểu diễn cùng một kí tự có dấu.

Mô hình ngôn ngữ được huấn luyện trên khối lượng văn bản lớn để dự đoán từ tiếp theo.

Hệ thống tìm kiếm tiếng Việt cần hiểu rằng người dùng có thể gõ truy vấn không dấu.

Tóm tắt văn bản tự động giúp người đọc nắm nhanh nội dung chính của tài liệu dài.
"""),
    ),
    DocText(
        child="Công nghệ thông tin",
        file_name="huong-dan-thiet-ke-co-so-du-lieu-quan-he.pdf",
        title="Hướng dẫn thiết kế cơ sở dữ liệu quan hệ",
        author="Phan Quốc Bảo",
        pages=10,
        summary=(
            "Tài liệu hướng dẫn từng bước thiết kế cơ sở dữ liệu quan hệ: xác định thực thể và "
            "mối quan hệ, chọn khoá chính, khoá ngoại, chuẩn hoá dữ liệu và viết các câu lệnh "
            "truy vấn cơ bản, minh hoạ bằng cơ sở dữ liệu quản lý thư viện trường học."
        ),
        keyphrases=(
            "cơ sở dữ liệu quan hệ",
            "khoá chính",
            "chuẩn hoá dữ liệu",
            "câu lệnh truy vấn",
        ),
        sections=(
            Section(
                "Các khái niệm cơ bản",
                entries("""
Mỗi bảng trong cơ sở dữ liệu quan hệ gồm các hàng và các cột; mỗi hàng là một bản ghi, mỗi
cột là một thuộc tính. Khoá chính xác định duy nhất từng bản ghi, còn khoá ngoại tạo liên
kết giữa hai bảng và bảo đảm tính toàn vẹn tham chiếu.
"""),
            ),
            Section(
                "Ví dụ áp dụng",
                entries("""
Cơ sở dữ liệu quản lý thư viện trường học gồm các bảng sách, bạn đọc và phiếu mượn. Bảng
phiếu mượn chứa khoá ngoại trỏ đến bảng sách và bảng bạn đọc, cùng với ngày mượn và ngày
trả.
"""),
                entries("""
Bảng sách: mã sách, tên sách, tác giả, năm xuất bản.

Bảng bạn đọc: mã bạn đọc, họ tên, lớp.

Bảng phiếu mượn: mã phiếu, mã sách, mã bạn đọc, ngày mượn, ngày trả.
"""),
            ),
        ),
        sentences=entries("""
Chuẩn hoá dữ liệu giúp loại bỏ dư thừa và tránh các bất thường khi cập nhật.

Câu lệnh SELECT dùng để truy vấn dữ liệu, còn INSERT, UPDATE và DELETE dùng để thay đổi dữ
liệu.

Chỉ mục giúp tăng tốc độ truy vấn nhưng làm chậm thao tác ghi dữ liệu.

Sơ đồ thực thể liên kết giúp nhóm phát triển thống nhất cách hiểu trước khi tạo bảng.
"""),
    ),
    DocText(
        child="Môi trường",
        file_name="xu-ly-nuoc-thai-sinh-hoat-nong-thon.pdf",
        title="Xử lý nước thải sinh hoạt ở khu dân cư nông thôn",
        pages=9,
        summary=(
            "Tài liệu giới thiệu các giải pháp xử lý nước thải sinh hoạt phù hợp với khu dân cư "
            "nông thôn, từ bể tự hoại cải tiến tại hộ gia đình đến bãi lọc trồng cây quy mô "
            "thôn xóm, nhằm hạn chế ô nhiễm nguồn nước với chi phí thấp."
        ),
        keyphrases=("nước thải sinh hoạt", "bể tự hoại", "ô nhiễm nguồn nước", "bãi lọc trồng cây"),
        sections=(
            Section(
                "Hiện trạng",
                entries("""
Ở nhiều vùng nông thôn, nước thải từ nhà tắm, bếp và chuồng trại được xả thẳng ra ao, mương
mà không qua xử lý. Khi mật độ dân cư tăng, ao hồ trở nên tù đọng, bốc mùi và là nơi sinh
sôi của muỗi.
"""),
            ),
            Section(
                "Các giải pháp kĩ thuật",
                entries("""
Bể tự hoại ba ngăn giúp lắng cặn và phân huỷ một phần chất hữu cơ trước khi nước thải chảy
ra ngoài. Bãi lọc trồng cây sử dụng lớp sỏi, cát và rễ cây để giữ lại chất ô nhiễm, phù hợp
với những nơi còn đất trống.
"""),
            ),
        ),
        sentences=entries("""
Cặn trong bể tự hoại cần được hút định kì để bể không bị đầy và tràn.

Các loại cây như chuối hoa, thuỷ trúc thường được trồng trong bãi lọc vì rễ phát triển mạnh.

Mỗi hộ gia đình nên tách riêng đường thoát nước mưa và đường thoát nước thải.
"""),
    ),
    DocText(
        child="Môi trường",
        file_name="bien-doi-khi-hau-dong-bang-song-cuu-long.pdf",
        title="Biến đổi khí hậu và tác động đến đồng bằng sông Cửu Long",
        author="Nhóm nghiên cứu Môi trường và Phát triển",
        pages=26,
        fill="sub",
        summary=(
            "Chuyên đề phân tích tác động của biến đổi khí hậu đến đồng bằng sông Cửu Long, gồm "
            "nước biển dâng, xâm nhập mặn, sụt lún đất và sạt lở bờ sông, đồng thời đề xuất các "
            "giải pháp thích ứng trong sản xuất nông nghiệp và đời sống người dân."
        ),
        keyphrases=(
            "biến đổi khí hậu",
            "xâm nhập mặn",
            "nước biển dâng",
            "đồng bằng sông Cửu Long",
        ),
        sections=(
            Section(
                "Đặt vấn đề",
                entries("""
Đồng bằng sông Cửu Long là vựa lúa lớn nhất cả nước, đồng thời là vùng nuôi trồng thuỷ sản
và trồng cây ăn trái quan trọng. Địa hình thấp và bằng phẳng khiến vùng này đặc biệt dễ bị
tổn thương trước biến đổi khí hậu.
"""),
                keyphrases=("biến đổi khí hậu", "nước biển dâng"),
            ),
            Section(
                "Hiện trạng",
                entries("""
Trong những mùa khô gần đây, nước mặn xâm nhập sâu vào các cửa sông, khiến nhiều diện tích
lúa bị thiệt hại và người dân thiếu nước ngọt sinh hoạt.
"""),
                keyphrases=("xâm nhập mặn", "hạn hán mùa khô"),
            ),
            Section(
                "Nguyên nhân",
                entries("""
Bên cạnh nước biển dâng, việc khai thác nước ngầm quá mức, khai thác cát lòng sông và sự
thay đổi dòng chảy từ thượng nguồn đã làm tình trạng sụt lún và sạt lở thêm trầm trọng.
"""),
                keyphrases=("sụt lún đất", "khai thác nước ngầm", "khai thác cát lòng sông"),
            ),
            Section(
                "Tác động",
                entries("""
Xâm nhập mặn và thời tiết thất thường làm giảm năng suất cây trồng, buộc nhiều hộ nông dân
phải thay đổi mùa vụ hoặc chuyển đổi mô hình sản xuất.
"""),
                keyphrases=("sản xuất nông nghiệp", "đời sống người dân vùng ven biển"),
            ),
            Section(
                "Giải pháp quản lý",
                entries("""
Chuyển từ tư duy chống chọi sang thích ứng với tự nhiên, coi nước lợ và nước mặn là tài
nguyên để phát triển các mô hình như luân canh lúa và tôm.
"""),
                keyphrases=("chuyển đổi cơ cấu cây trồng", "mô hình sản xuất thích ứng"),
            ),
            Section(
                "Kết luận và kiến nghị",
                entries("""
Ứng phó với biến đổi khí hậu cần sự phối hợp giữa các địa phương trong vùng và sự tham gia
chủ động của người dân, doanh nghiệp và các nhà khoa học.
"""),
                keyphrases=("ứng phó với biến đổi khí hậu", "liên kết vùng"),
            ),
        ),
        sentences=entries("""
Mô hình luân canh một vụ lúa, một vụ tôm giúp nông dân thích ứng với nước lợ trong mùa khô.

Các cống ngăn mặn cần được vận hành linh hoạt theo diễn biến của độ mặn.

Người dân nhiều nơi đã chủ động trữ nước ngọt trong ao, bồn chứa trước mùa khô.

Sạt lở bờ sông đe doạ nhà cửa và các công trình hạ tầng ven sông.
"""),
    ),
    DocText(
        child="Xây dựng",
        file_name="ky-thuat-thi-cong-mong-nha-dan-dung.pdf",
        title="Kỹ thuật thi công móng nhà dân dụng",
        heading="KỸ THUẬT THI CÔNG MÓNG NHÀ DÂN DỤNG",
        metadata_title=None,
        pages=7,
        summary=(
            "Tài liệu trình bày kỹ thuật thi công móng nhà dân dụng, so sánh móng đơn, móng băng "
            "và móng cọc, hướng dẫn trình tự thi công bê tông cốt thép và những lưu ý khi kiểm "
            "tra, nghiệm thu để công trình bền vững."
        ),
        keyphrases=("móng nhà dân dụng", "bê tông cốt thép", "móng băng", "khảo sát địa chất"),
        sections=(
            Section(
                "Khảo sát và lựa chọn giải pháp",
                entries("""
Móng đơn thường dùng cho nhà thấp tầng trên nền đất tốt. Móng băng chạy dọc theo các trục
tường hoặc hàng cột, phân bố tải trọng đều hơn. Khi nền đất yếu hoặc nhà nhiều tầng, móng
cọc truyền tải trọng xuống lớp đất chắc ở dưới sâu.
"""),
            ),
        ),
        sentences=entries("""
Chọn sai loại móng có thể khiến công trình bị nứt, lún lệch chỉ sau vài năm sử dụng.

Móng băng cần được đổ bê tông liên tục để tránh tạo mạch ngừng yếu.

Cọc bê tông phải được ép đến độ sâu và lực ép thiết kế mới được nghiệm thu.
"""),
    ),
)
