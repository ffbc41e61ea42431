#include "lexicon/phrases.hpp"

#include <string_view>
#include <vector>

namespace newsclean::lexicon {

using namespace std::string_view_literals;

namespace {

// Related/trending block headings seen on aggregator and news pages
// (samples/mexc-deepseek-r1-cost.txt: "You May Also Like", "Trending News";
// common CMS templates in en, de, fr, es, it, pt, nl, pl, ru).
constexpr std::string_view kRelated[] = {
    "you may also like"sv, "you might also like"sv, "trending news"sv, "trending"sv, "related articles"sv,
    "related news"sv, "related stories"sv, "related posts"sv, "related"sv, "read also"sv, "read more"sv,
    "more news"sv, "more stories"sv, "recommended"sv, "recommended for you"sv, "most read"sv, "most popular"sv,
    "popular posts"sv, "hot topics"sv, "latest news"sv, "more from this creator"sv, "editor's picks"sv,
    "das könnte sie auch interessieren"sv, "lesen sie auch"sv, "auch interessant"sv, "meistgelesen"sv,
    "à lire aussi"sv, "lire aussi"sv, "sur le même sujet"sv, "te puede interesar"sv, "noticias relacionadas"sv,
    "leggi anche"sv, "potrebbe interessarti anche"sv, "veja também"sv, "leia também"sv, "lees ook"sv,
    "zobacz też"sv, "czytaj także"sv, "читайте также"sv, "по теме"sv,
    // uk "read also"/"see also" (study-r round 15 H2, pravda shell: "Читайте також: <headline>"; UNIAN, RBC-Ukraine).
    "читайте також"sv, "дивіться також"sv,
    // repost README shells: inline "Also read:/Recommended:" links and block headings.
    "also read"sv, "read next"sv, "further reading"sv, "recommended stories"sv,
    "popular now"sv, "trending tickers"sv, "related coins"sv, "verwandte coins"sv, "ähnliche artikel"sv,
    "more on this"sv, "more from"sv, "weitere artikel"sv, "mehr zum thema"sv,
    // "Seguí leyendo" (Argentine voseo, "keep reading"): the related links under Infobae-style stories
    // (study-h round 5 redaccion shell); not the infinitive "seguir leyendo", a paywall's expand button.
    "seguí leyendo"sv,
    // Argentine voseo inline boxes (study-p round 13 H1, clarin shell: "Mirá también" + one link; Clarín,
    // La Nación, Página/12 "Leé también"), and the es "see also" box.
    "mirá también"sv, "leé también"sv, "ver también"sv,
    // A guide's citation list under the story (study-p round 13 X2, howto shell: Dotdash's "Article Sources").
    "article sources"sv,
    "lea también"sv, "lee también"sv, "assets in this article"sv, "in this article"sv, "artículos relacionados"sv, "también te puede interesar"sv,
    "articles similaires"sv, "à lire également"sv, "top stories"sv, "latest stories"sv, "you might like"sv,
    // trafilatura evaluation pages (de, es): related-links headings and inline teasers.
    "le puede interesar"sv, "ähnliche beiträge"sv, "verwandte themen"sv, "verwandte themenbereiche"sv,
    "interessante artikel"sv, "mehr themen"sv, "weitere beiträge"sv, "lesen sie auch die folgenden beiträge"sv,
    "lesen sie hier"sv, "das könnte dich auch interessieren"sv, "vorschau auf den nächsten artikel"sv,
    "weitere informationen"sv, "meist-diskutiert"sv, "most discussed"sv, "entdecke weitere"sv,
    "weitere beiträge aus der kolumne"sv, "empfehlungen aus dem"sv, "lee además"sv, "leer también"sv,
    // the same blocks in the repost shells' other languages (es, fr, de).
    "lo más leído"sv, "lo más visto"sv, "les plus lus"sv, "tendances"sv, "tendencias"sv, "trends"sv,
    "monedas relacionadas"sv, "cryptos associées"sv, "ähnliche coins"sv, "recommandé pour vous"sv,
    "recomendado para ti"sv, "empfohlen für sie"sv, "sujets tendance"sv, "temas del momento"sv,
    // Plain-text scrapes (issue #5; repost-text dev pages, their live-site models): headings of
    // coin/related/popular blocks and inline "Also read:" labels in en, de, es.
    "live news"sv, "похожие статьи"sv, "関連記事"sv,
    // Inline related labels of id and ja portals (study-i round 6 B6: ANTARA "Baca juga: <headline>",
    // CoinPost "関連：<headline>"; Kompas, Detik and Tempo write the same).
    "baca juga"sv, "lihat juga"sv, "関連"sv,
    // Inline related labels of cs/sk and th portals (study-j round 7 B14, czech shell: Aktuálně.cz
    // "Čtěte také: <headline>", as iDNES, Novinky, Seznam Zprávy write it; thai shell: Siam Blockchain
    // "อ่านต่อ: <headline>", "read more"/"read further" on every Thai portal).
    "čtěte také"sv, "čtěte též"sv, "přečtěte si také"sv, "prečítajte si aj"sv, "čítajte aj"sv,
    "อ่านต่อ"sv, "อ่านเพิ่มเติม"sv,
    // pt and tr related labels (study-k round 8 B10/B15): Folha's inline "LEIA MAIS: <headline>" (UOL,
    // Estadão and G1 write the same) and its "Relacionadas" box after the story; Hürriyet's inline
    // "İlgili Haber <headline>" and "İlgili Haberler" box, as Milliyet, Sabah and NTV title theirs.
    // util::fold keeps the Turkish dotted capital İ (U+0130): the entries carry the capital forms.
    "leia mais"sv, "relacionadas"sv, "notícias relacionadas"sv, "ilgili haber"sv, "ilgili haberler"sv,
    "\xC4\xB0lgili haber"sv, "\xC4\xB0lgili haberler"sv, "\xC4\xB0lg\xC4\xB0l\xC4\xB0 haber"sv,
    "\xC4\xB0lg\xC4\xB0l\xC4\xB0 haberler"sv,
    // BBC's topic chips after every story (study-k round 8 B14, bbc shell: "Related topics" over a list of
    // topic links, data-component="tags").
    "related topics"sv,
    // The label of an inline video card linking another story's clip (study-m round 10 H4, msn shell:
    // "Related video: Amazon cuts prices at Whole Foods (Bloomberg)", MSN's en and pt-BR editions; the es
    // form too).
    "related video"sv, "related videos"sv, "vídeo relacionado"sv, "video relacionado"sv, "vídeos relacionados"sv,
    "videos relacionados"sv,
    // The video rail under a story (study-m round 10 text body, businessinsider shell: "Recommended video" over
    // clip titles; the heading of most video players' end rails) and El País's related box over one or two
    // headlines ("Más información", es portals and their pt "Mais informações").
    "recommended video"sv, "recommended videos"sv, "más información"sv, "mais informações"sv,
    // The most-read box under a story in the languages "most read"/"meistgelesen"/"les plus lus"/"lo más
    // leído" above lacked (study-o round 12 X1, publico shell: "Mais lidas", as Público, Expresso, Folha and
    // Observador title it; it "I più letti" / "Più letti" (Corriere, Repubblica); es "Lo más visto" plural
    // forms; fr "Les plus partagés"; en "Most viewed"/"Most shared"; nl "Meest gelezen").
    "mais lidas"sv, "mais lidos"sv, "mais vistas"sv, "mais vistos"sv, "os mais lidos"sv, "as mais lidas"sv,
    "i più letti"sv, "più letti"sv, "più lette"sv, "i più visti"sv, "las más leídas"sv, "los más leídos"sv,
    "más leídas"sv, "más leídos"sv, "les plus partagés"sv, "most viewed"sv, "most shared"sv, "meest gelezen"sv,
    "am meisten gelesen"sv,
    // pt-PT's related box inside the story, run into its headline by a scrape (study-o round 12, publico shell:
    // "RelacionadosLula e o futebol: …"), beside pt-BR "Relacionadas".
    "relacionados"sv,
    // ja related and most-read headings under a portal's story (study-q round 14 X1, biglobe shell: "関連ニュース" and
    // "アクセスランキング" over headlines; BIGLOBE, livedoor, excite, nifty title the boxes "関連リンク", "あわせて読みたい",
    // "人気記事", "ニュースランキング"). Not a bare "ランキング": a story about a ranking heads its section so.
    "関連ニュース"sv, "関連リンク"sv, "関連記事一覧"sv, "あわせて読みたい"sv, "合わせて読みたい"sv, "こちらもおすすめ"sv,
    "おすすめ記事"sv, "人気記事"sv, "アクセスランキング"sv, "人気ランキング"sv, "ニュースランキング"sv, "記事ランキング"sv,
    // cs/sk/pl "related" over an inline teaser or a box (study-q round 14 H1, lidovky shell: "Související" + a
    // headline link, as iDNES, Lidovky and Aktuálně print it; sk "Súvisiace", pl "Powiązane" on Onet/WP).
    "související"sv, "související články"sv, "súvisiace"sv, "súvisiace články"sv, "powiązane"sv,
    "powiązane artykuły"sv,
    // vi/fi/el/hu and sv/da/no read-also, related and most-read headings (study-s round 16 X1/X4/X5/X6: Tuổi Trẻ's
    // inline "Xem thêm: <headline>", "Tin liên quan", "Đọc nhiều", as VnExpress and Thanh Niên title them; Iltalehti's
    // "Lue myös:" and "Luetuimmat", as Ilta-Sanomat, HS and Yle write them; Kathimerini's "ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ" and
    // "Τελευταία νέα", in.gr's and Protothema's "Διαβάστε επίσης"; Telex's "Ajánlott" and "Legolvasottabb", Index's
    // "Kapcsolódó"; Aftonbladet's "Läs också", Politiken's "Læs også", VG's "Les også"). Greek capitals carry no
    // accents, so the unaccented forms are listed too.
    "xem thêm"sv, "tin liên quan"sv, "đọc nhiều"sv, "đọc thêm"sv, "tin cùng chuyên mục"sv, "tin mới nhất"sv,
    "lue myös"sv, "katso myös"sv, "luetuimmat"sv, "luetuimmat uutiset"sv, "uusimmat"sv, "suosituimmat"sv,
    "διαβάστε ακόμη"sv, "διαβάστε επίσης"sv, "δείτε επίσης"sv, "διαβαστε ακομη"sv, "διαβαστε επισης"sv,
    "δειτε επισης"sv, "τελευταία νέα"sv, "τελευταια νεα"sv, "σχετικά άρθρα"sv, "δημοφιλή"sv,
    "ajánlott"sv, "kapcsolódó"sv, "kapcsolódó cikkek"sv, "legolvasottabb"sv, "legolvasottabbak"sv, "legfrissebb"sv,
    "läs också"sv, "läs även"sv, "mest läst"sv, "læs også"sv, "mest læste"sv, "les også"sv, "mest lest"sv,
    // ro read-also and see-also labels (study-t round 17 X2, digi24 shell: the inline "Citește și: <headline>"
    // between paragraphs, as Digi24, HotNews, Adevărul and Libertatea print it). Romanian is written with
    // comma-below ș/ț and, on older CMSs, cedilla ş/ţ: both. Not yet the box headings under the story ("Articole
    // recomandate"): as a barrier there it keeps the story's trailing tag row and desk-editor line.
    "citește și"sv, "citeşte şi"sv, "citiți și"sv, "citiţi şi"sv, "vezi și"sv, "vezi şi"sv,
    // hr/sr/bs/sl, lt/lv/et and he read-also labels between paragraphs and related headings (study-u round 18 X1:
    // Jutarnji's "PROČITAJTE VIŠE <headline>", as Index.hr, Večernji and 24sata print "Pročitajte i", "Pročitajte
    // još"; sr "Pročitajte još" / "Povezane vesti" (Blic, N1), sl "Preberite tudi" (24ur, Delo); 15min's "Taip pat
    // skaitykite:" (Delfi "Skaitykite taip pat"); lv "Lasi arī" / "Lasiet arī" (Delfi.lv, LSM); et "Loe ka" / "Vaata
    // ka" (Postimees, ERR); ynet's "עוד באותו נושא:" ("more on the same subject"), Haaretz and Walla "קראו עוד",
    // "קראו גם"). The cyrillic sr forms too.
    "pročitajte više"sv, "pročitajte još"sv, "pročitajte i"sv, "pročitajte također"sv, "povezane vijesti"sv,
    "vezane vijesti"sv, "povezane vesti"sv, "прочитајте још"sv, "прочитајте и"sv, "повезане вести"sv,
    "preberite tudi"sv, "preberi tudi"sv, "sorodne novice"sv, "taip pat skaitykite"sv, "skaitykite taip pat"sv,
    "susiję straipsniai"sv, "lasi arī"sv, "lasiet arī"sv, "loe ka"sv, "vaata ka"sv,
    "עוד באותו נושא"sv, "קראו עוד"sv, "קראו גם"sv, "כתבות נוספות"sv,
    // ko related and most-read headings (study-x round 22 H2, hankyeol shell: "관련기사" over three headlines; every
    // Korean CMS titles the box so, spaced or not), sv "more news" (nordposten shell: "Fler nyheter", as Aftonbladet,
    // Expressen and the Mittmedia papers title the list under the story) and he "more on the site:" before an
    // inline link (study-y round 22 H2, haaretzon shell: "עוד באתר: <headline>"; ynet, Walla).
    "관련기사"sv, "관련 기사"sv, "관련뉴스"sv, "관련 뉴스"sv, "많이 본 뉴스"sv, "많이 본 기사"sv, "fler nyheter"sv,
    "עוד באתר"sv,
    // nl, id, th and gl related headings over the links under a story (study-v round 19 X3, rijks shell: the
    // Rijksmuseum's "Ook interessant" box, as NOS, NU.nl and museum sites title it "(Misschien) ook interessant";
    // Kompas, Detik and kumparan "Artikel terkait" / "Berita terkait"; Khaosod, Thairath and Matichon
    // "ข่าวที่เกี่ยวข้อง" / "อ่านข่าวที่เกี่ยวข้อง" ("(read) related news"); La Voz de Galicia's and Faro de Vigo's
    // "Tamén che pode interesar", "Máis novas").
    "ook interessant"sv, "misschien ook interessant"sv, "dit vind je misschien ook interessant"sv,
    "gerelateerde artikelen"sv, "artikel terkait"sv, "berita terkait"sv, "ข่าวที่เกี่ยวข้อง"sv,
    "อ่านข่าวที่เกี่ยวข้อง"sv, "ข่าวแนะนำ"sv, "tamén che pode interesar"sv, "tamén pode interesarche"sv,
    "máis novas"sv, "novas relacionadas"sv,
    // fa/ar/ur read-also and related headings (study-w round 21 X2, hamshahri shell: "بیشتر بخوانید:" between
    // paragraphs and "خبرهای مرتبط" over the headlines under the story, as Hamshahri, ISNA, IRNA and Tasnim title
    // them; Al Jazeera, Al-Ahram and Youm7 "اقرأ أيضا", "أخبار ذات صلة", "مواضيع ذات صلة"; Dawn/Jang Urdu "مزید پڑھیں",
    // "متعلقہ خبریں"). Arabic "أيضا" is written with and without the final tanwin "أيضاً".
    "خبرهای مرتبط"sv, "اخبار مرتبط"sv, "مطالب مرتبط"sv, "بیشتر بخوانید"sv, "پربازدیدترین"sv,
    "اقرأ أيضا"sv, "اقرأ أيضاً"sv, "اقرأ ايضا"sv, "أخبار ذات صلة"sv, "مواضيع ذات صلة"sv, "الأكثر قراءة"sv,
    "مزید پڑھیں"sv, "متعلقہ خبریں"sv, "یہ بھی پڑھیں"sv,
    // hi/mr read-also labels and related headings (Amar Ujala, Dainik Bhaskar, NDTV India "यह भी पढ़ें",
    // "संबंधित खबरें").
    "यह भी पढ़ें"sv, "ये भी पढ़ें"sv, "संबंधित खबरें"sv,
    // bg read-also labels and related headings (study-w round 21 H2, segabg shell: "Прочетете още: <headline>", as
    // Сега, Дневник and Mediapool print it; "Вижте още", "Още по темата"). Not ru "читайте также": the spellings differ.
    "прочетете още"sv, "прочетете също"sv, "вижте още"sv, "още по темата"sv, "свързани новини"sv,
};

// Repost/aggregator and finance-site disclaimers (MEXC sample: "Disclaimer: The
// articles reposted on this site are sourced from public platforms ...").
constexpr std::string_view kDisclaimer[] = {
    "disclaimer:"sv, "disclaimer -"sv, "risk warning"sv, "risk disclosure"sv,
    "the articles reposted on this site"sv, "this content is for informational purposes only"sv,
    "this article is for informational purposes only"sv, "the information provided in this article"sv,
    "not financial advice"sv, "haftungsausschluss"sv, "aviso legal"sv, "avertissement"sv,
    "descargo de responsabilidad"sv, "esclusione di responsabilità"sv,
    // repost README shells (finance portals, brokers, social square feeds).
    "includes third-party opinions"sv, "may include sponsored content"sv, "trading cfds carries"sv,
    "past performance is not"sv, "always do your own research"sv, "quotes delayed"sv, "risikohinweis"sv,
    "avertissement sur les risques"sv, "advertencia de riesgo"sv, "aviso de riesgo"sv,
    // Risk warnings of exchanges and CFD brokers (issue #5: repost-text dev pages).
    "trading leveraged products carries"sv,
    // The standard footer of paid crypto press releases ("This is a paid press release. Readers should do
    // their own due diligence …"; study-b pressrel shell) and sponsored posts.
    "this is a paid press release"sv, "this is a sponsored post"sv, "this is a sponsored article"sv,
    // Disclaimer labels of zh/ja exchange news pages (study-d cjk shell: "风险提示：本文不构成任何投资建议…",
    // "免責事項：本記事は…投資助言ではありません。") and the author/site disclosure blocks of
    // analysis sites (study-d seekalpha shell: "Analyst's Disclosure: I/we have no stock, option …").
    "风险提示"sv, "風險提示"sv, "免責事項"sv, "免责声明"sv, "免責聲明"sv,
    // The ownership and holdings notes closing a story (study-j round 7 B16, cnbc shell: "Disclosure:
    // Comcast is the parent company of NBCUniversal, which owns CNBC.", on CNBC, NBC News, MSNBC and
    // Fortune; authors' "Disclosure: I hold BTC." on crypto media).
    "disclosure:"sv,
    // CoinDesk's note under every story, misspelling and all ("Disclosure & Polices: CoinDesk is an
    // award-winning media outlet …"; study-j round 7 B16, coindesk shell: the HTML path drops it by class).
    "disclosure & polices:"sv, "disclosure & policies:"sv,
    // th "warning:", the risk note under Thai crypto stories (study-j round 7, thai shell: "คำเตือน:
    // การลงทุนในสินทรัพย์ดิจิทัลมีความเสี่ยงสูง…", Siam Blockchain and the Thai exchanges' news pages).
    "คำเตือน:"sv,
};

// Newsletter / app plugs (MEXC sample: "Subscribe to our newsletter. It's free.").
constexpr std::string_view kNewsletter[] = {
    "subscribe to our newsletter"sv, "sign up for our newsletter"sv, "sign up for the"sv,
    "subscribe to the newsletter"sv, "get the latest news in your inbox"sv, "download our app"sv,
    "newsletter abonnieren"sv, "abonnez-vous à notre newsletter"sv, "suscríbete a nuestro boletín"sv,
    "iscriviti alla newsletter"sv, "follow us on"sv,
    // repost README shells: plugs copied after the article, app banners.
    "enter your email to subscribe"sv, "in your inbox"sv, "sign up free"sv, "join 250,000 readers"sv,
    "scan to download the app"sv, "trade on the go with our mobile app"sv, "open an account in minutes"sv,
    "our weekly roundup"sv, "our morning digest"sv, "download the app"sv, "get the app"sv,
    "unsubscribe anytime"sv,
    // pt newsletter boxes inside the story (study-o round 12, publico shell: "Subscreva gratuitamente as
    // newsletters e receba o melhor da actualidade"; Observador, Expresso, Folha "Assine a newsletter").
    "subscreva gratuitamente"sv, "subscreva a newsletter"sv, "subscreva as newsletters"sv, "assine a newsletter"sv,
    "inscreva-se na newsletter"sv,
    // trafilatura evaluation pages: app and membership plugs.
    "apps for ios and android"sv, "hazte miembro"sv, "besuchen sie unseren"sv, "jetzt abonnieren"sv,
    "already a subscriber"sv, "bereits abonnent"sv, "help us continue"sv,
    // Plugs of aggregator pages (issue #5: repost-text dev pages, MEXC sample).
    "enter your email"sv, "like what you read"sv, "readers of our"sv,
    // News-app plugs under app web views (study-b appview shell: "Get breaking news alerts on your phone.
    // Download <App> for iOS and Android.").
    "breaking news alerts"sv,
    // Substack's stock plug under every post (study-g substack shell: "Thanks for reading The
    // Block Byte! Subscribe for free to receive new posts and support my work.").
    "thanks for reading"sv, "subscribe for free to receive new posts"sv,
    // The line closing every Forbes contributor's piece (study-j round 7 B16, forbes shell: "Follow me on
    // Twitter or LinkedIn. Check out my website."), the same plug as "follow us on".
    "follow me on twitter"sv, "follow me on linkedin"sv, "check out my website"sv,
    // pt newsletter plugs (study-k round 8 B15, folha shell: "Receba notícias da Folha" / "Cadastre-se e
    // escolha quais newsletters gostaria de receber"), and the pt forms of "subscribe to the newsletter".
    // The Guardian's reader-funding appeal after every story (study-l round 9 B13, guardian shell: "… we
    // have a small favour to ask. Millions are turning to the Guardian for open, independent, quality news
    // every day."), the stock opening of its contribution epic since 2016.
    "we have a small favour to ask"sv, "millions are turning to the guardian"sv,
    // The author-alert box and the sign-up button's legal line under Business Insider's header (study-m
    // round 10 X2: "Every time Marcus publishes a story, you'll get an alert straight to your inbox!", "By
    // clicking "Sign up", you agree to receive emails from Business Insider."): the stock wording of
    // follow-the-author and sign-up forms.
    "straight to your inbox"sv, "you agree to receive emails"sv, "you agree to receive marketing"sv,
    // CoinDesk's line under its sign-up box ("By signing up, you will receive emails about CoinDesk products
    // and you agree to our terms of use and privacy policy.").
    "by signing up, you will receive emails"sv,
    // CNBC's sign-up box under the story ("Sign up for free newsletters and get more CNBC delivered to your
    // inbox", "Get this delivered to your inbox, and more info about our products and services."): the
    // stock wording of newsletter forms.
    "delivered to your inbox"sv, "sign up for free newsletters"sv,
    "receba notícias"sv, "escolha quais newsletters"sv, "assine a newsletter"sv, "inscreva-se na newsletter"sv,
    "cadastre-se na newsletter"sv, "receba a newsletter"sv,
    // es/fr newsletter plugs closing a story (study-m round 10 H2, elpais shell: "Suscríbase aquí a la
    // newsletter de EL PAÍS América y reciba …"), usted and tú forms, and the fr forms.
    "suscríbase aquí"sv, "suscríbete aquí"sv, "suscríbase a la newsletter"sv, "suscríbete a la newsletter"sv,
    "suscríbase a nuestra newsletter"sv, "suscríbete a nuestra newsletter"sv, "inscrivez-vous à la newsletter"sv,
    "abonnez-vous à la newsletter"sv,
    // fr/de plugs naming the newsletter after the pitch (study-p round 13 X3, lesechos shell: "Recevez chaque matin
    // l'essentiel de l'actualité avec la newsletter Les Echos."; Le Figaro, Le Parisien "Inscrivez-vous à notre
    // newsletter"; de "Jetzt zum Newsletter anmelden").
    "avec la newsletter"sv, "inscrivez-vous à notre newsletter"sv, "recevez notre newsletter"sv,
    "recevez la newsletter"sv, "zum newsletter anmelden"sv, "für den newsletter anmelden"sv,
    // Investing.com's subscription plug closing every story in all its editions (study-m round 10 H2,
    // investing shell: "Should you be buying stocks right now? With ProPicks AI, InvestingPro uncovers 6
    // stocks …"): the product's name stands in every language's wording.
    "with propicks ai"sv, "con propicks ai"sv, "avec propicks ai"sv, "mit propicks ai"sv,
    // "in your inbox" in cs/de/fr/es/pt/it/pl (study-n round 11 X2, denik shell: "Nejdůležitější zprávy dne
    // přímo do vaší e-mailové schránky.", the plug under every Deník story; the same line on de/fr/es portals).
    "do vaší e-mailové schránky"sv, "in ihr postfach"sv, "dans votre boîte mail"sv, "dans votre boîte de réception"sv,
    "en tu bandeja de entrada"sv, "na sua caixa de entrada"sv, "nella tua casella di posta"sv, "na twoją skrzynkę"sv,
    // Substack's subscribe widget inside and under every post, verbatim (study-q round 14 X7, buttondown shell: "X is a
    // reader-supported publication. To receive new posts and support my work, consider becoming a free or paid
    // subscriber."), and its other stock wording.
    "is a reader-supported publication"sv, "to receive new posts and support my work"sv,
    "consider becoming a free or paid subscriber"sv,
    // pt-BR sign-up boxes under the story (study-q round 14 X6, metropoles shell: "Receba as principais notícias do dia
    // no seu e-mail"; g1, UOL, Estadão "Receba as últimas notícias", "Receba nossa newsletter").
    "receba as principais notícias"sv, "receba as últimas notícias"sv, "receba nossa newsletter"sv,
    "receba nossas newsletters"sv,
    // fi/hu/el/vi newsletter and reader-support plugs under the story (study-s round 16 X4/X5/X6/H4: Iltalehti's
    // "Tilaa Iltalehden uutiskirje ja saat … sähköpostiisi" (the pitch says "to your e-mail": a bare "uutiskirje" is
    // also a story's word);
    // Kathimerini's "… στο email σας"; Telex's "Támogass minket" donation box, as 444 and HVG ask; Hungarian
    // "hírlevél"; Vietnamese "đăng ký nhận bản tin").
    "tilaa uutiskirje"sv, "tilaa uutiskirjeemme"sv, "sähköpostiisi"sv, "hírlevél"sv, "iratkozz fel"sv, "támogass minket"sv, "támogasson minket"sv,
    "στο email σας"sv, "στο email σου"sv, "εγγραφείτε στο newsletter"sv, "đăng ký nhận bản tin"sv,
    // da/no/sv newsletter boxes under the story (study-t round 17 X3, berlingske shell: "Få Berlingske Business i din
    // indbakke" / "Tilmeld dig vores nyhedsbrev og få …"; Politiken, VG, Aftonbladet the same wording). The bare
    // "nyhedsbrev" is a story's word too: the pitch ("our newsletter", "in your inbox") is listed.
    "i din indbakke"sv, "i din innboks"sv, "i innboksen din"sv, "i din inkorg"sv, "tilmeld dig vores nyhedsbrev"sv,
    "tilmeld dig nyhedsbrevet"sv, "meld deg på vårt nyhetsbrev"sv, "meld deg på nyhetsbrevet"sv,
    "prenumerera på vårt nyhetsbrev"sv, "prenumerera på nyhetsbrevet"sv, "anmäl dig till vårt nyhetsbrev"sv,
    // The news-tip appeal under a story (study-t round 17 X3, aftenposten shell: "Har du tips om denne saken? Kontakt
    // oss."; VG, NRK "Tips oss", DR "Har du et tip?", Aftonbladet "Tipsa oss", en "Have a tip?", "Got a news tip?"),
    // a plug asking the reader to write in. The question's own words, so a story's "tips" stays.
    "har du tips om denne saken"sv, "har du tips om saken"sv, "har du et tip"sv, "har du tips?"sv, "tips oss"sv,
    // sv with the article (study-x round 22 N2, nordposten shell: "Har du ett tips? Mejla oss …"; Aftonbladet, DN).
    "har du ett tips?"sv, "har du ett nyhetstips?"sv,
    "tipsa oss"sv, "have a tip?"sv, "got a tip?"sv, "got a news tip"sv, "have a news tip"sv,
    "send us a tip"sv,
    // sl/hr/sr/bs, lt/lv/et and he newsletter boxes under the story (study-u round 18 X3, okusno shell: "Prijavite se na
    // e-novice Okusno.je in prejmite …" over a "Prijava na e-novice" button; 24ur, Delo, Index.hr, N1 and Blic ask so;
    // 15min/Delfi "Užsiprenumeruokite naujienlaiškį", Delfi.lv "Piesakies jaunumiem", Postimees "Telli uudiskiri", ynet
    // "הירשמו לניוזלטר"). The call with its object: a bare "newsletter" or "e-novice" is a story's word too.
    "prijavite se na e-novice"sv, "prijava na e-novice"sv, "naročite se na e-novice"sv, "prijavi se na e-novice"sv,
    "prijavite se na newsletter"sv, "prijavite se na naš newsletter"sv, "pretplatite se na newsletter"sv,
    "prijavi se na newsletter"sv, "užsiprenumeruokite naujienlaiškį"sv, "užsisakykite naujienlaiškį"sv,
    "piesakies jaunumiem"sv, "telli uudiskiri"sv, "liitu uudiskirjaga"sv, "הירשמו לניוזלטר"sv, "הרשמו לניוזלטר"sv,
};

// A subscription discount plugged between paragraphs (study-n round 11 H5, zonebourse shell: "Profitez de
// -50% sur votre abonnement Zonebourse : accédez à nos portefeuilles …"; "Save 40% off your subscription"):
// the words after a percentage (boilerplate_text is_subscription_offer), so a story about a price rise
// "sur votre abonnement" with no discount stays.
constexpr std::string_view kSubscriptionOffer[] = {
    "sur votre abonnement"sv, "off your subscription"sv, "on your subscription"sv, "auf ihr abo"sv,
    "auf ihr abonnement"sv, "en tu suscripción"sv, "na sua assinatura"sv, "sul tuo abbonamento"sv,
};

// Share bars (MEXC sample: "Share Insights", "Share").
constexpr std::string_view kShare[] = {
    "share"sv, "share insights"sv, "share this article"sv, "share this"sv, "share on"sv, "tweet"sv,
    "copy link"sv, "teilen"sv, "partager"sv, "compartir"sv, "condividi"sv, "compartilhar"sv, "udostępnij"sv,
    "поделиться"sv,
    // "Copy link" buttons of fr/es/it share bars (study-b fr shell: "PartagerFacebookXCopier le lien").
    "copier le lien"sv, "copiar enlace"sv, "copiar link"sv, "copia link"sv,
    // Share labels of pt/nl/zh/ja bars, glued to their network buttons as innerText gives them (study-d
    // romance shell: "CompartilheXFacebookTelegramCopy link").
    "compartilhe"sv, "delen"sv, "分享"sv, "シェア"sv,
    // study-j round 7 B23: cs/sk and th share labels (czech shell "Sdílet Facebook X E-mail", thai shell
    // "แชร์ Facebook LINE X"), and CNBC's buttons as text gives them ("Share Article via Facebook").
    "sdílet"sv, "zdieľať"sv, "แชร์"sv, "share article via"sv,
    // study-l round 9 B13: the toast AP's share bar leaves in a saved copy (apnews shell: "Share" / "Copy" /
    // "Link copied Email Facebook X LinkedIn") and the nl share button (nos shell, NOS.nl/NU.nl: "Deel artikel").
    "link copied"sv, "deel artikel"sv,
    // pt-PT "share" (study-o round 12 X2, publico shell: "Partilhar notícia"; Expresso, Observador, RTP).
    "partilhar"sv, "partilhe"sv,
    // ja share buttons (study-n round 11 H2, excite shell: "ポスト" / "シェア" / "はてブ"): X's "Post" button and
    // Hatena Bookmark's, on every ja news portal beside シェア.
    "ポスト"sv, "はてブ"sv,
    // "Share on" in fr/de/es, run together with the network in a tool row (study-m round 10 X2, lemonde
    // shell: "PartagerPartager sur Facebook").
    "partager sur"sv, "teilen auf"sv, "compartir en"sv,
    // tr share and follow buttons, run together as innerText gives them (study-r round 15 T2, sozcu shell:
    // "Facebook'ta PaylaşX'te PaylaşWhatsApp'ta PaylaşGoogle News'te Takip Et"; Sözcü, Hürriyet, Sabah, NTV).
    // The suffix goes with the verb ("'ta paylaş"): the bar's fillers stay fewer than its verbs.
    "paylaş"sv, "'ta paylaş"sv, "'te paylaş"sv, "'da paylaş"sv, "'de paylaş"sv,
    // da/no/sv share and copy-link buttons (study-t round 17 X1, berlingske and aftenposten shells: "Del artikel",
    // "Del" / "Kopier lenke"; Politiken, DR, VG, NRK, Aftonbladet and DN "Del artiklen", "Dela", "Kopiera länk").
    // A bare "Del" is a label only as the whole line or inside a bar (starts_with_word skips one-word entries):
    // es/it "Del …" opens many headings.
    "del"sv, "dela"sv, "del artikel"sv, "del artiklen"sv, "del artikkelen"sv, "dela artikeln"sv, "kopier link"sv,
    "kopiér link"sv, "kopier lenke"sv, "kopier lenken"sv, "kopiera länk"sv, "kopiera länken"sv,
    // fi, hr/sr/bs/sl, lt/lv/et and he share labels (study-u round 18 X4: Helsinki's "Jaa" before its network buttons, as
    // Yle and HS label the row; Jutarnji's "Podijeli", sr "Podeli", okusno's and 24ur's "Deli", 15min's "Dalintis", lv
    // "Dalīties", et "Jaga", ynet's "שתפו"). One-word entries are labels only as the whole line or inside a bar.
    "jaa"sv, "podijeli"sv, "podeli"sv, "deli"sv, "dalintis"sv, "dalīties"sv, "jaga"sv, "שתפו"sv, "שתף"sv,
    // fa/ar, bg and hi share and copy-link labels (study-w round 21 T2, hamshahri shell: "اشتراک‌گذاریتلگرامواتساپکپی
    // لینک", glued; Sega's "Сподели", Amar Ujala's "शेयर", Al Jazeera's "شارك" / "مشاركة", "نسخ الرابط").
    "اشتراک‌گذاری"sv, "اشتراک گذاری"sv, "کپی لینک"sv, "شارك"sv, "مشاركة"sv, "نسخ الرابط"sv, "сподели"sv, "शेयर"sv,
    // ja, ko and vi share and copy-link buttons (study-y round 22 A6/B3, asahinet shell: "LINEで送る" (LINE's own
    // widget label) / "はてなブックマーク" / "リンクをコピー"; study-x round 22 H6, hankyeol shell:
    // "카카오톡페이스북XURL복사글씨크기인쇄", as Naver, Hankyoreh and the ndsoft CMS label them; baomoi shell "Sao chép
    // liên kết", VnExpress and Tuổi Trẻ the same). Not vi "Chia sẻ": a vi headline opens so ("Chia sẻ bí quyết …"),
    // so it is a bar item only (kActionBarWord).
    "lineで送る"sv, "はてなブックマーク"sv, "リンクをコピー"sv, "urlをコピー"sv, "공유"sv, "공유하기"sv, "url복사"sv,
    "url 복사"sv, "링크복사"sv, "링크 복사"sv, "sao chép liên kết"sv, "sao chép link"sv,
};

// The print, save and listen buttons of an article's tool row, alone on a line or run together with the
// share buttons (study-n round 11 X1: t-online "Artikel teilen / Auf WhatsApp teilen / Vorlesen", Deník
// "SdíletTisknoutUložit", Zonebourse "PartagerImprimer", Seeking Alpha "SavePlayShare"; Medium's
// "Listen", Spiegel's "Merken"). The verbs as sites label their buttons in en/de/fr/es/pt/it/cs/pl/nl.
constexpr std::string_view kToolButton[] = {
    "print"sv, "drucken"sv, "imprimer"sv, "imprimir"sv, "stampa"sv, "tisknout"sv, "vytisknout"sv, "drukuj"sv,
    "afdrukken"sv,
    "save"sv, "merken"sv, "speichern"sv, "enregistrer"sv, "sauvegarder"sv, "guardar"sv, "salvar"sv, "salva"sv,
    "uložit"sv, "zapisz"sv, "bewaren"sv,
    "listen"sv, "vorlesen"sv, "anhören"sv, "écouter"sv, "escuchar"sv, "ouvir"sv, "ascolta"sv,
    "poslechnout"sv, "přehrát"sv, "posłuchaj"sv, "beluisteren"sv,
    // The same buttons spelt with their object, and the gift and font-size buttons beside them (study-o round
    // 12 X2: Le Figaro's "Écouter cet article", Público's "Ouça este artigo" / "Oferecer artigo", FAZ's
    // "Artikel anhören", the Economic Times' "Font Size"; NYT/WSJ "Gift this article", "Listen to this
    // article" on most en sites).
    "listen to this article"sv, "listen to article"sv, "écouter cet article"sv, "écouter l'article"sv,
    "ouça este artigo"sv, "ouvir este artigo"sv, "ouvir artigo"sv, "escuchar este artículo"sv,
    "escuchar artículo"sv, "artikel anhören"sv, "ascolta l'articolo"sv, "ascolta questo articolo"sv,
    "gift this article"sv, "gift article"sv, "offrir cet article"sv, "oferecer artigo"sv, "regalar artículo"sv,
    "artikel verschenken"sv, "font size"sv, "text size"sv, "schriftgröße"sv, "taille du texte"sv,
    // The zh print and font-size buttons beside 分享 (study-p round 13 T1/X5, ettoday shell: "分享LINE分享字級";
    // UDN, Liberty Times and CNA print 列印 / 字級 / 字體, mainland sites 打印 / 字体 / 字号).
    "列印"sv, "打印"sv, "字級"sv, "字级"sv, "字體"sv, "字体"sv, "字型"sv, "字號"sv, "字号"sv,
    // A recipe card's buttons over the intro (study-q round 14 X2, kwestiasmaku shell: "Przejdź do przepisuDrukuj
    // przepisZapisz na Pintereście"; WP Recipe Maker and Tasty Recipes print them in the blog's language) and
    // Pinterest's save button in the languages of its widget.
    "jump to recipe"sv, "print recipe"sv, "pin recipe"sv, "save recipe"sv, "przejdź do przepisu"sv, "drukuj przepis"sv,
    "zapisz przepis"sv, "zum rezept springen"sv, "rezept drucken"sv, "aller à la recette"sv, "imprimer la recette"sv,
    "ir a la receta"sv, "imprimir receta"sv, "imprimir la receta"sv, "vai alla ricetta"sv, "stampa ricetta"sv,
    "stampa la ricetta"sv, "ir para a receita"sv, "imprimir receita"sv, "naar recept"sv, "recept afdrukken"sv,
    "přejít na recept"sv, "vytisknout recept"sv, "save to pinterest"sv, "zapisz na pintereście"sv,
    "auf pinterest merken"sv, "enregistrer sur pinterest"sv, "guardar en pinterest"sv,
    // tr portals' Google News follow button in their share row (study-r round 15 T2, sozcu shell).
    "takip et"sv,
    // da/no/sv save, listen and print buttons beside "Del" (study-t round 17 X1, berlingske and aftenposten shells:
    // "Gem", "Lyt til artiklen", "Lagre"; Politiken, VG, NRK, Aftonbladet and DN "Lytt til artikkelen", "Spara",
    // "Lyssna", "Udskriv", "Skriv ut").
    "gem"sv, "lagre"sv, "spara"sv, "lyt"sv, "lytt"sv, "lyssna"sv, "lyt til artiklen"sv, "lytt til artikkelen"sv,
    "lyssna på artikeln"sv, "udskriv"sv, "skriv ut"sv,
    // sl/fi save and print buttons of a recipe's or story's tool row (study-u round 18 X4, okusno shell: "DeliPin
    // itShrani recept"; 24ur "Natisni", Yle/HS "Tallenna", "Tulosta").
    "shrani"sv, "shrani recept"sv, "natisni"sv, "natisni recept"sv, "tallenna"sv, "tulosta"sv,
    // ko print, font-size and scrap buttons of the share row (study-x round 22 H6, hankyeol shell:
    // "…URL복사글씨크기인쇄"; Hankyoreh, Kyunghyang and the ndsoft CMS print them so).
    "인쇄"sv, "글씨크기"sv, "글자크기"sv, "스크랩"sv,
};

// The words a share button names beside its verb: the thing shared and the preposition before a network
// ("Artikel teilen", "Auf WhatsApp teilen", "Compartilhar no X", "Share on Facebook", "Partager sur X",
// "Sdílet na Facebooku"). They only stand in a bar that holds a share verb (boilerplate_text is_action_bar).
constexpr std::string_view kShareFiller[] = {
    "artikel"sv, "beitrag"sv, "article"sv, "story"sv, "artículo"sv, "artigo"sv, "articolo"sv, "článek"sv,
    "auf"sv, "on"sv, "via"sv, "sur"sv, "en"sv, "no"sv, "na"sv, "su"sv, "per"sv, "op"sv,
    // "Share to" (Gate, Binance Square, OKX: "Share to X Telegram Copy Link"; study-o round 12 X2) and pt's
    // "Partilhar notícia" (Público, Expresso).
    "to"sv, "notícia"sv,
    // tr's locative suffix on the network's name ("Facebook'ta Paylaş", "X'te Paylaş", "Google News'te Takip Et").
    "'ta"sv, "'te"sv, "'da"sv, "'de"sv, "\xE2\x80\x99" "ta"sv, "\xE2\x80\x99" "te"sv, "\xE2\x80\x99" "da"sv,
    "\xE2\x80\x99" "de"sv,  // ’ (a typographic apostrophe)
    // ja's "で" ("Xでシェア", "Facebookでシェア": share on X; study-y round 22 A6, asahinet shell, every ja portal), sv/no/da
    // "på" ("Dela på Facebook"; study-x round 22 N2, nordposten shell; Aftonbladet, DN, VG) and he's prefixed
    // prepositions glued to the network ("שתפו בוואטסאפ", "שתפו ב־X": study-y round 22 H2, haaretzon shell; ynet,
    // Walla, Maariv), with and without the maqaf.
    "で"sv, "på"sv, "ב"sv, "ב־"sv, "ל"sv, "ל־"sv,
};

// The "sources used" note closing a story, a label before a colon (study-n round 11 X2, tonline shell:
// "Verwendete Quellen: Nachrichtenagentur dpa, Herstellerangaben", as t-online, Focus and Stern close every
// story; fr/es/pt/it/cs/pl/nl the same). The singular "Quelle: dpa" names a repost's source (kSourceLineLabels).
constexpr std::string_view kSourcesNoteLabel[] = {
    "verwendete quellen"sv, "quellen"sv, "sources"sv, "fontes"sv, "fuentes"sv, "fonti"sv, "zdroje"sv,
    "źródła"sv, "bronnen"sv,
};

// Cookie/consent banners (GDPR consent-manager wording).
constexpr std::string_view kCookie[] = {
    "we use cookies"sv, "this site uses cookies"sv, "this website uses cookies"sv, "accept all cookies"sv,
    "cookie settings"sv, "cookie policy"sv, "manage consent"sv, "wir verwenden cookies"sv,
    "diese website verwendet cookies"sv, "nous utilisons des cookies"sv, "utilizamos cookies"sv,
    // repost README shells: consent wording variants.
    "our site uses cookies"sv, "uses cookies and similar technologies"sv, "privacy dashboard"sv,
    "cookie-richtlinie"sv, "usamos cookies"sv, "utilisons des cookies"sv, "utiliza cookies"sv,
    "verwendet cookies"sv, "utilise des cookies"sv, "política de cookies"sv, "politique de cookies"sv,
    "korzystamy z cookies"sv, "używa plików cookie"sv,
    // Consent banners as saved text (issue #5: repost-text dev pages).
    "uses cookies"sv, "allow cookies"sv, "accept all"sv, "alle akzeptieren"sv, "reject non-essential"sv,
    "manage preferences"sv,
    // IAB consent wording (study-g AMP shell: "We and our partners use cookies to personalise ads.").
    "and our partners use cookies"sv, "use cookies to personalise"sv, "use cookies to personalize"sv,
    // th and id consent banners (study-v round 19, khaosod and kumparan shells: "เว็บไซต์นี้ใช้คุกกี้เพื่อ…", "this
    // website uses cookies to …", as Thairath and Matichon word it; "Kami menggunakan cookie untuk …", Kompas, Detik).
    "ใช้คุกกี้"sv, "kami menggunakan cookie"sv, "situs ini menggunakan cookie"sv,
};

// Copyright lines of page footers (repost README shells: "LiveWire Markets
// Ltd. All rights reserved.", "Alle Rechte vorbehalten.").
constexpr std::string_view kCopyright[] = {
    "all rights reserved"sv, "alle rechte vorbehalten"sv, "todos los derechos reservados"sv,
    "tous droits réservés"sv, "tutti i diritti riservati"sv, "wszelkie prawa zastrzeżone"sv,
    // The licence line of syndicated newswire copy (study-d djsyn shell: "Distributed by TradeNest Data
    // Services. Reproduction prohibited.").
    "reproduction prohibited"sv, "reproduction interdite"sv, "vervielfältigung untersagt"sv,
    // pt and tr footers (study-k round 8 B15, folha shell: "© 2025 Folha de S.Paulo. Todos os direitos
    // reservados."; Turkish portals' "Tüm hakları saklıdır.").
    "todos os direitos reservados"sv, "tüm hakları saklıdır"sv,
    // AFP's fr licence line and the licence clause of ja/en portals (study-n round 11 X2, zonebourse shell: "©
    // AFP 2026 - Tous droits de reproduction et de représentation réservés."; excite shell: "… All rights
    // reserved. No reproduction or republication without written permission.").
    "tous droits de reproduction"sv, "no reproduction or republication"sv,
    // The ja portals' rights notice under every story (study-q round 14 X1, biglobe shell: "掲載記事の無断転載を禁じます。";
    // Yahoo! JAPAN, nifty, Nikkei: "無断転載禁止", "無断転載を禁止します", "無断複製・転載を禁じます").
    "無断転載を禁じます"sv, "無断転載を禁止します"sv, "無断転載禁止"sv, "無断複製・転載を禁じます"sv, "無断転載・複製を禁じます"sv,
    // The ko rights notice closing every story, spaced or not (study-r round 15 H3, hankyoreh shell: "ⓒ 연합뉴스, 무단
    // 전재 및 재배포 금지"; Yonhap, Kyunghyang, Chosun: "무단전재-재배포 금지", "무단 전재 및 재배포, AI 학습 이용 금지").
    "무단전재 및 재배포 금지"sv, "무단 전재 및 재배포 금지"sv, "무단전재-재배포 금지"sv, "무단 전재-재배포 금지"sv,
    "무단 전재 및 재배포"sv, "무단전재 및 재배포"sv,
    // A wiki's licence line (study-r round 15 X3, fandom shell: "Community content is available under CC-BY-SA unless
    // otherwise noted."; Wikipedia "Text is available under the Creative Commons Attribution-ShareAlike License …").
    "content is available under cc"sv, "text is available under the creative commons"sv,
    "content is available under the creative commons"sv, "inhalt ist verfügbar unter der lizenz"sv,
    "text ist unter der lizenz"sv, "le contenu est disponible sous licence"sv,
    // "All rights reserved" and the reprint ban closing stories in hr/sr/bs/sl, lt/lv/et, fi and he (study-u round 18
    // X3, min15 shell: "Griežtai draudžiama 15min.lt paskelbtą informaciją panaudoti kitose žiniasklaidos priemonėse be
    // raštiško sutikimo.", Delfi's "Draudžiama DELFI paskelbtą informaciją panaudoti …"; Croatian portals' "Zabranjeno je
    // preuzimanje sadržaja bez dopuštenja"; "Sva prava pridržana" (hr), "Sva prava zadržana" (sr), "Vse pravice
    // pridržane" (sl), "Visos teisės saugomos" (lt), "Visas tiesības aizsargātas" (lv), "Kõik õigused kaitstud" (et),
    // "Kaikki oikeudet pidätetään" (fi), "כל הזכויות שמורות" (he)). The ban's own object ("published information",
    // "the content"), so a story's "zabranjeno je" stays.
    "sva prava pridržana"sv, "sva prava zadržana"sv, "vse pravice pridržane"sv, "visos teisės saugomos"sv,
    "visas tiesības aizsargātas"sv, "kõik õigused kaitstud"sv, "kaikki oikeudet pidätetään"sv, "כל הזכויות שמורות"sv,
    "paskelbtą informaciją panaudoti"sv, "zabranjeno je preuzimanje sadržaja"sv, "zabranjeno preuzimanje sadržaja"sv,
};

// End marks of newswire copy, alone on the story's last line or followed by the
// wire's name: "(END) Dow Jones Newswires" (study-d djsyn shell), "-- END --",
// and the press-release/AP end marks "###" and "-30-".
constexpr std::string_view kNewswireEnd[] = {
    "(end)"sv, "-- end --"sv, "--end--"sv, "###"sv, "-30-"sv,
};

// PR Newswire's closing link line under every release reposted by finance
// portals and exchanges (study-g prwire shell: "View original content to
// download multimedia: https://www.prnewswire.com/news-releases/…", or
// "View original content: …").
constexpr std::string_view kNewswireTail[] = {"view original content:"sv, "view original content to download"sv};

// Comment sections.
constexpr std::string_view kComments[] = {
    "comments"sv, "leave a comment"sv, "leave a reply"sv, "join the discussion"sv, "post a comment"sv,
    "kommentare"sv, "commentaires"sv, "comentarios"sv, "commenti"sv, "komentarze"sv,
    "view comments"sv, "sign in to comment"sv, "join the conversation"sv, "show comments"sv,
    "add a comment"sv, "write a comment"sv, "kommentar schreiben"sv, "kommentieren"sv,
    "kommentare schreiben"sv, "kommentare geschlossen"sv, "kommentare sind geschlossen"sv,
    "comments are closed"sv, "comments closed"sv,
    // Comment-section openers as saved text (issue #5: repost-text dev pages).
    "replies"sv,
    // Medium's comment section under a story, also shown in its header ("Responses (3)"; study-b medium shell).
    "responses"sv,
    // pt and tr comment-section headings (study-k round 8 B15, folha shell "Comentários"; hurriyet shell
    // "Yorumlar"), beside es "comentarios".
    "comentários"sv, "yorumlar"sv,
    // cs comment-section heading and counter chip ("diskuse (48)", study-q round 14 X2, lidovky shell; iDNES, Lidovky).
    "diskuse"sv, "komentáře"sv,
    // ja "comments": Yahoo! JAPAN News' counter under the header ("コメント 128件"; study-k round 8 B9, yahoojp
    // shell), the comment heading of ja news sites.
    "コメント"sv,
    // vi/fi/el/hu and sv/da/no comment-section headings and buttons (study-s round 16 X1/X4: Tuổi Trẻ's "Bình luận (0)"
// / "Gửi bình luận", VnExpress's "Ý kiến (12)"; Iltalehti's "Kommentoi (12)", "Kommentit"; Greek "Σχόλια"; Hungarian
// "Hozzászólások", "Kommentek"; Scandinavian "Kommentarer", "Kommentera").
    "bình luận"sv, "gửi bình luận"sv, "ý kiến"sv, "kommentoi"sv, "kommentit"sv, "σχόλια"sv, "σχολια"sv,
    "hozzászólások"sv, "hozzászólás"sv, "kommentek"sv, "kommentarer"sv, "kommentera"sv, "kommenter"sv,
};

// Openings of the one-sentence notice a comment section leaves under a story when it is closed or paywalled
// (study-o round 12 X1, publico shell: "Os comentários deste site são exclusivos para assinantes do
// PÚBLICO."; "Comments are closed.", "Comments on this article are now closed", "Les commentaires sont
// fermés", "Los comentarios están cerrados", "I commenti sono chiusi", "Die Kommentarfunktion ist
// geschlossen"). The state or the site comes in the opening: "Comments from the minister …" is a sentence.
constexpr std::string_view kCommentNotice[] = {
    "comments are closed"sv, "comments are now closed"sv, "comments are disabled"sv, "comments are exclusive to"sv,
    "comments are reserved for"sv, "comments are only available"sv, "comments are available to subscribers"sv,
    "comments on this article are"sv, "comments on this story are"sv, "comments on this site are"sv,
    "comments for this article are"sv, "commenting is closed"sv, "commenting is disabled"sv,
    "commenting is not available"sv, "commenting is only available"sv,
    "os comentários deste"sv, "os comentários desta"sv, "os comentários são exclusivos"sv,
    "os comentários estão fechados"sv, "os comentários estão encerrados"sv, "os comentários estão desativados"sv,
    "os comentários são da responsabilidade"sv, "comentários encerrados"sv, "comentários fechados"sv,
    "los comentarios de este"sv, "los comentarios están cerrados"sv, "los comentarios son exclusivos"sv,
    "los comentarios están reservados"sv, "los comentarios están disponibles"sv, "comentarios cerrados"sv,
    "les commentaires sont fermés"sv, "les commentaires sont clos"sv, "les commentaires sont réservés"sv,
    "les commentaires de cet article"sv, "les commentaires sont désactivés"sv, "commentaires fermés"sv,
    "i commenti sono chiusi"sv, "i commenti sono riservati"sv, "i commenti sono disabilitati"sv, "commenti chiusi"sv,
    "die kommentarfunktion"sv, "die kommentare sind geschlossen"sv, "kommentare sind nur"sv,
    "die kommentare zu diesem"sv,
};

// Column labels of quote tables (repost README: `livewire` "Symbol Price
// Chg%", `finsyn` trending-tickers table). A table of figures without them
// is data of the story (samples/social-square-post.html: supply by network).
constexpr std::string_view kQuoteTableLabel[] = {
    "symbol"sv, "price"sv, "chg"sv, "last"sv, "24h"sv, "kurs"sv, "preis"sv, "market cap"sv, "precio"sv,
    "cours"sv, "ticker"sv, "coin"sv,
};

// Headings of author boxes (trafilatura evaluation pages: "Über den Autor").
constexpr std::string_view kAuthorHeading[] = {
    "über den autor"sv, "über die autorin"sv, "about the author"sv, "about the authors"sv, "zur person"sv,
    "sobre el autor"sv, "à propos de l'auteur"sv, "o autorze"sv, "l'autore"sv, "about me"sv, "über mich"sv,
    // The Conversation's side card, printed after the story in every saved copy (study-g):
    // "Author" / name / role / "Disclosure statement" / "Partners" / "Republish this article".
    // Not a bare "Author(s)": a paper's author list may stand between its sections.
    "disclosure statement"sv,
};

// Rating widgets under articles (trafilatura evaluation pages: "War der
// Artikel nützlich?", "(Noch keine Bewertungen)").
constexpr std::string_view kRating[] = {
    "war der artikel nützlich"sv, "war dieser artikel hilfreich"sv, "hier können sie den artikel bewerten"sv,
    "noch keine bewertungen"sv, "was this article helpful"sv, "rate this article"sv, "like recipe?"sv,
    "artikel bewerten"sv, "bewerten sie diesen artikel"sv, "did you find this article useful"sv,
    // The same widget on guides (study-p round 13 X2, howto shell: Dotdash's "Was this page helpful?").
    "was this page helpful"sv, "war diese seite hilfreich"sv, "cette page vous a-t-elle été utile"sv,
    // Docs generators' feedback row (study-r round 15 X2, docusaurus shell: "Was this helpful? Yes No"; GitBook,
    // Mintlify, MkDocs Material "Was this page useful?").
    // With the question mark: "Was this helpful to the investigators?" opens a story's sentence.
    "was this helpful?"sv, "was this page useful"sv, "war das hilfreich?"sv, "war dieser inhalt hilfreich"sv,
    // The reaction widget's prompt over its emoji buttons (study-v round 19 X2, kumparan shell: "Berikan reaksimu",
    // "give your reaction"; the WordPress reactions plugins' "What's Your Reaction?" on news sites in en, id, ms, pt).
    // Only the prompts: "Ihre Reaktion …" opens sentences.
    "berikan reaksimu"sv, "berikan reaksi anda"sv, "bagaimana reaksimu"sv, "apa reaksimu?"sv, "apa reaksi anda?"sv,
    "what's your reaction?"sv, "what is your reaction?"sv, "qual é a sua reação?"sv, "qual a sua reação?"sv,
};

// Post-meta lines under an article ("This entry was posted in ...", "Filed
// under ..."; trafilatura evaluation pages). Its source lines ("Źródło: ISBnews")
// open with a label of lexicon::kSourceLineLabels (byline_words).
constexpr std::string_view kPostMeta[] = {
    "this entry was posted"sv, "der beitrag wurde am"sv, "dieser beitrag wurde am"sv,
    "bookmark the permalink"sv, "posted in"sv, "filed under"sv,
    // A wiki page's footer lines (study-r round 15 X3, fandom shell: "This page was last edited on 28 November 2026, at
    // 14:05.", "Retrieved from …"; Wikipedia and every MediaWiki install, de/fr/es forms).
    "this page was last edited on"sv, "this page was last modified on"sv, "diese seite wurde zuletzt am"sv,
    "la dernière modification de cette page"sv, "esta página se editó por última vez"sv, "retrieved from"sv,
    "abgerufen von"sv,
};

}  // namespace

// Share-bar line prefixes (repost README shells: "Share on X", "Teilen auf";
// issue #5 repost-text dev pages: "Share:", "Compartir en", "Partager sur" ...,
// once also listed among the whole-line share labels for the text path).
constexpr std::string_view kSharePrefix[] = {
    "share on "sv, "share this"sv, "share:"sv, "teilen auf"sv, "teilen:"sv, "partager sur"sv,
    "compartir en"sv, "condividi su"sv, "email this story"sv, "copy link"sv, "link kopieren"sv,
    // study-l round 9 B8 (aljazeera shell: "Save" / "Click here to share on social media" over the story).
    "click here to share"sv,
};

// Headings of a box of links set inside a story (study-j round 7 B17, forbes
// shell: Forbes' "MORE FOR YOU" over 2-3 linked headlines, as CNBC and
// CoinDesk title theirs). Only the HTML path reads them, on a box: in a text
// scrape the line alone would end the story it stands in (study-d msn-012-txt,
// study-j forbes-000-txt).
constexpr std::string_view kBoxHeading[] = {
    "more for you"sv,
    // AP's in-story box (study-l round 9 B9, apnews shell: "Related Coverage" over a list of 2-3 linked
    // headlines between two paragraphs of apnews.com stories). Not a kRelated opener: the text twin's
    // line stands mid-story, and as an opener it cut apnews-003-txt's second half (recall 1.00 -> 0.54).
    "related coverage"sv,
};

// Openings of a promo heading over a list of other stories (study-m round 10 H2, cnbc shell: "Don't
// miss these insights from CNBC PRO" over two headlines; the same heading in es/pt/fr/de): prefixes of
// a short heading of a DOM box, never of a text line.
constexpr std::string_view kBoxHeadingOpener[] = {
    "don't miss"sv, "do not miss"sv, "no te pierdas"sv, "no se pierda"sv, "não perca"sv, "ne manquez pas"sv,
    "à ne pas manquer"sv, "nicht verpassen"sv, "verpassen sie nicht"sv,
};

// Openings of a topic box's heading over a list of linked headlines (study-n round 11 H4, seekingalpha
// shell: "More on the economy" over two links mid-story; Seeking Alpha's "More on <ticker>", Benzinga's and
// Yahoo's "More from <desk>"; the same in de/fr/es/pt). The heading holds the topic, so only its opening
// is known: boilerplate_text is_topic_box_heading wants the list of links under it (HTML) or headlines
// (text).
constexpr std::string_view kTopicBoxOpener[] = {
    "more on "sv, "more from "sv, "more about "sv, "mehr zum thema "sv, "mehr zu "sv, "plus sur "sv, "más sobre "sv,
    "mais sobre "sv,
};

// Labels of a promo line that links one other piece: "WATCH: <video title>"
// (CNBC, NBC, ABC), "Magazine: <headline>" (Cointelegraph), "LISTEN: <episode>"
// (study-j round 7 B14, cnbc and cointelegraph shells). One-word labels are
// common words: a promo only before a colon with the rest of the line one link
// (boilerplate_text.cpp is_link_promo), never as a heading.
constexpr std::string_view kLinkPromoLabel[] = {
    "watch"sv, "watch now"sv, "magazine"sv, "listen"sv, "video"sv, "podcast"sv,
    // The label a site sets over an embedded video player, before the clip's title ("Se video: Træneren før
    // kampen", Danish and Norwegian club and news sites; study-t round 17 H3), in da/no/sv/fi and the languages
    // of the dev and study pages. Labels of several words name the clip: the line is a promo with or without
    // its link (boilerplate_text.cpp is_video_embed_label).
    "se video"sv, "se videoen"sv, "se også video"sv, "se også videoen"sv, "se klippet"sv, "se opptaket"sv,
    "titta på video"sv, "titta på videon"sv, "se videon"sv,
    "watch video"sv, "watch the video"sv, "video ansehen"sv, "sehen sie das video"sv, "regardez la vidéo"sv,
    "voir la vidéo"sv, "mira el video"sv, "ver vídeo"sv, "ver video"sv, "guarda il video"sv, "bekijk de video"sv,
    "katso video"sv,
};

// Labels of an inline video card's label line, before the clip's duration or
// alone before a colon ("VIDEO 3:12 03:12", CNBC; "Video:", Aktuálně.cz and
// most cs/de/es/it portals; study-j round 7 B15, cnbc and czech shells).
constexpr std::string_view kVideoCardLabel[] = {
    "video"sv, "vídeo"sv, "видео"sv,
    // The card's duration label (study-m round 10 H4, msn shell: "Duration 1:48", pt-BR "Duração 1:48";
    // the same label in es/fr/de/it).
    "duration"sv, "duração"sv, "duración"sv, "durée"sv, "dauer"sv, "durata"sv,
};

// Ad-slot labels: Readability.js REGEXPS.adWords / loadingWords, plus
// "Advertisement" slot labels (repost README shells; issue #5 repost-text dev
// pages: "Advertisement", "Sponsored"). Merged with the ad labels of the text
// extractor's interstitial list.
constexpr std::string_view kAdLabel[] = {
    "ad"sv, "ads"sv, "advertising"sv, "advertisement"sv, "advertisements"sv, "publicité"sv, "pub"sv, "werbung"sv,
    "anzeige"sv, "reklama"sv, "reklame"sv, "publicidade"sv, "pubblicità"sv,
    "广告"sv, "реклама"sv, "anuncio"sv, "publicidad"sv, "sponsored"sv, "loading"sv, "loading..."sv,
    "chargement"sv, "cargando"sv, "загрузка"sv,
    // pt and es native-ad labels (study-m round 10 H4, msn shell: MSN pt-BR's "Anúncio" over a sponsored
    // link; es/pt "Patrocinado", de "Gesponsert").
    "anúncio"sv, "patrocinado"sv, "gesponsert"sv,
    // ja "advertisement" (study-n round 11 H2, excite shell: the 広告 slot label between paragraphs), beside zh 广告.
    "広告"sv,
    // An ad slot's label asking to read on past it (study-p round 13 H2, ettoday shell: "▲ 廣告 請繼續往下閱讀
    // ▼", as ETtoday, NOWnews and UDN print it; Forbes/Bloomberg "Advertisement - Scroll to continue", Canadian
    // and US papers' "Story continues below advertisement"). fold_key drops the arrows.
    "廣告 請繼續往下閱讀"sv, "广告 请继续往下阅读"sv, "廣告 請繼續閱讀"sv, "广告 请继续阅读"sv,
    "advertisement - scroll to continue"sv, "advertisement scroll to continue"sv,
    "story continues below advertisement"sv, "article continues below advertisement"sv,
    "content continues below advertisement"sv,
    // The same label in pt/es/it/cs/fr (study-q round 14 H3, metropoles shell: "Continua após a publicidade", as
    // Metrópoles, Estadão and UOL print it; El País/20minutos "Continúa después de la publicidad", Corriere "Continua a
    // leggere dopo la pubblicità", iDNES "Pokračování článku pod reklamou", Le Parisien "La suite après cette publicité").
    "continua após a publicidade"sv, "continua depois da publicidade"sv, "continua após publicidade"sv,
    "continúa después de la publicidad"sv, "continúa tras la publicidad"sv, "la noticia continúa tras la publicidad"sv,
    "continua a leggere dopo la pubblicità"sv, "l'articolo continua dopo la pubblicità"sv,
    "l'articolo continua sotto la pubblicità"sv, "pokračování článku pod reklamou"sv, "článek pokračuje pod reklamou"sv,
    "la suite après cette publicité"sv, "la suite après la publicité"sv, "suite après la publicité"sv,
    "weiter nach der anzeige"sv, "lesen sie nach der anzeige weiter"sv,
    // tr/sv/da/no and ko slot labels (study-r round 15 X1/H3, sozcu shell "Reklam", hankyoreh shell "광고"; Hürriyet,
    // Milliyet, Chosun, JoongAng print the same), beside pl/cs "reklama".
    "reklam"sv, "광고"sv,
    // vi/fi/hu/el, sv/da/no and nl slot labels between paragraphs (study-s round 16 H2/X1/X4: Tuổi Trẻ's "Quảng cáo",
    // Iltalehti's "Mainos", Telex's "hirdetés"; Greek "Διαφήμιση", Swedish "Annons", Danish "Annonce", Norwegian
    // "Annonse", Dutch "Advertentie").
    "quảng cáo"sv, "mainos"sv, "hirdetés"sv, "διαφήμιση"sv, "διαφημιση"sv, "annons"sv, "annonce"sv, "annonse"sv,
    "advertentie"sv,
    // ro slot label between paragraphs (study-t round 17 X2, digi24 shell: "Publicitate", as Digi24, ProTV and
    // Adevărul print it).
    "publicitate"sv,
    // hr/sr/bs/sl, lv/et and he slot labels between paragraphs (study-u round 18 X1/H6: Jutarnji's "Oglas", as
    // Index.hr, Blic and 24ur print it; Delfi.lv "Reklāma", Postimees "Reklaam", ynet's and Walla's "פרסומת"), beside
    // lt/pl/cs "reklama" and sr/ru "реклама".
    "oglas"sv, "reklāma"sv, "reklaam"sv, "פרסומת"sv,
    // hi, fa/ur and ar slot labels between paragraphs (study-w round 21, amarujala shell: "विज्ञापन", as Amar Ujala,
    // Dainik Jagran and Navbharat Times print it; Persian and Urdu "تبلیغات" / "اشتہار", Arabic "إعلان").
    "विज्ञापन"sv, "تبلیغات"sv, "اشتہار"sv, "إعلان"sv,
};

// Buttons and widget labels left in the text (repost README: "Story continues",
// "Show more"; sentiment votes). Merged with the text extractor's interstitial
// list (issue #5 repost-text dev pages: the "Follow" button of an author row,
// "Sign up"/"Subscribe" buttons). Comment-section buttons ("View comments")
// are kComments'. "Read more" is also a related opener: the HTML path checks
// this table first, as a lone "Read more" link is a button there and must not
// open a related block (content_sweep.cpp); the text path reads it as an opener.
constexpr std::string_view kUiLabel[] = {
    "story continues"sv, "story continues below"sv, "show more"sv, "show less"sv, "read more"sv,
    "continue reading"sv, "load more"sv, "see more"sv, "vote to see community results"sv, "weiterlesen"sv, "mehr anzeigen"sv, "lire la suite"sv, "leer más"sv,
    "print"sv, "email"sv, "back to top"sv, "scroll to top"sv,
    "follow"sv, "following"sv, "sign up"sv, "sign up for free"sv, "subscribe"sv, "log in"sv, "sign in"sv,
    // The subscribe button of pt/es/fr newsletter boxes (study-o round 12, publico shell: "Subscrever").
    "subscrever"sv, "suscribirse"sv, "s'abonner"sv,
    // trafilatura evaluation pages: navigation and tool labels left inside articles.
    "zurück zur startseite"sv, "lade weitere inhalte"sv, "inhaltsverzeichnis"sv, "table of contents"sv,
    "print recipe"sv, "jump to recipe"sv, "sie sind aktuell nicht eingeloggt"sv, "als pdf herunterladen"sv,
    "dieses skript als pdf herunterladen"sv, "download as pdf"sv, "kontakt"sv, "contact"sv, "von"sv, "by"sv,
    "abo"sv, "community"sv,
    // The button of a wire page offering the release as a PDF (study-f pdfpr shell: "Download PDF").
    "download pdf"sv, "pdf herunterladen"sv, "télécharger le pdf"sv, "descargar pdf"sv,
    // WordPress feed-import plugins (WP RSS Aggregator, Feedzy) link the original under an imported post
    // with "Source link" (study-b autoblog shell).
    "source link"sv,
    // Feed-reader and blog-platform buttons around a saved entry (study-g feedreader shell: Feedly's
    // "Mark as read" / "Save to Board" / "Read Later", Inoreader's "Visit website" / "Save to Pocket";
    // substack and exblog shells: Substack's "Restack", Medium's "Listen").
    "listen"sv, "read later"sv, "mark as read"sv, "save to board"sv, "save to pocket"sv, "visit website"sv,
    "restack"sv, "restacks"sv,
    // Email-newsletter footers and referral buttons (study-h round 5 B2, newsletter shell: "Unsubscribe",
    // "Click to share") and Flipboard's card buttons (B5, flipboard shell: "Flip").
    "unsubscribe"sv, "click to share"sv, "flip"sv,
    // The collect-as-NFT buttons of web3 publishing (study-j round 7 B16: Mirror's and Paragraph's "Collect
    // this entry" / "Mint this entry as an NFT to add it to your collection.", Cointelegraph's "Own this
    // piece of crypto history" / "Collect this article as NFT").
    "collect this entry"sv, "collect this post"sv, "collect this article as nft"sv, "collect this article"sv,
    "mint this entry as an nft to add it to your collection"sv, "own this piece of crypto history"sv,
    // The label over an inline video player card (study-j round 7 B15, cnbc shell: "watch now" /
    // "VIDEO 3:12 03:12" / <title>).
    "watch now"sv,
    // study-k round 8 B9/B20: Turkish portals' Google News "Follow" button under the header and the
    // read-more button splitting the story ("Takip Et", "Haberin Devamı", "Devamını oku": Hürriyet,
    // Milliyet, Sabah; hurriyet shell), Folha's and UOL's audio-player button ("Ouvir o texto": folha shell).
    "takip et"sv, "haberin devamı"sv, "devamını oku"sv, "ouvir o texto"sv,
    // The subscribe button of a paywall plug, beside en "subscribe" (study-n round 11 H5, zonebourse shell:
    // "Je m’abonne"; the same button in de/es/pt/it).
    "je m'abonne"sv, "abonnez-vous"sv, "jetzt abonnieren"sv, "suscríbete"sv, "assine"sv, "assine já"sv, "abbonati"sv,
    "subscribe now"sv,
    // The link to a story's next page, closing each page of a paged story (study-n round 11 H2, excite
    // shell: "次のページへ"; ja portals, zh 下一页, and the same link in en/de/fr/es/pt/it/cs).
    "next page"sv, "nächste seite"sv, "page suivante"sv, "página siguiente"sv, "próxima página"sv,
    "pagina successiva"sv, "další strana"sv, "次のページへ"sv, "次のページ"sv, "次へ"sv, "下一页"sv,
    // An aggregator's two buttons to the original under the story (study-k round 8 B17, newsbreak shell:
    // "Read full story" / "Original source", one line in a scrape).
    "read full story"sv, "original source"sv,
    // study-l round 9 B13: the Guardian's licensing link under the share row ("Reuse this content", guardian
    // shell), a reader app's link to the publisher's page (operanews shell: "View original"), and the
    // audio-player buttons over fr/it/en stories (figaro shell "Écouter cet article", Le Monde too;
    // repubblica shell "Ascolta l'articolo"; "Listen to this article", NYT and most English sites).
    "reuse this content"sv, "réutiliser ce contenu"sv, "view original"sv, "écouter cet article"sv, "ascolta l'articolo"sv,
    "listen to this article"sv,
    // The reader-contribution button under a story (study-m round 10 text body, lemonde shell: "Contribuer"
    // beside "Réutiliser ce contenu"; Le Monde and Le Figaro title their comment buttons so).
    "contribuer"sv,
    // The account and menu buttons of a site's top bar, one a line in a scrape (study-p round 13 T4,
    // presseportal shell: "Login" over the date row was read as the author; Clarín's "Ingresar", the "Anmelden"
    // / "Connexion" / "Accedi" of de/fr/it sites).
    "login"sv, "log-in"sv, "anmelden"sv, "einloggen"sv, "connexion"sv, "se connecter"sv, "ingresar"sv,
    "iniciar sesión"sv, "accedi"sv, "inloggen"sv, "menu"sv, "menü"sv,
    // The button of a subscription trial offer under a story (study-p round 13 X4, handelsblatt shell: "Jetzt
    // testen" under "Testen Sie Handelsblatt Premium 4 Wochen für 1 €."; Spiegel+, Zeit, FAZ+; en/fr/es forms).
    "jetzt testen"sv, "jetzt gratis testen"sv, "start free trial"sv, "start your free trial"sv,
    "start a free trial"sv, "essai gratuit"sv, "essayer gratuitement"sv, "prueba gratis"sv,
    // The buttons of affiliate product boxes (study-p round 13 H4, howto shell: "Buy Now", "Check Price"; Dotdash,
    // Wirecutter-likes, German "Produktbox": "Jetzt kaufen", "Zum Angebot") and a feedback widget's glued
    // answer buttons under "Was this page helpful?" ("YesNo").
    "check price"sv, "shop now"sv, "see price"sv, "view deal"sv, "jetzt kaufen"sv, "zum angebot"sv,
    "yesno"sv, "yes no"sv, "janein"sv, "ja nein"sv, "ouinon"sv, "oui non"sv,
    // Docs and wiki page chrome (study-r round 15 X2/X3, docusaurus shell: a code block's "Copy code" button, "Edit
    // this page" (not "Copy code": as a label it made the text tail trimmer drop the story's last paragraph, study-r
    // docusaurus-1-txt); not the pager's "Previous"/"Next", which dev truths keep: readability mozilla-1; Docusaurus, GitBook, MkDocs, Sphinx, MediaWiki).
    "copied"sv, "copy to clipboard"sv, "kopieren"sv, "code kopieren"sv, "copier"sv,
    "copier le code"sv, "edit this page"sv, "edit page"sv, "diese seite bearbeiten"sv, "seite bearbeiten"sv,
    "modifier cette page"sv, "editar esta página"sv, "edit on github"sv, "on this page"sv, "auf dieser seite"sv, "sur cette page"sv,
    "en esta página"sv,
    // A podcast page's transcript toggle and player buttons (study-r round 15 H8/T5, transistor shell: "Show
    // transcript"; Transistor, Buzzsprout, Captivate, Libsyn), de forms. Not a bare "Play": dev truths keep it (sqfeed-034).
    "show transcript"sv, "hide transcript"sv, "view transcript"sv, "read transcript"sv,
    "transkript anzeigen"sv,
};

// Pictographs leading a counter of a reaction row: Medium's claps and
// responses ("👏 1.2K", "💬 18"), likes on coin-data community posts ("❤ 214",
// with or without the emoji variation selector), star ratings (study-g exblog
// and cmccomm shells).
constexpr std::string_view kCounterIcon[] = {
    "\xF0\x9F\x91\x8F"sv,              // 👏
    "\xF0\x9F\x92\xAC"sv,              // 💬
    "\xE2\x9D\xA4\xEF\xB8\x8F"sv,    // ❤️
    "\xE2\x9D\xA4"sv,                  // ❤
    "\xE2\x99\xA5"sv,                  // ♥
    "\xE2\x98\x85"sv,                  // ★
};

// Labels of a tag row of a news CMS, alone on their line or before a colon
// ("Tags: bitcoin, etf"; trafilatura evaluation pages: "Schlagworte",
// "Themen"; issue #5 repost-text dev pages, in fr/es/ru).
constexpr std::string_view kTagLabel[] = {
    "tags"sv, "topics"sv, "schlagworte"sv, "schlagwörter"sv, "stichworte"sv, "themen"sv, "étiquettes"sv,
    "sujets"sv, "etiquetas"sv, "temas"sv, "теги"sv,
    // cs/pl/it/nl tag rows (study-n round 11 X2, denik shell: "Témata: West Ham United Premier League").
    "témata"sv, "tagi"sv, "tematy"sv, "argomenti"sv, "onderwerpen"sv, "trefwoorden"sv,
    // th "tags" (study-j round 7, thai shell: "แท็ก: Bitcoin ตลาดคริปโต", as Thai portals label the row).
    "แท็ก"sv,
    // fa/ar/ur keyword rows (study-w round 21 X2, hamshahri shell: "کلمات کلیدی" ("keywords") and "برچسب‌ها"
    // ("tags", with and without the zero-width non-joiner), ar "الكلمات المفتاحية" / "وسوم", hi "टैग").
    "کلمات کلیدی"sv, "برچسب‌ها"sv, "برچسبها"sv, "برچسب ها"sv, "الكلمات المفتاحية"sv, "كلمات مفتاحية"sv, "وسوم"sv,
    "टैग"sv,
    // ja, vi, sv and ko keyword rows closing a story (study-y round 22 A7, asahinet shell: "この記事のキーワード社会地方",
    // as Asahi, Mainichi and Nikkei label it; baomoi shell "Từ khóa: Xã hội thời sự", VnExpress and Tuổi Trẻ spell it
    // "Từ khóa" or "Từ khoá"; study-x round 22 N2, nordposten shell "Ämnen i artikeln Bollnäs …"; ko "키워드", "태그").
    "キーワード"sv, "この記事のキーワード"sv, "関連キーワード"sv, "từ khóa"sv, "từ khoá"sv, "ämnen i artikeln"sv,
    "키워드"sv, "태그"sv,
};

// Repost credits: the line naming the original publication, often with its date
// (repost README truth rules: the "Originally posted…" line is not body;
// tag two-dates: "Originally posted by X · 2025-03-09", "Originally published:
// …", "First published on X on …", "This story first appeared on X on …",
// "Original: 19.09.2025 04:20"; de/fr/es equivalents). Merged from the HTML
// selector's repost credits and the text extractor's original-date markers
// (issue #5): the HTML path drops a short line opening with one, the text path
// reads the original date after one.
constexpr std::string_view kRepostCredit[] = {
    "originally published"sv, "originally posted"sv, "originally appeared"sv, "first published"sv,
    "first appeared"sv, "first posted"sv, "original:"sv, "this story first appeared"sv,
    "this article first appeared"sv, "this article originally appeared"sv, "this story originally appeared"sv,
    "this article was originally published"sv, "ursprünglich veröffentlicht"sv, "erstveröffentlichung"sv,
    "zuerst erschienen"sv, "publicado originalmente"sv, "publié initialement"sv,
    // Merged from the metadata extractor's original-date labels (issue #3), one table for all three paths.
    "appeared first"sv, "ursprünglich erschienen"sv, "erstmals erschienen"sv, "erstmals veröffentlicht"sv,
    "originalmente publicado"sv, "initialement publié"sv, "pubblicato originariamente"sv, "originale:"sv,
    // The Conversation's Creative Commons notice under every republished copy:
    // "This article is republished from The Conversation under a Creative Commons license."
    "this article is republished from"sv, "this story is republished from"sv,
    // Verb-second German, the order of every full sentence: "Dieser Artikel erschien zuerst am 18.09.2025
    // bei heise online." (study-h round 5 B1, dpa shell; "zuerst erschienen" above is the verb-last order).
    // With the text as subject: "Das Album erschien zuerst 1999" in a lead is history, not a credit; "Der
    // Artikel erschien im Fachjournal Nature" names a paper, so "der" only with "zuerst".
    "dieser artikel erschien"sv, "dieser beitrag erschien"sv, "dieser text erschien"sv,
    "der artikel erschien zuerst"sv, "der beitrag erschien zuerst"sv, "dieser artikel wurde zuerst"sv,
    "dieser artikel wurde ursprünglich"sv,
    "dieser beitrag wurde zuerst"sv, "dieser beitrag wurde ursprünglich"sv,
    // "Originally reported by Reuters on Sept. 18, 2025" (study-h round 5 B1, newsletter shell). Not "first
    // reported by": a lead sentence near the headline says "…, first reported by Bloomberg on Sept. 2, …",
    // and this table's words mark an original date anywhere in such a line (metadata_visible line_marks).
    "originally reported"sv,
    // zh reposts of translated stories: "本文編譯自 The Block，原文作者：Anna Lee，原文發佈於 2025年9月19日。"
    // (study-h round 5 B1, BlockTempo zhcrypto shell): the credit opening the line, and the labels of the
    // original date (published at / first published at), simplified and traditional.
    "本文編譯自"sv, "本文编译自"sv, "編譯自"sv, "编译自"sv, "原文發佈於"sv, "原文發布於"sv, "原文发布于"sv,
    "原文發表於"sv, "原文发表于"sv, "首发于"sv, "首發於"sv,
    // The same credits opening a line with "本文" (this article): "本文首发于 X" (first published at),
    // "本文转载自 X" (reposted from), as zh crypto media close a repost.
    "本文首发于"sv, "本文首發於"sv, "本文转载自"sv, "本文轉載自"sv,
    // The same note with "post/story/piece" and a passive verb (study-m round 10 H3, businessinsider
    // shell: "This post was originally published on the ACLU's Free Future blog.", closing a syndicated
    // piece), and its es/pt/fr/it forms (elpais shell: "Este artículo fue publicado originalmente en LA
    // NACION (Argentina), …", El País' partner copy). Not "This post originally appeared on": see is_repost_credit.
    "this post was originally published"sv, "this story was originally published"sv,
    "this piece was originally published"sv, "this article was first published"sv,
    "este artículo fue publicado originalmente"sv, "este artículo se publicó originalmente"sv,
    "esta nota fue publicada originalmente"sv, "este texto fue publicado originalmente"sv,
    "este artigo foi publicado originalmente"sv, "este texto foi publicado originalmente"sv,
    "cet article a été initialement publié"sv, "cet article a été publié initialement"sv,
    "cet article a d'abord été publié"sv, "questo articolo è stato pubblicato originariamente"sv,
};

// Disclaimer wording found anywhere in a short paragraph (MEXC sample; repost README shells).
constexpr std::string_view kDisclaimerPhrase[] = {
    "the articles reposted on this site"sv, "reposted on this site are sourced"sv,
    // trafilatura evaluation pages: opinion and affiliate notes under articles.
    "advertising disclosure"sv, "gibt die meinung des autors wieder"sv, "sofern nicht anders ausgewiesen"sv,
    "affiliate links"sv, "we may receive compensation"sv,
    "for informational purposes only"sv, "for information purposes only"sv,
    "does not constitute investment advice"sv, "do not constitute investment advice"sv,
    "no financial advice"sv, "not investment advice"sv, "do your own research"sv,
    "past performance is not indicative"sv, "past performance is not a reliable"sv,
    "dient ausschließlich informationszwecken"sv, "keine anlageberatung"sv,
    "fines informativos"sv, "ne constitue pas un conseil"sv,
    // Paid press releases (study-b pressrel shell: "Readers should do their own due diligence before …").
    "do their own due diligence"sv,
    // Localised "not investment advice" notes of it/pt/nl/pl/ru/zh/ja portals (study-d romance, nlpl, ru,
    // cjk shells: "Questo articolo non costituisce consulenza finanziaria.", "Este conteúdo não constitui
    // recomendação de investimento.", "Dit artikel is geen beleggingsadvies.", "Artykuł nie stanowi
    // rekomendacji inwestycyjnej.", "Информация не является инвестиционной рекомендацией.").
    "non costituisce consulenza"sv, "non costituisce un consiglio"sv, "non costituisce una raccomandazione"sv,
    "não constitui recomendação"sv, "não constitui aconselhamento"sv, "não constitui uma recomendação"sv,
    "geen beleggingsadvies"sv, "nie stanowi rekomendacji"sv, "nie stanowi porady"sv,
    "не является инвестиционной рекомендацией"sv, "не является индивидуальной инвестиционной"sv,
    "不构成任何投资建议"sv, "不构成投资建议"sv, "不構成任何投資建議"sv, "投資助言ではありません"sv,
    // Finance-analysis disclosures (study-d seekalpha shell: "Past performance is no guarantee of future
    // results", "I/we have no stock, option or similar derivative position").
    "past performance is no guarantee"sv, "i/we have no stock, option"sv, "analyst's disclosure"sv,
    // tr, vi, ar, ko portals (study round 3: "Yasal Uyarı: … yatırım tavsiyesi değildir.", "Lưu ý: Bài
    // viết không phải lời khuyên đầu tư.", "إخلاء المسؤولية: هذا المقال لا يمثل نصيحة استثمارية.",
    // "무단전재 및 재배포 금지. 본 기사는 투자 권유가 아닙니다.").
    "yatırım tavsiyesi değildir"sv, "không phải lời khuyên đầu tư"sv, "لا يمثل نصيحة استثمارية"sv,
    "ليست نصيحة استثمارية"sv, "투자 권유가 아닙니다"sv, "무단전재 및 재배포 금지"sv,
    // Licence notices, longer than a copyright line: the AP's under wire copy on local sites
    // and print pages' copy notice (study-g wire and print shells: "Copyright 2025 The Associated
    // Press. All rights reserved. This material may not be published, broadcast, rewritten or
    // redistributed without permission."; "This copy is for your personal, non-commercial use only.").
    "this material may not be published"sv, "for your personal, non-commercial use only"sv,
    // The stock repost notice of zh crypto media (study-h round 5 B14, zhcrypto shell: Odaily/PANews
    // "本文来自投稿，不代表Odaily星球日报立场，如若转载，请注明出处：…"; the traditional forms).
    "如若转载"sv, "如若轉載"sv, "请注明出处"sv, "請注明出處"sv, "本文来自投稿"sv, "本文來自投稿"sv,
    // The platform note under every self-media account post (study-n round 11 X2, thepaper shell: "本文为澎湃号
    // 作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点…"; Sohu/NetEase/Baijiahao: "本文观点仅代表作者本人，
    // 搜狐号系信息发布平台，仅提供信息存储空间服务。").
    "仅代表该作者或机构观点"sv, "僅代表該作者或機構觀點"sv, "仅提供信息发布平台"sv, "仅提供信息存储空间服务"sv,
    "僅提供資訊儲存空間服務"sv, "系信息发布平台"sv,
    // Exchanges' reprint statement under reposted news (study-p round 13 X1, htx shell: "Statement: This article
    // is reprinted with permission and represents only the author's personal views. HTX does not assume any
    // responsibility …"; the English of the zh exchange wording "本文为转载 … 仅代表作者个人观点").
    "is reprinted with permission"sv, "represents only the author's personal views"sv,
    "represents only the personal views of the author"sv, "仅代表作者个人观点"sv, "僅代表作者個人觀點"sv,
    // NetEase's wording of the same note, without "空间" (study-o round 12 H5/X4, netease shell: "特别声明：以上内容
    // (如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。"), and the English
    // twin 163.com prints under it ("Notice: The content above … is uploaded and posted by a user of NetEase
    // Hao, which is a social media platform and only provides information storage services."; Sohu's too).
    "仅提供信息存储服务"sv, "僅提供資訊儲存服務"sv, "为自媒体平台"sv, "為自媒體平台"sv,
    "only provides information storage services"sv, "is uploaded and posted by a user of"sv,
    // Notes of syndicated wire copy on Indian portals (study-i round 6 B1, bsyndic shell; Business
    // Standard, Economic Times, Outlook, ThePrint: "(This story has not been edited by X staff and is
    // auto-generated from a syndicated feed.)").
    // The funding note closing AP's grant-funded beats (study-l round 9 B11, apnews shell: "The Associated
    // Press receives support from several private foundations. AP is solely responsible for all content.";
    // verbatim on AP's climate, health and religion copy, and on every site reposting it).
    "is solely responsible for all content"sv, "is solely responsible for this content"sv,
    "auto-generated from a syndicated feed"sv, "generated from a syndicated feed"sv,
    // Notes of machine-written copy (study-i round 6 B1, benzinga shell: "This story was generated
    // using Benzinga Neuro and was edited by X"; "This article was generated with the help of AI and
    // reviewed by an editor", as many sites now note).
    "story was generated using"sv, "article was generated using"sv, "generated with the help of ai"sv,
    "generated with the support of ai"sv, "generated with the assistance of ai"sv,
    // Stock disclosures and the host's opinion note under syndicated investing copy (study-i round 6 B1,
    // nasdaqfool shell: verbatim on every Motley Fool and Zacks syndication, on Nasdaq, Yahoo Finance,
    // MarketBeat: "X has no position in any of the stocks mentioned. The Motley Fool has a disclosure
    // policy."; "The views and opinions expressed herein are the views and opinions of the author and do
    // not necessarily reflect those of Nasdaq, Inc.").
    "has no position in any of the stocks mentioned"sv, "have no position in any of the stocks mentioned"sv,
    "has a disclosure policy"sv, "views and opinions expressed herein"sv,
    // The stock-report plug closing Zacks copy on the same hosts ("Coinbase Global, Inc. (COIN) : Free
    // Stock Analysis Report", "Click to get this free report").
    "free stock analysis report"sv, "click to get this free report"sv,
    // The ja crypto media's standard note, "this site … is not meant to solicit investment" (study-i
    // round 6, coinpostjp shell: "本サイトは暗号資産の情報提供を目的としており、投資勧誘を目的とするものではありません。").
    "投資勧誘を目的とするものではありません"sv, "投資勧誘を目的としたものではありません"sv,
    // The rights note of zh reposts, "copyright belongs to the original author" (study-j round 7 B16, wechat
    // shell: "本文转载自公众号“X”，原文发布于…，著作权归原作者所有。", standard on WeChat, 163 and Sohu reposts).
    "著作权归原作者所有"sv, "著作權歸原作者所有"sv, "版权归原作者所有"sv, "版權歸原作者所有"sv,
    // The editorial-policy note under every Cointelegraph story (study-j round 7 B16, cointelegraph shell:
    // "Cointelegraph is committed to independent, transparent journalism. … Read our Editorial Policy …").
    "committed to independent, transparent journalism"sv, "read our editorial policy"sv,
    // The contributor note of contributor networks' author cards (study-j round 7 B24, forbes shell:
    // "Opinions expressed by Forbes Contributors are their own."; Entrepreneur's "… by Entrepreneur
    // contributors are their own.").
    "contributors are their own"sv,
    // The note Dow Jones appends to MarketWatch and Barron's copy it syndicates (study-k round 8 B11,
    // morningstar shell; on Morningstar, Fidelity, E*Trade: "This content was created by MarketWatch, which
    // is operated by Dow Jones & Co. MarketWatch is published independently from Dow Jones Newswires and
    // The Wall Street Journal.").
    "which is operated by dow jones"sv, "published independently from dow jones newswires"sv,
    // The notice over a pt comment section (study-k round 8 B15, folha shell: "Os comentários não
    // representam a opinião do jornal; a responsabilidade é do autor da mensagem."; UOL's "… do site").
    "comentários não representam a opinião"sv,
    // The label under a third-party ad unit in a story (study-m round 10, investing shell: "Third party Ad.
    // Not an offer or recommendation by Investing.com. See disclosure here or remove ads.").
    "not an offer or recommendation by"sv,
    // The affiliate disclosure under reviews and buying guides (study-q round 14 X3, xataka shell: "Algunos de los enlaces
    // de este artículo son afiliados y pueden reportar un beneficio a Xataka.", Webedia's stock line; Wirecutter, The
    // Verge, Engadget "we may earn a commission"; de "Affiliate-Links", "erhalten wir eine Provision"; fr "liens
    // affiliés"; pt/it forms).
    "enlaces de este artículo son afiliados"sv, "son enlaces de afiliados"sv, "enlaces de afiliados"sv,
    "enlaces afiliados"sv, "we may earn a commission"sv, "we may earn an affiliate commission"sv,
    "may earn a small commission"sv, "we earn a commission"sv, "we may get a commission"sv, "affiliate-links"sv,
    "erhalten wir eine provision"sv, "liens affiliés"sv, "liens d'affiliation"sv, "links de afiliados"sv,
    "links afiliados"sv, "link affiliati"sv, "link di affiliazione"sv,
};

// Photo-credit labels: a label and a colon, or "via" (repost README: captions
// and photo credits are not body; "… screen. Image: Shutterstock", "Chart via
// TradingView"). Both paths use them: the HTML one where they close a caption
// or open a short credit line, the text one anywhere in a short line. Merged
// from the HTML selector's credit markers and the text extractor's caption
// credits (issue #5 repost-text dev pages: "Photo: Getty Images",
// "Illustration: newsroom graphics desk"), which the HTML list contained.
constexpr std::string_view kCreditMarker[] = {
    "photo:"sv, "image:"sv, "illustration:"sv, "chart via"sv, "image via"sv, "photo via"sv, "picture:"sv,
    "credit:"sv, "photograph:"sv, "foto:"sv, "bild:"sv, "grafik:"sv, "imagen:"sv, "source: getty"sv,
    "crédit photo"sv, "bildnachweis:"sv, "chart:"sv, "screenshot:"sv, "pictured:"sv,
    "bildquelle:"sv,  // German finance portals under the dateline (study-h round 5 B4, dpa shell)
    // The agencies' own credit forms closing a caption (study-i round 6 B10, singlefile shell:
    // "Traders work on the floor of the New York Stock Exchange. (AP Photo/Seth Wenig)";
    // "(REUTERS/Brendan McDermid)").
    "(ap photo/"sv, "(ap photo)"sv, "(reuters/"sv,
    // The picture labels of zh/ja portals, colon folded to ":" (study-n round 11 H6, thepaper shell:
    // "资料图：DeepMind总部", a file photo; "图片来源：", ja "写真：" as Yahoo! JAPAN and excite print them). Not
    // the caption label "图注：": readability's gmw truth keeps "图注：奥尔德林的圣餐杯回到了地球上".
    "资料图:"sv, "資料圖:"sv, "图片来源:"sv, "圖片來源:"sv, "写真:"sv,
    // Its short form (study-o round 12 H5: "（图源：视觉中国）" on NetEase, Sohu and Toutiao pages).
    "图源:"sv, "圖源:"sv, "图片来源于"sv, "圖片來源於"sv,  // "（图片来源于网络）", "from the web"
    // The picture label of fi/et, hr/sr/bs/sl, lt/lv and he captions (study-u round 18 H4/X2, helsinki shell: "Kuva:
    // Veikko Somerpuro" under the figure, as Yle, HS and every Finnish university print it; et "Foto:" is listed; hr/sl
    // "Slika:", hr "Snimio:" / "Snimila:" (photographed by), lt "Nuotr.:" / "Nuotrauka:", lv "Attēls:", he "צילום:").
    "kuva:"sv, "slika:"sv, "snimio:"sv, "snimila:"sv, "nuotr.:"sv, "nuotrauka:"sv, "attēls:"sv, "צילום:"sv,
};

// Credit wordings without a label ("Photo by X", "Image courtesy of X", "Foto de
// X"): a credit only where the HTML path finds one, closing a caption after its
// full stop or opening a short credit line. Anywhere in a line they are prose
// too ("a photo by a fan"; repost-text livewire-054 keeps "Photo by Joan
// Bardeletti" lines as body), so the text path does not use them.
constexpr std::string_view kCreditWording[] = {
    "photo by"sv, "image by"sv, "photograph by"sv, "illustration by"sv, "courtesy of"sv, "image courtesy"sv,
    "photo courtesy"sv, "foto de"sv, "photo de"sv,
};

// Labels opening a byline/source line above the story (repost README shells:
// "Source: X", "Quelle: X", "Author: X | Editor: Y", "By X"; common CMS forms).
// Not "Posted by": blogs put it in the story's first line, and the readability
// truth keeps it (test page links-in-tables).
constexpr std::string_view kBylineLabel[] = {
    "by "sv, "by:"sv, "source:"sv, "quelle:"sv, "fuente:"sv, "author:"sv, "autor:"sv, "autorin:"sv,
    "von "sv, "publié par"sv, "par "sv, "door "sv, "editor:"sv,
    "redaktion:"sv, "originally posted"sv, "originally published"sv, "published:"sv, "updated:"sv,
    "veröffentlicht:"sv, "aktualisiert:"sv, "publicado:"sv,
};


const PhraseTable kRelatedOpeners{"related-opener", kRelated};
const PhraseTable kDisclaimerOpeners{"disclaimer", kDisclaimer};
const PhraseTable kNewsletterPhrases{"newsletter", kNewsletter};
const PhraseTable kShareLabels{"share", kShare};
const PhraseTable kToolButtons{"share", kToolButton};
const PhraseTable kShareFillers{"share", kShareFiller};
const PhraseTable kSourcesNoteLabels{"sources-note", kSourcesNoteLabel};
const PhraseTable kTopicBoxOpeners{"related-opener", kTopicBoxOpener};
const PhraseTable kSubscriptionOffers{"newsletter", kSubscriptionOffer};
const PhraseTable kCookiePhrases{"cookie", kCookie};
const PhraseTable kCommentPhrases{"comments", kComments};
const PhraseTable kCommentNotices{"comments", kCommentNotice};
const PhraseTable kSharePrefixes{"share", kSharePrefix};
const PhraseTable kLinkPromoLabels{"link-promo", kLinkPromoLabel};
const PhraseTable kVideoCardLabels{"video-card", kVideoCardLabel};
const PhraseTable kBoxHeadings{"related-opener", kBoxHeading};
const PhraseTable kBoxHeadingOpeners{"related-opener", kBoxHeadingOpener};
const PhraseTable kAdLabels{"ad-label", kAdLabel};
const PhraseTable kUiLabels{"ui-label", kUiLabel};
const PhraseTable kCounterIcons{"counter-icon", kCounterIcon};
const PhraseTable kTagLabels{"tag-label", kTagLabel};
const PhraseTable kRepostCredits{"repost-credit", kRepostCredit};
const PhraseTable kDisclaimerPhrases{"disclaimer", kDisclaimerPhrase};
const PhraseTable kCreditMarkers{"photo-credit", kCreditMarker};
const PhraseTable kCreditWordings{"photo-credit", kCreditWording};
const PhraseTable kMetaLinePrefixes{"meta-line", kBylineLabel};
const PhraseTable kRatingPhrases{"rating", kRating};
const PhraseTable kAuthorHeadings{"author-box", kAuthorHeading};
const PhraseTable kQuoteTableLabels{"quote-table", kQuoteTableLabel};
const PhraseTable kCopyrightPhrases{"copyright", kCopyright};
const PhraseTable kNewswireEnds{"newswire-end", kNewswireEnd};
const PhraseTable kNewswireTails{"newswire-end", kNewswireTail};
const PhraseTable kPostMetaPrefixes{"source-line", kPostMeta};

bool equals_any(const PhraseTable& table, std::string_view key) {
    for (std::string_view p : table.phrases)
        if (key == p) return true;
    return false;
}

namespace {

// Whether a phrase of the table starts at folded[i]; the first byte is
// compared inline before the full comparison (these run on every block).
bool phrase_at(const PhraseTable& table, std::string_view folded, std::size_t i) {
    const char first = folded[i];
    const std::size_t room = folded.size() - i;
    for (std::string_view p : table.phrases)
        if (p.size() <= room && p[0] == first && folded.compare(i, p.size(), p) == 0) return true;
    return false;
}

}  // namespace

bool starts_with_any(const PhraseTable& table, std::string_view folded) {
    return !folded.empty() && phrase_at(table, folded, 0);
}

namespace {

// Which first two bytes start a phrase of a table: most word starts of a
// paragraph are ruled out with one bit test instead of a pass over the table
// (contains_any runs on every output block).
struct PairIndex {
    const PhraseTable* table;
    std::vector<bool> pairs;  // 65536 bits, index = byte0 << 8 | byte1
};

std::size_t pair_of(std::string_view s, std::size_t i) {
    return static_cast<std::size_t>(static_cast<unsigned char>(s[i])) << 8 | static_cast<unsigned char>(s[i + 1]);
}

const std::vector<PairIndex>& pair_indexes() {
    static const std::vector<PairIndex> all = [] {
        std::vector<PairIndex> v;
        for (const PhraseTable* t : {&kNewsletterPhrases, &kCookiePhrases, &kCommentPhrases, &kDisclaimerPhrases,
                                     &kRatingPhrases, &kCopyrightPhrases, &kQuoteTableLabels}) {
            PairIndex index{t, std::vector<bool>(1u << 16, false)};
            bool usable = true;
            for (std::string_view p : t->phrases) {
                if (p.size() < 2) usable = false;
                else index.pairs[pair_of(p, 0)] = true;
            }
            if (usable) v.push_back(std::move(index));
        }
        return v;
    }();
    return all;
}

const std::vector<bool>* pairs_for(const PhraseTable& table) {
    for (const PairIndex& index : pair_indexes())
        if (index.table == &table) return &index.pairs;
    return nullptr;
}

}  // namespace

// Phrases are matched where a word starts ("share" is not found in "timeshare").
bool contains_any(const PhraseTable& table, std::string_view folded) {
    const std::vector<bool>* pairs = pairs_for(table);
    for (std::size_t i = 0; i < folded.size(); ++i) {
        // Chinese and Japanese run words together: a phrase may start at any CJK character (U+3000-U+9FFF,
        // UTF-8 lead bytes E3-E9): "本文不构成任何投资建议" after "风险提示：" (study-d cjk shell).
        // Thai and Lao (U+0E00-U+0EFF: E0 B8-BB) write no spaces between words either (study-v round 19 X1:
        // "เว็บไซต์นี้ใช้คุกกี้เพื่อ…", a consent banner's "uses cookies" inside the run).
        const unsigned char lead = static_cast<unsigned char>(folded[i]);
        const bool thai = lead == 0xE0 && i + 1 < folded.size() && static_cast<unsigned char>(folded[i + 1]) >= 0xB8 &&
                          static_cast<unsigned char>(folded[i + 1]) <= 0xBB;
        const bool word_start = i == 0 || folded[i - 1] == ' ' || folded[i - 1] == '(' || folded[i - 1] == '"' ||
                                (lead >= 0xE3 && lead <= 0xE9) || thai;
        if (!word_start) continue;
        if (pairs && (i + 1 >= folded.size() || !(*pairs)[pair_of(folded, i)])) continue;
        if (phrase_at(table, folded, i)) return true;
    }
    return false;
}

}  // namespace newsclean::lexicon

namespace newsclean::lexicon {

using namespace std::string_view_literals;

namespace {

// Log levels of common logging libraries (syslog, log4j, Python logging).
constexpr std::string_view kLogLevelWords[] = {
    "trace"sv, "debug"sv, "info"sv, "notice"sv, "warn"sv, "warning"sv, "error"sv, "err"sv, "fatal"sv,
    "critical"sv, "crit"sv, "alert"sv, "emerg"sv, "severe"sv,
};

// Follower counts of author cards, glued to the name as innerText gives them or
// on a line of their own: "Jonah Reyes3.2K Followers", "1.2M Followers"
// (study-d seekalpha and square shells; LinkedIn, X, Binance Square cards).
constexpr std::string_view kFollowerWord[] = {
    "followers"sv, "follower"sv, "abonnenten"sv, "abonnés"sv, "seguidores"sv, "follower:innen"sv,
};

// The words of kReadTime that say reading or listening, not only the unit: "Zubereitungszeit: 25
// Minuten" in a recipe's header is the recipe's data (trafilatura kulinariaathome.com).
constexpr std::string_view kReading[] = {
    "read"sv, "lesezeit"sv, "lecture"sv, "lectura"sv, "leitura"sv, "zum hören"sv, "listen to"sv,
};
// Read-time lines of CMS headers and reader views (Firefox Reader View "5–6 minutes",
// Medium "3 min read", fr "min de lecture", es "min de lectura"; the labels: kReadTimeLabelList).
constexpr std::string_view kReadTimeUnit[] = {
    "min read"sv, "minute read"sv, "minutes read"sv, "minutes"sv, "mins"sv, "minuten"sv,
    "min de lecture"sv, "de lecture"sv, "min de lectura"sv, "minutos"sv, "мин"sv,
    // The audio player's row in the same place, with the clip's length (study-m round 10 H6, spiegel
    // shell: "Artikel zum Hören • 3 Min", International "Listen to Article • 4 min").
    "zum hören"sv, "listen to article"sv, "listen to this article"sv,
};
constexpr auto kReadTime = joined(kReadTimeUnit, kReadTimeLabelList);

// Modification dates, never the publication date (corpus/repost/README.md:
// "Never an Updated/modified date"); en, de, fr, es, it, pt, nl, pl, ru. One table
// for the text header and the HTML metadata extractor's date labels (issue #3).
constexpr std::string_view kModified[] = {
    // X's edited posts: "Last edited 10:05 AM · Sep 20, 2025" over the post's time (study-j round 7 B12).
    "last edited"sv,
    "updated"sv, "last updated"sv, "update"sv, "modified"sv, "last modified"sv, "aktualisiert"sv,
    "zuletzt aktualisiert"sv, "geändert"sv, "mis à jour"sv, "mise à jour"sv, "actualizado"sv,
    "actualización"sv, "aggiornato"sv, "atualizado"sv, "bijgewerkt"sv, "zaktualizowano"sv,
    "aktualizacja"sv, "обновлено"sv,
    // ja "更新：2025/09/20 10:05 公開：2025/09/19 04:20" (study-i round 6 B2, coinpostjp shell; the label
    // of Japanese news CMSs, Nikkei/ITmedia "更新日"): "更新：<date>" alone is an updated date too.
    "更新"sv, "更新日"sv,
    // zh update labels (study-p round 13 H2, ettoday shell: "更新時間：2026年11月28日 16:40"; UDN, Liberty Times
    // "最後更新", mainland "更新时间", "最后更新"); "更新…" forms start with "更新".
    "更新時間"sv, "更新时间"sv, "更新日期"sv, "最後更新"sv, "最后更新"sv, "最後更新時間"sv, "最后更新时间"sv,
    // cs/sk "Aktualizováno 20. 9. 2025 10:05" after the published date, th "อัปเดต: 20 กันยายน 2568" (also
    // spelt "อัพเดท") before it (study-j round 7 B9/B10, czech and thai shells).
    "aktualizováno"sv, "aktualizované"sv, "อัปเดต"sv, "อัพเดท"sv, "อัพเดต"sv,
    // tr "Giriş Tarihi: 19.09.2025 04:20 Güncelleme Tarihi: 20.09.2025 10:05" (study-k round 8 B8, hurriyet
    // shell; Hürriyet, Milliyet, Sabah, NTV label the update so, or "Son Güncelleme").
    "güncelleme tarihi"sv, "güncellenme tarihi"sv, "son güncelleme"sv,
    // fr "Publié le 14 novembre 2025 à 09h15, modifié le 14 novembre 2025 à 13h02" (study-m round 10 T2,
    // lemonde shell: Le Monde's and Libération's header row).
    "modifié"sv, "modifié le"sv,
    // ko "등록 2026-11-28 14:05 / 수정 2026-11-28 16:40" (study-r round 15 T3, hankyoreh shell; Hankyoreh,
    // Kyunghyang, Yonhap, Naver print "수정" or "최종수정" under "등록" / "입력") and uk "Оновлено" (Ukrainska Pravda,
    // UNIAN).
    "수정"sv, "최종수정"sv, "оновлено"sv,
    // hu "frissítve: 2026. november 28. – 16:40" (Telex, Index, 444), fi "Päivitetty 28.11. klo 16.40" (Iltalehti,
    // Yle, HS), el "Ενημερώθηκε: 28.11.2026" (Kathimerini, in.gr), vi "Cập nhật: 28/11/2026 16:40" (Tuổi Trẻ,
    // VnExpress): study-s round 16 T2/B4.
    "frissítve"sv, "päivitetty"sv, "ενημερώθηκε"sv, "cập nhật"sv,
    // Nordic and Romanian update stamps (study-t round 17: Berlingske "Opdateret 28.11.2026 kl. 16.40", Aftenposten
    // "Oppdatert:", Digi24 "Data actualizării: 28.11.2026 16:40", Nationalmuseum "Senast ändrad"): da (DR, Politiken,
    // Jyllands-Posten "Senest opdateret", "Sidst opdateret"), no (NRK, VG "Sist oppdatert"), sv (SVT, DN, SvD
    // "Uppdaterad", "Senast uppdaterad"), ro (HotNews, Adevărul "Actualizat la", "Ultima actualizare") and ca
    // (Vilaweb, Ara "Actualitzat"). Prefix labels: "opdateret" covers "Opdateret:".
    "opdateret"sv, "senest opdateret"sv, "sidst opdateret"sv, "oppdatert"sv, "sist oppdatert"sv, "uppdaterad"sv,
    "uppdaterat"sv, "senast uppdaterad"sv, "senast ändrad"sv, "actualizat"sv, "data actualizării"sv,
    "ultima actualizare"sv, "actualitzat"sv,
    // The update stamps of study-u round 18's languages: hr/bs/sr "Ažurirano:" (Jutarnji list, Index.hr, N1; sr
    // Cyrillic "Ажурирано"), sl "Posodobljeno" (24ur, Delo), lt "Atnaujinta" (15min, Delfi), lv "Atjaunināts"
    // (Delfi.lv, LSM), et "Uuendatud" (Postimees, ERR), he "עודכן" (ynet, Haaretz).
    "ažurirano"sv, "ажурирано"sv, "posodobljeno"sv, "atnaujinta"sv, "atjaunināts"sv, "uuendatud"sv, "עודכן"sv,
    // id "Diperbarui 27 November 2026 18:20 WIB" before "Diterbitkan …" (study-v round 19 B1, kumparan shell;
    // Kompas, Detik, Tempo, CNN Indonesia; "Diperbaharui" is the older spelling, "Terakhir diperbarui" = last
    // updated), ms "Dikemas kini" (Berita Harian, Utusan, Astro Awani; also written "Dikemaskini"), bg "Обновено" /
    // "Актуализирано" (Dnevnik, Mediapool), th "ปรับปรุง" / "ปรับปรุงล่าสุด" (updated / last updated).
    "diperbarui"sv, "diperbaharui"sv, "terakhir diperbarui"sv, "dikemas kini"sv, "dikemaskini"sv, "обновено"sv,
    "актуализирано"sv, "ปรับปรุง"sv, "ปรับปรุงล่าสุด"sv,
    // fa "آخرین به‌روزرسانی: ۶ آذر ۱۴۰۵ - ۱۶:۴۵" (last update) under "تاریخ انتشار:" (study-w round 20 B1, hamshahri
    // shell; Hamshahri, ISNA, Tasnim; written with the joiner-free "بروزرسانی" too), ar "آخر تحديث" / "تحديث"
    // (Al Jazeera, Al Arabiya), hi "अपडेटेड" (Amar Ujala, Dainik Jagran, NDTV India's "Updated").
    "به‌روزرسانی"sv, "بروزرسانی"sv, "آخرین به‌روزرسانی"sv, "آخرین بروزرسانی"sv, "آخر تحديث"sv, "تحديث"sv,
    "अपडेटेड"sv,
};

// Publication-date labels that follow an "Updated" one on the same header
// line (study-b finportal shell "Updated Sep 20, 2025 9:02 am EDT · Published
// Sep 19, 2025 4:20 am EDT", editedby shell "Last updated: Sep 21, 2025
// Published: Sep 19, 2025"); en, de, fr, es, it, pt, nl, pl, ru. Also the
// HTML dateline: a date after one is the published date even when an
// "Updated" label stands earlier in the line.
constexpr std::string_view kPublished[] = {
    "published"sv, "first published"sv, "posted"sv, "veröffentlicht"sv, "erschienen"sv, "publié"sv,
    "publicado"sv, "publicada"sv, "pubblicato"sv, "gepubliceerd"sv, "opublikowano"sv, "опубликовано"sv,
    // ja "公開：2025/09/19 04:20" after "更新：…" (study-i round 6 B2, coinpostjp shell), "公開日", "掲載".
    "公開"sv, "公開日"sv, "掲載日"sv,
    // cs "Publikováno", "Zveřejněno", sk "Publikované", th "เผยแพร่: 19 กันยายน 2568 04:20" after "อัปเดต: …"
    // (study-j round 7 B10, thai shell).
    "publikováno"sv, "zveřejněno"sv, "publikované"sv, "เผยแพร่"sv,
    // tr "Giriş Tarihi" (entry date), "Yayınlanma Tarihi", "Yayın Tarihi" (study-k round 8 B8, hurriyet shell).
    "giriş tarihi"sv, "yayınlanma tarihi"sv, "yayın tarihi"sv,
    // The published labels beside the Nordic and Romanian update stamps of kModified (study-t round 17): da
    // "Publiceret", "Udgivet"; no "Publisert", "Først publisert"; sv "Publicerad", "Publicerat"; fi "Julkaistu" (Yle,
    // HS); ro "Publicat", "Publicat la", "Data publicării" (also ca "Publicat").
    "publiceret"sv, "udgivet"sv, "publisert"sv, "først publisert"sv, "publicerad"sv, "publicerat"sv, "julkaistu"sv,
    "publicat"sv, "data publicării"sv,
    // The published labels beside them (study-u round 18): hr/bs/sr/sl "Objavljeno" (sr Cyrillic "Објављено"), lt
    // "Paskelbta", lv "Publicēts", et "Avaldatud", he "פורסם".
    "objavljeno"sv, "објављено"sv, "paskelbta"sv, "publicēts"sv, "avaldatud"sv, "פורסם"sv,
    // The published labels beside them (study-v round 19 B1): id/ms "Diterbitkan", id "Dipublikasikan" (Kompas,
    // Detik, Antara, Berita Harian), uk "Опубліковано" (Suspilne, Ukrinform, UNIAN), bg "Публикувано" (Dnevnik,
    // Mediapool), gl "Data de publicación: 28/11/2026" (Xunta, Galician councils; es "Fecha de publicación").
    "diterbitkan"sv, "dipublikasikan"sv, "опубліковано"sv, "публикувано"sv, "data de publicación"sv,
    "fecha de publicación"sv,
    // The published labels beside them (study-w round 20 B1): fa "تاریخ انتشار" (publication date), ar "تاريخ
    // النشر", "نشر في" (published on), hi "प्रकाशित" (Amar Ujala, Dainik Bhaskar).
    "تاریخ انتشار"sv, "تاريخ النشر"sv, "نشر في"sv, "प्रकाशित"sv,
};

}  // namespace

const PhraseTable kLogLevels{"log-level", kLogLevelWords};
const PhraseTable kPublishedDateMarkers{"published-date", kPublished};
const PhraseTable kModifiedDateMarkers{"modified-date", kModified};
const PhraseTable kReadTimeWords{"read-time", kReadTime};
const PhraseTable kReadingWords{"read-time", kReading};
const PhraseTable kFollowerWords{"followers", kFollowerWord};

}  // namespace newsclean::lexicon

namespace newsclean::lexicon {

using namespace std::string_view_literals;

namespace {

// Yoast SEO's RSS footer, which autoblogs that scrape a site's feed republish
// with the post (default "The post %%POSTLINK%% appeared first on
// %%BLOGLINK%%."; study-b autoblog shell), and its translations in Yoast's
// de, fr, es, it, nl, pt language packs.
constexpr FeedFooter kFeedFooter[] = {
    {"the post "sv, "appeared first on"sv},          {"der beitrag "sv, "erschien zuerst auf"sv},
    {"l'article "sv, "est apparu en premier sur"sv}, {"la entrada "sv, "se publicó primero en"sv},
    {"l'articolo "sv, "sembra essere il primo su"sv}, {"het bericht "sv, "verscheen eerst op"sv},
    {"o post "sv, "apareceu primeiro em"sv},
};

// Editorial-policy notes: Reuters' closing line on every story and its
// syndicated copies ("Our Standards: The Thomson Reuters Trust Principles.";
// study-b syndic shell) and crypto explainer sites' "Editorial integrity:" /
// "Editorial policy:" boxes (study-b editedby shell). Only with the colon:
// "Our standards are slipping" is a sentence.
// Buttons of aggregator pages sending the reader to the original story ("Read more on CNN Money",
// study-d cgnews shell; CoinGecko/Google-News-style cards; the de/fr/es/it forms of such buttons).
// The story ends there, and the name after the phrase is the source.
constexpr std::string_view kReadOnSource[] = {
    "read more on"sv, "read more at"sv, "read the full story on"sv, "read the full story at"sv,
    "read the full article on"sv, "read the full article at"sv, "continue reading on"sv, "continue reading at"sv,
    "read the original on"sv, "weiterlesen bei"sv, "weiterlesen auf"sv, "lire la suite sur"sv,
    "leer más en"sv, "continuar leyendo en"sv, "leggi tutto su"sv, "continua a leggere su"sv,
};

// Labels of an editor's note opening a repost credit ("Editors' Note: This article was originally
// published to members of …", study-d seekalpha shell; the de/fr/es/it newsroom forms).
constexpr std::string_view kEditorNoteLabel[] = {
    "editor's note:"sv, "editors' note:"sv, "editor's note -"sv, "anmerkung der redaktion:"sv,
    "note de la rédaction:"sv, "nota del editor:"sv, "nota de la redacción:"sv, "nota della redazione:"sv,
};

constexpr std::string_view kEditorialNote[] = {
    "our standards:"sv, "editorial integrity:"sv, "editorial policy:"sv, "editorial standards:"sv,
    "editorial process:"sv,
};

// Share/action bars whose buttons run together when the page is saved as text
// ("ShareXFacebookTelegramCopy link", "PartagerFacebookXCopier le lien",
// "1.2KLike84CommentsShare"; study-b amp, fr and appview shells): the networks
// of common share plugins (AddToAny, ShareThis) and reaction buttons.
constexpr std::string_view kActionBarWord[] = {
    "facebook"sv, "x"sv, "twitter"sv, "telegram"sv, "whatsapp"sv, "linkedin"sv, "reddit"sv, "pinterest"sv,
    "email"sv, "e-mail"sv, "mail"sv, "print"sv, "messenger"sv, "flipboard"sv, "bluesky"sv, "threads"sv,
    "mastodon"sv, "xing"sv, "like"sv, "likes"sv, "comment"sv, "comments"sv,
    "repost"sv, "reply"sv, "clap"sv, "claps"sv,
    // The comment button of es/pt/fr/de/it share rows (study-o round 12 X2, elconfidencial shell:
    // "FacebookTwitterWhatsAppComentarios"), beside en "Comments".
    "comentarios"sv, "commentaires"sv, "kommentare"sv, "commenti"sv,
    // The zh comment buttons with their count, NetEase's "0 跟贴分享" under the date row (study-o round 12,
    // netease shell; 跟帖 on Sohu and Tencent, 评论/評論 and 留言 elsewhere).
    "跟贴"sv, "跟帖"sv, "评论"sv, "評論"sv, "留言"sv,
    // The vote buttons of forum and link-aggregator posts (study-j round 7 B18, reddit shell: "Upvote 1.2K
    // Downvote 214 comments Share"; Lemmy, Hacker News and Stack Exchange name them the same).
    "upvote"sv, "downvote"sv, "upvotes"sv, "downvotes"sv,
    // study-j round 7 B23 (thai shell): LINE, the messenger every Thai and Japanese share bar carries.
    "line"sv,
    // The buttons of article tool rows that a scrape runs together (study-m round 10 X2): Medium's "Listen"
    // beside "Share" ("ListenShare"), Spiegel's "Zur Merkliste hinzufügen" / "Link kopieren" / "Weitere
    // Optionen zum Teilen", Le Monde's "Offrir l'article" / "Lire plus tard", Business Insider's "Saved" /
    // "Read in app", and the zh row "分享到：微博微信扫一扫我要反馈" (Weibo, WeChat, scan, feedback).
    "saved"sv, "read in app"sv, "zur merkliste hinzufügen"sv, "link kopieren"sv,
    "weitere optionen zum teilen"sv, "offrir l'article"sv, "lire plus tard"sv, "微博"sv, "微信"sv, "扫一扫"sv,
    "我要反馈"sv, "分享到:"sv, "分享到"sv, "qq空间"sv,
    // Spiegel International's row ("Add to FavoritesCopy linkMore options for sharing") and MSN pt-BR's
    // reaction row ("CurtirComentáriosCompartilhar": like, comments, share).
    "add to favorites"sv, "more options for sharing"sv, "curtir"sv, "comentários"sv,
    // Google News' follow button beside the share buttons (study-r round 15 T2: "Google News'te Takip Et").
    "google news"sv,
    // Business Insider's row over the story ("Save SavedRead in appAdd us on GoogleFacebook Email X …
    // Impact Link"): the Google News preferred-source button, and its gift/share link.
    "add us on google"sv, "impact link"sv,
    // Seeking Alpha's listen button between Save and Share ("SavePlayShare", study-n round 11 X1). Only a bar
    // item: alone on a line "Play" is a video player's control, which readability's truths keep (bug-1255978).
    "play"sv,
    // The localised X/Twitter buttons, the send-by-mail button and the comment-count chip of cs/es/pl/de/fr/it/pt
    // share rows (study-q round 14 X2, lidovky shell: "SdíletTweetnoutUložitdiskuse (48)"; xataka shell:
    // "CompartirTwittearEnviar14 comentarios"; iDNES, Webedia, Onet, Heise, Le Figaro) and LINE's own button label on
    // ja rows (biglobe shell: "ポストシェアLINEで送る", the wording of LINE's share widget). Not de "Kommentar" or fr
    // "Commentaire": alone on a line they are an opinion piece's kicker.
    "tweetnout"sv, "twittear"sv, "tuitear"sv, "twittern"sv, "tweeten"sv, "tweeter"sv, "twitta"sv, "tuitar"sv,
    "tweetuj"sv, "enviar"sv, "envoyer"sv, "invia"sv, "senden"sv, "odeslat"sv, "wyślij"sv, "send"sv,
    "diskuse"sv, "komentáře"sv, "komentářů"sv, "komentarze"sv, "komentarzy"sv, "comentario"sv, "comentário"sv,
    "commento"sv,
    // Pinterest's "Pin it" button and the networks and comment button of he share rows, written in Hebrew script
    // (study-u round 18 X4, ynet shell: "שתפו" / "וואטסאפ" / "פייסבוק" / "הוספת תגובה"; Walla, Maariv, Haaretz).
    "pin it"sv, "וואטסאפ"sv, "ווטסאפ"sv, "פייסבוק"sv, "טוויטר"sv, "טלגרם"sv, "הוספת תגובה"sv, "תגובות"sv,
    // The same networks written in fa/ar/ur, Cyrillic and Devanagari script (study-w round 21 T2, hamshahri shell:
    // "اشتراک‌گذاریتلگرامواتساپکپی لینک": share, Telegram, WhatsApp, copy link, glued; Al Jazeera, Sega, Amar Ujala
    // label their buttons so; the share verbs are kShare's).
    "تلگرام"sv, "واتساپ"sv, "توییتر"sv, "فیسبوک"sv, "فیس‌بوک"sv, "لینکدین"sv, "اینستاگرام"sv,
    "واتساب"sv, "فيسبوك"sv, "تويتر"sv, "تلغرام"sv, "تيليجرام"sv,
    "фейсбук"sv, "туитър"sv, "телеграм"sv, "вайбър"sv, "फेसबुक"sv, "ट्विटर"sv,
    "व्हाट्सएप"sv, "टेलीग्राम"sv,
    // The networks of ko and vi share rows and he's send-by-mail button (study-x round 22 H6, hankyeol shell:
    // "카카오톡페이스북X…"; study-y round 22 B3/H2, baomoi shell "Chia sẻ FacebookChia sẻ Zalo…", haaretzon shell
    // "…שתפו ב־Xשלחו במייל"). vi's share verb "chia sẻ" stands here, a bar's item: as a line's label (kShare) it
    // would take a vi headline or heading opening with it ("Chia sẻ bí quyết giữ ấm").
    "카카오톡"sv, "카카오스토리"sv, "페이스북"sv, "트위터"sv, "zalo"sv, "chia sẻ"sv, "שלחו במייל"sv, "שלח במייל"sv,
};

// Time words after a related-block heading (study-b appview shell "Trending
// now"; "Most read today", "Popular this week").
constexpr std::string_view kRelatedOpenerSuffix[] = {
    "now"sv, "right now"sv, "today"sv, "this week"sv, "this month"sv, "heute"sv, "aujourd'hui"sv, "hoy"sv,
};

// Press-release contact labels (study-b pressrel shell "Media contact:";
// GlobeNewswire/PR Newswire/Business Wire "Media Contact", "Press Contact",
// "Media Inquiries"; de/fr/es equivalents).
constexpr std::string_view kContactLabel[] = {
    "media contact"sv, "media contacts"sv, "press contact"sv, "press contacts"sv, "media inquiries"sv,
    "media enquiries"sv, "investor contact"sv, "pressekontakt"sv, "contact presse"sv, "contacto de prensa"sv,
    // The Austrian press contact (study-s round 16 X2, tuwien shell: "Rückfragehinweis" over name, phone, e-mail, as
    // every APA-OTS release prints it), de "Medienkontakt", nl "Perscontact", sv "Presskontakt", it "Contatto stampa",
    // pl "Kontakt dla mediów".
    "rückfragehinweis"sv, "rückfragehinweise"sv, "medienkontakt"sv, "perscontact"sv, "presskontakt"sv,
    "contatto stampa"sv, "contatti stampa"sv, "kontakt dla mediów"sv,
};

// Kickers of a content type or section where a byline could stand (study-b
// pressrel shell "Press Release · September 20, 2025"; common news-site
// labels in en, de, fr, es).
constexpr std::string_view kSectionKicker[] = {
    "press release"sv, "sponsored"sv, "sponsored content"sv, "paid content"sv, "partner content"sv,
    "opinion"sv, "analysis"sv, "breaking"sv, "breaking news"sv, "markets"sv, "news"sv, "exclusive"sv,
    "pressemitteilung"sv, "meinung"sv, "communiqué"sv, "communiqué de presse"sv, "comunicado"sv,
    "comunicado de prensa"sv, "opinión"sv,
    // The news section's name over a date on municipal, club and company sites (study-p round 13 T6, gemeinde
    // shell: "Aktuelles" / "28.11.2026" / headline; TYPO3 and Joomla sites name the section so in de, fr, es,
    // pt, it, nl).
    "aktuelles"sv, "neuigkeiten"sv, "nachrichten"sv, "latest news"sv, "actualités"sv, "actualité"sv,
    "noticias"sv, "actualidad"sv, "notícias"sv, "notizie"sv, "nieuws"sv,
    // The content type over a government's or an agency's news item, before its date (study-s round 16 T7,
    // rijksoverheid shell: "Nieuwsbericht | 28-11-2026 | 14:05"; gov.uk "News story", Swiss "Medienmitteilung",
    // Nordic ministries' "Pressmeddelande" / "Pressemelding"): a genre, never the author.
    "nieuwsbericht"sv, "persbericht"sv, "news story"sv, "news item"sv, "news release"sv, "media release"sv,
    "pressemeldung"sv, "medienmitteilung"sv, "nota de prensa"sv, "comunicato stampa"sv, "pressmeddelande"sv,
    "pressemelding"sv, "pressemeddelelse"sv, "tiedote"sv, "tisková zpráva"sv,
};

// Relative times in app and social headers (study-b appview shell "3 hours ago
// · 12.4K reads", "3h · 12.4K reads"; de "vor 3 Stunden", fr "il y a 3
// heures", es "hace 3 horas", it "3 ore fa"). Compact units ("3h", "5m") only
// as a whole token.
constexpr std::string_view kRelativeTimeUnit[] = {
    "s"sv, "sec"sv, "secs"sv, "second"sv, "seconds"sv, "m"sv, "min"sv, "mins"sv, "minute"sv, "minutes"sv,
    "h"sv, "hr"sv, "hrs"sv, "hour"sv, "hours"sv, "d"sv, "day"sv, "days"sv, "w"sv, "week"sv, "weeks"sv,
    "mo"sv, "month"sv, "months"sv, "y"sv, "yr"sv, "year"sv, "years"sv,
    "sekunde"sv, "sekunden"sv, "minuten"sv, "stunde"sv, "stunden"sv, "tag"sv, "tagen"sv,
    "woche"sv, "wochen"sv, "seconde"sv, "secondes"sv, "heure"sv, "heures"sv, "jour"sv, "jours"sv,
    "semaine"sv, "semaines"sv, "segundo"sv, "segundos"sv, "minuto"sv, "minutos"sv, "hora"sv, "horas"sv,
    "día"sv, "días"sv, "semana"sv, "semanas"sv, "ora"sv, "ore"sv, "giorno"sv, "giorni"sv, "minuti"sv,
    // tr "3 saat önce", uk "3 години тому", ru "3 часа назад" (study-r round 15 T2: Sözcü, Hürriyet, Ukrainska
    // Pravda, UNIAN print the age beside the absolute date).
    "saniye"sv, "dakika"sv, "dk"sv, "saat"sv, "gün"sv, "hafta"sv, "ay"sv, "yıl"sv,
    "секунду"sv, "секунди"sv, "секунд"sv, "хвилину"sv, "хвилини"sv, "хвилин"sv, "годину"sv, "години"sv, "годин"sv,
    "день"sv, "дні"sv, "днів"sv, "тиждень"sv, "тижні"sv, "тижнів"sv,
    "секунды"sv, "минуту"sv, "минуты"sv, "минут"sv, "час"sv, "часа"sv, "часов"sv, "дня"sv, "дней"sv,
    "неделю"sv, "недели"sv, "недель"sv,
    // fi "3 tuntia sitten" (study-s round 16 H7: Iltalehti's, Ilta-Sanomat's and Yle's age of a fresh story), the
    // partitive after a count, and the singular after "1".
    "sekuntia"sv, "minuuttia"sv, "minuutti"sv, "tuntia"sv, "tunti"sv, "päivää"sv, "päivä"sv, "viikkoa"sv, "viikko"sv,
    "kuukautta"sv, "kuukausi"sv, "vuotta"sv, "vuosi"sv,
    // Round 21 (study-w T1/H5: Sega "преди 2 часа", Amar Ujala "3 घंटे पहले", Hamshahri "۲ ساعت پیش" beside the
    // absolute date): bg, hi, fa/ar, ro, pl, cs/sk, pt, id/ms, vi units (the counted forms after 1-5 and 5+).
    "секунди"sv, "минута"sv, "минути"sv, "ден"sv, "дни"sv, "седмица"sv, "седмици"sv,
    "सेकंड"sv, "मिनट"sv, "घंटा"sv, "घंटे"sv, "दिन"sv, "सप्ताह"sv, "हफ्ते"sv,
    "ثانیه"sv, "دقیقه"sv, "ساعت"sv, "روز"sv, "هفته"sv, "دقيقة"sv, "دقائق"sv, "ساعة"sv, "ساعات"sv, "يوم"sv, "أيام"sv,
    "secunde"sv, "oră"sv, "zi"sv, "zile"sv,
    "sekund"sv, "sekundy"sv, "minutę"sv, "minuty"sv, "minut"sv, "godzinę"sv, "godziny"sv, "godzin"sv, "dzień"sv, "dni"sv,
    "sekundami"sv, "minutou"sv, "minutami"sv, "minútou"sv, "minútami"sv, "hodinou"sv, "hodinami"sv, "dnem"sv,
    "dňom"sv, "dny"sv, "dňami"sv,
    "dia"sv, "dias"sv, "detik"sv, "menit"sv, "jam"sv, "hari"sv, "minggu"sv,
    "giây"sv, "phút"sv, "giờ"sv, "ngày"sv, "tuần"sv,
};
// Suffixes may be two words (id/ms "2 jam yang lalu").
constexpr std::string_view kRelativeTimeSuffix[] = {"ago"sv, "fa"sv, "geleden"sv, "önce"sv, "тому"sv, "назад"sv,
                                                    "sitten"sv, "पहले"sv, "پیش"sv, "temu"sv, "yang lalu"sv,
                                                    "lalu"sv, "trước"sv};
constexpr std::string_view kRelativeTimePrefix[] = {"vor"sv, "il y a"sv, "hace"sv, "преди"sv, "acum"sv,
                                                    "před"sv, "pred"sv, "há"sv, "منذ"sv};
// The units of ja/zh/ko relative times ("3時間前", "5分前", "2小时前", "3시간 전"): a count, a unit, then 前 (ja, zh)
// or 전 (ko), glued (study-q round 14 T2, biglobe shell).
constexpr std::string_view kCjkRelativeTimeUnit[] = {
    "\xE7\xA7\x92"sv,                          // 秒
    "\xE5\x88\x86"sv,                          // 分
    "\xE5\x88\x86\xE9\x92\x9F"sv,              // 分钟
    "\xE5\x88\x86\xE9\x90\x98"sv,              // 分鐘
    "\xE6\x99\x82\xE9\x96\x93"sv,              // 時間
    "\xE5\xB0\x8F\xE6\x97\xB6"sv,              // 小时
    "\xE5\xB0\x8F\xE6\x99\x82"sv,              // 小時
    "\xE6\x97\xA5"sv,                          // 日
    "\xE5\xA4\xA9"sv,                          // 天
    "\xE9\x80\xB1\xE9\x96\x93"sv,              // 週間
    "\xE5\x91\xA8"sv,                          // 周
    "\xE3\x81\x8B\xE6\x9C\x88"sv,              // か月
    "\xE3\x83\xB6\xE6\x9C\x88"sv,              // ヶ月
    "\xE4\xB8\xAA\xE6\x9C\x88"sv,              // 个月
    "\xEC\xB4\x88"sv,                          // 초
    "\xEB\xB6\x84"sv,                          // 분
    "\xEC\x8B\x9C\xEA\xB0\x84"sv,              // 시간
    "\xEC\x9D\xBC"sv,                          // 일
    "\xEC\xA3\xBC"sv,                          // 주
    "\xEA\xB0\x9C\xEC\x9B\x94"sv,              // 개월
};

}  // namespace

const std::span<const FeedFooter> kFeedFooters{kFeedFooter};
const PhraseTable kEditorNoteLabels{"editor-note", kEditorNoteLabel};
const PhraseTable kReadOnSourcePhrases{"read-on-source", kReadOnSource};
const PhraseTable kEditorialNotes{"editorial-note", kEditorialNote};
const PhraseTable kActionBarWords{"share", kActionBarWord};
const PhraseTable kRelatedOpenerSuffixes{"related-opener", kRelatedOpenerSuffix};
const PhraseTable kContactLabels{"contact-line", kContactLabel};
const PhraseTable kSectionKickers{"section-kicker", kSectionKicker};
const PhraseTable kRelativeTimeUnits{"relative-time", kRelativeTimeUnit};
const PhraseTable kRelativeTimeSuffixes{"relative-time", kRelativeTimeSuffix};
const PhraseTable kRelativeTimePrefixes{"relative-time", kRelativeTimePrefix};
const PhraseTable kCjkRelativeTimeUnits{"relative-time", kCjkRelativeTimeUnit};

}  // namespace newsclean::lexicon

namespace newsclean::lexicon {

using namespace std::string_view_literals;

namespace {

// Email newsletters' web versions (study-h round 5 B2, newsletter shell; the stock header and
// footer lines of Mailchimp, beehiiv, Substack and ConvertKit templates). Prefixes of a short line.
constexpr std::string_view kEmailChromeOpener[] = {
    "view in browser"sv, "view this email in your browser"sv, "view this email in a browser"sv,
    "view it in your browser"sv, "view email in browser"sv, "view online version"sv, "forwarded this email?"sv,
    "was this email forwarded to you?"sv, "was this forwarded to you?"sv, "you received this email because"sv,
    "you are receiving this email because"sv, "you're receiving this email because"sv,
    "you are receiving this because"sv, "you're receiving this because"sv, "unsubscribe |"sv,
    "unsubscribe -"sv, "update your preferences"sv, "update preferences"sv, "manage your subscription"sv,
    "manage your preferences"sv,
};

// Referral blocks of newsletters (beehiiv's stock "You currently have 0 referrals, only 3 away from
// receiving …"; SparkLoop "Refer a friend"), matched anywhere in a short line.
constexpr std::string_view kReferralPhrase[] = {
    "away from receiving"sv, "your referral link"sv, "refer a friend"sv, "refer your friends"sv,
    "share your referral link"sv, "referrals, only"sv,
};

// Sponsor labels of newsletters (study-h newsletter shell "PRESENTED BY" / "Together with Ledger:
// …"; Morning Brew / The Hustle / beehiiv ad slots "Brought to you by", "In partnership with").
constexpr std::string_view kSponsorLabel[] = {
    "presented by"sv, "together with"sv, "brought to you by"sv, "in partnership with"sv, "sponsored by"sv,
    "today's sponsor"sv,
};

// Medium's logged-out paywall (study-h round 5 B10, paywall shell: "Member-only story", "Create an
// account to read the full story.", "The author made this story available to Medium members only.",
// "If you're new to Medium, create a new account to read this story on us.", "Continue in app",
// "Sign up with Google", "Already have an account? Sign in"). Prefixes of a line.
constexpr std::string_view kPaywallPhrase[] = {
    "member-only story"sv, "create an account to read the full story"sv,
    "the author made this story available to"sv, "if you're new to medium"sv, "continue in app"sv,
    "continue in the app"sv, "open in app"sv, "sign up with google"sv, "sign up with facebook"sv,
    "sign up with apple"sv, "sign up with email"sv, "already have an account? sign in"sv,
    "already have an account? log in"sv,
    // Folha's gift-article box at the top of every story (study-k round 8 B15, folha shell: "Assinantes
    // podem liberar 7 acessos por dia para conteúdos da Folha." and its "Assinante pode liberar …" line).
    "assinantes podem liberar"sv, "assinante pode liberar"sv,
    // The subscriber-only badge under a headline (study-m round 10 H6, lemonde shell: "Article réservé aux
    // abonnés"; the same badge in de/es/pt/en).
    "article réservé aux abonnés"sv, "réservé aux abonnés"sv, "nur für abonnenten"sv, "exklusiv für abonnenten"sv,
    "exclusivo para suscriptores"sv, "exclusivo para assinantes"sv, "subscriber-only"sv, "subscribers only"sv,
    "for subscribers only"sv,
    // A German paywall teaser's button under the free paragraphs (study-r round 15 H4, schwaebische shell:
    // "Weiterlesen mit Plus"; Funke "Weiterlesen mit Plus", Madsack "Jetzt weiterlesen mit RND+", SZ "Weiterlesen
    // mit SZ Plus"), and its lead question ("Sie wollen wissen, wie es weitergeht?").
    "weiterlesen mit"sv, "jetzt weiterlesen mit"sv, "sie wollen wissen, wie es weitergeht"sv,
    "sie möchten wissen, wie es weitergeht"sv, "wollen sie wissen, wie es weitergeht"sv,
    // The sv paywall teaser's button and login line inside the story (study-x round 22 N2, nordposten shell: "Läs vidare
    // med Nordposten Plus" / … / "Bli prenumerant Redan prenumerant? Logga in"; Bonnier's and Mittmedia's papers, DN
    // "Läs vidare med DN", Aftonbladet "Redan prenumerant? Logga in").
    "läs vidare med"sv, "bli prenumerant"sv, "redan prenumerant?"sv,
};

// Buttons sending the reader to the original story or the app, which end the story: newsletter CTAs
// (study-h newsletter shell "Read the full story →"), Telegram posts (telegram shell "🔗 Read more"),
// Flipboard cards (flipboard shell "Read on decrypt.co"), embeds ("View on X"). Whole lines once
// fold_key dropped an arrow and a leading link pictograph (kLinkIcons).
constexpr std::string_view kStoryEndButton[] = {
    "read the full story"sv, "read the full article"sv, "read full story"sv, "read full article"sv,
    "read the whole story"sv, "read more"sv, "continue reading"sv, "keep reading"sv, "open in app"sv,
    "continue in app"sv,
};
constexpr std::string_view kStoryEndButtonPrefix[] = {
    "read on "sv, "view on "sv,
};

// Pictographs before a link button (study-h telegram shell "🔗 Read more"; channel posts' 👉 ➡️).
constexpr std::string_view kLinkIcon[] = {
    "\xF0\x9F\x94\x97"sv,  // 🔗
    "\xF0\x9F\x91\x89"sv,  // 👉
    "\xE2\x9E\xA1"sv,      // ➡
};

// Parenthesised related-story lines of Taiwanese/Chinese crypto media (study-h round 5 B1, zhcrypto
// shell: BlockTempo/ABMedia/Odaily "（前情提要：…）", "（背景補充：…）", "（延伸閱讀：…）"), after the
// opening parenthesis, colon narrowed by fold_label_text.
constexpr std::string_view kBracketedRelatedLabel[] = {
    "前情提要:"sv, "背景補充:"sv, "背景补充:"sv, "延伸閱讀:"sv, "延伸阅读:"sv, "相關報導:"sv, "相关报道:"sv,
    "推薦閱讀:"sv, "推荐阅读:"sv, "相關閱讀:"sv, "相关阅读:"sv,
};

// The original title of a translated repost (study-h round 5 B14, zhcrypto shell: Odaily/PANews
// "原文标题：《…》"; traditional "原文標題："). Not a wire copy's "原标题：", which the readability truth
// keeps as the story's last line (dev readability/gmw).
constexpr std::string_view kOriginalTitleLabel[] = {
    "原文标题:"sv, "原文標題:"sv,
};

// A portal's repost marker naming the wire story's own title, "原标题：…" (study-m round 10 H5, sina
// shell: the portal prints it over the reposted text). Over the story only: at its end the dev truth
// keeps it (readability gmw), see kOriginalTitleLabel.
constexpr std::string_view kLeadOriginalTitleLabel[] = {
    "原标题:"sv, "原標題:"sv,
};

// The app plug of zh portals (study-m round 10 H5, sina shell: "海量资讯、精准解读，尽在新浪财经APP";
// the same plug worded "下载…客户端", "打开…APP"): a short line with a call ...
constexpr std::string_view kAppPlugCall[] = {
    "尽在"sv, "盡在"sv, "下载"sv, "下載"sv, "打开"sv, "打開"sv, "扫码"sv, "掃碼"sv,
};
// ... that ends with the app it sells.
constexpr std::string_view kAppPlugTarget[] = {
    "app"sv, "客户端"sv, "客戶端"sv,
};

// Openings of the house plug closing every story on Indian business portals (study-o round 12 H2,
// economictimes shell: "(Catch all the Business News, Breaking News … on The Economic Times.)", "Download
// The Economic Times News App to get Daily Market Updates & Live Business News."; Mint: "Catch all the
// Business News … on Live Mint. Download The Mint News App …"; NDTV Profit, Business Standard, Financial
// Express), and the download call of the same plug elsewhere ("Download the BBC News app", "Baixe o app").
// Only with "news" or "app" after them (boilerplate_text.cpp is_portal_plug).
constexpr std::string_view kPortalPlugOpener[] = {
    "catch all the "sv, "catch the latest "sv, "download the "sv, "download our "sv, "baixe o "sv, "baixe a "sv,
    "descarga la "sv, "descargue la "sv, "téléchargez l'"sv, "scarica l'"sv, "laden sie die "sv,
};

// Translator credits standing alone under a story (study-k round 8 B13, folha shell: Folha
// International's "Tradução de Ana Souza" under agency copy); the same credit lines of es ("Traducción
// de X", El País), fr ("Traduit par X", "Traduit de l'anglais par X", Courrier international), de
// ("Übersetzung: X", "Aus dem Englischen von X", Zeit/Spiegel translations), en ("Translated by X").
// Prefixes of a short line that is the label and a name (boilerplate_text.cpp is_translator_credit).
constexpr std::string_view kTranslatorCredit[] = {
    "tradução de"sv, "tradução:"sv, "traduzido por"sv, "traducción de"sv, "traducción:"sv, "traducido por"sv,
    "traduit par"sv, "traduit de l'anglais par"sv, "traduction:"sv, "übersetzung:"sv, "übersetzt von"sv,
    "aus dem englischen von"sv, "translated by"sv, "translation by"sv,
    // The compiler's credit of a translated repost under its source and author rows (study-o round 12 X5, gate
    // shell: "Compiled by: Gate Learn Translation Team"; Odaily, PANews and BlockBeats English editions).
    "compiled by"sv, "compiled and translated by"sv, "translation:"sv,
};

// Related labels followed directly by the linked headline, no colon or dash between (study-k round 8
// B10, hurriyet shell: "İlgili Haber Stablecoin Supply Hits Record $290 Billion", the inline box of
// Hürriyet, Milliyet and Sabah). The singular noun phrase, which opens no Turkish sentence without a
// case ending ("İlgili haberde …"). Folded forms, util::fold keeping the capital İ (U+0130).
// The "read also" imperatives of kRelated do the same in the inline boxes of fr/nl/it/de/es/pt/pl/ru/id/
// cs/en portals: a label span then the headline link, one line (study-l round 9 B10, figaro shell: Le
// Figaro's "Lire aussi <headline>", as Le Monde and Libération; nos shell: NOS/NU.nl "Lees ook
// <headline>"; repubblica shell: "Leggi anche <headline>", as Corriere). Only these imperatives: "Related",
// "Trending", "Read more", "More from" open sentences and buttons too ("More from the minister later.").
// A sentence opening with one ends in a stop (boilerplate_text.cpp opens_with_related_label).
constexpr std::string_view kBareRelatedLabel[] = {
    "ilgili haber"sv, "\xC4\xB0lgili haber"sv, "\xC4\xB0lg\xC4\xB0l\xC4\xB0 haber"sv,
    "lire aussi"sv, "à lire aussi"sv, "à lire également"sv, "lees ook"sv, "leggi anche"sv, "lesen sie auch"sv,
    "lea también"sv, "lee también"sv, "lee además"sv, "leer también"sv, "leia também"sv, "veja também"sv,
    "mirá también"sv, "leé también"sv, "ver también"sv,
    "czytaj także"sv, "zobacz też"sv, "читайте также"sv, "читайте також"sv, "baca juga"sv, "lihat juga"sv, "čtěte také"sv,
    "čtěte též"sv, "přečtěte si také"sv, "prečítajte si aj"sv, "čítajte aj"sv, "read also"sv, "also read"sv,
    // vi/fi/el/sv/da/no (study-s round 16 X1/X4/X5; kRelated's note).
    "xem thêm"sv, "lue myös"sv, "katso myös"sv, "διαβάστε ακόμη"sv, "διαβάστε επίσης"sv, "δείτε επίσης"sv,
    "διαβαστε ακομη"sv, "διαβαστε επισης"sv, "δειτε επισης"sv, "läs också"sv, "läs även"sv, "læs også"sv, "les også"sv,
    // hr/sr/bs/sl, lt/lv/et and he (study-u round 18 X1; kRelated's note). Not "pročitajte i" or "loe ka"
    // bare: short words that open instructions ("Pročitajte i upute …") take a colon to be a label.
    "pročitajte više"sv, "pročitajte još"sv, "прочитајте још"sv, "preberite tudi"sv, "taip pat skaitykite"sv,
    "skaitykite taip pat"sv, "lasi arī"sv, "lasiet arī"sv, "עוד באותו נושא"sv, "קראו עוד"sv, "קראו גם"sv,
    // th "read related news" before the linked headline (study-v round 19, khaosod shell; kRelated's note).
    "อ่านข่าวที่เกี่ยวข้อง"sv,
    // fa/ar/ur/hi and bg (study-w round 21 X2/H2; kRelated's note).
    "بیشتر بخوانید"sv, "اقرأ أيضا"sv, "اقرأ أيضاً"sv, "اقرأ ايضا"sv, "مزید پڑھیں"sv, "یہ بھی پڑھیں"sv,
    "यह भी पढ़ें"sv, "ये भी पढ़ें"sv, "прочетете още"sv, "прочетете също"sv,
};

// Fields of the quote line MT Newswires appends to every company story it sends to Morningstar,
// Fidelity, Schwab and Yahoo (study-k round 8 B12, morningstar shell: "Price: 228.15, Change: +2.77,
// Percent Change: +1.23"), and the same fields' other spellings in quote boxes. Matched on
// util::fold_key, which drops a "%" at either end ("% Change", "Chg%").
constexpr std::string_view kQuoteFieldLabel[] = {
    "price"sv, "change"sv, "percent change"sv, "pct change"sv, "chg"sv, "volume"sv,
};

}  // namespace

const PhraseTable kTranslatorCredits{"translator-credit", kTranslatorCredit};
const PhraseTable kPortalPlugOpeners{"newsletter", kPortalPlugOpener};
const PhraseTable kBareRelatedLabels{"related-inline", kBareRelatedLabel};
const PhraseTable kQuoteFieldLabels{"ticker", kQuoteFieldLabel};
const PhraseTable kEmailChromeOpeners{"email-chrome", kEmailChromeOpener};
const PhraseTable kReferralPhrases{"email-chrome", kReferralPhrase};
const PhraseTable kSponsorLabels{"sponsor", kSponsorLabel};
const PhraseTable kPaywallPhrases{"paywall", kPaywallPhrase};
const PhraseTable kStoryEndButtons{"story-end", kStoryEndButton};
const PhraseTable kStoryEndButtonPrefixes{"story-end", kStoryEndButtonPrefix};
const PhraseTable kLinkIcons{"story-end", kLinkIcon};
const PhraseTable kBracketedRelatedLabels{"related-inline", kBracketedRelatedLabel};
const PhraseTable kOriginalTitleLabels{"repost-credit", kOriginalTitleLabel};
const PhraseTable kLeadOriginalTitleLabels{"repost-credit", kLeadOriginalTitleLabel};
const PhraseTable kAppPlugCalls{"newsletter", kAppPlugCall};
const PhraseTable kAppPlugTargets{"newsletter", kAppPlugTarget};

}  // namespace newsclean::lexicon

namespace newsclean::lexicon {

namespace {

// Every press release (PR Newswire, Business Wire, GlobeNewswire, news aktuell's ots, Cision, ACCESSWIRE) opens
// its first paragraph with the wire's mark in the dateline (study-p round 13 H3/X6, presseportal shell: "Augsburg
// (ots) -", "Stockholm (ots/PRNewswire) -"; study-b pressrel shell "/PRNewswire/").
constexpr std::string_view kPressWireMark[] = {
    "(ots)"sv, "(ots/"sv, "/prnewswire/"sv, "(prnewswire)"sv, "/prnewswire-"sv, "(business wire)"sv,
    "/globe newswire/"sv, "(globe newswire)"sv, "(globenewswire)"sv, "/cnw/"sv, "(accesswire)"sv,
    "/accesswire/"sv, "(newsfile corp."sv, "/ots/"sv,
};
// news aktuell's credit closing every ots release ("Original-Content von: X, übermittelt durch news aktuell";
// en "Original content of: X, transmitted by news aktuell").
constexpr std::string_view kPressCredit[] = {
    "original-content von"sv, "original content von"sv, "original content of"sv, "original-content of"sv,
};
// The closing sections of a release after the company boilerplate (the safe-harbor note every listed issuer
// appends: en, de, fr, es, it, nl wordings).
constexpr std::string_view kPressTailHeading[] = {
    "forward-looking statements"sv, "forward looking statements"sv, "safe harbor statement"sv,
    "safe harbour statement"sv, "cautionary note regarding forward-looking statements"sv,
    "cautionary statement regarding forward-looking statements"sv, "disclaimer regarding forward-looking statements"sv,
    "zukunftsgerichtete aussagen"sv, "zukunftsbezogene aussagen"sv, "hinweis zu zukunftsgerichteten aussagen"sv,
    "déclarations prospectives"sv, "énoncés prospectifs"sv, "declaraciones prospectivas"sv,
    "declaraciones a futuro"sv, "dichiarazioni previsionali"sv, "toekomstgerichte verklaringen"sv,
};
// "About <Company>" over a release's boilerplate paragraph (en, de, fr, es, pt, it, nl).
constexpr std::string_view kCompanyAboutLabel[] = {
    "about"sv, "über"sv, "à propos de"sv, "à propos d'"sv, "acerca de"sv, "sobre"sv, "informazioni su"sv,
    "a proposito di"sv, "over"sv,
};
// Trial offers of paywalled sites (study-p round 13 X4, handelsblatt shell; Spiegel+, Zeit, FAZ+ "4 Wochen für
// 1 €"/"kostenlos testen"; en "Start your free trial", fr "Essayez gratuitement", es "Prueba gratis").
constexpr std::string_view kTrialCall[] = {
    "testen sie"sv, "jetzt testen"sv, "kostenlos testen"sv, "gratis testen"sv, "start your free trial"sv,
    "start a free trial"sv, "essayez"sv, "prueba gratis"sv, "try it free"sv,
};
// Labels of a page-view counter row (study-p round 13 H5/X7, gemeinde shell: Joomla's "Zugriffe: 412" / "Hits:
// 412" in its article-info rows; WordPress view-counter plugins "412 views", "Aufrufe: 412"; fr, es, it, pt).
constexpr std::string_view kViewCounterLabel[] = {
    "zugriffe"sv, "hits"sv, "aufrufe"sv, "gelesen"sv, "views"sv, "vues"sv, "lectures"sv, "visites"sv, "visitas"sv,
    "lecturas"sv, "visualizzazioni"sv, "letture"sv, "visualizações"sv, "leituras"sv, "weergaven"sv, "reads"sv,
};
// Labels of a CMS category row above the story ("Kategorie: Fußball": Joomla's article-info; "Category: X",
// "Rubrik: X", "Catégorie : X"; en, de, fr, es, it, pt, nl).
constexpr std::string_view kCategoryLabel[] = {
    "kategorie"sv, "kategorien"sv, "category"sv, "categories"sv, "rubrik"sv, "ressort"sv, "catégorie"sv,
    "rubrique"sv, "categoría"sv, "sección"sv, "categoria"sv, "sezione"sv, "categorie"sv,
};
// The label of a guide's table of contents, whole line (study-p round 13 X2, howto shell: Dotdash "Table of
// Contents"; de, fr, es).
constexpr std::string_view kTocLabel[] = {
    "table of contents"sv, "contents"sv, "inhaltsverzeichnis"sv, "sommaire"sv, "índice"sv, "tabla de contenidos"sv,
    "índice de contenidos"sv, "jump to section"sv,
    // A docs page's outline beside or under the story (study-r round 15 X2, docusaurus shell: "On this page"; MkDocs,
    // GitBook, Sphinx "On this page"/"Auf dieser Seite").
    "on this page"sv, "auf dieser seite"sv, "sur cette page"sv, "en esta página"sv,
};
// Between a price and the retailer on an affiliate box's price line ("$24.99 at Amazon", "€19,99 bei Amazon",
// "29,99 € chez Fnac", "19,99 € en Amazon").
constexpr std::string_view kRetailerConnector[] = {" at "sv, " bei "sv, " chez "sv, " en "sv, " on "sv};
// The count of a recipe or product card's star rating (study-q round 14 H4, kwestiasmaku shell: "★★★★★4.8 z 126
// głosów"; WP Recipe Maker, Tasty Recipes, Allrecipes "4.8 from 126 votes", "(126 ratings)", de "4,8 von 126
// Bewertungen", fr "4,8 sur 126 avis", es/pt/it/cs/nl forms): the unit after the number of votes ...
constexpr std::string_view kRatingCountWord[] = {
    "votes"sv, "vote"sv, "ratings"sv, "rating"sv, "reviews"sv, "review"sv, "głosów"sv, "głosy"sv, "głos"sv, "ocen"sv,
    "opinii"sv, "bewertungen"sv, "bewertung"sv, "stimmen"sv, "avis"sv, "votos"sv, "voto"sv, "valoraciones"sv,
    "reseñas"sv, "avaliações"sv, "voti"sv, "recensioni"sv, "hodnocení"sv, "stemmen"sv, "beoordelingen"sv,
};
// ... and the words between the score and that number ("4.8 from 126 votes", "4,8 z 126 głosów").
constexpr std::string_view kRatingConnector[] = {
    "from"sv, "of"sv, "out of"sv, "z"sv, "ze"sv, "von"sv, "aus"sv, "sur"sv, "de"sv, "di"sv, "da"sv, "su"sv, "uit"sv,
    "van"sv, "based on"sv, "with"sv,
};
// A wiki page's footer lines, for the text path (the HTML path reads them in kPostMeta): study-r round 15 X3.
constexpr std::string_view kWikiFooterOpener[] = {
    "this page was last edited on"sv, "this page was last modified on"sv, "diese seite wurde zuletzt am"sv,
    "la dernière modification de cette page"sv, "esta página se editó por última vez"sv, "retrieved from"sv,
};
constexpr std::string_view kTrialTerm[] = {
    "€"sv, "$"sv, "£"sv, "gratis"sv, "kostenlos"sv, "free"sv, "gratuit"sv,
};

}  // namespace

const PhraseTable kPressWireMarks{"press-release", kPressWireMark};
const PhraseTable kPressCredits{"press-release", kPressCredit};
const PhraseTable kPressTailHeadings{"press-release", kPressTailHeading};
const PhraseTable kCompanyAboutLabels{"press-release", kCompanyAboutLabel};
const PhraseTable kTrialCalls{"paywall", kTrialCall};
const PhraseTable kTrialTerms{"paywall", kTrialTerm};
const PhraseTable kViewCounterLabels{"counter", kViewCounterLabel};
const PhraseTable kTocLabels{"toc", kTocLabel};
const PhraseTable kWikiFooterOpeners{"source-line", kWikiFooterOpener};
const PhraseTable kRetailerConnectors{"product-box", kRetailerConnector};
const PhraseTable kCategoryLabels{"meta-line", kCategoryLabel};
const PhraseTable kRatingCountWords{"rating", kRatingCountWord};
const PhraseTable kRatingConnectors{"rating", kRatingConnector};

}  // namespace newsclean::lexicon
