"""The chrome vocabulary, grouped by concept and language, kept apart from the rules' logic.

Two kinds of entries:

* ``LABELS``: whole lines. A line matches when its `label_key` (case folded, quotes folded,
  bullets and edge punctuation such as ":" or "»" stripped) equals the phrase. Whole-line
  matching is what keeps "Follow the money" or "the most read books of 2023" safe.
* Regular expressions for the families whose lines vary (credits, counters, time stamps).

To add a phrase, add it to the family and language it belongs to; no code changes.
"""

from __future__ import annotations

import re

import regex

_SPECIAL = frozenset("\\.^$*+?{}[]()|")


def _head(alternative: str) -> str:
    """The literal text a branch of a pattern opens with: its characters up to the first special
    one, less the one a quantifier may leave out (``_head(r"days?") == "day"``)."""
    for k, c in enumerate(alternative):
        if c in _SPECIAL:
            return alternative[: k - 1] if c in "?*{" else alternative[:k]
    return alternative


def _may_hold(*needles: str):
    """A quick search of a lower-cased line for any of `needles` (stdlib `re`, ~0.5 us), to try
    before a pattern whose every match holds one of them in some case. It also finds a "ſ" or
    the dot of "İ" lowered ("i" U+0307): the patterns' IGNORECASE matches them to "s" and "i",
    where `str.lower()` keeps the one and adds the dot to the other."""
    needles = sorted({*needles, "\u017f", "\u0307"}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, needles))).search

# --------------------------------------------------------------------------------------------
# Whole-line labels, by family and language.
# --------------------------------------------------------------------------------------------

#: Headers that open a list of teasers: the header and its entries are removed.
RELATED_HEADERS = {
    "en": """most read | most popular | most viewed | most shared | most commented | most read articles
        | most read stories | most read this week | popular | popular now | popular posts
        | popular stories | popular articles | trending | trending now | trending stories
        | trending articles | trending news | related | related articles | related posts
        | related stories | related news | related content | related coverage | related topics
        | read more | read next | read also | also read | see also | more stories | more news
        | more articles | more to explore | you may also like | you might also like
        | you may be interested in | you might be interested in | recommended | recommended for you
        | recommended articles | recommended stories | editor's picks | editors' picks | top stories
        | latest news | latest stories | latest articles | latest posts | recent posts | recent articles
        | recent news | don't miss | more on this story | more on this topic | further reading
        | in case you missed it | what to read next | around the web | from the web | up next
        | more like this | similar articles | top news | most recent | featured stories
        | keep reading | more in news | most viewed news | most viewed stories | most viewed articles
        | most popular news | most popular stories | popular in news | recent comments | top posts & pages
        | top posts | explore further | related reading | recommended reading | other stories
        | you may also be interested in | read this next | read these next | more stories like this
        | you might like | you may like | more videos | listen next | similar | must reads | must-reads
        | you'll also like | you will also like
        | similar threads | similar topics | related questions | linked questions | hot network questions
        | more posts you may like | similar questions | related discussions | related products
        | customers also bought | customers also viewed | customers who bought this item also bought
        | customers who viewed this item also viewed | frequently bought together | similar products
        | similar items | similar jobs | similar apps | other roles near you | related courses
        | related resources | related guides | articles in this section | related links | popular recipes""",
    "de": """meistgelesen | meistgelesene artikel | meistgelesene | am meisten gelesen | meist gelesen
        | das könnte sie auch interessieren | das könnte dich auch interessieren
        | dies könnte sie auch interessieren | auch interessant | ebenfalls interessant
        | mehr zum thema | mehr zum thema lesen | weitere artikel | weitere artikel zum thema
        | weitere nachrichten | ähnliche artikel | ähnliche beiträge | verwandte artikel
        | verwandte themen | empfohlene artikel | empfehlungen | unsere empfehlung | lesen sie auch
        | lies auch | lesen sie mehr | weiterführende links | top-themen | top themen | beliebt
        | beliebte artikel | neueste artikel | neueste beiträge | aktuelle beiträge | neue beiträge
        | letzte beiträge | das könnte ihnen auch gefallen | mehr aus dem ressort | mehr aus der rubrik
        | die wichtigsten nachrichten | meistkommentiert | meist kommentiert | zum weiterlesen
        | top-artikel | mehr artikel | empfohlene beiträge | empfohlene artikel | empfehlungen der redaktion
        | das könnte dir auch gefallen | auch lesenswert | beliebte beiträge | neueste kommentare
        | top-beiträge & -seiten | top-beiträge | schon gelesen | mehr themen
        | weitere inhalte zum thema | weitere pressemitteilungen
        | das thema könnte dich auch interessieren | das thema könnte sie auch interessieren
        | am häufigsten gelesen | meistdiskutierte artikel | artikel zum thema | für dich empfohlen
        | für sie empfohlen | empfehlungen aus der redaktion | aktuelle artikel | aktuelle news
        | aktuelle meldungen | weitere beiträge | weitere news | weitere meldungen | ähnliche themen
        | ähnliche neuigkeiten | das könnte dich interessieren | das könnte sie interessieren
        | unsere lesetipps | lesetipps | passend zum thema | beiträge aus dem forum
        | sie könnten auch an folgenden artikeln interessiert sein | das könnte sie auch interessieren:
        | videos zum thema | bilder zum thema | mehr videos | weitere videos | weitere inhalte | am beliebtesten
        | verwandte beiträge | auch hörenswert | ähnlich | das wird dir auch gefallen | das wird ihnen auch gefallen
        | das gefällt dir bestimmt auch | das gefällt ihnen bestimmt auch
        | ähnliche diskussionen | ähnliche threads
        | weitere fragen zum thema | ähnliche fragen | ähnliche produkte | passende produkte""",
    "fr": """les plus lus | les plus lues | articles les plus lus | à lire aussi | a lire aussi | lire aussi
        | à lire également | sur le même sujet | sur le meme sujet | articles similaires | articles liés
        | à découvrir | a découvrir | vous aimerez aussi | vous aimerez aussi | vous pourriez aimer
        | dans la même rubrique | plus de sujets | les plus partagés | derniers articles | à voir aussi
        | lire la suite | pour approfondir | les plus populaires | articles récents | à lire sur le même sujet
        | sur le même thème | vous pourriez aussi aimer | vous aimerez peut-être aussi | ces articles peuvent vous intéresser
        | nos derniers articles | articles recommandés
        | les plus commentés | les plus consultés | dans la même catégorie | à voir également | articles connexes
        | similaire | articles similaires | articles en relation | articles en lien | à écouter aussi | a écouter aussi
        | à écouter également | plus de vidéos | autres vidéos | à ne pas manquer | à ne pas rater
        | discussions similaires | sujets similaires
        | questions similaires | produits apparentés | produits similaires
        | annonces similaires""",
    "es": """lo más leído | lo mas leido | más leídas | más leídos | te puede interesar | también te puede interesar
        | noticias relacionadas | artículos relacionados | relacionados | relacionadas | más noticias
        | lee también | lea también | te recomendamos | recomendados | últimas noticias | lo último
        | notas relacionadas | noticias relacionadas | vea también | ver también | mira también | también te puede interesar
        | lea más | lee más | otras noticias | las más vistas | lo más visto | mirá también | lo más reciente
        | también te podría interesar | noticias destacadas | te puede gustar | quizás te interese
        | puede que te interese | también te puede gustar | lo más compartido | lo más comentado | más vistas
        | artículos recomendados | entradas relacionadas | publicaciones relacionadas | entradas recientes
        | en la misma sección | otras noticias de interés | más en esta sección | relacionado | las más leídas
        | los más leídos | las noticias más leídas | seguí leyendo | escucha también | más videos | otros videos
        | imperdibles | no te lo pierdas
        | temas similares | hilos similares
        | preguntas similares | productos relacionados
        | anuncios similares""",
    "ca": """el més llegit | els més llegits | les més llegides | el més vist | notícies relacionades | articles relacionats
        | relacionats | relacionades | més notícies | altres notícies | llegiu també | llegeix també | també et pot interessar
        | també t'interessarà | et pot interessar | us pot interessar | entrades relacionades | publicacions relacionades
        | últimes notícies | altres propostes | no t'ho perdis | més d'aquesta secció
        | anuncis similars""",
    "it": """i più letti | più letti | leggi anche | articoli correlati | potrebbe interessarti
        | ti potrebbe interessare | notizie correlate | ultime notizie | articoli recenti | potrebbe interessarti anche
        | correlati | articoli simili | i più visti | più visti | i più condivisi | più popolari
        | ti consigliamo | da non perdere | dalla stessa sezione | altri articoli | potrebbe piacerti anche
        | ti potrebbero interessare | leggi altro | gli articoli più letti | ascolta anche | altri video
        | discussioni simili | argomenti simili
        | domande simili | prodotti correlati
        | annunci simili | ti potrebbe interessare anche""",
    "nl": """meest gelezen | lees ook | gerelateerde artikelen | gerelateerd | aanbevolen | meer nieuws
        | meer over dit onderwerp | ook interessant | meest bekeken | meest gedeeld
        | bekijk ook | lees meer over | meer artikelen | ook leuk om te lezen | dit vind je misschien ook leuk
        | dit vind je vast ook interessant | meer uit deze rubriek | populaire artikelen
        | gerelateerde berichten | recente berichten | nieuwste artikelen | luister ook | meer video's
        | soortgelijke onderwerpen | vergelijkbare onderwerpen
        | vergelijkbare vragen | gerelateerde producten
        | lees ook deze artikelen | laatste nieuws | ook interessant voor jou | anderen lazen ook | meest gelezen artikelen | meer recepten | vergelijkbare recepten | gerelateerde recepten""",
    "pt": """mais lidas | mais lidos | leia também | leia mais | notícias relacionadas | relacionados
        | veja também | recomendados | mais vistas | mais vistos
        | mais recentes | você pode gostar | você também pode gostar | você pode se interessar | pode interessar
        | relacionadas | conteúdo relacionado | artigos relacionados | posts relacionados | matérias relacionadas
        | destaques | mais populares | mais partilhadas | recomendadas para você
        | outras notícias | publicações relacionadas | ler mais | ver também | artigos recentes | notícias recentes
        | mais notícias""",
    "pl": """najczęściej czytane | najpopularniejsze | czytaj także | czytaj też | zobacz także
        | zobacz też | polecamy | powiązane artykuły | podobne artykuły | inne artykuły autora
        | przeczytaj także | przeczytaj też | przeczytaj również | czytaj również | zobacz również
        | najnowsze artykuły | najnowsze wpisy | ostatnie wpisy
        | może cię zainteresować | mogą cię zainteresować | to może cię zainteresować | warto przeczytać
        | popularne artykuły | najchętniej czytane | więcej z kategorii
        | podobne wpisy | powiązane wpisy | powiązane | polecane | polecane artykuły | podobne
        | podobne wątki | podobne tematy
        | podobne pytania | podobne produkty | produkty powiązane
        | podobne przepisy | czytaj więcej na ten temat | polecane przepisy | inne przepisy | więcej przepisów""",
    "hu": """ezek is érdekelhetnek | ez is érdekelhet | kapcsolódó cikkek | kapcsolódó hírek | legolvasottabb
        | legolvasottabb cikkek | legnépszerűbb | friss receptjeink | friss hírek | ajánlott cikkek""",
    # Papiamento (Aruba, Curaçao)
    "pap": """noticia relaciona | noticianan relaciona | mas for di e autor""",
    "sv": """mest läst | mest lästa | läs också | läs även | relaterade artiklar | rekommenderat
        | relaterat | relaterade | fler nyheter | senaste artiklarna
        | mest delat | mest delade | mest kommenterade | populära artiklar | du kanske också gillar
        | läs mer om | mer om ämnet | fler artiklar | liknande artiklar | senaste inläggen | rekommenderade artiklar""",
    "ru": """самое читаемое | популярное | читайте также | похожие статьи | рекомендуем | по теме
        | похожие новости | похожие записи | ещё по теме | еще по теме | новости по теме | материалы по теме
        | другие новости | новости партнёров | новости партнеров | смотрите также
        | вам может быть интересно | вам также может понравиться | вас может заинтересовать
        | самые читаемые | самое обсуждаемое
        | свежие записи | последние записи | рекомендуемые статьи | популярные статьи | похожее
        | еще новости | ещё новости | больше новостей | материалы партнеров | материалы партнёров""",
    "zh": """相关新闻 | 相关文章 | 相关阅读 | 相关推荐 | 相关报道 | 推荐阅读 | 猜你喜欢 | 热门文章 | 热门排行 | 热点新闻 | 更多新闻 | 相關新聞 | 相關文章 | 相關閱讀 | 相關報導 | 推薦閱讀 | 熱門文章 | 熱門新聞 | 相關主題 | 延伸閱讀""",
    "ja": """関連記事 | 関連ニュース | 関連する記事 | おすすめ記事 | 人気記事 | アクセスランキング | あわせて読みたい | こちらもおすすめ | この記事を読んだ人はこんな記事も読んでいます | 最近の投稿 | 新着記事""",
    "ko": """관련기사 | 관련 기사 | 관련 뉴스 | 많이 본 뉴스 | 많이 본 기사 | 인기 기사 | 인기기사 | 추천 기사 | 최신 기사""",
    "ar": """أخبار ذات صلة | مقالات ذات صلة | مواضيع ذات صلة | الأكثر قراءة | الأكثر مشاهدة | اقرأ أيضا | اقرأ أيضاً | أخبار متعلقة""",
    "fa": """اخبار مرتبط | مطالب مرتبط | پربازدیدترین | پربازدیدترین ها | بیشتر بخوانید | اخبار پربازدید""",
    "he": """פוסטים קשורים | כתבות קשורות | כתבות נוספות | עוד כתבות | הנקראים ביותר | מומלצים | אולי יעניין אותך""",
    "hi": """ये भी पढ़ें | यह भी पढ़ें | इसे भी पढ़ें | संबंधित खबरें | संबंधित ख़बरें | सबसे ज्यादा पढ़ी गई | टॉप न्यूज़""",
    "th": """ข่าวที่เกี่ยวข้อง | บทความที่เกี่ยวข้อง | ข่าวยอดนิยม | บทความยอดนิยม | บทความแนะนำ | สูตรอาหารแนะนำ | ข่าวล่าสุด""",
    "tr": """ilgili haberler | benzer haberler | en çok okunanlar | en çok okunan haberler | bunlar da ilginizi çekebilir | ilginizi çekebilir | benzer konular | ilgili yazılar | son yazılar | benzer tarifler""",
    "id": """berita terkait | artikel terkait | baca juga | terpopuler | berita lainnya | artikel lainnya | resep lainnya | populer""",
    "vi": """tin liên quan | bài viết liên quan | tin cùng chuyên mục | đọc nhiều nhất | đọc nhiều | tin mới nhất | có thể bạn quan tâm | bài viết liên quan""",
    "cs": """související články | související | nejčtenější | mohlo by vás zajímat | čtěte také | další články
        | přečtěte si také | přečtěte si též | čtěte též | nejnovější | nejnovější články | nejnovější zprávy | doporučujeme | další zprávy | podobné články | podobné recepty | související zprávy | nejčtenější články | mohlo by vás také zajímat | další z rubriky | nejčtenější zprávy""",
    "uk": """читайте також | схожі новини | популярне | новини за темою | найпопулярніше | останні новини | схожі рецепти | схожі статті | вас може зацікавити""",
    "el": """σχετικές αναρτήσεις | σχετικά άρθρα | σχετικά | δημοφιλή | διαβάστε επίσης | διαβάστε ακόμα | περισσότερα""",
    "ro": """articole similare | articole recomandate | citește și | cele mai citite | știri similare | rețete similare""",
    "da": """du kan også lide | læs også | relaterede artikler | mest læste | seneste nyt
        | læs mere | mest læst | mest læste artikler | mest populære | anbefalet | anbefalede artikler | flere nyheder | andre læser også | du vil måske også kunne lide | se også | relateret | seneste nyheder | nyeste artikler | lignende opskrifter | relaterede opslag""",
    "no": """les også | mest lest | relaterte artikler | relaterte saker | siste nytt
        | les mer | mest lest nå | mest leste | mest populære | anbefalt | anbefalte artikler | flere nyheter | se også | du vil kanskje også like | relatert | siste nyheter | nyeste artikler | lignende oppskrifter | relaterte innlegg""",
    "fi": """lue myös | luetuimmat | aiheeseen liittyvät | aiheeseen liittyvää | uusimmat""",
    "bg": """още по темата | най-четени | най-четено | подобни публикации | свързани новини | свързани статии
        | още новини | препоръчано | последни новини | най-нови | подобни теми | подобни рецепти""",
    "hr": """povezane vijesti | povezani članci | najčitanije | najnovije | preporučujemo | još iz rubrike
        | slični članci | pročitajte još | izdvojeno | slični recepti | možda će vas zanimati""",
    "sr": """повезане вести | најчитаније | најновије | препоручујемо | још из рубрике | слични чланци | прочитајте још
        | povezane vesti | najčitanije | najnovije | slični članci | možda će vas zanimati | можда ће вас занимати | slični recepti""",
    "ms": """berkaitan | artikel berkaitan | catatan berkaitan | resepi berkaitan | bacaan berkaitan | entri berkaitan
        | paling popular | terkini""",
    "sk": """prečítajte si aj | prečítajte si tiež | čítajte aj | čítajte tiež | najčítanejšie | najčítanejšie články | súvisiace články | súvisiace | mohlo by vás zaujímať | podobné články | podobné recepty | najnovšie | najnovšie články | odporúčame | ďalšie články | ďalšie správy""",
}

#: Headers that open an author box; the bio paragraph after them goes too.
AUTHOR_HEADERS = {
    "en": """about the author | about the authors | about the writer | about the reporter | about me
        | author bio | author | authors | the author | written by | meet the author | contributor""",
    "de": """über den autor | über die autorin | über die autoren | zum autor | zur autorin | zur person
        | autor | autorin | autoren | über mich | autoreninfo | über den autor/ die autorin
        | über den autor / die autorin | über den autor/die autorin | über die autorin / den autor""",
    "fr": """à propos de l'auteur | a propos de l'auteur | l'auteur | auteur | à propos | à propos de moi | qui suis-je""",
    "es": """sobre el autor | sobre la autora | acerca del autor | autor | autora | sobre mí | acerca de mí
        | datos personales""",
    "ca": """sobre l'autor | sobre l'autora | sobre mi""",
    "it": """l'autore | sull'autore | autore | chi sono""",
    "nl": """over de auteur | over de schrijver | auteur | over mij""",
    "pt": """sobre o autor | sobre a autora | sobre mim""",
    "pl": """o autorze | autor | o mnie
        | o autorce | o autorach""",
    "sv": """om författaren | om mig""",
    "ru": """об авторе | обо мне""",
    "cs": """o autorovi | o autorce | autor | autorka""",
    "sk": """o autorovi | o autorke | autor | autorka""",
    "da": """om forfatteren | om skribenten | om mig | forfatter | skribent""",
    "no": """om forfatteren | om skribenten | om meg | forfatter | skribent""",
}

#: The link that closes a blog's profile widget ("About me" / "My photo" / the name / a few
#: words / "View my complete profile"): what stands between the header and it is the widget's.
PROFILE_LINKS = frozenset(x.strip() for x in """view my complete profile | mein profil vollständig anzeigen
    | afficher mon profil complet | ver todo mi perfil | ver mi perfil completo | visualizza il mio profilo completo
    | mijn volledige profiel bekijken | ver meu perfil completo | visualizar meu perfil completo
    | wyświetl mój pełny profil | visa hela min profil""".split("|"))

#: Headers of tag and category lists ("Tags", "Filed under:") followed by the list.
TAG_HEADERS = {
    "en": """tags | tag | tagged | tagged with | tagged as | topics | topic | filed under | filed in
        | categories | category | posted in | keywords | related tags | related topics | subjects
        | labels""",
    "de": """schlagwörter | schlagworte | schlagwort | stichwörter | stichworte | themen | kategorien
        | kategorie | tags zum artikel | mehr zu den themen | markiert | markiert mit | gekennzeichnet mit
        | themen in diesem artikel | themen dieses artikels | getaggt mit | verschlagwortet mit
        | labels""",
    "fr": """mots-clés | mots clés | mot-clé | étiquettes | thèmes | catégories | catégorie | sujets
        | libellés""",
    "es": """etiquetas | temas | categorías | categoría | palabras clave""",
    "ca": """etiquetes | temes | categories | categoria | paraules clau""",
    "it": """tag | argomenti | categorie | parole chiave | etichette | tag correlati""",
    "nl": """tags | onderwerpen | trefwoorden | categorieën
        | labels
        | tag | thema's | gerelateerde onderwerpen""",
    "pt": """tags | etiquetas | temas | categorias | palavras-chave | assuntos | assuntos relacionados | tópicos | marcadores""",
    "pl": """tagi | tematy | kategorie | słowa kluczowe | tag | powiązane tematy
        | etykiety""",
    "sv": """taggar | ämnen | kategorier | etiketter | nyckelord | ämnesord""",
    "ru": """теги | метки | темы | рубрики | тэги | ключевые слова | рубрика""",
    "cs": """štítky | tagy | témata | klíčová slova | související témata""",
    "sk": """štítky | tagy | témy | kľúčové slová | súvisiace témy""",
    "da": """tags | emner | nøgleord | kategorier""",
    "no": """stikkord | emner | tags | kategorier | nøkkelord""",
    "uk": """теги | мітки | ключові слова | теми""",
    "bg": """етикети | тагове | ключови думи | теми""",
    "hr": """oznake | tagovi | ključne riječi | teme""",
    "sr": """тагови | ознаке | кључне речи | теме | ključne reči""",
    "hu": """címkék | címke | kulcsszavak | témák""",
    "ro": """etichete | tag-uri | cuvinte cheie | subiecte""",
    "fi": """aiheet | avainsanat | asiasanat | tunnisteet""",
    "tr": """etiketler | anahtar kelimeler | konular""",
    "el": """ετικέτες | λέξεις-κλειδιά | λέξεις κλειδιά""",
    "id": """tag | tags | topik | kata kunci | topik terkait""",
    "ms": """label | tag | kategori | kata kunci""",
    "vi": """từ khóa | từ khoá | thẻ | chủ đề""",
    "zh": """标签 | 標籤 | 关键词 | 關鍵詞 | 关键字 | 關鍵字""",
    "ja": """タグ | キーワード | 関連キーワード""",
    "ko": """태그 | 키워드 | 관련 태그""",
    "ar": """الكلمات المفتاحية | كلمات مفتاحية | الوسوم | وسوم""",
    "fa": """برچسب‌ها | برچسب ها | برچسب | کلیدواژه‌ها | کلیدواژه ها | کلمات کلیدی""",
    "he": """תגיות | תגים""",
    "hi": """टैग | टैग्स | टॉपिक्स""",
    "th": """แท็ก | แท็กที่เกี่ยวข้อง | คำค้น""",
}

#: Tag headers that name nothing but tags: after one of them, a line of a few words without a
#: sentence end is tags ("Schlagwörter: Frauen aus der Sportwelt"), where after "Themen:" or
#: "Category:" it may be an article's line.
KEYWORD_HEADERS = frozenset(" ".join(w.split()) for w in """tags | tagged | tagged with | keywords | related tags
    | schlagwörter | schlagworte | schlagwort | stichwörter | stichworte | getaggt mit | verschlagwortet mit | markiert mit | gekennzeichnet mit
    | mots-clés | mots clés | mot-clé | étiquettes | etiquetas | palabras clave | parole chiave | etichette
    | tag correlati | trefwoorden | palavras-chave | marcadores | tagi | słowa kluczowe | taggar | nyckelord
    | ämnesord | теги | метки | тэги | ключевые слова
    | мітки | ключові слова | етикети | тагове | ключови думи | oznake | tagovi | ključne riječi | тагови | ознаке
    | кључне речи | ključne reči | címkék | címke | kulcsszavak | etichete | tag-uri | cuvinte cheie | avainsanat
    | asiasanat | tunnisteet | etiketler | anahtar kelimeler | ετικέτες | λέξεις-κλειδιά | λέξεις κλειδιά | kata kunci
    | từ khóa | từ khoá | 标签 | 標籤 | 关键词 | 關鍵詞 | 关键字 | 關鍵字 | タグ | キーワード | 関連キーワード | 태그 | 키워드
    | 관련 태그 | الكلمات المفتاحية | كلمات مفتاحية | الوسوم | وسوم | برچسب‌ها | برچسب ها | کلیدواژه‌ها | کلیدواژه ها
    | کلمات کلیدی | תגיות | תגים | टैग | टैग्स | แท็ก | แท็กที่เกี่ยวข้อง | คำค้น""".split("|"))

#: The labels of a scholarly paper's keywords, and the openings of its abstract: keywords printed
#: near an abstract ("Keywords: urban heat island; street trees", "Mots-clés : îlot de chaleur")
#: are the paper's, not the site's tags.
PAPER_KEYWORD_HEADERS = frozenset({"keywords", "key words", "schlüsselwörter", "mots-clés", "mots clés", "palabras clave",
                                   "parole chiave", "trefwoorden", "słowa kluczowe", "palavras-chave", "nyckelord",
                                   "ключевые слова"})
ABSTRACT_OPENERS = ("abstract", "zusammenfassung", "kurzfassung", "résumé", "resumen", "riassunto", "samenvatting",
                    "streszczenie", "resumo", "sammanfattning", "аннотация")

#: An entry of a reading list or bibliography that the writer gives: an author, a title and a
#: year ("Jane Roe, The Quiet Harbour (London: Example Press, 2019)", "Smith, J. (2020). Urban
#: trees. Nature, 580, 12-15.", "Marie Durand, Les arbres de Paris, Seuil, 2018", "Anna Berg: Die
#: Stadt der Bäume. München 2020."). A teaser names a headline, and a film's year in brackets
#: ("Dune (2021)") has no author before it.
_REFERENCE_CENTURY = r"(?:1[5-9]|20)"
_REFERENCE_YEAR = _REFERENCE_CENTURY + r"\d{2}"
REFERENCE_ENTRY = regex.compile(
    rf"""^\W*(?:\d+[.)]\s*)?
        (?:[\p{{Lu}}][\p{{L}}'’\-]+,\s(?:\p{{Lu}}\.\s?)+(?:,|&|and|und|et|y)?.*\({_REFERENCE_YEAR}[a-z]?\)   # Smith, J. (2020)
          |[\p{{Lu}}][\p{{L}}.'’\- ]{{1,40}}?[,:]\s.*?
            (?:\((?:[^()]*?[\s,:])?{_REFERENCE_YEAR}[a-z]?\)                            # (London: Example Press, 2019)
              |[,.]\s+(?:[\p{{Lu}}][\p{{L}}\-]+\s+)?{_REFERENCE_YEAR})\W*$)                  # , Seuil, 2018 / . München 2020""",
    regex.VERBOSE,
)
#: A quick test every `REFERENCE_ENTRY` match passes: each branch holds the year, whose first two
#: figures are ASCII (stdlib `re`, ~0.5 us; its "\d" knows fewer scripts' figures than the pattern's,
#: and is not used; tests/test_prefilters.py).
REFERENCE_ENTRY_MAY_MATCH = re.compile(_REFERENCE_CENTURY).search


def reference_entry(line: str) -> bool:
    """Whether `line` is an entry of a reading list or bibliography (`REFERENCE_ENTRY`)."""
    return REFERENCE_ENTRY_MAY_MATCH(line) is not None and REFERENCE_ENTRY.match(line) is not None

#: Headings of an article's list of sources ("Sources", "Einzelnachweise", "Bibliographie"): no
#: teaser list holds one, so a list that runs into one ends there. ("Literatur", "Notes" also name
#: a site's sections in its menus, and are left out.)
REFERENCE_HEADINGS = frozenset(" ".join(w.split()) for w in """sources | references | bibliography | footnotes | quellen
    | quellenangaben | einzelnachweise | fußnoten | références | bibliographie | notes et références | fuentes | referencias
    | bibliografía | fonti | riferimenti | bibliografia | bronnen | źródła | przypisy""".split("|"))

#: Headings of a recipe's parts: the ingredient list and the steps that follow them are the
#: article, however much they look like a menu (short lines, labels, figures). "Zutaten für 4
#: Personen" counts as "zutaten" (see RECIPE_HEADING_PREFIXES).
RECIPE_HEADINGS = {
    "en": """ingredients | ingredient list | you will need | you'll need | what you need | instructions
        | directions | method | preparation | steps | equipment""",
    "de": """zutaten | zubereitung | anleitung | so geht's | so wird's gemacht | arbeitsschritte | zubehör | utensilien""",
    "fr": """ingrédients | préparation | instructions | étapes | ustensiles | matériel""",
    "es": """ingredientes | preparación | elaboración | instrucciones | pasos | modo de preparación""",
    "ca": """ingredients | preparació | elaboració | instruccions | passos""",
    "it": """ingredienti | preparazione | procedimento | istruzioni""",
    "nl": """ingrediënten | bereiding | bereidingswijze | benodigdheden""",
    "pt": """ingredientes | modo de preparo | preparo | preparação""",
    "pl": """składniki | przygotowanie | sposób przygotowania""",
    "sv": """ingredienser | gör så här | instruktioner | tillagning""",
    "ru": """ингредиенты | приготовление | способ приготовления""",
    "uk": """інгредієнти | приготування | спосіб приготування""",
    "bg": """необходими продукти | продукти | начин на приготвяне | приготвяне""",
    "hr": """sastojci | priprema | način pripreme""",
    "sr": """састојци | припрема | начин припреме""",
    "hu": """hozzávalók | elkészítés | elkészítése""",
    "ro": """ingrediente | mod de preparare | preparare""",
    "fi": """ainekset | valmistus | valmistusohje | ohje""",
    "tr": """malzemeler | hazırlanışı | yapılışı""",
    "el": """υλικά | εκτέλεση | οδηγίες""",
    "id": """bahan | bahan-bahan | cara membuat | langkah-langkah""",
    "ms": """bahan-bahan | cara-cara | cara membuat""",
    "vi": """nguyên liệu | cách làm | cách nấu""",
    "zh": """材料 | 食材 | 做法 | 步骤""",
    "ja": """材料 | 作り方""",
    "ko": """재료 | 만드는 법 | 조리 방법""",
    "ar": """المكونات | طريقة التحضير""",
    "fa": """مواد لازم | طرز تهیه""",
    "he": """מצרכים | אופן ההכנה""",
    "hi": """सामग्री | बनाने की विधि | विधि""",
    "th": """วัตถุดิบ | ส่วนผสม | วิธีทำ""",
}
#: Headings of a review's lists of strengths and weaknesses ("Pros" / "Cons", "For" / "Against",
#: "Vorteile" / "Nachteile"): their items are short lines without function words ("Rich,
#: detailed sound", "No wireless charging") that read as a menu to the block classifier. A list
#: of each kind, one under the other, is the article's (see guards.list_guard): "For" or
#: "Pro" alone names no list.
PROS_HEADINGS = {
    "en": """pros | for | the good | what we like | what we liked | likes | positives | advantages | strengths
        | plus points | what's good""",
    "de": """vorteile | pro | pluspunkte | stärken | positiv | das gefällt uns""",
    "fr": """avantages | points forts | les plus | on aime | pour""",
    "es": """ventajas | pros | a favor | puntos fuertes | lo mejor | lo bueno""",
    "it": """pro | pregi | vantaggi | punti di forza | ci piace""",
    "nl": """voordelen | pluspunten | pluspunt | sterke punten""",
    "pt": """prós | vantagens | pontos positivos | pontos fortes""",
    "pl": """zalety | plusy""",
    "sv": """fördelar | plus""",
    "ru": """плюсы | достоинства | преимущества""",
}
CONS_HEADINGS = {
    "en": """cons | against | the bad | what we don't like | what we didn't like | dislikes | negatives
        | disadvantages | weaknesses | minus points | what's bad""",
    "de": """nachteile | contra | kontra | minuspunkte | schwächen | negativ | das gefällt uns nicht""",
    "fr": """inconvénients | points faibles | les moins | on aime moins | contre""",
    "es": """desventajas | contras | en contra | puntos débiles | lo peor | lo malo""",
    "it": """contro | difetti | svantaggi | punti deboli | non ci piace""",
    "nl": """nadelen | minpunten | minpunt | zwakke punten""",
    "pt": """contras | desvantagens | pontos negativos | pontos fracos""",
    "pl": """wady | minusy""",
    "sv": """nackdelar | minus""",
    "ru": """минусы | недостатки""",
}
#: Those headings followed by whom or what they serve: "Ingredients for 4 people", "Zutaten für
#: den Teig", "Ingrédients pour 6 personnes".
RECIPE_HEADING_PREFIXES = ("ingredients for ", "zutaten für ", "ingrédients pour ", "ingredientes para ",
                           "ingredienti per ", "ingrediënten voor ", "składniki na ", "ingredienser till ",
                           "ингредиенты на ", "ingrediente pentru ", "інгредієнти на ", "sastojci za ", "састојци за ",
                           "hozzávalók ", "ainekset ", "malzemeler ", "υλικά για ", "bahan-bahan ", "bahan ", "nguyên liệu ",
                           "продукти за ", "材料（", "材料(", "재료 ", "مواد لازم برای ", "מצרכים ל", "सामग्री ")

#: A blogger's sign-off under the post: "x Franzi", "xoxo", "Liebe Grüße, Anna",
#: "Bisous, Claire", "Cheers, Tom", "Eure Jana". A formula alone, or a formula and a name (group ``name``). `sign-off-guard`
#: keeps it against the block classifier right below the article's prose.
SIGN_OFF = regex.compile(
    r"""^\W*(?:
        # Kisses and greetings, alone or before a name: "x Franzi", "Liebe Grüße, Anna".
        (?:xo(?:xo)+|x{2,3}o{0,3}|x{1,3}o{0,3}(?=\s*,?\s*(?-i:\p{Lu}))|liebe\s+grüße|viele\s+grüße|herzliche\s+grüße|sonnige\s+grüße|liebste\s+grüße
          |alles\s+liebe|lg|glg|bisous|gros\s+bisous|bises|saludos|un\s+abrazo|besos|baci|un\s+bacio|groetjes|liefs
          |pozdrawiam|buziaki|ściskam)
        (?:\s*,?\s*(?P<name>(?-i:\p{Lu}[\p{L}'’-]+)))?
        # Words that are common elsewhere sign off alone or before a comma: "Love, Anna", "Cheers!".
      |(?:hugs|love|lots\s+of\s+love|much\s+love|cheers|best\s+wishes|warmly|take\s+care|bis\s+bald|à\s+bientôt|a\s+presto)
        (?:\s*,\s*(?P<name>(?-i:\p{Lu}[\p{L}'’-]+)))?
        # "Eure Jana", "Deine Petra", "Votre Claire": the possessive before a name alone.
      |(?:eure|euer|deine|dein|votre|ta|ton|tu|vuestra|vuestro|la\s+vostra|il\s+vostro|jullie)\s+(?P<name>(?-i:\p{Lu}[\p{L}'’-]+))
    )[\s!.,♥❤️😘😊:)<3]*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A club's, an office's or a parish's sign-off under its notice: the writer's role, perhaps
#: with a name ("Der Vorstand", "Ihr Praxisteam", "Der Bürgermeister", "Ihre Pfarrerin Ulrike
#: Behrens", "The Committee", "Le bureau", "La junta directiva", "Il direttivo", "Het bestuur").
#: `sign-off-guard` keeps it, and a name on the line below, right below the notice's prose.
ROLE_SIGN_OFF = regex.compile(
    r"""^\W*(?:
        (?:der|die|das|ihr|ihre|euer|eure|dein|deine)\s+(?:vorstand|vorstandschaft|vereinsvorstand|kirchenvorstand
          |pfarrgemeinderat|gemeinderat|ortsvorstand|praxisteam|kanzleiteam|team|organisationsteam|orga-team
          |pfarrer|pfarrerin|pastor|pastorin|bürgermeister|bürgermeisterin|oberbürgermeister|oberbürgermeisterin
          |ortsvorsteher|ortsvorsteherin|schulleitung|elternbeirat|redaktion|geschäftsführung|gemeindeverwaltung
          |stadtverwaltung|verwaltung|vorsitzende|vorsitzender|festausschuss|wehrführung|kommandant|kommandantin)
      |(?:the|your)\s+(?:board|committee|organising\s+committee|organizing\s+committee|team|practice\s+team
          |editors|editorial\s+team|management|mayor|vicar|rector|parish\s+council)
      |(?:le\s+bureau|le\s+comité|le\s+conseil\s+d['’]administration|l['’]équipe|votre\s+équipe|la\s+direction
          |le\s+maire|la\s+maire|le\s+président|la\s+présidente)
      |(?:la\s+junta\s+directiva|la\s+directiva|el\s+equipo|la\s+dirección|el\s+alcalde|la\s+alcaldesa)
      |(?:il\s+direttivo|il\s+consiglio\s+direttivo|lo\s+staff|la\s+redazione|il\s+sindaco|la\s+direzione)
      |(?:het\s+bestuur|het\s+team|de\s+redactie|de\s+burgemeester)
    )(?:\s+(?P<name>(?-i:\p{Lu})[\p{L}'’.-]+(?:\s+(?-i:\p{Lu})[\p{L}'’.-]+){0,2}))?[\s!.,]*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: Share buttons and their labels.
SHARE_LABELS = {
    "en": """share | share this | share this article | share this story | share this post | share article
        | share on facebook | share on twitter | share on x | share on whatsapp | share on linkedin
        | share on pinterest | share on reddit | share via email | share via e-mail | share by email
        | share on email | share to facebook | share to twitter | tweet | tweet this | pin it | pin
        | print | print article | print this article | print this page | print page | copy link | link copied
        | send | send by email | share the article | share story | share this page | shares | share it
        | facebook twitter | facebook twitter email | facebook twitter linkedin | facebook twitter whatsapp
        | like | likes | reddit | flipboard | pocket | save | save article | save for later | gift article
        | comment | share full article | like this | like loading | share on social media | %d bloggers like this
        | email this | blogthis! | share to pinterest | share to linkedin | share to reddit | like it? share it
        | flattr this | jump to recipe | jump to recipe print recipe | pin recipe | save recipe | rate this recipe
        | share to x | restack | restacks | share this post on
        | reblog
        | share episode | share this episode | gift this article | give this article | gift this story | copy article link
        | bookmark | bookmark this article | save this article | save story | add to your saved stories
        | reuse this content | click to share on x (opens in new window | click to share on x/twitter (opens in new window
        | click to email a link to a friend (opens in new window | click to print (opens in new window""",
    "de": """teilen | artikel teilen | beitrag teilen | seite teilen | jetzt teilen | auf facebook teilen
        | auf twitter teilen | bei facebook teilen | bei twitter teilen | per whatsapp teilen
        | auf whatsapp teilen | per e-mail teilen | per mail teilen | per e-mail versenden | drucken
        | artikel drucken | seite drucken | link kopieren | versenden | artikel versenden | merken
        | artikel merken | twittern | teilen auf facebook | teilen auf twitter | empfehlen | weiterleiten
        | mit freunden teilen | teile diesen beitrag | teile diesen beitrag auf | teile diesen artikel
        | diesen artikel teilen | diesen beitrag teilen | tweeten | mailen | per mail versenden | auf x teilen
        | teilen mit | teile diesen beitrag auf social media | auf social media teilen | inhalt teilen
        | url zum kopieren | artikel empfehlen | gefällt mir | gefällt mir wird geladen | liken | liken lade
        | %d bloggern gefällt das
        | news teilen | diese seite teilen | möchten sie den artikel teilen | artikel weiterempfehlen
        | beitrag weiterempfehlen | dir hat der artikel gefallen? jetzt teilen | empfiehl dies deinen freunden
        | teilen sie dies mit | teile dies mit | bei pinterest speichern | auf pinterest merken | pinnen
        | zum rezept | rezept pinnen
        | diesen post per e-mail versenden | in twitter freigeben | in facebook freigeben | in x freigeben | auf pinterest teilen | auf pinterest freigeben
        | artikel verschenken | beitrag verschenken
        | episode teilen | folge teilen""",
    "fr": """partager | partager cet article | partager sur facebook | partager sur twitter | imprimer
        | envoyer | envoyer par e-mail | tweeter | copier le lien | partager sur whatsapp | partager sur linkedin
        | partager par e-mail | partager par email | envoyer par email | partager l'article | lien copié
        | j'aime | j'aime chargement | j'aime ça
        | partager sur pinterest | partager sur x
        | offrir l'article | offrir cet article | ajouter à mes favoris | ajouter aux favoris
        | partager l'épisode | partager cet épisode""",
    "es": """compartir | compartir en facebook | compartir en twitter | imprimir | enviar | enviar por correo
        | copiar enlace | tuitear | compartir en whatsapp | compartir en linkedin | enviar por whatsapp
        | enviar por email | enviar por e-mail | copiar el enlace | compartir noticia | compartir esta noticia
        | compartir artículo | me gusta | me gusta cargando | comparte esto | compártelo | me gusta esto
        | enviar por correo electrónico | escribe un blog | compartir con twitter | compartir con facebook | compartir con pinterest | compartir en pinterest | compartir en x
        | regalar artículo | regalar este artículo | guardar
        | compartir episodio | compartir este episodio""",
    "ca": """comparteix | comparteix a facebook | comparteix a x | comparteix a twitter | comparteix per whatsapp
        | comparteix a whatsapp | comparteix a linkedin | envia per correu | envia per correu electrònic | imprimeix
        | copia l'enllaç | comparteix-ho | comparteix aquesta notícia | comparteix aquesta recepta | m'agrada
        | m'agrada carregant""",
    "it": """condividi | condividi su facebook | stampa | invia | condividi su whatsapp | condividi su x
        | condividi su twitter | condividi su linkedin | condividi via email | invia per email | invia via email
        | copia link | copia il link | link copiato | stampa articolo | condividi l'articolo | condividi questo articolo
        | mi piace | mi piace caricamento
        | invia tramite email | condividi su pinterest | scrivi un blog""",
    "nl": """delen | deel | deel dit artikel | printen | afdrukken | delen via facebook | delen via whatsapp
        | delen via x | delen via twitter | delen via linkedin | delen via e-mail | deel via e-mail | deel via whatsapp
        | deel op facebook | deel op x | kopieer link | link kopiëren | link gekopieerd | deel dit bericht
        | vind ik leuk | vind ik leuk laden | doorsturen | stuur door
        | dit e-mailen | dit bloggen | delen op twitter | delen op facebook | delen op pinterest | delen via pinterest
        | pin dit recept | deel dit recept | deel deze pagina | deel dit | deel via facebook | deel via x | deel via linkedin | delen op linkedin | delen op whatsapp | deel op whatsapp | deel op linkedin | printen dit recept | print dit recept | print""",
    "pt": """compartilhar | compartilhe | partilhar | imprimir | compartilhe esta notícia | compartilhe esta matéria
        | compartilhe este artigo | compartilhar no facebook | compartilhar no whatsapp | compartilhar no twitter
        | compartilhar no x | compartilhar no linkedin | compartilhar por e-mail | compartilhar por email
        | compartilhe no facebook | compartilhe no whatsapp | partilhar no facebook | partilhar no twitter
        | partilhar no whatsapp | partilhar por e-mail | partilhe este artigo | partilhar artigo | copiar link
        | copiar o link | link copiado | enviar por e-mail | enviar por whatsapp | curtir | curtir isso
        | compartilhe isso | curtir carregando | partilhe isto | partilhar isto | gosto disto | gosto carregando
        | gosto a carregar | partilhe esta página | partilhar esta página | compartilhe esta página
        | pular para a receita | ir para a receita | imprimir receita | salvar receita | salvar artigo | salvar notícia
        | compartilhar com o pinterest | compartilhar no pinterest
        | compartilhar episódio | partilhar episódio""",
    "pl": """udostępnij | podziel się | drukuj | wyślij | udostępnij na facebooku | udostępnij na twitterze
        | udostępnij na linkedinie | udostępnij przez e-mail | skopiuj link | kopiuj link | link skopiowany
        | wyślij e-mailem | wyślij mailem | wyślij e-mail | udostępnij artykuł | podziel się artykułem | lubię to
        | wyślij pocztą e-mail | udostępnij w usłudze twitter | udostępnij w usłudze facebook | udostępnij w usłudze pinterest | udostępnij w usłudze x | polub | polub wczytywanie | napisz bloga
        | przypnij na pintereście | przypnij | udostępnij przepis | udostępnij na pintereście | udostępnij wpis | podziel się przepisem | udostępnij na x | wydrukuj | wydrukuj przepis""",
    "sv": """dela | dela artikeln | skriv ut | dela på facebook | dela på x | dela på twitter | dela på linkedin
        | dela via e-post | skicka som e-post | skicka via e-post | kopiera länk | kopiera länken | länken kopierad
        | dela artikel | skriv ut artikeln | gilla | gilla laddar | gilla laddar in | gilla detta | dela detta
        | dela det här | dela sidan | dela denna sida | hoppa till recept | hoppa till receptet | skriv ut recept
        | skriv ut receptet | spara recept | spara artikel | spara artikeln""",
    "ru": """поделиться | печать | поделиться ссылкой | скопировать ссылку | копировать ссылку | ссылка скопирована
        | отправить по почте | поделиться новостью | поделиться статьей | поделиться статьёй | поделиться в соцсетях
        | распечатать | версия для печати | нравится | поделитесь с друзьями | поделиться с друзьями
        | понравилась статья? поделитесь с друзьями | понравился рецепт? поделитесь с друзьями
        | понравилась статья? поделитесь | понравился рецепт? поделитесь | перейти к рецепту | распечатать рецепт
        | сохранить рецепт""",
    "zh": """分享 | 分享到 | 分享至 | 分享本文 | 分享此文 | 分享这篇文章 | 分享到微信 | 分享到微博 | 打印本页 | 分享文章 | 分享此文章 | 列印 | 列印本頁 | 轉寄""",
    "ja": """シェア | シェアする | この記事をシェアする | 記事をシェアする | シェアしよう | ツイート | ツイートする | 印刷する | lineで送る | このレシピを保存 | はてなブックマーク""",
    "ko": """공유 | 공유하기 | 기사 공유하기 | url 복사 | 링크 복사 | 인쇄하기 | 스크랩""",
    "ar": """شارك | مشاركة | شارك الخبر | شارك المقال | شارك المقالة | طباعة | نسخ الرابط""",
    "fa": """اشتراک گذاری | اشتراک‌گذاری | اشتراک | کپی لینک | چاپ خبر""",
    "he": """שתפו | שתף | שיתוף | שתפו את הפוסט | שתפו את הכתבה | העתקת קישור | הדפסה""",
    "hi": """शेयर करें | शेयर | इस खबर को शेयर करें | इस ख़बर को शेयर करें | लिंक कॉपी करें | इस रेसिपी को शेयर करें | इस पोस्ट को शेयर करें | लिंक कॉपी करें""",
    "th": """แชร์ | แชร์ข่าวนี้ | แชร์บทความนี้ | แชร์สูตรนี้ | คัดลอกลิงก์ | พิมพ์สูตร""",
    "tr": """paylaş | bu haberi paylaş | haberi paylaş | yazıyı paylaş | linki kopyala | yazdır | bu tarifi paylaş | tarifi paylaş""",
    "id": """bagikan | bagikan artikel ini | bagikan berita ini | salin link | salin tautan""",
    "vi": """chia sẻ | chia sẻ bài viết | chia sẻ bài viết này | sao chép liên kết | sao chép link""",
    "cs": """sdílet | sdílet článek | sdílet na facebooku | sdílet na x | sdílet na twitteru | kopírovat odkaz | vytisknout
        | sdílejte | sdílejte článek | sdílejte recept | sdílet na pinterestu | sdílet e-mailem | sdílet odkaz | vytisknout článek | vytisknout recept | kopírovat""",
    "uk": """поділитися | поділитись | поділитися в facebook | скопіювати посилання | друк | копіювати посилання""",
    "el": """κοινοποίηση | μοιραστείτε | μοιραστείτε το | μοιραστείτε το άρθρο | εκτύπωση""",
    "hu": """megosztás | oszd meg | megosztom | link másolása | nyomtatás""",
    "ro": """distribuie | distribuie articolul | distribuie pe facebook | copiază linkul | printează""",
    "da": """del | del artiklen | del opskriften | del på facebook | udskriv | udskriv opskrift
        | del opslaget | del indlægget | del på x | del på linkedin | del via mail | del via e-mail | kopier link | del siden | del artikel | del denne artikel | print""",
    "no": """del | del artikkelen | del på facebook | del saken | kopier lenke
        | del innlegget | del på x | del på linkedin | del via e-post | del siden | del denne artikkelen | del oppskriften | skriv ut | del artikkel""",
    "fi": """jaa | jaa artikkeli | jaa facebookissa | jaa sivu | kopioi linkki | tulosta""",

    "bg": """сподели | споделете | сподели във facebook | копирай линка | копирай връзката | принтирай""",
    "hr": """podijeli | podijelite | podijeli na facebooku | kopiraj poveznicu | kopiraj link | ispiši""",
    "sr": """подели | поделите | копирај линк | штампај | podeli | podelite | kopiraj link""",
    "ms": """kongsi | kongsi ini | kongsikan | kongsi artikel ini | salin pautan""",    "sk": """zdieľať | zdieľajte | zdieľajte článok | zdieľajte recept | zdieľať na facebooku | zdieľať na x | zdieľať e-mailom | kopírovať odkaz | kopírovať | vytlačiť | tlačiť""",
}

#: Social network names: removed when they stand in a cluster of share/social lines.
SOCIAL_NETWORKS = """facebook | twitter | x | instagram | youtube | linkedin | xing | whatsapp | telegram
    | pinterest | tiktok | reddit | flipboard | tumblr | threads | mastodon | bluesky | snapchat | vk
    | messenger | email | e-mail | mail | e-post | correo | courriel | rss | rss feed | google+ | google news | pocket | podcast
    | spotify | apple podcasts | soundcloud | vimeo | twitch | discord | viber | wykop | vkontakte | вконтакте
    | одноклассники | odnoklassniki | дзен | rutube | телеграм | fb | google notícias
    | wechat | weibo | 微信 | 微博 | qq空间 | line | kakaotalk | 카카오톡 | 페이스북 | 트위터 | naver | zalo
    | فيسبوك | تويتر | واتساب | تلگرام | واتساپ | توییتر | פייסבוק | וואטסאפ | טוויטר | फेसबुक | ट्विटर
    | व्हाट्सऐप | व्हाट्सएप | पिंटरेस्ट | टेलीग्राम | इंस्टाग्राम | viber | вайбер""".split("|")

#: Newsletter and subscription prompts.
NEWSLETTER_LABELS = {
    "en": """newsletter | newsletters | subscribe | subscribe now | subscribe today | subscribe here
        | sign up | sign up now | sign up here | sign up for free | sign up for our newsletter
        | subscribe to our newsletter | join our newsletter | get our newsletter | our newsletter
        | newsletter sign up | newsletter signup | free newsletter | get the newsletter | daily newsletter
        | sign up for the newsletter | subscribe to the newsletter | become a subscriber | get unlimited access
        | already a subscriber | already a subscriber? log in | subscribe for full access | support us
        | donate | donate now | become a member | join now | get the app | download the app
        | make a contribution | stay informed | stay up to date | stay in the loop | never miss a story
        | subscribe via email | subscribe by email | support our journalism | support independent journalism
        | subscribe for free | sign up free | register for free
        | want more | want more stories like this | subscribe to rss | subscribe via rss | subscribe to the rss feed
        | send me email every new post | email me new posts | get new posts by email
        | type your email | enter your email | enter your email address | give a gift subscription
        | member-only story | members-only story | upgrade to paid | start writing | already have an account? sign in
        | already have an account | subscribe to continue reading | subscribe to keep reading | try for free
        | subscribed | substack is the home for great culture""",
    "de": """newsletter abonnieren | jetzt abonnieren | abonnieren | zum newsletter anmelden | newsletter bestellen
        | jetzt anmelden | hier anmelden | newsletter-anmeldung | newsletter anmeldung | kostenloser newsletter
        | abo abschließen | jetzt abo abschließen | zum abo | abo | jetzt testen | jetzt lesen | abonnent werden
        | sie sind bereits abonnent | bereits abonnent | persönlicher newsletter | unterstützen sie uns
        | mitglied werden | jetzt mitglied werden | jetzt spenden | newsletteranmeldung
        | auf dem laufenden bleiben | bleiben sie auf dem laufenden | bleib auf dem laufenden
        | immer auf dem laufenden | du willst nichts mehr verpassen | nichts mehr verpassen | jetzt registrieren
        | blog via e-mail abonnieren | ausgabe kaufen | heft kaufen | zum e-paper
        | hier kostenlos anmelden | jetzt kostenlos anmelden | kostenlos anmelden | jetzt kostenlos registrieren
        | kostenlos registrieren
        | sie wollen mehr von uns | du willst mehr von uns | noch mehr infos für dich | noch mehr infos für sie
        | rss-feed abonnieren | rss feed abonnieren | rss abonnieren | feed abonnieren
        | deine e-mail-adresse eingeben | e-mail-adresse eingeben | gib deine e-mail-adresse ein
        | ihre e-mail-adresse eingeben | ein abonnement verschenken | abo verschenken | erster monat gratis
        | erster monat kostenlos | jederzeit kündbar | monatlich kündbar | plus-artikel | exklusiv für abonnenten
        | nur für abonnenten | bereits abonnent? hier anmelden | bereits abonnent? einloggen""",
    "fr": """newsletter | s'abonner | abonnez-vous | je m'abonne | inscrivez-vous | inscription à la newsletter
        | recevez notre newsletter | déjà abonné | s'inscrire | restez informé | restez informés | ne manquez rien
        | inscrivez-vous à notre newsletter | abonnez-vous à notre newsletter | recevoir la newsletter | je m'inscris
        | soutenez-nous | abonnez-vous à ce blog par e-mail | s'abonner au blog par e-mail | s'abonner au flux rss
        | abonnez-vous maintenant | abonnez-vous sans engagement | déjà abonné ? se connecter
        | déjà abonné ? connectez-vous | saisissez votre e-mail | saisissez votre adresse e-mail | entrez votre adresse e-mail
        | entrez votre e-mail | offrir un abonnement | article réservé aux abonnés | réservé aux abonnés
        | cet article vous est offert""",
    "es": """suscríbete | suscribirse | suscríbase | boletín | newsletter | regístrate | ya soy suscriptor | solo para suscriptores | solo para suscriptores digitales
        | contenido exclusivo para suscriptores | suscríbete a nuestro boletín | suscríbete a nuestra newsletter
        | apúntate | apúntate gratis | apúntate a nuestra newsletter | recibe nuestro boletín | hazte suscriptor
        | suscríbete al blog por correo electrónico | suscribirse al blog por correo electrónico
        | suscríbete ahora | escribe tu correo electrónico | introduce tu correo electrónico
        | introduce tu email | ya eres suscriptor? inicia sesión | ya eres suscriptor | lee sin límites
        | regalar una suscripción | regala una suscripción | exclusivo para suscriptores""",
    "ca": """subscriu-te | subscriure's | butlletí | subscriu-te al butlletí | apunta't | fes-te subscriptor
        | només per a subscriptors""",
    "it": """iscriviti | iscriviti alla newsletter | abbonati | iscriviti alla nostra newsletter | iscriviti ora
        | abbonati ora | abbonati subito | ricevi la newsletter | sei già abbonato | già abbonato | sostienici
        | fai una donazione
        | questo articolo è riservato agli abbonati | riservato agli abbonati | inserisci la tua email
        | inserisci il tuo indirizzo email | regala un abbonamento | sei già abbonato? accedi""",
    "nl": """abonneer | abonneren | schrijf je in | nieuwsbrief | aanmelden | meld je aan | inschrijven
        | schrijf je in voor onze nieuwsbrief | schrijf je in voor de nieuwsbrief | abonneer nu | word abonnee
        | nieuwsbrief ontvangen | ontvang onze nieuwsbrief | al abonnee | steun ons | doneer
        | dit artikel is exclusief voor abonnees | exclusief voor abonnees | al abonnee? log in
        | al abonnee? inloggen | vul je e-mailadres in | geef een abonnement cadeau""",
    "pt": """assine | assine já | inscreva-se | newsletter | cadastre-se | cadastre-se gratuitamente | quero receber
        | assine a newsletter | assine nossa newsletter | assine agora | seja assinante | já é assinante
        | receba nossa newsletter | inscreva-se na newsletter | subscreva | subscrever | subscreva a newsletter
        | apoie | já é assinante? faça seu login | já é assinante? faça login | já é assinante? entre | já sou assinante
        | já é assinante? inicie sessão | subscreva os nossos comunicados | receba os nossos comunicados
        | baixe o app | baixe o aplicativo | baixe nosso app | baixe nosso aplicativo | baixe o nosso aplicativo
        | descarregue a app | descarregue a nossa app | inscreva-se na nossa newsletter | ative as notificações""",
    "pl": """subskrybuj | zapisz się | newsletter | zapisz się na newsletter | zapisz się do newslettera
        | prenumerata | zaprenumeruj | kup prenumeratę | kup subskrypcję | wykup dostęp | zostań subskrybentem
        | masz już subskrypcję | wesprzyj nas
        | ten artykuł jest dostępny tylko dla subskrybentów | tylko dla subskrybentów
        | masz już subskrypcję? zaloguj się | wpisz swój adres e-mail | podaruj subskrypcję""",
    "sv": """nyhetsbrev | prenumerera | bli prenumerant | prenumerera på vårt nyhetsbrev | prenumerera på nyhetsbrevet
        | anmäl dig | anmäl dig till vårt nyhetsbrev | är du redan prenumerant | stöd oss
        | redan prenumerant? logga in | är du redan prenumerant? logga in | prenumerera för att läsa vidare
        | logga in för att läsa vidare | prenumerera på pressmeddelanden | prenumerera på våra pressmeddelanden
        | ladda ner appen | ladda ner vår app | hämta appen | hämta vår app | aktivera notiser""",
    "ru": """подписаться | подпишитесь | подписка | рассылка | подпишитесь на нашу рассылку | подписаться на рассылку
        | подписаться на новости | оформить подписку | поддержать | поддержите нас | уже подписаны? войдите
        | подписаться на пресс-релизы | скачайте приложение | скачать приложение | скачайте наше приложение
        | подпишитесь на рассылку | включить уведомления""",
    "zh": """订阅 | 订阅我们 | 订阅电子报 | 訂閱 | 訂閱電子報""",
    "ja": """メルマガ登録 | メールマガジン登録 | ニュースレター登録""",
    "ko": """뉴스레터 구독 | 구독하기""",
    "ar": """اشترك في النشرة البريدية | النشرة البريدية | اشترك الآن""",
    "tr": """bültene abone ol | e-bültene abone ol | abone ol""",
    "id": """berlangganan | berlangganan newsletter | daftar newsletter | langganan newsletter""",
    "vi": """đăng ký nhận tin | đăng ký nhận bản tin | đăng ký nhận bản tin qua email""",
    "cs": """odebírat novinky | přihlásit k odběru
        | newsletter | odebírat | přihlásit se k odběru | přihlaste se k odběru newsletteru | odebírat newsletter | předplatné | předplaťte si""",
    "uk": """підписатися | підписатися на розсилку | підпишіться на розсилку | підписуйтесь на наш telegram-канал""",
    "el": """εγγραφή στο newsletter | εγγραφείτε στο newsletter""",
    "hu": """feliratkozás hírlevélre | iratkozz fel hírlevelünkre | iratkozzon fel hírlevelünkre | feliratkozom | hírlevél""",
    "ro": """abonează-te la newsletter | abonează-te | mă abonez | abonare newsletter""",
    "da": """tilmeld nyhedsbrev | tilmeld dig vores nyhedsbrev
        | tilmeld | tilmeld dig | tilmeld dig nyhedsbrevet | nyhedsbrev | nyhedsbreve | bliv abonnent | køb abonnement | abonnér | abonner | allerede abonnent
        | tilmeld dig nyhedsbrevet her | få vores nyhedsbrev""",
    "no": """meld deg på nyhetsbrevet
        | meld meg på | meld deg på | nyhetsbrev | abonner på nyhetsbrevet | bli abonnent | kjøp abonnement | abonner | allerede abonnent
        | meld deg på nyhetsbrevet vårt | meld deg på vårt nyhetsbrev | få nyhetsbrevet vårt""",
    "fi": """tilaa uutiskirje | tilaa | tilaa uutiskirjeemme""",

    "bg": """абонирайте се за нашия бюлетин | абонирай се | абонирайте се | бюлетин""",
    "hr": """pretplatite se na newsletter | pretplati se | prijavite se na newsletter""",
    "sr": """пријавите се на наш билтен | пријави се на билтен | претплатите се | prijavite se na naš bilten | pretplatite se""",
    "ms": """langgan | langgan blog melalui e-mel | langgan surat berita""",
    "fa": """عضویت در خبرنامه | خبرنامه | عضویت""",
    "he": """הירשמו לניוזלטר | הרשמה לניוזלטר | ניוזלטר""",
    "hi": """न्यूज़लेटर सब्सक्राइब करें | सब्सक्राइब करें""",
    "th": """สมัครรับจดหมายข่าว | รับข่าวสารทางอีเมล""",    "sk": """newsletter | odoberať | odoberať novinky | prihlásiť sa na odber | prihláste sa na odber newslettera | predplatné | predplaťte si""",
}

#: Calls to action: comments, tip lines, "click here", "read more" buttons.
PROMPT_LABELS = {
    "en": """have a tip we should know | have a tip | got a tip | send us a tip | send us your tips
        | leave a reply | leave a comment | post a comment | add a comment | add comment | write a comment
        | comments | comment | view comments | show comments | see comments | read comments | comment count | sign the guest book | sign the guestbook | join the conversation | join the discussion
        | there are no comments yet | no comments yet | be the first to comment | permalink
        | was this article helpful | did you find this article helpful | print recipe | print this recipe
        | no comments | no comments yet | be the first to comment | cancel reply | reply | click here
        | click here to read more | continue reading | read more | read full article | read the full story
        | read the full article | load more | show more | view more | see more | more | view all | see all
        | show all | back to top | scroll to top | go to top | top | next article | previous article
        | next | previous | next post | previous post | you must be logged in to post a comment
        | your email address will not be published | required fields are marked
        | leave a reply cancel reply | leave a comment cancel reply | leave a comment cancel | cancel reply
        | reply delete | replies | delete | post comment | submit comment | notify me of new comments via email
        | did you like this article | did you enjoy this article | was this article helpful
        | newer post | older post | newer posts | older posts | newer post older post home | older post newer post home
        | name (required) | email (required) | leave a comment cancel reply
        | comments are closed | comments closed | post your comments | post your comment
        | be part of the conversation | feedback to editors | no responses yet | no response so far
        | was this page helpful | was this helpful | rate this article
        | what do you think | say your words | share your thoughts | tell us what you think | join the debate
        | add new comment | add a new comment
        | mail the editor | email the editor | e-mail the editor | contact the editor
        | like what you read | like what you see | enjoyed this article | enjoy this article | liked this article
        | newer posts older posts | older entries | newer entries | older articles | newer articles
        | load more posts | show more posts | view my complete profile | discussion about this post
        | sign up for more like this | you must log in or register to reply here | log in or register to reply here
        | report post | report abuse | add a comment | share improve this answer follow | share improve this question follow
        | share follow | improve this answer | improve this question | not the answer you're looking for
        | post reply | reply with quote | continue this thread | ask question | answer this question | don't have an account? sign up
        | see all responses | view all responses | published in | submit a post | next page | previous page | sign in to save this article | log in to save this article
        | show more updates | load more updates | see more updates | show new updates | load new updates
        | comments are closed for this article | be the first to comment on this article""",
    "de": """kommentare | kommentar | kommentar schreiben | kommentieren | jetzt kommentieren | kommentar verfassen
        | kommentare anzeigen | kommentare lesen | antworten | weiterlesen | mehr lesen | mehr erfahren | mehr
        | mehr anzeigen | alle anzeigen | alle artikel | nach oben | zurück nach oben | zurück | weiter
        | nächster artikel | vorheriger artikel | schreiben sie einen kommentar | diskutieren sie mit
        | hinweis an die redaktion | fehler gefunden | fehler melden | haben sie einen fehler entdeckt
        | zum artikel | zur startseite | ihre e-mail-adresse wird nicht veröffentlicht
        | erforderliche felder sind mit * markiert | bitte loggen sie sich vor dem kommentieren ein
        | kommentar hinzufügen | schreibe einen kommentar | schreib einen kommentar | antworten abbrechen
        | schreibe einen kommentar antworten abbrechen | kommentar abschicken | kommentar absenden
        | noch keine kommentare | es gibt noch keine kommentare | zurück zur liste | zurück zur startseite
        | fanden sie diesen artikel nützlich | war dieser artikel hilfreich | rezept drucken | alle news anzeigen
        | zu allen beiträgen | kommentieren sie hier | vorheriges | nächstes | newsletter erhalten
        | zurück zur übersichtsseite | artikel bewerten | bild anzeigen | zum vergrößern auf das bild klicken
        | der artikel gefällt dir | der artikel gefällt ihnen | hat ihnen der artikel gefallen
        | hat dir der artikel gefallen | wie hat ihnen der artikel gefallen | kommentar verfassen
        | kommentar verfassen antwort abbrechen | einen kommentar schreiben | hinterlasse einen kommentar
        | hinterlasse einen kommentar antwort abbrechen | name (erforderlich) | e-mail (erforderlich)
        | ältere beiträge | neuere beiträge
        | hinterlasse eine antwort | hinterlassen sie einen kommentar | hinterlassen sie eine antwort
        | hinterlassen sie einen kommentar antworten abbrechen | eine antwort schreiben | antwort hinterlassen
        | die kommentarfunktion ist geschlossen | kommentare geschlossen | kommentare sind geschlossen
        | war der artikel nützlich | war dieser artikel nützlich | war dieser beitrag hilfreich
        | hier können sie den artikel bewerten | erfahre mehr | erfahren sie mehr | hier weiterlesen
        | neuer kommentar | zum verfassen von kommentaren bitte anmelden oder registrieren
        | wie bewerten sie diesen artikel | bewerten sie diesen artikel | wie gefällt ihnen dieser artikel
        | was denkst du | was denken sie | was meinst du | was meinen sie | deine meinung ist gefragt
        | ihre meinung ist gefragt | diskutiere mit | neuen kommentar hinzufügen | neuen kommentar schreiben
        | vorschau auf den nächsten artikel | zum nächsten artikel | zum vorherigen artikel
        | kommentar veröffentlichen | neuerer post | älterer post | neuere posts | ältere posts
        | neuerer post älterer post startseite | ältere einträge | neuere einträge | ältere artikel | neuere artikel
        | mein profil vollständig anzeigen | zitieren | melden | beitrag melden
        | du musst dich anmelden oder registrieren, um hier zu antworten
        | sie müssen sich anmelden oder registrieren, um hier zu antworten | diskussion über diesen beitrag
        | jetzt weiterlesen | weiterlesen mit plus | lesen sie mit plus weiter | zum weiterlesen bitte anmelden
        | bereits registriert? einloggen | bereits registriert? anmelden | ihre meinung zählt | deine meinung zählt
        | antwort erstellen | mit zitat antworten | frage stellen | frage beantworten | hilfreichste antwort | sie müssen angemeldet sein, um kommentieren zu können | du musst angemeldet sein, um kommentieren zu können | noch kein konto? jetzt registrieren | noch kein konto? registrieren
        | zum kommentarbereich | zur autorenseite | feedback senden | feedback geben | nächste seite | vorherige seite | melden sie sich an, um diesen artikel zu merken
        | liveblog neu laden | liveblog aktualisieren | ticker neu laden | weitere updates laden | mehr updates anzeigen
        | schreibe den ersten kommentar | schreiben sie den ersten kommentar | schreibe den ersten kommentar zu diesem artikel
        | die kommentarfunktion ist deaktiviert | die kommentarfunktion ist für diesen artikel deaktiviert""",
    "fr": """commentaires | commentaire | laisser un commentaire | réagir | lire la suite | en savoir plus
        | voir plus | retour en haut | suivant | précédent | article suivant | article précédent | répondre
        | annuler la réponse | ajouter un commentaire | écrire un commentaire | pour lire la suite
        | pour accéder en illimité | qui êtes-vous | vos réactions | vos commentaires | réagissez | réagir à cet article | les commentaires sont fermés | laisser une réponse | poster un commentaire
        | laisser un commentaire annuler la réponse | laisser une réponse annuler la réponse | aucun commentaire
        | charger plus | haut de page | article précédent | article suivant
        | qu'en pensez-vous | rejoignez la discussion | participez à la discussion | donnez votre avis
        | enregistrer un commentaire | publier un commentaire | article plus récent | article plus ancien
        | articles plus récents | articles plus anciens | article plus récent article plus ancien accueil
        | afficher mon profil complet | citer | signaler | signaler ce message
        | vous devez vous connecter ou vous inscrire pour répondre ici | discussion à propos de cet article
        | vous souhaitez lire la suite | commenter | voir les commentaires | retour à l'accueil
        | répondre avec citation | répondre au sujet | réagir | pas encore de compte ? inscrivez-vous
        | page suivante | connectez-vous pour ajouter cet article à vos favoris
        | voir plus de mises à jour | charger plus de mises à jour
        | soyez le premier à commenter | soyez le premier à commenter cet article | soyez le premier à réagir
        | déposer une condoléance | allumer une bougie | envoyer des fleurs | partager l'avis | aller à la recette | imprimer la recette | noter cette recette | ajouter à mon carnet | signaler l'annonce | ajouter aux favoris | contacter l'annonceur | voir le numéro | déposer une annonce""",
    "es": """comentarios | comentario | deja un comentario | dejar un comentario | leer más | seguir leyendo
        | ver más | volver arriba | siguiente | anterior | responder | cancelar respuesta | escribe un comentario
        | deja tu comentario | dejá tu comentario | dejanos tu comentario | déjanos tu comentario
        | infórmate más | informate más | los comentarios están cerrados | deja una respuesta
        | comentar este artículo | publicar comentario | deja una respuesta cancelar la respuesta | cancelar la respuesta
        | publicar el comentario | sin comentarios | cargar más | entrada anterior | entrada siguiente
        | artículo anterior | artículo siguiente
        | qué opinas | qué opina | únete a la conversación | únete a la discusión | añadir nuevo comentario
        | publicar un comentario | no hay comentarios | entrada más reciente | entrada antigua
        | entradas más recientes | entradas antiguas | entrada más reciente entrada antigua página principal
        | ver todo mi perfil | citar | reportar | denunciar
        | debes iniciar sesión o registrarte para responder aquí | debate sobre esta publicación
        | sigue leyendo | suscríbete para seguir leyendo | volver a la portada
        | responder citando | ¿no tienes cuenta? regístrate
        | página siguiente
        | ver más actualizaciones | cargar más actualizaciones
        | sé el primero en comentar | sé el primero en comentar este artículo
        | enviar condolencias | compartir esquela | encender una vela | saltar a la receta | ir a la receta | imprimir receta | valora esta receta | guardar en favoritos | denunciar anuncio | ver teléfono | contactar con el anunciante | publicar anuncio gratis""",
    "ca": """comentaris | comentari | deixa un comentari | deixa un comentari cancel·la la resposta | llegiu més
        | llegeix més | continua llegint | mostra'n més | torna amunt | següent | anterior | respon | cancel·la la resposta
        | escriu un comentari | entrada anterior | entrada següent | publica el comentari | no hi ha comentaris
        | els comentaris estan tancats
        | envia condol·lències | encén una espelma | vés a la recepta | imprimeix la recepta | valora aquesta recepta | desa l'anunci | denuncia l'anunci | mostra el telèfon | contacta amb l'anunciant""",
    "it": """commenti | commenta | lascia un commento | leggi di più | continua a leggere | torna su | i commenti sono chiusi
        | lascia una risposta | lascia un commento annulla risposta | lascia una risposta annulla risposta | annulla risposta
        | pubblica il commento | invia commento | scrivi un commento | aggiungi un commento | nessun commento
        | rispondi | leggi tutto | mostra di più | carica altri | torna all'inizio | articolo successivo
        | articolo precedente | successivo | precedente
        | cosa ne pensi | che ne pensi | partecipa alla discussione | aggiungi un nuovo commento
        | posta un commento | post più recente | post più vecchio | post più recente post più vecchio home page
        | articoli meno recenti | articoli più recenti | visualizza il mio profilo completo | cita | segnala
        | devi effettuare l'accesso o registrarti per rispondere qui | abbonati per continuare a leggere
        | rispondi citando
        | pagina successiva | pagina precedente | sii il primo a commentare
        | lascia un messaggio di cordoglio | accendi un lumino | vai alla ricetta | stampa la ricetta | valuta la ricetta | salva annuncio | segnala annuncio | mostra numero | contatta l'inserzionista | inserisci annuncio""",
    "nl": """reacties | reageer | lees meer | lees verder | terug naar boven | laat een reactie achter | reacties zijn gesloten
        | geef een reactie | geef een reactie reactie annuleren | laat een reactie achter reactie annuleren
        | reactie annuleren | reactie plaatsen | plaats een reactie | reageren | reageer op dit artikel | geen reacties
        | nog geen reacties | er zijn nog geen reacties | wees de eerste die reageert | toon meer | meer laden | volgende | vorige | volgend artikel | vorig artikel | naar boven
        | wat vind jij | wat vindt u | doe mee aan de discussie
        | een reactie posten | geen opmerkingen | nieuwere post | oudere post | nieuwere post oudere post homepage
        | oudere berichten | nieuwere berichten | mijn volledige profiel bekijken | citeren | rapporteren
        | word abonnee en lees verder | terug naar home
        | reageer met quote
        | volgende pagina | vorige pagina
        | condoleance plaatsen | condoleren | kaarsje branden | steek een kaarsje aan | rouwbrief downloaden | was deze informatie nuttig? | was deze informatie nuttig | was deze pagina nuttig | heeft deze informatie u geholpen""",
    "pt": """comentários | comentar | deixe um comentário | leia mais | continue lendo | voltar ao topo
        | deixe um comentário cancelar resposta | deixe uma resposta | deixe uma resposta cancelar resposta
        | cancelar resposta | publicar comentário | deixe seu comentário | comente | sem comentários
        | nenhum comentário | saiba mais | ver mais | carregar mais | próximo | anterior | próxima notícia
        | notícia anterior | voltar ao início | responder
        | o que você acha | participe da discussão | adicionar novo comentário | ver comentários | veja mais
        | ver mais notícias | reportar erro | comunicar erro | denunciar erro
        | postagem mais recente | postagem mais antiga | postagem mais recente postagem mais antiga página inicial
        | ver meu perfil completo""",
    "pl": """komentarze | skomentuj | czytaj więcej | czytaj dalej | dodaj komentarz
        | dodaj komentarz anuluj pisanie odpowiedzi | anuluj pisanie odpowiedzi | opublikuj komentarz | napisz komentarz
        | zostaw komentarz | brak komentarzy | zobacz komentarze | pokaż komentarze | odpowiedz | więcej
        | pokaż więcej | załaduj więcej | następny | poprzedni | następny artykuł | poprzedni artykuł | do góry
        | wróć na górę
        | dołącz do dyskusji | weź udział w dyskusji | co o tym myślisz | dodaj nowy komentarz
        | prześlij komentarz | opublikuj komentarz | nowszy post | starszy post | nowszy post starszy post strona główna
        | starsze wpisy | nowsze wpisy | starsze posty | nowsze posty | wyświetl mój pełny profil | cytuj | zgłoś
        | wróć na stronę główną | kup subskrypcję, aby czytać dalej
        | odpowiedz z cytatem
        | następna strona | poprzednia strona
        | zapal znicz | dodaj kondolencje | złóż kondolencje | wpisz kondolencje | czy ta informacja była pomocna | czy ta strona była pomocna | drukuj stronę""",
    "sv": """kommentarer | läs mer | kommentera | lämna ett svar | lämna ett svar avbryt svar | avbryt svar
        | publicera kommentar | skriv en kommentar | lämna en kommentar | svara | inga kommentarer | visa fler
        | ladda fler | nästa | föregående | nästa artikel | föregående artikel | till toppen | läs hela artikeln
        | vad tycker du | visa kommentarer | rapportera fel | rapportera ett fel | tipsa redaktionen | tipsa oss
        | inga kommentarer ännu | bli först att kommentera | skriv den första kommentaren | kommentarerna är stängda""",
    "ru": """комментарии | читать далее | подробнее | добавить комментарий | добавить комментарий отменить ответ
        | отменить ответ | отправить комментарий | оставить комментарий | оставьте комментарий | написать комментарий
        | ответить | нет комментариев | комментариев нет | показать ещё | показать еще | загрузить ещё
        | следующая статья | предыдущая статья | наверх | читать полностью | читать дальше
        | что вы думаете | присоединяйтесь к обсуждению | показать комментарии | сообщить об ошибке""",
    "ar": """إضافة تعليق جديد | أضف تعليق | أضف تعليقك | اترك تعليقا | اترك تعليقاً""",
    "zh": """发表评论 | 我要评论 | 网友评论 | 发表回复 | 发表迴响 | 發表迴響 | 發表評論 | 發佈留言 | 快速回覆 | 快速回复
        | 发布留言必须填写的电子邮件地址不会公开 | 發佈留言必須填寫的電子郵件地址不會公開 | 您的电子邮箱地址不会被公开""",
    "ja": """コメントを残す | コメントを書く | コメントする
        | メールアドレスが公開されることはありません""",
    "ko": """댓글쓰기 | 댓글 쓰기 | 댓글 달기
        | 이메일 주소는 공개되지 않습니다 | 댓글 | 더보기""",
    "fa": """ارسال نظر | نظر خود را بنویسید
        | نشانی ایمیل شما منتشر نخواهد شد | ارسال دیدگاه | دیدگاه‌ها | نظرات | ادامه مطلب""",
    "he": """השאירו תגובה | השאר תגובה | הוסיפו תגובה
        | כתובת האימייל שלך לא תפורסם | תגובות | להמשך קריאה""",
    "hi": """अपनी राय दें | टिप्पणी करें | कमेंट करें
        | आपका ईमेल पता प्रकाशित नहीं किया जाएगा | टिप्पणियां | और पढ़ें""",
    "th": """แสดงความคิดเห็น
        | อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น | ความคิดเห็น | อ่านต่อ""",
    "tr": """yorum yap | yorum yaz | yorumlar | yorum bırakın
        | e-posta adresiniz yayınlanmayacak | e-posta hesabınız yayımlanmayacak | devamını oku | bir yanıt yazın | yanıt yazın | alıntı yap | alıntıla""",
    "id": """tinggalkan komentar | tinggalkan balasan | tulis komentar
        | alamat email anda tidak akan dipublikasikan | komentar | kirim komentar | baca selengkapnya""",
    "vi": """để lại bình luận | gửi bình luận | viết bình luận
        | email của bạn sẽ không được hiển thị công khai | bình luận | ý kiến bạn đọc | xem thêm | trích dẫn""",
    "cs": """přidat komentář | napsat komentář | diskuse k článku
        | vaše e-mailová adresa nebude zveřejněna
        | zapálit svíčku | vyjádřit soustrast | vstoupit do diskuse | byl pro vás tento článek užitečný""",
    "uk": """залишити коментар | додати коментар
        | ваша e-mail адреса не оприлюднюватиметься | коментарі | коментувати | цитувати""",
    "el": """αφήστε ένα σχόλιο | αφήστε σχόλιο
        | η διεύθυνση email σας δεν θα δημοσιευτεί | η διεύθυνση email σας δεν δημοσιεύεται | σχόλια | γράψτε ένα σχόλιο | διαβάστε περισσότερα""",
    "hu": """szólj hozzá | írj hozzászólást | hozzászólás írása
        | az e-mail címed nem kerül nyilvánosságra | hozzászólások | hozzászólás""",
    "ro": """lasă un comentariu | adaugă un comentariu
        | adresa ta de email nu va fi publicată | comentarii | publică comentariul | citește mai mult""",
    "da": """skriv en kommentar | efterlad en kommentar
        | din e-mailadresse vil ikke blive publiceret
        | tænd et lys | skriv kondolence | var denne side nyttig | fandt du det du søgte | læs mere | læs videre""",
    "no": """legg igjen en kommentar | skriv en kommentar
        | din e-postadresse vil ikke bli publisert
        | tenn et lys | skriv kondolanse | var denne siden nyttig | fant du det du lette etter | les mer | les videre""",
    "fi": """jätä kommentti | kirjoita kommentti
        | sähköpostiosoitettasi ei julkaista | kommentit | kommentoi | lue lisää""",

    "bg": """оставете коментар | напиши коментар | коментари | коментирай | прочети още | цитирай | харесва ми""",
    "hr": """ostavite komentar | komentari | komentiraj | napiši komentar | pročitaj više | citiraj | sviđa mi se""",
    "sr": """оставите коментар | коментари | коментариши | напиши коментар | ostavite komentar | komentari | цитирај | citiraj""",
    "ms": """tinggalkan balasan | tinggalkan komen | hantar komen | komen | baca lagi""",    "sk": """zapáliť sviečku | vyjadriť sústrasť | pridať komentár | napísať komentár | vaša e-mailová adresa nebude zverejnená""",
}

# --------------------------------------------------------------------------------------------
# Reader-comment threads (the rule ``comment-thread``): the headers that open a thread, the
# meta lines of its comments (who, when, reply buttons, pingbacks), from which the rule tells
# a thread below the article from the article.
# --------------------------------------------------------------------------------------------

#: Headers of a reader-comment thread ("Comments", "Kommentare") in the last half of the text;
#: the thread runs down to its last mark (see `COMMENT_TIME`, `COMMENTER_SAYS`, `PINGBACK`).
COMMENT_HEADERS = {
    "en": """comments | reader comments | discussion | responses""",
    "de": """kommentare | leserkommentare | diskussion""",
    "fr": """commentaires | réactions
        | registre de condoléances | condoléances""",
    "es": """comentarios
        | condolencias""",
    "ca": """comentaris
        | condol·lències""",
    "it": """commenti
        | messaggi di cordoglio""",
    "nl": """reacties""",
    "pl": """komentarze""",
    "pt": """comentários""",
    "sv": """kommentarer""",
    "ru": """комментарии""",
    "uk": """коментарі""",
    "bg": """коментари""",
    "hr": """komentari""",
    "sr": """коментари | komentari""",
    "hu": """hozzászólások""",
    "ro": """comentarii""",
    "fi": """kommentit""",
    "tr": """yorumlar""",
    "el": """σχόλια""",
    "id": """komentar""",
    "ms": """komen""",
    "vi": """bình luận | ý kiến bạn đọc""",
    "zh": """评论 | 評論 | 网友评论 | 留言""",
    "ja": """コメント""",
    "ko": """댓글""",
    "ar": """التعليقات | تعليقات""",
    "fa": """نظرات | دیدگاه‌ها""",
    "he": """תגובות""",
    "hi": """टिप्पणियां | टिप्पणियाँ""",
    "th": """ความคิดเห็น""",
}

#: Reply buttons under a comment and the reply form that closes a thread.
REPLY_BUTTONS = {
    "en": """reply | reply delete | replies | leave a reply | leave a reply cancel reply | cancel reply
        | leave a comment cancel reply""",
    "de": """antworten | antwort | schreibe einen kommentar antworten abbrechen | antworten abbrechen""",
    "fr": """répondre | annuler la réponse""",
    "es": """responder | cancelar respuesta""",
    "ca": """respon | cancel·la la resposta""",
    "it": """rispondi""",
    "nl": """beantwoorden""",
    "pl": """odpowiedz""",
    "pt": """responder | cancelar resposta""",
    "sv": """svara | avbryt svar""",
    "ru": """ответить | отменить ответ""",
    "uk": """відповісти | скасувати відповідь""",
    "bg": """отговор | отговори | отказ от отговор""",
    "hr": """odgovori | odustani od odgovora""",
    "sr": """одговори | odgovori""",
    "hu": """válasz | válasz megszakítása""",
    "ro": """răspunde | anulează răspunsul""",
    "fi": """vastaa | peruuta vastaus""",
    "tr": """yanıtla | cevapla | yanıtı iptal et""",
    "el": """απάντηση""",
    "id": """balas | batalkan balasan""",
    "ms": """balas | batal balasan""",
    "vi": """trả lời | hủy trả lời""",
    "zh": """回复 | 回覆 | 取消回复""",
    "ja": """返信 | 返信をキャンセル""",
    "ko": """답글 | 답글쓰기""",
    "ar": """رد | الرد""",
    "fa": """پاسخ | لغو پاسخ""",
    "he": """השב | הגב | ביטול תגובה""",
    "hi": """जवाब दें | उत्तर दें""",
    "th": """ตอบกลับ""",
}

_MONTHS = r"""(?:jan(?:uary|uar|vier|uari)?|feb(?:ruary|ruar|rero)?|févr(?:ier)?|fevrier|mar(?:ch|s|zo)?|märz|maerz|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?
    |may|mai|mayo|jun(?:e|i|io)?|juin|jul(?:y|i|io)?|juil(?:let)?|aug(?:ust)?|août|aout|ago(?:sto)?|sep(?:t(?:ember|embre|iembre)?)?
    |oct(?:ober|obre|ubre)?|okt(?:ober)?|nov(?:ember|embre|iembre)?|dec(?:ember)?|dez(?:ember)?|déc(?:embre)?|dic(?:iembre)?
    |gennaio|febbraio|maggio|giugno|luglio|settembre|ottobre|dicembre|februari|maart|mei|augustus|augusti|janeiro
    |fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|maj|stycznia|lutego|marca|kwietnia|maja
    |czerwca|lipca|sierpnia|września|października|listopada|grudnia)\.?"""
_DATE = rf"""(?:\d{{1,2}}\.?\s*(?:de\s+)?{_MONTHS}\s*(?:de\s+)?\d{{4}}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}
    |\d{{1,2}}[./-]\s?\d{{1,2}}[./-]\s?\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})"""
_TIME = r"""(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h))?|\d{1,2}\s*h\s*\d{2}(?:\s*min)?|\d{1,2}\s*(?:am|pm))"""
_REPLY = r"""(?:antworten|antwort|reply|répondre|responder|rispondi|permalink|link|zitieren|quote|melden|report)"""

#: When a comment was written, alone on its line or after the commenter's name: "August 3, 2019
#: at 4:11 am", "23. Juni 2016 um 17:21 Uhr", "Iwona May 30, 2019 at 1:06 PM", "Yalcin |
#: 29.07.2006 um 14:26", "29.07.2006 um 16:43 | Antworten". A date with a time of day: an
#: article's own dates carry no time, or stand in a sentence.
COMMENT_TIME = regex.compile(
    rf"""^\W*(?P<name>[^\s|].{{0,60}}?(?:\s*[|\u2013\u2014\u00b7,-]\s*|\s+))??
        (?:(?:on|am|le|el|il|posted\s+on|geschrieben\s+am|publié\s+le)\s+)?{_DATE}
        \s*(?:,|at|um|à|a\s+las|alle|às|om|-|\u2013|\||@|/)?\s*{_TIME}
        (?:\s*(?:[|\u2013\u2014\u00b7-]\s*)?{_REPLY})?\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: How long the article takes to read, alone on its line: "5 min read", "Lesezeit: 3 Minuten",
#: "3 Min. Lesedauer", "Temps de lecture : 4 min", "11 minut czytania", "21 minutes - 4312 words".
READING_TIME = regex.compile(
    r"""^\W*(?:
        (?:(?:estimated\s+)?reading\s+time|read\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|lecture|lectura|tiempo\s+de\s+lectura
          |tempo\s+di\s+lettura|leestijd|tempo\s+de\s+leitura|leitura|czas\s+czytania|lästid|läsning|время\s+чтения|читать)
        \s*:?\s*(?:ca\.?\s*|~\s*|about\s+|etwa\s+|environ\s+|unter\s+|less\s+than\s+)?\d+(?:\s*[-–]\s*\d+)?\s*
        (?:min(?:\.|s|ute[ns]?|uti|utos|uter|ut(?:y|ów)?)?|мин(?:\.|ут[аы]?)?)
      |(?:ca\.?\s*)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:\.|s|ute[ns]?|uti|utos|uter|ut(?:y|ów)?)?|мин(?:\.|ут[аы]?)?)
        \s*(?:read|reading\s+time|lesezeit|lesedauer|lesen|de\s+lecture|de\s+lectura|di\s+lettura|leestijd|de\s+leitura
          |czytania|läsning|lästid|чтения)
      |\d+\s+minutes?\s*[-–•|·]\s*[\d,.]+\s+words
      # Under a minute, or the minutes in the reader's sentence: "Less than a minute read",
      # "Lesedauer: weniger als eine Minute", "Ten tekst przeczytasz w mniej niż minutę",
      # "Artykuł przeczytasz w 4 minuty".
      |less\s+than\s+(?:a|one|1)\s+min(?:ute)?\s+read
      |(?:lesezeit|lesedauer)\s*:?\s*(?:weniger\s+als\s+(?:eine|1)|unter\s+(?:einer|1))\s+minute
      |moins\s+d['’]une\s+minute\s+de\s+lecture
      |(?:(?:ten\s+)?(?:tekst|artykuł|wpis)\s+)?przeczytasz\s+w\s+(?:mniej\s+niż\s+|około\s+|ok\.\s*)?(?:\d+\s*)?min(?:\.|ut[aęy]?|ut)?
    )\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: Substrings (lower case) one of which every reading-time line holds.
READING_TIME_NEEDLES = ("min", "мин")

#: A commenter's byline: "<Name> says:", "<Name> sagt:", "<Name> dice:", "<Name> a dit :",
#: optionally followed by the time (see `COMMENT_TIME`). Only the verb and a colon ending the
#: name make it one: an interview's "Name: question" has no verb, and a quote's "Der Minister
#: sagt:" is followed by the quote, not by a time.
COMMENTER_SAYS = regex.compile(
    r"""^\W*(?P<name>\S.{0,80}?)\s+(?:sagt|says|dice|a\s+dit|dit|schreibt|écrit|wrote|zegt|ha\s+detto|scrive|schreef|pisze
        |napisał|napisała|disse|diz)\s*:\s*(?P<time>.*)$""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Lower-case substrings every `COMMENTER_SAYS` line holds.
COMMENTER_SAYS_NEEDLES = ("sagt:", "says:", "dice:", "dit:", "dit :", "schreibt:", "écrit", "wrote:", "zegt:", "ha detto:", "scrive:",
                          "schreef:", "pisze:", "napisał:", "napisała:", "disse:", "diz:")

#: Lines that head a thread by counting or naming its comments: "2 Kommentare zu „<title>“",
#: "14 thoughts on “<title>”", "3 Responses to “<title>”", "142 Antworten zu <title>", "5
#: comments:", "There are 0 comments. Add yours.", "Kommentare insgesamt: 0", "No Response so
#: far »", "View the discussion thread.", "Trackbacks/Pingbacks".
THREAD_HEADER = regex.compile(
    r"""^\W*(?:(?:\d+|one|two|three|ein|eine|einen|zwei|drei|un|une|uno|una|no|keine|aucun|aucune|ningún|sin)\s+
            (?:thoughts?|comments?|responses?|replies|kommentare?|antworten|antwort|gedanken?|meinungen|reaktionen|ergänzungen
            |commentaires?|réponses?|réactions?|comentarios?|respuestas?
            |réflexions?|commenti|pensieri|comentários|pensamentos|reacties|gedachten|komentarz[ey]?|komentarzy|myśli
            |комментари(?:й|я|ев)|мысл(?:ь|и|ей))
            (?:\s+(?:on|to|zu|über|sur|à|pour|en|a|para|sobre|su|a|em|op|over|do|к\s+записи|к|о|об)\s+\S.*|\s*:|\s+so\s+far\b.*)
        |there\s+(?:are|is)\s+(?:\d+|no|one)\s+comments?\b.*
        |kommentare\s+insgesamt\s*:\s*\d+
        |view\s+the\s+discussion\s+thread\b.*
        |(?:trackbacks?\s*/\s*)?pingbacks?(?:\s*/\s*trackbacks?)?(?:\s+\d+)?)\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Lower-case substrings every `THREAD_HEADER` line holds.
THREAD_HEADER_NEEDLES = (
    "omment", "coment", "thought", "ponse", "replies", "ntwort", "gedanke", "meinung", "eaktion", "éaction", "ergänzung",
    "respuesta", "discussion", "ingback", "ackback", "réflexion", "pensier", "pensament", "gedachte", "reactie", "komentarz",
    "myśl", "коммент", "мысл",
)
#: The headers of `THREAD_HEADER` that stand for a thread with no comment or whose title is
#: quoted: a platform's wording, removed even with no comment below. ("3 responses to the
#: crisis" may be an article's subheading; "3 Responses to “Title”" is not.)
THREAD_NOTICE = regex.compile(
    r"""(?:^\W*(?:0|no|keine|aucun|aucune|ningún|sin)\s|there\s+(?:are|is)\s+(?:0|no)\s|insgesamt|discussion\s+thread|so\s+far
        |\s(?:on|to|zu|über|sur|à|en|a|su|em|sobre|op|over|do|к\s+записи|к|о)\s+["“„«‘'‚»]|[^\W\d]\s*:\W*$)""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: Pingbacks and trackbacks listed with the comments: "Pingback von <blog> | 11.09.2011 23:31",
#: "Pingback: <title>", "Trackback from <blog>".
PINGBACK = regex.compile(r"^\W*(?:pingback|trackback)s?(?:\s+(?:von|from|by|de|di|van|on)\b|\s*:)", regex.IGNORECASE)

#: A time stamp with the count of the comments or a link to them, as comment systems print it
#: under a headline: "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen", "January 13,
#: 2020 at 08:45 AM | categories: Python | View Comments". (A byline without the time of day,
#: "12. Oktober 2023 · von Gartenwelt · in Garten · 4 Kommentare", is the article's.)
COUNT_BYLINE = regex.compile(
    rf"""^\W*(?:\p{{L}}{{2,10}},?\s+)?{_DATE}\s*(?:,|at|um|à|a\s+las|alle|às|om|-|\u2013|\||@|/)?\s*{_TIME}
        .{{0,120}}?\s[-|\u00b7\u2013\u2014]\s*(?:\d+\s+(?:kommentare?|comments?|ergänzungen|antworten|responses?|commentaires?
            |comentarios?|reaktionen)|(?:view|\d+)\s+comments?|leave\s+a\s+comment|no\s+comments|keine\s+kommentare
            |kommentar(?:e\s+lesen|\s+schreiben)|laisser\s+un\s+commentaire|deja\s+un\s+comentario)\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: Links to a thread's feeds and trackbacks, alone or in a row ("Kommentarfeed | Kommentare
#: geschlossen | Trackback-URL", "Comment RSS · TrackBack URI", a blog platform's "Subscribe to:
#: Post Comments (Atom)").
THREAD_LINKS = {
    "en": """comment rss | comments rss | comments feed | comment feed | trackback | trackback uri | trackback url
        | trackbacks | rss feed for comments on this post | rss feed for comments on this post. trackback uri
        | comments rss feed | rss 2.0 feed for comments | post comments (atom) | subscribe to: post comments (atom)""",
    "de": """kommentarfeed | kommentar-feed | kommentare-feed | kommentare als rss | trackback-url | trackback-uri
        | kommentare (rss) | kommentare zum post (atom) | abonnieren kommentare zum post (atom) | rss-feed für kommentare
        | abonnieren: kommentare zum post (atom)""",
    "fr": """publier les commentaires (atom) | inscription à : publier les commentaires (atom) | flux des commentaires
        | s'abonner à : publier les commentaires (atom) | fil des commentaires | flux rss des commentaires""",
    "es": """rss de los comentarios | feed de comentarios | enviar comentarios (atom) | suscribirse a: enviar comentarios (atom)""",
    "it": """commenti sul post (atom) | iscriviti a: commenti sul post (atom)""",
    "nl": """reacties posten (atom) | abonneren op: reacties posten (atom)""",
    "pl": """komentarze do posta (atom) | subskrybuj: komentarze do posta (atom)""",
    "pt": """postar comentários (atom) | assinar: postar comentários (atom)""",
}

#: A prompt to comment that ends a byline, cut from it: "September 15, 2020 by Anna Post a
#: Comment", "Veröffentlicht am 6. Juli 2015 von Mark — Hinterlasse eine Antwort". The byline
#: holds a date (a digit); the prompt follows a separator or is printed in title case, so a
#: sentence ending "... invited readers to post a comment." is never cut.
BYLINE_COMMENT_PROMPT = regex.compile(
    r"""^(?P<byline>\W*\S.*?\d.*?)
        (?:\s*[|\u00b7\u2022\u2013\u2014-]\s*(?i:post\s+a\s+comment|leave\s+a\s+(?:comment|reply)|add\s+(?:a\s+)?comment
            |hinterlasse\s+(?:eine\s+antwort|einen\s+kommentar)|schreibe\s+einen\s+kommentar|kommentar\s+schreiben
            |laisser\s+un\s+commentaire|deja\s+un\s+comentario|comentar(?:\s+este\s+artículo)?)
          |\s+(?:Post\s+a\s+Comment|Leave\s+a\s+(?:Comment|Reply)|Add\s+(?:a\s+)?Comment|Hinterlasse\s+(?:eine\s+Antwort|einen\s+Kommentar)
            |Schreibe\s+einen\s+Kommentar|Kommentar\s+schreiben))
        \s*$""",
    regex.VERBOSE,
)
#: A prompt to comment run together with the count: "Comentar este artículo 1 comentario".
COMMENT_PROMPT_COUNT = regex.compile(
    r"""^\W*(?:comentar\s+este\s+artículo|kommentar\s+schreiben|leave\s+a\s+comment|post\s+a\s+comment|commenter\s+cet\s+article)
        \s*[|\u00b7-]?\s*\d+\s+(?:comentarios?|kommentare?|comments?|commentaires?)\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: Headers of a "Recent comments" widget: a sidebar list of the blog's latest comments, which on
#: a full page may stand above the article as well as below it.
RECENT_COMMENT_HEADERS = {
    "en": """recent comments | latest comments | newest comments | most recent comments | last comments""",
    "de": """neueste kommentare | letzte kommentare | neue kommentare | aktuelle kommentare | jüngste kommentare
        | neueste leser-kommentare | neueste leserkommentare | letzte leserkommentare""",
    "fr": """derniers commentaires | commentaires récents""",
    "es": """comentarios recientes | últimos comentarios""",
    "it": """commenti recenti | ultimi commenti""",
    "nl": """recente reacties | laatste reacties | recente opmerkingen""",
    "pl": """ostatnie komentarze | najnowsze komentarze""",
    "pt": """comentários recentes | últimos comentários""",
    "sv": """senaste kommentarer""",
    "ru": """последние комментарии | свежие комментарии""",
}
#: Lower-case substrings one of which every `RECENT_COMMENT_HEADERS` entry holds.
RECENT_COMMENT_NEEDLES = ("comment", "kommentar", "comentario", "commenti", "reacties", "opmerkingen", "komentarze",
                          "comentários", "коммент")

#: An entry of such a widget, as the blog platforms print it in their languages: "<name> on
#: <post title>" ("Anna Berg on Ten years of the garden", "Jo bei Neue Rezepte", "Paul dans Mon
#: voyage", "Ana en Mi viaje", "Von Jo zu <title>: <excerpt> mehr").
RECENT_COMMENT_ENTRY = regex.compile(
    r"""^\W*(?:(?:von|by|de|par|di|door|od)\s+)?(?P<name>[^\s:].{0,80}?)
        \s+(?:on|bei|zu|dans|sur|en|su|op|em|om|o|w|к\s+записи|к)\s+(?P<title>\S.*?)\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: ... or the commenter's name before the comment's first words, cut short: "Jo: Thanks, I
#: will try it next week ...".
RECENT_COMMENT_EXCERPT = regex.compile(
    r"""^\W*(?P<name>[^\s:]+(?:\s+[^\s:]+){0,3}):\s+\S.*?
        (?:\.\.\.|…|\s(?:mehr|more|read\s+more|weiterlesen|plus|más|altro|meer|więcej))\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A notice of a comment form that may read like prose, at the start of its line: the consent
#: box ("Please tick the box before posting your comment.", "Prosimy o zaznaczenie checkboxa przed
#: dodaniem komentarza. ..."), the form's data notice ("By using this form you agree with the
#: storage and handling of your data by this website."). Each is worded as the site to the
#: commenter; a line opening with a quotation mark is a quote. (The editors' moderation rules,
#: "We reserve the right to delete comments ...", are left alone: on a page of comment
#: guidelines they are the article.)
COMMENT_CONSENT = regex.compile(
    r"""^[^\w"'\u201e\u201c\u201d\u00ab\u00bb\u2018\u2019\u201a]*(?:
        # the box to tick before commenting
        (?:please\s+)?(?:tick|check|mark)\s+the\s+(?:check\s?box|box)\s+(?:\S+\s+){0,3}?(?:before|to)\s+
            (?:post|submit|add|send|publish)(?:ing)?\s+(?:a|your|the)\s+comment
        |bitte\s+(?:setze|setzen\s+sie|aktiviere|aktivieren\s+sie|markiere|markieren\s+sie|bestätige|bestätigen\s+sie|kreuze|kreuzen\s+sie)
            \s+(?:\S+\s+){0,5}?(?:bevor|um)\s+(?:du\s+|sie\s+)?(?:deinen\s+|ihren\s+|einen\s+|den\s+)?kommentar
        |(?:veuillez|merci\s+de)\s+cocher\s+la\s+case\s+(?:\S+\s+){0,3}?(?:avant\s+de|pour)\s+(?:publier|envoyer|poster|soumettre)\s+(?:votre|un)\s+commentaire
        |(?:por\s+favor,?\s+)?marca\s+la\s+casilla\s+(?:\S+\s+){0,3}?(?:antes\s+de|para)\s+(?:publicar|enviar)\s+(?:tu|su|un)\s+comentario
        |(?:per\s+favore,?\s+)?(?:seleziona|spunta)\s+la\s+casella\s+(?:\S+\s+){0,3}?(?:prima\s+di|per)\s+(?:inviare|pubblicare)\s+(?:il\s+tuo\s+|un\s+)?commento
        |prosimy\s+o\s+zaznaczenie\s+(?:checkboxa|pola|zgody)\s+przed\s+(?:dodaniem|wysłaniem|opublikowaniem)\s+komentarza
        # the data notice of the form
        |by\s+using\s+this\s+form,?\s+you\s+agree\s+(?:with|to)\s+the\s+storage\s+and\s+handling\s+of\s+your\s+data
        |mit\s+der\s+nutzung\s+dieses\s+formulars\s+(?:erklärst\s+du\s+dich|erklären\s+sie\s+sich)\s+mit\s+der\s+speicherung
        |en\s+utilisant\s+ce\s+formulaire,?\s+vous\s+acceptez\s+(?:le\s+stockage|la\s+conservation)
        |al\s+(?:utilizar|usar)\s+este\s+formulario,?\s+(?:aceptas|acepta|usted\s+acepta)\s+el\s+almacenamiento
        |(?:utilizzando|usando)\s+questo\s+(?:modulo|form),?\s+(?:accetti|acconsenti)\s+(?:la\s+memorizzazione|alla\s+memorizzazione)
        |door\s+(?:dit|het)\s+formulier\s+te\s+gebruiken,?\s+(?:ga\s+je|gaat\s+u)\s+akkoord\s+met\s+(?:de|het)\s+opslag
        |korzystając\s+z\s+tego\s+formularza,?\s+(?:wyrażasz\s+zgodę|zgadzasz\s+się)\s+na\s+przechowywanie
        |hiermit\s+willige\s+ich\s+in\s+die\s+verarbeitung\s+meiner\s+(?:\S+\s+){0,3}?daten\s+(?:\S+\s+){0,2}?(?:für|zum)\s+(?:das\s+)?kommentieren)""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Lower-case substrings one of which every `COMMENT_CONSENT` line holds.
COMMENT_CONSENT_NEEDLES = ("comment", "comentar", "kommentar", "kommentier", "komentarz", "formular", "formulaire", "formulier",
                           "this form", "questo modulo", "questo form")

#: What a note below the comment form speaks of, anywhere in its block: the comments and the
#: readers' thoughts ("Thank you for dropping by and taking the time to let me know your
#: thoughts", "Zu faul zu tippen? Dann nutze den Kommentar-Knopf ..."), or the data the form
#: keeps ("Ich habe die Datenschutzerklärung zur Kenntnis genommen").
FORM_NOTE_WORDS = regex.compile(
    r"""comment|kommentar|kommentier|commentaire|comentar|commento|reactie|reageer|komentarz|komentowa|коммент
        |your\s+thoughts|deine\s+gedanken|ihre\s+gedanken|vos\s+pensées|feedback
        |datenschutz|privacy|données\s+personnelles|datos\s+personales|dati\s+personali|dane\s+osobowe|persoonsgegevens""",
    regex.IGNORECASE | regex.VERBOSE,
)

# ----------------------------------------------------------------- end of reader-comment threads


#: Fields and buttons of a comment form ("Name *", "Website", "Cancel"): removed only in a run of
#: form lines that holds a form notice or a comment prompt; a tutorial listing the fields of a
#: contact form ("Name" / "Email" / "Website" / "Message") keeps them.
COMMENT_FIELDS = {
    "en": """name | email | e-mail | mail | email address | website | url | comment | message | cancel | submit
        | post comment | your name | your email | your message | required fields | captcha | captcha code""",
    "de": """name | vorname | nachname | e-mail | e-mail-adresse | webseite | website | kommentar | nachricht
        | abbrechen | absenden | abschicken | ihr name | ihre e-mail | ihre nachricht | pflichtfelder
        | captcha | captcha code | captcha-code | sicherheitscode | spamschutz""",
    "fr": """nom | e-mail | adresse e-mail | site web | commentaire | annuler""",
    "es": """nombre | correo electrónico | web | comentario | cancelar""",
    "ca": """nom | correu electrònic | lloc web | comentari | cancel·la""",
    "it": """nome | email | e-mail | sito web | commento | annulla | invia""",
    "nl": """naam | e-mail | e-mailadres | website | reactie | annuleren | verzenden""",
    "pt": """nome | e-mail | email | site | comentário | cancelar | enviar""",
    "pl": """imię | nazwa | e-mail | adres e-mail | witryna internetowa | strona internetowa | komentarz | anuluj | wyślij""",
    "sv": """namn | e-post | e-postadress | webbplats | kommentar | avbryt | skicka""",
    "ru": """имя | email | e-mail | электронная почта | сайт | комментарий | отмена | отправить""",
}

#: Advertisement labels.
AD_LABELS = {
    "en": """advertisement | advertisements | advertising | ad | ads | sponsored | sponsored content | sponsored by
        | paid content | paid post | promoted | promoted content | partner content | story continues below
        | story continues below advertisement | article continues below | article continues below advertisement
        | continue reading below | continue reading the main story | scroll to continue with content
        | content continues below | advertisement - scroll to continue | ad feedback | skip advert
        | skip ad | report this ad | sponsored links | sponsored stories | advertisement · scroll to continue
        | advertisement scroll to continue | ad · scroll to continue""",
    "de": """anzeige | anzeigen | werbung | sponsored | gesponsert | promotion | advertorial | weiter nach der anzeige
        | artikel wird nach der anzeige fortgesetzt | lesen sie nach der anzeige weiter | weiterlesen nach der anzeige
        | mehr nach der werbung | bezahlte partnerschaft""",
    "fr": """publicité | pub | contenu sponsorisé | sponsorisé | la suite après cette publicité
        | la suite après la publicité""",
    "es": """publicidad | anuncio | contenido patrocinado | patrocinado""",
    "ca": """publicitat | anunci | contingut patrocinat | patrocinat""",
    "it": """pubblicità | contenuto sponsorizzato | sponsorizzato | contenuto a pagamento | pubbliredazionale""",
    "nl": """advertentie | gesponsord | gesponsorde inhoud | lees verder na de advertentie | lees verder onder de advertentie""",
    "pt": """publicidade | anúncio | patrocinado | conteúdo patrocinado | continua depois da publicidade
        | continua após a publicidade | conteúdo de marca""",
    "pl": """reklama | materiał sponsorowany | artykuł sponsorowany | materiał partnera | materiał promocyjny
        | dalsza część artykułu pod reklamą | dalsza część artykułu pod materiałem wideo""",
    "sv": """annons | sponsrat | sponsrat innehåll | annonsörens innehåll | artikeln fortsätter under annonsen""",
    "ru": """реклама | на правах рекламы | партнерский материал | партнёрский материал | продолжение ниже
        | реклама. продолжение ниже""",
    "uk": """реклама | на правах реклами | партнерський матеріал | продовження нижче""",
    "bg": """реклама | платена публикация | партньорски материал""",
    "hr": """oglas | reklama | sponzorirani sadržaj | sponzorirano | plaćeni oglas | promo""",
    "sr": """реклама | оглас | огласи | спонзорисано | oglas | sponzorisano""",
    "hu": """hirdetés | szponzorált tartalom | szponzorált | támogatott tartalom""",
    "ro": """publicitate | reclamă | conținut sponsorizat | advertorial""",
    "fi": """mainos | kaupallinen yhteistyö | mainos päättyy""",
    "tr": """reklam | sponsorlu içerik | sponsorlu""",
    "el": """διαφήμιση | χορηγούμενο περιεχόμενο""",
    "id": """iklan | konten bersponsor | konten sponsor | scroll untuk melanjutkan""",
    "ms": """iklan | kandungan tajaan | ditaja""",
    "vi": """quảng cáo | nội dung tài trợ""",
    "zh": """广告 | 廣告 | 推广 | 推廣 | 赞助内容 | 贊助內容""",
    "ja": """広告 | スポンサーリンク""",
    "ko": """광고 | 스폰서 | 협찬""",
    "ar": """إعلان | اعلان | إعلانات | محتوى مدفوع | محتوى برعاية""",
    "fa": """تبلیغات | آگهی | رپرتاژ""",
    "he": """פרסומת | תוכן שיווקי | תוכן ממומן | בשיתוף מסחרי""",
    "hi": """विज्ञापन | प्रायोजित""",
    "th": """โฆษณา | บทความโฆษณา | ผู้สนับสนุน""",
}

#: Navigation and UI labels that are never article text on their own line.
NAV_LABELS = {
    "en": """skip to content | skip to main content | skip to navigation | skip to footer | jump to content
        | menu | main menu | open menu | close menu | toggle navigation | navigation | search | search for
        | search this site | log in | login | log out | logout | sign in | sign out | register | my account
        | account | home | homepage | close | open | toggle | submit | cancel | breadcrumb
        | you are here | sections | all sections | edition | subscribe | post navigation | posts navigation
        | main navigation | forgot your password | forgot password | lost your password
        | open navigation | close navigation | open search | close search | toggle menu
        | table of contents | on this page | jump to section | most searched | popular searches | top searches
        | blog archive | monthly archives
        | forum home | new posts | what's new
        | quick links | board index | forum index | jump to | who is online | unanswered topics | active topics
        | skip to primary navigation | skip to primary sidebar | skip to secondary navigation | primary sidebar
        | search docs | search the docs | search documentation | search forums | search this topic | search all content | ctrl k""",
    "de": """zum inhalt springen | zum inhalt | direkt zum inhalt | zur navigation | zur suche | hauptmenü
        | menü | navigation | suche | suchen | anmelden | abmelden | einloggen | ausloggen | registrieren
        | mein konto | konto | startseite | schließen | öffnen | sie sind hier | rubriken | ressorts
        | sie befinden sich hier | beitrags-navigation | beitragsnavigation | zurück zur übersicht | suche nach
        | hauptnavigation | passwort vergessen | vorheriger beitrag | nächster beitrag
        | navigation schließen | navigation schliessen | navigation öffnen | menü schließen | menü öffnen
        | suche öffnen | suche schließen | meine werkzeuge
        | inhaltsverzeichnis | auf dieser seite | meist gesucht | meistgesucht | beliebte suchbegriffe | häufig gesucht
        | blog-archiv | blogarchiv
        | schnellzugriff | foren-übersicht | forenübersicht | wer ist online | unbeantwortete themen | aktive themen""",
    "fr": """aller au contenu | aller au contenu principal | passer au contenu | menu | rechercher | recherche | connexion | se connecter
        | accueil | fermer | vous êtes ici | mon compte | se déconnecter | déconnexion | menu principal
        | ouvrir le menu | fermer le menu
        | sommaire | table des matières | sur cette page | recherches populaires
        | archives du blog
        | accueil du forum | nouveaux messages
        | liens rapides | index du forum | qui est en ligne | sujets sans réponse | sujets actifs""",
    "es": """ir al contenido | ir al contenido principal | saltar al contenido | menú | buscar | búsqueda | iniciar sesión | acceder | inicio
        | cerrar | mi cuenta | cerrar sesión | registrarse | hemeroteca | menú principal | estás aquí | usted está aquí
        | tabla de contenidos | índice de contenidos | en esta página | lo más buscado
        | archivo del blog
        | inicio del foro | mensajes nuevos | nuevos mensajes
        | enlaces rápidos | índice general | índice del foro | quién está conectado | temas sin respuesta | temas activos""",
    "ca": """vés al contingut | vés al contingut principal | salta al contingut | menú | cerca | cercar
        | inicia la sessió | inicia sessió | accedeix | inici | el meu compte | tanca la sessió | registra't | menú principal
        | sou aquí | ets aquí""",
    "it": """vai al contenuto | vai al contenuto principale | cerca | accedi | chiudi | menu principale | home page
        | registrati | esci | il mio account | area riservata | apri menu | chiudi menu | sei qui
        | torna alla home
        | indice dei contenuti | sommario | in questa pagina | più cercati
        | archivio blog | archivio del blog
        | nuovi messaggi
        | collegamenti rapidi | indice del forum | chi c'è in linea | argomenti senza risposta | argomenti attivi""",
    "nl": """ga naar inhoud | zoeken | inloggen | sluiten | ga naar de inhoud | ga naar hoofdinhoud | naar de inhoud
        | direct naar de inhoud | hoofdmenu | uitloggen | mijn account | registreren | zoek | menu openen
        | menu sluiten | je bent hier | u bent hier
        | inhoudsopgave | op deze pagina
        | blogarchief
        | nieuwe berichten
        | snelle links | forumoverzicht | wie is er online | onbeantwoorde onderwerpen | actieve onderwerpen
        | direct naar | hoofdinhoud | meteen naar de inhoud | meteen naar | spring naar de inhoud | naar hoofdinhoud""",
    "pt": """ir para o conteúdo | pesquisar | buscar | entrar | fechar | pular para o conteúdo
        | ir para o conteúdo principal | saltar para o conteúdo | página inicial | início | minha conta | sair
        | menu principal | abrir menu | fechar menu | você está em | você está aqui
        | arquivo do blog""",
    "pl": """przejdź do treści | szukaj | zaloguj się | zamknij | strona główna | menu główne | wyloguj się
        | wyloguj | moje konto | zarejestruj się | logowanie | jesteś tutaj | otwórz menu | zamknij menu
        | wyszukaj | przejdź do menu
        | spis treści | na tej stronie | najczęściej wyszukiwane
        | archiwum bloga
        | nowe posty
        | szybkie linki | strona główna forum | kto jest online | tematy bez odpowiedzi | aktywne tematy
        | przejdź do wyszukiwarki | przejdź do stopki | przejdź do głównej treści | przejdź do nawigacji | wyszukiwarka""",
    "sv": """hoppa till innehåll | sök | logga in | stäng | meny | startsida | till startsidan
        | hoppa till innehållet | hoppa till huvudinnehåll | mina sidor | logga ut | huvudmeny | öppna meny
        | stäng meny | du är här""",
    "ru": """меню | поиск | войти | закрыть | перейти к содержимому | перейти к содержанию
        | перейти к основному содержанию | главная | главная страница | на главную | регистрация | личный кабинет
        | выйти | вход | главное меню | открыть меню | закрыть меню | вы здесь""",
    "zh": """首页 | 首頁 | 跳到主要内容 | 跳至主要內容 | 登录 | 注册 | 登入 | 註冊 | 搜索 | 搜尋 | 网站导航""",
    "ja": """ホーム | トップページ | メインコンテンツへスキップ | 本文へスキップ | ログイン | 新規登録 | 会員登録 | 検索 | メニュー""",
    "ko": """홈 | 본문 바로가기 | 로그인 | 회원가입 | 검색 | 전체메뉴""",
    "ar": """الرئيسية | الصفحة الرئيسية | تجاوز إلى المحتوى | انتقل إلى المحتوى | تسجيل الدخول | بحث""",
    "fa": """صفحه اصلی | ورود | ثبت نام | جستجو | پرش به محتوا | منو""",
    "he": """דף הבית | דלג לתוכן | התחברות | הרשמה | חיפוש""",
    "hi": """होम | लॉग इन करें | लॉग इन | खोजें | मुख्य सामग्री पर जाएं | मेन्यू""",
    "th": """หน้าแรก | หน้าหลัก | ข้ามไปยังเนื้อหา | เข้าสู่ระบบ | สมัครสมาชิก | ค้นหา""",
    "tr": """ana sayfa | anasayfa | içeriğe geç | giriş yap | kayıt ol | üye ol | ara | arama | menü""",
    "id": """beranda | langsung ke konten | masuk | daftar | cari | pencarian | menu""",
    "vi": """trang chủ | chuyển đến nội dung | đăng nhập | đăng ký | tìm kiếm | bỏ qua nội dung""",
    "cs": """přeskočit na obsah | přihlásit se | hledat | domů
        | přejít na obsah | přejít k obsahu | přeskočit navigaci | hlavní menu | hlavní navigace | vyhledávání | přihlásit | přihlášení | odhlásit se""",
    "uk": """головна | на головну | перейти до вмісту | увійти | пошук | реєстрація""",
    "el": """αρχική | μετάβαση στο περιεχόμενο | σύνδεση | αναζήτηση | μενού | εγγραφή""",
    "hu": """főoldal | ugrás a tartalomra | belépés | bejelentkezés | keresés | címlap | regisztráció | menü""",
    "ro": """acasă | sari la conținut | autentificare | caută | căutare | conectare | înregistrare | meniu""",
    "da": """forside | gå til indhold | log ind | søg
        | gå til hovedindhold | spring til indhold | hovedmenu | søgning | log ud | min konto""",
    "no": """forsiden | hopp til hovedinnhold | hopp til innhold | logg inn | søk
        | gå til hovedinnhold | gå til innhold | hovedmeny | meny | søking | logg ut | min side""",
    "fi": """etusivu | siirry sisältöön | kirjaudu sisään | kirjaudu | haku | registeröidy""",

    "bg": """начало | към съдържанието | прескочи към съдържанието | вход | регистрация | търсене | меню""",
    "hr": """naslovnica | početna | preskoči na sadržaj | prijava | registracija | pretraži | pretraga | izbornik""",
    "sr": """насловна | почетна | пређи на садржај | прескочи на садржај | пријава | регистрација | претрага
        | naslovna | početna | preskoči na sadržaj | pređi na sadržaj | prijava | registracija | pretraga""",
    "ms": """laman utama | langkau ke kandungan | log masuk | daftar | cari""",    "sk": """preskočiť na obsah | prejsť na obsah | prejsť k obsahu | hlavné menu | hľadať | vyhľadávanie | prihlásiť sa | prihlásenie | odhlásiť sa""",
}

#: An entry of a blog's archive widget: a month or a year with the count of its posts, the
#: widget's fold marks before it ("March 2023 (4)", "► 2022 (31)", "▼ März (4)", "kwiecień 2023
#: (3)"); a year or a month alone only after a fold mark ("2022 (31)" may count the nests of a
#: survey). A month and a year without a count ("March 2023") may date a report, and are left to
#: the block classifier.
_MONTHS_NOMINATIVE = r"""(?:styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień)"""
ARCHIVE_ENTRY = regex.compile(
    rf"""^[\s\u2022\u00b7*-]*(?:[\u25ba\u25bc\u25b6\u25b8\u25c4\u25c0]\s*(?:{_MONTHS}|{_MONTHS_NOMINATIVE}|\d{{4}})
        |(?:{_MONTHS}|{_MONTHS_NOMINATIVE})\s+(?:de\s+)?\d{{4}})\s*\((?!(?:1[89]|20)\d{{2}}\))\d{{1,5}}\)\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: First words of `ARCHIVE_ENTRY` lines, but for those that open with a year: the months and the
#: fold mark the scan's keys keep ("▼").
ARCHIVE_FIRST_WORDS = " ".join(
    ("\u25bc \u25b6 \u25c4 \u25c0 jan january januar janvier januari feb february februar février fevrier febrero mar march märz"
     " maerz mars marzo apr april avril abril aprile may mai mayo jun june juni junio juin jul july juli julio juillet aug"
     " august août aout agosto sep sept september septembre septiembre oct october octobre octubre okt oktober nov november"
     " novembre noviembre dec december dez dezember décembre diciembre dic gennaio febbraio maggio giugno luglio settembre"
     " ottobre dicembre maart mei augustus janeiro fevereiro março maio junho julho setembro outubro novembro dezembro"
     " maj styczeń luty marzec kwiecień czerwiec lipiec sierpień wrzesień październik listopad grudzień").split())

#: The tools and feedback widgets of documentation, help-centre, guidance, shop, job and recipe
#: pages, as whole lines: "Was this page helpful?", "Is this page useful?", "Edit this page",
#: "Report a problem with this page", "Write a review", "Apply for this job". (Removed by call-to-action, which closes the article for the block classifier; the
#: questions are whole lines only: "Was this page helpful to the jury?" and any sentence about
#: them stay.)
PAGE_TOOL_PROMPTS = {
    "en": """is this page useful | was this page useful | was this page helpful to you | was this information helpful
        | did you find this page helpful | report a problem with this page | report a problem on this page
        | edit this page | edit on github | improve this page | get emails about this page | see all updates
        | write a review | write a customer review | apply now | apply for this job | apply for this position
        | save job | save this job | report job | report this job | share this job | create alert | create job alert
        | submit a request | have more questions? submit a request | didn't find what you were looking for
        | cite this article | download citation | rights and permissions | reprints and permissions""",
    "de": """war diese seite hilfreich | waren diese informationen hilfreich | ist diese seite hilfreich
        | ist diese seite nützlich | fanden sie diese seite hilfreich | hat ihnen diese seite geholfen
        | seite bearbeiten | diese seite bearbeiten | problem mit dieser seite melden | bewertung schreiben
        | eine bewertung schreiben | jetzt bewerben | jetzt online bewerben | stelle merken | job merken""",
    "fr": """cette page vous a-t-elle été utile | cet article vous a-t-il été utile | ces informations vous ont-elles été utiles
        | avez-vous trouvé cette page utile | cette page est-elle utile | modifier cette page
        | signaler un problème sur cette page | écrire un avis | rédiger un avis | postuler | postuler maintenant
        | postuler à cette offre""",
    "es": """te ha resultado útil esta página | le ha resultado útil esta página | le ha sido útil esta información
        | fue útil este artículo | fue útil esta página | te resultó útil este artículo | esta página te ha sido útil
        | editar esta página | escribir una opinión | escribe una opinión | escribir una reseña | inscribirme en esta oferta""",
    "it": """questa pagina ti è stata utile | questo articolo ti è stato utile | ti è stato utile questo articolo
        | queste informazioni ti sono state utili | modifica questa pagina | scrivi una recensione | candidati ora""",
    "nl": """was deze pagina nuttig | is deze pagina nuttig | was dit artikel nuttig | was deze informatie nuttig
        | heeft dit artikel je geholpen | deze pagina bewerken | schrijf een review | schrijf een recensie
        | solliciteer nu | direct solliciteren""",
    "pl": """czy ta strona była pomocna | czy ten artykuł był pomocny | czy ta informacja była pomocna
        | edytuj tę stronę | napisz opinię | aplikuj teraz""",
    "pt": """esta página foi útil | este artigo foi útil | esta informação foi útil | editar esta página
        | escrever uma avaliação | escreva uma avaliação | candidatar-se | candidate-se""",
    "sv": """var den här sidan till hjälp | var sidan till hjälp | var artikeln till hjälp | var informationen till hjälp
        | skriv en recension | ansök nu""",
    "ru": """была ли эта страница полезной | была ли статья полезной | была ли эта статья полезной
        | оставить отзыв | написать отзыв | откликнуться на вакансию""",
}

#: The buttons beside each post of a forum, a Q&A or community page or a shop's reviews, and on a
#: recipe card, as whole lines: "Was this reply helpful?", "Mark as New", "Click to expand...",
#: "View solution in original post", "Did you make this recipe?", "Rezept bewerten". (Removed by
#: widget-residue, which closes no part of the page: the thread's next post, the recipe's
#: nutrition facts follow them.)
POST_TOOL_LABELS = {
    "en": """was this reply helpful | was this answer helpful | was this review helpful | was this post helpful
        | did you find this helpful | did you find this review helpful | did you find this answer helpful
        | view solution in original post | solved! go to solution | mark as new | report inappropriate content
        | click to expand | tried this recipe | tried this recipe? let us know how it was | did you make this recipe
        | recipe rating""",
    "de": """war diese antwort hilfreich | war dieser beitrag hilfreich | war diese bewertung hilfreich
        | zum erweitern anklicken | klicken zum erweitern | rezept bewerten | rezept ausprobiert""",
    "fr": """cette réponse vous a-t-elle été utile | cet avis vous a-t-il été utile | cliquez pour agrandir
        | cliquez pour développer""",
    "es": """te ha resultado útil esta respuesta | te ha resultado útil esta opinión | haz clic para expandir""",
    "it": """questa risposta ti è stata utile | questa recensione ti è stata utile | clicca per espandere""",
    "nl": """was dit antwoord nuttig | was deze review nuttig | klik om uit te vouwen""",
    "pl": """czy ta odpowiedź była pomocna | czy ta opinia była pomocna | kliknij, aby rozwinąć""",
    "pt": """esta resposta foi útil | esta avaliação foi útil""",
}

#: The head row of a blog's calendar widget, the days of the week (its rows of days below it go
#: with it, see rules/prompts.py): "Mo Tu We Th Fr Sa Su", "M T W T F S S", "Mo Di Mi Do Fr Sa So",
#: "L M M J V S D".
CALENDAR_HEADS = {
    "en": """m t w t f s s | s m t w t f s | mo tu we th fr sa su | su mo tu we th fr sa | mon tue wed thu fri sat sun
        | sun mon tue wed thu fri sat""",
    "de": """m d m d f s s | mo di mi do fr sa so | mo. di. mi. do. fr. sa. so | mon die mit don fre sam son""",
    "fr": """l m m j v s d | lu ma me je ve sa di | lun mar mer jeu ven sam dim | lun. mar. mer. jeu. ven. sam. dim""",
    "es": """l m x j v s d | lu ma mi ju vi sá do | lun mar mié jue vie sáb dom""",
    "it": """l m m g v s d | lu ma me gi ve sa do | lun mar mer gio ven sab dom""",
    "nl": """m d w d v z z | ma di wo do vr za zo""",
    "pl": """p w ś c p s n | pn wt śr cz pt sb nd | pon wt śr czw pt sob ndz""",
    "pt": """d s t q q s s | dom seg ter qua qui sex sáb""",
    "sv": """m t o t f l s | må ti on to fr lö sö | mån tis ons tor fre lör sön""",
}
#: A calendar widget's link to the month before or after ("« Feb", "Mär »").
CALENDAR_MONTH_LINK = regex.compile(rf"""^\s*(?:[«‹<]\s*{_MONTHS}|{_MONTHS}\s*[»›>])\s*$""", regex.IGNORECASE | regex.VERBOSE)

#: The answers under a feedback question ("Was this page helpful?" / "Yes" / "No"), with their
#: counts ("Yes (4)", "No (0)"): removed with the question only.
FEEDBACK_ANSWER = regex.compile(
    r"""^\W*(?:yes|no|maybe|not\s+really|somewhat|ja|nein|teilweise|oui|non|sí|si|sì|nee|tak|nie|sim|não|nej|да|нет
        |yes,?\s+this\s+page\s+is\s+useful|no,?\s+this\s+page\s+is\s+not\s+useful)(?:\s*\(\d[\d.,]*\))?\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A row of page numbers under a list of posts: "1 2 3 … 10 Next »", "« Zurück 1 2 3 … 12 Weiter »",
#: "Page 2 of 14". Figures alone ("4 8 15 16 23 42", a draw's numbers) are no row: an ellipsis
#: between them or a link to the next or previous page is.
_PAGE_LINK_WORDS = """next previous prev older newer weiter vor zurück nächste vorherige suivant suivante précédent précédente
    siguiente anterior successivo successiva precedente volgende vorige następna następny poprzednia poprzedni próxima próximo""".split()
_PAGE_LINKS = f"(?:{'|'.join(_PAGE_LINK_WORDS)})"
_PAGE_WORDS = "page seite página pagina strona".split()
_ELLIPSES = ("…", "...")
PAGINATION = regex.compile(
    rf"""^\W*(?:
        (?:{_PAGE_LINKS}\W*\s+)?\d{{1,4}}(?:\s+\d{{1,4}})*\s*(?:{'|'.join(map(regex.escape, _ELLIPSES))})\s*\d{{1,4}}(?:\s+\d{{1,4}})*(?:\s+{_PAGE_LINKS})?
        |(?:{_PAGE_LINKS}\W*\s+)\d{{1,4}}(?:\s+\d{{1,4}})+(?:\s+{_PAGE_LINKS})?
        |\d{{1,4}}(?:\s+\d{{1,4}})+\s+{_PAGE_LINKS}
        |(?:\d[\d.,]*\s+(?:posts?|beiträge|beitrag|messages?|mensajes?|messaggi|berichten|posty|postów|topics|themen|sujets|temas|argomenti)
            \s*[\u2022\u00b7|-]\s*)?(?:{'|'.join(_PAGE_WORDS)})\s+\d{{1,4}}\s+(?:of|von|sur|de|di|van|z)\s+\d{{1,4}})\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: First words of `PAGINATION` lines, but for those that open with a figure.
PAGINATION_FIRST_WORDS = " ".join((*_PAGE_LINK_WORDS, *_PAGE_WORDS))
#: A test of a lower-cased line that every `PAGINATION` match passes: each branch holds an
#: ellipsis, a link to a page or the word "page" (tests/test_prefilters.py).
PAGINATION_MAY_MATCH = _may_hold(*_ELLIPSES, *_PAGE_LINK_WORDS, *_PAGE_WORDS)

#: Items of a language switcher ("EN | DE | FR", "Deutsch · English · Français"): the languages'
#: codes and their names in their own language.
LANGUAGE_ITEMS = frozenset("""en de fr es it nl pl pt sv da fi no nb cs sk hu ro bg el tr ru uk ja zh ko ar he
    english deutsch français español italiano nederlands polski português svenska dansk suomi norsk čeština
    magyar română türkçe ελληνικά русский українська 日本語 中文 한국어 العربية""".split())

#: The meta lines of a forum thread or a Q&A page around a post: "Asked 12 years, 3 months ago",
#: "Modified 1 year ago", "Viewed 4.2m times", "answered Mar 3 at 10:02", "Thread starter Jo",
#: "Start date Mar 12, 2023", "Ersteller Gartenfreund", "Auteur de la discussion Lou", "Date de
#: début 12 mars 2023", "Iniciado por Pepe". A short line without a sentence's end: "Ersteller der
#: Studie ist das Umweltbundesamt." stays; "Erstellt am 12. März 2023" dates an article's page as
#: often as a thread, and stays.
FORUM_META = regex.compile(
    rf"""^\W*(?:
        (?:asked|answered|edited|modified|viewed|active)\s+
            (?:\d+\s+\p{{L}}+(?:,\s*\d+\s+\p{{L}}+)?\s+ago|today|yesterday|[\d.,]+\s*[km]?\s+times
              |\p{{L}}{{3,9}}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?(?:\s+at\s+\d{{1,2}}:\d{{2}})?)
        # a post's age ("Posted 3 days ago", "Gepostet vor 2 Stunden")
        |(?:posted|gepostet|veröffentlicht|publié|publicado|pubblicato|geplaatst|opublikowano)\s+
            (?:\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago|vor\s+\d+\s+(?:minuten|stunden|tagen|wochen|monaten|jahren)
              |il\s+y\s+a\s+\d+\s+\p{{L}}+|hace\s+\d+\s+\p{{L}}+|\d+\s+\p{{L}}+\s+fa|\d+\s+\p{{L}}+\s+geleden|\d+\s+\p{{L}}+\s+temu)
        # a phpBB post's header ("Post by anna » Mon Mar 06, 2023 10:32 am", "Beitrag von anna » Mo 6.
        # Mär 2023, 10:32"), a member's figures beside a post ("Join Date: Mar 2010", "Posts: 1,234"),
        # the board's visitors ("Level 1" heads a part of a game's walkthrough as often as a reply)
        |(?:post\s+by|beitrag\s+von|message\s+par|mensaje\s+por|messaggio\s+da|bericht\s+door|post\s+autorstwa)\s+
            [^\s\u00bb]+(?:\s+[^\s\u00bb]+)?\s*\u00bb\s*[^\d\n]{{0,12}}\d.{{0,30}}
        |(?:join\s+date|joined|member\s+since|registriert\s+seit|mitglied\s+seit|dabei\s+seit|inscrit\s+le|inscription
          |membre\s+depuis|fecha\s+de\s+ingreso|miembro\s+desde|registrado|iscritto\s+dal|membro\s+dal|lid\s+sinds|dołączył
          |rejestracja)\s*:\s*
          # (phpBB prints the weekday and the time: "Joined: Tue Jan 10, 2023 8:12 pm")
          (?:\p{{L}}{{2,3}}\.?,?\s+(?=\p{{L}}{{3}}|\d))?
          (?:\p{{L}}{{3,9}}\.?\s+\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}[./-]\d{{4}}|{_DATE})(?:\s*,?\s*{_TIME})?
        |(?:posts|beiträge|messages|mensajes|messaggi|berichten|postów|posty|thanks|danke|reaktionspunkte|reputation)\s*:\s*\d[\d.,]*
        |(?:users\s+browsing\s+this\s+forum|mitglieder\s+in\s+diesem\s+forum|utilisateurs\s+parcourant\s+ce\s+forum
          |usuarios\s+navegando\s+por\s+este\s+foro|utenti\s+presenti\s+in\s+questo\s+forum|gebruikers\s+op\s+dit\s+forum
          |użytkownicy\s+przeglądający\s+to\s+forum)\s*:.{{0,80}}
        |(?:thread\s+starter|discussion\s+starter|ersteller|themenstarter|auteur\s+de\s+la\s+discussion|iniciado\s+por
          |autore\s+della\s+discussione|topicstarter|gestart\s+door|autor\s+wątku|autor\s+do\s+tópico)\s+[^\s.!?]+(?:\s+[^\s.!?]+)?
        |(?:start\s+date|date\s+de\s+début|fecha\s+de\s+inicio|data\s+di\s+inizio|startdatum|data\s+rozpoczęcia
          |data\s+de\s+início)\s*:?\s+(?:{_DATE}|\p{{L}}{{3,9}}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+\p{{L}}{{3,9}}\.?\s+\d{{4}}))\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: First words of `FORUM_META` lines (the shared scan finds the short lines that open with one).
FORUM_META_FIRST_WORDS = """asked answered edited modified viewed active thread discussion ersteller themenstarter auteur iniciado
    autore topicstarter gestart autor start date fecha data startdatum post beitrag message mensaje messaggio bericht
    join joined member membre miembro membro registriert mitglied dabei inscrit inscription registrado iscritto lid dołączył
    rejestracja posts beiträge
    messages mensajes messaggi berichten postów posty thanks danke reaktionspunkte reputation users mitglieder utilisateurs
    usuarios utenti gebruikers użytkownicy posted gepostet veröffentlicht publié publicado pubblicato geplaatst opublikowano"""

#: A shop's product box beside a post, as whole lines: buttons, stock and delivery labels.
SHOP_LABELS = {
    "en": """add to cart | add to basket | add to bag | buy now | in stock | out of stock | sold out
        | secure checkout | view cart | your cart | shopping cart | featured product | free shipping
        | free delivery | free returns | choose options | select options | notify me when available | pre-order
        | add to wishlist | add to wish list | tax included | taxes included | shipping calculated at checkout
        | tax included. shipping calculated at checkout
        | secure payment | secure payment with paypal | in stock now
        | verified buyer | verified purchase | verified owner | buy now with paypal | pay with paypal | quantity
        | add to compare | free store pickup""",
    "de": """in den warenkorb | zum warenkorb | jetzt kaufen | auf lager | sofort lieferbar | nicht auf lager
        | ausverkauft | nicht vorrätig | zur kasse | sichere zahlung | kostenloser versand | versandkostenfrei
        | auf die wunschliste | zur wunschliste | auf den merkzettel | inkl. mwst., zzgl. versandkosten
        | inkl. mwst. zzgl. versandkosten | inkl. mwst. | zzgl. versandkosten | inkl. mwst., zzgl. versand | produktdetails
        | vorrätig | zzgl. versand | sichere bezahlung | sichere bezahlung mit paypal | lieferbar in 2-3 tagen
        | verifizierter kauf | verifizierter käufer | mit paypal kaufen | mit paypal bezahlen | stückzahl""",
    "fr": """ajouter au panier | acheter maintenant | en stock | rupture de stock | épuisé | voir le panier | mon panier
        | livraison gratuite | livraison offerte | paiement sécurisé | retours gratuits | ajouter à la liste de souhaits
        | en promotion | ttc | tva incluse | achat vérifié | acheteur vérifié | quantité | payer avec paypal""",
    "es": """añadir al carrito | agregar al carrito | comprar ahora | en stock | agotado | sin stock | ver carrito
        | envío gratis | envío gratuito | pago seguro | devoluciones gratuitas | añadir a la lista de deseos | iva incluido
        | hay existencias | sin existencias | compra verificada | comprador verificado | cantidad | pagar con paypal""",
    "it": """aggiungi al carrello | acquista ora | compra ora | non disponibile | esaurito | vai al carrello
        | spedizione gratuita | pagamento sicuro | resi gratuiti | aggiungi alla lista dei desideri | iva inclusa
        | disponibilità immediata | acquisto verificato | quantità | paga con paypal""",
    "nl": """in winkelwagen | toevoegen aan winkelwagen | in winkelmand | nu kopen | op voorraad | niet op voorraad | uitverkocht
        | gratis verzending | veilig betalen | gratis retourneren | incl. btw | geverifieerde aankoop | geverifieerde koper""",
    "pl": """dodaj do koszyka | kup teraz | niedostępny | wyprzedane | przejdź do koszyka | darmowa dostawa
        | bezpieczne płatności | darmowe zwroty | zweryfikowany zakup | ilość""",
}

#: A paragraph that opens by pointing back at the button or link named in the line above it
#: ("Accept all" / "This button lets the site store every kind of cookie ...", "Tout accepter" /
#: "Ce bouton est cliqué par huit visiteurs sur dix ...", "Alles accepteren" / "Op die knop klikt
#: ..."): a guide or a story about a page's buttons, its subheading the button's name.
BUTTON_POINTED_AT = regex.compile(
    r"""^\W*(?:\w+(?:\s+\w+){0,3},\s+)?(?:(?:clicking|pressing|tapping|choosing|selecting)\s+(?:the\s+)?)?(?:(?:this|that)\s+(?:\w+\s+)?(?:button|link|option|switch|toggle|phrase|sentence|line|notice)
        |(?:it['’]s|it\s+is|that['’]s|that\s+is)\s+the\s+(?:\w+\s+)?(?:button|link|option)
        |(?:ce|cet|cette)\s+(?:\w+\s+)?(?:bouton|lien|option|phrase|mention|formule)
        |c['’]est\s+(?:le|ce)\s+(?:\w+\s+)?(?:bouton|lien)
        |(?:mit\s+)?(?:dieser|diesen|diesem|diese)\s+(?:\w+\s+)?(?:button|knopf|schalter|link|schaltfläche|option|satz|zeile|hinweis|vermerk)
        |(?:das|dies)\s+ist\s+(?:der|die|das)\s+(?:\w+\s+)?(?:button|knopf|schalter|link|schaltfläche)
        |(?:op\s+)?(?:deze|die)\s+(?:\w+\s+)?knop|deze\s+(?:link|optie|zin|melding)|dat\s+is\s+de\s+(?:\w+\s+)?knop
        |(?:este|ese|esta|esa|esse|essa)\s+(?:\w+\s+)?(?:botón|enlace|opción|botão|opção|frase|mención|menção|aviso|leyenda)
        |(?:es\s+el|é\s+o)\s+(?:\w+\s+)?(?:botón|enlace|botão|link)
        |(?:questo|quel|questa)\s+(?:\w+\s+)?(?:pulsante|tasto|link|opzione|frase|scritta|dicitura)
        |è\s+(?:questo\s+)?il\s+(?:\w+\s+)?(?:pulsante|tasto)|c['’]est\s+ce\s+(?:\w+\s+)?bouton|(?:es|é)\s+este\s+(?:\w+\s+)?(?:botón|botão)
        |(?:ten|tego|na\s+ten)\s+(?:\w+\s+)?(?:przycisk|link|opcj[aęi]|napis|komunikat)|to\s+(?:jest\s+)?przycisk|to\s+zdanie
        |(?:den|denna|den\s+här)\s+(?:\w+\s+)?(?:knappen|länken|frasen|meningen)|det\s+är\s+knappen
        |(?:эт[аоуи]|этот|эту)\s+(?:\w+\s+)?(?:кнопк[аиу]|ссылк[аиу]|фраз[аыу]|надпись|строк[аиу]))\b""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: The stock labels of `SHOP_LABELS` that an event listing prints for a concert or a show that
#: has no tickets left ("Stadthalle, 11 Uhr" / "Ausverkauft!"): kept there by event-guard.
SOLD_OUT_LABELS = """sold out | ausverkauft | épuisé | agotado | esaurito | uitverkocht | wyprzedane"""

_CURRENCY_SIGNS = "€$£"
_CURRENCY_CODES = (r"eur(?:os?)?", "chf", "zł", "pln")
_CODES = "|".join(code + r"\b" for code in _CURRENCY_CODES)
_PRICE = rf"""(?:[{_CURRENCY_SIGNS}]\s?\d+(?:[.,]\d{{1,2}})?|\d+(?:[.,]\d{{1,2}})?\s?(?:[{_CURRENCY_SIGNS}]|{_CODES}))"""
#: A line of a shop's product box that holds a figure: free delivery over an amount, the days to
#: return, the stock left, the delivery time, the cart's count, the list and sale prices, the
#: tax note ("Free shipping over $50", "Kostenloser Versand ab 50 €", "30 Tage Rückgaberecht",
#: "Only 3 left in stock", "Lieferzeit: 1-3 Werktage", "Cart (0)", "Regular price $49.00 Sale
#: price $39.00", "39,00 € inkl. MwSt."). Each ends the line: "Free shipping over $50 is now
#: standard." is a sentence about it.
_RETURN_DAYS = ("tage", "days?", "jours", "días", "giorni", "dagen", "dni")
_TAX_NOTES = (r"inkl\.?\s+(?:\d+\s*%\s+)?mwst\.?", r"incl\.?\s+(?:vat|btw)", r"tva\s+incluse", "ttc", r"iva\s+inclu[ií]d[oa]",
              r"iva\s+inclusa")
SHOP_LINE = regex.compile(
    rf"""^\W*(?:
        (?:free\s+(?:shipping|delivery|returns?)|kostenlose[rn]?\s+(?:versand|lieferung|rückversand)|versandkostenfrei|gratis\s+versand
          |livraison\s+(?:gratuite|offerte)|retours?\s+gratuits?|envío\s+(?:gratis|gratuito)|devoluciones\s+gratuitas|spedizione\s+gratuita
          |resi\s+gratuiti|gratis\s+verzending|gratis\s+retourneren|darmowa\s+dostawa|darmowe\s+zwroty|frete\s+grátis)
          (?:\s+(?:on\s+(?:all\s+)?orders?|für\s+bestellungen|sur\s+(?:toutes\s+les\s+)?commandes|en\s+pedidos|per\s+ordini
              |bij\s+bestellingen|przy\s+zamówieniach))?
          \s+(?:over|above|from|ab|dès|à\s+partir\s+de|a\s+partir\s+de|desde|sopra|superiori\s+a|da|vanaf|boven|od|powyżej|within
              |innerhalb(?:\s+von)?|sous|en|entro|binnen|w\s+ciągu|in)\s+(?:{_PRICE}|\d{{1,3}}\s*(?:days?|tage[n]?|jours|días|giorni|dagen|dni))
          (?:\s+(?:innerhalb|within|in|en|dans|nach|para|per|voor|na|w)\s+(?:\p{{L}}+\s+)?\p{{Lu}}\p{{L}}+)?
        # a product's stars, with the shop's two decimals ("Rated 4.50 out of 5", "Bewertet mit 4.50 von
        # 5"; a review's verdict "Rated 4.5 out of 5" stays), and its code ("SKU: ESP-500")
        |(?:rated|bewertet\s+mit|noté|valorado\s+con|valutato|beoordeeld\s+met|oceniono)\s+\d[.,]\d\d\s+(?:out\s+of|von|sur|de|su|uit|na)\s+5
          (?:\s+(?:based\s+on\s+\d+\s+customer\s+ratings?|basierend\s+auf\s+\d+\s+kundenbewertungen?))?
        |(?:sku|artikelnummer|art\.-nr\.|ugs|réf\.|référence|código|codice|kod\s+produktu)\s*:\s*(?=[\w.-]*\d)[\w][\w.-]{{1,30}}
        |\d{{1,3}}[\s-]*(?:{'|'.join(_RETURN_DAYS)})[\s-]+(?:rückgaberecht|rückgabe|free\s+returns|returns?|money[-\s]back\s+guarantee
          |retour|retourrecht|devolución|reso|na\s+zwrot)
        |only\s+\d{{1,3}}\s+left(?:\s+in\s+stock)?|nur\s+noch\s+\d{{1,3}}\s+(?:stück\s+)?(?:auf\s+lager|verfügbar|vorrätig)
          |plus\s+que\s+\d{{1,3}}\s+en\s+stock|(?:solo|sólo)\s+quedan\s+\d{{1,3}}(?:\s+en\s+stock)?|(?:solo|ultimi)\s+\d{{1,3}}\s+disponibili
          |nog\s+(?:maar\s+)?\d{{1,3}}\s+(?:op\s+voorraad|beschikbaar)|ostatnie\s+\d{{1,3}}\s+sztuk[ia]?
        |(?:lieferzeit|delivery\s+time|délai\s+de\s+livraison|plazo\s+de\s+entrega|tempi\s+di\s+consegna|levertijd|czas\s+dostawy)\s*:?\s*
          (?:ca\.\s*)?\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s*(?:werktage|tage|business\s+days|days|jours(?:\s+ouvrés)?|días(?:\s+hábiles)?
          |giorni(?:\s+lavorativi)?|werkdagen|dagen|dni(?:\s+robocze)?)
        |(?:cart|basket|bag|warenkorb|panier|carrito|carrello|winkelwagen|winkelmand|koszyk)\s*\(\d{{1,3}}\)
        |(?:regular\s+price|sale\s+price|unit\s+price|normaler\s+preis|verkaufspreis|grundpreis|prix\s+habituel|prix\s+soldé
          |precio\s+habitual|precio\s+de\s+(?:venta|oferta)|prezzo\s+di\s+listino|prezzo\s+scontato|normale\s+prijs|aanbiedingsprijs
          |cena\s+regularna|cena\s+promocyjna)\s*:?\s*{_PRICE}
          (?:\s+(?:regular\s+price|sale\s+price|unit\s+price|normaler\s+preis|verkaufspreis|grundpreis|prix\s+habituel|prix\s+soldé
            |precio\s+habitual|precio\s+de\s+(?:venta|oferta)|prezzo\s+di\s+listino|prezzo\s+scontato|normale\s+prijs|aanbiedingsprijs
            |cena\s+regularna|cena\s+promocyjna)\s*:?\s*{_PRICE})*(?:\s+(?:sale|angebot|promo|soldes|oferta|offerta|aanbieding|promocja))?
        # the old price and the saving beside a sale price ("Was $179.99", "Save $50.00", "Save 23%",
        # "Statt 49,99 €", "Économisez 10 €")
        |(?:was|save|you\s+save|statt|sie\s+sparen|économisez|ahorra|ahorras|risparmi|bespaar|oszczędzasz)\s*:?\s*
          (?:{_PRICE}|\d{{1,2}}\s?%)(?:\s*\(\s*-?\d{{1,2}}\s?%\s*\))?
        |(?:{_PRICE}\s*)?(?:{'|'.join(_TAX_NOTES)})
          (?:\s*[,.]?\s*(?:zzgl\.?|plus|excl\.?)\s+(?:versand(?:kosten)?|shipping|verzendkosten))?
        )\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: A counter beside a post, a review, a product or a paper, alone on its line: "1 Kudo", "12 out of
#: 20 found this helpful", "23 people found this review helpful", "Helpful (12)", "1,203 Accesses",
#: "12 Citations", "5 Altmetric", "Rating 4.6 out of 5 stars with 1,084 reviews", "4.86 from 22
#: votes", "★★★★☆ 4.3 (218 reviews)", "4,5 von 5 Sternen (123 Bewertungen)". A rating without its
#: count of votes ("Rating: 4.5/5", a review's verdict) and a poll's "Yes (412)" stay.
_VOTES = r"""(?:reviews?|ratings?|votes?|bewertungen|stimmen|avis|reseñas|valoraciones|votos|recensioni|voti|beoordelingen
    |stemmen|opinii|ocen|głosów)"""
PAGE_COUNTER = regex.compile(
    rf"""^\W*(?:
        \d[\d.,]*\s*(?:kudos?|accesses|citations?|altmetric|zitierungen|citas|citazioni)
        |\d[\d.,]*\s+(?:out\s+of\s+\d[\d.,]*\s+)?(?:people\s+|users\s+|customers\s+|readers\s+|members\s+)?found\s+this
          \s+(?:review\s+|answer\s+|article\s+|reply\s+|comment\s+|post\s+)?(?:helpful|useful)
        |\d[\d.,]*\s+(?:von\s+\d[\d.,]*\s+)?(?:personen|kunden|nutzern?|lesern?)\s+(?:fanden|finden)\s+(?:diese[nrs]?\s+\p{{L}}+\s+)?hilfreich
        |\d[\d.,]*\s+personnes?\s+(?:ont|a)\s+trouvé\s+(?:cet?|cette)\s+\p{{L}}+\s+utile
        |(?:helpful|unhelpful|not\s+helpful|hilfreich|nicht\s+hilfreich|utile|pas\s+utile|útil|no\s+útil|nuttig|niet\s+nuttig)\s*\(\d[\d.,]*\)
        |(?:(?:rating|rated|bewertung|note|valoración|valutazione|beoordeling|ocena)\s*:?\s+)?(?:[★☆]{{5}}\s*)?\d(?:[.,]\d{{1,2}})?
          (?:\s*(?:/\s*5|(?:out\s+of|von|sur|de|su|uit|na)\s+5)(?:\s+(?:stars?|sternen?|étoiles|estrellas|stelle|sterren|gwiazd(?:ek|ki)?))?)?
          \s*(?:(?:with|from|based\s+on|aus|bei|basierend\s+auf|sur|de|su|uit|z)\s+|\()[\d.,]+\s+{_VOTES}\)?
    )\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Lower-case substrings one of which every `PAGE_COUNTER` line holds.
PAGE_COUNTER_NEEDLES = (
    "kudo", "access", "citation", "altmetric", "zitierung", "citas", "citazion", "helpful", "useful", "hilfreich", "utile",
    "útil", "nuttig", "review", "rating", "vote", "bewertung", "stimmen", "avis", "reseña", "valoracion", "votos",
    "recension", "voti", "beoordeling", "stemmen", "opini", "ocen", "głos",
)

#: A test of a lower-cased line that every `SHOP_LINE` match passes: a line whose first letter or
#: figure is a figure can only match a branch that opens with one, the days to return or a price
#: before the tax note, and holds their words (tests/test_prefilters.py).
_OPENS_WITH_FIGURE = re.compile(r"\W*\d").match
_SHOP_FIGURE_WORDS = _may_hold(*map(_head, _RETURN_DAYS + _TAX_NOTES))


def shop_line_may_match(lower: str) -> bool:
    return _OPENS_WITH_FIGURE(lower) is None or _SHOP_FIGURE_WORDS(lower) is not None


#: First words of `SHOP_LINE` lines, but for those that open with a figure (the shared scan finds
#: the short lines that open with one, and those that open with a figure).
SHOP_LINE_FIRST_WORDS = """was save you statt sie économisez ahorra ahorras risparmi bespaar oszczędzasz free kostenlose kostenloser kostenlosen versandkostenfrei gratis livraison retour retours envío
    devoluciones spedizione resi darmowa darmowe frete only nur plus solo sólo ultimi nog ostatnie lieferzeit delivery
    délai plazo tempi levertijd czas cart basket bag rated bewertet noté valorado valutato beoordeeld oceniono sku
    artikelnummer art.-nr. ugs réf. référence código codice kod warenkorb panier carrito carrello winkelwagen winkelmand koszyk
    regular sale unit normaler verkaufspreis grundpreis prix precio prezzo normale aanbiedingsprijs cena inkl inkl. incl
    incl. tva ttc iva"""

#: Shops whose buttons stand under the products of a review or a buying guide. (Not those named
#: like a word or a planet, "Very", "Boots", "Saturn": "View on Saturn" may head a paragraph.)
RETAILER_NAMES = """amazon | best buy | walmart | target | costco | newegg | b&h | b&h photo | ebay | etsy | wayfair | home depot
    | lowe's | kohl's | macy's | nordstrom | sephora | ulta | apple | samsung | dell | lenovo | currys | argos | john lewis
    | ao.com | jb hi-fi | harvey norman | the good guys | canadian tire | flipkart | mediamarkt
    | fnac | darty | boulanger | cdiscount | el corte inglés | pccomponentes | unieuro | coolblue | bol.com | allegro"""
_RETAILER = "(?:" + "|".join(regex.escape(" ".join(name.split())).replace("\\ ", r"\s+") for name in RETAILER_NAMES.split("|")) + ")"
#: A shop's button under a product: "$449 at Amazon", "View at Best Buy", "Check price at Walmart",
#: "£169 at Currys", "Bei Amazon ansehen", "Voir sur Amazon", "Ver en Amazon", "Vedi su Amazon",
#: "Bekijk bij Coolblue". The shop is one of RETAILER_NAMES and ends the line ("View at Sunset"
#: over a travel story's paragraph names none; "Buy at Amazon before Friday" goes on).
RETAILER_BUTTON = regex.compile(
    rf"""^\W*(?:(?:{_PRICE}|[$£€]\s?\d{{1,3}}(?:,\d{{3}})+(?:\.\d\d)?|(?:view|see|shop|buy|check|get)(?:\s+(?:it|price|prices|deal|deals|offer|now|the\s+deal))?)\s+(?:at|on|@|from)\s+{_RETAILER}
        |check\s+{_RETAILER}|(?:{_PRICE}\s+)?(?:bei|auf)\s+{_RETAILER}(?:\s+(?:ansehen|kaufen|bestellen|anschauen))?
        |(?:{_PRICE}\s+)?(?:chez|sur)\s+{_RETAILER}|(?:voir|acheter)\s+(?:l'offre\s+)?(?:sur|chez)\s+{_RETAILER}
        |(?:ver|comprar)\s+(?:oferta\s+)?en\s+{_RETAILER}|(?:{_PRICE}\s+)?en\s+{_RETAILER}
        |(?:vedi|acquista|compra)\s+(?:offerta\s+)?su\s+{_RETAILER}|(?:{_PRICE}\s+)?su\s+{_RETAILER}
        |(?:bekijk|koop)\s+(?:bij|op)\s+{_RETAILER}|(?:{_PRICE}\s+)?bij\s+{_RETAILER})\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Substrings (lower case) one of which every RETAILER_BUTTON line holds: the shops' names.
RETAILER_NEEDLES = tuple(" ".join(name.split()) for name in RETAILER_NAMES.split("|"))


#: A subscription offer with its price, a button or a box's line: "Jetzt 4 Wochen für 0,99 €
#: testen", "Try for $5/month", "Offre spéciale : 1 € le premier mois", "Hazte suscriptor por 1 €
#: al mes", "Abbonati a 1 € al mese". A price, a period or a trial, a word of a subscription or
#: a trial, the offer's opening word, and no full stop at the end ("Only €5 a month and the
#: tickets are gone" offers nothing).
SUBSCRIPTION_OFFER = regex.compile(
    rf"""^\W*(?=.*{_PRICE})(?=.*(?:abo|abonn|subscri|suscri|abbona|member|mitglied|trial|test|essai|prueba|prova|proef
            |premier\s+mois|first\s+month|erste[nr]?\s+monat|primer\s+mes|primo\s+mese|eerste\s+maand|pierwszy\s+miesiąc
            |^\W*(?:try|jetzt|offre|special|angebot)\b))(?=.*\b(?:month|monat|mois|mes|mese|maand|miesiąc|week|woche|wochen|semaine|semana|settimana|year|jahr
            |an|año|anno|jaar|rok|trial|testen|essai|prueba|prova|proef|mo|mth|wk)\b)
        (?:jetzt|try|subscribe|get|start|abonn\p{{L}}*|suscr\p{{L}}*|hazte|abbonati|offre|special|spezial\p{{L}}*|angebot|nur|only|teste|testen
          |probiere|essayez|prueba|prova|probeer|word|zostań|kup|oferta|offerta|aanbieding|\d)\b[^.]*[^.\s]\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: The title of a member platform's sign-up box: the request and the publication's name in
#: capitals ("Subscribe to Slow Money Notes", "Abonniere Notizen aus dem Schrebergarten",
#: "Abonnez-vous à Carnets du potager"); "Subscribe to the idea that less is more" names none, and
#: "Subscribe to Netflix and cancel later." is a sentence.
SUBSCRIBE_TO_NAME = regex.compile(
    r"""^\W*(?:subscribe\s+to|abonniere|abonnieren\s+sie|abonnez-vous\s+à|suscríbete\s+a|iscriviti\s+a|abonneer\s+je\s+op
        |zasubskrybuj|subskrybuj)\s+(?-i:\p{Lu}[\p{L}\d'’&.-]*)(?:\s+[\p{L}\d'’&.-]+){0,6}\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
SUBSCRIBE_TO_FIRST_WORDS = "subscribe abonniere abonnieren abonnez-vous suscríbete iscriviti abonneer zasubskrybuj subskrybuj"

#: A link to the comments with their count: "Voir les 12 commentaires", "View all 12 comments",
#: "Alle 12 Kommentare anzeigen", "Ver comentarios (12)".
COMMENT_LINK = regex.compile(
    r"""^\W*(?:(?:voir|afficher|lire|view|show|read|see|alle|ver|mostra|mostrar|bekijk|zobacz|toon)\s+
        (?:all\s+|les\s+|los\s+|tutti\s+i\s+|alle\s+|wszystkie\s+|todos\s+los\s+)?\d[\d.,]*\s+
        (?:comments?|commentaires?|kommentare?|comentarios?|commenti|reacties|komentarz[ey]?|komentarzy|réactions)(?:\s+anzeigen)?
      |(?:voir|view|show|ver|mostra|bekijk|zobacz)\s+(?:les\s+|los\s+|the\s+)?(?:comments|commentaires|comentarios|commenti|reacties|komentarze)
        \s*[(\[]\s*\d[\d.,]*\s*[)\]])\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
COMMENT_LINK_FIRST_WORDS = "voir afficher lire view show read see alle ver mostra mostrar bekijk zobacz toon"

#: A link to the writer's other articles, alone on its line: "View all posts by Jane Roe", "Alle
#: Artikel von Jana Vogt", "Tous les articles de Julie Martin". ("More from ..." heads a list.)
AUTHOR_LINK = regex.compile(
    r"""^\W*(?:view\s+all\s+posts\s+by|all\s+posts\s+by|all\s+articles\s+by|alle\s+artikel\s+von|alle\s+beiträge\s+von
        |tous\s+les\s+articles\s+de|voir\s+tous\s+les\s+articles\s+de|todos\s+los\s+artículos\s+de|ver\s+todos\s+los\s+artículos\s+de
        |tutti\s+gli\s+articoli\s+di|alle\s+artikelen\s+van|alle\s+berichten\s+van|wszystkie\s+artykuły\s+(?:autora\s+)?)\s*
        (?-i:\p{Lu})[\p{L}.'’-]*(?:\s+(?-i:\p{Lu})[\p{L}.'’-]*){0,3}\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
AUTHOR_LINK_FIRST_WORDS = "view all alle tous voir todos ver tutti wszystkie"

#: A test of a lower-cased line that every `SUBSCRIPTION_OFFER` match passes: its price's mark
#: (tests/test_prefilters.py).
SUBSCRIPTION_OFFER_MAY_MATCH = _may_hold(*_CURRENCY_SIGNS, *map(_head, _CURRENCY_CODES))

#: First words of `SUBSCRIPTION_OFFER` lines, but for those that open with a figure.
SUBSCRIPTION_OFFER_FIRST_WORDS = """jetzt try subscribe get start abonnez abonnez-vous abonne-toi abonnieren abonniere abonne abonnement suscríbete
    suscribite suscríbase suscribirse hazte abbonati offre special spezial spezialangebot angebot nur only teste testen
    probiere essayez prueba prova probeer word zostań kup oferta offerta aanbieding"""

#: Lower-case substrings of a site footer's legal links and rights statements, in the languages
#: whose sites print them ("Mentions légales · CGU", "Aviso legal | Cookies", "Note legali",
#: "Avís legal", "Impressum", "© 2024 ... Tots els drets reservats"): the block classifier takes
#: a short line that holds one below the article for the page's footer.
PAGE_FOOTER_NEEDLES = (
    "\u00a9", "copyright", "rights reserved", "rechte vorbehalten", "droits réservés", "derechos reservados",
    "diritti riservati", "drets reservats", "direitos reservados", "mentions légales", "aviso legal", "avís legal",
    "note legali", "impressum", "datenschutz", "privacy policy", "politique de confidentialité",
    "política de privacidad", "política de privacitat", "política de privacidade",
)

#: Legal and consent lines that may stand alone (footers, cookie buttons).
LEGAL_LABELS = {
    "en": """privacy | privacy policy | privacy notice | privacy statement | cookie policy | cookies
        | cookie settings | cookie preferences | manage cookies | accept cookies | accept all cookies
        | accept all | reject all | accept | decline | i agree | agree | got it | terms | terms of use
        | terms of service | terms and conditions | terms & conditions | legal | legal notice | imprint
        | disclaimer | accessibility | accessibility statement | sitemap | site map | contact | contact us
        | about us | about | careers | jobs | advertise | advertise with us | faq | help | rss
        | do not sell my personal information | do not sell or share my personal information
        | your privacy choices | manage preferences | all rights reserved
        | affiliate disclosure | amazon associates disclosure | cookie notice""",
    "de": """datenschutz | datenschutzerklärung | datenschutzhinweise | datenschutz-einstellungen
        | privatsphäre-einstellungen | cookie-einstellungen | cookies | impressum | agb | nutzungsbedingungen
        | kontakt | barrierefreiheit | alle akzeptieren | akzeptieren | ablehnen | alle ablehnen | zustimmen
        | einstellungen | mediadaten | über uns | jobs | karriere | hilfe | sitemap | alle rechte vorbehalten
        | impressum & datenschutz | cookie-verwendung | cookie-hinweis
        | haftungsausschluss | bildnachweis | bildnachweise | bildquellen | datenschutzrichtlinie
        | allgemeine nutzungsbedingungen | offenlegung | impressum/offenlegung | alle angaben ohne gewähr
        | haftung für links | haftung für inhalte | haftungsbeschränkung | haftungsbeschränkung für externe links
        | haftungshinweis""",
    "fr": """mentions légales | politique de confidentialité | confidentialité | conditions générales
        | conditions d'utilisation | gestion des cookies | paramètres des cookies | accepter | tout accepter
        | refuser | tout refuser | contact | nous contacter | plan du site | tous droits réservés
        | qui sommes-nous | nous rejoindre | cgu | cgv | conditions générales d'utilisation | conditions générales de vente
        | politique cookies | politique de cookies | gérer mes cookies | gérer les cookies | paramétrer les cookies
        | données personnelles | accessibilité | charte de confidentialité | continuer sans accepter | paramétrer
        | personnaliser""",
    "es": """aviso legal | política de privacidad | privacidad | política de cookies | configuración de cookies
        | aceptar | aceptar todo | rechazar | contacto | mapa del sitio | todos los derechos reservados
        | quiénes somos | trabaja con nosotros | condiciones de uso | términos y condiciones | términos de uso | mapa web
        | configuración de privacidad | aceptar cookies | rechazar todo | accesibilidad | contacta con nosotros""",
    "ca": """avís legal | política de privacitat | privacitat | política de galetes | galetes | configuració de galetes
        | accepta | accepta-les totes | rebutja | contacte | mapa web | tots els drets reservats | qui som
        | protecció de dades | accessibilitat | condicions d'ús | termes i condicions""",
    "it": """privacy | informativa privacy | note legali | accetta | rifiuta | contatti | tutti i diritti riservati
        | chi siamo | lavora con noi | mappa del sito | informativa sulla privacy | informativa cookie
        | termini e condizioni | termini di utilizzo | condizioni d'uso | condizioni generali | gestisci i cookie
        | impostazioni cookie | preferenze cookie | accetta tutti | rifiuta tutti | personalizza | accetto
        | contattaci | accessibilità | dichiarazione di accessibilità""",
    "nl": """privacybeleid | cookiebeleid | accepteren | alles accepteren | weigeren | contact | over ons | colofon
        | adverteren | vacatures | privacyverklaring | cookieverklaring | algemene voorwaarden | cookie-instellingen
        | cookie instellingen | akkoord | alles weigeren | instellingen aanpassen | instellingen | toegankelijkheid
        | klantenservice | gebruiksvoorwaarden | privacy- en cookiebeleid
        | proclaimer | privacy statement | cookie statement | kwetsbaarheid melden | responsible disclosure | privacy | cookies | disclaimer | privacy-instellingen | privacyinstellingen | alle rechten voorbehouden | cookievoorkeuren | cookies beheren""",
    "pt": """política de privacidade | termos de uso | aceitar | recusar | contato | contacto
        | todos os direitos reservados | quem somos | sobre nós | expediente | fale conosco | anuncie | anuncie conosco
        | trabalhe conosco | política de cookies | configurações de cookies | aceitar todos | aceitar cookies
        | rejeitar | rejeitar todos | termos e condições | mapa do site | ficha técnica | estatuto editorial
        | configurações | privacidade | termos de serviço | aviso legal | gerir cookies | gerenciar cookies
        | aceitar e fechar""",
    "pl": """polityka prywatności | regulamin | akceptuję | kontakt | wszelkie prawa zastrzeżone | o nas | kariera
        | polityka cookies | polityka plików cookies | mapa strony | mapa serwisu | ustawienia cookies
        | ustawienia prywatności | zgadzam się | odrzuć | odrzuć wszystkie | akceptuj wszystkie | zaakceptuj wszystkie
        | ustawienia | współpraca | deklaracja dostępności | nota prawna
        | klauzula informacyjna rodo | klauzula rodo | rodo | ochrona danych osobowych | polityka prywatności i cookies | informacja o cookies | pliki cookies | warunki korzystania""",
    "sv": """integritetspolicy | kontakt | acceptera | om oss | kontakta oss | annonsera | jobba hos oss | lediga jobb
        | cookiepolicy | cookie-policy | cookie-inställningar | cookieinställningar | tillgänglighet
        | tillgänglighetsredogörelse | godkänn alla | godkänn | neka | neka alla | inställningar | acceptera alla
        | personuppgiftspolicy | hantera cookies | användarvillkor | kundservice | godkänn och stäng""",
    "ru": """политика конфиденциальности | контакты | все права защищены | о проекте | о нас | вакансии
        | пользовательское соглашение | правила использования материалов | политика использования cookie
        | политика обработки персональных данных | принять | принять все | карта сайта | обратная связь
        | настройки cookie | настройки файлов cookie""",
    "zh": """关于我们 | 联系我们 | 隐私政策 | 用户协议 | 版权声明 | 免责声明 | 网站地图 | 广告服务 | 版权所有 | 關於我們 | 聯絡我們 | 聯繫我們 | 隱私權政策 | 隱私政策 | 使用條款 | 服務條款 | 版權所有 | 免責聲明""",
    "ja": """会社概要 | 運営会社 | 利用規約 | プライバシーポリシー | 個人情報保護方針 | 個人情報の取り扱い | サイトマップ | 広告掲載 | お問い合わせ | 採用情報 | 著作権について | 記事の使用について""",
    "ko": """회사소개 | 이용약관 | 개인정보처리방침 | 개인정보 처리방침 | 청소년보호정책 | 광고문의 | 제휴문의 | 저작권 정책""",
    "ar": """من نحن | اتصل بنا | سياسة الخصوصية | الشروط والأحكام | شروط الاستخدام | جميع الحقوق محفوظة | إخلاء المسؤولية""",
    "fa": """درباره ما | تماس با ما | حریم خصوصی | قوانین و مقررات | تمامی حقوق محفوظ است""",
    "he": """צור קשר | מדיניות פרטיות | תנאי שימוש | כל הזכויות שמורות | הצהרת נגישות""",
    "hi": """हमारे बारे में | संपर्क करें | हमसे संपर्क करें | गोपनीयता नीति | नियम और शर्तें | अस्वीकरण""",
    "th": """เกี่ยวกับเรา | ติดต่อเรา | นโยบายความเป็นส่วนตัว | ข้อกำหนดการใช้งาน | สงวนลิขสิทธิ์""",
    "tr": """künye | iletişim | gizlilik politikası | çerez politikası | kullanım koşulları | hakkımızda | kvkk | tüm hakları saklıdır | kabul et | tümünü kabul et""",
    "id": """tentang kami | hubungi kami | kebijakan privasi | pedoman media siber | syarat dan ketentuan | redaksi | kontak""",
    "vi": """liên hệ | liên hệ quảng cáo | chính sách bảo mật | điều khoản sử dụng | quy định sử dụng""",
    "cs": """kontakty | o nás | ochrana osobních údajů | zásady ochrany osobních údajů | nastavení cookies | podmínky použití | všechna práva vyhrazena | přijmout vše
        | prohlášení o přístupnosti | ochrana osobních údajů (gdpr) | gdpr | nastavení soukromí | zásady používání cookies | cookies | informace o cookies | obchodní podmínky | přijmout | odmítnout | odmítnout vše | přijmout všechny | souhlasím""",
    "uk": """про нас | контакти | політика конфіденційності | умови використання | усі права захищено | всі права захищені""",
    "el": """πολιτική απορρήτου | όροι χρήσης | επικοινωνία | σχετικά με εμάς | ποιοι είμαστε | αποδοχή όλων""",
    "hu": """impresszum | adatvédelmi tájékoztató | adatvédelem | süti beállítások | kapcsolat | minden jog fenntartva | elfogadom""",
    "ro": """termeni și condiții | politica de confidențialitate | politica cookies | politica de cookies | despre noi | toate drepturile rezervate | accept toate""",
    "da": """privatlivspolitik | cookiepolitik | om os | accepter alle | alle rettigheder forbeholdes
        | tilgængelighedserklæring | cookieindstillinger | cookie-indstillinger | vilkår | handelsbetingelser | kontakt os | annoncering | accepter | afvis | afvis alle | kun nødvendige | privatlivsindstillinger | cookies""",
    "no": """personvern | personvernerklæring | informasjonskapsler | om oss | alle rettigheter forbeholdt | godta alle
        | tilgjengelighetserklæring | personvern og informasjonskapsler | kontakt oss | annonsere | alle rettigheter reservert | bruksvilkår | godta | avvis | avvis alle | innstillinger for informasjonskapsler | cookies | kontakt""",
    "fi": """tietosuojakäytäntö | tietosuojaseloste | evästeet | evästeasetukset | yhteystiedot | kaikki oikeudet pidätetään | hyväksy kaikki""",
    "sk": """ochrana osobných údajov | ochrana osobných údajov (gdpr) | vyhlásenie o prístupnosti | zásady používania cookies | nastavenia cookies | nastavenie súkromia | všetky práva vyhradené | kontakt | kontakty | o nás | obchodné podmienky | prijať všetko | prijať | odmietnuť | súhlasím""",
}

#: Stray widget text: counters, player and script notices, analytics labels.
WIDGET_LABELS = {
    "en": """real time analytics | loading | loading... | please wait | please enable javascript
        | javascript is disabled | enable javascript | this video is not available | video player
        | your browser does not support the video tag | your browser does not support html5 video
        | play video | play | pause | mute | unmute | fullscreen | video | audio | listen to this article
        | listen | now playing | watch | watch now | watch: | image | photo | gallery | view gallery
        | view image | enlarge image | zoom | expand | collapse | captions | transcript | open in app
        | opens in new window | external link | advertisement feedback | powered by | \u0394 | \u00d7 | \u2715
        | post was not sent - check your email addresses | sorry, your blog cannot share posts by email
        | entries feed | comments feed | entries rss | comments rss | email protected
        | dark mode on / off | dark mode on/off | night mode on / off | toggle dark mode | switch to dark mode
        | failed to load latest commit information | as seen in | as featured in
        | text to speech | listen to article | listen to this story | audio version
        | sorted by | sort by | highest score (default) | date modified (newest first) | date created (oldest first) | trending (recent votes count more)
        | this article is more than 1 year old | this article is over a year old
        | download episode | my photo | followers | show key events only | media caption | image caption | video caption | image source
        | open this photo in gallery | open this photo in gallery: | expand image
        | reader interactions | add to calendar | add to my calendar | add to google calendar | copy code | copy to clipboard
        | copied to clipboard | copy | download this chart | download this table | download this data | buy tickets | book tickets
        | get tickets | register now""",
    "de": """wird geladen | lädt | laden | bitte aktivieren sie javascript | javascript ist deaktiviert | video
        | bild | bilder | foto | fotos | galerie | bildergalerie | zur bildergalerie | vergrößern
        | artikel anhören | anhören | abspielen | vorlesen | audio
        | beitrag nicht abgeschickt - e-mail adresse kontrollieren | ihr blog kann leider keine beiträge per e-mail teilen
        | feed der einträge | kommentare-feed | einträge-feed | bitte dieses feld leer lassen
        | nachtmodus ein / aus | nachtmodus ein/aus | nachtmodus an / aus | nachtmodus an/aus | dunkelmodus ein / aus
        | dark mode ein / aus | empfohlener redaktioneller inhalt | bekannt aus
        | hinweis: dieser artikel ist älter als ein jahr | dieser artikel ist älter als ein jahr
        | episode herunterladen | folge herunterladen
        | zum kalender hinzufügen | in den kalender eintragen | im kalender speichern | code kopieren | kopieren | tickets kaufen""",
    "fr": """chargement | chargement en cours | veuillez activer javascript | lecture | écouter cet article
        | écouter l'article
        | télécharger l'épisode
        | ajouter au calendrier | ajouter à mon agenda | copier le code | copier | acheter des billets
        | direct | en direct | actualiser le direct""",
    "es": """cargando | reproducir | escuchar
        | escuchar noticia | escuchar artículo | escuchar este artículo
        | descargar episodio
        | añadir al calendario | agregar al calendario | copiar código | copiar | comprar entradas
        | directo | en directo | en vivo | actualizar""",
    "ca": """carregant | reprodueix | escolta | escolta la notícia
        | directe | en directe | actualitza""",
    "it": """caricamento | caricamento in corso | galleria | ascolta l'articolo
        | ascolta questo articolo | ascolta la notizia
        | aggiungi al calendario | copia codice | copia | acquista biglietti
        | diretta | in diretta | aggiorna""",
    "nl": """laden | bezig met laden | afbeelding
        | luister naar dit artikel | luister dit artikel | voorlezen
        | toevoegen aan agenda | toevoegen aan kalender | code kopiëren | kopiëren | tickets kopen""",
    "pt": """carregando | galeria | ouça esta notícia | ouvir | ouvir o texto | ouvir notícia | ouvir esta notícia
        | ouvir este artigo | ouça o texto
        | baixar episódio
        | adicionar ao calendário | copiar código | copiar | comprar ingressos | comprar bilhetes""",
    "pl": """ładowanie | trwa ładowanie | galeria | posłuchaj
        | posłuchaj artykułu | odsłuchaj artykuł | wczytywanie
        | dodaj do kalendarza | kopiuj kod | kopiuj | kup bilety""",
    "sv": """laddar | bildspel | lyssna på artikeln | lyssna på texten | lyssna på nyheten
        | lägg till i kalender | kopiera | köp biljetter""",
    "ru": """загрузка | фото | видео | галерея | фотогалерея | слушать | слушать статью | прослушать статью
        | пока оценок нет
        | добавить в календарь | копировать | купить билеты""",
    # Loading notices and a news agency's or a blog platform's marks in more languages: "انتهای
    # پیام" (end of the dispatch), "게시글 관리" (manage the post).
    "fa": """انتهای پیام | انتهای خبر | در حال بارگذاری""",
    "ko": """게시글 관리 | 로딩중""",
    "ja": """読み込み中""",
    "zh": """加载中 | 載入中""",
    "ar": """جاري التحميل""",
    "he": """טוען""",
    "tr": """yükleniyor""",
    "vi": """đang tải""",
    "id": """memuat""",
    "hu": """betöltés""",
    "ro": """se încarcă""",
    "uk": """завантаження""",
    "bg": """зареждане""",
    "hr": """učitavanje""",
    "sr": """учитавање | učitavanje""",
}

#: Script and player notices, whatever words follow ("Please enable JavaScript to view the comments").
WIDGET_NOTICE = regex.compile(
    r"""^\s*(?:(?:please\s+|you\s+(?:need|must|have)\s+to\s+)?(?:enable|activate|turn\s+on|allow)\s+javascript
        |javascript\s+(?:is\s+)?(?:disabled|required|must\s+be\s+enabled|is\s+not\s+enabled|is\s+turned\s+off)
        |(?:your|this)\s+browser\s+(?:does\s+not|doesn't|cannot|can't)\s+support
        |(?:to\s+view\s+this\s+(?:video|content)|um\s+(?:dieses\s+video|diesen\s+inhalt)\s+zu\s+sehen).{0,60}javascript
        |bitte\s+(?:aktivieren\s+sie|aktiviere)\s+javascript|javascript\s+(?:ist\s+)?deaktiviert
        |(?:veuillez\s+)?activer\s+javascript|(?:habilita|activa)\s+javascript)""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: How long a player's video or audio stays online, under the player: "Video verfügbar bis
#: 14.03.2025", "Audio abrufbar bis 3. März 2024, 23:59 Uhr", "Video available until March 3,
#: 2024", "Vidéo disponible jusqu'au 12/05/2023". The medium is named: a bare "Verfügbar bis
#: 30.06." may be an offer the article reports.
MEDIA_AVAILABLE = regex.compile(
    rf"""^\W*(?:video|vidéo|vídeo|audio|sendung|podcast|folge|episode|épisode|clip|stream|film|doku|beitrag|mediathek)
        (?:\s+\S+){{0,2}}?\s+
        (?:(?:ist\s+)?(?:verfügbar|abrufbar|online)\s+bis(?:\s+zum|\s+am)?|available\s+(?:until|till|through)
          |disponible\s+(?:jusqu['’]au|jusqu['’]à|hasta(?:\s+el)?)|disponibile\s+fino\s+al)\s+
        (?:{_DATE}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}})(?:\s*,?\s*(?:um\s+|at\s+|à\s+)?{_TIME})?\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A line that points to the privacy policy that applies, in a form or under a sign-up: "Es gilt
#: die Datenschutzerklärung.", "Bitte beachte auch die Datenschutzerklärung von Google.", "Our
#: privacy policy applies.", "Consultez notre politique de confidentialité." One or two such
#: sentences and nothing else: a sentence that reports on a policy ("Die Datenschutzerklärung
#: von Google gilt seit Mai auch für ...") names more.
_PRIVACY_WORD = (r"(?:datenschutzerklärung|datenschutzerklaerung|datenschutzbestimmungen|datenschutzhinweisen?"
                 r"|datenschutzrichtlinien?|datenschutzinformationen)")
_PRIVACY_POINTER = rf"""(?:(?:es|hier)\s+(?:gilt|gelten)\s+(?:die|unsere|unser|meine)\s+(?:\p{{L}}+\s+)?{_PRIVACY_WORD}
    |(?:bitte\s+)?(?:beachte|beachten\s+sie|lies|lesen\s+sie)\s+(?:auch\s+)?(?:die|unsere|meine)\s+{_PRIVACY_WORD}
      (?:\s+(?:von|der|des)\s+\p{{Lu}}[\p{{L}}.-]*(?:\s+\p{{Lu}}[\p{{L}}.-]*)?)?
    |zu\s+(?:meiner|meinen|unserer|unseren|der)\s+{_PRIVACY_WORD}
    |(?:our|the)\s+privacy\s+policy\s+applies|(?:please\s+)?(?:see|read|review)\s+our\s+privacy\s+policy(?:\s+for\s+(?:details|more\s+information))?
    |(?:voir|consultez|lisez)\s+notre\s+politique\s+de\s+confidentialité
    |(?:consulta|lee)\s+nuestra\s+política\s+de\s+privacidad)"""
PRIVACY_POINTER = regex.compile(
    rf"^\W*{_PRIVACY_POINTER}\s*[.!]?(?:\s+{_PRIVACY_POINTER}\s*[.!]?)?\s*$",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Substrings (lower case) one of which every `PRIVACY_POINTER` line holds.
PRIVACY_POINTER_NEEDLES = ("datenschutz", "privacy policy", "politique de confidentialit", "política de privacidad")

#: Agency names that make up a whole credit line on their own ("dpa", "Getty Images").
AGENCY_NAMES = """getty images | getty | afp | reuters | ap | ap photo | associated press | dpa | epa | efe | epa-efe
    | anp | ansa | apa | keystone | imago | imago images | picture alliance | picture-alliance | picture alliance/dpa
    | shutterstock | istock | istockphoto | alamy | xinhua | sipa | pool | unsplash | pixabay | pexels | wikimedia
    | wikimedia commons | nurphoto | anadolu | anadolu agency | zuma | zuma wire | pa | pa wire | pa media | kyodo
    | yonhap | kcna | tass | sputnik | belga | ritzau | ntb | scanpix | corbis | wireimage | filmmagic | handout
    | ullstein bild | abaca | afp/getty images | reuters/alamy | dpa/picture alliance | getty images/istockphoto"""

#: First words that may open a credit line ("Image:", "Foto:", "Photo by", "Bildquelle:").
CREDIT_WORDS = """image images photo photos photograph photography picture pictures pic credit credits
    illustration illustrations graphic video footage foto fotos bild bilder bildquelle fotoquelle titelbild
    titelfoto symbolbild archivbild archivfoto aufmacherbild grafik abbildung bildnachweis fotonachweis
    crédit crédits crédito créditos fotografía imagen zdjęcie fot main top header featured lead cover hero
    title copyright © quelle source fuente fonte źródło bron imagem fotografia фото фотография иллюстрация källa источник"""

#: First words of follow prompts ("Follow us on", "Folgen Sie uns").
FOLLOW_WORDS = "follow folgen folge suivez síguenos sigue seguici segui siga siga-nos sigam-nos volg obserwuj följ подписывайтесь следите мы"

#: First words of inline teasers ("Read more:", "Lesen Sie auch:", "ALSO READ |").
TEASER_WORDS = """read also related see more watch listen recommended lesen lies mehr auch weiterlesen siehe à
    a lire voir lee lea te vea ver mira mire leggi lees leia czytaj zobacz läs читайте previous next
    vorheriger nächster article artículo entrada vedi guarda bekijk veja przeczytaj смотрите ещё еще
    læs les přečtěte čtěte prečítajte čítajte ook
    llegiu llegeix vegeu leer
    дивіться прочетете вижте прочитајте pročitajte procitajte pogledajte kapcsolódó olvassa ezt citește
    citeste vezi lue katso ayrıca bunu διαβάστε baca lihat xem đọc ये यह इसे اقرأ بیشتر קראו"""

#: First words of "About <name>" author headers.
ABOUT_WORDS = "about über à sobre over om o"
#: First words of a breadcrumb trail: "Home › Politik › Ausland", "Startseite » Aktuelles".
BREADCRUMB_WORDS = """home homepage startseite start accueil inicio inici início главная hem strona startsida página você 首页 首頁 ホーム 홈
    الرئيسية होम หน้าแรก anasayfa beranda головна αρχική főoldal acasă forside forsiden etusivu
    ראשי דף trang صفحه ana laman หน้าหลัก トップ начало naslovnica насловна početna почетна címlap"""
#: A breadcrumb trail: the site's home, then two or more sections down to the page, each after
#: a separator ("Home / Away" is a score line; "Home | About | Contact" a footer row).
BREADCRUMB = regex.compile(
    r"^\W*(?:você\s+está\s+(?:aqui|em)\s*+:\s*+)?(?:home(?:page)?|startseite|start|accueil|inicio|início|главная|hem|strona\s+główna|forside|forsiden|hjem|domů|domov"
    r"|startsida|página\s+inicial"
    # ... and in the languages and scripts of pages the dev set has few of
    r"|ראשי|דף\s+הבית|होम|หน้าแรก|หน้าหลัก|trang\s+chủ|beranda|صفحه\s+اصلی|الرئيسية|ホーム|トップ|首页|首頁|홈|начало"
    r"|naslovnica|насловна|početna|почетна|címlap|főoldal|acasă|etusivu|головна|anasayfa|ana\s+sayfa|αρχική|laman\s+utama)"
    r"(?:\s*+(?:›+|»|>|/|\uff1e)\s*+[^›»>/\uff1e]+){2,}$",
    regex.IGNORECASE,
)
#: First words of links back to a listing: "Zurück zu allen Meldungen", "Back to all posts".
BACK_WORDS = "zurück back retour retourner return volver torna terug powrót voltar tillbaka назад вернуться"
#: A link back to a listing or an overview; "Zurück zur Natur" and "Back to basics" name no
#: page of the site and stay.
BACK_LINK = regex.compile(
    r"""^\W*(?:zurück\s+(?:zu[mr]?|nach)|back\s+to|retour\s+(?:à|au|aux)|volver\s+(?:a|al)|torna\s+(?:a|al|alla|all')|terug\s+naar|powrót\s+do
        |voltar\s+(?:à|ao|aos|às|para\s+(?:a|o))|tillbaka\s+till|(?:назад|вернуться)\s+(?:к|ко|в|на))\s+
        (?:(?:der|die|den|dem|the|la|le|les|el|los|las|de|het|il|i)\s+)?
        (?:alle[nm]?\s+\S+|all\s+\S+|(?:vorherigen|previous|letzten)\s+seite|previous\s+page|page\s+précédente
        |übersicht\S*|startseite|homepage|home|liste\S*|listenansicht|archiv\S*|kategorie\S*|rubrik\S*|lexikon|blog
        |overview|list|index|archive|category|accueil|sommaire|inicio|portada|listado|elenco|overzicht|strony\s+głównej
        |lista(?:\s+d[eo]s?\s+(?:comunicados|notícias|artigos|publicações|posts|receitas|eventos|resultados))?
        |página\s+inicial|início|alla\s+\S+|listan|översikten|startsidan
        |списку(?:\s+(?:новостей|статей|публикаций|материалов|пресс-релизов|мероприятий))?|главн(?:ую|ой)(?:\s+страниц[уе])?
        |всем\s+\S+|новостям|разделу)
        \W*$
      # A forum's link back to the board, its name in quotes: "Return to “Wintering”", "Zurück zu
      # „Überwinterung“", "Retourner vers « Jardin »".
      |^\W*(?:return\s+to|zurück\s+zu[mr]?|retourner\s+vers|retour\s+(?:à|au|vers)|volver\s+a|torna\s+a|terug\s+naar|powrót\s+do)\s+
        ["“„«‚‹'][^"“”„«»‚‹›']{1,60}["”“»‘›']\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: First words of list headers naming a source: "More from Reuters", "Mehr aus Berlin". A line
#: that starts with one and does not end like a sentence is a chrome label to the block
#: classifier too.
RELATED_PREFIX_WORDS = "more mehr plus más"
#: More first words of such headers, which open a teaser list only in the words that
#: `most-read-list` knows ("Weitere Meldungen aus der Rubrik Sport", "Alle Artikel zu ..."): on
#: their own they start too many other lines ("Weitere Informationen", "Alle Termine").
LIST_PREFIX_WORDS = """weitere alle mais altri altre meer więcej neueste latest derniers dernières últimas otras ultime ultimi najnowsze nieuwste aktuelle read
    mer mere flere více další viac ďalšie"""

# --------------------------------------------------------------------------------------------
# Patterns.
# --------------------------------------------------------------------------------------------

#: Photo and news agencies and stock libraries: the tokens a credit line is built from.
AGENCIES = r"""(?:Getty\s*Images|AFP|Reuters|REUTERS|AP(?:\s+Photo)?|Associated\s+Press|dpa|DPA|EPA(?:-EFE)?|EFE
    |ANP|ANSA|APA|Keystone|KEYSTONE|Imago|IMAGO|imago\s+images|picture[\s-]alliance|Shutter[sS]tock|iStock(?:photo)?
    |Alamy|Bloomberg|Xinhua|Sipa|SIPA|Pool|POOL|Unsplash|Pixabay|Pexels|Wikimedia(?:\s+Commons)?|NurPhoto
    |SOPA\s+Images|Anadolu(?:\s+Agency)?|ZUMA(?:\s+Wire|\s+Press)?|PA(?:\s+Wire|\s+Media)?|Kyodo|Yonhap|KCNA
    |TASS|Sputnik|Belga|Ritzau|NTB|TT|Scanpix|Corbis|WireImage|FilmMagic|Stringer|STR|Handout|HANDOUT
    |Flickr|CC\s+BY(?:-SA)?(?:\s+\d\.\d)?|Creative\s+Commons|Public\s+Domain|Archiv|Archive|ullstein\s*bild
    |Hans\s+Lucas|Polaris|Redux|Abaca|Reporters|NASA|ESA|Adobe\s+Stock|Fotolia|PAP|CTK|MTI)(?:\.com)?"""

#: A line that starts with a credit keyword: "Image: Reuters", "Foto: dpa", "Photo by X / AFP".
CREDIT_LINE = regex.compile(
    r"""^[\s(\[]*(?:(?:main|top|header|featured|lead|cover|hero|title)\s+)?
        (?:image|images|photo|photos|photograph|photography|picture|pictures|pic|credit|credits|illustration
        |illustrations|graphic|video|footage|foto|fotos|bild|bilder|bildquelle|fotoquelle|titelbild
        |titelfoto|symbolbild|archivbild|archivfoto|aufmacherbild|grafik|abbildung|photo\s+credit
        |image\s+credit|image\s+source|photo\s+source|bildnachweis|fotonachweis|crédits?\s+photos?|crédit|crédits
        |illustration|fotografía|imagen|créditos?|foto\s+di|zdjęcie|fot\.|imagem|fotografia
        |фото|фотография|иллюстрация)
        \s*(?:(?::|-|–|—|\||/|©)\s*\S|(?:by|von|de|par|por|di|van|autorstwa)\s+(?-i:[\p{Lu}©]))
      # The Polish abbreviation before a name without a colon: "fot. PAP/Leszek Szymański", "Fot. Anna Nowak".
      |^[\s(\[]*fot\.\s*(?-i:\p{Lu})
      # The regional press's credit without a colon, the paper or agency then the photographer:
      # "Photo Progrès /Marc Vidal", "(Photo Midi Sports - Lionel Garnier)", "Foto Gazzetta /
      # Marco Neri" (names alone to the line's end).
      # (A dash only inside brackets: "Photo Booth - The Musical" is a heading.)
      |^\s*(?:(?P<open>[(\[])\s*)?(?:photo|foto|fotografia|fotografía)\s+(?-i:\p{Lu})[\p{L}.'’-]*(?:\s+(?-i:\p{Lu})[\p{L}.'’-]*){0,2}
        \s*(?:/|(?(open)\s[-–]\s|/))\s*(?-i:\p{Lu})[\p{L}.'’-]*(?:\s+(?-i:\p{Lu})[\p{L}.'’-]*){0,3}\s*(?(open)[)\]])\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A line that names the source of a figure, a table or a report: "Quelle: Statistisches Landesamt",
#: "Source: company data", "Źródło: Statista.com". `image-credit` takes it when it is short and not a
#: sentence ("Source: a person close to the talks said the deal was done." stays).
SOURCE_LINE = regex.compile(
    r"^[\s(\[]*+(?:quelle|source|fuente|fonte|źródło|bron|källa|источник)\s*+:\s*+(?=\S)",
    regex.IGNORECASE,
)

#: A line made of a credit only: "JEON HEON-KYUN/POOL/AFP via Getty Images", "© dpa", "REUTERS/Kim Kyung-Hoon".
AGENCY_LINE = regex.compile(
    # Possessive whitespace (\s*+, \s++): a run of spaces is split one way only, so a line of
    # 16 000 spaces costs a scan, not a quadratic search.
    # A source label may open it ("Quelle: jorisvo / Fotolia.com"), and a name before a slash
    # may be a user name in lower case ("praca / Shutterstock").
    rf"""^[\s(\[]*(?:(?:©|\(c\)|copyright)\s*+|(?:Quelle|Source|Fuente|Fonte|Źródło|Bron)\s*+:\s*+)?
        (?:[\p{{Lu}}\p{{Lt}}][\p{{L}}.'’\-]*\.?(?:\s*+[/|,&]\s*+|\s++)|[\p{{Ll}}\d][\p{{L}}\d._\-]*\s*+/\s*+){{0,6}}
        (?:{AGENCIES}|via\s++{AGENCIES})
        (?:\s*+(?:[/|,&]|via)\s*+[\p{{L}}.'’\-]+(?:\s++[\p{{Lu}}][\p{{L}}.'’\-]*){{0,3}})*
        [\s)\]]*$""",
    regex.VERBOSE,
)

#: Labels that open a photo credit inside a caption line ("... im Abendrot. Bild: TebNad/Shutterstock.com").
#: Capitalised only: a credit label starts its own sentence-less tail.
_CREDIT_LABEL = r"""(?:Photo(?:graph)?s?|Images?|Pictures?|Fotos?|Bild(?:er)?|Credits?|Bildquelle|Fotoquelle|Bildnachweis
    |Crédits?(?:\s+photo)?|Crédito|Fotografía|Imagen|Zdjęcie|Fot\.|Imagem|Фото)"""
#: One token of a credit: a name, "GdP", "Shutterstock.com" (dots inside a token only). Tokens
#: hold no separator, so a tail splits into tokens one way only: "a/a/a/.../a!" fails in linear
#: time instead of trying every grouping of its slashes.
_CREDIT_TOKEN = r"[^\s.!?;:()\[\]/|,&]+(?:\.[^\s.!?;:()\[\]/|,&]+)*"

#: A parenthesis holding a credit: a credit label, or names ending in an agency.
# Possessive whitespace (\s*+) and no "\s*" next to a class that also matches spaces: a run of
# spaces inside the parenthesis is consumed one way only.
_PAREN_CREDIT = rf"""\(\s*+(?:{_CREDIT_LABEL}\s*+(?::|by|von|©)\s*+[^()\n]{{1,80}}
        |(?:©\s*+)?(?:[^()\n]{{0,60}}?[/|,]\s*+)?{AGENCIES})\s*+\)"""

#: A credit that trails a caption sentence. The cut starts after the sentence's final mark.
#: The credit itself has no sentence punctuation and either ends in an agency token or
#: "Getty Images", or opens with a credit label ("Foto: GdP/Hagen Immel"), or is a whole
#: parenthesis holding a credit ("(Photo by X/Getty Images)", "(mlharing / iStock.com)").
TRAILING_CREDIT = regex.compile(
    rf"""(?:(?<=[.!?"”’)]) \s+
        (?P<credit>
            (?:(?:Photo(?:graph)?|Image|Picture|Foto|Bild|Credit)s?\s*(?::|by|von)\s*)?
            (?:[\p{{Lu}}][\p{{L}}'’\-]*\.?(?:\s+|\s*/\s*)){{0,6}}
            (?:via\s+)?{AGENCIES}
            (?:\s*/\s*[\p{{Lu}}][\p{{L}}'’\-]*(?:\s+[\p{{Lu}}][\p{{L}}'’\-]*){{0,2}})*
            (?:\s+(?:files?|file\s+photo))?
          |{_CREDIT_LABEL}\s*(?::|©)\s*(?:©\s*)?{_CREDIT_TOKEN}(?:(?:\s*[/|,&]\s*|\s+){_CREDIT_TOKEN}){{0,7}}
        )
        # A parenthesised credit, or a copyright sign with or without a separator before it,
        # opens a credit after any word of the caption: "... en el Congreso (Foto: X/Pool via
        # REUTERS).", "... im US-Bundesstaat Pennsylvania © Noah Addis", "... gesegnet. | ©
        # Augusta National/Getty Images", "... weiter zu. – © Sergey Nivens – stock.adobe.com".
      |(?<=\S) \s+
        (?P<credit>{_PAREN_CREDIT}\.?
          |(?:[|/–—-]\s*+)?(?:©|\([Cc]\))\s*+{_CREDIT_TOKEN}(?:(?:\s*+[/|,&–—-]\s*+|\s++){_CREDIT_TOKEN}){{0,5}})
        # A credit label after a separator or a comma: "Der Marktplatz im Winter | Foto: Stadt
        # Bonn", "Wissenschaft spart Energie / Foto: Envato", "Roman Prymula, photo: Archives du
        # Gouvernement tchèque" (after a comma the label may be in lower case).
      |(?<=[\p{{L}}\d"”’)]) \s*+
        (?P<credit>(?:[|/–—]\s*+{_CREDIT_LABEL}|,\s*+(?:{_CREDIT_LABEL}|[pP]hotos?|[fF]otos?))
          \s*+:\s*+(?:©\s*+)?{_CREDIT_TOKEN}(?:(?:\s*+[/|,&]\s*+|\s++){_CREDIT_TOKEN}){{0,7}})
    )
    # A full stop may end a credit ("... durante la sesión. Foto: Presidencia."); image-credit
    # then asks for a credit of names.
    (?P<stop>\.)?\s*$""",
    regex.VERBOSE,
)

#: A line that is only a parenthesised credit: "(mlharing / iStock.com)", "(Foto: © AaronAmat/iStock.com)".
PAREN_CREDIT_LINE = regex.compile(rf"^\s*+{_PAREN_CREDIT}\s*+$", regex.VERBOSE)

#: "© 2023 Example Media", "Copyright 2021 ...", "(c) 2020".
#: A company's register or tax number after its label, as a site's footer prints it: "KvK 71234567",
#: "BTW NL859123456B01", "NIP 665-123-45-67", "REGON 301234567", "KRS 0000123456", "IČO: 00301234",
#: "DIČ: CZ00301234", "CVR-nr. 12345678", "Org.nr. 944 123 456", "USt-IdNr.: DE123456789",
#: "Amtsgericht München HRB 123456", "VAT No. GB 123 4567 89", "SIRET 123 456 789 00012",
#: "P.IVA 01234567890". The rule counts the number's digits and reads the line around it (see
#: `legal.py`): "Het bedrijf, KvK 12345678, ging failliet." is a sentence.
REGISTER_NUMBER = regex.compile(
    r"""(?<![\p{L}\d])
    (?:kvk(?:-nummer|-nr\.?|\s+nr\.?|\s+nummer)?|k\.v\.k\.|handelsregister(?:nummer)?|registergericht|rsin
      |btw(?:-nummer|-nr\.?|-id|\s+nr\.?|\s+nummer|-identificatienummer)?|ondernemingsnummer|ondernemingsnr\.?
      |nip|regon|krs|ičo|ič|dič|ič\s+dph|cvr(?:-nr\.?|-nummer|\s+nr\.?)?|se-nr\.?
      |org\.?\s?nr\.?|orgnr\.?|organisasjonsnummer|organisationsnummer|foretaksregisteret|mva
      |ust-?id(?:-?nr\.?)?|ust\.-?id\.?-?nr\.?|umsatzsteuer-identifikationsnummer|steuernummer|st\.-?nr\.?|hrb|hra
      |vat(?:\s+(?:no\.?|number|reg(?:istration)?\.?(?:\s+no\.?|\s+number)?))?|company\s+(?:no\.?|number|registration\s+(?:no\.?|number))
      |registered\s+in\s+england(?:\s+(?:and|&)\s+wales)?(?:\s+(?:no\.?|number))?|abn
      |siret|siren|rcs(?:\s+\p{Lu}[\p{L}-]+)?|(?:n°\s*)?tva(?:\s+intracommunautaire)?
      |cif|nif|n\.i\.f\.|c\.i\.f\.|p\.\s?iva|partita\s+iva|c\.f\.|codice\s+fiscale|y-tunnus)
    \s*(?:[:#]\s*)?(?:n[°ºo]\.?\s*|nr\.?\s*)?
    # (Spaces only between digits; letters right after them: "NL859123456B01"; Norway's "912 345 678 MVA".)
    (?P<number>(?-i:[A-Z]{0,3})[\s-]?\d(?:[\d.\-/]|\s(?=\d))*(?-i:[A-Z]+\d*)?)(?:\s+mva\b)?""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Substrings (lower case) of which every line with a `REGISTER_NUMBER` holds one.
REGISTER_NEEDLES = ("kvk", "k.v.k", "handelsregister", "registergericht", "rsin", "btw", "ondernemingsn", "nip", "regon",
                    "krs", "ičo", "ič", "cvr", "se-nr", "org.", "orgnr", "organisasjonsnummer", "organisationsnummer",
                    "foretaksregisteret", "mva", "ust-id", "ustid", "ust.-id", "umsatzsteuer", "steuernummer", "st.-nr",
                    "st-nr", "hrb", "hra", "vat", "company no", "company number", "company registration",
                    "registered in england", "abn", "siret", "siren", "rcs", "tva", "cif", "nif", "n.i.f", "c.i.f",
                    "p.iva", "p. iva", "partita iva", "c.f.", "codice fiscale", "y-tunnus")

COPYRIGHT_LINE = regex.compile(
    # After the bare word "Copyright" comes a year, a sign, a colon, a name ("Copyright NOW
    # Grenada"), or a line that does not end like a sentence: "Copyright lawyers say the line
    # does no harm." is a sentence.
    r"""^[\s(\[]*(?:(?:©|\(c\)|copyright\s*(?:©|\(c\)))\s*(?:\d{4}|[\p{L}])
        |copyright\s*(?:\d{4}|:\s*\S|by\s|(?-i:\p{Lu}))|copyright\b(?!.*[.!?]["”’)]?\s*$))""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A ban on reproduction or a trademark note, which a copyright footer may hold instead of "All
#: rights reserved".
FOOTER_TERMS = regex.compile(
    r"without\s+(?:the\s+)?(?:prior\s+)?(?:written|express)\s+permission|registered\s+trade\s*mark", regex.IGNORECASE
)

#: Rights statements in Chinese, Japanese ("no reproduction"), Korean ("no reproduction or
#: redistribution"), Arabic, Persian, Hebrew, Hindi, Thai, Turkish, Indonesian, Malay, Vietnamese,
#: Czech, Ukrainian, Greek, Hungarian, Romanian, Bulgarian, Croatian, Serbian, Danish, Norwegian and
#: Finnish. `RIGHTS` takes them at a
#: line's start or end or before the sign ("כל הזכויות שמורות © 2024 ..."), never inside a
#: sentence ("Yazar, tüm hakları saklıdır diyerek itiraz etti."); "版权所有人" is the holder.
_RIGHTS_MORE = r"""版[权權]所有(?![人者权權])|無断転載を禁じます|무단\s*전재\s*및\s*재배포\s*금지|جميع\s+الحقوق\s+محفوظة
    |تمامی\s+حقوق\s+(?:\S+\s+){0,3}محفوظ(?:\s+است)?|כל\s+הזכויות\s+שמורות|सर्वाधिकार\s+सुरक्षित|สงวนลิขสิทธิ์
    |tüm\s+hakları\s+saklıdır|hak\s+cipta\s+dilindungi(?:\s+undang-undang)?|bản\s+quyền\s+thuộc\s+về(?:\s+\S+){0,6}
    |všechna\s+práva\s+vyhrazena|(?:усі|всі)\s+права\s+захищен[оі]|με\s+επιφύλαξη\s+παντός\s+δικαιώματος
    |minden\s+jog\s+fenntartva|toate\s+drepturile\s+rezervate|alle\s+rettigheder\s+forbeholdes
    |alle\s+rettigheter\s+forbeholdt|alle\s+rettigheter\s+reservert|kaikki\s+oikeudet\s+pidätetään|alle\s+rechten\s+voorbehouden
    |všetky\s+práva\s+vyhradené|無断(?:で)?(?:複写|複製|転載|転用)(?:・(?:複写|複製|転載|転用))*を禁(?:じます|止します)
    |hak\s+cipta\s+terpelihara|всички\s+права\s+запазени|sva\s+prava\s+(?:pridržana|zadržana)|сва\s+права\s+задржана"""

#: Rights statements anywhere in a short line.
RIGHTS = regex.compile(
    r"""all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés
        |todos\s+los\s+derechos\s+reservados|tots\s+els\s+drets\s+reservats|tutti\s+i\s+diritti\s+riservati|wszelkie\s+prawa\s+zastrzeżone
        |todos\s+os\s+direitos\s+reservados|все\s+права\s+защищены|alla\s+rättigheter\s+förbehållna
        |^\W*(?:\w+,\s+)?vervielfältigung\s+(?:\S+\s+){0,6}?nur\s+(?:mit|unter)\b
        # The Czech and Slovak footer's "content protected by copyright law", the Dutch "nothing of
        # this publication may be reproduced".
        |^\W*(?:(?:veškerý\s+|celý\s+)?obsah(?:\s+(?:webu|serveru|stránek|stránky|portálu))?\s+je\s+chráněn\s+autorským\s+zákonem
          |(?:všetok\s+|celý\s+)?obsah(?:\s+(?:webu|stránky|portálu))?\s+je\s+chránený\s+autorským\s+zákonom
          |niets\s+uit\s+deze\s+(?:uitgave|website|site)\s+mag\s+worden\s+verveelvoudigd)"""
    rf"""|^\W*(?:{_RIGHTS_MORE})|(?:{_RIGHTS_MORE})(?=[\s.\u3002!|·•–—-]*(?:$|©))""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A long copyright footer: it opens with the sign and a year or a name (the bare word needs a
#: year: "Copyright Office guidance says ..." is news), and holds a
#: rights statement, a ban on reproduction or a trademark note ("© 2005-2020 Example Media, a
#: Big Company. All rights reserved. Our website services ... are for informational purposes
#: only."). A line of the article never opens with "© 2019".
LONG_COPYRIGHT = regex.compile(
    r"""^[\s(\[]*+(?:(?:©|\(c\)|copyright\s*+(?:©|\(c\)))\s*+(?:\d{4}|(?-i:\p{Lu}))|copyright\s*+\d{4}|some\s+rights\s+reserved\s+\d{4}\b)
        .*?(?:all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados
            |tutti\s+i\s+diritti\s+riservati|wszelkie\s+prawa\s+zastrzeżone|todos\s+os\s+direitos\s+reservados|alle\s+rechten\s+voorbehouden
            |alla\s+rättigheter\s+förbehållna|все\s+права\s+защищены
            |without\s+(?:the\s+)?(?:prior\s+)?(?:written|express)\s+permission|registered\s+trade\s*mark|licen[cs]e)""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: The site's terms accepted by using it: "Use of this Web site constitutes acceptance of our
#: Terms of Use and Privacy Policy.", "By using this site, you agree to our Terms of Service.",
#: "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."
#: Each names this site and the reader ("you", "Sie", "vous"): "By using the app, users agree to
#: share their location" reports on someone else's terms.
TERMS_ACCEPTANCE = regex.compile(
    r"""\b(?:(?:use\s+of|by\s+(?:using|accessing|visiting|browsing|continuing\s+to\s+(?:use|browse)))\s+(?:this|our)\s+(?:web\s*site|site|service|page)s?\b
            .{0,60}?\b(?:constitutes\s+(?:your\s+)?acceptance|you\s+(?:(?:hereby\s+)?agree|accept|consent|acknowledge)|signifies\s+your)
        |this\s+site\s+is\s+protected\s+by\s+recaptcha
        |(?:mit\s+der|durch\s+die)\s+nutzung\s+(?:dieser|unserer)\s+(?:web)?(?:seite|site|website|internetseite|dienste|angebote?s?)\b
            .{0,60}?\b(?:akzeptieren\s+sie|erklären\s+sie\s+sich|stimmen\s+sie|akzeptierst\s+du|erklärst\s+du\s+dich|stimmst\s+du)
        |en\s+(?:utilisant|naviguant\s+sur|poursuivant\s+votre\s+navigation\s+sur)\s+ce\s+site.{0,60}?\bvous\s+acceptez
        |al\s+(?:utilizar|usar|navegar\s+(?:por|en))\s+(?:este|nuestro)\s+sitio.{0,60}?\b(?:usted\s+)?aceptas?\b
        |(?:utilizzando|usando|navigando\s+(?:su|in))\s+questo\s+sito.{0,60}?\b(?:accetti|acconsenti|accetta)\b
        |door\s+(?:gebruik\s+te\s+maken\s+van|het\s+gebruik\s+van)\s+deze\s+(?:web)?site.{0,60}?\b(?:ga\s+je|gaat\s+u)\s+akkoord
        |ao\s+(?:utilizar|usar|navegar\s+(?:neste|por\s+este))\s+(?:este\s+)?site.{0,60}?\b(?:você\s+)?(?:concorda|aceita)\b
        |korzystając\s+z\s+(?:tej\s+strony|(?:naszego\s+)?serwisu|(?:tej\s+)?witryny).{0,60}?\b(?:akceptujesz|wyrażasz\s+zgodę|zgadzasz\s+się))""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Substrings that every match of `TERMS_ACCEPTANCE` holds (case-folded).
TERMS_NEEDLES = ("use of this", "use of our", "by using", "by accessing", "by visiting", "by browsing", "by continuing",
                 "recaptcha", "nutzung", "ce site", "este sitio", "nuestro sitio", "questo sito", "deze site", "deze website",
                 "este site", "neste site", "korzystając")

#: Cookie and consent banners: the site speaking about its own cookies.
COOKIE_BANNER = regex.compile(
    r"""\b(?:(?:we|this\s+(?:web)?site|our\s+(?:web)?site|the\s+(?:web)?site)\s+(?:\w+\s+){0,3}(?:uses?|sets?|stores?)\s+cookies
        |(?:by\s+(?:continuing|using)\b.{0,80}\bcookies)
        |(?:diese\s+(?:website|webseite|seite|internetseite|site)|unsere\s+(?:website|webseite|seite|internetseite)|wir)\s+(?:\w+\s+){0,4}(?:verwende[tn]|nutz(?:t|en)|setz(?:t|en))\s+(?:\w+\s+){0,2}cookies
        |cookies?\s+(?:zu(?:stimmen|lassen)|akzeptieren|erlauben)
        |\bwir\s+cookies\s+(?:verwenden|nutzen|einsetzen|setzen)|cookies\s+erleichtern\s+die\s+bereitstellung
        |if\s+you\s+disable\s+this\s+cookie
        |(?:ce\s+site|nous)\s+(?:\w+\s+){0,3}utilis(?:e|ons)\s+(?:des\s+)?cookies
        |(?:este\s+sitio|utilizamos)\s+(?:\w+\s+){0,3}cookies
        |(?:aquest\s+(?:lloc\s+web|web|lloc)|utilitzem|fem\s+servir)\s+(?:\w+\s+){0,3}(?:galetes|cookies)
        |(?:używamy|wykorzystujemy)\s+(?:\w+\s+){0,6}?(?:plików\s+)?cookies|korzystamy\s+z\s+(?:plików\s+)?cookies
        |utilizziamo\s+(?:i\s+)?cookie|questo\s+sito\s+(?:\w+\s+){0,3}?(?:utilizza|usa)\s+(?:i\s+)?cookie
        |(?:wij|we)\s+gebruiken\s+cookies|deze\s+(?:web)?site\s+gebruikt\s+cookies
        |(?:usamos|utilizamos)\s+cookies|este\s+site\s+(?:\w+\s+){0,3}?(?:usa|utiliza)\s+cookies
        |deze\s+(?:web)?site\s+maakt\s+gebruik\s+van\s+cookies
        |(?:ta\s+strona|strona|serwis|witryna)\s+(?:\w+\s+){0,3}?(?:korzysta\s+z|używa|wykorzystuje)\s+(?:plików\s+)?cookies
        |vi\s+(?:och\s+våra\s+(?:partner|partners|samarbetspartner)\s+)?använder\s+(?:oss\s+av\s+)?(?:cookies|kakor)
        |(?:denna|den\s+här)\s+webbplats(?:en)?\s+använder\s+(?:sig\s+av\s+)?(?:cookies|kakor)
        |(?:мы|сайт|этот\s+сайт|наш\s+сайт)\s+(?:\w+\s+){0,2}?использу(?:ем|ет)\s+(?:файлы\s+)?cookie
        |vi\s+(?:og\s+vores\s+partnere\s+)?bruger\s+cookies|(?:denne\s+(?:hjemme|web)?side|(?:hjemme|web)siden)\s+bruger\s+cookies
        |vi\s+(?:og\s+våre\s+partnere\s+)?bruker\s+(?:informasjonskapsler|cookies)|(?:denne\s+(?:nett)?siden|denne\s+nettsida|nettsiden|nettstedet)\s+bruker\s+(?:informasjonskapsler|cookies)
        |(?:tento\s+web|tyto\s+(?:webové\s+)?stránky|náš\s+web)\s+(?:\w+\s+){0,2}?(?:používá|používají|využívá|využívají)\s+(?:soubory\s+)?cookies?
        |(?:používáme|využíváme)\s+(?:\w+\s+){0,2}?(?:soubory\s+)?cookies?
        |(?:táto\s+(?:webová\s+)?stránka|tento\s+web|naša\s+stránka)\s+(?:\w+\s+){0,2}?(?:používa|využíva)\s+(?:súbory\s+)?cookies?
        |(?:používame|využívame)\s+(?:\w+\s+){0,2}?(?:súbory\s+)?cookies?
        # ... in Hungarian, Romanian, Finnish, Turkish, Greek, Bulgarian, Croatian, Serbian,
        # Ukrainian, Indonesian, Malay, Vietnamese, Hebrew, Arabic, Persian, Hindi, Thai, Korean,
        # Japanese and Chinese
        |(?:ez\s+a\s+(?:web)?oldal|(?:web)?oldalunk|a\s+(?:web)?oldal)\s+(?:\w+\s+){0,3}?(?:sütiket|cookie-kat)\s+használ
        |sütiket\s+használunk|(?:acest\s+site|site-ul\s+(?:nostru|acesta))\s+(?:\w+\s+){0,2}?(?:folosește|utilizează)\s+(?:fișiere\s+)?cookie
        |(?:folosim|utilizăm)\s+(?:fișiere\s+)?cookie|(?:tämä\s+(?:verkko)?sivusto|(?:verkko)?sivustomme)\s+käyttää\s+evästeitä
        |käytämme\s+evästeitä|(?:bu\s+(?:web\s+)?site(?:miz)?|sitemiz)\s+(?:\w+\s+){0,3}?çerez(?:ler)?(?:i)?\s+kullan
        |çerez(?:ler)?\s+kullanıyoruz|(?:(?:αυτός\s+)?ο\s+ιστότοπος|η\s+ιστοσελίδα(?:\s+μας)?)\s+χρησιμοποιεί\s+(?:cookies|μπισκότα)
        |χρησιμοποιούμε\s+(?:cookies|μπισκότα)|(?:този\s+(?:уеб)?сайт|сайтът(?:\s+ни)?)\s+(?:\w+\s+){0,2}?използва\s+(?:бисквитки|cookies)
        |използваме\s+(?:бисквитки|cookies)|(?:ova\s+(?:web\s+)?stranica|ovo\s+web-mjesto|ovaj\s+sajt)\s+koristi\s+kolačiće
        |koristimo\s+kolačiće|(?:овај\s+сајт|ова\s+(?:веб\s+)?страница)\s+користи\s+колачиће|користимо\s+колачиће
        |(?:ми|сайт|цей\s+сайт|наш\s+сайт)\s+(?:\w+\s+){0,2}?використову(?:ємо|є)\s+(?:файли\s+)?cookie
        |(?:situs|website|laman\s+web)\s+(?:ini\s+)?menggunakan\s+(?:cookie|kuki)|kami\s+menggunakan\s+(?:cookie|kuki)
        |(?:trang\s+web|website)\s+(?:này\s+)?sử\s+dụng\s+cookie|chúng\s+tôi\s+sử\s+dụng\s+cookie
        |(?:אתר\s+זה|האתר|אנו|אנחנו)\s+(?:\S+\s+){0,2}?(?:עושה\s+שימוש|עושים\s+שימוש|משתמש|משתמשים)\s+בעוגיות
        |(?:يستخدم\s+(?:هذا\s+)?الموقع|نستخدم)\s+(?:ملفات\s+تعريف\s+الارتباط|الكوكيز|ملفات\s+الكوكيز)
        |(?:این\s+(?:سایت|وب\u200cسایت|وبسایت)|ما)\s+از\s+کوکی
        |(?:यह\s+वेबसाइट|हम)\s+कुकीज़?\s+का\s+(?:उपयोग|इस्तेमाल)
        |เว็บไซต์(?:นี้|ของเรา)\s*(?:มีการ)?ใช้คุกกี้|(?:이|본)\s*(?:웹)?사이트(?:는|에서는)\s*쿠키를\s*사용
        |当サイトでは.{0,20}?(?:cookie|クッキー)を(?:使用|利用)|本(?:网站|網站|站)(?:使用|采用|利用)\s*cookies?
        )""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: Consent buttons and links ("Accept all cookies", "Cookie settings"): a banner only when the
#: line is short or the site speaks in it (`SITE_VOICE`); an article about cookies says
#: "a banner asks you to accept all cookies".
COOKIE_PROMPT = regex.compile(
    r"accept(?:ing)?\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings|consent|preferences)|cookie-richtlinie",
    regex.IGNORECASE,
)
SITE_VOICE = regex.compile(
    r"\b(?:we|our|us|by\s+clicking|by\s+continuing|wir|unsere?[nrs]?|nous|notre|nos|nosotros|nuestra)\b",
    regex.IGNORECASE,
)

#: Share, like and comment counters: "12 shares", "3 Comments", "1.2K views", "5 Kommentare".
COUNTER_LINE = regex.compile(
    r"""^[\s\u2022\u00b7]*(?:\d[\d.,]*\s*[kKmM]?\s*(?:shares?|comments?|likes?|views?|reactions?|replies|responses
        |retweets?|kommentare?|leser|aufrufe|partages|commentaires?|comentarios?|vistas|reacties
        |komentarz(?:e|y)?|udostępnie[nń]|comentários?|kommentarer|комментари(?:й|я|ев)|просмотр(?:ов|а)?
        |visualizaç(?:ão|ões)|visningar
        # ... in the languages of pages the dev set has few of: "23 comentarii", "14 Yorum", "8 bình
        # luận", "5 תגובות", "12 نظر", "3 댓글"
        |comentarii|yorum(?:lar)?|bình\s+luận|lượt\s+xem|komentar[ai]?|komen|коментар(?:і|ів|и|а)?|kommentti[a]?|kommentit
        |hozzászólás(?:ok)?|megtekintés|vizualizări|переглядів|прегледа|pregleda|показвания|σχόλια|תגובות|צפיות
        |تعليقات?|مشاهدات?|نظر|دیدگاه|بازدید|टिप्पणियां|टिप्पणियाँ|टिप्पणी|ความคิดเห็น|댓글|コメント|条评论|評論|评论
        # ratings' counts under a product or recipe box: "2 reviews", "214 Bewertungen"
        |reviews?|ratings?|bewertung(?:en)?|rezensionen?|avis|reseñas|recensioni|opinii|opinie)
        # The count after the word, in brackets: "Comments (3)", "Vos réactions (11)".
      |(?:vos\s+|your\s+|ihre\s+)?(?:shares?|comments?|likes?|reactions?|replies|responses|kommentare?|leserkommentare
        |commentaires?|réactions|comentarios?|commenti|reacties|komentarze|comentários|kommentarer|комментарии
        |kommentit|komentari|komentar|komen|коментари|коментарі|comentarii|yorumlar|bình\s+luận|hozzászólások|σχόλια
        |תגובות|التعليقات|نظرات|دیدگاه‌ها|دیدگاه\u200cها|टिप्पणियां|ความคิดเห็น|댓글|コメント|评论|評論)
        \s*[(\[]\s*\d[\d.,]*\s*[)\]]
        # A count after a word of a script that does not space its words, or of Korean: "评论 18",
        # "阅读 2,341", "공감 12", "조회수 1,204".
      |(?:评论|評論|阅读|閱讀|浏览|瀏覽|点赞|댓글|공감|조회수?|コメント|いいね)\s*\d[\d.,]*
        # The count after the word and a colon: "Views: 1,245", "Просмотров: 1245", "Aufrufe: 312".
      |(?:shares?|comments?|likes?|views?|reactions?|replies|kommentare|aufrufe|zugriffe|leser|vues|partages|commentaires
        |visitas|vistas|visualizaciones|comentarios|visualizaç(?:ão|ões)|comentários|visite|visualizzazioni|commenti
        |weergaven|reacties|wyświetle[nń]|odsłon|visningar|просмотр(?:ов|ы|а)?|комментари(?:ев|и|й)
        |lượt\s+xem|görüntülenme|megtekintések?|vizualizări|перегляди|переглядів|прегледи|pregledi|преглеждания|צפיות
        |بازدید|مشاهدات|阅读|閱讀|浏览|瀏覽|조회수?)
        \s*[:\uff1a]\s*\d[\d.,\s]*?[kKmM]?)\s*$""",
    regex.VERBOSE | regex.IGNORECASE,
)

#: Links to a file of the page, printed with its type ("Download press release (PDF, 1.2 MB)",
#: "Pressmeddelande (PDF)", "PDF herunterladen"): a few words and the type in brackets with
#: its size, or with a word that downloads or names a press release; or a verb and the type
#: alone. A sentence that mentions the file ends with its full stop and is no link.
_FILE_TYPE = r"(?:pdf|docx?|xlsx?|pptx?|odt|rtf|zip|mp3|m4a|epub)"
_FILE_SIZE = r"\d[\d.,]*\s*(?:[kmg]i?b|[kmg]o|bytes?|kilobytes?|megabytes?|кб|мб)"
_DOWNLOAD_VERB = (r"(?:download(?:en)?|herunterladen|runterladen|descargar|descarregar|baixar|télécharger|scarica(?:re)?"
                  r"|ladda\s+ner|pobierz|скачать)")
_PRESS_RELEASE = (r"(?:press\s+release|pressemitteilung|presseinformation|medienmitteilung|communiqué|comunicado"
                  r"|nota\s+de\s+prensa|comunicato|pressmeddelande|persbericht|informacja\s+prasowa|пресс-релиз)")
DOWNLOAD_LINE = regex.compile(
    rf"""^\W*(?:(?:\S+\s+){{0,8}}?[(\[]\s*{_FILE_TYPE}\s*[,;:|·–-]?\s*{_FILE_SIZE}\s*[)\]]
      |(?=.*(?:{_DOWNLOAD_VERB}|{_PRESS_RELEASE}))(?:\S+\s+){{0,8}}?[(\[]\s*{_FILE_TYPE}\s*[)\]]
      |{_DOWNLOAD_VERB}(?:\s+\S+){{0,2}}?\s+{_FILE_TYPE}
      |(?:als\s+|as\s+|en\s+|em\s+|in\s+)?{_FILE_TYPE}\s+{_DOWNLOAD_VERB})\s*$""",
    regex.VERBOSE | regex.IGNORECASE,
)

#: "Follow @rushhourdaily:", "Follow us on Twitter", "Folgen Sie uns auf Instagram". The object
#: must be a handle or a network name: "Follow the money on Friday." is prose.
_NETWORK_NAMES = "|".join(sorted((regex.escape(n.strip()) for n in SOCIAL_NETWORKS if n.strip()), key=len, reverse=True))
# The line's end takes its spaces possessively (\s*+): a run of spaces before a stray
# character fails in one step instead of being split between two quantifiers.
# "Seguici", "Síguenos", "Siga-nos" hold their object; "Obserwuj nas", "Följ oss", "Мы в соцсетях";
# "Siga-nos nas redes sociais" names the networks as a whole.
_SOCIAL_MEDIA = (r"(?:social\s+media|sozialen\s+medien|réseaux\s+sociaux|redes\s+sociales|redes\s+sociais|sociale\s+media"
                 r"|sociala\s+medier|mediach\s+społecznościowych|соцсетях|социальных\s+сетях)")
FOLLOW_LINE = regex.compile(
    rf"""^\s*(?:(?:follow|folgen\s+sie|folge|suivez|síguenos|sigue|seguici|segui|siga-nos|sigam-nos|siga|volg|obserwuj|följ
            |подписывайтесь|следите\s+за\s+нами)
        (?:\s+(?:us|uns|mir|me|nous|nos|ons|nas|oss|на\s+нас|(?:o\s+|a\s+)?(?-i:\p{{Lu}}[\p{{L}}.]+))){{0,2}}
        (?:(?<=\s(?:us|uns|nous|nos|ons|nas|oss|нас)|seguici|síguenos|siga-nos|sigam-nos|нами)
            (?:\s+(?:on|auf|bei|sur|en|su|op|w|na|via|på|nas|в|in))?(?:\s+{_SOCIAL_MEDIA})?(?=\s*+(?:[:!.]\s*+)?$)
          |\s+(?:on|auf|bei|sur|en|su|op|w|na|via|på|no|nas|в)\s+(?:{_NETWORK_NAMES})
            (?:\s*(?:,|&|and|und|or|oder|y|et|e|en|i|och|и|/)\s*(?:{_NETWORK_NAMES}))*
          |\s*@[\w.]{{1,30}})
        |мы\s+в\s+(?:соцсетях|социальных\s+сетях|{_NETWORK_NAMES}))
        \s*+(?:[:!.]\s*+)?$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: Share buttons naming a network: "Click to share on Reddit (Opens in new window)", "Teilen auf WhatsApp".
SHARE_LINE = regex.compile(
    rf"""^\W*(?:click\s+to\s+(?:share\s+on\s+\p{{L}}+|print|email\s+a\s+link|email)
        |(?:share|teilen|teile|partager|compartir|condividi|delen|deel|udostępnij|dela|compartilh\w*|partilh\w*|поделиться)\s+(?:\w+\s+){{0,2}}?(?:on|auf|bei|via|per|sur|en|su|op|na|no|por|w|på|в)\s+
            (?:{_NETWORK_NAMES})\p{{L}}{{0,3}}
        # The blog platforms' buttons in other languages: "Cliquez pour partager sur Facebook(ouvre
        # dans une nouvelle fenêtre)", "Haz clic para compartir en Twitter".
        |(?:(?:haz|hacé|fai)\s+clic|cliquez|klik|clique)\s+(?:para|pour|per|om\s+te|aqui\s+para)\s+
            (?:compartir|partager|condividere|delen|compartilhar|partilhar)\s+(?:en|sur|su|met|no|na|via|op)\s+(?:{_NETWORK_NAMES})\p{{L}}{{0,3}}
        |klicka\s+för\s+att\s+dela\s+(?:på|via)\s+(?:{_NETWORK_NAMES})|нажмите,?\s+чтобы\s+поделиться\s+(?:в|на)\s+(?:{_NETWORK_NAMES}))
        (?:\s*+\((?:opens\s+in\s+new\s+window|öffnet\s+in\s+neuem\s+fenster|ouvre\s+dans\s+une\s+nouvelle\s+fenêtre
            |se\s+abre\s+en\s+una\s+ventana\s+nueva|si\s+apre\s+in\s+una\s+nuova\s+finestra|wordt\s+in\s+een\s+nieuw\s+venster\s+geopend
            |abre\s+em\s+nova\s+janela|öppnas\s+i\s+ett\s+nytt\s+fönster|открывается\s+в\s+новом\s+окне)\))?
        # the button's count: "Udostępnij na Facebooku (12)"
        (?:\s*+[(\[]\d[\d.,]*[)\]])?\s*+(?:[:.]\s*+)?$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A row of follow buttons printed without separators, under an author's name: "Folge mir
#: Entfolgen Folge Anna Beispiel auf Facebook Folge Anna Beispiel auf Twitter", "Follow Unfollow
#: Follow Jane Doe on Instagram". Two buttons or more, each a bare button or one naming a network
#: ("Follow Jane Doe on X"): "Follow the money" is no button.
_FOLLOW_BUTTON = (r"(?:folge\s+mir|folgen|folge|entfolgen|follow(?:\s+me)?|unfollow|following|suivre|ne\s+plus\s+suivre"
                  r"|seguir|dejar\s+de\s+seguir|obserwuj|przestań\s+obserwować)")
FOLLOW_ROW = regex.compile(
    rf"""^\s*(?:(?:{_FOLLOW_BUTTON}(?:\s+(?-i:\p{{Lu}}[\p{{L}}.'-]*)){{0,3}}\s+(?:auf|on|bei|sur|en|na)\s+(?:{_NETWORK_NAMES})
        |{_FOLLOW_BUTTON})(?:\s+|\s*[|·•]\s*|\s*$)){{2,}}$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A line that is only social handles: "@YouTube", "@nytimes @nytopinion".
HANDLE_LINE = regex.compile(r"^\s*(?:@[\w.]{1,30}\s*){1,4}[:.]?\s*$")

#: Newsletter sign-ups that name the newsletter or the inbox ("Sign up for our daily newsletter",
#: "Get the stories that matter in your inbox every morning.", "Abonnez-vous à notre newsletter").
NEWSLETTER_LINE = regex.compile(
    # The request opens the line: "The scam emails land in your inbox" is a sentence.
    r"""^\W*(?:(?:sign\s+up|subscribe|register|join|get|receive|have|abonnieren|abonniere|bestellen|melden\s+sie\s+sich
        |jetzt|erhalten\s+sie|abonnez-vous|inscrivez-vous|recevez|abonnez|suscríbete|suscríbase|recibe|iscriviti|abbonati
        |meld\s+je\s+aan|schrijf\s+je\s+in|zapisz\s+się|tilmeld\s+dig|meld\s+deg\s+på|přihlaste\s+se|prihláste\s+sa)\b.{0,60}?
            \b(?:newsletters?|newslettera|newsletteru|nieuwsbrief|nyhedsbrev(?:et)?|nyhetsbrev(?:et)?|boletín|bulletin|infolettre
            |(?:in|to)\s+your\s+(?:e-?mail\s+)?inbox|in\s+ihr(?:en)?\s+(?:postfach|posteingang)|dans\s+votre\s+boîte)\b
        |(?:newsletter|nieuwsbrief)\s*(?:abonnieren|bestellen|anmelden|sign[\s-]?up|s'inscrire)
        |.{0,60}\b(?:straight|directly|direkt|bequem)\s+(?:in|to|into)\s+(?:your|ihr(?:en)?|dein(?:en)?)\s+(?:inbox|postfach|posteingang)\b
        |.{0,60}\b(?:direkte\s+i\s+din\s+indbakke|(?:rett|direkte)\s+i\s+innboksen\s+din
            |přímo\s+do\s+(?:vaší\s+|tvé\s+)?(?:e-mailové\s+)?schránky|priamo\s+do\s+(?:vašej\s+)?(?:e-mailovej\s+)?schránky
            |rechtstreeks\s+in\s+je\s+(?:mail)?(?:box|inbox))\b)""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A sign-up button naming the news it sends: "Jetzt für Golf-Welt Top-News anmelden", "Hier zum
#: Corona-Update anmelden", "Jetzt kostenlos für unsere Infos registrieren". The news is named:
#: "Jetzt für den Stadtlauf anmelden" may be the article's own call.
SIGN_UP_BUTTON = regex.compile(
    r"""^\W*(?:jetzt|hier)\s+(?:kostenlos\s+)?(?:für|zum|zur|zu|bei)\s+(?:den\s+|die\s+|das\s+|unseren?\s+|unsere\s+)?
        (?:\S+\s+){0,3}?\S*(?:news|newsletter|updates?|infos?|briefing|alerts?|nachrichten)\s+(?:anmelden|registrieren|abonnieren)\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: The site asking whether the reader likes it, above a pitch: "Sie lesen gern Beispiel.de?", "Du
#: liest gerne unser Magazin?", "Enjoy reading example.com?", "Like what you read?". The object
#: is a web address or the site's own work: "Sie lesen gern Krimis?" may open a book review.
SITE_FAN_QUESTION = regex.compile(
    r"""^\W*(?:(?:sie\s+lesen|du\s+liest|lesen\s+sie|liest\s+du)\s+gerne?|(?:do\s+you\s+)?(?:enjoy|love|like)\s+reading)\s+
        (?:[\p{L}\d-]++(?:\.[\p{L}\d-]++)++(?<=\.[a-z]{2,6})|(?:unser(?:e[nm]?)?|uns|our|us|this\s+(?:blog|site|newsletter))
          (?:\s+(?:magazin|blog|zeitung|artikel|texte|beiträge|newsletter|website|seite|stories|articles|journalism))?)\s*\?\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A related list's header naming another site by its address: "Auch auf beispiel.de", "Also on
#: example.com", "Aussi sur exemple.fr". (A day or a name after "Also on" is no header.) The
#: address's parts are taken possessively and its ending checked behind them: a line of
#: "a.a.a.a..." fails in linear time.
ALSO_ON_SITE = regex.compile(
    r"""^\W*(?:auch\s+(?:auf|bei)|also\s+on|aussi\s+sur|también\s+en|anche\s+su|ook\s+op|także\s+na)\s+
        [\p{L}\d-]++(?:\.[\p{L}\d-]++)++(?<=\.[a-z]{2,6})\s*:?\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A newsletter box's title: the site's or the subject's name and the word, alone on the line
#: ("Gartenwelt Newsletter", "Stadtblatt Newsletter", "GW-Newsletter", "Daily Planet Newsletters").
#: The name's words are capitalised ("our weekly newsletter" in a sentence is no title) and more
#: than an article or a pronoun ("The newsletter" may head an article's section).
NEWSLETTER_TITLE = regex.compile(
    r"""^\W*(?!(?:the|der|die|das|den|our|unser|unsere|le|la|el|il|de|het|a|an|ein|eine|my|mein|meine|your|ihr|dein|this
            |dieser|diese|kein|no|ce|notre|nuestro|nuestra|il\s+nostro|onze|nasz)\s+(?:newsletters?|nieuwsbrief|infolettre)\W*$)
        (?:(?-i:\p{Lu}|\d)[\p{L}\d.&'’+-]*\s+){1,3}(?:newsletters?|nieuwsbrief|infolettre)\W*$
        |^\W*(?-i:\p{Lu})[\p{L}\d.&'’+]*-newsletters?\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: Comment-form notices: "Your email address will not be published. Required fields are marked *".
COMMENT_FORM = regex.compile(
    r"""^\W*(?:(?:your|deine|ihre|votre|tu|su)\s+e-?mail(?:-?adresse|\s+address|\s+adresse)?\s+
            (?:will\s+not|wird\s+nicht|ne\s+sera\s+pas|no\s+será)\s+(?:be\s+)?(?:published|veröffentlicht|publiée|publicad[ao])
        # The same notice as the blog platforms translate it: "Votre adresse e-mail ne sera pas
        # publiée.", "Il tuo indirizzo email non sarà pubblicato.", "Je e-mailadres wordt niet
        # gepubliceerd.", "O seu endereço de email não será publicado.", "Twój adres e-mail nie
        # zostanie opublikowany."
        |(?:votre\s+adresse\s+(?:e-?mail|de\s+messagerie|mail)\s+ne\s+sera\s+pas\s+publiée
            |tu\s+dirección\s+de\s+correo(?:\s+electrónico)?\s+no\s+será\s+publicada
            |(?:il\s+)?tuo\s+indirizzo\s+e-?mail\s+non\s+sarà\s+pubblicato
            |je\s+e-?mailadres\s+wordt\s+niet\s+gepubliceerd
            |o\s+seu\s+endereço\s+de\s+e-?mail\s+não\s+será\s+publicado
            |twój\s+adres\s+e-?mail\s+nie\s+zostanie\s+opublikowany
            |din\s+e-?postadress\s+kommer\s+inte\s+(?:att\s+)?publiceras
            # ... in Danish, Norwegian, Finnish, Czech, Hungarian, Romanian, Turkish, Indonesian,
            # Vietnamese, Greek, Ukrainian, Arabic, Persian, Hebrew, Hindi, Korean, Japanese,
            # Chinese and Thai
            |din\s+e-?mailadresse\s+vil\s+ikke\s+blive\s+publiceret
            |din\s+e-postadresse\s+vil\s+ikke\s+bli\s+publisert
            |sähköpostiosoitettasi\s+ei\s+julkaista
            |vaše\s+e-?mailová\s+adresa\s+nebude\s+zveřejněna
            |az\s+e-?mail\s+címed\s+nem\s+kerül\s+nyilvánosságra
            |adresa\s+ta\s+de\s+email\s+nu\s+va\s+fi\s+publicată
            |e-posta\s+adresiniz\s+yayınlanmayacak
            |e-posta\s+hesabınız\s+yayımlanmayacak
            |alamat\s+email\s+anda\s+tidak\s+akan\s+dipublikasikan
            |email\s+của\s+bạn\s+sẽ\s+không\s+được\s+hiển\s+thị\s+công\s+khai
            |η\s+διεύθυνση\s+email\s+σας\s+δεν\s+θα\s+δημοσιευτεί
            |η\s+διεύθυνση\s+email\s+σας\s+δεν\s+δημοσιεύεται
            |ваша\s+e-?mail\s+адреса\s+не\s+оприлюднюватиметься
            |لن\s+يتم\s+نشر\s+عنوان\s+بريدك\s+الإلكتروني
            |نشانی\s+ایمیل\s+شما\s+منتشر\s+نخواهد\s+شد
            |כתובת\s+האימייל\s+שלך\s+לא\s+תפורסם
            |आपका\s+ईमेल\s+पता\s+प्रकाशित\s+नहीं\s+किया\s+जाएगा
            |이메일\s+주소는\s+공개되지\s+않습니다
            |メールアドレスが公開されることはありません
            |發佈留言必須填寫的電子郵件地址不會公開
            |您的电子邮箱地址不会被公开
            |อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น
            # ... in Bulgarian, Croatian, Serbian and Malay
            |вашият\s+(?:имейл|e-?mail)\s+адрес\s+няма\s+да\s+бъде\s+публикуван
            |vaša\s+(?:adresa\s+e-?pošte|e-?mail\s+adresa)\s+neće\s+biti\s+objavljena
            |ваша\s+(?:адреса\s+е-?поште|е-?мејл\s+адреса)\s+неће\s+бити\s+објављена
            |alamat\s+e-?mel\s+anda\s+tidak\s+akan\s+disiarkan)
        # The notice of its required fields on its own line, as the blog platforms translate it.
        |(?:obavezna|obvezna)\s+polja\s+su\s+označena|обавезна\s+поља\s+су\s+означена|câmpurile\s+obligatorii\s+sunt\s+marcate
        |задължителните\s+полета\s+са\s+отбелязани|medan\s+(?:yang\s+)?diperlukan\s+ditanda|ruas\s+yang\s+wajib\s+ditandai
        |các\s+trường\s+bắt\s+buộc\s+được\s+đánh\s+dấu|pakolliset\s+kentät\s+on\s+merkitty|a\s+kötelező\s+mezőket
        |gerekli\s+alanlar\s+\S+\s+ile\s+işaretlenmişlerdir|τα\s+υποχρεωτικά\s+πεδία\s+σημειώνονται
        |שדות\s+החובה\s+מסומנים|आवश्यक\s+फ़ील्ड\s+चिह्नित\s+हैं|必填项已用|必須項目です|ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย
        # "You must be logged in to post a comment." in Turkish, Bulgarian, Hungarian, Finnish,
        # Ukrainian, Croatian and Serbian.
        |yorum\s+(?:yazabilmek|yapabilmek)\s+için\s+giriş\s+yapmalısınız
        |трябва\s+да\s+сте\s+(?:влезли|влезнали)(?:\s+в\s+профила\s+си)?,?\s+за\s+да\s+(?:коментирате|отговорите|публикувате\s+коментар)
        |a\s+hozzászóláshoz\s+be\s+kell\s+jelentkezn(?:ed|ie)|kirjaudu\s+sisään\s+kommentoidaksesi
        |щоб\s+залишити\s+коментар,?\s+(?:увійдіть|потрібно\s+увійти)
        |morate\s+biti\s+prijavljeni\s+(?:da\s+biste|kako\s+biste)\s+(?:komentirali|komentarisali|ostavili\s+komentar)
        |морате\s+бити\s+пријављени\s+да\s+бисте\s+(?:коментарисали|оставили\s+коментар)
        |required\s+fields\s+are\s+marked|erforderliche\s+felder\s+sind|pflichtfelder\s+sind\s+(?:mit\s+)?
        # ... and as the blog platforms translate it: "Les champs obligatoires sont indiqués avec *".
        |les\s+champs\s+obligatoires\s+sont\s+(?:indiqués|marqués)|los\s+campos\s+obligatorios\s+están\s+marcados
        |i\s+campi\s+obbligatori\s+sono\s+(?:contrassegnati|marcati)|vereiste\s+velden\s+zijn\s+gemarkeerd
        |(?:os\s+)?campos\s+obrigatórios\s+são\s+marcados|wymagane\s+pola\s+są\s+oznaczone
        |notify\s+me\s+of|informiere\s+mich\s+über|benachrichtige\s+mich|benachrichtigung\s+bei|save\s+my\s+name
        |meinen\s+namen,?\s+(?:meine\s+)?e-?mail|(?:du\s+kommentierst|you\s+are\s+commenting)\s+(?:mit|using)
        |trage\s+deine\s+daten|fill\s+in\s+your\s+details|gib\s+hier\s+deinen\s+kommentar|enter\s+your\s+comment
        |(?:verbinde\s+mit|connecting\s+to)\s+%s
        |zeilenumbrüche\s+und\s+absätze\s+werden\s+automatisch|pour\s+créer\s+des\s+paragraphes|lines\s+and\s+paragraphs\s+break\s+automatically
        # "Save my name, email, and website in this browser ..." as the blog platforms translate it.
        |salva\s+il\s+mio\s+nome|mijn\s+naam,?\s+e-?mail|salvar\s+meus\s+dados|guardar\s+o\s+meu\s+nome|zapamiętaj\s+moje\s+dane
        |spara\s+mitt\s+namn|сохранить\s+моё\s+имя|guarda\s+mi\s+nombre|enregistrer\s+mon\s+nom
        |ваш\s+(?:адрес\s+)?(?:e-?mail|email|электронной\s+почты)\s+(?:адрес\s+)?не\s+будет\s+опубликован
        |(?:erlaubte|allowed)\s+html[-\s]tags
        # "Um den Tipp ... kommentieren zu können, müssen Sie eingeloggt sein.", "You must be logged
        # in to post a comment."
        |um\s+(?:\S+\s+){0,8}?kommentieren\s+zu\s+können,?\s+müss(?:en\s+sie|t\s+du)\s+(?:\S+\s+)?(?:eingeloggt|angemeldet)\s+sein
        |you\s+must\s+be\s+logged\s+in\s+to\s+(?:post\s+a\s+)?comment
        |para\s+comentar\s+(?:debes|tienes\s+que|es\s+necesario|necesitas|é\s+preciso|é\s+necessário|você\s+precisa)\s+(?:estar\s+)?(?:registrarte|registrado|iniciar\s+sesión|identificarte|logado|fazer\s+login|cadastrado)
        |(?:vous\s+devez|il\s+faut)\s+être\s+connecté\s+pour\s+(?:publier|laisser|poster|rédiger)\s+un\s+commentaire
        |(?:devi|è\s+necessario)\s+(?:essere\s+(?:loggato|registrato)|effettuare\s+il\s+login|accedere)\s+per\s+(?:commentare|lasciare\s+un\s+commento)
        |e?-?mail(?:-?adresse|\s+address)?\s*\((?:will\s+not\s+be\s+published|wird\s+nicht\s+veröffentlicht
            |address\s+never\s+made\s+public|adresse\s+wird\s+niemals\s+veröffentlicht|required|erforderlich)\))""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: Notices of blog platforms' comment and follow widgets, printed the same on every blog that
#: uses them: "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
#: "Enter your email address to follow this blog and receive notifications of new posts by email."
BLOG_WIDGET_NOTICE = regex.compile(
    r"""^\W*(?:(?:this\s+(?:web)?site|diese\s+(?:web)?seite|diese\s+website|ce\s+site|este\s+sitio|questo\s+sito)\s+
            (?:uses|verwendet|nutzt|utilise|usa|utiliza)\s+akismet
        |(?:bitte\s+)?(?:enter|gib|geben\s+sie|entrez|introduce|introduzca|inserisci)\s+(?:your|deine|ihre|votre|tu|su|la\s+tua)\s+
            (?:e-?mail|adresse|correo|indirizzo)\S*(?:\s+\S+){0,2}?\s+(?:(?:ein|an),?\s+)?
            (?:to\s+(?:follow|subscribe\s+to)\s+this\s+blog|um\s+diese[mn]?\s+blog|um\s+über\s+neue\s+beiträge|pour\s+(?:suivre|vous\s+abonner\s+à)\s+ce\s+blog
            |para\s+seguir\s+este\s+blog|per\s+seguire\s+questo\s+blog)
            (?:\s+(?:zu\s+(?:folgen|abonnieren)\s+)?(?:and|und|et|y|e)\b|\s+(?:per|via)\s|\s*+[.:]?\s*+$))""",
    regex.IGNORECASE | regex.VERBOSE,
)

# The parts of a publication's description of itself (kinds "publication self-description"
# and "publication tagline" below).
#: A publication named by what it is about, opening the line, per language: an article or a
#: possessive, up to two words, the publication's noun (or a word ending in it: "Foodblog",
#: "Webcomic") and the preposition of its subject ("Ein Blog über", "A webcomic about",
#: "Un blog sur", "Een blog over", "Blog o").
_PUBLICATION_OPENER = r"""(?:
    (?:ein|eine|der|die|das|mein|meine|unser|unsere)\s+(?:\S+\s+){0,2}?\S*(?:blog|comic|podcast|vlog|magazin|newsletter)\s+(?:über|rund\s+um|für|mit|zu|aus|von)
   |(?:a|an|the|my|our)\s+(?:\S+\s+){0,2}?\S*(?:blog|comic|podcast|vlog|magazine|newsletter|zine)\s+(?:about|on|for|with|of|from|by|dedicated\s+to)
   |(?:un|une|le|la|mon|ma|notre)\s+(?:\S+\s+){0,2}?\S*(?:blog|webcomic|podcast|magazine|newsletter)\s+(?:sur|consacré\s+à|dédié\s+à|autour\s+de|pour|avec|de|d'|des)
   |(?:un|una|el|la|mi|nuestro|nuestra)\s+(?:\S+\s+){0,2}?\S*(?:blog|cómic|comic|podcast|revista|newsletter)\s+(?:sobre|de|para|con|dedicad[oa]\s+a)
   |(?:un|una|il|la|il\s+mio|la\s+mia|il\s+nostro|la\s+nostra)\s+(?:\S+\s+){0,2}?\S*(?:blog|webcomic|fumetto|podcast|rivista|newsletter)\s+(?:su|sul|sulla|sui|di|del|della|per|con|dedicat[oa]\s+a)
   |(?:een|de|het|mijn|onze|ons)\s+(?:\S+\s+){0,2}?\S*(?:blog|webcomic|podcast|tijdschrift|nieuwsbrief)\s+(?:over|voor|met|van)
   |(?:blog|podcast|magazyn|komiks|newsletter)\s+(?:o|dla|z|poświęcony))\s"""
#: The verbs of a sentence's predicate, which a publication's tagline does without ("Der
#: Webcomic mit den Schafen."): "Ein Blog über meine Reisen war mein Traum." is a sentence.
_PREDICATE_VERB = r"""\b(?:ist|war|sind|waren|wird|wurde|werden|wurden|hat|hatte|haben|hatten|kann|konnte|soll|muss|gibt|gab
    |is|was|are|were|has|had|have|will|would|can|could|est|était|sont|ont|sera|es|era|son|fue|fueron|ha|han|è|sono|hanno
    |zijn|heeft|hebben|wordt|werd|jest|był|była|było|są|ma)\b"""
#: The writer's possessives: the subject is "meine Hunde", "my garden".
_POSSESSIVE = r"""\b(?:mein|meine|meinen|meinem|meiner|meines|unser|unsere|unseren|unserem|unserer|unseres|my|our|mon|ma|mes
    |notre|nos|mi|mis|nuestr[oa]s?|mio|mia|miei|mie|nostr[oaie]|mijn|onze|ons|mój|moja|moje|moim|moich|moją|nasz\w*)\b"""
#: How often or since when a publication appears: "Jeden Montag und Donnerstag", "every Friday",
#: "seit 2013".
_SCHEDULE = r"""\b(?:jede[nrs]?\s+(?:tag|woche|monat|morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende)|täglich|wöchentlich|monatlich
    |every\s+(?:day|week|month|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|daily|weekly|monthly
    |chaque\s+(?:jour|semaine|mois|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|cada\s+(?:día|semana|mes|lunes|martes|miércoles|jueves|viernes|sábado|domingo)
    |ogni\s+(?:giorno|settimana|mese|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)|elke\s+(?:dag|week|maand|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)
    |co\s+(?:tydzień|miesiąc|dzień|poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę)
    |(?:seit|since|depuis|desde|dal|sinds|od)\s+\d{4})"""
#: When the publication began, as a participle after the name: "..., begonnen 2013", "...,
#: started in 2014".
_STARTED = r"""(?:begonnen|gestartet|gegründet|seit|started|launched|founded|since|commencé|lancé|depuis|empezado|iniciado|desde|iniziato|dal|sinds|od)
    \s+(?:in\s+|en\s+|im\s+(?:jahr\s+)?)?\d{4}"""
_DAY_UNITS = r"(?:day|week|month|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend)"
#: The label of the site's about box (see the rule ``site-notice``), by language. The writer's
#: own box ("About me", "Über mich") is an author box (`AUTHOR_HEADERS`); "About <Company>"
#: above a press release's last paragraph is left alone.
#: The first person, singular or plural, of a site's or a writer's own box.
FIRST_PERSON = regex.compile(
    r"""\b(?:we|our|us|i|me|my|wir|unser\w*|uns|ich|mich|mir|mein\w*|nous|notre|nos|je|j'|moi|mon|ma|mes|nosotros|nuestr[oa]s?|yo|mi|mis
        |noi|nostr[oaie]|io|mio|mia|miei|wij|we|ons|onze|ik|mij|mijn|my|nasz\w*|ja|mój|moja|moje|mnie)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
ABOUT_SITE_HEADERS = {
    "en": "about | about us | about this site | about this blog | about the site | about the blog",
    "de": "über | über uns | wir über uns | über diesen blog | über dieses blog | über das blog | über diese seite",
    "fr": "qui sommes-nous | qui sommes nous | à propos de ce site | à propos de ce blog | à propos de nous",
    "es": "sobre nosotros | quiénes somos | acerca de nosotros | sobre este blog",
    "it": "chi siamo | su questo blog",
    "nl": "over ons | over deze site | over dit blog | over deze blog",
    "pl": "o nas | o blogu",
}

#: What the site's disclaimers say (the kind "disclaimer" of `SITE_NOTICES`), after the opening
#: of the line or of a sentence.
_DISCLAIMERS = r"""
        (?:(?:this|our)\s+(?:web\s*site|site|blog|content|article|post|page|podcast|video|channel|information)\b.{0,60}?\b(?:is|are)\s+
                (?:provided\s+|intended\s+|published\s+)?(?:solely\s+|only\s+)?for\s+(?:general\s+)?(?:informational|information|educational|entertainment)
                (?:\s+(?:and|or)\s+(?:educational|entertainment|informational))?\s+purposes(?:\s+only)?
            |(?:any\s+|the\s+)?(?:medical\s+|financial\s+)?(?:information|content|material)s?\s+(?:published|provided|contained|found|presented)?\s*(?:on|in)\s+this\s+
                (?:web\s*site|site|blog|article|page|podcast)\s+(?:is|are)\s+(?:not\s+(?:intended|meant|a\s+substitute)|provided\s+for|for\s+(?:general\s+)?informational)
            |(?-i:\p{Lu})[\p{L}&.'’-]*(?:\s+(?-i:\p{Lu})[\p{L}&.'’-]*){0,4}\s+(?:does|do)\s+not\s+(?:offer|provide|give|dispense|render)\s+(?:\S+\s+){0,2}?
                (?:medical|legal|financial|investment|tax)\s+advice\b(?=.{0,300}?\b(?:we|our|us)\b)
            |we\s+(?:do\s+not|don't)\s+(?:offer|provide|give|dispense)\s+(?:any\s+)?(?:personal(?:ised|ized)?\s+)?(?:medical|legal|financial|investment|tax)\s+advice
            |(?:disclaimer|disclosure|editorial\s+(?:note|disclosure)|advertiser\s+disclosure|haftungsausschluss|avertissement|descargo\s+de\s+responsabilidad
                |esclusione\s+di\s+responsabilità|vrijwaring|isenção\s+de\s+responsabilidade|zastrzeżenie)\s*+(?:\([^()]{0,60}\))?\s*+:\s*+
                .{0,200}?\b(?:this\s+(?:site|website|blog|article|post|page|podcast)|(?:informational|educational)\s+purposes|(?:investment|financial|medical|legal)\s+advice
                |diese[rsm]?\s+(?:seite|website|webseite|artikel|beitrag|blog)|ce\s+site|cet\s+article|este\s+(?:sitio|artículo|site|artigo)|questo\s+(?:sito|articolo)|deze\s+(?:site|website))
            # Advertiser disclosures of finance sites.
            |(?:the\s+)?(?:content|responses?|answers?|opinions|comments)\s+(?:below|above|on\s+this\s+page)?\s*(?:is|are|have)\s+not\s+(?:been\s+)?(?:provided|commissioned|reviewed|approved|endorsed)
                \b.{0,40}?\bby\s+(?:the|any)\s+(?:bank\s+advertiser|(?:credit\s+)?card\s+issuer|advertiser)
            |(?:the\s+)?(?:advertising\s+)?(?:disclaimer|disclosure)\s+(?:below|above)\s+does\s+not\s+apply\s+to\s+this\s+(?:article|post|story|page)
            # "*Bonus value is an estimated value calculated by <Site> and not the card issuer."
            |(?:\S+\s+)?(?:value|rating|estimate|valuation)s?\s+(?:is|are)\s+(?:an\s+)?(?:estimated\s+)?(?:\S+\s+)?(?:calculated|determined|provided|set)\s+by\s+(?:\S+\s+){1,3}?and\s+not\s+(?:by\s+)?the\s+card\s+issuer\b
            # Links to other sites, in the words of the German imprint and its translations.
            |trotz\s+sorgfältiger\s+inhaltlicher\s+kontrolle
            |übernehme[n]?\s+(?:ich|wir)\s+keine\s+(?:haftung|gewähr)\s+für\s+(?:die\s+)?inhalte\s+(?:externer|verlinkter|fremder)
            |für\s+den\s+inhalt\s+der\s+verlinkten\s+seiten\s+sind\s+ausschließlich\s+deren\s+betreiber\s+verantwortlich
            |(?:we|i)\s+(?:are|am)\s+not\s+responsible\s+for\s+(?:the\s+)?(?:content|contents|availability)\s+of\s+(?:any\s+)?(?:external|linked|third[-\s]party|other)\s+(?:web\s*)?(?:sites|websites|pages|links)
            |this\s+(?:web\s*)?site\s+is\s+not\s+responsible\s+for\s+(?:the\s+)?(?:content|contents|opinions|views|comments)\b
            # "Example News is not responsible for the opinions ... presented by contributors. In
            # case of abuse, click here to report." (with the site's prompt: "The platform is not
            # responsible for what users post, the court found" is news).
            |(?-i:\p{Lu})[\p{L}&.'’-]*(?:\s+(?-i:\p{Lu})[\p{L}&.'’-]*){0,3}\s+is\s+not\s+responsible\s+for\s+(?:the\s+)?(?:opinions|content|comments|views|statements)\b
                .{0,80}?\b(?:contributors|users|readers|commenters|members)\b(?=.{0,200}?\b(?:click\s+here|report\s+(?:it|abuse)|contact\s+us)\b)
            |hiermit\s+distanzier(?:e|en)\s+(?:ich|wir)\s+(?:mich|uns)\s+ausdrücklich\s+von
            # A blog's disclaimer of its links, which opens with the links and disclaims them further
            # on: "Auf <Blog> gibt es gelegentlich Links zu fremden Webseiten. Ich habe keinen
            # Einfluss auf ..." (the imprint's "Unser Angebot enthält Links zu externen Websites
            # Dritter, ..." is an imprint page's text).
            |(?:auf|in)\s+(?:\S+\s+){1,4}?gibt\s+es\s+(?:gelegentlich\s+|manchmal\s+|auch\s+)?links\s+(?:zu|auf)\s+(?:fremden|externen|anderen)\s+(?:web)?seiten\b
                (?=.{0,200}?\b(?:keinen\s+einfluss|keine\s+(?:haftung|verantwortung|kontrolle|gewähr))\b)
            |(?:this\s+(?:site|blog|website)|we|i)\s+(?:sometimes\s+|occasionally\s+|may\s+)?(?:contains?|links?)\s+(?:\S+\s+){0,2}?(?:links\s+)?to\s+(?:external|third[-\s]party|other)\s+(?:web\s*)?(?:sites|websites|pages)\b
                (?=.{0,200}?\b(?:no\s+control|not\s+responsible|no\s+responsibility)\b)
            |(?:ich\s+habe|wir\s+haben)\s+keinen\s+einfluss\s+auf\s+die\s+(?:gestaltung\s+und\s+(?:die\s+)?)?inhalte\s+(?:der\s+)?(?:gelinkten|verlinkten|dieser|externer|fremder)
            |nous\s+ne\s+(?:sommes|pouvons\s+être)\s+(?:pas\s+)?(?:tenus\s+)?responsables?\s+du\s+contenu\s+des\s+sites\s+(?:externes|tiers)
            |no\s+nos\s+hacemos\s+responsables\s+(?:del\s+contenido|de\s+los\s+contenidos|de\s+las\s+opiniones)
            |non\s+(?:siamo|è)\s+responsabil[ei]\s+(?:del|dei)\s+contenut[oi]\s+(?:dei|di)\s+siti\s+(?:esterni|terzi)
            |(?:wij|we)\s+zijn\s+niet\s+verantwoordelijk\s+voor\s+de\s+inhoud\s+van\s+(?:externe|gelinkte|andere)
            |não\s+nos\s+responsabilizamos\s+(?:pelo\s+conteúdo|pelas\s+opiniões|pelos\s+conteúdos)
            |(?:redakcja|wydawca|serwis|administrator)\s+nie\s+ponosi\s+odpowiedzialności\s+za\s+treś(?:ć|ci)\s+(?:komentarzy|zewnętrznych|publikowanych)
            # The site's content is no advice, in other languages: "Die Inhalte dieser Website
            # ersetzen keine ärztliche Beratung."
            |(?:die\s+)?(?:inhalte\s+|informationen\s+)?(?:diese[rs]?|unsere?)\s+(?:website|webseite|seite|blogs?|artikels?|beitrag|beitrags|inhalte|informationen|text)\s+(?:\S+\s+){0,3}?
                ersetz(?:t|en)\s+(?:keine[n]?|nicht\s+(?:die|den|eine[n]?))\s+(?:\S+\s+){0,2}?(?:ärztliche|medizinische|arzt|ärztin|fachärztliche|rechtliche|rechts|steuer|anlage|finanz)
            |(?:ce\s+site|cet\s+article|les\s+informations\s+(?:de|sur|publiées\s+sur)\s+ce\s+site)\s+(?:\S+\s+){0,3}?ne\s+(?:remplace(?:nt)?|saurai(?:t|ent)\s+remplacer|constitue(?:nt)?)\s+
                (?:en\s+aucun\s+cas\s+)?(?:pas\s+)?(?:un\s+|une\s+|le\s+|la\s+)?(?:avis|consultation|conseil|diagnostic)
            |(?:este\s+(?:sitio|artículo|contenido)|la\s+información\s+(?:de|en)\s+este\s+sitio)\s+(?:\S+\s+){0,3}?no\s+(?:sustituye|reemplaza|constituye)\s+(?:\S+\s+){0,4}?(?:consejo|asesoramiento|consulta|diagnóstico|recomendación)
            |(?:questo\s+(?:sito|articolo)|le\s+informazioni\s+(?:di|su|contenute\s+in)\s+questo\s+sito)\s+(?:\S+\s+){0,3}?non\s+(?:sostitui(?:sce|scono)|costitui(?:sce|scono))\s+(?:\S+\s+){0,4}?(?:parere|consulenza|consiglio|diagnosi)
            |(?:deze\s+(?:website|site|artikel)|de\s+informatie\s+op\s+deze\s+(?:web)?site)\s+(?:\S+\s+){0,3}?(?:vervangt|is\s+geen\s+vervanging)\s+(?:\S+\s+){0,3}?(?:medisch|advies|arts)
            |(?:este\s+(?:site|artigo|conteúdo)|as\s+informações\s+(?:deste|neste)\s+site)\s+(?:\S+\s+){0,3}?não\s+(?:substitui|substituem|constitui|constituem)\s+(?:\S+\s+){0,4}?(?:consulta|aconselhamento|orientação|diagnóstico|recomendação)
            |(?:ten\s+(?:artykuł|serwis)|informacje\s+(?:zawarte\s+)?(?:w\s+(?:tym\s+)?serwisie|na\s+(?:tej\s+)?stronie))\s+(?:\S+\s+){0,3}?nie\s+(?:zastępuj[ąe]|stanowi[ąa]?)\s+(?:\S+\s+){0,3}?(?:porady|konsultacji|diagnozy|rekomendacji))"""


class Leftmost:
    r"""Patterns searched as the alternation of their sources, ``A|B|...``: `search` returns
    the match that starts first (the first pattern's at a tie), the start `regex` finds for
    the alternation. `regex` tries a long alternation at every position of a line, more so
    behind a group of openings (``(?:^\W*|[.!?]\s+)(?:...)``); each part alone jumps to the
    places its own words allow, several times faster (a notice pattern on a line of 100 words:
    ~20 us instead of ~350 us)."""

    __slots__ = ("patterns",)

    def __init__(self, *sources: str, flags: int = regex.IGNORECASE | regex.VERBOSE):
        self.patterns = tuple(regex.compile(source, flags) for source in sources)

    def search(self, text: str):
        found = None
        for pattern in self.patterns:
            m = pattern.search(text)
            if m is not None and (found is None or m.start() < found.start()):
                found = m
                if not m.start():
                    break
        return found


# The apps a podcast's prompt names ("on Apple Podcasts and Spotify").
_PODCAST_APP = r"(?:apple\s+podcasts|spotify|google\s+podcasts|youtube\s+music|amazon\s+music|pocket\s+casts|overcast|audible|itunes|youtube|the\s+\S+\s+app|your\s+(?:favou?rite\s+)?podcast\s+app)"

#: The site speaking to the reader about itself, in a sentence or two that may read like prose
#: (see the rule ``site-notice``), by kind. Each pattern needs the site's voice: "our" newsletter,
#: "this site", "as an Amazon Associate", an imperative to the reader. A sentence that reports on
#: the same things ("Readers can subscribe to the newsletter", "The photos are licensed under
#: Creative Commons") has none.
SITE_NOTICES = {
    "comment or follow widget notice": BLOG_WIDGET_NOTICE,
    # Two parts searched apart (see `Leftmost`), each behind the pattern's "\b": the branches
    # anchored at the line's start, then the others (one alternation of both tried the anchored
    # ones at every word too). The first part opens with the anchor its branches share: without
    # it the search tries "\b" and each branch's "^" at every position of the line (a line of 160
    # letters: ~10 times as long).
    "newsletter pitch": Leftmost(
        r"""^\b(?:^\W*(?:unser|mein)\s+(?:\S+\s+)?newsletter\s+(?:informiert|bringt|liefert|hält)\b
            |^\W*(?:our|my)\s+(?:\S+\s+)?newsletter\s+(?:brings|delivers|keeps)\b
            # The sign-up form's promise: "No spam, we promise."
            |^\W*no\s+spam\b
            |^\W*(?:we\s+respect\s+your\s+privacy|wir\s+respektieren\s+(?:deine|ihre)\s+privatsphäre)
            |^\W*sign\s+up\s+(?:now\s+|today\s+)?to\s+(?:get|receive)\s+(?:the\s+|our\s+)?(?:best|latest|top)\s+
                (?:\S+\s+){0,2}?(?:content|news|stories|articles|deals|updates|recipes|offers|reads|headlines)\b
            # A member platform's box: "... To receive new posts and support my work, consider
            # becoming a free or paid subscriber."
            |^\W*to\s+receive\s+new\s+posts\s+and\s+support\s+(?:my|our)\s+work\b
            # The news promised to the reader's inbox, in the box's own words: "Få de viktigaste
            # nyheterna direkt i din inkorg", "Receba as principais notícias do dia no seu e-mail",
            # "Главные новости дня — в вашей почте". An opening request or the news as subject:
            # "Fałszywe maile trafiają prosto na Twoją skrzynkę" is a sentence of the article.
            |^\W*(?:få|prenumerera|anmäl\s+dig|(?:de|dagens)\s+viktigaste|senaste\s+nytt)\b.{0,80}?\bi\s+din\s+inkorg\b
            |^\W*(?:ricevi|iscriviti|abbonati)\b.{0,80}?\bnella\s+tua\s+(?:casella|posta|e-?mail)\b
            |^\W*(?:recevez|inscrivez-vous|abonnez-vous|tous\s+nos|toutes\s+nos|nos\s+derni|l'essentiel\s+de\s+l'actualité)\b.{0,80}?\bdans\s+votre\s+boîte\s+(?:mail|e-?mail|de\s+réception|aux\s+lettres)
            |^\W*(?:recibe|suscríbete|regístrate|todas?\s+nuestr|lo\s+mejor\s+de\s+nuestr|las\s+noticias\s+más\s+importantes)\b.{0,80}?\ben\s+tu\s+(?:correo|bandeja\s+de\s+entrada|e-?mail|buzón)
            |^\W*(?:ontvang|schrijf\s+je\s+in|meld\s+je\s+aan|het\s+belangrijkste\s+nieuws|al\s+het\s+nieuws)\b.{0,80}?\bin\s+je\s+(?:mailbox|inbox)\b
            |^\W*(?:receba|receber|cadastre-se|assine|inscreva-se)\b.{0,80}?\b(?:no\s+seu|em\s+seu|na\s+sua)\s+(?:e-?mail|caixa\s+de\s+entrada)\b
            |^\W*(?:najważniejsze|najciekawsze|codzienn\w*|zapisz\s+się|otrzymuj)\b.{0,80}?\b(?:na|do)\s+(?:twoj[aą]|swoj[aą])\s+skrzynk
            |^\W*(?:главные|самые\s+важные|все\s+главные|лучшие|получайте|подпишитесь)\b.{0,80}?(?:в\s+вашей\s+почте|на\s+(?:вашу\s+)?почту|на\s+(?:ваш\s+)?e-?mail))""",
        r"""\b(?:(?:subscribe|sign\s+up)\s+(?:now\s+|today\s+|for\s+free\s+)?(?:to|for)\s+(?:our|my)\s+(?:\S+\s+){0,3}?newsletters?\b
            |(?:abonnieren\s+sie|abonniere|bestellen\s+sie|hol\s+dir|holen\s+sie\s+sich)\s+(?:jetzt\s+)?(?:kostenlos\s+)?
                (?:unseren?|meinen?|den|die)\s+(?:\S+\s+){0,3}?\S*newsletter
            |\bmit\s+(?:unserem|meinem)\s+(?:\S+\s+){0,2}?newsletter\b
            # The sign-up form's promise: "You can unsubscribe at any time."
            |\byou\s+can\s+unsubscribe\s+at\s+any\s+time|\bjederzeit\s+(?:wieder\s+)?(?:abbestellen|abmelden)\b
            |\bdésinscrire\s+à\s+tout\s+moment
            # A member platform's box: "Slow Money Notes is a reader-supported publication."
            |\bis\s+a\s+reader[-\s]supported\s+publication\b
            # A sign-up request beside the newsletter ("Immer informiert mit dem wöchentlichen
            # Newsletter. Jetzt anmelden!", "... kannst du den Newsletter hier abonnieren") or the
            # site's own newsletter with an exclamation ("Schauen Sie mal in unseren Musiknewsletter!").
            |\bnewsletter\b[^„“«»"]{0,80}?\b(?:jetzt|hier)\s+(?:kostenlos\s+)?(?:anmelden|abonnieren|bestellen|registrieren)\b
            |\b(?:jetzt|hier)\s+(?:kostenlos\s+)?(?:anmelden|abonnieren|bestellen)\b.{0,40}?\bnewsletter\b
            |\b(?:unseren?|unserem|meinen?|meinem|our|my)\s+(?:\S+\s+){0,2}?\S*newsletter\s*!
            |(?:abonnez-vous|inscrivez-vous)\s+(?:gratuitement\s+)?à\s+(?:notre|nos|la)\s+(?:\S+\s+){0,2}?newsletters?
            |(?:suscríbete|suscríbase|suscribite)\s+(?:gratis\s+)?(?:a|al)\s+(?:nuestro|nuestra|nuestros|el|la)?\s*(?:\S+\s+){0,2}?(?:newsletter|boletín))""",
    ),
    # The promise of the sign-up box: "Suscríbete y te enviaremos un correo diario ...",
    # "Subscribe and we'll send you ...", "Votre adresse e-mail est uniquement utilisée pour vous
    # envoyer ...". The line opens with the request or the reader's address.
    "newsletter promise": regex.compile(
        r"""^\W*(?:
            (?:subscribe|sign\s+up)\b.{0,60}?\bwe(?:'ll|\s+will)\s+(?:send|email|deliver)\s+you
            |(?:abonniere|abonnieren\s+sie|melde\s+dich|melden\s+sie\s+sich)\b.{0,60}?\b(?:wir\s+(?:senden|schicken)|senden\s+wir|schicken\s+wir)\s+(?:dir|ihnen)
            |(?:abonnez-vous|inscrivez-vous)\b.{0,60}?\bnous\s+vous\s+enverrons
            |(?:suscríbete|suscríbase|regístrate|apúntate)\b.{0,60}?\b(?:te|le)\s+(?:enviaremos|mandaremos)
            |(?:iscriviti|abbonati)\b.{0,60}?\bti\s+invieremo
            |(?:schrijf\s+je\s+in|meld\s+je\s+aan|abonneer\s+je)\b.{0,60}?\bwe\s+(?:sturen|mailen)\s+je
            |(?:inscreva-se|assine|cadastre-se)\b.{0,60}?\b(?:enviaremos|vamos\s+enviar)
            |(?:zapisz\s+się|zasubskrybuj)\b.{0,60}?\b(?:wyślemy|będziemy\s+wysyłać)
            |(?:votre|ton)\s+adresse\s+(?:e-?mail|de\s+messagerie|électronique)\s+(?:est\s+|sera\s+)?(?:uniquement\s+|seulement\s+)?utilisée\s+(?:uniquement\s+)?pour\s+vous\s+envoyer
            |(?:we\s+(?:will\s+)?only\s+use\s+your\s+e-?mail(?:\s+address)?\s+to\s+send\s+you|your\s+e-?mail(?:\s+address)?\s+will\s+only\s+be\s+used\s+to\s+send\s+you)
            |(?:ihre|deine)\s+e-?mail-?adresse\s+wird\s+(?:ausschließlich|nur)\s+(?:\S+\s+){0,3}?(?:für\s+den\s+versand|zum\s+versand|verwendet,?\s+um\s+(?:ihnen|dir))
            # "Sie möchten über jeden neuen Beitrag informiert werden? Dann geben Sie hier Ihre
            # E-Mail-Adresse ein." (a how-to's "Geben Sie Ihre E-Mail-Adresse ein und tippen
            # Sie auf Weiter" has no question, "hier" or end there).
            |[^?!.]{1,120}?\?\s+dann\s+(?:geben\s+sie|gib)\s+(?:einfach\s+)?(?:hier|unten)\s+(?:einfach\s+|bitte\s+|jetzt\s+)?(?:ihre|deine)\s+e-?mail-?adresse\s+ein\s*+[.!:]?\s*+$)""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    "affiliate-link disclosure": regex.compile(
        # Amazon's own wording in each language: "As an Amazon Associate I earn from qualifying
        # purchases", "En tant que Partenaire Amazon, je réalise un bénéfice ...".
        r"""\b(?:as\s+an\s+amazon\s+associate|als\s+amazon-partner|participant\s+in\s+the\s+amazon\s+services\s+llc\s+associates
            |(?:this\s+(?:web)?site|this\s+blog|we|i)\s+participates?\s+in\s+the\s+amazon\s+(?:services\s+llc\s+)?associates?\s+program
            |en\s+tant\s+que\s+partenaire\s+amazon|como\s+afiliad[oa]\s+de\s+amazon|in\s+qualità\s+di\s+affiliato\s+amazon
            |jako\s+partner\s+amazon|como\s+associad[oa]\s+da\s+amazon
            |we\s+may\s+(?:receive|earn|get)\s+(?:a\s+|an\s+)?(?:small\s+)?(?:affiliate\s+)?(?:compensation|commission)
            |nous\s+(?:pouvons|pourrions)\s+(?:percevoir|toucher|recevoir)\s+une\s+(?:petite\s+)?commission
            |(?:podemos|podríamos)\s+(?:recibir|obtener|ganar)\s+una\s+(?:pequeña\s+)?comisión
            |(?:potremmo|possiamo)\s+(?:ricevere|guadagnare|percepire)\s+una\s+(?:piccola\s+)?commissione
            |(?:kunnen|ontvangen)\s+we\s+(?:mogelijk\s+)?een\s+(?:kleine\s+)?commissie
            |this\s+(?:post|article|page)\s+(?:contains|may\s+contain)\s+(?:affiliate\s+links|references\s+to\s+products)
            |(?:links?\s+(?:auf|in)\s+diese[mr]?\s+(?:seite|artikel|beitrag)).{0,40}?\berhält\s+(?:\S+\s+){1,3}?(?:ggf\.\s+)?eine\s+provision
            |(?:wir|ich)\s+(?:erhalten|erhalte|bekommen|bekomme)\s+(?:dafür\s+|ggf\.\s+|gegebenenfalls\s+)?(?:eine\s+)?(?:kleine\s+)?provision
            # Polish, Czech, Slovak, Danish and Norwegian: "Artykuł zawiera linki afiliacyjne", "(możemy|mohu)
            # otrzymać prowizję", "vi kan modtage en (lille) provision", "vi kan få provisjon".
            |(?:artykuł|wpis|tekst|ten\s+artykuł|ten\s+wpis|článek|tento\s+článek|príspevok|článok|indlægget|artiklen|innlegget|artikkelen)\s+
                (?:zawiera|może\s+zawierać|obsahuje|může\s+obsahovat|môže\s+obsahovať|indeholder|kan\s+indeholde|inneholder|kan\s+inneholde)\s+
                (?:linki\s+(?:afiliacyjne|partnerskie|reklamowe)|(?:affiliate|partnerské|provizní|reklamní)\s+odkazy|(?:affiliate|partnerské)\s+odkazy
                |affiliate[\s-]?links?|annoncelinks?|reklamelenker|affiliatelenker)
            |(?:możemy|mogę|może)\s+otrzymać\s+(?:\S+\s+){0,2}?prowizj[ęi]|(?:můžeme|mohu|může)\s+(?:\S+\s+){0,2}?získat\s+(?:\S+\s+){0,1}?provizi
            |(?:môžeme|môžem)\s+(?:\S+\s+){0,2}?získať\s+(?:\S+\s+){0,1}?províziu
            |vi\s+(?:kan\s+)?(?:modtage|modtager|få|får|tjene|tjener)\s+(?:en\s+)?(?:lille\s+|liten\s+)?(?:provision|provisjon|kommission))""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    "licence note": Leftmost(
        r"""^\W*(?:(?:all\s+content|this\s+(?:work|blog|site|article|post|text)|content\s+on\s+this\s+site
                |(?:der\s+)?inhalt\s+dieser\s+seite|diese[rsn]?\s+(?:text|blog|beitrag|artikel|podcast|website|seite)
                |die\s+(?:bilder|texte|fotos)\s+in\s+diesem\s+blog|alle\s+(?:\S+\s+){0,2}?\S*(?:beiträge|inhalte|texte)
                |(?:der|das|die)\s+\S*(?:podcast|blog|magazin)\s+(?:von\s+\S+(?:\s+\S+)?\s+)?(?=steh)
                |todo\s+o\s+conteúdo\s+(?:deste|do)\s+(?:site|portal|blog)|todo\s+el\s+contenido\s+de\s+este\s+(?:sitio|blog|portal)
                |(?:allt\s+)?innehåll(?:et)?\s+på\s+(?:denna|den\s+här)\s+webbplats(?:en)?|(?:все\s+)?материалы\s+(?:этого\s+|нашего\s+)?сайта)
            |if\s+not\s+(?:explicitly\s+)?(?:specified|stated|noted)\s+otherwise,\s+this\s+work
            |unless\s+otherwise\s+(?:noted|stated|specified),|(?:sofern|soweit|wenn)\s+nicht\s+anders\s+(?:angegeben|ausgewiesen|vermerkt|gekennzeichnet),)
            .{0,120}?\b(?:licen[cs]ed|lizenz|licence|license|steh(?:t|en),?\s+(?:\S+\s+){0,6}?unter|veröffentlicht\s+unter
                |licença|licencia|licens\w*|лицензи\w*)
            .{0,80}?(?:creative\s+commons|\bcc[-\s]?by\b)""",
        # A licence named after a copyright sign: "Lightbox2 © A. Name licensed under the MIT License".
        r"""(?:©|\(c\))\s.{0,60}?\blicen[cs]ed\s+under\s+(?:the\s+)?(?:creative\s+commons|mit|gnu|gpl|apache|bsd)\b""",
        # The licence chooser's sentence, ending the line: "<Work> by <Name> is licensed under a
        # Creative Commons Attribution 4.0 International License." (a sentence that goes on
        # after the licence's name is an article's; "Dieses Werk steht unter einer ... Lizenz" on
        # its own may be the article's last line, and needs one of the subjects above).
        # The same in other languages, the licence's name before or after the brand: "... est mis à
        # disposition selon les termes de la Licence Creative Commons Attribution 4.0 International.",
        # "... está bajo una Licencia Creative Commons Atribución 4.0 Internacional.", "... valt onder
        # een Creative Commons Naamsvermelding 4.0 Internationaal-licentie."
        r"""\b(?:is|are|ist|sind|est|está|è|zijn|valt|é)\s+(?:(?:licensed|lizenziert|mis\s+à\s+disposition|licenciad[ao]|distribuit[oa]|gelicentieerd|rilasciat[oa])\s+)?
            (?:under|unter|selon\s+les\s+termes\s+de|sous|bajo|con|com|onder|sob|sotto)\s+(?:(?:a|the|einer|la|une|una|een|uma)\s+)?
            (?:(?:licen[cs]e|lizenz|licencia|licenza|licentie|licença)\s+creative\s+commons\b[^.]{0,80}?\d\.\d[^.(,;]{0,40}?
              |creative\s+commons\b[^.]{0,80}?\d\.\d[^.,;]{0,40}?(?:license|licence|lizenz|licencia|licenza|licentie|licença)\b)
            \s*+(?:\([^)]{0,24}\))?\s*+\.?\s*+$""",
    ),
    "consent checkbox": regex.compile(
        # Not opening with a quotation mark: „Ich bin damit einverstanden“, sagte sie.
        r"""^[^\w"'\u201e\u201c\u201d\u00ab\u00bb\u2018\u2019\u201a]*(?:mit\s+der\s+anmeldung\s+stimme\s+ich
            |(?:ja,?\s+)?ich\s+(?:bin\s+(?:damit\s+|mit\s+.{1,80}?\s)?einverstanden|möchte\s+(?:den|einen|ihren)\s+(?:\S+\s+){0,2}?newsletter)
            |(?:yes,?\s+)?i\s+(?:agree\s+to\s+(?:the|receive)|consent\s+to|would\s+like\s+to\s+receive)\b
            |by\s+clicking\s+["“']?[\w ]{1,20}["”']?,?\s+(?:i|you)\s+(?:agree|consent|accept)
            # Consent given by sending: "Mit dem Absenden des Kommentars akzeptierst du ...", "By
            # submitting this form, you agree ...".
            |mit\s+(?:dem|der)\s+(?:absenden|abschicken|von\s+dir\s+abgeschickten|übermittlung)\s+(?:\S+\s+){0,3}?
                (?:akzeptierst\s+du|erklärst\s+du\s+dich|stimmst\s+du|akzeptieren\s+sie|erklären\s+sie\s+sich|stimmen\s+sie)
            |by\s+(?:submitting|posting|sending)\s+(?:a|your|this)\s+(?:comment|form|message|e-?mail),?\s+you\s+(?:agree|accept|consent|acknowledge)
            # ... or the reader's details, to the site's terms: "By submitting your information you
            # agree to the Terms & Conditions and Privacy Policy" ("By submitting your information,
            # you agree to let the company sell it, the lawsuit claims" agrees to something else).
            |by\s+submitting\s+your\s+(?:information|details|e-?mail(?:\s+address)?),?\s+you(?:'re|\s+are)?\s+(?:agree|accept|consent)\w*\s+to\s+
              (?:(?:the|our)\s+)?(?:terms|privacy|receive|receiving)
            # The same boxes in other languages, each naming what is agreed to: "Ik ga akkoord met
            # de meeste punten" in a quote is not a checkbox.
            # A publisher's sign-up box: "Contact me with news and offers from other ... brands",
            # "Receive email from us on behalf of our trusted partners or sponsors".
            |contact\s+me\s+with\s+news\s+and\s+offers|receive\s+e?-?mails?\s+from\s+us\s+on\s+behalf\s+of
            |wyrażam\s+zgodę\s+na\s+(?:przetwarzanie|otrzymywanie)
            |(?:ho\s+letto\s+e\s+)?accetto\s+(?:l'informativa|la\s+privacy|i\s+termini|le\s+condizioni)|acconsento\s+al\s+trattamento
            |(?:li\s+e\s+)?(?:aceito|concordo\s+com)\s+(?:a|as|o|os)\s+(?:política|termos|condições)|autorizo\s+o\s+(?:uso|tratamento)
            |(?:he\s+leído\s+y\s+)?acepto\s+(?:la\s+política|el\s+aviso\s+legal|los\s+términos|las\s+condiciones)
            |j'accepte\s+(?:les\s+conditions|la\s+politique)|en\s+cliquant\s+sur\s.{1,40}?vous\s+acceptez
            |ik\s+(?:heb\s+de\s+\S+\s+gelezen\s+en\s+)?ga\s+akkoord\s+met\s+(?:de\s+)?(?:algemene\s+voorwaarden|voorwaarden|privacyverklaring|privacybeleid|verwerking)
            |jag\s+(?:har\s+läst\s+och\s+)?(?:godkänner|accepterar)\s+(?:villkoren|integritetspolicyn|behandlingen|att\s+mina\s+personuppgifter)
            |нажимая\s+(?:на\s+)?кнопку\s.{1,40}?вы\s+(?:соглашаетесь|даете\s+согласие|даёте\s+согласие|принимаете)
            |я\s+(?:согласен|согласна|даю\s+согласие)\s+(?:на\s+обработку|с\s+(?:условиями|политикой|правилами)))""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    "embedded content placeholder": regex.compile(
        r"""^\W*(?:klicken\s+sie\s+auf\s+den\s+(?:unteren\s+)?button,?\s+um\s+den\s+inhalt
            |mit\s+dem\s+laden\s+des\s+(?:inhalts|videos|beitrags)\s+akzeptieren\s+sie
            |click\s+(?:on\s+)?the\s+button\s+below\s+to\s+load\s+the\s+content
            # "Mit diesem Button kannst du diese Episode deiner Liste hinzufügen" (a tutorial's "Mit
            # diesem Button können Sie die Einstellungen zurücksetzen" acts on something else).
            |mit\s+diesem\s+button\s+(?:kannst\s+du|können\s+sie)\s+diese[nrs]?\s+\S*(?:episode|folge|beitrag|artikel|seite|video)
            |with\s+this\s+button,?\s+you\s+can\s+(?:add|save|share|bookmark)\s+this\s+(?:episode|article|post|page|video))""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    # (The branches anchored at the line's start searched apart, as for the newsletter pitch.)
    "social channel promotion": Leftmost(
        # (The leading "^": each branch of the first part is anchored, see "newsletter pitch".)
        r"""^\b(?:^\W*(?:follow|folgen\s+sie|folge)\s+(?:\S+\s+){1,3}?(?:on|auf)\s+(?:twitter|facebook|instagram|tiktok|youtube|linkedin|x)\b
            |^\W*(?:receba|acompanhe)\s+(?:as\s+)?(?:\S+\s+){0,4}?(?:notícias|novidades|informações)\s+(?:\S+\s+){0,3}?(?:no|pelo)\s+(?:whatsapp|telegram)\W*$
            |^\W*(?:entre|participe)\s+(?:no|do)\s+(?:nosso\s+)?canal\s+(?:\S+\s+){0,3}?(?:no|do)\s+(?:whatsapp|telegram)\W*$
            # A reporter's address under the story: "Reach Kate Brennan at kate.brennan@example.com.
            # Follow her on X @katebrennan."
            # The address holds the reporter's last name or the one name ("Reach Harbor Tours at
            # bookings@..." and "Reach the museum at info@..." are a travel story's service lines).
            |^\W*reach\s+(?-i:(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(?P<reached>\p{Lu}[\p{L}'’-]+))\s+at\s+[\w.+-]*?(?P=reached)[\w.+-]*@[\w-]+\.\w
            # "Want the latest news as it happens? Join Harbour Live's WhatsApp Community here."
            # The site's voice: a question before it, "our", the site's name with "'s", "here"
            # ("Join the neighbourhood WhatsApp group" is a tip in a list of them).
            |^\W*(?:[^?.!]{1,100}\?\s+join\s+(?:\S+\s+){0,4}?|join\s+(?:our|\S+['’]s)\s+(?:\S+\s+){0,3}?)(?:whatsapp|telegram)\s+(?:community|channel|group)(?:\s+here)?[.!]*\s*$
            |^\W*join\s+(?:\S+\s+){0,4}?(?:whatsapp|telegram)\s+(?:community|channel|group)\s+here[.!]*\s*$
            # A show's own prompt, ending with the apps: "Listen to Short Wave on Apple Podcasts and
            # Spotify.", "Subscribe wherever you get your podcasts." ("Listen to the episode on
            # Spotify, where ..." goes on.)
            |^\W*(?:listen|subscribe|follow)\s+(?:to\s+)?(?:\S+\s+){0,5}?(?:on|in|via|at)\s+"""
        + _PODCAST_APP + r"(?:\s*(?:,|and|or|&)\s*" + _PODCAST_APP + r""")*\W*$
            |^\W*(?:listen|subscribe|follow)\b.{0,60}?\bwherever\s+you\s+(?:get|listen\s+to)\s+(?:your\s+)?podcasts\W*$)""",
        r"""\b(?:(?:our|unser(?:em|en)?|nuestro|notre|il\s+nostro)\s+(?:\S+\s+)?(?:youtube|telegram|whatsapp|podcast)[-\s]?(?:channel|kanal|canal|chaîne)
            |(?:nuestro\s+)?canal\s+de\s+(?:youtube|telegram|whatsapp)|tenemos\s+canal\s+de|notre\s+chaîne\s+(?:youtube|telegram|whatsapp)
            |\bkeep\s+up\s+with\s+(?:me|us)\s+on\s+(?:twitter|facebook|instagram|tiktok|youtube|linkedin)\b
            |(?:nosso|nossa|nasz(?:ego|ym)?|ons)\s+(?:\S+\s+)?(?:kanał|canal|kanaal)\s+(?:(?:no|na|w|op)\s+)?(?:youtube|telegram|whatsapp)
            |(?:подписывайтесь|подпишитесь)\s+на\s+(?:наш|наши)\s+(?:\S+\s+)?(?:telegram|телеграм|youtube|ютуб|дзен)[-\s]?канал)""",
    ),
    "paywall notice": regex.compile(
        r"""^\W*(?:(?:subscribe|sign\s+up|log\s+in|register)\b.{0,60}?\bfor\s+the\s+full\s+(?:story|article)
            |to\s+(?:view|read|continue\s+reading|access)\s+(?:the\s+full\s+(?:story|article)|this\s+(?:story|article)|more),?\s+(?:please\s+)?(?:subscribe|log\s+in|sign\s+in|register)
            |if\s+you(?:'|’)re\s+(?:seeing\s+this\s+message\s+but\s+you(?:'|’)re\s+)?already\s+a\s+(?:subscriber|member)
            |(?:this|the)\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:available|reserved)\s+(?:only\s+)?(?:to|for)\s+(?:our\s+)?(?:subscribers|members)
            |dieser\s+(?:artikel|inhalt|beitrag)\s+ist\s+(?:nur\s+|exklusiv\s+)?(?:für|exklusiv\s+für)\s+(?:\S+\s+)?abonnent
            |um\s+(?:den\s+(?:ganzen|vollständigen|kompletten)\s+(?:artikel|beitrag)|diesen\s+(?:artikel|beitrag))\s+(?:\S+\s+){0,3}?(?:zu\s+lesen|lesen\s+zu\s+können)
            |vous\s+avez\s+lu\s+\d+\s+des?\s+\d+\s+articles|you(?:'ve|\s+have)\s+read\s+\d+\s+of\s+(?:your\s+)?\d+\s+free\s+articles
            |sie\s+haben\s+\d+\s+von\s+\d+\s+(?:kostenlosen\s+|freien\s+)?artikeln|wählen\s+sie\s+ihren\s+zugang
            |^\W*(?:immediate|instant)\s+(?:online\s+)?access\s+to\s+(?:all\s+issues|the\s+full\s+article)|subscription\s+will\s+auto[-\s]?renew
            |cet\s+article\s+est\s+réservé\s+aux\s+abonnés
            |pour\s+lire\s+(?:gratuitement\s+)?(?:la\s+suite\s+de\s+)?cet\s+article\b.{0,60}?\b(?:connectez|abonnez|inscrivez)
            |para\s+seguir\s+leyendo,?\s+(?:hazte\s+suscriptor|suscríbete|regístrate|inicia\s+sesión)
            |este\s+(?:artículo|contenido)\s+es\s+(?:exclusivo\s+)?(?:solo\s+)?para\s+suscriptores
            |(?:este\s+)?(?:artigo|conteúdo|texto|material)\s+(?:é\s+)?exclusivo\s+(?:para|de|a)\s+assinantes
            |(?:este\s+)?(?:artigo|conteúdo)\s+é\s+(?:só\s+|apenas\s+|somente\s+)?para\s+assinantes
            |(?:den\s+här|denna)\s+(?:artikeln?|texten?)\s+är\s+(?:endast\s+|bara\s+)?för\s+(?:våra\s+)?prenumeranter
            |för\s+att\s+(?:läsa|fortsätta\s+läsa)\s+(?:hela\s+)?(?:artikeln|texten)\s+(?:måste|behöver)\s+du
            |(?:этот|данный)\s+материал\s+доступен\s+(?:только\s+)?(?:для\s+подписчиков|по\s+подписке)
            |чтобы\s+(?:прочитать|читать)\s+(?:эту\s+)?(?:статью|материал)\s+(?:полностью|целиком),?\s+(?:оформите|войдите|подпишитесь))""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    "donation appeal": regex.compile(
        r"""^\W*(?:(?:bitte\s+)?(?:unterstütze|unterstützen\s+sie)\s+(?:auch\s+du\s+|auch\s+sie\s+)?uns\b
            |wir\s+sind\s+(?:spenden|leser(?:innen)?)finanziert|jede\s+(?:kleine\s+)?spende\s+hilft
            |unterstütze\s+\S+\s+(?:bereits\s+|schon\s+)?(?:mit|ab)\s+\d
            |we\s+rely\s+on\s+(?:your|readers?'?|the)\s+support|^\W*wir\s+schalten\s+keine\s+werbung
            |(?:please\s+)?(?:support|donate\s+to)\s+(?:us|our\s+(?:independent\s+)?(?:journalism|work|reporting))\b
            # "Support local journalism. Subscribe to the Desert Sun Times today." (the request and
            # the offer: "Support local journalism, the mayor urged" asks for no subscription)
            |support\s+(?:local|independent|quality|trusted)\s+journalism[.!]?\s+(?:subscribe|become\s+a\s+(?:subscriber|member)|donate)\b[^.!?]*[.!?]?\W*$
            |(?:help\s+us|you\s+can\s+help)\s+(?:keep|continue)\s+(?:our\s+)?(?:journalism|reporting|this\s+site)
            |soutenez[- ]nous\b|apoya\s+(?:nuestro\s+)?(?:periodismo|trabajo)
            |wesprzyj\s+nas\b|(?:gefällt|gefallen)\s+(?:dir|ihnen)\s+unser[e]?\s+\S*(?:magazin|blog|journalismus|angebot|arbeit|artikel|inhalte|podcast|seite|website)
            |hat\s+(?:dir|ihnen)\s+(?:dieser|der|unser)\s+(?:artikel|beitrag)\s+gefallen\?
            |(?:did\s+you\s+)?(?:like|enjoy)\s+(?:this|our)\s+(?:article|story|post|journalism|work)\?)""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    # A finance page's note on its quotes: "All quotes delayed a minimum of 15 minutes.", "Data is
    # delayed at least 15 minutes.", "Kursdaten mit 15 Minuten Verzögerung", "Cours différés de 15
    # minutes". The line opens with the quotes and says they are delayed, and the clause ends there
    # ("Trading was delayed by 15 minutes after the outage" reports a delay of the market itself,
    # "Prices delayed by 15 minutes are of little use to day traders" goes on, and so does a clause
    # after a comma: "Data is delayed by 15 minutes, which is why ...", "Kursdaten mit 15 Minuten
    # Verzögerung: Warum ..." heads a story).
    "market data notice": regex.compile(
        r"""^\W*(?:(?:all\s+)?(?:quotes|prices|market\s+data|stock\s+quotes|data)\s+(?:are\s+|is\s+)?(?:delayed|deferred)
            \s+(?:by\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+|up\s+to\s+)?\d{1,2}\s+min(?:utes|s|\.)?\s*(?:[.;*(|]|$)
            |data\s+is\s+a\s+real-time\s+snapshot
            |(?:alle\s+)?(?:kurse|kursdaten|börsendaten)\s+(?:sind\s+)?(?:mit\s+)?(?:mindestens\s+)?\d{1,2}\s*(?:min\.?|minuten)\s+(?:verzögert|verzögerung|zeitverzögert)\s*(?:[.;*(|]|$)
            |cours\s+(?:différés|retardés)\s+de\s+\d{1,2}\s+min(?:utes|s|\.)?\s*(?:[.;*(|]|$)
            |(?:cotizaciones|datos)\s+con\s+(?:un\s+)?retraso\s+de\s+\d{1,2}\s+min(?:utos|s|\.)?\s*(?:[.;*(|]|$))""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    # A radio network's note under a transcript: "Transcript provided by Example Radio,
    # Copyright Example Radio.", "Example Radio transcripts are created on a rush deadline by a
    # contractor. This text may not be in its final form ..."; the provider's name ends the
    # sentence ("Transcript provided by the court shows ..." goes on).
    "transcript notice": regex.compile(
        r"""^\W*(?:transcript\s+provided\s+by\s+(?:\S+\s+){0,3}?\S+?[.,;]?\s*(?:$|copyright\b|©)
            |(?:\S+\s+)?transcripts?\s+(?:are|is)\s+(?:created|produced|generated)\s+on\s+a\s+rush\s+deadline
            |this\s+(?:text|transcript)\s+may\s+not\s+be\s+in\s+its\s+final\s+form)""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    # A sign-up in a sentence of its own: "DHB jetzt auch digital! Einfach hier klicken und für das
    # digitale DHB registrieren!", "Just click here and sign up for free." (shorter link texts
    # are ``call-to-action``'s).
    "sign-up request": regex.compile(
        r"""(?:^[^\w"'\u201e\u201c\u00ab\u00bb\u201a]*|[.!?]\s+)(?:(?:einfach|jetzt)\s+)?hier\s+klicken\s+und\s+(?:\S+\s+){0,6}?(?:registrieren|anmelden|abonnieren|bestellen)\b
        |(?:^[^\w"'\u201e\u201c\u00ab\u00bb\u201a]*|[.!?]\s+)(?:(?:just|simply)\s+)?click\s+here\s+(?:and|to)\s+(?:sign\s+up|subscribe|register)\b""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    # The request at the end of an appeal: "... Wir schalten keine Werbung. Unterstütze unsere
    # Unabhängigkeit!", "... Wesprzyj nas darowizną." (not in quotes: „Unterstützen Sie unsere
    # Arbeit“, stand auf den Plakaten).
    "support request": regex.compile(
        r"""(?:^[^\w"'\u201e\u201c\u00ab\u00bb\u201a]*|[.!?]\s+)(?:(?:unterstütze|unterstützen\s+sie)\s+unsere[n]?\s+
            (?:unabhängigkeit|unabhängigen\s+journalismus|journalismus|arbeit|redaktion)\b|wesprzyj\s+nas\b)""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    # The browser's push prompt, in the site's words: "Dürfen wir Sie in Ihrem Browser über die
    # wichtigsten Nachrichten informieren?", "We'd like to send you notifications for the latest
    # news and updates."
    "push notification prompt": regex.compile(
        r"""^\W*(?:benachrichtigung(?:en)?\s+aktivieren\b.{0,40}?\bdürfen\s+wir|dürfen\s+wir)\s+(?:sie|dich)\s+(?:\S+\s+){0,4}?über\s+.{0,100}?\binformieren\?
        |^\W*we(?:'d|\s+would)\s+like\s+to\s+(?:send\s+you|show\s+you)\s+(?:push\s+)?notifications\s+(?:for|of|about)\s+the\s+latest
        |^\W*(?:\S+\s+){1,3}?(?:would|'d)\s+like\s+to\s+send\s+you\s+(?:push\s+)?notifications\s*+[.!]?\s*+$""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    "app promotion": Leftmost(
        r"""^\W*(?:(?:download|get|install)\s+our\s+(?:free\s+)?(?:\S+\s+){0,3}?apps?\b
            |(?:download|get|install)\s+the\s+(?:free\s+)?(?:\S+\s+){0,3}?apps?\s+(?:for|on|from)\s+(?:ios|iphone|ipad|android|google\s+play|the\s+app\s+store|breaking\s+news|the\s+latest)
            |(?:laden\s+sie|holen\s+sie\s+sich|hol\s+dir)\s+(?:jetzt\s+)?(?:unsere|die)\s+(?:kostenlose\s+)?(?:\S+\s+){0,2}?app\b)""",
        r"\b(?:straight|directly)\s+to\s+your\s+phone\s+with\b",
        r"\bapps?\s+for\s+(?:ios|iphone)\s+and\s+android\b",
        # "Take your favourite shows with you and never miss an episode." (ending the line)
        r"^\W*(?:take|keep)\s+(?:\S+\s+){1,4}?with\s+you\s+(?:and|&)\s+never\s+miss\s+(?:a|an|another)\s+\S+\s*+[.!]?\s*+$",
    ),
    "blog self-description": regex.compile(
        r"""(?:^\W*|[.!?]\s+)(?:(?:this|my)\s+blog\s+is\s+(?:a|an|about|full|all\s+about|dedicated|where)
            |(?:dieser|mein)\s+blog\s+(?:ist\s+(?:ein|eine|voll)|handelt\s+von|dreht\s+sich)
            |ce\s+blog\s+(?:est\s+(?:un|une|consacré)|parle\s+de)|este\s+blog\s+(?:es\s+(?:un|una)|trata\s+de))""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    # A blog, webcomic, podcast or magazine describing itself in its sidebar or footer by what it
    # is about, with how often it appears, since when, or the writer's own subject (a report
    # about a podcast, "Der Podcast über Geldanlage erscheint jeden Montag", names it in a
    # sentence with a verb; "In this blog, I will show you ..." is a post's own opening).
    "publication self-description": regex.compile(
        rf"""^[^\w"'\u201e\u201c\u00ab\u00bb\u201a]*(?:
            # A verbless sentence that names the publication, then how often it appears: "Der
            # Webcomic mit den niedlichen Schafen. Jeden Montag gibt es einen neuen Comic."
              {_PUBLICATION_OPENER}(?![^.!?;:]*{_PREDICATE_VERB})[^.!?;:]{{0,100}}[.!]\s+.{{0,40}}?{_SCHEDULE}
            # The writer's own subject and when the publication began: "Ein Blog über die
            # Abenteuer mit meinen Hunden, begonnen 2013 mit vier Hunden."
             |{_PUBLICATION_OPENER}[^.!?;:]{{0,100}}?{_POSSESSIVE}[^.!?;:]{{0,60}}?,\s+{_STARTED}
            # How often a new part appears, in a line of its own: "Etwa alle zwei Wochen erscheint
            # eine neue Sendung.", "A new episode every other Tuesday."
             |(?:etwa\s+|ungefähr\s+|circa\s+)?(?:alle\s+(?:zwei|drei|vier|\d+)\s+(?:tage|wochen|monate)|jede[nrs]?\s+(?:tag|woche|monat|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)
                |einmal\s+(?:pro|im|in\s+der)\s+(?:woche|monat))\s+(?:erscheint|gibt\s+es)\s+(?:hier\s+)?(?:eine\s+neue|einen\s+neuen|ein\s+neues)\s+
                (?:folge|episode|sendung|ausgabe|comic|beitrag|artikel|video)\b[^.!?]{{0,40}}[.!](?:\s+[^.!?]{{0,80}}[.!])?\s*+$
             |(?:a\s+)?new\s+(?:episode|issue|comic|strip|post|video|edition)\s+(?:every|each)\s+(?:other\s+)?(?:day|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^.!?]{{0,40}}[.!]?\s*+$
            # The blog's own writers: "In diesem Blog schreiben Kolleginnen und Fans über ...",
            # "On this blog, our editors write about ..." (not the writer's "ich" or "we").
             |(?:in|auf)\s+(?:diesem|unserem|meinem)\s+blog\s+(?:schreiben|bloggen|berichten)\s+(?!wir\b|ich\b)
             |(?:on|in)\s+(?:this|our)\s+blog,?\s+(?!i\b|we\b)(?:\S+\s+){{1,4}}?(?:write|blog|post|share)\s+(?:about|on)\b
            # What the site is about in a verbless sentence, then the site's voice: "Alles über
            # Lautsprecher und HiFi. Zudem haben wir jede Menge Tipps für dich." (a headline
            # "Alles über die Impfung: Was wir wissen" has a colon).
             |(?:alles|everything|tout|todo|tutto)\s+(?:über|rund\s+um|about|sur|sobre|su|over)\s+[^.!?:]{{3,120}}[.!]\s+.{{0,200}}?
                \b(?:wir|unser\w*|uns|we|our|us|nous|notre|nos|nosotros|nuestr[oa]s?|noi|nostr[oaie]|wij|onze)\b)""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    # The site's tagline of what it sends and how often, or who pays for it, in a noun phrase
    # that ends the line: "World-class articles, delivered weekly.", "Command Line delivers
    # daily updates from the near future.", "Daily news about the people and ideas shaping our
    # world.", "Available for everyone, funded by readers". A sentence that reports the same
    # ("Daily news about the war kept our families glued to the radio", "The newspaper, funded
    # by readers since 1821, has never made a profit") goes on past the pattern.
    "publication tagline": regex.compile(
        rf"""^\W*(?:[\p{{L}}\-]+,?\s+){{0,4}}?(?:articles|stories|news|insights|analysis|recipes|updates|tips|ideas|reads|essays|reporting|journalism|content
                |newsletters?|briefings?|deals|headlines|podcasts?|episodes|videos)
                (?:\s+(?:and|&)\s+\S+)?,?\s+delivered\s+(?:straight\s+|directly\s+|right\s+)?(?:to\s+(?:your|you)(?:\s+(?:inbox|mailbox|phone|door))?\s*+)?
                (?:daily|weekly|monthly|(?:every|each|twice\s+a|once\s+a)\s+{_DAY_UNITS})?\s*+[.!]?\s*+$
            |^\W*(?:the\s+)?(?-i:\p{{Lu}})\S*(?:\s+(?-i:\p{{Lu}})\S*){{0,3}}\s+(?:delivers|brings\s+you|sends\s+you|serves\s+up)\s+(?:you\s+)?(?:\S+\s+){{0,2}}?
                (?:daily|weekly|monthly|fortnightly)\s+(?:\S+\s+){{0,2}}?(?:updates|news|stories|insights|analysis|briefings?|dispatches|roundups?|recaps?|digests?
                |reads|tips|deals|coverage|commentary)\b[^.!?]{{0,50}}[.!]?\s*+$
            |^\W*(?:daily|weekly|monthly|fortnightly)\s+(?:\S+\s+){{0,2}}?(?:news|updates|stories|insights|analysis|briefings?|commentary|coverage|reporting|tips|ideas|reads|recipes)
                \s+(?:about|on|from|for|covering|of)\s[^.!?]{{0,120}}?\b\p{{L}}+ing\s+(?:our|your)\s+\S+\s*+[.!]?\s*+$
            |^\W*(?:[\p{{L}}'’\-]+,?\s+){{0,6}}?(?:(?:funded|supported|financed|paid\s+for)\s+by\s+(?:our\s+)?(?:readers|members|listeners|viewers)
                |leser(?:innen)?finanziert|von\s+(?:unseren\s+)?(?:leserinnen\s+und\s+lesern|lesern|lesenden)\s+finanziert)\s*+[.!]?\s*+$""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    # The site's offer of its subscription in a line of its own: "Den Wochenspiegel lesen oder
    # verschenken und Vorteile sichern!", "Subscribe and save 30%!".
    "subscription offer": regex.compile(
        r"""^\W*(?:\S+\s+){0,4}?(?:lesen|abonnieren|testen|bestellen|verschenken)\b.{0,40}?\b(?:vorteile|prämie|rabatt|geschenk|gutschein|preisvorteil)\s+sichern\s*+!?\s*+$
            |^\W*(?:\S+\s+){0,3}?(?:subscribe|read|give|order)\b.{0,40}?\b(?:and|&)\s+save(?:\s+(?:up\s+to\s+)?\d+\s*%)?\s*+!?\s*+$
            |^\W*(?:abonnez-vous|abonne-toi)\s+et\s+(?:économisez|profitez)\b|^\W*(?:suscríbete|suscríbase)\s+y\s+(?:ahorra|ahorre|disfruta)\b
            |^\W*(?:abbonati|abbonatevi)\s+e\s+(?:risparmia|risparmiate)\b|^\W*(?:abonneer|neem\s+een\s+abonnement)\s+(?:nu\s+)?en\s+bespaar\b""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    # The site promoting its tools, its newsletter or its cause in a line of its own: "Texte,
    # die packen – Nutzen Sie unsere Tools!", "Immer aktuell informiert über Sparmöglichkeiten
    # und Experten-Tipps rund um ...", "Fight for clean rivers - support the River Trust.",
    # "News, Tipps und Trends ... wir haben viele spannende Themen für dich!". The line ends
    # with the promotion: "Nutzen Sie unsere Angebote, rief der Händler" goes on.
    "site promotion": Leftmost(
        r"""(?:^\W*|[.!?–—]\s+|\s-\s)(?:jetzt\s+)?(?:nutzen\s+sie|nutze|entdecken\s+sie|entdecke|testen\s+sie|teste|use|try|discover|explore|utilisez|découvrez|essayez
                |usa|prueba|descubre|scopri|prova|ontdek|probeer|gebruik|wypróbuj|odkryj)\s+(?:jetzt\s+|now\s+)?(?:unsere[n]?|our|nos|nuestr[oa]s|i\s+nostri|le\s+nostre|onze|nasze)\s+
                (?:\S+\s+){0,2}?(?:tools|apps?|angebote|services|dienste|werkzeuge|rechner|vorteile|outils|herramientas|strumenti|servizi|hulpmiddelen|narzędzia)\s*+!\s*+$""",
        # The newsletter's promise, without a verb of a sentence.
        r"""^\W*(?:immer|stets|bestens|jederzeit|topaktuell)\s+(?:\S+\s+)?informiert\s+(?:über|zu|rund\s+um|mit)\s
                (?!.*\b(?:ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|hatte|hatten|kann|können|muss|müssen|soll|sollte|bleiben)\b)""",
        r"""^\W*[^.!?]{3,80}?\s[-–—]\s+(?:please\s+)?(?:support|donate\s+to)\s+(?:the\s+)?(?-i:\p{Lu})\S*(?:\s+(?-i:\p{Lu})\S*){0,3}\s*+[.!]?\s*+$""",
        r"""\bwir\s+haben\s+(?:\S+\s+){0,4}?(?:themen|tipps|artikel|beiträge|rezepte|inhalte|ideen|news|geschichten|angebote)\s+für\s+(?:dich|euch)\s*+[.!]?\s*+$""",
        r"""\bwe(?:'ve|\s+have)\s+(?:got\s+)?(?:\S+\s+){0,4}?(?:stories|articles|tips|recipes|ideas|topics|content|deals)\s+for\s+you\s*+[.!]?\s*+$""",
    ),
    "opinion disclaimer": regex.compile(
        r"""^\W*(?:diese[rs]?\s+(?:beitrag|artikel|text|kommentar|gastbeitrag)\s+gibt\s+(?:\S+\s+){0,2}?die\s+meinung
            |the\s+(?:views|opinions)\s+(?:and\s+opinions\s+)?expressed\s+(?:in\s+this\s+(?:article|post|blog|column)\s+)?(?:are|do\s+not)
            |les\s+opinions\s+exprimées\s+.{0,80}?n'engagent
            |las\s+opiniones\s+expresadas\s+.{0,80}?(?:son\s+de\s+(?:exclusiva\s+)?responsabilidad|no\s+reflejan)
            # "Bei diesem Beitrag handelt es sich um ein Blog aus der Community."
            |bei\s+diese[mr]\s+(?:beitrag|artikel|text)\s+handelt\s+es\s+sich\s+um\s+(?:eine[nm]?\s+)?(?:\S+\s+){0,2}?
                (?:blog|gastbeitrag|community|meinungsbeitrag|kommentar|pressemitteilung|leserbrief)
            # "Os artigos publicados com assinatura não traduzem a opinião do jornal.", "As opiniões
            # expressas neste texto são de responsabilidade do autor.", "Os comentários são de
            # responsabilidade exclusiva de seus autores e não representam a opinião deste site."
            |(?:os\s+)?(?:artigos|textos|colunas)\s+(?:publicados\s+)?(?:com\s+assinatura|assinados)\s+não\s+(?:traduzem|refletem|representam)\s+(?:necessariamente\s+)?(?:a\s+)?opinião
            |as\s+opiniões\s+(?:aqui\s+)?(?:expressas|emitidas)\s+(?:(?:neste|nesta|nos|nas)\s+(?:texto|artigo|coluna|blog|site|espaço|textos|artigos|colunas|comentários)
                |(?:pelos|pelas)\s+(?:autores|autoras|colunistas|articulistas|leitores|internautas))
                \s+.{0,60}?(?:são\s+de\s+(?:inteira\s+|exclusiva\s+)?responsabilidade|não\s+(?:refletem|representam))
            |(?:os\s+)?comentários\s+(?:publicados\s+|abaixo\s+)?(?:não\s+representam\s+a\s+opinião
                |são\s+de\s+(?:inteira\s+|exclusiva\s+)?responsabilidade\s+(?:exclusiva\s+)?(?:de\s+seus|dos)\s+(?:autores|leitores))
            # "Detta är en ledartext.", "Detta är en debattartikel. Åsikterna i texten är skribentens
            # egna.", "<Tidning>s ledarsida är oberoende liberal."
            |detta\s+är\s+en\s+(?:ledartext|ledare|signerad\s+ledare|debattartikel|krönika|kolumn|insändare|opinionstext|kulturkrönika)\s*[.:]
            |åsikterna\s+(?:i\s+(?:texten|artikeln|krönikan)\s+)?är\s+(?:skribentens|skribenternas|författarens|författarnas)\s+egna
            |(?:\S+\s+){0,3}?ledarsida(?:n)?\s+är\s+(?:\S+\s+){0,2}?(?:liberal|oberoende|obunden|socialdemokratisk|moderat|borgerlig|konservativ
                |centerpartistisk|kristdemokratisk|partipolitiskt\s+obunden)
            # "Мнение автора может не совпадать с позицией редакции."
            |(?:мнение|точка\s+зрения|позиция)\s+(?:\S+\s+){0,2}?(?:может\s+не\s+совпадать|не\s+(?:обязательно\s+)?совпадает)\s+с\s+
                (?:позицией|мнением|точкой\s+зрения)\s+(?:редакции|издания))""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    # The terms for reusing the site's material, under the copyright line: "При использовании
    # материалов ссылка на сайт обязательна.", "Riproduzione riservata", "Kopiowanie ... bez zgody
    # wydawcy zabronione". Each names the site's material or a partial copy: "È vietata la
    # riproduzione degli animali selvatici" is about something else.
    "reuse terms": regex.compile(
        r"""^\W*(?:при\s+(?:полном\s+или\s+частичном\s+)?(?:использовании|копировании|цитировании|перепечатке)\s+(?:\S+\s+)?материалов
            |(?:полная\s+или\s+частичная\s+)?перепечатка\s+материалов
            |(?:kopiowanie|przedruk|rozpowszechnianie)\b.{0,80}?\bbez\s+(?:\S+\s+)?zgody
            |(?:©\s*)?riproduzione\s+riservata|è\s+vietata\s+la\s+riproduzione\s+(?:anche\s+parziale|totale\s+o\s+parziale|dei\s+contenuti)
            |(?:é\s+)?proibida\s+a\s+reprodução\s+(?:total\s+ou\s+parcial|deste\s+conteúdo|do\s+conteúdo|sem\s+autorização)
            |(?:queda\s+)?prohibida\s+(?:la|su)\s+reproducción\s+(?:total\s+o\s+parcial|sin\s+autorización)
            |(?:toute\s+)?reproduction\s+(?:même\s+partielle|totale\s+ou\s+partielle|interdite\s+sans\s+autorisation))
        # The same terms in English, German and Dutch, each naming this site's material or the
        # permission of its publisher: "Reproduction of material from any of our pages without
        # written permission is strictly prohibited.", "No part of this site may be reproduced
        # ...", "Nachdruck nur mit Genehmigung des Verlags", "Niets uit deze uitgave mag worden
        # verveelvoudigd ...". "Reproduction without permission is banned" reports on a law.
        |(?:^\W*|[.!?]\s+)(?:(?:the\s+)?(?:reproduction|republication|redistribution)\s+(?:in\s+whole\s+or\s+in\s+part\s+)?of\s+(?:any\s+)?(?:the\s+)?
                (?:material|content|articles?|text|images?)s?\s+(?:from|on|of|published\s+on)\s+(?:this|our|any)\b.{0,60}?\bwithout\s+(?:the\s+)?(?:prior\s+)?(?:written|express)\s+(?:permission|consent)
            |no\s+part\s+of\s+this\s+(?:web\s*site|site|publication|article|page|material)\s+may\s+be\s+(?:reproduced|copied|republished)
            |(?:this|the)\s+material\s+may\s+not\s+be\s+published,\s+broadcast,\s+rewritten,?\s+or\s+redistributed
            |(?:all\s+)?(?:content|material|text|images)s?\s+(?:on|of)\s+this\s+(?:web\s*site|site|blog)\s+(?:is|are)\s+(?:protected\s+by\s+copyright|copyrighted|copyright\s+protected)
            |(?:ein\s+)?(?:nachdruck|vervielfältigung|weiterverbreitung|weiterverwendung)\b.{0,60}?\b(?:nur\s+mit|ohne)\s+(?:\S+\s+){0,2}?(?:genehmigung|zustimmung|erlaubnis)
                \s+(?:des\s+(?:verlags|verlages|herausgebers|autors|urhebers|rechteinhabers)|der\s+(?:redaktion|autorin|autoren|rechteinhaber))
            |alle\s+(?:\S+\s+){0,2}?(?:inhalte|texte|bilder|beiträge)\s+(?:dieser|auf\s+dieser|unserer|dieses)\s+(?:\S+\s+)?(?:sind|ist)\s+urheberrechtlich\s+geschützt
            |niets\s+(?:uit|van)\s+deze\s+(?:uitgave|website|site|publicatie)\s+mag\s+worden\s+(?:verveelvoudigd|overgenomen|gereproduceerd))""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    # The site disclaiming advice or responsibility: "Our website services, content, and products
    # are for informational purposes only.", "Example Health does not provide medical advice ...
    # consult your doctor", "Disclaimer: ... this site ...", "The responses below are not
    # provided or commissioned by the bank advertiser.", "Trotz sorgfältiger inhaltlicher Kontrolle
    # übernehmen wir keine Haftung für die Inhalte externer Links." Each names this site, its
    # content or the reader: "The company said its website does not provide medical advice" is
    # news (and a line that reports speech is left to the article, see the rule).
    "disclaimer": Leftmost(r"""^[^\w"'\u201e\u201c\u00ab\u00bb\u201a]*""" + _DISCLAIMERS, r"[.!?:]\s+" + _DISCLAIMERS),
    # The print issue on sale, in the site's words: "Dieser Beitrag stammt aus Ausgabe 7/2019 der
    # ... Das Heft ist ab 20.06. im Handel erhältlich.", "Die aktuelle Ausgabe jetzt an jedem Kiosk
    # erhältlich.", "The new issue is on newsstands now." Where an article appeared first ("This
    # post originally appeared on ...") is the article's own credit and stays; so does news of a
    # magazine ("Die neue Ausgabe erscheint am Donnerstag, teilte der Verlag mit").
    "issue promotion": Leftmost(
        r"""^[^\w"'\u201e\u201c\u00ab\u00bb\u201a]*(?:diese[rs]?\s+(?:beitrag|artikel|text)\s+stammt\s+aus\s+(?:der\s+)?(?:\S+\s+){0,2}?(?:ausgabe|heft)
                |die\s+(?:aktuelle|neue)\s+ausgabe\b.{0,60}?\b(?:jetzt|ab\s+sofort)\b)
            .{0,160}?\b(?:im\s+handel|am\s+(?:bahnhofs)?kiosk|erhältlich)""",
        r"""^[^\w"'\u201e\u201c\u00ab\u00bb\u201a]*lesen\s+sie\s+(?:das|die|den)\s+(?:\S+\s+){0,2}?\S*(?:magazin|heft|zeitschrift|zeitung)\b
            .{0,160}?\b(?:abo|abonnement|einzelheft|e-paper|am\s+kiosk|im\s+handel)\b""",
        r"""^[^\w"'\u201e\u201c\u00ab\u00bb\u201a]*(?:the\s+(?:latest|new|current)\s+issue|this\s+(?:article|story)\s+(?:appears|appeared)\s+in\s+the\s+.{1,40}?\s+issue)
            .{0,120}?\b(?:(?:is\s+)?on\s+(?:sale|newsstands)\s+now|available\s+now|out\s+now|subscribe\s+(?:now|today)|buy\s+(?:the|a)\s+copy)""",
        r"""^[^\w"'\u201e\u201c\u00ab\u00bb\u201a]*(?:le\s+(?:dernier|nouveau)\s+numéro|el\s+(?:último|nuevo)\s+número|il\s+(?:nuovo|ultimo)\s+numero)\b
            .{0,80}?\b(?:(?:disponible\s+)?(?:dès\s+maintenant\s+)?en\s+kiosque|ya\s+(?:está\s+)?(?:a\s+la\s+venta|disponible|en\s+(?:tu\s+)?quiosco)|(?:già\s+|ora\s+)?in\s+edicola)""",
        # A line of its own that sells or greets the issue: "Jetzt die aktuelle Ausgabe bestellen!",
        # "Order the new issue now!", "Viel Spaß mit der neuen Ausgabe!"
        r"""^\W*(?:jetzt\s+)?(?:die\s+)?(?:aktuelle|neue)\s+ausgabe\s+(?:jetzt\s+)?(?:bestellen|kaufen|sichern|lesen|abonnieren)\s*+!""",
        r"""^\W*(?:order|buy|get|read)\s+(?:the|our)\s+(?:latest|new|current)\s+issue(?:\s+now|\s+today)?\s*+!""",
        r"""\bviel\s+spaß\s+(?:mit|bei)\s+(?:der|unserer)\s+(?:neuen|aktuellen)\s+ausgabe\s*+!\W*$""",
        r"""^\W*enjoy\s+(?:the|our)\s+(?:new|latest)\s+issue\s*+!\W*$""",
    ),
    # The site asking for corrections and letters about this article: "If you have comments on
    # this article, please contact ...", "Wenn Sie inhaltliche Anmerkungen zu diesem Artikel
    # haben, ...", "Submit your letter to the editor via this form."
    "feedback invitation": regex.compile(
        r"""^[^\w"'\u201e\u201c\u00ab\u00bb\u201a]*(?:if\s+you\s+have\s+(?:any\s+)?(?:comments|questions|feedback|corrections?|a\s+correction|suggestions)\s+(?:about|on|regarding|to|for)\s+this\s+(?:article|story|post)
            |submit\s+(?:your\s+)?(?:a\s+)?letter\s+to\s+the\s+editor|(?:spotted|found|noticed|see)\s+(?:a|an)\s+(?:typo|error|mistake)(?:\s+in\s+this\s+(?:article|story))?\?
            |wenn\s+sie\s+(?:inhaltliche\s+)?(?:anmerkungen|fragen|hinweise|anregungen|korrekturen)\s+zu\s+diese[mr]\s+(?:artikel|beitrag|text)
            |(?:haben\s+sie|hast\s+du)\s+(?:einen\s+)?fehler\s+(?:im\s+text\s+|in\s+diesem\s+(?:artikel|beitrag)\s+)?(?:gefunden|entdeckt)\?
            |vous\s+avez\s+(?:repéré|remarqué|trouvé)\s+une\s+(?:erreur|faute)|signaler\s+une\s+erreur\s+dans\s+cet\s+article
            |(?:¿\s*)?(?:has\s+visto|encontraste|viste|has\s+encontrado)\s+(?:un|algún)\s+error\s+(?:en\s+(?:este|la)\s+(?:artículo|noticia)|\?)
            |hai\s+(?:notato|trovato)\s+un\s+errore\s+in\s+questo\s+articolo
            |heb\s+je\s+een\s+(?:fout|typfout)\s+gezien|encontrou\s+(?:um|algum)\s+erro\s+(?:neste|nesta)\s+(?:artigo|matéria|notícia)
            |zauważyłeś\s+błąd
            |(?:нашли|заметили)\s+(?:ошибку|опечатку)\s*\??\s*(?:выделите|выделив)\s+.{0,40}?ctrl\s*\+\s*enter)""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    # A Russian outlet's registration as mass media, in its footer: "Сетевое издание «X»
    # зарегистрировано Федеральной службой ... (Роскомнадзор). Регистрационный номер ЭЛ № ФС
    # 77-00000", "Свидетельство о регистрации СМИ ЭЛ № ФС 77-00000". It opens the line and gives
    # the register's number: "Роскомнадзор отозвал свидетельство о регистрации СМИ у трех
    # изданий." and "Издание зарегистрировано Роскомнадзором в 2015 году." are news.
    "media registration": regex.compile(
        r"""^\W*(?:(?:(?:сетевое|электронное\s+периодическое|периодическое\s+печатное)\s+)?издание|средство\s+массовой\s+информации|сми)
                \b.{0,200}?\bзарегистрирован\w*\b.{0,200}?(?:эл|пи)\s*№
            |^\W*(?:свидетельство\s+о\s+регистрации\s+(?:сми|средства\s+массовой\s+информации)|(?:регистрационный\s+номер|реестровая\s+запись|запись\s+в\s+реестре)(?:\s+сми)?)
                \s*:?\s*(?:эл|пи)\s*№
        # ... and a Vietnamese outlet's licence, which ends the line with the date it was
        # granted: "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 01/01/2020."
        # ("Giấy phép số 123 ... cấp năm 2020 đã bị thu hồi." is news.)
            |^\W*giấy\s+phép\s+(?:hoạt\s+động\s+báo\s+chí\s+)?(?:điện\s+tử\s+)?(?:số\s*:?\s*)?\d+\S*
                .{0,80}?\bcấp(?:\s+ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?\s*\.?\s*$""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
    # A listed company's note under its press release that the release is information it must
    # make public under the EU Market Abuse Regulation: "Denna information är sådan information
    # som Exempel AB är skyldigt att offentliggöra enligt EU:s marknadsmissbruksförordning.",
    # "This information is information that Example AB is obliged to make public pursuant to the
    # EU Market Abuse Regulation.", "Informationen lämnades, genom ovanstående kontaktpersons
    # försorg, för offentliggörande den 5 mars 2024 kl. 08.00 CET."
    "disclosure obligation": regex.compile(
        r"""^\W*(?:(?:denna|den\s+här)\s+information\s+är\s+(?:sådan\s+)?(?:information\s+)?som\s+.{1,80}?\s+(?:är\s+)?skyldig[t]?\s+att\s+offentliggöra
            |informationen\s+lämnades\s*,?\s+genom\s+(?:\S+\s+){1,4}?försorg\s*,?\s+för\s+offentliggörande
            |this\s+(?:information|disclosure)\s+is\s+(?:such\s+)?information\s+(?:that|which|as)\s+.{1,80}?\s+is\s+(?:obliged|obligated|required)\s+to\s+(?:make\s+public|disclose)
            |the\s+information\s+was\s+submitted\s+for\s+publication\s*,?\s+through\s+the\s+agency\s+of)""",
        regex.IGNORECASE | regex.VERBOSE,
    ),
}

#: Substrings that every match of a `SITE_NOTICES` pattern holds (case-folded): a pattern runs
#: only on the lines that hold one of its kind's.
SITE_NOTICE_NEEDLES = {
    "comment or follow widget notice": ("akismet", " blog", "adresse"),
    "newsletter pitch": ("newsletter", "boletín", "spam", "reader-supported", "reader supported", "receive new posts", "unsubscribe", "abbestellen", "abmelden", "désinscrire",

                         "privacy", "privatsphäre", "sign up", "inkorg", "boîte", "en tu correo", "bandeja", "tu email", "tu e-mail", "buzón", "casella", "posta", "mailbox", "tua e", "seu e", "sua e", "inbox", "caixa",
                         "skrzynk", "почт"),
    "newsletter promise": ("subscribe", "sign up", "abonnier", "melde dich", "melden sie sich", "abonnez", "inscrivez", "suscr",
                           "regístrate", "apúntate", "iscriviti", "abbonati", "schrijf je in", "meld je aan", "abonneer",
                           "inscreva", "assine", "cadastre", "zapisz się", "zasubskrybuj", "adresse", "your email", "your e-mail"),
    "affiliate-link disclosure": ("amazon", "commission", "compensation", "provision", "contain", "comisión", "commissie",
                                  "prowizj", "afiliac", "partnersk", "proviz", "provízi", "affiliate", "provisjon", "kommission",
                                  "annoncelink", "reklamelenk", "affiliatelenk"),
    "licence note": ("creative commons", "cc-by", "cc by", "licensed under", "licenced under"),
    "consent checkbox": ("einverstanden", "ich möchte", "agree", "consent", "stimme ich", "zgodę", "accetto", "acconsento",
                         "aceito", "concordo", "autorizo", "acepto", "j'accepte", "vous acceptez", "akkoord", "godkänner",
                         "accepterar", "нажимая", "соглас", "akzeptierst", "erklärst du", "stimmst du", "akzeptieren sie",
                         "erklären sie", "stimmen sie", "by submitting", "by posting", "by sending", "contact me with",
                         "on behalf of"),
    "embedded content placeholder": ("button", "laden des"),
    "social channel promotion": ("canal", "kanal", "channel", "chaîne", "follow", "folge", "keep up", "kanał", "канал", "whatsapp",
                                 "podcast", "spotify", "itunes", "audible", "overcast", "telegram", "youtube", "amazon music",
                                 "pocket casts", "reach ",
                                 "telegram"),
    "paywall notice": ("full story", "full article", "subscri", "abonn", "suscript", "member", "zu lesen", "lesen zu", "avez lu", "free articles", "artikeln", "zugang",
                       "access", "assinantes", "prenumeranter", "läsa hela", "läsa artikeln", "läsa texten", "подписк",
                       "подписчик", "полностью", "целиком"),
    "market data notice": ("delayed", "deferred", "snapshot", "verzögert", "verzögerung", "différés", "retardés", "retraso"),
    "transcript notice": ("transcript", "final form"),
    "donation appeal": ("unterstütze", "finanziert", "spende", "support", "donate", "help", "soutenez", "apoya", "werbung",
                        "wesprzyj", "gefällt", "gefallen", "like this", "like our", "enjoy this", "enjoy our"),
    "support request": ("unterstütze unsere", "unterstützen sie unsere", "wesprzyj nas"),
    "sign-up request": ("hier klicken und", "click here and", "click here to sign", "click here to subscribe",
                        "click here to register"),
    "push notification prompt": ("dürfen wir", "notifications"),
    "app promotion": ("app", "never miss"),
    "blog self-description": (" blog",),
    "publication self-description": ("blog", "comic", "cómic", "podcast", "vlog", "magazin", "newsletter", "zine", "revista", "rivista",
                                     "fumetto", "tijdschrift", "nieuwsbrief", "magazyn", "komiks", "alles über", "alles rund um",
                                     "everything about", "tout sur", "todo sobre", "tutto su", "erscheint ein", "gibt es ein",
                                     "new episode", "new issue", "new comic", "new strip", "new post", "new video", "new edition"),
    "publication tagline": ("deliver", "daily", "weekly", "monthly", "fortnightly", "funded by", "supported by", "financed by",
                            "paid for by", "finanziert"),
    "subscription offer": ("vorteile sichern", "prämie sichern", "rabatt sichern", "geschenk sichern", "gutschein sichern",
                           "preisvorteil sichern", "and save", "& save", "et économisez", "et profitez", "y ahorra", "y disfruta",
                           "e risparmia", "en bespaar"),
    # (The promoted tools end the line with an exclamation mark.)
    "site promotion": ("tools!", "tools !", "apps!", "app!", "angebote!", "services!", "services !", "dienste!", "werkzeuge!", "rechner!",
                       "vorteile!", "outils!", "outils !", "herramientas!", "strumenti!", "servizi!", "hulpmiddelen!", "narzędzia!",
                       "informiert über", "informiert zu", "informiert rund um", "informiert mit", " - support", " - please support",
                       " - donate", "für dich", "für euch", "for you"),
    "opinion disclaimer": ("opinion", "meinung", "expressed", "handelt es sich", "opinião", "opiniões", "responsabilidade",
                           "detta är en", "åsikterna", "ledarsida", "совпада"),
    "reuse terms": ("материал", "перепечат", "kopiowanie", "przedruk", "rozpowszechnianie", "riproduzione", "reprodução",
                    "reproducción", "reproduction", "republication", "redistribution", "no part of", "rewritten",
                    "by copyright", "copyrighted", "copyright protected", "nachdruck", "vervielfältigung", "weiterverbreitung", "weiterverwendung",
                    "urheberrechtlich", "niets uit", "niets van"),
    "disclaimer": ("purposes", "informational", "advice", "disclaimer", "disclosure", "haftungsausschluss", "avertissement",
                   "descargo", "esclusione", "vrijwaring", "isenção", "zastrzeżenie", "commissioned", "advertiser", "issuer",
                   "sorgfältiger", "keine haftung", "keine gewähr", "verlinkten seiten", "not responsible", "responsable du",
                   "responsables du", "hacemos responsables", "responsabili de", "responsabile de", "responsabilizamos",
                   "niet verantwoordelijk", "ponosi odpowiedzialności", "not intended", "not meant", "not a substitute",
                   "provided for", "editorial note", "ersetzt kein", "ersetzen kein", "ersetzt nicht", "ersetzen nicht",
                   "ne remplace", "remplacer", "ne constitue", "sustituye", "reemplaza", "constituye", "sostitui", "costitui",
                   "vervangt", "vervanging", "substitu", "não constitui", "zastępuj", "nie stanowi", "hiermit distanzier",
                   "keinen einfluss", "links to", "not the card issuer", "not by the card issuer"),
    "issue promotion": ("stammt aus", "ausgabe", "issue", "numéro", "número", "numero", "lesen sie d"),
    "feedback invitation": ("this article", "this story", "this post", "letter to the editor", "typo", "error", "mistake",
                            "zu diesem", "zu dieser", "fehler", "erreur", "faute", "errore", "fout", "erro", "błąd",
                            "ctrl+enter", "ctrl + enter"),
    "media registration": ("зарегистрир", "свидетельство о регистрации", "регистрационный номер", "реестровая запись",
                           "запись в реестре", "giấy phép"),
    "disclosure obligation": ("offentliggöra", "offentliggörande", "make public", "submitted for publication",
                              "obliged to disclose", "required to disclose"),
}

#: Footer credits of the publishing software and page-history lines: "Powered by WordPress",
#: "Designed by Elegant Themes | Powered by WordPress", "This page was last edited on 29 January
#: 2020, at 13:22.", "Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert."
#: Substrings (lower case) one of which every `SITE_FOOTER` line holds.
SITE_FOOTER_NEEDLES = ("owered by", "betrieben mit", "propulsé", "last ", "zuletzt am", "dernière modification", "available under",
                       "fourni par", "tecnología de", "desarrollado con", "mogelijk gemaakt", "aangedreven", "obsługiwane",
                       "wspierane", "napędzane", "realizzato con", "offerto da", "präsentiert von", "bereitgestellt von",
                       "software von", "software by", "software de", "software di", "software door", "software od",
                       "veröffentlicht mit", "published with", "publié avec", "desenvolvido", "criado com", "feito com",
                       "hospedado", "drivs ", "работает на", "theme by", "theme von", "thème par", "tema por", "tema creado",
                       "tema diseñado", "tema realizzato", "tema sviluppato", "theme door", "motyw od", "website by", "site by",
                       "design by", "built by", "webdesign", "website von", "réalisé par", "création du site", "diseño web",
                       "sito realizzato", "website door")
SITE_FOOTER = regex.compile(
    r"""(?:^|[|\u00b7\u2022]\s*)\W*(?:proudly\s+|fièrement\s+)?(?:powered\s+by|betrieben\s+mit|propulsé\s+par|theme\s+by|theme:|designed\s+by)\s+
            (?:wordpress|blogger|drupal|joomla|ghost|wix|squarespace|jekyll|hugo|tumblr|typo3|elegant\s+themes|genesis|woocommerce)\b
            (?!\s*,\s+\p{Ll})  # "Powered by WordPress, the blog grew ...": a sentence
        # The credit in the platforms' languages, after the theme's name ("Simple theme. Powered by
        # Blogger.", "Tema Sencillo. Con la tecnología de Blogger.", "Forum-Software von XenForo® ©
        # 2010-2023"), the software's name ending the line or followed by a separator.
        |(?:^|[.|\u00b7\u2022]\s*)\W*(?:(?:proudly|fièrement|orgullosamente|orgulhosamente|stolt|stolz|trots|dumnie|con\s+orgoglio)\s+)?
            (?:powered\s+by|propulsé\s+par|betrieben\s+mit|fourni\s+par|con\s+(?:la\s+)?tecnología\s+de|desarrollado\s+con
              |mogelijk\s+gemaakt\s+door|aangedreven\s+door|obsługiwane\s+przez(?:\s+usługę)?|wspierane\s+przez|napędzane\s+przez
              |realizzato\s+con|offerto\s+da|präsentiert\s+von|bereitgestellt\s+von|veröffentlicht\s+mit|published\s+with|publié\s+avec|forum[-\s]software\s+(?:von|by|de|di|door|od)
              |(?:desenvolvido|criado|feito)\s+com|(?:site\s+)?(?:desenvolvido|hospedado)\s+(?:por|pelo|no)|drivs\s+(?:med|av)|работает\s+на|сайт\s+работает\s+на)\s+
            (?:wordpress|blogger|drupal|joomla|ghost|wix|squarespace|shopify|substack|tumblr|typo3|xenforo|phpbb|vbulletin|discourse
              |mybb|jimdo|weebly|webflow)\b[\s\u00ae\u2122.!]*(?:$|[|\u00b7\u2022\u2013\u00a9-])
        # a theme's credit alone: "Theme by Example Themes", "Thème par Studio Exemple"
        # ("Tema de la semana", "Tema di maturità 2023" head an article: the Spanish and Italian credit
        # names its maker.)
        |^\W*(?:(?:theme|thème|motyw)\s+(?:by|von|par|door|od)|tema\s+(?:por|creado\s+por|diseñado\s+por|realizzato\s+da|sviluppato\s+da))
          \s+\S+(?:\s+\S+){0,3}\s*$
        # a web agency's credit alone, its name in capitals: "Website by Parish Sites", "School
        # website by Example Schools", "Webdesign von Studio Nord", "Site réalisé par Agence
        # Exemple" (not "Designed by Committee" nor "Powered by Hope": headlines in title case)
        |^\W*(?:(?:(?:school|church|club|parish)\s+)?(?:website|site|web\s+design|website\s+design|designed\s+and\s+built)\s+by
          |webdesign\s+(?:von|by|door|par)|website\s+(?:von|door)|site\s+réalisé\s+par|création\s+du\s+site\s*:?
          |diseño\s+web\s*(?::|por)|sito\s+realizzato\s+da)
          \s+(?-i:[\p{Lu}\d])\S*(?:\s+(?-i:[\p{Lu}\d&])\S*){0,3}\s*$
        |^\W*(?:this\s+page\s+was\s+last\s+(?:edited|modified|updated)\s+on
        |diese\s+seite\s+wurde\s+zuletzt\s+am\s+.{4,40}?\s+(?:geändert|bearbeitet)
        |la\s+dernière\s+modification\s+de\s+cette\s+page\s+a\s+été\s+faite\s+le
        |(?:content|text)\s+is\s+available\s+under\s+(?:the\s+)?creative\s+commons)""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: The blog platforms' filing line under a post: "This entry was posted in News and tagged
#: Berlin, Wahl. Bookmark the permalink.", "Dieser Beitrag wurde veröffentlicht in Reiki und
#: gekennzeichnet mit ...", "Posted in Travel | Tagged Italy", "Posted by Anna at 12:11 PM".
#: A category and tags on one line, as blog themes print them under a post: "In Reisen,
#: Familie Tags Ostsee, Camping, Sommer", "Posted in News Tagged: Berlin, Rent".
#: The tags are a list (`tag-list` checks the items); the tag word is capitalised or has a colon.
CATEGORY_TAGS = regex.compile(
    r"""^\W*(?:(?:posted|filed|veröffentlicht|abgelegt|publié|publicado)\s+)?(?:in|unter|under|dans|en|em)\s+
        (?P<cats>[^.!?:|\n]{1,60}?)\s+
        (?P<head>tags|tagged(?:\s+with)?|schlagwörter|schlagworte|stichwörter|stichworte|verschlagwortet\s+mit
          |etiquetas|étiquettes|mots-clés|tagi)\s*(?P<colon>:)?\s+(?P<tags>[^.!?:|\n]{1,200}?)\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A tags-only header and its tags on one line without a colon: "Related Topics Ebook Readers
#: Amazon Kindle", "Tags Altbau, Hamburg". The header as printed (capitalised), so
#: that "Tags darauf kam er zurück." (German: the next day) is no header.
TAG_ROW = regex.compile(
    r"""^\W*(?P<head>Related\s+(?:Topics|Tags)|RELATED\s+(?:TOPICS|TAGS)|Tags|TAGS|Schlagwörter|Schlagworte|Stichwörter
        |Verwandte\s+Themen|Temas\s+relacionados|Sujets\s+associés|Mots-clés|Etiquetas|Argomenti\s+correlati|Tagi
        |Powiązane\s+tematy)\s+(?P<rest>[^:\s].*?)\s*$""",
    regex.VERBOSE,
)

POST_FILING = regex.compile(
    r"""^\W*(?:this\s+(?:entry|post)\s+was\s+posted\s+(?:on\s+.{1,40}?\s+)?in\s
        |diese[rs]?\s+(?:eintrag|beitrag|artikel)\s+wurde\s+(?:am\s+.{1,40}?\s+)?(?:veröffentlicht\s+)?(?:in|unter)\s+.{1,120}?
            (?:\s(?:und\s+)?(?:gekennzeichnet|verschlagwortet|getaggt|markiert)\s+mit|\s(?:veröffentlicht|abgelegt|gepostet)\s*+\.?\s*+$)
        |ce\s+(?:billet|article)\s+a\s+été\s+publié\s+dans\s
        |esta\s+entrada\s+(?:fue\s+publicada|se\s+publicó)\s+en\s
        |posted\s+in\s+.{1,80}?\s(?:\||tagged\s)
        |abgelegt\s+unter\s+.{1,120}?(?:\s(?:und\s+)?mit\s+.{1,300}?\s+getaggt\b|\s\|)
        # "Publicado en Noticias y etiquetado Madrid": a category or two, then tags (not "...
        # y etiquetado como urgente", a sentence).
        |(?:publicado|pubblicato|geplaatst|publié|postado)\s+(?:en|in|dans|em)\s+(?:[^\s.!?]+\s+){0,3}?[^\s.!?]+
            \s+(?:y\s+etiquetado|e\s+taggato|et\s+étiqueté|e\s+marcado|met\s+tags|\|\s*(?:tags?|etiquetas|getagd))
            \s+(?!(?:como|come|comme|als|as)\b)
        |posted\s+by\s+.{1,40}?\s+at\s+\d{1,2}:\d{2}\s*(?:am|pm)?\s*$
        # the blog's default category: "Posted in Uncategorized", "Veröffentlicht in Allgemein"
        |(?:posted\s+in|filed\s+under|veröffentlicht\s+in|publié\s+dans|publicado\s+en|pubblicato\s+in|geplaatst\s+in|opublikowano\s+w)\s+
          (?:uncategorized|allgemein|non\s+classé|sin\s+categoría|senza\s+categoria|geen\s+categorie|ongecategoriseerd|bez\s+kategorii)\s*$
        # ... in the platform's other languages: "Eingestellt von Anna um 09:14", "Publié par Lou à
        # 18:05", "Publicado por Marta en 20:41", "Geplaatst door Joost om 21:03".
        |(?:eingestellt\s+von|publié\s+par|publicado\s+por|pubblicato\s+da|geplaatst\s+door|opublikowane\s+przez
          |postado\s+por|postat\s+av|publicat\s+de)\s+.{1,40}?\s+(?:um|à|en|a\s+las|alle|om|o|às|kl\.?|la)\s+\d{1,2}[:.]\d{2}
          \s*(?:am|pm|uhr|h)?\s*$)""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: "Click here to ...", "Klicken Sie hier ...": a link's text, never a sentence of the article.
CLICK_HERE = regex.compile(
    r"^\W*(?:(?:click|tap)\s+here|hier\s+klicken|klicken\s+sie\s+hier|klick\s+hier|cliquez\s+ici|haga\s+clic\s+aquí"
    r"|haz\s+clic\s+aquí|clicca\s+qui|klik\s+hier|kliknij\s+tutaj)\b",
    regex.IGNORECASE,
)

#: Relative and absolute time stamps that stand on their own line inside teaser lists.
TIME_STAMP = regex.compile(
    r"""^\s*(?:
        \d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago
        |(?:an?|one)\s+(?:minute|hour|day|week|month|year)\s+ago|just\s+now|yesterday|today
        |vor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)
        |gestern|heute|il\s+y\s+a\s+\d+\s+\w+|hace\s+\d+\s+\w+|\d+\s+\w+\s+temu
        |\d+\s+\w+\s+(?:fa|geleden|sedan|назад)|há\s+\d+\s+\w+|för\s+\d+\s+\w+\s+sedan
        |\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*uhr)?)?
        |\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?
        |(?:\d{1,2}\.?\s+)?\p{L}{3,9}\.?\s+\d{1,2}?,?\s*\d{4}(?:,?\s+\d{1,2}:\d{2}\s*(?:am|pm)?)?
        |\d{1,2}:\d{2}\s*(?:am|pm|uhr)?
        |(?:\d+\s*(?:min|minutes?|minuten)\.?\s+(?:read|lesezeit|lesen|de\s+lecture))
        )\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A numbered list marker at the start of a line: "1.", "12)", "3 -".
NUMBERED = regex.compile(r"^\s*\d{1,3}\s*[.)\-:]?\s*")

#: First-person writer bio: "Hi, I'm Alex Perez, an experienced writer ...".
FIRST_PERSON_BIO = regex.compile(
    r"""^\s*(?:(?:hi|hello|hey|hallo|bonjour|hola|hoi|cześć|hej|ahoj|dobrý\s+den|dzień\s+dobry)\b[,!.]?\s*)?
        (?:i'm|i’m|i\s+am|my\s+name\s+is|ich\s+bin|je\s+suis|soy|ik\s+ben|mijn\s+naam\s+is|jestem|nazywam\s+się|mam\s+na\s+imię
        |jeg\s+hedder|jeg\s+heter|jeg\s+er|mit\s+navn\s+er|mitt\s+navn\s+er|jmenuji\s+se|jsem|volám\s+sa)\s+
        [\p{Lu}][\p{L}.'’\-]+(?:\s+[\p{Lu}][\p{L}.'’\-]+){0,3}\b""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: Third-person writer bio: "Jane Doe is a senior reporter at ...", "Max Muster ist Redakteur bei ...".
THIRD_PERSON_BIO = regex.compile(
    r"""^\s*[\p{Lu}][\p{L}.'’\-]+(?:\s+[\p{Lu}][\p{L}.'’\-]+){1,3}\s+
        (?:is|was|has\s+been|ist|war|est|es)\s+(?:\w+\s+){0,5}?
        (?:reporter|writer|journalist|editor|correspondent|columnist|contributor|author|blogger|freelancer
        |freelance\s+\w+|staff\s+writer|producer|photographer|analyst\s+at
        |redakteur(?:in)?|journalist(?:in)?|autor(?:in)?|korrespondent(?:in)?|volontär(?:in)?|reporter(?:in)?
        |journaliste|rédact(?:eur|rice)|periodista|redactor(?:a)?)\b
        # ... at/for a named outlet, or covering a beat: "reporter at heart" is not a bio.
        (?:\s+[\p{L}-]+){0,2}?
        (?:\s+(?:at|for|with|of|on|bei|für|beim|im|in\s+der|der|des|à|au|pour|de|en|para|del)
            \s+(?:the\s+|der\s+|die\s+|das\s+|dem\s+|le\s+|la\s+|el\s+)?\p{Lu}
          |\s+(?:covering|who\s+covers|based\s+in|und\s+schreibt|schreibt|berichtet))
        # ... or a writer's beat: "Evan Halper writes about policy", "Markus Reuter beschäftigt sich
        # mit den Themen ...", "Moritz Gathmann leitet das Ressort ...".
        |^\s*[\p{Lu}][\p{L}.'’\-]+(?:\s+[\p{Lu}][\p{L}.'’\-]+){1,3}\s+
        (?:writes\s+(?:about|on)\s+(?:a\s+broad\s+range|\w+\s+and\s+\w+|topics|issues)
            |covers\s+(?:\w+\s+){0,3}?(?:for|at)\s+(?:the\s+)?\p{Lu}
            |beschäftigt\s+sich\s+(?:\w+\s+){0,2}?mit\s+den\s+(?i:themen)
            |schreibt\s+(?:\w+\s+){0,2}?(?:über|für)\s+(?:\w+\s+){0,4}?(?:(?i:themen)|\p{Lu}\w*(?:\s+und|,))
            |leitet\s+(?i:das\s+ressort|die\s+redaktion|das\s+\S*ressort)
            |lehrt\s+(?:\S+\s+){1,4}?an\s+der\s+(?:\S+\s+)?(?i:universität|hochschule|fachhochschule)
            # "... is a professor at X and the author of ...": a book or a company to one's name.
            |(?:is|ist)\s+(?:a|an|the|ein|eine)\s+.{0,100}?\b(?:and\s+the\s+author\s+of|und\s+(?:autor|autorin)\s+(?:des|der|von)
                |co-?founder\s+of|mitbegründer(?:in)?\s+(?:des|der|von)))""",
    regex.VERBOSE,
)

#: What every `THIRD_PERSON_BIO` match opens with, both branches: a capitalised word and the
#: capital of the next (tests/test_prefilters.py). A short pattern that fails on most lines where
#: the long one would try its words first.
third_person_bio_may_match = regex.compile(r"\s*\p{Lu}[\p{L}.'’\-]+\s+\p{Lu}").match

#: Reporting verbs: a line that reports what someone said is the article's, however much it
#: reads like a bio ("Maria Lopez is a nurse and the author of two novels, her sister said.").
REPORTED_SPEECH = regex.compile(
    r"""\b(?:said|says|told|noted|sagte|sagt|sagten|erklärte|erklärten|berichtete|betonte|teilte
        |festgestellt|mitgeteilt|hieß\s+es|heißt\s+es|dijo|afirmó|a\s+déclaré|a\s+dit|ha\s+detto
        |disse|afirmou|declarou|sade|säger|uppgav|berättade|сказал[аи]?|заявил[аи]?|сообщил[аи]?|отметил[аи]?
        |рассказал[аи]?|говорит)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A line that tells of a prompt, banner or rights line rather than being one: it says who wrote
#: or asked it ("Sign up for our newsletter, a pop-up asks ...", "Folgen Sie uns auf Twitter,
#: schrieb die Polizei", "Suscríbete a nuestro boletín, dice el aviso ...") or calls the words a
#: phrase ("Diese Website verwendet Cookies – diesen Satz kennen die meisten", "Ce site utilise
#: des cookies : la phrase est devenue familière"). Only verbs that tell of someone else's words:
#: "schreibt", "écrit", "scrive" open a blog's description of itself, "steht unter" and "unless
#: stated otherwise" a licence note: they are left out.
TOLD_OF_WORDS = frozenset("""asks asked urges urged stated wrote
    schrieb schrieben fragt fragte rät riet bat warnte
    demande demandait indiquait implorent prévient affirme estime
    dice decía pide pedía escribió advierte advertía reza rezaba explicó asegura aseguró
    chiede chiedeva scriveva avverte
    diu deia demana demanava adverteix
    vraagt schreef waarschuwt zegt zei meldt meldde aldus
    informuje informował informowała informowało napisał napisała napisało prosi głosi mówi powiedział powiedziała
    powiedziało twierdzi
    pede pedia pediu escreveu diz dizia avisa avisava alerta explicou
    skrev frågar frågade uppmanar uppmanade varnar varnade
    siger sagde spørger spurgte opfordrer opfordrede advarer advarede råder
    sier spør spurte oppfordrer oppfordret advarer advarte
    řekl řekla řekli uvedl uvedla uvedli uvádí varuje varoval radí upozorňuje připomíná připomněl připomněla
    povedal povedala povedali uviedol uviedla uvádza upozorňuje pripomína radí
    radzi apelują apeluje przypominają przypomina ostrzega ostrzegają
    adviseert waarschuwen
    написал написала написали просит просил просила предупреждает гласит пишет""".split())
#: ... the same in two words (lower case, looked up as substrings) ...
TOLD_OF_PHRASES = ("prompts users", "prompts readers", "prompts visitors", "stand unter", "stand auf", "stand über",
                   "stand im", "stand in ", "a écrit", "a constaté", "ha scritto", "si legge", "ha spiegato", "va explicar",
                   "va dir", "va escriure", "va advertir", "staat er",
                   "stond er", "stod det", "står det", "står der", "stod der", "staat onder", "stond onder", "staat in ", "stond in ",
                   "staat op ", "stond op ", "står på ", "står under", "stojí na ", "stojí pod ", "stálo na ", "stálo v ",
                   "widnieje na ", "widnieje pod ",
                   "píše se", "psalo se", "píše sa", "písalo sa", "sætningen", "setningen", "говорилось в", "говорится в")
#: ... and the words that call the notice a phrase or a prompt, after a determiner ("diesen Satz",
#: "la phrase", "Readers see these prompts everywhere", "Solche Aufforderungen finden Leser ...").
TOLD_OF_NOUNS = frozenset("""phrase sentence slogan catchphrase formula wording satz vermerk formel formule mention frase
    fórmula zin zinnetje melding leus zdanie hasło napis formułka komunikat komunikatu mening meningen fras frasen formuleringen
    věta větu věty nápis hláška hlášku formulka formulku veta vetu vety hlásenie sætning setning фраза фразу надпись
    prompt prompts aufforderung aufforderungen""".split())
TOLD_OF_NAMED = regex.compile(
    r"\b(?:this|the|that|these|those|such|solche[nr]?|diese[mnrs]?|de[mnr]|die|dat|dit|cette|la|esta|questa|deze|de|een|ta|to|taki|takie|ten|tę|tą|a|o|essa|den|denna"
    r"|denne|dette|tato|tuto|tu|tahle|tuhle|takov[áýou]|táto|túto|tú|tá|tak[áýú]|эта|эту|такая|такую)\s+"
    r"(?:" + "|".join(sorted(TOLD_OF_NOUNS, key=lambda noun: (-len(noun), noun))) + r")\b"
)
#: ... or a source named at the line's start ("According to the broker, we may receive a
#: commission ...", "Volgens de makelaar ...", "Selon le juge, ..."): a notice never opens so.
TOLD_BY_SOURCE = regex.compile(
    r"^\W*(?:according\s+to|volgens|selon|según|laut|stando\s+a|segundo|enligt|zdaniem|по\s+словам|за\s+словами)\s+"
    # (A rule the notice follows is no source: "According to FTC guidelines, we must disclose ...")
    r"(?!(?:the\s+|die\s+|de\s+|la\s+|le\s+)?(?:ftc|law|laws|rules|regulations|guidelines|requirements|gdpr|dsgvo|wet|loi|ley|gesetz)\b)\w",
    regex.IGNORECASE,
)
#: ... or a reporting clause after the notice, its verb before its speaker ("Cet article est réservé
#: aux abonnés, a plaisanté le maire.", "..., bromeó el alcalde", "..., scherzte der Bürgermeister",
#: "..., joked the mayor", "..., the mayor joked"): the notice is what someone said.
TOLD_INVERTED = regex.compile(
    r""",\s*(?:(?:a|avait|ont|avaient)\s+(?:\p{Ll}+\s+)?\p{Ll}+[ée]e?s?\s+(?:le|la|les|l['’]|un|une|son|sa|ses|leur|notre)\b
        |\p{Ll}{3,}ó\s+(?:el|la|los|las|un|una|su|sus)\s
        |(?:sagte|sagten|meinte|meinten|scherzte|scherzten|witzelte|witzelten|spottete|spotteten|lachte|lachten|rief|riefen|so)\s+(?:der|die|das|ein|eine|sein|seine|ihr|ihre)\s
        |(?:joked|quipped|laughed|added|explained|remarked|said|wrote|warned)\s+(?:the|a|an|his|her|their|one)\s
        |(?:the|a|an|his|her|their)\s+(?:\p{L}+\s+){0,2}?(?:joked|quipped|laughed|added|explained|remarked|said|wrote|warned)\W*$
        # ... or a finding or an admission: "..., the study found.", "..., the regulator found, cost
        # ...", "..., the company admitted in a filing", "..., the fine print warns."
        |(?:the|a|an|his|her|their|one|some|many|most)\s+(?:\p{L}+\s+){0,2}?(?:found|finds|admitted|admits|confirmed
            |confirms|concluded|concludes|claimed|claims|warns|argued|argues|insisted|insists|acknowledged|acknowledges
            |reported|reports|cautioned|cautions|showed|shows|suggested|suggests)\b
        |(?:ha|aveva)\s+(?:\p{Ll}+\s+)?\p{Ll}+at[oaie]\s+(?:il|la|lo|l['’]|i|gli|le|un|una|il\s+suo)\b
        # Danish, Norwegian and Dutch: the verb, then a pronoun or a noun with its article ("...,
        # skriver butikkerne, ...", "..., sier kommunen", "..., schrijven de winkels").
        |(?:skriver|skrev|siger|sagde|sier|sa|mener|lyder|advarer|spør|spørger|schrijven|schreven|zeggen|zeiden)\s+
            (?:han|hun|de|den|det|der|hij|zij|ze|\p{Ll}{3,}(?:en|et|ne|erne|ene|na)\b))""",
    regex.VERBOSE,
)
# Punctuation around words, turned into spaces before a line is split into its words.
_PUNCTUATION = str.maketrans({c: " " for c in ",.;:!?()[]{}\"'«»“”„‘’‹›–—/"})
_STATED_OTHERWISE = ("otherwise stated", "unless stated", "stated otherwise")
_OPEN_QUOTES = "\u00ab\u201e\u201c\"\u2039"
_CLOSE_QUOTES = "\u00bb\u201c\u201d\"\u203a"
_QUOTED_SENTENCE_WORDS = 4


def told_of(line: str, start: int = 0) -> bool:
    """Whether `line` reports a notice found at `start` rather than being one: reported speech
    (`REPORTED_SPEECH`, `TOLD_OF_WORDS`, `TOLD_OF_PHRASES`, `TOLD_OF_NAMED`), or the notice
    quoted inside a sentence ('Selon le juge, le bandeau « Ce site utilise des cookies » ne
    permettait pas de refuser.'): a quotation of a sentence (a button's name in quotes, 'auf
    "Cookies zulassen" eingestellt', is the notice's own) opened after some words and before
    `start`, and closed after it; or a quotation that opens the line and a sentence that goes on
    after it ('«Мы используем файлы cookie», — так начинается баннер, который ...')."""
    if REPORTED_SPEECH.search(line) or TOLD_BY_SOURCE.match(line):
        return True
    lower = line.lower()
    tokens = lower.translate(_PUNCTUATION).split()
    said = TOLD_OF_WORDS.intersection(tokens)
    if said and (said != {"stated"} or not any(map(lower.__contains__, _STATED_OTHERWISE))):
        return True
    if any(map(lower.__contains__, TOLD_OF_PHRASES)) or TOLD_OF_NOUNS.intersection(tokens) and TOLD_OF_NAMED.search(lower):
        return True
    if "," in line[start:] and TOLD_INVERTED.search(line, start):
        return True
    # (A notice matched from the line's start, '"Subscribe to our newsletter" appeared on 71% of
    # sites', starts with the quotation mark that opens it: its first letter is where it starts.)
    while start < len(line) and not line[start].isalnum():
        start += 1
    before = line[:start]
    opened = max(map(before.rfind, _OPEN_QUOTES))
    if opened < 0:
        return False
    closed = min((k for k in map(lambda q: line.find(q, start), _CLOSE_QUOTES) if k >= 0), default=-1)
    if closed <= 0 or len(line[opened + 1:closed].split()) < _QUOTED_SENTENCE_WORDS:
        return False
    if any(c.isalpha() for c in before[:opened]):
        return any(c.isalpha() for c in line[closed + 1:])
    return len(line[closed + 1:].split()) >= _QUOTED_SENTENCE_WORDS

#: Words that make a first-person paragraph a writer's bio rather than an article's quote.
WRITER_WORDS = regex.compile(
    r"\b(?:writer|write|writing|journalist|reporter|editor|blogger|author|covering|cover|contributor"
    r"|schreibe|journalist(?:in)?|autor(?:in)?|redakteur(?:in)?|écri(?:s|vain)|journaliste|escrib|periodista"
    r"|giornalist|redattor|redattric|scrive|scrittor|schrijver|schrijft|dziennikar|redaktor|pisze"
    # A blogger's first-person words: "op dit blog deel ik ...", "na tym blogu dzielę się ...", "her
    # skriver jeg om ...", "na tomto blogu píšu o ...".
    r"|dit\s+blog|deze\s+blog|mijn\s+blog|deel\s+ik|blogu|dzielę\s+się|piszę|bloggen|denne\s+blog|skriver\s+jeg|deler\s+jeg"
    r"|píšu|sdílím|píšem)",
    regex.IGNORECASE,
)

#: A person's name alone on a line: "Markus Reuter", "Anne-Marie O'Neil", "Dr. Eva Klein".
NAME_LINE = regex.compile(r"^\s*(?:[\p{Lu}][\p{L}.'’\-]*\s+){1,3}[\p{Lu}][\p{L}'’\-]+\s*$")

#: "About News Team", "About Alex Perez": an author box header naming the writer.
ABOUT_NAME = regex.compile(r"^\s*(?i:about|über|à\s+propos\s+de|sobre|over|om|o)\s+(?:[\p{Lu}][\p{L}.'’\-]*\s*){1,4}$")

#: A bio that goes on from the writer's name on the line above: "Dr. Max Muster" / "ist
#: Gründungspartner der Kanzlei ...", "Jane Doe" / "is a science writer based in ...". Lower case:
#: the line is the rest of a sentence.
NAME_CONTINUATION = regex.compile(
    r"^\s*(?:is|was|has\s+been|works|lives|writes|ist|war|arbeitet|lebt|schreibt|studierte|leitet|est|es|è|trabaja|vive)\s"
)

#: The site describing itself in its about box: "Example Road is the home of web novels! In our
#: community, you can find ...", "Example Press is an online news source focused on ...".
#: Only with the site's voice in the same block (`SITE_SELF`), at the end of the text (see the
#: rule): "Meduza is an independent news outlet based in Riga." is a sentence of an article.
PUBLICATION_BIO = regex.compile(
    r"""^\s*(?:the\s+)?(?-i:\p{Lu})[\w.&'’®-]*(?:\s+(?-i:\p{Lu})[\w.&'’®-]*){0,3}\s+(?:is|ist|est|es|è)\s+
        (?:an?|the|ein(?:e)?|das|die|der|une?|el|la|il)\s+(?:\S+\s+){0,4}?
        (?:(?:online\s+)?news\s+(?:source|site|website|outlet|platform|magazine)|(?:non-?profit|independent)\s+(?:news\s*room|newsroom|magazine|publication|media\s+outlet)
        |home\s+of|online-?magazin|nachrichtenportal|fachportal|branchenportal|online-?portal|magazine\s+en\s+ligne|site\s+d'information
        |portal\s+de\s+noticias|medio\s+digital|giornale\s+online)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Lower-case substrings one of which every `PUBLICATION_BIO` match holds, found in a line of
#: `Document.lower` (one word of each noun; none holds an "i" or an "s", which IGNORECASE also
#: matches to "İ" and "ſ": tests/test_prefilters.py).
PUBLICATION_BIO_NEEDLES = ("new", "magaz", "publ", "med", "home", "portal", "format", "ornale")


def publication_bio_may_match(lower: str) -> bool:
    return any(map(lower.__contains__, PUBLICATION_BIO_NEEDLES))


SITE_SELF = regex.compile(r"\b(?:we|our|us|you|your|wir|unser\w*|uns|nous|notre|nos|vous|nosotros|nuestr[oa]s?|noi|nostr[oaie])\b", regex.IGNORECASE)

# A person's name: two to four capitalised words, particles between them ("Anna van der Berg",
# "José de la Cruz"), initials ("Jane R. Doe").
_PERSON = r"""\p{Lu}[\p{Ll}'’\-]*\.?(?:\s+(?:(?:van|von|de|der|den|del|della|la|le|du|da|di|dos|ten|ter|zu|y)\s+){0,3}\p{Lu}[\p{L}'’\-]*\.?){1,3}"""

#: The writer's name in a byline: "By Jane Doe", "Von Max Muster und Erika Beispiel", "Par
#: Jeanne Exemple", "Autorin: Eva Klein", and after a date or a label: "12.03.2021, 11:30 Uhr von
#: Max Muster", "Veröffentlicht am 6. Mai 2020 von Max Muster", "Reviewed by Jane Doe", "Alle
#: Artikel von Max Muster" ("Ein Porträt von Max Muster" names the subject of a story). The names are group "names" (several
#: joined by "und", "and", "&" or commas). Only short lines are searched (see the rule).
BYLINE_NAMES = regex.compile(
    rf"""(?:^[^\w]*|(?<=(?:\d|\b(?i:uhr|am|on|posted|published|written|reviewed|verified|checked|edited|updated
            |veröffentlicht|geschrieben|verfasst|erstellt|aktualisiert|publié|écrit|publicado|escrito|scritto|pubblicato
            |artikel|beiträge|posts|articles|stories|texte|publications|artículos|articoli))[.,:|)]?\s))
        (?i:by|von|par|por|door|przez|di|autor(?:in|ka|e)?\s*:|autrice\s*:|author\s*:|auteure?\s*:)\s++
        (?P<names>{_PERSON}(?:\s*+(?:,|&|\bund\b|\band\b|\bet\b|\by\b|\bi\b|\be\b|\ben\b)\s*+{_PERSON})*)""",
    regex.VERBOSE,
)
#: Lower-case substrings one of which every `BYLINE_NAMES` line holds.
BYLINE_NEEDLES = ("by ", "von ", "par ", "por ", "door ", "przez ", "di ", "autor", "autrice", "author", "auteur")
#: A name in the names of a byline.
PERSON = regex.compile(_PERSON)
#: The `label_key` of a line that announces the writer's name on the next line: "By", "Von",
#: "Reviewed by" (the name is a line of its own below).
BYLINE_LEADS = frozenset(phrase.strip() for phrase in """by | von | par | por | door | przez | di | written by | posted by
    | reviewed by | fact checked by | verified by | edited by | geschrieben von | verfasst von | veröffentlicht von
    | publié par | écrit par | escrito por | publicado por | scritto da | geschreven door""".split("|"))

#: The opening of a bio that names its person: "Jane Doe is ...", "Dr. Max Muster lehrt ...",
#: "Jane has worked ...". Group "name": the name's words (one or more; the rule matches them
#: with a byline's); group "verb": the first word after it, lower case.
BIO_OPENING = regex.compile(
    r"""^\s*(?:(?:Dr|Prof|Mag|Dipl)\.(?:-\p{L}+\.?)?\s+)*
        (?P<name>\p{Lu}[\p{Ll}'’\-]+(?:\s+(?:(?:van|von|de|der|den|del|la|le|du|da|di|ten|ter|zu)\s+){0,3}\p{Lu}[\p{L}'’\-]*\.?){0,3})
        \s+(?P<verb>\p{Ll}[\p{Ll}'’\-]*)""",
    regex.VERBOSE,
)

#: What a bio says first after the person's name: what they are, do for a living or have done
#: ("is", "has worked", "lehrt", "schreibt", "est", "trabaja", "jest"). Not "has" or "hat" alone
#: ("Anna Weber hat mit dem Bürgermeister gesprochen."), nor a narrative's "was", nor "is" before
#: a place or a time ("Anna Weber ist nach Kiel gefahren.", "Jane Doe is in Kiel this week.").
BIO_PREDICATE = regex.compile(
    r"""(?:(?:is|ist|est|es|è|jest)\s++(?!(?i:in|im|at|on|am|auf|nach|zu|zur|zum|bei|not|nicht|also|auch|still|noch|now|jetzt|schon
            |today|heute|yesterday|gestern|back|zurück|going|here|hier|there|dort|dans|à|al|allo|w|na|nie)\b)
        |works|writes|covers|teaches|leads|lives|holds|joined|studied
        |has\s+(?:worked|been|covered|written|reported|taught|led|spent|held|served|edited|contributed)
        |arbeitet|lebt|schreibt|lehrt|leitet|forscht|unterrichtet|studierte|berichtet
        |travaille|vit|écrit|enseigne|dirige|a\s+(?:été|travaillé|écrit|couvert|rejoint)
        |trabaja|vive|escribe|enseña|dirige|ha\s+(?:sido|trabajado|escrito|cubierto)
        |lavora|vive|scrive|insegna|ha\s+(?:lavorato|scritto)
        |werkt|woont|schrijft|pracuje|pisze|mieszka|wykłada)\b""",
    regex.VERBOSE,
)

#: Words that open a capitalised phrase but never a person's name (articles, determiners,
#: pronouns, prepositions at the start of a sentence): "Die Regierung" above "Die Regierung hat
#: am Dienstag ... Sie will ..." is a subheading and its paragraph, not a name and a bio.
NOT_NAME_WORDS = frozenset("""
    the a an this that these those our my your his her its their in on at for with from by of to and new
    der die das den dem des ein eine einer eines einem dieser diese dieses unser unsere mein meine sein seine
    ihr ihre im am an auf aus bei für mit nach von vom zu zum zur und neue neuer neues
    le la les un une ce cette ces notre nos votre du des au aux dans pour par sur avec et
    el los las una uno este esta estos estas nuestro nuestra del al en con para por y
    il lo gli uno questo questa nostro nostra della nel per con
    het een deze dit ons onze voor met op
    ten ta te nasz nasza w na z do i
""".split())

#: A third-person sentence about the person in the same block: "He is a former ...", "Sie
#: lebt in ...", "Il enseigne ...". The bio's later sentences start with a pronoun.
BIO_PRONOUN = regex.compile(
    r"""(?:^|[.!?]\s+)(?:He|She|His|Her|Er|Sie|Sein|Seine|Ihr|Ihre|Il|Elle|Ils|Elles|Ella|Él|Lei|Lui|Hij|Zij|Ze|Hun|On|Ona)\s""",
)

#: The writer's role on the line below the name in an author box: "Redakteur in der Wirtschaft.",
#: "Beispiel.de Redakteurin", "Senior Editor, Daily Planet", "Korrespondentin in Paris",
#: "rédactrice en chef adjointe", "starszy analityk". The role word among the first three words,
#: not a label's ("Editor's note: ...", "Autor: ...").
ROLE_LINE = regex.compile(
    r"""^\s*(?:[\w.\-’']+\s+){0,2}?(?i:
        (?:chef|senior|stellvertretende[r]?|leitende[r]?|freie[r]?|starszy|starsza|deputy|managing|contributing|associate)?\s*
        (?:redakteur(?:in)?|redaktorin|redaktor(?:ka)?|reporter(?:in)?|korrespondent(?:in)?|journalist(?:in)?|volontär(?:in)?
        |ressortleiter(?:in)?|chefredakteur(?:in)?|kolumnist(?:in)?|autor(?:in)?
        |editor|reporter|correspondent|writer|journalist|columnist|contributor|analyst
        |rédact(?:eur|rice)|journaliste|correspondante?|chroniqueu(?:r|se)
        |periodista|redactor(?:a)?|corresponsal|columnista|giornalista|redattore|redattrice|corrispondente
        |dziennikar(?:z|ka)|analityk|analityczka|publicysta|publicystka|korespondent(?:ka)?)
        )\b(?!['’]s\b|\s*:)""",
    regex.VERBOSE,
)
#: Lower-case substrings one of which every `ROLE_LINE` holds.
ROLE_NEEDLES = (
    "redakt", "reporter", "korrespond", "journalist", "volontär", "ressortleiter", "kolumnist", "autor",
    "editor", "correspondent", "writer", "columnist", "contributor", "analyst", "rédact", "correspondant",
    "chroniqueu", "periodista", "redactor", "corresponsal", "columnista", "giornalista", "redattor", "redattric",
    "corrispondente", "dziennikar", "analityk", "analityczk", "publicyst", "korespondent",
)

#: Inline teaser lines: "Read more: <headline>", "Lesen Sie auch: <headline>", "ALSO READ | ...".
#: A teaser's blurb cut short and followed by its link: "Wie die Stadt ihre Parks in Zukunft
#: bezahlen will… mehr", "How the city pays for its parks ... Read more »", "Le budget de la ville [...]
#: Lire la suite". The cut (an ellipsis) comes right before the link's words, which end the line.
TRUNCATED_TEASER = regex.compile(
    r"""^\s*\S.{0,300}?(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*+\(?(?:mehr|weiterlesen|mehr\s+lesen|more|read\s+more|continue\s+reading
        |read\s+the\s+rest|lire\s+la\s+suite|suite|leer\s+más|seguir\s+leyendo|leggi\s+tutto|continua\s+a\s+leggere
        |lees\s+meer|lees\s+verder|leia\s+mais|czytaj\s+dalej|czytaj\s+więcej|läs\s+mer)\)?\s*+[»›>→•·.]*(?:\s*+[»›>→•·]+)*\s*+$""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Lower-case substrings every `TRUNCATED_TEASER` line holds.
TRUNCATED_TEASER_NEEDLES = ("…", "...")

#: A teaser printed on one line with its date in front and its link's word at the end, after
#: a blurb that ends like a sentence: "01.01.2022 - Sport Headline of the day The coach
#: stays. mehr", "3 May 2021 | Politics ... talks resume on Monday. Read more".
DATED_TEASER = regex.compile(
    rf"""^\s*{_DATE}(?:,?\s+{_TIME})?\s*+[-–—|:·•]?\s*+\S.{{10,400}}?[.!?…"“”»)]\s*+
        (?:mehr|weiterlesen|mehr\s+lesen|more|read\s+more|continue\s+reading|lire\s+la\s+suite|suite|leer\s+más|seguir\s+leyendo
        |leggi\s+tutto|lees\s+meer|lees\s+verder|leia\s+mais|czytaj\s+dalej|czytaj\s+więcej|läs\s+mer)\s*+[»›>→•·.]*\s*+$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: What a teaser prints below or above its headline besides the blurb: a date or a relative
#: time ("Le 05/02/2020", "Veröffentlicht: vor 48 Minuten", "by Jane Doe on May 3, 2019") or a
#: byline ("Par Jean Dupont", "Von Anna Schmidt"). Searched in short lines only; a date with
#: more words around it is a dated headline ("19.01.2021 - Die Saison beginnt"), see the rule.
STAMP_LINE = regex.compile(
    rf"""{_DATE}
        |\b(?:vor\s+\d+\s+(?:minuten|stunden|tagen|wochen|monaten|jahren)|\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago
            |il\s+y\s+a\s+\d+\s+\w+|hace\s+\d+\s+\w+)\b
        |(?P<byline>^\W*(?:by|von|par|por|di|door|przez|written\s+by|geschrieben\s+von|publié\s+par|escrito\s+por)\s+\p{{Lu}})""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: A test that every `STAMP_LINE` match passes: each date and relative time holds a figure, a
#: byline opens with its word (tests/test_prefilters.py). Most headlines fail it, and the
#: pattern's search, which tries its month names at every word, is spared.
_STAMP_FIGURE = regex.compile(r"\d").search
_STAMP_BYLINE_OPENER = regex.compile(
    r"^\W*(?:by|von|par|por|di|door|przez|written|geschrieben|publié|escrito)\s", regex.IGNORECASE).match


def stamp_line_may_match(line: str) -> bool:
    return _STAMP_FIGURE(line) is not None or _STAMP_BYLINE_OPENER(line) is not None


#: Headers of lists ranked over a period: "Seit 10 Tagen am meisten gelesen", "Am meisten
#: kommentiert", "Most read this week", "Les plus lus de la semaine", "Lo más leído del día".
RANKED_HEADER = regex.compile(
    r"""^\W*(?:(?:(?:seit\s+\d{1,3}\s+tagen|in\s+den\s+letzten\s+\d{1,3}\s+tagen|diese\s+woche|heute)\s+)?am\s+meisten\s+
            (?:gelesen|kommentiert|geteilt|diskutiert|angeklickt|reaktionen|empfohlen)
        |most\s+(?:read|shared|commented|viewed|popular|emailed)\s+(?:this\s+(?:week|month|year)|today|of\s+the\s+(?:day|week|month)
            |in\s+the\s+(?:last|past)\s+(?:\d{1,3}\s+)?(?:hours|days|24\s+hours|week|month))
        |(?:les\s+)?(?:articles\s+)?(?:les\s+)?plus\s+(?:lus|partagés|commentés|consultés)\s+(?:de\s+la\s+semaine|du\s+jour|du\s+mois|cette\s+semaine)
        |(?:lo|los|las)\s+más\s+(?:leíd[oa]s?|vist[oa]s?|compartid[oa]s?|comentad[oa]s?)\s+(?:de\s+la\s+semana|del\s+día|del\s+mes|de\s+hoy|hoy)
        )\W*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Lower-case substrings every `RANKED_HEADER` line holds.
RANKED_HEADER_NEEDLES = ("am meisten", "most read", "most shared", "most commented", "most viewed", "most popular",
                         "most emailed", "plus lus", "plus partagés", "plus commentés", "plus consultés", "más leíd",
                         "más vist", "más compartid", "más comentad")

#: A list of recipes or articles announced by a question and an invitation that ends with a
#: colon: "Neugierig geworden? Dann mach doch gleich mit diesen Rezepten weiter:", "Hungry for
#: more? Try these recipes:", "Envie de plus ? Découvrez ces recettes :".
MORE_PROMPT = regex.compile(
    r"""^\W*[^.!?:]{3,40}\?\s+(?:\S+\s+){0,3}?
        (?:mach|macht|machen\s+sie|probier|probiert|probieren\s+sie|entdecke|entdeckt|entdecken\s+sie|lies|lest|lesen\s+sie
        |stöbere|stöbern\s+sie|schau|schaut|schauen\s+sie|try|check\s+out|discover|read|explore|découvrez|essayez|lisez
        |descubre|descubra|prueba|pruebe|lee|lea|scopri|prova|leggi|ontdek|probeer|lees)\b(?:\s+\S+){0,3}?\s+
        (?:mit\s+)?(?:diese[nm]?|these|ces|estas|estos|questi|queste|deze)\s+
        (?:\S+\s+)?(?:rezepte[n]?|artikel[n]?|beiträge[n]?|tipps|ideen|recipes|articles|posts|stories|recettes|recetas|artículos|ricette|articoli|recepten)
        \b[^.!?]{0,25}:\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Lower-case substrings of `MORE_PROMPT` lines (the demonstrative and the noun; an adjective
#: between them, "diesen leckeren Rezepten", is not looked for).
MORE_PROMPT_NEEDLES = tuple(
    f"{this} {what}"
    for this in ("diese", "diesen", "diesem", "these", "ces", "estas", "estos", "questi", "queste", "deze")
    for what in ("rezept", "artikel", "beiträge", "tipps", "ideen", "recipes", "articles", "posts", "stories", "recettes",
                 "recetas", "artículos", "ricette", "articoli", "recepten")
)

TEASER_LINE = regex.compile(
    r"""^\s*(?:(?:read\s+more|read\s+also|also\s+read|read\s+next|related|see\s+also|more|watch|listen|recommended
        |lesen\s+sie\s+(?:auch|mehr|hier)|lies\s+auch|auch\s+lesen|mehr\s+zum\s+thema|auch\s+interessant|weiterlesen|siehe\s+auch
        |à\s+lire\s+aussi|lire\s+aussi|lire\s+la\s+suite|voir\s+aussi|lee\s+también|lea\s+también|te\s+puede\s+interesar
        |vea\s+también|ver\s+también|mira\s+también|lea\s+más|lee\s+más|mira|mire
        |leggi\s+anche|lees\s+ook|leia\s+também|czytaj\s+(?:także|też|więcej)|zobacz\s+(?:także|też)
        |läs\s+också|läs\s+mer|читайте\s+также
        |læs\s+(?:også|mere)|les\s+(?:også|mer)|přečtěte\s+si\s+(?:také|též|i)|čtěte\s+(?:také|též|i)
        |prečítajte\s+si\s+(?:aj|tiež)|čítajte\s+(?:aj|tiež)
        |llegiu\s+també|llegeix\s+també|vegeu\s+també|leer\s+(?:más|también)|à\s+lire\s+également|lire\s+également
        |leggi\s+altro|vedi\s+anche|guarda\s+anche|lees\s+meer|bekijk\s+ook|leia\s+mais|veja\s+(?:também|mais)
        |przeczytaj\s+(?:także|też|również)|czytaj\s+również|zobacz\s+również|läs\s+även|читайте\s+тоже
        |смотрите\s+также|(?:ещё|еще)\s+по\s+теме
        |читайте\s+також|дивіться\s+також|прочетете\s+(?:още|също)|вижте\s+(?:още|също)|прочитајте\s+(?:још|и)
        |pročitajte\s+(?:još|i|također)|procitajte\s+(?:jos|i)|pogledajte\s+(?:još|i)
        |kapcsolódó(?:\s+(?:cikk|cikkek|hír|hírek))?|olvassa\s+el\s+(?:ezt\s+)?is|ezt\s+is\s+olvassa
        |citește\s+(?:și|mai\s+mult)|citeste\s+si|vezi\s+(?:și|si)|lue\s+(?:myös|lisää)|katso\s+myös
        |ayrıca\s+okuyun|bunu\s+da\s+okuyun|διαβάστε\s+(?:επίσης|ακόμα|ακόμη)
        |baca\s+(?:juga|selengkapnya)|lihat\s+juga|xem\s+thêm|đọc\s+thêm
        |(?:ये|यह|इसे)\s+भी\s+पढ़ें|اقرأ\s+(?:أيضا|أيضاً|ايضا|ايضاً)|بیشتر\s+بخوانید|קראו\s+גם|קראו\s+עוד)
        \s*(?::|\||»|›|>|–|—|-|\uff1a)\s*\S
      # A Flemish site's capitals and a full stop: "LEES OOK. Antwerpen krijgt drie nieuwe tramlijnen".
      |(?-i:LEES\s+OOK|OOK\s+INTERESSANT)\s*\.\s*(?-i:\p{Lu})
      # The bare imperative, which is also a name ("Lea: Ich finde das gut."), before a headline
      # of four words or more that ends without a sentence mark: "Lea: Consejo Permanente
      # aborda este miércoles la crisis", "LEIA: Governo anuncia novo pacote de obras".
      |(?:lea|leia|read)\s*+:\s*+(?-i:\p{Lu})\S*+(?:\s++\S++){3}(?!.*[.!?;:…"”»)]\s*$)
      # Post navigation: "Previous article <Headline>", "Nächster Beitrag: <Headline>",
      # "Vorheriger Artikel ++ <Headline> ++".
      |(?:(?:previous|next)\s+(?:post|article|story)|(?:vorheriger|nächster)\s+(?:beitrag|artikel)
        |article\s+(?:précédent|suivant)|(?:artículo|entrada)\s+(?:anterior|siguiente))
        \s*+(?:[:|»›>–—+-]++\s*+)?["„“»«]?(?-i:\p{Lu}))""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: Sentence-final punctuation (a line ending with one of these reads like prose): the Latin
#: marks, closing quotes and brackets, the CJK full stop and marks (also the full-width stop and
#: the corner brackets a Japanese quote closes with), the Arabic question mark and the Urdu full
#: stop, the Devanagari danda and double danda (Hindi, Marathi, Nepali), the Greek question
#: mark, the Armenian, Ethiopic, Myanmar, Khmer and Tibetan full stops.
SENTENCE_END = tuple(
    '.!?:;"\u201d\u2019\u00bb)\u3002\uff01\uff1f\uff0e\u300d\u300f\u061f\u06d4\u0964\u0965\u037e'
    '\u0589\u1362\u104b\u17d4\u0f0d'
)

# Scripts that do not space their words: Thai, Lao, Tibetan, Myanmar, Khmer, the Japanese
# kana and the Han characters. A line in one of them is one "word" to `str.split()`, whatever
# its length.
_UNSPACED_CHAR = re.compile(
    # (Thai and Lao without their vowel and tone marks, which stack on a letter.)
    "[\u0e01-\u0e30\u0e32\u0e33\u0e3f-\u0e46\u0e4f-\u0e5b\u0e81-\u0eb0\u0eb2\u0eb3\u0ebd-\u0ec6\u0ed0-\u0edf\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)
#: Characters of such a script counted as one word by `script_words`: a Chinese word has one to
#: three characters (two on average), a Japanese phrase of kana and Han two to four, a Thai
#: word three to six letters and marks. Two keeps a sentence of such a script above the word
#: counts that tell a sentence from a label (a Chinese paragraph of 40 characters, which
#: reads like an English sentence of some 20 words, counts 20).
UNSPACED_CHARS_PER_WORD = 2


def unspaced(line: str) -> bool:
    """Whether most of a line's letters are of a script that does not space its words (a
    Chinese or Thai headline; not a German line quoting one Chinese name)."""
    n = len(_UNSPACED_CHAR.findall(line))
    return n > 0 and 2 * n >= len(line) - line.count(" ")


def unmarked_end(text: str) -> bool:
    """Whether `text` ends in Thai or Lao, scripts that mark no sentence's end (a space ends
    it): a long enough line in them ends like a sentence where it ends."""
    return "\u0e00" <= text[-1:] <= "\u0eff"


def script_words(line: str, words: int) -> int:
    """The words of a line of `words` whitespace-separated tokens, with the characters of the
    scripts that do not space their words counted UNSPACED_CHARS_PER_WORD to a word.

    >>> script_words("市交通局は12日、4月1日から市バスの運賃を改定すると発表した。", 1)
    13
    >>> script_words("Share this article", 3), script_words("首页", 1)
    (3, 1)
    """
    if line.isascii():
        return words
    n = len(_UNSPACED_CHAR.findall(line))
    return max(words, n // UNSPACED_CHARS_PER_WORD + words - 1) if n else words


def words(text: str) -> frozenset[str]:
    """A whitespace-separated word list as a set."""
    return frozenset(text.split())


def phrases(groups: dict[str, str] | str) -> frozenset[str]:
    """All phrases of a vocabulary group, across languages, as a set of label keys."""
    from .document import label_key

    texts = groups.values() if isinstance(groups, dict) else [groups]
    return frozenset(
        # (A phrase at the end of a line of the vocabulary ends with the newline, which a line
        # of a document never holds: its spaces go first, so that its final mark is stripped.)
        key for text in texts for phrase in text.split("|") if (key := label_key(phrase.strip()))
    )


# --------------------------------------------------------------------------------------------
# Contact blocks: the site owner's address, phone numbers, e-mail, bank details, opening hours.
# Each pattern judges one short line; the rule (cleaner/rules/contact.py) takes a block only
# when several such lines of different kinds stand together outside the article.
# --------------------------------------------------------------------------------------------

#: Titles of a contact block, found as whole words of a short line ("Kontakt:", "Pressekontakt",
#: "Ansprechpartner Presse", "Allgemeine Sprechzeiten", "Bankverbindung", "Notrufnummern").
CONTACT_HEADERS = {
    "en": """contact | contacts | contact us | contact details | contact information | contact info | get in touch
        | address | postal address | mailing address | headquarters | head office | press contact | press contacts
        | media contact | media contacts | media enquiries | media inquiries | press office | press enquiries
        | opening hours | opening times | office hours | business hours | hours of operation | bank details
        | bank account | donation account | emergency numbers | important numbers | helplines | press inquiries
        | media relations | press officer""",
    "de": """kontakt | kontaktdaten | kontaktinformationen | kontaktperson | anschrift | adresse | postanschrift
        | postadresse | hausanschrift | besucheradresse | ansprechpartner | ansprechpartnerin | ansprechpartner*in
        | ansprechpartner/in | pressekontakt | pressestelle | medienkontakt | so erreichen sie uns | öffnungszeiten
        | sprechzeiten | sprechstunden | servicezeiten | geschäftszeiten | bürozeiten | erreichbarkeit
        | bankverbindung | spendenkonto | kontoverbindung | notruf | notrufnummern | notrufe | notdienst | notdienste
        | wichtige telefonnummern | wichtige rufnummern | rückfragen | rückfragen bitte an | für rückfragen
        | bei rückfragen | presseanfragen | medienanfragen | pressesprecher | pressesprecherin""",
    "fr": """contact | contacts | nous contacter | contactez-nous | coordonnées | adresse | contact presse
        | contacts presse | relations presse | service de presse | horaires | horaires d'ouverture
        | heures d'ouverture | coordonnées bancaires | numéros d'urgence | numéros utiles
        | pour plus d'informations | contact presse""",
    "es": """contacto | contactos | contáctanos | contáctenos | datos de contacto | dirección | domicilio
        | contacto de prensa | gabinete de prensa | oficina de prensa | horario | horarios | horario de atención
        | horario de apertura | datos bancarios | cuenta bancaria | números de emergencia | teléfonos de interés
        | teléfonos útiles
        | para más información | más información""",
    "ca": """contacte | contactes | contacta'ns | dades de contacte | adreça | contacte de premsa | gabinet de premsa
        | horari | horaris | horari d'atenció
        | per a més informació | més informació""",
    "it": """contatti | contatto | contattaci | recapiti | indirizzo | ufficio stampa | contatti stampa | orari
        | orario | orari di apertura | orario di apertura | coordinate bancarie | numeri utili | numeri di emergenza
        | per maggiori informazioni | per informazioni""",
    "nl": """contact | contactgegevens | adres | bezoekadres | postadres | perscontact | persvoorlichting
        | openingstijden | openingsuren | bankgegevens | rekeningnummer | alarmnummers""",
    "pl": """kontakt | dane kontaktowe | adres | biuro prasowe | kontakt dla mediów | rzecznik prasowy
        | godziny otwarcia | godziny pracy | dane do przelewu | numer konta | telefony alarmowe | numery alarmowe""",
    "pt": """contato | contatos | contacto | contactos | fale conosco | endereço | morada | assessoria de imprensa
        | contactos para a imprensa | contacto para a imprensa | contatos para a imprensa | contato para a imprensa
        | gabinete de imprensa | horário de funcionamento | horário de atendimento | dados bancários""",
    "sv": """kontakt | kontaktuppgifter | kontaktinformation | adress | besöksadress | postadress | presskontakt
        | presskontakter | presstjänst | för mer information | för ytterligare information | öppettider | telefontider""",
    "ru": """контакты | контактная информация | адрес | пресс-служба | контакты для сми | для сми | режим работы
        | часы работы | реквизиты""",
    "da": """kontakt | kontaktoplysninger | adresse | pressekontakt | presseansvarlig | for yderligere information kontakt | for yderligere oplysninger kontakt | for mere information kontakt | yderligere information""",
    "no": """kontakt | kontaktinformasjon | adresse | pressekontakt | for mer informasjon, kontakt | for mer informasjon kontakt | for ytterligere informasjon, kontakt | ytterligere informasjon""",
    "cs": """kontakt | kontakty | kontaktní údaje | adresa | tiskové oddělení | kontakt pro média | tisková mluvčí | tiskový mluvčí | další informace poskytne""",
    "sk": """kontakt | kontakty | kontaktné údaje | adresa | tlačové oddelenie | kontakt pre médiá | hovorca | ďalšie informácie poskytne""",
}


#: The headers as lower-case phrases, looked up among a short line's runs of words.
CONTACT_HEADER_PHRASES = frozenset(
    " ".join(phrase.split()) for text in CONTACT_HEADERS.values() for phrase in text.split("|") if phrase.strip()
)
#: Of those, the titles of a place's opening hours, which an article gives for the museum or the
#: shop it is about as often as a site for its own office ("Sprechzeiten", "Servicezeiten" and
#: "Office hours" are an office's): under such a title alone, opening hours stay.
VENUE_HOURS_HEADERS = frozenset(" ".join(phrase.split()) for phrase in """opening hours | opening times
    | hours of operation | öffnungszeiten | horaires | horaires d'ouverture | heures d'ouverture | horario | horarios
    | horário de funcionamento | öppettider | режим работы | часы работы
    | horario de apertura | orari | orario | orari di apertura | orario di apertura | openingstijden | openingsuren
    | godziny otwarcia""".split("|"))


#: A phone or fax number after its label: "Tel. 030 / 12 34 56", "Telefon: +49 (0)40 123 45-6",
#: "Fax 0123/45678", "T: +44 20 7946 0000", "Tél. : 01 23 45 67 89", "Teléfono 912 345 678".
#: The label's single letters (T, F, M, P) need a colon or a stop. The digits are counted by the
#: rule (a phone number has 5 or more).
PHONE_LABELLED = regex.compile(
    r"""(?<![\p{L}\d])
        (?:(?:tel(?:efon(?:nummer)?|ephone|éphone|efono|éfono|efoon|efone|f)?|phone|fon|fone|telefax|fax(?:nummer)?
            |mobil(?:e|telefon|funk)?|mob|handy|cell(?:phone)?|tfno|tlf|tél|hotline|infoline|rufnummer
            |numer\s+telefonu|nr\s+tel|tel/fax|fon/fax|тел(?:ефон)?)\.?
          |(?:[tfmp]|ph)\s?[:.])
        \s*(?:\((?:[^\d()]{1,20})\)\s*)?[:.]?\s*
        (?P<number>\+?\s?\(?\d[\d\s()/.\-\u2013]{3,28}\d)""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A phone number without a label that ends its line, in a shape figures do not take: an
#: international prefix, an area code in parentheses, or an area code with a leading zero and
#: a slash or a space ("+49 30 1234567", "(0551) 19 24 0", "05225/873844", "0421 894-3500").
PHONE_BARE = regex.compile(
    r"""(?<![\d.,:/])
        (?P<number>\+\s?\d{1,3}[\s\-.]*\(?\d[\d\s()/.\-\u2013]{4,24}\d
          |\(0\d{1,5}\)[\s\-]*\d[\d\s/\-\u2013]{1,15}
          |0\d{1,5}(?:\s?[/\-\u2013]\s?|\s)\d[\d\s\-\u2013]{1,15})
        \s*$""",
    regex.VERBOSE,
)

#: Services whose number is printed in a box of emergency numbers: "Polizei 110", "Nummer
#: gegen Kummer 116 111", "Giftnotruf (0551) 19 240", "Samu 15", "Pogotowie ratunkowe 999".
EMERGENCY_LINE = regex.compile(
    r"""(?:polizei|feuerwehr|notruf|notarzt|rettungsdienst|bereitschaftsdienst|seelsorge|kummer|krankentransport
        |giftinformation|police|fire\s+(?:brigade|department|service)|ambulance|emergency|samu|pompiers|urgences?
        |policía|bomberos|emergencias?|urgencias|polizia|carabinieri|vigili\s+del\s+fuoco|guardia\s+medica
        |pogotowie|policja|straż|politie|brandweer|helpline|crisis\s+line|lifeline)
        .{0,60}?\s(?P<number>\(?\d[\d\s()/\-\u2013]{1,20})\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: An e-mail address, also written "name (at) example.org" or "name[at]example.org".
EMAIL = regex.compile(
    # (One character before the "@" rather than the whole name: the name's run of letters,
    # tried from every position of the line, made the search quadratic.)
    r"[\w.+\-](?:@|\s?[\[(\{]at[\])\}]\s?)[\w\-]+(?:\.[\w\-]+|\s?[\[(\{](?:dot|punkt)[\])\}]\s?[\w\-]+)+",
    regex.IGNORECASE,
)

#: A web address alone on its line, with or without a label: "www.example.org",
#: "Internet: https://example.org".
WEB_LINE = regex.compile(
    r"""^\W*(?:(?:internet|web|website|webseite|homepage|site(?:\s+web|\s+internet)?|sitio\s+web|sito(?:\s+web)?|url)\s*:\s*)?
        (?:https?://|www\.)\S+\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A postcode with its town, alone or after a street and a separator: "10115 Berlin", "D-80331
#: München", "CH-8001 Zürich", "A-1010 Wien", "75008 Paris", "28013 Madrid", "00184 Roma", "1017
#: AB Amsterdam", "00-950 Warszawa", "1000-001 Lisboa", "Frankfurt am Main". The rule treats a
#: bare four-digit code that reads as a year (1800-2099: "1989 Leipzig") as a postcode only after
#: a street. British and American postcodes: `POSTCODE_UK_US`.
POSTCODE_CITY = regex.compile(
    r"""(?:^\W*|[,;|\u00b7\u2022\u2013]\s*|\s-\s|\s{2,})
        (?P<country>(?:[A-Z]{1,2})\s?[-\u2013]\s?)?
        (?P<code>\d{5}|\d{4}(?:\s?[A-Z]{2}(?=\s))?|\d{2}-\d{3}|\d{4}-\d{3})
        \s+\p{Lu}[\p{L}'\u2019.\-]*
        (?:[\s\-/]+(?:\p{Lu}[\p{L}'\u2019.\-]*|\(\p{L}[\p{L}.\s]*\)|am|an|der|im|in|ob|bei|sur|sous|en|de|del|di|la|le|les|upon|on|aan|den|nad))*?
        \s*(?:$|[,;|\u00b7\u2022\u2013]|\s-\s|\s{2,})""",
    regex.VERBOSE,
)

#: "London SW1A 2AA", "Springfield, IL 62704", "New York, NY 10001-1234".
POSTCODE_UK_US = regex.compile(
    r"(?:(?<![\p{L}\d])[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)(?![\p{L}\d])"
)

#: A street with its number, told by the words next to the number (see `contact.py`'s
#: `_street`). German, Dutch and Nordic names end in their street word ("Hauptstraße 5",
#: "Musterstr. 12a", "Lindenallee 10-12", "Keizersgracht 123"; a street word of its own after a
#: name: "Am Markt 3", "Langenhorner Chaussee 600").
STREET_ENDINGS = (
    "straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "chaussee", "hof", "markt",
    "steig", "stieg", "pfad", "graben", "kai", "promenade", "zeile", "anger", "gürtel", "straat", "laan", "plein",
    "gracht", "kade", "singel", "dijk", "steeg", "vej", "gade", "gatan", "vägen", "gata",
)
#: Romance and Polish names open with their street word: "Rue de la Paix 5", "Calle Mayor, 12",
#: "Via Roma 10", "ul. Długa 5"; French ones also after the number: "5, rue de la Paix".
STREET_OPENINGS = frozenset("""rue avenue av. bd boulevard place chemin allée quai impasse route cours calle c/ avenida
    avda. plaza paseo camino carrer ronda via viale piazza piazzale corso largo vicolo contrada ul. ulica al. aleja pl.
    plac os. rua praça travessa""".split())
STREET_OPENINGS_AFTER_NUMBER = frozenset("rue avenue boulevard bd place chemin allée quai impasse route cours".split())
#: English names put the number first and end with the street's type: "10 Downing Street",
#: "221B Baker St.", "1600 Pennsylvania Avenue NW".
STREET_TYPES = frozenset("""Street St St. Road Rd Rd. Avenue Ave Ave. Lane Ln Ln. Drive Dr Dr. Boulevard Blvd Blvd. Way
    Court Ct Ct. Place Square Sq Sq. Terrace Parkway Pkwy Pkwy. Highway Hwy Hwy. Row Crescent Close""".split())
#: Post boxes: "Postfach 10 20 30", "PO Box 123", "Postbus 45", "Apartado de Correos 7".
PO_BOX = regex.compile(
    r"""(?<![\p{L}])(?:postfach|p\.?\s?o\.?\s?box|postbus|boîte\s+postale|apartado(?:\s+de\s+correos)?|casella\s+postale
        |skrytka\s+pocztowa)\s*\d""",
    regex.IGNORECASE | regex.VERBOSE,
)
PO_BOX_NEEDLES = ("postfach", "box", "postbus", "postale", "apartado", "skrytka")

#: Bank details: "IBAN: DE12 3456 ...", "BIC: ABCDDEFFXXX", "Konto 123 45 67", "Bankleitzahl 100
#: 200 30", "Sort code 12-34-56", "Account number 12345678", "Numer konta 12 3456 ...".
BANK_LINE = regex.compile(
    r"""(?:^|(?<=[\s|\u00b7\u2022,;(]))
        (?:iban|bic|swift(?:[\s-]?code)?|blz|bankleitzahl|bank\s*code|sort\s*code|routing\s*(?:number|no\.?)
          |konto(?:nummer|nr\.?|-nr\.?)?|kto\.?(?:[\s-]?nr\.?)?|account\s*(?:number|no\.?)|nr\.?\s*konta|numer\s*konta
          |rib|cuenta|rekeningnummer|rekening)(?![\p{L}])
        \s*[:.]?\s*(?-i:[A-Z\d][A-Z\d\s\-/]{4,})""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: An IBAN written in full: two letters, two check digits and the account in groups.
IBAN = regex.compile(r"(?<![\p{L}\d])[A-Z]{2}\d{2}(?:\s?[A-Z\d]{4}){3,7}(?:\s?[A-Z\d]{1,4})?(?![\p{L}\d])")

#: Weekdays, their abbreviations and words for days (de, en, fr, es, it, nl, pl), as an opening-
#: hours line opens with them ("Mo", "Montag", "Mon", "lun.", "wt", "werktags").
WEEKDAYS = frozenset("""mo mon montag monday di dienstag tue tues tuesday mi mittwoch wed wednesday do donnerstag thu thur
    thurs thursday fr fri freitag friday sa sat samstag sonnabend saturday so sonntag sun sunday lun lundi lunes lunedì
    mar mardi martes martedì mer mercredi mié miércoles mercoledì jeu jeudi jue jueves gio giovedì ven vendredi vie viernes
    venerdì sam samedi sáb sab sábado sabato dim dimanche dom domingo domenica ma maandag dinsdag wo woensdag donderdag
    vr vrijdag za zaterdag zo zondag pon poniedziałek wt wtorek śr środa czw czwartek pt piątek sob sobota nd niedz
    niedziela werktags wochentags feiertag feiertags täglich weekday weekdays weekend weekends daily diario festivi
    feestdagen""".split())
_WEEKDAY = "(?:" + "|".join(sorted(map(regex.escape, WEEKDAYS), key=len, reverse=True)) + r")\.?"
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.)?"

#: Opening hours: a line that opens with a weekday and holds a span of time ("Mo-Fr 9-17 Uhr",
#: "Montag 08.30 - 12.00 Uhr", "Sat 10am - 4pm", "Lun.-Ven. : 9h-18h", "Sa geschlossen").
OPENING_HOURS = regex.compile(
    rf"""^\W*{_WEEKDAY}(?![\p{{L}}]).*?
        (?:{_CLOCK}\s*(?:[-\u2013]|bis|to|à|a|al|do|tot|until)\s*{_CLOCK}
          |geschlossen|closed|fermé|cerrado|chiuso|gesloten|nieczynne|nach\s+vereinbarung|by\s+appointment)""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: What an opening-hours line may hold beside weekdays and times: a line with anything more
#: ("Montag 18-20 Uhr Yoga im Gemeindehaus") is a schedule of the article.
OPENING_HOURS_REST = regex.compile(
    rf"""{_WEEKDAY}(?![\p{{L}}])|{_CLOCK}|uhr|und|and|et|y|e|en|i|oder|or|ou|o|bis|to|à|a|al|do|tot|until|von|from|de|dalle
        |alle|van|tot|od|geschlossen|closed|fermé|cerrado|chiuso|gesloten|nieczynne|nach\s+vereinbarung
        |by\s+appointment|sowie|jeweils|[\W_]+""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: A company's or an association's name ending with its legal form, as on the first line of an
#: address: "Musterverein für Tierschutz e.V.", "Beispiel GmbH & Co. KG", "Example Ltd".
ORGANISATION = regex.compile(
    r"""(?:^|\s)(?:e\.\s?V\.|GmbH(?:\s?&\s?Co\.?\s?KG)?|gGmbH|mbH|AG|SE|KG|KGaA|OHG|eG|UG(?:\s?\(haftungsbeschränkt\))?
        |GbR|PartG(?:\s?mbB)?|Ltd\.?|Limited|Inc\.?|LLC|LLP|PLC|plc|Corp\.?|S\.A\.(?:S\.)?|SAS|SARL|S\.L\.U?\.?|S\.r\.l\.
        |Srl|S\.p\.A\.|SpA|B\.V\.|BV|N\.V\.|sp\.\s?z\s?o\.\s?o\.|AB|A/S|ASA|Oy)\s*$""",
    regex.VERBOSE,
)

#: How a line naming an organisation with its legal form ends (tested before `ORGANISATION`).
ORGANISATION_ENDINGS = (
    "V.", "GmbH", "KG", "AG", "SE", "KGaA", "OHG", "eG", "UG", ")", "GbR", "mbB", "PartG", "Ltd", "Ltd.", "Limited",
    "Inc", "Inc.", "LLC", "LLP", "PLC", "plc", "Corp", "Corp.", "A.", "S.", "SAS", "SARL", "L.", "U.", "l.", "Srl",
    "SpA", "BV", "o.", "AB", "A/S", "ASA", "Oy",
)

#: Labels of an event's particulars ("Ort:", "Wann:", "Venue:", "Tickets:", "Lieu :") and titles
#: of an article's box of practical details ("Info", "Wissenswertes", "If you go", "Infos
#: pratiques"): a block holding one is the article's notice of an event or a place, with its
#: address and box office, not the site's contact block.
EVENT_LABEL = regex.compile(
    r"""^\W*(?:(?:info|infos|infobox|info-box|information|informationen|wissenswertes|gut\s+zu\s+wissen|tipp|service
          |good\s+to\s+know|if\s+you\s+go|practical\s+information|the\s+details|infos?\s+pratiques|en\s+pratique
          |información\s+práctica|datos\s+prácticos|informazioni\s+utili|praktische\s+informatie|informacje\s+praktyczne)
          \W*$
        |(?:ort|veranstaltungsort|treffpunkt|wo|wann|beginn|ende|einlass|eintritt|termin|datum|uhrzeit|zeit|karten
        |tickets?|vorverkauf|kartenvorverkauf|anmeldung|veranstalter|kosten|preis|where|when|venue|location|date|time
        |admission|entry|registration|organi[sz]er|lieu|quand|où|horaire|entrée|tarifs?|inscriptions?|organisateur
        |lugar|cuándo|dónde|fecha|hora|entradas?|inscripciones?|organiza|luogo|quando|dove|data|ora|ingresso|biglietti
        |iscrizioni?|organizzatore|plaats|locatie|wanneer|waar|tijd|entree|kaarten|aanmelden|miejsce|kiedy|gdzie
        |godzina|wstęp|bilety|zapisy|organizator|trauerfeier|beisetzung|beerdigung|gottesdienst|andacht|funeral
        |memorial\s+service|visitation|ausstellung|exhibition|exposition|exposición|mostra|vortrag|lecture|konzert
        |concert|concierto|concerto|lesung|führung|guided\s+tour|visite\s+guidée|workshop|seminar|kurs|course
        # where readers learn more: the article's practical details ("Renseignements : 04 ...")
        |renseignements|(?:plus\s+d')?infos?|informations?|más\s+información|información|informes|informazioni
        |per\s+informazioni|informacje|inlichtingen|meer\s+informatie|(?:for\s+)?(?:more|further)\s+information
        |(?:weitere|nähere)\s+(?:informationen|infos)|auskunft|auskünfte)\s*:)""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: Lower-case substrings, by the mark they hint at, of which a line of a contact block holds
#: one before its pattern is tried: phone labels, "@", bank words, street words, emergency
#: services, headers. A postcode, an opening-hours line, a bare phone number or a web address
#: is told by cheaper tests. (The English street words that are common words too, "Way",
#: "Close", "Court", "Place", are left out: such a street is found with its postcode or phone.)
CONTACT_NEEDLES = {
    "phone": ("tel", "fon", "fax", "phone", "mobil", "handy", "hotline", "infoline", "rufnummer", "cell", "tfno", "tlf",
              "tél", "numer telefonu", "nr tel", "t:", "f:", "m:", "p:", "ph:", "тел"),
    "e-mail": ("@", "(at)", "[at]", "{at}"),
    "bank": ("iban", "bic", "swift", "konto", "kto", "blz", "bankleitzahl", "bank code", "sort code", "routing",
             "account", "rib", "cuenta", "rekening"),
    "street": (
        "straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "chaussee", "hof",
        "markt", "steig", "stieg", "pfad", "graben", "kai", "promenade", "zeile", "anger", "gürtel", "straat", "laan",
        "plein", "gracht", "kade", "singel", "dijk", "steeg", "vej", "gade", "gatan", "vägen", "gata",
        "rue ", "avenue", "av.", "bd ", "boulevard", "place", "chemin", "allée", "quai", "impasse", "route", "cours",
        "calle", "c/", "avda", "plaza", "paseo", "camino", "carrer", "ronda", "via ", "viale", "piazza", "corso",
        "largo", "vicolo", "contrada", "ul.", "ulica", "al.", "aleja", "pl.", "plac", "os.", "rua ", "praça",
        "travessa", "street", "st.", "road", "rd.", "lane", "drive", "blvd", "highway", "crescent",
        "postfach", "p.o.", "po box", "postbus", "postale", "apartado", "skrytka",
    ),
    "emergency": (
        "polizei", "feuerwehr", "notruf", "notarzt", "rettungsdienst", "bereitschaftsdienst", "seelsorge", "kummer",
        "krankentransport", "giftinformation", "police", "fire", "ambulance", "emergency", "samu", "pompiers", "urgence",
        "policía", "bomberos", "emergencia", "urgencias", "polizia", "carabinieri", "vigili del fuoco",
        "guardia medica", "pogotowie", "policja", "straż", "politie", "brandweer", "helpline", "crisis line", "lifeline",
    ),
    "closed": ("geschlossen", "closed", "fermé", "cerrado", "chiuso", "gesloten", "nieczynne", "vereinbarung",
               "appointment"),
    "header": tuple(sorted(CONTACT_HEADER_PHRASES)),
}

#: A site's legal notice quoting the law that asks for it ("Angaben gemäß § 5 TMG",
#: "Verantwortlich nach § 55 Abs. 2 RStV", "gemäß § 7 Abs. 1 TMG für eigene Inhalte",
#: "Directeur de la publication", "Ley 34/2002"): on such a page the owner's address is the
#: text itself.
IMPRINT_MARK = regex.compile(
    r"""§§?\s*\d+[^\n§]{0,24}?\b(?:tmg|ddg|rstv|mstv)\b
        |\b(?:directeur|directrice|responsable)\s+de\s+(?:la\s+)?publication\b|\bley\s+34/2002\b|\blssi(?:-ce)?\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
IMPRINT_NEEDLES = ("tmg", "ddg", "rstv", "mstv", "publication", "34/2002", "lssi")
