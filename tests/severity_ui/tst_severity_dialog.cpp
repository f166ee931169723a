// The severity assessment dialog against the embedded sandbox over loopback HTTP, as the
// window runs it: a form generated for every scoring system the sandbox serves, a manual
// round trip, a 422 shown on the field it names, a local assessment with masks drawn on the
// photo, a global photo grid with one invalid site, cancelling an upload.
#include "MainWindow.h"
#include "Mnemonics.h"
#include "backend/Backend.h"
#include "history/HistoryRecorder.h"
#include "history/HistoryStore.h"
#include "imaging/ImageLoader.h"
#include "result/QaWatermark.h"
#include "result/ScoreSection.h"
#include "severity/BodySiteBox.h"
#include "severity/FieldErrorStyle.h"
#include "severity/GlobalSiteGrid.h"
#include "severity/QuestionnaireForm.h"
#include "severity/SeverityDialog.h"
#include "severity/SeverityPhotoView.h"
#include "severity/SeverityResultPane.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dv;
using namespace dv::ui;

namespace {

QString sharedImage(const QString &name)
{
    return QStringLiteral(DV_SHARED_IMAGES) + QLatin1Char('/') + name;
}

/// A case photo prepared as the window prepares one (upload bytes = displayed pixels).
std::optional<CasePhoto> casePhoto(const QString &path)
{
    const auto prepared = imaging::ImageLoader::prepareFile(path);
    if (imaging::isError(prepared))
        return std::nullopt;
    const auto &image = std::get<imaging::PreparedImage>(prepared);
    CasePhoto photo;
    photo.path = path;
    photo.uploadBytes = image.uploadBytes;
    photo.contentType = image.uploadMimeType;
    photo.image = image.displayed;
    return photo;
}

QStringList scoreValues(const SeverityDialog &dialog)
{
    QStringList values;
    for (const QLabel *label :
         dialog.resultPane()->findChildren<QLabel *>(QStringLiteral("scoreValue")))
        values << label->text();
    return values;
}

} // namespace

class TestSeverityDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void formsForEveryInstrument();
    void manualRoundTrip();
    void validationErrorOnTheField();
    void localAssessmentDrawsMasks();
    void localDetectionBoxesDrawn();
    void globalGridWithOneInvalidSite();
    void cancelKeepsTheForm();
    void mainWindowOpensItFromTheCaseMenu();

private:
    /// A dialog on the sandbox with its catalogue loaded.
    std::unique_ptr<SeverityDialog> openDialog(SeverityContext context = {});
    bool assessAndWait(SeverityDialog &dialog);

    Backend m_backend;
    QVector<model::Questionnaire> m_served; ///< the sandbox's /questionnaires, asked directly
};

void TestSeverityDialog::initTestCase()
{
    qRegisterMetaType<model::SeverityReport>();
    QString error;
    QVERIFY2(m_backend.useSandbox(&error), qPrintable(error));
    std::optional<api::ApiResult<QVector<model::Questionnaire>>> answer;
    m_backend.client()->questionnaires(QString(), QString(), this,
                                       [&](const auto &result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    QVERIFY2(answer->ok(), answer->ok() ? "" : qPrintable(answer->error().message()));
    m_served = answer->value();
    QVERIFY(m_served.size() >= 20); // every code of API-NOTES
}

void TestSeverityDialog::init()
{
    QSettings().clear();
}

std::unique_ptr<SeverityDialog> TestSeverityDialog::openDialog(SeverityContext context)
{
    context.locale = QStringLiteral("en_GB");
    auto dialog = std::make_unique<SeverityDialog>(m_backend.client(), std::move(context));
    if (!QTest::qWaitFor([&] { return dialog->isReady() || !dialog->errorMessage().isEmpty(); },
                         30000))
        qWarning("the catalogue did not arrive");
    return dialog;
}

bool TestSeverityDialog::assessAndWait(SeverityDialog &dialog)
{
    QSignalSpy finished(&dialog, &SeverityDialog::assessmentFinished);
    dialog.assess();
    if (!finished.wait(120000))
        return false;
    return finished.first().first().toBool();
}

void TestSeverityDialog::formsForEveryInstrument()
{
    auto dialog = openDialog();
    QVERIFY2(dialog->isReady(), qPrintable(dialog->errorMessage()));
    QStringList served;
    for (const model::Questionnaire &questionnaire : std::as_const(m_served))
        served << questionnaire.code;
    QStringList offered = dialog->scoringCodes();
    served.sort();
    offered.sort();
    QCOMPARE(offered, served);

    for (const model::Questionnaire &questionnaire : std::as_const(m_served)) {
        QVERIFY2(dialog->selectScoringSystem(questionnaire.code), qPrintable(questionnaire.code));
        const auto kind = dialog->currentKind();
        QVERIFY(kind.has_value());
        QuestionnaireForm *form = dialog->form();
        QCOMPARE(form->questionnaire().code, questionnaire.code);
        QCOMPARE(form->unanswered().size(), questionnaire.items.size()); // nothing pre-filled
        const QStringList noBuddy = dv::test::labelsWithoutBuddy(&*dialog);
        QVERIFY2(noBuddy.isEmpty(), qPrintable(noBuddy.join(", ")));
        for (const model::QuestionnaireItem &item : questionnaire.items) {
            const QString where = questionnaire.code + QLatin1Char('.') + item.code;
            QAbstractSpinBox *editor = form->editor(item.code);
            QVERIFY2(editor, qPrintable(where));
            // The range as served: the lowest answer is min (one step below is "not
            // answered"), the highest max; beyond is clamped.
            if (item.max) {
                QVERIFY2(form->setAnswer(item.code, *item.max), qPrintable(where));
                QCOMPARE(form->answers().last().value, *item.max);
                form->setAnswer(item.code, *item.max + 1000);
                QCOMPARE(form->answers().last().value, *item.max);
                QVERIFY2(form->rangeText(item.code).contains(QLocale().toString(*item.max)),
                         qPrintable(where));
            }
            if (item.min) {
                QVERIFY2(form->setAnswer(item.code, *item.min), qPrintable(where));
                QCOMPARE(form->answers().last().value, *item.min);
            }
            form->clearAnswer(item.code);
            QVERIFY(form->answers().isEmpty());
        }
        if (*kind == api::SeverityKind::Global) {
            QVERIFY(!questionnaire.bodySites.isEmpty());
            QCOMPARE(dialog->siteGrid()->sites(), questionnaire.bodySites);
        } else {
            QStringList offeredSites;
            for (int i = 0; i < dialog->bodySiteBox()->count(); ++i)
                offeredSites << dialog->bodySiteBox()->itemData(i).toString();
            if (!questionnaire.bodySites.isEmpty()) {
                QStringList expected = questionnaire.bodySites;
                expected.sort();
                offeredSites.sort();
                QCOMPARE(offeredSites, expected);
            } else {
                QVERIFY(offeredSites.size() >= 34);
            }
            // Localised names, not codes.
            QVERIFY(!dialog->bodySiteBox()->itemText(0).isEmpty());
        }
    }
}

void TestSeverityDialog::manualRoundTrip()
{
    auto dialog = openDialog();
    QVERIFY(dialog->selectScoringSystem(QStringLiteral("dlqi")));
    QVERIFY(dialog->currentKind() == api::SeverityKind::Manual);
    const model::Questionnaire *dlqi = dialog->currentQuestionnaire();
    QVERIFY(dlqi);
    QCOMPARE(dlqi->items.size(), 10);
    int expected = 0;
    for (qsizetype i = 0; i < dlqi->items.size(); ++i) {
        const int answer = int(i % 4);
        dialog->form()->setAnswer(dlqi->items[i].code, answer);
        expected += answer;
    }
    QVERIFY(dialog->bodySiteBox()->setCurrentCode(QStringLiteral("armLeft")));
    dialog->conditionBox()->setEditText(QStringLiteral("psoriasis"));

    QSignalSpy assessed(dialog.get(), &SeverityDialog::assessed);
    QVERIFY2(assessAndWait(*dialog), qPrintable(dialog->errorMessage()));
    QCOMPARE(assessed.size(), 1);
    const auto report = assessed.first().first().value<model::SeverityReport>();
    const QByteArray raw = assessed.first().at(1).toByteArray();
    QVERIFY(raw.contains("\"dlqi\""));
    QCOMPARE(report.results.size(), 1);
    QCOMPARE(report.results.first().code, QStringLiteral("dlqi"));
    // DLQI is the sum of its items.
    QCOMPARE(report.results.first().score.value.value_or(-1), double(expected));
    QVERIFY(dialog->review().has_value());
    QCOMPARE(scoreValues(*dialog), QStringList{QString::number(expected)});
    // Items in the instrument's order (question2 before question10), whatever the JSON order.
    QStringList keys;
    for (const QLabel *label :
         dialog->resultPane()->findChildren<QLabel *>(QStringLiteral("itemLabel")))
        keys << label->property("itemKey").toString();
    QStringList inOrder;
    for (const model::QuestionnaireItem &item : dlqi->items)
        inOrder << item.code;
    QCOMPARE(keys, inOrder);
    QVERIFY(dialog->errorMessage().isEmpty());
}

void TestSeverityDialog::validationErrorOnTheField()
{
    auto dialog = openDialog();
    QVERIFY(dialog->selectScoringSystem(QStringLiteral("pasi")));
    const model::Questionnaire *pasi = dialog->currentQuestionnaire();
    QVERIFY(pasi);
    // Everything answered except "induration"; no body site chosen.
    for (const model::QuestionnaireItem &item : pasi->items) {
        if (item.code != QLatin1String("induration"))
            dialog->form()->setAnswer(item.code, 2);
    }
    dialog->conditionBox()->setEditText(QStringLiteral("psoriasis"));
    const auto before = dialog->form()->answers();

    QVERIFY(!assessAndWait(*dialog));
    // The sandbox's pydantic 422 names scoringSystem.pasi.questionnaireResponse.item.induration
    // and bodySite: each shown on its own field, framed in red.
    QVERIFY2(!dialog->form()->fieldError(QStringLiteral("induration")).isEmpty(),
             qPrintable(dialog->errorMessage()));
    QVERIFY(FieldErrorStyle::isMarked(dialog->form()->editor(QStringLiteral("induration"))));
    QVERIFY(!dialog->bodySiteError().isEmpty());
    QVERIFY(FieldErrorStyle::isMarked(dialog->bodySiteBox()));
    for (const model::QuestionnaireItem &item : pasi->items) {
        if (item.code != QLatin1String("induration")) {
            QVERIFY2(dialog->form()->fieldError(item.code).isEmpty(), qPrintable(item.code));
            QVERIFY(!FieldErrorStyle::isMarked(dialog->form()->editor(item.code)));
        }
    }
    QVERIFY(dialog->conditionError().isEmpty());
    QVERIFY(dialog->errorMessage().contains(QStringLiteral("2 value(s)")));
    // Nothing lost, no result shown.
    QCOMPARE(dialog->form()->answers().size(), before.size());
    QCOMPARE(dialog->conditionBox()->currentText(), QStringLiteral("psoriasis"));
    QVERIFY(!dialog->review().has_value());

    // Editing the field clears its mark; fixing both lets the assessment through.
    dialog->form()->setAnswer(QStringLiteral("induration"), 1);
    QVERIFY(dialog->form()->fieldError(QStringLiteral("induration")).isEmpty());
    QVERIFY(dialog->bodySiteBox()->setCurrentCode(QStringLiteral("trunkFront")));
    QVERIFY(dialog->bodySiteError().isEmpty());
    QVERIFY2(assessAndWait(*dialog), qPrintable(dialog->errorMessage()));
    QVERIFY(dialog->errorMessage().isEmpty());

    // A blank condition is left out of the request: the 422 lands on the condition.
    dialog->conditionBox()->setEditText(QStringLiteral("   "));
    QVERIFY(!assessAndWait(*dialog));
    QVERIFY(!dialog->conditionError().isEmpty());
    QVERIFY(FieldErrorStyle::isMarked(dialog->conditionBox()));
}

void TestSeverityDialog::localAssessmentDrawsMasks()
{
    const std::optional<CasePhoto> photo =
        casePhoto(sharedImage(QStringLiteral("psoriasis_01.jpg")));
    if (!photo)
        QFAIL("../shared/images/psoriasis_01.jpg is not available");
    SeverityContext context;
    context.photo = photo;
    review::RankedConclusion psoriasis;
    psoriasis.code = QStringLiteral("EA90");
    psoriasis.text = QStringLiteral("Psoriasis");
    psoriasis.probability = 91.2;
    context.differential = {psoriasis};
    auto dialog = openDialog(context);
    QCOMPARE(dialog->conditionBox()->count(), 1);
    dialog->conditionBox()->setCurrentIndex(0);
    QVERIFY(dialog->selectScoringSystem(QStringLiteral("apasi")));
    QVERIFY(dialog->currentKind() == api::SeverityKind::Local);
    QVERIFY(dialog->assessButton()->isEnabled());
    QVERIFY(dialog->bodySiteBox()->setCurrentCode(QStringLiteral("elbowLeft")));
    QVERIFY(dialog->form()->setAnswer(QStringLiteral("surface"), 2));

    QVERIFY2(assessAndWait(*dialog), qPrintable(dialog->errorMessage()));
    const review::Review &review = *dialog->review();
    QCOMPARE(review.scores.size(), 1);
    QVERIFY(review.scores.first().gate.shown);
    QVERIFY(review.scores.first().maskCount > 0);
    // Each image-derived item with its AI confidence.
    const QVector<ScoreSection *> sections = dialog->resultPane()->scoreSections();
    QCOMPARE(sections.size(), 1);
    QStringList details;
    for (const QLabel *label :
         sections.first()->findChildren<QLabel *>(QStringLiteral("itemDetails")))
        details << label->text();
    QVERIFY2(details.filter(QStringLiteral("AI confidence")).size() == 3,
             qPrintable(details.join('|')));

    SeverityPhotoView *view = dialog->resultPane()->photoView();
    QVERIFY(view);
    QVERIFY(view->maskKeys().contains(QStringLiteral("maskBinary")));
    QCOMPARE(view->currentMaskKey(), QStringLiteral("maskBinary"));
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComposing(), 30000);
    QVERIFY2(view->overlayProblem().isEmpty(), qPrintable(view->overlayProblem()));
    const QImage plain = photo->image.convertToFormat(QImage::Format_RGB888);
    const QImage tinted = view->shownImage().convertToFormat(QImage::Format_RGB888);
    QCOMPARE(tinted.size(), plain.size());
    QVERIFY(tinted != plain); // the mask is drawn

    QSignalSpy shown(view, &SeverityPhotoView::overlayShown);
    view->setMaskStyle(imaging::MaskStyle::Outline);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !view->isComposing(), 30000);
    const QImage outlined = view->shownImage().convertToFormat(QImage::Format_RGB888);
    QVERIFY(outlined != plain);
    QVERIFY(outlined != tinted);

    view->setOverlayVisible(false); // the toggle shows the photo alone
    QCOMPARE(view->shownImage().convertToFormat(QImage::Format_RGB888), plain);
    QVERIFY(!dialog->resultPane()->findChild<QaWatermark *>());
}

void TestSeverityDialog::localDetectionBoxesDrawn()
{
    const std::optional<CasePhoto> photo =
        casePhoto(sharedImage(QStringLiteral("hidradenitis.jpg")));
    if (!photo)
        QFAIL("../shared/images/hidradenitis.jpg is not available");
    SeverityContext context;
    context.photo = photo;
    auto dialog = openDialog(context);
    QVERIFY(dialog->selectScoringSystem(QStringLiteral("aihs4")));
    QVERIFY(dialog->form()->questionnaire().items.isEmpty()); // everything from the image
    QVERIFY(dialog->bodySiteBox()->setCurrentCode(QStringLiteral("genital")));
    dialog->conditionBox()->setEditText(QStringLiteral("hidradenitis suppurativa"));
    QVERIFY2(assessAndWait(*dialog), qPrintable(dialog->errorMessage()));
    const review::ScoreReview &score = dialog->review()->scores.first();
    QVERIFY(score.gate.shown);
    QVERIFY2(score.detectionCount > 0, "the sandbox finds lesions on hidradenitis.jpg");
    SeverityPhotoView *view = dialog->resultPane()->photoView();
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComposing(), 30000);
    const auto *legend = view->findChild<QLabel *>(QStringLiteral("overlayLegend"));
    QVERIFY(legend && legend->text().contains(QStringLiteral("detection(s)")));
    QVERIFY(view->shownImage().convertToFormat(QImage::Format_RGB888) !=
            photo->image.convertToFormat(QImage::Format_RGB888));
}

void TestSeverityDialog::globalGridWithOneInvalidSite()
{
    for (const char *name : {"vitiligo.jpg", "non_specific.jpg", "invalid.png"}) {
        if (!QFile::exists(sharedImage(QLatin1String(name))))
            QFAIL("../shared/images is not available");
    }
    auto dialog = openDialog();
    QVERIFY(dialog->selectScoringSystem(QStringLiteral("avasi")));
    QVERIFY(dialog->currentKind() == api::SeverityKind::Global);
    QVERIFY(!dialog->assessButton()->isEnabled()); // no photo yet
    GlobalSiteGrid *grid = dialog->siteGrid();
    QVERIFY(grid->sites().contains(QStringLiteral("handLeft")));
    grid->loadPhoto(QStringLiteral("handLeft"), sharedImage(QStringLiteral("vitiligo.jpg")));
    grid->loadPhoto(QStringLiteral("handRight"), sharedImage(QStringLiteral("non_specific.jpg")));
    grid->loadPhoto(QStringLiteral("trunkBack"), sharedImage(QStringLiteral("invalid.png")));
    QTRY_COMPARE_WITH_TIMEOUT(grid->loadingCount(), 0, 30000);
    QCOMPARE(grid->uploads().keys(), (QStringList{"handLeft", "handRight", "trunkBack"}));
    QVERIFY(dialog->assessButton()->isEnabled());
    dialog->conditionBox()->setEditText(QStringLiteral("vitiligo"));

    QVERIFY2(assessAndWait(*dialog), qPrintable(dialog->errorMessage()));
    const review::Review &review = *dialog->review();
    // The invalid site: no contribution, the reason instead.
    QVERIFY(!grid->showsContribution(QStringLiteral("trunkBack")));
    QVERIFY(grid->resultText(QStringLiteral("trunkBack")).contains(QStringLiteral("Not valid")));
    QVERIFY(
        !grid->resultText(QStringLiteral("trunkBack")).contains(QStringLiteral("Contribution")));
    QVERIFY(grid->showsContribution(QStringLiteral("handLeft")));
    QVERIFY(grid->resultText(QStringLiteral("handLeft")).contains(QStringLiteral("Contribution")));
    QVERIFY(grid->showsContribution(QStringLiteral("handRight")));
    QVERIFY(grid->resultText(QStringLiteral("vitiligo")).isEmpty()); // not a site
    // The review withholds the global score: the result shows only the reasons.
    QCOMPARE(review.scores.size(), 1);
    QVERIFY(!review.scores.first().gate.shown);
    QVERIFY(scoreValues(*dialog).isEmpty());
    QStringList reasons;
    for (const QLabel *label :
         dialog->resultPane()->findChildren<QLabel *>(QStringLiteral("gateReason")))
        reasons << label->text();
    // The site by the name the person reads in the grid, not by its code.
    QVERIFY2(reasons.join(' ').contains(QStringLiteral("Back of the trunk")),
             qPrintable(reasons.join(' ')));
    QVERIFY(!reasons.join(' ').contains(QStringLiteral("trunkBack")));

    // The window's QA mode, turned on and off while the dialog is open: the withheld score is
    // revealed, then withheld again, without a new request.
    dialog->setQaMode(true);
    QVERIFY(dialog->review()->scores.first().gate.qaRevealed());
    QVERIFY(!scoreValues(*dialog).isEmpty());
    dialog->setQaMode(false);
    QVERIFY(!dialog->review()->scores.first().gate.shown);
    QVERIFY(scoreValues(*dialog).isEmpty());
}

void TestSeverityDialog::cancelKeepsTheForm()
{
    const std::optional<CasePhoto> photo =
        casePhoto(sharedImage(QStringLiteral("psoriasis_01.jpg")));
    if (!photo)
        QFAIL("../shared/images/psoriasis_01.jpg is not available");
    SeverityContext context;
    context.photo = photo;
    auto dialog = openDialog(context);
    QVERIFY(dialog->selectScoringSystem(QStringLiteral("apasi")));
    QVERIFY(dialog->bodySiteBox()->setCurrentCode(QStringLiteral("elbowLeft")));
    dialog->form()->setAnswer(QStringLiteral("surface"), 3);
    dialog->conditionBox()->setEditText(QStringLiteral("psoriasis"));
    QSignalSpy finished(dialog.get(), &SeverityDialog::assessmentFinished);
    dialog->assess();
    QVERIFY(dialog->isRunning());
    QVERIFY(!dialog->assessButton()->isEnabled());
    dialog->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(dialog->errorMessage().contains(QStringLiteral("Cancelled")));
    QCOMPARE(dialog->form()->answers().size(), 1);
    QCOMPARE(dialog->form()->answers().first().value, 3.0);
    QCOMPARE(dialog->bodySiteBox()->currentCode(), QStringLiteral("elbowLeft"));
    QVERIFY(dialog->assessButton()->isEnabled());
}

void TestSeverityDialog::mainWindowOpensItFromTheCaseMenu()
{
    MainWindow window;
    window.show();
    QTemporaryDir dir;
    const QString path = dir.filePath("skin.png");
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor(200, 150, 130));
    QVERIFY(image.save(path));
    QSignalSpy loaded(&window, &MainWindow::imageLoaded);
    window.openImages({path});
    QTRY_COMPARE(loaded.size(), 1);

    // Case ▸ Severity assessment…, Ctrl+Shift+S, a shortcut no other action uses.
    const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    QAction *severity = nullptr;
    int uses = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == keys) {
            severity = action;
            ++uses;
        }
    }
    QCOMPARE(uses, 1);
    QVERIFY(severity);
    bool inCaseMenu = false;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(severity))
            inCaseMenu = menu->text().contains("Case");
    }
    QVERIFY(inCaseMenu);
    severity->trigger();
    auto *dialog = window.findChild<SeverityDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 30000);
    // The case's current photo is the one a local assessment sends.
    QVERIFY(dialog->selectScoringSystem("apasi"));
    QVERIFY(dialog->assessButton()->isEnabled());

    // An assessment made from the window is recorded in the case history.
    QVERIFY(dialog->selectScoringSystem(QStringLiteral("dlqi")));
    for (const model::QuestionnaireItem &item : dialog->currentQuestionnaire()->items)
        dialog->form()->setAnswer(item.code, 1);
    QVERIFY(dialog->bodySiteBox()->setCurrentCode(QStringLiteral("armLeft")));
    dialog->conditionBox()->setEditText(QStringLiteral("psoriasis"));
    QSignalSpy recorded(window.historyRecorder(), &dv::ui::HistoryRecorder::recorded);
    QVERIFY2(assessAndWait(*dialog), qPrintable(dialog->errorMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 20000);
    dv::history::HistoryStore store(dv::history::HistoryStore::defaultPath());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const auto record = store.fetch(recorded.first().first().toLongLong(), &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->kind, QStringLiteral("severity-assessment"));
    QCOMPARE(record->bodySite, QStringLiteral("armLeft"));
    QCOMPARE(record->scores.size(), 1);
    QCOMPARE(record->scores.first().code, QStringLiteral("dlqi"));
    QCOMPARE(record->scores.first().value.value_or(-1), 10.0);

    QPointer<SeverityDialog> guard(dialog);
    dialog->close();
    QTRY_VERIFY(guard.isNull()); // deleted on close
}

QTEST_MAIN(TestSeverityDialog)
#include "tst_severity_dialog.moc"
