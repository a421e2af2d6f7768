// SPDX-License-Identifier: GPL-3.0-or-later
// JsonWriter: RFC 8259 string escaping and key order, checked against the
// exact text and read back with QJsonDocument.
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>
#include <QStringList>
#include <QTest>

#include <cmath>
#include <limits>

using Marginalia::JsonWriter;

namespace {

/// Parses \a text as one JSON object, failing the calling test if it is not.
QJsonObject parseObject(const QString &text, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    if (!*ok)
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), qPrintable(text));
    return document.object();
}

/// The keys of the top-level object in the order they appear in \a text,
/// found by a small scanner independent of the writer.
QStringList topLevelKeys(const QString &text)
{
    QStringList keys;
    int depth = 0;
    bool inString = false;
    QString current;
    bool expectKey = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\')) {
                current.append(c);
                current.append(text.at(++i));
            } else if (c == QLatin1Char('"')) {
                inString = false;
                if (expectKey && depth == 1)
                    keys.append(current);
                expectKey = false;
            } else {
                current.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            inString = true;
            current.clear();
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++depth;
            expectKey = c == QLatin1Char('{');
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            --depth;
        } else if (c == QLatin1Char(',')) {
            expectKey = depth == 1;
        }
    }
    return keys;
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesStrings_data();
    void escapesStrings();
    void keepsKeyOrder_data();
    void keepsKeyOrder();
    void writesNestedStructures();
    void writesIntegersExactly_data();
    void writesIntegersExactly();
    void clearStartsAgain();
    void writesRealNumbersAndNull_data();
    void writesRealNumbersAndNull();
};

void TestJsonWriter::escapesStrings_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("escaped"); ///< the exact JSON string literal

    QTest::newRow("plain") << QStringLiteral("Poutine") << QStringLiteral("\"Poutine\"");
    QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    QTest::newRow("double quotes")
        << QStringLiteral("il a dit \"non\"") << QStringLiteral("\"il a dit \\\"non\\\"\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\\\"\"");
    QTest::newRow("backslashes") << QStringLiteral("C:\\Users\\presse\\")
                                 << QStringLiteral("\"C:\\\\Users\\\\presse\\\\\"");
    QTest::newRow("backslash before a quote")
        << QStringLiteral("\\\"") << QStringLiteral("\"\\\\\\\"\"");
    QTest::newRow("newline") << QStringLiteral("ligne 1\nligne 2")
                             << QStringLiteral("\"ligne 1\\nligne 2\"");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("\"a\\tb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\\r\\nb\"");
    QTest::newRow("U+0000") << QString(QStringLiteral("a") + QChar(0x0000) + QLatin1Char('b'))
                            << QStringLiteral("\"a\\u0000b\"");
    QTest::newRow("U+0001") << QString(QChar(0x0001)) << QStringLiteral("\"\\u0001\"");
    QTest::newRow("backspace and form feed")
        << QString(QString(QChar(0x0008)) + QChar(0x000C)) << QStringLiteral("\"\\u0008\\u000c\"");
    QTest::newRow("U+001F") << QString(QChar(0x001F)) << QStringLiteral("\"\\u001f\"");
    QTest::newRow("U+007F DEL is not escaped")
        << QString(QChar(0x007F)) << QString(QLatin1Char('"') + QChar(0x007F) + QLatin1Char('"'));
    QTest::newRow("slash is not escaped")
        << QStringLiteral("</script> 1/2") << QStringLiteral("\"</script> 1/2\"");
    QTest::newRow("French accents as themselves")
        << QStringLiteral(u"Biélorussie, été") << QStringLiteral(u"\"Biélorussie, été\"");
    QTest::newRow("NFD accents as themselves")
        << QStringLiteral(u"e\u0301") << QStringLiteral(u"\"e\u0301\"");
    QTest::newRow("emoji, flag and ZWJ family")
        << QStringLiteral(u"\U0001F600 \U0001F1EB\U0001F1F7 \U0001F468\u200D\U0001F469")
        << QStringLiteral(u"\"\U0001F600 \U0001F1EB\U0001F1F7 \U0001F468\u200D\U0001F469\"");
    QTest::newRow("right-to-left Arabic with RLM")
        << QStringLiteral(u"\u0642\u0627\u0644 \u200F\u00AB\u0644\u0627\u00BB")
        << QStringLiteral(u"\"\u0642\u0627\u0644 \u200F\u00AB\u0644\u0627\u00BB\"");
    QTest::newRow("line and paragraph separators, NEL")
        << QStringLiteral(u"a\u2028b\u2029c\u0085d")
        << QStringLiteral(u"\"a\u2028b\u2029c\u0085d\"");
    QTest::newRow("everything at once")
        << QString(QStringLiteral(u"«\"x\\y\"»\n\t\r") + QChar(0x0001)
                   + QStringLiteral(u"\U0001F600\u0628"))
        << QStringLiteral(u"\"«\\\"x\\\\y\\\"»\\n\\t\\r\\u0001\U0001F600\u0628\"");
}

void TestJsonWriter::escapesStrings()
{
    QFETCH(QString, value);
    QFETCH(QString, escaped);

    QString out = QStringLiteral("prefix:");
    JsonWriter::appendEscaped(out, value);
    QCOMPARE(out, QStringLiteral("prefix:") + escaped);

    // A field with the value as key and as value reads back unchanged.
    JsonWriter json;
    json.beginObject().field(u"text", value).field(value, 1).endObject();
    QCOMPARE(json.text(),
             QStringLiteral("{\"text\":") + escaped + QLatin1Char(',') + escaped
                 + QStringLiteral(":1}"));
    bool ok = false;
    const QJsonObject object = parseObject(json.text(), &ok);
    QVERIFY(ok);
    QCOMPARE(object.value(QStringLiteral("text")).toString(), value);
    QVERIFY(object.contains(value));
    QCOMPARE(object.value(value).toInteger(), 1);
}

void TestJsonWriter::keepsKeyOrder_data()
{
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("reverse alphabetical")
        << QStringList { QStringLiteral("zeta"), QStringLiteral("mid"), QStringLiteral("alpha") };
    QTest::newRow("export column order")
        << QStringList { QStringLiteral("article_id"), QStringLiteral("title"),
                         QStringLiteral("date"),       QStringLiteral("text"),
                         QStringLiteral("spans"),      QStringLiteral("encoding") };
    QTest::newRow("keys needing escapes")
        << QStringList { QStringLiteral("z\"q"), QStringLiteral("b\\s"), QStringLiteral("a\nl") };
    QTest::newRow("non-ASCII keys")
        << QStringList { QStringLiteral(u"\u00E9t\u00E9"), QStringLiteral(u"\U0001F600"),
                         QStringLiteral(u"\u0627\u0633\u0645"), QStringLiteral("a") };
    QTest::newRow("single key") << QStringList { QStringLiteral("only") };
}

void TestJsonWriter::keepsKeyOrder()
{
    QFETCH(QStringList, keys);

    JsonWriter json;
    json.beginObject();
    QString expected = QStringLiteral("{");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i % 2 == 0)
            json.field(keys.at(i), qint64(i));
        else
            json.field(keys.at(i), QStringLiteral("v%1").arg(i));
        if (i > 0)
            expected.append(QLatin1Char(','));
        JsonWriter::appendEscaped(expected, keys.at(i));
        expected.append(QLatin1Char(':'));
        if (i % 2 == 0)
            expected.append(QString::number(i));
        else
            JsonWriter::appendEscaped(expected, QStringLiteral("v%1").arg(i));
    }
    json.endObject();
    expected.append(QLatin1Char('}'));
    QCOMPARE(json.text(), expected);

    bool ok = false;
    const QJsonObject object = parseObject(json.text(), &ok);
    QVERIFY(ok);
    QCOMPARE(object.size(), keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i % 2 == 0)
            QCOMPARE(object.value(keys.at(i)).toInteger(), i);
        else
            QCOMPARE(object.value(keys.at(i)).toString(), QStringLiteral("v%1").arg(i));
    }
    // The order on the page is the order written (QJsonObject would sort).
    QStringList written;
    for (const QString &key : keys) {
        QString escaped;
        JsonWriter::appendEscaped(escaped, key);
        written.append(escaped.mid(1, escaped.size() - 2));
    }
    QCOMPARE(topLevelKeys(json.text()), written);
}

void TestJsonWriter::writesNestedStructures()
{
    // The shape of a JSONL line: fields, an array of span objects, a number array.
    JsonWriter json;
    json.beginObject()
        .field(u"id", qint64(7))
        .field(u"text", u"Poutine \U0001F1F7\U0001F1FA \u00E0 \"Minsk\"")
        .beginArray(u"spans");
    json.beginObject().field(u"start", qint64(0)).field(u"end", qint64(7)).field(u"label", u"PER");
    json.endObject();
    json.beginObject()
        .field(u"start", qint64(13))
        .field(u"end", qint64(20))
        .field(u"label", u"LOC");
    json.endObject();
    json.endArray().beginArray(u"empty").endArray().beginArray(u"numbers");
    json.element(3).element(-1).element(0);
    json.endArray().beginArray(u"names").element(u"Poutine").element(u"\"");
    json.endArray().field(u"last", u"").endObject();

    QCOMPARE(json.text(),
             QStringLiteral(u"{\"id\":7,\"text\":\"Poutine \U0001F1F7\U0001F1FA \u00E0 "
                            u"\\\"Minsk\\\"\",\"spans\":[{\"start\":0,\"end\":7,\"label\":"
                            u"\"PER\"},{\"start\":13,\"end\":20,\"label\":\"LOC\"}],"
                            u"\"empty\":[],\"numbers\":[3,-1,0],\"names\":[\"Poutine\",\"\\\"\"],"
                            u"\"last\":\"\"}"));

    bool ok = false;
    const QJsonObject object = parseObject(json.text(), &ok);
    QVERIFY(ok);
    QCOMPARE(object.value(QStringLiteral("id")).toInteger(), 7);
    QCOMPARE(object.value(QStringLiteral("text")).toString(),
             QStringLiteral(u"Poutine \U0001F1F7\U0001F1FA \u00E0 \"Minsk\""));
    const QJsonArray spans = object.value(QStringLiteral("spans")).toArray();
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans.at(1).toObject().value(QStringLiteral("start")).toInteger(), 13);
    QCOMPARE(spans.at(1).toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("LOC"));
    QCOMPARE(object.value(QStringLiteral("empty")).toArray().size(), 0);
    QCOMPARE(object.value(QStringLiteral("numbers")).toArray(), (QJsonArray { 3, -1, 0 }));
    QCOMPARE(object.value(QStringLiteral("names")).toArray(),
             (QJsonArray { QStringLiteral("Poutine"), QStringLiteral("\"") }));
    QCOMPARE(object.value(QStringLiteral("last")).toString(), QString());
    QCOMPARE(topLevelKeys(json.text()),
             (QStringList { QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("spans"),
                            QStringLiteral("empty"), QStringLiteral("numbers"),
                            QStringLiteral("names"), QStringLiteral("last") }));
}

void TestJsonWriter::writesIntegersExactly_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0");
    QTest::newRow("negative") << qint64(-42) << QStringLiteral("-42");
    QTest::newRow("beyond 2^53") << qint64(9007199254740993) << QStringLiteral("9007199254740993");
    QTest::newRow("max") << std::numeric_limits<qint64>::max()
                         << QStringLiteral("9223372036854775807");
    QTest::newRow("min") << std::numeric_limits<qint64>::min()
                         << QStringLiteral("-9223372036854775808");
}

void TestJsonWriter::writesIntegersExactly()
{
    QFETCH(qint64, value);
    QFETCH(QString, text);

    JsonWriter json;
    json.beginObject().field(u"n", value).beginArray(u"a").element(value).endArray().endObject();
    QCOMPARE(json.text(), QStringLiteral("{\"n\":%1,\"a\":[%1]}").arg(text));
    bool ok = false;
    parseObject(json.text(), &ok);
    QVERIFY(ok);
}

void TestJsonWriter::clearStartsAgain()
{
    // JSONL: one object per line, the writer cleared in between.
    JsonWriter json;
    json.beginObject().field(u"a", qint64(1)).endObject();
    QCOMPARE(json.text(), QStringLiteral("{\"a\":1}"));
    json.clear();
    QCOMPARE(json.text(), QString());
    json.beginObject().field(u"b", u"x").endObject();
    QCOMPARE(json.text(), QStringLiteral("{\"b\":\"x\"}"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)

void TestJsonWriter::writesRealNumbersAndNull_data()
{
    QTest::addColumn<bool>("present");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("written");

    QTest::newRow("one") << true << 1.0 << QStringLiteral("1");
    QTest::newRow("a coefficient") << true << 0.743421052632 << QStringLiteral("0.743421052632");
    QTest::newRow("negative") << true << -0.25 << QStringLiteral("-0.25");
    QTest::newRow("tiny") << true << 1.5e-9 << QStringLiteral("1.5e-09");
    QTest::newRow("undefined") << false << 0.0 << QStringLiteral("null");
    QTest::newRow("not a number") << true << std::nan("") << QStringLiteral("null");
    QTest::newRow("infinite") << true << HUGE_VAL << QStringLiteral("null");
}

void TestJsonWriter::writesRealNumbersAndNull()
{
    QFETCH(bool, present);
    QFETCH(double, value);
    QFETCH(QString, written);

    JsonWriter json;
    json.beginObject().beginObject(u"figures");
    json.number(u"x", present ? std::optional<double>(value) : std::nullopt);
    json.field(u"n", qint64(2)).endObject().endObject();
    QCOMPARE(json.text(), QStringLiteral("{\"figures\":{\"x\":%1,\"n\":2}}").arg(written));
    bool ok = false;
    const QJsonObject object = parseObject(json.text(), &ok);
    QVERIFY(ok);
    const QJsonValue x = object.value(u"figures").toObject().value(u"x");
    if (written == QLatin1String("null"))
        QVERIFY(x.isNull());
    else
        QCOMPARE(x.toDouble(), value);
}

#include "tst_jsonwriter.moc"
