// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaverifier.h"

#include <QHash>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>

#include <sqlite3.h>

namespace Marginalia {

namespace {

struct SchemaObject
{
    QString type;
    QString table;
    QString sql; ///< white space folded; empty for SQLite's automatic indexes
};

using SchemaObjects = QMap<QString, SchemaObject>; // by name

// White space is folded so that a reformatted but equal statement compares
// equal; anything that changes meaning changes a token.
QString foldWhiteSpace(const QString &sql)
{
    static const QRegularExpression runs(QStringLiteral("\\s+"));
    return QString(sql).replace(runs, QStringLiteral(" ")).trimmed();
}

bool readObjects(sqlite3 *db, SchemaObjects *objects, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM main.sqlite_schema", -1,
                                &statement, nullptr);
    const auto text = [&statement](int column) {
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
            sqlite3_column_bytes(statement, column));
    };
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            objects->insert(text(1), { text(0), text(2), foldWhiteSpace(text(3)) });
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return false;
    }
    sqlite3_finalize(statement);
    return true;
}

// The objects the steps build up to a version, made in memory the way
// create() and migrate() make them in a file.
bool buildReference(const Schema &schema, int version, SchemaObjects *objects, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    bool ok = true;
    for (const MigrationStep &step : schema.steps) {
        if (step.from >= version)
            break;
        char *message = nullptr;
        if (sqlite3_exec(db, step.sql, nullptr, nullptr, &message) != SQLITE_OK) {
            *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
            sqlite3_free(message);
            ok = false;
            break;
        }
    }
    ok = ok && readObjects(db, objects, error);
    sqlite3_close(db);
    return ok;
}

// Statistics tables appear when SQLite (or a user's ANALYZE) gathers them;
// they steer query plans and run no code.
bool isStatistics(const QString &name, const SchemaObject &object)
{
    return object.type == QLatin1String("table") && name.startsWith(QLatin1String("sqlite_stat"));
}

QString kindName(const QString &type)
{
    if (type == QLatin1String("table"))
        return SchemaVerifier::tr("table");
    if (type == QLatin1String("index"))
        return SchemaVerifier::tr("index");
    if (type == QLatin1String("view"))
        return SchemaVerifier::tr("view");
    if (type == QLatin1String("trigger"))
        return SchemaVerifier::tr("trigger");
    return type;
}

} // namespace

QString SchemaVerifier::verify(sqlite3 *db, const Schema &schema, int version)
{
    static QMutex mutex;
    static QHash<QByteArray, SchemaObjects> references;

    QByteArray key = QByteArray::number(version);
    for (const MigrationStep &step : schema.steps)
        key += '\n' + QByteArray(step.sql);

    QString error;
    SchemaObjects expected;
    {
        const QMutexLocker locker(&mutex);
        auto found = references.constFind(key);
        if (found == references.constEnd()) {
            if (!buildReference(schema, version, &expected, &error))
                return tr("this version cannot build its own schema %1 (%2)")
                    .arg(version)
                    .arg(error);
            found = references.insert(key, expected);
        }
        expected = *found;
    }

    SchemaObjects actual;
    if (!readObjects(db, &actual, &error))
        return tr("its schema cannot be read (%1)").arg(error);

    // Extra objects first: they say most about what happened to the file.
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!isStatistics(it.key(), it.value()) && !expected.contains(it.key()))
            return tr("it holds an object that Marginalia's schema version %3 does not create: "
                      "%1 \"%2\"")
                .arg(kindName(it.value().type), it.key())
                .arg(version);
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        const auto reference = expected.constFind(it.key());
        if (reference == expected.cend())
            continue;
        if (reference->type != it.value().type || reference->table != it.value().table
            || reference->sql != it.value().sql)
            return tr("an object differs from Marginalia's schema version %3: %1 \"%2\"")
                .arg(kindName(reference->type), it.key())
                .arg(version);
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            return tr("an object of Marginalia's schema version %3 is missing: %1 \"%2\"")
                .arg(kindName(it.value().type), it.key())
                .arg(version);
    }
    return QString();
}

} // namespace Marginalia
