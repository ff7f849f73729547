"""Authored content for the parent category "Kinh tế": finance, marketing, business management."""

from thuvien.demo.texts.model import DocText, Pool, Section, entries

PARENT = "Kinh tế"

# Sentences that carry a document's own key phrase ({k}); key phrases here are topics.
TEMPLATES = entries("""
Trong bối cảnh hiện nay, vấn đề {k} đang được nhiều doanh nghiệp đặc biệt quan tâm.

Khi bàn về {k}, cần phân biệt rõ mục tiêu ngắn hạn và mục tiêu dài hạn.

Số liệu những năm gần đây cho thấy vai trò của {k} đối với nền kinh tế ngày càng rõ nét.

Các chuyên gia khuyến nghị nên tìm hiểu kĩ về {k} trước khi đưa ra quyết định.

Thiếu hiểu biết về {k} là nguyên nhân của không ít quyết định sai lầm.

Nhiều nghiên cứu trong nước đã chỉ ra mối liên hệ chặt chẽ giữa {k} và hiệu quả kinh doanh.

Doanh nghiệp nào chủ động đầu tư cho {k} sẽ có lợi thế cạnh tranh rõ rệt.

Những thay đổi gần đây về chính sách đã tác động không nhỏ đến {k}.

Báo cáo của nhiều tổ chức cho thấy {k} đang chịu tác động rõ rệt từ biến động của thị
trường.

Một chiến lược dài hạn về {k} giúp doanh nghiệp chủ động hơn trước những biến động bất ngờ.

Nhà quản lý cần thường xuyên cập nhật kiến thức về {k}.

Cách tiếp cận đúng đối với {k} có thể tạo ra khác biệt lớn về kết quả kinh doanh.
""")

POOLS = {
    "Tài chính": Pool(
        sentences=entries("""
Lãi suất ngân hàng ảnh hưởng trực tiếp đến chi phí vốn của doanh nghiệp và quyết định gửi
tiết kiệm của người dân.

Lạm phát làm giảm sức mua của đồng tiền, vì vậy tiền nhàn rỗi cần được đầu tư hợp lí.

Dòng tiền là yếu tố sống còn, bởi nhiều doanh nghiệp có lãi trên sổ sách nhưng vẫn lâm vào
khó khăn vì thiếu tiền mặt.

Đa dạng hoá danh mục giúp giảm thiểu thiệt hại khi một loại tài sản giảm giá mạnh.

Nhà đầu tư nên xác định rõ khả năng chấp nhận rủi ro và thời gian nắm giữ trước khi bỏ vốn.

Báo cáo tài chính minh bạch giúp doanh nghiệp dễ dàng tiếp cận nguồn vốn vay.

Tỉ lệ nợ trên vốn chủ sở hữu quá cao khiến doanh nghiệp dễ tổn thương khi lãi suất tăng.

Quỹ dự phòng khẩn cấp nên tương đương ít nhất ba đến sáu tháng chi tiêu thiết yếu.

Ngân hàng Nhà nước điều hành chính sách tiền tệ nhằm kiểm soát lạm phát và ổn định tỉ giá.

Trái phiếu thường có mức rủi ro thấp hơn cổ phiếu nhưng lợi suất kì vọng cũng thấp hơn.

Việc ghi chép thu chi đều đặn giúp phát hiện những khoản chi tiêu không cần thiết.

Vay nợ để tiêu dùng vượt quá khả năng chi trả là sai lầm tài chính khá phổ biến.

Các quyết định đầu tư cần dựa trên phân tích số liệu thay vì tin đồn trên mạng xã hội.

Chi phí vốn là căn cứ quan trọng để đánh giá một dự án có đáng đầu tư hay không.

Vốn lưu động đủ lớn giúp doanh nghiệp duy trì sản xuất khi khách hàng chậm thanh toán.

Kiểm toán độc lập góp phần nâng cao độ tin cậy của thông tin tài chính.

Lợi nhuận trong quá khứ không bảo đảm cho kết quả trong tương lai.

Sự kiên nhẫn và tính kỉ luật thường quan trọng hơn khả năng dự đoán thị trường.

Phí giao dịch và thuế tuy nhỏ nhưng tích luỹ qua nhiều năm sẽ ảnh hưởng đáng kể đến lợi
nhuận.

Lãi kép là lí do khiến việc bắt đầu tiết kiệm sớm mang lại lợi thế rất lớn.

Thị trường tài chính phát triển giúp dòng vốn được phân bổ đến nơi sử dụng hiệu quả hơn.

Tỉ giá biến động mạnh ảnh hưởng đến các doanh nghiệp có nhiều hoạt động xuất nhập khẩu.

Nhà đầu tư cần phân biệt giữa đầu tư dài hạn và đầu cơ ngắn hạn.

Thông tin công bố đúng hạn và đầy đủ là nghĩa vụ của các công ty niêm yết.

Lợi suất kì vọng càng cao thì rủi ro đi kèm thường càng lớn.

Chi tiêu theo cảm hứng là nguyên nhân phổ biến khiến ngân sách gia đình bị thâm hụt.

Mỗi khoản vay cần được cân nhắc dựa trên khả năng trả nợ từ thu nhập ổn định.

Kế hoạch tài chính nên được xem xét lại mỗi khi thu nhập hoặc hoàn cảnh thay đổi.
"""),
        headings=entries("""
Bối cảnh và vấn đề đặt ra

Cơ sở lí thuyết

Thực trạng hiện nay

Phân tích nguyên nhân

Những rủi ro cần lưu ý

Giải pháp và khuyến nghị

Kết luận
"""),
        lead_templates=entries("""
Mục này đi sâu phân tích {k} dựa trên số liệu của một doanh nghiệp giả định.

Người phân tích cần hiểu rõ {k} trước khi rút ra kết luận về tình hình tài chính.

Những sai sót khi đánh giá {k} có thể dẫn đến nhận định sai lệch về doanh nghiệp.

Ví dụ dưới đây minh hoạ cách vận dụng {k} trong thực tế.

Khi so sánh giữa các kì, cần lưu ý những thay đổi về chính sách kế toán ảnh hưởng đến {k}.
"""),
        subheadings=entries("""
Khái niệm và ý nghĩa

Nội dung chủ yếu

Phương pháp phân tích

Ví dụ minh hoạ

Các chỉ tiêu cần theo dõi

Những sai sót thường gặp

Tóm tắt và câu hỏi ôn tập
"""),
        items=entries("""
Lập ngân sách chi tiêu hằng tháng.

Xây dựng quỹ dự phòng khẩn cấp.

Không dồn toàn bộ vốn vào một loại tài sản.

Theo dõi định kì kết quả đầu tư.

Đọc kĩ điều khoản hợp đồng trước khi vay vốn.

Ưu tiên trả các khoản nợ có lãi suất cao.
"""),
    ),
    "Marketing": Pool(
        sentences=entries("""
Khách hàng ngày nay thường tìm hiểu thông tin trên mạng trước khi quyết định mua hàng.

Nội dung hữu ích và chân thực giúp thương hiệu tạo dựng niềm tin lâu dài.

Doanh nghiệp cần xác định rõ chân dung khách hàng mục tiêu trước khi lên kế hoạch truyền
thông.

Ngân sách quảng cáo nên được phân bổ dựa trên hiệu quả thực tế của từng kênh.

Phản hồi tiêu cực trên mạng xã hội cần được xử lí nhanh chóng và cầu thị.

Bao bì đẹp, thông tin rõ ràng giúp sản phẩm nổi bật trên kệ hàng.

Câu chuyện về nguồn gốc sản phẩm là chất liệu quý để xây dựng thương hiệu.

Chương trình khách hàng thân thiết khuyến khích người mua quay lại nhiều lần.

Giá bán cần phản ánh đúng giá trị mà sản phẩm mang lại cho khách hàng.

Đo lường tỉ lệ chuyển đổi giúp doanh nghiệp biết chiến dịch nào thực sự hiệu quả.

Doanh nghiệp nhỏ có thể bắt đầu bằng những kênh chi phí thấp như trang mạng xã hội và các
nhóm cộng đồng.

Sự nhất quán về màu sắc, giọng điệu và thông điệp giúp khách hàng dễ nhận ra thương hiệu.

Người tiêu dùng sẵn sàng trả giá cao hơn cho sản phẩm có nguồn gốc rõ ràng và chất lượng ổn
định.

Hợp tác với người có ảnh hưởng cần chọn đúng người phù hợp với giá trị của thương hiệu.

Thị trường luôn thay đổi nên kế hoạch tiếp thị phải được xem xét lại định kì.

Trải nghiệm mua hàng thuận tiện và giao hàng đúng hẹn là lời quảng cáo tốt nhất.

Dữ liệu khách hàng cần được thu thập và sử dụng đúng quy định về bảo vệ thông tin cá nhân.

Một thông điệp ngắn gọn, dễ nhớ thường hiệu quả hơn nhiều lời giới thiệu dài dòng.

Nghiên cứu đối thủ cạnh tranh giúp doanh nghiệp tìm ra khoảng trống trên thị trường.

Khách hàng trung thành thường giới thiệu sản phẩm cho bạn bè và người thân.

Các chương trình khuyến mãi cần có thời hạn rõ ràng để tạo cảm giác cấp bách.

Đánh giá của người mua trước có ảnh hưởng lớn đến quyết định của người mua sau.

Hình ảnh thương hiệu được xây dựng qua nhiều năm nhưng có thể bị tổn hại chỉ sau một sự cố.

Nội dung video ngắn ngày càng thu hút sự chú ý của người dùng mạng xã hội.

Kênh bán hàng trực tiếp giúp doanh nghiệp lắng nghe phản hồi của khách hàng nhanh hơn.

Doanh nghiệp nên thử nghiệm nhiều phương án quảng cáo nhỏ trước khi triển khai trên diện rộng.
"""),
        headings=entries("""
Tổng quan thị trường

Phân tích khách hàng mục tiêu

Định vị sản phẩm

Lựa chọn kênh truyền thông

Kế hoạch triển khai

Đo lường và đánh giá hiệu quả

Kết luận
"""),
        items=entries("""
Xác định rõ mục tiêu của chiến dịch.

Lựa chọn kênh phù hợp với khách hàng.

Chuẩn bị nội dung theo lịch đăng bài.

Theo dõi chỉ số tương tác hằng tuần.

Điều chỉnh ngân sách theo kết quả thực tế.
"""),
    ),
    "Quản trị kinh doanh": Pool(
        sentences=entries("""
Con người là tài sản quý giá nhất của mọi tổ chức.

Quy trình tuyển dụng rõ ràng giúp doanh nghiệp chọn đúng người cho đúng việc.

Bản mô tả công việc cần nêu cụ thể nhiệm vụ, quyền hạn và tiêu chí đánh giá.

Chính sách lương thưởng công bằng là động lực để người lao động gắn bó lâu dài.

Người quản lí giỏi biết lắng nghe và trao quyền hợp lí cho cấp dưới.

Đào tạo nội bộ giúp nhân viên nâng cao kĩ năng mà không tốn quá nhiều chi phí.

Văn hoá doanh nghiệp được hình thành từ những hành động nhỏ lặp lại hằng ngày.

Doanh nghiệp nhỏ thường gặp khó khăn trong việc giữ chân nhân viên giỏi.

Đánh giá hiệu quả công việc nên dựa trên kết quả đo lường được thay vì cảm tính.

Môi trường làm việc an toàn, thân thiện giúp giảm tỉ lệ nghỉ việc.

Kế hoạch kinh doanh cần được cụ thể hoá thành mục tiêu cho từng bộ phận.

Chi phí vận hành phải được kiểm soát chặt chẽ, nhất là trong giai đoạn mới thành lập.

Khách hàng hài lòng là nguồn doanh thu ổn định và bền vững nhất.

Sự phối hợp nhịp nhàng giữa các phòng ban giúp rút ngắn thời gian xử lí công việc.

Số liệu bán hàng cần được tổng hợp hằng tháng để kịp thời điều chỉnh kế hoạch.

Mỗi nhân viên bán hàng là đại diện cho hình ảnh của công ty trước khách hàng.

Việc ứng dụng phần mềm quản lí giúp giảm sai sót trong khâu nhập liệu và kiểm kho.

Ý kiến đóng góp của nhân viên trực tiếp làm việc với khách hàng thường rất thực tế.

Cuộc họp hiệu quả cần có mục tiêu rõ ràng, thời gian hợp lí và người theo dõi kết quả.

Nhân viên được ghi nhận đúng lúc thường làm việc với tinh thần trách nhiệm cao hơn.

Quy trình làm việc được chuẩn hoá giúp giảm phụ thuộc vào một vài cá nhân.

Kế hoạch đào tạo nên xuất phát từ nhu cầu thực tế của từng bộ phận.

Người quản lí cần công bằng khi phân công công việc và đánh giá kết quả.

Sự thay đổi trong tổ chức cần được giải thích rõ để nhân viên hiểu và đồng thuận.

Hàng tồn kho quá lớn làm tăng chi phí lưu kho và gây ứ đọng vốn.

Báo cáo định kì giúp ban giám đốc nắm bắt kịp thời tình hình hoạt động.
"""),
        headings=entries("""
Giới thiệu chung

Cơ sở lí luận

Thực trạng tại doanh nghiệp

Đánh giá ưu điểm và hạn chế

Nguyên nhân của những hạn chế

Đề xuất giải pháp

Kết luận
"""),
        items=entries("""
Rà soát lại bản mô tả công việc của từng vị trí.

Xây dựng lộ trình thăng tiến rõ ràng.

Tổ chức đào tạo định kì cho nhân viên mới.

Khen thưởng kịp thời những cá nhân xuất sắc.

Lấy ý kiến nhân viên qua phiếu khảo sát ẩn danh.
"""),
    ),
}

DOCUMENTS = (
    DocText(
        child="Tài chính",
        file_name="thi-truong-chung-khoan-co-hoi-va-rui-ro.pdf",
        title="Thị trường chứng khoán Việt Nam: cơ hội và rủi ro cho nhà đầu tư cá nhân",
        author="ThS. Lê Hoàng Nam",
        pages=15,
        summary=(
            "Bài viết phân tích những cơ hội và rủi ro mà thị trường chứng khoán Việt Nam mang "
            "lại cho nhà đầu tư cá nhân, đồng thời đề xuất cách xây dựng danh mục đầu tư và "
            "quản trị rủi ro phù hợp với người mới tham gia thị trường."
        ),
        keyphrases=(
            "thị trường chứng khoán",
            "đầu tư chứng khoán",
            "quản trị rủi ro",
            "danh mục đầu tư",
        ),
        sections=(
            Section(
                "Bối cảnh và vấn đề đặt ra",
                entries("""
Thị trường chứng khoán Việt Nam chính thức đi vào hoạt động từ năm 2000 và đã trở thành
kênh huy động vốn trung và dài hạn quan trọng của nền kinh tế. Số lượng tài khoản của nhà
đầu tư cá nhân tăng mạnh trong những năm gần đây, nhất là từ khi việc mở tài khoản trực
tuyến trở nên phổ biến.

Tuy nhiên, phần lớn nhà đầu tư mới chưa được trang bị kiến thức nền tảng, thường mua bán
theo cảm xúc và chịu thua lỗ khi thị trường biến động mạnh.
"""),
            ),
            Section(
                "Những rủi ro cần lưu ý",
                entries("""
Rủi ro thị trường xuất phát từ những biến động chung của nền kinh tế, lãi suất và tâm lí
nhà đầu tư, không thể loại bỏ bằng cách đa dạng hoá. Rủi ro riêng của từng doanh nghiệp,
chẳng hạn kết quả kinh doanh sụt giảm, có thể được giảm thiểu khi danh mục đầu tư gồm nhiều
cổ phiếu thuộc các ngành khác nhau.

Sử dụng đòn bẩy bằng cách vay ký quỹ có thể khuếch đại lợi nhuận nhưng cũng khuếch đại thua
lỗ, vì vậy nhà đầu tư mới nên hết sức thận trọng.
"""),
            ),
        ),
        sentences=entries("""
Cổ phiếu là chứng nhận quyền sở hữu một phần doanh nghiệp, còn trái phiếu là chứng nhận
khoản cho vay của người mua đối với tổ chức phát hành.

Chỉ số VN-Index phản ánh biến động chung của các cổ phiếu niêm yết trên Sở Giao dịch Chứng
khoán Thành phố Hồ Chí Minh.

Đầu tư định kì một khoản tiền cố định mỗi tháng giúp giảm ảnh hưởng của việc mua đúng đỉnh.

Nhà đầu tư cá nhân nên đọc báo cáo thường niên để hiểu mô hình kinh doanh của doanh nghiệp.

Chứng chỉ quỹ là lựa chọn phù hợp cho người không có nhiều thời gian theo dõi thị trường.

Đặt trước ngưỡng cắt lỗ giúp nhà đầu tư tránh được những khoản thua lỗ quá lớn.
"""),
    ),
    DocText(
        child="Tài chính",
        file_name="quan-ly-tai-chinh-ca-nhan-cho-nguoi-moi-di-lam.pdf",
        title="Quản lý tài chính cá nhân cho người mới đi làm",
        heading="QUẢN LÝ TÀI CHÍNH CÁ NHÂN CHO NGƯỜI MỚI ĐI LÀM",
        metadata_title=None,
        word_by_word=True,
        pages=6,
        summary=(
            "Tài liệu hướng dẫn người mới đi làm cách quản lý tài chính cá nhân: lập ngân sách "
            "chi tiêu, xây dựng quỹ dự phòng, trả nợ đúng hạn và bắt đầu tiết kiệm, đầu tư từ "
            "những khoản thu nhập đầu tiên."
        ),
        keyphrases=(
            "tài chính cá nhân",
            "ngân sách chi tiêu",
            "quỹ dự phòng",
            "thói quen tiết kiệm",
        ),
        sections=(
            Section(
                "Cơ sở lí thuyết",
                entries("""
Quy tắc năm mươi, ba mươi, hai mươi gợi ý dành khoảng một nửa thu nhập cho nhu cầu thiết
yếu như nhà ở, ăn uống, đi lại; ba phần mười cho mong muốn cá nhân như giải trí, mua sắm;
hai phần mười còn lại cho tiết kiệm và trả nợ.

Con số cụ thể có thể điều chỉnh theo hoàn cảnh, nhưng điều quan trọng là trả cho bản thân
trước: trích tiền tiết kiệm ngay khi nhận lương thay vì chờ cuối tháng còn dư.
"""),
            ),
        ),
        sentences=entries("""
Người mới đi làm thường chưa có thói quen ghi chép chi tiêu nên dễ rơi vào cảnh cuối tháng
hết tiền.

Thẻ tín dụng tiện lợi nhưng lãi suất rất cao nếu không thanh toán đủ dư nợ đúng hạn.

Một cuốn sổ nhỏ hoặc ứng dụng trên điện thoại là đủ để bắt đầu theo dõi thu chi.

Mua bảo hiểm y tế và bảo hiểm tai nạn là cách bảo vệ tài chính trước những rủi ro bất ngờ.
"""),
    ),
    DocText(
        child="Tài chính",
        file_name="phan-tich-bao-cao-tai-chinh-doanh-nghiep.pdf",
        title="Giáo trình phân tích báo cáo tài chính doanh nghiệp vừa và nhỏ",
        author="TS. Đỗ Minh Khôi",
        pages=28,
        numbering="Chương {n}. ",
        fill="sub",
        summary=(
            "Giáo trình trình bày phương pháp phân tích báo cáo tài chính của doanh nghiệp vừa "
            "và nhỏ, gồm bảng cân đối kế toán, báo cáo kết quả hoạt động kinh doanh, báo cáo lưu "
            "chuyển tiền tệ và các nhóm tỉ số tài chính, giúp người học đánh giá được sức khoẻ "
            "tài chính của doanh nghiệp."
        ),
        keyphrases=(
            "báo cáo tài chính",
            "bảng cân đối kế toán",
            "lưu chuyển tiền tệ",
            "tỉ số tài chính",
            "khả năng thanh toán",
        ),
        sections=(
            Section(
                "Tổng quan về báo cáo tài chính",
                entries("""
Báo cáo tài chính là hệ thống thông tin tổng hợp về tình hình tài sản, nguồn vốn, kết quả
kinh doanh và dòng tiền của doanh nghiệp trong một kì kế toán. Người sử dụng báo cáo gồm
chủ doanh nghiệp, ngân hàng, nhà đầu tư, cơ quan thuế và chính người lao động.
"""),
                keyphrases=("báo cáo tài chính", "kì kế toán"),
            ),
            Section(
                "Bảng cân đối kế toán",
                entries("""
Bảng cân đối kế toán phản ánh tài sản và nguồn hình thành tài sản tại một thời điểm. Tổng
tài sản luôn bằng tổng nợ phải trả cộng vốn chủ sở hữu, đó là nguyên tắc cân đối cơ bản
của kế toán.
"""),
                keyphrases=("bảng cân đối kế toán", "tài sản ngắn hạn", "nợ phải trả"),
            ),
            Section(
                "Báo cáo kết quả hoạt động kinh doanh",
                entries("""
Báo cáo kết quả hoạt động kinh doanh cho biết doanh thu, chi phí và lợi nhuận trong một kì.
Phân tích xu hướng của doanh thu và tỉ lệ lợi nhuận gộp qua nhiều kì giúp nhận ra sức cạnh
tranh của sản phẩm.
"""),
                keyphrases=("báo cáo kết quả hoạt động kinh doanh", "lợi nhuận gộp"),
            ),
            Section(
                "Báo cáo lưu chuyển tiền tệ",
                entries("""
Báo cáo lưu chuyển tiền tệ chia dòng tiền thành ba nhóm: hoạt động kinh doanh, hoạt động
đầu tư và hoạt động tài chính. Dòng tiền từ hoạt động kinh doanh âm kéo dài là dấu hiệu
cảnh báo dù doanh nghiệp vẫn báo lãi.
"""),
                keyphrases=("báo cáo lưu chuyển tiền tệ", "dòng tiền từ hoạt động kinh doanh"),
            ),
            Section(
                "Phân tích khả năng thanh toán",
                entries("""
Hệ số thanh toán hiện hành bằng tài sản ngắn hạn chia cho nợ ngắn hạn. Hệ số thanh toán
nhanh loại hàng tồn kho ra khỏi tử số vì hàng tồn kho cần thời gian mới chuyển thành tiền.
"""),
                keyphrases=("hệ số thanh toán hiện hành", "hệ số thanh toán nhanh"),
            ),
            Section(
                "Phân tích hiệu quả sinh lời",
                entries("""
Tỉ suất lợi nhuận trên tổng tài sản và tỉ suất lợi nhuận trên vốn chủ sở hữu là hai chỉ
tiêu được dùng phổ biến nhất để đánh giá khả năng sinh lời của doanh nghiệp.
"""),
                keyphrases=(
                    "tỉ suất lợi nhuận trên vốn chủ sở hữu",
                    "tỉ suất lợi nhuận trên tổng tài sản",
                ),
            ),
            Section(
                "Phân tích cơ cấu vốn và đòn bẩy tài chính",
                entries("""
Cơ cấu vốn thể hiện tỉ trọng giữa nợ vay và vốn chủ sở hữu. Đòn bẩy tài chính giúp khuếch
đại lợi nhuận trên vốn chủ sở hữu khi kinh doanh thuận lợi nhưng làm tăng rủi ro khi doanh
thu sụt giảm.
"""),
                keyphrases=("cơ cấu vốn", "đòn bẩy tài chính"),
            ),
            Section(
                "Dự báo tài chính và lập kế hoạch",
                entries("""
Dự báo tài chính dựa trên số liệu lịch sử và các giả định về thị trường để ước tính doanh
thu, chi phí và nhu cầu vốn trong những kì tới, làm cơ sở cho kế hoạch kinh doanh.
"""),
                keyphrases=("dự báo tài chính", "kế hoạch tài chính"),
            ),
        ),
        sentences=entries("""
Khi phân tích, cần so sánh số liệu của doanh nghiệp với số liệu trung bình của ngành.

Phương pháp phân tích theo chiều ngang so sánh cùng một chỉ tiêu qua nhiều kì liên tiếp.

Phương pháp phân tích theo chiều dọc xem xét tỉ trọng của từng khoản mục trong tổng thể.

Thuyết minh báo cáo tài chính chứa nhiều thông tin quan trọng mà người đọc thường bỏ qua.

Khoản phải thu tăng nhanh hơn doanh thu có thể cho thấy chính sách bán chịu quá dễ dãi.

Vòng quay hàng tồn kho thấp cho thấy vốn bị ứ đọng trong kho quá lâu.
"""),
    ),
    DocText(
        child="Marketing",
        file_name="chien-luoc-tiep-thi-so-cho-doanh-nghiep-ban-le.pdf",
        title="Chiến lược tiếp thị số cho doanh nghiệp bán lẻ",
        pages=9,
        summary=(
            "Tài liệu trình bày cách xây dựng chiến lược tiếp thị số cho doanh nghiệp bán lẻ, "
            "từ phân tích khách hàng mục tiêu, lựa chọn kênh mạng xã hội và thương mại điện tử "
            "đến đo lường hiệu quả chiến dịch và chăm sóc khách hàng sau bán hàng."
        ),
        keyphrases=("tiếp thị số", "thương mại điện tử", "trải nghiệm khách hàng", "mạng xã hội"),
        sections=(
            Section(
                "Tổng quan thị trường",
                entries("""
Thói quen mua sắm của người tiêu dùng đã thay đổi mạnh mẽ khi điện thoại thông minh trở nên
phổ biến. Nhiều cửa hàng bán lẻ truyền thống nhận thấy lượng khách đến cửa hàng giảm, trong
khi đơn hàng qua các sàn thương mại điện tử và mạng xã hội tăng đều.

Tiếp thị số không thay thế hoàn toàn cửa hàng vật lý mà giúp hai kênh bổ trợ cho nhau:
khách tìm hiểu trên mạng rồi đến cửa hàng, hoặc xem hàng tại cửa hàng rồi đặt mua trực
tuyến.
"""),
            ),
        ),
        sentences=entries("""
Trang bán hàng trực tuyến cần tải nhanh và dễ sử dụng trên màn hình điện thoại.

Hình ảnh sản phẩm chân thực, nhiều góc chụp giúp giảm tỉ lệ trả hàng.

Tin nhắn hỏi hàng nên được trả lời trong vòng vài phút để không bỏ lỡ khách.

Mã giảm giá cho lần mua đầu tiên khuyến khích khách hàng mới trải nghiệm dịch vụ.
"""),
    ),
    DocText(
        child="Marketing",
        file_name="xay-dung-thuong-hieu-nong-san-dia-phuong.pdf",
        title="Xây dựng thương hiệu cho nông sản địa phương",
        author="Hoàng Thị Mai",
        word_by_word=True,
        pages=7,
        summary=(
            "Bài viết đề xuất cách xây dựng thương hiệu cho nông sản địa phương thông qua chỉ "
            "dẫn địa lý, bao bì sản phẩm, câu chuyện vùng trồng và kênh phân phối hiện đại, giúp "
            "nông sản tăng giá trị và ổn định đầu ra cho người nông dân."
        ),
        keyphrases=("thương hiệu nông sản", "chỉ dẫn địa lý", "bao bì sản phẩm", "kênh phân phối"),
        sections=(
            Section(
                "Định vị sản phẩm",
                entries("""
Mỗi vùng đất có thổ nhưỡng, khí hậu và kinh nghiệm canh tác riêng, tạo nên hương vị khác
biệt của nông sản. Đó chính là lợi thế để định vị sản phẩm thay vì cạnh tranh bằng giá rẻ.

Đăng ký chỉ dẫn địa lý và nhãn hiệu tập thể giúp bảo vệ uy tín của sản phẩm, tránh tình
trạng hàng kém chất lượng mượn danh đặc sản.
"""),
                entries("""
Truy xuất được nguồn gốc đến từng hộ trồng.

Quy trình sản phẩm được ghi rõ trên bao bì.

Chất lượng đồng đều giữa các lô hàng.
"""),
            ),
        ),
        sentences=entries("""
Hợp tác xã đóng vai trò đầu mối giúp các hộ nông dân thống nhất tiêu chuẩn sản xuất.

Tem truy xuất nguồn gốc có mã quét giúp người mua kiểm tra thông tin vùng trồng.

Hội chợ nông sản là dịp để giới thiệu sản phẩm trực tiếp đến các nhà phân phối lớn.
"""),
    ),
    DocText(
        child="Quản trị kinh doanh",
        file_name="quan-tri-nguon-nhan-luc-doanh-nghiep-nho.pdf",
        title="Quản trị nguồn nhân lực trong doanh nghiệp nhỏ và vừa",
        pages=11,
        summary=(
            "Tài liệu phân tích thực trạng quản trị nguồn nhân lực trong doanh nghiệp nhỏ và "
            "vừa, từ tuyển dụng, đào tạo đến chính sách đãi ngộ, và đề xuất các giải pháp giúp "
            "doanh nghiệp thu hút, giữ chân người lao động có năng lực."
        ),
        keyphrases=(
            "quản trị nguồn nhân lực",
            "tuyển dụng nhân sự",
            "chính sách đãi ngộ",
            "đào tạo nhân viên",
        ),
        sections=(
            Section(
                "Thực trạng tại doanh nghiệp",
                entries("""
Phần lớn doanh nghiệp nhỏ và vừa chưa có bộ phận nhân sự chuyên trách; việc tuyển dụng,
chấm công và tính lương thường do kế toán hoặc chính chủ doanh nghiệp đảm nhận.

Tỉ lệ nhân viên nghỉ việc trong năm đầu tiên khá cao, chủ yếu do chưa hài lòng với thu
nhập, chưa thấy cơ hội phát triển và chưa được hướng dẫn đầy đủ khi mới vào làm.
"""),
            ),
        ),
        sentences=entries("""
Buổi hội nhập cho nhân viên mới giúp họ nhanh chóng hiểu công việc và văn hoá công ty.

Phỏng vấn khi nhân viên nghỉ việc cung cấp thông tin quý để cải thiện chính sách nhân sự.

Chế độ làm việc linh hoạt là phúc lợi được nhiều người lao động trẻ đánh giá cao.
"""),
    ),
    DocText(
        child="Quản trị kinh doanh",
        file_name="bao-cao-thuc-tap-hoat-dong-ban-hang.pdf",
        title="Báo cáo thực tập tốt nghiệp: Hoạt động bán hàng tại Công ty Thương mại An Phát",
        heading="BÁO CÁO THỰC TẬP TỐT NGHIỆP: HOẠT ĐỘNG BÁN HÀNG TẠI CÔNG TY THƯƠNG MẠI AN PHÁT",
        metadata_title="Microsoft Word - baocao.doc",
        author="Vũ Thị Ngọc Anh",
        subheading="Sinh viên thực hiện: Vũ Thị Ngọc Anh",
        pages=13,
        summary=(
            "Báo cáo thực tập tốt nghiệp mô tả hoạt động bán hàng tại một công ty thương mại "
            "phân phối đồ gia dụng, đánh giá kết quả kinh doanh, chỉ ra những hạn chế trong "
            "quản lý đội ngũ bán hàng và đề xuất giải pháp nâng cao doanh số."
        ),
        keyphrases=("hoạt động bán hàng", "đội ngũ bán hàng", "doanh số bán hàng", "đồ gia dụng"),
        sections=(
            Section(
                "Giới thiệu chung",
                entries("""
Công ty Thương mại An Phát là doanh nghiệp phân phối đồ gia dụng cho các cửa hàng bán lẻ
và siêu thị mini. Trong thời gian thực tập, em được phân công hỗ trợ phòng kinh doanh, tham
gia tiếp nhận đơn hàng, theo dõi công nợ và chăm sóc khách hàng.

Em xin chân thành cảm ơn ban giám đốc, các anh chị phòng kinh doanh và giảng viên hướng dẫn
đã tận tình giúp đỡ em hoàn thành báo cáo này.
"""),
            ),
        ),
        sentences=entries("""
Doanh số bán hàng của công ty tăng đều trong ba năm gần đây, chủ yếu nhờ mở rộng mạng lưới
đại lý.

Nhân viên bán hàng được giao chỉ tiêu theo tháng và nhận thưởng theo tỉ lệ hoàn thành.

Mặt hàng nồi cơm điện và máy xay sinh tố chiếm tỉ trọng doanh thu lớn nhất.

Một số đại lý chậm thanh toán khiến công ty phải tăng vốn vay ngắn hạn.
"""),
    ),
)
