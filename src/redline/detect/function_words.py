"""Function words, to tell English text from the other languages written in Latin letters.

Read by ``language``, which the semantic layer (which reader a request goes to) and ``spelling``
(which texts are English enough to have their typos spelled back) ask. Pure data.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["ENGLISH", "OTHER_LATIN", "function_word_counts"]

# Scripts tell the other languages apart. Words that are also English words or abbreviations in
# English requests ("die", "was", "will", "hat", "per", "non-", "med", "MIT", "OS") and U.S.
# state codes that fill addresses ("IL", "DE", "MA") are left out of the other languages' list.
ENGLISH = frozenset(
    (  # noqa: SIM905
        "the and to of in is for that this with on are be it you we i my our from as by or at "
        "have has each every all who which what how not no will would should can your their "
        "they them these those an was were"
    ).split()
)
OTHER_LATIN = frozenset(
    (  # noqa: SIM905
        # Spanish and French
        "el la los las del que y por para con una uno es se lo su sus al como más le les des et "
        "pour avec une est dans sur qui ce cette pas vous nous ou sont aux du "
        # German
        "der das und ist nicht ein eine einen einem einer zu für auf den dem des sich auch "
        "wie wir ich sie es im von werden wird oder aber bei nach aus alle jeder jede über "
        "durch wenn dass sind wurde können kann müssen muss soll sollen bitte diese dieser dieses "
        "unsere unser keine kein nur noch schon sehr haben vom zum zur ihre ihren seine damit "
        # Italian
        "di che è della delle dei degli gli sono anche questo questa questi nel nella "
        "alla alle ogni tutti tutte sul sulla più ci essere loro sua nostro nostra perché "
        "quando chi cosa "
        # Portuguese
        "não com dos das nas é mais ao aos seu seus suas são foi ser está "
        "estão todos todas cada nosso pelo pela isso este esta esse essa também onde quem "
        # Dutch
        "het een niet zijn voor maar ook aan naar wordt worden deze dit wij jullie hun onze "
        "elke kunnen moet zou "
        # Scandinavian, Polish, Turkish, Indonesian and Malay, romanised Hindi
        "och att är inte för på ett ska nie się jest że dla przez jak oraz który "
        "która które ve bir bu için ile değil gibi çok daha yang untuk dengan ini itu tidak "
        "dari adalah akan pada hai hain mein aur kya nahi nahin kaise "
        # more Polish, Czech, Indonesian and Malay, Swedish, Dutch, Swahili and Tagalog
        "czy są być jako tylko przy lub albo jeśli wszystkich każdego ze je že jsou "
        "nebo také podle který která které aby jsem není když kami kita saya atau juga "
        "sudah bisa harus semua setiap tanpa oleh kepada bahwa karena secara tersebut mereka "
        "sebagai dalam som från eller utan detta ik heeft hebben geen uit bij kwa katika kila "
        "bila hii ang mga ng "
        # Vietnamese (with its marks: written without them, the words are English-like)
        "và của là có cho không những các một được trong người này với để đã sẽ từ khi thì "
        "nào tôi chúng bạn hãy nếu đến về tất cả "
        # more Swahili, more Tagalog, Romanian (ninth stop)
        "kuwa hizi huyu hawa hiki hivi kile lakini pia kwamba ambao ambayo ambaye ambacho wewe "
        "yeye sisi ninyi nyinyi wao yangu yako yake yetu wenu yao wote hadi mpaka kutoka baada "
        "kabla ndani juu chini kwenye zaidi hata ili nini nani gani kuna hakuna ndiyo hapana "
        "pamoja kuhusu dhidi hivyo kisha hapa huko sasa lini ako ikaw siya tayo sila niya namin "
        "natin ninyo nila iyan iyon dito diyan doon opo rin lamang kung ngunit dahil kasi upang "
        "nang mayroon wala kapag tulad lahat bawat paano bakit sino saan kailan ating aming "
        "kanila kaniya nito niyon yung naman ngayon ganito mula hanggang tungkol sapagkat kaya "
        "habang pati siyang iyo atin inyo kanya pentru sunt suntem sunteți unei unui când unde "
        "dacă fost avea vor își acest această aceste acești acel acea aceasta acesta aceea "
        "acestea prin despre după între fără până asupra foarte doar toate toți iar deci însă "
        "astfel fiind aici acolo nimeni nimic către decât nici poate trebuie spre său lor meu mea "
        "fiecare cel cea cei cele sau"
    ).split()
)


def function_word_counts(words: Iterable[str]) -> tuple[int, int]:
    """How many of ``words`` (lower case) are English function words, and how many are function
    words of the other languages written in Latin letters."""
    english = other = 0
    for word in words:
        english += word in ENGLISH
        other += word in OTHER_LATIN
    return english, other
