"""Authored content for the parent category "Giáo dục": exams, lesson plans, teaching reports."""

from thuvien.demo.texts.model import DocText, Pool, Section, entries

PARENT = "Giáo dục"

# Sentences that carry a document's own key phrase ({k}) so its topic recurs in the text.
TEMPLATES = entries("""
Nhiều giáo viên cho rằng những vấn đề liên quan đến {k} cần được quan tâm ngay từ đầu năm học.

Khi bàn về {k}, cần gắn lí luận với thực tiễn của từng lớp học cụ thể.

Kết quả khảo sát đầu năm cho thấy học sinh còn nhiều hạn chế ở những nội dung về {k}.

Tổ chuyên môn đã dành nhiều buổi sinh hoạt để trao đổi kinh nghiệm về {k}.

Phụ huynh cũng có thể hỗ trợ con em rất nhiều trong những việc liên quan đến {k}.

Bài học kinh nghiệm rút ra là không thể xem nhẹ {k} trong bất kì giai đoạn nào của năm học.

Những tiết dạy có nội dung về {k} thường được học sinh đón nhận một cách hào hứng.

Giáo viên nên chuẩn bị thêm tư liệu minh hoạ khi hướng dẫn học sinh tìm hiểu về {k}.

Muốn nâng cao chất lượng, nhà trường cần có kế hoạch cụ thể cho từng nội dung liên quan đến
{k}.

Trong các buổi họp phụ huynh, giáo viên thường trao đổi thêm về {k}.

Học sinh tỏ ra tự tin hơn hẳn sau khi được hướng dẫn kĩ về {k}.

Tư liệu tham khảo về {k} hiện nay khá phong phú nhưng cần được chọn lọc kĩ.
""")

POOLS = {
    "Đề thi": Pool(
        sentences=entries("""
Học sinh đọc kĩ đề bài trước khi làm, chú ý yêu cầu của từng câu hỏi.

Bài làm cần trình bày sạch sẽ, rõ ràng, các bước lập luận phải chặt chẽ.

Điểm toàn bài là tổng điểm của các câu, làm tròn đến một chữ số thập phân.

Học sinh làm cách khác mà đúng vẫn được điểm tối đa theo thang điểm của câu đó.

Đề kiểm tra được xây dựng theo ma trận gồm các mức độ nhận biết, thông hiểu, vận dụng và
vận dụng cao.

Thời gian làm bài được tính không kể thời gian phát đề.

Các câu hỏi được sắp xếp theo mức độ khó tăng dần để học sinh làm quen và tự tin hơn.

Giáo viên chấm bài cần bám sát hướng dẫn chấm nhưng vẫn linh hoạt trước những cách giải
sáng tạo.

Khi ôn tập, học sinh nên hệ thống lại kiến thức theo từng chương và làm thêm các bài tập
tương tự.

Những lỗi thường gặp là đọc thiếu dữ kiện, tính toán vội vàng và không kiểm tra lại kết quả.

Sau mỗi bài kiểm tra, giáo viên nên dành thời gian chữa bài để học sinh nhận ra lỗi sai của
mình.

Đề thi bám sát chương trình giáo dục phổ thông hiện hành và yêu cầu cần đạt của môn học.

Ma trận đề giúp tổ chuyên môn kiểm soát tỉ lệ giữa các mức độ nhận thức.

Học sinh nên phân bổ thời gian hợp lí, tránh dành quá nhiều thời gian cho một câu khó.

Với câu hỏi mở, bài viết cần có bố cục ba phần rõ ràng và lập luận thuyết phục.

Kết quả bài kiểm tra là căn cứ để giáo viên điều chỉnh kế hoạch dạy học trong thời gian tới.
"""),
        headings=entries("""
Lưu ý khi làm bài

Gợi ý ôn tập

Nhận xét chung về bài làm của học sinh

Ma trận đề kiểm tra

Những lỗi học sinh thường mắc
"""),
        items=entries("""
Đọc kĩ đề và gạch chân các từ khoá quan trọng.

Làm câu dễ trước, câu khó sau.

Kiểm tra lại đơn vị và kết quả tính toán.

Trình bày lời giải theo từng bước rõ ràng.

Dành năm phút cuối giờ để soát lại toàn bộ bài làm.
"""),
    ),
    "Giáo án": Pool(
        sentences=entries("""
Giáo viên chuẩn bị phiếu học tập, tranh ảnh và máy chiếu trước giờ học.

Học sinh đọc trước bài ở nhà và ghi lại những điều còn thắc mắc.

Hoạt động khởi động giúp tạo hứng thú và kết nối kiến thức cũ với bài học mới.

Giáo viên chia lớp thành các nhóm nhỏ, mỗi nhóm từ bốn đến sáu học sinh.

Các nhóm thảo luận trong thời gian quy định rồi cử đại diện trình bày kết quả.

Giáo viên nhận xét, bổ sung và chốt lại kiến thức trọng tâm của hoạt động.

Sau mỗi hoạt động, học sinh tự đánh giá và đánh giá chéo lẫn nhau theo tiêu chí cho trước.

Phần luyện tập giúp học sinh củng cố kiến thức vừa học thông qua các bài tập ngắn.

Hoạt động vận dụng khuyến khích học sinh liên hệ bài học với đời sống hằng ngày.

Giáo viên giao nhiệm vụ về nhà và hướng dẫn học sinh chuẩn bị cho bài tiếp theo.

Phương pháp dạy học chủ yếu là hỏi đáp, thảo luận nhóm và trực quan.

Giáo viên cần quan sát để kịp thời hỗ trợ những học sinh còn gặp khó khăn.

Thời lượng của mỗi hoạt động được điều chỉnh linh hoạt theo tình hình thực tế của lớp.

Bài dạy hướng tới phát triển năng lực tự học, năng lực giao tiếp và hợp tác của học sinh.

Phẩm chất chăm chỉ và trách nhiệm được rèn luyện qua việc hoàn thành nhiệm vụ học tập.

Sản phẩm học tập của các nhóm được trưng bày để cả lớp cùng quan sát và góp ý.

Câu hỏi gợi mở giúp học sinh tự phát hiện vấn đề thay vì tiếp nhận kiến thức một cách
thụ động.

Giáo viên có thể tổ chức trò chơi ô chữ để ôn lại các khái niệm chính của bài.

Giáo viên đặt câu hỏi ngắn để kiểm tra mức độ hiểu bài của học sinh sau mỗi phần.

Học sinh ghi lại kết quả thảo luận vào phiếu học tập và đối chiếu với nhóm bạn.

Những học sinh hoàn thành sớm được giao thêm bài tập nâng cao.

Tiết học kết thúc bằng phần tóm tắt nội dung chính do học sinh tự trình bày.

Hình ảnh và sơ đồ trực quan giúp học sinh ghi nhớ kiến thức lâu hơn.

Giáo viên khuyến khích học sinh đặt câu hỏi khi chưa hiểu bài.

Bài tập về nhà được thiết kế vừa sức để học sinh tự hoàn thành.

Không khí lớp học cởi mở giúp học sinh mạnh dạn chia sẻ ý kiến.
"""),
        headings=entries("""
Mục tiêu bài học

Thiết bị dạy học và học liệu

Tiến trình dạy học

Hoạt động khởi động

Hình thành kiến thức mới

Hoạt động luyện tập

Hoạt động vận dụng

Hướng dẫn học sinh tự học ở nhà

Rút kinh nghiệm sau tiết dạy
"""),
        items=entries("""
Phiếu học tập dành cho hoạt động nhóm.

Máy chiếu và bài trình chiếu minh hoạ.

Bảng phụ ghi các câu hỏi thảo luận.

Tranh ảnh và đoạn phim ngắn liên quan đến bài học.

Bảng kiểm đánh giá kết quả làm việc nhóm.

Sách giáo khoa và vở ghi của học sinh.
"""),
    ),
    "Sáng kiến kinh nghiệm": Pool(
        sentences=entries("""
Sáng kiến được áp dụng thử nghiệm tại đơn vị trong hai năm học liên tiếp.

Kết quả khảo sát sau khi áp dụng cho thấy tỉ lệ học sinh đạt yêu cầu tăng rõ rệt.

Các biện pháp được đề xuất dễ thực hiện, không tốn kém và phù hợp với điều kiện của nhà
trường.

Bản thân tôi đã trực tiếp áp dụng các biện pháp này và rút ra nhiều bài học quý báu.

Giáo viên cần kiên trì, theo dõi sát sự tiến bộ của từng học sinh.

Sự phối hợp chặt chẽ với phụ huynh là yếu tố quan trọng quyết định thành công.

Đề tài có thể được nhân rộng ở các trường có điều kiện tương tự.

Trong quá trình thực hiện, tôi luôn nhận được sự giúp đỡ của ban giám hiệu và đồng nghiệp.

Mỗi biện pháp đều được triển khai theo các bước cụ thể, có kiểm tra và điều chỉnh kịp thời.

Những học sinh có hoàn cảnh khó khăn được quan tâm, động viên nhiều hơn.

Việc khen ngợi đúng lúc giúp các em tự tin và yêu thích việc học hơn.

Trước khi áp dụng đề tài, phần lớn học sinh còn rụt rè, ít tham gia phát biểu xây dựng bài.

Sáng kiến góp phần nâng cao chất lượng giáo dục toàn diện của nhà trường.

Tôi mong nhận được ý kiến đóng góp của hội đồng khoa học để đề tài được hoàn thiện hơn.

Đối tượng nghiên cứu là học sinh của lớp do tôi trực tiếp giảng dạy và chủ nhiệm.

Phương pháp nghiên cứu chủ yếu gồm quan sát, điều tra, thực nghiệm sư phạm và thống kê.

Cơ sở vật chất của nhà trường tuy còn thiếu thốn nhưng đã đáp ứng được yêu cầu tối thiểu.

Đồng nghiệp trong tổ đã dự giờ, góp ý để các biện pháp ngày càng phù hợp hơn với học sinh.

Tôi thường xuyên ghi chép nhật kí dạy học để theo dõi hiệu quả của từng biện pháp.

Những khó khăn ban đầu dần được khắc phục nhờ sự kiên trì của cả giáo viên và học sinh.

Kết quả kiểm tra cuối năm cho thấy sự tiến bộ rõ rệt so với đầu năm học.

Học sinh trở nên tự tin, mạnh dạn hơn trong giao tiếp với thầy cô và bạn bè.

Phụ huynh phấn khởi khi thấy con em tiến bộ và tích cực phối hợp với giáo viên.

Các biện pháp cần được vận dụng linh hoạt, phù hợp với đặc điểm của từng lớp.

Đề tài đã được tổ chuyên môn đánh giá cao và đề nghị áp dụng rộng rãi trong trường.

Bảng số liệu so sánh trước và sau khi áp dụng được trình bày ở phần phụ lục.
"""),
        headings=entries("""
Lí do chọn đề tài

Mục đích nghiên cứu

Đối tượng và phạm vi nghiên cứu

Phương pháp nghiên cứu

Cơ sở lí luận

Thực trạng của vấn đề

Các biện pháp đã thực hiện

Hiệu quả của sáng kiến

Bài học kinh nghiệm

Kết luận và kiến nghị
"""),
        items=entries("""
Khảo sát thực trạng ngay từ đầu năm học.

Xây dựng kế hoạch cụ thể cho từng tháng.

Phân loại học sinh theo mức độ để có cách hỗ trợ phù hợp.

Trao đổi thường xuyên với phụ huynh qua sổ liên lạc và nhóm tin nhắn.

Tổ chức các hoạt động thi đua nhỏ trong lớp.

Đánh giá, điều chỉnh biện pháp sau mỗi học kì.
"""),
    ),
}

DOCUMENTS = (
    DocText(
        child="Đề thi",
        file_name="de-kiem-tra-cuoi-hoc-ki-1-toan-lop-9.pdf",
        title="Đề kiểm tra cuối học kì I môn Toán lớp 9",
        heading="ĐỀ KIỂM TRA CUỐI HỌC KÌ I MÔN TOÁN LỚP 9",
        metadata_title="Microsoft Word - DE KT HK1 TOAN 9.docx",
        subheading="Năm học 2023 - 2024. Thời gian làm bài: 90 phút",
        pages=3,
        numbering="",
        summary=(
            "Đề kiểm tra cuối học kì I môn Toán lớp 9 gồm phần trắc nghiệm và phần tự luận, "
            "kiểm tra kiến thức về căn bậc hai, hàm số bậc nhất và đường tròn. Đề kèm theo "
            "hướng dẫn chấm chi tiết để giáo viên và học sinh tham khảo khi ôn tập."
        ),
        keyphrases=("hàm số bậc nhất", "căn bậc hai", "tiếp tuyến của đường tròn"),
        sections=(
            Section(
                "Phần I. Trắc nghiệm (3,0 điểm)",
                ("Chọn chữ cái đứng trước câu trả lời đúng và ghi vào giấy làm bài.",),
                entries("""
Câu 1. Căn bậc hai số học của 49 là: A. −7; B. 7; C. ±7; D. 49.

Câu 2. Hàm số bậc nhất y = (m − 2)x + 3 đồng biến khi: A. m > 2; B. m < 2; C. m = 2; D. m ≠ 2.

Câu 3. Điểm nào thuộc đồ thị hàm số y = 2x − 1? A. (1; 1); B. (0; 1); C. (2; 1); D. (−1; 1).

Câu 4. Tam giác ABC vuông tại A có AB = 3 cm, AC = 4 cm thì BC bằng: A. 5 cm; B. 7 cm;
C. 25 cm; D. 12 cm.

Câu 5. Biểu thức căn bậc hai của (x − 3) có nghĩa khi: A. x ≥ 3; B. x > 3; C. x ≤ 3; D. x < 3.

Câu 6. Hai đường tròn (O; 5 cm) và (O'; 3 cm) có OO' = 8 cm thì: A. tiếp xúc ngoài;
B. cắt nhau; C. tiếp xúc trong; D. không giao nhau.
"""),
            ),
            Section(
                "Phần II. Tự luận (7,0 điểm)",
                entries("""
Bài 1 (1,5 điểm). Rút gọn biểu thức A bằng căn bậc hai của 18 cộng căn bậc hai của 8 trừ
căn bậc hai của 50. Sau đó so sánh A với số 1.

Bài 2 (2,0 điểm). Cho hàm số bậc nhất y = 2x + 3. a) Vẽ đồ thị của hàm số trên mặt phẳng
toạ độ Oxy. b) Tìm toạ độ giao điểm của đồ thị hàm số đó với đường thẳng y = −x + 6.

Bài 3 (3,0 điểm). Cho đường tròn (O; R) và điểm A nằm ngoài đường tròn. Kẻ các tiếp tuyến
AB, AC với đường tròn (B, C là các tiếp điểm). a) Chứng minh bốn điểm A, B, O, C cùng thuộc
một đường tròn. b) Chứng minh OA vuông góc với BC. c) Cho R = 3 cm và OA = 5 cm, tính độ dài
đoạn thẳng AB.

Bài 4 (0,5 điểm). Tìm giá trị nhỏ nhất của biểu thức P = x² − 4x + 7.
"""),
            ),
            Section(
                "Hướng dẫn chấm",
                entries("""
Phần trắc nghiệm: mỗi câu đúng được 0,5 điểm. Đáp án: 1B, 2A, 3A, 4A, 5A, 6A.

Bài 1: biến đổi được A = 3 nhân căn bậc hai của 2, cộng 2 nhân căn bậc hai của 2, trừ 5 nhân
căn bậc hai của 2, nên A = 0 và A nhỏ hơn 1 (1,5 điểm).

Bài 2: vẽ đúng đồ thị đi qua hai điểm (0; 3) và (−1,5; 0) được 1,0 điểm; giải phương trình
2x + 3 = −x + 6 được x = 1, y = 5, giao điểm là (1; 5) được 1,0 điểm.

Bài 3: câu a được 1,0 điểm vì các góc ABO và ACO đều vuông; câu b được 1,0 điểm vì AB = AC
và OB = OC nên OA là đường trung trực của BC; câu c được 1,0 điểm, theo định lí Py-ta-go
AB = 4 cm.

Bài 4: viết P = (x − 2)² + 3 ≥ 3, dấu bằng xảy ra khi x = 2, vậy giá trị nhỏ nhất của P là 3
(0,5 điểm).
"""),
            ),
        ),
    ),
    DocText(
        child="Đề thi",
        file_name="de-kiem-tra-giua-ki-2-ngu-van-lop-8.pdf",
        title="Đề kiểm tra giữa học kì II môn Ngữ văn lớp 8",
        author="Tổ Ngữ văn",
        subheading="Thời gian làm bài: 90 phút, không kể thời gian phát đề",
        pages=2,
        numbering="",
        summary=(
            "Đề kiểm tra giữa học kì II môn Ngữ văn lớp 8 đánh giá kĩ năng đọc hiểu một văn bản "
            "tự sự ngắn và kĩ năng viết bài văn nghị luận về văn hoá đọc của học sinh."
        ),
        keyphrases=("đọc hiểu văn bản", "bài văn nghị luận", "văn hoá đọc"),
        sections=(
            Section(
                "Phần I. Đọc hiểu (4,0 điểm)",
                entries("""
Đọc đoạn văn sau và trả lời các câu hỏi:

Mỗi sáng, bà tôi dậy từ khi trời còn tối, lặng lẽ ra vườn tưới mấy luống rau cải. Bà bảo
cây cũng như người, được chăm chút thì mới lớn khôn. Năm tôi lên mười, bà giao cho tôi một
luống nhỏ ở góc vườn. Tôi hăng hái được vài hôm rồi bỏ mặc, đến khi thấy những cây cải vàng
úa, tôi mới hiểu lời bà dặn chẳng phải chuyện riêng của khu vườn.
"""),
                entries("""
Câu 1 (0,5 điểm). Xác định phương thức biểu đạt chính của đoạn văn.

Câu 2 (0,5 điểm). Người kể chuyện trong đoạn văn là ai?

Câu 3 (1,0 điểm). Tìm một câu ghép trong đoạn văn và chỉ ra quan hệ giữa các vế câu.

Câu 4 (1,0 điểm). Em hiểu thế nào về lời bà: cây cũng như người, được chăm chút thì mới lớn
khôn?

Câu 5 (1,0 điểm). Từ đoạn văn, hãy rút ra một bài học cho bản thân và trình bày trong khoảng
năm đến bảy dòng.
"""),
            ),
            Section(
                "Phần II. Viết (6,0 điểm)",
                entries("""
Viết bài văn nghị luận trình bày suy nghĩ của em về vai trò của việc đọc sách đối với học sinh
trong thời đại công nghệ số.

Yêu cầu: bài viết có bố cục rõ ràng, luận điểm xác đáng, dẫn chứng tiêu biểu, diễn đạt mạch
lạc, không mắc lỗi chính tả và ngữ pháp.
"""),
            ),
        ),
    ),
    DocText(
        child="Đề thi",
        file_name="de-on-tap-vat-ly-11-dien-tich-dien-truong.pdf",
        title="Đề ôn tập Vật lý 11: Điện tích và điện trường",
        heading="ĐỀ ÔN TẬP VẬT LÝ 11: ĐIỆN TÍCH VÀ ĐIỆN TRƯỜNG",
        metadata_title="untitled",
        word_by_word=True,
        pages=4,
        numbering="",
        summary=(
            "Đề ôn tập Vật lý 11 chương điện tích và điện trường tóm tắt kiến thức trọng tâm về "
            "định luật Cu-lông, cường độ điện trường và công của lực điện, kèm theo các bài tập "
            "tự luyện có đáp số."
        ),
        keyphrases=("định luật Cu-lông", "cường độ điện trường", "công của lực điện"),
        sections=(
            Section(
                "A. Tóm tắt lí thuyết",
                entries("""
Có hai loại điện tích là điện tích dương và điện tích âm. Các điện tích cùng dấu thì đẩy
nhau, các điện tích trái dấu thì hút nhau.

Định luật Cu-lông: lực tương tác giữa hai điện tích điểm đặt trong chân không có phương trùng
với đường thẳng nối hai điện tích, có độ lớn tỉ lệ thuận với tích độ lớn của hai điện tích và
tỉ lệ nghịch với bình phương khoảng cách giữa chúng.

Điện trường là môi trường vật chất bao quanh điện tích và tác dụng lực điện lên điện tích
khác đặt trong nó. Cường độ điện trường tại một điểm bằng thương số giữa lực điện tác dụng
lên điện tích thử đặt tại điểm đó và độ lớn của điện tích thử.

Công của lực điện làm điện tích di chuyển trong điện trường đều không phụ thuộc vào hình dạng
đường đi mà chỉ phụ thuộc vào vị trí điểm đầu và điểm cuối của đường đi.
"""),
            ),
            Section(
                "B. Bài tập tự luyện",
                (),
                entries("""
Bài 1. Hai điện tích điểm bằng nhau đặt cách nhau 3 cm trong chân không thì đẩy nhau một lực
0,1 N. Tính độ lớn của mỗi điện tích. Đáp số: 0,1 µC.

Bài 2. Một điện tích thử 2 nC đặt tại điểm M chịu tác dụng của lực điện 40 µN. Tính cường độ
điện trường tại M. Đáp số: 2.10⁴ V/m.

Bài 3. Khi khoảng cách giữa hai điện tích điểm tăng lên gấp đôi thì lực tương tác giữa chúng
thay đổi thế nào? Đáp số: giảm bốn lần.

Bài 4. Một điện tích 5 µC di chuyển theo chiều đường sức trong điện trường đều có cường độ
1000 V/m được quãng đường 2 cm. Tính công của lực điện. Đáp số: 100 µJ.

Bài 5. Vì sao có thể nói công của lực điện khi điện tích di chuyển theo một đường cong kín
trong điện trường đều bằng không?
"""),
            ),
        ),
    ),
    DocText(
        child="Giáo án",
        file_name="giao-an-dia-li-6-lop-vo-khi.pdf",
        title="Giáo án Địa lí 6: Lớp vỏ khí và các tầng khí quyển",
        pages=7,
        summary=(
            "Giáo án Địa lí lớp 6 bài lớp vỏ khí giúp học sinh biết thành phần của không khí, "
            "cấu tạo các tầng khí quyển và vai trò của lớp ô-dôn đối với sự sống trên Trái Đất. "
            "Bài dạy được thiết kế theo hướng phát triển năng lực với nhiều hoạt động nhóm."
        ),
        keyphrases=("lớp vỏ khí", "tầng đối lưu", "lớp ô-dôn", "thành phần không khí"),
        sections=(
            Section(
                "Mục tiêu bài học",
                entries("""
Về kiến thức, học sinh nêu được thành phần của không khí gồm khí ni-tơ chiếm khoảng 78%,
khí ô-xi chiếm khoảng 21% và hơi nước cùng các khí khác chiếm khoảng 1%. Học sinh trình bày
được đặc điểm của tầng đối lưu, tầng bình lưu và các tầng cao của khí quyển.

Về năng lực, học sinh biết khai thác hình vẽ các tầng khí quyển, hợp tác trong nhóm và trình
bày ý kiến trước lớp. Về phẩm chất, học sinh có ý thức bảo vệ bầu không khí trong lành.
"""),
            ),
            Section(
                "Tiến trình dạy học",
                entries("""
Giáo viên đặt câu hỏi vì sao các nhà leo núi phải mang theo bình ô-xi khi lên những đỉnh núi
rất cao, sau đó dẫn dắt vào bài mới.

Tầng đối lưu nằm sát mặt đất, dày khoảng 16 km ở vùng xích đạo và mỏng hơn ở vùng cực. Đây
là nơi tập trung phần lớn không khí và diễn ra các hiện tượng mây, mưa, sấm, chớp. Càng lên
cao, nhiệt độ trong tầng đối lưu càng giảm.

Tầng bình lưu nằm trên tầng đối lưu và có lớp ô-dôn. Lớp ô-dôn hấp thụ phần lớn tia tử ngoại
từ Mặt Trời, nhờ đó bảo vệ sự sống trên bề mặt Trái Đất.
"""),
                entries("""
Nhóm 1 và nhóm 2 tìm hiểu thành phần không khí qua biểu đồ hình tròn.

Nhóm 3 và nhóm 4 tìm hiểu đặc điểm của tầng đối lưu.

Nhóm 5 và nhóm 6 tìm hiểu vai trò của lớp ô-dôn và nguyên nhân làm suy giảm lớp ô-dôn.
"""),
            ),
        ),
        sentences=entries("""
Không khí chuyển động tạo thành gió, góp phần điều hoà nhiệt độ giữa các vùng trên Trái Đất.

Khói bụi từ nhà máy và phương tiện giao thông là nguồn gây ô nhiễm không khí phổ biến ở
các đô thị.

Học sinh quan sát hình vẽ các tầng khí quyển để so sánh độ cao và đặc điểm của từng tầng.

Hơi nước trong không khí tuy chiếm tỉ lệ nhỏ nhưng là nguồn gốc sinh ra mây và mưa.
"""),
    ),
    DocText(
        child="Giáo án",
        file_name="giao-an-tin-hoc-7-lam-quen-bang-tinh.pdf",
        title="Giáo án Tin học 7: Làm quen với phần mềm bảng tính",
        author="Nguyễn Thị Thu Hà",
        word_by_word=True,
        pages=6,
        summary=(
            "Giáo án Tin học lớp 7 bài làm quen với phần mềm bảng tính hướng dẫn học sinh nhận "
            "biết giao diện, ô, hàng, cột, cách nhập dữ liệu và sử dụng công thức đơn giản để "
            "tính toán trên trang tính."
        ),
        keyphrases=("phần mềm bảng tính", "trang tính", "công thức tính toán", "địa chỉ ô"),
        sections=(
            Section(
                "Mục tiêu bài học",
                entries("""
Học sinh nhận biết được các thành phần chính của cửa sổ phần mềm bảng tính như thanh công cụ,
thanh công thức, trang tính, hàng, cột và ô. Học sinh biết cách chọn ô, nhập và sửa dữ liệu,
lưu bảng tính vào máy tính.

Học sinh hiểu địa chỉ ô được tạo bởi tên cột và tên hàng, chẳng hạn ô B3 nằm ở cột B và hàng
thứ ba. Học sinh biết bắt đầu công thức bằng dấu bằng và dùng địa chỉ ô trong công thức.
"""),
            ),
            Section(
                "Hoạt động thực hành",
                entries("""
Giáo viên yêu cầu mỗi học sinh lập bảng điểm của năm bạn trong tổ gồm các cột họ tên, điểm
Toán, điểm Ngữ văn, điểm Tiếng Anh và điểm trung bình.

Học sinh nhập công thức tính điểm trung bình cho bạn đầu tiên, sau đó sao chép công thức cho
các bạn còn lại và quan sát sự thay đổi của địa chỉ ô trong công thức.
"""),
                entries("""
Bước 1: khởi động phần mềm bảng tính và tạo trang tính mới.

Bước 2: nhập tiêu đề cột ở hàng thứ nhất.

Bước 3: nhập dữ liệu cho từng bạn trong tổ.

Bước 4: nhập công thức ở cột điểm trung bình và kiểm tra kết quả.

Bước 5: lưu bảng tính với tên tệp theo hướng dẫn của giáo viên.
"""),
            ),
        ),
        sentences=entries("""
Bảng tính giúp người dùng sắp xếp, tính toán và trình bày dữ liệu dưới dạng bảng một cách
nhanh chóng.

Khi dữ liệu trong ô thay đổi, kết quả của công thức tham chiếu đến ô đó được cập nhật tự động.

Học sinh cần phân biệt dữ liệu số và dữ liệu văn bản vì chúng được căn lề khác nhau trong ô.

Việc đặt tên tệp rõ ràng giúp học sinh dễ dàng tìm lại bài làm trong những tiết học sau.
"""),
    ),
    DocText(
        child="Giáo án",
        file_name="giao-an-sinh-hoc-10-te-bao-nhan-thuc.pdf",
        title="Giáo án Sinh học 10: Cấu trúc tế bào nhân thực",
        pages=10,
        summary=(
            "Giáo án Sinh học lớp 10 bài cấu trúc tế bào nhân thực trình bày đặc điểm chung của "
            "tế bào nhân thực, cấu tạo và chức năng của nhân, ti thể, lục lạp, lưới nội chất, bộ "
            "máy Gôngi và màng sinh chất, đồng thời so sánh tế bào động vật với tế bào thực vật."
        ),
        keyphrases=("tế bào nhân thực", "màng sinh chất", "bào quan", "lưới nội chất"),
        sections=(
            Section(
                "Mục tiêu bài học",
                entries("""
Học sinh nêu được đặc điểm chung của tế bào nhân thực: có kích thước lớn hơn tế bào nhân sơ,
có nhân được bao bọc bởi màng nhân, tế bào chất có hệ thống nội màng và nhiều bào quan có
màng bao bọc.

Học sinh trình bày được cấu trúc và chức năng của các bào quan chính, từ đó thấy được mối
quan hệ giữa cấu trúc và chức năng trong tế bào.
"""),
            ),
            Section(
                "Nhân tế bào và ti thể",
                entries("""
Nhân tế bào được bao bọc bởi lớp màng kép, bên trong chứa chất nhiễm sắc gồm ADN liên kết với
prôtêin. Nhân là nơi lưu giữ thông tin di truyền và điều khiển mọi hoạt động sống của tế bào.

Ti thể có lớp màng kép, màng trong gấp nếp tạo thành các mào chứa nhiều enzim hô hấp. Ti thể
là nơi diễn ra quá trình hô hấp tế bào, cung cấp năng lượng cho các hoạt động sống.
"""),
            ),
            Section(
                "Lục lạp, lưới nội chất và bộ máy Gôngi",
                entries("""
Lục lạp chỉ có ở tế bào thực vật, chứa chất diệp lục và là nơi diễn ra quá trình quang hợp.

Lưới nội chất hạt có các ribôxôm bám trên bề mặt, làm nhiệm vụ tổng hợp prôtêin; lưới nội
chất trơn tham gia tổng hợp lipit và khử độc cho tế bào. Bộ máy Gôngi lắp ráp, đóng gói và
phân phối các sản phẩm của tế bào.
"""),
                entries("""
Tế bào thực vật có thành xenlulôzơ, có lục lạp và thường có không bào lớn.

Tế bào động vật không có thành xenlulôzơ và không có lục lạp.

Cả hai loại tế bào đều có nhân, ti thể, lưới nội chất, bộ máy Gôngi và màng sinh chất.
"""),
            ),
        ),
        sentences=entries("""
Màng sinh chất có cấu trúc khảm động, gồm lớp kép phôtpholipit xen kẽ các phân tử prôtêin.

Màng sinh chất có tính bán thấm, chỉ cho một số chất nhất định đi qua.

Học sinh quan sát hình vẽ cấu trúc tế bào để xác định vị trí của từng bào quan.

Mỗi bào quan đảm nhận một chức năng riêng nhưng chúng phối hợp nhịp nhàng với nhau.
"""),
    ),
    DocText(
        child="Sáng kiến kinh nghiệm",
        file_name="sang-kien-ren-ki-nang-doc-cho-hoc-sinh-lop-1.pdf",
        title="Một số biện pháp rèn kĩ năng đọc cho học sinh lớp 1",
        heading="MỘT SỐ BIỆN PHÁP RÈN KĨ NĂNG ĐỌC CHO HỌC SINH LỚP 1",
        metadata_title=None,
        author="Phạm Thị Hoa",
        pages=14,
        summary=(
            "Sáng kiến kinh nghiệm trình bày một số biện pháp rèn kĩ năng đọc cho học sinh lớp 1 "
            "đã được áp dụng tại trường tiểu học, giúp các em đọc đúng, đọc trơn và hiểu nội "
            "dung bài đọc. Sau một năm thực hiện, tỉ lệ học sinh đọc tốt tăng lên đáng kể."
        ),
        keyphrases=("kĩ năng đọc", "học sinh lớp 1", "đọc trơn", "phát âm chuẩn"),
        sections=(
            Section(
                "Lí do chọn đề tài",
                entries("""
Đọc là kĩ năng nền tảng giúp học sinh lớp 1 học tốt tất cả các môn học khác. Nếu không đọc
thành thạo, các em sẽ gặp nhiều khó khăn khi lên những lớp trên.

Thực tế ở lớp tôi chủ nhiệm cho thấy nhiều em còn đọc chậm, đánh vần lâu, phát âm lẫn lộn
giữa các phụ âm đầu l và n, hoặc bỏ sót dấu thanh khi đọc.
"""),
            ),
            Section(
                "Các biện pháp đã thực hiện",
                entries("""
Biện pháp thứ nhất là luyện phát âm chuẩn ngay từ những bài học âm đầu tiên. Giáo viên phát
âm mẫu chậm, rõ ràng, yêu cầu học sinh quan sát khẩu hình và đọc theo.

Biện pháp thứ hai là tổ chức trò chơi học tập như ghép tiếng, tìm tiếng có vần vừa học, thi
đọc tiếp sức giữa các tổ. Trò chơi giúp các em hứng thú và nhớ bài lâu hơn.

Biện pháp thứ ba là xây dựng góc thư viện lớp học với những cuốn truyện tranh ngắn, chữ to
để học sinh đọc trong giờ ra chơi.
"""),
                entries("""
Luyện đọc cá nhân kết hợp với đọc theo nhóm đôi.

Kiểm tra đọc hằng tuần và ghi nhận sự tiến bộ vào sổ theo dõi.

Phối hợp với phụ huynh để các em đọc bài ở nhà mỗi tối.
"""),
            ),
        ),
        sentences=entries("""
Học sinh lớp 1 mới chuyển từ hoạt động vui chơi sang hoạt động học tập nên khả năng tập
trung còn hạn chế.

Những em phát âm sai do ảnh hưởng của phương ngữ cần được sửa kiên trì và nhẹ nhàng.

Sau mỗi tháng, tôi tổ chức một buổi đọc truyện để các em tự tin đọc trước cả lớp.

Cuối năm học, phần lớn học sinh trong lớp đã đọc trơn, đọc rõ ràng và trả lời được câu hỏi
về nội dung bài đọc.
"""),
    ),
    DocText(
        child="Sáng kiến kinh nghiệm",
        file_name="giai-phap-cong-tac-chu-nhiem-lop-thcs.pdf",
        title=(
            "Một số giải pháp nâng cao hiệu quả công tác chủ nhiệm lớp ở trường trung học cơ sở"
        ),
        metadata_title="Microsoft Word - SKKN chu nhiem 2023.docx",
        author="Trần Văn Minh",
        pages=12,
        summary=(
            "Đề tài đề xuất một số giải pháp nâng cao hiệu quả công tác chủ nhiệm lớp ở trường "
            "trung học cơ sở, tập trung vào xây dựng tập thể lớp tự quản, phối hợp với cha mẹ "
            "học sinh và giáo dục kĩ năng sống cho học sinh tuổi mới lớn."
        ),
        keyphrases=("công tác chủ nhiệm lớp", "tập thể lớp tự quản", "giáo dục kĩ năng sống"),
        sections=(
            Section(
                "Thực trạng của vấn đề",
                entries("""
Học sinh trung học cơ sở đang ở lứa tuổi có nhiều thay đổi về tâm lí, dễ bị lôi kéo bởi
những tác động tiêu cực từ bạn bè và mạng xã hội.

Nhiều giáo viên chủ nhiệm còn dành phần lớn thời gian cho việc nhắc nhở nề nếp mà chưa chú
trọng xây dựng đội ngũ cán bộ lớp có năng lực tự quản.
"""),
            ),
            Section(
                "Các biện pháp đã thực hiện",
                entries("""
Giải pháp thứ nhất là xây dựng đội ngũ cán bộ lớp thông qua bầu cử dân chủ và luân phiên
nhiệm vụ để nhiều học sinh được rèn luyện kĩ năng lãnh đạo.

Giải pháp thứ hai là tổ chức giờ sinh hoạt lớp theo chủ đề, để học sinh tự điều hành, tự
đánh giá và đề ra phương hướng cho tuần tiếp theo.

Giải pháp thứ ba là duy trì liên lạc thường xuyên với cha mẹ học sinh, kịp thời chia sẻ cả
những tiến bộ nhỏ chứ không chỉ thông báo khi học sinh vi phạm.
"""),
            ),
        ),
        sentences=entries("""
Giờ sinh hoạt lớp không nên chỉ là buổi phê bình mà cần trở thành diễn đàn để học sinh bày
tỏ suy nghĩ.

Giáo viên chủ nhiệm là người gần gũi nhất, có thể phát hiện sớm những thay đổi bất thường ở
học sinh.

Một tập thể lớp đoàn kết sẽ giúp mỗi thành viên cảm thấy an toàn và gắn bó với trường lớp.

Hoạt động trải nghiệm ngoài giờ lên lớp là cơ hội tốt để giáo dục kĩ năng sống cho học sinh.
"""),
    ),
)
