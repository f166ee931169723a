// The workstation's case over the embedded sandbox (its own thread, real loopback HTTP):
// analyse with progress, an invalid photo withholding the aggregate, re-analysing the valid
// photos only, cancelling, reopening saved responses, and results discarded when the photos
// they were computed from change.
#include "backend/Backend.h"
#include "case/CaseSession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using dv::ui::Backend;
using dv::ui::CasePhoto;
using dv::ui::CaseSession;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

CasePhoto photo(const char *name)
{
    CasePhoto photo;
    photo.path = QStringLiteral(DV_SHARED_IMAGES "/") + QLatin1String(name);
    photo.uploadBytes = readFile(photo.path);
    photo.contentType = photo.path.endsWith(QLatin1String(".png")) ? QStringLiteral("image/png")
                                                                   : QStringLiteral("image/jpeg");
    photo.image = QImage::fromData(photo.uploadBytes);
    return photo;
}

} // namespace

class TestCaseSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void analysesWithProgress();
    void invalidPhotoWithholdsAggregateUntilReanalysed();
    void atMostThreePhotos();
    void changingPhotosDiscardsTheResult();
    void cancelLeavesNoResult();
    void reopensSavedResponses();
    void qaModeRevealsWithheld();

private:
    bool analyse(CaseSession &session);
    Backend m_backend;
};

void TestCaseSession::initTestCase()
{
    QString error;
    QVERIFY2(m_backend.useSandbox(&error), qPrintable(error));
    QVERIFY(m_backend.isSandbox());
    QTRY_VERIFY_WITH_TIMEOUT(!m_backend.deviceLabel().isEmpty(), 20000);
}

bool TestCaseSession::analyse(CaseSession &session)
{
    QSignalSpy failed(&session, &CaseSession::analysisFailed);
    session.analyse(*m_backend.client());
    if (!session.isAnalysing())
        return false;
    if (!QTest::qWaitFor([&] { return !session.isAnalysing(); }, 120000))
        return false;
    return failed.isEmpty() && session.review().has_value();
}

void TestCaseSession::analysesWithProgress()
{
    CaseSession session;
    QVERIFY(session.addPhoto(photo("psoriasis_01.jpg")));
    QSignalSpy progress(&session, &CaseSession::uploadProgress);
    QVERIFY(analyse(session));
    QVERIFY(!progress.isEmpty());
    const auto &review = *session.review();
    QVERIFY(review.aggregate.shown);
    QCOMPARE(review.differential.top().first().code, QStringLiteral("EA90"));
    QVERIFY(session.diagnosis().has_value());
    QVERIFY(session.rawResponse().startsWith("{"));
    QVERIFY(!session.resultIsReopened());
}

void TestCaseSession::invalidPhotoWithholdsAggregateUntilReanalysed()
{
    CaseSession session;
    QVERIFY(session.addPhoto(photo("acne.jpg")));
    QVERIFY(session.addPhoto(photo("invalid.png")));
    QVERIFY(analyse(session));
    QVERIFY(!session.review()->aggregate.shown);
    QVERIFY(session.review()->differential.ranked.isEmpty()); // withheld, not merely hidden
    QVERIFY(!session.review()->images.at(1).gate.shown);

    session.reanalyseValidOnly(*m_backend.client());
    QVERIFY(session.isAnalysing());
    QTRY_VERIFY_WITH_TIMEOUT(!session.isAnalysing(), 120000);
    QCOMPARE(session.photos().size(), 1);
    QCOMPARE(session.photos().first().path, photo("acne.jpg").path);
    QVERIFY(session.review()->aggregate.shown);
}

void TestCaseSession::atMostThreePhotos()
{
    CaseSession session;
    for (int i = 0; i < 3; ++i)
        QVERIFY(session.addPhoto(photo("nevus.jpg")));
    QVERIFY(!session.addPhoto(photo("nevus.jpg")));
    QCOMPARE(session.photos().size(), 3);
}

void TestCaseSession::changingPhotosDiscardsTheResult()
{
    CaseSession session;
    QVERIFY(session.addPhoto(photo("nevus.jpg")));
    QVERIFY(session.addPhoto(photo("acne.jpg")));
    QVERIFY(analyse(session));
    session.setTitle(0, QStringLiteral("  left forearm "));
    QCOMPARE(session.photos().first().label(), QStringLiteral("left forearm"));
    QVERIFY(session.review().has_value()); // a title does not change what was analysed
    session.movePhoto(0, 1);
    QVERIFY(!session.review().has_value()); // the result's image order no longer holds
    QVERIFY(analyse(session));
    session.removePhoto(0);
    QVERIFY(!session.review().has_value());
    QVERIFY(session.rawResponse().isEmpty());
}

void TestCaseSession::cancelLeavesNoResult()
{
    CaseSession session;
    QVERIFY(session.addPhoto(photo("psoriasis_02.jpg")));
    session.analyse(*m_backend.client());
    QVERIFY(session.isAnalysing());
    session.cancel();
    QVERIFY(!session.isAnalysing());
    QTest::qWait(2000); // whatever the server still answers is dropped
    QVERIFY(!session.review().has_value());
}

void TestCaseSession::reopensSavedResponses()
{
    CaseSession session;
    QVERIFY(session.addPhoto(photo("nevus.jpg")));
    QString error;
    QVERIFY2(
        session.openSavedResponse(readFile(DV_FIXTURES "/seed/diagnosis-support.json"), &error),
        qPrintable(error));
    QVERIFY(session.resultIsReopened());
    QVERIFY(session.review().has_value());
    QVERIFY(session.diagnosis().has_value());
    QCOMPARE(session.photos().size(), 1); // what the person loaded stays

    QVERIFY(
        session.openSavedResponse(readFile(DV_FIXTURES "/api-notes/severity-local.json"), &error));
    QCOMPARE(session.review()->kind, dv::model::ResponseKind::SeverityAssessment);
    QVERIFY(!session.diagnosis().has_value());

    QVERIFY(!session.openSavedResponse(readFile(DV_FIXTURES "/api-notes/body-sites.json"), &error));
    QVERIFY2(error.contains("no clinical result"), qPrintable(error));
    QVERIFY(session.review().has_value()); // a refused file keeps the shown result
    QVERIFY(!session.openSavedResponse("{\"broken\": ", &error));
    QVERIFY(!error.isEmpty());
}

void TestCaseSession::qaModeRevealsWithheld()
{
    CaseSession session;
    QVERIFY(session.addPhoto(photo("acne.jpg")));
    QVERIFY(session.addPhoto(photo("invalid.png")));
    QVERIFY(analyse(session));
    QVERIFY(!session.review()->aggregate.shown);
    QSignalSpy changed(&session, &CaseSession::resultChanged);
    session.setQaMode(true);
    QCOMPARE(changed.size(), 1);
    QVERIFY(session.review()->aggregate.qaRevealed());
    QVERIFY(!session.review()->differential.ranked.isEmpty());
    session.setQaMode(false);
    QVERIFY(session.review()->differential.ranked.isEmpty());
}

QTEST_MAIN(TestCaseSession)
#include "tst_case_session.moc"
