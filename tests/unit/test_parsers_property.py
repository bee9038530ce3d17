"""Every parser gets arbitrary text and returns its result type or Unparsed, never raises."""

from hypothesis import given, settings
from hypothesis import strategies as st

from simtool.at.parsers import (
    ceer,
    identity,
    operator,
    packet,
    radio,
    registration,
    retries,
    signal,
    sim,
    ussd,
)
from simtool.at.parsers.common import Unparsed

PARSERS = [
    (identity.parse_cgmi, identity.TextValue), (identity.parse_cgmm, identity.TextValue),
    (identity.parse_cgmr, identity.TextValue), (identity.parse_cgsn, identity.Imei),
    (identity.parse_ati, identity.AtiInfo),
    (sim.parse_cpin, sim.SimState), (sim.parse_iccid, sim.Iccid),
    (sim.parse_crsm_iccid, sim.Iccid), (sim.parse_cimi, sim.Imsi), (sim.parse_cnum, sim.Cnum),
    (retries.parse_cpinr, retries.Retries), (retries.parse_huawei_cpin, retries.Retries),
    (retries.parse_quectel_qpinc, retries.Retries), (retries.parse_simcom_spic, retries.Retries),
    (retries.parse_ublox_upincnt, retries.Retries), (retries.parse_sierra_cpinc, retries.Retries),
    (retries.parse_wavecom_cpinc, retries.Retries),
    (retries.parse_telit_pct, retries.Retries), (retries.parse_zte_zpinpuk, retries.Retries),
    (retries.parse_cinterion_spic_pin, retries.Retries),
    (retries.parse_intel_xpincnt, retries.Retries), (retries.parse_mtk_epinc, retries.Retries),
    (retries.parse_csim_pin1, retries.Retries), (retries.parse_csim_status, retries.CsimStatus),
    (radio.parse_cfun, radio.Cfun),
    (signal.parse_csq, signal.Csq), (signal.parse_cesq, signal.Cesq),
    (signal.parse_huawei_hcsq, signal.VendorSignal),
    (signal.parse_quectel_qcsq, signal.VendorSignal),
    (registration.parse_creg, registration.RegStatus),
    (registration.parse_cgreg, registration.RegStatus),
    (registration.parse_cereg, registration.RegStatus),
    (registration.parse_c5greg, registration.RegStatus),
    (registration.parse_reg_urc, registration.RegStatus),
    (operator.parse_cops, operator.Cops), (operator.parse_cscs, operator.Cscs),
    (packet.parse_cgdcont, packet.Cgdcont), (packet.parse_cgatt, packet.Cgatt),
    (packet.parse_cgact, packet.Cgact), (packet.parse_cgpaddr, packet.Cgpaddr),
    (ceer.parse_ceer, ceer.Ceer), (ussd.parse_cusd, ussd.Cusd),
]

PREFIXES = ["+CPIN: ", "+CREG: ", "+CEREG: ", "+CGREG: ", "+C5GREG: ", "+COPS: ", "+CSQ: ",
            "+CESQ: ", "^HCSQ: ", "+QCSQ: ", "+CGDCONT: ", "+CEER: ", "+CUSD: ", "+CRSM: ",
            "+CSIM: ", "+CPINR: ", "^CPIN: ", "+QPINC: ", "+CFUN: ", "+CNUM: ", "+CGACT: "]

# Arbitrary bytes as a modem might send them (decoded leniently, as the session does),
# and the same behind a plausible prefix so the field-level code is reached too.
texts = st.one_of(
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
    st.text(max_size=200),
    st.tuples(st.sampled_from(PREFIXES),
              st.text(alphabet='0123456789ABCDEFabcdef,"- .:\r\n+', max_size=80))
      .map("".join),
)


@settings(max_examples=max(300, settings.default.max_examples))
@given(texts)
def test_no_parser_raises(text):
    for parser, result_type in PARSERS:
        result = parser(text)
        assert isinstance(result, result_type | Unparsed), parser.__name__
        if isinstance(result, Unparsed):
            assert result.raw == text


@settings(max_examples=max(200, settings.default.max_examples))
@given(texts)
def test_helpers_never_raise(text):
    registration.parse_reg_all(text)
    sim.parse_crsm_mnc_length(text)
    sim.split_imsi(text)
    ussd.decode_ussd(text, None)
    operator.parse_cops(text, "UCS2")
