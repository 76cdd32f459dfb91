"""Reading files: every user mistake becomes a named problem, and the rest of the corpus is still read."""
from __future__ import annotations

from chrono.corpus import detect_language, parse_header, read_corpus


def test_reads_folders_recursively_and_ids_are_file_stems(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("The summit opened on Tuesday.", encoding="utf-8")
    (tmp_path / "two.md").write_text("Talks were held yesterday in Paris.", encoding="utf-8")
    (tmp_path / "skip.json").write_text("{}", encoding="utf-8")
    corpus = read_corpus([tmp_path])
    assert [d.id for d in corpus.documents] == ["one", "two"]
    assert corpus.problems == ()


def test_binary_empty_and_missing_files_are_problems_not_crashes(tmp_path):
    (tmp_path / "good.txt").write_text("Leaders met on Monday.", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    corpus = read_corpus([tmp_path, tmp_path / "nowhere.txt"])
    assert [d.id for d in corpus.documents] == ["good"]
    messages = {p.path.split("/")[-1]: p.message for p in corpus.problems}
    assert "binary" in messages["bin.txt"]
    assert "empty" in messages["empty.txt"]
    assert "no such file" in messages["nowhere.txt"]


def test_wrong_encoding_is_decoded_and_reported(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Réunion à Genève le 8 octobre 2024.".encode("cp1252"))
    corpus = read_corpus([tmp_path])
    assert corpus.documents[0].text.startswith("Réunion à Genève")
    assert "Windows-1252" in corpus.problems[0].message


def test_duplicate_stems_get_distinct_ids(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text("Talks on Friday.", encoding="utf-8")
    corpus = read_corpus([tmp_path])
    assert sorted(d.id for d in corpus.documents) == ["same", "same~2"]


def test_front_matter_and_header_lines_are_metadata_and_offsets_are_kept():
    text = "---\ntitle: Talks\ndate: 2024-10-08\n---\nBody here."
    meta, body = parse_header(text)
    assert dict(meta) == {"title": "Talks", "date": "2024-10-08"}
    assert text[body:] == "Body here."
    text2 = "Title: Talks\nDate: 8 October 2024\n\nBody."
    meta2, body2 = parse_header(text2)
    assert dict(meta2)["date"] == "8 October 2024" and text2[body2:].strip() == "Body."
    assert parse_header("Note: this is prose, not a header.\nMore prose.") == ((), 0)


def test_language_detection_among_languages_with_data():
    assert detect_language("Putin menekankan kemitraan ekonomi yang semakin berkembang selama pembicaraannya") == "id"
    assert detect_language("The two presidents will attend a summit of the leaders later on Tuesday.") == "en"
