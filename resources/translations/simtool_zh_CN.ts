<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Account</name>
    <message>
        <location filename="../../simtool/actions/account.py" line="67"/>
        <source>This SIM looks like an IoT card (物联网卡). IoT cards are often not allowed to send SMS, or only to the numbers their platform allows, so the operator&apos;s balance SMS will most likely fail (and may still be charged). Check the balance, data and validity on the card&apos;s IoT platform, {platform}, or ask the vendor who sold the card.</source>
        <translation>这张卡看起来是物联网卡。物联网卡通常不能发短信，或只能发给平台允许的号码，所以发给运营商的余额查询短信很可能失败（仍可能产生短信费）。请在该卡的物联网平台（{platform}）查看余额、流量和有效期，或咨询售卡的代理商。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/account.py" line="72"/>
        <source>This SIM looks like an IoT card (物联网卡). IoT cards are often not allowed to send SMS, or only to the numbers their platform allows, so the operator&apos;s balance SMS will most likely fail (and may still be charged). Check the balance, data and validity on the card&apos;s IoT platform or ask the vendor who sold the card.</source>
        <translation>这张卡看起来是物联网卡。物联网卡通常不能发短信，或只能发给平台允许的号码，所以发给运营商的余额查询短信很可能失败（仍可能产生短信费）。请在该卡的物联网平台查看余额、流量和有效期，或咨询售卡的代理商。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/account.py" line="105"/>
        <source>(the network answered without text)</source>
        <translation>（网络已应答，但没有文字内容）</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/account.py" line="115"/>
        <source>Your operator has no balance-check code in the provider database. Enter the code your operator gives for it (often *100#).</source>
        <translation>运营商数据库中没有您的运营商的余额查询代码。请输入运营商提供的代码（通常为 *100#）。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/account.py" line="126"/>
        <source>SMS &quot;{text}&quot; to {number}</source>
        <translation>发送短信“{text}”到 {number}</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/account.py" line="146"/>
        <source>Your operator has no balance SMS in the provider database. Give the number and text your operator names for it.</source>
        <translation>供应商数据库中没有您运营商的余额查询短信。请填写运营商告知的号码和短信内容。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/account.py" line="156"/>
        <source>The SMS was sent, but {number} did not answer within {seconds:.0f} s. The answer may still come: it stays in the modem&apos;s messages.</source>
        <translation>短信已发出，但 {number} 在 {seconds:.0f} 秒内没有回复。回复可能稍后才到：它会保存在调制解调器的短信里。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/account.py" line="163"/>
        <source>[part of the answer is missing]</source>
        <translation>[回复有部分内容缺失]</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/account.py" line="210"/>
        <source>Your operator has no top-up code in the provider database. Enter it with CODE where the voucher goes, e.g. *101*CODE#.</source>
        <translation>运营商数据库中没有您的运营商的充值代码。请输入充值代码，并用 CODE 表示充值卡密码所在位置，例如 *101*CODE#。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/account.py" line="216"/>
        <source>The top-up code needs CODE where the voucher goes, e.g. *101*CODE#.</source>
        <translation>充值代码中需要用 CODE 表示充值卡密码所在位置，例如 *101*CODE#。</translation>
    </message>
</context>
<context>
    <name>Apn</name>
    <message>
        <location filename="../../simtool/actions/apn.py" line="52"/>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="54"/>
        <source>the modem restarted ({line})</source>
        <translation>调制解调器重启了（{line}）</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="56"/>
        <source>its answer never ended</source>
        <translation>它的应答一直没有结束</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="57"/>
        <source>no answer within {seconds:.0f} s</source>
        <translation>{seconds:.0f} 秒内没有应答</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="63"/>
        <source>The modem did not list its data contexts: {error}</source>
        <translation>调制解调器没有列出其数据上下文：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="67"/>
        <source>simtool could not read the modem&apos;s data contexts: {raw}</source>
        <translation>simtool 无法读取调制解调器的数据上下文：{raw}</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="128"/>
        <location filename="../../simtool/cli/apn.py" line="63"/>
        <source>The user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="130"/>
        <location filename="../../simtool/cli/apn.py" line="65"/>
        <source>The password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="132"/>
        <source>Authentication type {auth} is not known; use 0 (none), 1 (PAP) or 2 (CHAP).</source>
        <translation>未知的认证方式 {auth}；请使用 0（无）、1（PAP）或 2（CHAP）。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="139"/>
        <source>PDP type {kind} is not supported here; use IP, IPV6 or IPV4V6.</source>
        <translation>此处不支持 PDP 类型 {kind}；请使用 IP、IPV6 或 IPV4V6。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="153"/>
        <source>The modem refused the APN: {error}</source>
        <translation>调制解调器拒绝了该 APN：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="187"/>
        <source>The modem did not confirm the change ({error}); context {cid} now has APN {apn}.</source>
        <translation>调制解调器没有确认这次修改（{error}）；上下文 {cid} 现在的 APN 是 {apn}。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="190"/>
        <source>(none: not defined)</source>
        <translation>（无：未定义）</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="222"/>
        <source>The modem refused the user name and password: {error}. Putting the old APN back failed too ({failed}); undo with &apos;simtool apn --undo --allow-write&apos;.</source>
        <translation>调制解调器拒绝了用户名和密码：{error}。恢复原来的 APN 也失败了（{failed}）；请用 &apos;simtool apn --undo --allow-write&apos; 撤销。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="227"/>
        <source>The modem refused the user name and password: {error}. The APN was put back as it was; nothing was changed.</source>
        <translation>调制解调器拒绝了用户名和密码：{error}。APN 已恢复原样，没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="239"/>
        <source>There is no earlier APN to restore for this modem.</source>
        <translation>此调制解调器没有可恢复的旧 APN。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="255"/>
        <source>The APN saved for undo is not valid ({error}); nothing was sent to the modem. Set the APN with --set instead.</source>
        <translation>为撤销而保存的 APN 无效（{error}）；没有向调制解调器发送任何内容。请改用 --set 设置 APN。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="264"/>
        <source>The undo file {path} is damaged ({reason}); nothing was sent to the modem. Set the APN with --set instead.</source>
        <translation>撤销文件 {path} 已损坏（{reason}）；没有向调制解调器发送任何内容。请改用 --set 设置 APN。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="279"/>
        <source>The modem refused to restore the APN: {error}</source>
        <translation>调制解调器拒绝恢复 APN：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/apn.py" line="301"/>
        <source>The user name and password were not restored: the modem does not give the old password back. Enter them again if the APN needs them.</source>
        <translation>用户名和密码没有恢复：调制解调器不会返回旧密码。如果该 APN 需要，请重新输入。</translation>
    </message>
    <message>
        <source>The APN was set, but the modem refused the user name and password: {error}</source>
        <translation type="vanished">APN 已设置，但调制解调器拒绝了用户名和密码：{error}</translation>
    </message>
</context>
<context>
    <name>ApnChoice</name>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="524"/>
        <source>The modem has APN &apos;{have}&apos;. The provider database lists these for your operator; choose the one your contract names (or type it). The old value is kept so it can be undone.</source>
        <translation>调制解调器当前的 APN 为“{have}”。运营商数据库为您的运营商列出了以下 APN；请选择合同中写明的那个（或直接输入）。旧值会被保留，可以撤销。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="529"/>
        <source>Set the APN</source>
        <translation>设置 APN</translation>
    </message>
</context>
<context>
    <name>ApnEditor</name>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="73"/>
        <source>Edit the APN</source>
        <translation>编辑 APN</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="78"/>
        <source>The APN tells the network which data service to use. Pick your operator&apos;s from the list, or type the one your contract names (company and IoT cards often have their own). The old settings are kept: Modem ▸ Undo the last APN change puts them back.</source>
        <translation>APN 告诉网络要使用哪种数据业务。请从列表中选择你的运营商的 APN，或者输入合同上写的 APN（企业卡和物联网卡常有专用 APN）。旧设置会被保留：“调制解调器 ▸ 撤销上一次 APN 更改”可以恢复。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="85"/>
        <source>APN from the provider list</source>
        <translation>运营商列表中的 APN</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="86"/>
        <source>Custom (type it below)</source>
        <translation>自定义（在下面输入）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="90"/>
        <source>APN</source>
        <translation>APN</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="91"/>
        <source>e.g. cmnet, internet</source>
        <translation>例如 cmnet、3gnet</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="93"/>
        <source>IP type</source>
        <translation>IP 类型</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="94"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="94"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="95"/>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 和 IPv6</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="100"/>
        <source>Authentication</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="101"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="104"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="107"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="108"/>
        <source>Sho&amp;w the password</source>
        <translation>显示密码(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="113"/>
        <source>&amp;From the list:</source>
        <translation>从列表选择(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="114"/>
        <source>&amp;APN:</source>
        <translation>APN(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="115"/>
        <source>&amp;IP type:</source>
        <translation>IP 类型(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="116"/>
        <source>Au&amp;thentication:</source>
        <translation>认证方式(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="117"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="118"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="121"/>
        <source>Set the APN</source>
        <translation>设置 APN</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="169"/>
        <source>The user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="170"/>
        <source>The password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/apn_editor.py" line="174"/>
        <source>PAP and CHAP need a user name (ask your operator), or choose None.</source>
        <translation>PAP 和 CHAP 需要用户名（请向运营商询问），或者选择“无”。</translation>
    </message>
</context>
<context>
    <name>AtConsole</name>
    <message>
        <location filename="../../simtool/gui/console.py" line="132"/>
        <source>AT transcript</source>
        <translation>AT 通信记录</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="134"/>
        <source>AT command, e.g. AT+CSQ (Up/Down: history)</source>
        <translation>AT 命令，例如 AT+CSQ（上/下方向键：历史记录）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="135"/>
        <source>AT command</source>
        <translation>AT 命令</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="137"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="138"/>
        <source>Send the AT command</source>
        <translation>发送 AT 命令</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="139"/>
        <source>Cl&amp;ear</source>
        <translation>清除(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="140"/>
        <source>Clear the transcript</source>
        <translation>清除通信记录</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="141"/>
        <source>Commands that change the modem ask for confirmation first. PIN and PUK digits are masked.</source>
        <translation>会更改调制解调器的命令会先请求确认。PIN 码和 PUK 码的数字会被隐藏。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="150"/>
        <source>Comma&amp;nd:</source>
        <translation>命令(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="192"/>
        <source>! Not sent: {command}</source>
        <translation>! 未发送：{command}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="197"/>
        <source>… the modem may take up to {seconds:.0f} s; Cancel (Esc) stops waiting</source>
        <translation>… 调制解调器最多可能需要 {seconds:.0f} 秒；按“取消”(Esc) 可停止等待</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="208"/>
        <source>[URC] {line}</source>
        <translation>[URC] {line}</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="vanished">命令(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="vanished">清除(&amp;L)</translation>
    </message>
</context>
<context>
    <name>BalanceDialog</name>
    <message>
        <location filename="../../simtool/gui/account.py" line="56"/>
        <source>Check the balance</source>
        <translation>查询余额</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="59"/>
        <source>simtool asks {provider} for the balance with the code on record. The answer comes from the operator and may take a few seconds.</source>
        <translation>simtool 将使用数据库中记录的代码向{provider}查询余额。答复来自运营商，可能需要几秒钟。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="61"/>
        <source>your operator</source>
        <translation>您的运营商</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="63"/>
        <source>Your operator has no balance code in the provider database. Enter the code from your operator (often *100#); it is sent as a USSD request.</source>
        <translation>运营商数据库中没有您的运营商的余额查询代码。请输入运营商提供的代码（通常为 *100#），它将作为 USSD 请求发送。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="69"/>
        <source>Balance code</source>
        <translation>余额查询代码</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="71"/>
        <source>USSD &amp;code:</source>
        <translation>USSD 代码(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <location filename="../../simtool/report/bundle.py" line="46"/>
        <source>Your operator: {name}</source>
        <translation>你的运营商：{name}</translation>
    </message>
    <message>
        <location filename="../../simtool/report/bundle.py" line="49"/>
        <source>Hotline: {number}</source>
        <translation>客服热线：{number}</translation>
    </message>
    <message>
        <location filename="../../simtool/report/bundle.py" line="51"/>
        <source>Website: {url}</source>
        <translation>网站：{url}</translation>
    </message>
    <message>
        <location filename="../../simtool/report/bundle.py" line="55"/>
        <source>What to tell them:</source>
        <translation>要告诉他们的信息：</translation>
    </message>
    <message>
        <location filename="../../simtool/report/bundle.py" line="58"/>
        <source>Files in this bundle:</source>
        <translation>资料包中的文件：</translation>
    </message>
    <message>
        <location filename="../../simtool/report/bundle.py" line="60"/>
        <source>the report to read or print</source>
        <translation>可阅读或打印的报告</translation>
    </message>
    <message>
        <location filename="../../simtool/report/bundle.py" line="61"/>
        <source>the same report for support tools (simtool.report/1)</source>
        <translation>供技术支持工具使用的同一份报告（simtool.report/1）</translation>
    </message>
    <message>
        <location filename="../../simtool/report/bundle.py" line="62"/>
        <source>every AT command of the check and the modem&apos;s answer</source>
        <translation>检查时发送的每条 AT 命令及调制解调器的回复</translation>
    </message>
    <message>
        <location filename="../../simtool/report/bundle.py" line="63"/>
        <source>the signal history while simtool was open</source>
        <translation>simtool 打开期间的信号历史</translation>
    </message>
    <message>
        <location filename="../../simtool/report/bundle.py" line="64"/>
        <source>what was typed in the AT console, with the answers</source>
        <translation>在 AT 控制台中输入的内容及回复</translation>
    </message>
</context>
<context>
    <name>Causes</name>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="43"/>
        <source>{namespace} cause #{number}</source>
        <translation>{namespace} 原因 #{number}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="45"/>
        <source>{namespace} cause #{number} ({name})</source>
        <translation>{namespace} 原因 #{number}（{name}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="66"/>
        <source>the network does not know this SIM: the card is not activated, was cancelled or the number was ported out</source>
        <translation>网络不认识这张 SIM 卡：卡未激活、已注销，或号码已携号转网</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="69"/>
        <source>the network rejected the SIM as illegal: the card may be blocked (reported lost or stolen) or damaged</source>
        <translation>网络认定此 SIM 卡非法：卡可能已被冻结（挂失或被盗）或已损坏</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="72"/>
        <source>a temporary state of the voice network; the modem registers again</source>
        <translation>语音网络的临时状态；调制解调器会重新注册</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="74"/>
        <source>the network refused this device&apos;s identity (IMEI)</source>
        <translation>网络拒绝了此设备的身份（IMEI）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="76"/>
        <source>the network does not accept this device: its IMEI may be blocked, or the card is bound to another device</source>
        <translation>网络不接受此设备：其 IMEI 可能被封禁，或此卡已与另一台设备机卡绑定</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="79"/>
        <source>data service (LTE/5G) is not provisioned on this line, or the line is barred for data</source>
        <translation>此号码未开通数据业务（LTE/5G），或数据业务已被停用</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="83"/>
        <source>neither data nor voice is allowed: the line is not activated, was cancelled, or is not provisioned</source>
        <translation>数据和语音都不允许：号码未激活、已销户或未开通业务</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="87"/>
        <source>the network lost track of the modem; it usually registers again by itself</source>
        <translation>网络丢失了调制解调器的位置；通常会自行重新注册</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="90"/>
        <source>the network dropped the registration; the modem registers again</source>
        <translation>网络取消了注册；调制解调器会重新注册</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="92"/>
        <source>this network is not allowed for the card (wrong network chosen, no roaming agreement, or the subscription was cleared)</source>
        <translation>此卡不允许使用该网络（选错了网络、没有漫游协议，或签约已被清除）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="95"/>
        <source>the card may not be used in this area (region-restricted card)</source>
        <translation>此卡不能在本地区使用（区域限制卡）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="98"/>
        <source>roaming is not allowed here for this card</source>
        <translation>此卡在这里不允许漫游</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="100"/>
        <source>data is not allowed on this (usually foreign) network: data roaming is not included</source>
        <translation>在该网络（通常是外地/境外网络）上不允许使用数据：套餐不含数据漫游</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="103"/>
        <source>no usable cell here for this card; the plan may not include this radio technology (LTE, LTE-M, NB-IoT)</source>
        <translation>这里没有此卡可用的小区；套餐可能不包含这种无线技术（LTE、LTE-M、NB-IoT）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="106"/>
        <source>the voice part of the network is temporarily unreachable; data is usually fine</source>
        <translation>网络的语音部分暂时无法访问；数据业务通常不受影响</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="109"/>
        <location filename="../../simtool/diagnosis/causes.py" line="187"/>
        <source>the operator&apos;s network had a failure</source>
        <translation>运营商网络出现故障</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="111"/>
        <source>voice and SMS over the old network are not available; data is unaffected</source>
        <translation>旧网络上的语音和短信不可用；数据不受影响</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="114"/>
        <source>the attach failed because the data connection was refused (wrong APN, no balance or no roaming agreement)</source>
        <translation>附着失败，因为数据连接被拒绝（APN 错误、余额不足或没有漫游协议）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="117"/>
        <source>the SIM could not authenticate the network</source>
        <translation>SIM 卡无法认证网络</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="119"/>
        <source>the SIM and the network re-synchronised; this normally recovers by itself</source>
        <translation>SIM 卡与网络重新同步；通常会自行恢复</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="122"/>
        <source>the network is congested and asked the modem to wait (on NB-IoT it can also mean the account is barred)</source>
        <translation>网络拥塞，要求调制解调器等待（在 NB-IoT 上也可能表示账户已停机）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="125"/>
        <source>the device and the network do not agree on security settings</source>
        <translation>设备与网络的安全设置不一致</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="127"/>
        <source>security setup with the network failed</source>
        <translation>与网络建立安全连接失败</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="129"/>
        <source>this small cell (femtocell) is closed to this card</source>
        <translation>此小基站（家庭基站）不对此卡开放</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="131"/>
        <source>the SIM is too old for this network (no USIM)</source>
        <translation>此 SIM 卡太旧，不适用于该网络（不是 USIM 卡）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="133"/>
        <source>5G is not allowed on this subscription; the modem falls back to LTE</source>
        <translation>此签约不允许使用 5G；调制解调器回落到 LTE</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="136"/>
        <source>service is restricted in this area</source>
        <translation>本地区的服务受限</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="138"/>
        <source>the network steers the modem between its 4G and 5G cores</source>
        <translation>网络在其 4G 和 5G 核心网之间引导调制解调器</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="140"/>
        <source>a requested service is not allowed on this network</source>
        <translation>该网络不允许所请求的业务</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="142"/>
        <source>voice fallback is temporarily unavailable; data is fine</source>
        <translation>语音回落暂时不可用；数据正常</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="144"/>
        <source>the network has no data bearer for the modem; it attaches again</source>
        <translation>网络没有为调制解调器提供数据承载；它会重新附着</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="146"/>
        <source>the operator&apos;s core network had a serious failure</source>
        <translation>运营商核心网出现严重故障</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="148"/>
        <source>no 5G network slice is allowed for this card</source>
        <translation>此卡不允许使用任何 5G 网络切片</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="150"/>
        <source>this network may not be used at the current location</source>
        <translation>在当前位置不能使用该网络</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="152"/>
        <location filename="../../simtool/diagnosis/causes.py" line="220"/>
        <source>a protocol error between the modem and the network</source>
        <translation>调制解调器与网络之间的协议错误</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="158"/>
        <source>the operator has barred data on this line (often unpaid balance, an expired plan or a terms violation)</source>
        <translation>运营商已停止此号码的数据业务（通常是欠费停机、套餐到期或违反使用条款）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="161"/>
        <source>the network has no resources for the session right now</source>
        <translation>网络目前没有资源建立此会话</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="163"/>
        <source>the APN is wrong or unknown to the operator</source>
        <translation>APN 错误或运营商不认识此 APN</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="165"/>
        <source>the network does not accept the PDP type (IP, IPV6, IPV4V6)</source>
        <translation>网络不接受此 PDP 类型（IP、IPV6、IPV4V6）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="167"/>
        <source>the APN username, password or authentication type was refused</source>
        <translation>APN 用户名、密码或认证方式被拒绝</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="170"/>
        <source>the operator&apos;s gateway refused the session (policy or charging)</source>
        <translation>运营商网关拒绝了此会话（策略或计费原因）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="172"/>
        <source>the network refused the session without a specific reason</source>
        <translation>网络拒绝了此会话，没有给出具体原因</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="174"/>
        <source>the network does not support the requested service</source>
        <translation>网络不支持所请求的业务</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="176"/>
        <source>the plan does not allow data now: no data plan, plan expired, or data quota used up and suspended</source>
        <translation>套餐目前不允许使用数据：没有流量套餐、套餐到期，或流量超额自动停机</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="179"/>
        <source>a temporary network problem</source>
        <translation>网络临时故障</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="181"/>
        <source>a protocol state problem in the modem</source>
        <translation>调制解调器内部的协议状态问题</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="183"/>
        <source>the session was closed normally (if unexpected, the operator may have closed it, e.g. quota)</source>
        <translation>会话已正常关闭（如果出乎意料，可能是运营商关闭了它，例如流量用尽）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="186"/>
        <source>quality-of-service negotiation failed</source>
        <translation>服务质量（QoS）协商失败</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="189"/>
        <source>the network asks the modem to reconnect</source>
        <translation>网络要求调制解调器重新连接</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="191"/>
        <source>a protocol error about the data context</source>
        <translation>与数据上下文有关的协议错误</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="193"/>
        <source>the only data connection may not be closed on LTE</source>
        <translation>在 LTE 上不能关闭唯一的数据连接</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="196"/>
        <source>the network only allows IPv4: set the PDP type to IP</source>
        <translation>网络只允许 IPv4：请把 PDP 类型设为 IP</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="199"/>
        <source>the network only allows IPv6: set the PDP type to IPV6</source>
        <translation>网络只允许 IPv6：请把 PDP 类型设为 IPV6</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="201"/>
        <source>dual-stack is refused: use IP or IPV6</source>
        <translation>双栈被拒绝：请使用 IP 或 IPV6</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="203"/>
        <source>the modem did not send the APN when the network asked at attach</source>
        <translation>网络在附着时要求 APN，但调制解调器没有发送</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="205"/>
        <source>a stale data connection</source>
        <translation>一个过期的数据连接</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="207"/>
        <source>only one connection per APN is allowed</source>
        <translation>每个 APN 只允许一个连接</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="209"/>
        <source>a race with the network; retry</source>
        <translation>与网络的操作发生冲突；请重试</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="212"/>
        <source>only dual-stack is allowed: set the PDP type to IPV4V6</source>
        <translation>只允许双栈：请把 PDP 类型设为 IPV4V6</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="214"/>
        <source>the subscription is non-IP only (NB-IoT)</source>
        <translation>此签约只支持非 IP 数据（NB-IoT）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="216"/>
        <source>too many data contexts are open</source>
        <translation>打开的数据上下文太多</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="218"/>
        <source>this APN is not offered on this network or radio technology</source>
        <translation>该网络或无线技术不提供此 APN</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/causes.py" line="223"/>
        <source>this APN may not be used together with the one already open</source>
        <translation>此 APN 不能与已打开的 APN 同时使用</translation>
    </message>
    <message>
        <source>the subscription does not include this service: no data plan, plan expired, or data quota used up and suspended (also seen with a wrong APN)</source>
        <translation type="vanished">签约不包含此业务：没有流量套餐、套餐到期，或流量超额自动停机（APN 错误时也会出现）</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="52"/>
        <source>Modem port</source>
        <translation>调制解调器端口</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="53"/>
        <source>Radio</source>
        <translation>射频</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="54"/>
        <source>SIM card present</source>
        <translation>SIM 卡已插入</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="55"/>
        <source>SIM card working</source>
        <translation>SIM 卡工作正常</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="56"/>
        <source>SIM lock (PIN/PUK)</source>
        <translation>SIM 卡锁（PIN/PUK 码）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="57"/>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="58"/>
        <source>Network registration</source>
        <translation>网络注册</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="59"/>
        <source>Roaming</source>
        <translation>漫游</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="60"/>
        <source>APN (access point name)</source>
        <translation>APN（接入点名称）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="61"/>
        <source>Data service (packet attach)</source>
        <translation>数据业务（分组域附着）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="62"/>
        <source>Data session</source>
        <translation>数据连接</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="63"/>
        <source>Traffic through the data session</source>
        <translation>数据连接的实际流量</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="64"/>
        <source>Account balance</source>
        <translation>账户余额</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="65"/>
        <source>Does the card work in another device?</source>
        <translation>这张卡在其他设备中能用吗？</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="66"/>
        <source>Does the modem get enough power?</source>
        <translation>调制解调器供电是否充足？</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="67"/>
        <source>Is the modem firmware up to date?</source>
        <translation>调制解调器固件是最新的吗？</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="68"/>
        <source>Is mobile data enabled on this computer?</source>
        <translation>这台电脑上的移动数据已开启吗？</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="73"/>
        <source>the modem could not be reached</source>
        <translation>无法连接到调制解调器</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="74"/>
        <source>the radio is off</source>
        <translation>射频已关闭</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="75"/>
        <source>no SIM card was detected</source>
        <translation>未检测到 SIM 卡</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="76"/>
        <source>the SIM card is not working</source>
        <translation>SIM 卡不能正常工作</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="77"/>
        <source>the SIM is locked</source>
        <translation>SIM 卡已锁定</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="78"/>
        <source>there is no usable signal</source>
        <translation>没有可用的信号</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="79"/>
        <source>the card is not registered on a network</source>
        <translation>此卡未在网络上注册</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="80"/>
        <source>the card is not attached for data</source>
        <translation>此卡未附着数据业务</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="81"/>
        <source>no data session could be opened</source>
        <translation>无法建立数据连接</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="84"/>
        <source>the radio cannot be judged</source>
        <translation>无法判断射频状态</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="85"/>
        <location filename="../../simtool/diagnosis/checklist.py" line="86"/>
        <source>the SIM cannot be judged</source>
        <translation>无法判断 SIM 卡状态</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="87"/>
        <source>the SIM lock cannot be judged</source>
        <translation>无法判断 SIM 卡锁定状态</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="88"/>
        <source>the signal cannot be judged</source>
        <translation>无法判断信号</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="89"/>
        <source>registration cannot be judged</source>
        <translation>无法判断注册状态</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="90"/>
        <source>roaming cannot be judged</source>
        <translation>无法判断漫游状态</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="91"/>
        <source>the operator&apos;s APN cannot be looked up</source>
        <translation>无法查找运营商的 APN</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="92"/>
        <source>the data service cannot be judged</source>
        <translation>无法判断数据业务</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="93"/>
        <source>the data session cannot be judged</source>
        <translation>无法判断数据连接</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="94"/>
        <source>whether traffic passes cannot be tested</source>
        <translation>无法测试是否有流量通过</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="95"/>
        <source>the balance cannot be asked</source>
        <translation>无法查询余额</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="221"/>
        <source>the device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="222"/>
        <source>ModemManager</source>
        <translation>ModemManager</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="222"/>
        <source>the modem</source>
        <translation>调制解调器</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="227"/>
        <source>ModemManager: registration {state}</source>
        <translation>ModemManager：注册状态：{state}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="229"/>
        <source>{command}: stat {stat} ({state})</source>
        <translation>{command}: stat {stat}（{state}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="233"/>
        <source>, reject cause #{cause}</source>
        <translation>，拒绝原因 #{cause}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="243"/>
        <source>{port}: the device&apos;s web interface answers</source>
        <translation>{port}：设备的网页接口有响应</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="247"/>
        <source>ModemManager is still setting up {port} (state {state})</source>
        <translation>ModemManager 仍在初始化 {port}（状态：{state}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="251"/>
        <source>ModemManager is still setting up the modem.</source>
        <translation>ModemManager 仍在初始化调制解调器。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="252"/>
        <source>{port}: ModemManager manages it (state {state})</source>
        <translation>{port}：由 ModemManager 管理（状态：{state}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="255"/>
        <source>{port} answers AT commands</source>
        <translation>{port} 响应 AT 命令</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="258"/>
        <source>{port}: the modem answered</source>
        <translation>{port}：调制解调器已响应</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="259"/>
        <source>the port was not tried</source>
        <translation>未尝试该端口</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="260"/>
        <source>the port could not be used</source>
        <translation>无法使用该端口</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="262"/>
        <source>The modem&apos;s port was not found.</source>
        <translation>找不到调制解调器的端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="263"/>
        <source>simtool has no permission to open the modem&apos;s port.</source>
        <translation>simtool 没有权限打开调制解调器的端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="264"/>
        <source>The modem&apos;s port is in use by another program.</source>
        <translation>调制解调器的端口正被另一个程序占用。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="265"/>
        <source>The port does not answer: it is probably not the modem&apos;s AT port.</source>
        <translation>该端口没有响应：它可能不是调制解调器的 AT 端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="266"/>
        <source>The modem disappeared during the check.</source>
        <translation>检查过程中调制解调器消失了。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="267"/>
        <source>The device needs its admin password to show its state.</source>
        <translation>设备需要管理员密码才能显示其状态。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="268"/>
        <source>The port does not speak AT: it is not the modem&apos;s AT port.</source>
        <translation>该端口不使用 AT 协议：它不是调制解调器的 AT 端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="269"/>
        <source>The modem stopped answering during the check.</source>
        <translation>检查过程中调制解调器停止了应答。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="270"/>
        <source>The modem answered too slowly to finish the check in time.</source>
        <translation>调制解调器应答太慢，无法在时限内完成检查。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="272"/>
        <source>The modem could not be reached.</source>
        <translation>无法连接到调制解调器。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="275"/>
        <source>The stick or router could not be read through its web interface.</source>
        <translation>无法通过网页接口读取该上网卡或路由器。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="278"/>
        <source>The modem could not be reached through ModemManager.</source>
        <translation>无法通过 ModemManager 访问调制解调器。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="287"/>
        <source>ModemManager: the modem is {state}: mobile broadband is switched off on this computer</source>
        <translation>ModemManager：调制解调器{state}：本机的移动宽带已关闭</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="291"/>
        <source>The modem is switched off in ModemManager (mobile broadband off).</source>
        <translation>调制解调器在 ModemManager 中被关闭（移动宽带已关）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="293"/>
        <source>ModemManager: the modem is enabled (state {state})</source>
        <translation>ModemManager：调制解调器已启用（状态：{state}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="296"/>
        <source>ModemManager enables the radio only once the SIM works (state {state}): radio state unknown from ModemManager</source>
        <translation>SIM 卡可用后 ModemManager 才会开启射频（状态：{state}），因此 ModemManager 未提供射频状态</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="299"/>
        <source>radio state unknown from ModemManager (state {state})</source>
        <translation>ModemManager 未提供射频状态（状态：{state}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="307"/>
        <source>the device&apos;s radio is on</source>
        <translation>设备的射频已打开</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="308"/>
        <source>the device is in airplane mode: its radio is off</source>
        <translation>设备处于飞行模式：射频已关闭</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="310"/>
        <source>The device&apos;s radio is switched off (airplane mode).</source>
        <translation>设备的射频已关闭（飞行模式）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="314"/>
        <source>+CFUN: 1 (radio on)</source>
        <translation>+CFUN: 1（射频已打开）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="316"/>
        <source>+CFUN: {cfun}: the radio is off (airplane mode)</source>
        <translation>+CFUN: {cfun}：射频已关闭（飞行模式）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="319"/>
        <source>The modem&apos;s radio is switched off (airplane mode).</source>
        <translation>调制解调器的射频已关闭（飞行模式）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="321"/>
        <source>the modem did not report its radio state (+CFUN)</source>
        <translation>调制解调器没有报告射频状态（+CFUN）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="323"/>
        <source>+CFUN: {cfun} (radio on)</source>
        <translation>+CFUN: {cfun}（射频已打开）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="324"/>
        <source>+CFUN: {cfun}: an unusual radio mode</source>
        <translation>+CFUN: {cfun}：不常见的射频模式</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="356"/>
        <source>the SIM state could not be read ({raw})</source>
        <translation>无法读取 SIM 卡状态（{raw}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="357"/>
        <location filename="../../simtool/diagnosis/checklist.py" line="488"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="362"/>
        <source>no SIM card detected: {raw}</source>
        <translation>未检测到 SIM 卡：{raw}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="364"/>
        <source>No SIM card was detected in the modem.</source>
        <translation>调制解调器中未检测到 SIM 卡。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="365"/>
        <source>SIM detected: {raw}</source>
        <translation>已检测到 SIM 卡：{raw}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="373"/>
        <source>the SIM card is damaged or incompatible: {raw}</source>
        <translation>SIM 卡已损坏或不兼容：{raw}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="375"/>
        <source>The SIM card is damaged or incompatible with this modem.</source>
        <translation>SIM 卡已损坏，或与此调制解调器不兼容。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="377"/>
        <source>the SIM did not finish starting: still busy after waiting ({raw})</source>
        <translation>SIM 卡未完成启动：等待后仍然忙（{raw}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="379"/>
        <source>The SIM card did not finish starting.</source>
        <translation>SIM 卡未完成启动。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="381"/>
        <source>the SIM answers: ICCID {iccid}</source>
        <translation>SIM 卡有响应：ICCID {iccid}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="383"/>
        <source>the SIM answers ({raw}); ICCID not read</source>
        <translation>SIM 卡有响应（{raw}）；未读到 ICCID</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="391"/>
        <source>{raw}: no PIN needed</source>
        <translation>{raw}：不需要 PIN 码</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="394"/>
        <source>{raw}, attempts left unknown</source>
        <translation>{raw}，剩余次数未知</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="395"/>
        <source>The SIM card is locked with a PIN.</source>
        <translation>SIM 卡已被 PIN 码锁定。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="397"/>
        <source>{raw}, {retries} attempts left</source>
        <translation>{raw}，还剩 {retries} 次机会</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="399"/>
        <source>The SIM card is locked with a PIN ({retries} attempts left).</source>
        <translation>SIM 卡已被 PIN 码锁定（还剩 {retries} 次机会）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="406"/>
        <source>{raw}: the PIN was entered wrong too often</source>
        <translation>{raw}：PIN 码输错次数过多</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="408"/>
        <source>{raw}: the PIN was entered wrong too often; {retries} PUK attempts left</source>
        <translation>{raw}：PIN 码输错次数过多；PUK 码还剩 {retries} 次机会</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="412"/>
        <source>The SIM card is blocked and needs its PUK code.</source>
        <translation>SIM 卡已被锁死，需要 PUK 码解锁。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="414"/>
        <source>{raw}: the modem is locked to another operator or SIM</source>
        <translation>{raw}：调制解调器被锁定到另一家运营商或另一张 SIM 卡</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="416"/>
        <source>The modem is locked to another operator (network lock).</source>
        <translation>调制解调器被锁定到另一家运营商（网络锁）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="418"/>
        <source>{raw}: PIN2/PUK2 is not needed for data</source>
        <translation>{raw}：使用数据业务不需要 PIN2/PUK2 码</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="420"/>
        <source>unexpected SIM state {raw}</source>
        <translation>意外的 SIM 卡状态 {raw}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="434"/>
        <source>no signal: the modem measures no network here</source>
        <translation>无信号：调制解调器在这里测不到任何网络</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="435"/>
        <source>There is no mobile signal here.</source>
        <translation>这里没有移动信号。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="438"/>
        <source>signal in dBm unknown from ModemManager (it reports {percent}%)</source>
        <translation>ModemManager 未提供以 dBm 计的信号强度（它只报告了 {percent}%）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="440"/>
        <source>signal unknown from ModemManager</source>
        <translation>ModemManager 未提供信号强度</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="442"/>
        <source>the modem reported no signal values</source>
        <translation>调制解调器没有报告信号值</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="445"/>
        <source>{metric} {value} dBm on {rat}</source>
        <translation>{metric} 为 {value} dBm（{rat}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="448"/>
        <source>{metric} {value} dBm</source>
        <translation>{metric} {value} dBm</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="449"/>
        <source>{good} dBm or better is good, below {unusable} dBm is unusable indoors</source>
        <translation>{good} dBm 或更好为良好，低于 {unusable} dBm 在室内无法使用</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="452"/>
        <source>excellent</source>
        <translation>极好</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="452"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="452"/>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="453"/>
        <source>weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="453"/>
        <source>very weak</source>
        <translation>很弱</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="455"/>
        <source>{quoted}: {level}; {scale}</source>
        <translation>{quoted}：{level}；{scale}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="461"/>
        <source>The signal is too weak to use the network ({quoted}).</source>
        <translation>信号太弱，无法使用网络（{quoted}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="475"/>
        <source>the registration state is unknown from ModemManager</source>
        <translation>ModemManager 未提供注册状态</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="483"/>
        <source>registered ({state}) on {operator}: {quotes}</source>
        <translation>已注册（{state}），运营商 {operator}：{quotes}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="487"/>
        <source>the registration state could not be read ({quotes})</source>
        <translation>无法读取注册状态（{quotes}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="500"/>
        <source>{quotes} ({namespace}: {name}): {meaning}</source>
        <translation>{quotes}（{namespace}：{name}）：{meaning}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="501"/>
        <source>{quotes} ({namespace}): {meaning}</source>
        <translation>{quotes}（{namespace}）：{meaning}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="504"/>
        <source>The network refused the card with {namespace} cause #{number}: {meaning}.</source>
        <translation>网络拒绝了这张卡，原因为 {namespace} #{number}：{meaning}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="508"/>
        <source>{quotes}: {namespace} cause #{number}, not in the 3GPP tables</source>
        <translation>{quotes}：{namespace} 原因 #{number}，不在 3GPP 原因表中</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="510"/>
        <source>The network refused the card ({namespace} cause #{number}).</source>
        <translation>网络拒绝了这张卡（{namespace} 原因 #{number}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="513"/>
        <source>{quotes}: registration denied, no reject cause given</source>
        <translation>{quotes}：注册被拒，未给出拒绝原因</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="515"/>
        <location filename="../../simtool/diagnosis/checklist.py" line="529"/>
        <source>The network refused to register the card.</source>
        <translation>网络拒绝为这张卡注册。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="519"/>
        <source>{quotes}: the modem is looking for a network</source>
        <translation>{quotes}：调制解调器正在搜索网络</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="521"/>
        <source>The modem is looking for a network but has not registered.</source>
        <translation>调制解调器正在搜索网络，但尚未注册。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="523"/>
        <source>{quotes}: emergency calls only</source>
        <translation>{quotes}：仅限紧急呼叫</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="525"/>
        <source>The network allows emergency calls only for this card.</source>
        <translation>网络只允许此卡拨打紧急电话。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="527"/>
        <source>{quotes}: registration denied</source>
        <translation>{quotes}：注册被拒</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="530"/>
        <source>{quotes}: not registered and not searching</source>
        <translation>{quotes}：未注册，也未在搜索网络</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="532"/>
        <source>The modem is not registered and is not looking for a network.</source>
        <translation>调制解调器未注册，也没有在搜索网络。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="543"/>
        <source>roaming on {operator}</source>
        <translation>正在漫游，网络为 {operator}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="545"/>
        <source>home network: {operator}</source>
        <translation>归属网络：{operator}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="557"/>
        <source>skipped: the device shows its APN profiles only after its admin login, so the APN cannot be compared</source>
        <translation>已跳过：设备只有在管理员登录后才显示 APN 配置文件，因此无法比较 APN</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="561"/>
        <source>the device did not report its APN profiles</source>
        <translation>设备没有报告其 APN 配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="563"/>
        <source>the configured APN is unknown from ModemManager</source>
        <translation>ModemManager 未提供已配置的 APN</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="565"/>
        <source>the modem did not report its APN (+CGDCONT)</source>
        <translation>调制解调器没有报告其 APN（+CGDCONT）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="568"/>
        <source>no APN configured (network-provided); {provider} expects {expected}</source>
        <translation>未设置 APN（由网络下发）；{provider} 要求 {expected}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="572"/>
        <source>No APN is set, and {rat} needs one.</source>
        <translation>未设置 APN，而 {rat} 需要 APN。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="576"/>
        <source>the modem has &quot;{configured}&quot;; the provider database has no entry for {mcc}/{mnc}</source>
        <translation>调制解调器的 APN 为“{configured}”；运营商数据库中没有 {mcc}/{mnc} 的条目</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="581"/>
        <source>&quot;{configured}&quot; matches {provider}</source>
        <translation>“{configured}”与 {provider} 一致</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="583"/>
        <source>modem has &quot;{configured}&quot;, operator expects {expected} ({provider})</source>
        <translation>调制解调器的 APN 为“{configured}”，运营商要求 {expected}（{provider}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="588"/>
        <source>{detail}, but a data session with it is active</source>
        <translation>{detail}，但使用它的数据连接处于活动状态</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="592"/>
        <source>The APN is wrong: the device dials with &quot;{configured}&quot;, the operator expects &quot;{expected}&quot;.</source>
        <translation>APN 不正确：设备使用“{configured}”拨号，运营商要求的是“{expected}”。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="596"/>
        <source>The APN is wrong: the modem has &quot;{configured}&quot;, the operator expects &quot;{expected}&quot;.</source>
        <translation>APN 错误：调制解调器的 APN 为“{configured}”，运营商要求“{expected}”。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="613"/>
        <source>attached for data ({quote})</source>
        <translation>已附着数据业务（{quote}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="616"/>
        <source>{quote}: registered, but the network does not allow data service on this card</source>
        <translation>{quote}：已注册，但网络不允许这张卡使用数据业务</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="620"/>
        <location filename="../../simtool/diagnosis/checklist.py" line="643"/>
        <source>The card is registered but data service is not allowed on it.</source>
        <translation>此卡已注册，但不允许使用数据业务。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="622"/>
        <source>ModemManager: packet service attached</source>
        <translation>ModemManager：分组业务已附着</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="624"/>
        <source>the packet service state is unknown from ModemManager</source>
        <translation>ModemManager 未提供分组业务状态</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="626"/>
        <source>+CGATT: 1 (attached for data)</source>
        <translation>+CGATT: 1（已附着数据业务）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="628"/>
        <source>+CGATT: 0: registered, but not attached for data; data service not allowed on this card</source>
        <translation>+CGATT: 0：已注册但未附着数据业务；此卡不允许使用数据业务</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="638"/>
        <source> ({quote}{name})</source>
        <translation>（{quote}{name}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="646"/>
        <location filename="../../simtool/diagnosis/checklist.py" line="652"/>
        <source>registered on LTE ({quote}), which includes the data attach</source>
        <translation>已在 LTE 上注册（{quote}），其中已包含数据附着</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="649"/>
        <source>the device does not report whether data service is attached</source>
        <translation>设备没有报告是否已附着数据业务</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="654"/>
        <source>the modem did not report its data attach state (+CGATT)</source>
        <translation>调制解调器没有报告数据附着状态（+CGATT）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="681"/>
        <source>the device&apos;s mobile-data switch is off (connection status {code})</source>
        <translation>设备的移动数据开关已关闭（连接状态 {code}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="684"/>
        <source>Mobile data is switched off on the device itself.</source>
        <translation>设备本身的移动数据已关闭。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="688"/>
        <source>the device stopped data because its own monthly limit is reached ({used} of {limit}; connection status {code}: &quot;{text}&quot;). This limit is a setting on the device, not the operator&apos;s quota</source>
        <translation>设备本身设置的月流量上限已用完，因此停止了数据（已用 {used}，上限 {limit}；连接状态 {code}：“{text}”）。这是设备上的设置，不是运营商的流量套餐</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="694"/>
        <source>The device&apos;s own monthly data limit is reached and it stopped data (a setting on the device, not the operator&apos;s quota).</source>
        <translation>设备本身设置的月流量上限已用完，设备已停止数据（这是设备上的设置，不是运营商的流量套餐）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="698"/>
        <source> (the same number as 3GPP cause #{code}: {meaning}; Huawei does not document the link)</source>
        <translation>（与 3GPP 原因值 #{code} 的编号相同：{meaning}；华为没有说明二者的关系）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="700"/>
        <source>the device&apos;s connection failed with its code {code}: &quot;{text}&quot;{note}</source>
        <translation>设备连接失败，错误码 {code}：“{text}”{note}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="704"/>
        <source>The device could not connect (its code {code}: {text}).</source>
        <translation>设备无法连接（错误码 {code}：{text}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="707"/>
        <source>no data session: the device reports connection status {code}, which is not in simtool&apos;s tables</source>
        <translation>没有数据连接：设备报告的连接状态 {code} 不在 simtool 的代码表中</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="711"/>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="711"/>
        <source>disconnecting</source>
        <translation>正在断开</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="712"/>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="713"/>
        <source>the device is {state} (connection status {code})</source>
        <translation>设备{state}（连接状态 {code}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="727"/>
        <source>connected, but the device&apos;s own monthly data counter is past its limit ({used} of {limit}); this is the device&apos;s setting, not the operator&apos;s quota</source>
        <translation>已连接，但设备本身的月流量计数已超过其上限（已用 {used}，上限 {limit}）；这是设备上的设置，不是运营商的流量套餐</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="733"/>
        <source>the device is connected (connection status {code})</source>
        <translation>设备已连接（连接状态 {code}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="741"/>
        <source>context {cid} is active (APN &quot;{apn}&quot;)</source>
        <translation>上下文 {cid} 处于活动状态（APN“{apn}”）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="748"/>
        <source>no data session is active; the modem&apos;s last data error (&quot;{raw}&quot;) dates from before your last change and no session was tried since, so it is not today&apos;s cause</source>
        <translation>当前没有活动的数据连接；调制解调器上一次的数据错误（“{raw}”）发生在你最近一次更改之前，此后没有再尝试建立连接，所以它不是现在的原因</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="757"/>
        <source>the network refused the data session: {label}: {meaning}{quote}</source>
        <translation>网络拒绝了数据连接：{label}：{meaning}{quote}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="759"/>
        <source>The network refused the data session with {namespace} cause #{number}: {meaning}.</source>
        <translation>网络拒绝了数据连接，原因为 {namespace} #{number}：{meaning}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="763"/>
        <source>the network refused the data session with cause #{number}, which is not in the 3GPP tables{quote}</source>
        <translation>网络拒绝了数据连接，原因 #{number} 不在 3GPP 原因表中{quote}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="765"/>
        <source>The network refused the data session (cause #{number}).</source>
        <translation>网络拒绝了数据连接（原因 #{number}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="773"/>
        <source>the data session failed: &quot;{raw}&quot;</source>
        <translation>数据连接失败：“{raw}”</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="775"/>
        <source>The data session failed: &quot;{raw}&quot;.</source>
        <translation>数据连接失败：“{raw}”。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="777"/>
        <source>the connection test did not bring a data session up, and the modem gave no cause</source>
        <translation>连接测试没有建立数据连接，调制解调器也没有给出原因</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="780"/>
        <source>no cause given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="781"/>
        <source>The connection test failed without a cause.</source>
        <translation>连接测试失败，未给出原因。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="784"/>
        <source>no data session is active: ModemManager has no connected bearer</source>
        <translation>没有活动的数据连接：ModemManager 中没有已连接的承载</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="786"/>
        <source>no data session is active; run `simtool connect-test --allow-write` to test one</source>
        <translation>没有活动的数据连接；运行 `simtool connect-test --allow-write` 测试一次</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="796"/>
        <source>not run: `simtool check --port {url} --inhibit --allow-write --balance` asks the operator for the balance (USSD or SMS) while ModemManager lets go of the modem</source>
        <translation>未运行：`simtool check --port {url} --inhibit --allow-write --balance` 会在 ModemManager 暂时释放调制解调器期间向运营商查询余额（USSD 或短信）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="801"/>
        <source>not run: `simtool balance` asks the operator for the balance (USSD or SMS)</source>
        <translation>未运行：`simtool balance` 会向运营商查询余额（USSD 或短信）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="806"/>
        <source>balance {value}</source>
        <translation>余额 {value}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="808"/>
        <source>data left {value}</source>
        <translation>剩余流量 {value}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="810"/>
        <source>plan ends {value}</source>
        <translation>套餐到期 {value}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="815"/>
        <source>{code}: {text}</source>
        <translation>{code}：{text}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="816"/>
        <source>the balance query {code} failed: {text}</source>
        <translation>余额查询 {code} 失败：{text}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="841"/>
        <source>The data session is up, but the operator&apos;s notice of {date} says the card is blocked; test whether traffic passes: `simtool check --data-test --allow-write`.</source>
        <translation>数据连接已建立，但运营商 {date} 的通知短信说这张卡已被停用；请测试是否有流量通过：`simtool check --data-test --allow-write`。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="854"/>
        <source>not tested: no data session is up; `simtool check --data-test --allow-write` opens one for the test and closes it again</source>
        <translation>未测试：当前没有数据连接；`simtool check --data-test --allow-write` 会为测试打开一个连接并在测试后关闭</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="858"/>
        <source>not tested: `simtool check --data-test --allow-write` tests whether traffic passes</source>
        <translation>未测试：`simtool check --data-test --allow-write` 可测试是否有流量通过</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="863"/>
        <source>not testable on this modem: {reason}</source>
        <translation>无法在这台调制解调器上测试：{reason}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="865"/>
        <source>the test could not be completed: {detail}</source>
        <translation>测试未能完成：{detail}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="868"/>
        <source>traffic passes: {detail}</source>
        <translation>流量可以通过：{detail}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="871"/>
        <source>The operator&apos;s notice of {date} said the card was blocked; traffic passes now, so it no longer is.</source>
        <translation>运营商 {date} 的通知说这张卡已被停用；现在流量可以通过，说明已不再停用。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="876"/>
        <source>names do not resolve, addresses answer: {detail}</source>
        <translation>域名无法解析，但 IP 地址有回应：{detail}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="878"/>
        <source>The data session is up, but names do not resolve (DNS fails).</source>
        <translation>数据连接已建立，但域名无法解析（DNS 失败）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="880"/>
        <source>only some traffic passes: {detail}</source>
        <translation>只有部分流量能通过：{detail}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="882"/>
        <source>Only some traffic passes: web pages do not load through the data session.</source>
        <translation>只有部分流量能通过：网页无法通过数据连接打开。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="887"/>
        <source>web requests are redirected to {host}: {detail}</source>
        <translation>网页请求被重定向到 {host}：{detail}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="888"/>
        <source>another page</source>
        <translation>另一个页面</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="890"/>
        <source>nothing passes: {detail}</source>
        <translation>没有任何流量能通过：{detail}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="899"/>
        <source>The operator blocks data on this card: its notice of {date} says “{cause}” (usually arrears, quota used up or an expired plan).</source>
        <translation>运营商停用了这张卡的数据业务：其 {date} 的通知写明“{cause}”（常见原因是欠费停机、流量用尽或套餐到期）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="904"/>
        <source>The operator blocks data on this card: it moved to a new device, and IoT cards are often bound to their first device; or arrears, quota used up or an expired plan.</source>
        <translation>运营商停用了这张卡的数据业务：这张卡换到了新设备上，而物联网卡通常与首次使用的设备绑定（机卡绑定）；也可能是欠费、流量用尽或套餐到期。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="908"/>
        <source>The operator blocks data on this card: usually arrears, quota used up or an expired plan.</source>
        <translation>运营商停用了这张卡的数据业务：常见原因是欠费停机、流量用尽或套餐到期。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="932"/>
        <source>The card fails in another device too.</source>
        <translation>这张卡在其他设备中也不能用。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="933"/>
        <source>The modem may not get enough power.</source>
        <translation>调制解调器可能供电不足。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="934"/>
        <source>A firmware update is pending for the modem.</source>
        <translation>调制解调器有待安装的固件更新。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="935"/>
        <source>Mobile data is switched off on this computer.</source>
        <translation>这台电脑上的移动数据已关闭。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="943"/>
        <source>the modem restarted during the check ({evidence}); modems reset like this when their power supply dips</source>
        <translation>检查过程中调制解调器重启了（{evidence}）；供电不稳时调制解调器常会这样复位</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="948"/>
        <source>not answered yet</source>
        <translation>尚未回答</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="950"/>
        <source>answered: yes</source>
        <translation>回答：是</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="951"/>
        <source>answered: no</source>
        <translation>回答：否</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="971"/>
        <source>the SIM state could not be read</source>
        <translation>无法读取 SIM 卡状态</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="976"/>
        <source>skipped: {reason}, so {subject}</source>
        <translation>已跳过：{reason}，因此{subject}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="1063"/>
        <source>No verdict: some facts could not be read ({checks}); check the connection to the modem and run the check again.</source>
        <translation>无法得出结论：有些信息读取失败（{checks}）；请检查与调制解调器的连接后重新运行检查。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="1070"/>
        <source>The service works; see the warnings: {checks}.</source>
        <translation>服务正常；请查看警告：{checks}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="1073"/>
        <source>No fault found; see the warnings: {checks}. Whether traffic passes was not tested.</source>
        <translation>未发现故障；请查看警告：{checks}。尚未测试是否有流量通过。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="1076"/>
        <source>The SIM, the network registration and the data service look right.</source>
        <translation>SIM 卡、网络注册和数据业务看起来都正常。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/checklist.py" line="1079"/>
        <source>The SIM, the network registration and the data session look right; whether traffic passes was not tested (`simtool check --data-test --allow-write` tests it).</source>
        <translation>SIM 卡、网络注册和数据连接看起来都正常；尚未测试是否有流量通过（可用 `simtool check --data-test --allow-write` 测试）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="56"/>
        <location filename="../../simtool/diagnosis/esim.py" line="70"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="57"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="57"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="58"/>
        <source>test profile</source>
        <translation>测试配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="58"/>
        <source>provisioning profile</source>
        <translation>预置（引导）配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="59"/>
        <source>operational</source>
        <translation>运营商配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="60"/>
        <source>ICCID {iccid}</source>
        <translation>ICCID {iccid}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="61"/>
        <source>state unknown</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="142"/>
        <source>the SIM is an eSIM (EID {eid}) with no profile installed; the modem reports {raw}</source>
        <translation>这张 SIM 是 eSIM（EID {eid}），上面没有安装任何配置文件；调制解调器报告 {raw}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="152"/>
        <source>The eSIM has no profile: no mobile plan is installed on it.</source>
        <translation>eSIM 上没有配置文件：没有安装任何手机套餐。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="154"/>
        <source>the eSIM has no profile</source>
        <translation>eSIM 上没有配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="160"/>
        <source>the SIM is an eSIM (EID {eid}) with {count} profile(s) installed and none enabled: {profiles}; the modem reports {raw}</source>
        <translation>这张 SIM 是 eSIM（EID {eid}），装有 {count} 个配置文件，但都没有启用：{profiles}；调制解调器报告 {raw}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="164"/>
        <source>the SIM is an eSIM (EID {eid}) with profiles installed and none enabled; the modem reports {raw}</source>
        <translation>这张 SIM 是 eSIM（EID {eid}），装有配置文件，但都没有启用；调制解调器报告 {raw}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="175"/>
        <source>The eSIM holds a profile, but none is enabled: the modem sees no SIM.</source>
        <translation>eSIM 上有配置文件，但没有一个被启用：调制解调器看不到 SIM 卡。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="177"/>
        <source>no eSIM profile is enabled</source>
        <translation>没有启用任何 eSIM 配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="181"/>
        <source>the SIM is an eSIM (EID {eid}); the only enabled profile is {profile}, which no live network accepts</source>
        <translation>这张 SIM 是 eSIM（EID {eid}）；唯一启用的配置文件是 {profile}，任何现网都不接受它</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="192"/>
        <source>Only a test profile is enabled on the eSIM: it cannot register on a live network.</source>
        <translation>eSIM 上只启用了测试配置文件：它无法在现网注册。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="194"/>
        <source>only a test profile is enabled on the eSIM</source>
        <translation>eSIM 上只启用了测试配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="198"/>
        <source>the eSIM (EID {eid}) has {profile} enabled, but the modem reads ICCID {iccid}</source>
        <translation>eSIM（EID {eid}）启用的是 {profile}，但调制解调器读到的 ICCID 是 {iccid}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="207"/>
        <source>The modem still uses another profile than the one enabled on the eSIM.</source>
        <translation>调制解调器使用的配置文件与 eSIM 上启用的不是同一个。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="209"/>
        <source>the modem uses another eSIM profile than the enabled one</source>
        <translation>调制解调器使用的 eSIM 配置文件不是已启用的那个</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="214"/>
        <source>the eSIM (EID {eid}) has {profile} enabled and it does not register; also installed: {others}</source>
        <translation>eSIM（EID {eid}）启用的是 {profile}，但它注册不上网络；另外还装有：{others}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="226"/>
        <source>The enabled eSIM profile &quot;{name}&quot; does not register here; the plan you bought may be another profile on the eSIM.</source>
        <translation>启用的 eSIM 配置文件“{name}”在这里注册不上网络；你购买的套餐可能是 eSIM 上的另一个配置文件。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="229"/>
        <source>the enabled eSIM profile is not the right one</source>
        <translation>启用的 eSIM 配置文件不对</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="236"/>
        <source>eSIM not readable on this modem</source>
        <translation>这台调制解调器无法读取 eSIM</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="238"/>
        <source>the card opened no logical channel, so an eSIM could not be read</source>
        <translation>卡没有打开逻辑通道，因此无法读取 eSIM</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="243"/>
        <source>eSIM (EID {eid}), profile {profile}</source>
        <translation>eSIM（EID {eid}），配置文件 {profile}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="245"/>
        <source>eSIM (EID {eid})</source>
        <translation>eSIM（EID {eid}）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/evidence.py" line="45"/>
        <source>Operator notice of {date} from {sender}: {text}</source>
        <translation>{date} 来自 {sender} 的运营商通知：{text}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/evidence.py" line="69"/>
        <source>This card last worked in another device (IMEI {imei}, on {date}); it is in a new device now.</source>
        <translation>这张卡上次在另一台设备中正常使用（IMEI {imei}，{date}）；现在它在一台新设备中。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/evidence.py" line="72"/>
        <source>This card was last seen in another device (IMEI {imei}, on {date}).</source>
        <translation>这张卡上次出现在另一台设备中（IMEI {imei}，{date}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/evidence.py" line="87"/>
        <source>{count} unread SMS were not read, because reading them on this modem marks them read (`simtool check --read-unread-sms --allow-write` reads them).</source>
        <translation>有 {count} 条未读短信没有读取，因为在这台调制解调器上读取会把它们标为已读（`simtool check --read-unread-sms --allow-write` 可读取）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/evidence.py" line="91"/>
        <source>{count} unread SMS were read with your consent and are marked read now.</source>
        <translation>已经您同意读取了 {count} 条未读短信，它们现在已标为已读。</translation>
    </message>
    <message>
        <source>ModemManager enables the radio only once the SIM works (state {state}): radio {unknown}</source>
        <translation type="vanished">SIM 卡可用后 ModemManager 才会开启射频（状态 {state}）：射频{unknown}</translation>
    </message>
    <message>
        <source>No blocking problem found; see the warnings ({checks}).</source>
        <translation type="vanished">未发现阻断性问题；请查看警告（{checks}）。</translation>
    </message>
    <message>
        <source>No problem found: the SIM, the network registration and the data service look right.</source>
        <translation type="vanished">未发现问题：SIM 卡、网络注册和数据业务看起来都正常。</translation>
    </message>
    <message>
        <source>The device could not connect (its code {code}: {text})</source>
        <translation type="vanished">设备无法连接（错误码 {code}：{text}）</translation>
    </message>
    <message>
        <source>The eSIM has no profile, so the modem has no SIM to use.</source>
        <translation type="vanished">eSIM 中没有任何配置文件，调制解调器没有可用的 SIM。</translation>
    </message>
    <message>
        <source>The network refused the card ({namespace} cause #{number}: {meaning}).</source>
        <translation type="vanished">网络拒绝了这张卡（{namespace} 原因 #{number}：{meaning}）。</translation>
    </message>
    <message>
        <source>The network refused the data session ({namespace} cause #{number}: {meaning}).</source>
        <translation type="vanished">网络拒绝了数据连接（{namespace} 原因 #{number}：{meaning}）。</translation>
    </message>
    <message>
        <source>not run: `simtool balance` asks the operator for the balance (USSD)</source>
        <translation type="vanished">未运行：`simtool balance` 会向运营商查询余额（USSD）</translation>
    </message>
    <message>
        <source>not run: `simtool check --port {url} --inhibit --allow-write --balance` asks the operator for the balance (USSD) while ModemManager lets go of the modem</source>
        <translation type="vanished">未运行：`simtool check --port {url} --inhibit --allow-write --balance` 会在 ModemManager 暂时释放调制解调器期间向运营商查询余额（USSD）</translation>
    </message>
    <message>
        <source>radio state {unknown} (state {state})</source>
        <translation type="vanished">射频状态{unknown}（状态 {state}）</translation>
    </message>
    <message>
        <source>signal in dBm {unknown} (it reports {percent}%)</source>
        <translation type="vanished">以 dBm 计的信号{unknown}（它报告 {percent}%）</translation>
    </message>
    <message>
        <source>signal {unknown}</source>
        <translation type="vanished">信号{unknown}</translation>
    </message>
    <message>
        <source>the configured APN is {unknown}</source>
        <translation type="vanished">已配置的 APN {unknown}</translation>
    </message>
    <message>
        <source>the eSIM has no profile: {raw}</source>
        <translation type="vanished">eSIM 中没有配置文件：{raw}</translation>
    </message>
    <message>
        <source>the packet service state is {unknown}</source>
        <translation type="vanished">分组业务状态{unknown}</translation>
    </message>
    <message>
        <source>the registration state is {unknown}</source>
        <translation type="vanished">注册状态{unknown}</translation>
    </message>
    <message>
        <source>unknown from ModemManager</source>
        <translation type="vanished">ModemManager 未提供（未知）</translation>
    </message>
    <message>
        <source>unknown radio</source>
        <translation type="vanished">未知无线技术</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../simtool/cli/apn.py" line="56"/>
        <location filename="../../simtool/cli/topup.py" line="45"/>
        <location filename="../../simtool/cli/unlock.py" line="43"/>
        <source>environment variable {var} is not set</source>
        <translation>环境变量 {var} 未设置</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/apn.py" line="76"/>
        <source>setting the APN</source>
        <translation>设置 APN</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/apn.py" line="100"/>
        <source>Context {cid}: APN {apn}, user name and password set.</source>
        <translation>上下文 {cid}：APN {apn}，已设置用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/apn.py" line="102"/>
        <location filename="../../simtool/cli/apn.py" line="119"/>
        <source>Undo with &apos;simtool apn --undo --allow-write&apos;.</source>
        <translation>可用 &apos;simtool apn --undo --allow-write&apos; 撤销。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/apn.py" line="106"/>
        <source>The modem answered OK, but context {cid} still has APN {apn}: it did not apply the change.</source>
        <translation>调制解调器回复了 OK，但上下文 {cid} 的 APN 仍是 {apn}：它没有应用这次修改。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/apn.py" line="112"/>
        <source>Context {cid} already has APN {apn}; nothing was changed.</source>
        <translation>上下文 {cid} 的 APN 已经是 {apn}；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/apn.py" line="115"/>
        <source>Context {cid}: APN {old} -&gt; {new}.</source>
        <translation>上下文 {cid}：APN {old} -&gt; {new}。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/apn.py" line="128"/>
        <source>the provider database has no entry for this SIM&apos;s network; set the APN by hand with --set APN (your operator&apos;s website lists it)</source>
        <translation>运营商数据库中没有此 SIM 卡所属网络的条目；请用 --set APN 手动设置 APN（运营商网站上有列出）</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/apn.py" line="135"/>
        <source>no provider called {name} for this network; choose from: {names}</source>
        <translation>此网络没有名为 {name} 的运营商；可选：{names}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/apn.py" line="139"/>
        <source>the provider database lists no internet APN for this network</source>
        <translation>运营商数据库没有列出此网络的上网 APN</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/apn.py" line="143"/>
        <source>several providers share this network and expect different APNs:
{lines}
Choose one with --provider NAME.</source>
        <translation>多家运营商共用此网络，且要求的 APN 不同：
{lines}
请用 --provider NAME 选择一个。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/apn.py" line="153"/>
        <source>The modem has no data context defined.</source>
        <translation>调制解调器没有定义任何数据上下文。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/apn.py" line="156"/>
        <source>(empty: network-provided)</source>
        <translation>（空：由网络下发）</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/apn.py" line="157"/>
        <source>Context {cid}: {type} APN {apn}</source>
        <translation>上下文 {cid}：{type} APN {apn}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/apn.py" line="161"/>
        <source>Operator {name} expects: {apn}</source>
        <translation>运营商 {name} 要求：{apn}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/apn.py" line="164"/>
        <source>The provider database has no entry for this SIM&apos;s network.</source>
        <translation>运营商数据库中没有此 SIM 卡所属网络的条目。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="69"/>
        <source>--code is a USSD code; with --method sms give --sms-to and --sms-text</source>
        <translation>--code 是 USSD 代码；使用 --method sms 时请给出 --sms-to 和 --sms-text</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="79"/>
        <source>simtool: nothing was sent. To try the SMS anyway, add --allow-write.</source>
        <translation>simtool：未发送任何短信。如仍要尝试发送，请加上 --allow-write。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="82"/>
        <source>simtool: trying the SMS anyway, as asked (--allow-write).</source>
        <translation>simtool：已按您的要求（--allow-write）仍尝试发送短信。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="86"/>
        <source>simtool: your operator answers balance queries by SMS. Sending an SMS changes nothing on the modem but may be charged by the operator (a normal text message); nothing was sent. Add --allow-write to send it.</source>
        <translation>simtool：您的运营商通过短信回复余额查询。发送短信不会改动调制解调器，但运营商可能按普通短信收费；未发送任何内容。加上 --allow-write 才会发送。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="113"/>
        <source>Balance:   {value}</source>
        <translation>余额：{value}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="115"/>
        <source>Data left: {value}</source>
        <translation>剩余流量：{value}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="117"/>
        <source>Plan ends: {value}</source>
        <translation>套餐到期：{value}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="123"/>
        <source>(no balance or data figures found in the answer; it reads:)</source>
        <translation>（回复中未找到余额或流量数字；原文如下：）</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="124"/>
        <source>Operator&apos;s answer ({code}):</source>
        <translation>运营商的回复（{code}）：</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="131"/>
        <source>Sending &quot;{text}&quot; to {number} and waiting for the answer (up to {seconds:.0f} s)…</source>
        <translation>正在发送“{text}”到 {number} 并等待回复（最多 {seconds:.0f} 秒）…</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="140"/>
        <source>The answer was deleted from the modem, as asked.</source>
        <translation>已按要求从调制解调器中删除这条回复。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="166"/>
        <source>your operator has no balance SMS on record in the provider database. Give it yourself: simtool balance --method sms --sms-to NUMBER --sms-text TEXT --allow-write</source>
        <translation>供应商数据库中没有您运营商的余额查询短信。请自行指定：simtool balance --method sms --sms-to 号码 --sms-text 内容 --allow-write</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="173"/>
        <location filename="../../simtool/cli/balance.py" line="200"/>
        <source>your operator has no balance-check code on record in the provider database. Pass the code yourself: simtool balance --code *100#</source>
        <translation>运营商数据库中没有你的运营商的余额查询代码。请自己提供代码：simtool balance --code *100#</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="176"/>
        <location filename="../../simtool/cli/balance.py" line="204"/>
        <source>Asking the network ({code})…</source>
        <translation>正在查询网络（{code}）…</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="186"/>
        <source>the balance by SMS works on AT ports only; a stick or router is asked by USSD (--method ussd, or --code)</source>
        <translation>短信查余额只适用于 AT 端口；上网卡或路由器通过 USSD 查询（--method ussd，或 --code）</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/balance.py" line="194"/>
        <source>the device did not give the SIM&apos;s IMSI, so its operator is unknown (is the SIM locked, or does the device want its admin password: --password-env?). Or pass the code: --code *100#</source>
        <translation>设备没有提供 SIM 卡的 IMSI，因此无法确定运营商（SIM 卡是否已锁定，或设备是否需要管理员密码：--password-env？）。也可以直接指定代码：--code *100#</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="252"/>
        <source>simtool check: use --replay or --port, not both</source>
        <translation>simtool check：--replay 和 --port 只能用一个</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="255"/>
        <source>simtool check: --format pdf needs --output FILE</source>
        <translation>simtool check：--format pdf 需要 --output FILE</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="260"/>
        <source>The PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="262"/>
        <source>Without Qt, --format html gives the same report (a browser prints it to PDF).</source>
        <translation>没有 Qt 时，可用 --format html 生成同样的报告（再用浏览器打印成 PDF）。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="276"/>
        <source>simtool check: --connect-test activates the data context; nothing was changed. Add --allow-write to do it.</source>
        <translation>simtool check：--connect-test 会激活数据上下文；未做任何更改。加上 --allow-write 才会执行。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="280"/>
        <source>simtool check: --inhibit makes ModemManager let go of the modem, which drops its connection; nothing was changed. Add --allow-write to do it.</source>
        <translation>simtool check：--inhibit 会让 ModemManager 释放调制解调器，其连接会断开；未做任何更改。加上 --allow-write 才会执行。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="285"/>
        <source>simtool check: --inhibit needs one --port (a device path or mm://N)</source>
        <translation>simtool check：--inhibit 需要指定一个 --port（设备路径或 mm://N）</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="289"/>
        <source>simtool check: --connect-test needs a modem, not --replay</source>
        <translation>simtool check：--connect-test 需要连接调制解调器，不能与 --replay 一起使用</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="293"/>
        <source>may open a data session for the test</source>
        <translation>可能会为测试打开数据连接</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="295"/>
        <source>marks the unread SMS it reads as read</source>
        <translation>会把读取的未读短信标为已读</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="297"/>
        <source>simtool check: {flag} needs a modem, not --replay</source>
        <translation>simtool check：{flag} 需要连接调制解调器，不能与 --replay 一起使用</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="301"/>
        <source>simtool check: {flag} {what}; nothing was changed. Add --allow-write to do it.</source>
        <translation>simtool check：{flag} {what}；未做任何更改。加上 --allow-write 才会执行。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="305"/>
        <source>simtool check: --data-timeout must be more than 0 seconds</source>
        <translation>simtool check：--data-timeout 必须大于 0 秒</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="318"/>
        <source>simtool check: --balance asks the operator through a modem, not --replay</source>
        <translation>simtool check：--balance 需要通过调制解调器询问运营商，不能与 --replay 一起使用</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="325"/>
        <source>simtool check: the environment variable {name} (--password-env) is not set or empty</source>
        <translation>simtool check：环境变量 {name}（--password-env）未设置或为空</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="359"/>
        <source>simtool check: no modem given and none found. Name one with --port URL (e.g. --port /dev/ttyUSB2), list ports with &apos;simtool ports&apos;, or try the simulator: simtool check --port sim://healthy</source>
        <translation>simtool check：没有指定调制解调器，也没有找到。请用 --port URL 指定（例如 --port /dev/ttyUSB2），用 &apos;simtool ports&apos; 列出端口，或试试模拟器：simtool check --port sim://healthy</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="367"/>
        <source>simtool check: --format {format} makes one document per modem; check one --port at a time, or use text, json or prometheus for several.</source>
        <translation>simtool check：--format {format} 每个调制解调器生成一份文档；请一次只用一个 --port 检查，或者对多个调制解调器使用 text、json 或 prometheus 格式。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="373"/>
        <source>simtool check: --balance and --connect-test run on AT ports only; for {url} use `simtool balance --port {url}` (or `simtool data on`).</source>
        <translation>simtool check：--balance 和 --connect-test 只适用于 AT 端口；对于 {url}，请使用 `simtool balance --port {url}`（或 `simtool data on`）。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/check.py" line="526"/>
        <source>Modem on {port}</source>
        <translation>{port} 上的调制解调器</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/common.py" line="57"/>
        <source>the environment variable {name} (--password-env) is not set or empty</source>
        <translation>环境变量 {name}（--password-env）未设置或为空</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/common.py" line="83"/>
        <source>simtool: {what} changes the modem; nothing was changed. Add --allow-write to do it.</source>
        <translation>simtool：{what}会更改调制解调器；未做任何更改。加上 --allow-write 才会执行。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/common.py" line="102"/>
        <source>{port} is a stick or router read over its web interface: this command needs an AT port. For such a device: simtool check, data, profile, balance, ussd, topup.</source>
        <translation>{port} 是通过网页管理界面读取的上网卡或路由器：此命令需要 AT 端口。这类设备可以用：simtool check、data、profile、balance、ussd、topup。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/common.py" line="124"/>
        <source>the modem on {port} does not answer AT. Is it the AT port? Try &apos;simtool ports --probe&apos;.</source>
        <translation>{port} 上的调制解调器不响应 AT。它是 AT 端口吗？试试 &apos;simtool ports --probe&apos;。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/common.py" line="148"/>
        <source>the SIM did not give its IMSI, so its operator is unknown (is it locked or missing? &apos;simtool check&apos; tells).</source>
        <translation>SIM 卡没有提供 IMSI，因此无法确定其运营商（卡是否被锁定或未插入？&apos;simtool check&apos; 会告诉你）。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/connect_test.py" line="26"/>
        <source>a connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/connect_test.py" line="34"/>
        <source>Data connection works on context {cid}: address {address}.</source>
        <translation>上下文 {cid} 上的数据连接正常：地址 {address}。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/connect_test.py" line="38"/>
        <source>The network refused the data connection on context {cid}.</source>
        <translation>网络拒绝了上下文 {cid} 上的数据连接。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/connect_test.py" line="41"/>
        <source>Cause #{cause}: {meaning}</source>
        <translation>原因 #{cause}：{meaning}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/connect_test.py" line="44"/>
        <source>The modem said: {error}</source>
        <translation>调制解调器返回：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/data.py" line="35"/>
        <source>simtool data works on sticks and routers read over their web API (hilink://HOST); an AT modem has no such switch: use `simtool radio` or `simtool connect-test`.</source>
        <translation>simtool data 只适用于通过网页接口读取的上网卡和路由器（hilink://HOST）；AT 调制解调器没有这个开关：请使用 `simtool radio` 或 `simtool connect-test`。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/data.py" line="38"/>
        <source>switching mobile data</source>
        <translation>切换移动数据</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/data.py" line="44"/>
        <source>Mobile data is on (it was {before}).</source>
        <translation>移动数据已打开（之前为{before}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/data.py" line="45"/>
        <location filename="../../simtool/cli/data.py" line="48"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/data.py" line="45"/>
        <location filename="../../simtool/cli/data.py" line="48"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/data.py" line="47"/>
        <source>Mobile data is off (it was {before}).</source>
        <translation>移动数据已关闭（之前为{before}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/exporter.py" line="233"/>
        <source>simtool exporter: name the modems with --port URL (repeatable) or use --all</source>
        <translation>simtool exporter：请用 --port URL（可重复）指定调制解调器，或使用 --all</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/exporter.py" line="237"/>
        <source>simtool exporter: --interval must be more than 0 seconds</source>
        <translation>simtool exporter：--interval 必须大于 0 秒</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/exporter.py" line="243"/>
        <source>simtool exporter: --listen {listen} is not an address: use HOST:PORT, :PORT or [IPv6]:PORT, e.g. {example}</source>
        <translation>simtool exporter：--listen {listen} 不是有效地址：请使用 HOST:PORT、:PORT 或 [IPv6]:PORT，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/exporter.py" line="254"/>
        <source>simtool exporter: cannot listen on {listen}: {error}</source>
        <translation>simtool exporter：无法在 {listen} 上监听：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/exporter.py" line="260"/>
        <source>simtool exporter: serving http://{address}/metrics; checking {what} every {interval:g} s</source>
        <translation>simtool exporter：正在提供 http://{address}/metrics；每 {interval:g} 秒检查一次 {what}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/help.py" line="24"/>
        <source>simtool help: unknown command {name!r}; choose from {names}</source>
        <translation>simtool help：未知命令 {name!r}；可选命令：{names}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/history.py" line="34"/>
        <source>Forgot {cards} card(s) and deleted {reports} saved report(s).</source>
        <translation>已忘记 {cards} 张卡，并删除了 {reports} 份已保存的报告。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/history.py" line="51"/>
        <source>No card history yet: every `simtool check` adds its card ({path}).</source>
        <translation>还没有卡片历史：每次 `simtool check` 都会记录所检查的卡（{path}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/history.py" line="56"/>
        <source>Card {iccid}: first seen {first}, last seen {last}, last worked {worked}</source>
        <translation>卡 {iccid}：首次见到 {first}，最后见到 {last}，最后一次正常 {worked}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/history.py" line="63"/>
        <source>in IMEI {imei}: {first} to {last}, last worked there {worked}</source>
        <translation>在 IMEI {imei} 中：{first} 至 {last}，在该设备上最后一次正常 {worked}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/numbers.py" line="19"/>
        <location filename="../../simtool/cli/numbers.py" line="22"/>
        <source>{value!r} is not a number of seconds</source>
        <translation>{value!r} 不是有效的秒数</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/numbers.py" line="40"/>
        <source>must be more than 0 seconds, not {value}</source>
        <translation>必须大于 0 秒，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/numbers.py" line="49"/>
        <source>must be 0 seconds or more, not {value}</source>
        <translation>必须是 0 秒或以上，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="85"/>
        <source>ModemManager&apos;s modems (check them with --port mm://N):</source>
        <translation>ModemManager 管理的调制解调器（用 --port mm://N 检查）：</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="90"/>
        <source>ports: {ports}</source>
        <translation>端口：{ports}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="105"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="105"/>
        <source>no permission</source>
        <translation>无权限</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="106"/>
        <source>busy</source>
        <translation>被占用</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="106"/>
        <source>gone</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="107"/>
        <source>no driver</source>
        <translation>无驱动</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="108"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="115"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="115"/>
        <source>USB id</source>
        <translation>USB ID</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="115"/>
        <source>If</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="115"/>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="116"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="118"/>
        <source>AT</source>
        <translation>AT</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="127"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="129"/>
        <source>no (diagnostic)</source>
        <translation>否（诊断口）</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="131"/>
        <source>no ({reason})</source>
        <translation>否（{reason}）</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="134"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="157"/>
        <source>No USB modem port found (only built-in serial ports).</source>
        <translation>未找到 USB 调制解调器端口（只有内置串口）。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="158"/>
        <source>No serial ports found on this computer.</source>
        <translation>这台电脑上没有找到串口。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="165"/>
        <source>Plug the modem in and wait a few seconds; if it still does not appear, it may need a driver or a mode switch.</source>
        <translation>插上调制解调器并等待几秒钟；如果仍然没有出现，可能需要安装驱动或切换模式。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="167"/>
        <source>To try simtool without a modem, use the simulator: simtool check --port sim://healthy</source>
        <translation>没有调制解调器也可以试用 simtool，请使用模拟器：simtool check --port sim://healthy</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="183"/>
        <source>Sticks and routers with a web interface (no AT port):</source>
        <translation>带网页管理界面的上网卡和路由器（没有 AT 端口）：</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="188"/>
        <source>Check one with: simtool check --port {url}</source>
        <translation>检查其中一个：simtool check --port {url}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="197"/>
        <source>simtool ports: --timeout must be more than 0 seconds</source>
        <translation>simtool ports：--timeout 必须大于 0 秒</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="242"/>
        <source>* answers AT: use --port {device}</source>
        <translation>* 响应 AT：请使用 --port {device}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="243"/>
        <source>* likely AT port (run with --probe to make sure): --port {device}</source>
        <translation>* 可能是 AT 端口（加 --probe 运行以确认）：--port {device}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ports.py" line="247"/>
        <source>No port answered AT.</source>
        <translation>没有端口响应 AT。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/profile.py" line="39"/>
        <source>simtool profile works on sticks and routers read over their web API (hilink://HOST); for an AT modem use `simtool apn`.</source>
        <translation>simtool profile 只适用于通过网页接口读取的上网卡和路由器（hilink://HOST）；AT 调制解调器请使用 `simtool apn`。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/profile.py" line="43"/>
        <source>selecting an APN profile</source>
        <translation>选择 APN 配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/profile.py" line="47"/>
        <source>The device now dials with profile {index}.</source>
        <translation>设备现在使用配置文件 {index} 拨号。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/profile.py" line="49"/>
        <source>To go back: simtool profile --port {port} --select {index} --allow-write</source>
        <translation>如需改回：simtool profile --port {port} --select {index} --allow-write</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/profile.py" line="55"/>
        <source>The device lists no APN profiles.</source>
        <translation>设备没有列出任何 APN 配置文件。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/profile.py" line="60"/>
        <source>* the profile in use</source>
        <translation>* 正在使用的配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/radio.py" line="21"/>
        <source>switching the radio</source>
        <translation>切换射频</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/radio.py" line="25"/>
        <source>The radio was already {state} (CFUN {cfun}).</source>
        <translation>射频本来就处于 {state} 状态（CFUN {cfun}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/radio.py" line="28"/>
        <source>Radio switched {state}: CFUN {before} -&gt; {after}.</source>
        <translation>射频已切换为 {state}：CFUN {before} -&gt; {after}。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/simulate.py" line="105"/>
        <source>Scenarios:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/simulate.py" line="108"/>
        <source>Vendors: {names}</source>
        <translation>厂商：{names}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/simulate.py" line="109"/>
        <source>In-process URL: sim://SCENARIO?vendor=NAME&amp;latency=MS&amp;operator=MCCMNC</source>
        <translation>进程内 URL：sim://SCENARIO?vendor=NAME&amp;latency=MS&amp;operator=MCCMNC</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/simulate.py" line="117"/>
        <source>simtool simulate: choose a scenario: {names}</source>
        <translation>simtool simulate：请选择一个场景：{names}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/simulate.py" line="123"/>
        <source>simtool simulate: use --pty or --unix, not both</source>
        <translation>simtool simulate：--pty 和 --unix 只能选一个</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/simulate.py" line="126"/>
        <source>simtool simulate: add --pty to serve the modem on a pseudo-terminal. Programs using simtool can open sim://{scenario} directly; --list shows all scenarios and vendors.</source>
        <translation>simtool simulate：加上 --pty 可在伪终端上提供模拟调制解调器。使用 simtool 的程序可以直接打开 sim://{scenario}；--list 列出所有场景和厂商。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/simulate.py" line="131"/>
        <source>simtool simulate: pseudo-terminals need Linux or macOS; use the sim:// URL instead.</source>
        <translation>simtool simulate：伪终端需要 Linux 或 macOS；请改用 sim:// URL。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/simulate.py" line="135"/>
        <source>simtool simulate: abstract: socket names exist on Linux only; give a socket file path instead.</source>
        <translation>simtool simulate：abstract: 套接字名只在 Linux 上可用；请改用套接字文件路径。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/simulate.py" line="163"/>
        <source>simtool simulate: cannot listen on {address}: {reason}</source>
        <translation>simtool simulate：无法在 {address} 上监听：{reason}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/simulate.py" line="179"/>
        <source>Serving the simulated modem ({scenario}, {vendor}) on {path}; stop with Ctrl+C.</source>
        <translation>正在 {path} 上提供模拟调制解调器（{scenario}，{vendor}）；按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/simulate.py" line="197"/>
        <source>simtool simulate: choose --hilink or --zte, not both</source>
        <translation>simtool simulate：--hilink 和 --zte 只能选一个</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/simulate.py" line="205"/>
        <source>simtool simulate: the {scenario} scenario has no counterpart in this device&apos;s web API (see docs/web-devices.md); these do not map: {names}</source>
        <translation>simtool simulate：{scenario} 场景在此设备的网页接口中没有对应（见 docs/web-devices.md）；以下场景无法对应：{names}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/simulate.py" line="231"/>
        <source>simtool simulate: cannot serve on {host}:{port}: {error}</source>
        <translation>simtool simulate：无法在 {host}:{port} 上提供服务：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/simulate.py" line="241"/>
        <source>Serving the simulated device ({scenario}) as {kind}://{where}; stop with Ctrl+C.</source>
        <translation>正在以 {kind}://{where} 提供模拟设备（{scenario}）；按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/topup.py" line="42"/>
        <source>a top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/topup.py" line="51"/>
        <source>the top-up template needs CODE where the voucher goes, e.g. *101*CODE#</source>
        <translation>充值模板中需要用 CODE 表示充值卡密码的位置，例如 *101*CODE#</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/topup.py" line="64"/>
        <source>your operator has no top-up code on record in the provider database. Pass it with --template, e.g. --template &apos;*101*CODE#&apos;</source>
        <translation>运营商数据库中没有你的运营商的充值代码。请用 --template 提供，例如 --template &apos;*101*CODE#&apos;</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/topup.py" line="87"/>
        <source>no top-up code is known for this SIM (the device did not give its IMSI, or the provider database has none). Pass it with --template, e.g. --template &apos;*101*CODE#&apos;</source>
        <translation>不知道这张 SIM 卡的充值代码（设备没有提供 IMSI，或运营商数据库中没有记录）。请用 --template 指定，例如 --template &apos;*101*CODE#&apos;</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/unlock.py" line="47"/>
        <source>no terminal to ask for the code on: use --pin-env VAR (and --puk-env / --new-pin-env with --puk)</source>
        <translation>没有可以输入密码的终端：请使用 --pin-env VAR（用 --puk 时再加 --puk-env / --new-pin-env）</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/unlock.py" line="66"/>
        <source>PUK (8 digits): </source>
        <translation>PUK 码（8 位数字）：</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/unlock.py" line="68"/>
        <source>New PIN (4-8 digits): </source>
        <translation>新 PIN 码（4-8 位数字）：</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/unlock.py" line="70"/>
        <source>SIM PIN: </source>
        <translation>SIM 卡 PIN 码：</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/unlock.py" line="94"/>
        <source>The SIM accepted the {what} and is unlocked.</source>
        <translation>SIM 卡接受了 {what} 码，已解锁。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/unlock.py" line="96"/>
        <source>The SIM did not accept the {what}: {error}.</source>
        <translation>SIM 卡没有接受 {what} 码：{error}。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/unlock.py" line="100"/>
        <source>{what} attempts left: {before} -&gt; {after}.</source>
        <translation>{what} 码剩余次数：{before} -&gt; {after}。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/unlock.py" line="103"/>
        <source>The SIM is now blocked and asks for the PUK ({left} attempts left). The PUK is on the card holder the SIM came in, or your operator has it; then run &apos;simtool unlock --puk&apos;.</source>
        <translation>SIM 卡现在已被锁死，需要 PUK 码（还剩 {left} 次机会）。PUK 码印在 SIM 卡的卡托上，或向运营商索取；然后运行 &apos;simtool unlock --puk&apos;。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/unlock.py" line="107"/>
        <source>The SIM now reports: {state}.</source>
        <translation>SIM 卡现在的状态：{state}。</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/ussd.py" line="50"/>
        <source>Reply (empty to end): </source>
        <translation>回复（留空结束）：</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/watch.py" line="182"/>
        <source>--interval must be more than 0 seconds</source>
        <translation>--interval 必须大于 0 秒</translation>
    </message>
    <message>
        <location filename="../../simtool/cli/watch.py" line="184"/>
        <source>--count must be at least 1</source>
        <translation>--count 至少为 1</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/replay.py" line="51"/>
        <source>cannot read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/replay.py" line="55"/>
        <source>{path} is not a simtool report (expected the JSON that &apos;simtool check --format json&apos; writes)</source>
        <translation>{path} 不是 simtool 报告（应为 &apos;simtool check --format json&apos; 生成的 JSON）</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/replay.py" line="60"/>
        <source>{path} has no AT transcript to replay</source>
        <translation>{path} 中没有可回放的 AT 通信记录</translation>
    </message>
</context>
<context>
    <name>Collect</name>
    <message>
        <location filename="../../simtool/sources/at/esim.py" line="230"/>
        <source>the eSIM kept answering 61xx</source>
        <translation>eSIM 一直回复 61xx</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/esim.py" line="265"/>
        <source>{command}: {reason}</source>
        <translation>{command}：{reason}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/esim.py" line="283"/>
        <source>{command}: no answer</source>
        <translation>{command}：没有应答</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/esim.py" line="284"/>
        <source>{command}: {final}</source>
        <translation>{command}：{final}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/esim.py" line="352"/>
        <source>eSIM read stopped: {reason}</source>
        <translation>eSIM 读取中止：{reason}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/esim.py" line="388"/>
        <location filename="../../simtool/sources/at/esim.py" line="393"/>
        <source>the eSIM channel {channel} could not be closed</source>
        <translation>无法关闭 eSIM 通道 {channel}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/esim.py" line="411"/>
        <source>AT+CCHO: {reason}</source>
        <translation>AT+CCHO：{reason}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/esim.py" line="449"/>
        <source>the SIM opened no logical channel (status {sw})</source>
        <translation>SIM 卡没有打开逻辑通道（状态 {sw}）</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/esim.py" line="479"/>
        <source>GetEID: {reason}</source>
        <translation>GetEID：{reason}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/esim.py" line="482"/>
        <source>GetEID: the EID {eid} is not 32 digits</source>
        <translation>GetEID：EID {eid} 不是 32 位数字</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/esim.py" line="487"/>
        <source>the EID {eid} fails its check digits</source>
        <translation>EID {eid} 的校验位不对</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/esim.py" line="490"/>
        <source>GetEID: the eSIM answered {sw}</source>
        <translation>GetEID：eSIM 回复 {sw}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/esim.py" line="495"/>
        <source>GetProfilesInfo: the eSIM answered {sw}</source>
        <translation>GetProfilesInfo：eSIM 回复 {sw}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/esim.py" line="499"/>
        <source>GetProfilesInfo: {reason}</source>
        <translation>GetProfilesInfo：{reason}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/notices.py" line="73"/>
        <source>A stored SMS could not be read ({reason})</source>
        <translation>有一条已存储的短信无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="218"/>
        <source>AT{command}: reply not understood ({reason}): {raw}</source>
        <translation>AT{command}：无法理解应答（{reason}）：{raw}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="222"/>
        <source>AT{command} failed: {final}</source>
        <translation>AT{command} 失败：{final}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="223"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="250"/>
        <source>Nothing answered AT on this port.</source>
        <translation>此端口上没有任何设备响应 AT。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="317"/>
        <source>Reading the radio and SIM state…</source>
        <translation>正在读取射频和 SIM 卡状态…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="344"/>
        <source>SIM is busy, waiting… {waited} s of {total} s</source>
        <translation>SIM 卡忙，正在等待… {waited} 秒 / 共 {total} 秒</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="378"/>
        <source>The modem has just started: reading the SIM again… {waited} s of {total} s</source>
        <translation>调制解调器刚刚启动：正在重新读取 SIM 卡… 已等 {waited} 秒，共 {total} 秒</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="382"/>
        <source>No SIM reported: reading once more to be sure…</source>
        <translation>调制解调器报告没有 SIM 卡：再读一次以确认…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="459"/>
        <source>Reading the SIM card…</source>
        <translation>正在读取 SIM 卡…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="510"/>
        <source>provider database not available: {error}</source>
        <translation>运营商数据库不可用：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="524"/>
        <source>Reading signal and registration…</source>
        <translation>正在读取信号和注册状态…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="703"/>
        <source>Reading the data settings…</source>
        <translation>正在读取数据设置…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="761"/>
        <source>last error reported by the modem: {namespace} cause #{cause} ({text})</source>
        <translation>调制解调器报告的最近错误：{namespace} 原因 #{cause}（{text}）</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="790"/>
        <source>Reading the modem&apos;s identity…</source>
        <translation>正在读取调制解调器的身份信息…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="803"/>
        <source>Reading the operator&apos;s messages…</source>
        <translation>正在读取运营商的短信…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="820"/>
        <source>{line} at {seconds:.1f} s, while {command} was running</source>
        <translation>第 {seconds:.1f} 秒收到 {line}，当时正在执行 {command}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="823"/>
        <source>{line} at {seconds:.1f} s</source>
        <translation>第 {seconds:.1f} 秒收到 {line}</translation>
    </message>
</context>
<context>
    <name>ConfirmFix</name>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="560"/>
        <source>Change the modem?</source>
        <translation>要更改调制解调器吗？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="561"/>
        <source>Change the modem</source>
        <translation>更改调制解调器</translation>
    </message>
</context>
<context>
    <name>ConfirmWrite</name>
    <message>
        <location filename="../../simtool/gui/console.py" line="86"/>
        <source>Change the modem?</source>
        <translation>要更改调制解调器吗？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="87"/>
        <source>{command} changes the modem&apos;s settings or state (for example it can switch the radio off, lock the SIM or drop the connection).</source>
        <translation>{command} 会更改调制解调器的设置或状态（例如可能关闭射频、锁住 SIM 卡或断开连接）。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="92"/>
        <source>Send the command</source>
        <translation>发送命令</translation>
    </message>
    <message>
        <source>{command} changes the modem&apos;s settings or state (for example it can switch the radio off, lock the SIM or drop the connection).

Send it anyway?</source>
        <translation type="vanished">{command} 会更改调制解调器的设置或状态（例如可能关闭射频、锁定 SIM 卡或断开连接）。

仍要发送吗？</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <location filename="../../simtool/actions/connect_test.py" line="74"/>
        <source>The modem did not finish activating the data context within {seconds:.0f} s.</source>
        <translation>调制解调器未能在 {seconds:.0f} 秒内完成数据上下文的激活。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/connect_test.py" line="129"/>
        <source>Connection test: context {cid} came up with address {address} and was taken down again.</source>
        <translation>连接测试：上下文 {cid} 已建立，地址为 {address}，随后已断开。</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../simtool/gui/console.py" line="71"/>
        <source>Line breaks and control characters cannot be sent.</source>
        <translation>不能发送换行符和控制字符。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/console.py" line="74"/>
        <source>The command is too long.</source>
        <translation>命令太长。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/worker.py" line="428"/>
        <source>The AT console needs the modem&apos;s AT port, and ModemManager holds it ({url} is read through ModemManager; simtool never opens the port beside it). Send AT commands with `mmcli -m {index} --command=...` (ModemManager started with --debug), or stop ModemManager and choose the modem&apos;s AT port.</source>
        <translation>AT 控制台需要调制解调器的 AT 端口，而该端口被 ModemManager 占用（{url} 是通过 ModemManager 读取的；simtool 绝不会与它同时打开该端口）。可以用 `mmcli -m {index} --command=...` 发送 AT 命令（需 ModemManager 以 --debug 启动），或者停止 ModemManager 后选择调制解调器的 AT 端口。</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="325"/>
        <source>Contact your operator</source>
        <translation>联系运营商</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="327"/>
        <source>If the cause is on the operator&apos;s side (card barred, suspended, not activated, plan expired), call them and give them these details.</source>
        <translation>如果原因在运营商一方（卡被停机、暂停服务、未激活、套餐到期），请致电运营商并提供以下信息。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="339"/>
        <source>How to reach your operator</source>
        <translation>如何联系你的运营商</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="343"/>
        <source>What to tell the operator</source>
        <translation>要告诉运营商的内容</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="345"/>
        <source>C&amp;opy to clipboard</source>
        <translation>复制到剪贴板(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="346"/>
        <source>Copy the details to the clipboard</source>
        <translation>把这些信息复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="348"/>
        <source>Save a s&amp;upport bundle…</source>
        <translation>保存支持资料包(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="349"/>
        <source>Save a support bundle</source>
        <translation>保存支持资料包</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="350"/>
        <source>One zip for your operator or a support desk: the report (PDF and JSON), the AT transcript, the signal history and the AT console&apos;s log.</source>
        <translation>一个可以发给运营商或技术支持的 zip 文件：报告（PDF 和 JSON）、AT 通信记录、信号历史和 AT 控制台的记录。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="361"/>
        <source>In your own words (goes into the report)</source>
        <translation>用你自己的话描述（会写入报告）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="366"/>
        <source>e.g. no internet since this morning</source>
        <translation>例如：从今天早上开始无法上网</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="367"/>
        <location filename="../../simtool/gui/wizard.py" line="444"/>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="369"/>
        <source>e.g. yesterday evening</source>
        <translation>例如：昨天晚上</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="370"/>
        <source>When it last worked</source>
        <translation>最后一次正常的时间</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="372"/>
        <source>Not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="373"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="374"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="375"/>
        <location filename="../../simtool/gui/wizard.py" line="446"/>
        <source>Device or card changed</source>
        <translation>是否更换过设备或卡</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="378"/>
        <source>&amp;Symptom:</source>
        <translation>故障现象(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="379"/>
        <source>Last wor&amp;ked:</source>
        <translation>最后正常(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="380"/>
        <source>Dev&amp;ice or card changed:</source>
        <translation>更换过设备或卡(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="429"/>
        <source>hotline {number}</source>
        <translation>客服热线 {number}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="433"/>
        <source>Your operator: {how}</source>
        <translation>你的运营商：{how}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="445"/>
        <source>Last worked</source>
        <translation>最后一次正常</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="vanished">复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Last worked:</source>
        <translation type="vanished">最后正常(&amp;L)：</translation>
    </message>
    <message>
        <source>Device or card c&amp;hanged:</source>
        <translation type="vanished">更换过设备或卡(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../../simtool/providers/contacts.py" line="34"/>
        <source>China Mobile</source>
        <translation>中国移动</translation>
    </message>
    <message>
        <location filename="../../simtool/providers/contacts.py" line="35"/>
        <source>China Unicom</source>
        <translation>中国联通</translation>
    </message>
    <message>
        <location filename="../../simtool/providers/contacts.py" line="36"/>
        <source>China Telecom</source>
        <translation>中国电信</translation>
    </message>
    <message>
        <location filename="../../simtool/providers/contacts.py" line="37"/>
        <source>China Broadnet</source>
        <translation>中国广电</translation>
    </message>
    <message>
        <location filename="../../simtool/providers/contacts.py" line="39"/>
        <source>free from a phone with this operator&apos;s card</source>
        <translation>用该运营商的手机卡拨打免费</translation>
    </message>
</context>
<context>
    <name>DataTest</name>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="92"/>
        <source>DNS {host}: no answer</source>
        <translation>DNS {host}：无应答</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="94"/>
        <source>DNS {host}: {address}</source>
        <translation>DNS {host}：{address}</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="97"/>
        <source>DNS {host}: failed ({error})</source>
        <translation>DNS {host}：失败（{error}）</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="101"/>
        <source>HTTP {url}: {status}</source>
        <translation>HTTP {url}：{status}</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="104"/>
        <source>, a page titled “{title}”</source>
        <translation>，返回标题为“{title}”的页面</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="107"/>
        <source>HTTP {url}: failed ({error})</source>
        <translation>HTTP {url}：失败（{error}）</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="110"/>
        <source>HTTP {url}: no answer</source>
        <translation>HTTP {url}：无应答</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="112"/>
        <source>ping {address}: {received} of {sent} answered</source>
        <translation>ping {address}：{sent} 次中 {received} 次有回应</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="114"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="140"/>
        <source>simtool knows no built-in ping, DNS or web test on this modem ({vendor})</source>
        <translation>simtool 不了解这台调制解调器（{vendor}）内置的 ping、DNS 或网页测试</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="149"/>
        <source>Opening a data session for the test…</source>
        <translation>正在为测试打开数据连接…</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="161"/>
        <source>the modem&apos;s TCP/IP stack did not start: {detail}</source>
        <translation>调制解调器的 TCP/IP 协议栈未能启动：{detail}</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="187"/>
        <source>Data test: context {cid} was activated for the test and deactivated afterwards.</source>
        <translation>数据测试：为测试激活了上下文 {cid}，测试后已去激活。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="193"/>
        <source>Looking up {host}…</source>
        <translation>正在解析 {host}…</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="197"/>
        <source>Asking {url}…</source>
        <translation>正在访问 {url}…</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/data_test.py" line="202"/>
        <source>Pinging {address}…</source>
        <translation>正在 ping {address}…</translation>
    </message>
    <message>
        <location filename="../../simtool/vendors/fibocom.py" line="51"/>
        <source>this model has no built-in TCP/IP stack (AT+MIPCALL? answered {answer})</source>
        <translation>这个型号没有内置的 TCP/IP 协议栈（AT+MIPCALL? 的回答是 {answer}）</translation>
    </message>
    <message>
        <location filename="../../simtool/vendors/tcpip.py" line="75"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <location filename="../../simtool/sources/hilink/discover.py" line="18"/>
        <location filename="../../simtool/sources/zte/discover.py" line="17"/>
        <source>no SIM</source>
        <translation>无 SIM 卡</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/discover.py" line="19"/>
        <location filename="../../simtool/sources/zte/discover.py" line="18"/>
        <source>SIM failure</source>
        <translation>SIM 卡故障</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/discover.py" line="20"/>
        <location filename="../../simtool/sources/zte/discover.py" line="19"/>
        <source>SIM ready</source>
        <translation>SIM 卡就绪</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/discover.py" line="21"/>
        <location filename="../../simtool/sources/zte/discover.py" line="20"/>
        <source>PIN required</source>
        <translation>需要 PIN 码</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/discover.py" line="22"/>
        <location filename="../../simtool/sources/zte/discover.py" line="21"/>
        <source>PUK required</source>
        <translation>需要 PUK 码</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/discover.py" line="23"/>
        <location filename="../../simtool/sources/zte/discover.py" line="43"/>
        <source>SIM starting</source>
        <translation>SIM 卡正在启动</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/discover.py" line="49"/>
        <location filename="../../simtool/sources/zte/discover.py" line="47"/>
        <source>SIM state {code}</source>
        <translation>SIM 卡状态 {code}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/discover.py" line="22"/>
        <source>locked to another operator</source>
        <translation>已锁定为其他运营商专用</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="100"/>
        <source>simtool ran into a problem</source>
        <translation>simtool 遇到了问题</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="102"/>
        <source>Something went wrong inside simtool. The app keeps running, but the last action may not have finished.

{summary}</source>
        <translation>simtool 内部出错。应用仍在运行，但最后一个操作可能没有完成。

{summary}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="108"/>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="121"/>
        <source>Save error details</source>
        <translation>保存错误详情</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="122"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="50"/>
        <source>PDF (print, attach to an e-mail)</source>
        <translation>PDF（可打印，可作为邮件附件）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="51"/>
        <source>HTML (one file, opens in a browser)</source>
        <translation>HTML（单个文件，用浏览器打开）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="52"/>
        <source>Markdown (paste into a ticket or chat)</source>
        <translation>Markdown（粘贴到工单或聊天中）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="53"/>
        <source>JSON (for scripts and support tools)</source>
        <translation>JSON（供脚本和支持工具使用）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="54"/>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="64"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="66"/>
        <source>Report format</source>
        <translation>报告格式</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="69"/>
        <source>&amp;Redact identifiers (IMEI, IMSI, ICCID, phone number: keep the last 4 digits)</source>
        <translation>隐藏识别号(&amp;R)（IMEI、IMSI、ICCID、电话号码：保留后 4 位）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="72"/>
        <source>Redact identifiers</source>
        <translation>隐藏识别号</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="74"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="84"/>
        <source>A copy is also kept in the report history.</source>
        <translation>报告历史中也会保留一份副本。</translation>
    </message>
</context>
<context>
    <name>Extras</name>
    <message>
        <location filename="../../simtool/extras.py" line="30"/>
        <source>{what} needs Qt (PySide6), which this installation of simtool does not have. Install it with: {command}</source>
        <translation>{what}需要 Qt（PySide6），当前安装的 simtool 没有包含它。请用以下命令安装：{command}</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="24"/>
        <location filename="../../simtool/gui/facts_view.py" line="135"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="26"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="26"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="58"/>
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="61"/>
        <source>(reject cause #{cause})</source>
        <translation>（拒绝原因 #{cause}）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="78"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="78"/>
        <location filename="../../simtool/gui/facts_view.py" line="211"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="79"/>
        <source>USB id</source>
        <translation>USB ID</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="81"/>
        <source>Answers AT</source>
        <translation>响应 AT 命令</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="83"/>
        <source>Read through</source>
        <translation>读取途径</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="84"/>
        <source>Answers</source>
        <translation>有应答</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="86"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="89"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="94"/>
        <source>Radio on</source>
        <translation>射频已打开</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="96"/>
        <source>+CFUN</source>
        <translation>+CFUN</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="105"/>
        <source>Circuit (+CREG)</source>
        <translation>电路域（+CREG）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="105"/>
        <source>Packet (+CGREG)</source>
        <translation>分组域（+CGREG）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="106"/>
        <source>LTE (+CEREG)</source>
        <translation>LTE（+CEREG）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="106"/>
        <source>5G (+C5GREG)</source>
        <translation>5G（+C5GREG）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="107"/>
        <source>Circuit-switched</source>
        <translation>电路域</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="107"/>
        <source>Packet-switched</source>
        <translation>分组域</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="108"/>
        <source>LTE</source>
        <translation>LTE</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="108"/>
        <source>5G</source>
        <translation>5G</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="116"/>
        <source>SIM state</source>
        <translation>SIM 卡状态</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="117"/>
        <source>Modem says</source>
        <translation>调制解调器原文</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="118"/>
        <location filename="../../simtool/gui/facts_view.py" line="212"/>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="118"/>
        <source>PIN tries left</source>
        <translation>PIN 码剩余次数</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="119"/>
        <source>PUK tries left</source>
        <translation>PUK 码剩余次数</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="126"/>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="126"/>
        <source>not readable on this modem</source>
        <translation>这台调制解调器无法读取</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="129"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="129"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="130"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="130"/>
        <source>provisioning</source>
        <translation>预置</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="131"/>
        <source>operational</source>
        <translation>运营商</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="132"/>
        <source>Card type</source>
        <translation>卡类型</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="132"/>
        <source>eSIM (eUICC)</source>
        <translation>eSIM（eUICC）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="132"/>
        <location filename="../../simtool/gui/facts_view.py" line="213"/>
        <source>EID</source>
        <translation>EID</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="137"/>
        <source>Profile {number}</source>
        <translation>配置文件 {number}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="140"/>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="140"/>
        <source>none installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="147"/>
        <source>Radio technology</source>
        <translation>无线技术</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="148"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="149"/>
        <source>RSRP</source>
        <translation>RSRP</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="149"/>
        <source>RSRQ</source>
        <translation>RSRQ</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="150"/>
        <source>SINR</source>
        <translation>SINR</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="150"/>
        <source>RSCP</source>
        <translation>RSCP</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="151"/>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="156"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="158"/>
        <location filename="../../simtool/gui/facts_view.py" line="168"/>
        <location filename="../../simtool/gui/facts_view.py" line="191"/>
        <location filename="../../simtool/gui/facts_view.py" line="215"/>
        <source>Operator</source>
        <translation>运营商</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="166"/>
        <location filename="../../simtool/gui/facts_view.py" line="216"/>
        <source>Registration</source>
        <translation>注册</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="167"/>
        <source>SIM&apos;s home network</source>
        <translation>SIM 卡归属网络</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="168"/>
        <source>Network in use</source>
        <translation>当前使用的网络</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="173"/>
        <source>Modem has</source>
        <translation>调制解调器设置</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="173"/>
        <source>Operator expects</source>
        <translation>运营商要求</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="174"/>
        <location filename="../../simtool/gui/facts_view.py" line="191"/>
        <source>Provider</source>
        <translation>运营商数据库</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="178"/>
        <source>Packet attached</source>
        <translation>已附着分组域</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="182"/>
        <source>Context {cid}</source>
        <translation>上下文 {cid}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="183"/>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="183"/>
        <source>inactive</source>
        <translation>未激活</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="185"/>
        <source>Last error</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="186"/>
        <location filename="../../simtool/gui/facts_view.py" line="217"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="211"/>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="212"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="214"/>
        <source>IMSI</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/facts_view.py" line="214"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../simtool/fileio.py" line="51"/>
        <source>{path} is a symbolic link; simtool does not write through links. Give the path of a regular file.</source>
        <translation>{path} 是符号链接；simtool 不会通过链接写入。请给出普通文件的路径。</translation>
    </message>
    <message>
        <location filename="../../simtool/fileio.py" line="54"/>
        <source>{path} is a folder; give a file name in it, for example {path}/report.txt.</source>
        <translation>{path} 是一个文件夹；请给出其中的文件名，例如 {path}/report.txt。</translation>
    </message>
    <message>
        <location filename="../../simtool/fileio.py" line="57"/>
        <source>{path} is not a regular file (a device, pipe or socket); simtool writes only to regular files.</source>
        <translation>{path} 不是普通文件（而是设备、管道或套接字）；simtool 只写入普通文件。</translation>
    </message>
    <message>
        <location filename="../../simtool/fileio.py" line="64"/>
        <source>Could not write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
</context>
<context>
    <name>Fixes</name>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="339"/>
        <source>balance {value}</source>
        <translation>余额 {value}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="341"/>
        <source>data left {value}</source>
        <translation>剩余流量 {value}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="343"/>
        <source>plan ends {value}</source>
        <translation>套餐到期 {value}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="347"/>
        <source>The operator answered ({code}): {figures}. {text}</source>
        <translation>运营商已回复（{code}）：{figures}。{text}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="350"/>
        <source>The operator answered ({code}): {text}</source>
        <translation>运营商答复（{code}）：{text}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="353"/>
        <source>No answer from the operator ({code}): {text}</source>
        <translation>运营商没有答复（{code}）：{text}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="362"/>
        <source>Radio switched on (+CFUN: {before} -&gt; {after}).</source>
        <translation>射频已打开（+CFUN: {before} -&gt; {after}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="371"/>
        <source>PIN accepted; the SIM is now: {state}.</source>
        <translation>PIN 码正确；SIM 卡现在的状态：{state}。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="373"/>
        <source>The SIM refused the PIN ({error}). Attempts left: {left}.</source>
        <translation>SIM 卡拒绝了 PIN 码（{error}）。剩余次数：{left}。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="383"/>
        <source>PUK accepted and the new PIN set; the SIM is now: {state}.</source>
        <translation>PUK 码已被接受，新 PIN 码已设置；SIM 卡现在：{state}。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="385"/>
        <source>The SIM refused the PUK ({error}). PUK attempts left: {left}.</source>
        <translation>SIM 卡拒绝了 PUK 码（{error}）。剩余 PUK 尝试次数：{left}。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="398"/>
        <source>APN of context {cid} set to &apos;{new}&apos; (was &apos;{old}&apos;). Modem ▸ Undo the last APN change restores it.</source>
        <translation>上下文 {cid} 的 APN 已设为“{new}”（原为“{old}”）。“调制解调器 ▸ 撤销上一次 APN 更改”可以恢复。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="407"/>
        <source>APN of context {cid} restored to &apos;{apn}&apos;.</source>
        <translation>上下文 {cid} 的 APN 已恢复为“{apn}”。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="418"/>
        <source>no login</source>
        <translation>无需登录</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="419"/>
        <source>APN of context {cid} set to &apos;{new}&apos; ({kind}, {login}; was &apos;{old}&apos;). Modem ▸ Undo the last APN change restores it.</source>
        <translation>数据上下文 {cid} 的 APN 已设为“{new}”（{kind}，{login}；原来是“{old}”）。“调制解调器 ▸ 撤销上一次 APN 更改”可以恢复。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="429"/>
        <source>Modem restarted: radio off and on again (+CFUN: {after}). It searches for the network and connects again; this can take a minute.</source>
        <translation>调制解调器已重启：射频已关闭再打开（+CFUN: {after}）。它会重新搜索网络并重新连接，可能需要一分钟。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="439"/>
        <source>Network selection set to automatic. Modem ▸ Undo the last network choice puts back the previous one.</source>
        <translation>网络选择已设为自动。“调制解调器 ▸ 撤销上一次网络选择”可以恢复之前的设置。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="443"/>
        <location filename="../../simtool/gui/fixes.py" line="462"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="445"/>
        <source>The modem now uses {network} only (was: {before}). Modem ▸ Undo the last network choice puts back the previous one.</source>
        <translation>调制解调器现在只使用 {network}（原来是：{before}）。“调制解调器 ▸ 撤销上一次网络选择”可以恢复之前的设置。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="454"/>
        <source>The scan found {count} network(s).</source>
        <translation>搜索到 {count} 个网络。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="464"/>
        <source>Network selection restored: {after}.</source>
        <translation>网络选择已恢复：{after}。</translation>
    </message>
    <message>
        <source>APN of context {cid} set to &apos;{new}&apos; (was &apos;{old}&apos;). Modem &gt; Undo the last APN change restores it.</source>
        <translation type="vanished">上下文 {cid} 的 APN 已设为“{new}”（原为“{old}”）。菜单“调制解调器 &gt; 撤销上一次 APN 更改”可恢复。</translation>
    </message>
    <message>
        <source>APN of context {cid} set to &apos;{new}&apos; (was &apos;{old}&apos;). To undo: simtool apn --undo.</source>
        <translation type="vanished">上下文 {cid} 的 APN 已设为“{new}”（原为“{old}”）。撤销：simtool apn --undo。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="140"/>
        <source>Help text</source>
        <translation>帮助内容</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="142"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="145"/>
        <source>Quick guide</source>
        <translation>快速指南</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="159"/>
        <source>simtool finds out why a SIM card or a cellular modem gives no service, and says what to do about it.</source>
        <translation>simtool 查找 SIM 卡或蜂窝调制解调器没有服务的原因，并告诉你该怎么办。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="161"/>
        <source>1. Choose the modem&apos;s port at the top (the list shows each port&apos;s maker, model and role; the AT port is the one to check) and press Check. Without a modem, try a simulated one.</source>
        <translation>1. 在顶部选择调制解调器的端口（列表会显示每个端口的厂商、型号和用途；要检查的是 AT 端口），然后点击“检查”。没有调制解调器时，可以试用模拟的调制解调器。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="164"/>
        <source>2. The Diagnosis tab walks through the checks in order: the port, the radio, the SIM card and its PIN, the signal, the registration with the network, the APN and the data session. The first check that fails is the cause; its page says what to do, and its buttons do it.</source>
        <translation>2. “诊断”标签页按顺序逐项检查：端口、射频、SIM 卡和 PIN 码、信号、网络注册、APN 和数据连接。第一个未通过的检查项就是原因；它的页面会说明该怎么做，页面上的按钮可以直接完成。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="168"/>
        <source>3. Nothing on the modem changes unless you ask: every fix (PIN, APN, restart, network choice) asks first, and the Modem menu can undo APN and network changes.</source>
        <translation>3. 除非你要求，调制解调器上的任何设置都不会被更改：每项修复（PIN 码、APN、重启、选择网络）都会先询问你，“调制解调器”菜单可以撤销 APN 和网络选择的更改。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="171"/>
        <source>4. If the operator has to act, the last step, Contact your operator, lists what to tell them and saves a support bundle to send.</source>
        <translation>4. 如果需要运营商处理，最后一步“联系运营商”会列出要告诉他们的信息，并可以保存一个支持资料包发给他们。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="173"/>
        <source>Signal history graphs the signal while the window is open; the AT console is for experts; Saved reports keeps every report you exported.</source>
        <translation>“信号历史”在窗口打开期间记录信号曲线；“AT 控制台”供专业人员使用；“已保存的报告”保存你导出过的所有报告。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="182"/>
        <source>in the Port box: check that port</source>
        <translation>在端口框中：检查该端口</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="183"/>
        <source>check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="184"/>
        <source>cancel what is running</source>
        <translation>取消正在进行的操作</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="185"/>
        <source>open a saved report</source>
        <translation>打开已保存的报告</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="186"/>
        <source>export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="187"/>
        <source>save a support bundle</source>
        <translation>保存支持资料包</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="188"/>
        <source>this quick guide</source>
        <translation>本快速指南</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="189"/>
        <source>quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="190"/>
        <source>underlined letter</source>
        <translation>带下划线的字母</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="190"/>
        <source>the button, field or tab with that letter</source>
        <translation>带有该字母的按钮、输入框或标签页</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="192"/>
        <source>move between controls</source>
        <translation>在各个控件之间移动</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="193"/>
        <source>Up, Down</source>
        <translation>上、下方向键</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/dialogs.py" line="193"/>
        <source>move between steps; in the AT console, earlier commands</source>
        <translation>在检查步骤之间移动；在 AT 控制台中调出之前的命令</translation>
    </message>
</context>
<context>
    <name>HiLink</name>
    <message>
        <location filename="../../simtool/sources/hilink/codes.py" line="58"/>
        <source>Connection failed. The profile is invalid. Please contact your service provider.</source>
        <translation>连接失败。配置文件无效。请联系您的服务提供商。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/codes.py" line="60"/>
        <source>Connection failed. Network access is not allowed. Please contact your service provider.</source>
        <translation>连接失败。不允许接入网络。请联系您的服务提供商。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/codes.py" line="63"/>
        <source>Connection failed. Roaming not allowed.</source>
        <translation>连接失败。不允许漫游。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/codes.py" line="65"/>
        <source>Data usage has exceeded the upper limit. The dial-up connection has been terminated.</source>
        <translation>流量已超过上限。拨号连接已断开。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/codes.py" line="68"/>
        <source>Disconnected: automatic connection is switched off.</source>
        <translation>已断开：自动连接已关闭。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/codes.py" line="70"/>
        <source>Automatic connection is disabled while roaming.</source>
        <translation>漫游时自动连接已禁用。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/codes.py" line="72"/>
        <source>Signal reception is poor. Move your device to a place with better signal.</source>
        <translation>信号接收较差。请把设备移到信号更好的地方。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/codes.py" line="74"/>
        <source>Connection failed. Please retry later. If the problem persists, please contact your service provider.</source>
        <translation>连接失败。请稍后重试。如果问题仍然存在，请联系您的服务提供商。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/codes.py" line="77"/>
        <source>Connection failed to the network.</source>
        <translation>连接网络失败。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/codes.py" line="119"/>
        <source>a USSD session is already running</source>
        <translation>已有一个 USSD 会话在进行中</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/codes.py" line="120"/>
        <source>the network did not reply</source>
        <translation>网络没有回复</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/codes.py" line="121"/>
        <source>the network timed out</source>
        <translation>网络超时</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/codes.py" line="122"/>
        <source>the network offers no USSD</source>
        <translation>该网络不提供 USSD</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="95"/>
        <source>Do not put the password in the URL: it would end up in reports and shell history. Use --password-env VAR.</source>
        <translation>不要把密码写在 URL 里：它会出现在报告和命令历史中。请使用 --password-env VAR。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="103"/>
        <source>{url} is not a device address: use hilink://HOST or hilink://HOST:PORT.</source>
        <translation>{url} 不是设备地址：请使用 hilink://HOST 或 hilink://HOST:PORT。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="111"/>
        <source>Talking to the HiLink device at {where}…</source>
        <translation>正在与 {where} 上的 HiLink 设备通信…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="128"/>
        <location filename="../../simtool/sources/hilink/source.py" line="131"/>
        <location filename="../../simtool/sources/hilink/source.py" line="158"/>
        <location filename="../../simtool/sources/hilink/source.py" line="233"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="165"/>
        <source>{where} answered {endpoint} with something that is not the HiLink API (&quot;{sample}&quot;): it is probably not a Huawei HiLink device.</source>
        <translation>{where} 对 {endpoint} 的回答不是 HiLink 接口的格式（“{sample}”）：它可能不是华为 HiLink 设备。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="169"/>
        <source>Check the address; a ZTE router is read with zte://HOST.</source>
        <translation>请检查地址；中兴路由器用 zte://HOST 读取。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="182"/>
        <source>Reading the device&apos;s status…</source>
        <translation>正在读取设备状态…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="211"/>
        <source>{where} did not give its SIM and network status ({endpoints}).</source>
        <translation>{where} 没有提供 SIM 卡和网络状态（{endpoints}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="213"/>
        <source>Wait a minute and run the check again; if it persists, restart the device.</source>
        <translation>请等一分钟后再检查一次；如果问题仍然存在，请重启设备。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="230"/>
        <source>The SIM is starting; waiting for it…</source>
        <translation>SIM 卡正在启动，等待中…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="261"/>
        <source>The password is longer than the {count} characters the device&apos;s page accepts; sending it would fail and count as a wrong attempt, so simtool did not send it.</source>
        <translation>密码超过了设备页面允许的 {count} 个字符；发送它会失败并计为一次错误尝试，所以 simtool 没有发送。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="269"/>
        <source>The device did not tell its login state ({error}), so simtool did not try to log in.</source>
        <translation>设备没有告知其登录状态（{error}），因此 simtool 没有尝试登录。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="279"/>
        <source>The device&apos;s login is locked after too many wrong passwords{wait}; simtool did not try.</source>
        <translation>密码错误次数过多，设备的登录已被锁定{wait}；simtool 没有尝试。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="281"/>
        <source> for {minutes} more minutes</source>
        <translation>，还需 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="285"/>
        <source>This device uses a login method (SCRAM) that simtool does not support yet; simtool did not try. Log in on the device&apos;s own page instead.</source>
        <translation>该设备使用 simtool 尚不支持的登录方式（SCRAM）；simtool 没有尝试。请改在设备自己的管理页面上登录。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="291"/>
        <source>The device asks for password type {type}, which simtool does not know; simtool did not try.</source>
        <translation>设备要求密码类型 {type}，simtool 不认识这种类型；simtool 没有尝试。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="295"/>
        <source>Logging in to the device (one attempt)…</source>
        <translation>正在登录设备（只尝试一次）…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="301"/>
        <source>The login was not accepted ({error}); simtool does not try again in this run.</source>
        <translation>登录未被接受（{error}）；本次运行中 simtool 不会再次尝试。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="311"/>
        <source>The device refused the user name or password (error {code}). simtool tried once and does not try again in this run: check the password (letters are case-sensitive) before the next run, since each wrong one counts towards the device&apos;s lock.</source>
        <translation>设备拒绝了用户名或密码（错误 {code}）。simtool 只尝试了一次，本次运行中不会再试：下次运行前请核对密码（区分大小写），因为每次输错都会计入设备的锁定次数。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="318"/>
        <source>The device&apos;s login is locked after too many wrong passwords (error {code}): wait before trying again.</source>
        <translation>密码错误次数过多，设备的登录已被锁定（错误 {code}）：请等一段时间再试。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="323"/>
        <source>The device wants its admin password changed first (error {code}): do that on its own page.</source>
        <translation>设备要求先修改管理员密码（错误 {code}）：请在它自己的管理页面上修改。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="327"/>
        <source>Someone else is logged in to the device (error {code}): log out there, or wait a few minutes.</source>
        <translation>已有其他人登录了设备（错误 {code}）：请在那边退出登录，或等几分钟。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="330"/>
        <source>The device did not accept the login (error {code}: {text}); simtool does not try again in this run.</source>
        <translation>设备没有接受登录（错误 {code}：{text}）；本次运行中 simtool 不会再次尝试。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="339"/>
        <source>{where} wants its admin login for this, and no password was given.</source>
        <translation>{where} 需要管理员登录才能执行此操作，但没有提供密码。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="342"/>
        <source>{where} shows its SIM and network status only after its admin login, and no password was given.</source>
        <translation>{where} 只有在管理员登录后才显示 SIM 卡和网络状态，但没有提供密码。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="345"/>
        <source>The login to {where} failed.</source>
        <translation>登录 {where} 失败。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/hilink/source.py" line="347"/>
        <source>Give the device&apos;s admin password (the one for its web page, often on a label on the device) in an environment variable: `SIMTOOL_PASSWORD=... simtool check --port {url} --password-env SIMTOOL_PASSWORD`. simtool makes one attempt and never stores it.</source>
        <translation>在环境变量中提供设备的管理员密码（即其网页管理界面的密码，通常印在设备标签上）：`SIMTOOL_PASSWORD=... simtool check --port {url} --password-env SIMTOOL_PASSWORD`。simtool 只尝试一次，从不保存。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../simtool/gui/history.py" line="60"/>
        <source>Clear the card history?</source>
        <translation>清除卡片历史？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/history.py" line="61"/>
        <source>Forget every card simtool has seen on this computer (which device each was in, when it last worked) and delete all saved reports? This cannot be undone.</source>
        <translation>要忘记 simtool 在这台电脑上见过的所有卡（每张卡在哪台设备中、最后一次正常的时间），并删除所有已保存的报告吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../simtool/report/history.py" line="280"/>
        <source>{when} (simtool&apos;s last check without a problem)</source>
        <translation>{when}（simtool 最近一次未发现问题的检查）</translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message>
        <location filename="../../simtool/transport/http.py" line="155"/>
        <location filename="../../simtool/transport/http.py" line="168"/>
        <location filename="../../simtool/transport/http.py" line="174"/>
        <location filename="../../simtool/transport/http.py" line="187"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/http.py" line="181"/>
        <source>{where} did not answer in HTTP ({error}): it is probably not the device&apos;s web interface.</source>
        <translation>{where} 没有用 HTTP 回答（{error}）：它可能不是设备的网页管理界面。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/http.py" line="188"/>
        <source>{where} cannot be reached ({error}).</source>
        <translation>无法连接到 {where}（{error}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/http.py" line="208"/>
        <source>{where} sent more than {size} MB for {path}: it is not a modem&apos;s status page.</source>
        <translation>{where} 为 {path} 发送了超过 {size} MB 的数据：这不是调制解调器的状态页面。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/http.py" line="236"/>
        <source>Check that the stick or router is plugged in and that this computer is connected to it (its network adapter or Wi-Fi), then run `simtool ports`.</source>
        <translation>请确认上网卡或路由器已插好，并且这台电脑已连接到它（通过它的网络适配器或 Wi-Fi），然后运行 `simtool ports`。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/http.py" line="240"/>
        <source>{where} did not answer within {seconds:g} s.</source>
        <translation>{where} 在 {seconds:g} 秒内没有响应。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/http.py" line="242"/>
        <source>The device may be starting or overloaded: wait a minute and try again, or give more time with --timeout.</source>
        <translation>设备可能正在启动或负载过高：请等一分钟后再试，或用 --timeout 给它更多时间。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/http.py" line="246"/>
        <source>{where} refused the connection: no web interface there.</source>
        <translation>{where} 拒绝了连接：那里没有网页管理界面。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/http.py" line="251"/>
        <source>{where} closed the connection without an answer.</source>
        <translation>{where} 没有回答就关闭了连接。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/http.py" line="253"/>
        <source>Wait a few seconds and run the check again.</source>
        <translation>请等几秒钟后再检查一次。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="168"/>
        <source>Why is there no service?</source>
        <translation>为什么没有服务？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="177"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="179"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="180"/>
        <source>Look for ports again</source>
        <translation>重新查找端口</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="181"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="182"/>
        <source>Run the check</source>
        <translation>运行检查</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="183"/>
        <source>Run the checklist on this port (Enter, F5)</source>
        <translation>对这个端口运行检查清单（Enter、F5）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="185"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="186"/>
        <source>Cancel the running check</source>
        <translation>取消正在进行的检查</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="187"/>
        <source>Stop the running check (Esc)</source>
        <translation>停止正在进行的检查（Esc）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="195"/>
        <source>Check in progress</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="210"/>
        <source>No modem found on this computer. Plug it in and press Refresh, or see the tool work on a simulated modem:</source>
        <translation>这台电脑上没有找到调制解调器。请插上它并点击“刷新”，或者先在模拟调制解调器上看看本工具如何工作：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="216"/>
        <source>Simulated problem</source>
        <translation>模拟的问题</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="220"/>
        <source>&amp;Try a simulated modem</source>
        <translation>试用模拟调制解调器(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="221"/>
        <source>Try a simulated modem</source>
        <translation>试用模拟调制解调器</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="226"/>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="227"/>
        <source>Reconnect to the modem</source>
        <translation>重新连接调制解调器</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="235"/>
        <source>Saved reports, newest first</source>
        <translation>已保存的报告，最新的在前</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="237"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="238"/>
        <source>Open the saved report</source>
        <translation>打开已保存的报告</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="239"/>
        <source>D&amp;elete…</source>
        <translation>删除(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="240"/>
        <source>Delete the saved report</source>
        <translation>删除已保存的报告</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="241"/>
        <source>&amp;Show the folder</source>
        <translation>显示文件夹(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="242"/>
        <source>Show the reports folder</source>
        <translation>显示报告文件夹</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="245"/>
        <source>Reports you exported, newest first (double-click to open, read-only). Times are this computer&apos;s.</source>
        <translation>你导出过的报告，最新的在前（双击以只读方式打开）。时间为本机时间。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="257"/>
        <source>&amp;Diagnosis</source>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="258"/>
        <source>Si&amp;gnal history</source>
        <translation>信号历史(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="259"/>
        <source>&amp;AT console</source>
        <translation>AT 控制台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="260"/>
        <source>Sa&amp;ved reports</source>
        <translation>已保存的报告(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="271"/>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="272"/>
        <source>Open the file just saved</source>
        <translation>打开刚保存的文件</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="273"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="274"/>
        <source>Show the folder of the file just saved</source>
        <translation>显示刚保存的文件所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="305"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="306"/>
        <source>&amp;Open report…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="308"/>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="310"/>
        <source>Save a support &amp;bundle…</source>
        <translation>保存支持资料包(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="312"/>
        <source>Export signal history as &amp;CSV…</source>
        <translation>将信号历史导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="313"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="319"/>
        <source>Clear the card &amp;history…</source>
        <translation>清除卡片历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="324"/>
        <source>&amp;Modem</source>
        <translation>调制解调器(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="325"/>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="327"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="330"/>
        <source>F&amp;ind the AT port</source>
        <translation>查找 AT 端口(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="331"/>
        <source>Re&amp;start the modem…</source>
        <translation>重启调制解调器(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="332"/>
        <source>&amp;Edit the APN…</source>
        <translation>编辑 APN(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="333"/>
        <source>&amp;Undo the last APN change…</source>
        <translation>撤销上一次 APN 更改(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="334"/>
        <source>Choose the &amp;network…</source>
        <translation>选择网络(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="335"/>
        <source>Undo the last net&amp;work choice…</source>
        <translation>撤销上一次网络选择(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="346"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="349"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="359"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="360"/>
        <source>&amp;Quick guide</source>
        <translation>快速指南(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="362"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="363"/>
        <source>Open the &amp;reports folder</source>
        <translation>打开报告文件夹(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="364"/>
        <source>&amp;About simtool</source>
        <translation>关于 simtool(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="477"/>
        <source>Looking for modems…</source>
        <translation>正在查找调制解调器…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="512"/>
        <source>{count} serial port(s), none of them a modem&apos;s.</source>
        <translation>{count} 个串口，都不是调制解调器的端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="514"/>
        <source>No serial ports.</source>
        <translation>没有串口。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="516"/>
        <source>{count} modem port(s) found.</source>
        <translation>找到 {count} 个调制解调器端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="537"/>
        <source>Choose the modem&apos;s port first.</source>
        <translation>请先选择调制解调器的端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="550"/>
        <location filename="../../simtool/gui/main_window.py" line="619"/>
        <source>Checking {url}…</source>
        <translation>正在检查 {url}…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="552"/>
        <source>Opening the port…</source>
        <translation>正在打开端口…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="555"/>
        <source>Waiting for {old} to stop…</source>
        <translation>正在等待 {old} 停止…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="592"/>
        <source>The result below is for {old}. Press Check (Enter) to check {new}.</source>
        <translation>下面的结果是 {old} 的。点击“检查”（Enter）来检查 {new}。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="609"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="614"/>
        <source>Trying to reach the modem again…</source>
        <translation>正在尝试重新连接调制解调器…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="621"/>
        <source>Checking {port} through ModemManager ({url}): ModemManager holds the port…</source>
        <translation>正在通过 ModemManager（{url}）检测 {port}：该端口被 ModemManager 占用…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="627"/>
        <source>Talking to the modem…</source>
        <translation>正在与调制解调器通信…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="664"/>
        <source>Check of {port} through ModemManager ({url}), which holds the port, finished at {time}.</source>
        <translation>已通过 ModemManager（{url}）完成对 {port} 的检测（该端口被 ModemManager 占用），完成时间 {time}。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="669"/>
        <source>Check of {url} finished at {time}.</source>
        <translation>{url} 的检查已于 {time} 完成。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="680"/>
        <source>Device password</source>
        <translation>设备密码</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="681"/>
        <source>{device} shows its state only after its admin login.
Its admin password (the one for its web page, often on a label on the device). simtool tries it once and does not save it:</source>
        <translation>{device} 只有在管理员登录后才显示其状态。
请输入它的管理员密码（即其网页管理界面的密码，通常印在设备标签上）。simtool 只尝试一次，不会保存：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="684"/>
        <source>The device</source>
        <translation>该设备</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="716"/>
        <source>Check cancelled. Press Check again (F5) to run it.</source>
        <translation>检查已取消。按“重新检查”（F5）再次运行。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="718"/>
        <source>Check cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="728"/>
        <source>Cannot open {url}</source>
        <translation>无法打开 {url}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="733"/>
        <source>The modem went away: {message}
simtool reconnects by itself when it is back, or press Reconnect.</source>
        <translation>调制解调器断开了：{message}
它恢复后 simtool 会自动重新连接，也可以点击“重新连接”。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="737"/>
        <source>The modem was unplugged or reset. Waiting for it to come back…</source>
        <translation>调制解调器被拔出或已复位。正在等待它恢复…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="743"/>
        <source>{url} is back; checking again.</source>
        <translation>{url} 已恢复；正在重新检查。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="755"/>
        <source>ModemManager holds {port}: simtool reads the modem through ModemManager ({url}), never beside it.</source>
        <translation>{port} 被 ModemManager 占用：simtool 通过 ModemManager（{url}）读取调制解调器，绝不会与它同时打开该端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="782"/>
        <source>The modem worker hit an unexpected error.</source>
        <translation>调制解调器后台任务遇到意外错误。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="792"/>
        <source>No modem is connected: press Check first.</source>
        <translation>未连接调制解调器：请先点击“检查”。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="818"/>
        <source>Switch the modem&apos;s radio on (AT+CFUN=1)? It then looks for the network again.</source>
        <translation>打开调制解调器的射频（AT+CFUN=1）？之后它会重新搜索网络。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="820"/>
        <source>Switch the radio on</source>
        <translation>打开射频</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="823"/>
        <source>Restart the modem: switch its radio off and on again (AT+CFUN=4, then AT+CFUN=1)? It forgets the networks that refused it, searches, registers and connects again with its current settings. The connection drops for up to a minute.</source>
        <translation>重启调制解调器：关闭射频再打开（AT+CFUN=4，然后 AT+CFUN=1）？它会忘记拒绝过它的网络，重新搜索、注册，并用当前设置重新连接。连接会中断最多一分钟。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="827"/>
        <source>Restart the modem</source>
        <translation>重启调制解调器</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="834"/>
        <source>Restore the APN the modem had before simtool&apos;s last change?</source>
        <translation>恢复 simtool 上一次更改之前调制解调器的 APN 吗？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="835"/>
        <source>Restore the APN</source>
        <translation>恢复 APN</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="838"/>
        <source>Put back the network selection the modem had before simtool&apos;s last change?</source>
        <translation>恢复 simtool 上一次更改之前调制解调器的网络选择？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="840"/>
        <source>Restore the selection</source>
        <translation>恢复网络选择</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="853"/>
        <source>Test whether traffic passes through the data session? The modem looks up a name, asks a test web address and pings one, each for a few seconds. If no data session is up, it opens one for the test and closes it again.</source>
        <translation>测试是否有流量通过数据连接？调制解调器会解析一个域名、访问一个测试网址并 ping 一个地址，每项最多几秒钟。如果当前没有数据连接，会为测试打开一个并在测试后关闭。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="857"/>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="862"/>
        <source>{count} unread SMS may hold the operator&apos;s notice. This modem marks them read when simtool reads them. Read them too?</source>
        <translation>{count} 条未读短信中可能有运营商的通知。simtool 读取时，这台调制解调器会把它们标为已读。要一并读取吗？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="865"/>
        <source>Read them</source>
        <translation>一并读取</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="870"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="882"/>
        <source>Forgot {cards} card(s) and deleted {reports} saved report(s).</source>
        <translation>已忘记 {cards} 张卡，并删除了 {reports} 份已保存的报告。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="893"/>
        <source>This is the last PIN attempt. If the PIN is wrong, the SIM is blocked and only the PUK from your operator opens it again. Send this PIN?</source>
        <translation>这是最后一次 PIN 码尝试。如果 PIN 码错误，SIM 卡将被锁定，只能用运营商提供的 PUK 码解锁。确定发送此 PIN 码吗？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="896"/>
        <source>Send the PIN</source>
        <translation>发送 PIN 码</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="901"/>
        <source>This is the last PUK attempt. If the PUK is wrong, the SIM is destroyed for good and must be replaced. Send this PUK?</source>
        <translation>这是最后一次 PUK 码尝试。如果 PUK 码错误，SIM 卡将永久损毁，必须更换。确定发送此 PUK 码吗？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="903"/>
        <source>Send the PUK</source>
        <translation>发送 PUK 码</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="914"/>
        <source>The modem has APN &apos;{have}&apos;, your operator expects &apos;{want}&apos;. Set it to &apos;{want}&apos;? The old value is kept so it can be undone.</source>
        <translation>调制解调器的 APN 为“{have}”，运营商要求“{want}”。要设为“{want}”吗？旧值会被保留，可以撤销。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="918"/>
        <location filename="../../simtool/gui/main_window.py" line="929"/>
        <source>Set the APN</source>
        <translation>设置 APN</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="925"/>
        <source> with a user name and password</source>
        <translation>，并使用用户名和密码</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="926"/>
        <source>Set the APN of context {cid} to &apos;{apn}&apos; ({kind}){login}? The old settings are kept so they can be undone.</source>
        <translation>将数据上下文 {cid} 的 APN 设为“{apn}”（{kind}）{login}？旧设置会被保留，可以撤销。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="953"/>
        <location filename="../../simtool/gui/main_window.py" line="954"/>
        <source>Asking the operator…</source>
        <translation>正在询问运营商…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="955"/>
        <source>Looking for networks (up to 3 minutes; Esc cancels)…</source>
        <translation>正在搜索网络（最多 3 分钟；按 Esc 取消）…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="956"/>
        <source>Restarting the modem…</source>
        <translation>正在重启调制解调器…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="958"/>
        <source>Applying the fix…</source>
        <translation>正在应用修复…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="982"/>
        <source>Let the modem choose the network again (automatic selection, AT+COPS=0)?</source>
        <translation>让调制解调器重新自动选择网络（自动选网，AT+COPS=0）？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="984"/>
        <source>Fix the modem to {network} ({numeric})? It then uses no other network until you choose again or undo.</source>
        <translation>将调制解调器固定在 {network}（{numeric}）？之后它不会使用其他网络，直到你重新选择或撤销。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="987"/>
        <source>Use this network</source>
        <translation>使用这个网络</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1047"/>
        <location filename="../../simtool/gui/main_window.py" line="1049"/>
        <source>Looking for the port that answers AT…</source>
        <translation>正在查找响应 AT 命令的端口…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1048"/>
        <source>Sending AT to every serial port…</source>
        <translation>正在向每个串口发送 AT…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1070"/>
        <source>No serial port answered AT. The modem may be in storage (CD-ROM) or HiLink mode, need a driver, or be unplugged; plug it in again and press Refresh.</source>
        <translation>没有串口响应 AT 命令。调制解调器可能处于存储（光盘）或 HiLink 模式、缺少驱动，或者已被拔出；请重新插入后点击“刷新”。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1074"/>
        <source>No port answered AT.</source>
        <translation>没有端口响应 AT 命令。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1076"/>
        <source>{url} answers AT: checking it.</source>
        <translation>{url} 响应 AT 命令：正在检查。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1120"/>
        <location filename="../../simtool/gui/main_window.py" line="1156"/>
        <source>Run a check first.</source>
        <translation>请先运行一次检查。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1130"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1131"/>
        <source>Reports (*.{ext})</source>
        <translation>报告 (*.{ext})</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1138"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1161"/>
        <source>Save a support bundle</source>
        <translation>保存支持资料包</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1162"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1169"/>
        <source>Saving the bundle failed</source>
        <translation>保存资料包失败</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1191"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1246"/>
        <source>Delete the report?</source>
        <translation>删除这份报告？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1246"/>
        <source>Delete the saved report {name} and its exports from the history?</source>
        <translation>从历史中删除已保存的报告 {name} 及其导出文件？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1248"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1265"/>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1266"/>
        <source>simtool reports (*.json)</source>
        <translation>simtool 报告 (*.json)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1276"/>
        <source>Cannot open the report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1277"/>
        <source>{path} is not a simtool JSON report: {error}</source>
        <translation>{path} 不是 simtool 的 JSON 报告：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1288"/>
        <source>Showing saved report {path}; Check (F5) checks that port now.</source>
        <translation>正在显示已保存的报告 {path}；“检查”（F5）会立即检查该端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1311"/>
        <source>The language changes the next time simtool starts.</source>
        <translation>语言将在下次启动 simtool 时更改。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1319"/>
        <source>About simtool</source>
        <translation>关于 simtool</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/main_window.py" line="1319"/>
        <source>simtool {version}
Finds out why a SIM card or cellular modem gives no service, and says what to do about it.

Licence: GNU General Public License, version 3 or later. simtool comes with no warranty.

APNs and balance and top-up codes come from the mobile-broadband-provider-info database (GNOME project and contributors, public domain), read from {path}.</source>
        <translation>simtool {version}
找出 SIM 卡或蜂窝调制解调器无法提供服务的原因，并告诉您该怎么做。

许可证：GNU 通用公共许可证第 3 版或更高版本。simtool 不提供任何担保。

APN 以及余额查询和充值代码来自 mobile-broadband-provider-info 数据库（GNOME 项目及贡献者，公有领域），读取自 {path}。</translation>
    </message>
    <message>
        <source>AT c&amp;onsole</source>
        <translation type="vanished">AT 控制台(&amp;O)</translation>
    </message>
    <message>
        <source>Check finished through ModemManager ({url}), which holds {port}: {summary}</source>
        <translation type="vanished">已通过 ModemManager（{url}）完成检测（{port} 被它占用）：{summary}</translation>
    </message>
    <message>
        <source>Check finished: {summary}</source>
        <translation type="vanished">检查完成：{summary}</translation>
    </message>
    <message>
        <source>Checking the modem…</source>
        <translation type="vanished">正在检查调制解调器…</translation>
    </message>
    <message>
        <source>No modem found on this computer. Plug it in and press Refresh, or try a simulated modem.</source>
        <translation type="vanished">这台电脑上没有找到调制解调器。请插上它并点击“刷新”，或者试用模拟调制解调器。</translation>
    </message>
    <message>
        <source>No modem found.</source>
        <translation type="vanished">未找到调制解调器。</translation>
    </message>
    <message>
        <source>Reco&amp;nnect</source>
        <translation type="vanished">重新连接(&amp;N)</translation>
    </message>
    <message>
        <source>Reports you exported (double-click to open, read-only):</source>
        <translation type="vanished">你导出的报告（双击打开，只读）：</translation>
    </message>
    <message>
        <source>Run the checklist on this port (F5)</source>
        <translation type="vanished">在此端口上运行检查清单（F5）</translation>
    </message>
    <message>
        <source>Showing saved report {path}</source>
        <translation type="vanished">正在显示已保存的报告 {path}</translation>
    </message>
    <message>
        <source>Signal &amp;history</source>
        <translation type="vanished">信号历史(&amp;H)</translation>
    </message>
    <message>
        <source>simtool {version}
Finds out why a SIM card or cellular modem gives no service, and says what to do about it.</source>
        <translation type="vanished">simtool {version}
查明 SIM 卡或蜂窝调制解调器为什么无服务，并告诉你该怎么办。</translation>
    </message>
    <message>
        <source>simtool — why is there no service?</source>
        <translation type="vanished">simtool — 为什么没有服务？</translation>
    </message>
</context>
<context>
    <name>ManualPage</name>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="268"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="269"/>
        <source>N&amp;o</source>
        <translation>否(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="270"/>
        <source>&amp;I don&apos;t know</source>
        <translation>不知道(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="vanished">否(&amp;N)</translation>
    </message>
    <message>
        <source>I &amp;don&apos;t know</source>
        <translation type="vanished">不知道(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ModemManager</name>
    <message>
        <location filename="../../simtool/sources/modemmanager/client.py" line="76"/>
        <source>mm:// ports need ModemManager, which runs on Linux only. On this computer use the modem&apos;s serial port instead (&apos;simtool ports&apos; lists them).</source>
        <translation>mm:// 端口需要 ModemManager，而它只在 Linux 上运行。在这台电脑上请直接使用调制解调器的串口（&apos;simtool ports&apos; 会列出）。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/client.py" line="124"/>
        <source>Reading modems through ModemManager needs the Python package jeepney: pip install jeepney (or pip install &apos;simtool[modemmanager]&apos;).</source>
        <translation>通过 ModemManager 读取调制解调器需要 Python 包 jeepney：pip install jeepney（或 pip install &apos;simtool[modemmanager]&apos;）。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/client.py" line="133"/>
        <source>Cannot reach the system&apos;s D-Bus ({address}): {reason}.</source>
        <translation>无法连接系统 D-Bus（{address}）：{reason}。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/client.py" line="169"/>
        <location filename="../../simtool/sources/modemmanager/client.py" line="217"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/client.py" line="188"/>
        <source>ModemManager did not answer within {seconds:g} s.</source>
        <translation>ModemManager 在 {seconds:g} 秒内没有应答。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/client.py" line="219"/>
        <source>The connection to D-Bus broke: {reason}.</source>
        <translation>与 D-Bus 的连接中断：{reason}。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/coexist.py" line="60"/>
        <source>Port {device} is held by ModemManager; simtool does not open it beside ModemManager (both would read each other&apos;s replies).</source>
        <translation>端口 {device} 被 ModemManager 占用；simtool 不会与 ModemManager 同时打开它（双方会读走对方的回复）。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/coexist.py" line="64"/>
        <source>Check it through ModemManager: &apos;simtool check --port {url}&apos; (or leave out --no-modemmanager). For the full AT check, add --inhibit --allow-write: ModemManager lets go of the modem during the check.</source>
        <translation>请通过 ModemManager 检查：&apos;simtool check --port {url}&apos;（或去掉 --no-modemmanager）。如需完整的 AT 检查，加上 --inhibit --allow-write：检查期间 ModemManager 会释放调制解调器。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/coexist.py" line="69"/>
        <source>Check it through ModemManager (&apos;simtool ports&apos; lists its modems as mm://N), or stop ModemManager for the check: &apos;sudo systemctl stop ModemManager&apos;.</source>
        <translation>请通过 ModemManager 检查（&apos;simtool ports&apos; 会把它管理的调制解调器列为 mm://N），或在检查期间停止 ModemManager：&apos;sudo systemctl stop ModemManager&apos;。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/coexist.py" line="105"/>
        <source>ModemManager does not manage {target}, so there is nothing to inhibit.</source>
        <translation>ModemManager 并不管理 {target}，无需让它释放。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/coexist.py" line="107"/>
        <source>Check the port without --inhibit.</source>
        <translation>请不加 --inhibit 检查该端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/coexist.py" line="110"/>
        <source>The modem {target} has no AT port a check could use once ModemManager lets go of it (it talks QMI or MBIM).</source>
        <translation>调制解调器 {target} 在 ModemManager 释放后没有可供检查的 AT 端口（它使用 QMI 或 MBIM）。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/coexist.py" line="113"/>
        <source>Check it through ModemManager: &apos;simtool check --port {target}&apos;.</source>
        <translation>请通过 ModemManager 检查：&apos;simtool check --port {target}&apos;。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/coexist.py" line="122"/>
        <source>ModemManager refused to let go of the modem: {reason}</source>
        <translation>ModemManager 拒绝释放调制解调器：{reason}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/coexist.py" line="124"/>
        <source>Check it through ModemManager without --inhibit, or stop ModemManager for the check: &apos;sudo systemctl stop ModemManager&apos;.</source>
        <translation>请不加 --inhibit、通过 ModemManager 检查，或在检查期间停止 ModemManager：&apos;sudo systemctl stop ModemManager&apos;。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/discover.py" line="57"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/discover.py" line="58"/>
        <source>state unknown</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/discover.py" line="59"/>
        <source>starting up</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/discover.py" line="60"/>
        <source>SIM locked</source>
        <translation>SIM 卡已锁定</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/discover.py" line="61"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/discover.py" line="62"/>
        <source>disabling</source>
        <translation>正在停用</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/discover.py" line="63"/>
        <source>enabling</source>
        <translation>正在启用</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/discover.py" line="64"/>
        <source>enabled, not registered</source>
        <translation>已启用，未注册</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/discover.py" line="65"/>
        <source>searching for a network</source>
        <translation>正在搜索网络</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/discover.py" line="66"/>
        <source>registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/discover.py" line="67"/>
        <source>disconnecting</source>
        <translation>正在断开</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/discover.py" line="68"/>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/discover.py" line="69"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/discover.py" line="81"/>
        <location filename="../../simtool/sources/modemmanager/reader.py" line="159"/>
        <source>modem</source>
        <translation>调制解调器</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/discover.py" line="96"/>
        <source>{state}; ports: {ports}</source>
        <translation>{state}；端口：{ports}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/reader.py" line="161"/>
        <source>{name} (ModemManager, plugin {plugin}: {ports})</source>
        <translation>{name}（ModemManager，插件 {plugin}：{ports}）</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/reader.py" line="193"/>
        <source>ModemManager: modem failed (sim-missing); AT+CPIN? through ModemManager: {error}</source>
        <translation>ModemManager：调制解调器故障（sim-missing）；经 ModemManager 发送 AT+CPIN? 的结果：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/reader.py" line="248"/>
        <source>ModemManager: modem failed ({reason})</source>
        <translation>ModemManager：调制解调器故障（{reason}）</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/reader.py" line="251"/>
        <source>ModemManager: no unlock required</source>
        <translation>ModemManager：无需解锁</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/reader.py" line="253"/>
        <source>ModemManager: does not know yet whether the SIM needs unlocking</source>
        <translation>ModemManager：尚不清楚 SIM 卡是否需要解锁</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/reader.py" line="256"/>
        <source>ModemManager: unlock required: {lock}</source>
        <translation>ModemManager：需要解锁：{lock}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/reader.py" line="410"/>
        <source>unreadable +CEER reply: {reply}</source>
        <translation>无法解析的 +CEER 回复：{reply}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/source.py" line="89"/>
        <source>ModemManager is not running (nothing owns org.freedesktop.ModemManager1 on the system bus), so {url} cannot be read.</source>
        <translation>ModemManager 没有运行（系统总线上无人持有 org.freedesktop.ModemManager1），因此无法读取 {url}。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/source.py" line="92"/>
        <source>Start it with &apos;sudo systemctl start ModemManager&apos;, or check the modem&apos;s serial port directly (&apos;simtool ports&apos;).</source>
        <translation>用 &apos;sudo systemctl start ModemManager&apos; 启动它，或直接检查调制解调器的串口（&apos;simtool ports&apos;）。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/source.py" line="97"/>
        <source>Check that the D-Bus system bus runs (or that DBUS_SYSTEM_BUS_ADDRESS names it), or check the modem&apos;s serial port directly.</source>
        <translation>请确认 D-Bus 系统总线正在运行（或 DBUS_SYSTEM_BUS_ADDRESS 指向它），或直接检查调制解调器的串口。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/source.py" line="102"/>
        <source>The modem {url} went away while it was being read: it was unplugged or reset, or ModemManager restarted.</source>
        <translation>读取过程中调制解调器 {url} 消失了：它被拔出或重置，或者 ModemManager 重启了。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/source.py" line="104"/>
        <source>Wait until &apos;mmcli -L&apos; lists it again and run the check again (its number may have changed).</source>
        <translation>等 &apos;mmcli -L&apos; 再次列出它后重新检查（它的编号可能已变）。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/source.py" line="106"/>
        <source>ModemManager could not be asked about {url}: {reason}</source>
        <translation>无法向 ModemManager 查询 {url}：{reason}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/source.py" line="108"/>
        <source>Run the check again; if it keeps failing, &apos;mmcli -m {name}&apos; shows what ModemManager knows.</source>
        <translation>请重新检查；如果一直失败，&apos;mmcli -m {name}&apos; 会显示 ModemManager 掌握的信息。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/source.py" line="116"/>
        <source>ModemManager has: {modems}.</source>
        <translation>ModemManager 中有：{modems}。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/source.py" line="119"/>
        <source>ModemManager has no modem right now.</source>
        <translation>ModemManager 目前没有任何调制解调器。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/source.py" line="121"/>
        <source>ModemManager has no modem {url}.</source>
        <translation>ModemManager 中没有调制解调器 {url}。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/source.py" line="122"/>
        <source>&apos;simtool ports&apos; and &apos;mmcli -L&apos; list the modems; check that the modem is plugged in.</source>
        <translation>&apos;simtool ports&apos; 和 &apos;mmcli -L&apos; 会列出调制解调器；请确认调制解调器已插好。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/source.py" line="172"/>
        <source>Asking ModemManager…</source>
        <translation>正在询问 ModemManager…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/source.py" line="179"/>
        <source>Reading the SIM and bearers…</source>
        <translation>正在读取 SIM 卡和承载…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/modemmanager/source.py" line="325"/>
        <source>ModemManager does not run with --debug, so simtool could not ask the modem for what ModemManager does not show (+CEER, +CESQ, +CPINR): those facts are unknown.</source>
        <translation>ModemManager 没有以 --debug 方式运行，simtool 无法向调制解调器查询 ModemManager 未提供的信息（+CEER、+CESQ、+CPINR）：这些信息未知。</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../../simtool/gui/network_dialog.py" line="29"/>
        <source>status unknown</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/network_dialog.py" line="30"/>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/network_dialog.py" line="31"/>
        <source>in use now</source>
        <translation>正在使用</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/network_dialog.py" line="32"/>
        <source>forbidden for this card</source>
        <translation>此卡禁止使用</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/network_dialog.py" line="44"/>
        <source>your card&apos;s home network</source>
        <translation>你的卡的归属网络</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/network_dialog.py" line="52"/>
        <source>Choose the network</source>
        <translation>选择网络</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/network_dialog.py" line="54"/>
        <source>The networks the modem found here. Choosing one fixes the modem to it; “Automatic” lets the modem choose again. Modem ▸ Undo the last network choice puts back what it had.</source>
        <translation>调制解调器在这里找到的网络。选择一个会把调制解调器固定在该网络上；“自动”让调制解调器重新自己选择。“调制解调器 ▸ 撤销上一次网络选择”可以恢复原来的设置。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/network_dialog.py" line="60"/>
        <source>Networks found</source>
        <translation>找到的网络</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/network_dialog.py" line="63"/>
        <source>Automatic (the modem chooses)</source>
        <translation>自动（由调制解调器选择）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/network_dialog.py" line="75"/>
        <source>(the scan found no network here)</source>
        <translation>（这里没有搜索到网络）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/network_dialog.py" line="77"/>
        <source>&amp;Networks:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/network_dialog.py" line="80"/>
        <source>Use this network</source>
        <translation>使用这个网络</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <location filename="../../simtool/actions/operator.py" line="58"/>
        <source>The network scan did not finish within {seconds:.0f} s.</source>
        <translation>网络搜索在 {seconds:.0f} 秒内没有完成。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/operator.py" line="61"/>
        <source>The modem could not scan for networks: {error}</source>
        <translation>调制解调器无法搜索网络：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/operator.py" line="65"/>
        <source>simtool could not read the network list: {raw}</source>
        <translation>simtool 无法读取网络列表：{raw}</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/operator.py" line="86"/>
        <source>A network is chosen by its 5 or 6 digit code (MCC and MNC), like 46000.</source>
        <translation>请用 5 位或 6 位的网络代码（MCC 加 MNC）选择网络，例如 46000。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/operator.py" line="108"/>
        <source>The modem could not register on the chosen network: {error}</source>
        <translation>调制解调器无法在所选网络上注册：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/operator.py" line="118"/>
        <source>The radio technology (AcT) is 0 to 13.</source>
        <translation>无线接入技术（AcT）的取值为 0 到 13。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/operator.py" line="138"/>
        <source>There is no earlier network selection to restore for this modem.</source>
        <translation>这台调制解调器没有可以恢复的上一次网络选择。</translation>
    </message>
</context>
<context>
    <name>Parse</name>
    <message>
        <location filename="../../simtool/at/parsers/euicc.py" line="83"/>
        <source>no +CCHO session id</source>
        <translation>没有 +CCHO 会话号</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/euicc.py" line="94"/>
        <source>{prefix} reply is not an APDU response in hex</source>
        <translation>{prefix} 回复不是十六进制的 APDU 响应</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/euicc.py" line="97"/>
        <source>no {prefix} line</source>
        <translation>没有 {prefix} 行</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/euicc.py" line="135"/>
        <source>not BER-TLV: {error}</source>
        <translation>不是 BER-TLV：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/euicc.py" line="138"/>
        <source>expected tag {expected}, found {found}</source>
        <translation>应为标签 {expected}，实际为 {found}</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/euicc.py" line="152"/>
        <source>no 16-byte EID (tag 5A) in the GetEID response</source>
        <translation>GetEID 响应中没有 16 字节的 EID（标签 5A）</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/euicc.py" line="197"/>
        <source>the eSIM refused to list its profiles (error {code} {name})</source>
        <translation>eSIM 拒绝列出配置文件（错误 {code} {name}）</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/euicc.py" line="200"/>
        <source>no profile list (tag A0) in the response</source>
        <translation>响应中没有配置文件列表（标签 A0）</translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <location filename="../../simtool/at/parsers/ceer.py" line="155"/>
        <source>no +CEER line in the reply</source>
        <translation>应答中没有 +CEER 行</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/common.py" line="128"/>
        <location filename="../../simtool/at/parsers/registration.py" line="141"/>
        <location filename="../../simtool/at/parsers/sms.py" line="151"/>
        <source>no {what} line in the reply</source>
        <translation>应答中没有 {what} 行</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/identity.py" line="45"/>
        <source>empty {what} reply</source>
        <translation>{what} 应答为空</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/identity.py" line="49"/>
        <source>unexpected prefix in the {what} reply</source>
        <translation>{what} 应答的前缀不符合预期</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/identity.py" line="95"/>
        <source>no 14 to 17 digit serial number in the reply</source>
        <translation>应答中没有 14 到 17 位的序列号</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/operator.py" line="55"/>
        <source>no mode in the +COPS reply</source>
        <translation>+COPS 应答中没有模式</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/operator.py" line="67"/>
        <source>numeric operator is not 5 or 6 digits</source>
        <translation>数字格式的运营商代码不是 5 或 6 位</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/operator.py" line="78"/>
        <source>empty character set</source>
        <translation>字符集为空</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/operator.py" line="124"/>
        <source>no network in the +COPS list</source>
        <translation>+COPS 列表中没有网络</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/packet.py" line="73"/>
        <source>no context in the +CGDCONT reply</source>
        <translation>+CGDCONT 应答中没有上下文</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/packet.py" line="82"/>
        <source>+CGATT state is neither 0 nor 1</source>
        <translation>+CGATT 状态既不是 0 也不是 1</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/packet.py" line="97"/>
        <source>no context in the +CGACT reply</source>
        <translation>+CGACT 应答中没有上下文</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/packet.py" line="111"/>
        <source>no context in the +CGPADDR reply</source>
        <translation>+CGPADDR 应答中没有上下文</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/radio.py" line="25"/>
        <source>no number in the +CFUN reply</source>
        <translation>+CFUN 应答中没有数字</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/registration.py" line="85"/>
        <source>not a registration line</source>
        <translation>不是注册状态行</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/registration.py" line="93"/>
        <source>no &lt;stat&gt; in the registration line</source>
        <translation>注册状态行中没有 &lt;stat&gt;</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/retries.py" line="57"/>
        <source>no retry counter in the {what} reply</source>
        <translation>{what} 应答中没有剩余次数计数</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/retries.py" line="89"/>
        <source>too few fields in the ^CPIN reply</source>
        <translation>^CPIN 应答的字段太少</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/retries.py" line="122"/>
        <source>single +SPIC value: which code it counts is unknown</source>
        <translation>只有一个 +SPIC 值：不知道它计的是哪种密码</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/retries.py" line="205"/>
        <source>no response APDU in the +CSIM reply</source>
        <translation>+CSIM 应答中没有响应 APDU</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/retries.py" line="208"/>
        <source>response APDU is not hex</source>
        <translation>响应 APDU 不是十六进制</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/retries.py" line="223"/>
        <source>status word {sw} carries no retry counter</source>
        <translation>状态字 {sw} 不包含剩余次数</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/signal.py" line="65"/>
        <source>no number in the +CSQ reply</source>
        <translation>+CSQ 应答中没有数字</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/signal.py" line="79"/>
        <source>fewer than six numbers in the +CESQ reply</source>
        <translation>+CESQ 应答中的数字少于六个</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/signal.py" line="107"/>
        <source>no system mode in the ^HCSQ reply</source>
        <translation>^HCSQ 应答中没有系统模式</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/signal.py" line="151"/>
        <source>no system mode in the +QCSQ reply</source>
        <translation>+QCSQ 应答中没有系统模式</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/signal.py" line="197"/>
        <source>no system mode in the +MUESTATS reply</source>
        <translation>+MUESTATS 应答中没有网络制式</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/sim.py" line="124"/>
        <source>+CME error that says nothing about the SIM</source>
        <translation>与 SIM 卡无关的 +CME 错误</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/sim.py" line="163"/>
        <location filename="../../simtool/at/parsers/sim.py" line="196"/>
        <source>not a valid ICCID</source>
        <translation>不是有效的 ICCID</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/sim.py" line="181"/>
        <source>no status word in the +CRSM reply</source>
        <translation>+CRSM 应答中没有状态字</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/sim.py" line="193"/>
        <source>SIM refused the read (status {sw1:02X}{sw2:02X})</source>
        <translation>SIM 卡拒绝读取（状态 {sw1:02X}{sw2:02X}）</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/sim.py" line="225"/>
        <source>no 6 to 15 digit IMSI in the reply</source>
        <translation>应答中没有 6 到 15 位的 IMSI</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/sim.py" line="260"/>
        <source>unexpected lines in the +CNUM reply</source>
        <translation>+CNUM 应答中有意外的行</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/sms.py" line="99"/>
        <source>SMS PDU not understood: {error}</source>
        <translation>无法解析短信 PDU：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/sms.py" line="139"/>
        <source>no index in the +CMGL line</source>
        <translation>+CMGL 行中没有短信序号</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/tcpip.py" line="59"/>
        <source>{what} reply not understood</source>
        <translation>{what} 的回复无法解析</translation>
    </message>
    <message>
        <location filename="../../simtool/at/parsers/ussd.py" line="90"/>
        <source>no status in the +CUSD reply</source>
        <translation>+CUSD 应答中没有状态</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="472"/>
        <source>Enter the SIM PIN</source>
        <translation>输入 SIM 卡 PIN 码</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="474"/>
        <source>simtool could not read how many attempts are left.</source>
        <translation>simtool 无法读取剩余的尝试次数。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="476"/>
        <source>Attempts left: {n}.</source>
        <translation>剩余次数：{n}。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="477"/>
        <source>The PIN is sent once. A wrong PIN uses up one attempt; when none are left the SIM needs the PUK from your operator.</source>
        <translation>PIN 码只发送一次。输错一次会用掉一次机会；机会用完后，SIM 卡需要向运营商获取的 PUK 码才能解锁。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="484"/>
        <source>SIM PIN</source>
        <translation>SIM 卡 PIN 码</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="485"/>
        <source>&amp;PIN (4 to 8 digits):</source>
        <translation>PIN 码(&amp;P)（4 到 8 位数字）：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="487"/>
        <source>I understand: if this PIN is wrong, the SIM is blocked and needs the PUK.</source>
        <translation>我明白：如果这个 PIN 码错误，SIM 卡将被锁定，需要 PUK 码解锁。</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="245"/>
        <location filename="../../simtool/gui/fixes.py" line="246"/>
        <source>use {place}</source>
        <translation>使用{place}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="252"/>
        <source>Modem ▸ Restart the modem</source>
        <translation>“调制解调器 ▸ 重启调制解调器”</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="253"/>
        <source>the “Switch the radio on” button on the Radio step</source>
        <translation>“射频”步骤中的“打开射频”按钮</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="255"/>
        <source>the “Enter the PIN” button on the SIM lock step</source>
        <translation>“SIM 卡锁”步骤中的“输入 PIN 码”按钮</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="257"/>
        <source>the “Unblock with the PUK” button on the SIM lock step</source>
        <translation>“SIM 卡锁”步骤中的“用 PUK 码解锁”按钮</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="259"/>
        <source>Modem ▸ Undo the last APN change</source>
        <translation>“调制解调器 ▸ 撤销上一次 APN 更改”</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="260"/>
        <location filename="../../simtool/gui/fixes.py" line="261"/>
        <source>Modem ▸ Edit the APN</source>
        <translation>“调制解调器 ▸ 编辑 APN”</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="262"/>
        <source>the “Check the balance” button on the Account balance step</source>
        <translation>“账户余额”步骤中的“查询余额”按钮</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="264"/>
        <source>the “Top up with a voucher” button on the Account balance step</source>
        <translation>“账户余额”步骤中的“用充值卡充值”按钮</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="266"/>
        <source>the “Test the connection” button on the Data session step</source>
        <translation>“数据连接”步骤中的“测试连接”按钮</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="268"/>
        <source>Modem ▸ Find the AT port</source>
        <translation>“调制解调器 ▸ 查找 AT 端口”</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="269"/>
        <source>the Port list at the top (Refresh looks again)</source>
        <translation>顶部的端口列表（“刷新”会重新查找）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="270"/>
        <source>the Signal history tab</source>
        <translation>“信号历史”标签页</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/fixes.py" line="271"/>
        <source>Modem ▸ Choose the network (Automatic)</source>
        <translation>“调制解调器 ▸ 选择网络”（自动）</translation>
    </message>
</context>
<context>
    <name>Port</name>
    <message>
        <location filename="../../simtool/at/session.py" line="369"/>
        <location filename="../../simtool/sources/at/reader.py" line="304"/>
        <location filename="../../simtool/sources/at/reader.py" line="307"/>
        <source>The command was cancelled.</source>
        <translation>命令已取消。</translation>
    </message>
    <message>
        <location filename="../../simtool/at/session.py" line="392"/>
        <source>The modem did not answer everything within the check&apos;s deadline of {seconds:g} s (it was still answering {command}).</source>
        <translation>调制解调器未能在本次检查的时限 {seconds:g} 秒内应答完毕（当时仍在应答 {command}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/at/session.py" line="395"/>
        <source>The modem did not answer everything within the check&apos;s deadline of {seconds:g} s.</source>
        <translation>调制解调器未能在本次检查的时限 {seconds:g} 秒内应答完毕。</translation>
    </message>
    <message>
        <location filename="../../simtool/at/session.py" line="399"/>
        <source>A modem this slow is often short of power or still starting: wait a minute and check again, or allow more time with --deadline.</source>
        <translation>响应这么慢的调制解调器往往是供电不足或仍在启动：请等一分钟再检查，或用 --deadline 放宽时限。</translation>
    </message>
    <message>
        <location filename="../../simtool/at/session.py" line="422"/>
        <source>The modem sends data without end and no longer answers commands (more than {size} KB for {command}).</source>
        <translation>调制解调器不停地发送数据，不再应答命令（{command} 收到了超过 {size} KB 的数据）。</translation>
    </message>
    <message>
        <location filename="../../simtool/at/session.py" line="428"/>
        <source>The modem answered at first, then stopped answering: nothing came back for {count} commands in a row (the last was {command}).</source>
        <translation>调制解调器起初有应答，随后停止应答：连续 {count} 条命令都没有任何回应（最后一条是 {command}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/at/session.py" line="443"/>
        <source>The modem port went away during a command ({error}). Check the cable and wait for the modem to come back, then try again.</source>
        <translation>执行命令时调制解调器端口消失了（{error}）。请检查数据线，等调制解调器恢复后再试。</translation>
    </message>
    <message>
        <location filename="../../simtool/at/session.py" line="676"/>
        <source>It may have hung, reset or lost power. Unplug it and plug it back in (or power it off and on), wait 20 s and check again; if it keeps happening, check its power supply and cable.</source>
        <translation>它可能已死机、复位或断电。请拔下后重新插上（或断电再上电），等待 20 秒后再检查；如果反复出现，请检查电源和数据线。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/worker.py" line="463"/>
        <source>No modem is connected.</source>
        <translation>没有连接调制解调器。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/probe.py" line="82"/>
        <source>Port {url} is a diagnostic port: it answered AT with binary data.</source>
        <translation>端口 {url} 是诊断端口：它对 AT 返回了二进制数据。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/probe.py" line="84"/>
        <source>Use the modem&apos;s AT port instead; &apos;simtool ports --probe&apos; finds it.</source>
        <translation>请改用调制解调器的 AT 端口；&apos;simtool ports --probe&apos; 可以找到它。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/probe.py" line="99"/>
        <source>Probing {url} failed: {reason}</source>
        <translation>探测 {url} 失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/reader.py" line="428"/>
        <source>The modem stopped answering: nothing came back for AT+CPIN?.</source>
        <translation>调制解调器不再应答：AT+CPIN? 没有任何回复。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/source.py" line="91"/>
        <source>Use the modem&apos;s AT port instead: &apos;simtool ports --probe&apos; finds it. On a serial cable, also check the speed (most modems use 115200 baud).</source>
        <translation>请改用调制解调器的 AT 端口：&apos;simtool ports --probe&apos; 可以找到它。如果是串口线，还请检查速率（大多数调制解调器使用 115200 波特）。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/source.py" line="94"/>
        <source>Port {url} sends data without end ({heard}) and never answers AT with OK or ERROR: it is a log or trace port, not the AT port.</source>
        <translation>端口 {url} 不停地发送数据（{heard}），却从不以 OK 或 ERROR 应答 AT：它是日志或跟踪端口，不是 AT 端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/source.py" line="99"/>
        <source>Port {url} does not take AT commands now: it answered {final} instead of OK, as a port in data mode (or a modem&apos;s data/PPP port) does.</source>
        <translation>端口 {url} 现在不接受 AT 命令：它应答的是 {final} 而不是 OK，处于数据模式的端口（或调制解调器的数据/PPP 端口）就是这样。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/source.py" line="109"/>
        <source>bytes {hex}</source>
        <translation>字节 {hex}</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/source.py" line="112"/>
        <source>Port {url} does not speak AT: it sent binary data ({heard}). It is another kind of port, or the speed (baud rate) is wrong.</source>
        <translation>端口 {url} 不使用 AT 协议：它发来的是二进制数据（{heard}）。这是其他类型的端口，或者速率（波特率）不对。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/source.py" line="115"/>
        <source>Port {url} is the modem&apos;s GPS port: it sends NMEA position sentences ({heard}), not AT answers.</source>
        <translation>端口 {url} 是调制解调器的 GPS 端口：它发送的是 NMEA 定位语句（{heard}），不是 AT 应答。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/source.py" line="118"/>
        <source>Port {url} is a diagnostic (DIAG/QCDM) port: it answered AT with binary frames ({heard}).</source>
        <translation>端口 {url} 是诊断（DIAG/QCDM）端口：它用二进制数据帧应答 AT（{heard}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/source.py" line="121"/>
        <source>Port {url} sends text but never answers AT with OK or ERROR ({heard}): it is probably a log or console port.</source>
        <translation>端口 {url} 发送文本，但从不以 OK 或 ERROR 应答 AT（{heard}）：它可能是日志或控制台端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/source.py" line="131"/>
        <source>Port {url} answers, but its replies come back garbled or cut off, without OK or ERROR, twice ({heard}): the modem is there, but the line to it is unreliable.</source>
        <translation>端口 {url} 有应答，但回复两次都是乱码或被截断，没有 OK 或 ERROR（{heard}）：调制解调器在，但与它之间的连接不可靠。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/source.py" line="134"/>
        <source>Check the cable and the USB power (a powered hub or another USB port); on a serial cable, check the speed (most modems use 115200 baud). Then restart the modem and check again.</source>
        <translation>检查数据线和 USB 供电（使用带电源的 USB 集线器或换一个 USB 口）；如果是串口线，检查波特率（大多数调制解调器用 115200）。然后重启调制解调器，再检查一次。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="83"/>
        <source>{url} is a modem ModemManager manages: simtool only checks it (through ModemManager); this command needs the modem&apos;s AT port, which ModemManager holds.</source>
        <translation>{url} 是由 ModemManager 管理的调制解调器：simtool 只能（通过 ModemManager）检测它；这个命令需要调制解调器的 AT 端口，而该端口被 ModemManager 占用。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="87"/>
        <source>Use mmcli for it (&apos;mmcli -m {index}&apos; shows what ModemManager offers), or stop ModemManager (&apos;sudo systemctl stop ModemManager&apos;) and use the AT port &apos;simtool ports&apos; lists. &apos;simtool check --port {url} --inhibit --allow-write&apos; runs the full AT check, with --balance or --connect-test if asked.</source>
        <translation>请改用 mmcli（&apos;mmcli -m {index}&apos; 会显示 ModemManager 能做什么），或者停止 ModemManager（&apos;sudo systemctl stop ModemManager&apos;）后使用 &apos;simtool ports&apos; 列出的 AT 端口。&apos;simtool check --port {url} --inhibit --allow-write&apos; 会运行完整的 AT 检测，需要时可加 --balance 或 --connect-test。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="95"/>
        <source>simtool does not know the kind of port &apos;{url}&apos;.</source>
        <translation>simtool 不认识端口类型 &apos;{url}&apos;。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="97"/>
        <source>Use a device such as /dev/ttyUSB2 or COM7, socket://HOST:PORT (ser2net), rfc2217://HOST:PORT, or sim://healthy for the simulator.</source>
        <translation>请使用设备名，例如 /dev/ttyUSB2 或 COM7，或 socket://HOST:PORT（ser2net）、rfc2217://HOST:PORT，模拟器请用 sim://healthy。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="117"/>
        <location filename="../../simtool/transport/doctor.py" line="171"/>
        <source>Could not open {url}: {reason}</source>
        <translation>无法打开 {url}：{reason}</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="118"/>
        <source>Run &apos;simtool ports&apos; to see the serial ports and which one answers AT.</source>
        <translation>运行 &apos;simtool ports&apos; 查看串口，以及哪个端口响应 AT。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="142"/>
        <source>This computer has no route to the host of {url}: {reason}</source>
        <translation>本机没有通往 {url} 所在主机的路由：{reason}</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="145"/>
        <source>Check the host address, this computer&apos;s network connection, and the VPN if the serial server is on another network.</source>
        <translation>请检查主机地址和本机的网络连接；如果串口服务器在另一个网络中，还要检查 VPN。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="150"/>
        <source>The host name in {url} could not be looked up: {reason}</source>
        <translation>无法解析 {url} 中的主机名：{reason}</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="153"/>
        <source>Check the spelling of the host name, or use its IP address; check that this computer&apos;s name service (DNS) works.</source>
        <translation>请检查主机名的拼写，或改用其 IP 地址；并检查本机的域名解析（DNS）是否正常。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="157"/>
        <source>Nothing at {url} accepted the connection in time: {reason}</source>
        <translation>{url} 上没有程序及时接受连接：{reason}</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="160"/>
        <source>Check that the host is on and reachable from this computer (ping it), that no firewall drops the connection to that port, and that the serial server (for example ser2net) runs and is not busy with another client.</source>
        <translation>请检查主机已开机且本机能访问到它（可用 ping 测试），没有防火墙丢弃到该端口的连接，并且串口服务器（例如 ser2net）正在运行、没有被其他客户端占用。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="166"/>
        <source>Nothing answers at {url}: {reason}</source>
        <translation>{url} 没有任何响应：{reason}</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="168"/>
        <source>Check the host name and port number, and that the serial server (for example ser2net) is running and reachable.</source>
        <translation>请检查主机名和端口号，以及串口服务器（例如 ser2net）是否正在运行且可以访问。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="172"/>
        <source>Check the address; for the simulator use sim://healthy.</source>
        <translation>请检查地址；模拟器请用 sim://healthy。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="177"/>
        <source>Port {url} does not exist.</source>
        <translation>端口 {url} 不存在。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="179"/>
        <source>Serial ports on this computer: {ports}.</source>
        <translation>这台电脑上的串口：{ports}。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="182"/>
        <source>This computer has no serial ports right now.</source>
        <translation>这台电脑目前没有串口。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="184"/>
        <source>On Windows a modem&apos;s ports are named COM1, COM2, …: look in Device Manager under &apos;Ports (COM &amp; LPT)&apos; and &apos;Modems&apos; for the one called &apos;… AT Port&apos;, &apos;… PC UI Interface&apos; or &apos;… Modem&apos;.</source>
        <translation>在 Windows 上，调制解调器的端口名为 COM1、COM2……：请在设备管理器的“端口 (COM 和 LPT)”和“调制解调器”下，找名为“… AT Port”“… PC UI Interface”或“… Modem”的那个。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="187"/>
        <source>Check the name, and that the modem is plugged in (after a replug or reset its ports may come back under another name). &apos;simtool ports --probe&apos; lists the ports and shows which one answers AT.</source>
        <translation>请检查名称，并确认调制解调器已插好（重新插拔或复位后，端口可能换了名字）。&apos;simtool ports --probe&apos; 会列出端口并显示哪个响应 AT。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="199"/>
        <source>Port {url} went away: the modem was unplugged, reset or lost power, or its driver was unloaded.</source>
        <translation>端口 {url} 消失了：调制解调器被拔出、复位或断电，或者驱动被卸载。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="202"/>
        <source>Plug the modem back in (use a port that gives enough power), wait until &apos;simtool ports&apos; lists it again, then run the check again.</source>
        <translation>重新插上调制解调器（使用供电充足的接口），等 &apos;simtool ports&apos; 再次列出它后，重新运行检查。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="213"/>
        <source>The connection to {url} broke ({reason}): the serial server closed or reset it, the network dropped it, or the modem behind the server went away.</source>
        <translation>与 {url} 的连接中断（{reason}）：串口服务器关闭或重置了连接、网络断开了连接，或者服务器后面的调制解调器已断开。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="217"/>
        <source>Check that the serial server (for example ser2net) still runs and that its modem is connected, then run the check again.</source>
        <translation>请检查串口服务器（例如 ser2net）仍在运行，且它所连的调制解调器已连接，然后重新运行检查。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="284"/>
        <source>You are not allowed to open {url}.</source>
        <translation>你没有权限打开 {url}。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="285"/>
        <source>Ask an administrator for access to the port, or run simtool as a user who has it.</source>
        <translation>请管理员授予你访问该端口的权限，或用有权限的用户运行 simtool。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="287"/>
        <source>You ({user}) are not allowed to open {device}: it belongs to group &apos;{group}&apos; with permissions {mode}.</source>
        <translation>你（{user}）没有权限打开 {device}：它属于用户组“{group}”，权限为 {mode}。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="295"/>
        <source>Not even members of &apos;{group}&apos; may open it.</source>
        <translation>连“{group}”组的成员也不能打开它。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="297"/>
        <source>Give the group access: &apos;sudo chmod 660 {device}&apos; (lasts until the modem is replugged). For good, install the udev rule shipped with simtool ({file}) or put this line in /etc/udev/rules.d/70-simtool.rules: {rule} — then run &apos;sudo udevadm control --reload&apos; and replug the modem.</source>
        <translation>给该组授权：&apos;sudo chmod 660 {device}&apos;（在重新插拔调制解调器之前有效）。长期解决：安装 simtool 附带的 udev 规则（{file}），或在 /etc/udev/rules.d/70-simtool.rules 中写入这一行：{rule} —— 然后运行 &apos;sudo udevadm control --reload&apos; 并重新插拔调制解调器。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="302"/>
        <source>You are in group &apos;{group}&apos;, but this login session started before you were added.</source>
        <translation>你已在“{group}”组中，但当前登录会话是在加入该组之前开始的。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="304"/>
        <source>Log out and back in (or reboot) so the new group takes effect.</source>
        <translation>注销后重新登录（或重启），让新的用户组生效。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="306"/>
        <source>You are not in group &apos;{group}&apos;.</source>
        <translation>你不在“{group}”组中。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="307"/>
        <source>Add yourself to it: &apos;sudo usermod -aG {group} $USER&apos;, then log out and back in. Or install the udev rule shipped with simtool ({file}) or put this line in /etc/udev/rules.d/70-simtool.rules: {rule} — then run &apos;sudo udevadm control --reload&apos; and replug the modem.</source>
        <translation>把自己加入该组：&apos;sudo usermod -aG {group} $USER&apos;，然后注销并重新登录。或者安装 simtool 附带的 udev 规则（{file}），或在 /etc/udev/rules.d/70-simtool.rules 中写入这一行：{rule} —— 然后运行 &apos;sudo udevadm control --reload&apos; 并重新插拔调制解调器。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="313"/>
        <source>You are in that group, so something else blocks access (an ACL, SELinux/AppArmor, or a sandboxed install).</source>
        <translation>你已在该组中，所以是其他原因阻止了访问（ACL、SELinux/AppArmor，或沙盒方式的安装）。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="317"/>
        <source>You are not in group &apos;{group}&apos;, and should not join it.</source>
        <translation>你不在“{group}”组中，也不应该加入它。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="319"/>
        <source>Install the udev rule shipped with simtool ({file}) or put this line in /etc/udev/rules.d/70-simtool.rules: {rule} — then run &apos;sudo udevadm control --reload&apos; and replug the modem.</source>
        <translation>安装 simtool 附带的 udev 规则（{file}），或在 /etc/udev/rules.d/70-simtool.rules 中写入这一行：{rule} —— 然后运行 &apos;sudo udevadm control --reload&apos; 并重新插拔调制解调器。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="401"/>
        <source>Port {url} is in use by another program (Windows lets one program at a time open a COM port).</source>
        <translation>端口 {url} 正被另一个程序占用（Windows 同一时间只允许一个程序打开 COM 端口）。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="403"/>
        <source>Close the other program (the modem&apos;s own connection software, a terminal program, another simtool) and try again.</source>
        <translation>关闭其他程序（调制解调器自带的连接软件、终端程序、另一个 simtool）后再试。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="408"/>
        <source>ModemManager manages this modem. Stop it for now with &apos;sudo systemctl stop ModemManager&apos;, or make it leave this modem alone with this line in /etc/udev/rules.d/77-simtool-mm-ignore.rules: {rule} — then &apos;sudo udevadm control --reload&apos; and replug the modem.</source>
        <translation>ModemManager 正在管理这个调制解调器。可以用 &apos;sudo systemctl stop ModemManager&apos; 暂时停止它，或在 /etc/udev/rules.d/77-simtool-mm-ignore.rules 中写入这一行让它不再管理此调制解调器：{rule} —— 然后运行 &apos;sudo udevadm control --reload&apos; 并重新插拔调制解调器。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="414"/>
        <source>Port {url} is in use by {holders}.</source>
        <translation>端口 {url} 正被 {holders} 占用。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="418"/>
        <source>Close {holders} (or stop it: &apos;kill {pid}&apos;) and try again.</source>
        <translation>关闭 {holders}（或结束它：&apos;kill {pid}&apos;）后再试。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="421"/>
        <source>Close {holders} (or stop them: &apos;kill {pids}&apos;) and try again.</source>
        <translation>请关闭 {holders}（或结束它们：&apos;kill {pids}&apos;）后重试。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="425"/>
        <source>Port {url} is in use by another program.</source>
        <translation>端口 {url} 正被另一个程序占用。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="427"/>
        <source>ModemManager is running and may be the one holding it.</source>
        <translation>ModemManager 正在运行，可能就是它占用了端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="430"/>
        <source>Close the other program that uses it and try again; &apos;sudo fuser -v {url}&apos; shows which one.</source>
        <translation>关闭正在使用它的其他程序后再试；&apos;sudo fuser -v {url}&apos; 可以显示是哪个程序。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="447"/>
        <source>Port {url} opened, but nothing answered AT.</source>
        <translation>端口 {url} 已打开，但没有任何响应 AT。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="449"/>
        <source>Port {url} opened, but nothing answered AT within {seconds:g} s.</source>
        <translation>端口 {url} 已打开，但在 {seconds:g} 秒内没有任何响应 AT。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="452"/>
        <source>This is probably not the modem&apos;s AT port (modems also have diagnostic, GPS and data ports that stay silent). Try the others: {ports}; &apos;simtool ports --probe&apos; finds the one that answers.</source>
        <translation>这可能不是调制解调器的 AT 端口（调制解调器还有诊断、GPS 和数据端口，它们不会响应）。试试其他端口：{ports}；&apos;simtool ports --probe&apos; 可以找到有响应的那个。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="457"/>
        <source>Check that the modem has power and has finished starting (some take 20 s), and that this is its AT port.</source>
        <translation>请确认调制解调器已通电并已完成启动（有些需要 20 秒），并且这是它的 AT 端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="480"/>
        <source>It is in mass-storage (virtual CD-ROM) mode, which shows a drive with the maker&apos;s installer instead of modem ports.</source>
        <translation>它处于大容量存储（虚拟光盘）模式，显示的是装有厂商安装程序的驱动器，而不是调制解调器端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="482"/>
        <source>On Linux install usb-modeswitch and usb-modeswitch-data (for example &apos;sudo apt install usb-modeswitch&apos;), which switch it to modem mode when it is plugged in; on Windows run the installer on that drive once.</source>
        <translation>在 Linux 上请安装 usb-modeswitch 和 usb-modeswitch-data（例如 &apos;sudo apt install usb-modeswitch&apos;），插入时会自动切换到调制解调器模式；在 Windows 上请运行一次该驱动器上的安装程序。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="486"/>
        <source>It runs HiLink firmware: the stick is a small router with its own web page (usually http://192.168.8.1) and has no AT port.</source>
        <translation>它运行的是 HiLink 固件：这个上网卡是一台带网页管理界面的小路由器（通常是 http://192.168.8.1），没有 AT 端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="488"/>
        <source>Check the SIM and the connection on its web page; simtool cannot talk to a HiLink stick (only a different &apos;stick&apos; firmware has an AT port).</source>
        <translation>请在它的网页上检查 SIM 卡和连接；simtool 无法与 HiLink 上网卡通信（只有另一种“Stick”固件才有 AT 端口）。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="491"/>
        <source>It works as a router with its own web page (usually http://192.168.0.1) and has no AT port in this mode.</source>
        <translation>它作为一台带网页管理界面的路由器工作（通常是 http://192.168.0.1），在此模式下没有 AT 端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="493"/>
        <source>Use its web page, or switch it to modem mode with the maker&apos;s tools.</source>
        <translation>请使用它的网页，或用厂商工具把它切换到调制解调器模式。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="496"/>
        <source>It is in emergency download mode: its firmware is not running.</source>
        <translation>它处于紧急下载模式：固件没有运行。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="497"/>
        <source>Unplug it and plug it back in; if it comes back the same, the firmware needs a recovery with the maker&apos;s tool.</source>
        <translation>拔下后重新插上；如果仍然如此，需要用厂商工具恢复固件。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="500"/>
        <source>Its USB composition is network-only (MBIM/ECM/RNDIS), without serial ports.</source>
        <translation>它的 USB 组合只有网络接口（MBIM/ECM/RNDIS），没有串口。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="502"/>
        <source>Switch it back to a composition with AT ports using the maker&apos;s tool or manual.</source>
        <translation>用厂商工具或按手册把它切换回带 AT 端口的组合。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="504"/>
        <source>Its serial interfaces have no driver on this computer.</source>
        <translation>它的串口接口在这台电脑上没有驱动。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="505"/>
        <source>Load the option driver and tell it this modem: &apos;sudo modprobe option; echo {vid:04x} {pid:04x} ff | sudo tee /sys/bus/usb-serial/drivers/option1/new_id&apos;.</source>
        <translation>加载 option 驱动并告诉它这个调制解调器：&apos;sudo modprobe option; echo {vid:04x} {pid:04x} ff | sudo tee /sys/bus/usb-serial/drivers/option1/new_id&apos;。</translation>
    </message>
    <message>
        <location filename="../../simtool/transport/doctor.py" line="549"/>
        <source>A {vendor} modem ({product}USB id {vid:04x}:{pid:04x}) is connected, but without an AT port.</source>
        <translation>已连接一台 {vendor} 调制解调器（{product}USB ID {vid:04x}:{pid:04x}），但没有 AT 端口。</translation>
    </message>
    <message>
        <source>The port opened but the modem did not answer AT.</source>
        <translation type="vanished">端口已打开，但调制解调器不响应 AT。</translation>
    </message>
    <message>
        <source>This is probably not the modem&apos;s AT port: run &apos;simtool ports --probe&apos; to find the one that answers.</source>
        <translation type="vanished">这可能不是调制解调器的 AT 端口：运行 &apos;simtool ports --probe&apos; 找到有响应的端口。</translation>
    </message>
</context>
<context>
    <name>PortCombo</name>
    <message>
        <location filename="../../simtool/gui/ports.py" line="91"/>
        <source>Modem port</source>
        <translation>调制解调器端口</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/ports.py" line="94"/>
        <source>Modem port or URL</source>
        <translation>调制解调器端口或 URL</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/ports.py" line="95"/>
        <source>The modem&apos;s AT port, or a URL such as sim://healthy or hilink://192.168.8.1</source>
        <translation>调制解调器的 AT 端口，或 URL，例如 sim://healthy 或 hilink://192.168.8.1</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/ports.py" line="98"/>
        <source>Choose the modem&apos;s port, or type a URL (sim://healthy)</source>
        <translation>选择调制解调器的端口，或输入网址（sim://healthy）</translation>
    </message>
    <message>
        <source>The modem&apos;s AT port, or a URL such as sim://healthy</source>
        <translation type="vanished">调制解调器的 AT 端口，或 URL，例如 sim://healthy</translation>
    </message>
</context>
<context>
    <name>Ports</name>
    <message>
        <location filename="../../simtool/sources/port_list.py" line="28"/>
        <source>AT port</source>
        <translation>AT 端口</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/port_list.py" line="29"/>
        <source>data (PPP) port</source>
        <translation>数据（PPP）端口</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/port_list.py" line="30"/>
        <source>diagnostic port</source>
        <translation>诊断端口</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/port_list.py" line="31"/>
        <source>GPS port</source>
        <translation>GPS 端口</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/port_list.py" line="32"/>
        <location filename="../../simtool/sources/port_list.py" line="98"/>
        <source>modem</source>
        <translation>调制解调器</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/port_list.py" line="68"/>
        <source>answers AT</source>
        <translation>响应 AT 命令</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/port_list.py" line="70"/>
        <source>silent</source>
        <translation>无响应</translation>
    </message>
</context>
<context>
    <name>PukDialog</name>
    <message>
        <location filename="../../simtool/gui/unlock.py" line="38"/>
        <source>Unblock the SIM with the PUK</source>
        <translation>用 PUK 码解锁 SIM 卡</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/unlock.py" line="41"/>
        <source>simtool could not read how many PUK attempts are left.</source>
        <translation>simtool 无法读取剩余的 PUK 尝试次数。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/unlock.py" line="43"/>
        <source>PUK attempts left: {n}.</source>
        <translation>剩余 PUK 尝试次数：{n}。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/unlock.py" line="44"/>
        <source>The SIM is blocked after too many wrong PINs. The PUK (8 digits) is on the plastic card the SIM came in, or your operator gives it after checking your identity. Never guess it: after the last wrong PUK the SIM is destroyed for good.</source>
        <translation>PIN 码输错次数过多，SIM 卡已被锁定。PUK 码（8 位数字）印在 SIM 卡原配的塑料卡托上，或由运营商在核实您的身份后提供。切勿猜测：最后一次 PUK 码输错后，SIM 卡将永久损毁。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/unlock.py" line="50"/>
        <source>PUK</source>
        <translation>PUK 码</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/unlock.py" line="51"/>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/unlock.py" line="52"/>
        <source>New PIN again</source>
        <translation>再次输入新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/unlock.py" line="54"/>
        <source>P&amp;UK (8 digits):</source>
        <translation>PUK 码(&amp;U)（8 位数字）：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/unlock.py" line="55"/>
        <source>&amp;New PIN (4 to 8 digits):</source>
        <translation>新 PIN 码(&amp;N)（4 到 8 位数字）：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/unlock.py" line="56"/>
        <source>New PIN &amp;again:</source>
        <translation>再次输入新 PIN 码(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/unlock.py" line="57"/>
        <source>The two new PINs differ.</source>
        <translation>两次输入的新 PIN 码不一致。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/unlock.py" line="58"/>
        <source>I understand: if this PUK is wrong, the SIM is destroyed and must be replaced.</source>
        <translation>我明白：如果此 PUK 码错误，SIM 卡将损毁，必须更换。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../simtool/gui/qt_gaps.py" line="11"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/qt_gaps.py" line="12"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Radio</name>
    <message>
        <location filename="../../simtool/actions/radio.py" line="41"/>
        <location filename="../../simtool/actions/radio.py" line="55"/>
        <location filename="../../simtool/actions/radio.py" line="60"/>
        <source>The modem refused to switch the radio {state}: {error}</source>
        <translation>调制解调器拒绝{state}射频：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/radio.py" line="42"/>
        <location filename="../../simtool/actions/radio.py" line="61"/>
        <source>on</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/radio.py" line="42"/>
        <location filename="../../simtool/actions/radio.py" line="56"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="32"/>
        <source>your operator</source>
        <translation>您的运营商</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="50"/>
        <source>in the {app} app</source>
        <translation>在{app} App 中</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="51"/>
        <source>on {website}</source>
        <translation>在 {website} 上</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="52"/>
        <source>with Alipay</source>
        <translation>用支付宝</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="53"/>
        <source>with WeChat Pay</source>
        <translation>用微信支付</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="54"/>
        <source>with a recharge card (call {number} to load it)</source>
        <translation>用充值卡（拨打 {number} 充值）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="55"/>
        <source>with a recharge card</source>
        <translation>用充值卡</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="56"/>
        <source>at a {operator} store</source>
        <translation>到{operator}营业厅</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="57"/>
        <source>at a self-service terminal</source>
        <translation>在自助缴费终端</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="58"/>
        <source>by calling {number}</source>
        <translation>拨打 {number}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="68"/>
        <source>Check the balance and data left: `simtool check --port {url} --inhibit --allow-write --balance` sends {operator}&apos;s query SMS (&quot;{text}&quot; to {number}; a normal SMS, which the operator may charge) while ModemManager lets go of the modem, or look in the {app} app.</source>
        <translation>查询余额和剩余流量：`simtool check --port {url} --inhibit --allow-write --balance` 会在 ModemManager 暂时释放调制解调器期间发送{operator}的查询短信（“{text}”发到 {number}；按普通短信计费，运营商可能收费），也可以在{app} App 中查看。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="75"/>
        <source>Check the balance and data left: `simtool balance --allow-write` sends {operator}&apos;s query SMS (&quot;{text}&quot; to {number}; a normal SMS, which the operator may charge), or look in the {app} app.</source>
        <translation>查询余额和剩余流量：`simtool balance --allow-write` 会发送{operator}的查询短信（“{text}”发到 {number}；按普通短信计费，运营商可能收费），也可以在{app} App 中查看。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="80"/>
        <source>Check the balance and data left in the {app} app or by calling {hotline}.</source>
        <translation>在{app} App 中或拨打 {hotline} 查询余额和剩余流量。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="97"/>
        <source>Recharge or renew the plan: {ways}.</source>
        <translation>充值或续订套餐：{ways}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="98"/>
        <location filename="../../simtool/diagnosis/channels.py" line="122"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="99"/>
        <source>After paying, data may need a few minutes; then restart the modem.</source>
        <translation>缴费后数据业务可能需要几分钟才恢复；之后请重启调制解调器。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="105"/>
        <source>This is an IoT card (物联网卡) of {operator}: it is recharged, renewed and unblocked through the card&apos;s IoT platform{platform} or the vendor who sold it, not the consumer app, website or hotline. Check its data and validity there.</source>
        <translation>这是{operator}的物联网卡：充值、续费和复机都要通过该卡的物联网平台{platform}或售卡的代理商办理，而不是普通用户的 App、网站或客服热线。请在那里查看卡的流量和有效期。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="113"/>
        <location filename="../../simtool/diagnosis/channels.py" line="137"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="31"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="114"/>
        <source>ICCID {iccid}</source>
        <translation>ICCID {iccid}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="115"/>
        <source>IMEI {imei}</source>
        <translation>IMEI {imei}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="120"/>
        <source>the operator&apos;s notice &quot;{text}&quot;</source>
        <translation>运营商的通知“{text}”</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="121"/>
        <source>Contact the card&apos;s IoT platform or the vendor who sold it. Give them: {items}.</source>
        <translation>请联系该卡的物联网平台或售卡的代理商，并提供：{items}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="138"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="32"/>
        <source>ICCID {iccid}, IMSI {imsi}</source>
        <translation>ICCID {iccid}，IMSI {imsi}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/channels.py" line="140"/>
        <source>Call {operator} on {hotline} (or use the {app} app). Tell them: {identity}, {what}.</source>
        <translation>请拨打{operator}客服热线 {hotline}（或使用{app} App）。告诉他们：{identity}，{what}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="77"/>
        <source>Tell the eSIM provider: EID {eid}, profile ICCIDs {iccids}.</source>
        <translation>告诉 eSIM 提供商：EID {eid}，配置文件 ICCID {iccids}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="79"/>
        <source>Tell the eSIM provider: EID {eid}.</source>
        <translation>告诉 eSIM 提供商：EID {eid}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="83"/>
        <source>simtool only reads the eSIM: profiles are installed and enabled with the eSIM provider&apos;s app, or with an LPA tool (Local Profile Assistant, e.g. lpac) on a computer or phone that holds the card.</source>
        <translation>simtool 只读取 eSIM：配置文件需要用 eSIM 提供商的 App 安装和启用，或在插着这张卡的电脑或手机上用 LPA 工具（本地配置文件助手，例如 lpac）操作。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="89"/>
        <source>Then restart the modem (unplug it and plug it in again) so it reads the card again, and run the check again.</source>
        <translation>然后重启调制解调器（拔下再插上），让它重新读卡，再运行一次检查。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="145"/>
        <source>Install the eSIM plan you bought: scan its QR code or type its activation code in the eSIM provider&apos;s app or an LPA tool.</source>
        <translation>安装你购买的 eSIM 套餐：在 eSIM 提供商的 App 或 LPA 工具里扫描它的二维码，或输入激活码。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="148"/>
        <source>If the plan was installed before, it has been deleted: ask the seller for a new activation code.</source>
        <translation>如果以前装过这个套餐，说明它已被删除：请向卖家索要新的激活码。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="169"/>
        <source>Enable the profile {profile} in the eSIM provider&apos;s app or an LPA tool.</source>
        <translation>在 eSIM 提供商的 App 或 LPA 工具里启用配置文件 {profile}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="172"/>
        <source>Enable your plan&apos;s profile in the eSIM provider&apos;s app or an LPA tool.</source>
        <translation>在 eSIM 提供商的 App 或 LPA 工具里启用你套餐的配置文件。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="186"/>
        <source>Enable your operator&apos;s profile {profile} in the eSIM provider&apos;s app or an LPA tool.</source>
        <translation>在 eSIM 提供商的 App 或 LPA 工具里启用你运营商的配置文件 {profile}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="189"/>
        <source>Install the eSIM plan you bought (its QR code or activation code) with the eSIM provider&apos;s app or an LPA tool, and enable it.</source>
        <translation>用 eSIM 提供商的 App 或 LPA 工具安装你购买的 eSIM 套餐（二维码或激活码），并启用它。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="202"/>
        <source>The profile was switched but the modem still uses the old one: restart the modem (unplug it and plug it in again, or restart the computer).</source>
        <translation>配置文件已经切换，但调制解调器仍在用旧的：请重启调制解调器（拔下再插上，或重启电脑）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="204"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="106"/>
        <source>Run the check again.</source>
        <translation>再检测一次。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="219"/>
        <source>If {profile} is the plan you bought, enable it instead in the eSIM provider&apos;s app or an LPA tool.</source>
        <translation>如果 {profile} 才是你购买的套餐，请在 eSIM 提供商的 App 或 LPA 工具里改为启用它。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/esim.py" line="254"/>
        <source>If the SIM is built in (eSIM) or is an eSIM card, it may have no profile enabled: check in the eSIM provider&apos;s app. simtool could not read the eSIM through this modem.</source>
        <translation>如果 SIM 是内置的（eSIM），或者是一张 eSIM 卡，可能只是没有启用配置文件：请在 eSIM 提供商的 App 里查看。simtool 无法通过这台调制解调器读取 eSIM。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="42"/>
        <source>Call your operator. Tell them: {identity}, {what}.</source>
        <translation>请致电运营商，告诉他们：{identity}，{what}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="50"/>
        <source>After the operator has fixed it, restart the modem (unplug it, or run `mmcli -m {modem} --disable` then `mmcli -m {modem} --enable`): until then it will not try that network again.</source>
        <translation>运营商处理好之后，请重启调制解调器（拔下再插上，或先运行 `mmcli -m {modem} --disable` 再运行 `mmcli -m {modem} --enable`）：在此之前它不会再尝试该网络。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="53"/>
        <source>After the operator has fixed it, restart the modem (unplug it or run `simtool radio off --allow-write` then `simtool radio on --allow-write`): until then it will not try that network again.</source>
        <translation>运营商处理好之后，请重启调制解调器（拔下再插上，或运行 `simtool radio off --allow-write` 再运行 `simtool radio on --allow-write`）：在此之前它不会再尝试该网络。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="94"/>
        <source>The modem went away while ModemManager was reading it: it was unplugged or reset, or ModemManager restarted.</source>
        <translation>ModemManager 读取时调制解调器消失了：它被拔出或复位了，或者 ModemManager 重启了。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="96"/>
        <source>Wait until `mmcli -L` lists it again (its number may change) and run the check again.</source>
        <translation>等 `mmcli -L` 重新列出它（编号可能会变）后再检测一次。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="99"/>
        <source>Check that ModemManager runs: `systemctl status ModemManager`; start it with `sudo systemctl start ModemManager`.</source>
        <translation>确认 ModemManager 正在运行：`systemctl status ModemManager`；可用 `sudo systemctl start ModemManager` 启动它。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="101"/>
        <source>`mmcli -L` lists the modems it manages: check that the modem is plugged in, and check it with the number shown there.</source>
        <translation>`mmcli -L` 会列出它管理的调制解调器：确认调制解调器已插好，再用列出的编号进行检测。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="103"/>
        <source>Without ModemManager, check the modem&apos;s AT port directly: `simtool ports` lists the serial ports.</source>
        <translation>不经过 ModemManager 时，可直接检测调制解调器的 AT 端口：`simtool ports` 会列出串口。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="107"/>
        <source>`mmcli -m {modem}` shows what ModemManager knows of the modem; `journalctl -u ModemManager` says why it failed.</source>
        <translation>`mmcli -m {modem}` 会显示 ModemManager 掌握的调制解调器信息；`journalctl -u ModemManager` 会说明失败原因。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="120"/>
        <source>Check that the modem is plugged in and powered (its light is on).</source>
        <translation>请确认调制解调器已插好并已通电（指示灯亮）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="121"/>
        <source>Run `simtool ports` to list the ports this computer sees and pick the modem&apos;s AT port.</source>
        <translation>运行 `simtool ports` 列出这台电脑能看到的端口，并选出调制解调器的 AT 端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="123"/>
        <source>If no port appears, the modem may be in storage (CD-ROM) or HiLink mode, or its driver is missing.</source>
        <translation>如果没有出现任何端口，调制解调器可能处于存储（虚拟光盘）模式或 HiLink 模式，或者缺少驱动程序。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="126"/>
        <source>On Linux, add yourself to the port&apos;s group: `sudo usermod -aG dialout $USER` (uucp on Arch), then log out and back in.</source>
        <translation>在 Linux 上，请把自己加入端口所属的用户组：`sudo usermod -aG dialout $USER`（Arch 上是 uucp），然后注销并重新登录。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="128"/>
        <source>Or run simtool once with sudo to confirm that permission is the problem.</source>
        <translation>或者用 sudo 运行一次 simtool，确认问题是否出在权限上。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="131"/>
        <source>Another program holds the port (often ModemManager). Close it, or stop ModemManager for the check: `sudo systemctl stop ModemManager`.</source>
        <translation>另一个程序占用了该端口（通常是 ModemManager）。请关闭它，或在检查期间停止 ModemManager：`sudo systemctl stop ModemManager`。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="133"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="342"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="751"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="766"/>
        <source>Then run the check again.</source>
        <translation>然后重新运行检查。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="135"/>
        <source>This port does not answer AT commands: it is probably not the modem&apos;s AT port.</source>
        <translation>此端口不响应 AT 命令：它可能不是调制解调器的 AT 端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="137"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="148"/>
        <source>Run `simtool ports --probe` to find the port that answers, and check that with `--port`.</source>
        <translation>运行 `simtool ports --probe` 找到有响应的端口，再用 `--port` 检查该端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="140"/>
        <source>Give the device&apos;s admin password (the one for its web page, often on a label on the device) in an environment variable and name it with `--password-env`, or type it in the app&apos;s password field.</source>
        <translation>在环境变量中提供设备的管理员密码（即其网页管理界面的密码，通常印在设备标签上），并用 `--password-env` 指定该变量名，或在应用的密码框中输入。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="143"/>
        <source>simtool makes one login attempt per run, never at the last attempt before a lock, and never stores the password.</source>
        <translation>simtool 每次运行只尝试登录一次，在锁定前的最后一次机会时绝不尝试，也从不保存密码。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="146"/>
        <source>This port sends something other than AT answers: it is one of the modem&apos;s other ports (GPS, diagnostic, data), or the speed is wrong.</source>
        <translation>该端口发送的不是 AT 应答：它是调制解调器的其他端口（GPS、诊断或数据端口），或者波特率不对。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="151"/>
        <source>The modem stopped answering (or answered far too slowly): unplug it and plug it back in, or power it off and on.</source>
        <translation>调制解调器停止了应答（或应答极慢）：请拔下后重新插上，或断电再上电。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="153"/>
        <source>Wait 20 seconds and run the check again.</source>
        <translation>等待 20 秒后重新运行检查。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="154"/>
        <source>If it happens again, give the modem a stronger power supply (a powered USB hub, a shorter cable): modems hang when power dips.</source>
        <translation>如果再次出现，请给调制解调器更稳定的供电（带电源的 USB 集线器、更短的数据线）：电压下降时调制解调器会死机。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="157"/>
        <source>The modem disappeared during the check: check the cable and the USB port, and that the power supply is strong enough.</source>
        <translation>检查过程中调制解调器消失了：请检查数据线和 USB 接口，以及电源是否足够。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="159"/>
        <source>Plug it in again, wait 20 seconds and run the check again.</source>
        <translation>重新插上，等待 20 秒后再运行检查。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="161"/>
        <source>Unplug the modem, plug it in again, wait 20 seconds and run the check again.</source>
        <translation>拔下调制解调器再插上，等待 20 秒后再运行检查。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="163"/>
        <source>Run `simtool ports --probe` to find the port that answers.</source>
        <translation>运行 `simtool ports --probe` 找到有响应的端口。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="171"/>
        <source>Switch the radio on: `simtool radio on --allow-write`.</source>
        <translation>打开射频：`simtool radio on --allow-write`。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="172"/>
        <source>If it switches itself off again, check the computer&apos;s airplane-mode or wireless switch and any program that manages the modem.</source>
        <translation>如果它又自行关闭，请检查电脑的飞行模式或无线开关，以及所有管理调制解调器的程序。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="176"/>
        <source>The modem reported +CFUN: {cfun}.</source>
        <translation>调制解调器报告 +CFUN: {cfun}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="182"/>
        <source>Switch mobile broadband on: in the network menu, or `nmcli radio wwan on`.</source>
        <translation>打开移动宽带：在网络菜单中打开，或运行 `nmcli radio wwan on`。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="183"/>
        <source>Or enable the modem in ModemManager: `mmcli -m {index} --enable`.</source>
        <translation>或者在 ModemManager 中启用调制解调器：`mmcli -m {index} --enable`。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="185"/>
        <source>Then run the check again: a disabled modem shows no signal or registration.</source>
        <translation>然后重新检查：调制解调器被关闭时看不到信号和注册状态。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="191"/>
        <source>Wait half a minute: ModemManager is still probing the modem and its SIM.</source>
        <translation>等半分钟：ModemManager 仍在探测调制解调器和 SIM 卡。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="192"/>
        <source>Run the check again; `mmcli -m {index}` shows the modem&apos;s state meanwhile.</source>
        <translation>重新检查；其间可用 `mmcli -m {index}` 查看调制解调器状态。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="199"/>
        <source>Power off the modem, take the SIM out and put it back in: check its orientation (cut corner), the tray, and that the card size or adapter fits.</source>
        <translation>关闭调制解调器电源，取出 SIM 卡再重新插入：检查插入方向（缺角）、卡托，以及卡的尺寸或卡套是否合适。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="201"/>
        <source>Clean the gold contacts gently with a dry cloth.</source>
        <translation>用干布轻轻擦拭金色触点。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="202"/>
        <source>Try the card in another device (a phone): if it is not detected there either, the card is faulty and the operator must replace it.</source>
        <translation>把卡放到另一台设备（手机）里试试：如果那里也检测不到，说明卡已损坏，需要运营商补卡。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="209"/>
        <source>Power off the modem, reseat the SIM and try again.</source>
        <translation>关闭调制解调器电源，重新插好 SIM 卡后再试。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="210"/>
        <source>Try the card in another device (a phone). If it fails there too, the card is damaged or incompatible with this modem.</source>
        <translation>把卡放到另一台设备（手机）里试试。如果那里也不行，说明卡已损坏或与此调制解调器不兼容。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="212"/>
        <source>Ask the operator for a replacement card (keeps the same number).</source>
        <translation>请向运营商申请补卡（号码不变）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="213"/>
        <source>the modem reports &quot;{raw}&quot;</source>
        <translation>调制解调器报告“{raw}”</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="214"/>
        <source>SIM failure</source>
        <translation>SIM 卡故障</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="220"/>
        <source>Wait one minute and run the check again.</source>
        <translation>等待一分钟后再运行检查。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="221"/>
        <source>If the SIM never finishes starting, power off the modem, reseat the card and try it in another device: it may be damaged.</source>
        <translation>如果 SIM 卡一直无法完成启动，请关闭调制解调器电源，重新插卡，并在另一台设备中试用：卡可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="228"/>
        <source>Enter the SIM PIN through ModemManager: `mmcli -i {sim} --pin=YOUR_PIN`, or in the box the desktop shows when mobile broadband is switched on. Never guess: wrong PINs lock the card.</source>
        <translation>通过 ModemManager 输入 SIM 卡 PIN 码：`mmcli -i {sim} --pin=YOUR_PIN`，或在打开移动宽带时桌面弹出的输入框中输入。切勿猜测：输错 PIN 码会锁卡。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="233"/>
        <source>Enter the SIM PIN with `simtool unlock`. Never guess: wrong PINs lock the card.</source>
        <translation>用 `simtool unlock` 输入 SIM 卡 PIN 码。切勿猜测：输错 PIN 码会锁卡。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="235"/>
        <source>The PIN is in the documents that came with the SIM (the card holder), or ask whoever set up the device.</source>
        <translation>PIN 码在 SIM 卡附带的资料（卡托）上，或者询问为你设置这台设备的人。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="238"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="730"/>
        <source>Only {retries} attempt left: one more wrong PIN locks the card with the PUK.</source>
        <translation>只剩 {retries} 次机会：再输错一次 PIN 码，卡就会被锁定，需要 PUK 码解锁。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="241"/>
        <source>NetworkManager then switches the modem on; `mmcli -m {modem} --enable` does it by hand. To start without the PIN from then on: `mmcli -i {sim} --pin=YOUR_PIN --disable-pin`.</source>
        <translation>之后 NetworkManager 会启用调制解调器；也可以手动运行 `mmcli -m {modem} --enable`。如果以后开机不想再输入 PIN 码：`mmcli -i {sim} --pin=YOUR_PIN --disable-pin`。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="246"/>
        <source>Optionally disable the PIN afterwards so the modem starts without it.</source>
        <translation>之后可以选择关闭 PIN 码，让调制解调器开机时无需输入。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="252"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="736"/>
        <source>Do not guess: after 10 wrong PUKs the card is destroyed for good.</source>
        <translation>切勿猜测：PUK 码输错 10 次后，卡将永久报废。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="253"/>
        <source>Find the PUK on the plastic card holder the SIM came in, or get it from the operator (online account, shop or hotline; they will ask for your ID).</source>
        <translation>PUK 码印在 SIM 卡的塑料卡托上，或向运营商获取（网上营业厅、营业厅或客服热线；需要提供身份证件）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="256"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="740"/>
        <source>{retries} PUK attempts are left.</source>
        <translation>还剩 {retries} 次 PUK 码输入机会。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="259"/>
        <source>Enter it through ModemManager with a new PIN: `mmcli -i {sim} --puk=YOUR_PUK --pin=NEW_PIN`.</source>
        <translation>通过 ModemManager 输入 PUK 码并设置新的 PIN 码：`mmcli -i {sim} --puk=YOUR_PUK --pin=NEW_PIN`。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="262"/>
        <source>Enter it with `simtool unlock --puk` and set a new PIN.</source>
        <translation>用 `simtool unlock --puk` 输入 PUK 码并设置新的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="263"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="741"/>
        <source>the SIM asks for the PUK</source>
        <translation>SIM 卡要求输入 PUK 码</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="269"/>
        <source>The modem itself is locked to another operator (network lock, {state}); the SIM is fine.</source>
        <translation>调制解调器本身被锁定到另一家运营商（网络锁，{state}）；SIM 卡本身没有问题。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="271"/>
        <source>Use a SIM from the operator the device was sold with, or ask the seller or that operator for the unlock code.</source>
        <translation>请使用设备销售时对应运营商的 SIM 卡，或向卖家或该运营商索取解锁码。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="273"/>
        <source>Do not try codes at random: the modem may lock permanently.</source>
        <translation>不要随意尝试解锁码：调制解调器可能被永久锁定。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="279"/>
        <source>The SIM asks for PIN2 or a special code ({raw}), which normal data use does not need.</source>
        <translation>SIM 卡要求输入 PIN2 码或特殊密码（{raw}），正常使用数据业务并不需要。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="281"/>
        <source>Restart the modem; if it persists, ask the operator.</source>
        <translation>重启调制解调器；如果问题依旧，请咨询运营商。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="289"/>
        <source>Check that the antennas are connected (main and diversity) and screwed on.</source>
        <translation>检查天线是否已连接（主天线和分集天线）并已拧紧。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="290"/>
        <source>Move the modem to a window or outside, away from metal and other devices; use a USB extension cable to get it higher.</source>
        <translation>把调制解调器移到窗边或室外，远离金属和其他设备；可以用 USB 延长线把它放高一些。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="292"/>
        <source>Check the operator&apos;s coverage map for this place and the modem&apos;s bands.</source>
        <translation>查看运营商在此地的覆盖地图，以及调制解调器支持的频段。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="293"/>
        <source>If a phone with the same card has signal here, the modem or its antenna is the problem.</source>
        <translation>如果装同一张卡的手机在这里有信号，问题就出在调制解调器或它的天线上。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="301"/>
        <source>Watch the effect live in the app&apos;s signal graph, or with `mmcli -m {modem} --signal-setup=5` once and then `mmcli -m {modem} --signal-get`.</source>
        <translation>在本程序的信号曲线中实时观察效果，或先运行一次 `mmcli -m {modem} --signal-setup=5`，再用 `mmcli -m {modem} --signal-get` 查看。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="305"/>
        <source>Watch the effect live with `simtool watch`.</source>
        <translation>用 `simtool watch` 实时观察效果。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="307"/>
        <source>Improve the antenna position: near a window, higher up, away from metal; an external antenna helps most.</source>
        <translation>改善天线位置：靠近窗户、放高一些、远离金属；外接天线效果最明显。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="309"/>
        <source>Aim for {metric} {good} dBm or better (now {value} dBm); each step of 10 dB is a big change.</source>
        <translation>目标是 {metric} 达到 {good} dBm 或更好（当前 {value} dBm）；每 10 dB 都是很大的变化。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="318"/>
        <source>Make sure network selection is automatic (`mmcli -m {modem} --3gpp-register-home`), not fixed to an operator that is not available here.</source>
        <translation>确认网络选择为自动（`mmcli -m {modem} --3gpp-register-home`），而不是固定在本地不可用的运营商上。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="321"/>
        <source>Make sure network selection is automatic (`AT+COPS=0`), not fixed to an operator that is not available here.</source>
        <translation>确认网络选择为自动（`AT+COPS=0`），而不是固定在本地不可用的运营商上。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="327"/>
        <source>Wait two minutes: the modem may still be looking for a network.</source>
        <translation>请等待两分钟：调制解调器可能还在搜索网络。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="329"/>
        <source>Check the signal and antennas, and that the modem supports the operator&apos;s bands and technology (LTE, LTE-M, NB-IoT).</source>
        <translation>检查信号和天线，以及调制解调器是否支持该运营商的频段和技术（LTE、LTE-M、NB-IoT）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="336"/>
        <source>The modem is not registered and not looking for a network: switch network selection to automatic (`mmcli -m {modem} --3gpp-register-home`).</source>
        <translation>调制解调器没有注册，也没有在搜索网络：请把网络选择改为自动（`mmcli -m {modem} --3gpp-register-home`）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="340"/>
        <source>The modem is not registered and not looking for a network: switch network selection to automatic (`AT+COPS=0`).</source>
        <translation>调制解调器未注册，也没有在搜索网络：请把网络选择改为自动（`AT+COPS=0`）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="347"/>
        <source>The network only allows emergency calls for this card: it is usually not activated, suspended or not allowed on this network.</source>
        <translation>网络只允许此卡拨打紧急电话：通常是卡未激活、已停机，或不允许使用该网络。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="349"/>
        <source>Check your balance and plan with the operator.</source>
        <translation>请向运营商查询余额和套餐状态。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="351"/>
        <source>the modem shows emergency calls only</source>
        <translation>调制解调器显示仅限紧急呼叫</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="361"/>
        <source>the network refused registration (no reject cause given)</source>
        <translation>网络拒绝注册（未给出拒绝原因）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="363"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="366"/>
        <source>the network refused registration with {namespace} cause #{number}</source>
        <translation>网络拒绝注册，原因为 {namespace} #{number}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="370"/>
        <source>The network does not know this card: it is not activated yet, or it was cancelled (for example after a long unpaid period or a port-out).</source>
        <translation>网络不认识这张卡：卡还未激活，或已被注销（例如长期欠费或携号转网之后）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="372"/>
        <source>If it is new, activate it as the operator describes (real-name registration where required).</source>
        <translation>如果是新卡，请按运营商的说明激活（需要时先完成实名认证）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="375"/>
        <source>The network rejected the card or the device as illegal: the card may be blocked (reported lost or stolen), or bound to another device (IoT cards).</source>
        <translation>网络认定此卡或此设备非法：卡可能已被冻结（挂失或被盗），或已与另一台设备机卡绑定（物联网卡）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="378"/>
        <source>Try the card in another device to tell a blocked card from a blocked device.</source>
        <translation>把卡放到另一台设备中试试，以区分是卡被封还是设备被封。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="381"/>
        <source>The line is barred or not provisioned for service: suspended for unpaid balance or a terms violation, plan expired, or never activated.</source>
        <translation>此号码已停机或未开通业务：欠费停机、违规停机、套餐到期，或从未激活。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="383"/>
        <source>Check your balance and plan status (app, website or hotline) and recharge if needed.</source>
        <translation>查询余额和套餐状态（App、网站或客服热线），需要时请充值。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="387"/>
        <source>This network is not allowed for the card: set network selection to automatic (`mmcli -m {modem} --3gpp-register-home`) or choose the home network.</source>
        <translation>这张卡不允许使用此网络：请把网络选择改为自动（`mmcli -m {modem} --3gpp-register-home`），或选择归属网络。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="390"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="394"/>
        <source>If you are abroad, roaming may not be included in the plan.</source>
        <translation>如果你在境外，套餐可能不含漫游。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="392"/>
        <source>This network is not allowed for the card: set network selection to automatic (`AT+COPS=0`) or choose the home network.</source>
        <translation>此卡不允许使用该网络：请把网络选择设为自动（`AT+COPS=0`）或选择归属网络。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="396"/>
        <source>The card may not be used in this area (region-restricted card): use it inside the allowed area, or ask the operator to lift the restriction.</source>
        <translation>此卡不能在本地区使用（区域限制卡）：请在允许的区域内使用，或请运营商解除限制。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="400"/>
        <source>Roaming is not allowed here for this card: use the home network, or ask the operator to enable roaming for this country.</source>
        <translation>此卡在这里不允许漫游：请使用归属网络，或请运营商为该国家/地区开通漫游。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="402"/>
        <source>Try automatic network selection (`mmcli -m {modem} --3gpp-register-home`) so the modem can find a partner network.</source>
        <translation>尝试自动选网（`mmcli -m {modem} --3gpp-register-home`），让调制解调器找到合作网络。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="405"/>
        <source>Try automatic network selection (`AT+COPS=0`) so the modem can find a partner network.</source>
        <translation>尝试自动选网（`AT+COPS=0`），让调制解调器找到合作网络。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="408"/>
        <source>No cell here suits the card: the plan may not include this technology (LTE, LTE-M, NB-IoT). Move to another place or ask the operator what the plan covers.</source>
        <translation>这里没有适合此卡的小区：套餐可能不包含这种技术（LTE、LTE-M、NB-IoT）。请换个地方，或向运营商询问套餐覆盖范围。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="412"/>
        <source>The operator&apos;s network had a problem ({meaning}). Wait a few minutes and restart the modem.</source>
        <translation>运营商网络出现问题（{meaning}）。请等几分钟后重启调制解调器。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="415"/>
        <source>The network refused the card: check your balance and plan, and that the card is activated.</source>
        <translation>网络拒绝了这张卡：请检查余额和套餐，并确认卡已激活。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="422"/>
        <source>The card is roaming on {operator}: check that your plan includes roaming and data roaming in this country, and the price.</source>
        <translation>此卡正在 {operator} 上漫游：请确认套餐包含该国家/地区的漫游和数据漫游，以及资费。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="424"/>
        <source>a foreign network</source>
        <translation>外地/境外网络</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="425"/>
        <source>If the home network should be available here, select it or use automatic network selection.</source>
        <translation>如果这里应该有归属网络，请选择它或使用自动选网。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="435"/>
        <source>Set the APN &quot;{apn}&quot; in the mobile broadband connection: in the network settings, or `nmcli connection modify NAME gsm.apn {apn}` (`nmcli connection show` lists NAME); then connect again.</source>
        <translation>在移动宽带连接中把 APN 设为“{apn}”：可在网络设置中修改，或运行 `nmcli connection modify NAME gsm.apn {apn}`（`nmcli connection show` 会列出 NAME）；然后重新连接。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="441"/>
        <source>Connect (the network menu, or `nmcli connection up NAME`) and run the check again: if the network refuses, it shows ModemManager&apos;s reason. Or let ModemManager release the modem for simtool&apos;s own connection test: {command}.</source>
        <translation>连接网络（网络菜单，或 `nmcli connection up NAME`）后再检测一次：如果网络拒绝，检测结果会显示 ModemManager 得到的原因。也可以让 ModemManager 暂时释放调制解调器，用 simtool 自己的连接测试：{command}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="453"/>
        <source>Set the operator&apos;s APN: `simtool apn --set {apn} --allow-write` (the old value &quot;{configured}&quot; is saved; `simtool apn --undo --allow-write` restores it).</source>
        <translation>设置运营商的 APN：`simtool apn --set {apn} --allow-write`（旧值“{configured}”会被保存；`simtool apn --undo --allow-write` 可恢复）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="456"/>
        <source>Then run the check again, or `simtool connect-test --allow-write` to try a data session.</source>
        <translation>然后重新运行检查，或运行 `simtool connect-test --allow-write` 尝试建立数据连接。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="460"/>
        <source>Other APNs listed for this operator: {apns}.</source>
        <translation>该运营商的其他 APN：{apns}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="462"/>
        <source>If your contract names a different APN (company or IoT cards often have a private one), use that instead.</source>
        <translation>如果你的合同写明了其他 APN（企业卡或物联网卡常有专用 APN），请改用那个。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="470"/>
        <source>The provider database has no APN for network {mcc}/{mnc}. Look up the APN on the operator&apos;s website or contract.</source>
        <translation>运营商数据库中没有网络 {mcc}/{mnc} 的 APN。请在运营商网站或合同中查找 APN（接入点名称）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="473"/>
        <source>Set it with `simtool apn --set NAME --allow-write`.</source>
        <translation>用 `simtool apn --set NAME --allow-write` 设置它。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="480"/>
        <source>the network refused the packet data attach with {namespace} cause #{number}</source>
        <translation>网络拒绝了分组数据附着，原因为 {namespace} #{number}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="485"/>
        <source>the card registers but packet data attach (+CGATT) is refused</source>
        <translation>此卡能注册网络，但分组数据附着（+CGATT）被拒绝</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="487"/>
        <source>The card is registered but the network does not allow data on it: data service is not included, or data was stopped (unpaid balance, plan expired, quota used up).</source>
        <translation>此卡已注册，但网络不允许它使用数据：未开通数据业务，或数据业务已被停止（欠费停机、套餐到期、流量超额自动停机）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="490"/>
        <source>Check your balance and data plan, and recharge if needed.</source>
        <translation>请检查余额和流量套餐，需要时请充值。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="501"/>
        <source>the network refused the data session with {namespace} cause #{number}</source>
        <translation>网络拒绝了数据连接，原因为 {namespace} #{number}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="506"/>
        <source>the network refused the data session: &quot;{raw}&quot;</source>
        <translation>网络拒绝了数据连接：“{raw}”</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="510"/>
        <source>Check your balance and plan: {command} asks the operator (USSD) while ModemManager lets go of the modem, or `mmcli -m {modem} --3gpp-ussd-initiate=CODE` with the operator&apos;s balance code; recharge if it is used up.</source>
        <translation>检查余额和套餐：{command} 会在 ModemManager 暂时释放调制解调器期间向运营商查询（USSD），也可以用运营商的余额查询代码运行 `mmcli -m {modem} --3gpp-ussd-initiate=CODE`；如已用完请充值。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="517"/>
        <source>Check your balance and plan: `simtool balance` asks the operator (USSD); recharge if it is used up (`simtool topup --voucher-env VAR` enters a voucher).</source>
        <translation>检查余额和套餐：`simtool balance` 会向运营商查询（USSD）；如已用完请充值（`simtool topup --voucher-env VAR` 可输入充值卡密码）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="520"/>
        <source>Then try again with `simtool connect-test --allow-write`.</source>
        <translation>然后用 `simtool connect-test --allow-write` 再试一次。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="524"/>
        <source>The operator has barred data on this line: usually suspended for unpaid balance, an expired plan, or a terms violation.</source>
        <translation>运营商已停止此号码的数据业务：通常是欠费停机、套餐到期或违反使用条款。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="529"/>
        <source>The APN is wrong or unknown to the operator (see the APN check).</source>
        <translation>APN 错误或运营商不认识这个 APN（见 APN 检查项）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="533"/>
        <source>The APN is wrong or unknown to the operator: set the operator&apos;s APN with `simtool apn --set NAME --allow-write` (see the APN check).</source>
        <translation>APN 错误或运营商不认识此 APN：请用 `simtool apn --set NAME --allow-write` 设置运营商的 APN（见 APN 检查项）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="538"/>
        <source>If the APN is right, ask the operator whether it is enabled for this card; tell them: {identity}, {what}.</source>
        <translation>如果 APN 正确，请询问运营商此卡是否已开通该 APN；告诉他们：{identity}，{what}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="542"/>
        <source>The APN username, password or authentication type was refused: copy them exactly from the operator&apos;s settings, or clear them if the operator needs none.</source>
        <translation>APN 用户名、密码或认证方式被拒绝：请严格按运营商的设置填写；如果运营商不需要，请清空。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="545"/>
        <source>Check the APN too: some operators answer a wrong APN with this cause.</source>
        <translation>也请检查 APN：有些运营商对错误的 APN 也返回这个原因。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="552"/>
        <source>The plan does not allow data now: no data plan, plan expired, or data quota used up and suspended.</source>
        <translation>套餐目前不允许使用数据：没有流量套餐、套餐到期，或流量超额自动停机。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="555"/>
        <source>The APN &quot;{apn}&quot; is the operator&apos;s, so the cause is the plan. {plan}</source>
        <translation>APN“{apn}”正是运营商的 APN，所以原因在套餐。{plan}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="559"/>
        <source>First check the APN: a wrong APN is also answered with cause #33.</source>
        <translation>先检查 APN：APN 错误时也会返回原因 #33。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="561"/>
        <source>If the APN is right, the plan does not allow data now: no data plan, plan expired, or data quota used up and suspended.</source>
        <translation>如果 APN 正确，说明套餐目前不允许使用数据：没有流量套餐、套餐到期，或流量超额自动停机。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="565"/>
        <source>Change the PDP type of the data context as the cause says ({meaning}).</source>
        <translation>按原因提示修改数据上下文的 PDP 类型（{meaning}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="569"/>
        <source>The operator&apos;s network refused the session for now ({meaning}). Wait a few minutes and connect again.</source>
        <translation>运营商网络暂时拒绝了数据连接（{meaning}）。请等几分钟后重新连接。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="573"/>
        <source>The operator&apos;s network refused the session for now ({meaning}). Wait a few minutes and try again with `simtool connect-test --allow-write`.</source>
        <translation>运营商网络暂时拒绝了此会话（{meaning}）。请等几分钟后用 `simtool connect-test --allow-write` 再试。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="578"/>
        <source>Check the APN and its username/password, then your balance and data plan.</source>
        <translation>检查 APN 及其用户名/密码，然后检查余额和流量套餐。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="581"/>
        <source>Try again with `simtool connect-test --allow-write`.</source>
        <translation>用 `simtool connect-test --allow-write` 再试一次。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="589"/>
        <source>Test the connection: `simtool connect-test --allow-write` opens a data session once and shows whether the network accepts it now.</source>
        <translation>测试连接：`simtool connect-test --allow-write` 会建立一次数据连接，看网络现在是否接受。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="591"/>
        <source>Or restart the modem (`simtool radio off --allow-write` then `simtool radio on --allow-write`): it connects again with the new settings.</source>
        <translation>或者重启调制解调器（先 `simtool radio off --allow-write`，再 `simtool radio on --allow-write`）：它会用新的设置重新连接。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="593"/>
        <source>If it still fails, the check then shows the new error: that one is today&apos;s cause.</source>
        <translation>如果仍然失败，再检查一次就会显示新的错误：那才是现在的原因。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="601"/>
        <source>ModemManager has no data connection up. Connect (the network menu, or `nmcli connection up NAME`) and run the check again: if the network refuses, it shows ModemManager&apos;s reason.</source>
        <translation>ModemManager 中没有已建立的数据连接。请连接网络（网络菜单，或 `nmcli connection up NAME`）后再检测一次：如果网络拒绝，检测结果会显示 ModemManager 得到的原因。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="604"/>
        <source>For simtool&apos;s own connection test, let ModemManager release the modem: {command}.</source>
        <translation>如需 simtool 自己的连接测试，请让 ModemManager 暂时释放调制解调器：{command}。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="608"/>
        <source>Run `simtool connect-test --allow-write` to open a data session once and see whether the network accepts it.</source>
        <translation>运行 `simtool connect-test --allow-write` 建立一次数据连接，看网络是否接受。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="610"/>
        <source>If it works there, the computer is not starting the connection: check its mobile-data settings (NetworkManager, Windows mobile settings, router).</source>
        <translation>如果那里可以，说明是这台电脑没有发起连接：请检查它的移动数据设置（NetworkManager、Windows 手机网络设置、路由器）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="622"/>
        <source>Check the balance: dial {code} from a phone with this card, or run `simtool balance` (it asks the operator by USSD).</source>
        <translation>查询余额：用装有这张卡的手机拨打 {code}，或运行 `simtool balance`（通过 USSD 向运营商查询）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="625"/>
        <source>Check the balance and the plan in the operator&apos;s app, on its website or at its hotline (`simtool balance --code CODE` asks by USSD when you know the code).</source>
        <translation>在运营商的 App、网站或客服热线查询余额和套餐（如果知道查询代码，`simtool balance --code CODE` 可通过 USSD 查询）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="629"/>
        <source>Top up or renew the plan: in the operator&apos;s app, or with a voucher (`simtool topup --voucher-env VAR` dials {code}).</source>
        <translation>充值或续订套餐：通过运营商 App，或使用充值卡（`simtool topup --voucher-env VAR` 会拨打 {code}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="633"/>
        <source>Top up or renew the plan in the operator&apos;s app, on its website or in a shop.</source>
        <translation>通过运营商的 App、网站或营业厅充值或续订套餐。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="644"/>
        <source>the card registers and its data session is up, but web pages are redirected to {host}</source>
        <translation>这张卡能注册，数据连接也已建立，但网页被重定向到 {host}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="645"/>
        <location filename="../../simtool/diagnosis/remedies.py" line="649"/>
        <source>another page</source>
        <translation>另一个页面</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="646"/>
        <source>Web pages are redirected to {host} (the operator&apos;s page): the operator has stopped this card&apos;s data, usually for arrears, a used-up data quota or an expired plan.</source>
        <translation>网页被重定向到 {host}（运营商的页面）：运营商停用了这张卡的数据业务，常见原因是欠费、流量用尽或套餐到期。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="651"/>
        <source>the card registers and its data session is up, but no traffic passes</source>
        <translation>这张卡能注册，数据连接也已建立，但没有任何流量能通过</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="652"/>
        <source>The data session is up but no traffic passes: the operator has stopped this card&apos;s data, usually for arrears, a used-up data quota or an expired plan.</source>
        <translation>数据连接已建立，但没有任何流量能通过：运营商停用了这张卡的数据业务，常见原因是欠费、流量用尽或套餐到期。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="657"/>
        <source>{moved} IoT cards are often bound to the first device they are used in (机卡绑定) and blocked when moved: put the card back in that device, or ask the seller or operator to unbind it.</source>
        <translation>{moved} 物联网卡通常与首次使用的设备绑定（机卡绑定），换到其他设备后会被停用：请把卡放回原来的设备，或请卖家或运营商解除绑定。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="665"/>
        <source>After paying, restart the modem if data still does not pass (unplug it, or `simtool radio off --allow-write` then `simtool radio on --allow-write`).</source>
        <translation>缴费后如果数据仍然不通，请重启调制解调器（拔下再插上，或先运行 `simtool radio off --allow-write` 再运行 `simtool radio on --allow-write`）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="673"/>
        <source>Addresses answer but names do not resolve: the operator&apos;s DNS servers fail for this card, or it only lets its own pages through.</source>
        <translation>IP 地址有回应，但域名无法解析：运营商的 DNS 服务器对这张卡不可用，或者只放行运营商自己的页面。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="675"/>
        <source>Restart the modem and test again (`simtool check --data-test --allow-write`).</source>
        <translation>重启调制解调器后再测试一次（`simtool check --data-test --allow-write`）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="677"/>
        <source>If it persists, use other DNS servers on the computer or router, and tell the operator.</source>
        <translation>如果问题依旧，请在电脑或路由器上改用其他 DNS 服务器，并告知运营商。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="684"/>
        <source>Some traffic passes (ping) but web pages do not: the card may only reach the addresses its plan allows (定向流量, a whitelist), or the account is restricted.</source>
        <translation>部分流量（ping）能通过，但网页打不开：这张卡可能只能访问套餐允许的地址（定向流量、白名单），或者账户受到了限制。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="687"/>
        <source>Check what the plan includes (directed-traffic cards only work with the apps or servers named in the contract).</source>
        <translation>确认套餐包含哪些内容（定向流量卡只能用于合同中写明的 App 或服务器）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="689"/>
        <source>the data session is up and ping works, but web pages do not load</source>
        <translation>数据连接已建立，ping 也能通，但网页打不开</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="696"/>
        <source>Test whether traffic passes: `simtool check --data-test --allow-write` (it opens a data session for the test if none is up, and closes what it opened).</source>
        <translation>测试是否有流量通过：`simtool check --data-test --allow-write`（如果没有数据连接，它会为测试打开一个，并关闭它所打开的连接）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="698"/>
        <source>Or open a web page through this connection.</source>
        <translation>或者通过这个连接打开一个网页试试。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="709"/>
        <source>The device did not answer in time: it may be starting or busy. Wait a minute and run the check again (more time: `--timeout 30`).</source>
        <translation>设备没有及时响应：可能正在启动或繁忙。请等一分钟后再检查一次（延长等待时间：`--timeout 30`）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="712"/>
        <source>Check that the stick or router is plugged in (its light is on) and that this computer is connected to it (its network adapter or Wi-Fi).</source>
        <translation>请确认上网卡或路由器已插好（指示灯亮），并且这台电脑已连接到它（通过它的网络适配器或 Wi-Fi）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="714"/>
        <source>Run `simtool ports`: it lists the sticks and routers it finds on this computer&apos;s network adapters.</source>
        <translation>运行 `simtool ports`：它会列出在这台电脑的网络适配器上找到的上网卡和路由器。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="717"/>
        <source>Check the address: hilink://HOST is for Huawei HiLink devices, zte://HOST for ZTE ones; open http://HOST in a browser to see the device&apos;s own page.</source>
        <translation>请检查地址：hilink://HOST 用于华为 HiLink 设备，zte://HOST 用于中兴设备；在浏览器中打开 http://HOST 可以看到设备自己的管理页面。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="720"/>
        <source>Restart the device (unplug it for 10 seconds) and run the check again.</source>
        <translation>重启设备（拔下 10 秒钟），然后再检查一次。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="726"/>
        <source>Enter the SIM PIN on the device&apos;s web page (it asks for it when you open the page). Never guess: wrong PINs lock the card.</source>
        <translation>在设备的网页管理界面上输入 SIM 卡 PIN 码（打开页面时会提示）。不要乱猜：输错 PIN 码会锁卡。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="728"/>
        <source>The PIN is in the documents that came with the SIM (the card holder).</source>
        <translation>PIN 码在 SIM 卡附带的资料里（卡托上）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="737"/>
        <source>Find the PUK on the plastic card holder the SIM came in, or get it from the operator, and enter it on the device&apos;s web page with a new PIN.</source>
        <translation>在 SIM 卡原来的塑料卡托上找到 PUK 码，或向运营商索取，然后在设备的网页管理界面上输入它并设置新的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="747"/>
        <source>The device dials with the APN &quot;{configured}&quot;; the operator&apos;s is &quot;{apn}&quot;. `simtool profile` lists the device&apos;s APN profiles; pick the right one with `simtool profile --select N --allow-write`, or create one on the device&apos;s web page.</source>
        <translation>设备使用 APN“{configured}”拨号；运营商的 APN 是“{apn}”。`simtool profile` 会列出设备的 APN 配置文件；用 `simtool profile --select N --allow-write` 选择正确的一个，或在设备的网页管理界面上新建一个。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="757"/>
        <source>The device is in airplane mode: switch it off on the device&apos;s web page (Settings) or with its button, then run the check again.</source>
        <translation>设备处于飞行模式：请在设备的网页管理界面（设置）中或用设备上的按钮关闭飞行模式，然后再检查一次。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="764"/>
        <source>Switch mobile data on: `simtool data on --allow-write`, or with the switch on the device&apos;s web page.</source>
        <translation>打开移动数据：`simtool data on --allow-write`，或在设备的网页管理界面上打开开关。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="772"/>
        <source>This is the device&apos;s own counter and limit (set on its web page under statistics), not your operator&apos;s data quota: your plan may still have data.</source>
        <translation>这是设备自己的流量计数和上限（在其网页管理界面的流量统计中设置），不是运营商的流量套餐：你的套餐可能还有流量。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="774"/>
        <source>Raise or switch off the monthly limit on the device&apos;s web page, or reset its statistics; then connect again (`simtool data on --allow-write`).</source>
        <translation>在设备的网页管理界面上调高或关闭月流量上限，或清零流量统计；然后重新连接（`simtool data on --allow-write`）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="776"/>
        <source>If the operator&apos;s quota is used up too, `simtool balance` asks the operator.</source>
        <translation>如果运营商的流量也用完了，`simtool balance` 可以向运营商查询。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="781"/>
        <source>the device&apos;s connection fails with its code {code}</source>
        <translation>设备连接失败，错误码 {code}</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="783"/>
        <source>Check the APN profile the device uses (`simtool profile` lists them) against the operator&apos;s settings.</source>
        <translation>对照运营商的设置检查设备使用的 APN 配置文件（`simtool profile` 可列出）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="785"/>
        <source>Check your balance and data plan (`simtool balance`), and that data service is enabled for this card.</source>
        <translation>检查话费余额和流量套餐（`simtool balance`），以及这张卡是否已开通数据业务。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="792"/>
        <source>Connect on the device&apos;s web page, or switch its connection mode to automatic there.</source>
        <translation>在设备的网页管理界面上点击连接，或在那里把连接模式改为自动。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="794"/>
        <source>Check that mobile data is on: `simtool data on --allow-write`.</source>
        <translation>确认移动数据已打开：`simtool data on --allow-write`。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="796"/>
        <source>The device says: &quot;{text}&quot;</source>
        <translation>设备显示：“{text}”</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="802"/>
        <source>Run the check again with the device&apos;s admin password: `SIMTOOL_PASSWORD=... simtool check --port {url} --password-env SIMTOOL_PASSWORD` (one attempt; never stored).</source>
        <translation>带上设备的管理员密码再检查一次：`SIMTOOL_PASSWORD=... simtool check --port {url} --password-env SIMTOOL_PASSWORD`（只尝试一次；从不保存）。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="813"/>
        <source>The card fails in another device too: the card or the account is the problem, not this modem.</source>
        <translation>这张卡在另一台设备中也不行：问题在卡或账户，而不是这台调制解调器。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="815"/>
        <source>Check your balance and plan.</source>
        <translation>请检查余额和套餐。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="816"/>
        <source>the card has no service in two different devices</source>
        <translation>此卡在两台不同的设备中都无服务</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="820"/>
        <source>Use a powered USB hub or a stronger power supply: modems draw up to 2 A when they transmit and reset when the voltage drops.</source>
        <translation>请使用带电源的 USB 集线器或更强的电源：调制解调器发射时电流可达 2 A，电压不足时会重启。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="825"/>
        <source>Install the modem&apos;s pending firmware update from its vendor, then run the check again.</source>
        <translation>从厂商处安装调制解调器待更新的固件，然后重新运行检查。</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/remedies.py" line="829"/>
        <source>Enable mobile data on this computer (NetworkManager, Windows &quot;Cellular&quot; settings, or the router&apos;s WAN settings) and connect.</source>
        <translation>在这台电脑上启用移动数据（NetworkManager、Windows“手机网络”设置，或路由器的 WAN 设置）并连接。</translation>
    </message>
    <message>
        <source>Enter the SIM PIN with `simtool unlock` (or the unlock button in the app). Never guess: wrong PINs lock the card.</source>
        <translation type="vanished">用 `simtool unlock`（或应用中的解锁按钮）输入 SIM 卡 PIN 码。切勿猜测：输错 PIN 码会锁卡。</translation>
    </message>
    <message>
        <source>Give the provider the eSIM&apos;s EID: {eid}.</source>
        <translation type="vanished">把 eSIM 的 EID 告诉服务商：{eid}。</translation>
    </message>
    <message>
        <source>Set the operator&apos;s APN: `simtool apn --set {apn} --allow-write` (the old value &quot;{configured}&quot; is saved; `simtool apn --undo` restores it).</source>
        <translation type="vanished">设置运营商的 APN：`simtool apn --set {apn} --allow-write`（旧值“{configured}”会被保存；`simtool apn --undo` 可恢复）。</translation>
    </message>
    <message>
        <source>Switch the radio on: `simtool radio on --allow-write` (or the &quot;Switch radio on&quot; button in the app).</source>
        <translation type="vanished">打开射频：`simtool radio on --allow-write`（或在应用中点击“打开射频”按钮）。</translation>
    </message>
    <message>
        <source>The PIN is in the documents that came with the SIM; operators often preset 1234 or 0000, but only try it if you know it was not changed.</source>
        <translation type="vanished">PIN 码在 SIM 卡附带的资料上；运营商常预设为 1234 或 0000，但只有在确定没有改过时才可以试。</translation>
    </message>
    <message>
        <source>The modem has an eSIM without any operator profile: download or enable your operator&apos;s profile with the eSIM provider&apos;s app or an LPA tool.</source>
        <translation type="vanished">调制解调器的 eSIM 中没有任何运营商配置文件：请用 eSIM 服务商的应用或 LPA 工具下载或启用你的运营商配置文件。</translation>
    </message>
    <message>
        <source>What the operator wrote: {notice}</source>
        <translation type="vanished">运营商的通知原文：{notice}</translation>
    </message>
    <message>
        <source>the network refused registration with {namespace} cause #{number} ({name})</source>
        <translation type="vanished">网络拒绝注册，原因为 {namespace} #{number}（{name}）</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../simtool/report/html.py" line="157"/>
        <location filename="../../simtool/report/markdown.py" line="89"/>
        <source>simtool {version} · {created} · port {port}</source>
        <translation>simtool {version} · {created} · 端口 {port}</translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="175"/>
        <location filename="../../simtool/report/markdown.py" line="95"/>
        <location filename="../../simtool/report/text.py" line="229"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="178"/>
        <location filename="../../simtool/report/markdown.py" line="99"/>
        <source>The cause is on the operator&apos;s side: give them the support details below.</source>
        <translation>原因在运营商一方：请把下面的客服所需信息提供给他们。</translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="188"/>
        <location filename="../../simtool/report/markdown.py" line="103"/>
        <location filename="../../simtool/report/text.py" line="235"/>
        <source>Actions taken in the app</source>
        <translation>在本应用中执行的操作</translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="196"/>
        <location filename="../../simtool/report/markdown.py" line="106"/>
        <location filename="../../simtool/report/text.py" line="240"/>
        <source>Remarks from reading the modem</source>
        <translation>读取调制解调器时的备注</translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="202"/>
        <source>Modem and card</source>
        <translation>调制解调器和 SIM 卡</translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="207"/>
        <location filename="../../simtool/report/markdown.py" line="109"/>
        <location filename="../../simtool/report/text.py" line="215"/>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="239"/>
        <location filename="../../simtool/report/markdown.py" line="121"/>
        <source>Facts</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="259"/>
        <source>AT transcript ({count} lines)</source>
        <translation>AT 通信记录（{count} 行）</translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="269"/>
        <source>simtool report: {verdict}</source>
        <translation>simtool 诊断报告：{verdict}</translation>
    </message>
    <message>
        <location filename="../../simtool/report/html.py" line="282"/>
        <location filename="../../simtool/report/markdown.py" line="117"/>
        <location filename="../../simtool/report/text.py" line="250"/>
        <source>Support details</source>
        <translation>客服所需信息</translation>
    </message>
    <message>
        <location filename="../../simtool/report/markdown.py" line="119"/>
        <source>Detail</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../simtool/report/markdown.py" line="119"/>
        <location filename="../../simtool/report/markdown.py" line="124"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../simtool/report/markdown.py" line="124"/>
        <source>Fact</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../simtool/report/markdown.py" line="127"/>
        <source>AT transcript</source>
        <translation>AT 通信记录</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="36"/>
        <location filename="../../simtool/report/sections.py" line="338"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="41"/>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="41"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="42"/>
        <source>fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="42"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="43"/>
        <source>to confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="43"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="50"/>
        <source>No problem found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="51"/>
        <source>Problem found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="52"/>
        <source>Inconclusive</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="68"/>
        <source>AcT {act}</source>
        <translation>AcT {act}</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="74"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="74"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="80"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="80"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="101"/>
        <source>{domain} reject cause #{cause}</source>
        <translation>{domain} 拒绝原因 #{cause}</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="109"/>
        <source>data session cause #{cause}</source>
        <translation>数据连接原因 #{cause}</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="156"/>
        <location filename="../../simtool/report/sections.py" line="379"/>
        <location filename="../../simtool/report/text.py" line="192"/>
        <source>EID</source>
        <translation>EID</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="158"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="159"/>
        <location filename="../../simtool/report/sections.py" line="211"/>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="160"/>
        <location filename="../../simtool/report/text.py" line="183"/>
        <source>Host OS</source>
        <translation>主机操作系统</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="161"/>
        <location filename="../../simtool/report/sections.py" line="212"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="162"/>
        <location filename="../../simtool/report/sections.py" line="217"/>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="164"/>
        <location filename="../../simtool/report/sections.py" line="218"/>
        <source>IMSI</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="165"/>
        <location filename="../../simtool/report/sections.py" line="219"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="166"/>
        <location filename="../../simtool/report/sections.py" line="240"/>
        <source>Operator</source>
        <translation>运营商</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="167"/>
        <location filename="../../simtool/report/sections.py" line="242"/>
        <source>Registration</source>
        <translation>注册</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="168"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="170"/>
        <location filename="../../simtool/report/sections.py" line="245"/>
        <source>Cause codes</source>
        <translation>原因代码</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="171"/>
        <location filename="../../simtool/report/text.py" line="177"/>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="172"/>
        <location filename="../../simtool/report/sections.py" line="317"/>
        <location filename="../../simtool/report/text.py" line="178"/>
        <source>Last worked</source>
        <translation>最后一次正常的时间</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="173"/>
        <location filename="../../simtool/report/text.py" line="179"/>
        <source>Device or card changed</source>
        <translation>是否更换过设备或卡</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="203"/>
        <location filename="../../simtool/report/sections.py" line="204"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="205"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="206"/>
        <source>USB id</source>
        <translation>USB ID</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="208"/>
        <source>Modem</source>
        <translation>调制解调器</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="209"/>
        <source>Manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="210"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="214"/>
        <source>SIM</source>
        <translation>SIM 卡</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="215"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="216"/>
        <source>Modem says</source>
        <translation>调制解调器原文</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="220"/>
        <source>PIN tries left</source>
        <translation>PIN 码剩余次数</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="221"/>
        <source>PUK tries left</source>
        <translation>PUK 码剩余次数</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="222"/>
        <source>Home network</source>
        <translation>归属网络</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="226"/>
        <source>Radio and signal</source>
        <translation>射频与信号</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="227"/>
        <source>Radio</source>
        <translation>射频</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="230"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="239"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="241"/>
        <source>Selection mode</source>
        <translation>选网模式</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="243"/>
        <source>{domain} cell</source>
        <translation>{domain} 小区</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="247"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="248"/>
        <source>Packet attached</source>
        <translation>已附着分组域</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="249"/>
        <source>Context {cid}</source>
        <translation>上下文 {cid}</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="252"/>
        <source>Last error</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="253"/>
        <source>APN configured</source>
        <translation>已设置的 APN</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="254"/>
        <source>APN expected</source>
        <translation>应有的 APN</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="255"/>
        <source>Provider</source>
        <translation>运营商数据库</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="256"/>
        <source>Traffic test</source>
        <translation>流量测试</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="264"/>
        <source>Operator notices (SMS)</source>
        <translation>运营商通知（短信）</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="267"/>
        <source>Card history on this computer</source>
        <translation>本机上的卡片历史</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="272"/>
        <source>traffic passes</source>
        <translation>流量可以通过</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="273"/>
        <source>names do not resolve</source>
        <translation>域名无法解析</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="274"/>
        <source>nothing passes</source>
        <translation>没有流量能通过</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="275"/>
        <source>redirected</source>
        <translation>被重定向</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="276"/>
        <source>only some traffic passes</source>
        <translation>只有部分流量能通过</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="277"/>
        <source>not testable on this modem</source>
        <translation>无法在这台调制解调器上测试</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="278"/>
        <source>the test failed</source>
        <translation>测试失败</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="286"/>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="301"/>
        <source>Not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="301"/>
        <source>{count} unread SMS (reading them on this modem would mark them read)</source>
        <translation>{count} 条未读短信（在这台调制解调器上读取会把它们标为已读）</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="305"/>
        <source>Marked read</source>
        <translation>已标为已读</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="305"/>
        <source>{count} unread SMS read with consent</source>
        <translation>经同意读取了 {count} 条未读短信</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="316"/>
        <source>First seen</source>
        <translation>首次见到</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="322"/>
        <source>Moved</source>
        <translation>换了设备</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="322"/>
        <source>now in another device than IMEI {imei}</source>
        <translation>现在位于 IMEI {imei} 以外的另一台设备中</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="326"/>
        <source>Device IMEI {imei}</source>
        <translation>设备 IMEI {imei}</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="327"/>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="337"/>
        <source>physical SIM</source>
        <translation>实体 SIM 卡</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="337"/>
        <source>eSIM (eUICC)</source>
        <translation>eSIM（eUICC）</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="344"/>
        <source>profiles read</source>
        <translation>已读取配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="345"/>
        <source>no profile installed</source>
        <translation>未安装配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="346"/>
        <source>profiles installed (not listed)</source>
        <translation>装有配置文件（未列出）</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="347"/>
        <source>eSIM not readable on this modem</source>
        <translation>这台调制解调器无法读取 eSIM</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="348"/>
        <source>no logical channel to the card</source>
        <translation>没有到卡的逻辑通道</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="349"/>
        <source>could not be read (no usable SIM either)</source>
        <translation>无法读取（也没有可用的 SIM）</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="357"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="357"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="358"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="358"/>
        <source>provisioning</source>
        <translation>预置</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="359"/>
        <source>operational</source>
        <translation>运营商</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="363"/>
        <source>ICCID {iccid}</source>
        <translation>ICCID {iccid}</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="366"/>
        <source>Profile {number}</source>
        <translation>配置文件 {number}</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="378"/>
        <source>Card type</source>
        <translation>卡类型</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="380"/>
        <source>eSIM read</source>
        <translation>eSIM 读取</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="383"/>
        <location filename="../../simtool/report/text.py" line="194"/>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="383"/>
        <location filename="../../simtool/report/text.py" line="194"/>
        <source>none installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="384"/>
        <location filename="../../simtool/report/text.py" line="191"/>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="400"/>
        <source>Device (web interface)</source>
        <translation>设备（网页管理界面）</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="401"/>
        <source>Mobile data switch</source>
        <translation>移动数据开关</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="403"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="404"/>
        <source>Device says</source>
        <translation>设备显示</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="406"/>
        <source>Network state</source>
        <translation>网络状态</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="407"/>
        <source>Used this month</source>
        <translation>本月已用</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="408"/>
        <source>Device&apos;s monthly limit</source>
        <translation>设备的月流量上限</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="409"/>
        <source>Admin login</source>
        <translation>管理员登录</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="410"/>
        <source>Needs the login for</source>
        <translation>需要登录才能读取</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="411"/>
        <source>Codes not in the tables</source>
        <translation>不在代码表中的代码</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="417"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="417"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="418"/>
        <source>deregistered</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="418"/>
        <source>manual, then automatic</source>
        <translation>先手动，失败后自动</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="429"/>
        <source>(network-provided)</source>
        <translation>（由网络下发）</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="430"/>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="430"/>
        <source>inactive</source>
        <translation>未激活</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="472"/>
        <source>{text} (failed)</source>
        <translation>{text}（失败）</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="499"/>
        <source>simtool report: {device}, {created}</source>
        <translation>simtool 报告：{device}，{created}</translation>
    </message>
    <message>
        <location filename="../../simtool/report/sections.py" line="501"/>
        <source>simtool report, {created}</source>
        <translation>simtool 报告，{created}</translation>
    </message>
    <message>
        <location filename="../../simtool/report/text.py" line="245"/>
        <source>What to tell your operator</source>
        <translation>要告诉运营商的内容</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../simtool/runner.py" line="256"/>
        <source>{port} is managed by ModemManager: reading it through ModemManager ({url}), not beside it. --no-modemmanager refuses instead; --inhibit --allow-write runs the full AT check.</source>
        <translation>{port} 由 ModemManager 管理：改为通过 ModemManager 读取（{url}），不与它同时打开端口。加 --no-modemmanager 则直接拒绝；加 --inhibit --allow-write 则做完整的 AT 检查。</translation>
    </message>
    <message>
        <location filename="../../simtool/runner.py" line="361"/>
        <source>ModemManager let go of the modem for this check (InhibitDevice). When simtool ends, ModemManager probes it again (10 s or more) and any connection it had drops.</source>
        <translation>ModemManager 已为本次检查暂时释放调制解调器（InhibitDevice）。simtool 结束后，ModemManager 会重新探测它（10 秒或更久），它原有的连接会断开。</translation>
    </message>
    <message>
        <location filename="../../simtool/runner.py" line="411"/>
        <source>the modem was read through {via}; the test needs its AT port (--inhibit --allow-write lends it to simtool)</source>
        <translation>调制解调器是通过 {via} 读取的；测试需要它的 AT 端口（--inhibit --allow-write 可把端口借给 simtool）</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/account.py" line="184"/>
        <source>Your operator answers balance queries by SMS, which may be charged: add --allow-write to send it.</source>
        <translation>您的运营商通过短信回复余额查询，短信可能收费：加上 --allow-write 才会发送。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/account.py" line="186"/>
        <source>{warning} Nothing was sent; add --allow-write to try it anyway.</source>
        <translation>{warning}未发送任何短信；如仍要尝试，请加上 --allow-write。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/account.py" line="192"/>
        <source>{failure} {warning}</source>
        <translation>{failure}{warning}</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/account.py" line="199"/>
        <source>The operator has no balance-check code in the provider database: give yours with --balance-code, e.g. --balance-code &apos;*100#&apos;.</source>
        <translation>运营商数据库中没有该运营商的余额查询代码：请用 --balance-code 指定，例如 --balance-code &apos;*100#&apos;。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/source.py" line="147"/>
        <source>Talking to the modem…</source>
        <translation>正在与调制解调器通信…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/at/source.py" line="228"/>
        <location filename="../../simtool/sources/modemmanager/source.py" line="86"/>
        <location filename="../../simtool/sources/modemmanager/source.py" line="155"/>
        <location filename="../../simtool/sources/modemmanager/source.py" line="159"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
</context>
<context>
    <name>SignalBars</name>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="34"/>
        <source>Signal bars</source>
        <translation>信号格数</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="43"/>
        <source>{bars} of 4 bars</source>
        <translation>{bars} / 4 格</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="44"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>SignalGraph</name>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="65"/>
        <source>Signal history graph</source>
        <translation>信号历史曲线</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="80"/>
        <source>Latest: {metric} {value} dBm</source>
        <translation>最新：{metric} {value} dBm</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="83"/>
        <source>Latest: signal quality {percent}% (ModemManager; no dBm)</source>
        <translation>最新：信号质量 {percent}%（ModemManager，无 dBm 值）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="104"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="141"/>
        <source>Waiting for signal readings…</source>
        <translation>正在等待信号读数…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="206"/>
        <source>Signal in dBm is not available through ModemManager: it gives its signal quality only, now {percent}%.</source>
        <translation>通过 ModemManager 无法获得以 dBm 计的信号值：它只提供信号质量，目前为 {percent}%。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="217"/>
        <source>last {minutes:.0f} min</source>
        <translation>最近 {minutes:.0f} 分钟</translation>
    </message>
</context>
<context>
    <name>SignalHistoryView</name>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="229"/>
        <source>Signal is read every 5 seconds while the window is open. Dashed lines mark registration changes.</source>
        <translation>窗口打开时每 5 秒读取一次信号。虚线表示注册状态的变化。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="233"/>
        <source>Modem whose signal is shown</source>
        <translation>显示哪台调制解调器的信号</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="235"/>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="236"/>
        <source>Export the signal history as CSV</source>
        <translation>将信号历史导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="250"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="277"/>
        <source>Export signal history</source>
        <translation>导出信号历史</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/signal_graph.py" line="278"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="201"/>
        <source>everything works: SIM ready, good LTE signal, home network, data up</source>
        <translation>一切正常：SIM 卡就绪，LTE 信号良好，在归属网络，数据已连接</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="203"/>
        <source>no SIM card in the slot</source>
        <translation>卡槽中没有 SIM 卡</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="204"/>
        <source>the SIM does not answer (damaged or badly seated)</source>
        <translation>SIM 卡无响应（损坏或没有插好）</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="206"/>
        <source>the SIM initialises for `busy` seconds (default 3), then is ready</source>
        <translation>SIM 卡初始化 `busy` 秒（默认 3 秒），然后就绪</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="208"/>
        <source>the SIM asks for its PIN (1234, 3 tries)</source>
        <translation>SIM 卡要求输入 PIN 码（1234，3 次机会）</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="210"/>
        <source>the PIN was entered wrong 3 times: the SIM wants the PUK (12345678, 10 tries)</source>
        <translation>PIN 码输错 3 次：SIM 卡要求 PUK 码（12345678，10 次机会）</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="213"/>
        <source>the radio is switched off (AT+CFUN=4, airplane mode)</source>
        <translation>射频已关闭（AT+CFUN=4，飞行模式）</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="215"/>
        <source>no cell in reach: searching with no signal</source>
        <translation>附近没有小区：无信号，正在搜索</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="217"/>
        <source>registered, but RSRP -121 dBm</source>
        <translation>已注册，但 RSRP 为 -121 dBm</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="218"/>
        <source>cells in reach, but the modem keeps searching</source>
        <translation>附近有小区，但调制解调器一直在搜索</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="220"/>
        <source>the network rejects the SIM (default cause #8, barred subscription; cause=N to change)</source>
        <translation>网络拒绝此 SIM 卡（默认原因 #8，签约被停止；用 cause=N 更改）</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="223"/>
        <source>abroad on a network that refuses roaming (#13)</source>
        <translation>在境外，所在网络拒绝漫游（#13）</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="225"/>
        <source>the configured APN is not the operator&apos;s: activation refused with #27</source>
        <translation>配置的 APN 不是运营商的：激活被拒绝，原因 #27</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="228"/>
        <source>no data plan (expired or used up): activation refused with #33</source>
        <translation>没有流量套餐（到期或已用完）：激活被拒绝，原因 #33</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="231"/>
        <source>the APN needs a user name and password: activation refused with #29</source>
        <translation>APN 需要用户名和密码：激活被拒绝，原因 #29</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="234"/>
        <source>registered for voice/SMS, packet attach refused (#7)</source>
        <translation>已注册语音/短信，但分组域附着被拒绝（#7）</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="236"/>
        <source>healthy, but some replies are dropped, garbled or stalled (deterministic from seed)</source>
        <translation>基本正常，但有些应答会丢失、乱码或卡住（由 seed 决定，可复现）</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="239"/>
        <source>healthy, but resets after `after` commands (default 3) with a URC storm</source>
        <translation>基本正常，但在 `after` 条命令后（默认 3 条）复位，并产生大量 URC</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="242"/>
        <source>an eSIM (eUICC) with no profile installed: the modem sees no SIM</source>
        <translation>一张没有安装配置文件的 eSIM（eUICC）：调制解调器看不到 SIM 卡</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="245"/>
        <source>an eSIM whose one profile (&quot;Travel 5GB&quot;) is installed but disabled</source>
        <translation>一张 eSIM，唯一的配置文件（“Travel 5GB”）已安装但被停用</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="248"/>
        <source>an eSIM with only the GSMA test profile enabled: no live network takes it</source>
        <translation>一张 eSIM，只启用了 GSMA 测试配置文件：任何现网都不接受它</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="251"/>
        <source>an eSIM whose enabled profile does not register here; the one bought (&quot;Travel 5GB&quot;) is disabled</source>
        <translation>一张 eSIM，启用的配置文件在这里注册不上；购买的那个（“Travel 5GB”）被停用</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="254"/>
        <source>in arrears: registered with a data session up, but no traffic passes; the operator&apos;s arrears notice is stored unread</source>
        <translation>欠费：已注册且数据连接已建立，但没有任何流量能通过；运营商的欠费通知以未读短信保存在卡上</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="258"/>
        <source>data quota used up: session up, web requests redirected to a top-up page (mode=redirect|cut|throttle); quota notices stored</source>
        <translation>流量用尽：数据连接已建立，网页请求被重定向到充值页面（mode=redirect|cut|throttle）；卡上存有流量提醒短信</translation>
    </message>
    <message>
        <location filename="../../simtool/sim/scenarios.py" line="262"/>
        <source>an IoT card moved to a new device (new IMEI): registered, session up, nothing passes (bind=silent|pdn-reject|attach-reject)</source>
        <translation>物联网卡换到了新设备（新的 IMEI）：已注册、数据连接已建立，但没有任何流量能通过（bind=silent|pdn-reject|attach-reject）</translation>
    </message>
    <message>
        <source>healthy, but resets after `after` commands (default 6) with a URC storm</source>
        <translation type="vanished">基本正常，但在 `after` 条命令后（默认 6 条）复位，并产生大量 URC</translation>
    </message>
</context>
<context>
    <name>Sms</name>
    <message>
        <location filename="../../simtool/actions/sms.py" line="75"/>
        <source>The modem did not accept the SMS for sending: {error}</source>
        <translation>调制解调器不接受发送这条短信：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/sms.py" line="81"/>
        <source>The network did not take the SMS: {error}. Check the balance of SMS on the plan and the signal, then try again.</source>
        <translation>网络没有接收这条短信：{error}。请检查套餐内的短信余量和信号，然后重试。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/sms.py" line="168"/>
        <source>The modem does not take SMS in PDU mode (AT+CMGF=0).</source>
        <translation>调制解调器不支持以 PDU 模式收发短信（AT+CMGF=0）。</translation>
    </message>
</context>
<context>
    <name>SmsBalanceDialog</name>
    <message>
        <location filename="../../simtool/gui/account.py" line="105"/>
        <source>Check the balance by SMS</source>
        <translation>通过短信查询余额</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="107"/>
        <source>{provider} answers balance queries by SMS. simtool sends &quot;{text}&quot; to {number} and reads the answer (balance, data left, plan end) when it arrives, usually within a minute. This is a normal text message: the operator may charge for it. Other messages on the card are not opened.</source>
        <translation>{provider}通过短信回复余额查询。simtool 会发送“{text}”到 {number}，并在回复到达时（通常一分钟内）读出余额、剩余流量和套餐到期日。这是一条普通短信：运营商可能收费。卡上的其他短信不会被打开。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="112"/>
        <source>Your operator</source>
        <translation>您的运营商</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="116"/>
        <source>&amp;Delete the operator&apos;s answer after reading it</source>
        <translation>读取后删除运营商的回复(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="131"/>
        <source>&amp;Send SMS</source>
        <translation>发送短信(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="132"/>
        <source>&amp;Send anyway</source>
        <translation>仍然发送(&amp;S)</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="13"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="14"/>
        <source>PIN required</source>
        <translation>需要 PIN 码</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="15"/>
        <source>PUK required</source>
        <translation>需要 PUK 码</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="16"/>
        <source>PIN2 required</source>
        <translation>需要 PIN2 码</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="17"/>
        <source>PUK2 required</source>
        <translation>需要 PUK2 码</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="18"/>
        <source>locked to another SIM</source>
        <translation>已锁定到另一张 SIM 卡</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="19"/>
        <source>locked to another operator</source>
        <translation>已锁定到另一家运营商</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="20"/>
        <source>locked to another operator (PUK)</source>
        <translation>已锁定到另一家运营商（PUK）</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="21"/>
        <source>locked to a network subset</source>
        <translation>已锁定到网络子集</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="22"/>
        <source>locked to a service provider</source>
        <translation>已锁定到服务提供商</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="23"/>
        <source>locked to a company</source>
        <translation>已锁定到企业</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="24"/>
        <source>no SIM card</source>
        <translation>无 SIM 卡</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="25"/>
        <source>SIM failure</source>
        <translation>SIM 卡故障</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="26"/>
        <source>wrong SIM</source>
        <translation>SIM 卡不匹配</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="27"/>
        <source>SIM busy</source>
        <translation>SIM 卡忙</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="28"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="30"/>
        <source>not registered</source>
        <translation>未注册</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="31"/>
        <location filename="../../simtool/diagnosis/labels.py" line="38"/>
        <source>home network</source>
        <translation>归属网络</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="32"/>
        <source>searching</source>
        <translation>正在搜索</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="33"/>
        <source>refused by the network</source>
        <translation>注册被拒</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="34"/>
        <location filename="../../simtool/diagnosis/labels.py" line="39"/>
        <source>roaming</source>
        <translation>漫游</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="35"/>
        <source>home network, SMS only</source>
        <translation>归属网络，仅短信</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="36"/>
        <source>roaming, SMS only</source>
        <translation>漫游，仅短信</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="37"/>
        <source>emergency calls only</source>
        <translation>仅限紧急呼叫</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="40"/>
        <source>restricted local operator services</source>
        <translation>受限的本地运营商服务</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="42"/>
        <source>excellent</source>
        <translation>极好</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="43"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="44"/>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="45"/>
        <source>poor</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="46"/>
        <source>no signal</source>
        <translation>无信号</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="48"/>
        <source>failed</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="49"/>
        <source>starting up</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="50"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="51"/>
        <source>switched off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="52"/>
        <source>switching off</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="53"/>
        <source>switching on</source>
        <translation>正在开启</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="54"/>
        <source>switched on</source>
        <translation>已开启</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="55"/>
        <source>registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="56"/>
        <source>disconnecting</source>
        <translation>正在断开</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="57"/>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="58"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="77"/>
        <source>eSIM, no profile enabled</source>
        <translation>eSIM，没有启用的配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="79"/>
        <source>eSIM, no profile installed</source>
        <translation>eSIM，未安装配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="80"/>
        <source>eSIM, no usable profile</source>
        <translation>eSIM，没有可用的配置文件</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="95"/>
        <source>suspended for arrears</source>
        <translation>欠费停机</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="96"/>
        <source>account in arrears</source>
        <translation>账户欠费</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="97"/>
        <source>low balance</source>
        <translation>余额不足</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="98"/>
        <source>service suspended</source>
        <translation>已停机</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="99"/>
        <source>data quota used up, data stopped</source>
        <translation>流量已用完，已断网</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="100"/>
        <source>data quota used up, extra data billed</source>
        <translation>流量已用完，超出部分另行计费</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="101"/>
        <source>data quota nearly used up</source>
        <translation>流量即将用完</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="102"/>
        <source>data quota used up, speed limited</source>
        <translation>流量已用完，已限速</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="103"/>
        <source>plan expiring</source>
        <translation>套餐即将到期</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="104"/>
        <source>plan expired</source>
        <translation>套餐已到期</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="105"/>
        <source>real-name verification needed</source>
        <translation>需要实名认证</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="106"/>
        <source>restricted for abnormal use</source>
        <translation>因异常使用被限制</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="107"/>
        <source>card bound to another device</source>
        <translation>卡已与其他设备绑定</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="108"/>
        <source>spending limit reached</source>
        <translation>已达到消费限额</translation>
    </message>
    <message>
        <location filename="../../simtool/diagnosis/labels.py" line="109"/>
        <source>service restored</source>
        <translation>已恢复服务</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="82"/>
        <source>The modem&apos;s facts appear here after a check.</source>
        <translation>检查后，这里会显示调制解调器的信息。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="88"/>
        <source>Modem</source>
        <translation>调制解调器</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="88"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="88"/>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="89"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="89"/>
        <source>Read</source>
        <translation>读取方式</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="90"/>
        <source>SIM</source>
        <translation>SIM 卡</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="90"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="90"/>
        <location filename="../../simtool/gui/status_panel.py" line="124"/>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="91"/>
        <source>EID</source>
        <translation>EID</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="92"/>
        <source>IMSI</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="92"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="93"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="93"/>
        <source>Operator</source>
        <translation>运营商</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="94"/>
        <source>Registration</source>
        <translation>注册</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="95"/>
        <source>APN</source>
        <translation>APN</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="96"/>
        <location filename="../../simtool/gui/status_panel.py" line="117"/>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="96"/>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="96"/>
        <source>Level</source>
        <translation>强度</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="97"/>
        <source>RSRQ</source>
        <translation>RSRQ</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="97"/>
        <source>SINR</source>
        <translation>SINR</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="98"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="118"/>
        <source>Bars:</source>
        <translation>信号格：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="158"/>
        <source>via ModemManager</source>
        <translation>通过 ModemManager</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="159"/>
        <source>over its web interface (HiLink)</source>
        <translation>通过网页管理界面（HiLink）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="160"/>
        <source>over its web interface (ZTE)</source>
        <translation>通过网页管理界面（中兴）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="161"/>
        <source>over the AT port</source>
        <translation>通过 AT 端口</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/status_panel.py" line="186"/>
        <source>{percent}% (ModemManager)</source>
        <translation>{percent}%（ModemManager）</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="164"/>
        <source>What to do</source>
        <translation>怎么办</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="168"/>
        <source>Facts used</source>
        <translation>依据的信息</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="191"/>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="222"/>
        <source>This is the cause: the first check that failed. Fix this first, then press Check again.</source>
        <translation>这就是原因：第一个未通过的检查项。请先解决它，再点击“重新检查”。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="251"/>
        <source>Step: {title}</source>
        <translation>步骤：{title}</translation>
    </message>
    <message>
        <source>the “{button}” button below</source>
        <translation type="vanished">下方的“{button}”按钮</translation>
    </message>
    <message>
        <source>“{button}” on the “{step}” step</source>
        <translation type="vanished">“{step}”步骤中的“{button}”</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <location filename="../../simtool/gui/account.py" line="154"/>
        <source>Top up with a voucher</source>
        <translation>用充值卡充值</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="156"/>
        <source>The voucher is used up when the operator accepts it, so type it carefully. simtool sends it once and keeps it out of logs and reports.</source>
        <translation>运营商接受后充值卡即失效，请仔细输入。simtool 只发送一次，且不会写入日志和报告。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="163"/>
        <source>Voucher number</source>
        <translation>充值卡密码</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="169"/>
        <source>Top-up code</source>
        <translation>充值代码</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="171"/>
        <source>The code of {provider} on record; CODE stands for the voucher.</source>
        <translation>数据库中记录的{provider}充值代码；CODE 代表充值卡密码。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="172"/>
        <source>your operator</source>
        <translation>您的运营商</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="174"/>
        <source>Your operator has no top-up code in the provider database: enter it with CODE where the voucher goes, e.g. *101*CODE#.</source>
        <translation>运营商数据库中没有您的运营商的充值代码：请输入充值代码，并用 CODE 表示充值卡密码所在位置，例如 *101*CODE#。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="179"/>
        <source>&amp;Voucher number:</source>
        <translation>充值卡密码(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/account.py" line="180"/>
        <source>Top-up &amp;code:</source>
        <translation>充值代码(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <location filename="../../simtool/actions/unlock.py" line="77"/>
        <source>No PIN attempts are left: the SIM needs the PUK (&apos;simtool unlock --puk&apos;). Nothing was sent.</source>
        <translation>PIN 码已没有剩余次数：SIM 卡需要 PUK 码解锁（&apos;simtool unlock --puk&apos;）。未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/unlock.py" line="80"/>
        <source>No PUK attempts are left: the SIM is blocked for good. Ask your operator for a replacement card.</source>
        <translation>PUK 码已没有剩余次数：SIM 卡已永久锁死。请向运营商申请补卡。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/unlock.py" line="83"/>
        <source>simtool could not read how many {what} attempts are left, so it did not send anything. If you are sure of the code, accept the risk explicitly (--last-attempt).</source>
        <translation>simtool 无法读取 {what} 码的剩余次数，所以没有发送任何内容。如果你确定密码正确，请明确接受风险（--last-attempt）。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/unlock.py" line="88"/>
        <source>Only 1 {what} attempt is left. If this code is wrong, the SIM will be blocked{consequence}. Nothing was sent. If you are sure, accept this risk explicitly (--last-attempt).</source>
        <translation>{what} 码只剩 1 次机会。如果这个密码错误，SIM 卡将被锁定{consequence}。未发送任何内容。如果你确定，请明确接受此风险（--last-attempt）。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/unlock.py" line="93"/>
        <source> and need the PUK</source>
        <translation>，需要 PUK 码解锁</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/unlock.py" line="94"/>
        <source> for good and must be replaced</source>
        <translation>并永久报废，必须更换</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/unlock.py" line="129"/>
        <source>The SIM is already unlocked; nothing was sent.</source>
        <translation>SIM 卡已经解锁；未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/unlock.py" line="137"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/unlock.py" line="144"/>
        <source>The SIM asks for the PUK, not the PIN: use &apos;simtool unlock --puk&apos;. The PUK is on the card holder the SIM came in, or your operator has it.</source>
        <translation>SIM 卡要求的是 PUK 码，不是 PIN 码：请使用 &apos;simtool unlock --puk&apos;。PUK 码印在 SIM 卡的卡托上，或向运营商索取。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/unlock.py" line="147"/>
        <source>The SIM asks for the PIN, not the PUK: use &apos;simtool unlock&apos;.</source>
        <translation>SIM 卡要求的是 PIN 码，不是 PUK 码：请使用 &apos;simtool unlock&apos;。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/unlock.py" line="148"/>
        <source>The SIM does not ask for a {what} (state: {state}); nothing was sent.</source>
        <translation>SIM 卡不需要 {what} 码（状态：{state}）；未发送任何内容。</translation>
    </message>
    <message>
        <source>No {what} attempts are left: the SIM is blocked. Ask your operator for a replacement card.</source>
        <translation type="vanished">{what} 码已没有剩余次数：SIM 卡已被锁死。请向运营商申请补卡。</translation>
    </message>
</context>
<context>
    <name>Ussd</name>
    <message>
        <location filename="../../simtool/actions/ussd.py" line="115"/>
        <source>The modem refused the USSD request: {error}</source>
        <translation>调制解调器拒绝了 USSD 请求：{error}</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/ussd.py" line="120"/>
        <source>The network did not answer the USSD request within {seconds:.0f} s. Check that the SIM is registered and try again.</source>
        <translation>网络未在 {seconds:.0f} 秒内响应 USSD 请求。请确认 SIM 卡已注册后再试。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/ussd.py" line="127"/>
        <source>The network does not support this USSD code.</source>
        <translation>网络不支持此 USSD 代码。</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <location filename="../../simtool/actions/validate.py" line="24"/>
        <source>{what} contains characters the modem would act on ({chars}); remove them.</source>
        <translation>{what}包含调制解调器会执行的字符（{chars}）；请删除它们。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="31"/>
        <source>A PIN is 4 to 8 digits, nothing else.</source>
        <translation>PIN 码是 4 到 8 位数字，不能有其他字符。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="38"/>
        <source>A PUK is exactly 8 digits, nothing else.</source>
        <translation>PUK 码必须是 8 位数字，不能有其他字符。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="45"/>
        <source>The APN</source>
        <translation>APN</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="47"/>
        <source>An APN is at most 100 characters long.</source>
        <translation>APN 最长 100 个字符。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="50"/>
        <source>An APN is made of letters, digits, &apos;-&apos; and dots, like &apos;internet&apos; or &apos;cmnet&apos;.</source>
        <translation>APN 由字母、数字、“-”和点组成，例如“internet”或“cmnet”。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="59"/>
        <source>{what} is at most 64 characters long.</source>
        <translation>{what}最长 64 个字符。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="66"/>
        <source>The USSD code</source>
        <translation>USSD 代码</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="68"/>
        <source>A USSD code is made of digits, &apos;*&apos; and &apos;#&apos;, like *100#.</source>
        <translation>USSD 代码由数字、“*”和“#”组成，例如 *100#。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="76"/>
        <source>A voucher code is 6 to 30 digits.</source>
        <translation>充值卡密码为 6 到 30 位数字。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="86"/>
        <source>The PDP type</source>
        <translation>PDP 类型</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="88"/>
        <source>{value} is not a PDP type; use IP, IPV6 or IPV4V6.</source>
        <translation>{value} 不是有效的 PDP 类型；请使用 IP、IPV6 或 IPV4V6。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="95"/>
        <source>A context id (cid) is between 1 and 24.</source>
        <translation>上下文编号（cid）在 1 到 24 之间。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="102"/>
        <source>An SMS number is 3 to 20 digits (a leading + is allowed), e.g. 10086.</source>
        <translation>短信号码为 3 到 20 位数字（开头可带 +），例如 10086。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="110"/>
        <source>The SMS text is 1 to 160 characters long.</source>
        <translation>短信内容为 1 到 160 个字符。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/validate.py" line="111"/>
        <source>The SMS text</source>
        <translation>短信内容</translation>
    </message>
</context>
<context>
    <name>WebActions</name>
    <message>
        <location filename="../../simtool/actions/web.py" line="76"/>
        <source>The device refused the request even after login.</source>
        <translation>即使登录后，设备仍拒绝了该请求。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/web.py" line="98"/>
        <source>The device answered error {code} ({meaning}).</source>
        <translation>设备返回错误 {code}（{meaning}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/web.py" line="100"/>
        <location filename="../../simtool/actions/web.py" line="257"/>
        <source>The device did not answer as expected ({error}).</source>
        <translation>设备的回答与预期不符（{error}）。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/web.py" line="118"/>
        <source>{url}: the ZTE web API documents no request for this; use the device&apos;s own page.</source>
        <translation>{url}：中兴的网页接口没有公开此操作的请求；请在设备自己的管理页面上操作。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/web.py" line="168"/>
        <source>A profile number is digits, as `simtool profile` lists them.</source>
        <translation>配置文件编号只能是数字，即 `simtool profile` 列出的编号。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/web.py" line="171"/>
        <source>The device has no profile {index}; it has: {indexes}.</source>
        <translation>设备没有配置文件 {index}；现有的是：{indexes}。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/web.py" line="234"/>
        <source>The login failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/web.py" line="240"/>
        <source>The device refused the USSD request ({result}); it may need its admin password (--password-env).</source>
        <translation>设备拒绝了 USSD 请求（{result}）；可能需要它的管理员密码（--password-env）。</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/web.py" line="251"/>
        <source>no answer in time</source>
        <translation>未及时收到回复</translation>
    </message>
    <message>
        <location filename="../../simtool/actions/web.py" line="252"/>
        <source>The USSD code got no answer: {why}.</source>
        <translation>USSD 代码没有收到回复：{why}。</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="50"/>
        <source>Does the SIM card work in another phone or device?</source>
        <translation>这张 SIM 卡在其他手机或设备中能用吗？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="52"/>
        <source>Does the modem get enough power (original adapter or a powered USB port)?</source>
        <translation>调制解调器供电是否充足（原装电源或带供电的 USB 接口）？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="55"/>
        <source>Is a firmware update for the modem pending?</source>
        <translation>调制解调器是否有待安装的固件更新？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="57"/>
        <source>Is mobile data switched on in this computer&apos;s network settings?</source>
        <translation>这台电脑的网络设置中是否已打开移动数据？</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="65"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="66"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="67"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="68"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="69"/>
        <source>Your answer is needed</source>
        <translation>需要你的回答</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="70"/>
        <source>Could not be checked</source>
        <translation>无法检查</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="71"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="72"/>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="81"/>
        <source>S&amp;witch the radio on…</source>
        <translation>打开射频(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="82"/>
        <source>&amp;Enter the PIN…</source>
        <translation>输入 PIN 码(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="83"/>
        <source>&amp;Unblock with the PUK…</source>
        <translation>用 PUK 码解锁(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="84"/>
        <source>Chec&amp;k the balance…</source>
        <translation>查询余额(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="85"/>
        <source>Top up with a v&amp;oucher…</source>
        <translation>用充值卡充值(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="86"/>
        <source>Ed&amp;it the APN…</source>
        <translation>编辑 APN(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="87"/>
        <source>Re&amp;start the modem…</source>
        <translation>重启调制解调器(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="88"/>
        <source>Choose the net&amp;work…</source>
        <translation>选择网络(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="89"/>
        <source>F&amp;ind the AT port</source>
        <translation>查找 AT 端口(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="90"/>
        <source>&amp;Test the connection…</source>
        <translation>测试连接(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="95"/>
        <source>&amp;Set the APN to &apos;{apn}&apos;…</source>
        <translation>将 APN 设为“{apn}”(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="110"/>
        <source>the “{button}” button below</source>
        <translation>下方的“{button}”按钮</translation>
    </message>
    <message>
        <source>&amp;Top up with a voucher…</source>
        <translation type="vanished">用充值卡充值(&amp;T)…</translation>
    </message>
    <message>
        <source>Check the &amp;balance…</source>
        <translation type="vanished">查询余额(&amp;B)…</translation>
    </message>
    <message>
        <source>Switch the &amp;radio on…</source>
        <translation type="vanished">打开射频(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="488"/>
        <source>Choose the modem&apos;s port above and press Check.</source>
        <translation>请在上方选择调制解调器的端口，然后点击“检查”。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="493"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="501"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="506"/>
        <source>Result of the last fix</source>
        <translation>上次修复的结果</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="512"/>
        <source>Checklist steps</source>
        <translation>检查步骤</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="517"/>
        <source>simtool walks through what a support engineer would check, in order: the port, the radio, the SIM card and its PIN, the signal, the registration with the network, the APN and the data session.

The first check that fails is the cause; its page says what to do. Nothing on the modem is changed unless you ask.</source>
        <translation>simtool 会按客服工程师的顺序逐项检查：端口、射频、SIM 卡及其 PIN 码、信号、网络注册、APN 和数据连接。

第一个未通过的检查项就是原因，它的页面会告诉你该怎么办。除非你要求，否则不会更改调制解调器的任何设置。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="540"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="541"/>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="542"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="543"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="545"/>
        <location filename="../../simtool/gui/wizard.py" line="546"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="547"/>
        <source>Run the checklist again (F5)</source>
        <translation>重新运行检查清单（F5）</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="585"/>
        <location filename="../../simtool/gui/wizard.py" line="616"/>
        <source>Contact your operator</source>
        <translation>联系运营商</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="724"/>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="726"/>
        <source>the cause</source>
        <translation>原因所在</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="769"/>
        <source>? Not tested since your change: the modem has not tried a data session since. Restart the modem or test the connection to see whether data works now.</source>
        <translation>? 更改后尚未测试：此后调制解调器还没有尝试建立数据连接。请重启调制解调器或测试连接，看数据现在是否可用。</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="776"/>
        <source>✔ No problem found. {summary}</source>
        <translation>✔ 未发现问题。{summary}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="778"/>
        <source>✖ {summary}</source>
        <translation>✖ {summary}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="780"/>
        <source>? Not sure yet: {summary}</source>
        <translation>? 尚不确定：{summary}</translation>
    </message>
    <message>
        <location filename="../../simtool/gui/wizard.py" line="784"/>
        <source>Saved report of {created} (read-only). </source>
        <translation>已保存的报告，创建于 {created}（只读）。</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="vanished">重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Choose a port and press Check.</source>
        <translation type="vanished">请选择端口并点击“检查”。</translation>
    </message>
    <message>
        <source>the “Test the connection” button on the Data session step</source>
        <translation type="vanished">“数据连接”步骤中的“测试连接”按钮</translation>
    </message>
</context>
<context>
    <name>ZTE</name>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="79"/>
        <source>Do not put a user or password in the URL: it would end up in reports and shell history. Use --password-env VAR.</source>
        <translation>不要把用户名或密码写在 URL 里：它们会出现在报告和命令历史中。请使用 --password-env VAR。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="85"/>
        <source>{url} is not a device address: use zte://HOST or zte://HOST:PORT.</source>
        <translation>{url} 不是设备地址：请使用 zte://HOST 或 zte://HOST:PORT。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="91"/>
        <source>Talking to the ZTE device at {where}…</source>
        <translation>正在与 {where} 上的中兴设备通信…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="106"/>
        <location filename="../../simtool/sources/zte/source.py" line="109"/>
        <location filename="../../simtool/sources/zte/source.py" line="187"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="112"/>
        <source>{where} sends every request to its login page.</source>
        <translation>{where} 把所有请求都转到了它的登录页面。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="116"/>
        <source>{where} does not answer like a ZTE goform device (&quot;{sample}&quot;).</source>
        <translation>{where} 的回答不像中兴 goform 设备（“{sample}”）。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="118"/>
        <source>Check the address; a Huawei HiLink device is read with hilink://HOST.</source>
        <translation>请检查地址；华为 HiLink 设备用 hilink://HOST 读取。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="135"/>
        <source>Reading the device&apos;s status…</source>
        <translation>正在读取设备状态…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="158"/>
        <source>The login failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="161"/>
        <source>{where} did not give its SIM state (modem_main_state).</source>
        <translation>{where} 没有提供 SIM 卡状态（modem_main_state）。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="163"/>
        <source>Check that it is a ZTE stick or router; wait a minute and run the check again.</source>
        <translation>请确认它是中兴上网卡或路由器；等一分钟后再检查一次。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="168"/>
        <source>{where} shows its network and signal only after its admin login, and no password was given.</source>
        <translation>{where} 只有在管理员登录后才显示网络和信号，但没有提供密码。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="184"/>
        <source>The SIM is starting; waiting for it…</source>
        <translation>SIM 卡正在启动，等待中…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="198"/>
        <source>The device&apos;s login is locked after too many wrong passwords; simtool did not try. Wait (often 5 minutes) and try again.</source>
        <translation>密码错误次数过多，设备的登录已被锁定；simtool 没有尝试。请等待（通常为 5 分钟）后再试。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="203"/>
        <source>Only 1 login attempt is left before the device locks its login; simtool does not spend it. Log in on the device&apos;s own page, or wait until the counter resets.</source>
        <translation>设备锁定登录前只剩 1 次尝试机会；simtool 不会用掉它。请在设备自己的管理页面上登录，或等计数重置。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="208"/>
        <source>Logging in to the device (one attempt)…</source>
        <translation>正在登录设备（只尝试一次）…</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="214"/>
        <source>The device refused the password ({left} attempts left). simtool tried once and does not try again in this run: check the password before the next run.</source>
        <translation>设备拒绝了密码（还剩 {left} 次机会）。simtool 只尝试了一次，本次运行中不会再试：下次运行前请核对密码。</translation>
    </message>
    <message>
        <location filename="../../simtool/sources/zte/source.py" line="221"/>
        <source>Give the device&apos;s admin password (the one for its web page, often on a label on the device) in an environment variable: `SIMTOOL_PASSWORD=... simtool check --port {url} --password-env SIMTOOL_PASSWORD`. simtool makes one attempt and never stores it.</source>
        <translation>在环境变量中提供设备的管理员密码（即其网页管理界面的密码，通常印在设备标签上）：`SIMTOOL_PASSWORD=... simtool check --port {url} --password-env SIMTOOL_PASSWORD`。simtool 只尝试一次，从不保存。</translation>
    </message>
</context>
</TS>
