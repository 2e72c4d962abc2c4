<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accounts</name>
    <message numerus="yes">
        <source>Password: at least %n characters</source>
        <translation>
            <numerusform>密码：至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Password: no spaces at the start or the end</source>
        <translation>密码：开头和结尾不能有空格</translation>
    </message>
    <message>
        <source>This database already has accounts; an administrator adds new ones.</source>
        <translation>该数据库已有账号；新账号由管理员添加。</translation>
    </message>
    <message>
        <source>Name: %1 already has an account</source>
        <translation>姓名：%1 已有账号</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Role: you cannot take the administrator role from yourself</source>
        <translation>角色：不能取消自己的管理员角色</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account</source>
        <translation>不能停用自己的账号</translation>
    </message>
    <message>
        <source>Password: it contains the account&apos;s name; choose another</source>
        <translation>密码：包含了账号名，请换一个</translation>
    </message>
    <message>
        <source>Password: too easy to guess (a word, a name, repeated characters or a run such as 12345678); use a longer one that mixes words, digits and signs, e.g. two words and a number</source>
        <translation>密码：太容易被猜到（常用单词、人名、重复字符或 12345678 这样的连续字符），请换一个更长、混合字母、数字和符号的密码，例如两个单词加一个数字</translation>
    </message>
    <message>
        <source>Wrong name or password, or the account is locked (for %1 minutes after %2 wrong passwords) or deactivated; the administrator can help.</source>
        <translation>姓名或密码不正确，或账号已被锁定（连续 %2 次密码错误后锁定 %1 分钟）或已停用；如有需要请联系管理员。</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be recorded: %1</source>
        <translation>已登录，但这次登录无法记录：%1</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>viewing</source>
        <translation>看房预约</translation>
    </message>
    <message numerus="yes">
        <source>Viewing booked for %n person(s) at %1</source>
        <translation>
            <numerusform>已预约看房：%n 人，时间 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewing status changed</source>
        <translation>看房状态已变更</translation>
    </message>
    <message>
        <source>Consultant: %1 already has viewing No. %2 with %3 from %4 to %5</source>
        <translation>置业顾问：%1 已有看房预约 %2 号（%3，%4 至 %5）</translation>
    </message>
    <message numerus="yes">
        <source>No. %1 (%2, %n person(s))</source>
        <translation>
            <numerusform>%1 号（%2，%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample unit: %1 holds %2 people at a time; with %3 it would be %4</source>
        <translation>样板间：%1 同时最多容纳 %2 人；加上 %3 将达到 %4 人</translation>
    </message>
    <message>
        <source>Status: a viewing that is %1 cannot become %2</source>
        <translation>状态：“%1”的看房不能改为“%2”</translation>
    </message>
    <message>
        <source>Sample unit: name required</source>
        <translation>样板间：名称必填</translation>
    </message>
    <message>
        <source>Capacity: give from 1 to 500 people</source>
        <translation>容纳人数：请填写 1 到 500 人</translation>
    </message>
    <message>
        <source>Sample unit: %1 holds %2 people at a time; this party alone is %3</source>
        <translation>样板间：%1 同时最多容纳 %2 人；本批客户就有 %3 人</translation>
    </message>
    <message>
        <source>Status: viewing No. %1 starts at %2, so the client cannot have missed it yet; it can be marked %3 once its start has passed</source>
        <translation>状态：看房预约 %1 号 %2 才开始，客户还不可能未到场；开始时间过后才能标记为“%3”</translation>
    </message>
    <message>
        <source>Status: viewing No. %1 is on %2; it can be checked in on that day, not before</source>
        <translation>状态：看房预约 %1 号在 %2；当天才能签到，不能提前</translation>
    </message>
    <message>
        <source>Start: %1 has passed; a viewing is booked for now or later (a visit made earlier is recorded in the client&apos;s timeline)</source>
        <translation>开始时间：%1 已过；看房只能预约现在或以后的时间（已经带看的，请在客户记录中登记）</translation>
    </message>
</context>
<context>
    <name>AppraisalRepository</name>
    <message>
        <source>--month: &quot;%1&quot; is not a month like 2026-11</source>
        <translation>--month：“%1”不是形如 2026-11 的月份</translation>
    </message>
    <message>
        <source>satisfaction %1 below %2</source>
        <translation>满意度 %1 低于 %2</translation>
    </message>
    <message>
        <source>deadline compliance %1% below %2%</source>
        <translation>时限达标率 %1% 低于 %2%</translation>
    </message>
    <message>
        <source>complaint rate %1 above %2</source>
        <translation>投诉率 %1 高于 %2</translation>
    </message>
    <message>
        <source>no training passed this month</source>
        <translation>本月培训考核未通过</translation>
    </message>
    <message>
        <source>Month: %1 is published already; publish a correction as a new revision with its reason</source>
        <translation>月份：%1 已公布；如需更正，请说明原因并公布新的修订版</translation>
    </message>
    <message>
        <source>Month: %1 is not published yet</source>
        <translation>月份：%1 尚未公布</translation>
    </message>
    <message>
        <source>Reason: say what the correction changes</source>
        <translation>原因：请说明更正了什么</translation>
    </message>
    <message>
        <source>%1: please fill it in</source>
        <translation>%1：请填写</translation>
    </message>
    <message>
        <source>Not allowed: each staff member sees only their own appraisal.</source>
        <translation>无权查看：每位员工只能查看自己的考核结果。</translation>
    </message>
    <message>
        <source>Month: %1 is not published yet; publish it before recording rewards and coaching</source>
        <translation>月份：%1 的考核结果尚未公布；请先公布，再记录奖励和辅导</translation>
    </message>
    <message>
        <source>Staff member: No. %1 is not in the published appraisal of %2</source>
        <translation>员工：编号 %1 不在 %2 已公布的考核名单中</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励内容</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>奖励原因</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>奖励记录</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>辅导主题</translation>
    </message>
    <message>
        <source>coaching</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>You are not in the appraisal results of %1 (the month&apos;s published appraisal does not include you, or you were not on duty that month)</source>
        <translation>%1 的考核结果中没有您（该月已公布的考核不含您，或您当月未在岗）</translation>
    </message>
    <message>
        <source>Staff member: %1 is not in the appraisal of %2 (it covers the consultants, customer-service and reception staff on duty that month)</source>
        <translation>员工：%1 不在 %2 的考核结果中（考核对象为当月在岗的置业顾问、客服和前台员工）</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>The hashing library (libsodium) cannot start.</source>
        <translation>哈希库（libsodium）无法启动。</translation>
    </message>
    <message>
        <source>Audit entry %1 vanished before it was saved.</source>
        <translation>审计记录 %1 在保存前消失了。</translation>
    </message>
    <message>
        <source>audit log: the record of the chain&apos;s last entry (audit_chain_head) was deleted</source>
        <translation>审计日志：记录链中最后一条的记录（audit_chain_head）已被删除</translation>
    </message>
    <message numerus="yes">
        <source>audit log: entry %1 of %2: %n entry(s) before it deleted</source>
        <translation>
            <numerusform>审计日志：第 %1 条（%2）：其前面有 %n 条被删除</numerusform>
        </translation>
    </message>
    <message>
        <source>audit log: entry %1 of %2 changed: its before/after values are not the ones written</source>
        <translation>审计日志：第 %1 条（%2）被改动：其修改前/修改后的内容与写入时不符</translation>
    </message>
    <message>
        <source>audit log: entry %1 of %2 changed: who, when, what or which record is not what was written</source>
        <translation>审计日志：第 %1 条（%2）被改动：操作人、时间、操作或记录与写入时不符</translation>
    </message>
    <message numerus="yes">
        <source>audit log: all %n entry(s) deleted</source>
        <translation>
            <numerusform>审计日志：全部 %n 条已被删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log: %n entry(s) after entry %1 of %2 deleted</source>
        <translation>
            <numerusform>审计日志：第 %1 条（%2）之后的 %n 条已被删除</numerusform>
        </translation>
    </message>
    <message>
        <source>audit log: the chain&apos;s last entry is recorded as another than entry %1 of %2</source>
        <translation>审计日志：链中记录的最后一条不是第 %1 条（%2）</translation>
    </message>
    <message>
        <source>audit log: entry %1 of %2 is not on the chain: it was added outside EstateDesk</source>
        <translation>审计日志：第 %1 条（%2）不在链上：它是在楼盘客服台之外添加的</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>demo data loaded</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <source>full phone shown</source>
        <translation>查看完整电话</translation>
    </message>
    <message>
        <source>personal data exported</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>account created</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>viewing</source>
        <translation>看房预约</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>房源</translation>
    </message>
    <message>
        <source>service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>deadline policy</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <source>holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>duplicate merged in</source>
        <translation>合并重复记录</translation>
    </message>
    <message>
        <source>merged into another client</source>
        <translation>已并入其他客户</translation>
    </message>
    <message>
        <source>retention run</source>
        <translation>记录保存清理</translation>
    </message>
    <message>
        <source>personal data erased on request</source>
        <translation>应客户要求删除了个人信息</translation>
    </message>
    <message>
        <source>appraisal reward</source>
        <translation>考核奖励</translation>
    </message>
    <message>
        <source>coaching</source>
        <translation>考核辅导</translation>
    </message>
    <message>
        <source>The audit entry was not saved.</source>
        <translation>审计记录未能保存。</translation>
    </message>
    <message>
        <source>backup taken</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>clients exported</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>viewings exported</source>
        <translation>导出看房预约</translation>
    </message>
    <message>
        <source>database copy</source>
        <translation>数据库备份</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>冲正</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation>无法为备份创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>备份 %1 写入失败：%2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation>备份 %1 写入失败。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not an EstateDesk backup (not a SQLite file).</source>
        <translation>%1 不是楼盘客服台的备份（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>无法读取备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>备份 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is not an EstateDesk backup (no schema version).</source>
        <translation>%1 不是楼盘客服台的备份（没有数据结构版本）。</translation>
    </message>
    <message>
        <source>The damaged file %1 cannot be moved aside.</source>
        <translation>无法移开已损坏的文件 %1。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be copied to %2.</source>
        <translation>无法将备份 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2): no backup was taken, so the good backups taken before are kept. An administrator restores the latest of them (Settings → Backups).</source>
        <translation>数据库文件 %1 已损坏（%2）：本次未做备份，以免挤掉此前完好的备份。请管理员恢复其中最近的一份（设置 → 备份）。</translation>
    </message>
    <message>
        <source>The audit log in the backup %1 was changed behind EstateDesk&apos;s back (%2). Nothing was restored. An administrator who knows why can restore it anyway (estatedesk-cli restore --force FILE); that is recorded in the audit log.</source>
        <translation>备份 %1 中的审计日志曾在楼盘客服台之外被改动（%2）。未恢复任何数据。了解原因的管理员仍可强制恢复（estatedesk-cli restore --force 文件），此操作会记入审计日志。</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup whose audit log was changed (%1).</source>
        <translation>只有管理员才能恢复审计日志被改动过的备份（%1）。</translation>
    </message>
    <message>
        <source>The backup was written, but it could not be recorded in the audit log: %1</source>
        <translation>备份已写入，但无法记入审计日志：%1</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2) and cannot be restored; choose another backup.</source>
        <translation>备份 %1 已损坏（%2），无法恢复；请另选一份备份。</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>Date: not a valid date</source>
        <translation>日期：不是有效的日期</translation>
    </message>
    <message>
        <source>Kind: &quot;%1&quot; must be holiday or workday</source>
        <translation>类型：“%1”必须是 holiday（节假日）或 workday（调休上班）</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number from %3 to %4</source>
        <translation>%1：“%2”不是 %3 到 %4 之间的数字</translation>
    </message>
    <message>
        <source>Usage: estatedesk-cli [--db FILE | --pg &quot;host=H port=P dbname=D user=U&quot;] [--at ISO8601] [--user NAME] COMMAND ...</source>
        <translation>用法：estatedesk-cli [--db 文件 | --pg &quot;host=主机 port=端口 dbname=数据库 user=用户&quot;] [--at ISO8601时间] [--user 姓名] 命令 ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>give either --db or --pg, not both</source>
        <translation>请只给出 --db 或 --pg 其中之一</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run estatedesk-cli --help for the list</source>
        <translation>未知命令“%1”；运行 estatedesk-cli --help 查看命令列表</translation>
    </message>
    <message>
        <source>the backup FILE</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
    <message>
        <source>Backup before the upgrade: %1</source>
        <translation>升级前的备份：%1</translation>
    </message>
    <message>
        <source>demo needs --clients N</source>
        <translation>demo 需要 --clients N</translation>
    </message>
    <message>
        <source>Demo data: %1 staff, %2 units, %3 clients, %4 service records, %5 consultations, %6 viewings, %7 contracts, %8 complaints.</source>
        <translation>演示数据：员工 %1 名，房源 %2 套，客户 %3 位，服务记录 %4 条，咨询 %5 次，看房 %6 次，合同 %7 份，投诉 %8 件。</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>the FILE.csv to import</source>
        <translation>要导入的 CSV 文件</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) need correcting.</source>
        <translation>
            <numerusform>未导入任何数据：有 %n 行需要更正。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s) (%1).</source>
        <translation>
            <numerusform>已导入 %n 位客户（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>the FILE.csv to write</source>
        <translation>要写入的 CSV 文件</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 位客户到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>the calendar FILE.csv</source>
        <translation>节假日 CSV 文件</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1：无法打开（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n calendar day(s); open deadlines were recomputed.</source>
        <translation>
            <numerusform>已导入 %n 个日历日；未完成的时限已重新计算。</numerusform>
        </translation>
    </message>
    <message>
        <source>the calendar FILE.csv to write</source>
        <translation>要写入的节假日 CSV 文件</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n calendar day(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 个日历日到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>sla %1 needs --policy NAME (one of %2)</source>
        <translation>sla %1 需要 --policy 名称（可选：%2）</translation>
    </message>
    <message>
        <source>sla %1 needs --start ISO8601 (or a date YYYY-MM-DD for date-based policies)</source>
        <translation>sla %1 需要 --start ISO8601时间（按日期计算的规则给出 YYYY-MM-DD 日期）</translation>
    </message>
    <message>
        <source>--policy: &quot;%1&quot; is not one of %2</source>
        <translation>--policy：“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>Provisional: no official holiday schedule is published yet for a year counted here.</source>
        <translation>暂定：计算涉及的年份尚未公布官方节假日安排。</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not table, csv or json</source>
        <translation>--format：“%1”不是 table、csv 或 json</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue item(s).</source>
        <translation>
            <numerusform>共 %n 项已超时。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs one of: %2</source>
        <translation>%1 需要以下之一：%2</translation>
    </message>
    <message>
        <source>the password of --user is expected on standard input or in ESTATEDESK_PASSWORD</source>
        <translation>需要在标准输入或 ESTATEDESK_PASSWORD 中给出 --user 的密码</translation>
    </message>
    <message>
        <source>the new account&apos;s password is expected on standard input</source>
        <translation>需要在标准输入中给出新账号的密码</translation>
    </message>
    <message>
        <source>--user: this database has no accounts yet; create the administrator with &quot;user add NAME --role admin&quot;</source>
        <translation>--user：该数据库还没有账号；请先用“user add 姓名 --role admin”创建管理员</translation>
    </message>
    <message>
        <source>This database has accounts: give --user NAME, with the password on standard input or in ESTATEDESK_PASSWORD.</source>
        <translation>该数据库已启用账号：请给出 --user 姓名，并在标准输入或 ESTATEDESK_PASSWORD 中给出密码。</translation>
    </message>
    <message>
        <source>the staff member&apos;s NAME</source>
        <translation>员工姓名</translation>
    </message>
    <message>
        <source>--role: give one of %1</source>
        <translation>--role：请给出以下之一：%1</translation>
    </message>
    <message>
        <source>--role: the first account of a database is its administrator (--role admin)</source>
        <translation>--role：数据库的第一个账号必须是管理员（--role admin）</translation>
    </message>
    <message>
        <source>Account %1 (%2) is ready.</source>
        <translation>账号 %1（%2）已就绪。</translation>
    </message>
    <message>
        <source>the TEXT to look for</source>
        <translation>要查找的内容</translation>
    </message>
    <message>
        <source>the report NAME (%1)</source>
        <translation>报表名称（%1）</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date like 2026-11-27</source>
        <translation>--date：“%1”不是形如 2026-11-27 的日期</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 已写入 %2。</translation>
    </message>
    <message>
        <source>--staff: no staff member is called &quot;%1&quot;</source>
        <translation>--staff：没有名为“%1”的员工</translation>
    </message>
    <message>
        <source>--item works with sla explain</source>
        <translation>--item 只能与 sla explain 一起使用</translation>
    </message>
    <message>
        <source>--item: &quot;%1&quot; is not KIND:ID as overdue prints them, e.g. complaint-solution:12 (KIND one of %2)</source>
        <translation>--item：“%1”不是 overdue 输出的“类型:编号”格式，例如 complaint-solution:12（类型可选：%2）</translation>
    </message>
    <message>
        <source>--item: %1</source>
        <translation>--item：%1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a record number</source>
        <translation>%1：“%2”不是记录编号</translation>
    </message>
    <message>
        <source>Usage: estatedesk-cli visit register --phone P [--name N] --channel walk-in|phone|wechat|online|referral [--note TEXT]

Registers a visit, call or message exactly as the front desk does: a known phone (in any writing) is the returning client, an unknown one a new client (--name required); a walk-in goes to the next consultant of the rotation; the 15-minute response clock starts, outside office hours from the next opening (the after-hours queue).
Prints the consultation number, the client number and the consultant, tab-separated.
</source>
        <translation>用法：estatedesk-cli visit register --phone 电话 [--name 姓名] --channel walk-in|phone|wechat|online|referral [--note 备注]

与前台登记完全相同地登记一次来访、来电或留言：已登记的电话（任何写法）即为老客户，未登记的电话为新客户（须给出 --name）；到访客户按轮排交给下一位置业顾问；15 分钟响应时限开始计时，非工作时间从下一次上班开始计（非工作时间队列）。
输出咨询编号、客户编号和置业顾问，以制表符分隔。
</translation>
    </message>
    <message>
        <source>Usage: estatedesk-cli consultations [--open]

Every consultation, oldest first, or with --open only those still awaiting a response. One a line, tab-separated: number, client, received, response due (ISO 8601 in the office&apos;s time zone), state (on_track, due_soon, overdue, met, met_late).
</source>
        <translation>用法：estatedesk-cli consultations [--open]

列出全部咨询（最早的在前），加 --open 则只列出尚待答复的咨询。每行一条，以制表符分隔：编号、客户、收到时间、答复截止时间（办公室时区的 ISO 8601 时间）、状态（on_track 正常、due_soon 即将到期、overdue 已超时、met 已按时完成、met_late 逾期完成）。
</translation>
    </message>
    <message>
        <source>Usage: estatedesk-cli consultation respond ID [--note TEXT]

Records the response to consultation ID now (or at the time --at gives), as the --user account: its 15-minute clock stops, met or met late, and the client&apos;s timeline gets the response with TEXT. Prints the number, the response time and the state, tab-separated.
</source>
        <translation>用法：estatedesk-cli consultation respond 编号 [--note 内容]

以 --user 账号的身份，记录此刻（或 --at 给出的时间）对该咨询的答复：15 分钟时限停止计时，结果为按时完成或逾期完成，客户的服务记录中加入这次答复及其内容。输出编号、答复时间和状态，以制表符分隔。
</translation>
    </message>
    <message>
        <source>Usage: estatedesk-cli clients show ID

The client&apos;s fields, one &quot;field&lt;TAB&gt;value&quot; a line (the phone masked where the role requires), an empty line, then the timeline, newest first, one act a line: time, kind, staff, content, result.
</source>
        <translation>用法：estatedesk-cli clients show 编号

先列出客户的各项信息，每行一项“字段&lt;TAB&gt;值”（按角色要求隐藏部分电话号码），空一行后列出服务记录（最新的在前），每行一条：时间、类型、员工、内容、结果。
</translation>
    </message>
    <message>
        <source>Usage: estatedesk-cli clients edit ID [--name N] [--phone P] [--gender male|female|&quot;&quot;] [--occupation O] [--source walk-in|phone|wechat|online|referral|other] [--notes TEXT]

Changes the given fields of client ID (an empty value clears an optional field). A phone another client has is refused; the change is audited.
</source>
        <translation>用法：estatedesk-cli clients edit 编号 [--name 姓名] [--phone 电话] [--gender male|female|&quot;&quot;] [--occupation 职业] [--source walk-in|phone|wechat|online|referral|other] [--notes 备注]

修改该客户给出的各项信息（选填项给空值即清空）。其他客户已使用的电话会被拒绝；修改记入审计日志。
</translation>
    </message>
    <message>
        <source>Usage: estatedesk-cli record add --client ID --kind call|wechat|visit|message|other --content TEXT [--result TEXT]

Logs a service act on the client&apos;s timeline, as the --user account, now. Prints the number of the service record.
</source>
        <translation>用法：estatedesk-cli record add --client 编号 --kind call|wechat|visit|message|other --content 内容 [--result 结果]

以 --user 账号的身份，在客户的服务记录中记下此刻的一次服务。输出这条服务记录的编号。
</translation>
    </message>
    <message>
        <source>visit register needs --phone P</source>
        <translation>visit register 需要 --phone 电话</translation>
    </message>
    <message>
        <source>--channel: give one of %1</source>
        <translation>--channel：请给出以下之一：%1</translation>
    </message>
    <message>
        <source>the consultation ID</source>
        <translation>咨询编号</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>the client ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>clients edit needs at least one of %1</source>
        <translation>clients edit 至少需要以下之一：%1</translation>
    </message>
    <message>
        <source>Client No. %1 saved (version %2).</source>
        <translation>客户 %1 号已保存（版本 %2）。</translation>
    </message>
    <message>
        <source>record add needs --client ID</source>
        <translation>record add 需要 --client 编号</translation>
    </message>
    <message>
        <source>--kind: give one of %1</source>
        <translation>--kind：请给出以下之一：%1</translation>
    </message>
    <message>
        <source>record add needs --content TEXT: what was said or done</source>
        <translation>record add 需要 --content 内容：说了什么或做了什么</translation>
    </message>
    <message>
        <source>Usage: estatedesk-cli installments [--contract ID] [--open]

The installments of every contract, or of contract ID; with --open only those not yet paid in full. One a line, tab-separated: installment ID, contract number, due date, amount and paid so far in yuan.
</source>
        <translation>用法：estatedesk-cli installments [--contract ID] [--open]

列出所有合同的分期款，或合同 ID 的分期款；加 --open 只列出尚未付清的。每行一期，以制表符分隔：分期款编号、合同编号、应付日期、金额和已付金额（元）。
</translation>
    </message>
    <message>
        <source>Usage: estatedesk-cli receipt add --installment ID --amount YUAN [--method M]

Records a payment received today against installment ID, as the --user account (the same rights as the Contracts page). More than is still owed is refused, so two receipts for the same money cannot both be kept. Prints the installment as installments does.
</source>
        <translation>用法：estatedesk-cli receipt add --installment ID --amount YUAN [--method M]

以 --user 账号登记今天收到的一笔分期款 ID 的付款（权限与“合同”页相同）。超过尚欠金额的付款会被拒绝，因此同一笔钱不会被登记两次。按 installments 的格式输出该期分期款。
</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan such as 12000 or 12000.50</source>
        <translation>%1：“%2”不是以元为单位的金额，例如 12000 或 12000.50</translation>
    </message>
    <message>
        <source>receipt add needs --installment ID</source>
        <translation>receipt add 需要 --installment ID</translation>
    </message>
    <message>
        <source>receipt add needs --amount YUAN</source>
        <translation>receipt add 需要 --amount 金额（元）</translation>
    </message>
    <message>
        <source>Fills a new practice database with realistic sample office data in proportion to N clients.</source>
        <translation>在新的练习数据库中填入与 N 位客户相称的逼真演示数据。</translation>
    </message>
    <message>
        <source>Checks the database&apos;s integrity and rules, the audit log&apos;s chain included; prints &quot;ok&quot; or the problems.</source>
        <translation>检查数据库的完整性和各项规则（包括审计日志链）；输出“ok”或发现的问题。</translation>
    </message>
    <message>
        <source>Imports clients from a CSV file (UTF-8 or GB18030 from Excel); any bad line imports nothing and every bad line is named.</source>
        <translation>从 CSV 文件（UTF-8，或 Excel 导出的 GB18030）导入客户；只要有一行有误就不导入任何数据，并逐一指出有误的行。</translation>
    </message>
    <message>
        <source>Writes every client to a CSV file.</source>
        <translation>把全部客户写入 CSV 文件。</translation>
    </message>
    <message>
        <source>Imports holidays and make-up working days (date,kind,name); open deadlines are recomputed.</source>
        <translation>导入节假日和调休上班日（date,kind,name）；未完成的时限随之重新计算。</translation>
    </message>
    <message>
        <source>Writes the holiday calendar, or one year of it, to a CSV file.</source>
        <translation>把节假日日历（或其中一年）写入 CSV 文件。</translation>
    </message>
    <message>
        <source>Prints when a deadline of policy NAME started at that time falls due.</source>
        <translation>输出按该时限规则、从该时间开始计算的截止时间。</translation>
    </message>
    <message>
        <source>Explains that deadline: which days were counted and which were skipped, and why.</source>
        <translation>说明该时限的计算：计入了哪些日子、跳过了哪些日子以及原因。</translation>
    </message>
    <message>
        <source>Explains the deadline of one real item (KIND and ID as overdue prints them), with its pauses.</source>
        <translation>说明一个实际事项的时限（类型和编号按 overdue 的输出填写），包括暂停的时段。</translation>
    </message>
    <message>
        <source>Lists every open item past its deadline: kind, id, client, staff, due, minutes overdue.</source>
        <translation>列出所有已超时的未完成事项：类型、编号、客户、员工、截止时间、超时分钟数。</translation>
    </message>
    <message>
        <source>Searches clients as the front desk does (phone digits, name, pinyin or initials), best match first.</source>
        <translation>像前台一样查找客户（电话数字、姓名、拼音或首字母），最匹配的在前。</translation>
    </message>
    <message>
        <source>Prints the client&apos;s fields, then the timeline of service acts.</source>
        <translation>输出客户的各项信息，再列出服务记录。</translation>
    </message>
    <message>
        <source>Changes the given fields of a client; the change is audited.</source>
        <translation>修改客户给出的各项信息；修改记入审计日志。</translation>
    </message>
    <message>
        <source>Creates a staff account, the password read from standard input; the first account is the administrator.</source>
        <translation>创建员工账号，密码从标准输入读取；第一个账号是管理员。</translation>
    </message>
    <message>
        <source>Registers a visit, call or message as the front desk does; prints the consultation, client and consultant.</source>
        <translation>像前台一样登记一次来访、来电或留言；输出咨询、客户和置业顾问。</translation>
    </message>
    <message>
        <source>Lists consultations with their response deadline and state.</source>
        <translation>列出咨询及其答复时限和状态。</translation>
    </message>
    <message>
        <source>Records the response to a consultation and stops its 15-minute clock.</source>
        <translation>记录对咨询的答复，并停止其 15 分钟计时。</translation>
    </message>
    <message>
        <source>Logs a service act on a client&apos;s timeline.</source>
        <translation>在客户的服务记录中记下一次服务。</translation>
    </message>
    <message>
        <source>Lists the installments of every contract or of one, with what is paid so far.</source>
        <translation>列出全部合同（或某一份合同）的分期款及已付金额。</translation>
    </message>
    <message>
        <source>Records a payment received today against an installment.</source>
        <translation>记录今天收到的一笔分期付款。</translation>
    </message>
    <message>
        <source>Runs the scheduled jobs that are due (escalations, missed installments, follow-ups, retention, backups) once across all PCs.</source>
        <translation>运行已到时间的定时任务（升级提醒、逾期分期、跟进、记录保存清理、备份），所有电脑只运行一次。</translation>
    </message>
    <message>
        <source>Usage: estatedesk-cli %1</source>
        <translation>用法：estatedesk-cli %1</translation>
    </message>
    <message>
        <source>The console program of EstateDesk, the sales centre&apos;s service desk: scripting, scheduled reports and backups on the same database as the desktop program.</source>
        <translation>楼盘客服台的命令行程序：在与桌面程序相同的数据库上运行脚本、定时报表和备份。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>the SQLite database (default: the desktop program&apos;s, in your data folder)</source>
        <translation>SQLite 数据库（默认：桌面程序所用的、位于您的数据文件夹中的数据库）</translation>
    </message>
    <message>
        <source>a PostgreSQL server, e.g. &quot;host=H port=P dbname=D user=U&quot; or &quot;service=NAME&quot;; the password from PGPASSWORD, ~/.pgpass or the service file</source>
        <translation>PostgreSQL 服务器，例如“host=主机 port=端口 dbname=数据库 user=用户”或“service=名称”；密码取自 PGPASSWORD、~/.pgpass 或服务文件</translation>
    </message>
    <message>
        <source>the account that runs the command; its password on standard input or in ESTATEDESK_PASSWORD</source>
        <translation>运行命令的账号；密码在标准输入或 ESTATEDESK_PASSWORD 中给出</translation>
    </message>
    <message>
        <source>this help; COMMAND --help shows one command&apos;s</source>
        <translation>本帮助；“命令 --help”显示单个命令的帮助</translation>
    </message>
    <message>
        <source>the program&apos;s version</source>
        <translation>程序版本</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>退出状态：</translation>
    </message>
    <message>
        <source>0 done, 1 the data says no (validation, conflict, not found), 2 a wrong command line, 3 storage or server trouble, 4 sign-in or permission refused.</source>
        <translation>0 完成；1 数据不允许（校验未通过、冲突、未找到）；2 命令行有误；3 存储或服务器出错；4 登录或权限被拒绝。</translation>
    </message>
    <message>
        <source>Copies this SQLite office (--db FILE) into an empty PostgreSQL database in one transaction, then compares every table&apos;s row count and checks the server&apos;s copy (administrators).</source>
        <translation>把本 SQLite 文件中的办公室数据在一个事务内复制到空的 PostgreSQL 数据库，然后逐表比对行数并检查服务器上的副本（仅管理员）。</translation>
    </message>
    <message>
        <source>Usage: estatedesk-cli migrate-to --pg CONNECTION

Moves the office in the SQLite file (--db FILE, or the desktop program&apos;s) onto a PostgreSQL server: takes a consistent copy of the file, creates the schema in the server&apos;s database (which must not hold an office yet), copies every row in one transaction, then counts each table on both sides and checks the server&apos;s copy as check does. Prints one line a table, tab-separated: table, rows copied, rows on the server; then the result. The file is not changed: keep it as the last copy before the move. Exit status 1 when a count or the check differs.
</source>
        <translation>用法：estatedesk-cli migrate-to --pg CONNECTION

把 SQLite 文件（--db FILE，或桌面程序使用的文件）中的办公室数据迁移到 PostgreSQL 服务器：先取得文件的一致副本，在服务器的数据库中建表（该数据库中不能已有办公室数据），在一个事务内复制全部记录，然后逐表统计两边的行数，并像 check 一样检查服务器上的副本。每张表输出一行，以制表符分隔：表名、复制的行数、服务器上的行数；最后输出结果。原文件不作任何改动：请保留它作为迁移前的最后一份副本。行数或检查结果不一致时退出状态为 1。
</translation>
    </message>
    <message>
        <source>migrate-to moves a SQLite office to a server: estatedesk-cli --db FILE migrate-to --pg CONNECTION</source>
        <translation>migrate-to 用于把 SQLite 文件中的办公室数据迁移到服务器：estatedesk-cli --db FILE migrate-to --pg CONNECTION</translation>
    </message>
    <message>
        <source>Moved %1 to %2: every table&apos;s rows counted equal, check ok.</source>
        <translation>已将 %1 迁移到 %2：各表行数一致，检查通过。</translation>
    </message>
    <message>
        <source>Moved %1 to %2, but the counts or the check above differ: keep using the file and report this.</source>
        <translation>已将 %1 迁移到 %2，但上面的行数或检查结果不一致：请继续使用原文件，并报告此问题。</translation>
    </message>
    <message>
        <source>--db: there is no office file %1 to move</source>
        <translation>--db：要迁移的办公室文件 %1 不存在</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO 8601 time such as 2026-11-27T10:00:00+08:00</source>
        <translation>%1：“%2”不是 ISO 8601 时间，例如 2026-11-27T10:00:00+08:00</translation>
    </message>
    <message>
        <source>report needs --out FILE (.pdf, .xlsx, .csv or .html)</source>
        <translation>report 需要 --out 文件（.pdf、.xlsx、.csv 或 .html）</translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; must end in .pdf, .xlsx, .csv or .html</source>
        <translation>--out：“%1”的扩展名须为 .pdf、.xlsx、.csv 或 .html</translation>
    </message>
    <message>
        <source>Also written: %1</source>
        <translation>同时写入：%1</translation>
    </message>
    <message>
        <source>Writes an office report; NAME is reception-daily (--date), overdue, complaint-compliance (--month), appraisal (--month [--staff NAME]), survey (--quarter), training (--month), service-analysis (--month) or trends (--month: the 12 months up to it).</source>
        <translation>生成办公报表；名称可选 reception-daily（--date）、overdue、complaint-compliance（--month）、appraisal（--month [--staff 姓名]）、survey（--quarter）、training（--month）、service-analysis（--month）或 trends（--month：截至该月的 12 个月）。</translation>
    </message>
    <message>
        <source>%1: the %2 report takes no period option</source>
        <translation>%1：%2 报表不接受期间选项</translation>
    </message>
    <message>
        <source>%1: the %2 report takes %3</source>
        <translation>%1：%2 报表只接受 %3</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to FILE while others work, and records it in the audit log (administrators).</source>
        <translation>在他人照常使用时，把数据库的一致副本写入文件，并记入审计日志（限管理员）。</translation>
    </message>
    <message>
        <source>Verifies the copy FILE and its audit log&apos;s hash chain, then replaces every row of the database with it and records that in the audit log (administrators). A copy whose audit log was changed is refused, naming the first broken entry; --force restores it anyway.</source>
        <translation>先核验副本文件及其审计日志的哈希链，再用它替换数据库中的全部数据并记入审计日志（限管理员）。审计日志被改动过的副本会被拒绝，并指出第一条被破坏的记录；加 --force 可强制恢复。</translation>
    </message>
    <message>
        <source>Put %1 in place of the damaged %2, which is kept beside it.</source>
        <translation>已用 %1 替换损坏的 %2，损坏的文件保留在旁边。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not between the years 2000 and 2099</source>
        <translation>%1：“%2”不在 2000 年至 2099 年之间</translation>
    </message>
    <message>
        <source>Creates the database, or upgrades an older one after a backup; prints the schema version. --practice marks a new, empty database as a practice database, for training and tests.</source>
        <translation>创建数据库，或先备份再升级旧数据库；输出结构版本。--practice 将新建的空数据库标记为练习数据库，用于培训和测试。</translation>
    </message>
    <message>
        <source>&quot;now&quot; for the commands that read; for writing only on a practice database (made by demo or init --practice): sign-in and every stamp on an office&apos;s real database use the real time</source>
        <translation>只读命令的“当前时间”；仅在练习数据库（由 demo 或 init --practice 创建）上可用于写入：在正式数据库上，登录和写入的每个时间都使用真实时间</translation>
    </message>
    <message>
        <source>--at: %1 writes, and this office&apos;s database is written to at the real time only. --at sets &quot;as of&quot; for the commands that read (%2), and for every command on a practice database (made by demo or init --practice).</source>
        <translation>--at：%1 会写入数据，而本单位的正式数据库只按真实时间写入。--at 只为只读命令（%2）设定“截至时间”，或用于练习数据库（由 demo 或 init --practice 创建）上的任何命令。</translation>
    </message>
    <message>
        <source>A practice database: the window&apos;s title says so, and --at is taken for writing too.</source>
        <translation>这是练习数据库：窗口标题会注明，写入时也接受 --at。</translation>
    </message>
    <message>
        <source>Lists a client&apos;s other phone numbers, or adds or removes one; the change is audited.</source>
        <translation>列出客户的其他电话，或添加、删除一个；修改记入审计日志。</translation>
    </message>
    <message>
        <source>Usage: estatedesk-cli clients phones ID [--add P [--label L] | --remove P]

The other phone numbers of client ID besides the main one, one a line: number (masked where the role requires), tab, label. --add adds number P (any writing, checked like the main one; a number any client has is refused), with an optional label such as &quot;work&quot;; --remove removes it. The front desk, the search and visit register find the client by each of them. The change is audited.
</source>
        <translation>用法：estatedesk-cli clients phones ID [--add P [--label L] | --remove P]

客户 ID 除主电话外的其他电话，每行一个：号码（按角色要求打码）、制表符、备注。--add 添加号码 P（任意写法，与主电话同样检查；任何客户已有的号码都会被拒绝），可附备注，如 &quot;工作&quot;；--remove 删除该号码。前台、搜索和 visit register 都能通过这些号码找到该客户。修改记入审计日志。
</translation>
    </message>
    <message>
        <source>clients phones takes --add or --remove, not both</source>
        <translation>clients phones 只能用 --add 或 --remove 之一，不能同时使用</translation>
    </message>
    <message>
        <source>--label goes with --add</source>
        <translation>--label 须与 --add 一起使用</translation>
    </message>
    <message>
        <source>Reverses (冲正) a receipt entered by mistake: it stays, marked, and no longer counts as paid.</source>
        <translation>冲正一笔登记错误的收款：该收款保留并标记为已冲正，不再计入已付。</translation>
    </message>
    <message>
        <source>Lists the receipts of a contract&apos;s installments, reversed ones marked.</source>
        <translation>列出某合同各期款项的收款记录，已冲正的会标明。</translation>
    </message>
    <message>
        <source>Usage: estatedesk-cli receipt reverse RECEIPT_ID --reason TEXT

Reverses (冲正) receipt RECEIPT_ID (the first column of receipts) entered by mistake, as the --user account: supervisors and administrators only. The receipt stays, marked reversed with who, when and TEXT; its amount no longer counts as paid, and an installment it had paid in full is owed again (its deadline runs again). Audited and on the client&apos;s timeline; a reversed receipt is not reversed again. Prints the receipt as receipts does.
</source>
        <translation>用法：estatedesk-cli receipt reverse RECEIPT_ID --reason TEXT

以 --user 账号冲正登记错误的收款 RECEIPT_ID（receipts 输出的第一列）：仅限主管和管理员。该收款保留，标记为已冲正，并记下冲正人、时间和原因 TEXT；其金额不再计入已付，原已付清的那期款项重新变为待付（时限重新计时）。操作记入审计日志和客户的服务时间线；已冲正的收款不能再次冲正。按 receipts 的格式输出该收款。
</translation>
    </message>
    <message>
        <source>Usage: estatedesk-cli receipts --contract ID

The receipts of contract ID&apos;s installments, by installment. One a line, tab-separated: receipt ID, installment ID, date received, amount in yuan, how paid, then &quot;reversed&quot; and the reason for a reversed receipt, or &quot;received&quot; and the evidence of a late entry.
</source>
        <translation>用法：estatedesk-cli receipts --contract ID

合同 ID 各期款项的收款记录，按期排列。每行一笔，以制表符分隔：收款编号、款项编号、收款日期、金额（元）、付款方式，然后对已冲正的收款为“reversed”和冲正原因，否则为“received”和补录凭证。
</translation>
    </message>
    <message>
        <source>receipts needs --contract ID</source>
        <translation>receipts 需要 --contract ID</translation>
    </message>
    <message>
        <source>the RECEIPT_ID</source>
        <translation>收款编号 RECEIPT_ID</translation>
    </message>
    <message>
        <source>receipt reverse needs --reason TEXT: why the receipt is reversed</source>
        <translation>receipt reverse 需要 --reason TEXT：冲正的原因</translation>
    </message>
</context>
<context>
    <name>ClientCsv</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1：无法打开（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a header row with name and phone columns</source>
        <translation>%1：文件是空的；第一行应为表头，至少包含姓名和电话两列</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is not known and was ignored</source>
        <translation>不认识的列“%1”，已忽略</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>列“%1”出现了两次</translation>
    </message>
    <message>
        <source>the header has no %1 column (%2)</source>
        <translation>表头缺少%1列（%2）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not 男/女 or male/female</source>
        <translation>%1：“%2”不是 男/女 或 male/female</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known interest</source>
        <translation>%1：“%2”不是已知的关注点</translation>
    </message>
    <message>
        <source>%1: no staff member is called &quot;%2&quot;</source>
        <translation>%1：没有名为“%2”的员工</translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation>%1：必填</translation>
    </message>
    <message>
        <source>%1: %2 already belongs to client %3</source>
        <translation>%1：%2 已属于客户 %3</translation>
    </message>
    <message>
        <source>%1: %2 is also on line %3</source>
        <translation>%1：%2 与第 %3 行重复</translation>
    </message>
    <message>
        <source>%1: there are no client rows below the header</source>
        <translation>%1：表头下面没有客户数据</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the channels; kept as written, as %3</source>
        <translation>%1：“%2”不是系统中的来源渠道，已按原文保留为“%3”</translation>
    </message>
    <message>
        <source>%1: %2 was registered for client %3 by another user while this file was being imported</source>
        <translation>%1：导入本文件期间，%2 已被其他用户登记给客户 %3</translation>
    </message>
    <message>
        <source>A phone number of the file was taken meanwhile</source>
        <translation>文件中的电话号码在导入期间已被他人登记</translation>
    </message>
</context>
<context>
    <name>ClientPhones</name>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>%1: %2 is already one of this client&apos;s other numbers; remove it there first</source>
        <translation>%1：%2 已是该客户的其他电话，请先从其他电话中删除</translation>
    </message>
    <message>
        <source>%1: %2 is already this client&apos;s main number</source>
        <translation>%1：%2 已是该客户的主电话</translation>
    </message>
    <message>
        <source>%1: %2 already belongs to client %3 (No. %4)</source>
        <translation>%1：%2 已属于客户 %3（编号 %4）</translation>
    </message>
    <message>
        <source>%1: %2 already belongs to client %3 (No. %4) as another number</source>
        <translation>%1：%2 已是客户 %3（编号 %4）的其他电话</translation>
    </message>
    <message>
        <source>The client No. %1 does not exist.</source>
        <translation>客户第 %1 号不存在。</translation>
    </message>
    <message>
        <source>Not allowed: %1 is another consultant&apos;s client.</source>
        <translation>无权操作：%1 是其他置业顾问的客户。</translation>
    </message>
    <message>
        <source>Label of the other phone: at most %1 characters</source>
        <translation>其他电话的备注：最多 %1 个字符</translation>
    </message>
    <message>
        <source>%1: %2 is already one of this client&apos;s other numbers</source>
        <translation>%1：%2 已是该客户的其他电话</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>%1: %2 is not one of this client&apos;s other numbers</source>
        <translation>%1：%2 不是该客户的其他电话</translation>
    </message>
    <message>
        <source>merged No. %1</source>
        <translation>由编号 %1 并入</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Not allowed: %1 is another consultant&apos;s client.</source>
        <translation>无权操作：%1 是其他置业顾问的客户。</translation>
    </message>
    <message>
        <source>Client: choose two different clients to merge</source>
        <translation>客户：请选择两位不同的客户进行合并</translation>
    </message>
    <message>
        <source>Duplicate record No. %1 (%2) merged into this client</source>
        <translation>重复记录 %1 号（%2）已并入本客户</translation>
    </message>
    <message>
        <source>Not allowed: the notes of %1 are hidden from your role, so you may not change them.</source>
        <translation>无权操作：%1 的备注对您的角色不可见，因此不能修改。</translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>初步响应</translation>
    </message>
    <message>
        <source>Solution proposed</source>
        <translation>已给出方案</translation>
    </message>
    <message>
        <source>Arrived on site</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <source>Waiting for the client</source>
        <translation>等待客户回复</translation>
    </message>
    <message>
        <source>Client replied, clock resumed</source>
        <translation>客户已回复，恢复计时</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <source>Escalated to the supervisors</source>
        <translation>已上报主管</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>修改了投诉信息</translation>
    </message>
    <message>
        <source>Severity: only an emergency complaint records the arrival on site (No. %1 is %2).</source>
        <translation>紧急程度：只有紧急投诉才登记到场时间（第 %1 号为“%2”）。</translation>
    </message>
    <message>
        <source>Status: complaint No. %1 is &quot;%2&quot;; &quot;%3&quot; cannot follow that.</source>
        <translation>状态：第 %1 号投诉当前为“%2”，不能进行“%3”。</translation>
    </message>
    <message>
        <source>Complaint No. %1: %2</source>
        <translation>投诉第 %1 号：%2</translation>
    </message>
    <message>
        <source>Complaint No. %1: %2 — %3</source>
        <translation>投诉第 %1 号：%2 —— %3</translation>
    </message>
    <message>
        <source>Received at: cannot be in the future</source>
        <translation>受理时间：不能晚于现在</translation>
    </message>
    <message>
        <source>Note: say what solution was proposed</source>
        <translation>备注：请写明给出的处理方案</translation>
    </message>
    <message>
        <source>Arrival on site: already recorded for complaint No. %1</source>
        <translation>到场时间：第 %1 号投诉已登记过</translation>
    </message>
    <message>
        <source>Arrival on site: must lie between the complaint&apos;s intake and now</source>
        <translation>到场时间：须在投诉受理之后、现在之前</translation>
    </message>
    <message>
        <source>Status: complaint No. %1 is already waiting for the client</source>
        <translation>状态：第 %1 号投诉已在等待客户回复</translation>
    </message>
    <message>
        <source>Status: complaint No. %1 is not waiting for the client</source>
        <translation>状态：第 %1 号投诉并未在等待客户回复</translation>
    </message>
    <message>
        <source>Satisfaction: a score from 1 to 5</source>
        <translation>满意度：请打 1 到 5 分</translation>
    </message>
    <message>
        <source>Outcome: say what the client said</source>
        <translation>回访结果：请记录客户的意见</translation>
    </message>
    <message>
        <source>satisfaction %1/5, %2: %3</source>
        <translation>满意度 %1/5，%2：%3</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>The client was not satisfied at the return visit: %1</source>
        <translation>回访时客户不满意：%1</translation>
    </message>
    <message>
        <source>Note: say why the complaint is reopened</source>
        <translation>备注：请写明重新处理的原因</translation>
    </message>
</context>
<context>
    <name>ConsultationRepository</name>
    <message>
        <source>consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Consultation received</source>
        <translation>收到咨询</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>First response to the consultation</source>
        <translation>首次答复咨询</translation>
    </message>
    <message>
        <source>Responded at: this consultation was already answered at %1</source>
        <translation>答复时间：该咨询已于 %1 答复过了</translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message>
        <source>contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Unit: this unit already has contract %1; cancel it before selling the unit again</source>
        <translation>房源：该房源已有合同 %1；请先作废该合同再重新销售</translation>
    </message>
    <message>
        <source>Unit: another contract for this unit was saved a moment ago; nothing was saved</source>
        <translation>房源：刚刚有人为该房源保存了另一份合同；本次未保存</translation>
    </message>
    <message>
        <source>Contract %1 created</source>
        <translation>已创建合同 %1</translation>
    </message>
    <message>
        <source>Contract %1 status changed</source>
        <translation>合同 %1 状态已变更</translation>
    </message>
    <message>
        <source>Document type: &quot;%1&quot; is not resident_id, passport, hk_macao_permit or taiwan_permit</source>
        <translation>证件类型：“%1”不是 resident_id（居民身份证）、passport（护照）、hk_macao_permit（港澳通行证）或 taiwan_permit（台胞证）</translation>
    </message>
    <message>
        <source>Question: required</source>
        <translation>问题：必填</translation>
    </message>
    <message>
        <source>Answer: required</source>
        <translation>解答：必填</translation>
    </message>
    <message>
        <source>The contract question No. %1 does not exist.</source>
        <translation>合同问题 %1 号不存在。</translation>
    </message>
    <message>
        <source>Contract %1: %2</source>
        <translation>合同 %1：%2</translation>
    </message>
    <message>
        <source>Status: a %1 contract cannot become %2</source>
        <translation>状态：“%1”的合同不能改为“%2”</translation>
    </message>
    <message>
        <source>ID number: verify the buyer&apos;s identity before signing</source>
        <translation>证件号码：签约前须核验购房人身份</translation>
    </message>
    <message>
        <source>Number: contract number %1 is already used; nothing was saved</source>
        <translation>编号：合同编号 %1 已被使用；本次未保存</translation>
    </message>
    <message>
        <source>Not allowed: %1 is %2&apos;s sale (the client&apos;s or the contract&apos;s consultant); their supervisor can act on it.</source>
        <translation>无权操作：%1 属于%2的销售（客户或合同的置业顾问）；可由主管处理。</translation>
    </message>
    <message>
        <source>this contract</source>
        <translation>此合同</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>合同 %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 and GB18030 is not available to read it.</source>
        <translation>文件不是 UTF-8 编码，且本机无法读取 GB18030 编码。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (missing &quot;)</source>
        <translation>第 %1 行：引号内的字段没有结束（缺少 &quot;）</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>bytes that are not valid %1, the encoding this file is read in; correct the line or save the file again as UTF-8</source>
        <translation>含有不符合 %1 编码的字节（本文件按 %1 读取）；请改正该行，或将文件重新保存为 UTF-8 后再导入</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>See &quot;Sharing one database between several PCs&quot; in the README to set up a PostgreSQL server instead.</source>
        <translation>请参阅说明文档中的“多台电脑共用一个数据库”，改用 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>No database file given.</source>
        <translation>没有指定数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database file.</source>
        <translation>无法为数据库文件创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The database file %1 is on a network drive (%2). SQLite files on network drives get corrupted when several PCs use them. %3</source>
        <translation>数据库文件 %1 位于网络驱动器（%2）上。多台电脑同时使用网络驱动器上的 SQLite 文件会导致数据损坏。%3</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver is not installed (package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>A part of the change failed; nothing was saved.</source>
        <translation>部分修改失败；所有修改均未保存。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in the PostgreSQL connection; use host, port, dbname, user, password, %2. The password is best kept out of it: in PGPASSWORD, ~/.pgpass or a service of pg_service.conf (service=NAME).</source>
        <translation>PostgreSQL 连接中有无法识别的参数“%1”；可用的参数有 host、port、dbname、user、password、%2。密码最好不要写在连接里，而是放在 PGPASSWORD、~/.pgpass 或 pg_service.conf 的服务（service=名称）中。</translation>
    </message>
    <message>
        <source>The office server (%1) cannot be reached; nothing was saved. What you typed is still on the screen: EstateDesk reconnects by itself, then try again.</source>
        <translation>无法连接办公室服务器（%1），未保存任何内容。您输入的内容仍在屏幕上：楼盘客服台会自动重新连接，连上后请再试一次。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2); nothing was saved. Until an administrator restores a good backup (Settings → Backups) or repairs the file, EstateDesk only reads it.</source>
        <translation>数据库文件 %1 已损坏（%2），未保存任何内容。在管理员恢复完好的备份（设置 → 备份）或修复该文件之前，楼盘客服台只读取它。</translation>
    </message>
    <message>
        <source>The database file %1 is empty (0 bytes): it holds no office. If it should, restore its latest backup; to start a new office there, delete the empty file and run &quot;estatedesk-cli init&quot;.</source>
        <translation>数据库文件 %1 是空的（0 字节），其中没有任何数据。如果它本应有数据，请恢复最新的备份；如要在此新建数据库，请先删除这个空文件，再运行“estatedesk-cli init”。</translation>
    </message>
    <message>
        <source>There is no database file %1; nothing was created. Check the path (--db). A new office database is made only by &quot;estatedesk-cli init&quot; or the first start of EstateDesk.</source>
        <translation>数据库文件 %1 不存在；未创建任何文件。请检查路径（--db）。新数据库只能由“estatedesk-cli init”或楼盘客服台首次启动时创建。</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Another program deleted the write-ahead log of the database file %1 (the file %1-wal) while this window had it open; nothing was saved, because what this window saves now would be lost. Close EstateDesk and start it again: what was saved before is in the file.</source>
        <translation>本窗口打开着数据库文件 %1 时，另一个程序删除了它的预写日志（文件 %1-wal）；本窗口现在保存的内容会丢失，所以这次没有保存。请关闭楼盘客服台后重新打开：此前保存的内容都在文件里。</translation>
    </message>
</context>
<context>
    <name>DeadlineCell</name>
    <message>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
</context>
<context>
    <name>DeadlineEngine</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy: %1, %2.</source>
        <translation>规则：%1，%2。</translation>
    </message>
    <message>
        <source>Started: %1.</source>
        <translation>开始：%1。</translation>
    </message>
    <message>
        <source>Waiting for the client does not stop this policy&apos;s clock.</source>
        <translation>该规则在“等待客户”期间不暂停计时。</translation>
    </message>
    <message>
        <source>Plus %1 on the wall clock.</source>
        <translation>加上 %1（自然时间）。</translation>
    </message>
    <message>
        <source>Plus %1 waiting for the client (%2 to %3).</source>
        <translation>加上等待客户的 %1（%2 至 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>Plus %n working day(s) waiting for the client (%1 to %2).</source>
        <translation>
            <numerusform>加上等待客户的 %n 个工作日（%1 至 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The day of the start, %1, is not counted (Civil Code art. 201); counting starts the next day.</source>
        <translation>开始当天 %1 不计入（《民法典》第二百零一条），从次日起算。</translation>
    </message>
    <message>
        <source>%1: working day %2 (%3).</source>
        <translation>%1：第 %2 个工作日（%3）。</translation>
    </message>
    <message>
        <source>%1: skipped, %2.</source>
        <translation>%1：跳过，%2。</translation>
    </message>
    <message>
        <source>Due at close of business, %1.</source>
        <translation>截止于下班时间 %1。</translation>
    </message>
    <message>
        <source>Provisional: no official holiday schedule is published yet for a year counted here.</source>
        <translation>暂定：计算涉及的年份尚未公布官方节假日安排。</translation>
    </message>
    <message>
        <source>Due: %1.</source>
        <translation>截止：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s) before %1 is %2.</source>
        <translation>
            <numerusform>%1 之前 %n 个自然日为 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Due date: %1.</source>
        <translation>到期日：%1。</translation>
    </message>
    <message>
        <source>Due at the end of %1.</source>
        <translation>截止于 %1 当天结束。</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>超时完成</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停计时</translation>
    </message>
</context>
<context>
    <name>DeadlinePolicy</name>
    <message>
        <source>Consultation response</source>
        <translation>咨询响应</translation>
    </message>
    <message>
        <source>Complaint first response</source>
        <translation>投诉初步响应</translation>
    </message>
    <message>
        <source>Complaint solution</source>
        <translation>投诉处理方案</translation>
    </message>
    <message>
        <source>Emergency on site</source>
        <translation>紧急事务到场</translation>
    </message>
    <message>
        <source>Defect rectification</source>
        <translation>问题整改</translation>
    </message>
    <message>
        <source>Handover notice</source>
        <translation>交房通知</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>分期付款</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>自然时间</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Calendar days before a date</source>
        <translation>指定日期前的自然日</translation>
    </message>
    <message>
        <source>End of a date</source>
        <translation>指定日期当天结束</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>提前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>end of the due date</source>
        <translation>到期日当天结束</translation>
    </message>
    <message>
        <source>Policy: &quot;%1&quot; is not one of %2</source>
        <translation>规则：“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>Length: give from 1 minute to 365 days</source>
        <translation>时长：请填写 1 分钟到 365 天</translation>
    </message>
    <message>
        <source>Length: give from 1 to 365 days</source>
        <translation>时长：请填写 1 到 365 天</translation>
    </message>
    <message>
        <source>Due soon: give a share from 0 to 100 %</source>
        <translation>即将到期：请填写 0 到 100 % 之间的比例</translation>
    </message>
    <message>
        <source>Visit after signing</source>
        <translation>签约后回访</translation>
    </message>
    <message>
        <source>Visit after handover</source>
        <translation>交房后回访</translation>
    </message>
</context>
<context>
    <name>DeadlineRepository</name>
    <message>
        <source>Policy: &quot;%1&quot; is not one of %2</source>
        <translation>规则：“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>Date: the %1 policy counts from a date</source>
        <translation>日期：“%1”规则按日期计算</translation>
    </message>
    <message>
        <source>Consultation No. %1</source>
        <translation>咨询 %1 号</translation>
    </message>
    <message>
        <source>Complaint No. %1</source>
        <translation>投诉 %1 号</translation>
    </message>
    <message>
        <source>Handover No. %1</source>
        <translation>交房 %1 号</translation>
    </message>
    <message>
        <source>Defect No. %1</source>
        <translation>问题 %1 号</translation>
    </message>
    <message>
        <source>Installment No. %1</source>
        <translation>分期款 %1 号</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>%1 号</translation>
    </message>
    <message>
        <source>%1 — %2, round %3.</source>
        <translation>%1 — %2（第 %3 轮）。</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Client: %1; responsible: %2.</source>
        <translation>客户：%1；负责人：%2。</translation>
    </message>
    <message>
        <source>Stopped %1: %2.</source>
        <translation>已于 %1 停止计时：%2。</translation>
    </message>
    <message>
        <source>State at %1: %2.</source>
        <translation>截至 %1 的状态：%2。</translation>
    </message>
    <message>
        <source>Round %1: the record was reopened, so this deadline is owed again, counted from %2.</source>
        <translation>第 %1 轮：该记录已重新打开，此时限重新计算，从 %2 起算。</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>This record has its own length, %1, instead of the policy&apos;s %2.</source>
        <translation>此记录单独设定了时长 %1，不采用规则的 %2。</translation>
    </message>
    <message>
        <source>Waiting for the client from %1 to %2.</source>
        <translation>等待客户：%1 至 %2。</translation>
    </message>
    <message>
        <source>Waiting for the client since %1: the clock stands still.</source>
        <translation>自 %1 起等待客户：暂停计时。</translation>
    </message>
    <message>
        <source>No waiting for the client so far.</source>
        <translation>目前没有等待客户的暂停。</translation>
    </message>
    <message>
        <source>Kept: due %1, as counted when it stopped; the policy or the calendar has changed since, and closed items never move.</source>
        <translation>保留原截止时间 %1（停止计时时的计算结果）；此后规则或日历已有变动，已结束的事项不再变动。</translation>
    </message>
    <message>
        <source>No %1 deadline is kept for record No. %2.</source>
        <translation>%2 号记录没有“%1”时限。</translation>
    </message>
    <message>
        <source>Return visit No. %1</source>
        <translation>回访 %1 号</translation>
    </message>
    <message>
        <source>Received %1, outside office hours: the response time counts from the next opening, %2.</source>
        <translation>%1 受理，在办公时间之外：响应时限从下一次开门 %2 起算。</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>--clients: give a number from 1 to 1000000</source>
        <translation>--clients：请给出 1 到 1000000 之间的数字</translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n client(s); demo data only goes into an empty database.</source>
        <translation>
            <numerusform>数据库中已有 %n 位客户；演示数据只能载入空数据库。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Not allowed: only a supervisor may erase a client&apos;s personal data.</source>
        <translation>无权操作：只有主管可以删除客户的个人信息。</translation>
    </message>
    <message>
        <source>The client No. %1 does not exist.</source>
        <translation>客户第 %1 号不存在。</translation>
    </message>
    <message>
        <source>Client: the personal data of No. %1 were erased already</source>
        <translation>客户：第 %1 号的个人信息已经删除过了</translation>
    </message>
    <message>
        <source>the buyer&apos;s name, ID document and co-buyers; the price, payment plan and receipts</source>
        <translation>买受人姓名、身份证件和共同购房人；房价、付款计划和收款记录</translation>
    </message>
    <message>
        <source>The signed sales contract is the record of the sale, filed with the housing authority (网签备案); claims under it can be raised for three years (民法典 art. 188), counted here from the handover. Receipts are accounting records (会计档案管理办法) and name nobody once the client is anonymised.</source>
        <translation>已签订的商品房买卖合同是这次买卖的凭据，已在住房管理部门网签备案；依合同提出请求的诉讼时效为三年（《民法典》第一百八十八条），这里从交房起算。收款记录属于会计档案（《会计档案管理办法》），客户匿名后不再指向任何人。</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the handover</source>
        <translation>
            <numerusform>交房后 %n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>the buyer&apos;s name and ID document; the price, payment plan and receipts</source>
        <translation>买受人姓名和身份证件；房价、付款计划和收款记录</translation>
    </message>
    <message>
        <source>the buyer&apos;s name and co-buyers; the price, payment plan and receipts</source>
        <translation>买受人姓名和共同购房人；房价、付款计划和收款记录</translation>
    </message>
    <message>
        <source>the buyer&apos;s name (the contract records no ID document or co-buyers); the price, payment plan and receipts</source>
        <translation>买受人姓名（合同未登记身份证件和共同购房人）；房价、付款计划和收款记录</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 (No. %2) on the client&apos;s request?

Phone, notes, service records, follow-ups and the free text of every record are deleted, also from the audit log. This cannot be undone.</source>
        <translation>应客户要求删除 %1（第 %2 号）的个人信息吗？

电话、备注、服务记录、跟进任务以及各条记录中的文字说明都将删除，审计日志中的也一并删除。删除后无法恢复。</translation>
    </message>
    <message>
        <source>Kept by law: contract %1 — %2, until %3. %4</source>
        <translation>依法保留：合同 %1 —— %2，保留至 %3。%4</translation>
    </message>
    <message>
        <source>Nothing is kept by law (no signed or filed contract): the name is erased too.</source>
        <translation>没有需依法保留的内容（无已签约或已备案的合同）：姓名也一并删除。</translation>
    </message>
    <message>
        <source>the record can no longer be changed.</source>
        <translation>其记录不能再修改。</translation>
    </message>
    <message>
        <source>no phone number can be added or removed any more.</source>
        <translation>不能再为其添加或删除电话号码。</translation>
    </message>
    <message>
        <source>it can no longer be merged with another record.</source>
        <translation>不能再与其他记录合并。</translation>
    </message>
    <message>
        <source>no service act can be recorded for them any more.</source>
        <translation>不能再为其记录服务。</translation>
    </message>
    <message>
        <source>no follow-up task can be added for them any more.</source>
        <translation>不能再为其添加跟进任务。</translation>
    </message>
    <message>
        <source>no viewing can be booked or changed for them any more (only cancelled).</source>
        <translation>不能再为其预约或更改看房（只能取消）。</translation>
    </message>
    <message>
        <source>no new contract can be made or signed for them any more.</source>
        <translation>不能再为其新建或签订合同。</translation>
    </message>
    <message>
        <source>no consultation can be registered or answered for them any more.</source>
        <translation>不能再为其登记或答复咨询。</translation>
    </message>
    <message>
        <source>no return visit can be recorded for them any more.</source>
        <translation>不能再为其记录回访。</translation>
    </message>
    <message>
        <source>no survey answer can be recorded for them any more.</source>
        <translation>不能再为其记录满意度调查答卷。</translation>
    </message>
    <message>
        <source>The personal data of client No. %1 were erased; %2</source>
        <extracomment>Why something is refused for an erased client; %2 is what may no longer be done (&quot;no service act can be recorded for them any more.&quot;)</extracomment>
        <translation>客户第 %1 号的个人信息已删除，%2</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>关注点</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>置业顾问</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Responded at</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>看房人数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房源</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>Cancellation reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation>交房日期</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交房</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Deadline (working days)</source>
        <translation>整改期限（工作日）</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Property-management contact</source>
        <translation>物业联系方式</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Co-buyers</source>
        <translation>共同购房人</translation>
    </message>
    <message>
        <source>Source as written</source>
        <translation>来源原文</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>Client: required</source>
        <translation>客户：必填</translation>
    </message>
    <message>
        <source>Due date: required</source>
        <translation>到期日：必填</translation>
    </message>
    <message>
        <source>Task: required</source>
        <translation>任务：必填</translation>
    </message>
    <message>
        <source>The follow-up task No. %1 does not exist.</source>
        <translation>跟进任务 %1 号不存在。</translation>
    </message>
    <message>
        <source>Task: already done</source>
        <translation>任务：已经完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Installment missed: contract %1, %2 due %3, paid in full since; report back to the client</source>
        <translation>逾期未付款：合同 %1，%2 应于 %3 付清，现已付清；请向客户反馈</translation>
    </message>
    <message>
        <source>Installment missed: contract %1, %2 due %3, %4 yuan unpaid; call the client and report back</source>
        <translation>逾期未付款：合同 %1，%2 应于 %3 付清，尚欠 %4 元；请联系客户并反馈情况</translation>
    </message>
    <message>
        <source>Follow the payment progress of contract %1</source>
        <translation>跟进合同 %1 的付款进度</translation>
    </message>
    <message>
        <source>Loan rejected for contract %1: agree another way to pay with the client</source>
        <translation>合同 %1 贷款被拒：与客户商定其他付款方式</translation>
    </message>
    <message>
        <source>Installment missed: call the client about their payment and report back</source>
        <translation>逾期未付款：请联系客户了解付款情况并反馈</translation>
    </message>
    <message>
        <source>Loan rejected: agree another way to pay with the client</source>
        <translation>贷款被拒：请与客户商定其他付款方式</translation>
    </message>
    <message>
        <source>Follow the client&apos;s payment progress</source>
        <translation>跟进客户的付款进度</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the names of the deadlines a complaint missed: &quot;Complaint first response, Complaint solution&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Complaint No. %1 is overdue (%2): see that it is handled</source>
        <translation>投诉第 %1 号已超时（%2）：请督促处理</translation>
    </message>
</context>
<context>
    <name>HandoverRepository</name>
    <message>
        <source>handover</source>
        <translation>交房</translation>
    </message>
    <message>
        <source>Handover on %1</source>
        <translation>交房日期 %1</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交房</translation>
    </message>
    <message>
        <source>Unit: a handover of this unit is already scheduled or done</source>
        <translation>房源：该房源已安排或已完成交房</translation>
    </message>
    <message>
        <source>Handover scheduled for %1</source>
        <translation>安排交房，日期 %1</translation>
    </message>
    <message>
        <source>Handover moved from %1 to %2</source>
        <translation>交房日期由 %1 改为 %2</translation>
    </message>
    <message>
        <source>Channel: say how the client was told (phone, SMS, letter …)</source>
        <translation>通知方式：请写明如何通知客户（电话、短信、书面通知……）</translation>
    </message>
    <message>
        <source>Status: handover No. %1 is no longer scheduled</source>
        <translation>状态：第 %1 号交房已不在待交房状态</translation>
    </message>
    <message>
        <source>Handover notice sent (%1): handover on %2</source>
        <translation>已发送交房通知（%1）：交房日期 %2</translation>
    </message>
    <message>
        <source>Home inspected with the client</source>
        <translation>陪同客户验房</translation>
    </message>
    <message>
        <source>Home inspected with the client: %1</source>
        <translation>陪同客户验房：%1</translation>
    </message>
    <message>
        <source>Property-management contact: the office and phone number given to the client</source>
        <translation>物业联系方式：请填写告知客户的物业服务中心和电话</translation>
    </message>
    <message>
        <source>Property-management contact given: %1</source>
        <translation>已告知物业联系方式：%1</translation>
    </message>
    <message>
        <source>Inspection: inspect the home with the client first</source>
        <translation>验房：请先陪同客户验房</translation>
    </message>
    <message>
        <source>Property-management contact: give it to the client before the handover is done</source>
        <translation>物业联系方式：完成交房前请先告知客户</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>钥匙已移交，交房完成</translation>
    </message>
    <message>
        <source>Handover: No. %1 was cancelled</source>
        <translation>交房：第 %1 号已取消</translation>
    </message>
    <message numerus="yes">
        <source>Defect recorded (%1): %2 — to be fixed by %3 within %n working day(s)</source>
        <translation>
            <numerusform>登记问题（%1）：%2 —— 由%3在 %n 个工作日内整改</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: defect No. %1 is not open</source>
        <translation>状态：第 %1 号问题不是待整改状态</translation>
    </message>
    <message>
        <source>Defect No. %1 (%2) reported fixed, awaiting re-inspection</source>
        <translation>第 %1 号问题（%2）已报整改完成，待复验</translation>
    </message>
    <message>
        <source>Status: defect No. %1 is closed already</source>
        <translation>状态：第 %1 号问题已关闭</translation>
    </message>
    <message>
        <source>Defect No. %1 (%2) re-inspected: passed</source>
        <translation>第 %1 号问题（%2）复验合格</translation>
    </message>
    <message>
        <source>Defect No. %1 (%2) re-inspected: not fixed, still open</source>
        <translation>第 %1 号问题（%2）复验不合格，继续整改</translation>
    </message>
    <message>
        <source>Defect: No. %1 is complaint No. %2 already</source>
        <translation>问题：第 %1 号已转为第 %2 号投诉</translation>
    </message>
    <message>
        <source>Defect: No. %1 is fixed and closed</source>
        <translation>问题：第 %1 号已整改完毕并关闭</translation>
    </message>
    <message>
        <source>Defect: No. %1 is not overdue yet</source>
        <translation>问题：第 %1 号尚未超过整改期限</translation>
    </message>
    <message>
        <source>Defect not fixed in time</source>
        <translation>问题逾期未整改</translation>
    </message>
    <message>
        <source>Defect No. %1 (%2): %3 — responsible: %4; due %5, not fixed</source>
        <translation>第 %1 号问题（%2）：%3 —— 责任单位：%4；整改期限 %5，逾期未完成</translation>
    </message>
    <message>
        <source>Defect No. %1 (%2) overdue: raised as complaint No. %3</source>
        <translation>第 %1 号问题（%2）逾期：已转为第 %3 号投诉</translation>
    </message>
    <message>
        <source>Keys handed over on %1 (planned for %2)</source>
        <translation>已于 %1 交付钥匙（原定 %2）</translation>
    </message>
</context>
<context>
    <name>HandoverSheetReport</name>
    <message>
        <source>Handover inspection and sign-off sheet</source>
        <translation>交房验收及签收单</translation>
    </message>
    <message>
        <source>Handover No.</source>
        <translation>交房编号</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation>交房日期</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接待人员</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>交房通知</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Inspected with the owner</source>
        <translation>陪同验房</translation>
    </message>
    <message numerus="yes">
        <source>Defects found at the inspection (%n)</source>
        <translation>
            <numerusform>验房发现的问题（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>No defects were found.</source>
        <translation>验房未发现问题。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>To be fixed by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> (complaint No. %1)</source>
        <translation>（投诉第 %1 号）</translation>
    </message>
    <message>
        <source>Property management:</source>
        <translation>物业服务：</translation>
    </message>
    <message>
        <source>to be given at the handover</source>
        <translation>交房时告知</translation>
    </message>
    <message>
        <source>The owner has inspected the home together with our staff. The defects above will be fixed by the dates shown and re-inspected with the owner. Keys, documents and meter readings are handed over with this sheet. Thank you for your trust.</source>
        <translation>业主已与我方工作人员共同验收房屋。上述问题将在所列期限内整改完毕，并请业主一同复验。钥匙、资料及水电气表读数随本单移交。感谢您的信任！</translation>
    </message>
    <message>
        <source>Owner&apos;s signature:</source>
        <translation>业主签字：</translation>
    </message>
    <message>
        <source>Staff signature:</source>
        <translation>工作人员签字：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未验房</translation>
    </message>
    <message numerus="yes">
        <source>Defects recorded so far (%n)</source>
        <translation>
            <numerusform>目前已登记的问题（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>The home has not been inspected with the owner yet.</source>
        <translation>尚未与业主共同验房。</translation>
    </message>
    <message>
        <source>The owner and our staff will inspect the home together. Every defect found will be recorded with the date by which it is fixed, and re-inspected with the owner. Keys, documents and meter readings are handed over after the inspection. Thank you for your trust.</source>
        <translation>业主将与我方工作人员共同验房。验房发现的每个问题都将登记整改期限，整改后与业主共同复验。钥匙、资料及水电气表读数在验房后移交。感谢您的信任！</translation>
    </message>
</context>
<context>
    <name>IdDocument</name>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong / Macao permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>证件号码：%1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 17 digits and a check digit or X</source>
        <translation>“%1”应为 17 位数字加 1 位校验码（数字或 X）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no real birth date (%2)</source>
        <translation>“%1”中的出生日期无效（%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the check digit should be %2</source>
        <translation>“%1”：校验码应为 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 15 digits</source>
        <translation>“%1”应为 15 位数字</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n character(s); a resident ID has 18 (or 15 in the old form)</source>
        <translation>
            <numerusform>“%1”有 %n 位；居民身份证号码应为 18 位（旧版 15 位）</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the birth date %2 is in the future</source>
        <translation>“%1”：出生日期 %2 晚于今天</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a passport number</source>
        <translation>“%1”不是护照号码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Hong Kong / Macao permit number (H or M and 8 or 10 digits)</source>
        <translation>“%1”不是港澳通行证号码（H 或 M 加 8 位或 10 位数字）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Taiwan permit number (8 digits)</source>
        <translation>“%1”不是台胞证号码（8 位数字）</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>... and more of the same</source>
        <translation>……以及更多同类问题</translation>
    </message>
    <message>
        <source>schema version is %1, expected %2; run &quot;estatedesk-cli init&quot; to upgrade</source>
        <translation>数据结构版本为 %1，应为 %2；请运行“estatedesk-cli init”升级</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>缺少数据表 %1</translation>
    </message>
    <message>
        <source>client %1: phone %2 is not normalised</source>
        <translation>客户 %1：电话 %2 未规范化</translation>
    </message>
    <message>
        <source>phone %1 is shared by %2 clients</source>
        <translation>电话 %1 被 %2 位客户共用</translation>
    </message>
    <message>
        <source>unit %1 has %2 live contracts</source>
        <translation>房源 %1 有 %2 份有效合同</translation>
    </message>
    <message>
        <source>contract %1 is %2 but has no signing date</source>
        <translation>合同 %1 状态为 %2，但没有签约日期</translation>
    </message>
    <message>
        <source>consultation %1 was answered before it was received</source>
        <translation>咨询 %1 的答复时间早于接收时间</translation>
    </message>
    <message>
        <source>complaint %1 was answered before it was received</source>
        <translation>投诉 %1 的答复时间早于接收时间</translation>
    </message>
    <message>
        <source>%1 row %2 has an invalid row_version</source>
        <translation>数据表 %1 第 %2 行的 row_version 无效</translation>
    </message>
    <message>
        <source>%1 row %2 points to a missing client</source>
        <translation>数据表 %1 第 %2 行指向不存在的客户</translation>
    </message>
    <message>
        <source>contract %1: the installments differ from the price by %2 fen</source>
        <translation>合同 %1：各期金额合计与价格相差 %2 分</translation>
    </message>
    <message>
        <source>installment %1 has more paid (%2 fen) than it asks</source>
        <translation>分期 %1 的已付金额（%2 分）超过应付金额</translation>
    </message>
    <message>
        <source>schema version is %1: the database was made by a newer EstateDesk (this one knows up to %2); update the program</source>
        <translation>数据结构版本为 %1：该数据库由更新版本的楼盘客服台创建（本程序只支持到版本 %2）；请更新程序</translation>
    </message>
    <message>
        <source>phone %1 is a main number and also another number of client %2</source>
        <translation>电话 %1 既是某位客户的主电话，又是客户 %2 的其他电话</translation>
    </message>
    <message>
        <source>contract %1 is %2 but the buyer&apos;s identity was never verified</source>
        <translation>合同 %1 状态为 %2，但从未核验购房人身份</translation>
    </message>
</context>
<context>
    <name>LoanTaxSteps</name>
    <message>
        <source>Loan application</source>
        <translation>贷款申请</translation>
    </message>
    <message>
        <source>Bank approval</source>
        <translation>银行审批</translation>
    </message>
    <message>
        <source>Loan disbursement</source>
        <translation>银行放款</translation>
    </message>
    <message>
        <source>Deed tax</source>
        <translation>契税</translation>
    </message>
    <message>
        <source>Maintenance fund</source>
        <translation>维修基金</translation>
    </message>
    <message>
        <source>Property registration</source>
        <translation>产权登记</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not pending, done or rejected</source>
        <translation>状态：“%1”不是 pending（待办）、done（完成）或 rejected（被拒）</translation>
    </message>
    <message>
        <source>Date: required</source>
        <translation>日期：必填</translation>
    </message>
    <message>
        <source>The step No. %1 does not exist.</source>
        <translation>步骤 %1 号不存在。</translation>
    </message>
    <message>
        <source>Status: only the bank approval can be rejected</source>
        <translation>状态：只有银行审批可以标为被拒</translation>
    </message>
    <message>
        <source>Contract %1: %2</source>
        <translation>合同 %1：%2</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待办</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>EstateDesk</source>
        <translation>楼盘客服台</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database to version %1 failed; it stays at version %2. %3</source>
        <translation>数据库升级到版本 %1 失败，仍保持版本 %2。%3</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: its folder cannot be written (lock file %2).</source>
        <translation>无法升级数据库 %1：所在文件夹无法写入（锁文件 %2）。</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer EstateDesk (schema version %2; this program knows up to version %3): update the program to open it. Nothing was changed.</source>
        <translation>数据库 %1 由更新版本的楼盘客服台创建（数据结构版本 %2；本程序只支持到版本 %3）：请更新程序后再打开。数据库未作任何修改。</translation>
    </message>
</context>
<context>
    <name>OfficeMove</name>
    <message>
        <source>The office to move must be a SQLite file (--db FILE).</source>
        <translation>要迁移的办公室数据必须是 SQLite 文件（--db FILE）。</translation>
    </message>
    <message>
        <source>The office moves to a PostgreSQL server (--pg CONNECTION).</source>
        <translation>办公室数据只能迁移到 PostgreSQL 服务器（--pg CONNECTION）。</translation>
    </message>
    <message>
        <source>%1 already holds an office (%2 rows in %3); migrate-to copies into an empty database only. Nothing was changed.</source>
        <translation>%1 中已有办公室数据（%3 表中有 %2 行）；migrate-to 只能复制到空数据库。未作任何改动。</translation>
    </message>
    <message>
        <source>No temporary folder for the copy: %1</source>
        <translation>无法为副本创建临时文件夹：%1</translation>
    </message>
</context>
<context>
    <name>OfficeReports</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>met (%1)</source>
        <translation>按时（%1）</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>open, due %1</source>
        <translation>未完成，截止 %1</translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not a month like 2026-11</source>
        <translation>--month：“%1”不是形如 2026-11 的月份</translation>
    </message>
    <message>
        <source>Sales centre customer service</source>
        <translation>售楼处客户服务部</translation>
    </message>
    <message>
        <source>Report: &quot;%1&quot; is not one of %2</source>
        <translation>报表：“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>Daily reception log</source>
        <translation>每日接待记录</translation>
    </message>
    <message>
        <source>Consultations and visits</source>
        <translation>咨询与来访</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>置业顾问</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>关注点</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Consultations: %1 (new clients registered: %2).</source>
        <translation>咨询 %1 次（新登记客户 %2 位）。</translation>
    </message>
    <message>
        <source>Viewings</source>
        <translation>看房</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Sample unit</source>
        <translation>样板间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Viewings: %1.</source>
        <translation>看房 %1 组。</translation>
    </message>
    <message>
        <source>Overdue list</source>
        <translation>超时事项清单</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) past their deadline, most overdue first.</source>
        <translation>
            <numerusform>共 %n 项已超时，超时最久的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Complaint deadline compliance</source>
        <translation>投诉处理时限达标情况</translation>
    </message>
    <message>
        <source>Compliance by deadline</source>
        <translation>各时限达标情况</translation>
    </message>
    <message>
        <source>Complaints received in %1: %2 (escalated to the supervisors: %3).</source>
        <translation>%1 共受理投诉 %2 件（上报主管 %3 件）。</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>超时完成</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Compliance = met ÷ (met + met late + overdue); items still within their deadline are not counted.</source>
        <translation>达标率 = 按时 ÷（按时 + 超时完成 + 已超时）；尚未到期的事项不计入。</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉明细</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Monthly appraisal</source>
        <translation>月度绩效考核</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Not published yet: these are today&apos;s figures and may still change.</source>
        <translation>尚未公布：以下为当前数据，仍可能变化。</translation>
    </message>
    <message>
        <source>Published: these figures are frozen.</source>
        <translation>已公布：以下数据已冻结。</translation>
    </message>
    <message>
        <source>Published, revision %1 (corrected: %2).</source>
        <translation>已公布，第 %1 版（更正原因：%2）。</translation>
    </message>
    <message>
        <source>Ranked by deadline compliance, then satisfaction, then fewer complaints per client served.</source>
        <translation>排名依据：时限达标率，其次满意度，再次每位服务客户的投诉数（越少越好）。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Clients served</source>
        <translation>服务客户数</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>时限达标率</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>需辅导</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1 — rank %2</source>
        <translation>%1 —— 第 %2 名</translation>
    </message>
    <message>
        <source>No coaching needed.</source>
        <translation>无需辅导。</translation>
    </message>
    <message>
        <source>Coaching: %1.</source>
        <translation>辅导事项：%1。</translation>
    </message>
    <message>
        <source>Met on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>Quarterly satisfaction survey</source>
        <translation>季度客户满意度调查</translation>
    </message>
    <message>
        <source>Results by dimension</source>
        <translation>各维度结果</translation>
    </message>
    <message>
        <source>No responses were recorded for %1.</source>
        <translation>%1 没有调查回复。</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s); scores from 1 (poor) to 5 (excellent).</source>
        <translation>
            <numerusform>共 %n 份回复；评分 1（差）至 5（很好）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图示</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>Problem resolution</source>
        <translation>问题解决</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>Results by staff member (credited to whoever served the client)</source>
        <translation>按员工统计（计入为该客户服务的员工）</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回复数</translation>
    </message>
    <message>
        <source>(nobody recorded)</source>
        <translation>（无记录）</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Training and assessment</source>
        <translation>培训与考核</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>合格分</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>参考人数</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过人数</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>考核次数</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>最近得分</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>re-assessment due</source>
        <translation>需补考</translation>
    </message>
    <message>
        <source>Not trained this month</source>
        <translation>本月未参加培训</translation>
    </message>
    <message>
        <source>Everyone was trained.</source>
        <translation>全员已参加培训。</translation>
    </message>
    <message>
        <source>Complaints</source>
        <comment>a count</comment>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Training passed</source>
        <translation>培训考核通过</translation>
    </message>
    <message>
        <source>Deadline compliance by staff member</source>
        <translation>各员工时限达标情况</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Assessment results</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>响应截止时间</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>%1: due</source>
        <translation>%1：截止时间</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1：完成时间</translation>
    </message>
    <message>
        <source>Not allowed: each staff member prints only their own appraisal.</source>
        <translation>无权打印：每位员工只能打印自己的考核结果。</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励内容</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>奖励原因</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>发放人</translation>
    </message>
    <message>
        <source>No rewards recorded.</source>
        <translation>本月没有奖励记录。</translation>
    </message>
    <message>
        <source>Coaching given</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>辅导效果</translation>
    </message>
    <message>
        <source>Coached by</source>
        <translation>辅导人</translation>
    </message>
    <message>
        <source>No coaching recorded.</source>
        <translation>本月没有辅导记录。</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>已看房</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>Visit → viewing</source>
        <translation>咨询→看房</translation>
    </message>
    <message>
        <source>Viewing → contract</source>
        <translation>看房→签约</translation>
    </message>
    <message>
        <source>Visit → contract</source>
        <translation>咨询→签约</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Service data analysis</source>
        <translation>服务数据分析</translation>
    </message>
    <message>
        <source>Channels of the consultations</source>
        <translation>咨询渠道</translation>
    </message>
    <message>
        <source>What clients asked about</source>
        <translation>客户关注点</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>关注点</translation>
    </message>
    <message numerus="yes">
        <source>A consultation may name several interests: each share is of all %n consultation(s).</source>
        <translation>
            <numerusform>一次咨询可能有多个关注点：占比均按全部 %n 次咨询计算。</numerusform>
        </translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>购房预算</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Unit types signed</source>
        <translation>签约户型</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>户型</translation>
    </message>
    <message>
        <source>Contracts signed in %1 (signed or filed), by the unit type of the unit: %2.</source>
        <translation>%1 签约的合同（已签约或已备案）按房源户型统计，共 %2 份。</translation>
    </message>
    <message>
        <source>Sample units viewed</source>
        <translation>样板间看房</translation>
    </message>
    <message>
        <source>Viewings in %1 that took place (checked in or done): %2.</source>
        <translation>%1 实际看房（已签到或已完成）共 %2 次。</translation>
    </message>
    <message>
        <source>(no consultant)</source>
        <translation>（未分配置业顾问）</translation>
    </message>
    <message>
        <source>From first visit to contract, by channel</source>
        <translation>从首次咨询到签约：按渠道</translation>
    </message>
    <message>
        <source>From first visit to contract, by consultant</source>
        <translation>从首次咨询到签约：按置业顾问</translation>
    </message>
    <message>
        <source>Consultations received in %1: %2, from %3 client(s).</source>
        <translation>%1 共收到咨询 %2 次，来自 %3 位客户。</translation>
    </message>
    <message>
        <source>New clients (first consultation in %1): %2; by %3 %4 of them had a viewing (%5) and %6 signed a contract (%7).</source>
        <translation>新客户（%1 首次咨询）：%2 位；截至 %3，其中 %4 位已看房（%5），%6 位已签约（%7）。</translation>
    </message>
    <message>
        <source>A client counts in the month of their first consultation (any channel), under that consultation&apos;s channel and the consultant they are assigned to. Viewed: a viewing checked in or done by the time printed. Signed: a contract signed or filed by then; cancelled contracts do not count. Visit → viewing = viewed ÷ new clients; viewing → contract = viewed and signed ÷ viewed; visit → contract = signed ÷ new clients.</source>
        <translation>客户按首次咨询（任何渠道）所在月份统计，计入该次咨询的渠道和客户所属的置业顾问。已看房：截至打印时有已签到或已完成的看房；已签约：截至打印当天有已签约或已备案的合同，已撤销的合同不计。咨询→看房 = 已看房 ÷ 新客户数；看房→签约 = 既看房又签约 ÷ 已看房；咨询→签约 = 已签约 ÷ 新客户数。</translation>
    </message>
    <message>
        <source>met (answered before opening)</source>
        <translation>按时（开门前已答复）</translation>
    </message>
    <message>
        <source>met (%1 after opening)</source>
        <translation>按时（开门后 %1）</translation>
    </message>
    <message>
        <source>%1: the overdue list is always as of now; leave it empty</source>
        <translation>%1：超时清单总是截至当前时间，请留空</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a day like 2026-11-27 (the daily log is for one day)</source>
        <translation>%1：“%2”不是形如 2026-11-27 的日期（接待日报按天打印）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a quarter like 2026-Q4</source>
        <translation>%1：“%2”不是形如 2026-Q4 的季度</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a month like 2026-11</source>
        <translation>%1：“%2”不是形如 2026-11 的月份</translation>
    </message>
    <message>
        <source>Period: the overdue list takes none; it is always as of now</source>
        <translation>期间：超时清单不按期间打印，总是截至当前时间</translation>
    </message>
    <message>
        <source>Period: the daily reception log is for one day, like 2026-11-27</source>
        <translation>期间：前台接待日报按天打印，例如 2026-11-27</translation>
    </message>
    <message>
        <source>Period: the survey report is for a quarter, like 2026-Q4</source>
        <translation>期间：满意度调查报表按季度打印，例如 2026-Q4</translation>
    </message>
    <message>
        <source>Period: the %1 report is for a month, like 2026-11</source>
        <translation>期间：%1 报表按月打印，例如 2026-11</translation>
    </message>
    <message>
        <source>Answered within the deadline: %1; late or overdue: %2; still waiting, not yet due: %3.</source>
        <translation>按时响应 %1 次；超时（含超时未响应）%2 次；仍在等待、尚未到期 %3 次。</translation>
    </message>
    <message>
        <source>On time: %1 (of the consultations now due; the ones not yet due are counted apart).</source>
        <translation>按时率 %1（按已到期的咨询计算；尚未到期的另行统计）。</translation>
    </message>
    <message>
        <source>Each complaint counts once per deadline, with its latest round, as listed below.</source>
        <translation>每件投诉的每项时限只计一次，按其最新一轮计算，与下方清单一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) reopened: their earlier rounds are not counted.</source>
        <translation>
            <numerusform>%n 件投诉曾重新处理：其之前各轮不计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Month: the appraisal of %1 is not published yet</source>
        <translation>月份：%1 的考核结果尚未公布</translation>
    </message>
</context>
<context>
    <name>OfficeServer</name>
    <message>
        <source>%1: no spaces, please (&quot;%2&quot;).</source>
        <translation>%1：不能含有空格（“%2”）。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务名</translation>
    </message>
    <message>
        <source>%1: enter it, or the name of a service of pg_service.conf instead.</source>
        <translation>%1：请填写，或改填 pg_service.conf 中的服务名。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port: a number from 1 to 65535 (PostgreSQL&apos;s is usually 5432).</source>
        <translation>端口：1 到 65535 之间的数字（PostgreSQL 通常为 5432）。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>OpeningChecklist</name>
    <message>
        <source>Reception area clean and bright</source>
        <translation>接待区整洁、明亮</translation>
    </message>
    <message>
        <source>Brochures and sample-unit photos on display</source>
        <translation>楼盘宣传资料、样板间照片已摆放</translation>
    </message>
    <message>
        <source>Price list up to date and on display</source>
        <translation>价格表为最新并已展示</translation>
    </message>
    <message>
        <source>Waiting seats comfortable and tidy</source>
        <translation>等候座椅舒适、整齐</translation>
    </message>
    <message>
        <source>Phones working</source>
        <translation>电话正常</translation>
    </message>
    <message>
        <source>WeChat working</source>
        <translation>微信正常</translation>
    </message>
    <message>
        <source>Business cards at hand</source>
        <translation>名片已备好</translation>
    </message>
    <message>
        <source>Sample unit in good order (clean, lights, fittings)</source>
        <translation>样板间状态良好（整洁、灯光、设施）</translation>
    </message>
    <message>
        <source>Spare power banks charged</source>
        <translation>备用充电宝已充电</translation>
    </message>
    <message>
        <source>Umbrellas ready</source>
        <translation>雨伞已备好</translation>
    </message>
    <message>
        <source>Maps of the development ready</source>
        <translation>楼盘地图已备好</translation>
    </message>
    <message>
        <source>Items: &quot;%1&quot; is listed twice</source>
        <translation>检查项：“%1”重复列出</translation>
    </message>
    <message>
        <source>Items: give at least one item, one a line</source>
        <translation>检查项：请至少填写一项，每行一项</translation>
    </message>
    <message>
        <source>Flag time: &quot;%1&quot; is not a time such as 09:30</source>
        <translation>提醒时间：“%1”不是有效时间，例如 09:30</translation>
    </message>
    <message>
        <source>Reception area</source>
        <translation>接待区</translation>
    </message>
    <message>
        <source>Item: &quot;%1&quot; is not on the checklist of %2</source>
        <translation>检查项：“%1”不在%2的检查单上</translation>
    </message>
    <message>
        <source>Place: &quot;%1&quot; is neither the reception area nor a sample unit</source>
        <translation>地点：“%1”既不是接待区，也不是样板间</translation>
    </message>
    <message>
        <source>Ticked by: sign in with your own account to tick the checklist</source>
        <translation>勾选人：请用您本人的账号登录后再勾选检查单</translation>
    </message>
    <message>
        <source>Item: &quot;%1&quot; was ticked already by %2 at %3</source>
        <translation>检查项：“%1”已由%2于 %3 勾选</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; could not be ticked; try again.</source>
        <translation>检查项“%1”未能勾选，请重试。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library (libsodium) cannot start.</source>
        <translation>密码库（libsodium）无法启动。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
</context>
<context>
    <name>PaymentPlanRepository</name>
    <message>
        <source>Full payment</source>
        <translation>一次性付款</translation>
    </message>
    <message>
        <source>Commercial mortgage</source>
        <translation>商业贷款</translation>
    </message>
    <message>
        <source>Provident-fund loan</source>
        <translation>公积金贷款</translation>
    </message>
    <message>
        <source>Combined loan</source>
        <translation>组合贷款</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>分期付款</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>首付款</translation>
    </message>
    <message>
        <source>Second instalment</source>
        <translation>第二期</translation>
    </message>
    <message>
        <source>Final instalment</source>
        <translation>尾款</translation>
    </message>
    <message>
        <source>Loan disbursement</source>
        <translation>银行放款</translation>
    </message>
    <message>
        <source>Plan: &quot;%1&quot; is not one of %2</source>
        <translation>付款方式：“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>Share: each installment needs a share above 0 %</source>
        <translation>比例：每期比例须大于 0 %</translation>
    </message>
    <message>
        <source>Share: the installments add up to %1 %, not 100 %</source>
        <translation>比例：各期合计 %1 %，不是 100 %</translation>
    </message>
    <message>
        <source>Contract: %1 is cancelled</source>
        <translation>合同：%1 已作废</translation>
    </message>
    <message>
        <source>Amount: must be greater than zero</source>
        <translation>金额：必须大于零</translation>
    </message>
    <message>
        <source>Date received: required</source>
        <translation>收款日期：必填</translation>
    </message>
    <message>
        <source>The installment No. %1 does not exist.</source>
        <translation>分期 %1 号不存在。</translation>
    </message>
    <message>
        <source>Amount: only %1 yuan is still owed on this installment</source>
        <translation>金额：本期只剩 %1 元未付</translation>
    </message>
    <message>
        <source>Contract %1, %2: %3 yuan received</source>
        <translation>合同 %1，%2：收款 %3 元</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>已付清</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>部分付款</translation>
    </message>
    <message>
        <source>Payment plan: this contract already has one</source>
        <translation>付款计划：此合同已有付款计划</translation>
    </message>
    <message>
        <source>Date received: %1 is after today (%2)</source>
        <translation>收款日期：%1 晚于今天（%2）</translation>
    </message>
    <message>
        <source>Date received: %1 is before contract %2 was signed (%3)</source>
        <translation>收款日期：%1 早于合同 %2 的签约日期（%3）</translation>
    </message>
    <message>
        <source>Date received: %1 is before contract %2 was drawn up (%3)</source>
        <translation>收款日期：%1 早于合同 %2 的拟定日期（%3）</translation>
    </message>
    <message>
        <source>Reason: say why the receipt is reversed</source>
        <translation>原因：请说明冲正这笔收款的原因</translation>
    </message>
    <message>
        <source>The receipt No. %1 does not exist.</source>
        <translation>收款 %1 号不存在。</translation>
    </message>
    <message>
        <source>Receipt: No. %1 was reversed already (%2)</source>
        <translation>收款：%1 号已于 %2 冲正</translation>
    </message>
    <message>
        <source>Receipt reversed: contract %1, %2, %3 yuan received %4. Reason: %5</source>
        <translation>收款冲正：合同 %1，%2，%4 收到的 %3 元。原因：%5</translation>
    </message>
    <message>
        <source>Owed again</source>
        <translation>重新待付</translation>
    </message>
    <message>
        <source>Evidence: the installment was due on %1 and is overdue; money received on %2 is entered late, so say what shows it was received then (the bank slip number …)</source>
        <translation>凭证：该期款项 %1 到期，现已超时；%2 收到的款项属于补录，请填写能证明当时已收款的凭证（银行回单号……）</translation>
    </message>
    <message>
        <source>Late entry: contract %1, %2: %3 yuan received on %4, entered after the due date %5 had passed. Evidence: %6</source>
        <translation>补录：合同 %1，%2：%4 收到 %3 元，于到期日 %5 过后登记。凭证：%6</translation>
    </message>
</context>
<context>
    <name>PaymentScheduleReport</name>
    <message>
        <source>Payment schedule</source>
        <translation>付款计划表</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购房人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房源</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Way of payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>款项</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>应付（元）</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>已付（元）</translation>
    </message>
    <message>
        <source>Owed (yuan)</source>
        <translation>未付（元）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Please pay each installment by its due date. For loans, the bank&apos;s disbursement counts as the payment. Questions: ask your consultant.</source>
        <translation>请在到期日前支付各期款项。贷款部分以银行放款为准。如有疑问，请咨询您的置业顾问。</translation>
    </message>
    <message>
        <source>Buyer&apos;s signature:</source>
        <translation>购房人签字：</translation>
    </message>
    <message>
        <source>Consultant&apos;s signature:</source>
        <translation>置业顾问签字：</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage staff accounts</source>
        <translation>管理员工账号</translation>
    </message>
    <message>
        <source>change deadline policies and office settings</source>
        <translation>修改时限规则和办公室设置</translation>
    </message>
    <message>
        <source>change the holiday calendar</source>
        <translation>修改节假日日历</translation>
    </message>
    <message>
        <source>make or restore backups</source>
        <translation>备份或恢复数据</translation>
    </message>
    <message>
        <source>load demo data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <source>import clients</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>export clients</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>add clients</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>change clients</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>register consultations</source>
        <translation>登记咨询</translation>
    </message>
    <message>
        <source>answer consultations</source>
        <translation>答复咨询</translation>
    </message>
    <message>
        <source>book viewings</source>
        <translation>预约看房</translation>
    </message>
    <message>
        <source>see contracts and their amounts</source>
        <translation>查看合同及金额</translation>
    </message>
    <message>
        <source>write contracts</source>
        <translation>编写合同</translation>
    </message>
    <message>
        <source>record complaints</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>handle complaints</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>reveal a client&apos;s phone number</source>
        <translation>查看客户完整电话</translation>
    </message>
    <message>
        <source>export a client&apos;s personal data</source>
        <translation>导出客户个人信息</translation>
    </message>
    <message>
        <source>Not allowed: the %1 role may not %2.</source>
        <translation>无权操作：%1角色不能%2。</translation>
    </message>
    <message>
        <source>record handovers</source>
        <translation>登记交房</translation>
    </message>
    <message>
        <source>merge duplicate clients</source>
        <translation>合并重复客户</translation>
    </message>
    <message>
        <source>print the office reports</source>
        <translation>打印办公报表</translation>
    </message>
    <message>
        <source>record return visits</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>tick the opening checklists</source>
        <translation>勾选开门检查单</translation>
    </message>
    <message>
        <source>print a client brief before a viewing</source>
        <translation>打印看房前客户简报</translation>
    </message>
    <message>
        <source>log service acts</source>
        <translation>记录服务</translation>
    </message>
    <message>
        <source>record rewards and coaching</source>
        <translation>记录奖励和辅导</translation>
    </message>
    <message>
        <source>see the overdue list</source>
        <translation>查看超时清单</translation>
    </message>
    <message>
        <source>reverse receipts</source>
        <translation>冲正收款</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>phone number is empty</source>
        <translation>电话号码为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains the character &quot;%2&quot;; use digits, spaces, dashes and a leading +</source>
        <translation>“%1”含有字符“%2”；只能使用数字、空格、短横线，开头可以有 +</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a phone number</source>
        <translation>“%1”太短，不是电话号码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>“%1”不是电话号码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid mobile or landline number (landlines need their area code)</source>
        <translation>“%1”不是有效的手机或固定电话号码（固定电话需要加区号）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a service number, not a client&apos;s mobile or landline</source>
        <translation>“%1”是服务号码，不是客户的手机或固定电话</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <source>Policy: &quot;%1&quot; is not one of %2</source>
        <translation>规则：“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>Clock: %1 counts from a %2; choose %3</source>
        <translation>计时方式：“%1”从%2开始计算；请选择%3</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>moment</source>
        <translation>时刻</translation>
    </message>
    <message>
        <source>calendar days before a date or end of a date</source>
        <translation>“指定日期前的自然日”或“指定日期当天结束”</translation>
    </message>
    <message>
        <source>wall clock or working days</source>
        <translation>“自然时间”或“工作日”</translation>
    </message>
    <message>
        <source>The policy %1 was changed by someone else meanwhile. Nothing was saved; reload it and make your change again.</source>
        <translation>规则“%1”在此期间已被他人修改。本次未保存；请重新载入后再修改。</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print To File ...</source>
        <translation>打印为文件...</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>RecordedExport</name>
    <message>
        <source>%1: not written: an export of personal data must be recorded in the audit log, which cannot be written now. %2</source>
        <translation>%1：未写出。导出个人信息必须记入审计日志，而审计日志目前无法写入。%2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Checked and signed by:</source>
        <translation>审核人签字：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>%1 (minutes)</source>
        <translation>%1（分钟）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>%1 cannot be written: printing to PDF needs the program&apos;s graphics part, which is not running.</source>
        <translation>无法写入 %1：打印 PDF 需要程序的图形部分，但它没有运行。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file cannot be created there.</source>
        <translation>无法写入 %1：无法在该位置创建文件。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file could not be completed.</source>
        <translation>无法写入 %1：文件未能写完。</translation>
    </message>
</context>
<context>
    <name>ReportWorkbook</name>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>%1 cannot be written: no temporary folder (%2).</source>
        <translation>无法写入 %1：无法创建临时文件夹（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the workbook cannot be started.</source>
        <translation>无法写入 %1：无法创建工作簿。</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the sheet &quot;%2&quot; cannot be added.</source>
        <translation>无法写入 %1：无法添加工作表“%2”。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Retention: give from 1 to 30 years</source>
        <translation>保存期限：请填写 1 到 30 年</translation>
    </message>
</context>
<context>
    <name>RotationRepository</name>
    <message>
        <source>with a client</source>
        <translation>正在接待客户</translation>
    </message>
    <message>
        <source>on leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>on a break</source>
        <translation>休息中</translation>
    </message>
    <message>
        <source>available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not available, with_client, on_leave or on_break</source>
        <translation>状态：“%1”不是 available、with_client、on_leave 或 on_break</translation>
    </message>
    <message>
        <source>Staff member: not on today&apos;s board</source>
        <translation>员工：不在今天的轮排表上</translation>
    </message>
    <message>
        <source>moved to place %1</source>
        <translation>调到第 %1 位</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No consultant is available: every one on today&apos;s board is busy, on leave or on a break</source>
        <translation>没有空闲的置业顾问：今天轮排表上的顾问都在接待、请假或休息</translation>
    </message>
</context>
<context>
    <name>RowGateway</name>
    <message>
        <source>Saving the %1 returned no id.</source>
        <translation>保存%1后没有得到编号。</translation>
    </message>
    <message>
        <source>This %1 was changed by someone else meanwhile (version %2, you edited version %3). Nothing was saved; reload it and make your change again.</source>
        <translation>这条%1在此期间已被他人修改（当前版本 %2，您编辑的是版本 %3）。本次未保存；请重新载入后再修改。</translation>
    </message>
    <message>
        <source>This %1 was changed by someone else meanwhile. Nothing was saved; reload it and make your change again.</source>
        <translation>这条%1在此期间已被他人修改。本次未保存；请重新载入后再修改。</translation>
    </message>
    <message>
        <source>The %1 with number %2 does not exist (it may have been removed).</source>
        <translation>编号为 %2 的%1不存在（可能已被删除）。</translation>
    </message>
</context>
<context>
    <name>SalesDocuments</name>
    <message>
        <source>Contract</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购房人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Co-buyers</source>
        <translation>共同购房人</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Signing the contract</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <source>Identity cards of the buyer and every co-buyer (originals)</source>
        <translation>购房人及全部共同购房人的身份证（原件）</translation>
    </message>
    <message>
        <source>Household register (户口簿)</source>
        <translation>户口簿</translation>
    </message>
    <message>
        <source>Marriage certificate, or a statement of single status</source>
        <translation>结婚证，或单身声明</translation>
    </message>
    <message>
        <source>Receipt of the deposit</source>
        <translation>定金收据</translation>
    </message>
    <message>
        <source>Proof of eligibility to buy (social insurance or tax record, where required)</source>
        <translation>购房资格证明（按当地要求提供社保或个税缴纳记录）</translation>
    </message>
    <message>
        <source>Identity cards of the borrowers</source>
        <translation>借款人身份证</translation>
    </message>
    <message>
        <source>Household register</source>
        <translation>户口簿</translation>
    </message>
    <message>
        <source>Marriage certificate or statement of single status</source>
        <translation>结婚证或单身声明</translation>
    </message>
    <message>
        <source>Proof of income stamped by the employer</source>
        <translation>加盖单位公章的收入证明</translation>
    </message>
    <message>
        <source>Bank statements of the last six months</source>
        <translation>近六个月银行流水</translation>
    </message>
    <message>
        <source>Receipt of the down payment</source>
        <translation>首付款收据</translation>
    </message>
    <message>
        <source>The signed purchase contract</source>
        <translation>已签订的购房合同</translation>
    </message>
    <message>
        <source>The bank&apos;s approval letter</source>
        <translation>银行贷款审批通知书</translation>
    </message>
    <message>
        <source>Signed loan contract</source>
        <translation>已签订的借款合同</translation>
    </message>
    <message>
        <source>Repayment account opened (bank card)</source>
        <translation>还款账户（银行卡）</translation>
    </message>
    <message>
        <source>Mortgage registration receipt</source>
        <translation>抵押登记受理凭证</translation>
    </message>
    <message>
        <source>Property insurance policy, if the bank asks</source>
        <translation>房屋保险单（银行要求时）</translation>
    </message>
    <message>
        <source>Identity cards of the buyers</source>
        <translation>购房人身份证</translation>
    </message>
    <message>
        <source>The filed purchase contract</source>
        <translation>已备案的购房合同</translation>
    </message>
    <message>
        <source>Invoice for the purchase</source>
        <translation>购房发票</translation>
    </message>
    <message>
        <source>Proof of the family&apos;s housing (for the first-home rate)</source>
        <translation>家庭住房情况证明（享受首套房税率时）</translation>
    </message>
    <message>
        <source>Identity card of the buyer</source>
        <translation>购房人身份证</translation>
    </message>
    <message>
        <source>Deed tax receipt</source>
        <translation>契税完税凭证</translation>
    </message>
    <message>
        <source>Maintenance fund receipt</source>
        <translation>维修基金缴款凭证</translation>
    </message>
    <message>
        <source>Registration application form, signed</source>
        <translation>已签字的不动产登记申请表</translation>
    </message>
    <message>
        <source>Documents to bring: %1</source>
        <translation>所需材料清单：%1</translation>
    </message>
    <message>
        <source>Dear client, please bring the documents below. Originals are returned to you on the spot; we keep copies. Ask your consultant if anything is unclear.</source>
        <translation>尊敬的客户，您好！请携带以下材料。原件当场核验后归还，我们留存复印件。如有疑问，请咨询您的置业顾问。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>已提供</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>核验人</translation>
    </message>
    <message>
        <source>Client&apos;s signature:</source>
        <translation>购房人签字：</translation>
    </message>
    <message>
        <source>Consultant&apos;s signature:</source>
        <translation>置业顾问签字：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Contract summary</source>
        <translation>合同摘要</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>, signed on %1</source>
        <translation>，签约日期 %1</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>身份核验</translation>
    </message>
    <message>
        <source>%1 %2, by %3 on %4</source>
        <translation>%1 %2，由%3于 %4 核验</translation>
    </message>
    <message>
        <source>not yet — verify before signing</source>
        <translation>尚未核验——签约前须核验</translation>
    </message>
    <message>
        <source>%1, %2 m², %3</source>
        <translation>%1，%2 平方米，%3</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Contract price</source>
        <translation>合同价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Price payable</source>
        <translation>应付房款</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>置业顾问</translation>
    </message>
    <message>
        <source>Way of payment</source>
        <translation>付款方式</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n installment(s)</source>
        <translation>
            <numerusform>%1，共 %n 期</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid / owed</source>
        <translation>已付 / 未付</translation>
    </message>
    <message>
        <source>%1 yuan paid, %2 yuan owed</source>
        <translation>已付 %1 元，未付 %2 元</translation>
    </message>
    <message>
        <source>no payment plan yet</source>
        <translation>尚未制定付款计划</translation>
    </message>
    <message numerus="yes">
        <source>Questions about the contract (%n)</source>
        <translation>
            <numerusform>合同条款问答（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>The client asked no questions.</source>
        <translation>客户未提出疑问。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>解答</translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translation>（尚未解答）</translation>
    </message>
    <message>
        <source>Buyer&apos;s signature:</source>
        <translation>购房人签字：</translation>
    </message>
    <message>
        <source>%1 %2, on %3</source>
        <translation>%1 %2，于 %3 核验</translation>
    </message>
</context>
<context>
    <name>ScheduledJobs</name>
    <message>
        <source>Payment follow-ups</source>
        <translation>付款跟进</translation>
    </message>
    <message>
        <source>Complaint escalations</source>
        <translation>投诉升级</translation>
    </message>
    <message>
        <source>Missed installments</source>
        <translation>逾期未付分期</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>记录保存</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>No copy was taken.</source>
        <translation>没有生成备份副本。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>%1: already done in this period (by this or another PC).</source>
        <translation>%1：本时段已完成（由本机或其他电脑）。</translation>
    </message>
    <message>
        <source>%1: not due yet.</source>
        <translation>%1：尚未到时间。</translation>
    </message>
    <message>
        <source>Automatic backup written to %1.</source>
        <translation>自动备份已写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Retention: the records of %n client(s) past the keeping period were anonymised.</source>
        <translation>
            <numerusform>记录保存：已将 %n 位超过保存期限的客户记录匿名化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s).</source>
        <translation>
            <numerusform>%1：%n 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduledVisitRepository</name>
    <message>
        <source>After handover</source>
        <translation>交房后</translation>
    </message>
    <message>
        <source>After signing</source>
        <translation>签约后</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Channel: choose phone call, WeChat or home visit</source>
        <translation>回访方式：请选择电话、微信或上门拜访</translation>
    </message>
    <message>
        <source>Satisfaction: a score from 1 to 5</source>
        <translation>满意度：请打 1 到 5 分</translation>
    </message>
    <message>
        <source>Outcome: say what the client said</source>
        <translation>回访结果：请填写客户的反馈</translation>
    </message>
    <message>
        <source>Status: this return visit was already recorded</source>
        <translation>状态：此回访已登记过</translation>
    </message>
    <message>
        <source>Status: this return visit is no longer owed</source>
        <translation>状态：此回访已无需进行</translation>
    </message>
    <message>
        <source>Visited at: not before the visit was owed (%1)</source>
        <translation>回访时间：不能早于应回访起始时间（%1）</translation>
    </message>
    <message>
        <source>satisfaction %1/5, %2: %3</source>
        <translation>满意度 %1/5，%2：%3</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Regular return visit: %1</source>
        <translation>定期回访：%1</translation>
    </message>
    <message>
        <source>Not satisfied at the return visit: %1</source>
        <translation>回访时客户不满意：%1</translation>
    </message>
    <message>
        <source>Return visit No. %1 does not exist</source>
        <translation>回访 %1 号不存在</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>Lock after: %1 minutes is not between 0 (never) and %2</source>
        <translation>锁定时间：%1 分钟不在 0（从不锁定）到 %2 之间</translation>
    </message>
</context>
<context>
    <name>ServiceAnalysisRepository</name>
    <message>
        <source>under 2 million yuan</source>
        <translation>200 万元以下</translation>
    </message>
    <message>
        <source>5 million yuan and above</source>
        <translation>500 万元及以上</translation>
    </message>
    <message>
        <source>2–3 million yuan</source>
        <translation>200–300 万元</translation>
    </message>
    <message>
        <source>3–4 million yuan</source>
        <translation>300–400 万元</translation>
    </message>
    <message>
        <source>4–5 million yuan</source>
        <translation>400–500 万元</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
</context>
<context>
    <name>ServiceRecordRepository</name>
    <message>
        <source>service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Kind: &quot;%1&quot; is not one of %2</source>
        <translation>类型：“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>Client: there is no client No. %1</source>
        <translation>客户：没有编号为 %1 的客户</translation>
    </message>
    <message>
        <source>%1 (entered by %2)</source>
        <translation>%1（%2 录入）</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Close of business: &quot;%1&quot; is not a time such as 18:00</source>
        <translation>下班时间：“%1”不是时间，例如 18:00</translation>
    </message>
    <message numerus="yes">
        <source>--practice: this database already holds %n client(s); only an empty database becomes a practice database.</source>
        <translation>
            <numerusform>--practice：此数据库中已有 %n 位客户；只有空数据库才能设为练习数据库。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a known time zone such as %2</source>
        <translation>时区：“%1”不是已知时区，例如 %2</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database file is damaged; restore the latest backup. (%1)</source>
        <translation>数据库文件已损坏，请恢复最近的备份。（%1）</translation>
    </message>
    <message>
        <source>The database server cannot be reached; nothing was saved. (%1)</source>
        <translation>无法连接数据库服务器，未保存任何内容。（%1）</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容。请释放空间后重试。</translation>
    </message>
    <message>
        <source>The database is read-only here (the file or the server takes no changes); nothing was saved. Looking things up still works; ask the administrator to make it writable again.</source>
        <translation>数据库在此处为只读（文件或服务器不接受修改），未保存任何内容。仍可查询；请管理员恢复写入权限。</translation>
    </message>
    <message>
        <source>Another user saved the same value at the same moment; nothing was saved. Look again and try again.</source>
        <translation>其他用户在同一时刻保存了相同的值，本次未保存。请重新查看后再试。</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s change; nothing was saved. Try again.</source>
        <translation>数据库正在处理其他用户的修改，本次未保存，请重试。</translation>
    </message>
</context>
<context>
    <name>SqlRow</name>
    <message>
        <source>The column %1 appears twice in the result of: %2</source>
        <translation>列 %1 在以下查询的结果中出现了两次：%2</translation>
    </message>
    <message>
        <source>The column %1 is not in the result of: %2 (its columns: %3)</source>
        <translation>列 %1 不在以下查询的结果中：%2（结果的列：%3）</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Name: a staff member called %1 already exists</source>
        <translation>姓名：已有名为 %1 的员工</translation>
    </message>
</context>
<context>
    <name>SurveyRepository</name>
    <message>
        <source>%1: a score from 1 to 5</source>
        <translation>%1：请打 1 到 5 分</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>意向客户</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交房</translation>
    </message>
    <message>
        <source>--quarter: &quot;%1&quot; is not a quarter like 2026-Q4</source>
        <translation>--quarter：“%1”不是形如 2026-Q4 的季度</translation>
    </message>
    <message>
        <source>Satisfaction survey %1</source>
        <translation>%1 客户满意度调查</translation>
    </message>
    <message>
        <source>The client No. %1 does not exist.</source>
        <translation>客户第 %1 号不存在。</translation>
    </message>
    <message>
        <source>Client: No. %1 has answered this survey already</source>
        <translation>客户：第 %1 号已回复过本次调查</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Improvement action: say what will be done</source>
        <translation>改进措施：请写明要做什么</translation>
    </message>
    <message>
        <source>Due date: required</source>
        <translation>完成期限：必填</translation>
    </message>
    <message>
        <source>Result: say what the action achieved</source>
        <translation>结果：请写明措施的效果</translation>
    </message>
    <message>
        <source>Stage: &quot;%1&quot; is not one of %2</source>
        <translation>阶段：“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>attitude %1, efficiency %2, problem resolution %3</source>
        <translation>服务态度 %1 分、效率 %2 分、问题解决 %3 分</translation>
    </message>
    <message>
        <source>Not satisfied in the %1 survey: %2</source>
        <translation>%1 满意度调查中客户不满意：%2</translation>
    </message>
    <message>
        <source>Not satisfied in the %1 survey: %2; said: %3</source>
        <translation>%1 满意度调查中客户不满意：%2；客户意见：%3</translation>
    </message>
</context>
<context>
    <name>TrainingRepository</name>
    <message>
        <source>Service rules</source>
        <translation>服务规范</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通技巧</translation>
    </message>
    <message>
        <source>Emergency handling</source>
        <translation>应急处理</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Date: required</source>
        <translation>日期：必填</translation>
    </message>
    <message>
        <source>Topic: &quot;%1&quot; is not one of %2</source>
        <translation>主题：“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>Title: required</source>
        <translation>名称：必填</translation>
    </message>
    <message>
        <source>Pass mark: from 0 to 100</source>
        <translation>合格分：0 到 100</translation>
    </message>
    <message>
        <source>Score: from 0 to 100</source>
        <translation>得分：0 到 100</translation>
    </message>
    <message>
        <source>The training session No. %1 does not exist.</source>
        <translation>培训第 %1 场不存在。</translation>
    </message>
    <message>
        <source>Score: this assessment was passed already</source>
        <translation>得分：该考核已通过</translation>
    </message>
</context>
<context>
    <name>TrendRepository</name>
    <message>
        <source>--month: &quot;%1&quot; is not a month like 2026-11</source>
        <translation>--month：“%1”不是 2026-11 这样的月份</translation>
    </message>
</context>
<context>
    <name>TrendsReport</name>
    <message>
        <source>Deadline compliance by kind (%)</source>
        <translation>各类时限达标率（%）</translation>
    </message>
    <message>
        <source>Met on time ÷ (met, met late, or still open past the deadline), by the month the deadline falls in.</source>
        <translation>按时完成 ÷（按时完成 + 超时完成 + 已过期仍未完成），按截止时间所在月份统计。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>%1: met on time</source>
        <translation>%1：按时完成数</translation>
    </message>
    <message>
        <source>%1: counted</source>
        <translation>%1：统计数</translation>
    </message>
    <message>
        <source>Complaint rate (%)</source>
        <translation>投诉率（%）</translation>
    </message>
    <message>
        <source>Complaints received ÷ clients served (with a service record) in the month.</source>
        <translation>当月受理投诉数 ÷ 当月服务客户数（有服务记录的客户）。</translation>
    </message>
    <message>
        <source>Complaints</source>
        <comment>a count</comment>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Clients served</source>
        <translation>服务客户数</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <source>Satisfaction by dimension (1–5)</source>
        <translation>各维度满意度（1–5 分）</translation>
    </message>
    <message>
        <source>The average score of the survey responses given in the month.</source>
        <translation>当月收到的满意度调查回复的平均分。</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回复数</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>Problem resolution</source>
        <translation>问题解决</translation>
    </message>
    <message>
        <source>Training pass rate (%)</source>
        <translation>培训考核通过率（%）</translation>
    </message>
    <message>
        <source>Staff who passed the assessment of a session held in the month ÷ staff assessed.</source>
        <translation>当月培训考核通过人数 ÷ 参加考核人数。</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>参考人数</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过人数</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>No deadline fell in these months.</source>
        <translation>这 12 个月内没有到期的时限事项。</translation>
    </message>
    <message>
        <source>Trends over 12 months</source>
        <translation>近 12 个月趋势</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>Building %1, room %2</source>
        <translation>%1栋%2室</translation>
    </message>
    <message>
        <source>Building %1, entrance %2, room %3</source>
        <translation>%1栋%2单元%3室</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>unit</source>
        <translation>房源</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>最多 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>cannot be before the consultation was received</source>
        <translation>不能早于收到咨询的时间</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be between -5 and 200</source>
        <translation>必须在 -5 到 200 之间</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>必须晚于开始时间</translation>
    </message>
    <message>
        <source>must be between 1 and 50</source>
        <translation>必须在 1 到 50 之间</translation>
    </message>
    <message>
        <source>must be between zero and the price</source>
        <translation>必须在零和价格之间</translation>
    </message>
    <message>
        <source>required once signed</source>
        <translation>签约后必填</translation>
    </message>
    <message>
        <source>required to cancel</source>
        <translation>作废时必填</translation>
    </message>
    <message>
        <source>between 1 and 365 working days</source>
        <translation>须在 1 到 365 个工作日之间</translation>
    </message>
    <message>
        <source>only a source of the kind &quot;%1&quot; keeps its own wording</source>
        <translation>只有“%1”类来源才保留原文</translation>
    </message>
    <message>
        <source>contains an invisible control character (U+%1); type it again</source>
        <translation>含有看不见的控制字符（U+%1），请重新输入</translation>
    </message>
    <message>
        <source>needs at least one visible character</source>
        <translation>至少要有一个可见的字符</translation>
    </message>
</context>
<context>
    <name>ViewingBriefReport</name>
    <message>
        <source>Client brief before the viewing</source>
        <translation>看房前客户简报</translation>
    </message>
    <message>
        <source>The viewing</source>
        <translation>本次看房</translation>
    </message>
    <message>
        <source>Time: %1 to %2</source>
        <translation>时间：%1 至 %2</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>置业顾问：%1</translation>
    </message>
    <message numerus="yes">
        <source>Party: %n person(s)</source>
        <translation>
            <numerusform>人数：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>The client was asked to bring: %1</source>
        <translation>已提醒客户携带：%1</translation>
    </message>
    <message>
        <source>A security escort is arranged.</source>
        <translation>已安排安保人员陪同。</translation>
    </message>
    <message>
        <source>Special needs: %1</source>
        <translation>特殊需求：%1</translation>
    </message>
    <message>
        <source>Notes on the booking: %1</source>
        <translation>预约备注：%1</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>客户背景</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>性别：%1</translation>
    </message>
    <message>
        <source>Occupation: %1</source>
        <translation>职业：%1</translation>
    </message>
    <message>
        <source>Found us through: %1</source>
        <translation>了解渠道：%1</translation>
    </message>
    <message>
        <source>Their consultant: %1</source>
        <translation>专属顾问：%1</translation>
    </message>
    <message>
        <source>Client since: %1</source>
        <translation>首次登记：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>budget %1 10k yuan</source>
        <translation>预算 %1 万元</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The consultation of %1 has not been answered yet.</source>
        <translation>%1 的咨询尚未答复。</translation>
    </message>
    <message>
        <source>Interests and needs</source>
        <translation>关注点与需求</translation>
    </message>
    <message>
        <source>Interests: %1</source>
        <translation>关注点：%1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Needs said on %1</source>
        <translation>%1 提出的需求</translation>
    </message>
    <message>
        <source>Past visits and contacts</source>
        <translation>以往来访与联系</translation>
    </message>
    <message>
        <source>This is the client&apos;s first contact with the office.</source>
        <translation>这是客户第一次与我们联系。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>待解决的问题</translation>
    </message>
    <message>
        <source>Contract %1, not yet answered: %2</source>
        <translation>合同 %1，尚未答复：%2</translation>
    </message>
    <message>
        <source>Complaint No. %1 (%2): %3</source>
        <translation>投诉 %1 号（%2）：%3</translation>
    </message>
    <message>
        <source>Follow-up due %1: %2</source>
        <translation>待跟进（%1 前）：%2</translation>
    </message>
    <message>
        <source>No open questions.</source>
        <translation>没有待解决的问题。</translation>
    </message>
    <message>
        <source>(there are notes, hidden from your role)</source>
        <translation>（有备注，当前角色无权查看）</translation>
    </message>
</context>
<context>
    <name>ViewingIcs</name>
    <message numerus="yes">
        <source>Viewing: %1 (%n person(s))</source>
        <translation>
            <numerusform>看房：%1（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>置业顾问：%1</translation>
    </message>
    <message>
        <source>Please bring: %1</source>
        <translation>请携带：%1</translation>
    </message>
    <message>
        <source>Security escort arranged</source>
        <translation>已安排安保陪同</translation>
    </message>
    <message>
        <source>Special needs: %1</source>
        <translation>特殊需求：%1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Reception</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation>置业顾问</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>到访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Agent referral</source>
        <translation>中介转介</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>区位</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>户型</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>配套</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>看房</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Payment follow-up</source>
        <translation>付款跟进</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交房</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>First response given</source>
        <translation>已初步响应</translation>
    </message>
    <message>
        <source>Solution proposed</source>
        <translation>已给出方案</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Return visit done</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>特急</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可售</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交房</translation>
    </message>
    <message>
        <source>WeChat conversation</source>
        <translation>微信沟通</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到访</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>短信留言</translation>
    </message>
    <message>
        <source>Other act</source>
        <translation>其他服务</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>待交房</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Fixed, awaiting re-inspection</source>
        <translation>已整改，待复验</translation>
    </message>
    <message>
        <source>Fixed, re-inspection passed</source>
        <translation>已整改，复验合格</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>make-up working day (%1)</source>
        <translation>调休上班日（%1）</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>public holiday (%1)</source>
        <translation>法定节假日（%1）</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>The calendar file is empty; expected the header date,kind,name.</source>
        <translation>节假日文件是空的；第一行应为表头 date,kind,name。</translation>
    </message>
    <message>
        <source>Line %1: the header must be date,kind,name</source>
        <translation>第 %1 行：表头必须是 date,kind,name</translation>
    </message>
    <message>
        <source>Line %1: expected 3 fields (date,kind,name), found %2</source>
        <translation>第 %1 行：应有 3 个字段（date,kind,name），实际有 %2 个</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>第 %1 行：“%2”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>Line %1: kind &quot;%2&quot; must be holiday or workday</source>
        <translation>第 %1 行：类型“%2”必须是 holiday 或 workday</translation>
    </message>
    <message>
        <source>Line %1: %2 is already listed on line %3</source>
        <translation>第 %1 行：%2 已在第 %3 行列出</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a real date: there is no month %3</source>
        <translation>第 %1 行：“%2”不是实际存在的日期：没有 %3 月</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a real date: %3 has only %4 days</source>
        <translation>第 %1 行：“%2”不是实际存在的日期：%3 只有 %4 天</translation>
    </message>
</context>
<context>
    <name>estatedesk::AppraisalTab</name>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Clients served</source>
        <translation>服务客户数</translation>
    </message>
    <message>
        <source>Complaints</source>
        <comment>a count</comment>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>时限达标率</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Viewings</source>
        <translation>看房</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>辅导事项</translation>
    </message>
    <message>
        <source>Publish the month</source>
        <translation>公布本月考核结果</translation>
    </message>
    <message>
        <source>what a correction changes</source>
        <translation>更正内容</translation>
    </message>
    <message>
        <source>Publish a correction</source>
        <translation>公布更正</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Print the selected person&apos;s pack…</source>
        <translation>打印所选员工的考核单…</translation>
    </message>
    <message>
        <source>Print my appraisal…</source>
        <translation>打印我的考核单…</translation>
    </message>
    <message>
        <source>Save the pack as PDF…</source>
        <translation>考核单另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the pack</source>
        <translation>保存考核单</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Save coaching thresholds</source>
        <translation>保存辅导标准</translation>
    </message>
    <message>
        <source>Coaching below satisfaction</source>
        <translation>需辅导：满意度低于</translation>
    </message>
    <message>
        <source>or compliance</source>
        <translation>或时限达标率低于</translation>
    </message>
    <message>
        <source>or above complaint rate</source>
        <translation>或投诉率高于</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励内容</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>奖励原因</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>发放人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>辅导效果</translation>
    </message>
    <message>
        <source>Coached by</source>
        <translation>辅导人</translation>
    </message>
    <message>
        <source>reward (what is given)</source>
        <translation>奖励内容</translation>
    </message>
    <message>
        <source>why</source>
        <translation>奖励原因</translation>
    </message>
    <message>
        <source>Record the reward</source>
        <translation>记录奖励</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>辅导主题</translation>
    </message>
    <message>
        <source>outcome (may follow later)</source>
        <translation>辅导效果（可稍后填写）</translation>
    </message>
    <message>
        <source>Record the coaching</source>
        <translation>记录辅导</translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation>保存辅导效果</translation>
    </message>
    <message>
        <source>Not published yet: your appraisal shows here once it is published</source>
        <translation>尚未公布：考核结果公布后会显示在这里</translation>
    </message>
    <message>
        <source>Not published: live figures</source>
        <translation>未公布：当前数据</translation>
    </message>
    <message>
        <source>Published (frozen)</source>
        <translation>已公布（已冻结）</translation>
    </message>
    <message>
        <source>Published, revision %1</source>
        <translation>已公布，第 %1 版</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Staff member: select one in the appraisal table first</source>
        <translation>员工：请先在考核表中选择一位员工</translation>
    </message>
    <message>
        <source>%1 published: its figures are frozen.</source>
        <translation>%1 已公布，数据已冻结。</translation>
    </message>
    <message>
        <source>Coaching thresholds saved; published months keep the flags they were published with.</source>
        <translation>辅导标准已保存；已公布的月份保留公布时的辅导标记。</translation>
    </message>
    <message>
        <source>Revision %1 of %2 published; the earlier ones stay readable.</source>
        <translation>%2 第 %1 版已公布，之前的版本仍可查阅。</translation>
    </message>
    <message>
        <source>Reward recorded; it is printed with the appraisal of %1.</source>
        <translation>奖励已记录，将随 %1 的考核结果一并打印。</translation>
    </message>
    <message>
        <source>Reward: select one in the list first</source>
        <translation>奖励：请先在列表中选择一条</translation>
    </message>
    <message>
        <source>Reward removed.</source>
        <translation>奖励记录已删除。</translation>
    </message>
    <message>
        <source>Coaching recorded; it is printed with the appraisal of %1.</source>
        <translation>辅导已记录，将随 %1 的考核结果一并打印。</translation>
    </message>
    <message>
        <source>Coaching: select one in the list first</source>
        <translation>辅导：请先在列表中选择一条</translation>
    </message>
    <message>
        <source>Outcome saved.</source>
        <translation>辅导效果已保存。</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 已写入 %2。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Nobody is appraised in %1: the appraisal covers the consultants, customer-service and reception staff on duty that month.</source>
        <translation>%1 没有考核对象：考核对象为当月在岗的置业顾问、客服和前台员工。</translation>
    </message>
    <message>
        <source>The appraisal of %1 is not published yet; your row shows here once it is.</source>
        <translation>%1 的考核结果尚未公布；公布后，您的考核结果会显示在这里。</translation>
    </message>
    <message>
        <source>Publish the appraisal of %1?

Its figures are then frozen and every staff member sees their result; a later change needs a correction with its reason.</source>
        <translation>公布 %1 的考核结果？

公布后数据冻结，每位员工都能看到自己的结果；之后的修改须以更正公布并写明原因。</translation>
    </message>
</context>
<context>
    <name>estatedesk::AuditLogPage</name>
    <message>
        <source>Anyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>看房</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Deadline policy</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <source>%1 No. %2</source>
        <translation>%1 %2 号</translation>
    </message>
</context>
<context>
    <name>estatedesk::BackupsPage</name>
    <message>
        <source>A copy of the database is taken automatically once a day while EstateDesk runs, and thinned to one copy per day for a week, per week for a month and per month for a year.</source>
        <translation>楼盘客服台运行时每天自动备份一次数据库；保留最近一周每天一份、最近一个月每周一份、最近一年每月一份。</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Save folder</source>
        <translation>保存文件夹</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore the selected copy...</source>
        <translation>恢复选中的备份...</translation>
    </message>
    <message>
        <source>Folder: %1 cannot be created</source>
        <translation>文件夹：无法创建 %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace everything in the database with the copy %1?

Changes made since that copy was taken will be lost. Take a backup now first if in doubt.</source>
        <translation>用备份 %1 替换数据库中的全部内容吗？

该备份之后的修改将会丢失。如有疑问，请先立即备份。</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>未作任何修改。

%1</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>已从 %1 恢复。</translation>
    </message>
    <message>
        <source>Keeping records (seed 三.(三)2)</source>
        <translation>记录保存（规定 三.(三)2）</translation>
    </message>
    <message>
        <source>Keep records after handover for</source>
        <translation>交房后记录保存</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Preview who goes</source>
        <translation>预览将被清理的客户</translation>
    </message>
    <message>
        <source>Once a day, clients whose last handover is older than this have their name, phone and notes anonymised and their service records removed; backup copies older than this are removed too.</source>
        <translation>每天一次：最后一次交房早于该期限的客户，其姓名、电话和备注将被匿名化，服务记录将被删除；早于该期限的备份也会被删除。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (No. %2): handed over %3, %n service record(s)</source>
        <translation>
            <numerusform>%1（编号 %2）：%3 交房，服务记录 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is past the keeping period.</source>
        <translation>没有超过保存期限的客户。</translation>
    </message>
    <message>
        <source>Keeping records</source>
        <translation>记录保存</translation>
    </message>
    <message>
        <source>%1  %2    %3</source>
        <translation>%1  %2    %3</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>The audit log in the copy %1 was changed behind EstateDesk&apos;s back (%2). Only an administrator may restore it.</source>
        <translation>备份 %1 中的审计日志曾在楼盘客服台之外被改动（%2）。只有管理员才能恢复它。</translation>
    </message>
    <message>
        <source>The audit log in the copy %1 was changed behind EstateDesk&apos;s back: %2.

Restore it anyway and replace everything in the database with it? The audit log starts a new chain from this copy, and the entry of this restore records what was broken.</source>
        <translation>备份 %1 中的审计日志曾在楼盘客服台之外被改动：%2。

仍要恢复它并用它替换数据库中的全部内容吗？审计日志将从这份备份起重新开始一条新链，本次恢复的审计记录会注明被破坏之处。</translation>
    </message>
</context>
<context>
    <name>estatedesk::CalendarSettingsPage</name>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Import CSV...</source>
        <translation>导入 CSV...</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>导出 CSV...</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Mark as holiday</source>
        <translation>标为节假日</translation>
    </message>
    <message>
        <source>Mark as make-up working day</source>
        <translation>标为调休上班日</translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation>清除标记</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Deadlines counted in working days skip weekends and the holidays marked here, and count the make-up working days (调休). Open deadlines are recomputed at once; deadlines already met keep their outcome.</source>
        <translation>按工作日计算的时限会跳过周末和这里标记的节假日，并计入调休上班日。未完成的时限会立即重新计算；已完成的时限保持原有结果。</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n marked day(s). Red: holidays; green: make-up working days.</source>
        <translation>
            <numerusform>%1 年：已标记 %n 天。红色为节假日，绿色为调休上班日。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no official schedule has been published or imported yet. Deadlines that fall in this year count only weekends and are shown as provisional.</source>
        <translation>%1 年：尚未公布或导入官方节假日安排。落在该年的时限只按周末计算，并标为“暂定”。</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Import holiday calendar</source>
        <translation>导入节假日日历</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s).</source>
        <translation>
            <numerusform>已导入 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>未导入任何数据。

%1</translation>
    </message>
    <message>
        <source>Export holiday calendar</source>
        <translation>导出节假日日历</translation>
    </message>
    <message>
        <source>e.g. National Day</source>
        <translation>例如 国庆节</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a holiday, not a person</comment>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>estatedesk::ChecklistFlag</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Opening checklist: %n item(s) not ticked&lt;/b&gt; (due by %1): %2. &lt;a href=&quot;open&quot;&gt;Open the checklist&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;开门检查：尚有 %n 项未勾选&lt;/b&gt;（应于 %1 前完成）：%2。&lt;a href=&quot;open&quot;&gt;打开检查单&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>estatedesk::ClientDetailPanel</name>
    <message>
        <source>Select a client on the left</source>
        <translation>请在左侧选择一位客户</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>职业：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>关注点：</translation>
    </message>
    <message>
        <source>Consultant:</source>
        <translation>置业顾问：</translation>
    </message>
    <message>
        <source>First contact:</source>
        <translation>首次接触：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Show the full number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Shows the number once; the look is recorded in the audit log.</source>
        <translation>显示一次完整号码；查看行为会记入审计日志。</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>跟进任务</translation>
    </message>
    <message>
        <source>e.g. call back about the loan pre-approval</source>
        <translation>例如：回电确认贷款预审结果</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Erase personal data on request...</source>
        <translation>应客户要求删除个人信息...</translation>
    </message>
    <message>
        <source>The client asks to have their personal data deleted (PIPL art. 47).</source>
        <translation>客户要求删除其个人信息（《个人信息保护法》第四十七条）。</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <source>Edit client...</source>
        <translation>修改客户信息…</translation>
    </message>
    <message>
        <source>What was said or done, e.g. called back, the client wants a weekend viewing</source>
        <translation>说了什么或做了什么，例如：电话回访，客户想周末看房</translation>
    </message>
    <message>
        <source>Result (optional)</source>
        <translation>结果（选填）</translation>
    </message>
    <message>
        <source>Log the act</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Consultation of %1 (%2) awaiting a response: %3, %4</source>
        <translation>%1 的咨询（%2）待答复：%3，%4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation>其他电话：</translation>
    </message>
</context>
<context>
    <name>estatedesk::ClientEditDialog</name>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>修改客户信息</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>职业：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Hidden from your role</source>
        <translation>您的角色不可查看</translation>
    </message>
    <message>
        <source>Edit client %1 (No. %2)</source>
        <translation>修改客户信息：%1（编号 %2）</translation>
    </message>
    <message>
        <source>Someone else changed this client while you were editing. Nothing was saved. Their changes are now shown and what you typed is kept: check it and save again.</source>
        <translation>您修改期间，其他同事已修改并保存了该客户，本次未保存任何内容。现已显示对方的修改，您填写的内容仍保留：请核对后再次保存。</translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation>其他电话：</translation>
    </message>
    <message>
        <source>Another number</source>
        <translation>另一个号码</translation>
    </message>
    <message>
        <source>Label, e.g. work</source>
        <translation>备注，如 工作</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>添加号码</translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation>删除号码</translation>
    </message>
    <message>
        <source>The front desk and the search find the client by these numbers too. Numbers are added and removed at once.</source>
        <translation>前台和搜索也能通过这些号码找到该客户。号码的添加和删除立即生效。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>the phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>the gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>the occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 (theirs: %2)</source>
        <translation>%1（同事改为：%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Someone else changed this client while you were editing. Nothing was saved. Their changes are now shown and what you typed is kept: check it and save again. You both changed %1: the form keeps yours; saving again replaces theirs.</source>
        <translation>您修改期间，其他同事已修改并保存了该客户，本次未保存任何内容。现已显示对方的修改，您填写的内容仍保留：请核对后再次保存。您和同事都改了%1：表中保留的是您填写的内容，再次保存将覆盖同事的修改。</translation>
    </message>
</context>
<context>
    <name>estatedesk::ClientListModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>置业顾问</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
</context>
<context>
    <name>estatedesk::ComplaintsPage</name>
    <message>
        <source>Handover defect</source>
        <translation>交房问题</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>the client&apos;s phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <source>category, e.g. quality, service</source>
        <translation>类别，如房屋质量、服务</translation>
    </message>
    <message>
        <source>what the client says</source>
        <translation>客户反映的问题</translation>
    </message>
    <message>
        <source>Record complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未结案投诉</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报主管</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>全部投诉</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>初步响应</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>note: what was said or done</source>
        <translation>备注：沟通内容或处理情况</translation>
    </message>
    <message>
        <source>Return visit: satisfaction</source>
        <translation>回访满意度</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5 分</translation>
    </message>
    <message>
        <source>Client satisfied</source>
        <translation>客户满意</translation>
    </message>
    <message>
        <source>Propose solution</source>
        <translation>给出方案</translation>
    </message>
    <message>
        <source>Arrived on site</source>
        <translation>已到现场</translation>
    </message>
    <message>
        <source>Wait for client</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Client replied</source>
        <translation>客户已回复</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Record return visit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <source> · waiting for the client</source>
        <translation> · 等待客户回复</translation>
    </message>
    <message>
        <source> · reopened</source>
        <translation> · 重新处理</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) shown</source>
        <translation>
            <numerusform>共 %n 件投诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an overdue deadline</source>
        <translation>
            <numerusform>其中 %n 件超时</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a complaint to see its history and take the next step.</source>
        <translation>选择一件投诉，查看处理经过并进行下一步。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complaint No. %1&lt;/b&gt; — %2, %3, via %4&lt;br/&gt;%5</source>
        <translation>&lt;b&gt;投诉第 %1 号&lt;/b&gt; —— %2，%3，来自%4&lt;br/&gt;%5</translation>
    </message>
    <message>
        <source>Client: no client has the phone &quot;%1&quot;; register them at the front desk first</source>
        <translation>客户：没有电话为“%1”的客户，请先在前台登记</translation>
    </message>
    <message>
        <source>Complaint No. %1 of %2 recorded; the first response is due within the deadline shown.</source>
        <translation>已登记%2的投诉（第 %1 号），请在所示时限内初步响应。</translation>
    </message>
    <message>
        <source>Select a complaint first.</source>
        <translation>请先选择一件投诉。</translation>
    </message>
    <message>
        <source>Complaint No. %1: %2 recorded.</source>
        <translation>投诉第 %1 号：已登记“%2”。</translation>
    </message>
    <message>
        <source>About the home %1</source>
        <translation>涉及房屋：%1</translation>
    </message>
    <message>
        <source>Step: &quot;%1&quot; is not a step of a complaint</source>
        <translation>步骤：“%1”不是投诉的处理步骤</translation>
    </message>
</context>
<context>
    <name>estatedesk::ConsultationResponder</name>
    <message>
        <source>What was answered (optional), e.g. sent the price list</source>
        <translation>答复内容（选填），例如：发送了价格表</translation>
    </message>
    <message>
        <source>Respond (Ctrl+R)</source>
        <translation>答复（Ctrl+R）</translation>
    </message>
    <message>
        <source>Records the response to the selected consultation: its 15-minute clock stops.</source>
        <translation>记录对所选咨询的答复：15 分钟时限停止计时。</translation>
    </message>
    <message>
        <source>Answered the consultation of %1 at %2: %3.</source>
        <translation>已于 %2 答复 %1 的咨询：%3。</translation>
    </message>
</context>
<context>
    <name>estatedesk::ContractPaymentTab</name>
    <message>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>款项</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>已付（元）</translation>
    </message>
    <message>
        <source>Owed (yuan)</source>
        <translation>未付（元）</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Way of payment:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <source>from</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>生成付款计划</translation>
    </message>
    <message>
        <source>how: transfer, card, bank loan …</source>
        <translation>方式：转账、刷卡、银行放款……</translation>
    </message>
    <message>
        <source>Receipt for the selected installment:</source>
        <translation>所选款项收款：</translation>
    </message>
    <message>
        <source>Record receipt</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <source>Payment plan created; every installment is watched until paid.</source>
        <translation>付款计划已生成，每期款项付清前都会跟踪到期情况。</translation>
    </message>
    <message>
        <source>Select an installment first.</source>
        <translation>请先选择一期款项。</translation>
    </message>
    <message>
        <source>Receipt recorded.</source>
        <translation>收款已登记。</translation>
    </message>
    <message>
        <source>This contract already has a payment plan.</source>
        <translation>此合同已有付款计划。</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>冲正…</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲正</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Select a receipt first.</source>
        <translation>请先选择一笔收款。</translation>
    </message>
    <message>
        <source>Reverse receipt</source>
        <translation>冲正收款</translation>
    </message>
    <message>
        <source>Receipt No. %1 stays on record, marked reversed, and no longer counts as paid. Why is it reversed?</source>
        <translation>收款 %1 号将保留记录并标记为已冲正，不再计入已付。冲正原因是什么？</translation>
    </message>
    <message>
        <source>Receipt reversed; the installment shows what is still owed.</source>
        <translation>收款已冲正；款项显示现在仍未付的金额。</translation>
    </message>
    <message>
        <source>entered late for an overdue installment: the bank slip No. …</source>
        <translation>超时款项补录：银行回单号……</translation>
    </message>
    <message>
        <source>Required when the installment is overdue and the money was received on or before its due date: what shows it was received then.</source>
        <translation>款项已超时而收款日期在到期日当天或之前时必填：证明当时已收款的凭证。</translation>
    </message>
</context>
<context>
    <name>estatedesk::ContractQuestionsTab</name>
    <message>
        <source>the client&apos;s question about a clause</source>
        <translation>客户对条款的疑问</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>记录问题</translation>
    </message>
    <message>
        <source>the answer to the selected question</source>
        <translation>对所选问题的解答</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>解答</translation>
    </message>
    <message>
        <source>Q: %1 — not answered yet</source>
        <translation>问：%1 —— 尚未解答</translation>
    </message>
    <message>
        <source>Q: %1 — A: %2</source>
        <translation>问：%1 —— 答：%2</translation>
    </message>
    <message>
        <source>Question recorded; answer it before signing.</source>
        <translation>问题已记录，请在签约前解答。</translation>
    </message>
    <message>
        <source>Select a question first.</source>
        <translation>请先选择一个问题。</translation>
    </message>
    <message>
        <source>Answer recorded.</source>
        <translation>回复已记录。</translation>
    </message>
</context>
<context>
    <name>estatedesk::ContractStepsTab</name>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>notes: bank, amount, who helped</source>
        <translation>备注：银行、金额、协办人</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rejected by the bank</source>
        <translation>银行拒贷</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Select a step first.</source>
        <translation>请先选择一个环节。</translation>
    </message>
    <message>
        <source>Rejection recorded; the consultant and the supervisors have a task today.</source>
        <translation>拒贷已记录，置业顾问和主管今天都有跟进任务。</translation>
    </message>
    <message>
        <source>Step recorded.</source>
        <translation>环节已记录。</translation>
    </message>
</context>
<context>
    <name>estatedesk::ContractTab</name>
    <message>
        <source>document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>核验身份</translation>
    </message>
    <message>
        <source>Buyer&apos;s document:</source>
        <translation>购房人证件：</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>File (备案)</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Signing date:</source>
        <translation>签约日期：</translation>
    </message>
    <message>
        <source>names of the co-buyers, separated by 、</source>
        <translation>共同购房人姓名，用“、”分隔</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Co-buyers:</source>
        <translation>共同购房人：</translation>
    </message>
    <message>
        <source>why the contract is cancelled</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Cancel contract</source>
        <translation>作废合同</translation>
    </message>
    <message>
        <source>Cancel:</source>
        <translation>作废：</translation>
    </message>
    <message>
        <source>Identity verified and recorded.</source>
        <translation>身份已核验并记录。</translation>
    </message>
    <message>
        <source>Contract signed; the unit is contracted.</source>
        <translation>合同已签订，房源状态为已签约。</translation>
    </message>
    <message>
        <source>Contract filed (备案).</source>
        <translation>合同已备案。</translation>
    </message>
    <message>
        <source>Contract cancelled; the unit is available again.</source>
        <translation>合同已作废，房源恢复可售。</translation>
    </message>
    <message>
        <source>Co-buyers saved.</source>
        <translation>共同购房人已保存。</translation>
    </message>
    <message>
        <source>Cancel contract %1 (%2, %3)?

%4 yuan has been received on it; it is not refunded here. The unit goes back on sale. A cancelled contract cannot be restored.</source>
        <translation>作废合同 %1（%2，%3）？

此合同已收款 %4 元，此处不办理退款。作废后房源恢复可售，作废的合同不能恢复。</translation>
    </message>
</context>
<context>
    <name>estatedesk::ContractsPage</name>
    <message>
        <source>New contract (draft: reserves the unit)</source>
        <translation>新建合同（草稿即认购，保留房源）</translation>
    </message>
    <message>
        <source>the buyer&apos;s phone</source>
        <translation>购房人电话</translation>
    </message>
    <message>
        <source>contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>discount ¥</source>
        <translation>优惠 ¥</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>创建草稿</translation>
    </message>
    <message>
        <source>Find a contract by number or buyer</source>
        <translation>按合同编号或购房人查找</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购房人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Price payable (yuan)</source>
        <translation>应付房款（元）</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>条款问答</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Loans and taxes</source>
        <translation>贷款与税费</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Select a contract first.</source>
        <translation>请先选择一份合同。</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>存为 PDF…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 — %2 yuan</source>
        <translation>%1 —— %2 元</translation>
    </message>
    <message>
        <source>Select a contract, or create a draft above.</source>
        <translation>请选择一份合同，或在上方创建草稿。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; —— %2，%3</translation>
    </message>
    <message>
        <source>Price %1 yuan, discount %2 yuan, payable %3 yuan</source>
        <translation>合同价 %1 元，优惠 %2 元，应付 %3 元</translation>
    </message>
    <message>
        <source>Identity verified on %1</source>
        <translation>身份已于 %1 核验</translation>
    </message>
    <message>
        <source>Identity not verified yet: verify it before signing</source>
        <translation>身份尚未核验：签约前须核验</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <source>Client: no client has the phone &quot;%1&quot;; register them at the front desk first</source>
        <translation>客户：没有电话为“%1”的客户，请先在前台登记</translation>
    </message>
    <message>
        <source>Unit: no unit is available</source>
        <translation>房源：没有可售房源</translation>
    </message>
    <message>
        <source>Draft %1 created for %2; the unit is reserved.</source>
        <translation>已为%2创建合同草稿 %1，房源已保留。</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 已保存到 %2。</translation>
    </message>
</context>
<context>
    <name>estatedesk::DashboardPage</name>
    <message>
        <source>Deadlines that need attention</source>
        <translation>需要关注的时限</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>我的团队</translation>
    </message>
    <message>
        <source>&quot;Mine&quot; and &quot;My team&quot; are offered once you sign in with your own account.</source>
        <translation>使用个人账号登录后可选择“我的”和“我的团队”。</translation>
    </message>
    <message>
        <source>EstateDesk deadlines</source>
        <translation>楼盘客服台时限提醒</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color:%2&quot;&gt;%3 overdue&lt;/span&gt; · %4 due soon</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color:%2&quot;&gt;已超时 %3 项&lt;/span&gt; · 即将到期 %4 项</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) just became overdue</source>
        <translation>
            <numerusform>%n 项刚刚超时</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewings in the next 24 hours:</source>
        <translation>未来 24 小时的看房：</translation>
    </message>
    <message>
        <source>Missed viewings (not checked in, last 7 days):</source>
        <translation>错过的看房（最近 7 天未签到）：</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%n person(s)), %3, %4</source>
        <translation>
            <numerusform>%1  %2（%n 人），%3，%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up tasks due (anomalies and escalations in red):</source>
        <translation>到期的跟进任务（异常和上报事项以红色显示）：</translation>
    </message>
    <message>
        <source>%1  %2 — %3 (%4)</source>
        <translation>%1  %2 —— %3（%4）</translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation>已超时和即将到期</translation>
    </message>
    <message>
        <source>All open items</source>
        <translation>全部未完成事项</translation>
    </message>
    <message>
        <source>&quot;All open items&quot; also lists what is still on track, such as a complaint logged a minute ago.</source>
        <translation>“全部未完成事项”也列出尚未临近到期的事项，例如刚刚登记的投诉。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the record of the selected item (or double-click it)</source>
        <translation>打开选中事项的记录（也可双击）</translation>
    </message>
    <message>
        <source>supervisors</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due soon. The list refreshes every 30 seconds; double-click an item to open the record (a complaint, a handover) or its client; Ctrl+E or the row&apos;s menu says why it is due then.</source>
        <translation>已超时 %1 项，即将到期 %2 项。列表每 30 秒刷新一次；双击事项可打开相应记录（投诉、交房）或客户；按 Ctrl+E 或右键菜单可查看为何在此时到期。</translation>
    </message>
</context>
<context>
    <name>estatedesk::DatabaseChoiceDialog</name>
    <message>
        <source>Where EstateDesk keeps its data</source>
        <translation>楼盘客服台的数据存放位置</translation>
    </message>
    <message>
        <source>&amp;This PC only</source>
        <translation>仅本机(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>For one PC. The file stays on this PC; backups go to the folder beside it.</source>
        <translation>适用于一台电脑。数据文件保存在本机，备份放在它旁边的文件夹中。</translation>
    </message>
    <message>
        <source>The &amp;office server (several PCs share one PostgreSQL database)</source>
        <translation>办公室服务器(&amp;O)（多台电脑共用一个 PostgreSQL 数据库）</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or office-server</source>
        <translation>例如 192.168.1.10 或 office-server</translation>
    </message>
    <message>
        <source>or a service of pg_service.conf instead of the four fields above</source>
        <translation>或填写 pg_service.conf 中的服务名，代替上面四项</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>服务名(&amp;V)：</translation>
    </message>
    <message>
        <source>The password is never typed here nor stored by EstateDesk: put it in ~/.pgpass (hostname:port:database:username:password, mode 0600), in PGPASSWORD, or in the service&apos;s entry. See &quot;Setting up the office server&quot; in the README.</source>
        <translation>密码不在这里输入，楼盘客服台也不保存密码：请把它写在 ~/.pgpass（主机:端口:数据库:用户:密码，权限 0600）、PGPASSWORD 或服务的配置项中。参见说明文档中的“搭建办公室服务器”。</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>The last try failed: %1</source>
        <translation>上次尝试失败：%1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>EstateDesk database (*.sqlite)</source>
        <translation>楼盘客服台数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>File: enter where the database file is to be kept.</source>
        <translation>文件：请填写数据库文件的存放位置。</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1 answers at %2.</source>
        <translation>已连接：%2 上的 PostgreSQL %1 有响应。</translation>
    </message>
</context>
<context>
    <name>estatedesk::DeadlineExplanation</name>
    <message>
        <source>Why is this due then?</source>
        <translation>为何在此时到期？</translation>
    </message>
    <message>
        <source>Explain the selected deadline: the days counted and skipped, pauses and rounds (Ctrl+E)</source>
        <translation>说明选中的时限：计入和跳过的日子、暂停和轮次（Ctrl+E）</translation>
    </message>
</context>
<context>
    <name>estatedesk::DeadlineListModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暂定）</translation>
    </message>
    <message>
        <source>Provisional: no official holiday schedule is published yet for a year counted here.</source>
        <translation>暂定：计算涉及的年份尚未公布官方节假日安排。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>estatedesk::FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account: the administrator then creates an account for each member of staff.</source>
        <translation>该数据库还没有账号。请创建管理员账号，之后由管理员为每位员工创建账号。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Name: required</source>
        <translation>姓名：必填</translation>
    </message>
    <message>
        <source>Password: the two entries differ</source>
        <translation>密码：两次输入不一致</translation>
    </message>
</context>
<context>
    <name>estatedesk::FrontDeskPage</name>
    <message>
        <source>Phone digits, name or pinyin initials</source>
        <translation>电话号码、姓名或拼音首字母</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>置业顾问</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Register a visit or call</source>
        <translation>登记来访或来电</translation>
    </message>
    <message>
        <source> ten-thousand yuan</source>
        <translation> 万元</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>关注点：</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>需求：</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>预算：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Register (Ctrl+Enter)</source>
        <translation>登记（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Returning client: %1 (No. %2), consultant %3, last contact %4</source>
        <translation>老客户：%1（编号 %2），置业顾问 %3，最近联系 %4</translation>
    </message>
    <message>
        <source>New client: this number is not registered yet.</source>
        <translation>新客户：该号码尚未登记。</translation>
    </message>
    <message>
        <source>Registered %1 outside office hours: in the after-hours queue, to be answered by %2.</source>
        <translation>已登记 %1（非工作时间）：已进入非工作时间队列，须在 %2 前回复。</translation>
    </message>
    <message>
        <source>Registered %1: a consultant must respond by %2.</source>
        <translation>已登记 %1：置业顾问须在 %2 前响应。</translation>
    </message>
    <message>
        <source>Walk-in rotation today (轮排)</source>
        <translation>今日到访轮排</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received today</source>
        <translation>今日接待</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Next new walk-in: nobody is available</source>
        <translation>下一位新到访客户：暂无空闲顾问</translation>
    </message>
    <message>
        <source>Next new walk-in: %1</source>
        <translation>下一位新到访客户：%1</translation>
    </message>
    <message>
        <source>Back to their consultant %1.</source>
        <translation>由原置业顾问 %1 接待。</translation>
    </message>
    <message>
        <source>Next in the rotation: %1.</source>
        <translation>按轮排由 %1 接待。</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>e.g. teacher</source>
        <translation>例如：教师</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>职业：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>清空（Esc）</translation>
    </message>
    <message>
        <source>Awaiting a response (oldest first; calls and messages after hours are marked):</source>
        <translation>待答复的咨询（最早的在前；非工作时间的来电和留言已标明）：</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>答复时限</translation>
    </message>
    <message>
        <source>%1 (after hours)</source>
        <translation>%1（非工作时间）</translation>
    </message>
    <message>
        <source>e.g. trading up, wants a larger three-bedroom flat</source>
        <translation>例如 改善型，想换大三房</translation>
    </message>
</context>
<context>
    <name>estatedesk::HandoversPage</name>
    <message>
        <source>Schedule a handover</source>
        <translation>安排交房</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>Unit and buyer:</source>
        <translation>房源及业主：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>接待人员：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>待交房</translation>
    </message>
    <message>
        <source>All handovers</source>
        <translation>全部交房</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>交房日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接待人员</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>交房通知</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>验房</translation>
    </message>
    <message>
        <source>Open defects</source>
        <translation>未整改问题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>书面通知</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>已发通知</translation>
    </message>
    <message>
        <source>Inspected with the owner</source>
        <translation>已陪同验房</translation>
    </message>
    <message>
        <source>property management: office and phone</source>
        <translation>物业服务中心及电话</translation>
    </message>
    <message>
        <source>Contact given</source>
        <translation>已告知物业</translation>
    </message>
    <message>
        <source>Handover done</source>
        <translation>完成交房</translation>
    </message>
    <message>
        <source>Print sign-off sheet…</source>
        <translation>打印签收单…</translation>
    </message>
    <message>
        <source>Save sign-off sheet as PDF…</source>
        <translation>签收单存为 PDF…</translation>
    </message>
    <message>
        <source>handover-%1.pdf</source>
        <translation>交房签收单-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Select a handover first.</source>
        <translation>请先选择一条交房记录。</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>room or place</source>
        <translation>房间或部位</translation>
    </message>
    <message>
        <source>the defect</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>who fixes it</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>policy default</source>
        <translation>按默认期限</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Add defect</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reported fixed</source>
        <translation>已报整改</translation>
    </message>
    <message>
        <source>Re-inspection passed</source>
        <translation>复验合格</translation>
    </message>
    <message>
        <source>Re-inspection failed</source>
        <translation>复验不合格</translation>
    </message>
    <message>
        <source>Raise as complaint</source>
        <translation>转为投诉</translation>
    </message>
    <message>
        <source>An overdue defect becomes a complaint; its history stays with the defect.</source>
        <translation>逾期未整改的问题可转为投诉，问题本身的记录保留不变。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 —— %2（%3）</translation>
    </message>
    <message>
        <source>sent %1 (%2)</source>
        <translation>%1 已通知（%2）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Select a handover to see its defects and take the next step.</source>
        <translation>选择一条交房记录，查看问题清单并进行下一步。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Handover No. %1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;交房 %1 号&lt;/b&gt;，交房日期 %2</translation>
    </message>
    <message>
        <source>notice sent %1 by %2</source>
        <translation>%1 已通知（%2）</translation>
    </message>
    <message>
        <source>notice not sent yet</source>
        <translation>尚未发送交房通知</translation>
    </message>
    <message>
        <source>inspected %1</source>
        <translation>%1 已验房</translation>
    </message>
    <message>
        <source>not inspected yet</source>
        <translation>尚未验房</translation>
    </message>
    <message>
        <source>property management: %1</source>
        <translation>物业：%1</translation>
    </message>
    <message>
        <source>property-management contact not given yet</source>
        <translation>尚未告知物业联系方式</translation>
    </message>
    <message>
        <source>Open (re-inspection failed)</source>
        <translation>待整改（复验不合格）</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第 %1 号</translation>
    </message>
    <message>
        <source>Unit: choose a sold unit to hand over</source>
        <translation>房源：请选择一套已售房源</translation>
    </message>
    <message>
        <source>Handover No. %1 scheduled for %2; send the notice in time.</source>
        <translation>已安排交房 %1 号，日期 %2，请按时发送交房通知。</translation>
    </message>
    <message>
        <source>Notice recorded.</source>
        <translation>已登记交房通知。</translation>
    </message>
    <message>
        <source>Inspection recorded.</source>
        <translation>已登记验房。</translation>
    </message>
    <message>
        <source>Property-management contact recorded.</source>
        <translation>已登记物业联系方式。</translation>
    </message>
    <message>
        <source>Handover done; the unit is handed over.</source>
        <translation>交房完成，房源状态已改为已交房。</translation>
    </message>
    <message>
        <source>Defect recorded with its deadline.</source>
        <translation>已登记问题及整改期限。</translation>
    </message>
    <message>
        <source>Select a defect first.</source>
        <translation>请先选择一个问题。</translation>
    </message>
    <message>
        <source>Defect reported fixed; re-inspect it with the owner.</source>
        <translation>问题已报整改，请与业主一同复验。</translation>
    </message>
    <message>
        <source>Re-inspection passed; the defect is closed.</source>
        <translation>复验合格，问题已关闭。</translation>
    </message>
    <message>
        <source>Re-inspection failed; the defect stays open.</source>
        <translation>复验不合格，问题继续整改。</translation>
    </message>
    <message>
        <source>The defect is now a complaint on the complaints board.</source>
        <translation>该问题已转为投诉，可在投诉处理中查看。</translation>
    </message>
    <message>
        <source>Sign-off sheet written to %1.</source>
        <translation>签收单已保存到 %1。</translation>
    </message>
    <message>
        <source>never sent</source>
        <translation>未发通知</translation>
    </message>
    <message>
        <source>You can see the handovers; customer-service staff and supervisors record them.</source>
        <translation>您可以查看交房记录；交房由客服人员和主管登记。</translation>
    </message>
</context>
<context>
    <name>estatedesk::LockScreen</name>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The window is locked. %1, please enter your password to continue: everything you typed is kept. Someone else can sign in with their own name.</source>
        <translation>窗口已锁定。%1，请输入密码继续，您填写的内容都已保留。其他同事也可以用自己的姓名登录。</translation>
    </message>
    <message>
        <source>Switch user: sign in with your own name and password. Signing in again as %1 returns to the window as it was.</source>
        <translation>切换用户：请用您自己的姓名和密码登录。以 %1 重新登录则回到原来的窗口，内容不变。</translation>
    </message>
    <message>
        <source>The window is locked. %1, please enter your password to continue: everything you typed is kept.</source>
        <translation>窗口已锁定。%1，请输入密码继续，您填写的内容都已保留。</translation>
    </message>
    <message>
        <source>A dialog of %1 is open: only %1 can unlock now. Sign in as yourself once it is closed.</source>
        <translation>%1 还有未关闭的对话框，现在只能由 %1 本人解锁。对话框关闭后，您再用自己的账号登录。</translation>
    </message>
</context>
<context>
    <name>estatedesk::MainWindow</name>
    <message>
        <source>EstateDesk</source>
        <translation>楼盘客服台</translation>
    </message>
    <message>
        <source>Find a client by name or phone (Ctrl+F)</source>
        <translation>按姓名或电话查找客户（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import clients from CSV...</source>
        <translation>从 CSV 导入客户(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Export clients to CSV...</source>
        <translation>导出客户到 CSV(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>共 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match</source>
        <translation>
            <numerusform>%n 位客户符合</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>空数据库</translation>
    </message>
    <message>
        <source>Creating demo data...</source>
        <translation>正在生成演示数据...</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported. Please correct these lines and import again:

%1</source>
        <translation>未导入任何数据。请更正以下各行后重新导入：

%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>已导入 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>导出客户</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s).</source>
        <translation>
            <numerusform>已导出 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline policies</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Export the selected client&apos;s &amp;personal data...</source>
        <translation>导出所选客户的个人信息(&amp;P)...</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Select a client first.</source>
        <translation>请先选择一位客户。</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Personal data written to %1.</source>
        <translation>个人信息已写入 %1。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>&amp;Merge a duplicate into the selected client...</source>
        <translation>将重复记录并入所选客户(&amp;M)...</translation>
    </message>
    <message>
        <source>Merge clients</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Select the client to keep first.</source>
        <translation>请先选择要保留的客户。</translation>
    </message>
    <message>
        <source>Number (No.) of the duplicate record:</source>
        <translation>重复记录的编号：</translation>
    </message>
    <message>
        <source>Viewings</source>
        <translation>看房</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>Handovers and defects</source>
        <translation>交房与整改</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Units board</source>
        <translation>销控表</translation>
    </message>
    <message>
        <source>Contracts and payments</source>
        <translation>合同与付款</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>监督考核</translation>
    </message>
    <message>
        <source>Opening checklist</source>
        <translation>开门检查</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>定期回访</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>锁定窗口(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;witch user...</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…… 另有 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please check these lines (imported as described):

%1</source>
        <translation>请核对以下各行（已按说明导入）：

%1</translation>
    </message>
    <message>
        <source>Other PCs&apos; changes appear only when a page is opened again: %1</source>
        <translation>其他电脑所做的更改要在重新打开页面时才会显示：%1</translation>
    </message>
    <message>
        <source>My appraisal</source>
        <translation>我的考核</translation>
    </message>
    <message>
        <source>&amp;Database connection...</source>
        <translation>数据库连接(&amp;D)...</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <source>From its next start, EstateDesk on this PC opens %1.</source>
        <translation>从下次启动起，本机的楼盘客服台将打开 %1。</translation>
    </message>
    <message>
        <source>The office server (%1) cannot be reached since %2. What you typed stays on the screen, but nothing can be saved until EstateDesk is connected again; it reconnects by itself.</source>
        <translation>自 %2 起无法连接办公室服务器（%1）。您输入的内容会保留在屏幕上，但在重新连接之前无法保存任何内容；楼盘客服台会自动重新连接。</translation>
    </message>
    <message>
        <source>Connected to the office server again; the pages show what changed meanwhile.</source>
        <translation>已重新连接办公室服务器；各页面已显示期间发生的变化。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). EstateDesk only reads it now: nothing can be saved. Close EstateDesk and start it again to put the latest good backup in its place (the damaged file is kept beside it), or an administrator restores a backup under Settings → Backups.</source>
        <translation>数据库文件 %1 已损坏（%2）。楼盘客服台现在只读取它，无法保存任何内容。请关闭楼盘客服台再重新启动，以最近一份完好的备份替换它（损坏的文件会保留在旁边），或由管理员在“设置 → 备份”中恢复备份。</translation>
    </message>
    <message>
        <source>Nothing can be saved in %1 now, and your sign-in could not be recorded: %2</source>
        <translation>%1 目前无法保存任何内容，本次登录也未能记录：%2</translation>
    </message>
    <message>
        <source>This database has no clients yet.

Load demo data (1,000 sample clients with their consultations, viewings, contracts and complaints) to try EstateDesk out?

The database then becomes a practice database, as its window title says: the office&apos;s real work starts in an empty one.</source>
        <translation>此数据库还没有客户。

要载入演示数据（1,000 位示例客户及其咨询、看房、合同和投诉）来试用楼盘客服台吗？

载入后此数据库即成为练习数据库，窗口标题会注明；正式业务请在空数据库中开始。</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln client(s) match, counting…</source>
        <translation>
            <numerusform>超过 %Ln 位客户符合，正在计数…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln client(s), counting…</source>
        <translation>
            <numerusform>超过 %Ln 位客户，正在计数…</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1 (No. %2) into %3 (No. %4)?

Every service record, consultation, viewing, contract and complaint of No. %2 moves to No. %4, and No. %2 is removed. Its phone number %5 (and its other numbers) become other numbers of No. %4: the front desk and the search find No. %4 by them too.</source>
        <translation>将 %1（编号 %2）并入 %3（编号 %4）？

编号 %2 的所有服务记录、咨询、看房、合同和投诉都将转到编号 %4，编号 %2 将被删除。其电话 %5（及其其他电话）将成为编号 %4 的其他电话：前台和搜索也能通过它们找到编号 %4。</translation>
    </message>
    <message>
        <source>Please also check these lines:

%1</source>
        <translation>另请核对以下各行：

%1</translation>
    </message>
    <message>
        <source>Practice database — %1</source>
        <translation>练习数据库 — %1</translation>
    </message>
</context>
<context>
    <name>estatedesk::OfficeReportsTab</name>
    <message>
        <source>Daily reception log (day)</source>
        <translation>每日接待记录（日）</translation>
    </message>
    <message>
        <source>Overdue list</source>
        <translation>超时事项清单</translation>
    </message>
    <message>
        <source>Complaint deadline compliance (month)</source>
        <translation>投诉处理时限达标情况（月）</translation>
    </message>
    <message>
        <source>Monthly appraisal (month)</source>
        <translation>月度绩效考核（月）</translation>
    </message>
    <message>
        <source>Quarterly satisfaction survey (quarter)</source>
        <translation>季度客户满意度调查（季度）</translation>
    </message>
    <message>
        <source>Training and assessment (month)</source>
        <translation>培训与考核（月）</translation>
    </message>
    <message>
        <source>Trends over 12 months (month)</source>
        <translation>近 12 个月趋势（月）</translation>
    </message>
    <message>
        <source>Service data analysis (month)</source>
        <translation>服务数据分析（月）</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <source>Day, month or quarter:</source>
        <translation>日期、月份或季度：</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Save as PDF, Excel, CSV or HTML…</source>
        <translation>保存为 PDF、Excel、CSV 或 HTML…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;Excel 工作簿 (*.xlsx);;CSV (*.csv);;HTML (*.html)</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 已写入 %2。</translation>
    </message>
    <message>
        <source>%1 written to %2 (further tables: %3).</source>
        <translation>%1 已写入 %2（其余表格：%3）。</translation>
    </message>
    <message>
        <source>a day like 2026-11-27; empty: today</source>
        <translation>日期，如 2026-11-27；留空：今天</translation>
    </message>
    <message>
        <source>a quarter like 2026-Q4; empty: this quarter</source>
        <translation>季度，如 2026-Q4；留空：本季度</translation>
    </message>
    <message>
        <source>none: the list is as of now</source>
        <translation>无需填写：清单截至当前时间</translation>
    </message>
    <message>
        <source>a month like 2026-11; empty: this month</source>
        <translation>月份，如 2026-11；留空：本月</translation>
    </message>
</context>
<context>
    <name>estatedesk::OpeningChecklistPage</name>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Ticked by</source>
        <translation>勾选人</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Checklist items and flag time (office settings)</source>
        <translation>检查项与提醒时间（办公室设置）</translation>
    </message>
    <message>
        <source>Save checklist settings</source>
        <translation>保存检查单设置</translation>
    </message>
    <message>
        <source>Reception area (one item a line):</source>
        <translation>接待区（每行一项）：</translation>
    </message>
    <message>
        <source>Each sample unit (one item a line):</source>
        <translation>每个样板间（每行一项）：</translation>
    </message>
    <message>
        <source>Flag unticked items on the dashboard from (office time):</source>
        <translation>未勾选项在工作台上提醒的时间（办公室时间）：</translation>
    </message>
    <message>
        <source>Opening checklist for %1: tick each item before visitors come (flagged on the dashboard from %2)</source>
        <translation>%1 开门检查单：请在客户到访前逐项勾选（%2 起未勾选项会在工作台上提醒）</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>已勾选 %1 / %2 项</translation>
    </message>
    <message>
        <source>Ticked: %1.</source>
        <translation>已勾选：%1。</translation>
    </message>
    <message>
        <source>Unticked: %1.</source>
        <translation>已取消勾选：%1。</translation>
    </message>
    <message>
        <source>Checklist settings saved.</source>
        <translation>检查单设置已保存。</translation>
    </message>
</context>
<context>
    <name>estatedesk::PolicySettingsPage</name>
    <message>
        <source>Seed 三.(一)1: consultations answered within 15 minutes</source>
        <translation>规定 三.(一)1：咨询 15 分钟内响应</translation>
    </message>
    <message>
        <source>Seed 三.(一)2: first response to a complaint within 24 hours</source>
        <translation>规定 三.(一)2：投诉 24 小时内初步响应</translation>
    </message>
    <message>
        <source>Seed 三.(一)2: a solution within 3 working days</source>
        <translation>规定 三.(一)2：3 个工作日内给出处理方案</translation>
    </message>
    <message>
        <source>Seed 三.(一)3: emergencies, on site within 2 hours</source>
        <translation>规定 三.(一)3：紧急事务 2 小时内到达现场</translation>
    </message>
    <message>
        <source>Seed 二.(三)1(2): defects fixed by a deadline; 15 working days is the office default</source>
        <translation>规定 二.(三)1(2)：问题限期整改；默认 15 个工作日</translation>
    </message>
    <message>
        <source>Seed 二.(三)1(1): handover time notified in advance; 7 days is the office default</source>
        <translation>规定 二.(三)1(1)：提前通知交房时间；默认提前 7 天</translation>
    </message>
    <message>
        <source>Seed 二.(三)2(3): return visits after a complaint; 7 days is the office default</source>
        <translation>规定 二.(三)2(3)：投诉解决后回访；默认 7 天内</translation>
    </message>
    <message>
        <source>Seed 二.(二)2(3): payment progress followed; due at the end of the due date</source>
        <translation>规定 二.(二)2(3)：跟进付款进度；到期日当天结束前</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Waiting pauses</source>
        <translation>等待客户时暂停</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Change the selected policy</source>
        <translation>修改选中的规则</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>计时方式：</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Due soon in the last:</source>
        <translation>到期前预警比例：</translation>
    </message>
    <message>
        <source>&quot;Waiting for the client&quot; stops the clock</source>
        <translation>“等待客户”期间暂停计时</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Close of business:</source>
        <translation>下班时间：</translation>
    </message>
    <message>
        <source>Save office settings</source>
        <translation>保存办公室设置</translation>
    </message>
    <message>
        <source>Deadline policies</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <source>last %1 %</source>
        <translation>剩余 %1 % 时</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation>办公室设置</translation>
    </message>
    <message>
        <source>Only supervisors and administrators change deadline policies and office settings.</source>
        <translation>只有主管和管理员可以修改时限规则和办公室设置。</translation>
    </message>
    <message>
        <source>Seed 二.(三)2(3): regular return visits; 7 days after signing is the office default</source>
        <translation>规定 二.(三)2(3)：定期回访；签约后 7 天为本办公室默认值</translation>
    </message>
    <message>
        <source>Seed 二.(三)2(3): regular return visits; 30 days after the handover is the office default</source>
        <translation>规定 二.(三)2(3)：定期回访；交房后 30 天为本办公室默认值</translation>
    </message>
</context>
<context>
    <name>estatedesk::ReadingLabel</name>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>estatedesk::ReturnVisitsPage</name>
    <message>
        <source>Regular return visits (seed 二.(三)2(3)): one after each signing and one after each handover, due by the deadline shown.</source>
        <translation>定期回访（规定 二.(三)2(3)）：每次签约后和每次交房后各回访一次，请在所示期限前完成。</translation>
    </message>
    <message>
        <source>Show recorded visits too</source>
        <translation>同时显示已登记的回访</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Owed by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Owed since</source>
        <translation>应回访起始</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>What the client said</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Record the selected visit</source>
        <translation>登记所选回访</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Record visit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>Visited %1 (%2)</source>
        <translation>已于 %1 回访（%2）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) shown</source>
        <translation>
            <numerusform>显示 %n 条回访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 条已超期</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a visit first.</source>
        <translation>请先选择一条回访。</translation>
    </message>
    <message>
        <source>The satisfaction is %1 / 5, yet &quot;Satisfied&quot; is ticked, so no follow-up task will be created. Record the visit as satisfied?</source>
        <translation>满意度为 %1 / 5，却勾选了“满意”，因此不会建立跟进任务。仍按满意登记这次回访？</translation>
    </message>
    <message>
        <source>The satisfaction is %1 / 5, yet &quot;Satisfied&quot; is not ticked: the visit will be recorded as not satisfied, with a follow-up task. Record it so?</source>
        <translation>满意度为 %1 / 5，却没有勾选“满意”：这次回访将登记为不满意，并建立跟进任务。确定这样登记？</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Nothing recorded: correct the satisfaction or the &quot;Satisfied&quot; box.</source>
        <translation>未登记：请更正满意度或“满意”勾选框。</translation>
    </message>
    <message>
        <source>Return visit No. %1 to %2 recorded: satisfied, satisfaction %3 / 5.</source>
        <translation>已登记对%2的回访（%1 号）：满意，满意度 %3 / 5。</translation>
    </message>
    <message>
        <source>Return visit No. %1 to %2 recorded: NOT satisfied, satisfaction %3 / 5.</source>
        <translation>已登记对%2的回访（%1 号）：不满意，满意度 %3 / 5。</translation>
    </message>
    <message>
        <source>A follow-up task due today is on the supervisors&apos; dashboard.</source>
        <translation>已建立今天到期的跟进任务，显示在主管的工作台上。</translation>
    </message>
    <message>
        <source>A follow-up task due today is on the dashboard of %1 and of the supervisors.</source>
        <translation>已建立今天到期的跟进任务，显示在%1和主管的工作台上。</translation>
    </message>
</context>
<context>
    <name>estatedesk::ServiceRecordModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
</context>
<context>
    <name>estatedesk::SignInDialog</name>
    <message>
        <source>Sign in to EstateDesk</source>
        <translation>登录楼盘客服台</translation>
    </message>
    <message>
        <source>Please sign in with your own name and password.</source>
        <translation>请使用您本人的姓名和密码登录。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>estatedesk::StaffPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation>重置密码...</translation>
    </message>
    <message>
        <source>Change role...</source>
        <translation>更改角色...</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation>可登录</translation>
    </message>
    <message>
        <source>no password yet</source>
        <translation>尚未设置密码</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Shared PCs</source>
        <translation>共用电脑</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Lock a window after no input for:</source>
        <translation>无人操作多久后锁定窗口：</translation>
    </message>
    <message>
        <source>locked until %1 after wrong passwords (resetting the password unlocks it)</source>
        <translation>因密码错误已锁定至 %1（重设密码即可解锁）</translation>
    </message>
</context>
<context>
    <name>estatedesk::SupervisionPage</name>
    <message>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Monthly appraisal</source>
        <translation>月度考核</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>My appraisal</source>
        <translation>我的考核</translation>
    </message>
</context>
<context>
    <name>estatedesk::SurveyChart</name>
    <message>
        <source>Average scores (1–5)</source>
        <translation>平均分（1–5）</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>Problem resolution</source>
        <translation>问题解决</translation>
    </message>
</context>
<context>
    <name>estatedesk::SurveysTab</name>
    <message>
        <source>Every stage</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
    <message>
        <source>Clients to ask:</source>
        <translation>调查对象：</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>服务员工</translation>
    </message>
    <message>
        <source>what the client said</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>问题解决</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>记录回复</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回复数</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>improvement action from this survey</source>
        <translation>根据本次调查制定的改进措施</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <source>Selected action done</source>
        <translation>所选措施已完成</translation>
    </message>
    <message>
        <source>Marks the selected action done, with the text typed on the left as its result.</source>
        <translation>将所选措施标记为完成，左侧输入的文字作为完成结果。</translation>
    </message>
    <message>
        <source>✓ %1 — %2</source>
        <translation>✓ %1 —— %2</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（期限 %2）</translation>
    </message>
    <message>
        <source>Select the client who answered.</source>
        <translation>请选择回复的客户。</translation>
    </message>
    <message>
        <source>Answer recorded.</source>
        <translation>回复已记录。</translation>
    </message>
    <message>
        <source>Improvement action recorded.</source>
        <translation>改进措施已记录。</translation>
    </message>
    <message>
        <source>Select the improvement action that is done.</source>
        <translation>请选择已完成的改进措施。</translation>
    </message>
    <message>
        <source>Improvement action done.</source>
        <translation>改进措施已完成。</translation>
    </message>
    <message>
        <source>Answer recorded. A score of %1 or less: the client is not satisfied, and a follow-up task is on the dashboard of whoever served them.</source>
        <translation>回复已记录。有评分在 %1 分及以下，说明客户不满意：已在服务该客户的员工的工作台上生成跟进任务。</translation>
    </message>
</context>
<context>
    <name>estatedesk::TrainingTab</name>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>合格分</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>考核次数</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>最近得分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Not trained this month:</source>
        <translation>本月未参加培训：</translation>
    </message>
    <message>
        <source>title of the session</source>
        <translation>培训名称</translation>
    </message>
    <message>
        <source>pass mark </source>
        <translation>合格分 </translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>添加培训</translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation>记录考核</translation>
    </message>
    <message>
        <source>Assess, in the selected session:</source>
        <translation>在所选培训中考核：</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>re-assessment due</source>
        <translation>需补考</translation>
    </message>
    <message>
        <source>Month: &quot;%1&quot; is not a month like 2026-11</source>
        <translation>月份：“%1”不是形如 2026-11 的月份</translation>
    </message>
    <message>
        <source>Training session added.</source>
        <translation>培训已添加。</translation>
    </message>
    <message>
        <source>Select the session first.</source>
        <translation>请先选择一场培训。</translation>
    </message>
    <message>
        <source>Passed at attempt %1.</source>
        <translation>第 %1 次考核通过。</translation>
    </message>
    <message>
        <source>Not passed at attempt %1: a re-assessment is due.</source>
        <translation>第 %1 次考核未通过，需要补考。</translation>
    </message>
</context>
<context>
    <name>estatedesk::TrendsView</name>
    <message>
        <source>12 months up to:</source>
        <translation>截至月份（含前 11 个月）：</translation>
    </message>
    <message>
        <source>2026-11</source>
        <translation>2026-11</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>estatedesk::UnitsBoardPage</name>
    <message>
        <source>Building:</source>
        <translation>楼栋：</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>%1 号楼</translation>
    </message>
    <message>
        <source>Entrance %1, No. %2</source>
        <translation>%1 单元 %2 号</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>%1 层</translation>
    </message>
    <message>
        <source>%1 — %2, list price %3 yuan</source>
        <translation>%1 — %2，标价 %3 元</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s): </source>
        <translation>
            <numerusform>共 %n 套：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>estatedesk::ViewingsPage</name>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>By consultant</source>
        <translation>按置业顾问</translation>
    </message>
    <message>
        <source>By sample unit</source>
        <translation>按样板间</translation>
    </message>
    <message>
        <source>Consultant&apos;s week as .ics...</source>
        <translation>导出顾问本周日程（.ics）...</translation>
    </message>
    <message>
        <source>Consultant / sample unit</source>
        <translation>置业顾问 / 样板间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>Cancel viewing</source>
        <translation>取消看房</translation>
    </message>
    <message>
        <source>Book a viewing</source>
        <translation>预约看房</translation>
    </message>
    <message>
        <source>the client&apos;s phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Security escort</source>
        <translation>安保陪同</translation>
    </message>
    <message>
        <source>e.g. reduced mobility</source>
        <translation>例如：行动不便</translation>
    </message>
    <message>
        <source>Client phone:</source>
        <translation>客户电话：</translation>
    </message>
    <message>
        <source>Consultant:</source>
        <translation>置业顾问：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Party size:</source>
        <translation>看房人数：</translation>
    </message>
    <message>
        <source>Sample unit or building:</source>
        <translation>样板间或楼栋：</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>请携带：</translation>
    </message>
    <message>
        <source>Special needs:</source>
        <translation>特殊需求：</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Export viewings</source>
        <translation>导出看房日程</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>(no place)</source>
        <translation>（未定地点）</translation>
    </message>
    <message>
        <source>(no consultant)</source>
        <translation>（未指定顾问）</translation>
    </message>
    <message>
        <source>Client: no client has the phone &quot;%1&quot;; register them at the front desk first</source>
        <translation>客户：没有电话为“%1”的客户；请先在前台登记</translation>
    </message>
    <message>
        <source>Booked viewing No. %1 for %2.</source>
        <translation>已为 %2 预约看房（%1 号）。</translation>
    </message>
    <message>
        <source>This viewing as .ics...</source>
        <translation>导出此次看房（.ics）...</translation>
    </message>
    <message>
        <source>Client brief…</source>
        <translation>客户简报…</translation>
    </message>
    <message>
        <source>Client brief as PDF…</source>
        <translation>客户简报另存为 PDF…</translation>
    </message>
    <message>
        <source>Client brief</source>
        <translation>客户简报</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Select a viewing first.</source>
        <translation>请先选择一个看房预约。</translation>
    </message>
    <message>
        <source>Client brief written to %1.</source>
        <translation>客户简报已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>EstateDesk, the sales centre&apos;s service desk</source>
        <translation>楼盘客服台——售楼处客户服务系统</translation>
    </message>
    <message>
        <source>SQLite database FILE</source>
        <translation>SQLite 数据库文件</translation>
    </message>
    <message>
        <source>PostgreSQL server, e.g. &quot;host=H port=P dbname=D user=U&quot;</source>
        <translation>PostgreSQL 服务器，例如 &quot;host=主机 port=端口 dbname=数据库 user=用户&quot;</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2) and no good backup was found in %3. Nothing was changed.</source>
        <translation>数据库文件 %1 已损坏（%2），且在 %3 中没有找到完好的备份。未作任何修改。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2).

Restore the latest good backup, %3? The damaged file is kept beside it.</source>
        <translation>数据库文件 %1 已损坏（%2）。

要恢复最近一份完好的备份 %3 吗？已损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>EstateDesk %1 upgraded the database from version %2 to %3; the copy taken before is %4.</source>
        <translation>楼盘客服台 %1 已将数据库从第 %2 版升级到第 %3 版；升级前的副本保存在 %4。</translation>
    </message>
    <message>
        <source>EstateDesk could not open %1 (the message before says why). Change where it looks, or press OK to try again.</source>
        <translation>楼盘客服台无法打开 %1（原因见上一条消息）。请修改数据存放位置，或按“确定”重试。</translation>
    </message>
    <message>
        <source>With ESTATEDESK_STARTUP_PROBE=1: the account to sign in as</source>
        <translation>配合 ESTATEDESK_STARTUP_PROBE=1 使用：登录所用的账号</translation>
    </message>
</context>
</TS>
