"""The Vietnamese written syllable: initial consonant, glide, nucleus, final, tone.

A syllable is spelled ``initial + rhyme`` with one tone mark on a vowel. The rhyme is an optional
glide (``o``/``u``), a vowel nucleus and an optional final (consonant or semivowel). This module
knows which combinations the orthography allows (c/k/q, g/gh, ng/ngh, "yê" vs "iê", stop finals
taking only the sắc or nặng tone), which is what glued-syllable splitting and legacy-encoding
detection lean on.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# Tones in the order of their combining marks; 0 is "ngang" (no mark).
TONE_NAMES = ("ngang", "huyền", "sắc", "hỏi", "ngã", "nặng")
TONE_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")

BASE_VOWELS = "aăâeêioôơuưy"
# Vowels carrying a shape mark (breve, circumflex, horn) take the tone in every convention.
_SHAPED_VOWELS = "ăâêôơư"


def _build_tone_tables() -> tuple[dict[str, tuple[str, int]], dict[tuple[str, int], str]]:
    split: dict[str, tuple[str, int]] = {}
    compose: dict[tuple[str, int], str] = {}
    for base in BASE_VOWELS + BASE_VOWELS.upper():
        for tone, mark in enumerate(TONE_MARKS):
            char = unicodedata.normalize("NFC", base + mark)
            split[char] = (base, tone)
            compose[(base, tone)] = char
    return split, compose


# "ấ" -> ("â", 2) and back; covers all 144 vowel letters (12 bases x 6 tones x 2 cases).
SPLIT_TONE, COMPOSE_TONE = _build_tone_tables()

_INITIALS_TEXT = "ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x"
INITIALS = tuple(_INITIALS_TEXT.split())
# First letter -> the initials it can start, longest first, then the empty initial.
_INITIALS_BY_FIRST: dict[str, tuple[str, ...]] = {
    letter: (*sorted((i for i in INITIALS if i[0] == letter), key=len, reverse=True), "")
    for letter in {i[0] for i in INITIALS}
}

# Rhymes without tone, as spelled after a consonant (and, for most, with no initial).
_RHYMES_TEXT = """
a ai ao au ay ac ach am an ang anh ap at
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e eo ec em en eng ep et
ê êch êm ên ênh êp êt êu
i ia iu ich im in inh ip it
iêc iêm iên iêng iêp iêt iêu
o oi oc om on ong op ot ooc oong
oa oac oach oai oam oan oang oanh oao oap oat oay
oăc oăm oăn oăng oăt
oe oen oeo oet
ô ôi ôc ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua ui uc um un ung up ut
uân uâng uât uây
uê uêch uênh
uôc uôi uôm uôn uông uôt
uơ
ươc ươi ươm ươn ương ươp ươt ươu
ư ưa ưi ưc ưm ưng ưt ưu
uy uya uych uyên uyêt uynh uyt uyu
y yêm yên yêng yêt yêu
"""
RHYMES = frozenset(_RHYMES_TEXT.split())

_GLIDED = ("oa", "oă", "oe", "uâ", "uê", "uy", "uơ")
# After "qu" the glide is spelled by the "u" of the initial: "quan", "quyết", "quê", "quốc".
_QU_RHYMES = frozenset({r[1:] for r in RHYMES if r.startswith(_GLIDED)} | {"i", "ôc"}) - {""}
# After "gi" the "i" of "iê" merges into the initial: "giếng", "giết".
_GI_RHYMES = frozenset(
    {r for r in RHYMES if not r.startswith(("i", "y", *_GLIDED))}
    | {r[1:] for r in RHYMES if r.startswith("iê")}
)
_FRONT = ("i", "y", "e", "ê")
_STOP_FINALS = ("c", "ch", "p", "t")
_FINAL_CONSONANTS = ("ch", "ng", "nh", "c", "m", "n", "p", "t")


@dataclass(frozen=True)
class Syllable:
    """A parsed syllable, lower case and without tone in its parts.

    >>> parse_syllable("Quyết")
    Syllable(initial='qu', glide='u', nucleus='yê', final='t', tone=2)
    """

    initial: str
    glide: str
    nucleus: str
    final: str
    tone: int

    @property
    def rhyme(self) -> str:
        """The rhyme as spelled (the glide of "qu" belongs to the initial)."""
        glide = "" if self.initial == "qu" else self.glide
        return glide + self.nucleus + self.final


def strip_tone(word: str) -> tuple[str, int] | None:
    """Split an NFC word into its toneless spelling and tone; None if it carries two tones.

    >>> strip_tone("Việt")
    ('Viêt', 5)
    """
    tone = 0
    chars = []
    for char in word:
        found = SPLIT_TONE.get(char)
        if found is None:
            chars.append(char)
            continue
        base, char_tone = found
        if char_tone:
            if tone:
                return None
            tone = char_tone
        chars.append(base)
    return "".join(chars), tone


def _rhyme_allowed(initial: str, rhyme: str) -> bool:
    if initial == "qu":
        return rhyme in _QU_RHYMES
    if initial == "gi":
        return rhyme in _GI_RHYMES
    if rhyme not in RHYMES:
        return False
    if not initial:
        return not rhyme.startswith("iê")
    if rhyme.startswith("yê"):
        return False
    front = rhyme.startswith(_FRONT)
    if initial in ("k", "gh", "ngh"):
        return front
    if initial == "c":
        return not front and not rhyme.startswith(_GLIDED)
    if initial in ("g", "ng"):
        # "gì", "gìn": the "i" of "gi" doubles as the vowel.
        return not front or (initial == "g" and rhyme.startswith("i") and rhyme != "ia")
    return True


def _split_rhyme(initial: str, rhyme: str) -> tuple[str, str, str]:
    """(glide, nucleus, final) of an allowed rhyme."""
    glide = ""
    if initial == "qu":
        glide = "u"
    elif rhyme.startswith(_GLIDED):
        glide, rhyme = rhyme[0], rhyme[1:]
    for final in _FINAL_CONSONANTS:
        if rhyme.endswith(final) and len(rhyme) > len(final):
            return glide, rhyme[: -len(final)], final
    # A semivowel final closes a nucleus: "ai", "ao", "âu", "uôi" ("ia", "ua", "ưa" are nuclei).
    if len(rhyme) >= 2 and rhyme[-1] in "iyou" and rhyme not in ("ia", "ua", "ưa", "ya", "uơ"):
        return glide, rhyme[:-1], rhyme[-1]
    return glide, rhyme, ""


@functools.lru_cache(maxsize=65536)
def parse_syllable(word: str) -> Syllable | None:
    """Parse one NFC word as a Vietnamese syllable (any letter case); None if it is not one.

    >>> parse_syllable("nghiêng").initial, parse_syllable("cơsở")
    ('ngh', None)
    """
    stripped = strip_tone(word.lower())
    if stripped is None:
        return None
    base, tone = stripped
    if not base or not base.isalpha():
        return None
    for initial in _INITIALS_BY_FIRST.get(base[0], ("",)):
        if not base.startswith(initial):
            continue
        rhyme = base[len(initial) :]
        if not rhyme or not _rhyme_allowed(initial, rhyme):
            continue
        glide, nucleus, final = _split_rhyme(initial, rhyme)
        if final in _STOP_FINALS and tone not in (2, 5):
            return None
        return Syllable(initial, glide, nucleus, final, tone)
    return None


def is_syllable(word: str) -> bool:
    """Tell whether ``word`` (NFC, any case) is one valid Vietnamese syllable.

    >>> is_syllable("thể"), is_syllable("thểđể"), is_syllable("cân"), is_syllable("ceng")
    (True, False, True, False)
    """
    return word.lower() in valid_spellings()


@functools.cache
def valid_spellings() -> frozenset[str]:
    """Every lower-case spelling :func:`parse_syllable` accepts, built once (about 0.1 s).

    A set lookup is some twenty times faster than parsing, which matters when a document
    brings tens of thousands of distinct words.

    >>> "nghiêng" in valid_spellings(), "nghiêngg" in valid_spellings()
    (True, False)
    """
    spellings = set()
    rhymes = RHYMES | _QU_RHYMES | _GI_RHYMES
    for initial in (*INITIALS, ""):
        for rhyme in rhymes:
            if not _rhyme_allowed(initial, rhyme):
                continue
            base = initial + rhyme
            stop = _split_rhyme(initial, rhyme)[2] in _STOP_FINALS
            vowels = [i for i, c in enumerate(base) if c in BASE_VOWELS]
            if not stop:
                spellings.add(base)
            for tone in (2, 5) if stop else range(1, 6):
                # The tone may sit on any vowel: old and new placement, and misplacements.
                for i in vowels:
                    spellings.add(base[:i] + COMPOSE_TONE[(base[i], tone)] + base[i + 1 :])
    return frozenset(spellings)


def _tone_position(syllable: Syllable, base: str, modern: bool) -> int:
    """Index in ``base`` (toneless, lower case) of the vowel that takes the tone mark."""
    start = len(syllable.initial)
    vowel_positions = [i for i in range(start, len(base)) if base[i] in BASE_VOWELS]
    if not vowel_positions:
        return -1
    shaped = [i for i in vowel_positions if base[i] in _SHAPED_VOWELS]
    if shaped:
        return shaped[-1]
    if syllable.final and syllable.final not in "iyou":
        return vowel_positions[-1]
    # Only the trailing vowels of an open syllable (a semivowel final counts as a vowel here).
    if len(vowel_positions) == 3:
        return vowel_positions[1]
    if len(vowel_positions) == 2:
        pair = base[vowel_positions[0]] + base[vowel_positions[1]]
        if pair in ("oa", "oe", "uy") and syllable.initial != "qu":
            return vowel_positions[1] if modern else vowel_positions[0]
        return vowel_positions[0]
    return vowel_positions[0]


def place_tone(word: str, *, modern: bool = True) -> str:
    """Rewrite one syllable with its tone mark in the standard place; other words unchanged.

    ``modern=True`` puts the tone of open "oa", "oe", "uy" on the second vowel ("hoà", "thuỷ");
    ``modern=False`` on the first ("hòa", "thủy"). Both conventions are in common use.

    >>> place_tone("hòa"), place_tone("thuỷ", modern=False)
    ('hoà', 'thủy')
    """
    syllable = parse_syllable(word)
    if syllable is None or syllable.tone == 0:
        return word
    stripped = strip_tone(word)
    assert stripped is not None  # parse_syllable succeeded, so there is at most one tone
    base = stripped[0]
    position = _tone_position(syllable, base.lower(), modern)
    if position < 0:
        return word
    toned = COMPOSE_TONE[(base[position], syllable.tone)]
    return base[:position] + toned + base[position + 1 :]


_WORD = re.compile(r"[^\W\d_]+")


def canonical_tones(text: str, *, modern: bool = True) -> str:
    """Apply :func:`place_tone` to every word of ``text`` (NFC in, NFC out).

    >>> canonical_tones("Thủy lợi hòa bình")
    'Thuỷ lợi hoà bình'
    """
    if text.isascii():
        return text
    place = _place_tone_modern if modern else _place_tone_classic
    return _WORD.sub(lambda m: place(m.group()), text)


@functools.lru_cache(maxsize=65536)
def _place_tone_modern(word: str) -> str:
    return place_tone(word, modern=True)


@functools.lru_cache(maxsize=65536)
def _place_tone_classic(word: str) -> str:
    return place_tone(word, modern=False)


# About six hundred of the most used syllables of written Vietnamese (function words and the
# syllables of everyday administrative, news and school vocabulary), written for thuvien from
# general knowledge of the language. Used only to break ties between two valid splits of a
# glued token ("côngan": "công an" rather than "côn gan").
_COMMON_SYLLABLES_TEXT = """
à ạ ai an anh ảnh áo ăn ấy bà bạn bản báo bảo bảy bằng bắc bắt bây bầu bận bé bên bệnh bị
biên biết biểu bình bỏ bộ bốn bởi bức buổi bút cả các cách cái cam cảm cán cảnh cao cáo cạnh
cần cấp cấu cầu cây có con còn công cơ cũng của cùng cuộc cứ cứu chạy chăm chất châu chế chi
chí chỉ chị chia chiến chính chịu cho chỗ chọn chóng chồng chủ chung chúng chuyên chuyển
chưa chức chương chứng da dài dân dẫn dậy dần dễ di dịch diện dù dục dùng dụng duy dư dự dựa
dựng dược dương đã đại đang đánh đào đạo đặc đặt đâu đầu đây đấy đất đầy đề để đến đêm đi
đình định đó đoàn đọc đổi đối đội đông đồng động đơn đủ đúng đưa đức được đường gần gặp gì
gia giá giải giám gian giao giáo giới giúp giữ giữa góp gửi hai hàng hành hạn hán hãy hạ hay
hẳn hết hiểm hiện hiệu hình họ hoa hoá hoà hóa hòa hoàn hoàng học hỏi họp hơn hội hợp hướng
hưởng khá khác khai khảo khẩu khi khí khiến khó khoa khoản khỏe khoẻ không khu kinh kiến
kiểm kết kế kể kỳ ký kỹ lại làm lãnh lần lập lên lễ lệ lí lý liên liệu lo loại lòng lớn lời
lợi luận luật lúc lực lượng lưu mà mạnh mặt mấy mẹ mình minh mỗi mọi môi mới một mục mua
muốn mức mười năm nào nay này nắm nặng nên nếu ngày ngành nghe nghị nghiên nghiệp nghĩa
ngoài người nguồn nguyên nhà nhanh nhân nhất nhận nhập nhiên nhiều nhiệm như nhưng những nó
nói nội nông nơi nước nữa ở ông phải pháp phát phần phẩm phí phía phong phòng phố phủ phục
phương qua quá quan quản quân quốc quy quyền quyết ra riêng rõ rất sách sao sau sát sản sáng
sâu sẽ sinh số sở sống sự sức tác tài tại tạo tăng tâm tầm tận tất tế thái tham thanh thành
thảo thay thân thấy thế thêm theo thể thi thì thị thiết thiếu thời thông thu thủ thuế thuộc
thường thương thực thứ thức thưởng tích tiếp tiến tiền tiêu tin tính tình tỉnh toàn toán tổ
tôi tối tốt tổng trả trách trái trao trên triển trình trò trong trọng trung truyền trước
trường từ tư tự tục tuổi tương tượng tuy tức uỷ ủy ủng vai văn vẫn vào vật vấn về vệ vì việc
viên viết viện vốn vụ vùng vừa vực vững xã xác xây xem xét xin xuất xử ý y yêu yếu sân bay
lao thuật nghệ mạng tiếng chăn nuôi giống ngôi xanh ba ban biển bác bán bò bóng cha chao
chiều cháu chín chó chơi chậm chữa cua cuối cá cân cô cũ cơm cục cửa do doanh dõi dưới dữ em
giây giảng giờ gà gây gạo hiểu hoặc huyện huấn hôm hẹp hệ hồ khách khám luyện là làng lá lâu
lãi lúa lạnh lấy lỗ lớp lợn mai mang miền miễn muộn máy mèo môn mặc mềm nam nghìn nghĩ ngàn
ngắn ngủ nhánh nhì nhìn nhỏ ninh nóng núi nợ phép phó phút phường quả quận rau ruộng rút
rộng rừng sáu sông sĩ sớm thao thoại thuyền thuê thuốc tháng thôn thư thấp thầy thống thờ
triệu trâu trăm trưa trưởng trấn trận trị tuyển tuần ty tàu tá tám tây tòa tôm tướng tập tỉ
tịch tỷ uống vay và vô vận vịt với xe xóm xưa xấu án đem điều điện đài đá đảng đảo đấu đẹp
đều địch đốc đồi ấp
"""
COMMON_SYLLABLES = frozenset(_COMMON_SYLLABLES_TEXT.split())
