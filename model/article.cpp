// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include "codepointindex.h"

#include <QCryptographicHash>

namespace Marginalia {

void NewArticle::prepare()
{
    if (length >= 0)
        return;
    utf8 = text.toUtf8();
    contentHash =
        QString::fromLatin1(QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex());
    length = CodePointIndex::count(text);
}

} // namespace Marginalia
