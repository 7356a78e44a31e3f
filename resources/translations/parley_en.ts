<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupDialog</name>
    <message numerus="yes">
        <location filename="../../gui/backupdialog.py" line="+136"/>
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln threads</source>
        <translation>
            <numerusform>%Ln thread</numerusform>
            <numerusform>%Ln threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln messages</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetBar</name>
    <message numerus="yes">
        <location filename="../../gui/budgetbar.py" line="+185"/>
        <source>Coverage &lt;b&gt;{coverage}&lt;/b&gt; of %Ln eligible threads · target {target} · {pending} pending send</source>
        <translation>
            <numerusform>Coverage &lt;b&gt;{coverage}&lt;/b&gt; of %Ln eligible thread · target {target} · {pending} pending send</numerusform>
            <numerusform>Coverage &lt;b&gt;{coverage}&lt;/b&gt; of %Ln eligible threads · target {target} · {pending} pending send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Coverage &lt;b&gt;{coverage}&lt;/b&gt; of %Ln eligible threads · target {target}</source>
        <translation>
            <numerusform>Coverage &lt;b&gt;{coverage}&lt;/b&gt; of %Ln eligible thread · target {target}</numerusform>
            <numerusform>Coverage &lt;b&gt;{coverage}&lt;/b&gt; of %Ln eligible threads · target {target}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; more answered threads needed by {date}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; more answered thread needed by {date}</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; more answered threads needed by {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Pace: {pace} (%Ln replies this week)</source>
        <translation>
            <numerusform>Pace: {pace} (%Ln reply this week)</numerusform>
            <numerusform>Pace: {pace} (%Ln replies this week)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Pace: {pace} (%Ln replies this month)</source>
        <translation>
            <numerusform>Pace: {pace} (%Ln reply this month)</numerusform>
            <numerusform>Pace: {pace} (%Ln replies this month)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln answered threads behind the target</source>
        <translation>
            <numerusform>%Ln answered thread behind the target</numerusform>
            <numerusform>%Ln answered threads behind the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln replies behind the daily pace</source>
        <translation>
            <numerusform>%Ln reply behind the daily pace</numerusform>
            <numerusform>%Ln replies behind the daily pace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <location filename="../../gui/charts.py" line="+40"/>
        <source>{week}: {pct} ({answered} of %Ln eligible)</source>
        <translation>
            <numerusform>{week}: {pct} ({answered} of %Ln eligible)</numerusform>
            <numerusform>{week}: {pct} ({answered} of %Ln eligible)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{day}: %Ln comments, {replies} of our replies</source>
        <translation>
            <numerusform>{day}: %Ln comment, {replies} of our replies</numerusform>
            <numerusform>{day}: %Ln comments, {replies} of our replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{time}: %Ln threads</source>
        <translation>
            <numerusform>{time}: %Ln thread</numerusform>
            <numerusform>{time}: %Ln threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{day} {hour}:00–{hour}:59: %Ln messages</source>
        <translation>
            <numerusform>{day} {hour}:00–{hour}:59: %Ln message</numerusform>
            <numerusform>{day} {hour}:00–{hour}:59: %Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message numerus="yes">
        <location filename="../../gui/composer.py" line="+325"/>
        <source>{used} / %Ln characters</source>
        <translation>
            <numerusform>{used} / %Ln character</numerusform>
            <numerusform>{used} / %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{used} / %Ln weighted characters</source>
        <translation>
            <numerusform>{used} / %Ln weighted character</numerusform>
            <numerusform>{used} / %Ln weighted characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{used} / %Ln {unit}</source>
        <translation>
            <numerusform>{used} / %Ln {unit}</numerusform>
            <numerusform>{used} / %Ln {unit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln left</source>
        <translation>
            <numerusform>%Ln left</numerusform>
            <numerusform>%Ln left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln too many</source>
        <translation>
            <numerusform>%Ln too many</numerusform>
            <numerusform>%Ln too many</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>The reply is %Ln characters over this network&apos;s limit of {limit}: shorten it before queuing.</source>
        <translation>
            <numerusform>The reply is %Ln character over this network&apos;s limit of {limit}: shorten it before queuing.</numerusform>
            <numerusform>The reply is %Ln characters over this network&apos;s limit of {limit}: shorten it before queuing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The reply is %Ln graphemes over this network&apos;s limit of {limit}: shorten it before queuing.</source>
        <translation>
            <numerusform>The reply is %Ln grapheme over this network&apos;s limit of {limit}: shorten it before queuing.</numerusform>
            <numerusform>The reply is %Ln graphemes over this network&apos;s limit of {limit}: shorten it before queuing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The reply is %Ln weighted characters over this network&apos;s limit of {limit}: shorten it before queuing.</source>
        <translation>
            <numerusform>The reply is %Ln weighted character over this network&apos;s limit of {limit}: shorten it before queuing.</numerusform>
            <numerusform>The reply is %Ln weighted characters over this network&apos;s limit of {limit}: shorten it before queuing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The reply is %Ln {unit} over this network&apos;s limit of {limit}: shorten it before queuing.</source>
        <translation>
            <numerusform>The reply is %Ln {unit} over this network&apos;s limit of {limit}: shorten it before queuing.</numerusform>
            <numerusform>The reply is %Ln {unit} over this network&apos;s limit of {limit}: shorten it before queuing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreTerms</name>
    <message numerus="yes">
        <location filename="../../gui/coreterms.py" line="+240"/>
        <source>regular (%Ln threads), never answered</source>
        <translation>
            <numerusform>regular (%Ln thread), never answered</numerusform>
            <numerusform>regular (%Ln threads), never answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>regular (%Ln threads, {answered} answered)</source>
        <translation>
            <numerusform>regular (%Ln thread, {answered} answered)</numerusform>
            <numerusform>regular (%Ln threads, {answered} answered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln billable X reads</source>
        <translation>
            <numerusform>%Ln billable X read</numerusform>
            <numerusform>%Ln billable X reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln billable X reads (≈ {cost} {currency})</source>
        <translation>
            <numerusform>%Ln billable X read (≈ {cost} {currency})</numerusform>
            <numerusform>%Ln billable X reads (≈ {cost} {currency})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>cap %Ln reads</source>
        <translation>
            <numerusform>cap %Ln read</numerusform>
            <numerusform>cap %Ln reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>stopped at the cap of %Ln reads - what was read is saved, the next sync continues from there</source>
        <translation>
            <numerusform>stopped at the cap of %Ln read - what was read is saved, the next sync continues from there</numerusform>
            <numerusform>stopped at the cap of %Ln reads - what was read is saved, the next sync continues from there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln d</source>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>about %Ln billable X reads ({since}: posts ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions})</source>
        <translation>
            <numerusform>about %Ln billable X read ({since}: posts ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions})</numerusform>
            <numerusform>about %Ln billable X reads ({since}: posts ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>about %Ln billable X reads ({since}: posts ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions}) ≈ {cost} {currency} at {rate} {currency} per read</source>
        <translation>
            <numerusform>about %Ln billable X read ({since}: posts ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions}) ≈ {cost} {currency} at {rate} {currency} per read</numerusform>
            <numerusform>about %Ln billable X reads ({since}: posts ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions}) ≈ {cost} {currency} at {rate} {currency} per read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%Ln posts</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln our replies</source>
        <translation>
            <numerusform>%Ln our reply</numerusform>
            <numerusform>%Ln our replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln comments</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln retweets skipped</source>
        <translation>
            <numerusform>%Ln retweet skipped</numerusform>
            <numerusform>%Ln retweets skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditReplyDialog</name>
    <message numerus="yes">
        <location filename="../../gui/outboxdialog.py" line="+159"/>
        <source>{used} / %Ln characters</source>
        <translation>
            <numerusform>{used} / %Ln character</numerusform>
            <numerusform>{used} / %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{used} / %Ln graphemes</source>
        <translation>
            <numerusform>{used} / %Ln grapheme</numerusform>
            <numerusform>{used} / %Ln graphemes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{used} / %Ln weighted characters</source>
        <translation>
            <numerusform>{used} / %Ln weighted character</numerusform>
            <numerusform>{used} / %Ln weighted characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{used} / %Ln {unit}</source>
        <translation>
            <numerusform>{used} / %Ln {unit}</numerusform>
            <numerusform>{used} / %Ln {unit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{count} – %Ln too many</source>
        <translation>
            <numerusform>{count} – %Ln too many</numerusform>
            <numerusform>{count} – %Ln too many</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message numerus="yes">
        <location filename="../../gui/tasks.py" line="+469"/>
        <source>{account}: %Ln posts fetched</source>
        <translation>
            <numerusform>{account}: %Ln post fetched</numerusform>
            <numerusform>{account}: %Ln posts fetched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message numerus="yes">
        <location filename="../../gui/reportpdf.py" line="+48"/>
        <source>%Ln rows: the numbers are in {file}.</source>
        <translation>
            <numerusform>%Ln row: the numbers are in {file}.</numerusform>
            <numerusform>%Ln rows: the numbers are in {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../gui/sidebar.py" line="+204"/>
        <source>%Ln threads match</source>
        <translation>
            <numerusform>%Ln thread matches</numerusform>
            <numerusform>%Ln threads match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../../gui/statusbar.py" line="+53"/>
        <source>Outbox: %Ln waiting</source>
        <translation>
            <numerusform>Outbox: %Ln waiting</numerusform>
            <numerusform>Outbox: %Ln waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>sign in to {account} again (%Ln replies wait)</source>
        <translation>
            <numerusform>sign in to {account} again (%Ln reply waits)</numerusform>
            <numerusform>sign in to {account} again (%Ln replies wait)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Syncing</name>
    <message numerus="yes">
        <location filename="../../gui/syncing.py" line="+63"/>
        <source>Every %Ln minutes</source>
        <translation>
            <numerusform>Every %Ln minute</numerusform>
            <numerusform>Every %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+129"/>
        <source>%Ln replies have not been sent yet. They stay in the outbox and are sent the next time Parley is online.</source>
        <translation>
            <numerusform>%Ln reply has not been sent yet. It stays in the outbox and is sent the next time Parley is online.</numerusform>
            <numerusform>%Ln replies have not been sent yet. They stay in the outbox and are sent the next time Parley is online.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln replies are held or failed: they are sent only once you release or retry them (File → Outbox…).</source>
        <translation>
            <numerusform>%Ln reply is held or failed: it is sent only once you release or retry it (File → Outbox…).</numerusform>
            <numerusform>%Ln replies are held or failed: they are sent only once you release or retry them (File → Outbox…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message numerus="yes">
        <location filename="../../gui/threadmodel.py" line="+271"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln d</source>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln mo</source>
        <translation>
            <numerusform>%Ln mo</numerusform>
            <numerusform>%Ln mo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message numerus="yes">
        <location filename="../../gui/threadview.py" line="+141"/>
        <source>answered %Ln times</source>
        <translation>
            <numerusform>answered %Ln time</numerusform>
            <numerusform>answered %Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>1 comment in %Ln threads since {since}, {answered}</source>
        <translation>
            <numerusform>1 comment in %Ln thread since {since}, {answered}</numerusform>
            <numerusform>1 comment in %Ln threads since {since}, {answered}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln comments since {since}, {answered}</source>
        <translation>
            <numerusform>%Ln comment since {since}, {answered}</numerusform>
            <numerusform>%Ln comments since {since}, {answered}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{comments} comments in %Ln threads since {since}, {answered}</source>
        <translation>
            <numerusform>{comments} comments in %Ln thread since {since}, {answered}</numerusform>
            <numerusform>{comments} comments in %Ln threads since {since}, {answered}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>{labels} · adjusted by your %Ln corrections</source>
        <translation>
            <numerusform>{labels} · adjusted by your %Ln correction</numerusform>
            <numerusform>{labels} · adjusted by your %Ln corrections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message numerus="yes">
        <location filename="../../gui/budgetbar.py" line="-145"/>
        <source>Coverage per week, last %Ln</source>
        <translation>
            <numerusform>Coverage per week, last %Ln</numerusform>
            <numerusform>Coverage per week, last %Ln</numerusform>
        </translation>
    </message>
</context>
</TS>
