// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Marginalia {

/// manifest.csv of a folder export (brat, texts): one row per article with
/// the files written for it, its metadata, the SHA-256 of its UTF-8 text and
/// its length in code points, so a consumer can check it holds the same
/// texts. RFC 4180, UTF-8 without BOM, CRLF.
class ExportManifest
{
public:
    static QString fileName() { return QStringLiteral("manifest.csv"); }

    /// \a fileColumns name the columns of the files written per article,
    /// e.g. {"txt_file", "ann_file"}.
    explicit ExportManifest(const QStringList &fileColumns);

    void add(const ArticleSummary &article, const QStringList &files);
    QByteArray bytes() const { return m_bytes; }
    QStringList columns() const;

private:
    QStringList m_fileColumns;
    QByteArray m_bytes;
};

} // namespace Marginalia
