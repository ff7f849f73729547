"""Authored content for the parent category "Nông nghiệp": crop growing and animal husbandry."""

from thuvien.demo.texts.model import DocText, Pool, Section, entries

PARENT = "Nông nghiệp"

# Sentences that carry a document's own key phrase ({k}); key phrases are farming practices.
TEMPLATES = entries("""
Nhiều hộ nông dân đã thay đổi cách làm sau khi được tập huấn về {k}.

Cán bộ khuyến nông thường xuyên xuống tận nơi hướng dẫn bà con về {k}.

Chi phí đầu tư cho {k} sẽ được bù lại bằng năng suất và chất lượng sản phẩm.

Kinh nghiệm của nhiều địa phương cho thấy làm tốt {k} mang lại hiệu quả kinh tế rõ rệt.

Những sai sót trong {k} thường chỉ bộc lộ khi đã gây thiệt hại lớn.

Các hợp tác xã đã tổ chức nhiều buổi trao đổi kinh nghiệm về {k} cho xã viên.

Trong điều kiện thời tiết ngày càng thất thường, {k} càng cần được quan tâm đúng mức.

Các tài liệu hướng dẫn về {k} được phát miễn phí tại trạm khuyến nông.

Hội nông dân xã thường tổ chức cho bà con tham quan những mô hình tiêu biểu về {k}.
""")

POOLS = {
    "Trồng trọt": Pool(
        sentences=entries("""
Đất trồng cần được cày xới, làm sạch cỏ dại và bón lót phân hữu cơ hoai mục.

Giống tốt, sạch bệnh là yếu tố đầu tiên quyết định năng suất cây trồng.

Tưới nước đúng lúc, đủ lượng giúp cây sinh trưởng khoẻ và tiết kiệm nguồn nước.

Bón phân cân đối giữa đạm, lân và kali giúp cây phát triển hài hoà.

Phun thuốc bảo vệ thực vật phải bảo đảm thời gian cách li trước khi thu hoạch.

Biện pháp quản lý dịch hại tổng hợp giúp giảm lượng thuốc hoá học phải sử dụng.

Ghi chép nhật kí sản xuất là yêu cầu bắt buộc khi sản xuất theo tiêu chuẩn VietGAP.

Cỏ dại cạnh tranh dinh dưỡng và là nơi trú ngụ của nhiều loại sâu bệnh.

Tỉa cành, tạo tán giúp cây thông thoáng, hạn chế nấm bệnh phát triển.

Hệ thống tưới nhỏ giọt tiết kiệm nước và phân bón so với cách tưới truyền thống.

Thu hoạch đúng độ chín giúp sản phẩm đạt chất lượng tốt nhất.

Luân canh cây trồng giúp cải tạo đất và cắt đứt vòng đời của sâu bệnh.

Vỏ bao bì thuốc bảo vệ thực vật phải được thu gom vào nơi quy định.

Thời tiết bất thường đòi hỏi người trồng phải theo dõi đồng ruộng thường xuyên hơn.

Liên kết với doanh nghiệp bao tiêu giúp nông dân yên tâm đầu tư sản xuất.

Đất bị chua cần được bón vôi để cải tạo trước khi trồng.

Phân chuồng phải được ủ hoai để tiêu diệt mầm bệnh và hạt cỏ dại.

Che phủ gốc bằng rơm rạ giúp giữ ẩm và hạn chế cỏ dại.

Thiên địch như bọ rùa, ong kí sinh giúp kiểm soát sâu hại một cách tự nhiên.

Thời vụ gieo trồng hợp lí giúp cây tránh được những đợt rét đậm hoặc nắng hạn.

Sản phẩm sau thu hoạch cần được sơ chế và bảo quản đúng cách để giảm hao hụt.

Mô hình cánh đồng lớn giúp áp dụng cơ giới hoá và giảm chi phí sản xuất.

Người trồng nên ghi lại lượng phân bón và thời điểm bón cho từng lô.
"""),
        headings=entries("""
Yêu cầu về đất và khí hậu

Chọn giống

Chuẩn bị đất và trồng

Chăm sóc và bón phân

Phòng trừ sâu bệnh

Thu hoạch và bảo quản

Hiệu quả kinh tế
"""),
        items=entries("""
Chọn giống sạch bệnh, có nguồn gốc rõ ràng.

Bón lót phân hữu cơ trước khi trồng.

Tưới nước giữ ẩm thường xuyên.

Thăm đồng để phát hiện sâu bệnh sớm.

Ghi nhật kí sản xuất đầy đủ.

Thu hoạch đúng thời điểm.
"""),
    ),
    "Chăn nuôi": Pool(
        sentences=entries("""
Chuồng trại phải cao ráo, thoáng mát về mùa hè và kín gió về mùa đông.

Thức ăn và nước uống phải sạch, không bị ôi thiu hay nấm mốc.

Tiêm phòng vắc xin đầy đủ theo lịch là biện pháp phòng bệnh hiệu quả nhất.

Vật nuôi mới mua về cần được nuôi cách li một thời gian trước khi nhập đàn.

Vệ sinh, khử trùng chuồng trại định kì giúp hạn chế mầm bệnh.

Khi phát hiện vật nuôi có biểu hiện bất thường, cần báo ngay cho cán bộ thú y.

Không sử dụng thuốc kháng sinh tràn lan vì dễ gây kháng thuốc và tồn dư trong thịt.

Mật độ nuôi quá dày khiến vật nuôi chậm lớn và dễ lây bệnh.

Chất thải chăn nuôi nên được xử lý bằng hầm biogas hoặc ủ làm phân bón.

Ghi chép tình hình đàn giúp người chăn nuôi theo dõi tăng trọng và chi phí.

Nguồn giống tốt từ cơ sở uy tín giúp giảm rủi ro dịch bệnh ngay từ đầu.

Khẩu phần ăn cần thay đổi phù hợp với từng giai đoạn phát triển của vật nuôi.

Người ra vào khu chăn nuôi phải thay ủng và sát trùng để tránh mang mầm bệnh vào.

Vật nuôi chết vì bệnh phải được tiêu huỷ đúng quy định, tuyệt đối không bán chạy.

Đệm lót sinh học giúp giảm mùi hôi và tiết kiệm nước rửa chuồng.

Vật nuôi non cần được giữ ấm cẩn thận trong những ngày rét.

Máng ăn, máng uống phải được rửa sạch hằng ngày.

Nguồn nước dùng cho chăn nuôi cần được kiểm tra để tránh nhiễm khuẩn.

Chuột và côn trùng là những tác nhân truyền bệnh cần được tiêu diệt.

Người chăn nuôi nên tham gia tổ hợp tác để mua thức ăn với giá tốt hơn.

Xuất bán đúng thời điểm giúp người nuôi tránh được chi phí thức ăn kéo dài.

Sổ theo dõi tiêm phòng giúp không bỏ sót mũi vắc xin nào.
"""),
        headings=entries("""
Chuẩn bị chuồng trại

Chọn giống

Thức ăn và nước uống

Chăm sóc và nuôi dưỡng

Phòng bệnh

Hiệu quả kinh tế
"""),
        items=entries("""
Vệ sinh chuồng trại hằng ngày.

Tiêm phòng đầy đủ theo lịch.

Cung cấp đủ nước sạch.

Cách li vật nuôi mới nhập về.

Báo ngay cho thú y khi có dịch bệnh.
"""),
    ),
}

DOCUMENTS = (
    DocText(
        child="Trồng trọt",
        file_name="ky-thuat-trong-cham-soc-ca-phe-voi.pdf",
        title="Kỹ thuật trồng và chăm sóc cây cà phê vối",
        author="Trung tâm Khuyến nông",
        pages=9,
        summary=(
            "Tài liệu hướng dẫn kỹ thuật trồng và chăm sóc cây cà phê vối ở vùng Tây Nguyên, gồm "
            "chọn giống, mật độ trồng, tưới nước, bón phân, tạo hình và phòng trừ sâu bệnh, "
            "giúp nông dân đạt năng suất cao và ổn định."
        ),
        keyphrases=("cây cà phê vối", "kỹ thuật trồng cà phê", "tưới nước mùa khô", "cây che bóng"),
        sections=(
            Section(
                "Yêu cầu về đất và khí hậu",
                entries("""
Cà phê vối thích hợp với vùng đất đỏ bazan tơi xốp, thoát nước tốt ở Tây Nguyên. Cây cần một
giai đoạn khô hạn ngắn để phân hoá mầm hoa, sau đó được tưới nước để ra hoa đồng loạt.
"""),
            ),
            Section(
                "Chuẩn bị đất và trồng",
                entries("""
Khoảng cách trồng phổ biến là ba mét nhân ba mét, tương ứng khoảng một nghìn một trăm cây
trên mỗi héc-ta. Hố trồng được đào trước từ một đến hai tháng, bón lót phân hữu cơ trộn đều
với lớp đất mặt.

Cây che bóng và cây chắn gió cần được trồng sớm để bảo vệ vườn cà phê khỏi nắng gắt và gió
mạnh trong mùa khô.
"""),
            ),
        ),
        sentences=entries("""
Tưới nước quá sớm hoặc quá muộn đều khiến cà phê ra hoa không tập trung.

Cắt bỏ cành vô hiệu, cành sâu bệnh sau mỗi vụ thu hoạch giúp cây ra cành mới khoẻ.

Hái quả chín đỏ giúp hạt cà phê đạt chất lượng cao và được giá hơn.
"""),
    ),
    DocText(
        child="Trồng trọt",
        file_name="quy-trinh-trong-rau-an-toan-trong-nha-mang.pdf",
        title="Quy trình trồng rau an toàn trong nhà màng theo tiêu chuẩn VietGAP",
        metadata_title="Microsoft Word - quy trinh rau.docx",
        pages=7,
        summary=(
            "Tài liệu mô tả quy trình trồng rau an toàn trong nhà màng theo tiêu chuẩn VietGAP, "
            "từ thiết kế nhà màng, chuẩn bị giá thể, tưới nhỏ giọt đến quản lý sâu bệnh và ghi "
            "chép nhật kí sản xuất để truy xuất nguồn gốc."
        ),
        keyphrases=("rau an toàn", "nhà màng", "tiêu chuẩn VietGAP", "tưới nhỏ giọt"),
        sections=(
            Section(
                "Chuẩn bị đất và trồng",
                entries("""
Nhà màng có mái lợp màng nhựa chuyên dụng để che mưa, xung quanh căng lưới chắn côn trùng.
Rau có thể trồng trên luống đất đã xử lý hoặc trên giá thể gồm xơ dừa, trấu hun và phân hữu
cơ đã ủ hoai.
"""),
            ),
        ),
        sentences=entries("""
Nhờ lưới chắn côn trùng, rau trong nhà màng cần ít thuốc bảo vệ thực vật hơn so với trồng
ngoài trời.

Nhiệt độ trong nhà màng có thể tăng cao vào buổi trưa nên cần mở thông gió kịp thời.

Nguồn nước tưới phải được kiểm tra định kì để bảo đảm không nhiễm kim loại nặng.
"""),
    ),
    DocText(
        child="Chăn nuôi",
        file_name="ky-thuat-nuoi-ga-tha-vuon.pdf",
        title="Kỹ thuật nuôi gà thả vườn cho nông hộ",
        heading="KỸ THUẬT NUÔI GÀ THẢ VƯỜN CHO NÔNG HỘ",
        metadata_title=None,
        word_by_word=True,
        pages=6,
        summary=(
            "Tài liệu hướng dẫn nông hộ kỹ thuật nuôi gà thả vườn từ khâu úm gà con, làm chuồng "
            "và rào vườn, phối trộn thức ăn đến lịch tiêm phòng vắc xin, giúp đàn gà khoẻ mạnh, "
            "ít bệnh và cho thịt thơm ngon."
        ),
        keyphrases=("nuôi gà thả vườn", "úm gà con", "lịch tiêm phòng", "chuồng nuôi gà"),
        sections=(
            Section(
                "Chăm sóc và nuôi dưỡng",
                entries("""
Trong ba đến bốn tuần đầu, gà con được úm trong quây có đèn sưởi để giữ ấm. Nếu gà tụm lại
dưới đèn là bị lạnh, nếu gà tản ra xa và há mỏ thở là bị nóng, cần điều chỉnh độ cao của đèn
cho phù hợp.

Khi gà được khoảng bốn đến năm tuần tuổi, có thể bắt đầu thả ra vườn vào những ngày nắng ấm.
Vườn cần có hàng rào chắc chắn, có bóng cây và máng nước sạch.
"""),
            ),
        ),
        sentences=entries("""
Gà cần được tiêm phòng các bệnh Newcastle, Gumboro và đậu gà theo hướng dẫn của thú y.

Cho gà ăn thêm rau xanh và thóc giúp thịt chắc và thơm hơn.
"""),
    ),
    DocText(
        child="Chăn nuôi",
        file_name="phong-benh-cho-lon-mua-nang-nong.pdf",
        title="Phòng bệnh cho đàn lợn trong mùa nắng nóng",
        pages=2,
        summary=(
            "Hướng dẫn ngắn giúp người chăn nuôi phòng bệnh cho đàn lợn trong mùa nắng nóng: "
            "chống nóng cho chuồng trại, bảo đảm nước uống, điều chỉnh giờ cho ăn và theo dõi "
            "các dấu hiệu lợn bị sốc nhiệt."
        ),
        keyphrases=("phòng bệnh cho lợn", "chống nóng cho chuồng trại", "sốc nhiệt"),
        sections=(
            Section(
                "Phòng bệnh",
                entries("""
Lợn có ít tuyến mồ hôi nên rất dễ bị sốc nhiệt khi trời nắng nóng kéo dài. Chuồng nuôi cần
được che nắng, lắp quạt hoặc hệ thống phun sương làm mát, và luôn có đủ nước uống sạch.

Nên cho lợn ăn vào sáng sớm và chiều mát, chia nhỏ bữa ăn, tránh cho ăn vào giữa trưa.

Khi thấy lợn có các dấu hiệu sau, cần làm mát ngay và báo cho cán bộ thú y:
"""),
                entries("""
Lợn thở gấp, nằm li bì và bỏ ăn.

Da đỏ ửng, thân nhiệt tăng cao.

Đi đứng loạng choạng, run rẩy.
"""),
            ),
        ),
    ),
)
