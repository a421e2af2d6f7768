// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Marginalia {

/// SHA-256 of article texts: the duplicate key on import and the check of a
/// stored text against it whenever one is read whole.
///
/// The same digest as QCryptographicHash, which is the fallback. On x86-64
/// processors with the SHA extensions it runs on them, about ten times as
/// fast as Qt's portable code (which made checking every exported text cost
/// as much as writing the CSV); that path proves itself on a known digest
/// before it is used.
class Sha256
{
public:
    /// The digest of \a data as 64 lower-case hex digits.
    static QByteArray hex(QByteArrayView data);
    /// The 32-byte digest of \a data.
    static QByteArray digest(QByteArrayView data);
    /// Whether the processor's SHA instructions are in use.
    static bool usesShaExtensions();
};

} // namespace Marginalia
