// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementreport.h"

#include "csvwriter.h"
#include "jsonwriter.h"

#include <QLocale>

#include <cmath>

namespace Marginalia {

namespace {

void writeFigures(JsonWriter &json, const AgreementFigures &figures)
{
    json.field(u"spans", figures.spans)
        .field(u"exact_matches", figures.exactMatches)
        .number(u"f1_exact", figures.f1Exact)
        .field(u"overlap_matches", figures.overlapMatches)
        .number(u"f1_overlap", figures.f1Overlap)
        .field(u"tokens", figures.tokens)
        .field(u"token_disagreements", figures.tokenDisagreements)
        .number(u"kappa_tokens", figures.kappaTokens)
        .number(u"alpha_u", figures.alphaU);
}

void writeComparison(JsonWriter &json, const AgreementComparison &comparison,
                     const QStringList &labels)
{
    json.beginArray(u"coders");
    for (const QString &coder : comparison.coders)
        json.element(coder);
    json.endArray();
    json.beginObject(u"overall");
    writeFigures(json, comparison.overall);
    json.endObject();
    json.beginObject(u"labels");
    for (qsizetype i = 0; i < labels.size(); ++i) {
        json.beginObject(labels.at(i));
        writeFigures(json, comparison.labels.value(i));
        json.endObject();
    }
    json.endObject();
    json.beginObject(u"speakers")
        .field(u"quotes", comparison.speakerQuotes)
        .number(u"alpha_nominal", comparison.speakerAlpha)
        .endObject();
}

QString formatted(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("–");
    return QLocale().toString(*value, 'f', 3);
}

} // namespace

QString AgreementReport::comparisonName(const AgreementComparison &comparison, bool isAll)
{
    if (isAll)
        return tr("all (%n coder(s))", nullptr, int(comparison.coders.size()));
    return comparison.coders.join(QStringLiteral(" + "));
}

QStringList AgreementReport::csvHeader()
{
    return { QStringLiteral("coders"),          QStringLiteral("label"),
             QStringLiteral("articles"),        QStringLiteral("spans"),
             QStringLiteral("exact_matches"),   QStringLiteral("f1_exact"),
             QStringLiteral("overlap_matches"), QStringLiteral("f1_overlap"),
             QStringLiteral("tokens"),          QStringLiteral("token_disagreements"),
             QStringLiteral("kappa_tokens"),    QStringLiteral("alpha_u"),
             QStringLiteral("speaker_quotes"),  QStringLiteral("speaker_alpha") };
}

QString AgreementReport::toJson() const
{
    JsonWriter json;
    json.beginObject();
    json.beginArray(u"coders");
    for (const QString &coder : coders)
        json.element(coder);
    json.endArray();
    json.beginArray(u"labels");
    for (const QString &label : labels)
        json.element(label);
    json.endArray();
    json.field(u"article_basis",
               basis == Basis::Given ? QStringLiteral("given") : QStringLiteral("annotated-by-all"))
        .field(u"articles", articles)
        .field(u"characters", characters)
        .field(u"tokens", tokens);
    json.beginArray(u"pairs");
    for (const AgreementComparison &pair : pairs) {
        json.beginObject();
        writeComparison(json, pair, labels);
        json.endObject();
    }
    json.endArray();
    json.beginObject(u"all");
    writeComparison(json, all, labels);
    json.endObject();
    json.beginArray(u"problems");
    for (const QString &problem : problems)
        json.element(problem);
    json.endArray();
    json.endObject();
    return json.text();
}

bool AgreementReport::writeCsv(QIODevice *device, const CsvOptions &options) const
{
    CsvWriter csv(device, options);
    for (const QString &name : csvHeader())
        csv.addText(name);
    csv.endRow();
    auto row = [&](const QString &comparison, const QString &label, const AgreementFigures &figures,
                   const AgreementComparison *speakers) {
        csv.addText(comparison);
        csv.addText(label);
        csv.addNumber(articles);
        csv.addNumber(figures.spans);
        csv.addNumber(figures.exactMatches);
        csv.addReal(figures.f1Exact);
        csv.addNumber(figures.overlapMatches);
        csv.addReal(figures.f1Overlap);
        csv.addNumber(figures.tokens);
        csv.addNumber(figures.tokenDisagreements);
        csv.addReal(figures.kappaTokens);
        csv.addReal(figures.alphaU);
        if (speakers) {
            csv.addNumber(speakers->speakerQuotes);
            csv.addReal(speakers->speakerAlpha);
        } else {
            csv.addText(QString());
            csv.addText(QString());
        }
        csv.endRow();
    };
    auto comparison = [&](const AgreementComparison &one, const QString &name) {
        row(name, QString(), one.overall, &one);
        for (qsizetype i = 0; i < labels.size(); ++i)
            row(name, labels.at(i), one.labels.value(i), nullptr);
    };
    for (const AgreementComparison &pair : pairs)
        comparison(pair, pair.coders.join(QLatin1Char('+')));
    comparison(all, QStringLiteral("all"));
    return csv.flush() && !csv.hasError();
}

QString AgreementReport::toText() const
{
    QString text = tr("Agreement of %1 over %n article(s)", nullptr, int(articles))
                       .arg(coders.join(QStringLiteral(", ")));
    text += basis == Basis::Given ? tr(" (the articles given)")
                                  : tr(" (those with mentions by every coder)");
    text += QLatin1Char('\n');
    text += tr("%1 characters, %2 word tokens\n")
                .arg(QLocale().toString(characters), QLocale().toString(tokens));
    const QStringList header { tr("Coders"),   tr("Label"),        tr("Spans"),      tr("Exact"),
                               tr("F1 exact"), tr("Overlap"),      tr("F1 overlap"), tr("Tokens"),
                               tr("Differ"),   tr("Kappa tokens"), tr("Alpha u") };
    QVector<QStringList> rows { header };
    auto add = [&](const QString &name, const QString &label, const AgreementFigures &f) {
        rows.append({ name, label, QString::number(f.spans), QString::number(f.exactMatches),
                      formatted(f.f1Exact), QString::number(f.overlapMatches),
                      formatted(f.f1Overlap), QString::number(f.tokens),
                      QString::number(f.tokenDisagreements), formatted(f.kappaTokens),
                      formatted(f.alphaU) });
    };
    auto comparison = [&](const AgreementComparison &one, bool isAll) {
        const QString name = comparisonName(one, isAll);
        add(name, tr("(all labels)"), one.overall);
        for (qsizetype i = 0; i < labels.size(); ++i)
            add(QString(), labels.at(i), one.labels.value(i));
    };
    for (const AgreementComparison &pair : pairs)
        comparison(pair, false);
    comparison(all, true);
    QVector<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            // Names left, figures right, as a reader scans them.
            line +=
                c < 2 ? row.at(c).leftJustified(widths[c]) : row.at(c).rightJustified(widths[c]);
            line += QStringLiteral("  ");
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    text += tr("Speakers (nominal alpha over quotes marked by at least two coders):\n");
    auto speakers = [&](const AgreementComparison &one, bool isAll) {
        text += QStringLiteral("  %1: %2 (%3)\n")
                    .arg(comparisonName(one, isAll), formatted(one.speakerAlpha),
                         tr("%n quote(s)", nullptr, int(one.speakerQuotes)));
    };
    for (const AgreementComparison &pair : pairs)
        speakers(pair, false);
    speakers(all, true);
    return text;
}

} // namespace Marginalia
