// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include "codepointindex.h"
#include "sha256.h"

namespace Marginalia {

void NewArticle::prepare()
{
    if (length >= 0)
        return;
    utf8 = text.toUtf8();
    contentHash = QString::fromLatin1(Sha256::hex(utf8));
    length = CodePointIndex::count(text);
}

} // namespace Marginalia
