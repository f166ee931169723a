// Server profiles in QSettings: round trip, replacement by name, removal, the selected
// profile, the client configuration they produce — and no secret in the settings file.
#include "api/ServerProfiles.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using dv::api::ServerProfile;
using dv::api::ServerProfiles;

namespace {

ServerProfile clinic()
{
    ServerProfile profile;
    profile.name = QStringLiteral("Klinik Süd / Dermatologie");
    profile.clinicalUrl = QUrl(QStringLiteral("https://api.dermatology.example/v1"));
    profile.helperUrl = QUrl(QStringLiteral("https://helpers.dermatology.example"));
    profile.reportUrl = QUrl(QStringLiteral("https://reports.dermatology.example"));
    profile.username = QStringLiteral("dr.müller@klinik.example");
    profile.caCertificateFile = QStringLiteral("/etc/ssl/klinik-ca.pem");
    return profile;
}

} // namespace

class TestServerProfiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void saveReplacesByName();
    void removeClearsSelection();
    void apiConfigDefaultsToTheClinicalUrl();
    void unreadableCaFileTrustsNothingExtra();

private:
    std::unique_ptr<QSettings> settings();
    QTemporaryDir m_dir;
    QString m_path;
};

void TestServerProfiles::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction()));
}

std::unique_ptr<QSettings> TestServerProfiles::settings()
{
    return std::make_unique<QSettings>(m_path, QSettings::IniFormat);
}

void TestServerProfiles::roundTrip()
{
    ServerProfile local;
    local.name = QStringLiteral("Local test server");
    local.clinicalUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    local.username = QStringLiteral("qa");
    local.allowInsecureHttp = true;
    {
        auto written = settings();
        ServerProfiles::save(*written, clinic());
        ServerProfiles::save(*written, local);
        ServerProfiles::select(*written, clinic().name);
    }
    auto read = settings(); // a fresh object reads the file back
    const auto profiles = ServerProfiles::load(*read);
    QCOMPARE(profiles.size(), 2);
    QVERIFY(profiles.at(0) == clinic()); // sorted by name
    QVERIFY(profiles.at(1) == local);
    QCOMPARE(ServerProfiles::selected(*read), clinic().name);

    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().toLower();
    QVERIFY(!text.contains("password"));
    QVERIFY(!text.contains("token"));
}

void TestServerProfiles::saveReplacesByName()
{
    auto store = settings();
    ServerProfiles::save(*store, clinic());
    ServerProfile changed = clinic();
    changed.username = QStringLiteral("dr.schmidt@klinik.example");
    changed.caCertificateFile.clear();
    ServerProfiles::save(*store, changed);
    const auto profiles = ServerProfiles::load(*store);
    QCOMPARE(profiles.size(), 1);
    QVERIFY(profiles.first() == changed);
}

void TestServerProfiles::removeClearsSelection()
{
    auto store = settings();
    ServerProfiles::save(*store, clinic());
    ServerProfiles::select(*store, clinic().name);
    ServerProfiles::remove(*store, clinic().name);
    QVERIFY(ServerProfiles::load(*store).isEmpty());
    QVERIFY(ServerProfiles::selected(*store).isEmpty()); // back on the embedded sandbox
}

void TestServerProfiles::apiConfigDefaultsToTheClinicalUrl()
{
    ServerProfile profile;
    profile.name = QStringLiteral("one host");
    profile.clinicalUrl = QUrl(QStringLiteral("https://api.example"));
    profile.username = QStringLiteral("u");
    const auto config = profile.apiConfig();
    QCOMPARE(config.helperUrl, profile.clinicalUrl);
    QCOMPARE(config.reportUrl, profile.clinicalUrl);
    QCOMPARE(config.username, profile.username);
    QVERIFY(!config.allowInsecureHttp);
    const auto full = clinic().apiConfig();
    QCOMPARE(full.helperUrl, clinic().helperUrl);
    QCOMPARE(full.reportUrl, clinic().reportUrl);
}

void TestServerProfiles::unreadableCaFileTrustsNothingExtra()
{
    ServerProfile profile = clinic();
    profile.caCertificateFile = m_dir.filePath(QStringLiteral("missing.pem"));
    QVERIFY(profile.apiConfig().extraCaCertificates.isEmpty());
}

QTEST_GUILESS_MAIN(TestServerProfiles)
#include "tst_server_profiles.moc"
