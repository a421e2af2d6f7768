// SPDX-License-Identifier: GPL-3.0-or-later
// TextDecoder: Unicode with and without byte-order marks, legacy encodings
// found by ICU, line-end normalisation, and the files it must refuse.
#include "textdecoder.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QTest>

using Marginalia::TextDecoder;

namespace {

/// Bytes of a string literal including any NULs (but not the terminator).
template<qsizetype N> QByteArray raw(const char (&bytes)[N])
{
    return QByteArray(bytes, N - 1);
}

/// UTF-16 with a BOM, written unit by unit so the test does not rely on the
/// converter under test.
QByteArray utf16WithBom(const QString &text, bool bigEndian)
{
    QByteArray out = bigEndian ? raw("\xFE\xFF") : raw("\xFF\xFE");
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        out.append(bigEndian ? high : low);
        out.append(bigEndian ? low : high);
    }
    return out;
}

/// UTF-32 with a BOM, written code point by code point.
QByteArray utf32WithBom(const QString &text, bool bigEndian)
{
    QByteArray out = bigEndian ? raw("\x00\x00\xFE\xFF") : raw("\xFF\xFE\x00\x00");
    for (const char32_t codePoint : text.toUcs4()) {
        char bytes[4];
        for (int i = 0; i < 4; ++i)
            bytes[i] = char((codePoint >> (8 * i)) & 0xFF); // little-endian order
        for (int i = 0; i < 4; ++i)
            out.append(bigEndian ? bytes[3 - i] : bytes[i]);
    }
    return out;
}

/// A PNG signature followed by deterministic pseudo-random bytes without NUL,
/// so the NUL check alone cannot catch it.
QByteArray pngSignatureAndNoise()
{
    QByteArray bytes = raw("\x89PNG\r\n\x1A\n");
    quint32 state = 20221205;
    while (bytes.size() < 8 + 256) {
        state = state * 1664525u + 1013904223u;
        const char byte = char(state >> 24);
        if (byte != 0)
            bytes.append(byte);
    }
    return bytes;
}

/// A row of the decode tests whose bytes are in a legacy encoding; the
/// expected text is given in UTF-8.
void addLegacyRow(const char *name, const char *encoding, const char *bytes, const char *utf8Text)
{
    QTest::newRow(name) << QByteArray(bytes) << QString::fromLatin1(encoding)
                        << QString::fromUtf8(utf8Text);
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesUnicode_data();
    void decodesUnicode() { checkDecoded(); }
    void detectsLegacyEncodings_data();
    void detectsLegacyEncodings() { checkDecoded(); }
    void normalisesLineEndsWhileDecoding_data();
    void normalisesLineEndsWhileDecoding() { checkDecoded(); }
    void normaliseLineEnds_data();
    void normaliseLineEnds();
    void rejects_data();
    void rejects();

private:
    static void addDecodeColumns();
    static void checkDecoded();
};

void TestTextDecoder::addDecodeColumns()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
}

void TestTextDecoder::checkDecoded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);

    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.error, QString());
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.text, text);
    // The contract every import keeps, whatever the row.
    QVERIFY(!result.text.contains(QLatin1Char('\r')));
    QVERIFY(!result.text.startsWith(QChar(0xFEFF)));
}

void TestTextDecoder::decodesUnicode_data()
{
    addDecodeColumns();

    QTest::newRow("UTF-8 ASCII only, no BOM")
        << QByteArray("Breaking news: markets rally after the vote.\n") << QStringLiteral("UTF-8")
        << QStringLiteral("Breaking news: markets rally after the vote.\n");
    QTest::newRow("UTF-8 French, no BOM")
        << QByteArray(
               "Le pr\xC3\xA9sident russe Vladimir Poutine se rendra en Bi\xC3\xA9lorussie.\n")
        << QStringLiteral("UTF-8")
        << QStringLiteral("Le président russe Vladimir Poutine se rendra en Biélorussie.\n");
    QTest::newRow("UTF-8 with BOM, BOM dropped")
        << QByteArray("\xEF\xBB\xBFL'\xC3\xA9t\xC3\xA9 sera chaud.\n") << QStringLiteral("UTF-8")
        << QStringLiteral("L'été sera chaud.\n");
    QTest::newRow("UTF-8 single character")
        << QByteArray("x") << QStringLiteral("UTF-8") << QStringLiteral("x");
    QTest::newRow("UTF-8 no final line end kept as is")
        << QByteArray("Titre\n\nCorps sans fin de ligne") << QStringLiteral("UTF-8")
        << QStringLiteral("Titre\n\nCorps sans fin de ligne");
    QTest::newRow("UTF-8 leading blank lines and indentation kept")
        << QByteArray("\n\n   Titre\n\tCorps\n") << QStringLiteral("UTF-8")
        << QStringLiteral("\n\n   Titre\n\tCorps\n");
    QTest::newRow("UTF-8 emoji, skin tone, flag, ZWJ family, astral letters")
        << QByteArray("Bravo \xF0\x9F\x91\x8F\xF0\x9F\x8F\xBD \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7 "
                      "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 "
                      "\xF0\x9D\x95\x8F \xF0\xA0\x9C\x8E !")
        << QStringLiteral("UTF-8")
        << QStringLiteral(u"Bravo \U0001F44F\U0001F3FD \U0001F1EB\U0001F1F7 "
                          u"\U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001D54F \U0002070E !");
    QTest::newRow("UTF-8 NFD combining accents stay decomposed")
        << QByteArray("Cafe\xCC\x81 de\xCC\x81ja\xCC\x80 vu, Bie\xCC\x81lorussie")
        << QStringLiteral("UTF-8")
        << QStringLiteral(u"Cafe\u0301 de\u0301ja\u0300 vu, Bie\u0301lorussie");
    QTest::newRow("UTF-8 NFC precomposed stays composed")
        << QByteArray("Caf\xC3\xA9 d\xC3\xA9j\xC3\xA0 vu") << QStringLiteral("UTF-8")
        << QStringLiteral(u"Caf\u00E9 d\u00E9j\u00E0 vu");
    QTest::newRow("UTF-8 line and paragraph separators are not line ends")
        << QByteArray("un\xE2\x80\xA8"
                      "deux\xE2\x80\xA9trois")
        << QStringLiteral("UTF-8") << QStringLiteral(u"un\u2028deux\u2029trois");
    QTest::newRow("UTF-8 NEL U+0085 is not a line end")
        << QByteArray("un\xC2\x85"
                      "deux")
        << QStringLiteral("UTF-8") << QStringLiteral(u"un\u0085deux");
    QTest::newRow("UTF-8 tabs, NBSP, narrow NBSP and trailing spaces kept")
        << QByteArray("Prix\xC2\xA0:\t12\xE2\x80\xAF\xE2\x82\xAC   \nfin\t \n")
        << QStringLiteral("UTF-8") << QStringLiteral(u"Prix\u00A0:\t12\u202F\u20AC   \nfin\t \n");
    QTest::newRow("UTF-8 form feed and vertical tab kept")
        << QByteArray("page un\fpage deux\vsuite") << QStringLiteral("UTF-8")
        << QStringLiteral("page un\fpage deux\vsuite");
    QTest::newRow("UTF-8 zero-width space, joiner and soft hyphen kept")
        << QByteArray("a\xE2\x80\x8B"
                      "b\xE2\x80\x8D"
                      "c\xC2\xAD"
                      "d")
        << QStringLiteral("UTF-8") << QStringLiteral(u"a\u200Bb\u200Dc\u00ADd");
    QTest::newRow("UTF-8 U+FEFF inside the text kept")
        << QByteArray("avant\xEF\xBB\xBF"
                      "apr\xC3\xA8s")
        << QStringLiteral("UTF-8") << QStringLiteral(u"avant\uFEFFapr\u00E8s");
    QTest::newRow("UTF-8 BOM repeated at the start: both dropped")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFTitre") << QStringLiteral("UTF-8")
        << QStringLiteral("Titre");
    QTest::newRow("UTF-8 Arabic right-to-left with RLM and Arabic comma")
        << QByteArray("\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3"
                      "\xE2\x80\x8F\xD8\x8C \xC2\xAB\xD9\x84\xD8\xA7\xC2\xBB.")
        << QStringLiteral("UTF-8")
        << QStringLiteral(u"\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064A\u0633"
                          u"\u200F\u060C \u00AB\u0644\u0627\u00BB.");
    QTest::newRow("UTF-8 Chinese without spaces")
        << QByteArray("\xE6\x99\xAE\xE4\xBA\xAC\xE6\x8A\xB5\xE8\xBE\xBE\xE6\x98\x8E\xE6\x96\xAF"
                      "\xE5\x85\x8B\xE3\x80\x82")
        << QStringLiteral("UTF-8")
        << QStringLiteral(u"\u666E\u4EAC\u62B5\u8FBE\u660E\u65AF\u514B\u3002");
    QTest::newRow("UTF-8 C1 control decoded, not mistaken for Windows-1252")
        << QByteArray("co\xC2\x92t") << QStringLiteral("UTF-8") << QStringLiteral(u"co\u0092t");
    QTest::newRow("UTF-8 one control character in a long text is kept")
        << QByteArray(QByteArray(200, 'a') + '\x01' + 'b') << QStringLiteral("UTF-8")
        << QString(QString(200, QLatin1Char('a')) + QChar(0x01) + QLatin1Char('b'));

    QTest::newRow("UTF-16LE with BOM, exact bytes")
        << raw("\xFF\xFE"
               "H\x00\xE9\x00"
               "!\x00")
        << QStringLiteral("UTF-16LE") << QStringLiteral(u"H\u00E9!");
    QTest::newRow("UTF-16BE with BOM, exact bytes")
        << raw("\xFE\xFF\x00H\x00\xE9\x00!") << QStringLiteral("UTF-16BE")
        << QStringLiteral(u"H\u00E9!");
    QTest::newRow("UTF-16LE with BOM, surrogate pair")
        << raw("\xFF\xFE\x3D\xD8\x00\xDE") << QStringLiteral("UTF-16LE")
        << QStringLiteral(u"\U0001F600");
    QTest::newRow("UTF-16BE with BOM, surrogate pair")
        << raw("\xFE\xFF\xD8\x3D\xDE\x00") << QStringLiteral("UTF-16BE")
        << QStringLiteral(u"\U0001F600");
    const QString mixed = QStringLiteral(
        u"Poutine \u00E0 Minsk \u2014 \u041F\u0443\u0442\u0438\u043D, "
        u"\u0628\u0648\u062A\u064A\u0646, \u666E\u4EAC \U0001F1F7\U0001F1FA e\u0301\n");
    QTest::newRow("UTF-16LE with BOM, Latin, Cyrillic, Arabic, Chinese, flag, NFD")
        << utf16WithBom(mixed, false) << QStringLiteral("UTF-16LE") << mixed;
    QTest::newRow("UTF-16BE with BOM, Latin, Cyrillic, Arabic, Chinese, flag, NFD")
        << utf16WithBom(mixed, true) << QStringLiteral("UTF-16BE") << mixed;
    QTest::newRow("UTF-32LE with BOM, exact bytes")
        << raw("\xFF\xFE\x00\x00"
               "A\x00\x00\x00\x00\xF6\x01\x00")
        << QStringLiteral("UTF-32LE") << QStringLiteral(u"A\U0001F600");
    QTest::newRow("UTF-32BE with BOM, exact bytes")
        << raw("\x00\x00\xFE\xFF\x00\x00\x00"
               "A\x00\x01\xF6\x00")
        << QStringLiteral("UTF-32BE") << QStringLiteral(u"A\U0001F600");
    QTest::newRow("UTF-32LE with BOM, mixed scripts")
        << utf32WithBom(mixed, false) << QStringLiteral("UTF-32LE") << mixed;
    QTest::newRow("UTF-32BE with BOM, mixed scripts")
        << utf32WithBom(mixed, true) << QStringLiteral("UTF-32BE") << mixed;
}

void TestTextDecoder::detectsLegacyEncodings_data()
{
    // Realistic paragraphs: ICU's detector needs some text to be sure. The
    // names are ICU's. Byte strings were made with Python's codecs, not ICU.
    addDecodeColumns();

    addLegacyRow("windows-1252 French news with curly apostrophe, ellipsis, euro and CRLF",
                 "windows-1252",
                 "Le pr\351sident de la R\351publique a d\351clar\351 mercredi qu\222il \253 "
                 "ne c\350derait pas \273 face \340 la gr\350ve.\r\n\300 Paris, la manifestation "
                 "a r\351uni des milliers de personnes\205 Le c\234ur du projet, une r\351forme "
                 "chiffr\351e \340 12 milliards d\222\200, reste tr\350s contest\351. Les "
                 "syndicats ont re\347u le Premier ministre \340 l\222h\364tel Matignon ; "
                 "\253 c\222est un \351chec \273, a estim\351 leur porte-parole.\r\n",
                 "Le président de la République a déclaré mercredi qu’il « ne cèderait "
                 "pas » face à la grève.\nÀ Paris, la manifestation a réuni des milliers "
                 "de personnes… Le cœur du projet, une réforme chiffrée à 12 milliards "
                 "d’€, reste très contesté. Les syndicats ont reçu le Premier ministre "
                 "à l’hôtel Matignon ; « c’est un échec », a estimé leur porte-parole.\n");

    addLegacyRow("windows-1252 German with umlauts, dash and low-high quotes", "windows-1252",
                 "Der Bundespr\344sident hat am Mittwoch erkl\344rt, dass die Gespr\344che "
                 "\374ber die Rentenreform fortgesetzt w\374rden. Die Gewerkschaften forderten "
                 "gr\366\337ere Zugest\344ndnisse f\374r \304ltere \226 \204wir lassen uns "
                 "nicht spalten\223, sagte ein Sprecher vor dem Schloss.\n",
                 "Der Bundespräsident hat am Mittwoch erklärt, dass die Gespräche über "
                 "die Rentenreform fortgesetzt würden. Die Gewerkschaften forderten größere "
                 "Zugeständnisse für Ältere – „wir lassen uns nicht spalten“, sagte "
                 "ein Sprecher vor dem Schloss.\n");

    addLegacyRow("Latin-1 French without C1 bytes reported as ISO-8859-1", "ISO-8859-1",
                 "Le ma\356tre d'h\364tel a \351t\351 re\347u \340 Gen\350ve par le pr\351fet, "
                 "qui a rappel\351 que la s\351curit\351 du ch\342teau rel\350ve d\351sormais "
                 "de la garde r\351publicaine. \253 Nous ne c\351derons pas \273, a d\351clar\351 "
                 "le d\351put\351, tr\350s \351mu, devant la foule r\351unie sur la place "
                 "du march\351.\n",
                 "Le maître d'hôtel a été reçu à Genève par le préfet, qui a rappelé "
                 "que la sécurité du château relève désormais de la garde républicaine. "
                 "« Nous ne céderons pas », a déclaré le député, très ému, devant "
                 "la foule réunie sur la place du marché.\n");

    addLegacyRow(
        "windows-1251 Russian news paragraph", "windows-1251",
        "\317\360\345\347\350\344\345\355\362 \320\356\361\361\350\350 \302\353\340\344\350"
        "\354\350\360 \317\363\362\350\355 \342 \357\356\355\345\344\345\353\374\355\350\352 "
        "\357\360\350\341\363\344\345\362 \342 \314\350\355\361\352, \343\344\345 "
        "\357\360\356\342\345\344\270\362 \357\345\360\345\343\356\342\356\360\373 "
        "\361 \341\345\353\356\360\363\361\361\352\350\354 \353\350\344\345\360\356\354 "
        "\300\353\345\352\361\340\355\344\360\356\354 \313\363\352\340\370\345\355\352\356. "
        "\312\340\352 \361\356\356\341\371\350\353\350 \342 \312\360\345\354\353\345, "
        "\361\362\356\360\356\355\373 \356\341\361\363\344\377\362 \342\356\357\360\356\361"
        "\373 \375\352\356\355\356\354\350\367\345\361\352\356\343\356 \361\356\362\360\363"
        "\344\355\350\367\345\361\362\342\340, \375\355\345\360\343\345\362\350\352\350 "
        "\350 \341\345\347\356\357\340\361\355\356\361\362\350 \342 \360\345\343\350\356\355"
        "\345.\n",
        "Президент России Владимир Путин в понедельни"
        "к прибудет в Минск, где проведёт переговоры "
        "с белорусским лидером Александром Лукашенко. "
        "Как сообщили в Кремле, стороны обсудят "
        "вопросы экономического сотрудничества, "
        "энергетики и безопасности в регионе.\n");

    addLegacyRow(
        "KOI8-R Russian news paragraph with CRLF", "KOI8-R",
        "\360\322\305\332\311\304\305\316\324 \362\317\323\323\311\311 \367\314\301\304\311"
        "\315\311\322 \360\325\324\311\316 \327 \320\317\316\305\304\305\314\330\316\311\313 "
        "\320\322\311\302\325\304\305\324 \327 \355\311\316\323\313, \307\304\305 "
        "\320\322\317\327\305\304\243\324 \320\305\322\305\307\317\327\317\322\331 "
        "\323 \302\305\314\317\322\325\323\323\313\311\315 \314\311\304\305\322\317\315 "
        "\341\314\305\313\323\301\316\304\322\317\315 \354\325\313\301\333\305\316\313\317.\r"
        "\n\353\301\313 \323\317\317\302\335\311\314\311 \327 \353\322\305\315\314\305, "
        "\323\324\317\322\317\316\331 \317\302\323\325\304\321\324 \327\317\320\322\317\323"
        "\331 \334\313\317\316\317\315\311\336\305\323\313\317\307\317 \323\317\324\322\325"
        "\304\316\311\336\305\323\324\327\301, \334\316\305\322\307\305\324\311\313\311 "
        "\311 \302\305\332\317\320\301\323\316\317\323\324\311 \327 \322\305\307\311\317\316"
        "\305.\r\n",
        "Президент России Владимир Путин в понедельни"
        "к прибудет в Минск, где проведёт переговоры "
        "с белорусским лидером Александром Лукашенко."
        "\nКак сообщили в Кремле, стороны обсудят "
        "вопросы экономического сотрудничества, "
        "энергетики и безопасности в регионе.\n");

    addLegacyRow(
        "windows-1256 Arabic news paragraph", "windows-1256",
        "\303\332\341\344\312 \346\322\307\321\311 \307\341\316\307\321\314\355\311 "
        "\307\341\355\346\343 \303\344 \307\341\321\306\355\323 \323\355\322\346\321 "
        "\307\341\332\307\325\343\311 \307\341\303\323\310\346\332 \307\341\343\336\310\341 "
        "\341\305\314\321\307\301 \343\315\307\317\313\307\312 \343\332 \344\331\355\321\345 "
        "\315\346\341 \307\341\312\332\307\346\344 \307\341\307\336\312\325\307\317\355 "
        "\346\307\341\303\343\344 \307\341\305\336\341\355\343\355\241 \346\336\307\341 "
        "\307\341\343\312\315\317\313 \310\307\323\343 \307\341\346\322\307\321\311 "
        "\305\344 \307\341\322\355\307\321\311 \312\303\312\355 \335\355 \305\330\307\321 "
        "\312\332\322\355\322 \307\341\332\341\307\336\307\312 \310\355\344 \307\341\310\341"
        "\317\355\344.\n",
        "أعلنت وزارة الخارجية اليوم أن الرئيس سيزور "
        "العاصمة الأسبوع المقبل لإجراء محادثات "
        "مع نظيره حول التعاون الاقتصادي والأمن الإقليم"
        "ي، وقال المتحدث باسم الوزارة إن الزيارة "
        "تأتي في إطار تعزيز العلاقات بين البلدين.\n");

    addLegacyRow(
        "ISO-8859-7 Greek news paragraph", "ISO-8859-7",
        "\317 \360\361\374\345\344\361\357\362 \364\347\362 \321\371\363\337\341\362 "
        "\302\353\341\355\364\351\354\337\361 \320\357\375\364\351\355 \335\366\364\341\363"
        "\345 \364\347 \304\345\365\364\335\361\341 \363\364\357 \314\351\355\363\352, "
        "\374\360\357\365 \350\341 \335\367\345\351 \363\365\355\357\354\351\353\337\345\362 "
        "\354\345 \364\357\355 \313\345\365\352\357\361\376\363\357 \347\343\335\364\347. "
        "\323\375\354\366\371\355\341 \354\345 \364\357 \312\361\345\354\353\337\355\357, "
        "\357\351 \344\375\357 \360\353\345\365\361\335\362 \350\341 \363\365\346\347\364\336"
        "\363\357\365\355 \350\335\354\341\364\341 \357\351\352\357\355\357\354\351\352\336"
        "\362 \363\365\355\345\361\343\341\363\337\341\362 \352\341\351 \345\355\335\361\343"
        "\345\351\341\362.\n",
        "Ο πρόεδρος της Ρωσίας Βλαντιμίρ Πούτιν "
        "έφτασε τη Δευτέρα στο Μινσκ, όπου θα έχει "
        "συνομιλίες με τον Λευκορώσο ηγέτη. Σύμφωνα "
        "με το Κρεμλίνο, οι δύο πλευρές θα συζητήσουν "
        "θέματα οικονομικής συνεργασίας και ενέργειας"
        ".\n");

    addLegacyRow(
        "windows-1255 Hebrew without points reported as ISO-8859-8-I", "ISO-8859-8-I",
        "\360\371\351\340 \370\345\361\351\344 \345\354\343\351\356\351\370 \364\345\350\351"
        "\357 \344\342\351\362 \341\351\345\355 \371\360\351 \354\356\351\360\361\367, "
        "\371\355 \351\351\364\342\371 \362\355 \360\371\351\340 \341\354\340\370\345\361. "
        "\354\343\341\370\351 \344\367\370\356\354\351\357, \344\366\343\343\351\355 "
        "\351\343\345\360\345 \341\371\351\372\345\363 \364\362\345\354\344 \353\354\353\354"
        "\351, \341\340\360\370\342\351\344 \345\341\341\351\350\347\345\357 \344\340\346\345"
        "\370\351.\n",
        "נשיא רוסיה ולדימיר פוטין הגיע ביום שני "
        "למינסק, שם ייפגש עם נשיא בלארוס. לדברי הקרמלין,"
        " הצדדים ידונו בשיתוף פעולה כלכלי, באנרגיה "
        "ובביטחון האזורי.\n");

    addLegacyRow(
        "GB18030 Chinese news paragraph", "GB18030",
        "\266\355\302\336\313\271\327\334\315\263\306\325\276\251\326\334\322\273\265\326\264"
        "\357\303\367\313\271\277\313\243\254\323\353\260\327\266\355\302\336\313\271\327\334"
        "\315\263\302\254\277\250\311\352\277\306\276\331\320\320\273\341\314\270\241\243\277"
        "\313\300\357\304\267\301\326\271\254\261\355\312\276\243\254\313\253\267\275\275\253"
        "\314\326\302\333\276\255\274\303\272\317\327\367\241\242\304\334\324\264\272\315\265"
        "\330\307\370\260\262\310\253\316\312\314\342\241\243\325\342\312\307\306\325\276\251"
        "\310\375\304\352\300\264\312\327\264\316\267\303\316\312\260\327\266\355\302\336\313"
        "\271\241\243\267\326\316\366\310\313\312\277\310\317\316\252\243\254\264\313\264\316"
        "\267\303\316\312\276\337\323\320\326\330\322\252\322\342\322\345\241\243\n",
        "俄罗斯总统普京周一抵达明斯克，与白俄罗斯总统卢卡申科举行"
        "会谈。克里姆林宫表示，双方将讨论经济合作、能源和地区安全"
        "问题。这是普京三年来首次访问白俄罗斯。分析人士认为，此次"
        "访问具有重要意义。\n");

    addLegacyRow(
        "Shift_JIS Japanese news paragraph", "Shift_JIS",
        "\203\215\203V\203A\202\314\203v\201[\203`\203\223\221\345\223\235\227\314\202\315"
        "\214\216\227j\223\372\201A\203x\203\211\203\213\201[\203V\202\314\216\361\223s\203~"
        "\203\223\203X\203N\202\360\226K\226\342\202\265\201A\203\213\203J\203V\203F\203\223"
        "\203R\221\345\223\235\227\314\202\306\211\357\222k\202\265\202\275\201B\203N\203\214"
        "\203\200\203\212\203\223\202\311\202\346\202\351\202\306\201A\227\274\216\361\224]"
        "\202\315\214o\215\317\213\246\227\315\202\342\203G\203l\203\213\203M\201[\201A\222n"
        "\210\346\202\314\210\300\221S\225\333\217\341\202\311\202\302\202\242\202\304\213"
        "\246\213c\202\265\202\275\202\306\202\242\202\244\201B\n",
        "ロシアのプーチン大統領は月曜日、ベラルーシの首都ミンスク"
        "を訪問し、ルカシェンコ大統領と会談した。クレムリンによる"
        "と、両首脳は経済協力やエネルギー、地域の安全保障について"
        "協議したという。\n");

    addLegacyRow(
        "EUC-JP Japanese news paragraph", "EUC-JP",
        "\245\355\245\267\245\242\244\316\245\327\241\274\245\301\245\363\302\347\305\375\316"
        "\316\244\317\267\356\315\313\306\374\241\242\245\331\245\351\245\353\241\274\245\267"
        "\244\316\274\363\305\324\245\337\245\363\245\271\245\257\244\362\313\254\314\344\244"
        "\267\241\242\245\353\245\253\245\267\245\247\245\363\245\263\302\347\305\375\316\316"
        "\244\310\262\361\303\314\244\267\244\277\241\243\245\257\245\354\245\340\245\352\245"
        "\363\244\313\244\350\244\353\244\310\241\242\316\276\274\363\307\276\244\317\267\320"
        "\272\321\266\250\316\317\244\344\245\250\245\315\245\353\245\256\241\274\241\242\303"
        "\317\260\350\244\316\260\302\301\264\312\335\276\343\244\313\244\304\244\244\244\306"
        "\266\250\265\304\244\267\244\277\244\310\244\244\244\246\241\243\n",
        "ロシアのプーチン大統領は月曜日、ベラルーシの首都ミンスク"
        "を訪問し、ルカシェンコ大統領と会談した。クレムリンによる"
        "と、両首脳は経済協力やエネルギー、地域の安全保障について"
        "協議したという。\n");

    addLegacyRow(
        "EUC-KR Korean news paragraph", "EUC-KR",
        "\272\355\266\363\265\360\271\314\270\243 \307\252\306\276 \267\257\275\303\276\306 "
        "\264\353\305\353\267\311\300\314 \277\371\277\344\300\317 \272\247\266\363\267\347"
        "\275\272 \274\366\265\265 \271\316\275\272\305\251\270\246 \271\346\271\256\307\330 "
        "\267\347\304\253\274\317\304\332 \264\353\305\353\267\311\260\372 \301\244\273\363"
        "\310\270\264\343\300\273 \260\241\301\263\264\331. \305\251\267\275\270\260\261\303"
        "\300\272 \276\347\261\271 \301\244\273\363\300\314 \260\346\301\246 \307\371\267\302"
        "\260\372 \277\241\263\312\301\366, \301\366\277\252 \276\310\272\270 \271\256\301"
        "\246\270\246 \263\355\300\307\307\337\264\331\260\355 \271\340\307\373\264\331.\n",
        "블라디미르 푸틴 러시아 대통령이 월요일 벨라루스 수도 "
        "민스크를 방문해 루카셴코 대통령과 정상회담을 가졌다. "
        "크렘린궁은 양국 정상이 경제 협력과 에너지, 지역 안보 "
        "문제를 논의했다고 밝혔다.\n");
}

void TestTextDecoder::normalisesLineEndsWhileDecoding_data()
{
    addDecodeColumns();

    QTest::newRow("CRLF") << QByteArray("Titre\r\n\r\nPremier paragraphe.\r\nSecond.\r\n")
                          << QStringLiteral("UTF-8")
                          << QStringLiteral("Titre\n\nPremier paragraphe.\nSecond.\n");
    QTest::newRow("lone CR (classic Mac OS)")
        << QByteArray("Titre\rCorps\rFin") << QStringLiteral("UTF-8")
        << QStringLiteral("Titre\nCorps\nFin");
    QTest::newRow("mixed CRLF, CR and LF")
        << QByteArray("a\r\nb\rc\nd\r\r\ne\n\rf") << QStringLiteral("UTF-8")
        << QStringLiteral("a\nb\nc\nd\n\ne\n\nf");
    QTest::newRow("CR at the end")
        << QByteArray("fin\r") << QStringLiteral("UTF-8") << QStringLiteral("fin\n");
    QTest::newRow("CR at the start") << QByteArray("\rd\xC3\xA9"
                                                   "but")
                                     << QStringLiteral("UTF-8") << QStringLiteral("\nd\u00E9but");
    QTest::newRow("CR CR LF is two line ends")
        << QByteArray("a\r\r\nb") << QStringLiteral("UTF-8") << QStringLiteral("a\n\nb");
    QTest::newRow("LF CR is two line ends")
        << QByteArray("a\n\rb") << QStringLiteral("UTF-8") << QStringLiteral("a\n\nb");
    QTest::newRow("LF only is untouched")
        << QByteArray("a\n\nb\n") << QStringLiteral("UTF-8") << QStringLiteral("a\n\nb\n");
    QTest::newRow("CRLF after UTF-8 BOM")
        << QByteArray("\xEF\xBB\xBF"
                      "date 2022-12 Titre\r\nCorps\r\n")
        << QStringLiteral("UTF-8") << QStringLiteral("date 2022-12 Titre\nCorps\n");
    QTest::newRow("CRLF keeps trailing spaces and tabs")
        << QByteArray("fin de ligne   \r\ntab\t\r\n\t \r\n") << QStringLiteral("UTF-8")
        << QStringLiteral("fin de ligne   \ntab\t\n\t \n");
    QTest::newRow("CRLF keeps NFD accents and U+2028")
        << QByteArray("Bie\xCC\x81lorussie\r\nligne\xE2\x80\xA8suite\r\n")
        << QStringLiteral("UTF-8") << QStringLiteral(u"Bie\u0301lorussie\nligne\u2028suite\n");
    QTest::newRow("CR next to an emoji")
        << QByteArray("\xF0\x9F\x98\x80\r\xF0\x9F\x98\x80\r\n") << QStringLiteral("UTF-8")
        << QStringLiteral(u"\U0001F600\n\U0001F600\n");
    QTest::newRow("CRLF inside UTF-16LE")
        << utf16WithBom(QStringLiteral(u"Titre\r\nCorps \U0001F600\r\rfin\r"), false)
        << QStringLiteral("UTF-16LE") << QStringLiteral(u"Titre\nCorps \U0001F600\n\nfin\n");
    QTest::newRow("CRLF inside UTF-16BE, exact bytes")
        << raw("\xFE\xFF\x00"
               "a\x00\r\x00\n\x00"
               "b")
        << QStringLiteral("UTF-16BE") << QStringLiteral("a\nb");
    QTest::newRow("CRLF inside UTF-32LE")
        << utf32WithBom(QStringLiteral(u"un\r\ndeux\rtrois"), false) << QStringLiteral("UTF-32LE")
        << QStringLiteral("un\ndeux\ntrois");
    addLegacyRow("CRLF inside Windows-1252", "windows-1252",
                 "Le c\234ur du probl\350me\205\r\nL\222\351t\351 sera chaud \200.\r\n"
                 "Qu\222en pense le pr\351sident ? Il a d\351clar\351 \340 la presse que "
                 "\253 la r\351forme sera men\351e \340 son terme \273.\r\n",
                 "Le cœur du problème…\nL’été sera chaud €.\nQu’en pense le président ? Il a "
                 "déclaré à la presse que « la réforme sera menée à son terme ».\n");
}

void TestTextDecoder::normaliseLineEnds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no CR untouched")
        << QStringLiteral(u"a\nb\u2028c") << QStringLiteral(u"a\nb\u2028c");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QStringLiteral("a\nb");
    QTest::newRow("lone CR") << QStringLiteral("a\rb") << QStringLiteral("a\nb");
    QTest::newRow("only CR") << QStringLiteral("\r") << QStringLiteral("\n");
    QTest::newRow("only CRLF") << QStringLiteral("\r\n") << QStringLiteral("\n");
    QTest::newRow("CR CR") << QStringLiteral("\r\r") << QStringLiteral("\n\n");
    QTest::newRow("CRLF CRLF") << QStringLiteral("\r\n\r\n") << QStringLiteral("\n\n");
    QTest::newRow("LF CR LF") << QStringLiteral("\n\r\n") << QStringLiteral("\n\n");
    QTest::newRow("CR at end") << QStringLiteral("fin\r") << QStringLiteral("fin\n");
    QTest::newRow("surrogate pairs around CR")
        << QStringLiteral(u"\U0001F1EB\U0001F1F7\r\n\U0001F600\r")
        << QStringLiteral(u"\U0001F1EB\U0001F1F7\n\U0001F600\n");
    QTest::newRow("NEL, VT, FF, U+2029 are not CR")
        << QStringLiteral(u"a\u0085b\vc\fd\u2029e\r") << QStringLiteral(u"a\u0085b\vc\fd\u2029e\n");
}

void TestTextDecoder::normaliseLineEnds()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    QString text = input;
    TextDecoder::normaliseLineEnds(text);
    QCOMPARE(text, expected);
    // Independent check: the same thing done with a regular expression.
    QString viaRegex = input;
    viaRegex.replace(QRegularExpression(QStringLiteral("\r\n?")), QStringLiteral("\n"));
    QCOMPARE(text, viaRegex);
}

void TestTextDecoder::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); ///< a regular expression the error must match

    const QString empty = QStringLiteral("empty");
    const QString noText = QStringLiteral("no text");
    const QString nulBytes = QStringLiteral("binary.*NUL");
    const QString controls = QStringLiteral("binary.*control characters");

    QTest::newRow("empty bytes") << QByteArray() << empty;
    QTest::newRow("only a UTF-8 BOM") << raw("\xEF\xBB\xBF") << noText;
    QTest::newRow("only a UTF-16LE BOM") << raw("\xFF\xFE") << noText;
    QTest::newRow("only a UTF-16BE BOM") << raw("\xFE\xFF") << noText;
    QTest::newRow("only a UTF-32LE BOM") << raw("\xFF\xFE\x00\x00") << noText;
    QTest::newRow("only spaces, tabs and line ends") << QByteArray(" \n\t\r\n  \r") << noText;
    QTest::newRow("UTF-8 BOM and white space") << QByteArray("\xEF\xBB\xBF \r\n\t") << noText;
    QTest::newRow("only NBSP and ideographic space")
        << QByteArray("\xC2\xA0\xE3\x80\x80\n") << noText;
    QTest::newRow("UTF-16LE BOM and white space")
        << utf16WithBom(QStringLiteral(" \r\n "), false) << noText;

    QTest::newRow("NUL byte in ASCII text") << raw("Hello\x00World, this is text.") << nulBytes;
    QTest::newRow("UTF-16LE without BOM") << raw("H\x00"
                                                 "e\x00l\x00l\x00o\x00")
                                          << nulBytes;
    QTest::newRow("UTF-32BE without BOM") << raw("\x00\x00\x00H\x00\x00\x00i") << nulBytes;
    QTest::newRow("PNG header with IHDR chunk")
        << raw("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06")
        << nulBytes;
    QTest::newRow("PNG signature and noise without NUL")
        << pngSignatureAndNoise() << QStringLiteral("binary|cannot be decoded");
    QTest::newRow("dense control characters in ASCII")
        << QByteArray("ab\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F\x10\x11 cd") << controls;
    QTest::newRow("two controls in a hundred characters")
        << QByteArray(QByteArray(100, 'a') + QByteArray("\x01\x02")) << controls;
    QTest::newRow("UTF-16LE BOM then NUL characters")
        << utf16WithBom(QStringLiteral(u"Hello\u0000\u0000world"), false) << nulBytes;
    QTest::newRow("UTF-8 BOM then one NUL in long text")
        << QByteArray(QByteArray("\xEF\xBB\xBF") + QByteArray(500, 'a') + QByteArray(1, '\0')
                      + QByteArray(500, 'b'))
        << nulBytes;

    QTest::newRow("UTF-8 BOM then Windows-1252 bytes") << QByteArray("\xEF\xBB\xBF"
                                                                     "Caf\xE9 cr\xE8me")
                                                       << QStringLiteral("not valid UTF-8");
    QTest::newRow("UTF-8 BOM then truncated sequence at the end")
        << QByteArray("\xEF\xBB\xBFprix 12 \xE2\x82") << QStringLiteral("not valid UTF-8");
    QTest::newRow("UTF-8 BOM then encoded surrogate") << QByteArray("\xEF\xBB\xBF"
                                                                    "a\xED\xA0\x80"
                                                                    "b")
                                                      << QStringLiteral("not valid UTF-8");
    QTest::newRow("UTF-8 BOM then overlong slash") << QByteArray("\xEF\xBB\xBF"
                                                                 "a\xC0\xAF"
                                                                 "b")
                                                   << QStringLiteral("not valid UTF-8");
    QTest::newRow("UTF-8 BOM then code point above U+10FFFF") << QByteArray("\xEF\xBB\xBF"
                                                                            "a\xF4\x90\x80\x80"
                                                                            "b")
                                                              << QStringLiteral("not valid UTF-8");

    QTest::newRow("UTF-16LE BOM with odd byte count")
        << QByteArray(utf16WithBom(QStringLiteral("Hello"), false) + 'A')
        << QStringLiteral("not valid UTF-16LE");
    QTest::newRow("UTF-16BE BOM with odd byte count")
        << QByteArray(utf16WithBom(QStringLiteral("Hello"), true) + 'A')
        << QStringLiteral("not valid UTF-16BE");
    QTest::newRow("UTF-16LE BOM with lone high surrogate inside")
        << raw("\xFF\xFE"
               "H\x00i\x00\x3D\xD8"
               "!\x00")
        << QStringLiteral("not valid UTF-16LE");
    QTest::newRow("UTF-16LE BOM with high surrogate at the end")
        << raw("\xFF\xFE"
               "H\x00i\x00\x3D\xD8")
        << QStringLiteral("not valid UTF-16LE");
    QTest::newRow("UTF-16BE BOM with lone low surrogate")
        << raw("\xFE\xFF\x00H\xDE\x00\x00i") << QStringLiteral("not valid UTF-16BE");
    QTest::newRow("UTF-16LE BOM with surrogate halves swapped")
        << raw("\xFF\xFE\x00\xDE\x3D\xD8") << QStringLiteral("not valid UTF-16LE");
    QTest::newRow("UTF-32LE BOM with code point above U+10FFFF")
        << raw("\xFF\xFE\x00\x00"
               "A\x00\x00\x00\x00\x00\x11\x00")
        << QStringLiteral("not valid UTF-32LE");
    QTest::newRow("UTF-32LE BOM with surrogate code point") << raw("\xFF\xFE\x00\x00"
                                                                   "A\x00\x00\x00\x00\xD8\x00\x00")
                                                            << QStringLiteral("not valid UTF-32LE");
    QTest::newRow("UTF-32BE BOM with truncated last unit") << raw("\x00\x00\xFE\xFF\x00\x00\x00"
                                                                  "A\x00\x00")
                                                           << QStringLiteral("not valid UTF-32BE");

    // UTF-8 with a stray byte or cut in the middle of a character must not be
    // mistaken for a legacy encoding: that would import mojibake silently.
    const QByteArray french =
        QStringLiteral("Le président a déclaré à l’Élysée : « Ça suffit ».").toUtf8();
    QTest::newRow("UTF-8 with one stray byte")
        << QByteArray(french.left(20) + '\xFF' + french.mid(20))
        << QStringLiteral("damaged UTF-8: 1 byte\\(s\\) not valid UTF-8, the first \\(0xff\\) at "
                          "byte offset 20");
    // Sequences of the right shape that the strict decoder refuses are damage
    // too, counted and located like any other.
    QTest::newRow("UTF-8 with an encoded surrogate")
        << QByteArray(french.left(20) + "\xED\xA0\x80" + french.mid(20))
        << QStringLiteral("damaged UTF-8: 3 byte\\(s\\) not valid UTF-8, the first \\(0xed\\) at "
                          "byte offset 20");
    QTest::newRow("UTF-8 with an overlong three-byte slash")
        << QByteArray(french.left(20) + "\xE0\x80\xAF" + french.mid(20))
        << QStringLiteral("damaged UTF-8: 3 byte\\(s\\) not valid UTF-8, the first \\(0xe0\\) at "
                          "byte offset 20");
    QTest::newRow("UTF-8 with a code point above U+10FFFF")
        << QByteArray(french.left(20) + "\xF4\x90\x80\x80" + french.mid(20))
        << QStringLiteral("damaged UTF-8: 4 byte\\(s\\) not valid UTF-8, the first \\(0xf4\\) at "
                          "byte offset 20");
    QTest::newRow("UTF-8 cut inside the last character")
        << QByteArray(french + "\xC3") << QStringLiteral("damaged UTF-8");
}

void TestTextDecoder::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QVERIFY2(!result.ok,
             qPrintable(
                 QStringLiteral("accepted as %1: %2").arg(result.encoding, result.text.left(40))));
    QCOMPARE(result.text, QString());
    QCOMPARE(result.encoding, QString());
    QVERIFY(!result.error.trimmed().isEmpty());
    const QRegularExpression expected(reason);
    QVERIFY(expected.isValid());
    QVERIFY2(
        expected.match(result.error).hasMatch(),
        qPrintable(QStringLiteral("error \"%1\" does not match /%2/").arg(result.error, reason)));
}

QTEST_GUILESS_MAIN(TestTextDecoder)

#include "tst_textdecoder.moc"
