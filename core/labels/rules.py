"""The transparent half of the labeller: cue words and patterns, per language.

Each cue belongs to one kind (see ``KINDS``); :func:`cues` returns every cue found
in a normalised message as ``(kind, matched text)``. Entries are matched word by
word (a dictionary look-up per word, not one big regular expression: fast in 14
languages). An entry written ``word*`` also matches longer words that begin with
it ("позорище", "rezalet"); Chinese entries match anywhere; Arabic, Persian and
Hebrew words are also tried without a one-letter prefix (و، ب، ה، ש...) or ال.
"""

from __future__ import annotations

import re

QUESTION_MARKS = "?؟？¿"

# Polite or indirect requests to us, and question forms that need no mark.
ASK = {
    "en": "could you tell me|can you tell me|can you please|could you please|could you|can you|i need to know|"
          "i would like to know|i'd like to know|i want to know|i was wondering|i wonder if|please advise|"
          "please let me know|let me know|do i need|do i have to|is it possible|is there a|is there any|"
          "are there any|how do i|how can i|where can i|who do i|what do i|when will|when is|when does|"
          "will the|can i|may i|should i|do you know|anyone know|does anyone know",
    "fr": "je voudrais savoir|j'aimerais savoir|je souhaiterais savoir|je cherche à savoir|je cherche a savoir|"
          "je voulais savoir|pourriez-vous|pouvez-vous|pouvez vous|pourriez vous|est-ce que|est ce que|"
          "est-il possible|y a-t-il|y a t il|faut-il|dois-je|puis-je|peut-on|merci de m'indiquer|"
          "savoir si|sera-t-elle|sera-t-il|comment faire|à qui dois-je",
    "es": "quisiera saber|me gustaría saber|me gustaria saber|necesito saber|quería saber|queria saber|"
          "podrían decirme|podrian decirme|pueden decirme|alguien sabe|hay algún|hay alguna|hay algun|"
          "se puede|se podrá|puedo|necesito saber|cómo puedo|como puedo|cómo hago|como hago|como inscribo|"
          "cómo inscribo|dónde puedo|donde puedo|hasta cuándo|hasta cuando",
    "de": "ich wollte fragen|ich wüsste gern|ich wüsste gerne|ich möchte wissen|ich würde gern wissen|"
          "ich würde gerne wissen|könnten sie|können sie mir|könnt ihr mir|brauche ich|muss ich|darf ich|"
          "kann ich|gibt es|wird die|wird der|wird das|wie kann ich|wo kann ich|an wen|weiß jemand",
    "pt": "gostaria de saber|queria saber|preciso saber|podem dizer|podem-me dizer|podiam dizer|há algum|"
          "há alguma|ha algum|posso|é possível|como faço|como posso|onde posso|alguém sabe|vai ser|"
          "preciso de|devo",
    "it": "volevo sapere|vorrei sapere|avrei bisogno di sapere|potete dirmi|potreste dirmi|potete indicarmi|"
          "c'è un|c'è una|ci sono|posso|devo|è possibile|come si fa|come posso|dove posso|qualcuno sa|sarà",
    "nl": "ik wil vragen|ik vroeg me af|ik wil graag weten|ik zou graag willen weten|kunt u|kunnen jullie|"
          "heb ik|moet ik|kan ik|mag ik|is er|zijn er|wordt de|wordt het|hoe kan ik|waar kan ik|weet iemand",
    "ar": "ممكن اعرف|ممكن أعرف|عايز اعرف|عايزة اعرف|اريد ان اعرف|أريد أن أعرف|أود أن أعرف|اود ان اعرف|"
          "بدي اعرف|ابغى اعرف|ابي اعرف|لو سمحت|لو سمحتم|من فضلك|من فضلكم|ممكن|هل يمكن|هل يحق|كيف نسجل|"
          "كيف اسجل|كيف أسجل|في رحلات|فيه رحلات|هل في|هل هناك",
    "he": "אפשר לדעת|רציתי לשאול|רציתי לברר|רציתי לדעת|אשמח לדעת|אשמח אם|אפשר|האם|מישהו יודע|יש עוד|"
          "איך נרשמים|איך מגישים|מה עושים|למי לפנות",
    "ru": "подскажите|подскажете|хотела уточнить|хотел уточнить|хотела бы узнать|хотел бы узнать|"
          "хочу узнать|хотела узнать|хотел узнать|можно ли|могу ли|будут ли|есть ли|нужно ли|надо ли|"
          "скажите пожалуйста|скажите, пожалуйста|куда обращаться|куда регистрироваться|как получить|"
          "как оформить|что делать",
    "uk": "підкажіть|підкажете|хотіла уточнити|хотів уточнити|хочу дізнатися|хотіла б дізнатися|"
          "хотів би дізнатися|чи можна|чи можу|чи будуть|чи є|чи потрібно|чи треба|скажіть будь ласка|"
          "де реєструватися|куди звертатися|як отримати|як оформити|що робити",
    "zh": "请问|想咨询|咨询一下|想问一下|想问问|想了解|能否|可否|是否|可以吗|吗|怎么办|怎么申请|"
          "哪里|多久|什么时候|几号|哪天|哪些|如何|怎样|有没有",
    "tr": "öğrenmek istiyorum|öğrenebilir miyim|bilgi alabilir miyim|bilgi almak istiyorum|rica ediyorum|"
          "mı|mi|mu|mü|mıyım|miyim|musunuz|müsünüz|mısınız|misiniz|mıdır|midir|nasıl|nereden|nereye|"
          "hangi|ne zaman|ne kadar|acaba|var mı|olacak mı",
    "fa": "میخواستم بدونم|می‌خواستم بدونم|میخواستم بدانم|می‌خواستم بدانم|لطفاً راهنمایی|لطفا راهنمایی|"
          "راهنمایی کنید|آیا|چطور میشه|چطور می‌شه|چه مدارکی|کجا باید|از کی|تا کی|چقدر|میشه بگید|"
          "می‌شه بگید|می‌تونم|میتونم|هست؟",
}

# Interrogative words that make a question when they open a sentence.
OPENERS = {
    "en": "who what when where why how which whose whom can could would will is are do does did should shall "
          "may am has have any",
    "fr": "qui que quoi quand où ou pourquoi comment quel quelle quels quelles combien est-ce",
    "es": "qué que quién quien cuándo cuando dónde donde por qué porque cómo como cuál cual cuánto cuántos",
    "de": "wer was wann wo warum wie welche welcher welches wieso weshalb können kann gibt ist sind muss "
          "wird werden darf brauche habt hat",
    "pt": "quem que quando onde porque porquê como qual quais quanto há posso pode podem vai",
    "it": "chi che cosa quando dove perché come quale quali quanto quanti c'è ci posso può potete se",
    "nl": "wie wat wanneer waar waarom hoe welke welk hoeveel is zijn kan kunnen moet wordt heb hebben mag",
    "ar": "هل متى أين اين لماذا ليش ليه كيف ماذا شو ايش كم وهل ومتى",
    "he": "מה מי מתי איפה למה איך האם כמה איזה איזו",
    "ru": "что кто когда где почему как какой какая какие зачем сколько можно куда будут будет есть",
    "uk": "що хто коли де чому як який яка які навіщо скільки можна куди чи",
    "zh": "",
    "tr": "ne neden niye nasıl nerede hangi kim kaç",
    "fa": "چرا کی کجا چطور چگونه چه آیا کدام چند",
}

# Rhetorical, mocking or exclamatory forms: shaped like a question, asking nothing.
RHETORICAL = {
    "en": "how can you|how could you|how dare|how is it possible|who even|who cares|who reads|anyone even|"
          "are you kidding|are you serious|is this a joke|what a shame|what a disgrace|what a joke|"
          "since when do you|when have you ever|when did you ever",
    "fr": "quelle honte|quel scandale|quelle blague|comment pouvez-vous|comment pouvez vous|comment osez|"
          "comment est-ce possible|quelqu'un lit|qui lit|c'est une blague|sérieusement|"
          "depuis quand vous|quand est-ce que vous avez",
    "es": "qué vergüenza|que vergüenza|que verguenza|qué verguenza|cómo podéis|como podeis|cómo pueden|"
          "como pueden|cómo se atreven|quién se lo cree|quien se lo cree|quién lee|es broma|"
          "desde cuándo|cuándo habéis|qué desastre|qué vergonzoso",
    "de": "wie kann man|wie könnt ihr|wie können sie|wer liest|wer glaubt|"
          "ist das ein witz|im ernst|seit wann|wann habt ihr je",
    "pt": "como é possível|como podem|como se atrevem|que vergonha|que absurdo|alguém lê|quem lê|"
          "quem acredita|é piada|desde quando|quando é que vocês",
    "it": "come potete|come si può|come osate|che vergogna|che schifo|chi li legge|chi legge|ma chi|"
          "chi ci crede|è uno scherzo|da quando|quando mai",
    "nl": "hoe kunnen jullie|hoe durven jullie|hoe is het mogelijk|wat een schande|wie leest|wie gelooft|"
          "is dit een grap|sinds wanneer|wanneer hebben jullie ooit",
    "ar": "كيف تجرؤون|كيف تجرؤ|كيف تجرأتم|وهل خدمتمونا|متى كنتم|متى وقفتم|هل أنتم جادون|يا للعار|يا عيب|"
          "من يصدق|مين يصدق",
    "he": "איך אתם לא מתביישים|איך לא מתביישים|איך אתם מעזים|ומתי בדיוק|מתי בדיוק|מי מאמין|"
          "מי בכלל קורא|בושה וחרפה",
    "ru": "как можно|как вам не стыдно|как не стыдно|как вы смеете|и когда это|когда это вы|кто вообще|"
          "кто это читает|кто в это верит|вы серьёзно|вы серьезно",
    "uk": "як можна|як вам не соромно|як ви смієте|а коли це|коли це ви|хто взагалі|хто це читає|"
          "хто в це вірить|ви серйозно",
    "zh": "怎么能|怎么好意思|什么时候真正|不脸红吗|多么可耻|谁信|谁会信|谁看|开什么玩笑|真的假的|凭什么",
    "tr": "nasıl yaparsınız|nasıl yapabilirsiniz|nasıl utanmıyorsunuz|ne zaman yanımızda|kim okuyor|"
          "kim inanır|şaka mı|ciddi misiniz|oldunuz ki|ne işe yarıyorsunuz",
    "fa": "چطور دلتون میاد|چطور دلتان می‌آید|چطور روتون میشه|کی تا حالا|کی تاحالا|کی باور میکنه|"
          "کی اینارو میخونه|شوخی میکنید|جدی میگید",
}

CRITICISM = {
    "en": "shame|shameful|disgrace|disgraceful|disappointing|disappointed|hypocrisy|hypocrite*|lies|lying|liar*|"
          "failed|failure|outrageous|unacceptable|useless|incompetent|betrayal|betrayed|complicit|pathetic|"
          "ridiculous|joke|terrible|awful|horrible|worst|appalling|embarrassing|scandal*|nonsense|"
          "no one answers|nobody answers|never answer*|no reply|no response|still waiting|waste of|"
          "paid to do nothing|do nothing|silence|silent|sick of|fed up|enough is enough|"
          "blood on your hands|stop lying|propaganda|corrupt*|clueless|farce|mess|chaos|neglect*|abandon*",
    "fr": "honte|honteux|honteuse|scandale|scandaleux|hypocrisie|hypocrite*|mensonge*|menteur*|inacceptable|"
          "décevant*|déçu|déçue|échec|incompétent*|complice*|n'importe quoi|ridicule|lamentable|nul|nulle|"
          "pathétique|inadmissible|inadmissible|honte à vous|toujours pas de réponse|jamais de réponse|"
          "ne répondez jamais|personne ne répond|silencieux|mascarade|catastroph*|indigne|désastre",
    "es": "vergüenza|verguenza|vergonzoso|hipocresía|hipocresia|hipócrita*|mentira*|mentiroso*|inaceptable|"
          "decepcion*|fracaso|incompetente*|cómplice*|complice*|ridículo|ridiculo|lamentable|patético|"
          "indignante|nunca contest*|nadie contesta|nadie responde|callados|desastre|vergonzos*|penoso|"
          "una burla|tomadura de pelo",
    "de": "schande|heuchelei|heuchler*|lüge*|lügner*|inakzeptabel|enttäuschend|enttäuscht|versagen|versagt|"
          "lächerlich|frechheit|skandal*|unverschämt*|peinlich|katastroph*|armselig|erbärmlich|"
          "niemand antwortet|nie eine antwort|beantwortet nie|antwortet nie|schweigen|unfähig*|zumutung|"
          "sauerei|witz",
    "pt": "vergonha|vergonhoso|hipocrisia|hipócrita*|mentira*|mentiroso*|inaceitável|inaceitavel|decepcion*|"
          "desilud*|fracasso|incompetente*|cúmplice*|ridículo|ridiculo|lamentável|lamentavel|patético|"
          "absurdo|nunca respondem|ninguém responde|ninguem responde|calados|desastre|escândalo|vergonhos*",
    "it": "vergogna|vergognoso|ipocrisia|ipocrit*|bugia|bugie|bugiard*|inaccettabile|deludent*|delus*|"
          "fallimento|incompetent*|complic*|ridicolo|ridicola|pessimo|pessima|vergognos*|patetico|"
          "scandal*|assurdo|non rispondete mai|nessuno risponde|zitti|disastro|schifo",
    "nl": "schande|schandalig|hypocrisie|hypocriet*|leugen*|leugenaar*|onacceptabel|teleurstellend|"
          "teleurgesteld|falen|mislukt|incompetent*|medeplichtig*|belachelijk|zielig|triest|waardeloos|"
          "beantwoorden nooit|nooit antwoord|niemand neemt op|zwijgen|schandaal|bespottelijk|rampzalig|"
          "een grap|lachertje",
    "ar": "عار|نفاق|كذب|كذاب|فشل|مخزي|غير مقبول|متواطئ|عيب|سيئة|سيء|سيئ|مهزلة|فضيحة|محدش بيرد|"
          "ما حدا بيرد|لا أحد يرد|ما في رد|بيقهر|مستني|مخجل|استهتار|إهمال|اهمال|تقصير|للأسف|حرام عليكم|"
          "ظلم|كارثة|زفت|قرف",
    "he": "בושה|צביעות|שקר*|כישלון|מביש|חרפה|מתסכל|לא רציני|מחדל|שערורי*|מזעזע|מאכזב|גרוע|"
          "אף אחד לא עונה|אין מענה|הפקרה|מופקרים|מתביישים|עלוב|פארסה|זלזול",
    "ru": "позор*|лицемерие|ложь|провал|стыд*|издевательство|безобразие|ужасно|ужас|отвратительно|"
          "никто не отвечает|не отвечают|бардак|кошмар|возмутительно|безответственно|некомпетент*|"
          "хватит врать|вранье|враньё|бездействие|наплевательство|разочарован*|фарс|цирк",
    "uk": "ганьба|сором*|лицемірство|брехня|провал|знущання|неподобство|жахливо|жах|огидно|"
          "ніхто не відповідає|не відповідають|бардак|кошмар|обурливо|безвідповідальн*|некомпетент*|"
          "досить брехати|бездіяльність|розчарован*|фарс|цирк",
    "zh": "可耻|无耻|丢人|丢脸|太差|很差|真差|离谱|寒心|失望|虚伪|谎言|骗人|不作为|没人接|没人回|"
          "敷衍|垃圾|恶心|荒唐|太过分|过分|糟糕|一塌糊涂|什么玩意|太烂|不负责",
    "tr": "rezalet*|ayıp|utanç*|yalan*|ikiyüzlü*|başarısız*|kabul edilemez|ciddiyetsiz*|skandal|berbat|"
          "kimse bakmıyor|cevap yok|cevap vermiyor*|yazık|rezil*|saçma*|felaket|beceriksiz*|umursamaz*|"
          "hayal kırıklığı|sessiz kal*",
    "fa": "افتضاح*|شرم*|دروغ*|ریاکار*|فاجعه|مسخره*|خجالت بکشید|بی‌جواب|بی جواب|جواب نمیده|کسی جواب|"
          "بی‌کفایت*|بی کفایت*|ننگ|بی‌شرم*|بی شرم*|ظلم|اسفناک|وحشتناک|بدترین|بی‌مسئولیت*|بی مسئولیت*",
}

PRAISE = {
    "en": "thanks|thank you|thank|grateful|great|congratulations|congrats|bravo|excellent|proud|well done|"
          "amazing|fantastic|wonderful|brilliant|awesome|superb|lifesaver*|heroes|hero|love this|"
          "love it|champions|unbelievable|legends|outstanding|appreciate*|helpful|kind|best|beautiful|"
          "not disappointed|no complaints|can't complain",
    "fr": "merci|félicitations|bravo|génial|géniale|excellent*|fier|fiers|fière|magnifique|superbe|"
          "formidable|merveilleux|champions|gentillesse|incroyable|top|chapeau|pas déçu|pas déçue|"
          "rien à redire|aucun reproche",
    "es": "gracias|felicidades|enhorabuena|felicitaciones|bravo|genial|excelente|orgullo*|orgullosos|"
          "increíble|increible|maravilloso|campeones|vamos|vamooo*|cariño|estupendo|fantástico|"
          "nada decepcionad*|ninguna queja",
    "de": "danke|dankeschön|glückwunsch|herzlichen glückwunsch|bravo|toll|super|klasse|großartig|"
          "grossartig|stolz|hervorragend|wunderbar|weltmeister|unglaublich|die besten|spitze|"
          "gar nicht schlecht|nicht enttäuscht|keine beschwerde*",
    "pt": "obrigado|obrigada|parabéns|parabens|bravo|excelente|orgulho*|incrível|incrivel|fantástic*|"
          "maravilhos*|campeões|campeoes|incansáveis|incansaveis|top|nada desiludid*|nada decepcionad*|"
          "sem queixas|nenhuma queixa",
    "it": "grazie|complimenti|congratulazioni|bravi|bravissimi|bravissim*|brava|bravo|ottimo|eccellente|"
          "orgoglio*|fantastic*|meraviglios*|campioni|incredibil*|gentilissim*|velocissim*|"
          "per niente delus*|nessuna lamentela",
    "nl": "bedankt|dank je|dank u|dankjewel|dankuwel|gefeliciteerd|proficiat|bravo|geweldig|fantastisch|"
          "trots|top|super|helden|held|wereldkampioen*|kampioen*|hup|prachtig|uitstekend|"
          "niet tegengevallen|helemaal niet slecht|geen klachten",
    "ar": "شكرا|شكراً|مبروك|ألف مبروك|الف مبروك|تسلموا|يعطيكم العافية|ممتاز|رائع|فخور*|فخر|رفعتوا راسنا|"
          "بارك الله|محترمين|يقدر|يُقدَّر|أحسنتم|احسنتم|ما عندي أي شكوى|ما عندي اي شكوى|لا شكوى|مشكورين",
    "he": "תודה|תודה רבה|כל הכבוד|מזל טוב|גאים|גאה|מדהים|מרגש*|מעולה|אלופים|אלופות|כיף|סבלני*|"
          "אין לי שום תלונה|אין תלונות|יישר כוח|שאפו",
    "ru": "спасибо|благодар*|поздравляю|поздравляем|молодцы|молодец|браво|гордимся|горжусь|отлично|"
          "прекрасно|замечательно|ура|великолепно|вежливо|по-человечески|никаких претензий|нет претензий|"
          "умницы|супер",
    "uk": "дякую|дякуємо|вдячн*|вітаю|вітаємо|молодці|молодець|браво|пишаємось|пишаємося|пишаюсь|"
          "чудово|прекрасно|ура|ввічливо|жодних претензій|немає претензій|супер|слава",
    "zh": "谢谢|感谢|太棒|真棒|很棒|点赞|赞|威武|骄傲|自豪|暖心|辛苦了|厉害|加油|恭喜|好样的|"
          "挑不出|没毛病|态度很好|效率高|给力|优秀",
    "tr": "teşekkür*|tesekkur*|tebrik*|helal olsun|harika|muhteşem|gurur*|bravo|süper|sağolun|sağ olun|"
          "çok anlamlı|şampiyon*|ilgiliydi|hiçbir şikayetim yok|şikayetim yok|eline sağlık|emeğinize sağlık",
    "fa": "ممنون*|مرسی|سپاس*|تشکر|متشکر*|دمتون گرم|دمت گرم|ایول|افتخار*|عالی|آفرین|تبریک|ارزشمند*|"
          "مودب|هیچ گله‌ای ندارم|هیچ گله ای ندارم|گله‌ای ندارم|خسته نباشید|دستتون درد نکنه",
}

# Insults, slurs, dehumanising words and threats aimed at people.
# The last lines of each language: insults by kind (stupid, lazy, liars, cowards, vermin and other
# pests, shut up); the heads learnt English insults from tweets but have few examples elsewhere.
ABUSE = {
    "en": "idiot*|moron*|scum|traitor*|bastard*|stupid people|you stupid|clowns|bunch of clowns|imbecile*|"
          "parasites|vermin|rats|pigs|animals|shut up|retard*|dickhead*|asshole*|piece of shit|"
          "go to hell|you should die|kill you|hang them|cockroach*|bunch of thieves|thieves|crooks|liars|"
          "cowards|spineless|brainless|shut your mouth|locusts|leeches",
    "fr": "imbécile*|connard*|connasse|ordure*|bande d'incapables|incapables|crétin*|abruti*|salaud*|"
          "enfoiré*|tais-toi|ferme-la|ferme ta gueule|pourri*|vermine|parasites|voleurs|menteurs|"
          "bons à rien|va crever|crevez|"
          "fainéant*|faineant*|débile*|debile*|guignol*|lâches|laches|cafards|sangsues|ta gueule|ignare*",
    "es": "idiota*|imbécil*|imbecil*|basura|panda de|inútiles|inutiles|gilipollas|cabrón*|cabron*|"
          "payaso*|cállate|callate|ladrones|mentirosos|parásitos|parasitos|escoria|sinvergüenzas|"
          "vividores|ratas|malnacidos|"
          "vagos|chupópteros|chupopteros|tontos|cobarde*|gentuza|alimañas|cucarachas|sanguijuelas|"
          "cierra la boca|eres estúpid*|eres estupid*|un estúpido|una estúpida|estúpidos|estupidos|subnormal*",
    "de": "dummkopf|arschloch*|idiot*|vollidiot*|unfähiger haufen|haufen|sesselfurzer|schmarotzer|"
          "verbrecher|lügner|halt die klappe|halt's maul|penner|versager|pack|gesindel|abschaum|"
          "trottel|schwachkopf|diebe|"
          "vollpfosten|ungeziefer|halt den mund|halt die fresse|dumme kuh|du dumme*|feige*|faule säcke|faulpelz*|"
          "sesselpupser|beamtenpack|schmeißfliegen",
    "pt": "idiota*|imbecil*|cambada de|cambada|incompetentes|palhaço*|cala a boca|cala-te|ladrões|ladroes|"
          "mentirosos|parasitas|corja|canalha*|escumalha|vagabundo*|otário*|burro*|"
          "preguiçoso*|preguicoso*|és estúpid*|seu estúpid*|um estúpido|estúpidos|estupidos|"
          "cobarde*|covarde*|vermes|baratas|sanguessugas",
    "it": "idiota|idioti|imbecill*|branco di|incapaci|mangiapane|buffon*|pagliacc*|stai zitto|zitto|"
          "ladri|bugiardi|parassiti|feccia|vergognatevi|cretin*|deficient*|coglion*|stronz*|"
          "codard*|vigliacc*|fannullon*|parassit*|scarafaggi|sei stupid*|stupidi|chiudi la bocca|sanguisughe",
    "nl": "stelletje|nietsnutten|zakkenvullers|idioot|idioten|sukkel*|klootzak*|hou je bek|hou je kop|"
          "dieven|leugenaars|parasieten|tuig|oplichters|prutsers|kneuzen|debiel*|"
          "ongedierte|hou je mond|dom wijf|jij domme*|laffe*|lafaards|luiaards|ambtenarenvolk|kakkerlakken|uitschot",
    "ar": "حقير|كلاب|لصوص|كذابين|كذابون|جاهل|اسكت|انطم|حمار|حمير|خونة|خائن|تافه|أغبياء|اغبياء|غبي|"
          "حرامية|زبالة|وسخ|منافقين|"
          "كسالى|كسالي|حشرات|اخرس*|جاهلة|جهلة|جبناء|صراصير|طفيليات",
    "he": "טיפש*|מניאק*|אידיוט*|תסתום|סתום|מושחתים|שקרנים|גנבים|חבורה של|אפס|מפגר*|חלאה|חלאות|"
          "בוגד*|זבל|בהמות|"
          "עצלנים|ארבה|סתמי|סתמו|בורה|פחדנים|טפילים|מקקים|חרקים",
    "ru": "идиот*|мразь|сволоч*|дебил*|заткнись|банда|воров|лжецов|ворьё|ворье|тупой|тупые|придурок|"
          "урод*|твари|ублюд*|дармоед*|бездельник*|козлы|быдло|клоуны|"
          "коррупционер*|лжец*|тупиц*|паразит*|трусы|трусливые|тараканы|нахлебник*|бездар*|закрой рот",
    "uk": "ідіот*|мразь|сволот*|дебіл*|закрий рота|заткнись|дурню|дурень|зграя|злодіїв|брехунів|"
          "покидьк*|тупий|тупі|придурок|уроди|виродк*|дармоїд*|нероби|клоуни|"
          "корупціонер*|брехун*|тупак*|паразит*|боягуз*|таргани|нахлібник*|бездар*|стули пельку",
    "zh": "骗子|蛀虫|蠢货|闭嘴|废物|垃圾人|傻逼|傻b|脑残|白痴|混蛋|王八蛋|人渣|滚|狗东西|走狗|汉奸|蠢|"
          "懦夫|寄生虫|害虫|懒鬼|蝗虫|米虫",
    "tr": "hırsız*|yalancı*|cahil*|sus be|sus|aptal*|salak*|gerizekalı*|şerefsiz*|haysiyetsiz|soytarı*|"
          "beceriksizler|asalak*|namussuz*|alçak*|hain*|"
          "tembel*|haşere*|korkak*|parazit*|hamam böcekleri|kes sesini|mal mısın",
    "fa": "دزد*|دروغگو*|نادون|نادان|ساکت شو|خفه شو|احمق*|بی‌شعور*|بی شعور*|یه مشت|مزدور*|خائن*|"
          "بیشرف*|بی‌شرف*|الاغ|کثافت*|انگل*|"
          "نفهم*|دهنتو ببند|بی‌سواد*|بی سواد*|ترسو*|تنبل*|حشرات",
}

# Positive words said sarcastically: with a clap or an eye-roll and a complaint.
SARCASM = {
    "en": "thank you for nothing|thanks for nothing|great job|well done|world class|world-class|"
          "what a surprise|oh great|yeah right|good job",
    "fr": "merci pour rien|merci de rien faire|service au top|quelle surprise",
    "es": "gracias por nada|qué eficiencia|que eficiencia|menuda eficiencia",
    "de": "danke für nichts|super gemacht|weltklasse|toll gemacht|na super|gut gemacht",
    "pt": "obrigado por nada|obrigada por nada|serviço de excelência|servico de excelencia",
    "it": "grazie per niente|grazie di niente|servizio eccellente",
    "nl": "bedankt voor niks|bedankt voor niets|goed bezig hoor|topservice|top service|lekker bezig",
    "ar": "شكرا على لا شيء|ما شاء الله تطوير|تطوير عظيم|إنجاز عظيم",
    "he": "תודה על כלום|מערכת חדשה ומשוכללת",
    "ru": "спасибо за ничего|спасибо ни за что|прогресс",
    "uk": "дякую за ніщо|дякую ні за що|прогрес",
    "zh": "谢谢你们什么都没做|升级得真好|进步神速|真是高效|真厉害啊",
    "tr": "hiçbir şey için teşekkürler|harika bir güncelleme",
    "fa": "پیشرفت واقعی|دست مریزاد",
}

# Words of a complaint that turn a clapping or eye-rolling compliment into sarcasm.
COMPLAINT = {
    "en": "without|another|again|only|crash*|still no|no one|nobody",
    "fr": "sans|encore un|encore une|toujours pas|personne|plante",
    "es": "sin|otra vez|ahora abrís|solo|sólo|nadie",
    "de": "ohne|wieder|schon wieder|nur noch|niemand",
    "pt": "sem|mais um|mais uma|outra vez|ninguém",
    "it": "senza|un altro|un'altra|di nuovo|nessuno",
    "nl": "zonder|weer een|alweer|niemand",
    "ar": "يوقف|بدل|ولا|مافي",
    "he": "קורסת|קורס|אין|שוב",
    "ru": "падает|не через|вместо|опять|снова",
    "uk": "падає|не кожні|замість|знову",
    "zh": "崩|又|还是没",
    "tr": "çöküyor|yine|hâlâ|hala",
    "fa": "از کار میفته|به جای|باز هم",
}

# Negations that cancel a following criticism word ("not disappointed").
NEGATIONS = {"not", "no", "never", "pas", "nullement", "nada", "nicht", "kein", "keine", "gar", "niet",
             "geen", "não", "nao", "nenhum", "niente", "non", "не", "ні", "нет", "никаких", "жодних",
             "لا", "ما", "مش", "לא", "אין", "değil", "hiç", "نه", "هیچ", "不", "没", "没有"}

# Warnings and excitement in capitals are not abuse: profanity that targets no one.
PROFANITY = {
    "en": "fuck*|shit*|damn|wtf|omg|hell",
    "fr": "putain|merde|bordel",
    "es": "joder|mierda|coño",
    "de": "scheiße|scheisse|verdammt|mist",
    "pt": "porra|merda|caralho",
    "it": "cazzo|merda|porca miseria",
    "nl": "kut|shit|godverdomme",
    "ru": "блин|черт|чёрт",
    "uk": "блін|чорт",
    "zh": "卧槽|我靠|妈的",
    "tr": "lan|kahretsin",
    "ar": "يلعن",
    "he": "לעזאזל",
    "fa": "لعنتی",
}

# Thanks in advance and season's greetings: polite, not praise.
COURTESY = {
    "en": "thanks in advance|thank you in advance|merry christmas|happy new year|happy holidays|eid mubarak|"
          "happy eid|happy diwali|happy nowruz|season's greetings",
    "fr": "merci d'avance|merci par avance|merci à l'avance|joyeux noël|bonne année|bonnes fêtes|"
          "bonne fête nationale|aïd moubarak",
    "es": "gracias de antemano|gracias por adelantado|feliz navidad|feliz año nuevo|felices fiestas",
    "de": "danke im voraus|vielen dank im voraus|frohe weihnachten|frohes neues|frohe ostern|schöne feiertage",
    "pt": "obrigado desde já|obrigada desde já|desde já obrigad*|feliz natal|feliz ano novo|boas festas",
    "it": "grazie in anticipo|grazie anticipatamente|buon natale|buon anno|buone feste|buona pasqua",
    "nl": "alvast bedankt|bij voorbaat dank|prettige feestdagen|vrolijk kerstfeest|gelukkig nieuwjaar",
    "ar": "شكرا مقدما|شكراً مقدماً|عيد مبارك|عيد سعيد|كل عام وأنتم بخير|كل عام وانتم بخير|رمضان كريم|رمضان مبارك",
    "he": "תודה מראש|שנה טובה|חג שמח|שבת שלום|חג פסח שמח",
    "ru": "заранее спасибо|с рождеством|с новым годом|с праздником|христос воскресе",
    "uk": "заздалегідь дякую|наперед дякую|з різдвом|з новим роком|христос народився|христос воскрес|"
          "славімо його|зі святом",
    "zh": "先谢谢|提前感谢|中秋快乐|新年快乐|春节快乐|节日快乐|阖家团圆",
    "tr": "şimdiden teşekkür*|hayırlı bayramlar|bayramınız mübarek|iyi bayramlar|mutlu yıllar",
    "fa": "پیشاپیش ممنون|پیشاپیش سپاس|نوروزتون پیروز|نوروز مبارک|سال نو مبارک|عید مبارک",
}

KINDS = ("courtesy", "ask", "rhetorical", "criticism", "praise", "abuse", "sarcasm", "complaint", "profanity")
_TABLES = {"courtesy": COURTESY, "ask": ASK, "rhetorical": RHETORICAL, "criticism": CRITICISM, "praise": PRAISE,
           "abuse": ABUSE, "sarcasm": SARCASM, "complaint": COMPLAINT, "profanity": PROFANITY}
_PREFIXED = frozenset({"ar", "fa", "he"})  # one-letter prefixes (و، ب، ה، ש...) and ال
_WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_AR_PREFIXES = ("وال", "بال", "لل", "ال", "و", "ف", "ب", "ل", "ه", "ש", "ה", "ו", "ב", "ל", "כ", "מ")


class _Table:
    """Cue phrases indexed by their first word; one-word stems (``word*``) by their prefix."""

    def __init__(self, langs):
        self.exact: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        self.stems: dict[str, str] = {}
        lengths: set[int] = set()
        self.chinese: list[tuple[str, str]] = []
        self.prefixed = False
        for kind in KINDS:
            for lang, words in _TABLES[kind].items():
                if lang not in langs:
                    continue
                self.prefixed |= lang in _PREFIXED
                for w in words.split("|"):
                    stem = w.strip().endswith("*")
                    w = w.strip().rstrip("*")
                    if not w:
                        continue
                    if lang == "zh":
                        self.chinese.append((w, kind))
                        continue
                    toks = tuple(_WORD_RE.findall(w))
                    if not toks:
                        continue
                    if stem and len(toks) == 1:
                        self.stems.setdefault(toks[0], kind)
                        lengths.add(len(toks[0]))
                    else:
                        self.exact.setdefault(toks[0], []).append((toks, kind, stem))
        order = {k: i for i, k in enumerate(KINDS)}
        for lst in self.exact.values():  # longest phrase first, then the kinds' order
            lst.sort(key=lambda e: (-len(e[0]), order[e[1]]))
        self.stem_lengths = sorted(lengths, reverse=True)
        self.stem_cache: dict[str, str | None] = {}  # word -> the kind of its stem cue (words repeat)

    def find(self, folded: str) -> list[tuple[str, str, int]]:
        """(kind, cue, word index) for each cue; a word is used by one cue at most."""
        words = _WORD_RE.findall(folded)
        found: list[tuple[str, str, int]] = []
        n = len(words)
        i = 0
        while i < n:
            w = words[i]
            hit = self._at(words, i, w, n)
            if hit is None and self.prefixed and not w.isascii():
                for pre in _AR_PREFIXES:
                    if w.startswith(pre) and len(w) > len(pre) + 1:
                        hit = self._at(words, i, w[len(pre):], n)
                        if hit:
                            break
            if hit is None:
                i += 1
                continue
            kind, length = hit
            found.append((kind, " ".join(words[i:i + length]), i))
            i += length
        if self.chinese and any("\u4e00" <= ch <= "\u9fff" for ch in folded):
            found += [(kind, w, -1) for w, kind in self.chinese if w in folded]
        return found

    def _at(self, words, i, w, n):
        for toks, kind, stem in self.exact.get(w, ()):
            k = len(toks)
            if i + k <= n and all(
                words[i + j] == toks[j] or (stem and j == k - 1 and words[i + j].startswith(toks[j]))
                for j in range(1, k)
            ):
                return kind, k
        kind = self.stem_cache.get(w, "")
        if kind == "":
            kind = None
            for length in self.stem_lengths:
                if len(w) >= length:
                    kind = self.stems.get(w[:length])
                    if kind:
                        break
            if len(self.stem_cache) > 200_000:
                self.stem_cache.clear()
            self.stem_cache[w] = kind
        return (kind, 1) if kind else None


_TABLE_CACHE: dict[str, _Table] = {}


def _table(lang: str) -> _Table:
    key = lang if lang in ASK else ""
    t = _TABLE_CACHE.get(key)
    if t is None:
        t = _TABLE_CACHE[key] = _Table({key, "en"} if key else set(ASK))
    return t


_OPENER_WORDS = {lang: frozenset(ws.split()) for lang, ws in OPENERS.items()}
_ALL_OPENERS = frozenset().union(*_OPENER_WORDS.values())
_SENTENCE_SPLIT = re.compile(r"[.!?؟？¿\n]+")
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|bonjour|bjr|salut|hola|buenas|buenos días|hallo|guten tag|moin|olá|ola|oi|"
    r"bom dia|boa tarde|boa noite|salve|buongiorno|ciao|hoi|goedemiddag|goedemorgen|مرحبا|سلام|السلام عليكم|"
    r"שלום|היי|здравствуйте|добрый день|привет|добрий день|вітаю|merhaba|selam|您好|你好)[\s,!.:]*"
)


def cues(folded: str, lang: str) -> list[tuple[str, str]]:
    """Every cue in a normalised message, ``(kind, matched text)``, in order: ``lang``'s
    cues plus English (code-mixing is common), every language's when ``lang`` is unknown."""
    found = []
    words = None
    for kind, text, i in _table(lang).find(folded):
        if kind == "criticism" and i > 0:
            if words is None:
                words = _WORD_RE.findall(folded)
            if any(w in NEGATIONS for w in words[max(0, i - 2):i]):
                continue  # "not disappointed"
        found.append((kind, text))
    return found


def opens_question(folded: str, lang: str) -> str:
    """The interrogative word that opens one of the message's sentences, or ""."""
    words = _OPENER_WORDS.get(lang, _ALL_OPENERS) if lang in OPENERS else _ALL_OPENERS
    if lang == "en" or lang not in OPENERS:
        pass
    elif lang != "en":
        words = words | _OPENER_WORDS["en"] if lang in ("he", "ar", "fa", "zh") else words
    for sentence in _SENTENCE_SPLIT.split(folded):
        s = _GREETING.sub("", sentence.strip())
        m = _FIRST_WORD.match(s)
        if m and m.group(0) in words and len(s.split()) >= 3:
            return m.group(0)
    return ""
