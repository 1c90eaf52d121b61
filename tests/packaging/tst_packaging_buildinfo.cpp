#include "IeltsBuildInfo.h"

#include <QDate>
#include <QRegularExpression>
#include <QTest>

// The build facts the About dialog and --version show.
class tst_PackagingBuildInfo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionIsSemantic();
    void qtVersionMatchesTheHeaders();
    void buildDateIsAnIsoDate();
    void sourceRevisionIsOneWord();
};

void tst_PackagingBuildInfo::versionIsSemantic()
{
    const QRegularExpression semantic(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
    QVERIFY2(semantic.match(QLatin1StringView(IeltsBuildInfo::version)).hasMatch(),
             IeltsBuildInfo::version);
}

void tst_PackagingBuildInfo::qtVersionMatchesTheHeaders()
{
    // The version CMake found must be the Qt whose headers the build compiled against.
    QCOMPARE(QLatin1StringView(IeltsBuildInfo::qtVersion), QLatin1StringView(QT_VERSION_STR));
}

void tst_PackagingBuildInfo::buildDateIsAnIsoDate()
{
    const QDate date =
        QDate::fromString(QLatin1StringView(IeltsBuildInfo::buildDate()), Qt::ISODate);
    QVERIFY2(date.isValid(), IeltsBuildInfo::buildDate());
    QVERIFY(date.year() >= 2024);
}

void tst_PackagingBuildInfo::sourceRevisionIsOneWord()
{
    const QString revision = QLatin1StringView(IeltsBuildInfo::sourceRevision());
    QVERIFY(!revision.isEmpty());
    QVERIFY2(!revision.contains(QLatin1Char(' ')) && !revision.contains(QLatin1Char('\n')),
             IeltsBuildInfo::sourceRevision());
}

QTEST_GUILESS_MAIN(tst_PackagingBuildInfo)
#include "tst_packaging_buildinfo.moc"
