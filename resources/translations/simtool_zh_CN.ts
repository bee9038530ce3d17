<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AtConsole</name>
    <message>
        <location filename="../../simtool/gui/console.py" line="121"/>
        <source>AT transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="123"/>
        <source>AT command, e.g. AT+CSQ (Up/Down: history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="124"/>
        <source>AT command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="125"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="126"/>
        <source>Send the AT command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="127"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="128"/>
        <source>Clear the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="129"/>
        <source>Commands that change the modem ask for confirmation first. PIN and PUK digits are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="132"/>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="164"/>
        <source>! Not sent: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="176"/>
        <source>[URC] {line}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Causes</name>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="39"/>
        <source>{namespace} cause #{number} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="50"/>
        <source>the network does not know this SIM: the card is not activated, was cancelled or the number was ported out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="53"/>
        <source>the network rejected the SIM as illegal: the card may be blocked (reported lost or stolen) or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="56"/>
        <source>a temporary state of the voice network; the modem registers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="58"/>
        <source>the network refused this device&apos;s identity (IMEI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="60"/>
        <source>the network does not accept this device: its IMEI may be blocked, or the card is bound to another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="63"/>
        <source>data service (LTE/5G) is not provisioned on this line, or the line is barred for data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="67"/>
        <source>neither data nor voice is allowed: the line is not activated, was cancelled, or is not provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="71"/>
        <source>the network lost track of the modem; it usually registers again by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="74"/>
        <source>the network dropped the registration; the modem registers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="76"/>
        <source>this network is not allowed for the card (wrong network chosen, no roaming agreement, or the subscription was cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="79"/>
        <source>the card may not be used in this area (region-restricted card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="82"/>
        <source>roaming is not allowed here for this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="84"/>
        <source>data is not allowed on this (usually foreign) network: data roaming is not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="87"/>
        <source>no usable cell here for this card; the plan may not include this radio technology (LTE, LTE-M, NB-IoT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="90"/>
        <source>the voice part of the network is temporarily unreachable; data is usually fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="93"/>
        <location filename="../../simtool/diagnosis/causes.py" line="171"/>
        <source>the operator&apos;s network had a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="95"/>
        <source>voice and SMS over the old network are not available; data is unaffected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="98"/>
        <source>the attach failed because the data connection was refused (wrong APN, no balance or no roaming agreement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="101"/>
        <source>the SIM could not authenticate the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="103"/>
        <source>the SIM and the network re-synchronised; this normally recovers by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="106"/>
        <source>the network is congested and asked the modem to wait (on NB-IoT it can also mean the account is barred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="109"/>
        <source>the device and the network do not agree on security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="111"/>
        <source>security setup with the network failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="113"/>
        <source>this small cell (femtocell) is closed to this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="115"/>
        <source>the SIM is too old for this network (no USIM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="117"/>
        <source>5G is not allowed on this subscription; the modem falls back to LTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="120"/>
        <source>service is restricted in this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="122"/>
        <source>the network steers the modem between its 4G and 5G cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="124"/>
        <source>a requested service is not allowed on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="126"/>
        <source>voice fallback is temporarily unavailable; data is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="128"/>
        <source>the network has no data bearer for the modem; it attaches again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="130"/>
        <source>the operator&apos;s core network had a serious failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="132"/>
        <source>no 5G network slice is allowed for this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="134"/>
        <source>this network may not be used at the current location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="136"/>
        <location filename="../../simtool/diagnosis/causes.py" line="204"/>
        <source>a protocol error between the modem and the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="142"/>
        <source>the operator has barred data on this line (often unpaid balance, an expired plan or a terms violation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="145"/>
        <source>the network has no resources for the session right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="147"/>
        <source>the APN is wrong or unknown to the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="149"/>
        <source>the network does not accept the PDP type (IP, IPV6, IPV4V6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="151"/>
        <source>the APN username, password or authentication type was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="154"/>
        <source>the operator&apos;s gateway refused the session (policy or charging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="156"/>
        <source>the network refused the session without a specific reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="158"/>
        <source>the network does not support the requested service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="160"/>
        <source>the subscription does not include this service: no data plan, plan expired, or data quota used up and suspended (also seen with a wrong APN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="163"/>
        <source>a temporary network problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="165"/>
        <source>a protocol state problem in the modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="167"/>
        <source>the session was closed normally (if unexpected, the operator may have closed it, e.g. quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="170"/>
        <source>quality-of-service negotiation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="173"/>
        <source>the network asks the modem to reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="175"/>
        <source>a protocol error about the data context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="177"/>
        <source>the only data connection may not be closed on LTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="180"/>
        <source>the network only allows IPv4: set the PDP type to IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="183"/>
        <source>the network only allows IPv6: set the PDP type to IPV6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="185"/>
        <source>dual-stack is refused: use IP or IPV6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="187"/>
        <source>the modem did not send the APN when the network asked at attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="189"/>
        <source>a stale data connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="191"/>
        <source>only one connection per APN is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="193"/>
        <source>a race with the network; retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="196"/>
        <source>only dual-stack is allowed: set the PDP type to IPV4V6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="198"/>
        <source>the subscription is non-IP only (NB-IoT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="200"/>
        <source>too many data contexts are open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="202"/>
        <source>this APN is not offered on this network or radio technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="207"/>
        <source>this APN may not be used together with the one already open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="41"/>
        <source>Modem port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="42"/>
        <source>Radio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="43"/>
        <source>SIM card present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="44"/>
        <source>SIM card working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="45"/>
        <source>SIM lock (PIN/PUK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="46"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="47"/>
        <source>Network registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="48"/>
        <source>Roaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="49"/>
        <source>APN (access point name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="50"/>
        <source>Data service (packet attach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="51"/>
        <source>Data session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="52"/>
        <source>Account balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="53"/>
        <source>Does the card work in another device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="54"/>
        <source>Does the modem get enough power?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="55"/>
        <source>Is the modem firmware up to date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="56"/>
        <source>Is mobile data enabled on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="61"/>
        <source>the modem could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="62"/>
        <source>the radio is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="63"/>
        <source>no SIM card was detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="64"/>
        <source>the SIM card is not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="65"/>
        <source>the SIM is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="66"/>
        <source>there is no usable signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="67"/>
        <source>the card is not registered on a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="68"/>
        <source>the card is not attached for data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="71"/>
        <source>the radio cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="72"/>
        <location filename="../../simtool/diagnosis/checklist.py" line="73"/>
        <source>the SIM cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="74"/>
        <source>the SIM lock cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="75"/>
        <source>the signal cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="76"/>
        <source>registration cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="77"/>
        <source>roaming cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="78"/>
        <source>the operator&apos;s APN cannot be looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="79"/>
        <source>the data service cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="80"/>
        <source>the data session cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="81"/>
        <source>the balance cannot be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="186"/>
        <source>{command}: stat {stat} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="190"/>
        <source>, reject cause #{cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="200"/>
        <source>{port} answers AT commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="202"/>
        <source>the port was not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="203"/>
        <source>the port could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="205"/>
        <source>The modem&apos;s port was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="206"/>
        <source>simtool has no permission to open the modem&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="207"/>
        <source>The modem&apos;s port is in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="208"/>
        <source>The port does not answer: it is probably not the modem&apos;s AT port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="209"/>
        <source>The modem disappeared during the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="211"/>
        <source>The modem could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="218"/>
        <source>+CFUN: 1 (radio on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="220"/>
        <source>+CFUN: {cfun}: the radio is off (airplane mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="223"/>
        <source>The modem&apos;s radio is switched off (airplane mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="225"/>
        <source>the modem did not report its radio state (+CFUN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="227"/>
        <source>+CFUN: {cfun} (radio on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="228"/>
        <source>+CFUN: {cfun}: an unusual radio mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="240"/>
        <source>the SIM state could not be read ({raw})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="241"/>
        <location filename="../../simtool/diagnosis/checklist.py" line="342"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="243"/>
        <source>no SIM card detected: {raw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="244"/>
        <source>No SIM card was detected in the modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="245"/>
        <source>SIM detected: {raw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="251"/>
        <source>the SIM card is damaged or incompatible: {raw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="253"/>
        <source>The SIM card is damaged or incompatible with this modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="255"/>
        <source>the SIM did not finish starting: still busy after waiting ({raw})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="257"/>
        <source>The SIM card did not finish starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="259"/>
        <source>the SIM answers: ICCID {iccid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="260"/>
        <source>the SIM answers ({raw}); ICCID not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="268"/>
        <source>{raw}: no PIN needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="271"/>
        <source>{raw}, attempts left unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="272"/>
        <source>The SIM card is locked with a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="274"/>
        <source>{raw}, {retries} attempts left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="276"/>
        <source>The SIM card is locked with a PIN ({retries} attempts left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="281"/>
        <source>{raw}: the PIN was entered wrong too often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="283"/>
        <source>{raw}: the PIN was entered wrong too often; {retries} PUK attempts left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="286"/>
        <source>The SIM card is blocked and needs its PUK code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="288"/>
        <source>{raw}: the modem is locked to another operator or SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="290"/>
        <source>The modem is locked to another operator (network lock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="292"/>
        <source>{raw}: PIN2/PUK2 is not needed for data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="294"/>
        <source>unexpected SIM state {raw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="305"/>
        <source>no signal: the modem measures no network here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="306"/>
        <source>There is no mobile signal here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="308"/>
        <source>the modem reported no signal values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="310"/>
        <source>{metric} {value} dBm on {rat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="311"/>
        <source>unknown radio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="312"/>
        <source>{good} dBm or better is good, below {unusable} dBm is unusable indoors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="315"/>
        <source>excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="315"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="315"/>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="316"/>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="316"/>
        <source>very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="318"/>
        <source>{quoted}: {level}; {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="323"/>
        <source>The signal is too weak to use the network ({quoted}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="337"/>
        <source>registered ({state}) on {operator}: {quotes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="341"/>
        <source>the registration state could not be read ({quotes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="349"/>
        <source>{quotes} ({namespace}: {name}): {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="351"/>
        <source>The network refused the card ({namespace} cause #{number}: {meaning}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="355"/>
        <source>{quotes}: {namespace} cause #{number}, not in the 3GPP tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="357"/>
        <source>The network refused the card ({namespace} cause #{number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="360"/>
        <source>{quotes}: registration denied, no reject cause given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="362"/>
        <location filename="../../simtool/diagnosis/checklist.py" line="376"/>
        <source>The network refused to register the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="366"/>
        <source>{quotes}: the modem is looking for a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="368"/>
        <source>The modem is looking for a network but has not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="370"/>
        <source>{quotes}: emergency calls only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="372"/>
        <source>The network allows emergency calls only for this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="374"/>
        <source>{quotes}: registration denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="377"/>
        <source>{quotes}: not registered and not searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="379"/>
        <source>The modem is not registered and is not looking for a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="390"/>
        <source>roaming on {operator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="392"/>
        <source>home network: {operator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="403"/>
        <source>the modem did not report its APN (+CGDCONT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="406"/>
        <source>no APN configured (network-provided); {provider} expects {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="410"/>
        <source>No APN is set, and {rat} needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="414"/>
        <source>the modem has &quot;{configured}&quot;; the provider database has no entry for {mcc}/{mnc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="419"/>
        <source>&quot;{configured}&quot; matches {provider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="421"/>
        <source>modem has &quot;{configured}&quot;, operator expects {expected} ({provider})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="426"/>
        <source>{detail}, but a data session with it is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="429"/>
        <source>The APN is wrong: the modem has &quot;{configured}&quot;, the operator expects &quot;{expected}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="437"/>
        <source>+CGATT: 1 (attached for data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="439"/>
        <source>+CGATT: 0: registered, but not attached for data; data service not allowed on this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="442"/>
        <source>The card is registered but data service is not allowed on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="445"/>
        <source>registered on LTE ({quote}), which includes the data attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="447"/>
        <source>the modem did not report its data attach state (+CGATT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="460"/>
        <source>context {cid} is active (APN &quot;{apn}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="469"/>
        <source>the network refused the data session: {label}: {meaning}{quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="471"/>
        <source>The network refused the data session ({namespace} cause #{number}: {meaning}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="475"/>
        <source>the network refused the data session with cause #{number}, which is not in the 3GPP tables{quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="477"/>
        <source>The network refused the data session (cause #{number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="483"/>
        <source>the data session failed: &quot;{raw}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="485"/>
        <source>The data session failed: &quot;{raw}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="487"/>
        <source>the connection test did not bring a data session up, and the modem gave no cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="490"/>
        <source>no cause given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="491"/>
        <source>The connection test failed without a cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="492"/>
        <source>no data session is active; run `simtool connect-test` to test one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="499"/>
        <source>not run: `simtool balance` asks the operator for the balance (USSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="502"/>
        <source>{code}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="504"/>
        <source>the balance query {code} failed: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="526"/>
        <source>The card fails in another device too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="527"/>
        <source>The modem may not get enough power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="528"/>
        <source>A firmware update is pending for the modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="529"/>
        <source>Mobile data is switched off on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="536"/>
        <source>not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="538"/>
        <source>answered: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="539"/>
        <source>answered: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="555"/>
        <source>skipped: {reason}, so {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="594"/>
        <source>No verdict: some facts could not be read ({checks}); check the connection to the modem and run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="599"/>
        <source>No blocking problem found; see the warnings ({checks}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="601"/>
        <source>No problem found: the SIM, the network registration and the data service look right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../simtool/cli/check.py" line="95"/>
        <source>simtool check: use --replay or --port, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="98"/>
        <source>simtool check: --format pdf needs --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="113"/>
        <source>simtool check: no modem given and none found. Name one with --port URL (e.g. --port /dev/ttyUSB2), list ports with &apos;simtool ports&apos;, or try the simulator: simtool check --port sim://healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/replay.py" line="26"/>
        <source>cannot read {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/replay.py" line="29"/>
        <source>{path} has no AT transcript to replay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../simtool/gui/console.py" line="66"/>
        <source>Line breaks and control characters cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="68"/>
        <source>The command is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="204"/>
        <source>Contact your operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="206"/>
        <source>If the cause is on the operator&apos;s side (card barred, suspended, not activated, plan expired), call them and give them these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="211"/>
        <source>What to tell the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="212"/>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="213"/>
        <source>Copy the details to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="215"/>
        <source>In your own words (goes into the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="218"/>
        <source>e.g. no internet since this morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="219"/>
        <location filename="../../simtool/gui/wizard.py" line="264"/>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="221"/>
        <source>e.g. yesterday evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="222"/>
        <source>When it last worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="224"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="225"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="226"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="227"/>
        <location filename="../../simtool/gui/wizard.py" line="266"/>
        <source>Device or card changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="228"/>
        <source>&amp;Symptom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="229"/>
        <source>&amp;Last worked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="230"/>
        <source>Device or card c&amp;hanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="265"/>
        <source>Last worked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="99"/>
        <source>simtool ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="101"/>
        <source>Something went wrong inside simtool. The app keeps running, but the last action may not have finished.

{summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="107"/>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="120"/>
        <source>Save error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="121"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="49"/>
        <source>PDF (print, attach to an e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="50"/>
        <source>HTML (one file, opens in a browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="51"/>
        <source>Markdown (paste into a ticket or chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="52"/>
        <source>JSON (for scripts and support tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="53"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="63"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="65"/>
        <source>Report format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="68"/>
        <source>&amp;Redact identifiers (IMEI, IMSI, ICCID, phone number: keep the last 4 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="71"/>
        <source>Redact identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="73"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="83"/>
        <source>A copy is also kept in the report history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="22"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="24"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="24"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="32"/>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="35"/>
        <source>(reject cause #{cause})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="42"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="42"/>
        <location filename="../../simtool/gui/facts_view.py" line="127"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="43"/>
        <source>USB id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="43"/>
        <source>Answers AT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="45"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="50"/>
        <source>+CFUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="50"/>
        <source>Radio on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="54"/>
        <source>SIM state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="54"/>
        <source>Modem says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="55"/>
        <location filename="../../simtool/gui/facts_view.py" line="128"/>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="55"/>
        <source>PIN tries left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="56"/>
        <source>PUK tries left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="62"/>
        <source>Radio technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="62"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="63"/>
        <source>RSRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="63"/>
        <source>RSRQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="64"/>
        <source>SINR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="64"/>
        <source>RSCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="65"/>
        <source>RSSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="70"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="70"/>
        <source>Circuit (+CREG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="71"/>
        <location filename="../../simtool/gui/facts_view.py" line="93"/>
        <source>Packet (+CGREG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="71"/>
        <location filename="../../simtool/gui/facts_view.py" line="94"/>
        <source>LTE (+CEREG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="72"/>
        <source>5G (+C5GREG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="72"/>
        <location filename="../../simtool/gui/facts_view.py" line="82"/>
        <location filename="../../simtool/gui/facts_view.py" line="107"/>
        <location filename="../../simtool/gui/facts_view.py" line="130"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="80"/>
        <location filename="../../simtool/gui/facts_view.py" line="131"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="81"/>
        <source>SIM&apos;s home network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="82"/>
        <source>Network in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="87"/>
        <source>Modem has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="87"/>
        <source>Operator expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="88"/>
        <location filename="../../simtool/gui/facts_view.py" line="107"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="92"/>
        <source>Packet attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="98"/>
        <source>Context {cid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="99"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="99"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="101"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="102"/>
        <location filename="../../simtool/gui/facts_view.py" line="132"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="127"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="128"/>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="129"/>
        <source>IMSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="129"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualPage</name>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="152"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="153"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="154"/>
        <source>I &amp;don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <location filename="../../simtool/at/parsers/ceer.py" line="156"/>
        <source>no +CEER line in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/common.py" line="116"/>
        <location filename="../../simtool/at/parsers/registration.py" line="139"/>
        <source>no {what} line in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/identity.py" line="52"/>
        <source>unexpected prefix in the {what} reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/identity.py" line="98"/>
        <source>no 14 to 17 digit serial number in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/operator.py" line="57"/>
        <source>no mode in the +COPS reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/operator.py" line="69"/>
        <source>numeric operator is not 5 or 6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/operator.py" line="80"/>
        <source>empty character set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/packet.py" line="78"/>
        <source>no context in the +CGDCONT reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/packet.py" line="87"/>
        <source>+CGATT state is neither 0 nor 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/packet.py" line="102"/>
        <source>no context in the +CGACT reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/packet.py" line="116"/>
        <source>no context in the +CGPADDR reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/radio.py" line="26"/>
        <source>no number in the +CFUN reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/registration.py" line="85"/>
        <source>not a registration line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/registration.py" line="93"/>
        <source>no &lt;stat&gt; in the registration line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/retries.py" line="62"/>
        <source>no retry counter in the {what} reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/retries.py" line="94"/>
        <source>too few fields in the ^CPIN reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/retries.py" line="127"/>
        <source>single +SPIC value: which code it counts is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/retries.py" line="206"/>
        <source>no response APDU in the +CSIM reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/retries.py" line="209"/>
        <source>response APDU is not hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/retries.py" line="224"/>
        <source>status word {sw} carries no retry counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/signal.py" line="66"/>
        <source>no number in the +CSQ reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/signal.py" line="80"/>
        <source>fewer than six numbers in the +CESQ reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/signal.py" line="108"/>
        <source>no system mode in the ^HCSQ reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/signal.py" line="144"/>
        <source>no system mode in the +QCSQ reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/sim.py" line="128"/>
        <source>+CME error that says nothing about the SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/sim.py" line="166"/>
        <location filename="../../simtool/at/parsers/sim.py" line="198"/>
        <source>not a valid ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/sim.py" line="183"/>
        <source>no status word in the +CRSM reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/sim.py" line="195"/>
        <source>SIM refused the read (status {sw1:02X}{sw2:02X})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/sim.py" line="227"/>
        <source>no 6 to 15 digit IMSI in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/sim.py" line="241"/>
        <source>unexpected lines in the +CNUM reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/ussd.py" line="111"/>
        <source>no status in the +CUSD reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Port</name>
    <message>
        <location filename="../../simtool/at/session.py" line="204"/>
        <source>The command was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/at/session.py" line="209"/>
        <source>The modem port went away during a command ({error}). Check the cable and wait for the modem to come back, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/runner.py" line="77"/>
        <source>The port opened but the modem did not answer AT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/runner.py" line="79"/>
        <source>This is probably not the modem&apos;s AT port: run &apos;simtool ports --probe&apos; to find the one that answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/worker.py" line="211"/>
        <source>No modem is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/discovery.py" line="288"/>
        <source>Port {url} is a diagnostic port: it answered AT with binary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/discovery.py" line="290"/>
        <source>Use the modem&apos;s AT port instead; &apos;simtool ports --probe&apos; finds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/discovery.py" line="305"/>
        <source>Probing {url} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="80"/>
        <source>simtool does not know the kind of port &apos;{url}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="82"/>
        <source>Use a device such as /dev/ttyUSB2 or COM7, socket://HOST:PORT (ser2net), rfc2217://HOST:PORT, or sim://healthy for the simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="102"/>
        <location filename="../../simtool/transport/doctor.py" line="115"/>
        <source>Could not open {url}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="103"/>
        <source>Run &apos;simtool ports&apos; to see the serial ports and which one answers AT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="110"/>
        <source>Nothing answers at {url}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="112"/>
        <source>Check the host name and port number, and that the serial server (for example ser2net) is running and reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="116"/>
        <source>Check the address; for the simulator use sim://healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="121"/>
        <source>Port {url} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="123"/>
        <source>Serial ports on this computer: {ports}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="126"/>
        <source>This computer has no serial ports right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="128"/>
        <source>On Windows a modem&apos;s ports are named COM1, COM2, …: look in Device Manager under &apos;Ports (COM &amp; LPT)&apos; and &apos;Modems&apos; for the one called &apos;… AT Port&apos;, &apos;… PC UI Interface&apos; or &apos;… Modem&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="131"/>
        <source>Check the name, and that the modem is plugged in (after a replug or reset its ports may come back under another name). &apos;simtool ports --probe&apos; lists the ports and shows which one answers AT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="143"/>
        <source>Port {url} went away: the modem was unplugged, reset or lost power, or its driver was unloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="146"/>
        <source>Plug the modem back in (use a port that gives enough power), wait until &apos;simtool ports&apos; lists it again, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="217"/>
        <source>You are not allowed to open {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="218"/>
        <source>Ask an administrator for access to the port, or run simtool as a user who has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="220"/>
        <source>You ({user}) are not allowed to open {device}: it belongs to group &apos;{group}&apos; with permissions {mode}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="227"/>
        <source>or install the udev rule shipped with simtool ({file}), or this line in /etc/udev/rules.d/70-simtool.rules: {rule} — then &apos;sudo udevadm control --reload&apos; and replug the modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="232"/>
        <source>Not even members of &apos;{group}&apos; may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="234"/>
        <source>Give the group access: &apos;sudo chmod 660 {device}&apos; (until the next replug), </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="237"/>
        <source>You are in group &apos;{group}&apos;, but this login session started before you were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="239"/>
        <source>Log out and back in (or reboot) so the new group takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="241"/>
        <source>You are not in group &apos;{group}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="242"/>
        <source>Add yourself to it: &apos;sudo usermod -aG {group} $USER&apos;, then log out and back in; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="245"/>
        <source>You are in that group, so something else blocks access (an ACL, SELinux/AppArmor, or a sandboxed install).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="317"/>
        <source>Port {url} is in use by another program (Windows lets one program at a time open a COM port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="319"/>
        <source>Close the other program (the modem&apos;s own connection software, a terminal program, another simtool) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="324"/>
        <source>ModemManager manages this modem. Stop it for now with &apos;sudo systemctl stop ModemManager&apos;, or make it leave this modem alone with this line in /etc/udev/rules.d/77-simtool-mm-ignore.rules: {rule} — then &apos;sudo udevadm control --reload&apos; and replug the modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="330"/>
        <source>Port {url} is in use by {holders}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="334"/>
        <source>Close {holders} (or stop it: &apos;kill {pid}&apos;) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="337"/>
        <source>Port {url} is in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="339"/>
        <source>ModemManager is running and may be the one holding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="342"/>
        <source>Close the other program that uses it and try again; &apos;sudo fuser -v {url}&apos; shows which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="355"/>
        <source>Port {url} opened, but nothing answered AT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="357"/>
        <source>Port {url} opened, but nothing answered AT within {seconds:g} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="360"/>
        <source>This is probably not the modem&apos;s AT port (modems also have diagnostic, GPS and data ports that stay silent). Try the others: {ports}; &apos;simtool ports --probe&apos; finds the one that answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="365"/>
        <source>Check that the modem has power and has finished starting (some take 20 s), and that this is its AT port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="388"/>
        <source>It is in mass-storage (virtual CD-ROM) mode, which shows a drive with the maker&apos;s installer instead of modem ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="390"/>
        <source>On Linux install usb-modeswitch and usb-modeswitch-data (for example &apos;sudo apt install usb-modeswitch&apos;), which switch it to modem mode when it is plugged in; on Windows run the installer on that drive once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="394"/>
        <source>It runs HiLink firmware: the stick is a small router with its own web page (usually http://192.168.8.1) and has no AT port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="396"/>
        <source>Check the SIM and the connection on its web page; simtool cannot talk to a HiLink stick (only a different &apos;stick&apos; firmware has an AT port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="399"/>
        <source>It works as a router with its own web page (usually http://192.168.0.1) and has no AT port in this mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="401"/>
        <source>Use its web page, or switch it to modem mode with the maker&apos;s tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="404"/>
        <source>It is in emergency download mode: its firmware is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="405"/>
        <source>Unplug it and plug it back in; if it comes back the same, the firmware needs a recovery with the maker&apos;s tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="408"/>
        <source>Its USB composition is network-only (MBIM/ECM/RNDIS), without serial ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="410"/>
        <source>Switch it back to a composition with AT ports using the maker&apos;s tool or manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="412"/>
        <source>Its serial interfaces have no driver on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="413"/>
        <source>Load the option driver and tell it this modem: &apos;sudo modprobe option; echo {vid:04x} {pid:04x} ff | sudo tee /sys/bus/usb-serial/drivers/option1/new_id&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="457"/>
        <source>A {vendor} modem ({product}USB id {vid:04x}:{pid:04x}) is connected, but without an AT port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortCombo</name>
    <message>
        <location filename="../../simtool/gui/ports.py" line="82"/>
        <source>Modem port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/ports.py" line="83"/>
        <source>The modem&apos;s AT port, or a URL such as sim://healthy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="27"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="28"/>
        <source>ICCID {iccid}, IMSI {imsi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="34"/>
        <source>Call your operator. Tell them: {identity}, {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="41"/>
        <source>After the operator has fixed it, restart the modem (unplug it or run `simtool radio off --allow-write` then `simtool radio on --allow-write`): until then it will not try that network again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="51"/>
        <source>Check that the modem is plugged in and powered (its light is on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="52"/>
        <source>Run `simtool ports` to list the ports this computer sees and pick the modem&apos;s AT port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="54"/>
        <source>If no port appears, the modem may be in storage (CD-ROM) or HiLink mode, or its driver is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="57"/>
        <source>On Linux, add yourself to the port&apos;s group: `sudo usermod -aG dialout $USER` (uucp on Arch), then log out and back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="59"/>
        <source>Or run simtool once with sudo to confirm that permission is the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="62"/>
        <source>Another program holds the port (often ModemManager). Close it, or stop ModemManager for the check: `sudo systemctl stop ModemManager`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="64"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="204"/>
        <source>Then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="66"/>
        <source>This port does not answer AT commands: it is probably not the modem&apos;s AT port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="68"/>
        <source>Run `simtool ports --probe` to find the port that answers, and check that with `--port`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="71"/>
        <source>The modem disappeared during the check: check the cable and the USB port, and that the power supply is strong enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="73"/>
        <source>Plug it in again, wait 20 seconds and run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="75"/>
        <source>Unplug the modem, plug it in again, wait 20 seconds and run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="77"/>
        <source>Run `simtool ports --probe` to find the port that answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="79"/>
        <source>The error was: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="87"/>
        <source>Switch the radio on: `simtool radio on --allow-write` (or the &quot;Switch radio on&quot; button in the app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="89"/>
        <source>If it switches itself off again, check the computer&apos;s airplane-mode or wireless switch and any program that manages the modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="91"/>
        <source>The modem reported +CFUN: {cfun}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="97"/>
        <source>Power off the modem, take the SIM out and put it back in: check its orientation (cut corner), the tray, and that the card size or adapter fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="99"/>
        <source>Clean the gold contacts gently with a dry cloth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="100"/>
        <source>Try the card in another device (a phone): if it is not detected there either, the card is faulty and the operator must replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="107"/>
        <source>Power off the modem, reseat the SIM and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="108"/>
        <source>Try the card in another device (a phone). If it fails there too, the card is damaged or incompatible with this modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="110"/>
        <source>Ask the operator for a replacement card (keeps the same number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="111"/>
        <source>the modem reports &quot;{raw}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="112"/>
        <source>SIM failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="118"/>
        <source>Wait one minute and run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="119"/>
        <source>If the SIM never finishes starting, power off the modem, reseat the card and try it in another device: it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="125"/>
        <source>Enter the SIM PIN with `simtool unlock` (or the unlock button in the app). Never guess: wrong PINs lock the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="127"/>
        <source>The PIN is in the documents that came with the SIM; operators often preset 1234 or 0000, but only try it if you know it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="130"/>
        <source>Only {retries} attempt left: one more wrong PIN locks the card with the PUK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="132"/>
        <source>Optionally disable the PIN afterwards so the modem starts without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="138"/>
        <source>Do not guess: after 10 wrong PUKs the card is destroyed for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="139"/>
        <source>Find the PUK on the plastic card holder the SIM came in, or get it from the operator (online account, shop or hotline; they will ask for your ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="142"/>
        <source>{retries} PUK attempts are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="143"/>
        <source>Enter it with `simtool unlock --puk` and set a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="144"/>
        <source>the SIM asks for the PUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="150"/>
        <source>The modem itself is locked to another operator (network lock, {state}); the SIM is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="152"/>
        <source>Use a SIM from the operator the device was sold with, or ask the seller or that operator for the unlock code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="154"/>
        <source>Do not try codes at random: the modem may lock permanently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="160"/>
        <source>The SIM asks for PIN2 or a special code ({raw}), which normal data use does not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="162"/>
        <source>Restart the modem; if it persists, ask the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="170"/>
        <source>Check that the antennas are connected (main and diversity) and screwed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="171"/>
        <source>Move the modem to a window or outside, away from metal and other devices; use a USB extension cable to get it higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="173"/>
        <source>Check the operator&apos;s coverage map for this place and the modem&apos;s bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="174"/>
        <source>If a phone with the same card has signal here, the modem or its antenna is the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="181"/>
        <source>Improve the antenna position: near a window, higher up, away from metal; an external antenna helps most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="183"/>
        <source>Aim for {metric} {good} dBm or better (now {value} dBm); each step of 10 dB is a big change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="186"/>
        <source>Watch the effect live with `simtool watch`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="192"/>
        <source>Wait two minutes: the modem may still be looking for a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="193"/>
        <source>Make sure network selection is automatic (`AT+COPS=0`), not fixed to an operator that is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="195"/>
        <source>Check the signal and antennas, and that the modem supports the operator&apos;s bands and technology (LTE, LTE-M, NB-IoT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="202"/>
        <source>The modem is not registered and not looking for a network: switch network selection to automatic (`AT+COPS=0`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="210"/>
        <source>The network only allows emergency calls for this card: it is usually not activated, suspended or not allowed on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="212"/>
        <source>Check your balance and plan with the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="213"/>
        <source>the modem shows emergency calls only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="222"/>
        <source>the network refused registration (no reject cause given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="224"/>
        <source>the network refused registration with {namespace} cause #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="227"/>
        <source>the network refused registration with {namespace} cause #{number} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="231"/>
        <source>The network does not know this card: it is not activated yet, or it was cancelled (for example after a long unpaid period or a port-out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="233"/>
        <source>If it is new, activate it as the operator describes (real-name registration where required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="236"/>
        <source>The network rejected the card or the device as illegal: the card may be blocked (reported lost or stolen), or bound to another device (IoT cards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="239"/>
        <source>Try the card in another device to tell a blocked card from a blocked device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="242"/>
        <source>The line is barred or not provisioned for service: suspended for unpaid balance or a terms violation, plan expired, or never activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="244"/>
        <source>Check your balance and plan status (app, website or hotline) and recharge if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="247"/>
        <source>This network is not allowed for the card: set network selection to automatic (`AT+COPS=0`) or choose the home network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="249"/>
        <source>If you are abroad, roaming may not be included in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="251"/>
        <source>The card may not be used in this area (region-restricted card): use it inside the allowed area, or ask the operator to lift the restriction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="255"/>
        <source>Roaming is not allowed here for this card: use the home network, or ask the operator to enable roaming for this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="257"/>
        <source>Try automatic network selection (`AT+COPS=0`) so the modem can find a partner network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="260"/>
        <source>No cell here suits the card: the plan may not include this technology (LTE, LTE-M, NB-IoT). Move to another place or ask the operator what the plan covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="264"/>
        <source>The operator&apos;s network had a problem ({meaning}). Wait a few minutes and restart the modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="267"/>
        <source>The network refused the card: check your balance and plan, and that the card is activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="274"/>
        <source>The card is roaming on {operator}: check that your plan includes roaming and data roaming in this country, and the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="276"/>
        <source>a foreign network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="277"/>
        <source>If the home network should be available here, select it or use automatic network selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="286"/>
        <source>Set the operator&apos;s APN: `simtool apn set {apn} --allow-write` (the old value &quot;{configured}&quot; is kept for undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="289"/>
        <source>Other APNs listed for this operator: {apns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="291"/>
        <source>If your contract names a different APN (company or IoT cards often have a private one), use that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="293"/>
        <source>Then run the check again, or `simtool connect-test` to try a data session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="299"/>
        <source>The provider database has no APN for network {mcc}/{mnc}. Look up the APN on the operator&apos;s website or contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="301"/>
        <source>Set it with `simtool apn set NAME --allow-write`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="307"/>
        <source>The card is registered but the network does not allow data on it: data service is not included, or data was stopped (unpaid balance, plan expired, quota used up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="310"/>
        <source>Check your balance and data plan, and recharge if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="311"/>
        <source>the card registers but packet data attach (+CGATT) is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="321"/>
        <source>the network refused the data session with {namespace} cause #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="326"/>
        <source>the network refused the data session: &quot;{raw}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="328"/>
        <source>Check your balance and plan: `simtool balance` asks the operator (USSD); recharge with `simtool topup` if it is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="332"/>
        <source>The operator has barred data on this line: usually suspended for unpaid balance, an expired plan, or a terms violation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="336"/>
        <source>The APN is wrong or unknown to the operator: set the operator&apos;s APN with `simtool apn set NAME --allow-write` (see the APN check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="338"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="357"/>
        <source>Then try again with `simtool connect-test`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="339"/>
        <source>If the APN is right, ask the operator whether it is enabled for this card; tell them: {identity}, {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="343"/>
        <source>The APN username, password or authentication type was refused: copy them exactly from the operator&apos;s settings, or clear them if the operator needs none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="346"/>
        <source>Check the APN too: some operators answer a wrong APN with this cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="350"/>
        <source>First check the APN: a wrong APN is also answered with cause #33.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="351"/>
        <source>If the APN is right, the plan does not allow data now: no data plan, plan expired, or data quota used up and suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="355"/>
        <source>Change the PDP type of the data context as the cause says ({meaning}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="359"/>
        <source>The operator&apos;s network refused the session for now ({meaning}). Wait a few minutes and try again with `simtool connect-test`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="364"/>
        <source>Check the APN and its username/password, then your balance and data plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="366"/>
        <source>Try again with `simtool connect-test`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="373"/>
        <source>Run `simtool connect-test` to open a data session once and see whether the network accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="375"/>
        <source>If it works there, the computer is not starting the connection: check its mobile-data settings (NetworkManager, Windows mobile settings, router).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="385"/>
        <source>The card fails in another device too: the card or the account is the problem, not this modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="387"/>
        <source>Check your balance and plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="388"/>
        <source>the card has no service in two different devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="392"/>
        <source>Use a powered USB hub or a stronger power supply: modems draw up to 2 A when they transmit and reset when the voltage drops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="397"/>
        <source>Install the modem&apos;s pending firmware update from its vendor, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="401"/>
        <source>Enable mobile data on this computer (NetworkManager, Windows &quot;Cellular&quot; settings, or the router&apos;s WAN settings) and connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../simtool/report/html.py" line="125"/>
        <location filename="../../simtool/report/markdown.py" line="68"/>
        <source>simtool {version} · {created} · port {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="142"/>
        <location filename="../../simtool/report/markdown.py" line="74"/>
        <location filename="../../simtool/report/text.py" line="145"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="145"/>
        <location filename="../../simtool/report/markdown.py" line="77"/>
        <source>The cause is on the operator&apos;s side: give them the support details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="152"/>
        <location filename="../../simtool/report/markdown.py" line="80"/>
        <location filename="../../simtool/report/text.py" line="133"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="182"/>
        <location filename="../../simtool/report/markdown.py" line="92"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="202"/>
        <source>AT transcript ({count} lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="212"/>
        <source>simtool report: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="219"/>
        <location filename="../../simtool/report/markdown.py" line="88"/>
        <source>Support details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/markdown.py" line="90"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/markdown.py" line="90"/>
        <location filename="../../simtool/report/markdown.py" line="95"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/markdown.py" line="95"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/markdown.py" line="98"/>
        <source>AT transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="33"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="38"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="38"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="39"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="39"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="40"/>
        <source>to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="40"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="47"/>
        <source>No problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="48"/>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="49"/>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="57"/>
        <source>AcT {act}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="63"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="63"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="69"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="69"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="87"/>
        <source>{domain} reject cause #{cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="91"/>
        <source>data session cause #{cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="133"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="134"/>
        <location filename="../../simtool/report/sections.py" line="185"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="135"/>
        <source>Host OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="136"/>
        <location filename="../../simtool/report/sections.py" line="186"/>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="137"/>
        <location filename="../../simtool/report/sections.py" line="191"/>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="138"/>
        <location filename="../../simtool/report/sections.py" line="192"/>
        <source>IMSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="139"/>
        <location filename="../../simtool/report/sections.py" line="193"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="140"/>
        <location filename="../../simtool/report/sections.py" line="213"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="141"/>
        <location filename="../../simtool/report/sections.py" line="215"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="142"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="144"/>
        <location filename="../../simtool/report/sections.py" line="218"/>
        <source>Cause codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="145"/>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="146"/>
        <source>Last worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="147"/>
        <source>Device or card changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="177"/>
        <location filename="../../simtool/report/sections.py" line="178"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="179"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="180"/>
        <source>USB id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="182"/>
        <source>Modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="183"/>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="184"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="188"/>
        <source>SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="189"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="190"/>
        <source>Modem says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="194"/>
        <source>PIN tries left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="195"/>
        <source>PUK tries left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="196"/>
        <source>Home network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="199"/>
        <source>Radio and signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="200"/>
        <source>Radio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="203"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="212"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="214"/>
        <source>Selection mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="216"/>
        <source>{domain} cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="220"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="221"/>
        <source>Packet attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="222"/>
        <source>Context {cid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="225"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="226"/>
        <source>APN configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="227"/>
        <source>APN expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="228"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="241"/>
        <source>(network-provided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="242"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="242"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/report/text.py" line="151"/>
        <source>What to tell your operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../simtool/diagnosis/runner.py" line="73"/>
        <source>Talking to the modem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/runner.py" line="121"/>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalBars</name>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="24"/>
        <source>Signal bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="33"/>
        <source>{bars} of 4 bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="34"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalGraph</name>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="47"/>
        <source>Signal history graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="55"/>
        <source>Latest: {metric} {value} dBm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="102"/>
        <source>Waiting for signal readings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="119"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="147"/>
        <source>last {minutes:.0f} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalHistoryView</name>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="159"/>
        <source>Signal is read every 5 seconds while the window is open. Dashed lines mark registration changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="162"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="163"/>
        <source>Export the signal history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="184"/>
        <source>Export signal history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="185"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="62"/>
        <source>Modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="62"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="62"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="63"/>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="64"/>
        <source>SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="64"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="64"/>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="65"/>
        <source>IMSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="65"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="66"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="66"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="67"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="68"/>
        <source>APN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="69"/>
        <location filename="../../simtool/gui/status_panel.py" line="85"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="69"/>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="69"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="70"/>
        <source>RSRQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="70"/>
        <source>SINR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="71"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="86"/>
        <source>Bars:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="94"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="98"/>
        <source>Facts used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="119"/>
        <source>This is the cause: the first check that failed. Fix this first, then press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="137"/>
        <source>Step: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <location filename="../../simtool/actions/validate.py" line="22"/>
        <source>{what} contains characters the modem would act on ({chars}); remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="29"/>
        <source>A PIN is 4 to 8 digits, nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="36"/>
        <source>A PUK is exactly 8 digits, nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="43"/>
        <source>The APN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="45"/>
        <source>An APN is at most 100 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="48"/>
        <source>An APN is made of letters, digits, &apos;-&apos; and dots, like &apos;internet&apos; or &apos;cmnet&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="57"/>
        <source>{what} is at most 64 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="64"/>
        <source>The USSD code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="66"/>
        <source>A USSD code is made of digits, &apos;*&apos; and &apos;#&apos;, like *100#.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="74"/>
        <source>A voucher code is 6 to 30 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="80"/>
        <source>A context id (cid) is between 1 and 24.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="43"/>
        <source>Does the SIM card work in another phone or device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="45"/>
        <source>Does the modem get enough power (original adapter or a powered USB port)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="48"/>
        <source>Is a firmware update for the modem pending?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="50"/>
        <source>Is mobile data switched on in this computer&apos;s network settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="58"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="59"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="60"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="61"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="62"/>
        <source>Your answer is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="63"/>
        <source>Could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="64"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="298"/>
        <source>Choose a port and press Check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="302"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="304"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="308"/>
        <source>Checklist steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="323"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="324"/>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="325"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="326"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="327"/>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="328"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="329"/>
        <source>Run the checklist again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="377"/>
        <source>Contact your operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="439"/>
        <source>cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="441"/>
        <source>the cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="479"/>
        <source>✔ No problem found. {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="481"/>
        <source>✖ {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="483"/>
        <source>? Not sure yet: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="485"/>
        <source>Saved report of {created} (read-only). </source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
