"""Authored content for the parent category "Văn hoá xã hội": history, culture, politics."""

from thuvien.demo.texts.model import DocText, Pool, Section, entries

PARENT = "Văn hoá xã hội"

# Sentences that carry a document's own key phrase ({k}); key phrases are historical or
# cultural subjects.
TEMPLATES = entries("""
Tìm hiểu về {k} giúp thế hệ trẻ thêm hiểu và trân trọng truyền thống của dân tộc.

Nhiều nhà nghiên cứu đã dành nhiều năm để tìm hiểu về {k}.

Những bài học rút ra từ {k} vẫn còn nguyên giá trị trong bối cảnh ngày nay.

Tư liệu về {k} được lưu giữ trong nhiều bảo tàng và thư viện trên cả nước.

Các trường học thường tổ chức hoạt động ngoại khoá để học sinh tìm hiểu thêm về {k}.

Báo chí và truyền hình đã có nhiều chương trình giới thiệu về {k}.

Các hội thảo khoa học gần đây đã làm sáng tỏ thêm nhiều khía cạnh của {k}.

Khách tham quan luôn dành sự quan tâm đặc biệt cho những tư liệu về {k}.

Nhiều tác phẩm văn học, nghệ thuật đã lấy cảm hứng từ {k}.
""")

POOLS = {
    "Lịch sử": Pool(
        sentences=entries("""
Lịch sử dân tộc Việt Nam gắn liền với truyền thống dựng nước và giữ nước.

Các sử liệu cổ cho biết nhiều chi tiết quý về đời sống của người dân thời bấy giờ.

Tinh thần đoàn kết toàn dân là nhân tố quyết định thắng lợi trong nhiều cuộc kháng chiến.

Việc dạy học lịch sử cần gắn với tham quan di tích và tư liệu thực tế.

Những câu chuyện về các anh hùng dân tộc được lưu truyền qua nhiều thế hệ.

Nhân dân lập đền thờ để tưởng nhớ công lao của những người có công với đất nước.

Mỗi sự kiện lịch sử cần được xem xét trong bối cảnh cụ thể của thời đại.

Bài học về lòng yêu nước và ý chí tự lực tự cường vẫn còn nguyên giá trị.

Nhiều lễ hội truyền thống được tổ chức hằng năm để tưởng nhớ các sự kiện lịch sử.

Tư liệu lịch sử cần được đối chiếu từ nhiều nguồn để bảo đảm tính chính xác.

Các bảo tàng lưu giữ nhiều hiện vật, hình ảnh quý về những giai đoạn lịch sử quan trọng.

Thế hệ trẻ có trách nhiệm gìn giữ và phát huy những giá trị mà cha ông để lại.

Nghiên cứu lịch sử địa phương góp phần làm phong phú thêm bức tranh lịch sử dân tộc.

Nghệ thuật quân sự của cha ông thể hiện sự sáng tạo trong việc lấy ít địch nhiều.

Tài liệu giáo khoa và sách tham khảo đều dành nhiều trang cho giai đoạn lịch sử này.

Những trang sử hào hùng luôn là nguồn cảm hứng cho văn học và nghệ thuật.

Các cuộc khởi nghĩa và kháng chiến đều nhận được sự ủng hộ rộng rãi của nhân dân.

Địa hình hiểm trở đã được cha ông ta khai thác khéo léo để chống lại kẻ thù mạnh hơn.

Hậu phương vững chắc là điều kiện quan trọng để tiền tuyến giành thắng lợi.

Sử sách ghi lại nhiều tấm gương hi sinh anh dũng vì độc lập của dân tộc.

Các nhà nghiên cứu vẫn tiếp tục tìm kiếm tư liệu mới để làm rõ những chi tiết chưa sáng tỏ.

Di tích chiến trường xưa ngày nay đã trở thành điểm tham quan, giáo dục truyền thống.

Bài học lịch sử giúp các thế hệ sau hiểu rõ giá trị của hoà bình.
"""),
        headings=entries("""
Bối cảnh lịch sử

Diễn biến chính

Kết quả

Nguyên nhân thắng lợi

Ý nghĩa lịch sử

Bài học kinh nghiệm

Kết luận
"""),
        items=entries("""
Sự lãnh đạo sáng suốt và quyết đoán.

Tinh thần chiến đấu dũng cảm của quân và dân.

Sự chuẩn bị chu đáo về lực lượng và hậu cần.

Cách đánh sáng tạo, phù hợp với địa hình.

Sự ủng hộ rộng rãi của nhân dân.
"""),
    ),
    "Văn hoá": Pool(
        sentences=entries("""
Văn hoá truyền thống là sợi dây gắn kết các thế hệ trong gia đình và cộng đồng.

Nhiều phong tục đẹp vẫn được gìn giữ dù nhịp sống hiện đại đã thay đổi nhiều.

Du lịch văn hoá mang lại nguồn thu đáng kể nhưng cũng đặt ra yêu cầu bảo tồn nghiêm ngặt.

Nghệ nhân dân gian là những người lưu giữ và truyền dạy tinh hoa của nghề truyền thống.

Sự thương mại hoá quá mức có thể làm mất đi bản sắc vốn có của lễ hội.

Người trẻ ngày càng quan tâm hơn đến trang phục, âm nhạc và ẩm thực truyền thống.

Mỗi vùng miền có những nét riêng trong phong tục, tạo nên sự đa dạng của văn hoá Việt Nam.

Công nghệ số giúp lưu giữ và quảng bá di sản văn hoá đến bạn bè quốc tế.

Chính quyền và cộng đồng cần cùng chung tay bảo vệ di sản.

Giá trị của di sản không chỉ nằm ở hình thức mà còn ở ý nghĩa tinh thần bên trong.

Các lớp truyền dạy cho thanh thiếu niên góp phần duy trì những nghề sắp bị mai một.

Du khách nên tìm hiểu phong tục địa phương để có cách ứng xử phù hợp.

Văn hoá ẩm thực là một phần quan trọng tạo nên sức hấp dẫn của mỗi vùng đất.

Nhiều gia đình vẫn giữ nếp sum họp vào những dịp lễ, tết quan trọng.

Bảo tồn di sản phải gắn với cải thiện đời sống của người dân địa phương.

Lễ hội truyền thống là dịp để cộng đồng gặp gỡ, giao lưu và thắt chặt tình làng nghĩa xóm.

Nhiều làng nghề thủ công đã tồn tại hàng trăm năm và trở thành niềm tự hào của địa phương.

Trang phục truyền thống thường xuất hiện trong các dịp lễ trọng của gia đình và cộng đồng.

Những làn điệu dân ca được truyền từ đời này sang đời khác qua lối hát truyền miệng.

Không gian văn hoá làng quê Việt gắn liền với cây đa, giếng nước, sân đình.

Mỗi di sản là một kho tư liệu sống về lịch sử và đời sống của cư dân trong vùng.

Bảo tàng và nhà văn hoá là nơi lưu giữ, giới thiệu các hiện vật văn hoá tiêu biểu.

Giao lưu văn hoá giúp người Việt hiểu thêm về bạn bè quốc tế và ngược lại.
"""),
        headings=entries("""
Nguồn gốc

Đặc điểm

Giá trị văn hoá

Thực trạng bảo tồn

Giải pháp bảo tồn và phát huy

Kết luận
"""),
        items=entries("""
Kiểm kê và lập hồ sơ di sản.

Hỗ trợ nghệ nhân truyền dạy nghề.

Đưa nội dung di sản vào trường học.

Quảng bá di sản trên nền tảng số.

Quy hoạch du lịch gắn với bảo tồn.
"""),
    ),
    "Chính trị": Pool(
        sentences=entries("""
Chi bộ là hạt nhân chính trị ở cơ sở, nơi trực tiếp gắn bó với quần chúng nhân dân.

Sinh hoạt chi bộ định kì cần có nội dung thiết thực, tránh hình thức, chung chung.

Đảng viên phải gương mẫu trong công tác và đời sống, gần dân, hiểu dân và có trách nhiệm với
dân.

Tự phê bình và phê bình là cách thiết thực để xây dựng tổ chức đảng trong sạch, vững mạnh.

Bí thư chi bộ cần chuẩn bị kĩ nội dung trước mỗi buổi sinh hoạt.

Những vấn đề dân sinh bức xúc ở địa phương nên được đưa ra thảo luận trong sinh hoạt chi bộ.

Việc phân công nhiệm vụ cụ thể cho từng đảng viên giúp nâng cao tinh thần trách nhiệm.

Công tác phát triển đảng viên mới cần chú trọng đến đoàn viên thanh niên ưu tú.

Kiểm tra, giám sát thường xuyên giúp phát hiện sớm và ngăn chặn vi phạm.

Mối quan hệ mật thiết giữa chi bộ và nhân dân là nền tảng để thực hiện thắng lợi các nhiệm
vụ ở cơ sở.

Ở vùng nông thôn, nhiều đảng viên đã cao tuổi nên việc trẻ hoá đội ngũ là yêu cầu cấp thiết.

Nghị quyết của chi bộ cần ngắn gọn, dễ hiểu và dễ kiểm tra việc thực hiện.

Sinh hoạt chuyên đề giúp đảng viên nâng cao hiểu biết về những lĩnh vực cụ thể như kinh tế,
văn hoá, xã hội.

Kết quả thực hiện nghị quyết được đánh giá công khai trong các kì sinh hoạt tiếp theo.

Biên bản sinh hoạt chi bộ cần ghi đầy đủ, trung thực các ý kiến phát biểu.

Đảng viên được phân công theo dõi, giúp đỡ các hộ gia đình trong khu dân cư.

Việc lắng nghe ý kiến của nhân dân giúp chi bộ kịp thời điều chỉnh chủ trương cho phù hợp.

Chi bộ cần động viên, khen thưởng kịp thời những đảng viên hoàn thành xuất sắc nhiệm vụ.

Các đoàn thể chính trị - xã hội là cầu nối quan trọng giữa chi bộ và quần chúng.

Đảng viên cao tuổi có nhiều kinh nghiệm quý cần được phát huy trong sinh hoạt chi bộ.
"""),
        headings=entries("""
Đặt vấn đề

Thực trạng sinh hoạt chi bộ

Nguyên nhân của hạn chế

Giải pháp nâng cao chất lượng

Kết luận
"""),
        items=entries("""
Chuẩn bị nội dung sinh hoạt trước ít nhất ba ngày.

Lựa chọn chuyên đề gắn với nhiệm vụ của địa phương.

Khuyến khích đảng viên trẻ phát biểu ý kiến.

Theo dõi, đánh giá việc thực hiện nghị quyết hằng tháng.
"""),
        templates=entries("""
Nhiều ý kiến cho rằng {k} cần được đổi mới cả về nội dung và phương thức.

Kết quả khảo sát cho thấy {k} ở nhiều nơi vẫn còn biểu hiện hình thức.

Cấp uỷ cấp trên cần thường xuyên hướng dẫn, kiểm tra {k} ở cơ sở.

Kinh nghiệm thực tiễn cho thấy {k} chỉ thật sự hiệu quả khi gắn với nhiệm vụ chính trị của
địa phương.
"""),
    ),
}

DOCUMENTS = (
    DocText(
        child="Lịch sử",
        file_name="chien-thang-dien-bien-phu-nam-1954.pdf",
        title="Chiến thắng Điện Biên Phủ năm 1954 và ý nghĩa lịch sử",
        author="Nguyễn Quang Huy",
        pages=12,
        summary=(
            "Bài viết trình bày bối cảnh, diễn biến và ý nghĩa lịch sử của chiến dịch Điện Biên "
            "Phủ năm 1954, trận quyết chiến chiến lược kết thúc thắng lợi cuộc kháng chiến chống "
            "thực dân Pháp và dẫn tới việc kí kết Hiệp định Giơ-ne-vơ."
        ),
        keyphrases=(
            "chiến dịch Điện Biên Phủ",
            "kháng chiến chống thực dân Pháp",
            "Hiệp định Giơ-ne-vơ",
        ),
        sections=(
            Section(
                "Bối cảnh lịch sử",
                entries("""
Cuối năm 1953, thực dân Pháp xây dựng Điện Biên Phủ thành tập đoàn cứ điểm mạnh nhất Đông
Dương, với hi vọng thu hút và tiêu diệt chủ lực của ta. Bộ Chính trị quyết định mở chiến
dịch Điện Biên Phủ nhằm tiêu diệt lực lượng địch và giải phóng vùng Tây Bắc.

Đại tướng Võ Nguyên Giáp được giao trực tiếp chỉ huy chiến dịch. Phương châm tác chiến được
chuyển từ đánh nhanh thắng nhanh sang đánh chắc tiến chắc sau khi cân nhắc kĩ tình hình.
"""),
            ),
            Section(
                "Diễn biến chính",
                entries("""
Chiến dịch bắt đầu ngày 13 tháng 3 năm 1954 và kéo dài năm mươi sáu ngày đêm. Trong đợt một,
quân ta tiêu diệt các cứ điểm Him Lam và Độc Lập, mở cánh cửa phía bắc. Đợt hai diễn ra
cuộc chiến đấu giằng co quyết liệt tại các điểm cao phía đông, trong đó có đồi A1.

Đợt ba, quân ta tổng công kích. Chiều ngày 7 tháng 5 năm 1954, sở chỉ huy của tập đoàn cứ
điểm bị đánh chiếm, toàn bộ quân địch tại Điện Biên Phủ bị tiêu diệt hoặc bắt sống.
"""),
            ),
        ),
        sentences=entries("""
Hàng vạn dân công đã vận chuyển lương thực, vũ khí ra mặt trận bằng xe đạp thồ và gánh bộ.

Việc kéo pháo vào trận địa qua những con đường núi hiểm trở là một kì tích của bộ đội ta.

Hệ thống giao thông hào được đào sát đến các cứ điểm giúp bộ đội tiếp cận địch an toàn hơn.

Thắng lợi ở Điện Biên Phủ đã cổ vũ mạnh mẽ phong trào giải phóng dân tộc trên thế giới.
"""),
    ),
    DocText(
        child="Lịch sử",
        file_name="khoi-nghia-hai-ba-trung.pdf",
        title="Khởi nghĩa Hai Bà Trưng năm 40",
        heading="KHỞI NGHĨA HAI BÀ TRƯNG NĂM 40",
        metadata_title=None,
        word_by_word=True,
        pages=3,
        summary=(
            "Tài liệu tóm tắt nguyên nhân, diễn biến và ý nghĩa của cuộc khởi nghĩa Hai Bà Trưng "
            "năm 40, cuộc khởi nghĩa lớn đầu tiên của nhân dân ta chống ách đô hộ của nhà Đông "
            "Hán, thể hiện vai trò to lớn của người phụ nữ Việt Nam."
        ),
        keyphrases=("khởi nghĩa Hai Bà Trưng", "ách đô hộ", "nhà Đông Hán"),
        sections=(
            Section(
                "Diễn biến chính",
                entries("""
Mùa xuân năm 40, Trưng Trắc và Trưng Nhị phất cờ khởi nghĩa ở Mê Linh. Nghĩa quân nhanh
chóng làm chủ nhiều quận huyện, quan lại đô hộ phải bỏ chạy. Trưng Trắc được suy tôn làm
vua, đóng đô ở Mê Linh.

Năm 42, nhà Hán sai Mã Viện đem quân sang đàn áp. Hai Bà chỉ huy nghĩa quân chiến đấu anh
dũng, nhưng do lực lượng chênh lệch, cuộc kháng chiến thất bại vào năm 43.
"""),
            ),
        ),
    ),
    DocText(
        child="Lịch sử",
        file_name="chien-thang-bach-dang-nam-938.pdf",
        title="Chiến thắng Bạch Đằng năm 938 của Ngô Quyền",
        author="Lê Thị Thanh Tâm",
        pages=5,
        summary=(
            "Bài viết phân tích chiến thắng Bạch Đằng năm 938, khi Ngô Quyền lợi dụng thuỷ triều "
            "và bãi cọc ngầm để đánh tan quân Nam Hán, chấm dứt hơn một nghìn năm Bắc thuộc và "
            "mở ra thời kì độc lập lâu dài của dân tộc."
        ),
        keyphrases=("chiến thắng Bạch Đằng", "trận địa cọc ngầm", "thời kì Bắc thuộc"),
        sections=(
            Section(
                "Diễn biến chính",
                entries("""
Biết quân Nam Hán sẽ tiến vào nước ta theo đường sông Bạch Đằng, Ngô Quyền cho quân đóng cọc
gỗ đầu bịt sắt nhọn xuống lòng sông ở gần cửa biển. Khi nước triều lên, bãi cọc bị che
khuất; thuyền nhẹ của ta ra khiêu chiến rồi giả thua để nhử địch vào trận địa.

Lúc nước triều rút, quân ta đổ ra đánh quyết liệt. Thuyền địch bị cọc đâm thủng, nhiều chiếc
bị đắm, quân Nam Hán thua to.
"""),
            ),
        ),
        sentences=entries("""
Năm 939, Ngô Quyền xưng vương và chọn Cổ Loa làm kinh đô.

Cách đánh dựa vào quy luật thuỷ triều về sau còn được vận dụng trong nhiều trận đánh khác
trên sông Bạch Đằng.
"""),
    ),
    DocText(
        child="Văn hoá",
        file_name="tet-nguyen-dan-trong-doi-song-nguoi-viet.pdf",
        title="Tết Nguyên đán trong đời sống văn hoá của người Việt",
        metadata_title="Microsoft Word - Document1",
        word_by_word=True,
        pages=6,
        summary=(
            "Bài viết tìm hiểu những phong tục tiêu biểu của Tết Nguyên đán như dọn dẹp nhà cửa, "
            "cúng ông Công ông Táo, gói bánh chưng, chúc Tết và lì xì, qua đó làm rõ ý nghĩa sum "
            "họp gia đình và những thay đổi của ngày Tết trong đời sống hiện đại."
        ),
        keyphrases=("Tết Nguyên đán", "phong tục ngày Tết", "Tết cổ truyền"),
        sections=(
            Section(
                "Đặc điểm",
                entries("""
Tết Nguyên đán là dịp lễ quan trọng nhất trong năm của người Việt, bắt đầu từ ngày mùng một
tháng Giêng âm lịch. Từ ngày hai mươi ba tháng Chạp, nhiều gia đình làm lễ tiễn ông Công ông
Táo, rồi dọn dẹp, trang trí nhà cửa để đón năm mới.

Bánh chưng, bánh tét, dưa hành, giò chả là những món ăn quen thuộc trên mâm cỗ ngày Tết.
Sáng mùng một, con cháu chúc Tết ông bà, cha mẹ và nhận những phong bao lì xì lấy may.
"""),
            ),
        ),
        sentences=entries("""
Dù làm ăn xa, nhiều người vẫn cố gắng trở về quê để kịp đón giao thừa cùng gia đình.

Cây đào ở miền Bắc và cây mai ở miền Nam là biểu tượng quen thuộc của mùa xuân.

Ngày nay, nhiều gia đình trẻ chọn cách đón Tết giản tiện hơn nhưng vẫn giữ những nét cốt lõi.
"""),
    ),
    DocText(
        child="Văn hoá",
        file_name="nghe-thuat-mua-roi-nuoc.pdf",
        title="Nghệ thuật múa rối nước truyền thống",
        pages=5,
        summary=(
            "Tài liệu giới thiệu nguồn gốc, đặc điểm biểu diễn và giá trị văn hoá của nghệ thuật "
            "múa rối nước, loại hình sân khấu dân gian gắn với nền văn minh lúa nước của vùng "
            "đồng bằng Bắc Bộ, cùng những giải pháp bảo tồn trong thời kì mới."
        ),
        keyphrases=("múa rối nước", "sân khấu dân gian", "văn minh lúa nước"),
        sections=(
            Section(
                "Nguồn gốc",
                entries("""
Múa rối nước ra đời từ đời sống của cư dân trồng lúa nước ở đồng bằng sông Hồng. Mặt ao, mặt
hồ trở thành sân khấu, còn nhà thuỷ đình là nơi các nghệ nhân đứng sau bức mành điều khiển
con rối.
"""),
            ),
            Section(
                "Đặc điểm",
                entries("""
Con rối được tạc từ gỗ, sơn nhiều màu và điều khiển bằng sào hoặc dây giấu dưới mặt nước.
Các tích trò thường tái hiện cảnh cày cấy, chăn trâu, đánh cá, rước kiệu, với nhân vật chú
Tễu vui tính dẫn dắt câu chuyện.
"""),
            ),
        ),
    ),
    DocText(
        child="Văn hoá",
        file_name="pho-co-hoi-an-gia-tri-di-san.pdf",
        title="Phố cổ Hội An: lịch sử hình thành và giá trị di sản",
        author="Trần Minh Châu",
        pages=8,
        summary=(
            "Bài viết giới thiệu quá trình hình thành thương cảng Hội An, những nét kiến trúc "
            "độc đáo của khu phố cổ và giá trị của di sản văn hoá thế giới này, đồng thời nêu ra "
            "những thách thức trong việc bảo tồn di sản gắn với phát triển du lịch."
        ),
        keyphrases=("phố cổ Hội An", "di sản văn hoá thế giới", "kiến trúc cổ", "thương cảng"),
        sections=(
            Section(
                "Nguồn gốc",
                entries("""
Vào thế kỉ mười sáu và mười bảy, Hội An là thương cảng sầm uất, nơi thương nhân Nhật Bản,
Trung Hoa và phương Tây đến buôn bán. Dấu ấn giao thoa văn hoá ấy còn lưu lại trong kiến trúc
nhà cửa, hội quán và chùa chiền.

Năm 1999, khu phố cổ Hội An được UNESCO công nhận là di sản văn hoá thế giới.
"""),
            ),
        ),
        sentences=entries("""
Những ngôi nhà gỗ mái ngói âm dương nằm san sát dọc các con phố nhỏ.

Chùa Cầu là công trình tiêu biểu, thường được xem là biểu tượng của Hội An.

Đêm phố cổ với những chiếc đèn lồng nhiều màu thu hút đông đảo du khách.
"""),
    ),
    DocText(
        child="Chính trị",
        file_name="nang-cao-chat-luong-sinh-hoat-chi-bo-nong-thon.pdf",
        title="Nâng cao chất lượng sinh hoạt chi bộ nông thôn qua thực tiễn ở xã Thanh Bình",
        heading="NÂNG CAO CHẤT LƯỢNG SINH HOẠT CHI BỘ NÔNG THÔN QUA THỰC TIỄN Ở XÃ THANH BÌNH",
        metadata_title=None,
        pages=10,
        summary=(
            "Bài viết tổng kết kinh nghiệm nâng cao chất lượng sinh hoạt chi bộ ở các thôn của "
            "một xã nông thôn, từ việc đổi mới nội dung sinh hoạt, phát huy vai trò của bí thư "
            "chi bộ đến tăng cường kiểm tra, giám sát việc thực hiện nghị quyết."
        ),
        keyphrases=("sinh hoạt chi bộ", "công tác xây dựng đảng", "công tác kiểm tra, giám sát"),
        sections=(
            Section(
                "Thực trạng sinh hoạt chi bộ",
                entries("""
Trước đây, nhiều buổi sinh hoạt chi bộ ở các thôn chủ yếu là thông báo văn bản của cấp trên,
ít thảo luận những vấn đề cụ thể của địa phương. Một số đảng viên tham dự chưa đầy đủ, ngại
phát biểu ý kiến.

Từ khi đổi mới cách chuẩn bị và điều hành, các buổi sinh hoạt đã tập trung vào những việc
thiết thực như làm đường giao thông nông thôn, chuyển đổi cây trồng và giữ gìn an ninh trật
tự.
"""),
            ),
        ),
    ),
)
