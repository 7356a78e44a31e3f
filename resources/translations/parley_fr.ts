<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>About</name>
        <message>
            <location filename="../../gui/dialogs.py" line="+227" />
            <source>&lt;p&gt;Answer the people who comment on your social media accounts, spend a dialogue
budget where it matters (questions, criticism, regulars, many topics), and know whether you keep it.&lt;/p&gt;
&lt;p&gt;Everything is stored on this computer; tokens only in the system keychain.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Répondez aux personnes qui commentent vos comptes de réseaux sociaux, consacrez votre budget
de dialogue là où il compte (questions, critiques, habitués, diversité des sujets) et sachez si vous le tenez.&lt;/p&gt;
&lt;p&gt;Tout est enregistré sur cet ordinateur ; les jetons, uniquement dans le trousseau du système.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/guide.py" line="+56" />
            <source>&lt;p&gt;Help → User guide walks you through the first hour.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Le menu Aide → Guide d'utilisation vous accompagne pas à pas pendant la première heure.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="+312" />
            <location line="+4" />
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add Mastodon…</source>
            <translation>Ajouter un compte Mastodon…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Bluesky…</source>
            <translation>Ajouter un compte Bluesky…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Facebook Page…</source>
            <translation>Ajouter une page Facebook…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add X…</source>
            <translation>Ajouter un compte X…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sign in again</source>
            <translation>Se reconnecter</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove…</source>
            <translation>Retirer…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{account}  ({network}: {handle})</source>
            <translation>{account}  ({network} : {handle})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account}  ({network}: {handle})  — sign in again</source>
            <translation>{account}  ({network} : {handle})  — reconnexion nécessaire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account}  ({network}: {handle})  — {status}</source>
            <translation>{account}  ({network} : {handle})  — {status}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Remove account</source>
            <translation>Retirer le compte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove {account} from Parley? Its sign-in is deleted from the keychain.

Keep its cached threads readable (for reports), or delete them too?</source>
            <translation>Retirer {account} de Parley ? Sa connexion sera supprimée du trousseau.

Conserver ses conversations enregistrées, qui resteront consultables (pour les rapports), ou les supprimer également ?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove, keep threads</source>
            <translation>Retirer et garder les conversations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove with its threads</source>
            <translation>Retirer avec ses conversations</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No keychain</source>
            <translation>Aucun trousseau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley keeps sign-ins only in your system keychain (GNOME Keyring or KWallet on Linux, Keychain on macOS, Credential Locker on Windows), and none is available on this computer right now.

Parley never writes tokens or passwords to a file. Start or unlock your keychain and try again, or sign in for this session only: you will have to sign in again after quitting.</source>
            <translation>Parley conserve les connexions uniquement dans le trousseau de votre système (GNOME Keyring ou KWallet sous Linux, Trousseau d'accès sous macOS, Gestionnaire d'identification sous Windows), et aucun n'est disponible sur cet ordinateur pour le moment.

Parley n'écrit jamais de jetons ni de mots de passe dans un fichier. Démarrez ou déverrouillez votre trousseau et réessayez, ou connectez-vous pour cette session uniquement : vous devrez vous reconnecter après avoir quitté Parley.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>What Parley found: {why}.</source>
            <translation>Ce que Parley a constaté : {why}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in for this session only</source>
            <translation>Se connecter pour cette session uniquement</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../gui/backupdialog.py" line="+27" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contents</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>written by a newer Parley (update Parley to restore it)</source>
            <translation>créée par une version plus récente de Parley (mettez Parley à jour pour la restaurer)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not a Parley workspace</source>
            <translation>ce n'est pas un espace de travail Parley</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{size} MB</source>
            <translation>{size} Mo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{size} KB</source>
            <translation>{size} Ko</translation>
        </message>
        <message>
            <location line="+10" />
            <source>damaged ({detail})</source>
            <translation>endommagée ({detail})</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Parley backs up your workspace once a day and keeps the last {days} days, then one a week for {weeks} weeks. Backups you make with Back up now are kept as well, as many a day as you make. Restoring a backup keeps your current workspace aside, so nothing is lost.</source>
            <translation>Parley sauvegarde votre espace de travail une fois par jour et conserve les sauvegardes des {days} derniers jours, puis une par semaine pendant {weeks} semaines. Les sauvegardes que vous faites avec « Sauvegarder maintenant » sont également conservées, autant par jour que vous en faites. La restauration d'une sauvegarde met votre espace de travail actuel de côté : rien n'est perdu.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No backups yet: the first one is made a few seconds after Parley starts.</source>
            <translation>Aucune sauvegarde pour l'instant : la première est faite quelques secondes après le démarrage de Parley.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore…</source>
            <translation>Restaurer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the workspace with the selected backup</source>
            <translation>Remplacer l'espace de travail par la sauvegarde sélectionnée</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{date} (by hand)</source>
            <translation>{date} (manuelle)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>cannot be restored: {problem}</source>
            <translation>restauration impossible : {problem}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 account</source>
            <translation>1 compte</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%Ln accounts</source>
            <translation>
                <numerusform>%Ln compte</numerusform>
                <numerusform>%Ln comptes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 thread</source>
            <translation>1 conversation</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%Ln threads</source>
            <translation>
                <numerusform>%Ln conversation</numerusform>
                <numerusform>%Ln conversations</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 message</source>
            <translation>1 message</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%Ln messages</source>
            <translation>
                <numerusform>%Ln message</numerusform>
                <numerusform>%Ln messages</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{accounts}, {threads}, {messages}</source>
            <translation>{accounts}, {threads}, {messages}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Restore this backup?</source>
            <translation>Restaurer cette sauvegarde ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace your workspace with the backup of {date}?</source>
            <translation>Remplacer votre espace de travail par la sauvegarde du {date} ?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup holds {contents}. Your current workspace is kept aside (workspace-before-restore-….sqlite in the same folder), so nothing is lost.</source>
            <translation>La sauvegarde contient {contents}. Votre espace de travail actuel est mis de côté (workspace-before-restore-….sqlite dans le même dossier) : rien n'est perdu.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="../../gui/backups.py" line="+50" />
            <source>The demo workspace has no backups: it is made again when needed.</source>
            <translation>L'espace de travail de démonstration n'a pas de sauvegarde : il est recréé si nécessaire.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Restoring the backup…</source>
            <translation>Restauration de la sauvegarde…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Backup restored. Your previous workspace is kept as {name}.</source>
            <translation>Sauvegarde restaurée. Votre espace de travail précédent est conservé sous le nom {name}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backup restored.</source>
            <translation>Sauvegarde restaurée.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The backup was not restored: {error}</source>
            <translation>La sauvegarde n'a pas été restaurée : {error}</translation>
        </message>
    </context>
    <context>
        <name>BlueskyDialog</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="-293" />
            <source>Add a Bluesky account</source>
            <translation>Ajouter un compte Bluesky</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign in with your handle and an &lt;b&gt;app password&lt;/b&gt; (not your main password). Make one in Bluesky under Settings → Privacy and security → App passwords (&lt;a href='{link}'&gt;open it&lt;/a&gt;). Parley keeps the session in your system keychain, never in its files.</source>
            <translation>Connectez-vous avec votre identifiant et un &lt;b&gt;mot de passe d'application&lt;/b&gt; (pas votre mot de passe principal). Créez-en un dans Bluesky sous Paramètres → Confidentialité et sécurité → Mots de passe d'application (&lt;a href='{link}'&gt;l'ouvrir&lt;/a&gt;). Parley conserve la session dans le trousseau de votre système, jamais dans ses fichiers.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Handle</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <location line="+4" />
            <source>App password</source>
            <translation>Mot de passe d'application</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
    </context>
    <context>
        <name>BudgetBar</name>
        <message>
            <location filename="../../gui/budgetbar.py" line="+140" />
            <source>Dialogue budget</source>
            <translation>Budget de dialogue</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Reports…</source>
            <translation>Rapports…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The audit and the dialogue report for any period (Ctrl+R)</source>
            <translation>L'audit et le rapport de dialogue pour n'importe quelle période (Ctrl+R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the Reports window</source>
            <translation>Ouvrir la fenêtre des rapports</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Budget period {period}</source>
            <translation>Période du budget : {period}</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Coverage &lt;b&gt;{coverage}&lt;/b&gt; of %Ln eligible threads · target {target} · {pending} pending send</source>
            <translation>
                <numerusform>Taux de réponse &lt;b&gt;{coverage}&lt;/b&gt; sur %Ln conversation éligible · objectif {target} · {pending} en attente d'envoi</numerusform>
                <numerusform>Taux de réponse &lt;b&gt;{coverage}&lt;/b&gt; sur %Ln conversations éligibles · objectif {target} · {pending} en attente d'envoi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Coverage &lt;b&gt;{coverage}&lt;/b&gt; of %Ln eligible threads · target {target}</source>
            <translation>
                <numerusform>Taux de réponse &lt;b&gt;{coverage}&lt;/b&gt; sur %Ln conversation éligible · objectif {target}</numerusform>
                <numerusform>Taux de réponse &lt;b&gt;{coverage}&lt;/b&gt; sur %Ln conversations éligibles · objectif {target}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;1&lt;/b&gt; more answered thread needed by {date}</source>
            <translation>Encore &lt;b&gt;1&lt;/b&gt; conversation à laquelle répondre d'ici le {date}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>&lt;b&gt;%Ln&lt;/b&gt; more answered threads needed by {date}</source>
            <translation>
                <numerusform>Encore &lt;b&gt;%Ln&lt;/b&gt; conversation à laquelle répondre d'ici le {date}</numerusform>
                <numerusform>Encore &lt;b&gt;%Ln&lt;/b&gt; conversations auxquelles répondre d'ici le {date}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pace: {pace} (1 reply this week)</source>
            <translation>Rythme : {pace} (1 réponse cette semaine)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pace: {pace} (1 reply this month)</source>
            <translation>Rythme : {pace} (1 réponse ce mois-ci)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Pace: {pace} (%Ln replies this week)</source>
            <translation>
                <numerusform>Rythme : {pace} (%Ln réponse cette semaine)</numerusform>
                <numerusform>Rythme : {pace} (%Ln réponses cette semaine)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Pace: {pace} (%Ln replies this month)</source>
            <translation>
                <numerusform>Rythme : {pace} (%Ln réponse ce mois-ci)</numerusform>
                <numerusform>Rythme : {pace} (%Ln réponses ce mois-ci)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln en retard</numerusform>
                <numerusform>%Ln en retard</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show the overdue questions</source>
            <translation>Afficher les questions en retard</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Questions: {questions} · {answered} answered · {overdue} (&amp;gt; {hours} h)</source>
            <translation>Questions : {questions} · {answered} avec réponse · {overdue} (&amp;gt; {hours} h)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Time: {spent} of {budget} this week</source>
            <translation>Temps : {spent} sur {budget} cette semaine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time: {spent} of {budget} this month</source>
            <translation>Temps : {spent} sur {budget} ce mois-ci</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time: {spent} composing this week</source>
            <translation>Temps : {spent} de rédaction cette semaine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time: {spent} composing this month</source>
            <translation>Temps : {spent} de rédaction ce mois-ci</translation>
        </message>
        <message>
            <location line="+8" />
            <source>on track</source>
            <translation>dans les temps</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1 answered thread behind the target</source>
            <translation>1 conversation de retard sur l'objectif</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln answered threads behind the target</source>
            <translation>
                <numerusform>%Ln conversation de retard sur l'objectif</numerusform>
                <numerusform>%Ln conversations de retard sur l'objectif</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 reply behind the daily pace</source>
            <translation>1 réponse de retard sur le rythme quotidien</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln replies behind the daily pace</source>
            <translation>
                <numerusform>%Ln réponse de retard sur le rythme quotidien</numerusform>
                <numerusform>%Ln réponses de retard sur le rythme quotidien</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BudgetDialog</name>
        <message>
            <location filename="../../gui/dialogs.py" line="-195" />
            <source>Dialogue budget – {scope}</source>
            <translation>Budget de dialogue – {scope}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Decide how much dialogue your accounts commit to, together: this budget also applies to every account that has no budget of its own. Parley tracks it and tells you where to spend it.</source>
            <translation>Définissez le volume de dialogue auquel vos comptes s'engagent, ensemble : ce budget s'applique aussi à chaque compte qui n'a pas de budget propre. Parley en assure le suivi et vous indique où le consacrer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Decide how much dialogue {account} commits to. Parley tracks it and tells you where to spend it.</source>
            <translation>Définissez le volume de dialogue auquel {account} s'engage. Parley en assure le suivi et vous indique où le consacrer.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>week</source>
            <translation>semaine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>month</source>
            <translation>mois</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location line="+3" />
            <source> % of threads</source>
            <translation> % des conversations</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer</source>
            <translation>Répondre à</translation>
        </message>
        <message>
            <location line="+4" />
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer questions within</source>
            <translation>Répondre aux questions sous</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no time budget</source>
            <translation>pas de budget de temps</translation>
        </message>
        <message>
            <location line="+1" />
            <source> min a week</source>
            <translation> min par semaine</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time</source>
            <translation>Temps</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no daily pace</source>
            <translation>pas de rythme quotidien</translation>
        </message>
        <message>
            <location line="+1" />
            <source> replies a day</source>
            <translation> réponses par jour</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pace</source>
            <translation>Rythme</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Time zone and hours</source>
            <translation>Fuseau horaire et heures</translation>
        </message>
    </context>
    <context>
        <name>BusinessHoursFields</name>
        <message>
            <location filename="../../gui/hoursfields.py" line="+29" />
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Count response times in business hours only</source>
            <translation>Compter les délais de réponse en heures ouvrables uniquement</translation>
        </message>
        <message>
            <location line="+17" />
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>à</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message numerus="yes">
            <location filename="../../gui/charts.py" line="+40" />
            <source>{week}: {pct} ({answered} of %Ln eligible)</source>
            <translation>
                <numerusform>{week} : {pct} ({answered} sur %Ln éligible)</numerusform>
                <numerusform>{week} : {pct} ({answered} sur %Ln éligibles)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>{day}: 1 comment, {replies} of our replies</source>
            <translation>{day} : 1 commentaire, {replies} de nos réponses</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>{day}: %Ln comments, {replies} of our replies</source>
            <translation>
                <numerusform>{day} : %Ln commentaire, {replies} de nos réponses</numerusform>
                <numerusform>{day} : %Ln commentaires, {replies} de nos réponses</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>{time}: 1 thread</source>
            <translation>{time} : 1 conversation</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>{time}: %Ln threads</source>
            <translation>
                <numerusform>{time} : %Ln conversation</numerusform>
                <numerusform>{time} : %Ln conversations</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>{day} {hour}:00–{hour}:59: 1 message</source>
            <translation>{day} {hour}:00–{hour}:59 : 1 message</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>{day} {hour}:00–{hour}:59: %Ln messages</source>
            <translation>
                <numerusform>{day} {hour}:00–{hour}:59 : %Ln message</numerusform>
                <numerusform>{day} {hour}:00–{hour}:59 : %Ln messages</numerusform>
            </translation>
        </message>
        <message>
            <location line="+69" />
            <source>Nothing to show in this period</source>
            <translation>Rien à afficher pour cette période</translation>
        </message>
        <message>
            <location line="+12" />
            <source>target {pct}</source>
            <translation>objectif {pct}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>coverage</source>
            <translation>taux de réponse</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{week}: no eligible threads</source>
            <translation>{week} : aucune conversation éligible</translation>
        </message>
        <message>
            <location line="+18" />
            <source>comments</source>
            <translation>commentaires</translation>
        </message>
        <message>
            <location line="+1" />
            <source>our replies</source>
            <translation>nos réponses</translation>
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
            <translation>Aucune première réponse pour cette période</translation>
        </message>
        <message>
            <location line="+137" />
            <source>Time to first reply (business hours where set)</source>
            <translation>Délai de première réponse (en heures ouvrables lorsqu'elles sont définies)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time to first reply</source>
            <translation>Délai de première réponse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Coverage per week against the target</source>
            <translation>Taux de réponse par semaine, par rapport à l'objectif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Comments and our replies per day (UTC)</source>
            <translation>Commentaires et nos réponses par jour (UTC)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When followers write ({zone})</source>
            <translation>Quand les abonnés écrivent ({zone})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When we answer ({zone})</source>
            <translation>Quand nous répondons ({zone})</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <location filename="../../gui/composer.py" line="+79" />
            <location line="+159" />
            <source>No thread selected</source>
            <translation>Aucune conversation sélectionnée</translation>
        </message>
        <message>
            <location line="-147" />
            <source>Answer another</source>
            <translation>Répondre à un autre message</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose which message of the thread this reply answers (and mentions)</source>
            <translation>Choisir à quel message de la conversation cette réponse s'adresse (et qui elle mentionne)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Write a reply…  (r to focus, Ctrl+Enter to queue, Esc back to the list)</source>
            <translation>Rédigez une réponse…  (r pour y accéder, Ctrl+Enter pour la mettre en file d'envoi, Esc pour revenir à la liste)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Characters used</source>
            <translation>Caractères utilisés</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+155" />
            <source>Labels</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location line="-145" />
            <source>Back to automatic labels</source>
            <translation>Revenir aux étiquettes automatiques</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved replies</source>
            <translation>Réponses types</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert a saved reply (Ctrl+Shift+I; Alt+1…9 inserts one directly)</source>
            <translation>Insérer une réponse type (Ctrl+Shift+I ; Alt+1…9 en insère une directement)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dismiss</source>
            <translation>Écarter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss this thread: it no longer counts as eligible (e)</source>
            <translation>Écarter cette conversation : elle ne compte plus comme éligible (e)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Dismiss as abuse</source>
            <translation>Écarter pour injure</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This thread is labelled abuse: dismiss it with the reason “abuse”</source>
            <translation>Cette conversation est étiquetée injure : écartez-la avec le motif « injure »</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Queue reply</source>
            <translation>Mettre en file d'envoi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Put the reply in the outbox (Ctrl+Enter). Works offline: it is sent at the next sync.</source>
            <translation>Placer la réponse dans la file d'envoi (Ctrl+Enter). Fonctionne hors ligne : elle est envoyée à la prochaine synchronisation.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Draft restored</source>
            <translation>Brouillon restauré</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Replying to: {author} “{quote}”</source>
            <translation>En réponse à : {author} « {quote} »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replying to: {author} “{quote}”  ·  offline: queued replies are sent at the next sync</source>
            <translation>En réponse à : {author} « {quote} »  ·  hors ligne : les réponses en file d'envoi partent à la prochaine synchronisation</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{author} “{words}”  (default)</source>
            <translation>{author} « {words} »  (par défaut)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{author} “{words}”</source>
            <translation>{author} « {words} »</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Labels (yours)</source>
            <translation>Étiquettes (les vôtres)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Editing…</source>
            <translation>Modification…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Draft saved</source>
            <translation>Brouillon enregistré</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Draft not saved</source>
            <translation>Brouillon non enregistré</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Draft kept aside</source>
            <translation>Brouillon mis de côté</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>{used} / %Ln characters</source>
            <translation>
                <numerusform>{used} / %Ln caractère</numerusform>
                <numerusform>{used} / %Ln caractères</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{used} / %Ln weighted characters</source>
            <translation>
                <numerusform>{used} / %Ln caractère pondéré</numerusform>
                <numerusform>{used} / %Ln caractères pondérés</numerusform>
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
                <numerusform>%Ln restant</numerusform>
                <numerusform>%Ln restants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln too many</source>
            <translation>
                <numerusform>%Ln en trop</numerusform>
                <numerusform>%Ln en trop</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <source>The reply is empty: nothing was queued.</source>
            <translation>La réponse est vide : rien n'a été mis en file d'envoi.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>The reply is %Ln characters over this network's limit of {limit}: shorten it before queuing.</source>
            <translation>
                <numerusform>La réponse dépasse de %Ln caractère la limite de {limit} de ce réseau : raccourcissez-la avant de la mettre en file d'envoi.</numerusform>
                <numerusform>La réponse dépasse de %Ln caractères la limite de {limit} de ce réseau : raccourcissez-la avant de la mettre en file d'envoi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The reply is %Ln graphemes over this network's limit of {limit}: shorten it before queuing.</source>
            <translation>
                <numerusform>La réponse dépasse de %Ln graphème la limite de {limit} de ce réseau : raccourcissez-la avant de la mettre en file d'envoi.</numerusform>
                <numerusform>La réponse dépasse de %Ln graphèmes la limite de {limit} de ce réseau : raccourcissez-la avant de la mettre en file d'envoi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The reply is %Ln weighted characters over this network's limit of {limit}: shorten it before queuing.</source>
            <translation>
                <numerusform>La réponse dépasse de %Ln caractère pondéré la limite de {limit} de ce réseau : raccourcissez-la avant de la mettre en file d'envoi.</numerusform>
                <numerusform>La réponse dépasse de %Ln caractères pondérés la limite de {limit} de ce réseau : raccourcissez-la avant de la mettre en file d'envoi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>The reply is %Ln {unit} over this network's limit of {limit}: shorten it before queuing.</source>
            <translation>
                <numerusform>La réponse dépasse de %Ln {unit} la limite de {limit} de ce réseau : raccourcissez-la avant de la mettre en file d'envoi.</numerusform>
                <numerusform>La réponse dépasse de %Ln {unit} la limite de {limit} de ce réseau : raccourcissez-la avant de la mettre en file d'envoi.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <source>Queued</source>
            <translation>En file d'envoi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reply queued in the outbox. It is sent at the next sync.</source>
            <translation>Réponse placée dans la file d'envoi. Elle sera envoyée à la prochaine synchronisation.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply queued in the outbox. You are offline: it will be sent when Parley is online and syncs.</source>
            <translation>Réponse placée dans la file d'envoi. Vous êtes hors ligne : elle sera envoyée lorsque Parley sera en ligne et synchronisera.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The reply was not queued: {error}</source>
            <translation>La réponse n'a pas été mise en file d'envoi : {error}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Thread dismissed as {reason}: it no longer counts as eligible.</source>
            <translation>Conversation écartée ({reason}) : elle ne compte plus parmi les conversations éligibles.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No saved replies yet (Edit → Saved replies…)</source>
            <translation>Aucune réponse type pour l'instant (Édition → Réponses types…)</translation>
        </message>
    </context>
    <context>
        <name>CoreTerms</name>
        <message>
            <location filename="../../gui/coreterms.py" line="+28" />
            <source>question</source>
            <translation>question</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+52" />
            <source>criticism</source>
            <translation>critique</translation>
        </message>
        <message>
            <location line="-51" />
            <source>praise</source>
            <translation>éloge</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+24" />
            <source>abuse</source>
            <translation>injure</translation>
        </message>
        <message>
            <location line="-23" />
            <source>other</source>
            <translation>autre</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+9" />
            <source>Criticism</source>
            <translation>Critique</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Praise</source>
            <translation>Éloge</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+22" />
            <source>Abuse</source>
            <translation>Injure</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answer next</source>
            <translation>À traiter en priorité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Awaiting reply</source>
            <translation>En attente de réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Regulars</source>
            <translation>Habitués</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered</source>
            <translation>Avec réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismissed</source>
            <translation>Écartées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue questions</source>
            <translation>Questions en retard</translation>
        </message>
        <message>
            <location line="+3" />
            <source>spam</source>
            <translation>spam</translation>
        </message>
        <message>
            <location line="+2" />
            <source>thanks-only</source>
            <translation>simple remerciement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>off-topic</source>
            <translation>hors sujet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Spam</source>
            <translation>Spam</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thanks-only</source>
            <translation>Simple remerciement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Off-topic</source>
            <translation>Hors sujet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>awaiting</source>
            <translation>en attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>answered</source>
            <translation>avec réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <source>follower wrote again</source>
            <translation>nouveau message de l'abonné</translation>
        </message>
        <message>
            <location line="-14" />
            <source>pending send</source>
            <translation>en attente d'envoi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>answered, another reply pending send</source>
            <translation>avec réponse, autre réponse en attente d'envoi</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Demo</source>
            <translation>Démo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>abusive: dismiss as abuse</source>
            <translation>injurieux : à écarter pour injure</translation>
        </message>
        <message>
            <location line="+2" />
            <source>topic not answered yet this period (ranks 12 h earlier)</source>
            <translation>sujet encore sans réponse sur cette période (avancé de 12 h dans le classement)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>addressed to another commenter</source>
            <translation>adressé à un autre intervenant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question mark</source>
            <translation>point d'interrogation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rhetorical question</source>
            <translation>question rhétorique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>abuse aimed at us</source>
            <translation>injure à notre encontre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no cue and no confident model score</source>
            <translation>aucun indice et aucun score fiable du modèle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>labelled before your latest corrections or labeller update</source>
            <translation>étiqueté avant vos dernières corrections ou la dernière mise à jour de l'étiqueteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no label after your corrections</source>
            <translation>aucune étiquette après vos corrections</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again</source>
            <translation>reconnexion nécessaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>account unavailable</source>
            <translation>compte indisponible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>enter your cost per read to see the price</source>
            <translation>saisissez votre coût par lecture pour voir le prix</translation>
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
            <translation>Parley répond au nom de votre page Facebook avec un jeton d'accès de page doté de deux autorisations :
pages_read_engagement (lire les publications et commentaires de la page) et pages_manage_engagement
(répondre aux commentaires au nom de la page). Pour en obtenir un :
  1. Ouvrez l'Explorateur de l'API Graph, https://developers.facebook.com/tools/explorer/, avec une
     application Meta que vous gérez (créez-en une sur https://developers.facebook.com/apps si besoin).
  2. Sous « Permissions », ajoutez pages_show_list, pages_read_engagement et
     pages_manage_engagement, cliquez sur « Generate Access Token » et accordez-les pour votre page.
  3. Sous « User or Page », choisissez votre page : le jeton affiché est désormais celui de la page. Copiez-le.
  4. Un tel jeton dure environ une heure. Pour un jeton qui n'expire pas, prolongez le jeton utilisateur
     dans le débogueur de jetons d'accès (https://developers.facebook.com/tools/debug/accesstoken/,
     « Extend Access Token »), puis interrogez me/accounts avec celui-ci dans l'Explorateur : les jetons
     de page qu'il liste n'expirent pas.
Le jeton est conservé uniquement dans le trousseau du système, jamais dans les fichiers de Parley.</translation>
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
            <translation>Parley lit et répond sur X avec un jeton de l'API X v2. L'accès à l'API X est payant à l'usage :
chaque publication que Parley lit ou écrit est facturée à votre compte développeur.
  1. Dans le portail développeur de X (https://developer.x.com/en/portal/dashboard), créez un
     projet et une application (App) ; sous « User authentication settings », activez OAuth 2.0
     (type d'application : native app ; URL de rappel : http://127.0.0.1/).
  2. Autorisez l'application pour votre compte avec les portées tweet.read users.read
     tweet.write offline.access (flux OAuth 2.0 par code d'autorisation avec PKCE, par
     exemple avec l'outil en ligne de commande de X : xurl auth oauth2) et copiez le jeton d'accès.
     Avec --client-id, Parley demande aussi le jeton d'actualisation et renouvelle le jeton
     d'accès de lui-même (un jeton utilisateur OAuth 2.0 dure deux heures).
  3. Lecture seule, sans répondre ? Le Bearer Token de l'application (portail, « Keys and tokens »)
     suffit : ajoutez --handle avec le @nom de votre compte.
Lire des conversations entières nécessite une offre qui inclut « search recent posts » ; sans
elle, Parley lit vos publications et les réponses qui vous mentionnent. Le jeton est conservé
uniquement dans le trousseau du système, jamais dans les fichiers de Parley.</translation>
        </message>
        <message numerus="yes">
            <location line="+125" />
            <source>regular (%Ln threads), never answered</source>
            <translation>
                <numerusform>habitué (%Ln conversation), jamais de réponse</numerusform>
                <numerusform>habitué (%Ln conversations), jamais de réponse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>regular (%Ln threads, {answered} answered)</source>
            <translation>
                <numerusform>habitué (%Ln conversation, dont {answered} avec réponse)</numerusform>
                <numerusform>habitué (%Ln conversations, dont {answered} avec réponse)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>waiting {time}</source>
            <translation>en attente depuis {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>opens with “{words}”</source>
            <translation>commence par « {words} »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>asks: “{words}”</source>
            <translation>demande : « {words} »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cue “{words}”</source>
            <translation>indice « {words} »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sarcasm “{words}”</source>
            <translation>sarcasme « {words} »</translation>
        </message>
        <message>
            <location line="+2" />
            <source>rhetorical question “{words}”</source>
            <translation>question rhétorique « {words} »</translation>
        </message>
        <message>
            <location line="+2" />
            <source>model score {score}</source>
            <translation>score du modèle {score}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>learned from your corrections ({percent}%)</source>
            <translation>appris de vos corrections ({percent} %)</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%Ln billable X reads</source>
            <translation>
                <numerusform>%Ln lecture X facturable</numerusform>
                <numerusform>%Ln lectures X facturables</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln billable X reads (≈ {cost} {currency})</source>
            <translation>
                <numerusform>%Ln lecture X facturable (≈ {cost} {currency})</numerusform>
                <numerusform>%Ln lectures X facturables (≈ {cost} {currency})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>cap %Ln reads</source>
            <translation>
                <numerusform>plafond de %Ln lecture</numerusform>
                <numerusform>plafond de %Ln lectures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>stopped at the cap of %Ln reads - what was read is saved, the next sync continues from there</source>
            <translation>
                <numerusform>arrêt au plafond de %Ln lecture – ce qui a été lu est enregistré, la prochaine synchronisation reprendra à partir de là</numerusform>
                <numerusform>arrêt au plafond de %Ln lectures – ce qui a été lu est enregistré, la prochaine synchronisation reprendra à partir de là</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>dismissed: {reason}</source>
            <translation>écartée : {reason}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{account}: offline ({error})</source>
            <translation>{account} : hors ligne ({error})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account}: sign in again (Accounts…)</source>
            <translation>{account} : reconnexion nécessaire (Comptes…)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account}: replies wait ({reason})</source>
            <translation>{account} : réponses en attente ({reason})</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+161" />
            <source>; </source>
            <comment>between the phrases of one explanation</comment>
            <translation> ; </translation>
        </message>
        <message numerus="yes">
            <location line="-145" />
            <source>%Ln min</source>
            <translation>
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln h</source>
            <translation>
                <numerusform>%Ln h</numerusform>
                <numerusform>%Ln h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln d</source>
            <translation>
                <numerusform>%Ln j</numerusform>
                <numerusform>%Ln j</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>question, due in {time}</source>
            <translation>question, échéance dans {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question ({percent} % sure), due in {time}</source>
            <translation>question (certitude {percent} %), échéance dans {time}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>question, overdue by {time}</source>
            <translation>question, en retard de {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>question ({percent} % sure), overdue by {time}</source>
            <translation>question (certitude {percent} %), en retard de {time}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{days} days since the last sync</source>
            <translation>{days} jours depuis la dernière synchronisation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>first sync</source>
            <translation>première synchronisation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the last sync stopped early</source>
            <translation>la dernière synchronisation s'est arrêtée avant la fin</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>about %Ln billable X reads ({since}: posts ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions})</source>
            <translation>
                <numerusform>environ %Ln lecture X facturable ({since} : publications ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions})</numerusform>
                <numerusform>environ %Ln lectures X facturables ({since} : publications ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>about %Ln billable X reads ({since}: posts ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions}) ≈ {cost} {currency} at {rate} {currency} per read</source>
            <translation>
                <numerusform>environ %Ln lecture X facturable ({since} : publications ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions}) ≈ {cost} {currency} à {rate} {currency} par lecture</numerusform>
                <numerusform>environ %Ln lectures X facturables ({since} : publications ~{posts}, {conversations} conversations ~{reads}, mentions ~{mentions}) ≈ {cost} {currency} à {rate} {currency} par lecture</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>{posts} new posts, {messages} new messages, {threads} new threads, {skipped} skipped (cancelled)</source>
            <translation>nouvelles publications : {posts}, nouveaux messages : {messages}, nouvelles conversations : {threads}, ignorés : {skipped} (annulée)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{posts} new posts, {messages} new messages, {threads} new threads, {skipped} skipped</source>
            <translation>nouvelles publications : {posts}, nouveaux messages : {messages}, nouvelles conversations : {threads}, ignorés : {skipped}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{posts} new posts, {messages} new messages, {threads} new threads (cancelled)</source>
            <translation>nouvelles publications : {posts}, nouveaux messages : {messages}, nouvelles conversations : {threads} (annulée)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{posts} new posts, {messages} new messages, {threads} new threads</source>
            <translation>nouvelles publications : {posts}, nouveaux messages : {messages}, nouvelles conversations : {threads}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{sent} sent, {failed} failed, {check} to check, {waiting} waiting (offline) (sign in again)</source>
            <translation>envoyées : {sent}, échecs : {failed}, à vérifier : {check}, en attente : {waiting} (hors ligne) (reconnexion nécessaire)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{sent} sent, {failed} failed, {check} to check, {waiting} waiting (offline)</source>
            <translation>envoyées : {sent}, échecs : {failed}, à vérifier : {check}, en attente : {waiting} (hors ligne)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{sent} sent, {failed} failed, {check} to check, {waiting} waiting (sign in again)</source>
            <translation>envoyées : {sent}, échecs : {failed}, à vérifier : {check}, en attente : {waiting} (reconnexion nécessaire)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{sent} sent, {failed} failed, {check} to check, {waiting} waiting</source>
            <translation>envoyées : {sent}, échecs : {failed}, à vérifier : {check}, en attente : {waiting}</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>%Ln posts</source>
            <translation>
                <numerusform>%Ln publication</numerusform>
                <numerusform>%Ln publications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln our replies</source>
            <translation>
                <numerusform>%Ln réponse de notre part</numerusform>
                <numerusform>%Ln réponses de notre part</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln comments</source>
            <translation>
                <numerusform>%Ln commentaire</numerusform>
                <numerusform>%Ln commentaires</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln retweets skipped</source>
            <translation>
                <numerusform>%Ln retweet ignoré</numerusform>
                <numerusform>%Ln retweets ignorés</numerusform>
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
            <translation>rien</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, {threads} new threads (this export was imported before); it holds no received comments, so coverage stays unknown</source>
            <translation>{file} importé dans {account} : contenu lu : {read} ; nouvelles publications : {posts}, nouveaux messages : {messages}, nouvelles conversations : {threads} (cet export avait déjà été importé) ; il ne contient aucun commentaire reçu, le taux de réponse reste donc inconnu</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, {threads} new threads (this export was imported before)</source>
            <translation>{file} importé dans {account} : contenu lu : {read} ; nouvelles publications : {posts}, nouveaux messages : {messages}, nouvelles conversations : {threads} (cet export avait déjà été importé)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, {threads} new threads; it holds no received comments, so coverage stays unknown</source>
            <translation>{file} importé dans {account} : contenu lu : {read} ; nouvelles publications : {posts}, nouveaux messages : {messages}, nouvelles conversations : {threads} ; il ne contient aucun commentaire reçu, le taux de réponse reste donc inconnu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, {threads} new threads</source>
            <translation>{file} importé dans {account} : contenu lu : {read} ; nouvelles publications : {posts}, nouveaux messages : {messages}, nouvelles conversations : {threads}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Parley may read your account and post replies.</source>
            <translation>Parley peut lire votre compte et publier des réponses.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>read your account</source>
            <translation>lire votre compte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>post replies</source>
            <translation>publier des réponses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>read your account and post replies</source>
            <translation>lire votre compte et publier des réponses</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server did not let Parley {missing} (it granted: {scope}).</source>
            <translation>Le serveur n'a pas autorisé Parley à {missing} (autorisations accordées : {scope}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>read everything your account can see (bookmarks, lists, direct messages, settings)</source>
            <translation>lire tout ce que votre compte peut voir (signets, listes, messages privés, paramètres)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>change anything your account can (profile, follows, deleting posts)</source>
            <translation>modifier tout ce que votre compte peut modifier (profil, abonnements, suppression de publications)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>use {permissions}</source>
            <translation>utiliser {permissions}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Parley may read your account and post replies. This server grants no narrower permission, so Parley may also {permissions}. Parley uses only what it needs: reading posts, replies and mentions, and posting replies.</source>
            <translation>Parley peut lire votre compte et publier des réponses. Ce serveur n'accorde aucune autorisation plus restreinte : Parley peut donc aussi {permissions}. Parley n'utilise que ce dont il a besoin : lire les publications, les réponses et les mentions, et publier des réponses.</translation>
        </message>
    </context>
    <context>
        <name>CoverageGauge</name>
        <message>
            <location filename="../../gui/budgetbar.py" line="-208" />
            <source>Coverage against target</source>
            <translation>Taux de réponse par rapport à l'objectif</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No eligible threads yet this period</source>
            <translation>Aucune conversation éligible sur cette période pour l'instant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coverage {coverage} against a target of {target}</source>
            <translation>Taux de réponse de {coverage} pour un objectif de {target}</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <location filename="../../gui/welcome.py" line="+29" />
            <source>&lt;b&gt;Demo workspace&lt;/b&gt; — sample data. Add an account to use your own.</source>
            <translation>&lt;b&gt;Espace de travail de démonstration&lt;/b&gt; — données d'exemple. Ajoutez un compte pour utiliser les vôtres.</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Demo workspace</source>
            <translation>Espace de travail de démonstration</translation>
        </message>
        <message>
            <location line="+4" />
            <source>DEMO</source>
            <translation>DÉMO</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add an account…</source>
            <translation>Ajouter un compte…</translation>
        </message>
    </context>
    <context>
        <name>EditReplyDialog</name>
        <message>
            <location filename="../../gui/outboxdialog.py" line="+127" />
            <source>Edit the reply</source>
            <translation>Modifier la réponse</translation>
        </message>
        <message>
            <location line="+4" />
            <source>To {recipient}, from {account}</source>
            <translation>À {recipient}, depuis {account}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To the thread, from {account}</source>
            <translation>À la conversation, depuis {account}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reply</source>
            <translation>Réponse</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>{used} / %Ln characters</source>
            <translation>
                <numerusform>{used} / %Ln caractère</numerusform>
                <numerusform>{used} / %Ln caractères</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{used} / %Ln graphemes</source>
            <translation>
                <numerusform>{used} / %Ln graphème</numerusform>
                <numerusform>{used} / %Ln graphèmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{used} / %Ln weighted characters</source>
            <translation>
                <numerusform>{used} / %Ln caractère pondéré</numerusform>
                <numerusform>{used} / %Ln caractères pondérés</numerusform>
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
                <numerusform>{count} – %Ln en trop</numerusform>
                <numerusform>{count} – %Ln en trop</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../gui/errors.py" line="+50" />
            <source>Something went wrong that Parley did not expect:

{error}</source>
            <translation>Parley a rencontré une erreur inattendue :

{error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Details were written to {path}.</source>
            <translation>Les détails ont été enregistrés dans {path}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your data is safe: every change was saved when it was made.</source>
            <translation>Vos données sont en sécurité : chaque modification a été enregistrée au moment où elle a été faite.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley hit a bug</source>
            <translation>Parley a rencontré une anomalie</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <location filename="../../gui/figures.py" line="+53" />
            <source>All accounts</source>
            <translation>Tous les comptes</translation>
        </message>
        <message>
            <location line="+17" />
            <source>all accounts</source>
            <translation>tous les comptes</translation>
        </message>
    </context>
    <context>
        <name>Guide</name>
        <message>
            <location filename="../../gui/guide.py" line="-15" />
            <source># User guide

The guide is missing from this installation of Parley.</source>
            <translation># Guide d'utilisation

Le guide est absent de cette installation de Parley.</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location line="+23" />
            <source>Parley – User guide</source>
            <translation>Parley – Guide d'utilisation</translation>
        </message>
        <message>
            <location line="+6" />
            <source>User guide</source>
            <translation>Guide d'utilisation</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../gui/importdialog.py" line="+22" />
            <source>X (Twitter) archive – zip or folder</source>
            <translation>Archive X (Twitter) – zip ou dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Holds only your own posts and replies: the audit tells how conversational the account is; coverage stays unknown.</source>
            <translation>Ne contient que vos propres publications et réponses : l'audit indique le degré de dialogue du compte ; le taux de réponse reste inconnu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mastodon account archive – zip or folder</source>
            <translation>Archive de compte Mastodon – zip ou dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Holds only your own posts and replies (outbox.json): coverage stays unknown.</source>
            <translation>Ne contient que vos propres publications et réponses (outbox.json) : le taux de réponse reste inconnu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facebook Page download – zip or folder</source>
            <translation>Téléchargement de page Facebook – zip ou dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Holds the Page's comments where Facebook includes them; text is repaired (mojibake).</source>
            <translation>Contient les commentaires de la page lorsque Facebook les inclut ; le texte est réparé (caractères mal encodés).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV of comments (any tool's export)</source>
            <translation>CSV de commentaires (export de n'importe quel outil)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Columns: post id, post time, post text, comment id, parent id, author, comment time, comment text, is_ours (see docs/import-formats.md). Holds both sides: coverage is known.</source>
            <translation>Colonnes (en-têtes en anglais) : post id, post time, post text, comment id, parent id, author, comment time, comment text, is_ours (voir docs/import-formats.md). Contient les deux côtés de l'échange : le taux de réponse est connu.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>other</source>
            <translation>autre</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Import an export</source>
            <translation>Importer un export</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You are looking at the demo. The import goes to your own workspace, and Parley switches to it.</source>
            <translation>Vous consultez la démonstration. L'import se fait dans votre propre espace de travail, et Parley bascule vers celui-ci.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location line="+6" />
            <source>File or folder</source>
            <translation>Fichier ou dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File…</source>
            <translation>Fichier…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Folder…</source>
            <translation>Dossier…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Where</source>
            <translation>Destination</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+23" />
            <source>Name shown in Parley (optional: read from the export when it says)</source>
            <translation>Nom affiché dans Parley (facultatif : lu dans l'export s'il l'indique)</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Name shown in Parley (required)</source>
            <translation>Nom affiché dans Parley (obligatoire)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the export</source>
            <translation>Choisir l'export</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exports (*.zip *.csv *.json *.js);;All (*)</source>
            <translation>Exports (*.zip *.csv *.json *.js);;Tous (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the extracted export</source>
            <translation>Choisir l'export décompressé</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose the export's file or folder.</source>
            <translation>Choisissez le fichier ou le dossier de l'export.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A CSV does not say whose comments it holds: give the account's name.</source>
            <translation>Un CSV n'indique pas à qui appartiennent ses commentaires : indiquez le nom du compte.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/mainwindow.py" line="+69" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Parley – demo workspace</source>
            <translation>Parley – espace de travail de démonstration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>demo workspace: nothing to sync</source>
            <translation>espace de démonstration : rien à synchroniser</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not synced yet</source>
            <translation>pas encore synchronisé</translation>
        </message>
    </context>
    <context>
        <name>MastodonDialog</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="+16" />
            <source>Add a Mastodon account</source>
            <translation>Ajouter un compte Mastodon</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your Mastodon server's address (your ministry's own server, or e.g. mastodon.social). Parley opens your browser so you can approve it there: read and post replies only.</source>
            <translation>L'adresse de votre serveur Mastodon (le serveur de votre ministère, ou par exemple mastodon.social). Parley ouvre votre navigateur pour que vous y donniez votre accord : lecture et publication de réponses uniquement.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>…or paste the code the server shows</source>
            <translation>…ou collez le code affiché par le serveur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use code</source>
            <translation>Utiliser le code</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open the browser</source>
            <translation>Ouvrir le navigateur</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Waiting for your approval in the browser. If it did not open, go to:
{url}</source>
            <translation>En attente de votre accord dans le navigateur. S'il ne s'est pas ouvert, rendez-vous à l'adresse :
{url}</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../gui/menus.py" line="+39" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sync now</source>
            <translation>&amp;Synchroniser maintenant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fetch new comments and send queued replies</source>
            <translation>Récupérer les nouveaux commentaires et envoyer les réponses en file d'envoi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync &amp;automatically</source>
            <translation>Synchroniser &amp;automatiquement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Accounts…</source>
            <translation>&amp;Comptes…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add, sign in again or remove accounts</source>
            <translation>Ajouter, reconnecter ou retirer des comptes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Outbox…</source>
            <translation>&amp;File d'envoi…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Queued replies and their state</source>
            <translation>Réponses en file d'envoi et leur état</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Backups…</source>
            <translation>Sau&amp;vegardes…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily backups of the workspace; restore one</source>
            <translation>Sauvegardes quotidiennes de l'espace de travail ; en restaurer une</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import an export…</source>
            <translation>&amp;Importer un export…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit an account from its platform data export (no account needed)</source>
            <translation>Auditer un compte à partir de l'export de données de sa plateforme (aucun compte nécessaire)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Budget settings…</source>
            <translation>Paramètres du &amp;budget…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved &amp;replies…</source>
            <translation>&amp;Réponses types…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Next thread</source>
            <translation>Conversation &amp;suivante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous thread</source>
            <translation>Conversation &amp;précédente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Search</source>
            <translation>Re&amp;chercher</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to the &amp;list</source>
            <translation>Retour à la &amp;liste</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reports…</source>
            <translation>&amp;Rapports…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The audit and the dialogue report for any accounts and period; export to PDF and CSV</source>
            <translation>L'audit et le rapport de dialogue pour les comptes et la période de votre choix ; export en PDF et en CSV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Language</source>
            <translation>Lan&amp;gue</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Thread</source>
            <translation>&amp;Conversation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reply</source>
            <translation>&amp;Répondre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Queue reply</source>
            <translation>&amp;Mettre en file d'envoi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Insert saved reply…</source>
            <translation>&amp;Insérer une réponse type…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dismiss…</source>
            <translation>É&amp;carter…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Res&amp;tore (undo dismiss)</source>
            <translation>Ré&amp;tablir (annuler la mise à l'écart)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Welcome</source>
            <translation>&amp;Bienvenue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try the demo, add an account or import an export</source>
            <translation>Essayer la démonstration, ajouter un compte ou importer un export</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User guide</source>
            <translation>&amp;Guide d'utilisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first hour with Parley, step by step (offline)</source>
            <translation>La première heure avec Parley, pas à pas (hors ligne)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Parley</source>
            <translation>À &amp;propos de Parley</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About Parley</source>
            <translation>À propos de Parley</translation>
        </message>
        <message>
            <location line="+17" />
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley will be in {language} the next time it starts.</source>
            <translation>Parley sera en {language} au prochain démarrage.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restart Parley now to see it in {language}?</source>
            <translation>Redémarrer Parley maintenant pour l'afficher en {language} ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restart now</source>
            <translation>&amp;Redémarrer maintenant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Later</source>
            <translation>&amp;Plus tard</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../gui/messagebar.py" line="+32" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Dismiss this message</source>
            <translation>Fermer ce message</translation>
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
            <translation>{hours} h</translation>
        </message>
        <message>
            <location line="-34" />
            <source>{points} pt</source>
            <translation>{points} pt</translation>
        </message>
        <message>
            <location line="+20" />
            <source>= {zero}</source>
            <translation>= {zero}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
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
            <translation>{date} à {time}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>week of {date}</source>
            <translation>semaine du {date}</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <location filename="../../gui/ops.py" line="+264" />
            <source>Importing {file}</source>
            <translation>Import de {file}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Syncing</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sending</source>
            <translation>Envoi</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Signing in to Bluesky</source>
            <translation>Connexion à Bluesky</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Signing in to Facebook</source>
            <translation>Connexion à Facebook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signing in to X</source>
            <translation>Connexion à X</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Registering Parley with the server</source>
            <translation>Enregistrement de Parley auprès du serveur</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Waiting for approval in the browser</source>
            <translation>En attente de votre accord dans le navigateur</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Signing in to Mastodon</source>
            <translation>Connexion à Mastodon</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Removing the account</source>
            <translation>Retrait du compte</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+7" />
            <source>Backing up</source>
            <translation>Sauvegarde en cours</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Labelling comments</source>
            <translation>Étiquetage des commentaires</translation>
        </message>
    </context>
    <context>
        <name>OutboxDialog</name>
        <message>
            <location filename="../../gui/outboxdialog.py" line="-137" />
            <source>waiting to be sent</source>
            <translation>en attente d'envoi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>held (not sent until released)</source>
            <translation>suspendue (non envoyée tant qu'elle n'est pas libérée)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sending…</source>
            <translation>envoi en cours…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>sent</source>
            <translation>envoyée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <location line="+1" />
            <source>checking whether it arrived</source>
            <translation>vérification de sa bonne réception</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Queued</source>
            <translation>Ajoutée le</translation>
        </message>
        <message>
            <location line="+0" />
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reply</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attempts</source>
            <translation>Tentatives</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hold</source>
            <translation>Suspendre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Release</source>
            <translation>Libérer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change the reply's text before it is sent</source>
            <translation>Modifier le texte de la réponse avant son envoi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the reply from being sent until you release it</source>
            <translation>Empêcher l'envoi de la réponse jusqu'à ce que vous la libériez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Let a held reply be sent</source>
            <translation>Autoriser l'envoi d'une réponse suspendue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send a failed reply again, exactly as it was</source>
            <translation>Renvoyer une réponse en échec, exactement telle qu'elle était</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the reply: it is not sent, and its thread awaits a reply again</source>
            <translation>Supprimer la réponse : elle n'est pas envoyée, et sa conversation attend de nouveau une réponse</translation>
        </message>
        <message>
            <location line="+5" />
            <source>it is waiting to be sent</source>
            <translation>elle attend d'être envoyée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is held</source>
            <translation>elle est suspendue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is being sent right now</source>
            <translation>elle est en cours d'envoi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it has been sent</source>
            <translation>elle a été envoyée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it failed</source>
            <translation>son envoi a échoué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley is checking whether it reached the network</source>
            <translation>Parley vérifie si elle est bien parvenue au réseau</translation>
        </message>
        <message>
            <location line="+21" />
            <source>waiting: sign in to {account} again</source>
            <translation>en attente : reconnectez-vous à {account}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>waiting: its account was removed</source>
            <translation>en attente : son compte a été retiré</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only a reply waiting to be sent can be held; {state}.</source>
            <translation>Seule une réponse en attente d'envoi peut être suspendue ; {state}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only a held reply can be released; {state}.</source>
            <translation>Seule une réponse suspendue peut être libérée ; {state}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only a failed reply can be retried; {state}.</source>
            <translation>Seule une réponse en échec peut être renvoyée ; {state}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>It may already be on the network: wait until Parley has checked.</source>
            <translation>Elle est peut-être déjà publiée sur le réseau : attendez que Parley ait vérifié.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It can no longer be deleted: {state}.</source>
            <translation>Elle ne peut plus être supprimée : {state}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Parley has already tried to send it, so the network may have it as it was. To change it, delete it and write a new reply.</source>
            <translation>Parley a déjà tenté de l'envoyer : le réseau l'a donc peut-être reçue telle quelle. Pour la modifier, supprimez-la et rédigez une nouvelle réponse.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It can no longer be changed: {state}.</source>
            <translation>Elle ne peut plus être modifiée : {state}.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Outbox</source>
            <translation>File d'envoi</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Send now</source>
            <translation>Envoyer maintenant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send every reply that is waiting, now</source>
            <translation>Envoyer maintenant toutes les réponses en attente</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Parley has tried to send it</source>
            <translation>Parley a tenté de l'envoyer</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Select a reply first.</source>
            <translation>Sélectionnez d'abord une réponse.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Parley does not try to send the replies of {account} until you sign in to it again (File → Accounts…).</source>
            <translation>Parley ne tente pas d'envoyer les réponses de {account} tant que vous ne vous y êtes pas reconnecté (Fichier → Comptes…).</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Delete your reply to {recipient}?</source>
            <translation>Supprimer votre réponse à {recipient} ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete your reply to this thread?</source>
            <translation>Supprimer votre réponse à cette conversation ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this reply?</source>
            <translation>Supprimer cette réponse ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{words}”

It will not be sent, and the thread awaits a reply again. This cannot be undone.</source>
            <translation>« {words} »

Elle ne sera pas envoyée, et la conversation attendra de nouveau une réponse. Cette action est irréversible.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete reply</source>
            <translation>Supprimer la réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep it</source>
            <translation>La conserver</translation>
        </message>
        <message>
            <location line="+16" />
            <source>This reply cannot be edited. {why}</source>
            <translation>Cette réponse ne peut pas être modifiée. {why}</translation>
        </message>
    </context>
    <context>
        <name>ProgressText</name>
        <message>
            <location filename="../../gui/tasks.py" line="+463" />
            <source>labelling comments</source>
            <translation>étiquetage des commentaires</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sending queued replies</source>
            <translation>envoi des réponses en file d'envoi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>nothing yet</source>
            <translation>rien pour l'instant</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{account}: 1 post fetched</source>
            <translation>{account} : 1 publication récupérée</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>{account}: %Ln posts fetched</source>
            <translation>
                <numerusform>{account} : %Ln publication récupérée</numerusform>
                <numerusform>{account} : %Ln publications récupérées</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>{account}: thread {n} of {total}</source>
            <translation>{account} : conversation {n} sur {total}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{account}: mentions</source>
            <translation>{account} : mentions</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{account}: fetching posts</source>
            <translation>{account} : récupération des publications</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{account}: fetching mentions</source>
            <translation>{account} : récupération des mentions</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{account}: {summary}</source>
            <translation>{account} : {summary}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>rate limited by the server: waiting {seconds} s</source>
            <translation>limite de requêtes atteinte sur le serveur : attente de {seconds} s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{error}; retrying in {seconds} s</source>
            <translation>{error} ; nouvel essai dans {seconds} s</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message numerus="yes">
            <location filename="../../gui/reportpdf.py" line="+48" />
            <source>%Ln rows: the numbers are in {file}.</source>
            <translation>
                <numerusform>%Ln ligne : les chiffres figurent dans {file}.</numerusform>
                <numerusform>%Ln lignes : les chiffres figurent dans {file}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+47" />
            <source>&lt;h1&gt;Dialogue report&lt;/h1&gt;&lt;h2&gt;{accounts}&lt;/h2&gt;</source>
            <translation>&lt;h1&gt;Rapport de dialogue&lt;/h1&gt;&lt;h2&gt;{accounts}&lt;/h2&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;Period:&lt;/b&gt; {period} ({first} to {last}, UTC) · compared with {previous}</source>
            <translation>&lt;b&gt;Période :&lt;/b&gt; {period} (du {first} au {last}, UTC) · comparée à {previous}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;Accounts:&lt;/b&gt; {accounts}</source>
            <translation>&lt;b&gt;Comptes :&lt;/b&gt; {accounts}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;Posts / comments / comments per post / posts over 100 comments / our replies / coverage:&lt;/b&gt; {figures}</source>
            <translation>&lt;b&gt;Publications / commentaires / commentaires par publication / publications de plus de 100 commentaires / nos réponses / taux de réponse :&lt;/b&gt; {figures}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Target:&lt;/b&gt; {target} of eligible threads answered; questions within {hours} h.</source>
            <translation>&lt;b&gt;Objectif :&lt;/b&gt; {target} des conversations éligibles avec réponse ; questions sous {hours} h.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Made by Parley on {moment} UTC. The definitions of every figure are in the appendix.</source>
            <translation>Établi par Parley le {moment} UTC. Les définitions de chaque indicateur figurent en annexe.</translation>
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
            <translation>L'audit</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Response times</source>
            <translation>Délais de réponse</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Topics and whom we answered</source>
            <translation>Sujets et personnes à qui nous avons répondu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Appendix: definitions</source>
            <translation>Annexe : définitions</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{title} · page {page} of {pages}</source>
            <translation>{title} · page {page} sur {pages}</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../gui/reportwords.py" line="+25" />
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+37" />
            <location line="+7" />
            <source>Threads</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <location line="-43" />
            <source>Coverage against the target</source>
            <translation>Taux de réponse par rapport à l'objectif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Response times</source>
            <translation>Délais de réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Business hours and time zones</source>
            <translation>Heures ouvrables et fuseaux horaires</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coverage per week</source>
            <translation>Taux de réponse par semaine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comments and our replies per day</source>
            <translation>Commentaires et nos réponses par jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First-response times</source>
            <translation>Délais de première réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics of our posts</source>
            <translation>Sujets de nos publications</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How conversational</source>
            <translation>Degré de dialogue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hashtags in what we published</source>
            <translation>Hashtags de nos contenus publiés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whom we answered</source>
            <translation>À qui nous avons répondu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When followers write ({zone})</source>
            <translation>Quand les abonnés écrivent ({zone})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When we answer ({zone})</source>
            <translation>Quand nous répondons ({zone})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Figure</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This period</source>
            <translation>Cette période</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation>Évolution</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+27" />
            <location line="+29" />
            <source>Answered</source>
            <translation>Avec réponse</translation>
        </message>
        <message>
            <location line="-55" />
            <source>First: median</source>
            <translation>Première : médiane</translation>
        </message>
        <message>
            <location line="+0" />
            <source>First: 90th pct</source>
            <translation>Première : 90e centile</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next: median</source>
            <translation>Suivante : médiane</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next: 90th pct</source>
            <translation>Suivante : 90e centile</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Met</source>
            <translation>Respecté</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Missed</source>
            <translation>Dépassé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pending</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First: median (wall clock)</source>
            <translation>Première : médiane (temps calendaire)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First: 90th pct (wall clock)</source>
            <translation>Première : 90e centile (temps calendaire)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next: median (wall clock)</source>
            <translation>Suivante : médiane (temps calendaire)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+18" />
            <location line="+28" />
            <source>Eligible</source>
            <translation>Éligibles</translation>
        </message>
        <message>
            <location line="-45" />
            <source>Coverage</source>
            <translation>Taux de réponse</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+19" />
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+10" />
            <location line="+35" />
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+11" />
            <location line="+34" />
            <source>Our replies</source>
            <translation>Nos réponses</translation>
        </message>
        <message>
            <location line="-45" />
            <location line="+46" />
            <source>Time to first reply</source>
            <translation>Délai de première réponse</translation>
        </message>
        <message>
            <location line="-45" />
            <source>Weekday</source>
            <translation>Jour de la semaine</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Topic</source>
            <translation>Sujet</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source>Posts</source>
            <translation>Publications</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Our messages</source>
            <translation>Nos messages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hashtag</source>
            <translation>Hashtag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replies</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Handle</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Comments per post</source>
            <translation>Commentaires par publication</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Posts over 100 comments</source>
            <translation>Publications de plus de 100 commentaires</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+34" />
            <source>Reply coverage</source>
            <translation>Taux de réponse</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Eligible threads</source>
            <translation>Conversations éligibles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered threads</source>
            <translation>Conversations avec réponse</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Published (posts + replies)</source>
            <translation>Contenus publiés (publications + réponses)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+34" />
            <source>Replies among published</source>
            <translation>Part des réponses dans les contenus publiés</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Pending send (not counted)</source>
            <translation>En attente d'envoi (non comptées)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Awaiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions answered</source>
            <translation>Questions avec réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criticism addressed</source>
            <translation>Critiques traitées</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Our posts</source>
            <translation>Nos publications</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All threads</source>
            <translation>Toutes les conversations</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criticism</source>
            <translation>Critiques</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unknown</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(unknown)</source>
            <translation>(inconnu)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(no recurring words)</source>
            <translation>(aucun mot récurrent)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt; 1 h</source>
            <translation>&lt; 1 h</translation>
        </message>
        <message>
            <location line="+0" />
            <source>1–4 h</source>
            <translation>1–4 h</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4–12 h</source>
            <translation>4–12 h</translation>
        </message>
        <message>
            <location line="+0" />
            <source>12–24 h</source>
            <translation>12–24 h</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1–2 d</source>
            <translation>1–2 j</translation>
        </message>
        <message>
            <location line="+0" />
            <source>2–7 d</source>
            <translation>2–7 j</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&gt; 7 d</source>
            <translation>&gt; 7 j</translation>
        </message>
        <message>
            <location line="+4" />
            <source>spam</source>
            <translation>spam</translation>
        </message>
        <message>
            <location line="+0" />
            <source>abuse</source>
            <translation>injure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>thanks-only</source>
            <translation>simple remerciement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>off-topic</source>
            <translation>hors sujet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No threads in this period</source>
            <translation>Aucune conversation sur cette période</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All accounts</source>
            <translation>Tous les comptes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>each account's own time zone</source>
            <translation>le fuseau horaire propre à chaque compte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wall-clock hours (no business hours set).</source>
            <translation>Temps calendaire (aucune heure ouvrable définie).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Thread</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Time to next reply</source>
            <translation>Délai de réponse suivante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Percentiles</source>
            <translation>Centiles</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deadline state</source>
            <translation>Respect du délai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Business hours</source>
            <translation>Heures ouvrables</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>Sujets</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Periods</source>
            <translation>Périodes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A follower's top-level comment on one of our posts, or a follower's mention of us that is not a reply inside an existing thread, together with every message under it.</source>
            <translation>Le commentaire de premier niveau d'un abonné sous l'une de nos publications, ou une mention de nous par un abonné qui n'est pas une réponse au sein d'une conversation existante, avec tous les messages qui suivent.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A thread not dismissed (spam, abuse, thanks-only, off-topic: you choose the reason).</source>
            <translation>Une conversation non écartée (spam, injure, simple remerciement, hors sujet : vous choisissez le motif).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>We wrote at least one message in the thread after the follower's first message, and it is on the network. A thread whose only reply still waits in the outbox is pending send and not counted.</source>
            <translation>Nous avons écrit au moins un message dans la conversation après le premier message de l'abonné, et il est publié sur le réseau. Une conversation dont la seule réponse attend encore dans la file d'envoi est en attente d'envoi et n'est pas comptée.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every follower message under our posts published in the period (top-level comments and replies to them). Comments per post and the share of posts over 100 comments are over those posts.</source>
            <translation>Tous les messages d'abonnés sous nos publications parues pendant la période (commentaires de premier niveau et réponses à ceux-ci). Les commentaires par publication et la part des publications de plus de 100 commentaires portent sur ces publications.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Our messages (not posts) written in the period and on the network.</source>
            <translation>Nos messages (hors publications) écrits pendant la période et publiés sur le réseau.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered eligible threads opened in the period ÷ eligible threads opened in the period; also per label (questions answered, criticism addressed).</source>
            <translation>Conversations éligibles avec réponse ouvertes pendant la période ÷ conversations éligibles ouvertes pendant la période ; également par étiquette (questions avec réponse, critiques traitées).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From the thread's first follower message to our first message in it.</source>
            <translation>Du premier message de l'abonné dans la conversation jusqu'à notre premier message dans celle-ci.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From a follower's message that comes after one of ours to our next message.</source>
            <translation>D'un message d'abonné qui suit l'un des nôtres jusqu'à notre message suivant.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Median and 90th percentile by the nearest-rank method.</source>
            <translation>Médiane et 90e centile selon la méthode du rang le plus proche.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Under the budget's response-time target: pending (no reply yet, deadline ahead), met, missed (answered late, or still unanswered after the deadline).</source>
            <translation>Par rapport à l'objectif de délai de réponse du budget : en cours (pas encore de réponse, échéance à venir), respecté, dépassé (réponse tardive, ou toujours sans réponse après l'échéance).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When an account has business hours, its response clocks count only time within them, in its time zone (daylight saving time included); wall-clock figures are shown beside.</source>
            <translation>Lorsqu'un compte a des heures ouvrables, ses délais de réponse ne comptent que le temps compris dans ces heures, dans son fuseau horaire (heure d'été comprise) ; les valeurs en temps calendaire sont affichées à côté.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Our replies ÷ (our posts + our replies) in the period: how conversational the account is (the Twiplomacy measure).</source>
            <translation>Nos réponses ÷ (nos publications + nos réponses) sur la période : le degré de dialogue du compte (l'indicateur de Twiplomacy).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A post's hashtags, else its distinctive words: those that recur across the period's posts but are the rarest among its own.</source>
            <translation>Les hashtags d'une publication, sinon ses mots distinctifs : ceux qui reviennent dans les publications de la période tout en étant les plus rares parmi les siens.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>UTC calendar weeks (ISO), months, quarters and years, or custom dates; the change is against the previous period of the same length.</source>
            <translation>Semaines calendaires UTC (ISO), mois, trimestres et années, ou dates personnalisées ; l'évolution est calculée par rapport à la période précédente de même durée.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>week {week} of {year} ({first} – {last})</source>
            <translation>semaine {week} de {year} ({first} – {last})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Q{quarter} {year} ({first} – {last})</source>
            <translation>T{quarter} {year} ({first} – {last})</translation>
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
            <translation>Rapport de dialogue – {accounts} – {period}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{zone}, no business hours</source>
            <translation>{zone}, sans heures ouvrables</translation>
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
            <translation>Période précédente ({period})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Within {hours} h</source>
            <translation>Sous {hours} h</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Business hours count where set: {hours}</source>
            <translation>Heures ouvrables prises en compte lorsqu'elles sont définies : {hours}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Dismissed: {reason}</source>
            <translation>Écartées : {reason}</translation>
        </message>
    </context>
    <context>
        <name>ReportsWindow</name>
        <message>
            <location filename="../../gui/reportspage.py" line="+46" />
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quarter</source>
            <translation>Trimestre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom dates</source>
            <translation>Dates personnalisées</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Reports – Parley</source>
            <translation>Rapports – Parley</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Accounts in the report</source>
            <translation>Comptes inclus dans le rapport</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The previous period (Alt+Left)</source>
            <translation>La période précédente (Alt+Left)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The next period (Alt+Right)</source>
            <translation>La période suivante (Alt+Right)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export PNG…</source>
            <translation>Exporter en PNG…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+89" />
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Choose at least one account.</source>
            <translation>Choisissez au moins un compte.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The report could not be computed: {error}</source>
            <translation>Le rapport n'a pas pu être calculé : {error}</translation>
        </message>
        <message>
            <location line="+40" />
            <source>&lt;b&gt;{title}&lt;/b&gt; – the chart's numbers</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; – les chiffres du graphique</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The audit</source>
            <translation>L'audit</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Response times</source>
            <translation>Délais de réponse</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Research: how conversational, and on which topics</source>
            <translation>Analyse : degré de dialogue et sujets abordés</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{title} · computed in {ms} ms</source>
            <translation>{title} · calculé en {ms} ms</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export the report as PDF</source>
            <translation>Exporter le rapport en PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export the tables as CSV files into a folder</source>
            <translation>Exporter les tableaux en fichiers CSV dans un dossier</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export the charts as PNG files into a folder</source>
            <translation>Exporter les graphiques en fichiers PNG dans un dossier</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Exporting {format}…</source>
            <translation>Export {format} en cours…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported to {where}</source>
            <translation>Exporté dans {where}</translation>
        </message>
    </context>
    <context>
        <name>SavedRepliesDialog</name>
        <message>
            <location filename="../../gui/dialogs.py" line="+26" />
            <location line="+5" />
            <source>Saved replies</source>
            <translation>Réponses types</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dear {name}, thank you for your question…</source>
            <comment>keep {name}: a variable the user types</comment>
            <translation>Bonjour {name}, nous vous remercions de votre question…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Variables: {name} (the follower's name), {handle} (@handle), {account} (this account)</source>
            <comment>keep {name}, {handle} and {account}: variables the user types</comment>
            <translation>Variables : {name} (le nom de l'abonné), {handle} (@identifiant), {account} (ce compte)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>New reply</source>
            <translation>Nouvelle réponse</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Every saved reply needs a title.</source>
            <translation>Chaque réponse type doit avoir un titre.</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../../gui/search.py" line="+75" />
            <source>No messages match “{search}” in this view</source>
            <translation>Aucun message ne correspond à « {search} » dans cette vue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No messages match “{search}”</source>
            <translation>Aucun message ne correspond à « {search} »</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../gui/dialogs.py" line="+7" />
            <source>next / previous thread</source>
            <translation>conversation suivante / précédente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>write a reply (focus the composer)</source>
            <translation>rédiger une réponse (aller à la zone de rédaction)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>queue the reply</source>
            <translation>mettre la réponse en file d'envoi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dismiss the thread (choose a reason)</source>
            <translation>écarter la conversation (choisir un motif)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>search all messages</source>
            <translation>rechercher dans tous les messages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>smart views: Answer next … All, Overdue questions</source>
            <translation>vues intelligentes : À traiter en priorité … Toutes, Questions en retard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>back to the thread list</source>
            <translation>retour à la liste des conversations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>insert a saved reply</source>
            <translation>insérer une réponse type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sync now</source>
            <translation>synchroniser maintenant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reports: the audit and the dialogue report</source>
            <translation>rapports : l'audit et le rapport de dialogue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>quit</source>
            <translation>quitter</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../../gui/sidebar.py" line="+31" />
            <source>Sign in again</source>
            <translation>Reconnexion nécessaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Search all messages  ( / )</source>
            <translation>Rechercher dans tous les messages  ( / )</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Search results</source>
            <translation>Résultats de recherche</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This view only</source>
            <translation>Cette vue uniquement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search only the threads of the view selected below</source>
            <translation>Ne rechercher que dans les conversations de la vue sélectionnée ci-dessous</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+6" />
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Views</source>
            <translation>Vues</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Smart views</source>
            <translation>Vues intelligentes</translation>
        </message>
        <message>
            <location line="+12" />
            <source>All accounts</source>
            <translation>Tous les comptes</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{account}
{network}: {handle}</source>
            <translation>{account}
{network} : {handle}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sign-in has expired: File → Accounts… to sign in again.</source>
            <translation>La connexion a expiré : Fichier → Comptes… pour vous reconnecter.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{account}, {status}</source>
            <translation>{account}, {status}</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Searching…</source>
            <translation>Recherche en cours…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 thread matches</source>
            <translation>1 conversation correspondante</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln threads match</source>
            <translation>
                <numerusform>%Ln conversation correspondante</numerusform>
                <numerusform>%Ln conversations correspondantes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../gui/signin.py" line="+49" />
            <source>Parley could not reach “{address}”. Check the server's address, e.g. {example}.</source>
            <translation>Parley n'a pas pu joindre « {address} ». Vérifiez l'adresse du serveur, par exemple {example}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Parley could not reach the {network} server. Check the server's address, e.g. {example}.</source>
            <translation>Parley n'a pas pu joindre le serveur {network}. Vérifiez l'adresse du serveur, par exemple {example}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Parley could not reach {network}. Check that this computer is online, then try again.</source>
            <translation>Parley n'a pas pu joindre {network}. Vérifiez que cet ordinateur est connecté à Internet, puis réessayez.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Bluesky did not accept this handle and app password. Check both; use an app password (Bluesky: Settings → Privacy and security → App passwords), not your main password.</source>
            <translation>Bluesky n'a pas accepté cet identifiant et ce mot de passe d'application. Vérifiez-les tous les deux ; utilisez un mot de passe d'application (Bluesky : Paramètres → Confidentialité et sécurité → Mots de passe d'application), et non votre mot de passe principal.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{network} did not accept this token. Check that you copied all of it, then try again.</source>
            <translation>{network} n'a pas accepté ce jeton. Vérifiez que vous l'avez copié en entier, puis réessayez.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{network} did not sign you in ({error}). Try again.</source>
            <translation>{network} ne vous a pas connecté ({error}). Réessayez.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{network} asks Parley to wait a moment. Try again in a minute.</source>
            <translation>{network} demande à Parley de patienter un instant. Réessayez dans une minute.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server at “{address}” did not answer properly. Try again in a few minutes.</source>
            <translation>Le serveur « {address} » n'a pas répondu correctement. Réessayez dans quelques minutes.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server at the {network} server did not answer properly. Try again in a few minutes.</source>
            <translation>Le serveur {network} n'a pas répondu correctement. Réessayez dans quelques minutes.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Parley keeps sign-ins only in your system keychain, and none is available right now. Start or unlock your keychain, then try again.</source>
            <translation>Parley conserve les connexions uniquement dans le trousseau de votre système, et aucun n'est disponible pour le moment. Démarrez ou déverrouillez votre trousseau, puis réessayez.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Signed in as {handle} ({network}). {permissions} Syncing…</source>
            <translation>Connecté en tant que {handle} ({network}). {permissions} Synchronisation…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Signed in as {handle} ({network}). Syncing…</source>
            <translation>Connecté en tant que {handle} ({network}). Synchronisation…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Parley hit a bug while signing in; the details are in the report. Try again.</source>
            <translation>Parley a rencontré une anomalie lors de la connexion ; les détails figurent dans le rapport. Réessayez.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Signing in to Bluesky…</source>
            <translation>Connexion à Bluesky…</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Signing in to {network}…</source>
            <translation>Connexion à {network}…</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Asking the server to let Parley in…</source>
            <translation>Demande d'accès de Parley auprès du serveur…</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Signing in…</source>
            <translation>Connexion en cours…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>{account}: sign in again from the command line (main.py account add {platform}).</source>
            <translation>{account} : reconnectez-vous depuis la ligne de commande (main.py account add {platform}).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Account removed; its sign-in is deleted.</source>
            <translation>Compte retiré ; sa connexion a été supprimée.</translation>
        </message>
    </context>
    <context>
        <name>SignInForm</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="-141" />
            <source>Sign-in problem</source>
            <translation>Problème de connexion</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Signing in…</source>
            <translation>Connexion en cours…</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../gui/statusbar.py" line="+17" />
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Outbox</source>
            <translation>File d'envoi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in again</source>
            <translation>Reconnexion nécessaire</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the background work; what is already saved stays saved</source>
            <translation>Arrêter le travail en arrière-plan ; ce qui est déjà enregistré le reste</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Online – {why}</source>
            <translation>En ligne – {why}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Offline – {why}</source>
            <translation>Hors ligne – {why}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Last sync: {when}</source>
            <translation>Dernière synchronisation : {when}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Outbox: %Ln waiting</source>
            <translation>
                <numerusform>File d'envoi : %Ln en attente</numerusform>
                <numerusform>File d'envoi : %Ln en attente</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outbox: empty</source>
            <translation>File d'envoi : vide</translation>
        </message>
        <message>
            <location line="+12" />
            <source>sign in to {account} again</source>
            <translation>reconnectez-vous à {account}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sign in to {account} again (1 reply waits)</source>
            <translation>reconnectez-vous à {account} (1 réponse en attente)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>sign in to {account} again (%Ln replies wait)</source>
            <translation>
                <numerusform>reconnectez-vous à {account} (%Ln réponse en attente)</numerusform>
                <numerusform>reconnectez-vous à {account} (%Ln réponses en attente)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; </source>
            <comment>between accounts to sign in to again</comment>
            <translation> ; </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{accounts} – File → Accounts…</source>
            <translation>{accounts} – Fichier → Comptes…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Parley does not try to send these replies until you sign in again.</source>
            <translation>Parley ne tente pas d'envoyer ces réponses tant que vous ne vous êtes pas reconnecté.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{task}: {progress}</source>
            <translation>{task} : {progress}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{task}: cancelling…</source>
            <translation>{task} : annulation…</translation>
        </message>
    </context>
    <context>
        <name>Syncing</name>
        <message>
            <location filename="../../gui/syncing.py" line="+63" />
            <source>Off</source>
            <translation>Désactivée</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>Every %Ln minutes</source>
            <translation>
                <numerusform>Toutes les %Ln min</numerusform>
                <numerusform>Toutes les %Ln min</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>There is nothing to sync here: add an account (File → Accounts…) to work with your own threads.</source>
            <translation>Il n'y a rien à synchroniser ici : ajoutez un compte (Fichier → Comptes…) pour travailler sur vos propres conversations.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>working offline</source>
            <translation>travail hors ligne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account}: {summary}</source>
            <translation>{account} : {summary}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Synced. {accounts}. Outbox: {outbox}.</source>
            <translation>Synchronisation terminée. {accounts}. File d'envoi : {outbox}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>; </source>
            <comment>between the accounts of a sync</comment>
            <translation> ; </translation>
        </message>
        <message>
            <location line="+4" />
            <source>{synced} {problems}</source>
            <translation>{synced} {problems}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>replies wait in the outbox</source>
            <translation>des réponses attendent dans la file d'envoi</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Outbox: {report}.</source>
            <translation>File d'envoi : {report}.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>1 reply has not been sent yet. It stays in the outbox and is sent the next time Parley is online.</source>
            <translation>1 réponse n'a pas encore été envoyée. Elle reste dans la file d'envoi et sera envoyée la prochaine fois que Parley sera en ligne.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln replies have not been sent yet. They stay in the outbox and are sent the next time Parley is online.</source>
            <translation>
                <numerusform>%Ln réponse n'a pas encore été envoyée. Elle reste dans la file d'envoi et sera envoyée la prochaine fois que Parley sera en ligne.</numerusform>
                <numerusform>%Ln réponses n'ont pas encore été envoyées. Elles restent dans la file d'envoi et seront envoyées la prochaine fois que Parley sera en ligne.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign in to {account} again first (File → Accounts…), or its replies keep waiting.</source>
            <translation>Reconnectez-vous d'abord à {account} (Fichier → Comptes…), sinon ses réponses resteront en attente.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign in to {accounts} again first (File → Accounts…), or their replies keep waiting.</source>
            <translation>Reconnectez-vous d'abord à {accounts} (Fichier → Comptes…), sinon leurs réponses resteront en attente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> and </source>
            <comment>between account names</comment>
            <translation> et </translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 reply is held or failed: it is sent only once you release or retry them (File → Outbox…).</source>
            <translation>1 réponse est suspendue ou en échec : elle ne sera envoyée qu'une fois libérée ou renvoyée (Fichier → File d'envoi…).</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln replies are held or failed: they are sent only once you release or retry them (File → Outbox…).</source>
            <translation>
                <numerusform>%Ln réponse est suspendue ou en échec : elle ne sera envoyée qu'une fois libérée ou renvoyée (Fichier → File d'envoi…).</numerusform>
                <numerusform>%Ln réponses sont suspendues ou en échec : elles ne seront envoyées qu'une fois libérées ou renvoyées (Fichier → File d'envoi…).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Quit Parley?</source>
            <translation>Quitter Parley ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>ThreadDetail</name>
        <message>
            <location filename="../../gui/detail.py" line="+38" />
            <source>Us</source>
            <translation>Nous</translation>
        </message>
    </context>
    <context>
        <name>ThreadListModel</name>
        <message>
            <location filename="../../gui/threadmodel.py" line="+46" />
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Labels</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lang</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replies</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location line="+202" />
            <source>{message}

Why here: {why}</source>
            <translation>{message}

Pourquoi ici : {why}</translation>
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
            <translation>1 réponse</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%Ln replies</source>
            <translation>
                <numerusform>%Ln réponse</numerusform>
                <numerusform>%Ln réponses</numerusform>
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
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln h</source>
            <translation>
                <numerusform>%Ln h</numerusform>
                <numerusform>%Ln h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln d</source>
            <translation>
                <numerusform>%Ln j</numerusform>
                <numerusform>%Ln j</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln mo</source>
            <translation>
                <numerusform>%Ln mois</numerusform>
                <numerusform>%Ln mois</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThreadTable</name>
        <message>
            <location filename="../../gui/threadtable.py" line="+79" />
            <source>Threads</source>
            <translation>Conversations</translation>
        </message>
    </context>
    <context>
        <name>ThreadView</name>
        <message>
            <location filename="../../gui/threadview.py" line="+73" />
            <source>Thread</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+9" />
            <source>Us</source>
            <translation>Nous</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Select a thread on the left.</source>
            <translation>Sélectionnez une conversation à gauche.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Open link?</source>
            <translation>Ouvrir le lien ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This link goes to:

{target}

Host: {host}

Open it in your browser?</source>
            <translation>Ce lien mène à :

{target}

Hôte : {host}

L'ouvrir dans votre navigateur ?</translation>
        </message>
        <message>
            <location line="+15" />
            <source>never answered</source>
            <translation>nous n'avons jamais répondu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>answered once</source>
            <translation>nous avons répondu une fois</translation>
        </message>
        <message>
            <location line="+2" />
            <source>answered twice</source>
            <translation>nous avons répondu deux fois</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>answered %Ln times</source>
            <translation>
                <numerusform>nous avons répondu %Ln fois</numerusform>
                <numerusform>nous avons répondu %Ln fois</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>1 comment since {since}, {answered}</source>
            <translation>1 commentaire depuis {since}, {answered}</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>1 comment in %Ln threads since {since}, {answered}</source>
            <translation>
                <numerusform>1 commentaire dans %Ln conversation depuis {since}, {answered}</numerusform>
                <numerusform>1 commentaire dans %Ln conversations depuis {since}, {answered}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln comments since {since}, {answered}</source>
            <translation>
                <numerusform>%Ln commentaire depuis {since}, {answered}</numerusform>
                <numerusform>%Ln commentaires depuis {since}, {answered}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{comments} comments in %Ln threads since {since}, {answered}</source>
            <translation>
                <numerusform>{comments} commentaires dans %Ln conversation depuis {since}, {answered}</numerusform>
                <numerusform>{comments} commentaires dans %Ln conversations depuis {since}, {answered}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>{label} {percent} %</source>
            <translation>{label} {percent} %</translation>
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
            <translation>aucune pour l'instant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Automatic labels: {labels}</source>
            <translation>Étiquettes automatiques : {labels}</translation>
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
            <translation>Vos étiquettes : &lt;b&gt;{labels}&lt;/b&gt; (prioritaires) · {automatic}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{labels} · adjusted by your %Ln corrections</source>
            <translation>
                <numerusform>{labels} · ajusté d'après %Ln de vos corrections</numerusform>
                <numerusform>{labels} · ajusté d'après %Ln de vos corrections</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{labels} · adjusted by your 1 correction</source>
            <translation>{labels} · ajusté d'après votre correction</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Show the whole post</source>
            <translation>Afficher toute la publication</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Our post · {time}</source>
            <translation>Notre publication · {time}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A mention of us, not under one of our posts.</source>
            <translation>Une mention de notre compte, en dehors de nos publications.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(us)</source>
            <translation>(nous)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>queued, not sent yet</source>
            <translation>en file d'envoi, pas encore envoyée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not sent: see File → Outbox</source>
            <translation>non envoyée : voir Fichier → File d'envoi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>open</source>
            <translation>ouvrir</translation>
        </message>
    </context>
    <context>
        <name>TokenDialog</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="+134" />
            <source>Add a Facebook Page</source>
            <translation>Ajouter une page Facebook</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add an X account</source>
            <translation>Ajouter un compte X</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Page access token</source>
            <translation>Jeton d'accès de la page</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Access token</source>
            <translation>Jeton d'accès</translation>
        </message>
        <message>
            <location line="+6" />
            <source>only with an app-only Bearer token</source>
            <translation>uniquement avec un Bearer Token propre à l'application</translation>
        </message>
        <message>
            <location line="+1" />
            <source>@handle</source>
            <translation>@identifiant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh token (optional)</source>
            <translation>Jeton d'actualisation (facultatif)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OAuth client id (optional)</source>
            <translation>Identifiant client OAuth (facultatif)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
    </context>
    <context>
        <name>WeeklyChart</name>
        <message>
            <location filename="../../gui/budgetbar.py" line="+34" />
            <location line="+8" />
            <source>Coverage per week</source>
            <translation>Taux de réponse par semaine</translation>
        </message>
        <message>
            <location line="-4" />
            <source>{week}: no threads</source>
            <translation>{week} : aucune conversation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{week}: {coverage} of {eligible}</source>
            <translation>{week} : {coverage} sur {eligible}</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Coverage per week, last %Ln</source>
            <translation>
                <numerusform>Taux de réponse par semaine, sur la dernière (%Ln)</numerusform>
                <numerusform>Taux de réponse par semaine, sur les %Ln dernières</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>this week: {coverage} · target {target}</source>
            <translation>cette semaine : {coverage} · objectif {target}</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <location filename="../../gui/welcome.py" line="-86" />
            <source>Parley helps you answer the people who comment on your posts: it ranks what to answer next, keeps your drafts, queues your replies and tells you whether you keep the dialogue you committed to. &lt;b&gt;What you see now is a demo workspace with invented threads&lt;/b&gt;: try anything, nothing is sent.</source>
            <translation>Parley vous aide à répondre aux personnes qui commentent vos publications : il classe les messages auxquels répondre en priorité, conserve vos brouillons, met vos réponses en file d'envoi et vous indique si vous tenez l'engagement de dialogue que vous avez pris. &lt;b&gt;Ce que vous voyez est un espace de travail de démonstration avec des conversations fictives&lt;/b&gt; : essayez tout ce que vous voulez, rien n'est envoyé.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Parley helps you answer the people who comment on your posts: it ranks what to answer next, keeps your drafts, queues your replies and tells you whether you keep the dialogue you committed to.</source>
            <translation>Parley vous aide à répondre aux personnes qui commentent vos publications : il classe les messages auxquels répondre en priorité, conserve vos brouillons, met vos réponses en file d'envoi et vous indique si vous tenez l'engagement de dialogue que vous avez pris.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Welcome</source>
            <translation>Bienvenue</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Welcome to Parley</source>
            <translation>Bienvenue dans Parley</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Try the demo</source>
            <translation>Essayer la démonstration</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Look around the sample workspace; this welcome closes</source>
            <translation>Découvrir l'espace de travail d'exemple ; cet écran d'accueil se ferme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add an account…</source>
            <translation>Ajouter un compte…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign in to your Mastodon or Bluesky account</source>
            <translation>Connectez-vous à votre compte Mastodon ou Bluesky</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import an export…</source>
            <translation>Importer un export…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit an account from its X, Mastodon or Facebook data export, or a CSV</source>
            <translation>Auditer un compte à partir de son export de données X, Mastodon ou Facebook, ou d'un CSV</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Close the welcome (Help → Welcome shows it again)</source>
            <translation>Fermer l'écran d'accueil (Aide → Bienvenue l'affiche de nouveau)</translation>
        </message>
    </context>
    <context>
        <name>XSyncDialog</name>
        <message>
            <location filename="../../gui/accountsdialog.py" line="+16" />
            <source>Sync X: reads are billed</source>
            <translation>Synchroniser X : les lectures sont facturées</translation>
        </message>
        <message>
            <location line="+13" />
            <source>not set</source>
            <translation>non défini</translation>
        </message>
        <message>
            <location line="+6" />
            <source>no cap</source>
            <translation>sans plafond</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cost per read</source>
            <translation>Coût par lecture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop after (reads)</source>
            <translation>Arrêter après (lectures)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sync</source>
            <translation>Synchroniser</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../../gui/errors.py" line="+25" />
            <source>the workspace is locked by another program; close other Parley windows and try again</source>
            <translation>l'espace de travail est verrouillé par un autre programme ; fermez les autres fenêtres de Parley et réessayez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the disk is full: nothing was written; free some space and try again</source>
            <translation>le disque est plein : rien n'a été écrit ; libérez de l'espace et réessayez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the workspace is still open in another Parley window or program; close it and try again</source>
            <translation>l'espace de travail est encore ouvert dans une autre fenêtre de Parley ou dans un autre programme ; fermez-le et réessayez</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no workspace at {path}</source>
            <translation>aucun espace de travail à l'emplacement {path}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cannot open workspace {path}: {reason}</source>
            <translation>impossible d'ouvrir l'espace de travail {path} : {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path} is damaged or not a Parley workspace ({reason}); restore a backup or move the file away</source>
            <translation>{path} est endommagé ou n'est pas un espace de travail Parley ({reason}) ; restaurez une sauvegarde ou déplacez le fichier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} was written by a newer version of Parley (unknown schema steps: {steps}); update Parley to open it. The file was not changed.</source>
            <translation>{path} a été écrit par une version plus récente de Parley (étapes de schéma inconnues : {steps}) ; mettez Parley à jour pour l'ouvrir. Le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{path} is an SQLite database but not a Parley workspace</source>
            <translation>{path} est une base de données SQLite, mais pas un espace de travail Parley</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is not a usable backup: it is damaged ({reason}); choose another backup</source>
            <translation>{name} n'est pas une sauvegarde utilisable : elle est endommagée ({reason}) ; choisissez une autre sauvegarde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no workspace at {path} to back up</source>
            <translation>aucun espace de travail à sauvegarder à l'emplacement {path}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no backup at {path}</source>
            <translation>aucune sauvegarde à l'emplacement {path}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the disk is full: no backup was made in {path}; free some space</source>
            <translation>le disque est plein : aucune sauvegarde n'a été faite dans {path} ; libérez de l'espace</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no backup was made in {path}: {reason}</source>
            <translation>aucune sauvegarde n'a été faite dans {path} : {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account} was removed</source>
            <translation>{account} a été retiré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{account} was removed; add it again to sync it</source>
            <translation>{account} a été retiré ; ajoutez-le de nouveau pour le synchroniser</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{account}: no saved sign-in; sign in again</source>
            <translation>{account} : aucune connexion enregistrée ; reconnectez-vous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley cannot sync {platform} accounts</source>
            <translation>Parley ne peut pas synchroniser les comptes {platform}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign-in cancelled</source>
            <translation>connexion annulée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no answer from the browser in time; start the sign-in again</source>
            <translation>le navigateur n'a pas répondu à temps ; recommencez la connexion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the server did not sign you in: {reason}</source>
            <translation>le serveur ne vous a pas connecté : {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this sign-in expects the code to be pasted</source>
            <translation>cette connexion attend que le code soit collé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the browser's answer does not belong to this sign-in; start again</source>
            <translation>la réponse du navigateur ne correspond pas à cette connexion ; recommencez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no authorization code given</source>
            <translation>aucun code d'autorisation fourni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{server} let Parley in with the permission “{scope}” but then refused to show your account ({reason}). Parley withdrew that sign-in; sign in again and Parley will ask for broader reading permission.</source>
            <translation>{server} a accepté Parley avec l'autorisation « {scope} », mais a ensuite refusé d'afficher votre compte ({reason}). Parley a retiré cette connexion ; reconnectez-vous et Parley demandera une autorisation de lecture plus large.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>give the Bluesky handle, e.g. alice.bsky.social</source>
            <translation>indiquez l'identifiant Bluesky, par exemple alice.bsky.social</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no app password given</source>
            <translation>aucun mot de passe d'application fourni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this Parley has no Bluesky support</source>
            <translation>cette version de Parley ne prend pas en charge Bluesky</translation>
        </message>
        <message>
            <location line="+1" />
            <source>another {platform} account already is {handle} on {server}</source>
            <translation>un autre compte {platform} correspond déjà à {handle} sur {server}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no usable keychain was found ({reason}). Parley keeps sign-in tokens only in the system keychain (GNOME Keyring / KWallet on Linux, Keychain on macOS, Credential Locker on Windows) and never in a file. Start or unlock your keychain and try again, or choose to sign in for this session only.</source>
            <translation>aucun trousseau utilisable n'a été trouvé ({reason}). Parley conserve les jetons de connexion uniquement dans le trousseau du système (GNOME Keyring / KWallet sous Linux, Trousseau d'accès sous macOS, Gestionnaire d'identification sous Windows) et jamais dans un fichier. Démarrez ou déverrouillez votre trousseau et réessayez, ou choisissez de vous connecter pour cette session uniquement.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the keychain refused to {action} ({reason}); unlock it and try again, or choose to sign in for this session only</source>
            <translation>le trousseau a refusé l'opération « {action} » ({reason}) ; déverrouillez-le et réessayez, ou choisissez de vous connecter pour cette session uniquement</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the cost per read must be a number of 0 or more, e.g. 0.005</source>
            <translation>le coût par lecture doit être un nombre supérieur ou égal à 0, par exemple 0.005</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the read cap must be a whole number of 1 or more</source>
            <translation>le plafond de lectures doit être un nombre entier supérieur ou égal à 1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{value} is not a currency code like USD or EUR</source>
            <translation>{value} n'est pas un code de devise comme USD ou EUR</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{account} is not an X account</source>
            <translation>{account} n'est pas un compte X</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown time zone {name} (use an IANA name such as Europe/Berlin)</source>
            <translation>fuseau horaire inconnu : {name} (utilisez un nom IANA tel que Europe/Berlin)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>business days {text}: write them like Mon-Fri</source>
            <translation>jours ouvrables {text} : écrivez-les sous la forme Mon-Fri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown weekday {text} (Mon, Tue, ... Sun)</source>
            <translation>jour de la semaine inconnu : {text} (Mon, Tue, ... Sun)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>time {text}: write it like 09:00</source>
            <translation>heure {text} : écrivez-la sous la forme 09:00</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a saved reply needs a title</source>
            <translation>une réponse type doit avoir un titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this thread was just joined to the thread of the comment it answers, so the draft was not saved: copy your text, and open that thread to answer there</source>
            <translation>cette conversation vient d'être rattachée à celle du commentaire auquel elle répond, le brouillon n'a donc pas été enregistré : copiez votre texte et ouvrez cette conversation pour y répondre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no thread {thread}</source>
            <translation>conversation {thread} introuvable</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the reply is empty</source>
            <translation>la réponse est vide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The reply is empty.</source>
            <translation>La réponse est vide.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley has just started sending this reply, so it can no longer be changed. To change it, delete it and write a new reply.</source>
            <translation>Parley vient de commencer à envoyer cette réponse : elle ne peut donc plus être modifiée. Pour la modifier, supprimez-la et rédigez une nouvelle réponse.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{account} was removed; replies cannot be sent from it</source>
            <translation>{account} a été retiré ; aucune réponse ne peut plus être envoyée depuis ce compte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reply {reply} is {state}; it can no longer be cancelled</source>
            <translation>la réponse {reply} est à l'état « {state} » ; elle ne peut plus être annulée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reply {reply} is {state}; only a queued reply can be held</source>
            <translation>la réponse {reply} est à l'état « {state} » ; seule une réponse en file d'envoi peut être suspendue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reply {reply} is {state}, not held</source>
            <translation>la réponse {reply} est à l'état « {state} », et non suspendue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reply {reply} is {state}; only a failed reply can be retried</source>
            <translation>la réponse {reply} est à l'état « {state} » ; seule une réponse en échec peut être renvoyée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reply {reply} may already be on the network; wait for the check</source>
            <translation>la réponse {reply} est peut-être déjà publiée sur le réseau ; attendez la vérification</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a reply waiting to be sent can be held; {state}.</source>
            <translation>Seule une réponse en attente d'envoi peut être suspendue ; {state}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a held reply can be released; {state}.</source>
            <translation>Seule une réponse suspendue peut être libérée ; {state}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a failed reply can be retried; {state}.</source>
            <translation>Seule une réponse en échec peut être renvoyée ; {state}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It can no longer be deleted: {state}.</source>
            <translation>Elle ne peut plus être supprimée : {state}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It may already be on the network: wait until Parley has checked.</source>
            <translation>Elle est peut-être déjà publiée sur le réseau : attendez que Parley ait vérifié.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley has already tried to send it, so the network may have it as it was. To change it, delete it and write a new reply.</source>
            <translation>Parley a déjà tenté de l'envoyer : le réseau l'a donc peut-être reçue telle quelle. Pour la modifier, supprimez-la et rédigez une nouvelle réponse.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It can no longer be changed: {state}.</source>
            <translation>Elle ne peut plus être modifiée : {state}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is waiting to be sent</source>
            <translation>elle attend d'être envoyée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is held</source>
            <translation>elle est suspendue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is being sent right now</source>
            <translation>elle est en cours d'envoi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it has been sent</source>
            <translation>elle a été envoyée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it failed</source>
            <translation>son envoi a échoué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley is checking whether it reached the network</source>
            <translation>Parley vérifie si elle est bien parvenue au réseau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cannot reach {server}: {reason}</source>
            <translation>impossible de joindre {server} : {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cannot reach {server} (offline?)</source>
            <translation>impossible de joindre {server} (hors ligne ?)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: the connection dropped before the answer</source>
            <translation>{request} : la connexion a été coupée avant la réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: no answer within {seconds} s</source>
            <translation>{request} : aucune réponse en {seconds} s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rate limited by the server: wait {seconds} s ({reason})</source>
            <translation>limite de requêtes atteinte sur le serveur : attendez {seconds} s ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: server error {status} ({reason})</source>
            <translation>{request} : erreur du serveur {status} ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: unexpected redirect {status}</source>
            <translation>{request} : redirection inattendue {status}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: the answer is not JSON</source>
            <translation>{request} : la réponse n'est pas du JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: unexpected answer</source>
            <translation>{request} : réponse inattendue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parley only signs in over https:// — “{address}” would send your password in clear. Use https://{server}.</source>
            <translation>Parley ne se connecte que par https:// — « {address} » enverrait votre mot de passe en clair. Utilisez https://{server}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>your X API plan's usage cap is used up ({reason}); reading and replying resume when the cap renews or after an upgrade in the developer portal</source>
            <translation>le plafond d'utilisation de votre offre d'API X est atteint ({reason}) ; la lecture et les réponses reprendront au renouvellement du plafond ou après un changement d'offre dans le portail développeur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>X refused the request: {reason}</source>
            <translation>X a refusé la requête : {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X rate limit reached: wait {seconds} s ({reason})</source>
            <translation>limite de requêtes X atteinte : attendez {seconds} s ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X rate limit of {endpoint} used up: wait {seconds} s</source>
            <translation>limite de requêtes X de {endpoint} épuisée : attendez {seconds} s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: no X token is saved</source>
            <translation>reconnectez-vous : aucun jeton X n'est enregistré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the saved X token is unreadable</source>
            <translation>reconnectez-vous : le jeton X enregistré est illisible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: X no longer accepts the token ({reason})</source>
            <translation>reconnectez-vous : X n'accepte plus le jeton ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: X refused to renew the token (revoked, or the refresh token expired)</source>
            <translation>reconnectez-vous : X a refusé de renouveler le jeton (révoqué, ou jeton d'actualisation expiré)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the reply counts {used} of X's {limit} characters (links count 23, CJK and emoji 2): shorten it</source>
            <translation>la réponse compte {used} des {limit} caractères autorisés par X (un lien compte pour 23, les caractères CJK et les émojis pour 2) : raccourcissez-la</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{endpoint}: X's answer is not JSON</source>
            <translation>{endpoint} : la réponse de X n'est pas du JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X's token renewal answer is unreadable</source>
            <translation>la réponse de X au renouvellement du jeton est illisible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X's answer about the account is unreadable ({reason})</source>
            <translation>la réponse de X concernant le compte est illisible ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>your X API access cannot read conversations (search of recent posts is not in your plan): Parley still reads your posts and the replies that mention you, but misses replies that do not mention you. To read whole conversations, move your X developer app to a plan that includes search, at https://developer.x.com/en/portal/products</source>
            <translation>votre accès à l'API X ne permet pas de lire les conversations (la recherche des publications récentes n'est pas incluse dans votre offre) : Parley lit toujours vos publications et les réponses qui vous mentionnent, mais pas celles qui ne vous mentionnent pas. Pour lire les conversations entières, passez votre application de développeur X à une offre qui inclut la recherche, sur https://developer.x.com/en/portal/products</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this X token is an app-only Bearer token: it can read but not reply. To reply, sign in again with an OAuth 2.0 user access token (scopes tweet.read users.read tweet.write)</source>
            <translation>ce jeton X est un Bearer Token propre à l'application : il permet de lire mais pas de répondre. Pour répondre, reconnectez-vous avec un jeton d'accès utilisateur OAuth 2.0 (portées tweet.read users.read tweet.write)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cannot reply on X to {target}: not a post on X</source>
            <translation>impossible de répondre sur X à {target} : ce n'est pas une publication X</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X accepted the reply but its answer is unreadable; it will be checked</source>
            <translation>X a accepté la réponse, mais son retour est illisible ; elle sera vérifiée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no X token was entered</source>
            <translation>aucun jeton X n'a été saisi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stopped at the read cap: {reads} billable X reads of the {cap} allowed this sync; the next sync continues from here</source>
            <translation>arrêt au plafond de lectures : {reads} lectures X facturables sur les {cap} autorisées pour cette synchronisation ; la prochaine synchronisation reprendra à partir d'ici</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sign in again: Facebook refused the Page access token ({reason})</source>
            <translation>reconnectez-vous : Facebook a refusé le jeton d'accès de la page ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facebook throttled Parley ({limit} was reached): wait {minutes} min ({reason})</source>
            <translation>Facebook a limité Parley (limite atteinte : {limit}) : attendez {minutes} min ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the Page access token lacks a permission Parley needs ({reason}); make a new one with pages_read_engagement and pages_manage_engagement</source>
            <translation>il manque au jeton d'accès de la page une autorisation dont Parley a besoin ({reason}) ; créez-en un nouveau avec pages_read_engagement et pages_manage_engagement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{request}: Facebook reported a temporary problem ({reason})</source>
            <translation>{request} : Facebook a signalé un problème temporaire ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facebook refused it: {reason}</source>
            <translation>refus de Facebook : {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the reply is {count} characters long; Facebook allows {limit}: shorten it</source>
            <translation>la réponse compte {count} caractères ; Facebook en autorise {limit} : raccourcissez-la</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no Page access token given</source>
            <translation>aucun jeton d'accès de page fourni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no Page access token was entered</source>
            <translation>aucun jeton d'accès de page n'a été saisi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facebook's usage limit is nearly reached: Parley waits {minutes} min</source>
            <translation>la limite d'utilisation de Facebook est presque atteinte : Parley patiente {minutes} min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: Facebook no longer accepts the Page access token ({reason})</source>
            <translation>reconnectez-vous : Facebook n'accepte plus le jeton d'accès de la page ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GET {path}: Facebook's answer is not JSON</source>
            <translation>GET {path} : la réponse de Facebook n'est pas du JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{what}: the answer has no data list</source>
            <translation>{what} : la réponse ne contient pas de liste de données</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this is a person's access token, not a Page's: in the Graph API Explorer choose your Page under "User or Page" and copy the token shown then</source>
            <translation>il s'agit du jeton d'accès d'une personne, et non de celui d'une page : dans l'Explorateur de l'API Graph, choisissez votre page sous « User or Page » et copiez le jeton alors affiché</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facebook's answer about the Page is unreadable ({reason})</source>
            <translation>la réponse de Facebook concernant la page est illisible ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facebook accepted the reply but its answer is unreadable; it will be checked</source>
            <translation>Facebook a accepté la réponse, mais son retour est illisible ; elle sera vérifiée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the saved Facebook token is unreadable</source>
            <translation>reconnectez-vous : le jeton Facebook enregistré est illisible</translation>
        </message>
        <message>
            <location line="+2" />
            <source>give the address of your Mastodon server, e.g. mastodon.social</source>
            <translation>indiquez l'adresse de votre serveur Mastodon, par exemple mastodon.social</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{address} is not the address of a Mastodon server</source>
            <translation>{address} n'est pas l'adresse d'un serveur Mastodon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{address}: give only the server address, e.g. https://mastodon.social</source>
            <translation>{address} : indiquez uniquement l'adresse du serveur, par exemple https://mastodon.social</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{address}: give only the server address, without a path</source>
            <translation>{address} : indiquez uniquement l'adresse du serveur, sans chemin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the saved Mastodon sign-in is unreadable; sign in again</source>
            <translation>la connexion Mastodon enregistrée est illisible ; reconnectez-vous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mastodon rate limit used up: wait {seconds} s</source>
            <translation>limite de requêtes Mastodon épuisée : attendez {seconds} s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: {server} no longer accepts Parley's sign-in ({reason})</source>
            <translation>reconnectez-vous : {server} n'accepte plus la connexion de Parley ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: expected a JSON {kind}</source>
            <translation>{request} : JSON de type {kind} attendu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the server's account answer is unreadable ({reason})</source>
            <translation>la réponse du serveur concernant le compte est illisible ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the thread of {post} is unreadable (no descendants)</source>
            <translation>la conversation de {post} est illisible (aucun descendant)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the message to answer is unreadable ({reason})</source>
            <translation>le message auquel répondre est illisible ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the server accepted the reply but its answer is unreadable</source>
            <translation>le serveur a accepté la réponse, mais son retour est illisible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{server} did not register Parley (unreadable answer); is it a Mastodon server?</source>
            <translation>{server} n'a pas enregistré Parley (réponse illisible) ; s'agit-il bien d'un serveur Mastodon ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{server} gave no access token (unreadable answer)</source>
            <translation>{server} n'a fourni aucun jeton d'accès (réponse illisible)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the reply is {count} characters long; Bluesky allows {limit}: shorten it</source>
            <translation>la réponse compte {count} caractères ; Bluesky en autorise {limit} : raccourcissez-la</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the reply is longer than Bluesky's {limit} bytes: shorten it</source>
            <translation>la réponse dépasse la limite de {limit} octets de Bluesky : raccourcissez-la</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the saved Bluesky session is unreadable</source>
            <translation>reconnectez-vous : la session Bluesky enregistrée est illisible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{address} is not a server address (like {example})</source>
            <translation>{address} n'est pas une adresse de serveur (comme {example})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bluesky refused the handle or app password for {handle} (check both; make an app password under Settings → Privacy and security)</source>
            <translation>Bluesky a refusé l'identifiant ou le mot de passe d'application de {handle} (vérifiez les deux ; créez un mot de passe d'application sous Paramètres → Confidentialité et sécurité)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bluesky refused the sign-in for {handle}: {reason}</source>
            <translation>Bluesky a refusé la connexion de {handle} : {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bluesky's sign-in answer is missing the session</source>
            <translation>la réponse de Bluesky à la connexion ne contient pas la session</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bluesky rate limit reached: wait {seconds} s</source>
            <translation>limite de requêtes Bluesky atteinte : attendez {seconds} s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{request}: the answer is JSON nested too deeply to read</source>
            <translation>{request} : la réponse est un JSON trop imbriqué pour être lu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the Bluesky session has expired or was revoked</source>
            <translation>reconnectez-vous : la session Bluesky a expiré ou a été révoquée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bluesky's refreshSession answer is missing the session</source>
            <translation>la réponse de Bluesky à refreshSession ne contient pas la session</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the refreshed Bluesky session belongs to another account</source>
            <translation>reconnectez-vous : la session Bluesky actualisée appartient à un autre compte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sign in again: the saved Bluesky session is not {handle}'s</source>
            <translation>reconnectez-vous : la session Bluesky enregistrée n'est pas celle de {handle}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cannot reply on Bluesky to {target}: not a Bluesky post</source>
            <translation>impossible de répondre sur Bluesky à {target} : ce n'est pas une publication Bluesky</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the message this replies to is no longer on Bluesky (deleted or blocked)</source>
            <translation>le message auquel ceci répond n'est plus sur Bluesky (supprimé ou bloqué)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bluesky answered with a server error and could not be asked whether the reply was saved; it will be checked before any retry</source>
            <translation>Bluesky a répondu par une erreur du serveur et n'a pas pu confirmer l'enregistrement de la réponse ; elle sera vérifiée avant toute nouvelle tentative</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file}: {where}: expected {expected}, found {found} (nothing was imported)</source>
            <translation>{file} : {where} : {expected} attendu, {found} trouvé (rien n'a été importé)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file}: {where}: expected {expected} (nothing was imported)</source>
            <translation>{file} : {where} : {expected} attendu (rien n'a été importé)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>import cancelled: nothing was imported</source>
            <translation>import annulé : rien n'a été importé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>account {account} is a {platform} account; this export is from {source}</source>
            <translation>le compte {account} est un compte {platform} ; cet export provient de {source}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the export does not say whose it is; name the account with --account NAME</source>
            <translation>l'export n'indique pas à qui il appartient ; nommez le compte avec --account NAME</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file}: the zip file is damaged ({reason}); nothing was imported</source>
            <translation>{file} : le fichier zip est endommagé ({reason}) ; rien n'a été importé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file}: cannot be read ({reason}); nothing was imported</source>
            <translation>{file} : lecture impossible ({reason}) ; rien n'a été importé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file}: cannot be read ({reason})</source>
            <translation>{file} : lecture impossible ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path}: no such file or folder</source>
            <translation>{path} : fichier ou dossier introuvable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path}: not a readable zip file ({reason})</source>
            <translation>{path} : fichier zip illisible ({reason})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path}: give one CSV file</source>
            <translation>{path} : indiquez un seul fichier CSV</translation>
        </message>
    </context>
</TS>