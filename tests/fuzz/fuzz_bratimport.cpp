// SPDX-License-Identifier: GPL-3.0-or-later
// BratImporter on one document: the input up to the first 0x1E byte is
// doc.txt, the rest doc.ann (no .ann without the byte), imported into a fresh
// project. What is stored lies inside the stored text, as many as the report
// says; the text is the .txt as decoded and normalised; and importing the
// folder again stores nothing new.
#include "bratimporter.h"
#include "codepointindex.h"
#include "fuzzsupport.h"
#include "projectdatabase.h"
#include "textdecoder.h"

#include <QFile>

using Marginalia::BratImporter;
using Marginalia::ProjectDatabase;

namespace {

bool write(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write(bytes.data(), bytes.size()) == bytes.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQt();
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype separator = input.indexOf('\x1E');
    const QByteArray txt = separator < 0 ? input : input.left(separator);

    QTemporaryDir scratch(Fuzz::scratchTemplate());
    FUZZ_CHECK(scratch.isValid());
    const QString folder = scratch.filePath(QStringLiteral("brat"));
    FUZZ_CHECK(QDir().mkpath(folder));
    FUZZ_CHECK(write(folder + QStringLiteral("/doc.txt"), txt));
    if (separator >= 0)
        FUZZ_CHECK(write(folder + QStringLiteral("/doc.ann"),
                         QByteArrayView(input).sliced(separator + 1)));
    const std::unique_ptr<ProjectDatabase> project = Fuzz::freshProject(scratch);
    ProjectDatabase &database = *project;

    const BratImporter::Report report = BratImporter(database).importFolder(folder);
    FUZZ_CHECK(report.error.isEmpty());
    FUZZ_CHECK(!report.cancelled && report.matchedIds.isEmpty());
    const Marginalia::TextDecoder::Result decoded = Marginalia::TextDecoder::decode(txt);
    // A .ann that cannot be read leaves its text out too.
    const QByteArray ann = separator < 0 ? QByteArray() : input.mid(separator + 1);
    const bool annReadable = ann.trimmed().isEmpty() || Marginalia::TextDecoder::decode(ann).ok;
    FUZZ_CHECK(report.importedIds.size() == (decoded.ok && annReadable ? 1 : 0));
    if (report.importedIds.isEmpty()) {
        FUZZ_CHECK(report.annotations == 0 && report.quotes == 0);
        return 0;
    }

    const qint64 id = report.importedIds.first();
    const std::optional<QString> text = database.articleText(id);
    FUZZ_CHECK(text && *text == decoded.text);
    const Marginalia::CodePointIndex index(*text);
    const QVector<Marginalia::Annotation> annotations = database.annotations(id);
    FUZZ_CHECK(annotations.size() == report.annotations);
    for (const Marginalia::Annotation &annotation : annotations) {
        FUZZ_CHECK(annotation.start >= 0 && annotation.start < annotation.end);
        FUZZ_CHECK(annotation.end <= index.codePointCount());
        FUZZ_CHECK(!annotation.labelName.isEmpty());
    }
    const QVector<Marginalia::Quote> quotes = database.quotes(id);
    FUZZ_CHECK(quotes.size() == report.quotes);
    for (const Marginalia::Quote &quote : quotes) {
        FUZZ_CHECK(quote.start >= 0 && quote.start < quote.end);
        FUZZ_CHECK(quote.end <= index.codePointCount());
    }

    // The same folder again: the article is matched, nothing is added.
    const BratImporter::Report again = BratImporter(database).importFolder(folder);
    FUZZ_CHECK(again.error.isEmpty());
    FUZZ_CHECK(again.importedIds.isEmpty() && again.matchedIds == report.importedIds);
    FUZZ_CHECK(again.annotations == 0 && again.quotes == 0);
    FUZZ_CHECK(database.annotations(id).size() == annotations.size());
    FUZZ_CHECK(database.quotes(id).size() == quotes.size());
    return 0;
}
