"""Chinese and Japanese: no spaces between words, full-width stops with no space after them."""

from __future__ import annotations

from summarizer import SummarizerOptions, extract_article, split_sentences, summarize_text
from summarizer._models import Sentence
from summarizer._rankers.base import select_sentences
from summarizer._sentences import count_words

JAPANESE = [
    "東京都は、旧港湾倉庫を改装した新しい公共図書館を来月開館すると発表した。",
    "改修には約十二億円が投じられ、館内には約八万冊の本と子ども向けの読書室が設けられる。",
    "都の担当者によると、倉庫の木造の梁や赤れんがの壁はそのまま残され、歴史的な雰囲気を"
    "生かした設計になっているという。",
    "一方で、一部の区議会議員からは、費用が高すぎるとして既存の図書館の蔵書を増やすべきだ"
    "との意見も出ていた。",
    "図書館は午前九時から午後九時まで開き、月曜日は休館となる予定だ。",
]
CHINESE = [
    "北京市政府宣布，一座由旧工厂改建的新图书馆将于下个月向公众开放。",
    "改建工程耗资约三亿元，馆内将收藏大约十万册图书，并设有儿童阅览室。",
    "负责该项目的官员表示，工厂原有的红砖墙和钢结构都被完整保留了下来。",
    "图书馆每天上午九点开放，晚上九点关闭，每周一闭馆进行整理和维护。",
]


def _page(paragraphs: list[str], title: str, lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs * 3)
    return (
        f'<html lang="{lang}"><head><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def test_full_width_stops_end_sentences() -> None:
    text = "".join(JAPANESE[:2]) + "「本当に楽しみだ。」と話した。" + JAPANESE[4]
    assert [s.text for s in split_sentences(text, language="ja")] == [
        JAPANESE[0],
        JAPANESE[1],
        "「本当に楽しみだ。」と話した。",
        JAPANESE[4],
    ]
    # A quotation's attribution after it stays in its sentence.
    text = "“经济开局良好。”国家统计局发言人说。" + CHINESE[0]
    assert [s.text for s in split_sentences(text, language="zh")] == [
        "“经济开局良好。”国家统计局发言人说。",
        CHINESE[0],
    ]


def test_words_are_counted_in_scripts_without_spaces() -> None:
    assert count_words("The ferry is back.") == 4
    assert count_words(JAPANESE[4]) == 15  # 30 characters, two per word
    assert count_words("Tokyo 東京都") == 3


def test_a_japanese_or_chinese_page_is_an_article() -> None:
    for paragraphs, lang in ((JAPANESE, "ja"), (CHINESE, "zh")):
        article = extract_article(
            _page(paragraphs, paragraphs[0][:12], lang), "https://example.jp/a"
        )
        assert paragraphs[1] in article.text


def test_a_japanese_paste_gets_distinct_whole_sentences() -> None:
    digest = summarize_text("\n\n".join(JAPANESE * 2), options=SummarizerOptions(sentences=3))
    assert len(set(digest.summary)) == 3
    assert all(sentence in JAPANESE for sentence in digest.summary)


def test_sentences_that_fail_the_filters_still_come_without_duplicates() -> None:
    sentences = [Sentence(text="Too short.", index=i, paragraph=i) for i in range(3)]
    picked = select_sentences(sentences, [0, 1, 2], limit=3)
    assert [s.text for s in picked] == ["Too short."]
