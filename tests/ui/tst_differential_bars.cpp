// The differential as bars, its "Show all" list and the selection that switches heat maps, fed
// with reviews of real responses: the seed page's example and in-process sandbox answers for
// the shared photos.
#include "Fixtures.h"
#include "ResultFixtures.h"
#include "result/AllConclusionsDialog.h"
#include "result/ConclusionBarDelegate.h"
#include "result/ConclusionListModel.h"
#include "result/DifferentialBars.h"
#include "result/DifferentialSection.h"
#include "result/ImageReviewPanel.h"
#include "result/ResultPanel.h"
#include "result/ResultStyle.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace dv::ui;
using namespace dv::test;
using dv::model::DiagnosisReport;
using dv::review::Review;

namespace {

/// Longest run of `color` on pixel row `y` of `image`.
int longestRun(const QImage &image, int y, const QColor &color)
{
    int best = 0;
    int run = 0;
    for (int x = 0; x < image.width(); ++x) {
        run = image.pixelColor(x, y) == color ? run + 1 : 0;
        best = qMax(best, run);
    }
    return best;
}

} // namespace

class TestDifferentialBars : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void topFiveDescendingWithOneDecimal();
    void unsortedResponseShownSorted();
    void barLengthIsProbabilityShareOfWidth();
    void showAllListsEverythingSortedAndFilters();
    void selectingConclusionEmitsItsSourceIndex();

private:
    DiagnosisReport m_seed;
    DiagnosisReport m_allValid; ///< nevus.jpg + psoriasis_01.jpg
};

void TestDifferentialBars::initTestCase()
{
    m_seed = seedDiagnosis();
    m_allValid =
        sandboxDiagnosis({QStringLiteral("nevus.jpg"), QStringLiteral("psoriasis_01.jpg")});
    QVERIFY(reviewOf(m_allValid).aggregate.valid);
    QVERIFY(reviewOf(m_allValid).differential.total() > 5);
}

void TestDifferentialBars::topFiveDescendingWithOneDecimal()
{
    const Review review = reviewOf(m_allValid);
    ResultPanel panel;
    panel.setReview(review);
    QVERIFY(panel.differentialSection());
    const DifferentialBars *bars = panel.differentialSection()->topBars();
    QCOMPARE(bars->rowCount(), 5);
    for (int row = 0; row < 5; ++row) {
        const auto shown = bars->conclusionAt(row);
        QCOMPARE(shown.code, review.differential.ranked.at(row).code);
        QVERIFY2(bars->rowText(row).contains(percentText(shown.probability)),
                 qPrintable(bars->rowText(row)));
        QVERIFY(bars->rowText(row).contains(shown.code));
        if (row > 0)
            QVERIFY(bars->conclusionAt(row - 1).probability >= shown.probability);
    }

    // The seed: two conclusions, both shown as sent with one decimal, no "Show all".
    ResultPanel seedPanel;
    seedPanel.setReview(reviewOf(m_seed));
    const DifferentialBars *seedBars = seedPanel.differentialSection()->topBars();
    QCOMPARE(seedBars->rowCount(), 2);
    QVERIFY(seedBars->rowText(0).contains(QStringLiteral("94.9 %")));
    QVERIFY(seedBars->rowText(0).contains(QStringLiteral("EA89")));
    QVERIFY(seedBars->rowText(1).contains(QStringLiteral("0.2 %")));
    QVERIFY(!seedPanel.differentialSection()->showAllButton());
}

void TestDifferentialBars::unsortedResponseShownSorted()
{
    // The seed's two conclusions in the wrong order: still shown highest first.
    QJsonValue document = dv::test::fixtureJson(QStringLiteral("seed/diagnosis-support.json"));
    const QJsonValue first = dv::test::valueAt(document, QStringLiteral("conclusion[0]"));
    const QJsonValue second = dv::test::valueAt(document, QStringLiteral("conclusion[1]"));
    dv::test::setAt(document, QStringLiteral("conclusion[0]"), second);
    dv::test::setAt(document, QStringLiteral("conclusion[1]"), first);
    ResultPanel panel;
    panel.setReview(reviewOf(parseDiagnosis(dv::test::toBytes(document))));
    const DifferentialBars *bars = panel.differentialSection()->topBars();
    QCOMPARE(bars->conclusionAt(0).code, QStringLiteral("EA89"));
    QCOMPARE(bars->conclusionAt(0).sourceIndex, qsizetype(1));
    QCOMPARE(bars->conclusionAt(1).code, QStringLiteral("1F28"));
}

void TestDifferentialBars::barLengthIsProbabilityShareOfWidth()
{
    QCOMPARE(ConclusionBarDelegate::fillWidth(94.89877797, 400), 380);
    QCOMPARE(ConclusionBarDelegate::fillWidth(0.15845833, 400), 1);
    QCOMPARE(ConclusionBarDelegate::fillWidth(100.0, 400), 400);
    QCOMPARE(ConclusionBarDelegate::fillWidth(0.0, 400), 0);

    // What is painted: the top bar of the valid set is its probability's share of the track,
    // not the full width (no renormalisation to the top entry).
    const Review review = reviewOf(m_allValid);
    ResultPanel panel;
    panel.resize(520, 900);
    panel.setReview(review);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QListView *view = panel.differentialSection()->topBars()->view();
    const QImage image = view->viewport()->grab().toImage();
    const qreal scale = image.devicePixelRatio();
    QVector<double> ratios;
    for (int row = 0; row < 2; ++row) {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        int fill = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y)
            fill =
                qMax(fill, longestRun(image, qRound(y * scale), ResultStyle::probabilityColor()));
        const double expected = review.differential.ranked.at(row).probability / 100.0;
        // The track spans the row minus the rank column and margins: at least 80 % of it.
        const double track = rect.width() * scale;
        QVERIFY2(fill <= expected * track + 1, qPrintable(QString::number(fill)));
        QVERIFY2(fill >= expected * track * 0.8 - 1, qPrintable(QString::number(fill)));
        ratios << fill;
    }
    const double sent =
        review.differential.ranked.at(0).probability / review.differential.ranked.at(1).probability;
    QVERIFY(qAbs(ratios.at(0) / ratios.at(1) - sent) < 0.1 * sent);
}

void TestDifferentialBars::showAllListsEverythingSortedAndFilters()
{
    const Review review = reviewOf(m_allValid);
    ResultPanel panel;
    panel.setReview(review);
    QPushButton *button = panel.differentialSection()->showAllButton();
    QVERIFY(button);
    QVERIFY(button->text().contains(QString::number(review.differential.total())));
    QTest::mouseClick(button, Qt::LeftButton);
    AllConclusionsDialog *dialog = panel.differentialSection()->allConclusionsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    DifferentialBars *all = dialog->bars();
    QCOMPARE(all->rowCount(), static_cast<int>(review.differential.total()));
    for (int row = 1; row < all->rowCount(); ++row)
        QVERIFY(all->conclusionAt(row - 1).probability >= all->conclusionAt(row).probability);
    QVERIFY(!dialog->watermarked());

    // By code.
    const QString code = review.differential.ranked.at(7).code;
    dialog->filterEdit()->setText(code.toLower());
    QVERIFY(all->rowCount() >= 1);
    for (int row = 0; row < all->rowCount(); ++row)
        QVERIFY(all->conclusionAt(row).code.contains(code, Qt::CaseInsensitive));
    // By name, whatever the case and accents typed.
    const QString name = review.differential.ranked.at(3).display;
    QString accented = name.toUpper();
    accented.replace(QLatin1Char('A'), QChar(0x00c1)).replace(QLatin1Char('E'), QChar(0x00c9));
    dialog->filterEdit()->setText(accented);
    QVERIFY(all->rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < all->rowCount(); ++row)
        found = found || all->conclusionAt(row).display == name;
    QVERIFY2(found, qPrintable(accented));
    QCOMPARE(ConclusionListModel::fold(QStringLiteral("Eczéma NAEVUS")),
             QStringLiteral("eczema naevus"));
    // Nothing matches: an empty list, and the count says so.
    dialog->filterEdit()->setText(QStringLiteral("zzzz-no-such-condition"));
    QCOMPARE(all->rowCount(), 0);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("countLabel"))
                ->text()
                .contains(QString::number(review.differential.total())));
    dialog->filterEdit()->clear();
    QCOMPARE(all->rowCount(), static_cast<int>(review.differential.total()));

    // Picking one in the dialog switches the heat map like the top 5 does.
    QSignalSpy selected(&panel, &ResultPanel::conclusionSelected);
    all->view()->setCurrentIndex(all->view()->model()->index(10, 0));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).value<qsizetype>(), all->conclusionAt(10).sourceIndex);
}

void TestDifferentialBars::selectingConclusionEmitsItsSourceIndex()
{
    const Review review = reviewOf(m_allValid);
    ImageReviewPanel panel;
    panel.setImage(review, 1);
    panel.resize(520, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy selected(&panel, &ImageReviewPanel::conclusionSelected);
    DifferentialBars *bars = panel.differentialSection()->topBars();
    QListView *view = bars->view();

    // Focus alone does not switch the heat map.
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(selected.size(), 0);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(selected.size(), 1);
    const int row = view->currentIndex().row();
    QCOMPARE(selected.last().at(0).value<qsizetype>(), qsizetype(1));
    QCOMPARE(selected.last().at(1).value<qsizetype>(), bars->conclusionAt(row).sourceIndex);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), row + 1);
    QCOMPARE(selected.last().at(1).value<qsizetype>(), bars->conclusionAt(row + 1).sourceIndex);

    const QRect third = view->visualRect(view->model()->index(2, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, third.center());
    QCOMPARE(selected.last().at(1).value<qsizetype>(), bars->conclusionAt(2).sourceIndex);
    // Enter re-selects the current one (after looking at another image's heat map).
    const auto before = selected.size();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(selected.size(), before + 1);
    QCOMPARE(selected.last().at(1).value<qsizetype>(), bars->conclusionAt(2).sourceIndex);
    // Typing a name's first letters selects it (Qt's keyboard search on the display text).
    const QString fourth = bars->conclusionAt(3).display;
    QTest::keyClicks(view, fourth.left(6));
    QCOMPARE(selected.last().at(1).value<qsizetype>(), bars->conclusionAt(3).sourceIndex);
    // Screen readers get the list's name and each row's content.
    QVERIFY(view->accessibleName().contains(QStringLiteral("Image 2")));
    QVERIFY(view->model()
                ->index(0, 0)
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(bars->conclusionAt(0).code));
}

QTEST_MAIN(TestDifferentialBars)
#include "tst_differential_bars.moc"
