#include "Countries.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace {
struct Table
{
    QList<Countries::Entry> entries;
    QHash<QString, qsizetype> byCode;
};

const Table &table()
{
    static const Table loaded = [] {
        Table t;
        QFile file(QStringLiteral(":/data/countries.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The country table is missing from the application's resources.");
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const qsizetype tab = line.indexOf(u'\t');
            if (tab <= 0)
                continue;
            Countries::Entry entry{line.left(tab), line.mid(tab + 1)};
            t.byCode.insert(entry.code, t.entries.size());
            t.entries.append(std::move(entry));
        }
        return t;
    }();
    return loaded;
}
} // namespace

const QList<Countries::Entry> &Countries::all()
{
    return table().entries;
}

QString Countries::nameFor(QStringView code)
{
    const Table &t = table();
    const auto it = t.byCode.constFind(code.trimmed().toString());
    if (it == t.byCode.cend())
        return code.toString();
    // The table stays English; a translator installed for "Countries" gives the local name.
    return QCoreApplication::translate("Countries", t.entries.at(*it).name.toUtf8().constData());
}

bool Countries::contains(QStringView code)
{
    return table().byCode.contains(code.trimmed().toString());
}
