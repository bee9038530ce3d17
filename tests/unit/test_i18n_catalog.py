"""The Qt-free catalogue reader: .ts XML -> {(context, source): translation}."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simtool import i18n_catalog
from simtool.i18n_catalog import Location, load_catalogue, parse_ts, qm_path

# Shaped like what pyside6-lupdate writes (Qt Linguist TS 2.1), including the
# entity escapes, a plural, and each translation state lrelease knows.
SAMPLE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="42"/>
        <location filename="../../simtool/gui/wizard.py" line="7"/>
        <source>RSRP {value} dBm on {rat}</source>
        <translation>{rat} 下 RSRP 为 {value} dBm</translation>
    </message>
    <message>
        <source>The SIM says &quot;SIM PIN&quot; &amp; waits</source>
        <comment>+CPIN reply</comment>
        <translation>SIM 卡显示 &quot;SIM PIN&quot;，正在等待</translation>
    </message>
    <message>
        <source>draft only</source>
        <translation type="unfinished">草稿</translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone from the code</source>
        <translation type="vanished">已删除</translation>
    </message>
    <message>
        <source>older lupdate wording</source>
        <translation type="obsolete">旧的</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n modem(s)</source>
        <translation>
            <numerusform>%n 个调制解调器</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def test_parse_reads_contexts_sources_and_locations() -> None:
    ts = parse_ts(SAMPLE_TS)
    assert ts.language == "zh_CN"
    assert ts.source_language == "en"
    first = ts.messages[0]
    assert first.key == ("Checks", "RSRP {value} dBm on {rat}")
    assert first.translation == "{rat} 下 RSRP 为 {value} dBm"
    assert first.locations == (Location("../../simtool/diagnosis/checklist.py", 42),
                               Location("../../simtool/gui/wizard.py", 7))
    assert ts.messages[1].source == 'The SIM says "SIM PIN" & waits'
    assert ts.messages[1].comment == "+CPIN reply"


def test_catalogue_keeps_what_lrelease_ships() -> None:
    catalogue = i18n_catalog.catalogue_from_ts(parse_ts(SAMPLE_TS))
    assert catalogue[("Checks", "RSRP {value} dBm on {rat}")] == "{rat} 下 RSRP 为 {value} dBm"
    # lrelease ships unfinished-but-filled translations by default, so the CLI does too
    assert catalogue[("Checks", "draft only")] == "草稿"
    assert ("Checks", "not started") not in catalogue
    assert ("Checks", "gone from the code") not in catalogue
    assert ("Checks", "older lupdate wording") not in catalogue
    assert catalogue[("Report", "%n modem(s)")] == "%n 个调制解调器"


def test_fast_loader_agrees_with_the_full_parser() -> None:
    shipped = i18n_catalog.ts_resource("zh_CN").read_bytes()
    for data in (SAMPLE_TS.encode(), shipped):
        assert (i18n_catalog.catalogue_from_xml(data)
                == i18n_catalog.catalogue_from_ts(parse_ts(data)))


def test_finished_means_done_by_a_translator() -> None:
    states = {m.source: m.finished for m in parse_ts(SAMPLE_TS).messages}
    assert states["RSRP {value} dBm on {rat}"] is True
    assert states["draft only"] is False
    assert states["not started"] is False


@pytest.mark.parametrize("text", [
    "",
    "not xml at all",
    "<html><body>oops</body></html>",
    "<TS><context><name>x</name><message><source>a</source>",  # cut off
    '<TS><context><message><location line="twelve"/></message></context></TS>',
])
def test_parse_refuses_non_ts_with_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_ts(text)


@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: f"<TS>{t}</TS>"))
def test_parse_never_raises_anything_but_value_error(data: bytes | str) -> None:
    for parse in (parse_ts, i18n_catalog.catalogue_from_xml):
        try:
            parse(data)
        except ValueError:
            pass


def test_missing_catalogue_means_english() -> None:
    assert load_catalogue("xx_XX") == {}


def test_damaged_catalogue_means_english_and_a_warning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    broken = tmp_path / "simtool_zh_CN.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    monkeypatch.setattr(i18n_catalog, "ts_resource", lambda lang: broken)
    assert load_catalogue("zh_CN") == {}
    assert "damaged" in caplog.text


def test_shipped_zh_cn_catalogue_loads() -> None:
    catalogue = load_catalogue("zh_CN")
    assert len(catalogue) > 100
    assert all(isinstance(k, tuple) and len(k) == 2 for k in catalogue)


def test_shipped_catalogue_is_package_data() -> None:
    # The loader finds it through importlib.resources, as installed and frozen copies do.
    assert i18n_catalog.ts_resource("zh_CN").is_file()


def test_compiled_qm_ships_for_the_gui() -> None:
    path = qm_path("zh_CN")
    assert path is not None
    # Qt's .qm magic number (qtbase src/corelib/kernel/qtranslator.cpp)
    assert path.read_bytes()[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
    assert qm_path("xx_XX") is None
