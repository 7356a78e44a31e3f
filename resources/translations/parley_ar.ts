<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
    <context>
        <name>About</name>
        <message>
            <location filename="../../gui/dialogs.py" line="+227" />
            <source>&lt;p&gt;Answer the people who comment on your social media accounts, spend a dialogue
budget where it matters (questions, criticism, regulars, many topics), and know whether you keep it.&lt;/p&gt;
&lt;p&gt;Everything is stored on this computer; tokens only in the system keychain.&lt;/p&gt;</source>
            <translation>&lt;p&gt;الرد على من يعلّقون على حساباتك في وسائل التواصل الاجتماعي، وتوجيه ميزانية الحوار
إلى حيث تكون أجدى (الأسئلة، والانتقادات، والمتابعون الدائمون، وتنوّع المواضيع)، ومعرفة مدى التزامك بها.&lt;/p&gt;
&lt;p&gt;تُحفَظ البيانات كلها على هذا الحاسوب، ورموز الوصول في سلسلة مفاتيح النظام فقط.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/guide.py" line="+56" />
            <source>&lt;p&gt;Help → User guide walks you through the first hour.&lt;/p&gt;</source>
            <translation>&lt;p&gt;يرشدك «مساعدة ← دليل المستخدم» خطوةً بخطوة خلال الساعة الأولى.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="+312" />
            <location line="+4" />
            <source>Accounts</source>
            <translation>الحسابات</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add Mastodon…</source>
            <translation>إضافة حساب Mastodon…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Bluesky…</source>
            <translation>إضافة حساب Bluesky…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Facebook Page…</source>
            <translation>إضافة صفحة Facebook…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add X…</source>
            <translation>إضافة حساب X…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sign in again</source>
            <translation>إعادة تسجيل الدخول</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove…</source>
            <translation>إزالة…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{account}  ({network}: {handle})</source>
            <translation>{account}  ({network}: {handle})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account}  ({network}: {handle})  — sign in again</source>
            <translation>{account}  ({network}: {handle})  — يلزم تسجيل الدخول مجددًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account}  ({network}: {handle})  — {status}</source>
            <translation>{account}  ({network}: {handle})  — {status}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Remove account</source>
            <translation>إزالة الحساب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove {account} from Parley? Its sign-in is deleted from the keychain.

Keep its cached threads readable (for reports), or delete them too?</source>
            <translation>هل تريد إزالة {account} من Parley؟ ستُحذف بيانات تسجيل دخوله من سلسلة المفاتيح.

هل تريد الإبقاء على محادثاته المخزّنة متاحةً للقراءة (لأغراض التقارير)، أم حذفها أيضًا؟</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove, keep threads</source>
            <translation>إزالة مع الإبقاء على المحادثات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove with its threads</source>
            <translation>إزالة مع محادثاته</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No keychain</source>
            <translation>لا توجد سلسلة مفاتيح</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley keeps sign-ins only in your system keychain (GNOME Keyring or KWallet on Linux, Keychain on macOS, Credential Locker on Windows), and none is available on this computer right now.

Parley never writes tokens or passwords to a file. Start or unlock your keychain and try again, or sign in for this session only: you will have to sign in again after quitting.</source>
            <translation>لا يحفظ Parley بيانات تسجيل الدخول إلا في سلسلة مفاتيح النظام (GNOME Keyring أو KWallet على Linux، وKeychain على macOS، وCredential Locker على Windows)، ولا يتوفر أيٌّ منها على هذا الحاسوب حاليًا.

لا يكتب Parley رموز الوصول أو كلمات المرور في أي ملف إطلاقًا. شغّل سلسلة المفاتيح أو ألغِ قفلها ثم أعد المحاولة، أو سجّل الدخول لهذه الجلسة فقط: وسيتعيّن عليك حينئذٍ تسجيل الدخول مجددًا بعد إغلاق البرنامج.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>What Parley found: {why}.</source>
            <translation>ما وجده Parley: {why}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in for this session only</source>
            <translation>تسجيل الدخول لهذه الجلسة فقط</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../gui/backupdialog.py" line="+27" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contents</source>
            <translation>المحتوى</translation>
        </message>
        <message>
            <location line="+3" />
            <source>written by a newer Parley (update Parley to restore it)</source>
            <translation>أنشأها إصدار أحدث من Parley (حدِّث Parley لاستعادتها)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not a Parley workspace</source>
            <translation>ليست مساحة عمل Parley</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{size} MB</source>
            <translation>{size} ميغابايت</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{size} KB</source>
            <translation>{size} كيلوبايت</translation>
        </message>
        <message>
            <location line="+10" />
            <source>damaged ({detail})</source>
            <translation>تالفة ({detail})</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Parley backs up your workspace once a day and keeps the last {days} days, then one a week for {weeks} weeks. Backups you make with Back up now are kept as well, as many a day as you make. Restoring a backup keeps your current workspace aside, so nothing is lost.</source>
            <translation>ينشئ Parley نسخة احتياطية من مساحة عملك مرةً كل يوم، ويحتفظ بنسخ الأيام الـ{days} الأخيرة، ثم بنسخة واحدة في الأسبوع طوال الأسابيع الـ{weeks} التالية. وتُحفَظ كذلك النسخ التي تنشئها بالأمر «نسخ احتياطي الآن»، مهما بلغ عددها في اليوم. وعند استعادة نسخة احتياطية، تُنحّى مساحة عملك الحالية جانبًا دون حذفها، فلا يضيع شيء.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No backups yet: the first one is made a few seconds after Parley starts.</source>
            <translation>لا توجد نسخ احتياطية بعد: تُنشأ النسخة الأولى بعد بدء تشغيل Parley ببضع ثوانٍ.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Back up now</source>
            <translation>نسخ احتياطي الآن</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore…</source>
            <translation>استعادة…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the workspace with the selected backup</source>
            <translation>استبدال مساحة العمل بالنسخة الاحتياطية المحدّدة</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{date} (by hand)</source>
            <translation>{date} (يدويًا)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>cannot be restored: {problem}</source>
            <translation>تتعذّر استعادتها: {problem}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 account</source>
            <translation>حساب واحد</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%Ln accounts</source>
            <translation>
                <numerusform>%Ln حساب</numerusform>
                <numerusform>%Ln حساب</numerusform>
                <numerusform>%Ln حسابان</numerusform>
                <numerusform>%Ln حسابات</numerusform>
                <numerusform>%Ln حسابًا</numerusform>
                <numerusform>%Ln حساب</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 thread</source>
            <translation>محادثة واحدة</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%Ln threads</source>
            <translation>
                <numerusform>%Ln محادثة</numerusform>
                <numerusform>%Ln محادثة</numerusform>
                <numerusform>%Ln محادثتان</numerusform>
                <numerusform>%Ln محادثات</numerusform>
                <numerusform>%Ln محادثة</numerusform>
                <numerusform>%Ln محادثة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 message</source>
            <translation>رسالة واحدة</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%Ln messages</source>
            <translation>
                <numerusform>%Ln رسالة</numerusform>
                <numerusform>%Ln رسالة</numerusform>
                <numerusform>%Ln رسالتان</numerusform>
                <numerusform>%Ln رسائل</numerusform>
                <numerusform>%Ln رسالة</numerusform>
                <numerusform>%Ln رسالة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{accounts}, {threads}, {messages}</source>
            <translation>{accounts}، {threads}، {messages}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Restore this backup?</source>
            <translation>هل تريد استعادة هذه النسخة الاحتياطية؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace your workspace with the backup of {date}?</source>
            <translation>هل تريد استبدال مساحة عملك بالنسخة الاحتياطية المؤرّخة {date}؟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup holds {contents}. Your current workspace is kept aside (workspace-before-restore-….sqlite in the same folder), so nothing is lost.</source>
            <translation>تحتوي النسخة الاحتياطية على {contents}. تُنحّى مساحة عملك الحالية جانبًا (workspace-before-restore-….sqlite في المجلد نفسه)، فلا يضيع شيء.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore</source>
            <translation>استعادة</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="../../gui/backups.py" line="+50" />
            <source>The demo workspace has no backups: it is made again when needed.</source>
            <translation>لا نسخ احتياطية لمساحة العمل التجريبية: فهي تُنشأ من جديد عند الحاجة.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Restoring the backup…</source>
            <translation>جارٍ استعادة النسخة الاحتياطية…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Backup restored. Your previous workspace is kept as {name}.</source>
            <translation>استُعيدت النسخة الاحتياطية. وحُفظت مساحة عملك السابقة باسم {name}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backup restored.</source>
            <translation>استُعيدت النسخة الاحتياطية.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The backup was not restored: {error}</source>
            <translation>لم تُستعَد النسخة الاحتياطية: {error}</translation>
        </message>
    </context>
    <context>
        <name>BlueskyDialog</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="-293" />
            <source>Add a Bluesky account</source>
            <translation>إضافة حساب Bluesky</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign in with your handle and an &lt;b&gt;app password&lt;/b&gt; (not your main password). Make one in Bluesky under Settings → Privacy and security → App passwords (&lt;a href='{link}'&gt;open it&lt;/a&gt;). Parley keeps the session in your system keychain, never in its files.</source>
            <translation>سجّل الدخول بمعرّفك و&lt;b&gt;كلمة مرور تطبيق&lt;/b&gt; (لا بكلمة مرورك الرئيسية). يمكنك إنشاء واحدة في Bluesky من الإعدادات ← الخصوصية والأمان ← كلمات مرور التطبيقات (&lt;a href='{link}'&gt;فتح الصفحة&lt;/a&gt;). يحفظ Parley الجلسة في سلسلة مفاتيح النظام، ولا يحفظها في ملفاته أبدًا.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Handle</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <location line="+4" />
            <source>App password</source>
            <translation>كلمة مرور التطبيق</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Server</source>
            <translation>الخادم</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign in</source>
            <translation>تسجيل الدخول</translation>
        </message>
    </context>
    <context>
        <name>BudgetBar</name>
        <message>
            <location filename="../../gui/budgetbar.py" line="+140" />
            <source>Dialogue budget</source>
            <translation>ميزانية الحوار</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Reports…</source>
            <translation>التقارير…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The audit and the dialogue report for any period (Ctrl+R)</source>
            <translation>التدقيق وتقرير الحوار لأي فترة (Ctrl+R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the Reports window</source>
            <translation>فتح نافذة التقارير</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Budget period {period}</source>
            <translation>فترة الميزانية {period}</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Coverage &lt;b&gt;{coverage}&lt;/b&gt; of %Ln eligible threads · target {target} · {pending} pending send</source>
            <translation>
                <numerusform>نسبة الرد &lt;b&gt;{coverage}&lt;/b&gt; من %Ln محادثة مؤهلة · الهدف {target} · {pending} بانتظار الإرسال</numerusform>
                <numerusform>نسبة الرد &lt;b&gt;{coverage}&lt;/b&gt; من %Ln محادثة مؤهلة · الهدف {target} · {pending} بانتظار الإرسال</numerusform>
                <numerusform>نسبة الرد &lt;b&gt;{coverage}&lt;/b&gt; من %Ln محادثتين مؤهلتين · الهدف {target} · {pending} بانتظار الإرسال</numerusform>
                <numerusform>نسبة الرد &lt;b&gt;{coverage}&lt;/b&gt; من %Ln محادثات مؤهلة · الهدف {target} · {pending} بانتظار الإرسال</numerusform>
                <numerusform>نسبة الرد &lt;b&gt;{coverage}&lt;/b&gt; من %Ln محادثة مؤهلة · الهدف {target} · {pending} بانتظار الإرسال</numerusform>
                <numerusform>نسبة الرد &lt;b&gt;{coverage}&lt;/b&gt; من %Ln محادثة مؤهلة · الهدف {target} · {pending} بانتظار الإرسال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Coverage &lt;b&gt;{coverage}&lt;/b&gt; of %Ln eligible threads · target {target}</source>
            <translation>
                <numerusform>نسبة الرد &lt;b&gt;{coverage}&lt;/b&gt; من %Ln محادثة مؤهلة · الهدف {target}</numerusform>
                <numerusform>نسبة الرد &lt;b&gt;{coverage}&lt;/b&gt; من %Ln محادثة مؤهلة · الهدف {target}</numerusform>
                <numerusform>نسبة الرد &lt;b&gt;{coverage}&lt;/b&gt; من %Ln محادثتين مؤهلتين · الهدف {target}</numerusform>
                <numerusform>نسبة الرد &lt;b&gt;{coverage}&lt;/b&gt; من %Ln محادثات مؤهلة · الهدف {target}</numerusform>
                <numerusform>نسبة الرد &lt;b&gt;{coverage}&lt;/b&gt; من %Ln محادثة مؤهلة · الهدف {target}</numerusform>
                <numerusform>نسبة الرد &lt;b&gt;{coverage}&lt;/b&gt; من %Ln محادثة مؤهلة · الهدف {target}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;1&lt;/b&gt; more answered thread needed by {date}</source>
            <translation>يلزم الرد على &lt;b&gt;١&lt;/b&gt; محادثة أخرى بحلول {date}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>&lt;b&gt;%Ln&lt;/b&gt; more answered threads needed by {date}</source>
            <translation>
                <numerusform>يلزم الرد على &lt;b&gt;%Ln&lt;/b&gt; محادثة أخرى بحلول {date}</numerusform>
                <numerusform>يلزم الرد على &lt;b&gt;%Ln&lt;/b&gt; محادثة أخرى بحلول {date}</numerusform>
                <numerusform>يلزم الرد على &lt;b&gt;%Ln&lt;/b&gt; محادثتين أخريين بحلول {date}</numerusform>
                <numerusform>يلزم الرد على &lt;b&gt;%Ln&lt;/b&gt; محادثات أخرى بحلول {date}</numerusform>
                <numerusform>يلزم الرد على &lt;b&gt;%Ln&lt;/b&gt; محادثة أخرى بحلول {date}</numerusform>
                <numerusform>يلزم الرد على &lt;b&gt;%Ln&lt;/b&gt; محادثة أخرى بحلول {date}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pace: {pace} (1 reply this week)</source>
            <translation>الوتيرة: {pace} (رد واحد هذا الأسبوع)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pace: {pace} (1 reply this month)</source>
            <translation>الوتيرة: {pace} (رد واحد هذا الشهر)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Pace: {pace} (%Ln replies this week)</source>
            <translation>
                <numerusform>الوتيرة: {pace} (%Ln رد هذا الأسبوع)</numerusform>
                <numerusform>الوتيرة: {pace} (%Ln رد هذا الأسبوع)</numerusform>
                <numerusform>الوتيرة: {pace} (%Ln ردّان هذا الأسبوع)</numerusform>
                <numerusform>الوتيرة: {pace} (%Ln ردود هذا الأسبوع)</numerusform>
                <numerusform>الوتيرة: {pace} (%Ln ردًّا هذا الأسبوع)</numerusform>
                <numerusform>الوتيرة: {pace} (%Ln رد هذا الأسبوع)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Pace: {pace} (%Ln replies this month)</source>
            <translation>
                <numerusform>الوتيرة: {pace} (%Ln رد هذا الشهر)</numerusform>
                <numerusform>الوتيرة: {pace} (%Ln رد هذا الشهر)</numerusform>
                <numerusform>الوتيرة: {pace} (%Ln ردّان هذا الشهر)</numerusform>
                <numerusform>الوتيرة: {pace} (%Ln ردود هذا الشهر)</numerusform>
                <numerusform>الوتيرة: {pace} (%Ln ردًّا هذا الشهر)</numerusform>
                <numerusform>الوتيرة: {pace} (%Ln رد هذا الشهر)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%Ln overdue</source>
            <translation>
                <numerusform>المتأخرة: %Ln</numerusform>
                <numerusform>المتأخرة: %Ln</numerusform>
                <numerusform>المتأخرة: %Ln</numerusform>
                <numerusform>المتأخرة: %Ln</numerusform>
                <numerusform>المتأخرة: %Ln</numerusform>
                <numerusform>المتأخرة: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show the overdue questions</source>
            <translation>عرض الأسئلة المتأخرة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Questions: {questions} · {answered} answered · {overdue} (&amp;gt; {hours} h)</source>
            <translation>الأسئلة: {questions} · نسبة الإجابة {answered} · {overdue} (أكثر من {hours} ساعة)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Time: {spent} of {budget} this week</source>
            <translation>الوقت: {spent} من {budget} هذا الأسبوع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time: {spent} of {budget} this month</source>
            <translation>الوقت: {spent} من {budget} هذا الشهر</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time: {spent} composing this week</source>
            <translation>الوقت: {spent} في كتابة الردود هذا الأسبوع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time: {spent} composing this month</source>
            <translation>الوقت: {spent} في كتابة الردود هذا الشهر</translation>
        </message>
        <message>
            <location line="+8" />
            <source>on track</source>
            <translation>وفق المسار المحدّد</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1 answered thread behind the target</source>
            <translation>تنقص محادثة واحدة مُجاب عنها لبلوغ الهدف</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln answered threads behind the target</source>
            <translation>
                <numerusform>تنقص %Ln محادثة مُجاب عنها لبلوغ الهدف</numerusform>
                <numerusform>تنقص %Ln محادثة مُجاب عنها لبلوغ الهدف</numerusform>
                <numerusform>تنقص %Ln محادثتان مُجاب عنهما لبلوغ الهدف</numerusform>
                <numerusform>تنقص %Ln محادثات مُجاب عنها لبلوغ الهدف</numerusform>
                <numerusform>تنقص %Ln محادثة مُجاب عنها لبلوغ الهدف</numerusform>
                <numerusform>تنقص %Ln محادثة مُجاب عنها لبلوغ الهدف</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 reply behind the daily pace</source>
            <translation>ينقص رد واحد لمواكبة الوتيرة اليومية</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln replies behind the daily pace</source>
            <translation>
                <numerusform>تنقص %Ln رد لمواكبة الوتيرة اليومية</numerusform>
                <numerusform>تنقص %Ln رد لمواكبة الوتيرة اليومية</numerusform>
                <numerusform>تنقص %Ln ردّان لمواكبة الوتيرة اليومية</numerusform>
                <numerusform>تنقص %Ln ردود لمواكبة الوتيرة اليومية</numerusform>
                <numerusform>تنقص %Ln ردًّا لمواكبة الوتيرة اليومية</numerusform>
                <numerusform>تنقص %Ln رد لمواكبة الوتيرة اليومية</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BudgetDialog</name>
        <message>
            <location filename="../../gui/dialogs.py" line="-195" />
            <source>Dialogue budget – {scope}</source>
            <translation>ميزانية الحوار – {scope}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Decide how much dialogue your accounts commit to, together: this budget also applies to every account that has no budget of its own. Parley tracks it and tells you where to spend it.</source>
            <translation>حدِّد حجم الحوار الذي تلتزم به حساباتك مجتمعةً: تسري هذه الميزانية أيضًا على كل حساب ليست له ميزانية خاصة به. يتابعها Parley ويرشدك إلى أين توجّهها.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Decide how much dialogue {account} commits to. Parley tracks it and tells you where to spend it.</source>
            <translation>حدِّد حجم الحوار الذي يلتزم به {account}. يتابع Parley هذه الميزانية ويرشدك إلى أين توجّهها.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>week</source>
            <translation>أسبوع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>month</source>
            <translation>شهر</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <location line="+3" />
            <source> % of threads</source>
            <translation> ٪ من المحادثات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer</source>
            <translation>الرد على</translation>
        </message>
        <message>
            <location line="+4" />
            <source> h</source>
            <translation> ساعة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer questions within</source>
            <translation>الإجابة عن الأسئلة خلال</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no time budget</source>
            <translation>بلا ميزانية زمنية</translation>
        </message>
        <message>
            <location line="+1" />
            <source> min a week</source>
            <translation> دقيقة أسبوعيًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no daily pace</source>
            <translation>بلا وتيرة يومية</translation>
        </message>
        <message>
            <location line="+1" />
            <source> replies a day</source>
            <translation> رد يوميًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pace</source>
            <translation>الوتيرة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Time zone and hours</source>
            <translation>المنطقة الزمنية وساعات العمل</translation>
        </message>
    </context>
    <context>
        <name>BusinessHoursFields</name>
        <message>
            <location filename="../../gui/hoursfields.py" line="+29" />
            <source>Time zone</source>
            <translation>المنطقة الزمنية</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Count response times in business hours only</source>
            <translation>احتساب أوقات الاستجابة ضمن ساعات العمل فقط</translation>
        </message>
        <message>
            <location line="+17" />
            <source>from</source>
            <translation>من</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>إلى</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message numerus="yes">
            <location filename="../../gui/charts.py" line="+40" />
            <source>{week}: {pct} ({answered} of %Ln eligible)</source>
            <translation>
                <numerusform>{week}: {pct} ({answered} من %Ln محادثة مؤهلة)</numerusform>
                <numerusform>{week}: {pct} ({answered} من %Ln محادثة مؤهلة)</numerusform>
                <numerusform>{week}: {pct} ({answered} من %Ln محادثتين مؤهلتين)</numerusform>
                <numerusform>{week}: {pct} ({answered} من %Ln محادثات مؤهلة)</numerusform>
                <numerusform>{week}: {pct} ({answered} من %Ln محادثة مؤهلة)</numerusform>
                <numerusform>{week}: {pct} ({answered} من %Ln محادثة مؤهلة)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>{day}: 1 comment, {replies} of our replies</source>
            <translation>{day}: تعليق واحد، وردودنا: {replies}</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>{day}: %Ln comments, {replies} of our replies</source>
            <translation>
                <numerusform>{day}: %Ln تعليق، وردودنا: {replies}</numerusform>
                <numerusform>{day}: %Ln تعليق، وردودنا: {replies}</numerusform>
                <numerusform>{day}: %Ln تعليقان، وردودنا: {replies}</numerusform>
                <numerusform>{day}: %Ln تعليقات، وردودنا: {replies}</numerusform>
                <numerusform>{day}: %Ln تعليقًا، وردودنا: {replies}</numerusform>
                <numerusform>{day}: %Ln تعليق، وردودنا: {replies}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>{time}: 1 thread</source>
            <translation>{time}: محادثة واحدة</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>{time}: %Ln threads</source>
            <translation>
                <numerusform>{time}: %Ln محادثة</numerusform>
                <numerusform>{time}: %Ln محادثة</numerusform>
                <numerusform>{time}: %Ln محادثتان</numerusform>
                <numerusform>{time}: %Ln محادثات</numerusform>
                <numerusform>{time}: %Ln محادثة</numerusform>
                <numerusform>{time}: %Ln محادثة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>{day} {hour}:00–{hour}:59: 1 message</source>
            <translation>{day} {hour}:٠٠–{hour}:٥٩: رسالة واحدة</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>{day} {hour}:00–{hour}:59: %Ln messages</source>
            <translation>
                <numerusform>{day} {hour}:٠٠–{hour}:٥٩: %Ln رسالة</numerusform>
                <numerusform>{day} {hour}:٠٠–{hour}:٥٩: %Ln رسالة</numerusform>
                <numerusform>{day} {hour}:٠٠–{hour}:٥٩: %Ln رسالتان</numerusform>
                <numerusform>{day} {hour}:٠٠–{hour}:٥٩: %Ln رسائل</numerusform>
                <numerusform>{day} {hour}:٠٠–{hour}:٥٩: %Ln رسالة</numerusform>
                <numerusform>{day} {hour}:٠٠–{hour}:٥٩: %Ln رسالة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+69" />
            <source>Nothing to show in this period</source>
            <translation>لا شيء للعرض في هذه الفترة</translation>
        </message>
        <message>
            <location line="+12" />
            <source>target {pct}</source>
            <translation>الهدف {pct}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>coverage</source>
            <translation>نسبة الرد</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{week}: no eligible threads</source>
            <translation>{week}: لا محادثات مؤهلة</translation>
        </message>
        <message>
            <location line="+18" />
            <source>comments</source>
            <translation>التعليقات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>our replies</source>
            <translation>ردودنا</translation>
        </message>
        <message>
            <location line="+24" />
            <source>MM-dd</source>
            <comment>a date format (QLocale) for the daily chart's axis: month and day</comment>
            <translation>dd/MM</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No first responses in this period</source>
            <translation>لا ردود أولى في هذه الفترة</translation>
        </message>
        <message>
            <location line="+137" />
            <source>Time to first reply (business hours where set)</source>
            <translation>مدة الرد الأول (بساعات العمل حيثما حُدّدت)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time to first reply</source>
            <translation>مدة الرد الأول</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Coverage per week against the target</source>
            <translation>نسبة الرد أسبوعيًا مقارنةً بالهدف</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Comments and our replies per day (UTC)</source>
            <translation>التعليقات وردودنا يوميًا (بتوقيت UTC)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When followers write ({zone})</source>
            <translation>متى يكتب المتابعون ({zone})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When we answer ({zone})</source>
            <translation>متى نردّ ({zone})</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <location filename="../../gui/composer.py" line="+79" />
            <location line="+159" />
            <source>No thread selected</source>
            <translation>لم تُحدَّد أي محادثة</translation>
        </message>
        <message>
            <location line="-147" />
            <source>Answer another</source>
            <translation>الرد على رسالة أخرى</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose which message of the thread this reply answers (and mentions)</source>
            <translation>اختيار رسالة المحادثة التي يجيب عنها هذا الرد (ويُشار إلى كاتبها)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Write a reply…  (r to focus, Ctrl+Enter to queue, Esc back to the list)</source>
            <translation>اكتب ردًّا…  (r للانتقال إلى هنا، وCtrl+Enter لإضافته إلى صندوق الصادر، وEsc للعودة إلى القائمة)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply</source>
            <translation>الرد</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Characters used</source>
            <translation>عدد الأحرف المستخدمة</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+155" />
            <source>Labels</source>
            <translation>التصنيفات</translation>
        </message>
        <message>
            <location line="-145" />
            <source>Back to automatic labels</source>
            <translation>العودة إلى التصنيفات التلقائية</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved replies</source>
            <translation>الردود المحفوظة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert a saved reply (Ctrl+Shift+I; Alt+1…9 inserts one directly)</source>
            <translation>إدراج رد محفوظ (Ctrl+Shift+I؛ وAlt+1…9 لإدراج أحدها مباشرةً)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dismiss</source>
            <translation>استبعاد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss this thread: it no longer counts as eligible (e)</source>
            <translation>استبعاد هذه المحادثة: لن تُحتسب بعد ذلك ضمن المحادثات المؤهلة (e)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Dismiss as abuse</source>
            <translation>استبعاد بوصفها إساءة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This thread is labelled abuse: dismiss it with the reason “abuse”</source>
            <translation>صُنِّفت هذه المحادثة إساءةً: استبعِدها مع ذكر السبب «إساءة»</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Queue reply</source>
            <translation>إضافة إلى الصادر</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Put the reply in the outbox (Ctrl+Enter). Works offline: it is sent at the next sync.</source>
            <translation>وضع الرد في صندوق الصادر (Ctrl+Enter). يعمل دون اتصال: يُرسَل الرد عند المزامنة التالية.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Draft restored</source>
            <translation>استُعيدت المسودة</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Replying to: {author} “{quote}”</source>
            <translation>ردًّا على: {author} «{quote}»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replying to: {author} “{quote}”  ·  offline: queued replies are sent at the next sync</source>
            <translation>ردًّا على: {author} «{quote}»  ·  دون اتصال: تُرسَل الردود المدرجة في صندوق الصادر عند المزامنة التالية</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{author} “{words}”  (default)</source>
            <translation>{author} «{words}»  (افتراضي)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{author} “{words}”</source>
            <translation>{author} «{words}»</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Labels (yours)</source>
            <translation>التصنيفات (من وضعك)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Editing…</source>
            <translation>جارٍ التحرير…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Draft saved</source>
            <translation>حُفظت المسودة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Draft not saved</source>
            <translation>لم تُحفظ المسودة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Draft kept aside</source>
            <translation>حُفظت المسودة جانبًا</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>{used} / %Ln characters</source>
            <translation>
                <numerusform>{used} / %Ln حرف</numerusform>
                <numerusform>{used} / %Ln حرف</numerusform>
                <numerusform>{used} / %Ln حرفان</numerusform>
                <numerusform>{used} / %Ln أحرف</numerusform>
                <numerusform>{used} / %Ln حرفًا</numerusform>
                <numerusform>{used} / %Ln حرف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{used} / %Ln weighted characters</source>
            <translation>
                <numerusform>{used} / %Ln حرف موزون</numerusform>
                <numerusform>{used} / %Ln حرف موزون</numerusform>
                <numerusform>{used} / %Ln حرفان موزونان</numerusform>
                <numerusform>{used} / %Ln أحرف موزونة</numerusform>
                <numerusform>{used} / %Ln حرفًا موزونًا</numerusform>
                <numerusform>{used} / %Ln حرف موزون</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{used} / %Ln {unit}</source>
            <translation>
                <numerusform>{used} / %Ln {unit}</numerusform>
                <numerusform>{used} / %Ln {unit}</numerusform>
                <numerusform>{used} / %Ln {unit}</numerusform>
                <numerusform>{used} / %Ln {unit}</numerusform>
                <numerusform>{used} / %Ln {unit}</numerusform>
                <numerusform>{used} / %Ln {unit}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%Ln left</source>
            <translation>
                <numerusform>المتبقي: %Ln</numerusform>
                <numerusform>المتبقي: %Ln</numerusform>
                <numerusform>المتبقي: %Ln</numerusform>
                <numerusform>المتبقي: %Ln</numerusform>
                <numerusform>المتبقي: %Ln</numerusform>
                <numerusform>المتبقي: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln too many</source>
            <translation>
                <numerusform>الزيادة: %Ln</numerusform>
                <numerusform>الزيادة: %Ln</numerusform>
                <numerusform>الزيادة: %Ln</numerusform>
                <numerusform>الزيادة: %Ln</numerusform>
                <numerusform>الزيادة: %Ln</numerusform>
                <numerusform>الزيادة: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <source>The reply is empty: nothing was queued.</source>
            <translation>الرد فارغ: لم يُضَف شيء إلى صندوق الصادر.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>The reply is %Ln characters over this network's limit of {limit}: shorten it before queuing.</source>
            <translation>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln حرف: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln حرف: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln حرفين: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln أحرف: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln حرفًا: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln حرف: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The reply is %Ln graphemes over this network's limit of {limit}: shorten it before queuing.</source>
            <translation>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln وحدة كتابية: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln وحدة كتابية: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln وحدتين كتابيتين: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln وحدات كتابية: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln وحدةً كتابية: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln وحدة كتابية: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The reply is %Ln weighted characters over this network's limit of {limit}: shorten it before queuing.</source>
            <translation>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln حرف موزون: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln حرف موزون: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln حرفين موزونين: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln أحرف موزونة: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln حرفًا موزونًا: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln حرف موزون: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The reply is %Ln {unit} over this network's limit of {limit}: shorten it before queuing.</source>
            <translation>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln {unit}: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln {unit}: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln {unit}: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln {unit}: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln {unit}: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
                <numerusform>يتجاوز الرد حدّ هذه الشبكة البالغ {limit} بمقدار %Ln {unit}: اختصِره قبل إضافته إلى صندوق الصادر.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <source>Queued</source>
            <translation>في صندوق الصادر</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reply queued in the outbox. It is sent at the next sync.</source>
            <translation>أُضيف الرد إلى صندوق الصادر، وسيُرسَل عند المزامنة التالية.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply queued in the outbox. You are offline: it will be sent when Parley is online and syncs.</source>
            <translation>أُضيف الرد إلى صندوق الصادر. أنت غير متصل: سيُرسَل عندما يتصل Parley بالإنترنت ويُجري المزامنة.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The reply was not queued: {error}</source>
            <translation>لم يُضَف الرد إلى صندوق الصادر: {error}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Thread dismissed as {reason}: it no longer counts as eligible.</source>
            <translation>استُبعدت المحادثة (السبب: {reason}): لم تعد تُحتسب ضمن المحادثات المؤهلة.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No saved replies yet (Edit → Saved replies…)</source>
            <translation>لا توجد ردود محفوظة بعد (تحرير ← الردود المحفوظة…)</translation>
        </message>
    </context>
    <context>
        <name>CoreTerms</name>
        <message>
            <location filename="../../gui/coreterms.py" line="+28" />
            <source>question</source>
            <translation>سؤال</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+52" />
            <source>criticism</source>
            <translation>انتقاد</translation>
        </message>
        <message>
            <location line="-51" />
            <source>praise</source>
            <translation>إشادة</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+24" />
            <source>abuse</source>
            <translation>إساءة</translation>
        </message>
        <message>
            <location line="-23" />
            <source>other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Question</source>
            <translation>سؤال</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+9" />
            <source>Criticism</source>
            <translation>انتقاد</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Praise</source>
            <translation>إشادة</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+22" />
            <source>Abuse</source>
            <translation>إساءة</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answer next</source>
            <translation>أولويات الرد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Awaiting reply</source>
            <translation>بانتظار الرد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>الأسئلة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Regulars</source>
            <translation>المتابعون الدائمون</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered</source>
            <translation>المُجاب عنها</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismissed</source>
            <translation>المستبعدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue questions</source>
            <translation>الأسئلة المتأخرة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>spam</source>
            <translation>محتوى مزعج</translation>
        </message>
        <message>
            <location line="+2" />
            <source>thanks-only</source>
            <translation>شكر فقط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>off-topic</source>
            <translation>خارج الموضوع</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Spam</source>
            <translation>محتوى مزعج</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thanks-only</source>
            <translation>شكر فقط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Off-topic</source>
            <translation>خارج الموضوع</translation>
        </message>
        <message>
            <location line="+3" />
            <source>awaiting</source>
            <translation>بانتظار الرد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>answered</source>
            <translation>تم الرد</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <source>follower wrote again</source>
            <translation>كتب المتابع مجددًا</translation>
        </message>
        <message>
            <location line="-14" />
            <source>pending send</source>
            <translation>بانتظار الإرسال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>answered, another reply pending send</source>
            <translation>تم الرد، ورد آخر بانتظار الإرسال</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Demo</source>
            <translation>تجريبي</translation>
        </message>
        <message>
            <location line="+8" />
            <source>abusive: dismiss as abuse</source>
            <translation>مسيئة: استبعِدها بوصفها إساءة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>topic not answered yet this period (ranks 12 h earlier)</source>
            <translation>موضوع لم يُرَد عليه بعد في هذه الفترة (تتقدّم مرتبتها ١٢ ساعة)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>addressed to another commenter</source>
            <translation>موجّهة إلى معلّق آخر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question mark</source>
            <translation>علامة استفهام</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rhetorical question</source>
            <translation>سؤال بلاغي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>abuse aimed at us</source>
            <translation>إساءة موجّهة إلينا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no cue and no confident model score</source>
            <translation>لا مؤشر لفظي ولا درجة نموذج موثوقة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>labelled before your latest corrections or labeller update</source>
            <translation>صُنِّفت قبل آخر تصحيحاتك أو قبل تحديث أداة التصنيف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no label after your corrections</source>
            <translation>بلا تصنيف بعد تصحيحاتك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again</source>
            <translation>يلزم تسجيل الدخول مجددًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>account unavailable</source>
            <translation>الحساب غير متاح</translation>
        </message>
        <message>
            <location line="+1" />
            <source>enter your cost per read to see the price</source>
            <translation>أدخل تكلفة القراءة الواحدة لمعرفة السعر</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Parley answers as your Facebook Page with a Page access token that has two permissions:
pages_read_engagement (read the Page's posts and comments) and pages_manage_engagement
(reply to comments as the Page). To get one:
  1. Open the Graph API Explorer, https://developers.facebook.com/tools/explorer/, with a
     Meta app you manage (make one at https://developers.facebook.com/apps if you have none).
  2. Under "Permissions" add pages_show_list, pages_read_engagement and
     pages_manage_engagement, press "Generate Access Token" and allow them for your Page.
  3. Under "User or Page" choose your Page: the token shown is now the Page's. Copy it.
  4. Such a token lasts about an hour. For one that does not expire, extend the user token
     in the Access Token Debugger (https://developers.facebook.com/tools/debug/accesstoken/,
     "Extend Access Token"), then query me/accounts with it in the Explorer: the Page
     tokens it lists do not expire.
The token is kept in the system keychain only, never in Parley's files.</source>
            <translation>يردّ Parley بصفة صفحتك على Facebook باستخدام رمز وصول للصفحة (Page access token) يتمتع بإذنين:
pages_read_engagement (قراءة منشورات الصفحة وتعليقاتها) وpages_manage_engagement
(الرد على التعليقات بصفة الصفحة). للحصول عليه:
  ١. افتح Graph API Explorer على https://developers.facebook.com/tools/explorer/ باستخدام
     تطبيق Meta تديره (أنشئ تطبيقًا على https://developers.facebook.com/apps إن لم يكن لديك واحد).
  ٢. ضمن "Permissions" أضف pages_show_list وpages_read_engagement
     وpages_manage_engagement، ثم اضغط "Generate Access Token" وامنح هذه الأذونات لصفحتك.
  ٣. ضمن "User or Page" اختر صفحتك: الرمز المعروض الآن هو رمز الصفحة. انسخه.
  ٤. تدوم صلاحية هذا الرمز نحو ساعة. وللحصول على رمز لا تنتهي صلاحيته، مدِّد رمز المستخدم
     في Access Token Debugger (https://developers.facebook.com/tools/debug/accesstoken/،
     "Extend Access Token")، ثم استعلم به عن me/accounts في Explorer: رموز الصفحات
     التي يعرضها لا تنتهي صلاحيتها.
لا يُحفَظ الرمز إلا في سلسلة مفاتيح النظام، ولا يُحفَظ أبدًا في ملفات Parley.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Parley reads and answers on X with an X API v2 token. X API access is paid per use:
every post Parley reads or writes is billed to your developer account.
  1. In the X developer portal (https://developer.x.com/en/portal/dashboard) create a
     Project and an App; under "User authentication settings" turn on OAuth 2.0
     (type of app: native app; callback URL: http://127.0.0.1/).
  2. Authorize the app for your account with the scopes tweet.read users.read
     tweet.write offline.access (the OAuth 2.0 authorization-code flow with PKCE, for
     example with X's command-line tool: xurl auth oauth2) and copy the access token.
     With --client-id, Parley also asks for the refresh token and renews the access
     token by itself (an OAuth 2.0 user token lasts two hours).
  3. Only reading, without replying? The App's Bearer Token (portal, "Keys and tokens")
     is enough: add --handle with your account's @name.
Reading whole conversations needs a plan that includes "search recent posts"; without
it Parley reads your posts and the replies that mention you. The token is kept in the
system keychain only, never in Parley's files.</source>
            <translation>يقرأ Parley ويردّ على X باستخدام رمز X API v2. الوصول إلى X API مدفوع حسب الاستخدام:
كل منشور يقرؤه Parley أو يكتبه يُحتسَب على حساب المطوّر الخاص بك.
  ١. في بوابة مطوّري X (https://developer.x.com/en/portal/dashboard) أنشئ
     Project وApp، وضمن "User authentication settings" فعّل OAuth 2.0
     (نوع التطبيق: native app؛ عنوان رد الاتصال: http://127.0.0.1/).
  ٢. خوِّل التطبيق على حسابك بالنطاقات tweet.read users.read
     tweet.write offline.access (تدفّق رمز التفويض في OAuth 2.0 مع PKCE، مثلًا
     بأداة سطر الأوامر الخاصة بـX: xurl auth oauth2) ثم انسخ رمز الوصول.
     ومع الخيار --client-id، يطلب Parley أيضًا رمز التحديث ويجدّد رمز الوصول
     تلقائيًا (تدوم صلاحية رمز المستخدم في OAuth 2.0 ساعتين).
  ٣. للقراءة فقط دون الرد؟ يكفي حينئذٍ Bearer Token الخاص بالتطبيق (في البوابة، "Keys and tokens"):
     أضف --handle مع اسم حسابك @name.
تتطلّب قراءة المحادثات كاملةً خطةً تتضمّن "search recent posts"؛ ومن دونها
يقرأ Parley منشوراتك والردود التي تُشير إليك. لا يُحفَظ الرمز إلا في
سلسلة مفاتيح النظام، ولا يُحفَظ أبدًا في ملفات Parley.</translation>
        </message>
        <message numerus="yes">
            <location line="+125" />
            <source>regular (%Ln threads), never answered</source>
            <translation>
                <numerusform>متابع دائم (%Ln محادثة)، لم يُرَد عليه قط</numerusform>
                <numerusform>متابع دائم (%Ln محادثة)، لم يُرَد عليه قط</numerusform>
                <numerusform>متابع دائم (%Ln محادثتان)، لم يُرَد عليه قط</numerusform>
                <numerusform>متابع دائم (%Ln محادثات)، لم يُرَد عليه قط</numerusform>
                <numerusform>متابع دائم (%Ln محادثة)، لم يُرَد عليه قط</numerusform>
                <numerusform>متابع دائم (%Ln محادثة)، لم يُرَد عليه قط</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>regular (%Ln threads, {answered} answered)</source>
            <translation>
                <numerusform>متابع دائم (%Ln محادثة، رُدَّ على {answered} منها)</numerusform>
                <numerusform>متابع دائم (%Ln محادثة، رُدَّ على {answered} منها)</numerusform>
                <numerusform>متابع دائم (%Ln محادثتان، رُدَّ على {answered} منها)</numerusform>
                <numerusform>متابع دائم (%Ln محادثات، رُدَّ على {answered} منها)</numerusform>
                <numerusform>متابع دائم (%Ln محادثة، رُدَّ على {answered} منها)</numerusform>
                <numerusform>متابع دائم (%Ln محادثة، رُدَّ على {answered} منها)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>waiting {time}</source>
            <translation>بانتظار الرد منذ {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>opens with “{words}”</source>
            <translation>تبدأ بـ«{words}»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>asks: “{words}”</source>
            <translation>يسأل: «{words}»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cue “{words}”</source>
            <translation>مؤشر «{words}»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sarcasm “{words}”</source>
            <translation>سخرية «{words}»</translation>
        </message>
        <message>
            <location line="+2" />
            <source>rhetorical question “{words}”</source>
            <translation>سؤال بلاغي «{words}»</translation>
        </message>
        <message>
            <location line="+2" />
            <source>model score {score}</source>
            <translation>درجة النموذج {score}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>learned from your corrections ({percent}%)</source>
            <translation>مستفاد من تصحيحاتك ({percent}٪)</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%Ln billable X reads</source>
            <translation>
                <numerusform>%Ln قراءة مدفوعة على X</numerusform>
                <numerusform>%Ln قراءة مدفوعة على X</numerusform>
                <numerusform>%Ln قراءتان مدفوعتان على X</numerusform>
                <numerusform>%Ln قراءات مدفوعة على X</numerusform>
                <numerusform>%Ln قراءةً مدفوعة على X</numerusform>
                <numerusform>%Ln قراءة مدفوعة على X</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln billable X reads (≈ {cost} {currency})</source>
            <translation>
                <numerusform>%Ln قراءة مدفوعة على X (≈ {cost} {currency})</numerusform>
                <numerusform>%Ln قراءة مدفوعة على X (≈ {cost} {currency})</numerusform>
                <numerusform>%Ln قراءتان مدفوعتان على X (≈ {cost} {currency})</numerusform>
                <numerusform>%Ln قراءات مدفوعة على X (≈ {cost} {currency})</numerusform>
                <numerusform>%Ln قراءةً مدفوعة على X (≈ {cost} {currency})</numerusform>
                <numerusform>%Ln قراءة مدفوعة على X (≈ {cost} {currency})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>cap %Ln reads</source>
            <translation>
                <numerusform>الحد الأقصى %Ln قراءة</numerusform>
                <numerusform>الحد الأقصى %Ln قراءة</numerusform>
                <numerusform>الحد الأقصى %Ln قراءتان</numerusform>
                <numerusform>الحد الأقصى %Ln قراءات</numerusform>
                <numerusform>الحد الأقصى %Ln قراءةً</numerusform>
                <numerusform>الحد الأقصى %Ln قراءة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>stopped at the cap of %Ln reads - what was read is saved, the next sync continues from there</source>
            <translation>
                <numerusform>توقّفت عند الحد الأقصى البالغ %Ln قراءة - حُفظ ما قُرئ، وتستأنف المزامنة التالية من حيث توقّفت</numerusform>
                <numerusform>توقّفت عند الحد الأقصى البالغ %Ln قراءة - حُفظ ما قُرئ، وتستأنف المزامنة التالية من حيث توقّفت</numerusform>
                <numerusform>توقّفت عند الحد الأقصى البالغ %Ln قراءتين - حُفظ ما قُرئ، وتستأنف المزامنة التالية من حيث توقّفت</numerusform>
                <numerusform>توقّفت عند الحد الأقصى البالغ %Ln قراءات - حُفظ ما قُرئ، وتستأنف المزامنة التالية من حيث توقّفت</numerusform>
                <numerusform>توقّفت عند الحد الأقصى البالغ %Ln قراءةً - حُفظ ما قُرئ، وتستأنف المزامنة التالية من حيث توقّفت</numerusform>
                <numerusform>توقّفت عند الحد الأقصى البالغ %Ln قراءة - حُفظ ما قُرئ، وتستأنف المزامنة التالية من حيث توقّفت</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>dismissed: {reason}</source>
            <translation>مستبعدة: {reason}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{account}: offline ({error})</source>
            <translation>{account}: غير متصل ({error})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account}: sign in again (Accounts…)</source>
            <translation>{account}: يلزم تسجيل الدخول مجددًا (الحسابات…)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account}: replies wait ({reason})</source>
            <translation>{account}: الردود بانتظار الإرسال ({reason})</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+161" />
            <source>; </source>
            <comment>between the phrases of one explanation</comment>
            <translation>؛ </translation>
        </message>
        <message numerus="yes">
            <location line="-145" />
            <source>%Ln min</source>
            <translation>
                <numerusform>%Ln دقيقة</numerusform>
                <numerusform>%Ln دقيقة</numerusform>
                <numerusform>%Ln دقيقة</numerusform>
                <numerusform>%Ln دقائق</numerusform>
                <numerusform>%Ln دقيقة</numerusform>
                <numerusform>%Ln دقيقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln h</source>
            <translation>
                <numerusform>%Ln ساعة</numerusform>
                <numerusform>%Ln ساعة</numerusform>
                <numerusform>%Ln ساعة</numerusform>
                <numerusform>%Ln ساعات</numerusform>
                <numerusform>%Ln ساعة</numerusform>
                <numerusform>%Ln ساعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln d</source>
            <translation>
                <numerusform>%Ln يوم</numerusform>
                <numerusform>%Ln يوم</numerusform>
                <numerusform>%Ln يوم</numerusform>
                <numerusform>%Ln أيام</numerusform>
                <numerusform>%Ln يومًا</numerusform>
                <numerusform>%Ln يوم</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>question, due in {time}</source>
            <translation>سؤال، يحين موعد الرد عليه بعد {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question ({percent} % sure), due in {time}</source>
            <translation>سؤال (بثقة {percent} ٪)، يحين موعد الرد عليه بعد {time}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>question, overdue by {time}</source>
            <translation>سؤال، تأخّر الرد عليه {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question ({percent} % sure), overdue by {time}</source>
            <translation>سؤال (بثقة {percent} ٪)، تأخّر الرد عليه {time}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{days} days since the last sync</source>
            <translation>{days} يوم منذ آخر مزامنة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>first sync</source>
            <translation>المزامنة الأولى</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the last sync stopped early</source>
            <translation>توقّفت المزامنة الأخيرة مبكرًا</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>about %Ln billable X reads ({since}: posts ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions})</source>
            <translation>
                <numerusform>نحو %Ln قراءة مدفوعة على X ({since}: المنشورات ~{posts}، والمحادثات ({conversations}) ~{reads}، والإشارات ~{mentions})</numerusform>
                <numerusform>نحو %Ln قراءة مدفوعة على X ({since}: المنشورات ~{posts}، والمحادثات ({conversations}) ~{reads}، والإشارات ~{mentions})</numerusform>
                <numerusform>نحو %Ln قراءتين مدفوعتين على X ({since}: المنشورات ~{posts}، والمحادثات ({conversations}) ~{reads}، والإشارات ~{mentions})</numerusform>
                <numerusform>نحو %Ln قراءات مدفوعة على X ({since}: المنشورات ~{posts}، والمحادثات ({conversations}) ~{reads}، والإشارات ~{mentions})</numerusform>
                <numerusform>نحو %Ln قراءةً مدفوعة على X ({since}: المنشورات ~{posts}، والمحادثات ({conversations}) ~{reads}، والإشارات ~{mentions})</numerusform>
                <numerusform>نحو %Ln قراءة مدفوعة على X ({since}: المنشورات ~{posts}، والمحادثات ({conversations}) ~{reads}، والإشارات ~{mentions})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>about %Ln billable X reads ({since}: posts ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions}) ≈ {cost} {currency} at {rate} {currency} per read</source>
            <translation>
                <numerusform>نحو %Ln قراءة مدفوعة على X ({since}: المنشورات ~{posts}، والمحادثات ({conversations}) ~{reads}، والإشارات ~{mentions}) ≈ {cost} {currency} بسعر {rate} {currency} للقراءة الواحدة</numerusform>
                <numerusform>نحو %Ln قراءة مدفوعة على X ({since}: المنشورات ~{posts}، والمحادثات ({conversations}) ~{reads}، والإشارات ~{mentions}) ≈ {cost} {currency} بسعر {rate} {currency} للقراءة الواحدة</numerusform>
                <numerusform>نحو %Ln قراءتين مدفوعتين على X ({since}: المنشورات ~{posts}، والمحادثات ({conversations}) ~{reads}، والإشارات ~{mentions}) ≈ {cost} {currency} بسعر {rate} {currency} للقراءة الواحدة</numerusform>
                <numerusform>نحو %Ln قراءات مدفوعة على X ({since}: المنشورات ~{posts}، والمحادثات ({conversations}) ~{reads}، والإشارات ~{mentions}) ≈ {cost} {currency} بسعر {rate} {currency} للقراءة الواحدة</numerusform>
                <numerusform>نحو %Ln قراءةً مدفوعة على X ({since}: المنشورات ~{posts}، والمحادثات ({conversations}) ~{reads}، والإشارات ~{mentions}) ≈ {cost} {currency} بسعر {rate} {currency} للقراءة الواحدة</numerusform>
                <numerusform>نحو %Ln قراءة مدفوعة على X ({since}: المنشورات ~{posts}، والمحادثات ({conversations}) ~{reads}، والإشارات ~{mentions}) ≈ {cost} {currency} بسعر {rate} {currency} للقراءة الواحدة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>{posts} new posts, {messages} new messages, {threads} new threads, {skipped} skipped (cancelled)</source>
            <translation>منشورات جديدة: {posts}، رسائل جديدة: {messages}، محادثات جديدة: {threads}، متخطّاة: {skipped} (أُلغيت العملية)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{posts} new posts, {messages} new messages, {threads} new threads, {skipped} skipped</source>
            <translation>منشورات جديدة: {posts}، رسائل جديدة: {messages}، محادثات جديدة: {threads}، متخطّاة: {skipped}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{posts} new posts, {messages} new messages, {threads} new threads (cancelled)</source>
            <translation>منشورات جديدة: {posts}، رسائل جديدة: {messages}، محادثات جديدة: {threads} (أُلغيت العملية)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{posts} new posts, {messages} new messages, {threads} new threads</source>
            <translation>منشورات جديدة: {posts}، رسائل جديدة: {messages}، محادثات جديدة: {threads}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{sent} sent, {failed} failed, {check} to check, {waiting} waiting (offline) (sign in again)</source>
            <translation>أُرسل: {sent}، أخفق: {failed}، قيد التحقق: {check}، بالانتظار: {waiting} (دون اتصال) (يلزم تسجيل الدخول مجددًا)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{sent} sent, {failed} failed, {check} to check, {waiting} waiting (offline)</source>
            <translation>أُرسل: {sent}، أخفق: {failed}، قيد التحقق: {check}، بالانتظار: {waiting} (دون اتصال)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{sent} sent, {failed} failed, {check} to check, {waiting} waiting (sign in again)</source>
            <translation>أُرسل: {sent}، أخفق: {failed}، قيد التحقق: {check}، بالانتظار: {waiting} (يلزم تسجيل الدخول مجددًا)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{sent} sent, {failed} failed, {check} to check, {waiting} waiting</source>
            <translation>أُرسل: {sent}، أخفق: {failed}، قيد التحقق: {check}، بالانتظار: {waiting}</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>%Ln posts</source>
            <translation>
                <numerusform>%Ln منشور</numerusform>
                <numerusform>%Ln منشور</numerusform>
                <numerusform>%Ln منشوران</numerusform>
                <numerusform>%Ln منشورات</numerusform>
                <numerusform>%Ln منشورًا</numerusform>
                <numerusform>%Ln منشور</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln our replies</source>
            <translation>
                <numerusform>%Ln من ردودنا</numerusform>
                <numerusform>%Ln من ردودنا</numerusform>
                <numerusform>%Ln من ردودنا</numerusform>
                <numerusform>%Ln من ردودنا</numerusform>
                <numerusform>%Ln من ردودنا</numerusform>
                <numerusform>%Ln من ردودنا</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln comments</source>
            <translation>
                <numerusform>%Ln تعليق</numerusform>
                <numerusform>%Ln تعليق</numerusform>
                <numerusform>%Ln تعليقان</numerusform>
                <numerusform>%Ln تعليقات</numerusform>
                <numerusform>%Ln تعليقًا</numerusform>
                <numerusform>%Ln تعليق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln retweets skipped</source>
            <translation>
                <numerusform>إعادات تغريد متخطّاة: %Ln</numerusform>
                <numerusform>إعادات تغريد متخطّاة: %Ln</numerusform>
                <numerusform>إعادات تغريد متخطّاة: %Ln</numerusform>
                <numerusform>إعادات تغريد متخطّاة: %Ln</numerusform>
                <numerusform>إعادات تغريد متخطّاة: %Ln</numerusform>
                <numerusform>إعادات تغريد متخطّاة: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>, </source>
            <comment>between the counts of an import</comment>
            <translation>، </translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+28" />
            <source>nothing</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, {threads} new threads (this export was imported before); it holds no received comments, so coverage stays unknown</source>
            <translation>استُورد {file} إلى {account}: قُرئ {read}؛ منشورات جديدة: {posts}، رسائل جديدة: {messages}، محادثات جديدة: {threads} (سبق استيراد ملف التصدير هذا)؛ لا يحتوي على تعليقات واردة، لذا تبقى نسبة الرد غير معروفة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, {threads} new threads (this export was imported before)</source>
            <translation>استُورد {file} إلى {account}: قُرئ {read}؛ منشورات جديدة: {posts}، رسائل جديدة: {messages}، محادثات جديدة: {threads} (سبق استيراد ملف التصدير هذا)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, {threads} new threads; it holds no received comments, so coverage stays unknown</source>
            <translation>استُورد {file} إلى {account}: قُرئ {read}؛ منشورات جديدة: {posts}، رسائل جديدة: {messages}، محادثات جديدة: {threads}؛ لا يحتوي على تعليقات واردة، لذا تبقى نسبة الرد غير معروفة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, {threads} new threads</source>
            <translation>استُورد {file} إلى {account}: قُرئ {read}؛ منشورات جديدة: {posts}، رسائل جديدة: {messages}، محادثات جديدة: {threads}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Parley may read your account and post replies.</source>
            <translation>يمكن لـParley قراءة حسابك ونشر الردود.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>read your account</source>
            <translation>قراءة حسابك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>post replies</source>
            <translation>نشر الردود</translation>
        </message>
        <message>
            <location line="+1" />
            <source>read your account and post replies</source>
            <translation>قراءة حسابك ونشر الردود</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server did not let Parley {missing} (it granted: {scope}).</source>
            <translation>لم يسمح الخادم لـParley ب{missing} (الأذونات الممنوحة: {scope}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>read everything your account can see (bookmarks, lists, direct messages, settings)</source>
            <translation>قراءة كل ما يمكن لحسابك الاطلاع عليه (العلامات المرجعية، والقوائم، والرسائل المباشرة، والإعدادات)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>change anything your account can (profile, follows, deleting posts)</source>
            <translation>تغيير أي شيء يمكن لحسابك تغييره (الملف الشخصي، والمتابَعات، وحذف المنشورات)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>use {permissions}</source>
            <translation>استخدام {permissions}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Parley may read your account and post replies. This server grants no narrower permission, so Parley may also {permissions}. Parley uses only what it needs: reading posts, replies and mentions, and posting replies.</source>
            <translation>يمكن لـParley قراءة حسابك ونشر الردود. لا يمنح هذا الخادم إذنًا أضيق نطاقًا، لذا يمكن لـParley أيضًا {permissions}. ولا يستخدم Parley إلا ما يحتاج إليه: قراءة المنشورات والردود والإشارات، ونشر الردود.</translation>
        </message>
    </context>
    <context>
        <name>CoverageGauge</name>
        <message>
            <location filename="../../gui/budgetbar.py" line="-208" />
            <source>Coverage against target</source>
            <translation>نسبة الرد مقارنةً بالهدف</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No eligible threads yet this period</source>
            <translation>لا محادثات مؤهلة بعد في هذه الفترة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coverage {coverage} against a target of {target}</source>
            <translation>نسبة الرد {coverage} مقارنةً بهدف قدره {target}</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <location filename="../../gui/welcome.py" line="+29" />
            <source>&lt;b&gt;Demo workspace&lt;/b&gt; — sample data. Add an account to use your own.</source>
            <translation>&lt;b&gt;مساحة عمل تجريبية&lt;/b&gt; — بيانات نموذجية. أضف حسابًا لتعمل على بياناتك.</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Demo workspace</source>
            <translation>مساحة عمل تجريبية</translation>
        </message>
        <message>
            <location line="+4" />
            <source>DEMO</source>
            <translation>تجريبي</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add an account…</source>
            <translation>إضافة حساب…</translation>
        </message>
    </context>
    <context>
        <name>EditReplyDialog</name>
        <message>
            <location filename="../../gui/outboxdialog.py" line="+127" />
            <source>Edit the reply</source>
            <translation>تحرير الرد</translation>
        </message>
        <message>
            <location line="+4" />
            <source>To {recipient}, from {account}</source>
            <translation>إلى {recipient}، من {account}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To the thread, from {account}</source>
            <translation>إلى المحادثة، من {account}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reply</source>
            <translation>الرد</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>{used} / %Ln characters</source>
            <translation>
                <numerusform>{used} / %Ln حرف</numerusform>
                <numerusform>{used} / %Ln حرف</numerusform>
                <numerusform>{used} / %Ln حرفان</numerusform>
                <numerusform>{used} / %Ln أحرف</numerusform>
                <numerusform>{used} / %Ln حرفًا</numerusform>
                <numerusform>{used} / %Ln حرف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{used} / %Ln graphemes</source>
            <translation>
                <numerusform>{used} / %Ln وحدة كتابية</numerusform>
                <numerusform>{used} / %Ln وحدة كتابية</numerusform>
                <numerusform>{used} / %Ln وحدتان كتابيتان</numerusform>
                <numerusform>{used} / %Ln وحدات كتابية</numerusform>
                <numerusform>{used} / %Ln وحدةً كتابية</numerusform>
                <numerusform>{used} / %Ln وحدة كتابية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{used} / %Ln weighted characters</source>
            <translation>
                <numerusform>{used} / %Ln حرف موزون</numerusform>
                <numerusform>{used} / %Ln حرف موزون</numerusform>
                <numerusform>{used} / %Ln حرفان موزونان</numerusform>
                <numerusform>{used} / %Ln أحرف موزونة</numerusform>
                <numerusform>{used} / %Ln حرفًا موزونًا</numerusform>
                <numerusform>{used} / %Ln حرف موزون</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{used} / %Ln {unit}</source>
            <translation>
                <numerusform>{used} / %Ln {unit}</numerusform>
                <numerusform>{used} / %Ln {unit}</numerusform>
                <numerusform>{used} / %Ln {unit}</numerusform>
                <numerusform>{used} / %Ln {unit}</numerusform>
                <numerusform>{used} / %Ln {unit}</numerusform>
                <numerusform>{used} / %Ln {unit}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{count} – %Ln too many</source>
            <translation>
                <numerusform>{count} – الزيادة: %Ln</numerusform>
                <numerusform>{count} – الزيادة: %Ln</numerusform>
                <numerusform>{count} – الزيادة: %Ln</numerusform>
                <numerusform>{count} – الزيادة: %Ln</numerusform>
                <numerusform>{count} – الزيادة: %Ln</numerusform>
                <numerusform>{count} – الزيادة: %Ln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../gui/errors.py" line="+50" />
            <source>Something went wrong that Parley did not expect:

{error}</source>
            <translation>حدث خطأ لم يتوقّعه Parley:

{error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Details were written to {path}.</source>
            <translation>كُتبت التفاصيل في {path}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your data is safe: every change was saved when it was made.</source>
            <translation>بياناتك في أمان: حُفظ كل تغيير لحظة إجرائه.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley hit a bug</source>
            <translation>صادف Parley خللًا برمجيًا</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <location filename="../../gui/figures.py" line="+53" />
            <source>All accounts</source>
            <translation>جميع الحسابات</translation>
        </message>
        <message>
            <location line="+17" />
            <source>all accounts</source>
            <translation>جميع الحسابات</translation>
        </message>
    </context>
    <context>
        <name>Guide</name>
        <message>
            <location filename="../../gui/guide.py" line="-15" />
            <source># User guide

The guide is missing from this installation of Parley.</source>
            <translation># دليل المستخدم

الدليل غير موجود في نسخة Parley المثبّتة هذه.</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location line="+23" />
            <source>Parley – User guide</source>
            <translation>Parley – دليل المستخدم</translation>
        </message>
        <message>
            <location line="+6" />
            <source>User guide</source>
            <translation>دليل المستخدم</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../gui/importdialog.py" line="+22" />
            <source>X (Twitter) archive – zip or folder</source>
            <translation>أرشيف X (تويتر) – ملف zip أو مجلد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Holds only your own posts and replies: the audit tells how conversational the account is; coverage stays unknown.</source>
            <translation>يحتوي على منشوراتك وردودك فقط: يبيّن التدقيق مدى تفاعل الحساب في الحوار، وتبقى نسبة الرد غير معروفة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mastodon account archive – zip or folder</source>
            <translation>أرشيف حساب Mastodon – ملف zip أو مجلد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Holds only your own posts and replies (outbox.json): coverage stays unknown.</source>
            <translation>يحتوي على منشوراتك وردودك فقط (outbox.json): تبقى نسبة الرد غير معروفة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facebook Page download – zip or folder</source>
            <translation>بيانات صفحة Facebook المُنزَّلة – ملف zip أو مجلد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Holds the Page's comments where Facebook includes them; text is repaired (mojibake).</source>
            <translation>يحتوي على تعليقات الصفحة حيثما يُدرجها Facebook، ويُصلَح النص المشوَّه الترميز (mojibake).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV of comments (any tool's export)</source>
            <translation>ملف CSV للتعليقات (مُصدَّر من أي أداة)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Columns: post id, post time, post text, comment id, parent id, author, comment time, comment text, is_ours (see docs/import-formats.md). Holds both sides: coverage is known.</source>
            <translation>الأعمدة: post id، post time، post text، comment id، parent id، author، comment time، comment text، is_ours (انظر docs/import-formats.md). يحتوي على الطرفين: نسبة الرد معروفة.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Import an export</source>
            <translation>استيراد ملف تصدير</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You are looking at the demo. The import goes to your own workspace, and Parley switches to it.</source>
            <translation>أنت تتصفّح النسخة التجريبية. يذهب الاستيراد إلى مساحة عملك الخاصة، وينتقل Parley إليها.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export</source>
            <translation>نوع التصدير</translation>
        </message>
        <message>
            <location line="+6" />
            <source>File or folder</source>
            <translation>الملف أو المجلد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File…</source>
            <translation>ملف…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Folder…</source>
            <translation>مجلد…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Where</source>
            <translation>الموقع</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+23" />
            <source>Name shown in Parley (optional: read from the export when it says)</source>
            <translation>الاسم المعروض في Parley (اختياري: يُقرأ من ملف التصدير إن ذكره)</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Account</source>
            <translation>الحساب</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Network</source>
            <translation>الشبكة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Name shown in Parley (required)</source>
            <translation>الاسم المعروض في Parley (إلزامي)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the export</source>
            <translation>اختيار ملف التصدير</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exports (*.zip *.csv *.json *.js);;All (*)</source>
            <translation>ملفات التصدير (*.zip *.csv *.json *.js);;جميع الملفات (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the extracted export</source>
            <translation>اختيار مجلد التصدير المستخرَج</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose the export's file or folder.</source>
            <translation>اختر ملف التصدير أو مجلده.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A CSV does not say whose comments it holds: give the account's name.</source>
            <translation>لا يذكر ملف CSV صاحبَ التعليقات التي يحتويها: أدخل اسم الحساب.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/mainwindow.py" line="+69" />
            <source>never</source>
            <translation>لم تُجرَ بعد</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Parley – demo workspace</source>
            <translation>Parley – مساحة العمل التجريبية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>demo workspace: nothing to sync</source>
            <translation>مساحة العمل التجريبية: لا شيء للمزامنة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not synced yet</source>
            <translation>لم تُجرَ أي مزامنة بعد</translation>
        </message>
    </context>
    <context>
        <name>MastodonDialog</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="+16" />
            <source>Add a Mastodon account</source>
            <translation>إضافة حساب Mastodon</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your Mastodon server's address (your ministry's own server, or e.g. mastodon.social). Parley opens your browser so you can approve it there: read and post replies only.</source>
            <translation>عنوان خادم Mastodon الخاص بك (خادم وزارتك، أو مثلًا mastodon.social). يفتح Parley متصفحك لتمنح الموافقة هناك: للقراءة ونشر الردود فقط.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>…or paste the code the server shows</source>
            <translation>…أو الصق الرمز الذي يعرضه الخادم</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use code</source>
            <translation>استخدام الرمز</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open the browser</source>
            <translation>فتح المتصفح</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Waiting for your approval in the browser. If it did not open, go to:
{url}</source>
            <translation>بانتظار موافقتك في المتصفح. إن لم يُفتح المتصفح، فانتقل إلى:
{url}</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../gui/menus.py" line="+39" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sync now</source>
            <translation>&amp;مزامنة الآن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fetch new comments and send queued replies</source>
            <translation>جلب التعليقات الجديدة وإرسال الردود المدرجة في صندوق الصادر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync &amp;automatically</source>
            <translation>مزامنة &amp;تلقائية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Accounts…</source>
            <translation>ال&amp;حسابات…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add, sign in again or remove accounts</source>
            <translation>إضافة الحسابات أو إعادة تسجيل الدخول إليها أو إزالتها</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Outbox…</source>
            <translation>صندوق ال&amp;صادر…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Queued replies and their state</source>
            <translation>الردود المدرجة في صندوق الصادر وحالتها</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Backups…</source>
            <translation>ال&amp;نسخ الاحتياطية…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily backups of the workspace; restore one</source>
            <translation>النسخ الاحتياطية اليومية لمساحة العمل، واستعادة إحداها</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import an export…</source>
            <translation>ا&amp;ستيراد ملف تصدير…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit an account from its platform data export (no account needed)</source>
            <translation>تدقيق حساب من ملف تصدير بيانات منصّته (دون الحاجة إلى ربط الحساب)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Budget settings…</source>
            <translation>إعدادات ال&amp;ميزانية…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved &amp;replies…</source>
            <translation>ال&amp;ردود المحفوظة…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Next thread</source>
            <translation>المحادثة ال&amp;تالية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous thread</source>
            <translation>المحادثة ال&amp;سابقة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Search</source>
            <translation>&amp;بحث</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to the &amp;list</source>
            <translation>العودة إلى ال&amp;قائمة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reports…</source>
            <translation>التقا&amp;رير…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The audit and the dialogue report for any accounts and period; export to PDF and CSV</source>
            <translation>التدقيق وتقرير الحوار لأي حسابات وأي فترة، مع التصدير إلى PDF وCSV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Thread</source>
            <translation>ال&amp;محادثة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reply</source>
            <translation>&amp;رد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Queue reply</source>
            <translation>إضافة الرد إلى ال&amp;صادر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Insert saved reply…</source>
            <translation>إ&amp;دراج رد محفوظ…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dismiss…</source>
            <translation>ا&amp;ستبعاد…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Res&amp;tore (undo dismiss)</source>
            <translation>اس&amp;تعادة (إلغاء الاستبعاد)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Welcome</source>
            <translation>شاشة ال&amp;ترحيب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try the demo, add an account or import an export</source>
            <translation>تجربة النسخة التجريبية، أو إضافة حساب، أو استيراد ملف تصدير</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User guide</source>
            <translation>&amp;دليل المستخدم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first hour with Parley, step by step (offline)</source>
            <translation>الساعة الأولى مع Parley، خطوةً بخطوة (دون اتصال)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Parley</source>
            <translation>&amp;حول Parley</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About Parley</source>
            <translation>حول Parley</translation>
        </message>
        <message>
            <location line="+17" />
            <source>System language</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley will be in {language} the next time it starts.</source>
            <translation>سيظهر Parley بلغة {language} في المرة القادمة التي يُشغَّل فيها.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restart Parley now to see it in {language}?</source>
            <translation>هل تريد إعادة تشغيل Parley الآن لعرضه بلغة {language}؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restart now</source>
            <translation>إعادة ال&amp;تشغيل الآن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Later</source>
            <translation>&amp;لاحقًا</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../gui/messagebar.py" line="+32" />
            <source>Message</source>
            <translation>رسالة</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Dismiss this message</source>
            <translation>إغلاق هذه الرسالة</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <location filename="../../gui/localized.py" line="+38" />
            <source>{pct}%</source>
            <translation>{pct}٪</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+41" />
            <source>{hours} h</source>
            <translation>{hours} ساعة</translation>
        </message>
        <message>
            <location line="-34" />
            <source>{points} pt</source>
            <translation>{points} نقطة</translation>
        </message>
        <message>
            <location line="+20" />
            <source>= {zero}</source>
            <translation>= {zero}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{minutes} min</source>
            <translation>{minutes} دقيقة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} ساعة و{minutes} دقيقة</translation>
        </message>
        <message>
            <location line="+37" />
            <source>{day} {month}</source>
            <comment>a day and a short month name: 5 Jan</comment>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{day} {month} {year}</source>
            <comment>a day, a short month name and a year: 5 Jan 2016</comment>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{weekday} {date}</source>
            <comment>a short weekday and a day: Thu 26 Nov</comment>
            <translation>{weekday} {date}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{month} {year}</source>
            <comment>a month name and a year: January 2016</comment>
            <translation>{month} {year}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{date}, {time}</source>
            <comment>a date and a time of day</comment>
            <translation>{date}، {time}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>week of {date}</source>
            <translation>أسبوع {date}</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <location filename="../../gui/ops.py" line="+264" />
            <source>Importing {file}</source>
            <translation>جارٍ استيراد {file}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Syncing</source>
            <translation>جارٍ المزامنة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sending</source>
            <translation>جارٍ الإرسال</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Signing in to Bluesky</source>
            <translation>جارٍ تسجيل الدخول إلى Bluesky</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Signing in to Facebook</source>
            <translation>جارٍ تسجيل الدخول إلى Facebook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signing in to X</source>
            <translation>جارٍ تسجيل الدخول إلى X</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Registering Parley with the server</source>
            <translation>جارٍ تسجيل Parley لدى الخادم</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Waiting for approval in the browser</source>
            <translation>بانتظار الموافقة في المتصفح</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Signing in to Mastodon</source>
            <translation>جارٍ تسجيل الدخول إلى Mastodon</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Removing the account</source>
            <translation>جارٍ إزالة الحساب</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+7" />
            <source>Backing up</source>
            <translation>جارٍ النسخ الاحتياطي</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Labelling comments</source>
            <translation>جارٍ تصنيف التعليقات</translation>
        </message>
    </context>
    <context>
        <name>OutboxDialog</name>
        <message>
            <location filename="../../gui/outboxdialog.py" line="-137" />
            <source>waiting to be sent</source>
            <translation>بانتظار الإرسال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>held (not sent until released)</source>
            <translation>معلَّق (لا يُرسَل حتى يُلغى تعليقه)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sending…</source>
            <translation>جارٍ الإرسال…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>sent</source>
            <translation>أُرسل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>failed</source>
            <translation>أخفق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>checking whether it arrived</source>
            <translation>جارٍ التحقق من وصوله</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Queued</source>
            <translation>وقت الإدراج</translation>
        </message>
        <message>
            <location line="+0" />
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reply</source>
            <translation>الرد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attempts</source>
            <translation>المحاولات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>تحرير…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hold</source>
            <translation>تعليق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Release</source>
            <translation>إلغاء التعليق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retry</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change the reply's text before it is sent</source>
            <translation>تغيير نص الرد قبل إرساله</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the reply from being sent until you release it</source>
            <translation>منع إرسال الرد إلى أن تُلغي تعليقه</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Let a held reply be sent</source>
            <translation>السماح بإرسال رد معلَّق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send a failed reply again, exactly as it was</source>
            <translation>إعادة إرسال رد أخفق، كما كان تمامًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the reply: it is not sent, and its thread awaits a reply again</source>
            <translation>حذف الرد: لن يُرسَل، وستعود محادثته إلى انتظار الرد</translation>
        </message>
        <message>
            <location line="+5" />
            <source>it is waiting to be sent</source>
            <translation>الرد بانتظار الإرسال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is held</source>
            <translation>الرد معلَّق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is being sent right now</source>
            <translation>الرد قيد الإرسال الآن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it has been sent</source>
            <translation>أُرسل الرد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it failed</source>
            <translation>أخفق إرسال الرد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley is checking whether it reached the network</source>
            <translation>يتحقق Parley مما إذا كان الرد قد وصل إلى الشبكة</translation>
        </message>
        <message>
            <location line="+21" />
            <source>waiting: sign in to {account} again</source>
            <translation>بالانتظار: سجّل الدخول إلى {account} مجددًا</translation>
        </message>
        <message>
            <location line="+3" />
            <source>waiting: its account was removed</source>
            <translation>بالانتظار: أُزيل حسابه</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only a reply waiting to be sent can be held; {state}.</source>
            <translation>لا يمكن تعليق إلا الرد الذي ينتظر الإرسال؛ {state}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only a held reply can be released; {state}.</source>
            <translation>لا يمكن إلغاء التعليق إلا عن رد معلَّق؛ {state}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only a failed reply can be retried; {state}.</source>
            <translation>لا يمكن إعادة محاولة الإرسال إلا لرد أخفق؛ {state}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>It may already be on the network: wait until Parley has checked.</source>
            <translation>ربما يكون الرد قد نُشر على الشبكة: انتظر حتى يُنهي Parley التحقق.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It can no longer be deleted: {state}.</source>
            <translation>لم يعد حذفه ممكنًا: {state}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Parley has already tried to send it, so the network may have it as it was. To change it, delete it and write a new reply.</source>
            <translation>سبق أن حاول Parley إرساله، لذا قد يكون على الشبكة بصيغته السابقة. لتغييره، احذفه واكتب ردًا جديدًا.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It can no longer be changed: {state}.</source>
            <translation>لم يعد تغييره ممكنًا: {state}.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Outbox</source>
            <translation>صندوق الصادر</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Send now</source>
            <translation>إرسال الآن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send every reply that is waiting, now</source>
            <translation>إرسال كل الردود المنتظرة الآن</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Parley has tried to send it</source>
            <translation>حاول Parley إرساله</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Select a reply first.</source>
            <translation>اختر ردًا أولًا.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Parley does not try to send the replies of {account} until you sign in to it again (File → Accounts…).</source>
            <translation>لن يحاول Parley إرسال ردود {account} إلى أن تسجّل الدخول إليه مجددًا (ملف ← الحسابات…).</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Delete your reply to {recipient}?</source>
            <translation>هل تريد حذف ردّك على {recipient}؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete your reply to this thread?</source>
            <translation>هل تريد حذف ردّك في هذه المحادثة؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this reply?</source>
            <translation>هل تريد حذف هذا الرد؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{words}”

It will not be sent, and the thread awaits a reply again. This cannot be undone.</source>
            <translation>«{words}»

لن يُرسَل، وستعود المحادثة إلى انتظار الرد. لا يمكن التراجع عن هذا الإجراء.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete reply</source>
            <translation>حذف الرد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep it</source>
            <translation>الإبقاء عليه</translation>
        </message>
        <message>
            <location line="+16" />
            <source>This reply cannot be edited. {why}</source>
            <translation>لا يمكن تحرير هذا الرد. {why}</translation>
        </message>
    </context>
    <context>
        <name>ProgressText</name>
        <message>
            <location filename="../../gui/tasks.py" line="+463" />
            <source>labelling comments</source>
            <translation>تصنيف التعليقات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sending queued replies</source>
            <translation>إرسال الردود المدرجة في صندوق الصادر</translation>
        </message>
        <message>
            <location line="+0" />
            <source>nothing yet</source>
            <translation>لا شيء بعد</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{account}: 1 post fetched</source>
            <translation>{account}: جُلب منشور واحد</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>{account}: %Ln posts fetched</source>
            <translation>
                <numerusform>{account}: جُلب %Ln منشور</numerusform>
                <numerusform>{account}: جُلب %Ln منشور</numerusform>
                <numerusform>{account}: جُلب %Ln منشوران</numerusform>
                <numerusform>{account}: جُلب %Ln منشورات</numerusform>
                <numerusform>{account}: جُلب %Ln منشورًا</numerusform>
                <numerusform>{account}: جُلب %Ln منشور</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>{account}: thread {n} of {total}</source>
            <translation>{account}: المحادثة {n} من {total}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{account}: mentions</source>
            <translation>{account}: الإشارات</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{account}: fetching posts</source>
            <translation>{account}: جارٍ جلب المنشورات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{account}: fetching mentions</source>
            <translation>{account}: جارٍ جلب الإشارات</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{account}: {summary}</source>
            <translation>{account}: {summary}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>rate limited by the server: waiting {seconds} s</source>
            <translation>الخادم يحدّ من عدد الطلبات: الانتظار {seconds} ثانية</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{error}; retrying in {seconds} s</source>
            <translation>{error}؛ إعادة المحاولة بعد {seconds} ثانية</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message numerus="yes">
            <location filename="../../gui/reportpdf.py" line="+48" />
            <source>%Ln rows: the numbers are in {file}.</source>
            <translation>
                <numerusform>%Ln صف: الأرقام في {file}.</numerusform>
                <numerusform>%Ln صف: الأرقام في {file}.</numerusform>
                <numerusform>%Ln صفّان: الأرقام في {file}.</numerusform>
                <numerusform>%Ln صفوف: الأرقام في {file}.</numerusform>
                <numerusform>%Ln صفًّا: الأرقام في {file}.</numerusform>
                <numerusform>%Ln صف: الأرقام في {file}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+47" />
            <source>&lt;h1&gt;Dialogue report&lt;/h1&gt;&lt;h2&gt;{accounts}&lt;/h2&gt;</source>
            <translation>&lt;h1&gt;تقرير الحوار&lt;/h1&gt;&lt;h2&gt;{accounts}&lt;/h2&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;Period:&lt;/b&gt; {period} ({first} to {last}, UTC) · compared with {previous}</source>
            <translation>&lt;b&gt;الفترة:&lt;/b&gt; {period} (من {first} إلى {last}، بتوقيت UTC) · مقارنةً بـ{previous}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;Accounts:&lt;/b&gt; {accounts}</source>
            <translation>&lt;b&gt;الحسابات:&lt;/b&gt; {accounts}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;Posts / comments / comments per post / posts over 100 comments / our replies / coverage:&lt;/b&gt; {figures}</source>
            <translation>&lt;b&gt;المنشورات / التعليقات / التعليقات لكل منشور / المنشورات التي تتجاوز ١٠٠ تعليق / ردودنا / نسبة الرد:&lt;/b&gt; {figures}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Target:&lt;/b&gt; {target} of eligible threads answered; questions within {hours} h.</source>
            <translation>&lt;b&gt;الهدف:&lt;/b&gt; الرد على {target} من المحادثات المؤهلة، والإجابة عن الأسئلة خلال {hours} ساعة.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Made by Parley on {moment} UTC. The definitions of every figure are in the appendix.</source>
            <translation>أعدّه Parley في {moment} بتوقيت UTC. ترد تعريفات جميع الأرقام في الملحق.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{message}.</source>
            <comment>the end of a sentence</comment>
            <translation>{message}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The audit</source>
            <translation>التدقيق</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Response times</source>
            <translation>أوقات الاستجابة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Charts</source>
            <translation>الرسوم البيانية</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Topics and whom we answered</source>
            <translation>المواضيع ومن رددنا عليهم</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Appendix: definitions</source>
            <translation>ملحق: التعريفات</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{title} · page {page} of {pages}</source>
            <translation>{title} · الصفحة {page} من {pages}</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../gui/reportwords.py" line="+25" />
            <source>Audit</source>
            <translation>التدقيق</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+37" />
            <location line="+7" />
            <source>Threads</source>
            <translation>المحادثات</translation>
        </message>
        <message>
            <location line="-43" />
            <source>Coverage against the target</source>
            <translation>نسبة الرد مقارنةً بالهدف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Response times</source>
            <translation>أوقات الاستجابة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Business hours and time zones</source>
            <translation>ساعات العمل والمناطق الزمنية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coverage per week</source>
            <translation>نسبة الرد أسبوعيًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comments and our replies per day</source>
            <translation>التعليقات وردودنا يوميًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First-response times</source>
            <translation>أوقات الرد الأول</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics of our posts</source>
            <translation>مواضيع منشوراتنا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How conversational</source>
            <translation>مدى التفاعل الحواري</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hashtags in what we published</source>
            <translation>الوسوم في ما نشرناه</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whom we answered</source>
            <translation>من رددنا عليهم</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When followers write ({zone})</source>
            <translation>متى يكتب المتابعون ({zone})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When we answer ({zone})</source>
            <translation>متى نردّ ({zone})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Figure</source>
            <translation>المؤشر</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This period</source>
            <translation>هذه الفترة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation>التغيّر</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measure</source>
            <translation>المقياس</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Share</source>
            <translation>النسبة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+27" />
            <location line="+29" />
            <source>Answered</source>
            <translation>المُجاب عنها</translation>
        </message>
        <message>
            <location line="-55" />
            <source>First: median</source>
            <translation>الأول: الوسيط</translation>
        </message>
        <message>
            <location line="+0" />
            <source>First: 90th pct</source>
            <translation>الأول: المئين ٩٠</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next: median</source>
            <translation>التالي: الوسيط</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next: 90th pct</source>
            <translation>التالي: المئين ٩٠</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Met</source>
            <translation>ضمن المهلة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Missed</source>
            <translation>تجاوز المهلة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pending</source>
            <translation>قيد الانتظار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First: median (wall clock)</source>
            <translation>الأول: الوسيط (الوقت الفعلي)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First: 90th pct (wall clock)</source>
            <translation>الأول: المئين ٩٠ (الوقت الفعلي)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next: median (wall clock)</source>
            <translation>التالي: الوسيط (الوقت الفعلي)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account</source>
            <translation>الحساب</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hours</source>
            <translation>الساعات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Week</source>
            <translation>الأسبوع</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+18" />
            <location line="+28" />
            <source>Eligible</source>
            <translation>المؤهلة</translation>
        </message>
        <message>
            <location line="-45" />
            <source>Coverage</source>
            <translation>نسبة الرد</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+19" />
            <source>Target</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Day</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+10" />
            <location line="+35" />
            <source>Comments</source>
            <translation>التعليقات</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+11" />
            <location line="+34" />
            <source>Our replies</source>
            <translation>ردودنا</translation>
        </message>
        <message>
            <location line="-45" />
            <location line="+46" />
            <source>Time to first reply</source>
            <translation>مدة الرد الأول</translation>
        </message>
        <message>
            <location line="-45" />
            <source>Weekday</source>
            <translation>يوم الأسبوع</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Topic</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source>Posts</source>
            <translation>المنشورات</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Our messages</source>
            <translation>رسائلنا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hashtag</source>
            <translation>الوسم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replies</source>
            <translation>الردود</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Handle</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Comments per post</source>
            <translation>التعليقات لكل منشور</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Posts over 100 comments</source>
            <translation>المنشورات التي تتجاوز ١٠٠ تعليق</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+34" />
            <source>Reply coverage</source>
            <translation>نسبة الرد</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Eligible threads</source>
            <translation>المحادثات المؤهلة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered threads</source>
            <translation>المحادثات المُجاب عنها</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Published (posts + replies)</source>
            <translation>ما نُشر (المنشورات + الردود)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+34" />
            <source>Replies among published</source>
            <translation>نسبة الردود مما نُشر</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Pending send (not counted)</source>
            <translation>بانتظار الإرسال (غير محتسبة)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Awaiting</source>
            <translation>بانتظار الرد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions answered</source>
            <translation>الأسئلة المُجاب عنها</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criticism addressed</source>
            <translation>الانتقادات التي رُدَّ عليها</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Our posts</source>
            <translation>منشوراتنا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All threads</source>
            <translation>جميع المحادثات</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Questions</source>
            <translation>الأسئلة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criticism</source>
            <translation>الانتقادات</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(unknown)</source>
            <translation>(غير معروف)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(no recurring words)</source>
            <translation>(لا كلمات متكرّرة)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt; 1 h</source>
            <translation>أقل من ساعة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>1–4 h</source>
            <translation>١–٤ ساعات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4–12 h</source>
            <translation>٤–١٢ ساعة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>12–24 h</source>
            <translation>١٢–٢٤ ساعة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1–2 d</source>
            <translation>١–٢ يوم</translation>
        </message>
        <message>
            <location line="+0" />
            <source>2–7 d</source>
            <translation>٢–٧ أيام</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&gt; 7 d</source>
            <translation>أكثر من ٧ أيام</translation>
        </message>
        <message>
            <location line="+4" />
            <source>spam</source>
            <translation>محتوى مزعج</translation>
        </message>
        <message>
            <location line="+0" />
            <source>abuse</source>
            <translation>إساءة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>thanks-only</source>
            <translation>شكر فقط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>off-topic</source>
            <translation>خارج الموضوع</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No threads in this period</source>
            <translation>لا محادثات في هذه الفترة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All accounts</source>
            <translation>جميع الحسابات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each account's own time zone</source>
            <translation>المنطقة الزمنية الخاصة بكل حساب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wall-clock hours (no business hours set).</source>
            <translation>الساعات الفعلية (لم تُحدَّد ساعات عمل).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Thread</source>
            <translation>المحادثة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Time to next reply</source>
            <translation>مدة الرد التالي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Percentiles</source>
            <translation>المئينات</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deadline state</source>
            <translation>حالة المهلة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Business hours</source>
            <translation>ساعات العمل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>المواضيع</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Periods</source>
            <translation>الفترات</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A follower's top-level comment on one of our posts, or a follower's mention of us that is not a reply inside an existing thread, together with every message under it.</source>
            <translation>تعليق من متابع في المستوى الأعلى على أحد منشوراتنا، أو إشارة من متابع إلينا ليست ردًا داخل محادثة قائمة، مع كل الرسائل التي تندرج تحته.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A thread not dismissed (spam, abuse, thanks-only, off-topic: you choose the reason).</source>
            <translation>محادثة لم تُستبعَد (محتوى مزعج، إساءة، شكر فقط، خارج الموضوع: أنت من يختار السبب).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>We wrote at least one message in the thread after the follower's first message, and it is on the network. A thread whose only reply still waits in the outbox is pending send and not counted.</source>
            <translation>كتبنا رسالة واحدة على الأقل في المحادثة بعد أولى رسائل المتابع، وهي منشورة على الشبكة. أما المحادثة التي لا يزال ردها الوحيد في صندوق الصادر فتُعدّ بانتظار الإرسال ولا تُحتسب.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every follower message under our posts published in the period (top-level comments and replies to them). Comments per post and the share of posts over 100 comments are over those posts.</source>
            <translation>كل رسالة من متابع تحت منشوراتنا المنشورة في الفترة (التعليقات في المستوى الأعلى والردود عليها). ويُحسب عدد التعليقات لكل منشور ونسبة المنشورات التي تتجاوز ١٠٠ تعليق على أساس هذه المنشورات.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Our messages (not posts) written in the period and on the network.</source>
            <translation>رسائلنا (لا المنشورات) المكتوبة في الفترة والمنشورة على الشبكة.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered eligible threads opened in the period ÷ eligible threads opened in the period; also per label (questions answered, criticism addressed).</source>
            <translation>المحادثات المؤهلة المُجاب عنها التي فُتحت في الفترة ÷ المحادثات المؤهلة التي فُتحت في الفترة؛ وكذلك لكل تصنيف (الأسئلة المُجاب عنها، والانتقادات التي رُدَّ عليها).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From the thread's first follower message to our first message in it.</source>
            <translation>من أول رسالة للمتابع في المحادثة إلى أول رسالة لنا فيها.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From a follower's message that comes after one of ours to our next message.</source>
            <translation>من رسالة للمتابع تأتي بعد إحدى رسائلنا إلى رسالتنا التالية.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Median and 90th percentile by the nearest-rank method.</source>
            <translation>الوسيط والمئين التسعون وفق طريقة أقرب رتبة.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Under the budget's response-time target: pending (no reply yet, deadline ahead), met, missed (answered late, or still unanswered after the deadline).</source>
            <translation>وفق هدف زمن الاستجابة في الميزانية: قيد الانتظار (لا رد بعد، والمهلة لم تنقضِ)، ضمن المهلة، تجاوز المهلة (رُدَّ متأخرًا، أو ما زال بلا رد بعد انقضاء المهلة).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When an account has business hours, its response clocks count only time within them, in its time zone (daylight saving time included); wall-clock figures are shown beside.</source>
            <translation>إذا كانت للحساب ساعات عمل، فلا يُحتسب في أوقات الاستجابة إلا الوقت الواقع ضمنها، وفق منطقته الزمنية (بما في ذلك التوقيت الصيفي)؛ وتُعرض أرقام الوقت الفعلي بجانبها.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Our replies ÷ (our posts + our replies) in the period: how conversational the account is (the Twiplomacy measure).</source>
            <translation>ردودنا ÷ (منشوراتنا + ردودنا) في الفترة: مدى التفاعل الحواري للحساب (مقياس Twiplomacy).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A post's hashtags, else its distinctive words: those that recur across the period's posts but are the rarest among its own.</source>
            <translation>وسوم المنشور، وإلا فكلماته المميِّزة: أي الكلمات التي تتكرّر في منشورات الفترة لكنها الأندر بين كلماته.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>UTC calendar weeks (ISO), months, quarters and years, or custom dates; the change is against the previous period of the same length.</source>
            <translation>الأسابيع التقويمية بتوقيت UTC (وفق ISO)، والأشهر، والأرباع، والسنوات، أو تواريخ مخصّصة؛ ويُقاس التغيّر مقارنةً بالفترة السابقة المماثلة في الطول.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>week {week} of {year} ({first} – {last})</source>
            <translation>الأسبوع {week} من {year} ({first} – {last})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Q{quarter} {year} ({first} – {last})</source>
            <translation>الربع {quarter} من {year} ({first} – {last})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{first} – {last}</source>
            <comment>a span of dates</comment>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{language} ({code})</source>
            <translation>{language} ({code})</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Dialogue report – {accounts} – {period}</source>
            <translation>تقرير الحوار – {accounts} – {period}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{zone}, no business hours</source>
            <translation>{zone}، بلا ساعات عمل</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{first}-{last}</source>
            <comment>a range of weekdays: Mon-Fri</comment>
            <translation>{first}-{last}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{days} {start}-{end} {zone}</source>
            <comment>business hours</comment>
            <translation>{days} {start}-{end} {zone}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Previous ({period})</source>
            <translation>السابقة ({period})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Within {hours} h</source>
            <translation>خلال {hours} ساعة</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Business hours count where set: {hours}</source>
            <translation>تُحتسب ساعات العمل حيثما حُدّدت: {hours}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Dismissed: {reason}</source>
            <translation>مستبعدة: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ReportsWindow</name>
        <message>
            <location filename="../../gui/reportspage.py" line="+46" />
            <source>Week</source>
            <translation>أسبوع</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Month</source>
            <translation>شهر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quarter</source>
            <translation>ربع سنة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Year</source>
            <translation>سنة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom dates</source>
            <translation>تواريخ مخصّصة</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Reports – Parley</source>
            <translation>التقارير – Parley</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Accounts in the report</source>
            <translation>الحسابات المشمولة في التقرير</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The previous period (Alt+Left)</source>
            <translation>الفترة السابقة (Alt+Left)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The next period (Alt+Right)</source>
            <translation>الفترة التالية (Alt+Right)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Show</source>
            <translation>عرض</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export PDF…</source>
            <translation>تصدير PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export CSV…</source>
            <translation>تصدير CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export PNG…</source>
            <translation>تصدير PNG…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+89" />
            <source>Computing…</source>
            <translation>جارٍ الحساب…</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Choose at least one account.</source>
            <translation>اختر حسابًا واحدًا على الأقل.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The report could not be computed: {error}</source>
            <translation>تعذّر حساب التقرير: {error}</translation>
        </message>
        <message>
            <location line="+40" />
            <source>&lt;b&gt;{title}&lt;/b&gt; – the chart's numbers</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; – أرقام الرسم البياني</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The audit</source>
            <translation>التدقيق</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Response times</source>
            <translation>أوقات الاستجابة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Charts</source>
            <translation>الرسوم البيانية</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Research: how conversational, and on which topics</source>
            <translation>بحث: مدى التفاعل الحواري، وفي أي المواضيع</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} · computed in {ms} ms</source>
            <translation>{title} · حُسب في {ms} ملّي ثانية</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export the report as PDF</source>
            <translation>تصدير التقرير بصيغة PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export the tables as CSV files into a folder</source>
            <translation>تصدير الجداول في ملفات CSV داخل مجلد</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export the charts as PNG files into a folder</source>
            <translation>تصدير الرسوم البيانية في ملفات PNG داخل مجلد</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Exporting {format}…</source>
            <translation>جارٍ التصدير بصيغة {format}…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported to {where}</source>
            <translation>صُدِّر إلى {where}</translation>
        </message>
    </context>
    <context>
        <name>SavedRepliesDialog</name>
        <message>
            <location filename="../../gui/dialogs.py" line="+26" />
            <location line="+5" />
            <source>Saved replies</source>
            <translation>الردود المحفوظة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dear {name}, thank you for your question…</source>
            <comment>keep {name}: a variable the user types</comment>
            <translation>السيد/السيدة {name}، نشكركم على سؤالكم…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Variables: {name} (the follower's name), {handle} (@handle), {account} (this account)</source>
            <comment>keep {name}, {handle} and {account}: variables the user types</comment>
            <translation>المتغيّرات: {name} (اسم المتابع)، و{handle} (المعرّف بصيغة @handle)، و{account} (هذا الحساب)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>New reply</source>
            <translation>رد جديد</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Every saved reply needs a title.</source>
            <translation>يحتاج كل رد محفوظ إلى عنوان.</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../../gui/search.py" line="+75" />
            <source>No messages match “{search}” in this view</source>
            <translation>لا رسائل تطابق «{search}» في هذا العرض</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No messages match “{search}”</source>
            <translation>لا رسائل تطابق «{search}»</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../gui/dialogs.py" line="+7" />
            <source>next / previous thread</source>
            <translation>المحادثة التالية / السابقة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>write a reply (focus the composer)</source>
            <translation>كتابة رد (الانتقال إلى محرّر الرد)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>queue the reply</source>
            <translation>إضافة الرد إلى صندوق الصادر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dismiss the thread (choose a reason)</source>
            <translation>استبعاد المحادثة (مع اختيار السبب)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>search all messages</source>
            <translation>البحث في كل الرسائل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smart views: Answer next … All, Overdue questions</source>
            <translation>العروض الذكية: أولويات الرد … الكل، الأسئلة المتأخرة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>back to the thread list</source>
            <translation>العودة إلى قائمة المحادثات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>insert a saved reply</source>
            <translation>إدراج رد محفوظ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sync now</source>
            <translation>المزامنة الآن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reports: the audit and the dialogue report</source>
            <translation>التقارير: التدقيق وتقرير الحوار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>quit</source>
            <translation>الخروج</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../../gui/sidebar.py" line="+31" />
            <source>Sign in again</source>
            <translation>إعادة تسجيل الدخول</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed</source>
            <translation>أُزيل</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Search all messages  ( / )</source>
            <translation>البحث في كل الرسائل  ( / )</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Search results</source>
            <translation>نتائج البحث</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This view only</source>
            <translation>هذا العرض فقط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search only the threads of the view selected below</source>
            <translation>البحث في محادثات العرض المحدّد أدناه فقط</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+6" />
            <source>Accounts</source>
            <translation>الحسابات</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Views</source>
            <translation>العروض</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Smart views</source>
            <translation>العروض الذكية</translation>
        </message>
        <message>
            <location line="+12" />
            <source>All accounts</source>
            <translation>جميع الحسابات</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{account}
{network}: {handle}</source>
            <translation>{account}
{network}: {handle}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sign-in has expired: File → Accounts… to sign in again.</source>
            <translation>انتهت صلاحية تسجيل الدخول: اختر ملف ← الحسابات… لتسجيل الدخول مجددًا.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{account}, {status}</source>
            <translation>{account}، {status}</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Searching…</source>
            <translation>جارٍ البحث…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 thread matches</source>
            <translation>محادثة واحدة مطابقة</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln threads match</source>
            <translation>
                <numerusform>%Ln محادثة مطابقة</numerusform>
                <numerusform>%Ln محادثة مطابقة</numerusform>
                <numerusform>%Ln محادثتان مطابقتان</numerusform>
                <numerusform>%Ln محادثات مطابقة</numerusform>
                <numerusform>%Ln محادثة مطابقة</numerusform>
                <numerusform>%Ln محادثة مطابقة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../gui/signin.py" line="+49" />
            <source>Parley could not reach “{address}”. Check the server's address, e.g. {example}.</source>
            <translation>تعذّر على Parley الوصول إلى «{address}». تحقّق من عنوان الخادم، مثلًا {example}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Parley could not reach the {network} server. Check the server's address, e.g. {example}.</source>
            <translation>تعذّر على Parley الوصول إلى خادم {network}. تحقّق من عنوان الخادم، مثلًا {example}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Parley could not reach {network}. Check that this computer is online, then try again.</source>
            <translation>تعذّر على Parley الوصول إلى {network}. تحقّق من اتصال هذا الحاسوب بالإنترنت، ثم أعد المحاولة.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Bluesky did not accept this handle and app password. Check both; use an app password (Bluesky: Settings → Privacy and security → App passwords), not your main password.</source>
            <translation>لم يقبل Bluesky هذا المعرّف وكلمة مرور التطبيق. تحقّق منهما، واستخدم كلمة مرور تطبيق (في Bluesky: الإعدادات ← الخصوصية والأمان ← كلمات مرور التطبيقات)، لا كلمة مرورك الرئيسية.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{network} did not accept this token. Check that you copied all of it, then try again.</source>
            <translation>لم يقبل {network} هذا الرمز. تحقّق من أنك نسخته كاملًا، ثم أعد المحاولة.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{network} did not sign you in ({error}). Try again.</source>
            <translation>لم يُتمّ {network} تسجيل دخولك ({error}). أعد المحاولة.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{network} asks Parley to wait a moment. Try again in a minute.</source>
            <translation>يطلب {network} من Parley الانتظار قليلًا. أعد المحاولة بعد دقيقة.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server at “{address}” did not answer properly. Try again in a few minutes.</source>
            <translation>لم يستجب الخادم على العنوان «{address}» بالشكل الصحيح. أعد المحاولة بعد بضع دقائق.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server at the {network} server did not answer properly. Try again in a few minutes.</source>
            <translation>لم يستجب خادم {network} بالشكل الصحيح. أعد المحاولة بعد بضع دقائق.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Parley keeps sign-ins only in your system keychain, and none is available right now. Start or unlock your keychain, then try again.</source>
            <translation>لا يحفظ Parley بيانات تسجيل الدخول إلا في سلسلة مفاتيح النظام، ولا يتوفر أيٌّ منها حاليًا. شغّل سلسلة المفاتيح أو ألغِ قفلها، ثم أعد المحاولة.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Signed in as {handle} ({network}). {permissions} Syncing…</source>
            <translation>سُجّل الدخول باسم {handle} ({network}). {permissions} جارٍ المزامنة…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Signed in as {handle} ({network}). Syncing…</source>
            <translation>سُجّل الدخول باسم {handle} ({network}). جارٍ المزامنة…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Parley hit a bug while signing in; the details are in the report. Try again.</source>
            <translation>صادف Parley خللًا برمجيًا أثناء تسجيل الدخول؛ التفاصيل في التقرير. أعد المحاولة.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Signing in to Bluesky…</source>
            <translation>جارٍ تسجيل الدخول إلى Bluesky…</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Signing in to {network}…</source>
            <translation>جارٍ تسجيل الدخول إلى {network}…</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Asking the server to let Parley in…</source>
            <translation>جارٍ طلب إذن الخادم بدخول Parley…</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Signing in…</source>
            <translation>جارٍ تسجيل الدخول…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>{account}: sign in again from the command line (main.py account add {platform}).</source>
            <translation>{account}: سجّل الدخول مجددًا من سطر الأوامر (main.py account add {platform}).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Account removed; its sign-in is deleted.</source>
            <translation>أُزيل الحساب، وحُذفت بيانات تسجيل دخوله.</translation>
        </message>
    </context>
    <context>
        <name>SignInForm</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="-141" />
            <source>Sign-in problem</source>
            <translation>مشكلة في تسجيل الدخول</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Signing in…</source>
            <translation>جارٍ تسجيل الدخول…</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../gui/statusbar.py" line="+17" />
            <source>Connection</source>
            <translation>الاتصال</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Outbox</source>
            <translation>صندوق الصادر</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in again</source>
            <translation>إعادة تسجيل الدخول</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the background work; what is already saved stays saved</source>
            <translation>إيقاف العمل الجاري في الخلفية؛ يبقى ما حُفظ محفوظًا</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Online – {why}</source>
            <translation>متصل – {why}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Offline – {why}</source>
            <translation>غير متصل – {why}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Online</source>
            <translation>متصل</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Offline</source>
            <translation>غير متصل</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Last sync: {when}</source>
            <translation>آخر مزامنة: {when}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Outbox: %Ln waiting</source>
            <translation>
                <numerusform>صندوق الصادر: %Ln بالانتظار</numerusform>
                <numerusform>صندوق الصادر: %Ln بالانتظار</numerusform>
                <numerusform>صندوق الصادر: %Ln بالانتظار</numerusform>
                <numerusform>صندوق الصادر: %Ln بالانتظار</numerusform>
                <numerusform>صندوق الصادر: %Ln بالانتظار</numerusform>
                <numerusform>صندوق الصادر: %Ln بالانتظار</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outbox: empty</source>
            <translation>صندوق الصادر: فارغ</translation>
        </message>
        <message>
            <location line="+12" />
            <source>sign in to {account} again</source>
            <translation>سجّل الدخول إلى {account} مجددًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sign in to {account} again (1 reply waits)</source>
            <translation>سجّل الدخول إلى {account} مجددًا (رد واحد بالانتظار)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>sign in to {account} again (%Ln replies wait)</source>
            <translation>
                <numerusform>سجّل الدخول إلى {account} مجددًا (%Ln رد بالانتظار)</numerusform>
                <numerusform>سجّل الدخول إلى {account} مجددًا (%Ln رد بالانتظار)</numerusform>
                <numerusform>سجّل الدخول إلى {account} مجددًا (%Ln ردّان بالانتظار)</numerusform>
                <numerusform>سجّل الدخول إلى {account} مجددًا (%Ln ردود بالانتظار)</numerusform>
                <numerusform>سجّل الدخول إلى {account} مجددًا (%Ln ردًّا بالانتظار)</numerusform>
                <numerusform>سجّل الدخول إلى {account} مجددًا (%Ln رد بالانتظار)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; </source>
            <comment>between accounts to sign in to again</comment>
            <translation>؛ </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{accounts} – File → Accounts…</source>
            <translation>{accounts} – ملف ← الحسابات…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Parley does not try to send these replies until you sign in again.</source>
            <translation>لن يحاول Parley إرسال هذه الردود إلى أن تسجّل الدخول مجددًا.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{task}: {progress}</source>
            <translation>{task}: {progress}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{task}: cancelling…</source>
            <translation>{task}: جارٍ الإلغاء…</translation>
        </message>
    </context>
    <context>
        <name>Syncing</name>
        <message>
            <location filename="../../gui/syncing.py" line="+63" />
            <source>Off</source>
            <translation>إيقاف</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>Every %Ln minutes</source>
            <translation>
                <numerusform>كل %Ln دقيقة</numerusform>
                <numerusform>كل %Ln دقيقة</numerusform>
                <numerusform>كل %Ln دقيقة</numerusform>
                <numerusform>كل %Ln دقائق</numerusform>
                <numerusform>كل %Ln دقيقة</numerusform>
                <numerusform>كل %Ln دقيقة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>There is nothing to sync here: add an account (File → Accounts…) to work with your own threads.</source>
            <translation>لا شيء للمزامنة هنا: أضف حسابًا (ملف ← الحسابات…) للعمل على محادثاتك.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>working offline</source>
            <translation>العمل دون اتصال</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account}: {summary}</source>
            <translation>{account}: {summary}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Synced. {accounts}. Outbox: {outbox}.</source>
            <translation>تمت المزامنة. {accounts}. صندوق الصادر: {outbox}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>; </source>
            <comment>between the accounts of a sync</comment>
            <translation>؛ </translation>
        </message>
        <message>
            <location line="+4" />
            <source>{synced} {problems}</source>
            <translation>{synced} {problems}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>replies wait in the outbox</source>
            <translation>ردود بانتظار الإرسال في صندوق الصادر</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Outbox: {report}.</source>
            <translation>صندوق الصادر: {report}.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>1 reply has not been sent yet. It stays in the outbox and is sent the next time Parley is online.</source>
            <translation>ثمة رد واحد لم يُرسَل بعد. سيبقى في صندوق الصادر ويُرسَل في المرة القادمة التي يتصل فيها Parley بالإنترنت.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln replies have not been sent yet. They stay in the outbox and are sent the next time Parley is online.</source>
            <translation>
                <numerusform>عدد الردود التي لم تُرسَل بعد: %Ln. ستبقى في صندوق الصادر وتُرسَل في المرة القادمة التي يتصل فيها Parley بالإنترنت.</numerusform>
                <numerusform>عدد الردود التي لم تُرسَل بعد: %Ln. ستبقى في صندوق الصادر وتُرسَل في المرة القادمة التي يتصل فيها Parley بالإنترنت.</numerusform>
                <numerusform>عدد الردود التي لم تُرسَل بعد: %Ln. ستبقى في صندوق الصادر وتُرسَل في المرة القادمة التي يتصل فيها Parley بالإنترنت.</numerusform>
                <numerusform>عدد الردود التي لم تُرسَل بعد: %Ln. ستبقى في صندوق الصادر وتُرسَل في المرة القادمة التي يتصل فيها Parley بالإنترنت.</numerusform>
                <numerusform>عدد الردود التي لم تُرسَل بعد: %Ln. ستبقى في صندوق الصادر وتُرسَل في المرة القادمة التي يتصل فيها Parley بالإنترنت.</numerusform>
                <numerusform>عدد الردود التي لم تُرسَل بعد: %Ln. ستبقى في صندوق الصادر وتُرسَل في المرة القادمة التي يتصل فيها Parley بالإنترنت.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign in to {account} again first (File → Accounts…), or its replies keep waiting.</source>
            <translation>سجّل الدخول إلى {account} مجددًا أولًا (ملف ← الحسابات…)، وإلا ستبقى ردوده بالانتظار.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign in to {accounts} again first (File → Accounts…), or their replies keep waiting.</source>
            <translation>سجّل الدخول إلى {accounts} مجددًا أولًا (ملف ← الحسابات…)، وإلا ستبقى ردودها بالانتظار.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> and </source>
            <comment>between account names</comment>
            <translation> و</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 reply is held or failed: it is sent only once you release or retry them (File → Outbox…).</source>
            <translation>رد واحد معلَّق أو أخفق إرساله: لن يُرسَل إلا بعد أن تلغي تعليقه أو تعيد محاولة إرساله (ملف ← صندوق الصادر…).</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln replies are held or failed: they are sent only once you release or retry them (File → Outbox…).</source>
            <translation>
                <numerusform>عدد الردود المعلَّقة أو التي أخفق إرسالها: %Ln. لن تُرسَل إلا بعد أن تلغي تعليقها أو تعيد محاولة إرسالها (ملف ← صندوق الصادر…).</numerusform>
                <numerusform>عدد الردود المعلَّقة أو التي أخفق إرسالها: %Ln. لن تُرسَل إلا بعد أن تلغي تعليقها أو تعيد محاولة إرسالها (ملف ← صندوق الصادر…).</numerusform>
                <numerusform>عدد الردود المعلَّقة أو التي أخفق إرسالها: %Ln. لن تُرسَل إلا بعد أن تلغي تعليقها أو تعيد محاولة إرسالها (ملف ← صندوق الصادر…).</numerusform>
                <numerusform>عدد الردود المعلَّقة أو التي أخفق إرسالها: %Ln. لن تُرسَل إلا بعد أن تلغي تعليقها أو تعيد محاولة إرسالها (ملف ← صندوق الصادر…).</numerusform>
                <numerusform>عدد الردود المعلَّقة أو التي أخفق إرسالها: %Ln. لن تُرسَل إلا بعد أن تلغي تعليقها أو تعيد محاولة إرسالها (ملف ← صندوق الصادر…).</numerusform>
                <numerusform>عدد الردود المعلَّقة أو التي أخفق إرسالها: %Ln. لن تُرسَل إلا بعد أن تلغي تعليقها أو تعيد محاولة إرسالها (ملف ← صندوق الصادر…).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Quit Parley?</source>
            <translation>هل تريد الخروج من Parley؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
    </context>
    <context>
        <name>ThreadDetail</name>
        <message>
            <location filename="../../gui/detail.py" line="+38" />
            <source>Us</source>
            <translation>نحن</translation>
        </message>
    </context>
    <context>
        <name>ThreadListModel</name>
        <message>
            <location filename="../../gui/threadmodel.py" line="+46" />
            <source>Author</source>
            <translation>الكاتب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account</source>
            <translation>الحساب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>الرسالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Labels</source>
            <translation>التصنيفات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lang</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Age</source>
            <translation>المدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replies</source>
            <translation>الردود</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location line="+202" />
            <source>{message}

Why here: {why}</source>
            <translation>{message}

سبب موقعها هنا: {why}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{time} UTC</source>
            <translation>{time} بتوقيت UTC</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{account} · {network} @{handle}</source>
            <translation>{account} · {network} @{handle}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account} · {network}</source>
            <translation>{account} · {network}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 reply</source>
            <translation>رد واحد</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%Ln replies</source>
            <translation>
                <numerusform>%Ln رد</numerusform>
                <numerusform>%Ln رد</numerusform>
                <numerusform>%Ln ردّان</numerusform>
                <numerusform>%Ln ردود</numerusform>
                <numerusform>%Ln ردًّا</numerusform>
                <numerusform>%Ln رد</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>, </source>
            <comment>between label names</comment>
            <translation>، </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%Ln min</source>
            <translation>
                <numerusform>%Ln د</numerusform>
                <numerusform>%Ln د</numerusform>
                <numerusform>%Ln د</numerusform>
                <numerusform>%Ln د</numerusform>
                <numerusform>%Ln د</numerusform>
                <numerusform>%Ln د</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln h</source>
            <translation>
                <numerusform>%Ln س</numerusform>
                <numerusform>%Ln س</numerusform>
                <numerusform>%Ln س</numerusform>
                <numerusform>%Ln س</numerusform>
                <numerusform>%Ln س</numerusform>
                <numerusform>%Ln س</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln d</source>
            <translation>
                <numerusform>%Ln يوم</numerusform>
                <numerusform>%Ln يوم</numerusform>
                <numerusform>%Ln يوم</numerusform>
                <numerusform>%Ln أيام</numerusform>
                <numerusform>%Ln يومًا</numerusform>
                <numerusform>%Ln يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln mo</source>
            <translation>
                <numerusform>%Ln شهر</numerusform>
                <numerusform>%Ln شهر</numerusform>
                <numerusform>%Ln شهر</numerusform>
                <numerusform>%Ln أشهر</numerusform>
                <numerusform>%Ln شهرًا</numerusform>
                <numerusform>%Ln شهر</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThreadTable</name>
        <message>
            <location filename="../../gui/threadtable.py" line="+79" />
            <source>Threads</source>
            <translation>المحادثات</translation>
        </message>
    </context>
    <context>
        <name>ThreadView</name>
        <message>
            <location filename="../../gui/threadview.py" line="+73" />
            <source>Thread</source>
            <translation>المحادثة</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+9" />
            <source>Us</source>
            <translation>نحن</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Select a thread on the left.</source>
            <translation>اختر محادثة من القائمة.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Open link?</source>
            <translation>هل تريد فتح الرابط؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This link goes to:

{target}

Host: {host}

Open it in your browser?</source>
            <translation>يؤدي هذا الرابط إلى:

{target}

المضيف: {host}

هل تريد فتحه في متصفحك؟</translation>
        </message>
        <message>
            <location line="+15" />
            <source>never answered</source>
            <translation>لم نردّ عليه قط</translation>
        </message>
        <message>
            <location line="+2" />
            <source>answered once</source>
            <translation>رددنا عليه مرة واحدة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>answered twice</source>
            <translation>رددنا عليه مرتين</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>answered %Ln times</source>
            <translation>
                <numerusform>رددنا عليه %Ln مرة</numerusform>
                <numerusform>رددنا عليه %Ln مرة</numerusform>
                <numerusform>رددنا عليه %Ln مرتين</numerusform>
                <numerusform>رددنا عليه %Ln مرات</numerusform>
                <numerusform>رددنا عليه %Ln مرةً</numerusform>
                <numerusform>رددنا عليه %Ln مرة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>1 comment since {since}, {answered}</source>
            <translation>تعليق واحد منذ {since}، {answered}</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>1 comment in %Ln threads since {since}, {answered}</source>
            <translation>
                <numerusform>تعليق واحد في %Ln محادثة منذ {since}، {answered}</numerusform>
                <numerusform>تعليق واحد في %Ln محادثة منذ {since}، {answered}</numerusform>
                <numerusform>تعليق واحد في %Ln محادثتين منذ {since}، {answered}</numerusform>
                <numerusform>تعليق واحد في %Ln محادثات منذ {since}، {answered}</numerusform>
                <numerusform>تعليق واحد في %Ln محادثة منذ {since}، {answered}</numerusform>
                <numerusform>تعليق واحد في %Ln محادثة منذ {since}، {answered}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln comments since {since}, {answered}</source>
            <translation>
                <numerusform>%Ln تعليق منذ {since}، {answered}</numerusform>
                <numerusform>%Ln تعليق منذ {since}، {answered}</numerusform>
                <numerusform>%Ln تعليقان منذ {since}، {answered}</numerusform>
                <numerusform>%Ln تعليقات منذ {since}، {answered}</numerusform>
                <numerusform>%Ln تعليقًا منذ {since}، {answered}</numerusform>
                <numerusform>%Ln تعليق منذ {since}، {answered}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{comments} comments in %Ln threads since {since}, {answered}</source>
            <translation>
                <numerusform>تعليقات ({comments}) في %Ln محادثة منذ {since}، {answered}</numerusform>
                <numerusform>تعليقات ({comments}) في %Ln محادثة منذ {since}، {answered}</numerusform>
                <numerusform>تعليقات ({comments}) في %Ln محادثتين منذ {since}، {answered}</numerusform>
                <numerusform>تعليقات ({comments}) في %Ln محادثات منذ {since}، {answered}</numerusform>
                <numerusform>تعليقات ({comments}) في %Ln محادثة منذ {since}، {answered}</numerusform>
                <numerusform>تعليقات ({comments}) في %Ln محادثة منذ {since}، {answered}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>{label} {percent} %</source>
            <translation>{label} {percent}٪</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{label} ({reasons})</source>
            <translation>{label} ({reasons})</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · </source>
            <comment>between labels</comment>
            <translation> · </translation>
        </message>
        <message>
            <location line="+0" />
            <source>none yet</source>
            <translation>لا شيء بعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Automatic labels: {labels}</source>
            <translation>التصنيفات التلقائية: {labels}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, </source>
            <comment>between label names</comment>
            <translation>، </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your labels: &lt;b&gt;{labels}&lt;/b&gt; (they win) · {automatic}</source>
            <translation>تصنيفاتك: &lt;b&gt;{labels}&lt;/b&gt; (لها الأولوية) · {automatic}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{labels} · adjusted by your %Ln corrections</source>
            <translation>
                <numerusform>{labels} · عُدِّلت وفق %Ln تصحيح أجريتها</numerusform>
                <numerusform>{labels} · عُدِّلت وفق %Ln تصحيح أجريتها</numerusform>
                <numerusform>{labels} · عُدِّلت وفق %Ln تصحيحين أجريتها</numerusform>
                <numerusform>{labels} · عُدِّلت وفق %Ln تصحيحات أجريتها</numerusform>
                <numerusform>{labels} · عُدِّلت وفق %Ln تصحيحًا أجريتها</numerusform>
                <numerusform>{labels} · عُدِّلت وفق %Ln تصحيح أجريتها</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{labels} · adjusted by your 1 correction</source>
            <translation>{labels} · عُدِّلت وفق تصحيح واحد أجريته</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Show the whole post</source>
            <translation>عرض المنشور كاملًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Our post · {time}</source>
            <translation>منشورنا · {time}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A mention of us, not under one of our posts.</source>
            <translation>إشارة إلينا، ليست تحت أحد منشوراتنا.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(us)</source>
            <translation>(نحن)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>queued, not sent yet</source>
            <translation>في صندوق الصادر، لم يُرسَل بعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not sent: see File → Outbox</source>
            <translation>لم يُرسَل: انظر ملف ← صندوق الصادر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>open</source>
            <translation>فتح</translation>
        </message>
    </context>
    <context>
        <name>TokenDialog</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="+134" />
            <source>Add a Facebook Page</source>
            <translation>إضافة صفحة Facebook</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add an X account</source>
            <translation>إضافة حساب X</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Page access token</source>
            <translation>رمز وصول الصفحة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Access token</source>
            <translation>رمز الوصول</translation>
        </message>
        <message>
            <location line="+6" />
            <source>only with an app-only Bearer token</source>
            <translation>فقط مع رمز Bearer الخاص بالتطبيق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>@handle</source>
            <translation>@المعرّف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh token (optional)</source>
            <translation>رمز التحديث (اختياري)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OAuth client id (optional)</source>
            <translation>معرّف عميل OAuth (اختياري)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign in</source>
            <translation>تسجيل الدخول</translation>
        </message>
    </context>
    <context>
        <name>WeeklyChart</name>
        <message>
            <location filename="../../gui/budgetbar.py" line="+34" />
            <location line="+8" />
            <source>Coverage per week</source>
            <translation>نسبة الرد أسبوعيًا</translation>
        </message>
        <message>
            <location line="-4" />
            <source>{week}: no threads</source>
            <translation>{week}: لا محادثات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{week}: {coverage} of {eligible}</source>
            <translation>{week}: {coverage} من {eligible}</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Coverage per week, last %Ln</source>
            <translation>
                <numerusform>نسبة الرد أسبوعيًا، آخر %Ln أسبوع</numerusform>
                <numerusform>نسبة الرد أسبوعيًا، آخر %Ln أسبوع</numerusform>
                <numerusform>نسبة الرد أسبوعيًا، آخر %Ln أسبوعين</numerusform>
                <numerusform>نسبة الرد أسبوعيًا، آخر %Ln أسابيع</numerusform>
                <numerusform>نسبة الرد أسبوعيًا، آخر %Ln أسبوعًا</numerusform>
                <numerusform>نسبة الرد أسبوعيًا، آخر %Ln أسبوع</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>this week: {coverage} · target {target}</source>
            <translation>هذا الأسبوع: {coverage} · الهدف {target}</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <location filename="../../gui/welcome.py" line="-86" />
            <source>Parley helps you answer the people who comment on your posts: it ranks what to answer next, keeps your drafts, queues your replies and tells you whether you keep the dialogue you committed to. &lt;b&gt;What you see now is a demo workspace with invented threads&lt;/b&gt;: try anything, nothing is sent.</source>
            <translation>يساعدك Parley على الرد على من يعلّقون على منشوراتك: فهو يرتّب ما ينبغي الرد عليه أولًا، ويحفظ مسوداتك، ويُدرج ردودك في صندوق الصادر، ويُطلعك على مدى وفائك بالحوار الذي التزمت به. &lt;b&gt;ما تراه الآن مساحة عمل تجريبية بمحادثات مختلَقة&lt;/b&gt;: جرّب ما تشاء، فلن يُرسَل شيء.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Parley helps you answer the people who comment on your posts: it ranks what to answer next, keeps your drafts, queues your replies and tells you whether you keep the dialogue you committed to.</source>
            <translation>يساعدك Parley على الرد على من يعلّقون على منشوراتك: فهو يرتّب ما ينبغي الرد عليه أولًا، ويحفظ مسوداتك، ويُدرج ردودك في صندوق الصادر، ويُطلعك على مدى وفائك بالحوار الذي التزمت به.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Welcome</source>
            <translation>مرحبًا</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Welcome to Parley</source>
            <translation>مرحبًا بك في Parley</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Try the demo</source>
            <translation>تجربة النسخة التجريبية</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Look around the sample workspace; this welcome closes</source>
            <translation>تصفّح مساحة العمل النموذجية؛ وستُغلَق شاشة الترحيب هذه</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add an account…</source>
            <translation>إضافة حساب…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign in to your Mastodon or Bluesky account</source>
            <translation>تسجيل الدخول إلى حسابك على Mastodon أو Bluesky</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import an export…</source>
            <translation>استيراد ملف تصدير…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit an account from its X, Mastodon or Facebook data export, or a CSV</source>
            <translation>تدقيق حساب من ملف تصدير بياناته على X أو Mastodon أو Facebook، أو من ملف CSV</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Close the welcome (Help → Welcome shows it again)</source>
            <translation>إغلاق شاشة الترحيب (مساعدة ← شاشة الترحيب لإظهارها مجددًا)</translation>
        </message>
    </context>
    <context>
        <name>XSyncDialog</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="+16" />
            <source>Sync X: reads are billed</source>
            <translation>مزامنة X: القراءات مدفوعة</translation>
        </message>
        <message>
            <location line="+13" />
            <source>not set</source>
            <translation>غير محدّدة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>no cap</source>
            <translation>بلا حد أقصى</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cost per read</source>
            <translation>تكلفة القراءة الواحدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop after (reads)</source>
            <translation>التوقف بعد (عدد القراءات)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sync</source>
            <translation>مزامنة</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../../gui/errors.py" line="+25" />
            <source>the workspace is locked by another program; close other Parley windows and try again</source>
            <translation>مساحة العمل مقفلة من قِبل برنامج آخر؛ أغلق نوافذ Parley الأخرى وأعد المحاولة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the disk is full: nothing was written; free some space and try again</source>
            <translation>القرص ممتلئ: لم يُكتب شيء؛ أفرغ بعض المساحة وأعد المحاولة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the workspace is still open in another Parley window or program; close it and try again</source>
            <translation>مساحة العمل لا تزال مفتوحة في نافذة Parley أخرى أو في برنامج آخر؛ أغلقها وأعد المحاولة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no workspace at {path}</source>
            <translation>لا توجد مساحة عمل في {path}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cannot open workspace {path}: {reason}</source>
            <translation>تعذّر فتح مساحة العمل {path}: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path} is damaged or not a Parley workspace ({reason}); restore a backup or move the file away</source>
            <translation>{path} تالف أو ليس مساحة عمل Parley ({reason})؛ استعِد نسخة احتياطية أو انقل الملف إلى مكان آخر</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} was written by a newer version of Parley (unknown schema steps: {steps}); update Parley to open it. The file was not changed.</source>
            <translation>{path} أنشأه إصدار أحدث من Parley (خطوات مخطّط غير معروفة: {steps})؛ حدِّث Parley لفتحه. لم يُغيَّر الملف.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} is an SQLite database but not a Parley workspace</source>
            <translation>{path} قاعدة بيانات SQLite لكنه ليس مساحة عمل Parley</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is not a usable backup: it is damaged ({reason}); choose another backup</source>
            <translation>{name} ليس نسخة احتياطية صالحة للاستخدام: إنه تالف ({reason})؛ اختر نسخة احتياطية أخرى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no workspace at {path} to back up</source>
            <translation>لا توجد مساحة عمل في {path} لنسخها احتياطيًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no backup at {path}</source>
            <translation>لا توجد نسخة احتياطية في {path}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the disk is full: no backup was made in {path}; free some space</source>
            <translation>القرص ممتلئ: لم تُنشأ نسخة احتياطية في {path}؛ أفرغ بعض المساحة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no backup was made in {path}: {reason}</source>
            <translation>لم تُنشأ نسخة احتياطية في {path}: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account} was removed</source>
            <translation>أُزيل {account}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{account} was removed; add it again to sync it</source>
            <translation>أُزيل {account}؛ أضِفه مجددًا لمزامنته</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{account}: no saved sign-in; sign in again</source>
            <translation>{account}: لا بيانات تسجيل دخول محفوظة؛ سجّل الدخول مجددًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley cannot sync {platform} accounts</source>
            <translation>لا يستطيع Parley مزامنة حسابات {platform}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign-in cancelled</source>
            <translation>أُلغي تسجيل الدخول</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no answer from the browser in time; start the sign-in again</source>
            <translation>لم يصل رد من المتصفح في الوقت المحدّد؛ ابدأ تسجيل الدخول من جديد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the server did not sign you in: {reason}</source>
            <translation>لم يُتمّ الخادم تسجيل دخولك: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this sign-in expects the code to be pasted</source>
            <translation>يتطلّب تسجيل الدخول هذا لصق الرمز</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the browser's answer does not belong to this sign-in; start again</source>
            <translation>رد المتصفح لا يخص تسجيل الدخول هذا؛ ابدأ من جديد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no authorization code given</source>
            <translation>لم يُقدَّم رمز تفويض</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{server} let Parley in with the permission “{scope}” but then refused to show your account ({reason}). Parley withdrew that sign-in; sign in again and Parley will ask for broader reading permission.</source>
            <translation>سمح {server} لـParley بالدخول بالإذن «{scope}» لكنه رفض بعد ذلك عرض حسابك ({reason}). سحب Parley تسجيل الدخول هذا؛ سجّل الدخول مجددًا وسيطلب Parley إذن قراءة أوسع.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>give the Bluesky handle, e.g. alice.bsky.social</source>
            <translation>أدخل معرّف Bluesky، مثلًا alice.bsky.social</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no app password given</source>
            <translation>لم تُقدَّم كلمة مرور تطبيق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this Parley has no Bluesky support</source>
            <translation>نسخة Parley هذه لا تدعم Bluesky</translation>
        </message>
        <message>
            <location line="+1" />
            <source>another {platform} account already is {handle} on {server}</source>
            <translation>يوجد حساب {platform} آخر باسم {handle} على {server}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no usable keychain was found ({reason}). Parley keeps sign-in tokens only in the system keychain (GNOME Keyring / KWallet on Linux, Keychain on macOS, Credential Locker on Windows) and never in a file. Start or unlock your keychain and try again, or choose to sign in for this session only.</source>
            <translation>لم يُعثَر على سلسلة مفاتيح صالحة للاستخدام ({reason}). لا يحفظ Parley رموز تسجيل الدخول إلا في سلسلة مفاتيح النظام (GNOME Keyring / KWallet على Linux، وKeychain على macOS، وCredential Locker على Windows)، ولا يحفظها في أي ملف أبدًا. شغّل سلسلة المفاتيح أو ألغِ قفلها وأعد المحاولة، أو اختر تسجيل الدخول لهذه الجلسة فقط.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the keychain refused to {action} ({reason}); unlock it and try again, or choose to sign in for this session only</source>
            <translation>رفضت سلسلة المفاتيح {action} ({reason})؛ ألغِ قفلها وأعد المحاولة، أو اختر تسجيل الدخول لهذه الجلسة فقط</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the cost per read must be a number of 0 or more, e.g. 0.005</source>
            <translation>يجب أن تكون تكلفة القراءة رقمًا يساوي ٠ أو أكثر، مثلًا 0.005</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the read cap must be a whole number of 1 or more</source>
            <translation>يجب أن يكون الحد الأقصى للقراءات عددًا صحيحًا يساوي ١ أو أكثر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{value} is not a currency code like USD or EUR</source>
            <translation>{value} ليس رمز عملة مثل USD أو EUR</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{account} is not an X account</source>
            <translation>{account} ليس حسابًا على X</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown time zone {name} (use an IANA name such as Europe/Berlin)</source>
            <translation>منطقة زمنية غير معروفة {name} (استخدم اسمًا من IANA مثل Europe/Berlin)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>business days {text}: write them like Mon-Fri</source>
            <translation>أيام العمل {text}: اكتبها بصيغة مثل Mon-Fri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown weekday {text} (Mon, Tue, ... Sun)</source>
            <translation>يوم أسبوع غير معروف {text} (Mon، Tue، ... Sun)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>time {text}: write it like 09:00</source>
            <translation>الوقت {text}: اكتبه بصيغة مثل 09:00</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a saved reply needs a title</source>
            <translation>يحتاج الرد المحفوظ إلى عنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this thread was just joined to the thread of the comment it answers, so the draft was not saved: copy your text, and open that thread to answer there</source>
            <translation>دُمجت هذه المحادثة للتو في محادثة التعليق الذي ترد عليه، لذا لم تُحفظ المسودة: انسخ نصك، وافتح تلك المحادثة للرد فيها</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no thread {thread}</source>
            <translation>لا توجد محادثة {thread}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the reply is empty</source>
            <translation>الرد فارغ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The reply is empty.</source>
            <translation>الرد فارغ.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley has just started sending this reply, so it can no longer be changed. To change it, delete it and write a new reply.</source>
            <translation>بدأ Parley للتو إرسال هذا الرد، لذا لم يعد تغييره ممكنًا. لتغييره، احذفه واكتب ردًا جديدًا.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account} was removed; replies cannot be sent from it</source>
            <translation>أُزيل {account}؛ لا يمكن إرسال ردود منه</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reply {reply} is {state}; it can no longer be cancelled</source>
            <translation>حالة الرد {reply}: {state}؛ لم يعد إلغاؤه ممكنًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reply {reply} is {state}; only a queued reply can be held</source>
            <translation>حالة الرد {reply}: {state}؛ لا يمكن تعليق إلا رد بانتظار الإرسال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reply {reply} is {state}, not held</source>
            <translation>حالة الرد {reply}: {state}، وهو غير معلَّق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reply {reply} is {state}; only a failed reply can be retried</source>
            <translation>حالة الرد {reply}: {state}؛ لا يمكن إعادة محاولة الإرسال إلا لرد أخفق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reply {reply} may already be on the network; wait for the check</source>
            <translation>ربما يكون الرد {reply} قد نُشر على الشبكة؛ انتظر انتهاء التحقق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a reply waiting to be sent can be held; {state}.</source>
            <translation>لا يمكن تعليق إلا الرد الذي ينتظر الإرسال؛ {state}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a held reply can be released; {state}.</source>
            <translation>لا يمكن إلغاء التعليق إلا عن رد معلَّق؛ {state}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a failed reply can be retried; {state}.</source>
            <translation>لا يمكن إعادة محاولة الإرسال إلا لرد أخفق؛ {state}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It can no longer be deleted: {state}.</source>
            <translation>لم يعد حذفه ممكنًا: {state}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It may already be on the network: wait until Parley has checked.</source>
            <translation>ربما يكون الرد قد نُشر على الشبكة: انتظر حتى يُنهي Parley التحقق.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley has already tried to send it, so the network may have it as it was. To change it, delete it and write a new reply.</source>
            <translation>سبق أن حاول Parley إرساله، لذا قد يكون على الشبكة بصيغته السابقة. لتغييره، احذفه واكتب ردًا جديدًا.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It can no longer be changed: {state}.</source>
            <translation>لم يعد تغييره ممكنًا: {state}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is waiting to be sent</source>
            <translation>الرد بانتظار الإرسال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is held</source>
            <translation>الرد معلَّق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is being sent right now</source>
            <translation>الرد قيد الإرسال الآن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it has been sent</source>
            <translation>أُرسل الرد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it failed</source>
            <translation>أخفق إرسال الرد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley is checking whether it reached the network</source>
            <translation>يتحقق Parley مما إذا كان الرد قد وصل إلى الشبكة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cannot reach {server}: {reason}</source>
            <translation>تعذّر الوصول إلى {server}: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cannot reach {server} (offline?)</source>
            <translation>تعذّر الوصول إلى {server} (هل أنت غير متصل؟)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: the connection dropped before the answer</source>
            <translation>{request}: انقطع الاتصال قبل وصول الرد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: no answer within {seconds} s</source>
            <translation>{request}: لا رد خلال {seconds} ثانية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rate limited by the server: wait {seconds} s ({reason})</source>
            <translation>الخادم يحدّ من عدد الطلبات: انتظر {seconds} ثانية ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: server error {status} ({reason})</source>
            <translation>{request}: خطأ في الخادم {status} ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: unexpected redirect {status}</source>
            <translation>{request}: إعادة توجيه غير متوقعة {status}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: the answer is not JSON</source>
            <translation>{request}: الرد ليس بصيغة JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: unexpected answer</source>
            <translation>{request}: رد غير متوقع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley only signs in over https:// — “{address}” would send your password in clear. Use https://{server}.</source>
            <translation>لا يسجّل Parley الدخول إلا عبر https:// — فالعنوان «{address}» سيُرسل كلمة مرورك دون تشفير. استخدم https://{server}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>your X API plan's usage cap is used up ({reason}); reading and replying resume when the cap renews or after an upgrade in the developer portal</source>
            <translation>استُنفد حد الاستخدام في خطة X API الخاصة بك ({reason})؛ تُستأنف القراءة والرد عند تجدّد الحد أو بعد الترقية في بوابة المطوّرين</translation>
        </message>
        <message>
            <location line="+2" />
            <source>X refused the request: {reason}</source>
            <translation>رفض X الطلب: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X rate limit reached: wait {seconds} s ({reason})</source>
            <translation>بُلغ حد معدل الطلبات في X: انتظر {seconds} ثانية ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X rate limit of {endpoint} used up: wait {seconds} s</source>
            <translation>استُنفد حد معدل الطلبات لـ{endpoint} في X: انتظر {seconds} ثانية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: no X token is saved</source>
            <translation>سجّل الدخول مجددًا: لا يوجد رمز X محفوظ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the saved X token is unreadable</source>
            <translation>سجّل الدخول مجددًا: رمز X المحفوظ غير قابل للقراءة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: X no longer accepts the token ({reason})</source>
            <translation>سجّل الدخول مجددًا: لم يعد X يقبل الرمز ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: X refused to renew the token (revoked, or the refresh token expired)</source>
            <translation>سجّل الدخول مجددًا: رفض X تجديد الرمز (أُلغي، أو انتهت صلاحية رمز التحديث)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the reply counts {used} of X's {limit} characters (links count 23, CJK and emoji 2): shorten it</source>
            <translation>طول الرد وفق احتساب X: {used} من أصل {limit} (يُحتسب الرابط ٢٣ حرفًا، وكل حرف CJK أو رمز تعبيري بحرفين): اختصِره</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{endpoint}: X's answer is not JSON</source>
            <translation>{endpoint}: رد X ليس بصيغة JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X's token renewal answer is unreadable</source>
            <translation>رد X على تجديد الرمز غير قابل للقراءة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X's answer about the account is unreadable ({reason})</source>
            <translation>رد X بشأن الحساب غير قابل للقراءة ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>your X API access cannot read conversations (search of recent posts is not in your plan): Parley still reads your posts and the replies that mention you, but misses replies that do not mention you. To read whole conversations, move your X developer app to a plan that includes search, at https://developer.x.com/en/portal/products</source>
            <translation>لا يتيح وصولك إلى X API قراءة المحادثات (البحث في المنشورات الحديثة غير مشمول في خطتك): لا يزال Parley يقرأ منشوراتك والردود التي تُشير إليك، لكن تفوته الردود التي لا تُشير إليك. لقراءة المحادثات كاملةً، انقل تطبيق المطوّر الخاص بك على X إلى خطة تشمل البحث، على https://developer.x.com/en/portal/products</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this X token is an app-only Bearer token: it can read but not reply. To reply, sign in again with an OAuth 2.0 user access token (scopes tweet.read users.read tweet.write)</source>
            <translation>رمز X هذا رمز Bearer خاص بالتطبيق: يمكنه القراءة لا الرد. للرد، سجّل الدخول مجددًا برمز وصول مستخدم في OAuth 2.0 (بالنطاقات tweet.read users.read tweet.write)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cannot reply on X to {target}: not a post on X</source>
            <translation>تعذّر الرد على X على {target}: ليس منشورًا على X</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X accepted the reply but its answer is unreadable; it will be checked</source>
            <translation>قبِل X الرد لكن جوابه غير قابل للقراءة؛ سيجري التحقق منه</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no X token was entered</source>
            <translation>لم يُدخَل رمز X</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stopped at the read cap: {reads} billable X reads of the {cap} allowed this sync; the next sync continues from here</source>
            <translation>توقّفت عند الحد الأقصى للقراءات: القراءات المدفوعة على X {reads} من أصل {cap} مسموح بها في هذه المزامنة؛ وتستأنف المزامنة التالية من هنا</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sign in again: Facebook refused the Page access token ({reason})</source>
            <translation>سجّل الدخول مجددًا: رفض Facebook رمز وصول الصفحة ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facebook throttled Parley ({limit} was reached): wait {minutes} min ({reason})</source>
            <translation>قيّد Facebook طلبات Parley (بُلغ الحد {limit}): انتظر {minutes} دقيقة ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the Page access token lacks a permission Parley needs ({reason}); make a new one with pages_read_engagement and pages_manage_engagement</source>
            <translation>رمز وصول الصفحة يفتقر إلى إذن يحتاج إليه Parley ({reason})؛ أنشئ رمزًا جديدًا بالإذنين pages_read_engagement وpages_manage_engagement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{request}: Facebook reported a temporary problem ({reason})</source>
            <translation>{request}: أبلغ Facebook عن مشكلة مؤقتة ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facebook refused it: {reason}</source>
            <translation>رفضه Facebook: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the reply is {count} characters long; Facebook allows {limit}: shorten it</source>
            <translation>عدد أحرف الرد {count}، والحد الذي يسمح به Facebook هو {limit}: اختصِره</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no Page access token given</source>
            <translation>لم يُقدَّم رمز وصول للصفحة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no Page access token was entered</source>
            <translation>لم يُدخَل رمز وصول للصفحة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facebook's usage limit is nearly reached: Parley waits {minutes} min</source>
            <translation>اقترب حد الاستخدام في Facebook من النفاد: ينتظر Parley {minutes} دقيقة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: Facebook no longer accepts the Page access token ({reason})</source>
            <translation>سجّل الدخول مجددًا: لم يعد Facebook يقبل رمز وصول الصفحة ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GET {path}: Facebook's answer is not JSON</source>
            <translation>GET {path}: رد Facebook ليس بصيغة JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what}: the answer has no data list</source>
            <translation>{what}: لا توجد قائمة بيانات في الرد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this is a person's access token, not a Page's: in the Graph API Explorer choose your Page under "User or Page" and copy the token shown then</source>
            <translation>هذا رمز وصول لشخص لا لصفحة: في Graph API Explorer اختر صفحتك ضمن "User or Page" وانسخ الرمز الذي يظهر حينئذٍ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facebook's answer about the Page is unreadable ({reason})</source>
            <translation>رد Facebook بشأن الصفحة غير قابل للقراءة ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facebook accepted the reply but its answer is unreadable; it will be checked</source>
            <translation>قبِل Facebook الرد لكن جوابه غير قابل للقراءة؛ سيجري التحقق منه</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the saved Facebook token is unreadable</source>
            <translation>سجّل الدخول مجددًا: رمز Facebook المحفوظ غير قابل للقراءة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>give the address of your Mastodon server, e.g. mastodon.social</source>
            <translation>أدخل عنوان خادم Mastodon الخاص بك، مثلًا mastodon.social</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{address} is not the address of a Mastodon server</source>
            <translation>{address} ليس عنوان خادم Mastodon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{address}: give only the server address, e.g. https://mastodon.social</source>
            <translation>{address}: أدخل عنوان الخادم فقط، مثلًا https://mastodon.social</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{address}: give only the server address, without a path</source>
            <translation>{address}: أدخل عنوان الخادم فقط، دون مسار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the saved Mastodon sign-in is unreadable; sign in again</source>
            <translation>بيانات تسجيل الدخول المحفوظة لـMastodon غير قابلة للقراءة؛ سجّل الدخول مجددًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mastodon rate limit used up: wait {seconds} s</source>
            <translation>استُنفد حد معدل الطلبات في Mastodon: انتظر {seconds} ثانية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: {server} no longer accepts Parley's sign-in ({reason})</source>
            <translation>سجّل الدخول مجددًا: لم يعد {server} يقبل تسجيل دخول Parley ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: expected a JSON {kind}</source>
            <translation>{request}: كان المتوقع {kind} بصيغة JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the server's account answer is unreadable ({reason})</source>
            <translation>رد الخادم بشأن الحساب غير قابل للقراءة ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the thread of {post} is unreadable (no descendants)</source>
            <translation>محادثة {post} غير قابلة للقراءة (لا رسائل متفرّعة)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the message to answer is unreadable ({reason})</source>
            <translation>الرسالة المطلوب الرد عليها غير قابلة للقراءة ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the server accepted the reply but its answer is unreadable</source>
            <translation>قبِل الخادم الرد لكن جوابه غير قابل للقراءة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{server} did not register Parley (unreadable answer); is it a Mastodon server?</source>
            <translation>لم يسجّل {server} تطبيق Parley (جواب غير قابل للقراءة)؛ هل هو خادم Mastodon؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{server} gave no access token (unreadable answer)</source>
            <translation>لم يقدّم {server} رمز وصول (جواب غير قابل للقراءة)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the reply is {count} characters long; Bluesky allows {limit}: shorten it</source>
            <translation>عدد أحرف الرد {count}، والحد الذي يسمح به Bluesky هو {limit}: اختصِره</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the reply is longer than Bluesky's {limit} bytes: shorten it</source>
            <translation>الرد أطول من الحد الذي يسمح به Bluesky البالغ {limit} بايت: اختصِره</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the saved Bluesky session is unreadable</source>
            <translation>سجّل الدخول مجددًا: جلسة Bluesky المحفوظة غير قابلة للقراءة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{address} is not a server address (like {example})</source>
            <translation>{address} ليس عنوان خادم (مثل {example})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bluesky refused the handle or app password for {handle} (check both; make an app password under Settings → Privacy and security)</source>
            <translation>رفض Bluesky المعرّف أو كلمة مرور التطبيق لـ{handle} (تحقّق منهما، وأنشئ كلمة مرور تطبيق من الإعدادات ← الخصوصية والأمان)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bluesky refused the sign-in for {handle}: {reason}</source>
            <translation>رفض Bluesky تسجيل الدخول لـ{handle}: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bluesky's sign-in answer is missing the session</source>
            <translation>جواب Bluesky على تسجيل الدخول يفتقر إلى الجلسة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bluesky rate limit reached: wait {seconds} s</source>
            <translation>بُلغ حد معدل الطلبات في Bluesky: انتظر {seconds} ثانية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: the answer is JSON nested too deeply to read</source>
            <translation>{request}: بنية JSON في الجواب متداخلة بعمق يتعذّر معه قراءتها</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the Bluesky session has expired or was revoked</source>
            <translation>سجّل الدخول مجددًا: انتهت صلاحية جلسة Bluesky أو أُلغيت</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bluesky's refreshSession answer is missing the session</source>
            <translation>جواب Bluesky على refreshSession يفتقر إلى الجلسة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the refreshed Bluesky session belongs to another account</source>
            <translation>سجّل الدخول مجددًا: جلسة Bluesky المجدَّدة تخص حسابًا آخر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the saved Bluesky session is not {handle}'s</source>
            <translation>سجّل الدخول مجددًا: جلسة Bluesky المحفوظة لا تخص {handle}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cannot reply on Bluesky to {target}: not a Bluesky post</source>
            <translation>تعذّر الرد على Bluesky على {target}: ليس منشورًا على Bluesky</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the message this replies to is no longer on Bluesky (deleted or blocked)</source>
            <translation>الرسالة التي يرد عليها هذا الرد لم تعد موجودة على Bluesky (حُذفت أو حُظرت)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bluesky answered with a server error and could not be asked whether the reply was saved; it will be checked before any retry</source>
            <translation>أجاب Bluesky بخطأ في الخادم وتعذّر الاستعلام منه عمّا إذا كان الرد قد حُفظ؛ سيجري التحقق من ذلك قبل أي إعادة محاولة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file}: {where}: expected {expected}, found {found} (nothing was imported)</source>
            <translation>{file}: {where}: كان المتوقع {expected}، ووُجد {found} (لم يُستورَد شيء)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file}: {where}: expected {expected} (nothing was imported)</source>
            <translation>{file}: {where}: كان المتوقع {expected} (لم يُستورَد شيء)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>import cancelled: nothing was imported</source>
            <translation>أُلغي الاستيراد: لم يُستورَد شيء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>account {account} is a {platform} account; this export is from {source}</source>
            <translation>الحساب {account} حساب على {platform}؛ وملف التصدير هذا من {source}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the export does not say whose it is; name the account with --account NAME</source>
            <translation>لا يذكر ملف التصدير صاحبه؛ سمِّ الحساب بالخيار --account NAME</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file}: the zip file is damaged ({reason}); nothing was imported</source>
            <translation>{file}: ملف zip تالف ({reason})؛ لم يُستورَد شيء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file}: cannot be read ({reason}); nothing was imported</source>
            <translation>{file}: تتعذّر قراءته ({reason})؛ لم يُستورَد شيء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file}: cannot be read ({reason})</source>
            <translation>{file}: تتعذّر قراءته ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path}: no such file or folder</source>
            <translation>{path}: لا يوجد ملف أو مجلد بهذا الاسم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path}: not a readable zip file ({reason})</source>
            <translation>{path}: ليس ملف zip قابلًا للقراءة ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path}: give one CSV file</source>
            <translation>{path}: أدخل ملف CSV واحدًا</translation>
        </message>
    </context>
</TS>