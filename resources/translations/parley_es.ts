<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>About</name>
        <message>
            <location filename="../../gui/dialogs.py" line="+227" />
            <source>&lt;p&gt;Answer the people who comment on your social media accounts, spend a dialogue
budget where it matters (questions, criticism, regulars, many topics), and know whether you keep it.&lt;/p&gt;
&lt;p&gt;Everything is stored on this computer; tokens only in the system keychain.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Responda a las personas que comentan en sus cuentas de redes sociales, invierta su presupuesto
de diálogo donde más importa (preguntas, críticas, habituales, temas variados) y sepa si lo cumple.&lt;/p&gt;
&lt;p&gt;Todo se guarda en este equipo; los tokens, solo en el llavero del sistema.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/guide.py" line="+56" />
            <source>&lt;p&gt;Help → User guide walks you through the first hour.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ayuda → Guía del usuario le acompaña paso a paso durante la primera hora.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="+312" />
            <location line="+4" />
            <source>Accounts</source>
            <translation>Cuentas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add Mastodon…</source>
            <translation>Añadir Mastodon…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Bluesky…</source>
            <translation>Añadir Bluesky…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Facebook Page…</source>
            <translation>Añadir página de Facebook…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add X…</source>
            <translation>Añadir X…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sign in again</source>
            <translation>Volver a iniciar sesión</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{account}  ({network}: {handle})</source>
            <translation>{account}  ({network}: {handle})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account}  ({network}: {handle})  — sign in again</source>
            <translation>{account}  ({network}: {handle})  — vuelva a iniciar sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account}  ({network}: {handle})  — {status}</source>
            <translation>{account}  ({network}: {handle})  — {status}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Remove account</source>
            <translation>Eliminar cuenta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove {account} from Parley? Its sign-in is deleted from the keychain.

Keep its cached threads readable (for reports), or delete them too?</source>
            <translation>¿Desea eliminar {account} de Parley? Sus credenciales se borrarán del llavero.

¿Desea conservar sus hilos guardados para poder consultarlos (en los informes) o borrarlos también?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove, keep threads</source>
            <translation>Eliminar y conservar los hilos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove with its threads</source>
            <translation>Eliminar con sus hilos</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No keychain</source>
            <translation>Sin llavero</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley keeps sign-ins only in your system keychain (GNOME Keyring or KWallet on Linux, Keychain on macOS, Credential Locker on Windows), and none is available on this computer right now.

Parley never writes tokens or passwords to a file. Start or unlock your keychain and try again, or sign in for this session only: you will have to sign in again after quitting.</source>
            <translation>Parley guarda las credenciales únicamente en el llavero del sistema (GNOME Keyring o KWallet en Linux, Llavero en macOS, Almacén de credenciales en Windows), y en este momento no hay ninguno disponible en este equipo.

Parley nunca escribe tokens ni contraseñas en un archivo. Inicie o desbloquee su llavero y vuelva a intentarlo, o inicie sesión temporalmente: tendrá que volver a iniciarla después de salir de Parley.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>What Parley found: {why}.</source>
            <translation>Lo que Parley detectó: {why}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in for this session only</source>
            <translation>Iniciar sesión temporalmente</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../gui/backupdialog.py" line="+27" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <location line="+3" />
            <source>written by a newer Parley (update Parley to restore it)</source>
            <translation>creada por una versión más reciente de Parley (actualice Parley para restaurarla)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not a Parley workspace</source>
            <translation>no es un espacio de trabajo de Parley</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <location line="+10" />
            <source>damaged ({detail})</source>
            <translation>dañada ({detail})</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Parley backs up your workspace once a day and keeps the last {days} days, then one a week for {weeks} weeks. Backups you make with Back up now are kept as well, as many a day as you make. Restoring a backup keeps your current workspace aside, so nothing is lost.</source>
            <translation>Parley hace una copia de seguridad de su espacio de trabajo una vez al día y conserva las de los últimos {days} días y, después, una por semana durante {weeks} semanas. Las copias que haga con “Hacer copia ahora” también se conservan, todas las que haga cada día. Al restaurar una copia, su espacio de trabajo actual se guarda aparte, de modo que no se pierde nada.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No backups yet: the first one is made a few seconds after Parley starts.</source>
            <translation>Aún no hay copias de seguridad: la primera se hace unos segundos después de que se inicie Parley.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Back up now</source>
            <translation>Hacer copia ahora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore…</source>
            <translation>Restaurar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the workspace with the selected backup</source>
            <translation>Sustituir el espacio de trabajo por la copia seleccionada</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{date} (by hand)</source>
            <translation>{date} (manual)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>cannot be restored: {problem}</source>
            <translation>no se puede restaurar: {problem}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 account</source>
            <translation>1 cuenta</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%Ln accounts</source>
            <translation>
                <numerusform>%Ln cuenta</numerusform>
                <numerusform>%Ln cuentas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 thread</source>
            <translation>1 hilo</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%Ln threads</source>
            <translation>
                <numerusform>%Ln hilo</numerusform>
                <numerusform>%Ln hilos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 message</source>
            <translation>1 mensaje</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%Ln messages</source>
            <translation>
                <numerusform>%Ln mensaje</numerusform>
                <numerusform>%Ln mensajes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{accounts}, {threads}, {messages}</source>
            <translation>{accounts}, {threads} y {messages}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Restore this backup?</source>
            <translation>¿Restaurar esta copia de seguridad?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace your workspace with the backup of {date}?</source>
            <translation>¿Sustituir su espacio de trabajo por la copia del {date}?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup holds {contents}. Your current workspace is kept aside (workspace-before-restore-….sqlite in the same folder), so nothing is lost.</source>
            <translation>La copia contiene {contents}. Su espacio de trabajo actual se guarda aparte (workspace-before-restore-….sqlite, en la misma carpeta), de modo que no se pierde nada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="../../gui/backups.py" line="+50" />
            <source>The demo workspace has no backups: it is made again when needed.</source>
            <translation>El espacio de trabajo de demostración no tiene copias de seguridad: se vuelve a crear cuando hace falta.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Restoring the backup…</source>
            <translation>Restaurando la copia de seguridad…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Backup restored. Your previous workspace is kept as {name}.</source>
            <translation>Copia de seguridad restaurada. Su espacio de trabajo anterior se conserva como {name}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backup restored.</source>
            <translation>Copia de seguridad restaurada.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The backup was not restored: {error}</source>
            <translation>No se restauró la copia de seguridad: {error}</translation>
        </message>
    </context>
    <context>
        <name>BlueskyDialog</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="-293" />
            <source>Add a Bluesky account</source>
            <translation>Añadir una cuenta de Bluesky</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign in with your handle and an &lt;b&gt;app password&lt;/b&gt; (not your main password). Make one in Bluesky under Settings → Privacy and security → App passwords (&lt;a href='{link}'&gt;open it&lt;/a&gt;). Parley keeps the session in your system keychain, never in its files.</source>
            <translation>Inicie sesión con su identificador y una &lt;b&gt;contraseña de aplicación&lt;/b&gt; (no con su contraseña principal). Puede crear una en Bluesky, en Ajustes → Privacidad y seguridad → Contraseñas de aplicación (&lt;a href='{link}'&gt;abrir&lt;/a&gt;). Parley guarda la sesión en el llavero del sistema, nunca en sus propios archivos.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Handle</source>
            <translation>Identificador</translation>
        </message>
        <message>
            <location line="+4" />
            <source>App password</source>
            <translation>Contraseña de aplicación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
    </context>
    <context>
        <name>BudgetBar</name>
        <message>
            <location filename="../../gui/budgetbar.py" line="+140" />
            <source>Dialogue budget</source>
            <translation>Presupuesto de diálogo</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Reports…</source>
            <translation>Informes…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The audit and the dialogue report for any period (Ctrl+R)</source>
            <translation>La auditoría y el informe de diálogo de cualquier período (Ctrl+R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the Reports window</source>
            <translation>Abrir la ventana de informes</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Budget period {period}</source>
            <translation>Período del presupuesto: {period}</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Coverage &lt;b&gt;{coverage}&lt;/b&gt; of %Ln eligible threads · target {target} · {pending} pending send</source>
            <translation>
                <numerusform>Cobertura &lt;b&gt;{coverage}&lt;/b&gt; de %Ln hilo computable · objetivo {target} · pendientes de envío: {pending}</numerusform>
                <numerusform>Cobertura &lt;b&gt;{coverage}&lt;/b&gt; de %Ln hilos computables · objetivo {target} · pendientes de envío: {pending}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Coverage &lt;b&gt;{coverage}&lt;/b&gt; of %Ln eligible threads · target {target}</source>
            <translation>
                <numerusform>Cobertura &lt;b&gt;{coverage}&lt;/b&gt; de %Ln hilo computable · objetivo {target}</numerusform>
                <numerusform>Cobertura &lt;b&gt;{coverage}&lt;/b&gt; de %Ln hilos computables · objetivo {target}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;1&lt;/b&gt; more answered thread needed by {date}</source>
            <translation>Hay que responder &lt;b&gt;1&lt;/b&gt; hilo más hasta el {date}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>&lt;b&gt;%Ln&lt;/b&gt; more answered threads needed by {date}</source>
            <translation>
                <numerusform>Hay que responder &lt;b&gt;%Ln&lt;/b&gt; hilo más hasta el {date}</numerusform>
                <numerusform>Hay que responder &lt;b&gt;%Ln&lt;/b&gt; hilos más hasta el {date}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pace: {pace} (1 reply this week)</source>
            <translation>Ritmo: {pace} (1 respuesta esta semana)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pace: {pace} (1 reply this month)</source>
            <translation>Ritmo: {pace} (1 respuesta este mes)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Pace: {pace} (%Ln replies this week)</source>
            <translation>
                <numerusform>Ritmo: {pace} (%Ln respuesta esta semana)</numerusform>
                <numerusform>Ritmo: {pace} (%Ln respuestas esta semana)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Pace: {pace} (%Ln replies this month)</source>
            <translation>
                <numerusform>Ritmo: {pace} (%Ln respuesta este mes)</numerusform>
                <numerusform>Ritmo: {pace} (%Ln respuestas este mes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln fuera de plazo</numerusform>
                <numerusform>%Ln fuera de plazo</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show the overdue questions</source>
            <translation>Mostrar las preguntas fuera de plazo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Questions: {questions} · {answered} answered · {overdue} (&amp;gt; {hours} h)</source>
            <translation>Preguntas: {questions} · {answered} respondidas · {overdue} (&amp;gt; {hours} h)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Time: {spent} of {budget} this week</source>
            <translation>Tiempo: {spent} de {budget} esta semana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time: {spent} of {budget} this month</source>
            <translation>Tiempo: {spent} de {budget} este mes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time: {spent} composing this week</source>
            <translation>Tiempo: {spent} redactando esta semana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time: {spent} composing this month</source>
            <translation>Tiempo: {spent} redactando este mes</translation>
        </message>
        <message>
            <location line="+8" />
            <source>on track</source>
            <translation>al día</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1 answered thread behind the target</source>
            <translation>1 hilo respondido por debajo del objetivo</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln answered threads behind the target</source>
            <translation>
                <numerusform>%Ln hilo respondido por debajo del objetivo</numerusform>
                <numerusform>%Ln hilos respondidos por debajo del objetivo</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 reply behind the daily pace</source>
            <translation>1 respuesta por debajo del ritmo diario</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln replies behind the daily pace</source>
            <translation>
                <numerusform>%Ln respuesta por debajo del ritmo diario</numerusform>
                <numerusform>%Ln respuestas por debajo del ritmo diario</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BudgetDialog</name>
        <message>
            <location filename="../../gui/dialogs.py" line="-195" />
            <source>Dialogue budget – {scope}</source>
            <translation>Presupuesto de diálogo – {scope}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Decide how much dialogue your accounts commit to, together: this budget also applies to every account that has no budget of its own. Parley tracks it and tells you where to spend it.</source>
            <translation>Decida cuánto diálogo se comprometen a mantener sus cuentas en conjunto: este presupuesto se aplica también a toda cuenta que no tenga uno propio. Parley hace el seguimiento y le indica dónde invertirlo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Decide how much dialogue {account} commits to. Parley tracks it and tells you where to spend it.</source>
            <translation>Decida cuánto diálogo se compromete a mantener {account}. Parley hace el seguimiento y le indica dónde invertirlo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>week</source>
            <translation>semana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>month</source>
            <translation>mes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <location line="+3" />
            <source> % of threads</source>
            <translation> % de los hilos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer</source>
            <translation>Responder</translation>
        </message>
        <message>
            <location line="+4" />
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer questions within</source>
            <translation>Plazo de respuesta a preguntas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no time budget</source>
            <translation>sin presupuesto de tiempo</translation>
        </message>
        <message>
            <location line="+1" />
            <source> min a week</source>
            <translation> min por semana</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no daily pace</source>
            <translation>sin ritmo diario</translation>
        </message>
        <message>
            <location line="+1" />
            <source> replies a day</source>
            <translation> respuestas al día</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pace</source>
            <translation>Ritmo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Time zone and hours</source>
            <translation>Zona horaria y horario</translation>
        </message>
    </context>
    <context>
        <name>BusinessHoursFields</name>
        <message>
            <location filename="../../gui/hoursfields.py" line="+29" />
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Count response times in business hours only</source>
            <translation>Contar los tiempos de respuesta solo en horario laboral</translation>
        </message>
        <message>
            <location line="+17" />
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>a</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message numerus="yes">
            <location filename="../../gui/charts.py" line="+40" />
            <source>{week}: {pct} ({answered} of %Ln eligible)</source>
            <translation>
                <numerusform>{week}: {pct} ({answered} de %Ln computable)</numerusform>
                <numerusform>{week}: {pct} ({answered} de %Ln computables)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>{day}: 1 comment, {replies} of our replies</source>
            <translation>{day}: 1 comentario; respuestas nuestras: {replies}</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>{day}: %Ln comments, {replies} of our replies</source>
            <translation>
                <numerusform>{day}: %Ln comentario; respuestas nuestras: {replies}</numerusform>
                <numerusform>{day}: %Ln comentarios; respuestas nuestras: {replies}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>{time}: 1 thread</source>
            <translation>{time}: 1 hilo</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>{time}: %Ln threads</source>
            <translation>
                <numerusform>{time}: %Ln hilo</numerusform>
                <numerusform>{time}: %Ln hilos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>{day} {hour}:00–{hour}:59: 1 message</source>
            <translation>{day} {hour}:00–{hour}:59: 1 mensaje</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>{day} {hour}:00–{hour}:59: %Ln messages</source>
            <translation>
                <numerusform>{day} {hour}:00–{hour}:59: %Ln mensaje</numerusform>
                <numerusform>{day} {hour}:00–{hour}:59: %Ln mensajes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+69" />
            <source>Nothing to show in this period</source>
            <translation>No hay nada que mostrar en este período</translation>
        </message>
        <message>
            <location line="+12" />
            <source>target {pct}</source>
            <translation>objetivo {pct}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>coverage</source>
            <translation>cobertura</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{week}: no eligible threads</source>
            <translation>{week}: ningún hilo computable</translation>
        </message>
        <message>
            <location line="+18" />
            <source>comments</source>
            <translation>comentarios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>our replies</source>
            <translation>nuestras respuestas</translation>
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
            <translation>No hay primeras respuestas en este período</translation>
        </message>
        <message>
            <location line="+137" />
            <source>Time to first reply (business hours where set)</source>
            <translation>Tiempo hasta la primera respuesta (en horario laboral donde esté definido)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time to first reply</source>
            <translation>Tiempo hasta la primera respuesta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Coverage per week against the target</source>
            <translation>Cobertura semanal frente al objetivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Comments and our replies per day (UTC)</source>
            <translation>Comentarios y nuestras respuestas por día (UTC)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When followers write ({zone})</source>
            <translation>Cuándo escriben los seguidores ({zone})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When we answer ({zone})</source>
            <translation>Cuándo respondemos ({zone})</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <location filename="../../gui/composer.py" line="+79" />
            <location line="+159" />
            <source>No thread selected</source>
            <translation>Ningún hilo seleccionado</translation>
        </message>
        <message>
            <location line="-147" />
            <source>Answer another</source>
            <translation>Responder a otro mensaje</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose which message of the thread this reply answers (and mentions)</source>
            <translation>Elija el mensaje del hilo al que contesta esta respuesta (y a cuyo autor menciona)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Write a reply…  (r to focus, Ctrl+Enter to queue, Esc back to the list)</source>
            <translation>Escriba una respuesta…  (r para empezar a escribir, Ctrl+Enter para ponerla en cola, Esc para volver a la lista)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Characters used</source>
            <translation>Caracteres usados</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+155" />
            <source>Labels</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location line="-145" />
            <source>Back to automatic labels</source>
            <translation>Volver a las etiquetas automáticas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved replies</source>
            <translation>Respuestas guardadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert a saved reply (Ctrl+Shift+I; Alt+1…9 inserts one directly)</source>
            <translation>Insertar una respuesta guardada (Ctrl+Shift+I; Alt+1…9 inserta una directamente)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss this thread: it no longer counts as eligible (e)</source>
            <translation>Descartar este hilo: deja de computarse (e)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Dismiss as abuse</source>
            <translation>Descartar por insulto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This thread is labelled abuse: dismiss it with the reason “abuse”</source>
            <translation>Este hilo está etiquetado como insulto: descártelo con el motivo “insulto”</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Queue reply</source>
            <translation>Poner en cola</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Put the reply in the outbox (Ctrl+Enter). Works offline: it is sent at the next sync.</source>
            <translation>Colocar la respuesta en la bandeja de salida (Ctrl+Enter). Funciona sin conexión: se envía en la próxima sincronización.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Draft restored</source>
            <translation>Borrador recuperado</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Replying to: {author} “{quote}”</source>
            <translation>En respuesta a: {author} “{quote}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replying to: {author} “{quote}”  ·  offline: queued replies are sent at the next sync</source>
            <translation>En respuesta a: {author} “{quote}”  ·  sin conexión: las respuestas en cola se envían en la próxima sincronización</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{author} “{words}”  (default)</source>
            <translation>{author} “{words}”  (predeterminado)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{author} “{words}”</source>
            <translation>{author} “{words}”</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Labels (yours)</source>
            <translation>Etiquetas (las suyas)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Editing…</source>
            <translation>Editando…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Draft saved</source>
            <translation>Borrador guardado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Draft not saved</source>
            <translation>Borrador no guardado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Draft kept aside</source>
            <translation>Borrador guardado aparte</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>{used} / %Ln characters</source>
            <translation>
                <numerusform>{used} / %Ln carácter</numerusform>
                <numerusform>{used} / %Ln caracteres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{used} / %Ln weighted characters</source>
            <translation>
                <numerusform>{used} / %Ln carácter ponderado</numerusform>
                <numerusform>{used} / %Ln caracteres ponderados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{used} / %Ln {unit}</source>
            <translation>
                <numerusform>{used} / %Ln {unit}</numerusform>
                <numerusform>{used} / %Ln {unit}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%Ln left</source>
            <translation>
                <numerusform>queda %Ln</numerusform>
                <numerusform>quedan %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln too many</source>
            <translation>
                <numerusform>%Ln de más</numerusform>
                <numerusform>%Ln de más</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <source>The reply is empty: nothing was queued.</source>
            <translation>La respuesta está vacía: no se puso nada en cola.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>The reply is %Ln characters over this network's limit of {limit}: shorten it before queuing.</source>
            <translation>
                <numerusform>La respuesta supera en %Ln carácter el límite de {limit} de esta red: acórtela antes de ponerla en cola.</numerusform>
                <numerusform>La respuesta supera en %Ln caracteres el límite de {limit} de esta red: acórtela antes de ponerla en cola.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The reply is %Ln graphemes over this network's limit of {limit}: shorten it before queuing.</source>
            <translation>
                <numerusform>La respuesta supera en %Ln grafema el límite de {limit} de esta red: acórtela antes de ponerla en cola.</numerusform>
                <numerusform>La respuesta supera en %Ln grafemas el límite de {limit} de esta red: acórtela antes de ponerla en cola.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The reply is %Ln weighted characters over this network's limit of {limit}: shorten it before queuing.</source>
            <translation>
                <numerusform>La respuesta supera en %Ln carácter ponderado el límite de {limit} de esta red: acórtela antes de ponerla en cola.</numerusform>
                <numerusform>La respuesta supera en %Ln caracteres ponderados el límite de {limit} de esta red: acórtela antes de ponerla en cola.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The reply is %Ln {unit} over this network's limit of {limit}: shorten it before queuing.</source>
            <translation>
                <numerusform>La respuesta supera en %Ln {unit} el límite de {limit} de esta red: acórtela antes de ponerla en cola.</numerusform>
                <numerusform>La respuesta supera en %Ln {unit} el límite de {limit} de esta red: acórtela antes de ponerla en cola.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reply queued in the outbox. It is sent at the next sync.</source>
            <translation>Respuesta añadida a la bandeja de salida. Se enviará en la próxima sincronización.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply queued in the outbox. You are offline: it will be sent when Parley is online and syncs.</source>
            <translation>Respuesta añadida a la bandeja de salida. No hay conexión: se enviará cuando Parley esté en línea y sincronice.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The reply was not queued: {error}</source>
            <translation>La respuesta no se puso en cola: {error}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Thread dismissed as {reason}: it no longer counts as eligible.</source>
            <translation>Hilo descartado (motivo: {reason}): ya no se computa.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No saved replies yet (Edit → Saved replies…)</source>
            <translation>Aún no hay respuestas guardadas (Editar → Respuestas guardadas…)</translation>
        </message>
    </context>
    <context>
        <name>CoreTerms</name>
        <message>
            <location filename="../../gui/coreterms.py" line="+28" />
            <source>question</source>
            <translation>pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+52" />
            <source>criticism</source>
            <translation>crítica</translation>
        </message>
        <message>
            <location line="-51" />
            <source>praise</source>
            <translation>elogio</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+24" />
            <source>abuse</source>
            <translation>insulto</translation>
        </message>
        <message>
            <location line="-23" />
            <source>other</source>
            <translation>otro</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+9" />
            <source>Criticism</source>
            <translation>Crítica</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Praise</source>
            <translation>Elogio</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+22" />
            <source>Abuse</source>
            <translation>Insulto</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answer next</source>
            <translation>Responder a continuación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Awaiting reply</source>
            <translation>Pendientes de respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Regulars</source>
            <translation>Habituales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered</source>
            <translation>Respondidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismissed</source>
            <translation>Descartados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue questions</source>
            <translation>Preguntas fuera de plazo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>spam</source>
            <translation>spam</translation>
        </message>
        <message>
            <location line="+2" />
            <source>thanks-only</source>
            <translation>solo agradecimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>off-topic</source>
            <translation>fuera de tema</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Spam</source>
            <translation>Spam</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thanks-only</source>
            <translation>Solo agradecimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Off-topic</source>
            <translation>Fuera de tema</translation>
        </message>
        <message>
            <location line="+3" />
            <source>awaiting</source>
            <translation>en espera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>answered</source>
            <translation>respondido</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <source>follower wrote again</source>
            <translation>el seguidor volvió a escribir</translation>
        </message>
        <message>
            <location line="-14" />
            <source>pending send</source>
            <translation>pendiente de envío</translation>
        </message>
        <message>
            <location line="+1" />
            <source>answered, another reply pending send</source>
            <translation>respondido, otra respuesta pendiente de envío</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Demo</source>
            <translation>Demo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>abusive: dismiss as abuse</source>
            <translation>insultante: descartar por insulto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>topic not answered yet this period (ranks 12 h earlier)</source>
            <translation>tema aún no respondido en este período (se adelanta 12 h en el orden)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>addressed to another commenter</source>
            <translation>dirigido a otro comentarista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question mark</source>
            <translation>signo de interrogación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rhetorical question</source>
            <translation>pregunta retórica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>abuse aimed at us</source>
            <translation>insulto dirigido a nosotros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no cue and no confident model score</source>
            <translation>sin indicios ni puntuación fiable del modelo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>labelled before your latest corrections or labeller update</source>
            <translation>etiquetado antes de sus últimas correcciones o de la última actualización del etiquetador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no label after your corrections</source>
            <translation>sin etiqueta tras sus correcciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again</source>
            <translation>vuelva a iniciar sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>account unavailable</source>
            <translation>cuenta no disponible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>enter your cost per read to see the price</source>
            <translation>indique su costo por lectura para ver el precio</translation>
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
            <translation>Parley responde como su página de Facebook con un token de acceso de página que tiene dos permisos:
pages_read_engagement (leer las publicaciones y los comentarios de la página) y pages_manage_engagement
(responder a los comentarios como la página). Para obtenerlo:
  1. Abra el Graph API Explorer, https://developers.facebook.com/tools/explorer/, con una
     aplicación de Meta que usted administre (cree una en https://developers.facebook.com/apps si no tiene ninguna).
  2. En "Permissions" añada pages_show_list, pages_read_engagement y
     pages_manage_engagement, pulse "Generate Access Token" y autorícelos para su página.
  3. En "User or Page" elija su página: el token que aparece es ahora el de la página. Cópielo.
  4. Un token así dura aproximadamente una hora. Para obtener uno que no caduque, extienda el token de usuario
     en el Access Token Debugger (https://developers.facebook.com/tools/debug/accesstoken/,
     "Extend Access Token") y luego consulte me/accounts con él en el Explorer: los tokens de página
     que devuelve no caducan.
El token se guarda únicamente en el llavero del sistema, nunca en los archivos de Parley.</translation>
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
            <translation>Parley lee y responde en X con un token de la API v2 de X. El acceso a la API de X se paga por uso:
cada publicación que Parley lee o escribe se factura a su cuenta de desarrollador.
  1. En el portal para desarrolladores de X (https://developer.x.com/en/portal/dashboard), cree un
     proyecto (Project) y una aplicación (App); en "User authentication settings" active OAuth 2.0
     (tipo de aplicación: native app; URL de devolución de llamada: http://127.0.0.1/).
  2. Autorice la aplicación para su cuenta con los ámbitos tweet.read users.read
     tweet.write offline.access (el flujo de código de autorización de OAuth 2.0 con PKCE, por
     ejemplo con la herramienta de línea de comandos de X: xurl auth oauth2) y copie el token de acceso.
     Con --client-id, Parley también solicita el token de actualización y renueva el token de acceso
     por sí mismo (un token de usuario de OAuth 2.0 dura dos horas).
  3. ¿Solo lectura, sin responder? Basta con el Bearer Token de la aplicación (portal, "Keys and tokens"):
     añada --handle con el @nombre de su cuenta.
Para leer conversaciones completas se necesita un plan que incluya "search recent posts"; sin
él, Parley lee sus publicaciones y las respuestas que le mencionan. El token se guarda únicamente en el
llavero del sistema, nunca en los archivos de Parley.</translation>
        </message>
        <message numerus="yes">
            <location line="+125" />
            <source>regular (%Ln threads), never answered</source>
            <translation>
                <numerusform>habitual (%Ln hilo), nunca respondido</numerusform>
                <numerusform>habitual (%Ln hilos), nunca respondido</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>regular (%Ln threads, {answered} answered)</source>
            <translation>
                <numerusform>habitual (%Ln hilo; respondidos: {answered})</numerusform>
                <numerusform>habitual (%Ln hilos; respondidos: {answered})</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>waiting {time}</source>
            <translation>esperando desde hace {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>opens with “{words}”</source>
            <translation>empieza con “{words}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>asks: “{words}”</source>
            <translation>pregunta: “{words}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cue “{words}”</source>
            <translation>indicio “{words}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sarcasm “{words}”</source>
            <translation>sarcasmo “{words}”</translation>
        </message>
        <message>
            <location line="+2" />
            <source>rhetorical question “{words}”</source>
            <translation>pregunta retórica “{words}”</translation>
        </message>
        <message>
            <location line="+2" />
            <source>model score {score}</source>
            <translation>puntuación del modelo {score}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>learned from your corrections ({percent}%)</source>
            <translation>aprendido de sus correcciones ({percent} %)</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%Ln billable X reads</source>
            <translation>
                <numerusform>%Ln lectura facturable de X</numerusform>
                <numerusform>%Ln lecturas facturables de X</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln billable X reads (≈ {cost} {currency})</source>
            <translation>
                <numerusform>%Ln lectura facturable de X (≈ {cost} {currency})</numerusform>
                <numerusform>%Ln lecturas facturables de X (≈ {cost} {currency})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>cap %Ln reads</source>
            <translation>
                <numerusform>límite: %Ln lectura</numerusform>
                <numerusform>límite: %Ln lecturas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>stopped at the cap of %Ln reads - what was read is saved, the next sync continues from there</source>
            <translation>
                <numerusform>detenido en el límite de %Ln lectura: lo leído se ha guardado y la próxima sincronización continuará desde ahí</numerusform>
                <numerusform>detenido en el límite de %Ln lecturas: lo leído se ha guardado y la próxima sincronización continuará desde ahí</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>dismissed: {reason}</source>
            <translation>descartado: {reason}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{account}: offline ({error})</source>
            <translation>{account}: sin conexión ({error})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account}: sign in again (Accounts…)</source>
            <translation>{account}: vuelva a iniciar sesión (Cuentas…)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account}: replies wait ({reason})</source>
            <translation>{account}: las respuestas esperan ({reason})</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+161" />
            <source>; </source>
            <comment>between the phrases of one explanation</comment>
            <translation>; </translation>
        </message>
        <message numerus="yes">
            <location line="-145" />
            <source>%Ln min</source>
            <translation>
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln h</source>
            <translation>
                <numerusform>%Ln h</numerusform>
                <numerusform>%Ln h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln d</source>
            <translation>
                <numerusform>%Ln d</numerusform>
                <numerusform>%Ln d</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>question, due in {time}</source>
            <translation>pregunta, el plazo vence en {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question ({percent} % sure), due in {time}</source>
            <translation>pregunta ({percent} % de certeza), el plazo vence en {time}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>question, overdue by {time}</source>
            <translation>pregunta, el plazo venció hace {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question ({percent} % sure), overdue by {time}</source>
            <translation>pregunta ({percent} % de certeza), el plazo venció hace {time}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{days} days since the last sync</source>
            <translation>{days} días desde la última sincronización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>first sync</source>
            <translation>primera sincronización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the last sync stopped early</source>
            <translation>la última sincronización se detuvo antes de terminar</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>about %Ln billable X reads ({since}: posts ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions})</source>
            <translation>
                <numerusform>aproximadamente %Ln lectura facturable de X ({since}: publicaciones ~{posts}, conversaciones ({conversations}) ~{reads}, menciones ~{mentions})</numerusform>
                <numerusform>aproximadamente %Ln lecturas facturables de X ({since}: publicaciones ~{posts}, conversaciones ({conversations}) ~{reads}, menciones ~{mentions})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>about %Ln billable X reads ({since}: posts ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions}) ≈ {cost} {currency} at {rate} {currency} per read</source>
            <translation>
                <numerusform>aproximadamente %Ln lectura facturable de X ({since}: publicaciones ~{posts}, conversaciones ({conversations}) ~{reads}, menciones ~{mentions}) ≈ {cost} {currency} a {rate} {currency} por lectura</numerusform>
                <numerusform>aproximadamente %Ln lecturas facturables de X ({since}: publicaciones ~{posts}, conversaciones ({conversations}) ~{reads}, menciones ~{mentions}) ≈ {cost} {currency} a {rate} {currency} por lectura</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>{posts} new posts, {messages} new messages, {threads} new threads, {skipped} skipped (cancelled)</source>
            <translation>publicaciones nuevas {posts}, mensajes nuevos {messages}, hilos nuevos {threads}, omitidos {skipped} (cancelado)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{posts} new posts, {messages} new messages, {threads} new threads, {skipped} skipped</source>
            <translation>publicaciones nuevas {posts}, mensajes nuevos {messages}, hilos nuevos {threads}, omitidos {skipped}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{posts} new posts, {messages} new messages, {threads} new threads (cancelled)</source>
            <translation>publicaciones nuevas {posts}, mensajes nuevos {messages}, hilos nuevos {threads} (cancelado)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{posts} new posts, {messages} new messages, {threads} new threads</source>
            <translation>publicaciones nuevas {posts}, mensajes nuevos {messages}, hilos nuevos {threads}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{sent} sent, {failed} failed, {check} to check, {waiting} waiting (offline) (sign in again)</source>
            <translation>enviadas {sent}, fallidas {failed}, por comprobar {check}, en espera {waiting} (sin conexión) (vuelva a iniciar sesión)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{sent} sent, {failed} failed, {check} to check, {waiting} waiting (offline)</source>
            <translation>enviadas {sent}, fallidas {failed}, por comprobar {check}, en espera {waiting} (sin conexión)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{sent} sent, {failed} failed, {check} to check, {waiting} waiting (sign in again)</source>
            <translation>enviadas {sent}, fallidas {failed}, por comprobar {check}, en espera {waiting} (vuelva a iniciar sesión)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{sent} sent, {failed} failed, {check} to check, {waiting} waiting</source>
            <translation>enviadas {sent}, fallidas {failed}, por comprobar {check}, en espera {waiting}</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>%Ln posts</source>
            <translation>
                <numerusform>%Ln publicación</numerusform>
                <numerusform>%Ln publicaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln our replies</source>
            <translation>
                <numerusform>%Ln respuesta nuestra</numerusform>
                <numerusform>%Ln respuestas nuestras</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln comments</source>
            <translation>
                <numerusform>%Ln comentario</numerusform>
                <numerusform>%Ln comentarios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln retweets skipped</source>
            <translation>
                <numerusform>%Ln retuit omitido</numerusform>
                <numerusform>%Ln retuits omitidos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>, </source>
            <comment>between the counts of an import</comment>
            <translation>, </translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+28" />
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, {threads} new threads (this export was imported before); it holds no received comments, so coverage stays unknown</source>
            <translation>Se importó {file} en {account}: contenido leído: {read}; publicaciones nuevas {posts}, mensajes nuevos {messages}, hilos nuevos {threads} (esta exportación ya se había importado); no contiene comentarios recibidos, por lo que la cobertura sigue siendo desconocida</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, {threads} new threads (this export was imported before)</source>
            <translation>Se importó {file} en {account}: contenido leído: {read}; publicaciones nuevas {posts}, mensajes nuevos {messages}, hilos nuevos {threads} (esta exportación ya se había importado)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, {threads} new threads; it holds no received comments, so coverage stays unknown</source>
            <translation>Se importó {file} en {account}: contenido leído: {read}; publicaciones nuevas {posts}, mensajes nuevos {messages}, hilos nuevos {threads}; no contiene comentarios recibidos, por lo que la cobertura sigue siendo desconocida</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, {threads} new threads</source>
            <translation>Se importó {file} en {account}: contenido leído: {read}; publicaciones nuevas {posts}, mensajes nuevos {messages}, hilos nuevos {threads}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Parley may read your account and post replies.</source>
            <translation>Parley puede leer su cuenta y publicar respuestas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>read your account</source>
            <translation>leer su cuenta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>post replies</source>
            <translation>publicar respuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>read your account and post replies</source>
            <translation>leer su cuenta y publicar respuestas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server did not let Parley {missing} (it granted: {scope}).</source>
            <translation>El servidor no permitió a Parley {missing} (concedió: {scope}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>read everything your account can see (bookmarks, lists, direct messages, settings)</source>
            <translation>leer todo lo que su cuenta puede ver (marcadores, listas, mensajes directos, configuración)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>change anything your account can (profile, follows, deleting posts)</source>
            <translation>cambiar todo lo que su cuenta puede cambiar (perfil, cuentas seguidas, eliminación de publicaciones)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>use {permissions}</source>
            <translation>usar {permissions}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Parley may read your account and post replies. This server grants no narrower permission, so Parley may also {permissions}. Parley uses only what it needs: reading posts, replies and mentions, and posting replies.</source>
            <translation>Parley puede leer su cuenta y publicar respuestas. Este servidor no concede permisos más restringidos, así que Parley también puede {permissions}. Parley solo usa lo que necesita: leer publicaciones, respuestas y menciones, y publicar respuestas.</translation>
        </message>
    </context>
    <context>
        <name>CoverageGauge</name>
        <message>
            <location filename="../../gui/budgetbar.py" line="-208" />
            <source>Coverage against target</source>
            <translation>Cobertura frente al objetivo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No eligible threads yet this period</source>
            <translation>Aún no hay hilos computables en este período</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coverage {coverage} against a target of {target}</source>
            <translation>Cobertura {coverage} frente a un objetivo de {target}</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <location filename="../../gui/welcome.py" line="+29" />
            <source>&lt;b&gt;Demo workspace&lt;/b&gt; — sample data. Add an account to use your own.</source>
            <translation>&lt;b&gt;Espacio de trabajo de demostración&lt;/b&gt; — datos de ejemplo. Añada una cuenta para trabajar con los suyos.</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Demo workspace</source>
            <translation>Espacio de trabajo de demostración</translation>
        </message>
        <message>
            <location line="+4" />
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add an account…</source>
            <translation>Añadir una cuenta…</translation>
        </message>
    </context>
    <context>
        <name>EditReplyDialog</name>
        <message>
            <location filename="../../gui/outboxdialog.py" line="+127" />
            <source>Edit the reply</source>
            <translation>Editar la respuesta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>To {recipient}, from {account}</source>
            <translation>Para {recipient}, desde {account}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To the thread, from {account}</source>
            <translation>Para el hilo, desde {account}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reply</source>
            <translation>Respuesta</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>{used} / %Ln characters</source>
            <translation>
                <numerusform>{used} / %Ln carácter</numerusform>
                <numerusform>{used} / %Ln caracteres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{used} / %Ln graphemes</source>
            <translation>
                <numerusform>{used} / %Ln grafema</numerusform>
                <numerusform>{used} / %Ln grafemas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{used} / %Ln weighted characters</source>
            <translation>
                <numerusform>{used} / %Ln carácter ponderado</numerusform>
                <numerusform>{used} / %Ln caracteres ponderados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{used} / %Ln {unit}</source>
            <translation>
                <numerusform>{used} / %Ln {unit}</numerusform>
                <numerusform>{used} / %Ln {unit}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{count} – %Ln too many</source>
            <translation>
                <numerusform>{count} – %Ln de más</numerusform>
                <numerusform>{count} – %Ln de más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../gui/errors.py" line="+50" />
            <source>Something went wrong that Parley did not expect:

{error}</source>
            <translation>Se produjo un error que Parley no esperaba:

{error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Details were written to {path}.</source>
            <translation>Los detalles se guardaron en {path}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your data is safe: every change was saved when it was made.</source>
            <translation>Sus datos están a salvo: cada cambio se guardó en el momento en que se hizo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley hit a bug</source>
            <translation>Parley encontró un error</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <location filename="../../gui/figures.py" line="+53" />
            <source>All accounts</source>
            <translation>Todas las cuentas</translation>
        </message>
        <message>
            <location line="+17" />
            <source>all accounts</source>
            <translation>todas las cuentas</translation>
        </message>
    </context>
    <context>
        <name>Guide</name>
        <message>
            <location filename="../../gui/guide.py" line="-15" />
            <source># User guide

The guide is missing from this installation of Parley.</source>
            <translation># Guía del usuario

La guía no está incluida en esta instalación de Parley.</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location line="+23" />
            <source>Parley – User guide</source>
            <translation>Parley – Guía del usuario</translation>
        </message>
        <message>
            <location line="+6" />
            <source>User guide</source>
            <translation>Guía del usuario</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../gui/importdialog.py" line="+22" />
            <source>X (Twitter) archive – zip or folder</source>
            <translation>Archivo de datos de X (Twitter) – zip o carpeta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Holds only your own posts and replies: the audit tells how conversational the account is; coverage stays unknown.</source>
            <translation>Contiene solo sus propias publicaciones y respuestas: la auditoría indica el grado de conversación de la cuenta; la cobertura sigue siendo desconocida.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mastodon account archive – zip or folder</source>
            <translation>Archivo de datos de la cuenta de Mastodon – zip o carpeta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Holds only your own posts and replies (outbox.json): coverage stays unknown.</source>
            <translation>Contiene solo sus propias publicaciones y respuestas (outbox.json): la cobertura sigue siendo desconocida.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facebook Page download – zip or folder</source>
            <translation>Descarga de la página de Facebook – zip o carpeta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Holds the Page's comments where Facebook includes them; text is repaired (mojibake).</source>
            <translation>Contiene los comentarios de la página cuando Facebook los incluye; el texto se repara (mojibake).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV of comments (any tool's export)</source>
            <translation>CSV de comentarios (exportación de cualquier herramienta)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Columns: post id, post time, post text, comment id, parent id, author, comment time, comment text, is_ours (see docs/import-formats.md). Holds both sides: coverage is known.</source>
            <translation>Columnas: post id, post time, post text, comment id, parent id, author, comment time, comment text, is_ours (véase docs/import-formats.md). Contiene ambas partes: la cobertura se conoce.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>other</source>
            <translation>otra</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Import an export</source>
            <translation>Importar una exportación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You are looking at the demo. The import goes to your own workspace, and Parley switches to it.</source>
            <translation>Está viendo la demostración. La importación se guarda en su propio espacio de trabajo, y Parley pasa a mostrarlo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export</source>
            <translation>Exportación</translation>
        </message>
        <message>
            <location line="+6" />
            <source>File or folder</source>
            <translation>Archivo o carpeta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File…</source>
            <translation>Archivo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Folder…</source>
            <translation>Carpeta…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Where</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+23" />
            <source>Name shown in Parley (optional: read from the export when it says)</source>
            <translation>Nombre que se muestra en Parley (opcional: se toma de la exportación si lo indica)</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Name shown in Parley (required)</source>
            <translation>Nombre que se muestra en Parley (obligatorio)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the export</source>
            <translation>Elegir la exportación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exports (*.zip *.csv *.json *.js);;All (*)</source>
            <translation>Exportaciones (*.zip *.csv *.json *.js);;Todos (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the extracted export</source>
            <translation>Elegir la exportación descomprimida</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose the export's file or folder.</source>
            <translation>Elija el archivo o la carpeta de la exportación.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A CSV does not say whose comments it holds: give the account's name.</source>
            <translation>Un CSV no indica de quién son los comentarios que contiene: escriba el nombre de la cuenta.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/mainwindow.py" line="+69" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Parley – demo workspace</source>
            <translation>Parley – espacio de trabajo de demostración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>demo workspace: nothing to sync</source>
            <translation>espacio de trabajo de demostración: nada que sincronizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not synced yet</source>
            <translation>aún sin sincronizar</translation>
        </message>
    </context>
    <context>
        <name>MastodonDialog</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="+16" />
            <source>Add a Mastodon account</source>
            <translation>Añadir una cuenta de Mastodon</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your Mastodon server's address (your ministry's own server, or e.g. mastodon.social). Parley opens your browser so you can approve it there: read and post replies only.</source>
            <translation>La dirección de su servidor de Mastodon (el servidor de su ministerio o, por ejemplo, mastodon.social). Parley abre el navegador para que lo autorice allí: solo lectura y publicación de respuestas.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>…or paste the code the server shows</source>
            <translation>…o pegue el código que muestra el servidor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use code</source>
            <translation>Usar el código</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open the browser</source>
            <translation>Abrir el navegador</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Waiting for your approval in the browser. If it did not open, go to:
{url}</source>
            <translation>Esperando su autorización en el navegador. Si no se abrió, vaya a:
{url}</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../gui/menus.py" line="+39" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sync now</source>
            <translation>&amp;Sincronizar ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fetch new comments and send queued replies</source>
            <translation>Obtener los comentarios nuevos y enviar las respuestas en cola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync &amp;automatically</source>
            <translation>Sincronizar &amp;automáticamente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Accounts…</source>
            <translation>&amp;Cuentas…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add, sign in again or remove accounts</source>
            <translation>Añadir cuentas, volver a iniciar sesión en ellas o eliminarlas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Outbox…</source>
            <translation>&amp;Bandeja de salida…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Queued replies and their state</source>
            <translation>Respuestas en cola y su estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Backups…</source>
            <translation>C&amp;opias de seguridad…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily backups of the workspace; restore one</source>
            <translation>Copias de seguridad diarias del espacio de trabajo; restaurar una</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import an export…</source>
            <translation>&amp;Importar una exportación…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit an account from its platform data export (no account needed)</source>
            <translation>Auditar una cuenta a partir de la exportación de datos de su plataforma (no hace falta añadir la cuenta)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Quit</source>
            <translation>Sa&amp;lir</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Budget settings…</source>
            <translation>Configuración del &amp;presupuesto…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved &amp;replies…</source>
            <translation>&amp;Respuestas guardadas…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Next thread</source>
            <translation>Hilo &amp;siguiente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous thread</source>
            <translation>Hilo &amp;anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Search</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to the &amp;list</source>
            <translation>Volver a la &amp;lista</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reports…</source>
            <translation>&amp;Informes…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The audit and the dialogue report for any accounts and period; export to PDF and CSV</source>
            <translation>La auditoría y el informe de diálogo para cualquier conjunto de cuentas y período; exportación a PDF y CSV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Language</source>
            <translation>I&amp;dioma</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Thread</source>
            <translation>&amp;Hilo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reply</source>
            <translation>&amp;Responder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Queue reply</source>
            <translation>&amp;Poner en cola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Insert saved reply…</source>
            <translation>&amp;Insertar respuesta guardada…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dismiss…</source>
            <translation>&amp;Descartar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Res&amp;tore (undo dismiss)</source>
            <translation>Res&amp;tablecer (deshacer descarte)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Welcome</source>
            <translation>&amp;Bienvenida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try the demo, add an account or import an export</source>
            <translation>Probar la demostración, añadir una cuenta o importar una exportación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first hour with Parley, step by step (offline)</source>
            <translation>La primera hora con Parley, paso a paso (sin conexión)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Parley</source>
            <translation>Acerca &amp;de Parley</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About Parley</source>
            <translation>Acerca de Parley</translation>
        </message>
        <message>
            <location line="+17" />
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley will be in {language} the next time it starts.</source>
            <translation>Parley se mostrará en {language} la próxima vez que se inicie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restart Parley now to see it in {language}?</source>
            <translation>¿Desea reiniciar Parley ahora para verlo en {language}?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restart now</source>
            <translation>&amp;Reiniciar ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Later</source>
            <translation>&amp;Más tarde</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../gui/messagebar.py" line="+32" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Dismiss this message</source>
            <translation>Cerrar este mensaje</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <location filename="../../gui/localized.py" line="+38" />
            <source>{pct}%</source>
            <translation>{pct} %</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+41" />
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <location line="-34" />
            <source>{points} pt</source>
            <translation>{points} p. p.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>= {zero}</source>
            <translation>= {zero}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
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
            <translation>{month} de {year}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{date}, {time}</source>
            <comment>a date and a time of day</comment>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>week of {date}</source>
            <translation>semana del {date}</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <location filename="../../gui/ops.py" line="+264" />
            <source>Importing {file}</source>
            <translation>Importando {file}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Syncing</source>
            <translation>Sincronizando</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sending</source>
            <translation>Enviando</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Signing in to Bluesky</source>
            <translation>Iniciando sesión en Bluesky</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Signing in to Facebook</source>
            <translation>Iniciando sesión en Facebook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signing in to X</source>
            <translation>Iniciando sesión en X</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Registering Parley with the server</source>
            <translation>Registrando Parley en el servidor</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Waiting for approval in the browser</source>
            <translation>Esperando la autorización en el navegador</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Signing in to Mastodon</source>
            <translation>Iniciando sesión en Mastodon</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Removing the account</source>
            <translation>Eliminando la cuenta</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+7" />
            <source>Backing up</source>
            <translation>Haciendo la copia de seguridad</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Labelling comments</source>
            <translation>Etiquetando los comentarios</translation>
        </message>
    </context>
    <context>
        <name>OutboxDialog</name>
        <message>
            <location filename="../../gui/outboxdialog.py" line="-137" />
            <source>waiting to be sent</source>
            <translation>en espera de envío</translation>
        </message>
        <message>
            <location line="+1" />
            <source>held (not sent until released)</source>
            <translation>retenida (no se envía hasta que se libere)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sending…</source>
            <translation>enviando…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>sent</source>
            <translation>enviada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>failed</source>
            <translation>fallida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>checking whether it arrived</source>
            <translation>comprobando si llegó</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Queued</source>
            <translation>En cola desde</translation>
        </message>
        <message>
            <location line="+0" />
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reply</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attempts</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hold</source>
            <translation>Retener</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Release</source>
            <translation>Liberar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change the reply's text before it is sent</source>
            <translation>Cambiar el texto de la respuesta antes de enviarla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the reply from being sent until you release it</source>
            <translation>Impedir que la respuesta se envíe hasta que la libere</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Let a held reply be sent</source>
            <translation>Permitir que se envíe una respuesta retenida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send a failed reply again, exactly as it was</source>
            <translation>Volver a enviar una respuesta fallida, tal como estaba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the reply: it is not sent, and its thread awaits a reply again</source>
            <translation>Eliminar la respuesta: no se envía y su hilo vuelve a quedar pendiente de respuesta</translation>
        </message>
        <message>
            <location line="+5" />
            <source>it is waiting to be sent</source>
            <translation>está en espera de envío</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is held</source>
            <translation>está retenida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is being sent right now</source>
            <translation>se está enviando en este momento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it has been sent</source>
            <translation>ya se ha enviado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it failed</source>
            <translation>su envío falló</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley is checking whether it reached the network</source>
            <translation>Parley está comprobando si llegó a la red</translation>
        </message>
        <message>
            <location line="+21" />
            <source>waiting: sign in to {account} again</source>
            <translation>en espera: vuelva a iniciar sesión en {account}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>waiting: its account was removed</source>
            <translation>en espera: su cuenta se eliminó</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only a reply waiting to be sent can be held; {state}.</source>
            <translation>Solo se puede retener una respuesta en espera de envío; {state}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only a held reply can be released; {state}.</source>
            <translation>Solo se puede liberar una respuesta retenida; {state}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only a failed reply can be retried; {state}.</source>
            <translation>Solo se puede reintentar una respuesta fallida; {state}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>It may already be on the network: wait until Parley has checked.</source>
            <translation>Puede que ya esté en la red: espere a que Parley lo compruebe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It can no longer be deleted: {state}.</source>
            <translation>Ya no se puede eliminar: {state}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Parley has already tried to send it, so the network may have it as it was. To change it, delete it and write a new reply.</source>
            <translation>Parley ya intentó enviarla, así que puede que la red la tenga tal como estaba. Para cambiarla, elimínela y escriba una respuesta nueva.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It can no longer be changed: {state}.</source>
            <translation>Ya no se puede cambiar: {state}.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Outbox</source>
            <translation>Bandeja de salida</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Send now</source>
            <translation>Enviar ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send every reply that is waiting, now</source>
            <translation>Enviar ahora todas las respuestas en espera</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Parley has tried to send it</source>
            <translation>Parley ha intentado enviarla</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Select a reply first.</source>
            <translation>Seleccione primero una respuesta.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Parley does not try to send the replies of {account} until you sign in to it again (File → Accounts…).</source>
            <translation>Parley no intentará enviar las respuestas de {account} hasta que vuelva a iniciar sesión en esa cuenta (Archivo → Cuentas…).</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Delete your reply to {recipient}?</source>
            <translation>¿Eliminar su respuesta a {recipient}?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete your reply to this thread?</source>
            <translation>¿Eliminar su respuesta a este hilo?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this reply?</source>
            <translation>¿Eliminar esta respuesta?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{words}”

It will not be sent, and the thread awaits a reply again. This cannot be undone.</source>
            <translation>“{words}”

No se enviará y el hilo volverá a quedar pendiente de respuesta. Esta acción no se puede deshacer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete reply</source>
            <translation>Eliminar respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep it</source>
            <translation>Conservarla</translation>
        </message>
        <message>
            <location line="+16" />
            <source>This reply cannot be edited. {why}</source>
            <translation>Esta respuesta no se puede editar. {why}</translation>
        </message>
    </context>
    <context>
        <name>ProgressText</name>
        <message>
            <location filename="../../gui/tasks.py" line="+463" />
            <source>labelling comments</source>
            <translation>etiquetando los comentarios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sending queued replies</source>
            <translation>enviando las respuestas en cola</translation>
        </message>
        <message>
            <location line="+0" />
            <source>nothing yet</source>
            <translation>nada todavía</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{account}: 1 post fetched</source>
            <translation>{account}: 1 publicación obtenida</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>{account}: %Ln posts fetched</source>
            <translation>
                <numerusform>{account}: %Ln publicación obtenida</numerusform>
                <numerusform>{account}: %Ln publicaciones obtenidas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>{account}: thread {n} of {total}</source>
            <translation>{account}: hilo {n} de {total}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{account}: mentions</source>
            <translation>{account}: menciones</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{account}: fetching posts</source>
            <translation>{account}: obteniendo publicaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{account}: fetching mentions</source>
            <translation>{account}: obteniendo menciones</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{account}: {summary}</source>
            <translation>{account}: {summary}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>rate limited by the server: waiting {seconds} s</source>
            <translation>el servidor limita la frecuencia de solicitudes: esperando {seconds} s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{error}; retrying in {seconds} s</source>
            <translation>{error}; nuevo intento en {seconds} s</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message numerus="yes">
            <location filename="../../gui/reportpdf.py" line="+48" />
            <source>%Ln rows: the numbers are in {file}.</source>
            <translation>
                <numerusform>%Ln fila: las cifras están en {file}.</numerusform>
                <numerusform>%Ln filas: las cifras están en {file}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+47" />
            <source>&lt;h1&gt;Dialogue report&lt;/h1&gt;&lt;h2&gt;{accounts}&lt;/h2&gt;</source>
            <translation>&lt;h1&gt;Informe de diálogo&lt;/h1&gt;&lt;h2&gt;{accounts}&lt;/h2&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;Period:&lt;/b&gt; {period} ({first} to {last}, UTC) · compared with {previous}</source>
            <translation>&lt;b&gt;Período:&lt;/b&gt; {period} (del {first} al {last}, UTC) · comparado con {previous}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;Accounts:&lt;/b&gt; {accounts}</source>
            <translation>&lt;b&gt;Cuentas:&lt;/b&gt; {accounts}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;Posts / comments / comments per post / posts over 100 comments / our replies / coverage:&lt;/b&gt; {figures}</source>
            <translation>&lt;b&gt;Publicaciones / comentarios / comentarios por publicación / publicaciones con más de 100 comentarios / nuestras respuestas / cobertura:&lt;/b&gt; {figures}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Target:&lt;/b&gt; {target} of eligible threads answered; questions within {hours} h.</source>
            <translation>&lt;b&gt;Objetivo:&lt;/b&gt; {target} de los hilos computables respondidos; preguntas en un plazo de {hours} h.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Made by Parley on {moment} UTC. The definitions of every figure are in the appendix.</source>
            <translation>Generado por Parley el {moment} UTC. Las definiciones de todas las cifras figuran en el anexo.</translation>
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
            <translation>La auditoría</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Response times</source>
            <translation>Tiempos de respuesta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Topics and whom we answered</source>
            <translation>Temas y a quién respondimos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Appendix: definitions</source>
            <translation>Anexo: definiciones</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{title} · page {page} of {pages}</source>
            <translation>{title} · página {page} de {pages}</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../gui/reportwords.py" line="+25" />
            <source>Audit</source>
            <translation>Auditoría</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+37" />
            <location line="+7" />
            <source>Threads</source>
            <translation>Hilos</translation>
        </message>
        <message>
            <location line="-43" />
            <source>Coverage against the target</source>
            <translation>Cobertura frente al objetivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Response times</source>
            <translation>Tiempos de respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Business hours and time zones</source>
            <translation>Horario laboral y zonas horarias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coverage per week</source>
            <translation>Cobertura semanal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comments and our replies per day</source>
            <translation>Comentarios y nuestras respuestas por día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First-response times</source>
            <translation>Tiempos de primera respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics of our posts</source>
            <translation>Temas de nuestras publicaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How conversational</source>
            <translation>Grado de conversación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hashtags in what we published</source>
            <translation>Hashtags de lo que publicamos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whom we answered</source>
            <translation>A quién respondimos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When followers write ({zone})</source>
            <translation>Cuándo escriben los seguidores ({zone})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When we answer ({zone})</source>
            <translation>Cuándo respondemos ({zone})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Figure</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This period</source>
            <translation>Este período</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation>Variación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Share</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+27" />
            <location line="+29" />
            <source>Answered</source>
            <translation>Respondidos</translation>
        </message>
        <message>
            <location line="-55" />
            <source>First: median</source>
            <translation>Primera: mediana</translation>
        </message>
        <message>
            <location line="+0" />
            <source>First: 90th pct</source>
            <translation>Primera: percentil 90</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next: median</source>
            <translation>Siguiente: mediana</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next: 90th pct</source>
            <translation>Siguiente: percentil 90</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Met</source>
            <translation>En plazo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Missed</source>
            <translation>Fuera de plazo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pending</source>
            <translation>Pendientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First: median (wall clock)</source>
            <translation>Primera: mediana (horas naturales)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First: 90th pct (wall clock)</source>
            <translation>Primera: percentil 90 (horas naturales)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next: median (wall clock)</source>
            <translation>Siguiente: mediana (horas naturales)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hours</source>
            <translation>Horario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+18" />
            <location line="+28" />
            <source>Eligible</source>
            <translation>Computables</translation>
        </message>
        <message>
            <location line="-45" />
            <source>Coverage</source>
            <translation>Cobertura</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+19" />
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+10" />
            <location line="+35" />
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+11" />
            <location line="+34" />
            <source>Our replies</source>
            <translation>Nuestras respuestas</translation>
        </message>
        <message>
            <location line="-45" />
            <location line="+46" />
            <source>Time to first reply</source>
            <translation>Tiempo hasta la primera respuesta</translation>
        </message>
        <message>
            <location line="-45" />
            <source>Weekday</source>
            <translation>Día de la semana</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source>Posts</source>
            <translation>Publicaciones</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Our messages</source>
            <translation>Nuestros mensajes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hashtag</source>
            <translation>Hashtag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replies</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Handle</source>
            <translation>Identificador</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Comments per post</source>
            <translation>Comentarios por publicación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Posts over 100 comments</source>
            <translation>Publicaciones con más de 100 comentarios</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+34" />
            <source>Reply coverage</source>
            <translation>Cobertura de respuestas</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Eligible threads</source>
            <translation>Hilos computables</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered threads</source>
            <translation>Hilos respondidos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Published (posts + replies)</source>
            <translation>Publicado (publicaciones + respuestas)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+34" />
            <source>Replies among published</source>
            <translation>Proporción de respuestas en lo publicado</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Pending send (not counted)</source>
            <translation>Pendientes de envío (no se cuentan)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Awaiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions answered</source>
            <translation>Preguntas respondidas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criticism addressed</source>
            <translation>Críticas atendidas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Our posts</source>
            <translation>Nuestras publicaciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All threads</source>
            <translation>Todos los hilos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criticism</source>
            <translation>Críticas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(unknown)</source>
            <translation>(desconocido)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(no recurring words)</source>
            <translation>(sin palabras recurrentes)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt; 1 h</source>
            <translation>&lt; 1 h</translation>
        </message>
        <message>
            <location line="+0" />
            <source>1–4 h</source>
            <translation>1–4 h</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4–12 h</source>
            <translation>4–12 h</translation>
        </message>
        <message>
            <location line="+0" />
            <source>12–24 h</source>
            <translation>12–24 h</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1–2 d</source>
            <translation>1–2 d</translation>
        </message>
        <message>
            <location line="+0" />
            <source>2–7 d</source>
            <translation>2–7 d</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&gt; 7 d</source>
            <translation>&gt; 7 d</translation>
        </message>
        <message>
            <location line="+4" />
            <source>spam</source>
            <translation>spam</translation>
        </message>
        <message>
            <location line="+0" />
            <source>abuse</source>
            <translation>insulto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>thanks-only</source>
            <translation>solo agradecimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>off-topic</source>
            <translation>fuera de tema</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No threads in this period</source>
            <translation>No hay hilos en este período</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All accounts</source>
            <translation>Todas las cuentas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each account's own time zone</source>
            <translation>la zona horaria de cada cuenta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wall-clock hours (no business hours set).</source>
            <translation>Horas naturales (sin horario laboral definido).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Thread</source>
            <translation>Hilo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Time to next reply</source>
            <translation>Tiempo hasta la siguiente respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Percentiles</source>
            <translation>Percentiles</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deadline state</source>
            <translation>Estado del plazo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Business hours</source>
            <translation>Horario laboral</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Periods</source>
            <translation>Períodos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A follower's top-level comment on one of our posts, or a follower's mention of us that is not a reply inside an existing thread, together with every message under it.</source>
            <translation>Comentario de primer nivel de un seguidor en una de nuestras publicaciones, o mención de un seguidor a nuestra cuenta que no es una respuesta dentro de un hilo existente, junto con todos los mensajes que cuelgan de él.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A thread not dismissed (spam, abuse, thanks-only, off-topic: you choose the reason).</source>
            <translation>Hilo no descartado (spam, insulto, solo agradecimiento, fuera de tema: usted elige el motivo).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>We wrote at least one message in the thread after the follower's first message, and it is on the network. A thread whose only reply still waits in the outbox is pending send and not counted.</source>
            <translation>Escribimos al menos un mensaje en el hilo después del primer mensaje del seguidor, y ese mensaje está publicado en la red. Un hilo cuya única respuesta sigue en la bandeja de salida está pendiente de envío y no se cuenta.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every follower message under our posts published in the period (top-level comments and replies to them). Comments per post and the share of posts over 100 comments are over those posts.</source>
            <translation>Todos los mensajes de seguidores bajo nuestras publicaciones del período (comentarios de primer nivel y respuestas a ellos). Los comentarios por publicación y la proporción de publicaciones con más de 100 comentarios se calculan sobre esas publicaciones.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Our messages (not posts) written in the period and on the network.</source>
            <translation>Nuestros mensajes (no publicaciones) escritos en el período y publicados en la red.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered eligible threads opened in the period ÷ eligible threads opened in the period; also per label (questions answered, criticism addressed).</source>
            <translation>Hilos computables respondidos abiertos en el período ÷ hilos computables abiertos en el período; también por etiqueta (preguntas respondidas, críticas atendidas).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From the thread's first follower message to our first message in it.</source>
            <translation>Desde el primer mensaje del seguidor en el hilo hasta nuestro primer mensaje en él.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From a follower's message that comes after one of ours to our next message.</source>
            <translation>Desde un mensaje del seguidor posterior a uno nuestro hasta nuestro siguiente mensaje.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Median and 90th percentile by the nearest-rank method.</source>
            <translation>Mediana y percentil 90 según el método del rango más cercano.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Under the budget's response-time target: pending (no reply yet, deadline ahead), met, missed (answered late, or still unanswered after the deadline).</source>
            <translation>Respecto al plazo de respuesta del presupuesto: pendiente (aún sin respuesta, plazo no vencido), en plazo, fuera de plazo (respondido tarde o aún sin respuesta una vez vencido el plazo).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When an account has business hours, its response clocks count only time within them, in its time zone (daylight saving time included); wall-clock figures are shown beside.</source>
            <translation>Cuando una cuenta tiene horario laboral, sus tiempos de respuesta solo cuentan el tiempo dentro de ese horario, en su zona horaria (horario de verano incluido); las cifras en horas naturales se muestran al lado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Our replies ÷ (our posts + our replies) in the period: how conversational the account is (the Twiplomacy measure).</source>
            <translation>Nuestras respuestas ÷ (nuestras publicaciones + nuestras respuestas) en el período: el grado de conversación de la cuenta (la medida de Twiplomacy).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A post's hashtags, else its distinctive words: those that recur across the period's posts but are the rarest among its own.</source>
            <translation>Los hashtags de una publicación o, si no los tiene, sus palabras distintivas: las que se repiten en las publicaciones del período pero son las menos frecuentes entre las suyas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>UTC calendar weeks (ISO), months, quarters and years, or custom dates; the change is against the previous period of the same length.</source>
            <translation>Semanas naturales UTC (ISO), meses, trimestres y años, o fechas personalizadas; la variación se calcula respecto al período anterior de la misma duración.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>week {week} of {year} ({first} – {last})</source>
            <translation>semana {week} de {year} ({first} – {last})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Q{quarter} {year} ({first} – {last})</source>
            <translation>trimestre {quarter} de {year} ({first} – {last})</translation>
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
            <translation>Informe de diálogo – {accounts} – {period}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{zone}, no business hours</source>
            <translation>{zone}, sin horario laboral</translation>
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
            <translation>Anterior ({period})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Within {hours} h</source>
            <translation>En {hours} h o menos</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Business hours count where set: {hours}</source>
            <translation>Se cuenta el horario laboral donde está definido: {hours}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Dismissed: {reason}</source>
            <translation>Descartados: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ReportsWindow</name>
        <message>
            <location filename="../../gui/reportspage.py" line="+46" />
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quarter</source>
            <translation>Trimestre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom dates</source>
            <translation>Fechas personalizadas</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Reports – Parley</source>
            <translation>Informes – Parley</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Accounts in the report</source>
            <translation>Cuentas del informe</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The previous period (Alt+Left)</source>
            <translation>El período anterior (Alt+Left)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The next period (Alt+Right)</source>
            <translation>El período siguiente (Alt+Right)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export PNG…</source>
            <translation>Exportar PNG…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+89" />
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Choose at least one account.</source>
            <translation>Elija al menos una cuenta.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The report could not be computed: {error}</source>
            <translation>No se pudo calcular el informe: {error}</translation>
        </message>
        <message>
            <location line="+40" />
            <source>&lt;b&gt;{title}&lt;/b&gt; – the chart's numbers</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; – las cifras del gráfico</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The audit</source>
            <translation>La auditoría</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Response times</source>
            <translation>Tiempos de respuesta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Research: how conversational, and on which topics</source>
            <translation>Investigación: grado de conversación y temas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} · computed in {ms} ms</source>
            <translation>{title} · calculado en {ms} ms</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export the report as PDF</source>
            <translation>Exportar el informe en PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export the tables as CSV files into a folder</source>
            <translation>Exportar las tablas como archivos CSV a una carpeta</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export the charts as PNG files into a folder</source>
            <translation>Exportar los gráficos como archivos PNG a una carpeta</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Exporting {format}…</source>
            <translation>Exportando {format}…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported to {where}</source>
            <translation>Exportado a {where}</translation>
        </message>
    </context>
    <context>
        <name>SavedRepliesDialog</name>
        <message>
            <location filename="../../gui/dialogs.py" line="+26" />
            <location line="+5" />
            <source>Saved replies</source>
            <translation>Respuestas guardadas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dear {name}, thank you for your question…</source>
            <comment>keep {name}: a variable the user types</comment>
            <translation>Estimado/a {name}: gracias por su pregunta…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Variables: {name} (the follower's name), {handle} (@handle), {account} (this account)</source>
            <comment>keep {name}, {handle} and {account}: variables the user types</comment>
            <translation>Variables: {name} (el nombre del seguidor), {handle} (@identificador), {account} (esta cuenta)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>New reply</source>
            <translation>Nueva respuesta</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Every saved reply needs a title.</source>
            <translation>Cada respuesta guardada necesita un título.</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../../gui/search.py" line="+75" />
            <source>No messages match “{search}” in this view</source>
            <translation>Ningún mensaje coincide con “{search}” en esta vista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No messages match “{search}”</source>
            <translation>Ningún mensaje coincide con “{search}”</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../gui/dialogs.py" line="+7" />
            <source>next / previous thread</source>
            <translation>hilo siguiente / anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>write a reply (focus the composer)</source>
            <translation>escribir una respuesta (ir al editor)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>queue the reply</source>
            <translation>poner la respuesta en cola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dismiss the thread (choose a reason)</source>
            <translation>descartar el hilo (elegir un motivo)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>search all messages</source>
            <translation>buscar en todos los mensajes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smart views: Answer next … All, Overdue questions</source>
            <translation>vistas inteligentes: Responder a continuación … Todos, Preguntas fuera de plazo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>back to the thread list</source>
            <translation>volver a la lista de hilos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>insert a saved reply</source>
            <translation>insertar una respuesta guardada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sync now</source>
            <translation>sincronizar ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reports: the audit and the dialogue report</source>
            <translation>informes: la auditoría y el informe de diálogo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>quit</source>
            <translation>salir</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../../gui/sidebar.py" line="+31" />
            <source>Sign in again</source>
            <translation>Volver a iniciar sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed</source>
            <translation>Eliminada</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Search all messages  ( / )</source>
            <translation>Buscar en todos los mensajes  ( / )</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This view only</source>
            <translation>Solo esta vista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search only the threads of the view selected below</source>
            <translation>Buscar solo en los hilos de la vista seleccionada abajo</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+6" />
            <source>Accounts</source>
            <translation>Cuentas</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Views</source>
            <translation>Vistas</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Smart views</source>
            <translation>Vistas inteligentes</translation>
        </message>
        <message>
            <location line="+12" />
            <source>All accounts</source>
            <translation>Todas las cuentas</translation>
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
            <translation>La sesión ha caducado: vaya a Archivo → Cuentas… para volver a iniciarla.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{account}, {status}</source>
            <translation>{account}, {status}</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Searching…</source>
            <translation>Buscando…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 thread matches</source>
            <translation>1 hilo coincide</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln threads match</source>
            <translation>
                <numerusform>%Ln hilo coincide</numerusform>
                <numerusform>%Ln hilos coinciden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../gui/signin.py" line="+49" />
            <source>Parley could not reach “{address}”. Check the server's address, e.g. {example}.</source>
            <translation>Parley no pudo conectar con “{address}”. Compruebe la dirección del servidor, por ejemplo, {example}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Parley could not reach the {network} server. Check the server's address, e.g. {example}.</source>
            <translation>Parley no pudo conectar con el servidor de {network}. Compruebe la dirección del servidor, por ejemplo, {example}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Parley could not reach {network}. Check that this computer is online, then try again.</source>
            <translation>Parley no pudo conectar con {network}. Compruebe que este equipo esté conectado a internet y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Bluesky did not accept this handle and app password. Check both; use an app password (Bluesky: Settings → Privacy and security → App passwords), not your main password.</source>
            <translation>Bluesky no aceptó este identificador y esta contraseña de aplicación. Compruebe ambos; use una contraseña de aplicación (Bluesky: Ajustes → Privacidad y seguridad → Contraseñas de aplicación), no su contraseña principal.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{network} did not accept this token. Check that you copied all of it, then try again.</source>
            <translation>{network} no aceptó este token. Compruebe que lo copió completo y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{network} did not sign you in ({error}). Try again.</source>
            <translation>{network} no inició su sesión ({error}). Vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{network} asks Parley to wait a moment. Try again in a minute.</source>
            <translation>{network} pide a Parley que espere un momento. Vuelva a intentarlo dentro de un minuto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server at “{address}” did not answer properly. Try again in a few minutes.</source>
            <translation>El servidor “{address}” no respondió correctamente. Vuelva a intentarlo dentro de unos minutos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server at the {network} server did not answer properly. Try again in a few minutes.</source>
            <translation>El servidor de {network} no respondió correctamente. Vuelva a intentarlo dentro de unos minutos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Parley keeps sign-ins only in your system keychain, and none is available right now. Start or unlock your keychain, then try again.</source>
            <translation>Parley guarda las credenciales únicamente en el llavero del sistema, y en este momento no hay ninguno disponible. Inicie o desbloquee su llavero y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Signed in as {handle} ({network}). {permissions} Syncing…</source>
            <translation>Sesión iniciada como {handle} ({network}). {permissions} Sincronizando…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Signed in as {handle} ({network}). Syncing…</source>
            <translation>Sesión iniciada como {handle} ({network}). Sincronizando…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Parley hit a bug while signing in; the details are in the report. Try again.</source>
            <translation>Parley encontró un error al iniciar sesión; los detalles están en el informe. Vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Signing in to Bluesky…</source>
            <translation>Iniciando sesión en Bluesky…</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Signing in to {network}…</source>
            <translation>Iniciando sesión en {network}…</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Asking the server to let Parley in…</source>
            <translation>Solicitando al servidor acceso para Parley…</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Signing in…</source>
            <translation>Iniciando sesión…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>{account}: sign in again from the command line (main.py account add {platform}).</source>
            <translation>{account}: vuelva a iniciar sesión desde la línea de comandos (main.py account add {platform}).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Account removed; its sign-in is deleted.</source>
            <translation>Cuenta eliminada; sus credenciales se han borrado.</translation>
        </message>
    </context>
    <context>
        <name>SignInForm</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="-141" />
            <source>Sign-in problem</source>
            <translation>Problema al iniciar sesión</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Signing in…</source>
            <translation>Iniciando sesión…</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../gui/statusbar.py" line="+17" />
            <source>Connection</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Outbox</source>
            <translation>Bandeja de salida</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in again</source>
            <translation>Volver a iniciar sesión</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the background work; what is already saved stays saved</source>
            <translation>Detener el trabajo en segundo plano; lo que ya se guardó sigue guardado</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Online – {why}</source>
            <translation>En línea – {why}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Offline – {why}</source>
            <translation>Sin conexión – {why}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Online</source>
            <translation>En línea</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Offline</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Last sync: {when}</source>
            <translation>Última sincronización: {when}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Outbox: %Ln waiting</source>
            <translation>
                <numerusform>Bandeja de salida: %Ln en espera</numerusform>
                <numerusform>Bandeja de salida: %Ln en espera</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outbox: empty</source>
            <translation>Bandeja de salida: vacía</translation>
        </message>
        <message>
            <location line="+12" />
            <source>sign in to {account} again</source>
            <translation>vuelva a iniciar sesión en {account}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sign in to {account} again (1 reply waits)</source>
            <translation>vuelva a iniciar sesión en {account} (1 respuesta en espera)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>sign in to {account} again (%Ln replies wait)</source>
            <translation>
                <numerusform>vuelva a iniciar sesión en {account} (%Ln respuesta en espera)</numerusform>
                <numerusform>vuelva a iniciar sesión en {account} (%Ln respuestas en espera)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; </source>
            <comment>between accounts to sign in to again</comment>
            <translation>; </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{accounts} – File → Accounts…</source>
            <translation>{accounts} – Archivo → Cuentas…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Parley does not try to send these replies until you sign in again.</source>
            <translation>Parley no intentará enviar estas respuestas hasta que vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{task}: {progress}</source>
            <translation>{task}: {progress}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{task}: cancelling…</source>
            <translation>{task}: cancelando…</translation>
        </message>
    </context>
    <context>
        <name>Syncing</name>
        <message>
            <location filename="../../gui/syncing.py" line="+63" />
            <source>Off</source>
            <translation>Desactivada</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>Every %Ln minutes</source>
            <translation>
                <numerusform>Cada %Ln minuto</numerusform>
                <numerusform>Cada %Ln minutos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>There is nothing to sync here: add an account (File → Accounts…) to work with your own threads.</source>
            <translation>Aquí no hay nada que sincronizar: añada una cuenta (Archivo → Cuentas…) para trabajar con sus propios hilos.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>working offline</source>
            <translation>trabajando sin conexión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account}: {summary}</source>
            <translation>{account}: {summary}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Synced. {accounts}. Outbox: {outbox}.</source>
            <translation>Sincronización completada. {accounts}. Bandeja de salida: {outbox}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>; </source>
            <comment>between the accounts of a sync</comment>
            <translation>; </translation>
        </message>
        <message>
            <location line="+4" />
            <source>{synced} {problems}</source>
            <translation>{synced} {problems}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>replies wait in the outbox</source>
            <translation>las respuestas esperan en la bandeja de salida</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Outbox: {report}.</source>
            <translation>Bandeja de salida: {report}.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>1 reply has not been sent yet. It stays in the outbox and is sent the next time Parley is online.</source>
            <translation>1 respuesta aún no se ha enviado. Permanece en la bandeja de salida y se enviará la próxima vez que Parley esté en línea.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln replies have not been sent yet. They stay in the outbox and are sent the next time Parley is online.</source>
            <translation>
                <numerusform>%Ln respuesta aún no se ha enviado. Permanece en la bandeja de salida y se enviará la próxima vez que Parley esté en línea.</numerusform>
                <numerusform>%Ln respuestas aún no se han enviado. Permanecen en la bandeja de salida y se enviarán la próxima vez que Parley esté en línea.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign in to {account} again first (File → Accounts…), or its replies keep waiting.</source>
            <translation>Antes, vuelva a iniciar sesión en {account} (Archivo → Cuentas…); de lo contrario, sus respuestas seguirán en espera.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign in to {accounts} again first (File → Accounts…), or their replies keep waiting.</source>
            <translation>Antes, vuelva a iniciar sesión en {accounts} (Archivo → Cuentas…); de lo contrario, sus respuestas seguirán en espera.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> and </source>
            <comment>between account names</comment>
            <translation> y </translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 reply is held or failed: it is sent only once you release or retry them (File → Outbox…).</source>
            <translation>1 respuesta está retenida o falló: solo se enviará cuando la libere o la reintente (Archivo → Bandeja de salida…).</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln replies are held or failed: they are sent only once you release or retry them (File → Outbox…).</source>
            <translation>
                <numerusform>%Ln respuesta está retenida o falló: solo se enviará cuando la libere o la reintente (Archivo → Bandeja de salida…).</numerusform>
                <numerusform>%Ln respuestas están retenidas o fallaron: solo se enviarán cuando las libere o las reintente (Archivo → Bandeja de salida…).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Quit Parley?</source>
            <translation>¿Salir de Parley?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
    </context>
    <context>
        <name>ThreadDetail</name>
        <message>
            <location filename="../../gui/detail.py" line="+38" />
            <source>Us</source>
            <translation>Nosotros</translation>
        </message>
    </context>
    <context>
        <name>ThreadListModel</name>
        <message>
            <location filename="../../gui/threadmodel.py" line="+46" />
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Labels</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lang</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Age</source>
            <translation>Antigüedad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replies</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+202" />
            <source>{message}

Why here: {why}</source>
            <translation>{message}

Por qué aparece aquí: {why}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{time} UTC</source>
            <translation>{time} UTC</translation>
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
            <translation>1 respuesta</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%Ln replies</source>
            <translation>
                <numerusform>%Ln respuesta</numerusform>
                <numerusform>%Ln respuestas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>, </source>
            <comment>between label names</comment>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%Ln min</source>
            <translation>
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln h</source>
            <translation>
                <numerusform>%Ln h</numerusform>
                <numerusform>%Ln h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln d</source>
            <translation>
                <numerusform>%Ln d</numerusform>
                <numerusform>%Ln d</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln mo</source>
            <translation>
                <numerusform>%Ln mes</numerusform>
                <numerusform>%Ln meses</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThreadTable</name>
        <message>
            <location filename="../../gui/threadtable.py" line="+79" />
            <source>Threads</source>
            <translation>Hilos</translation>
        </message>
    </context>
    <context>
        <name>ThreadView</name>
        <message>
            <location filename="../../gui/threadview.py" line="+73" />
            <source>Thread</source>
            <translation>Hilo</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+9" />
            <source>Us</source>
            <translation>Nosotros</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Select a thread on the left.</source>
            <translation>Seleccione un hilo a la izquierda.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Open link?</source>
            <translation>¿Abrir el enlace?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This link goes to:

{target}

Host: {host}

Open it in your browser?</source>
            <translation>Este enlace lleva a:

{target}

Servidor: {host}

¿Desea abrirlo en el navegador?</translation>
        </message>
        <message>
            <location line="+15" />
            <source>never answered</source>
            <translation>nunca le hemos respondido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>answered once</source>
            <translation>le hemos respondido una vez</translation>
        </message>
        <message>
            <location line="+2" />
            <source>answered twice</source>
            <translation>le hemos respondido dos veces</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>answered %Ln times</source>
            <translation>
                <numerusform>le hemos respondido %Ln vez</numerusform>
                <numerusform>le hemos respondido %Ln veces</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>1 comment since {since}, {answered}</source>
            <translation>1 comentario desde {since}, {answered}</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>1 comment in %Ln threads since {since}, {answered}</source>
            <translation>
                <numerusform>1 comentario en %Ln hilo desde {since}, {answered}</numerusform>
                <numerusform>1 comentario en %Ln hilos desde {since}, {answered}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln comments since {since}, {answered}</source>
            <translation>
                <numerusform>%Ln comentario desde {since}, {answered}</numerusform>
                <numerusform>%Ln comentarios desde {since}, {answered}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{comments} comments in %Ln threads since {since}, {answered}</source>
            <translation>
                <numerusform>{comments} comentarios en %Ln hilo desde {since}, {answered}</numerusform>
                <numerusform>{comments} comentarios en %Ln hilos desde {since}, {answered}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>{label} {percent} %</source>
            <translation>{label} {percent} %</translation>
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
            <translation>ninguna aún</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Automatic labels: {labels}</source>
            <translation>Etiquetas automáticas: {labels}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, </source>
            <comment>between label names</comment>
            <translation>, </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your labels: &lt;b&gt;{labels}&lt;/b&gt; (they win) · {automatic}</source>
            <translation>Sus etiquetas: &lt;b&gt;{labels}&lt;/b&gt; (prevalecen) · {automatic}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{labels} · adjusted by your %Ln corrections</source>
            <translation>
                <numerusform>{labels} · ajustadas con %Ln corrección suya</numerusform>
                <numerusform>{labels} · ajustadas con %Ln correcciones suyas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{labels} · adjusted by your 1 correction</source>
            <translation>{labels} · ajustadas con 1 corrección suya</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Show the whole post</source>
            <translation>Mostrar la publicación completa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Our post · {time}</source>
            <translation>Nuestra publicación · {time}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A mention of us, not under one of our posts.</source>
            <translation>Una mención a nuestra cuenta, fuera de nuestras publicaciones.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(us)</source>
            <translation>(nosotros)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>queued, not sent yet</source>
            <translation>en cola, aún sin enviar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not sent: see File → Outbox</source>
            <translation>no enviada: consulte Archivo → Bandeja de salida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>open</source>
            <translation>abrir</translation>
        </message>
    </context>
    <context>
        <name>TokenDialog</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="+134" />
            <source>Add a Facebook Page</source>
            <translation>Añadir una página de Facebook</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add an X account</source>
            <translation>Añadir una cuenta de X</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Page access token</source>
            <translation>Token de acceso de la página</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Access token</source>
            <translation>Token de acceso</translation>
        </message>
        <message>
            <location line="+6" />
            <source>only with an app-only Bearer token</source>
            <translation>solo con un token Bearer de aplicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>@handle</source>
            <translation>@usuario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh token (optional)</source>
            <translation>Token de actualización (opcional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OAuth client id (optional)</source>
            <translation>ID de cliente OAuth (opcional)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
    </context>
    <context>
        <name>WeeklyChart</name>
        <message>
            <location filename="../../gui/budgetbar.py" line="+34" />
            <location line="+8" />
            <source>Coverage per week</source>
            <translation>Cobertura semanal</translation>
        </message>
        <message>
            <location line="-4" />
            <source>{week}: no threads</source>
            <translation>{week}: ningún hilo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{week}: {coverage} of {eligible}</source>
            <translation>{week}: {coverage} de {eligible}</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Coverage per week, last %Ln</source>
            <translation>
                <numerusform>Cobertura semanal (%Ln semana)</numerusform>
                <numerusform>Cobertura semanal (últimas %Ln semanas)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>this week: {coverage} · target {target}</source>
            <translation>esta semana: {coverage} · objetivo {target}</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <location filename="../../gui/welcome.py" line="-86" />
            <source>Parley helps you answer the people who comment on your posts: it ranks what to answer next, keeps your drafts, queues your replies and tells you whether you keep the dialogue you committed to. &lt;b&gt;What you see now is a demo workspace with invented threads&lt;/b&gt;: try anything, nothing is sent.</source>
            <translation>Parley le ayuda a responder a las personas que comentan sus publicaciones: ordena lo que conviene responder a continuación, conserva sus borradores, pone sus respuestas en cola y le indica si mantiene el diálogo al que se comprometió. &lt;b&gt;Lo que ve ahora es un espacio de trabajo de demostración con hilos ficticios&lt;/b&gt;: pruebe lo que quiera, no se envía nada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Parley helps you answer the people who comment on your posts: it ranks what to answer next, keeps your drafts, queues your replies and tells you whether you keep the dialogue you committed to.</source>
            <translation>Parley le ayuda a responder a las personas que comentan sus publicaciones: ordena lo que conviene responder a continuación, conserva sus borradores, pone sus respuestas en cola y le indica si mantiene el diálogo al que se comprometió.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Welcome</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Welcome to Parley</source>
            <translation>Le damos la bienvenida a Parley</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Try the demo</source>
            <translation>Probar la demostración</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Look around the sample workspace; this welcome closes</source>
            <translation>Explore el espacio de trabajo de ejemplo; esta bienvenida se cierra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add an account…</source>
            <translation>Añadir una cuenta…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign in to your Mastodon or Bluesky account</source>
            <translation>Inicie sesión en su cuenta de Mastodon o Bluesky</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import an export…</source>
            <translation>Importar una exportación…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit an account from its X, Mastodon or Facebook data export, or a CSV</source>
            <translation>Audite una cuenta a partir de su exportación de datos de X, Mastodon o Facebook, o de un CSV</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Close the welcome (Help → Welcome shows it again)</source>
            <translation>Cerrar la bienvenida (Ayuda → Bienvenida la vuelve a mostrar)</translation>
        </message>
    </context>
    <context>
        <name>XSyncDialog</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="+16" />
            <source>Sync X: reads are billed</source>
            <translation>Sincronizar X: las lecturas se facturan</translation>
        </message>
        <message>
            <location line="+13" />
            <source>not set</source>
            <translation>sin definir</translation>
        </message>
        <message>
            <location line="+6" />
            <source>no cap</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cost per read</source>
            <translation>Costo por lectura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop after (reads)</source>
            <translation>Detener tras (lecturas)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sync</source>
            <translation>Sincronizar</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../../gui/errors.py" line="+25" />
            <source>the workspace is locked by another program; close other Parley windows and try again</source>
            <translation>otro programa ha bloqueado el espacio de trabajo; cierre las demás ventanas de Parley y vuelva a intentarlo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the disk is full: nothing was written; free some space and try again</source>
            <translation>el disco está lleno: no se escribió nada; libere espacio y vuelva a intentarlo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the workspace is still open in another Parley window or program; close it and try again</source>
            <translation>el espacio de trabajo sigue abierto en otra ventana de Parley o en otro programa; ciérrelo y vuelva a intentarlo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no workspace at {path}</source>
            <translation>no hay ningún espacio de trabajo en {path}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cannot open workspace {path}: {reason}</source>
            <translation>no se puede abrir el espacio de trabajo {path}: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path} is damaged or not a Parley workspace ({reason}); restore a backup or move the file away</source>
            <translation>{path} está dañado o no es un espacio de trabajo de Parley ({reason}); restaure una copia de seguridad o mueva el archivo a otro lugar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} was written by a newer version of Parley (unknown schema steps: {steps}); update Parley to open it. The file was not changed.</source>
            <translation>{path} fue creado por una versión más reciente de Parley (pasos de esquema desconocidos: {steps}); actualice Parley para abrirlo. El archivo no se modificó.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} is an SQLite database but not a Parley workspace</source>
            <translation>{path} es una base de datos SQLite, pero no un espacio de trabajo de Parley</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is not a usable backup: it is damaged ({reason}); choose another backup</source>
            <translation>{name} no es una copia de seguridad utilizable: está dañada ({reason}); elija otra copia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no workspace at {path} to back up</source>
            <translation>no hay ningún espacio de trabajo en {path} del que hacer una copia de seguridad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no backup at {path}</source>
            <translation>no hay ninguna copia de seguridad en {path}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the disk is full: no backup was made in {path}; free some space</source>
            <translation>el disco está lleno: no se hizo ninguna copia de seguridad en {path}; libere espacio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no backup was made in {path}: {reason}</source>
            <translation>no se hizo ninguna copia de seguridad en {path}: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account} was removed</source>
            <translation>{account} se eliminó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{account} was removed; add it again to sync it</source>
            <translation>{account} se eliminó; vuelva a añadirla para sincronizarla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{account}: no saved sign-in; sign in again</source>
            <translation>{account}: no hay credenciales guardadas; vuelva a iniciar sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley cannot sync {platform} accounts</source>
            <translation>Parley no puede sincronizar cuentas de {platform}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign-in cancelled</source>
            <translation>inicio de sesión cancelado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no answer from the browser in time; start the sign-in again</source>
            <translation>el navegador no respondió a tiempo; vuelva a empezar el inicio de sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the server did not sign you in: {reason}</source>
            <translation>el servidor no inició su sesión: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this sign-in expects the code to be pasted</source>
            <translation>este inicio de sesión requiere pegar el código</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the browser's answer does not belong to this sign-in; start again</source>
            <translation>la respuesta del navegador no corresponde a este inicio de sesión; vuelva a empezar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no authorization code given</source>
            <translation>no se indicó ningún código de autorización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{server} let Parley in with the permission “{scope}” but then refused to show your account ({reason}). Parley withdrew that sign-in; sign in again and Parley will ask for broader reading permission.</source>
            <translation>{server} dio acceso a Parley con el permiso “{scope}”, pero después se negó a mostrar su cuenta ({reason}). Parley ha retirado ese inicio de sesión; vuelva a iniciar sesión y Parley pedirá un permiso de lectura más amplio.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>give the Bluesky handle, e.g. alice.bsky.social</source>
            <translation>indique el identificador de Bluesky, por ejemplo, alice.bsky.social</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no app password given</source>
            <translation>no se indicó ninguna contraseña de aplicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this Parley has no Bluesky support</source>
            <translation>esta versión de Parley no admite Bluesky</translation>
        </message>
        <message>
            <location line="+1" />
            <source>another {platform} account already is {handle} on {server}</source>
            <translation>ya hay otra cuenta de {platform} con el identificador {handle} en {server}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no usable keychain was found ({reason}). Parley keeps sign-in tokens only in the system keychain (GNOME Keyring / KWallet on Linux, Keychain on macOS, Credential Locker on Windows) and never in a file. Start or unlock your keychain and try again, or choose to sign in for this session only.</source>
            <translation>no se encontró ningún llavero utilizable ({reason}). Parley guarda los tokens de inicio de sesión únicamente en el llavero del sistema (GNOME Keyring / KWallet en Linux, Llavero en macOS, Almacén de credenciales en Windows) y nunca en un archivo. Inicie o desbloquee su llavero y vuelva a intentarlo, o elija iniciar sesión temporalmente, solo durante esta sesión.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the keychain refused to {action} ({reason}); unlock it and try again, or choose to sign in for this session only</source>
            <translation>el llavero se negó a {action} ({reason}); desbloquéelo y vuelva a intentarlo, o elija iniciar sesión temporalmente, solo durante esta sesión</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the cost per read must be a number of 0 or more, e.g. 0.005</source>
            <translation>el costo por lectura debe ser un número igual o mayor que 0, por ejemplo, 0.005</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the read cap must be a whole number of 1 or more</source>
            <translation>el límite de lecturas debe ser un número entero igual o mayor que 1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{value} is not a currency code like USD or EUR</source>
            <translation>{value} no es un código de moneda como USD o EUR</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{account} is not an X account</source>
            <translation>{account} no es una cuenta de X</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown time zone {name} (use an IANA name such as Europe/Berlin)</source>
            <translation>zona horaria desconocida: {name} (use un nombre IANA como Europe/Berlin)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>business days {text}: write them like Mon-Fri</source>
            <translation>días laborables {text}: escríbalos en la forma Mon-Fri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown weekday {text} (Mon, Tue, ... Sun)</source>
            <translation>día de la semana desconocido: {text} (Mon, Tue, ... Sun)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>time {text}: write it like 09:00</source>
            <translation>hora {text}: escríbala en la forma 09:00</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a saved reply needs a title</source>
            <translation>una respuesta guardada necesita un título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this thread was just joined to the thread of the comment it answers, so the draft was not saved: copy your text, and open that thread to answer there</source>
            <translation>este hilo acaba de unirse al hilo del comentario al que responde, por lo que el borrador no se guardó: copie su texto y abra ese hilo para responder allí</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no thread {thread}</source>
            <translation>no existe el hilo {thread}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the reply is empty</source>
            <translation>la respuesta está vacía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The reply is empty.</source>
            <translation>La respuesta está vacía.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley has just started sending this reply, so it can no longer be changed. To change it, delete it and write a new reply.</source>
            <translation>Parley acaba de empezar a enviar esta respuesta, así que ya no se puede cambiar. Para cambiarla, elimínela y escriba una respuesta nueva.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account} was removed; replies cannot be sent from it</source>
            <translation>{account} se eliminó; ya no se pueden enviar respuestas desde esa cuenta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reply {reply} is {state}; it can no longer be cancelled</source>
            <translation>la respuesta {reply} está en estado {state}; ya no se puede cancelar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reply {reply} is {state}; only a queued reply can be held</source>
            <translation>la respuesta {reply} está en estado {state}; solo se puede retener una respuesta en cola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reply {reply} is {state}, not held</source>
            <translation>la respuesta {reply} está en estado {state}, no retenida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reply {reply} is {state}; only a failed reply can be retried</source>
            <translation>la respuesta {reply} está en estado {state}; solo se puede reintentar una respuesta fallida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reply {reply} may already be on the network; wait for the check</source>
            <translation>puede que la respuesta {reply} ya esté en la red; espere a la comprobación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a reply waiting to be sent can be held; {state}.</source>
            <translation>Solo se puede retener una respuesta en espera de envío; {state}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a held reply can be released; {state}.</source>
            <translation>Solo se puede liberar una respuesta retenida; {state}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a failed reply can be retried; {state}.</source>
            <translation>Solo se puede reintentar una respuesta fallida; {state}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It can no longer be deleted: {state}.</source>
            <translation>Ya no se puede eliminar: {state}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It may already be on the network: wait until Parley has checked.</source>
            <translation>Puede que ya esté en la red: espere a que Parley lo compruebe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley has already tried to send it, so the network may have it as it was. To change it, delete it and write a new reply.</source>
            <translation>Parley ya intentó enviarla, así que puede que la red la tenga tal como estaba. Para cambiarla, elimínela y escriba una respuesta nueva.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It can no longer be changed: {state}.</source>
            <translation>Ya no se puede cambiar: {state}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is waiting to be sent</source>
            <translation>está en espera de envío</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is held</source>
            <translation>está retenida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is being sent right now</source>
            <translation>se está enviando en este momento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it has been sent</source>
            <translation>ya se ha enviado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it failed</source>
            <translation>su envío falló</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley is checking whether it reached the network</source>
            <translation>Parley está comprobando si llegó a la red</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cannot reach {server}: {reason}</source>
            <translation>no se puede conectar con {server}: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cannot reach {server} (offline?)</source>
            <translation>no se puede conectar con {server} (¿sin conexión?)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: the connection dropped before the answer</source>
            <translation>{request}: la conexión se cortó antes de recibir la respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: no answer within {seconds} s</source>
            <translation>{request}: sin respuesta en {seconds} s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rate limited by the server: wait {seconds} s ({reason})</source>
            <translation>el servidor limita la frecuencia de solicitudes: espere {seconds} s ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: server error {status} ({reason})</source>
            <translation>{request}: error del servidor {status} ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: unexpected redirect {status}</source>
            <translation>{request}: redirección inesperada {status}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: the answer is not JSON</source>
            <translation>{request}: la respuesta no es JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: unexpected answer</source>
            <translation>{request}: respuesta inesperada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley only signs in over https:// — “{address}” would send your password in clear. Use https://{server}.</source>
            <translation>Parley solo inicia sesión mediante https:// — “{address}” enviaría su contraseña sin cifrar. Use https://{server}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>your X API plan's usage cap is used up ({reason}); reading and replying resume when the cap renews or after an upgrade in the developer portal</source>
            <translation>se agotó el límite de uso de su plan de la API de X ({reason}); la lectura y las respuestas se reanudarán cuando se renueve el límite o tras mejorar el plan en el portal para desarrolladores</translation>
        </message>
        <message>
            <location line="+2" />
            <source>X refused the request: {reason}</source>
            <translation>X rechazó la solicitud: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X rate limit reached: wait {seconds} s ({reason})</source>
            <translation>se alcanzó el límite de frecuencia de X: espere {seconds} s ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X rate limit of {endpoint} used up: wait {seconds} s</source>
            <translation>se agotó el límite de frecuencia de X para {endpoint}: espere {seconds} s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: no X token is saved</source>
            <translation>vuelva a iniciar sesión: no hay ningún token de X guardado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the saved X token is unreadable</source>
            <translation>vuelva a iniciar sesión: el token de X guardado no se puede leer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: X no longer accepts the token ({reason})</source>
            <translation>vuelva a iniciar sesión: X ya no acepta el token ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: X refused to renew the token (revoked, or the refresh token expired)</source>
            <translation>vuelva a iniciar sesión: X se negó a renovar el token (revocado, o el token de actualización caducó)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the reply counts {used} of X's {limit} characters (links count 23, CJK and emoji 2): shorten it</source>
            <translation>la respuesta ocupa {used} de los {limit} caracteres de X (los enlaces cuentan 23; los caracteres CJK y los emojis, 2): acórtela</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{endpoint}: X's answer is not JSON</source>
            <translation>{endpoint}: la respuesta de X no es JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X's token renewal answer is unreadable</source>
            <translation>la respuesta de X a la renovación del token no se puede leer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X's answer about the account is unreadable ({reason})</source>
            <translation>la respuesta de X sobre la cuenta no se puede leer ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>your X API access cannot read conversations (search of recent posts is not in your plan): Parley still reads your posts and the replies that mention you, but misses replies that do not mention you. To read whole conversations, move your X developer app to a plan that includes search, at https://developer.x.com/en/portal/products</source>
            <translation>su acceso a la API de X no permite leer conversaciones (la búsqueda de publicaciones recientes no está incluida en su plan): Parley sigue leyendo sus publicaciones y las respuestas que le mencionan, pero no ve las respuestas que no le mencionan. Para leer conversaciones completas, cambie su aplicación de desarrollador de X a un plan que incluya la búsqueda, en https://developer.x.com/en/portal/products</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this X token is an app-only Bearer token: it can read but not reply. To reply, sign in again with an OAuth 2.0 user access token (scopes tweet.read users.read tweet.write)</source>
            <translation>este token de X es un token Bearer de aplicación: puede leer, pero no responder. Para responder, vuelva a iniciar sesión con un token de acceso de usuario de OAuth 2.0 (ámbitos tweet.read users.read tweet.write)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cannot reply on X to {target}: not a post on X</source>
            <translation>no se puede responder en X a {target}: no es una publicación de X</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X accepted the reply but its answer is unreadable; it will be checked</source>
            <translation>X aceptó la respuesta, pero no se puede leer lo que devolvió; se comprobará</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no X token was entered</source>
            <translation>no se introdujo ningún token de X</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stopped at the read cap: {reads} billable X reads of the {cap} allowed this sync; the next sync continues from here</source>
            <translation>detenido en el límite de lecturas: {reads} lecturas facturables de X de las {cap} permitidas en esta sincronización; la próxima sincronización continuará desde aquí</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sign in again: Facebook refused the Page access token ({reason})</source>
            <translation>vuelva a iniciar sesión: Facebook rechazó el token de acceso de la página ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facebook throttled Parley ({limit} was reached): wait {minutes} min ({reason})</source>
            <translation>Facebook limitó a Parley (se alcanzó {limit}): espere {minutes} min ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the Page access token lacks a permission Parley needs ({reason}); make a new one with pages_read_engagement and pages_manage_engagement</source>
            <translation>al token de acceso de la página le falta un permiso que Parley necesita ({reason}); cree uno nuevo con pages_read_engagement y pages_manage_engagement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{request}: Facebook reported a temporary problem ({reason})</source>
            <translation>{request}: Facebook informó de un problema temporal ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facebook refused it: {reason}</source>
            <translation>Facebook lo rechazó: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the reply is {count} characters long; Facebook allows {limit}: shorten it</source>
            <translation>la respuesta tiene {count} caracteres; Facebook permite {limit}: acórtela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no Page access token given</source>
            <translation>no se indicó ningún token de acceso de la página</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no Page access token was entered</source>
            <translation>no se introdujo ningún token de acceso de la página</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facebook's usage limit is nearly reached: Parley waits {minutes} min</source>
            <translation>el límite de uso de Facebook casi se ha alcanzado: Parley espera {minutes} min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: Facebook no longer accepts the Page access token ({reason})</source>
            <translation>vuelva a iniciar sesión: Facebook ya no acepta el token de acceso de la página ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GET {path}: Facebook's answer is not JSON</source>
            <translation>GET {path}: la respuesta de Facebook no es JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what}: the answer has no data list</source>
            <translation>{what}: la respuesta no contiene una lista de datos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this is a person's access token, not a Page's: in the Graph API Explorer choose your Page under "User or Page" and copy the token shown then</source>
            <translation>este es el token de acceso de una persona, no de una página: en el Graph API Explorer, elija su página en "User or Page" y copie el token que aparezca entonces</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facebook's answer about the Page is unreadable ({reason})</source>
            <translation>la respuesta de Facebook sobre la página no se puede leer ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facebook accepted the reply but its answer is unreadable; it will be checked</source>
            <translation>Facebook aceptó la respuesta, pero no se puede leer lo que devolvió; se comprobará</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the saved Facebook token is unreadable</source>
            <translation>vuelva a iniciar sesión: el token de Facebook guardado no se puede leer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>give the address of your Mastodon server, e.g. mastodon.social</source>
            <translation>indique la dirección de su servidor de Mastodon, por ejemplo, mastodon.social</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{address} is not the address of a Mastodon server</source>
            <translation>{address} no es la dirección de un servidor de Mastodon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{address}: give only the server address, e.g. https://mastodon.social</source>
            <translation>{address}: indique solo la dirección del servidor, por ejemplo, https://mastodon.social</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{address}: give only the server address, without a path</source>
            <translation>{address}: indique solo la dirección del servidor, sin ruta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the saved Mastodon sign-in is unreadable; sign in again</source>
            <translation>las credenciales de Mastodon guardadas no se pueden leer; vuelva a iniciar sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mastodon rate limit used up: wait {seconds} s</source>
            <translation>se agotó el límite de frecuencia de Mastodon: espere {seconds} s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: {server} no longer accepts Parley's sign-in ({reason})</source>
            <translation>vuelva a iniciar sesión: {server} ya no acepta la sesión de Parley ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: expected a JSON {kind}</source>
            <translation>{request}: se esperaba un {kind} JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the server's account answer is unreadable ({reason})</source>
            <translation>la respuesta del servidor sobre la cuenta no se puede leer ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the thread of {post} is unreadable (no descendants)</source>
            <translation>el hilo de {post} no se puede leer (sin descendientes)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the message to answer is unreadable ({reason})</source>
            <translation>el mensaje al que se responde no se puede leer ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the server accepted the reply but its answer is unreadable</source>
            <translation>el servidor aceptó la respuesta, pero no se puede leer lo que devolvió</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{server} did not register Parley (unreadable answer); is it a Mastodon server?</source>
            <translation>{server} no registró Parley (respuesta ilegible); ¿es un servidor de Mastodon?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{server} gave no access token (unreadable answer)</source>
            <translation>{server} no entregó ningún token de acceso (respuesta ilegible)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the reply is {count} characters long; Bluesky allows {limit}: shorten it</source>
            <translation>la respuesta tiene {count} caracteres; Bluesky permite {limit}: acórtela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the reply is longer than Bluesky's {limit} bytes: shorten it</source>
            <translation>la respuesta supera los {limit} bytes que permite Bluesky: acórtela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the saved Bluesky session is unreadable</source>
            <translation>vuelva a iniciar sesión: la sesión de Bluesky guardada no se puede leer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{address} is not a server address (like {example})</source>
            <translation>{address} no es una dirección de servidor (como {example})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bluesky refused the handle or app password for {handle} (check both; make an app password under Settings → Privacy and security)</source>
            <translation>Bluesky rechazó el identificador o la contraseña de aplicación de {handle} (compruebe ambos; cree una contraseña de aplicación en Ajustes → Privacidad y seguridad)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bluesky refused the sign-in for {handle}: {reason}</source>
            <translation>Bluesky rechazó el inicio de sesión de {handle}: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bluesky's sign-in answer is missing the session</source>
            <translation>a la respuesta de inicio de sesión de Bluesky le falta la sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bluesky rate limit reached: wait {seconds} s</source>
            <translation>se alcanzó el límite de frecuencia de Bluesky: espere {seconds} s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: the answer is JSON nested too deeply to read</source>
            <translation>{request}: la respuesta es un JSON con demasiados niveles de anidamiento para leerlo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the Bluesky session has expired or was revoked</source>
            <translation>vuelva a iniciar sesión: la sesión de Bluesky caducó o fue revocada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bluesky's refreshSession answer is missing the session</source>
            <translation>a la respuesta de refreshSession de Bluesky le falta la sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the refreshed Bluesky session belongs to another account</source>
            <translation>vuelva a iniciar sesión: la sesión de Bluesky renovada pertenece a otra cuenta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the saved Bluesky session is not {handle}'s</source>
            <translation>vuelva a iniciar sesión: la sesión de Bluesky guardada no es de {handle}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cannot reply on Bluesky to {target}: not a Bluesky post</source>
            <translation>no se puede responder en Bluesky a {target}: no es una publicación de Bluesky</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the message this replies to is no longer on Bluesky (deleted or blocked)</source>
            <translation>el mensaje al que responde ya no está en Bluesky (eliminado o bloqueado)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bluesky answered with a server error and could not be asked whether the reply was saved; it will be checked before any retry</source>
            <translation>Bluesky respondió con un error del servidor y no se pudo consultar si la respuesta se guardó; se comprobará antes de cualquier reintento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file}: {where}: expected {expected}, found {found} (nothing was imported)</source>
            <translation>{file}: {where}: se esperaba {expected}, se encontró {found} (no se importó nada)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file}: {where}: expected {expected} (nothing was imported)</source>
            <translation>{file}: {where}: se esperaba {expected} (no se importó nada)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>import cancelled: nothing was imported</source>
            <translation>importación cancelada: no se importó nada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>account {account} is a {platform} account; this export is from {source}</source>
            <translation>la cuenta {account} es una cuenta de {platform}; esta exportación es de {source}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the export does not say whose it is; name the account with --account NAME</source>
            <translation>la exportación no indica a quién pertenece; indique la cuenta con --account NOMBRE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file}: the zip file is damaged ({reason}); nothing was imported</source>
            <translation>{file}: el archivo zip está dañado ({reason}); no se importó nada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file}: cannot be read ({reason}); nothing was imported</source>
            <translation>{file}: no se puede leer ({reason}); no se importó nada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file}: cannot be read ({reason})</source>
            <translation>{file}: no se puede leer ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path}: no such file or folder</source>
            <translation>{path}: no existe ese archivo o carpeta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path}: not a readable zip file ({reason})</source>
            <translation>{path}: no es un archivo zip legible ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path}: give one CSV file</source>
            <translation>{path}: indique un único archivo CSV</translation>
        </message>
    </context>
</TS>