// Renders the severity dialog in its states to PNG for a person to look at:
//   severity_snapshots --out DIR [--size 1280x800]
// manual-empty.png (DLQI form), manual-422.png (a rejected answer marked on its field),
// manual-result.png, local-result.png (APASI with the mask on psoriasis_01.jpg) and
// global-result.png (AVASI with one invalid site), on the embedded sandbox. Under xvfb-run
// with QT_QPA_PLATFORM=xcb the grabs show the real window style; offscreen works too.
#include "backend/Backend.h"
#include "imaging/ImageLoader.h"
#include "severity/BodySiteBox.h"
#include "severity/GlobalSiteGrid.h"
#include "severity/QuestionnaireForm.h"
#include "severity/SeverityDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace dv;
using namespace dv::ui;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 120000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

bool assessAndWait(SeverityDialog &dialog)
{
    bool done = false;
    const auto connection = QObject::connect(&dialog, &SeverityDialog::assessmentFinished, &dialog,
                                             [&done](bool) { done = true; });
    dialog.assess();
    const bool ok = waitFor([&] { return done; });
    QObject::disconnect(connection);
    QTest::qWait(300); // let overlays compose and layouts settle
    return ok;
}

void save(QWidget &widget, const QDir &out, const QString &name)
{
    QTest::qWait(200); // widgets added to a shown window appear from the event loop
    widget.repaint();
    const QString path = out.filePath(name);
    if (!widget.grab().save(path))
        qWarning("cannot write %s", qPrintable(path));
    else
        qInfo("%s", qPrintable(path));
}

std::unique_ptr<SeverityDialog> open(Backend &backend, SeverityContext context, QSize size)
{
    context.locale = QStringLiteral("en_GB");
    auto dialog = std::make_unique<SeverityDialog>(backend.client(), std::move(context));
    dialog->resize(size);
    dialog->show();
    waitFor([&] { return dialog->isReady() || !dialog->errorMessage().isEmpty(); });
    return dialog;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    parser.addOption(outOption);
    parser.addOption(sizeOption);
    parser.process(app);
    const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    QDir out(parser.value(outOption));
    if (!parser.isSet(outOption) || !QDir().mkpath(out.path()) || size.isEmpty()) {
        qCritical("usage: severity_snapshots --out DIR [--size 1280x800]");
        return 2;
    }
    Backend backend;
    QString error;
    if (!backend.useSandbox(&error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }

    {
        auto dialog = open(backend, {}, size);
        dialog->selectScoringSystem(QStringLiteral("dlqi"));
        save(*dialog, out, QStringLiteral("manual-empty.png"));
        const model::Questionnaire *dlqi = dialog->currentQuestionnaire();
        for (qsizetype i = 0; dlqi && i < dlqi->items.size(); ++i) {
            if (i != 3)
                dialog->form()->setAnswer(dlqi->items[i].code, double(i % 4));
        }
        dialog->conditionBox()->setEditText(QStringLiteral("psoriasis"));
        assessAndWait(*dialog);
        save(*dialog, out, QStringLiteral("manual-422.png"));
        dialog->form()->setAnswer(dlqi->items[3].code, 2);
        dialog->bodySiteBox()->setCurrentCode(QStringLiteral("armLeft"));
        assessAndWait(*dialog);
        save(*dialog, out, QStringLiteral("manual-result.png"));
    }

    const QString images = QStringLiteral(DV_SHARED_IMAGES);
    const auto prepared = imaging::ImageLoader::prepareFile(images + "/psoriasis_01.jpg");
    if (!imaging::isError(prepared)) {
        const auto &image = std::get<imaging::PreparedImage>(prepared);
        SeverityContext context;
        CasePhoto photo;
        photo.path = images + "/psoriasis_01.jpg";
        photo.uploadBytes = image.uploadBytes;
        photo.contentType = image.uploadMimeType;
        photo.image = image.displayed;
        context.photo = photo;
        review::RankedConclusion psoriasis;
        psoriasis.code = QStringLiteral("EA90");
        psoriasis.text = QStringLiteral("Psoriasis");
        psoriasis.probability = 91.2;
        context.differential = {psoriasis};
        auto dialog = open(backend, context, size);
        dialog->selectScoringSystem(QStringLiteral("apasi"));
        dialog->conditionBox()->setCurrentIndex(0);
        dialog->bodySiteBox()->setCurrentCode(QStringLiteral("elbowLeft"));
        dialog->form()->setAnswer(QStringLiteral("surface"), 2);
        assessAndWait(*dialog);
        save(*dialog, out, QStringLiteral("local-result.png"));
    }

    if (QFile::exists(images + "/vitiligo.jpg") && QFile::exists(images + "/invalid.png")) {
        auto dialog = open(backend, {}, size);
        dialog->selectScoringSystem(QStringLiteral("avasi"));
        dialog->conditionBox()->setEditText(QStringLiteral("vitiligo"));
        dialog->siteGrid()->loadPhoto(QStringLiteral("handLeft"), images + "/vitiligo.jpg");
        dialog->siteGrid()->loadPhoto(QStringLiteral("handRight"), images + "/non_specific.jpg");
        dialog->siteGrid()->loadPhoto(QStringLiteral("trunkBack"), images + "/invalid.png");
        waitFor([&] { return dialog->siteGrid()->loadingCount() == 0; });
        assessAndWait(*dialog);
        save(*dialog, out, QStringLiteral("global-result.png"));
    }
    return 0;
}
